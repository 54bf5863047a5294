"""Misreadings found on raw district and provincial pages (rounds 24-29, issue 12), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. A "tỷ lệ X" name over a count of X printed beside its rate, read as a rate measured in "hộ": "tỷ lệ hộ cận nghèo
   là 1.724 hộ, chiếm tỷ lệ 4,3%" (Vĩnh Long), "Tỷ lệ hộ nghèo: tỷ lệ hộ nghèo là 13,74%, giảm … so với số hộ nghèo
   năm 2018 là 22.851 hộ" (Kon Tum).
2. A change on the same period of the year before held to a figure of the current period: "13.500 ha (tăng 3.270
   ha so cùng kỳ), nâng tổng diện tích bao tiêu từ đầu năm đến nay là 36.747 ha" (Sóc Trăng: "từ đầu năm đến nay"
   read as the start of the year), "thu ngân sách … 150.000 triệu đồng … và bằng 63,8% so với cùng kỳ năm 2022" in
   a report on 2022 (Cẩm Xuyên: held to the half-year's investment, another indicator).
3. Groups that cut one whole another way summed as further parts: "trong đó, có 8.832 hộ nghèo theo tiêu chí thu
   nhập …, 382 hộ nghèo thiếu hụt … dịch vụ xã hội cơ bản …, 1.573 hộ nghèo thuộc chính sách bảo trợ xã hội" (Trà
   Vinh: the first two make the 9.214), the workers "chiếm 45% tổng dân số" sentences after the ethnic groups'
   shares (Krông Pa).
4. A rate per head read as another quantity over heads: a wage "với thu nhập bình quân 5,5 triệu đồng/người/tháng" as
   the investment "với tổng mức đầu tư 1.801 tỷ đồng" per worker (Thái Bình: the two names share only "với"), the
   growth of GDP "12.5%/năm" from the per-head levels printed after it (Phú Yên).
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage


def _findings(text: str, severity: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity == severity]


def _errors(text: str) -> list[str]:
    return _findings(text, "error")


def _unit_warnings(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.kind == "unit_mismatch"]


# --- 1. a count of X under "tỷ lệ X", its rate printed beside it ------------------------------------------------


def test_a_count_under_a_rate_name_with_its_rate_beside_is_no_unit_problem() -> None:
    text = ("Đến nay trên địa bàn huyện còn 1.905 hộ nghèo, chiếm tỷ lệ 4,8% so tổng số hộ; tỷ lệ hộ cận nghèo là "
            "1.690 hộ, chiếm tỷ lệ 4,2%.")
    assert _unit_warnings(text) == []


def test_a_count_of_another_indicator_after_the_rate_is_no_unit_problem() -> None:
    text = "Tỷ lệ hộ nghèo: tỷ lệ hộ nghèo là 12,96%, giảm 3,1% so với số hộ nghèo năm 2019 là 21.470 hộ."
    assert _unit_warnings(text) == []


def test_a_rate_name_over_a_bare_count_still_warns() -> None:
    text = "Tỷ lệ hộ cận nghèo toàn huyện là 1.690 hộ."
    assert any("hộ" in w for w in _unit_warnings(text))


# --- 2. a change on the same period of the year before ---------------------------------------------------------


def test_a_running_total_since_the_start_of_the_year_is_no_base() -> None:
    text = ("Có 47 doanh nghiệp tham gia liên kết tiêu thụ lúa, với tổng diện tích bao tiêu là 12.800 ha (tăng 2.950 "
            "ha so cùng kỳ), nâng tổng diện tích bao tiêu từ đầu năm đến nay là 35.120 ha.")
    assert _errors(text) == []


def test_the_start_of_the_year_is_still_a_base() -> None:
    text = "Số hộ nghèo đầu năm 1.520 hộ, cuối năm còn 1.245 hộ, giảm 265 hộ."
    assert any("1.520 − 1.245" in e for e in _errors(text))


def test_a_rate_on_the_figure_s_own_year_has_no_base_printed() -> None:
    text = ("Tổng số vốn đầu tư phát triển toàn huyện trong 6 tháng đầu năm 2022 ước đạt 951.400 triệu đồng, bằng "
            "121,5% so với cùng kỳ năm 2021; thu ngân sách trên địa bàn dự kiến 142.000 triệu đồng và bằng 61,2% so "
            "với cùng kỳ năm 2022.")
    assert not any("951.400" in e for e in _errors(text))


def test_a_growth_on_an_earlier_year_printed_still_errs() -> None:
    text = ("Năm 2021 tổng giá trị sản xuất đạt 4.000 tỷ đồng. Năm 2022 tổng giá trị sản xuất đạt 4.400 tỷ đồng, tăng "
            "12% so với năm 2021.")
    assert any("4.400 / 4.000" in e for e in _errors(text))


# --- 3. groups that cut the whole another way ------------------------------------------------------------------


def test_a_group_after_parts_that_make_the_whole_is_no_further_part() -> None:
    text = ("Cuối năm 2020, toàn tỉnh còn 8.640 hộ nghèo; trong đó, có 8.210 hộ nghèo theo tiêu chí thu nhập (chiếm "
            "95,02% so với tổng số hộ nghèo), 430 hộ nghèo thiếu hụt tiếp cận các dịch vụ xã hội cơ bản (chiếm 4,98% so "
            "với tổng số hộ nghèo), 1.402 hộ nghèo thuộc chính sách bảo trợ xã hội (chiếm 16,23% so với tổng số hộ "
            "nghèo).")
    assert not any("cannot exceed" in e for e in _errors(text))
    assert not any("cannot exceed" in w for w in _findings(text, "warning"))


def test_parts_that_make_the_whole_without_shares_to_say_so_still_err() -> None:
    # the first parts add up to the whole, but no printed share says they are all of it: read as printed
    text = ("Trong tháng 9, diện tích gieo trồng của huyện ước thực hiện được 690ha, chủ yếu là lúa mùa (110ha), bắp "
            "(455ha), các loại rau đậu (125ha) và cây công nghiệp ngắn ngày (20ha).")
    assert any("cannot exceed" in e for e in _errors(text))


def test_parts_of_one_sentence_that_exceed_the_whole_still_err() -> None:
    text = ("Cuối năm 2020, toàn tỉnh còn 8.640 hộ nghèo; trong đó, có 8.310 hộ nghèo theo tiêu chí thu nhập, 430 hộ "
            "nghèo thiếu hụt tiếp cận các dịch vụ xã hội cơ bản.")
    assert any("8.310 + 430" in e for e in _errors(text))


def test_shares_of_one_whole_sentences_apart_are_no_list() -> None:
    text = ("Tổng dân số toàn huyện là 71.200 người, phân bố ở 13 xã và 1 thị trấn. Người dân tộc Jrai có 49.100 "
            "người, chiếm tỉ lệ 68,96%, dân tộc khác 700 người chiếm 0,98%. Tỉ lệ tăng dân số tự nhiên là 1,9%. "
            "Mật độ dân số là 44 người/km2. Số lao động chính trong huyện là 34.100 người, chiếm 47,89% tổng dân số "
            "của huyện.")
    assert _errors(text) == []
    assert not any("cannot exceed" in w for w in _findings(text, "warning"))


def test_a_share_sentences_apart_is_still_recomputed_on_its_whole() -> None:
    text = ("Tổng dân số toàn huyện là 71.200 người, phân bố ở 13 xã và 1 thị trấn. Người dân tộc Jrai có 49.100 "
            "người, chiếm tỉ lệ 68,96%, dân tộc khác 700 người chiếm 0,98%. Tỉ lệ tăng dân số tự nhiên là 1,9%. "
            "Mật độ dân số là 44 người/km2. Số lao động chính trong huyện là 34.100 người, chiếm 45% tổng dân số "
            "của huyện.")
    assert any("34.100 / 71.200" in e for e in _errors(text))


# --- 4. a rate per head of another quantity ---------------------------------------------------------------------


def test_a_wage_is_no_investment_per_worker() -> None:
    text = ("Huyện đã tiếp nhận nhiều dự án vào các cụm công nghiệp với tổng mức đầu tư 1.650 tỷ đồng. Toàn huyện có 6 "
            "cụm công nghiệp, trong đó có 14 dự án đã đi vào sản xuất tạo việc làm cho 6.820 lao động với thu nhập "
            "bình quân 5,8 triệu đồng/người/tháng.")
    assert _errors(text) == []


def test_an_income_per_head_over_the_income_total_still_errs() -> None:
    text = ("Năm 2020, tổng thu nhập của dân cư toàn huyện đạt 6.000 tỷ đồng. Dân số trung bình là 120.000 người, thu "
            "nhập bình quân đầu người đạt 45 triệu đồng/người/năm.")
    assert any("6.000" in e and "120.000" in e for e in _errors(text))


def test_the_growth_of_a_total_is_not_read_from_per_head_levels_after_it() -> None:
    text = ("Giai đoạn 2016 - 2020, tốc độ tăng GRDP bình quân đạt 11,5%/năm, GRDP bình quân đầu người (theo giá hiện "
            "hành) từ 32,4 triệu đồng/người năm 2016 tăng lên 51,6 triệu đồng/người năm 2020.")
    assert _errors(text) == []


def test_the_growth_of_a_per_head_figure_still_errs() -> None:
    text = ("Giai đoạn 2016 - 2020, GRDP bình quân đầu người tăng bình quân 15%/năm, từ 32,4 triệu đồng/người năm "
            "2016 lên 51,6 triệu đồng/người năm 2020.")
    assert any("32,4" in e and "51,6" in e for e in _errors(text))
