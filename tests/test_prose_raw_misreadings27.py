"""Misreadings found on raw district and provincial pages (round 27, issue 12), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. A province's GRDP held to its three sectors. A province's GRDP is the sectors plus the product taxes less
   subsidies; when the taxes are printed without a figure (or not at all) the sectors are some of it. Round 26's
   kept pages showed it twice: sector values under "GRDP trên địa bàn tỉnh Thái Bình … 29.768 tỷ đồng" (the taxes
   named by their contribution to growth only), and sector shares of "Nền kinh tế tỉnh … trong cơ cấu GRDP" on a
   page that names "thị xã Sông Cầu" two paragraphs on (the shares rule was switched off by any district word).
2. A running total ("lũy kế") read as the next part: "sản lượng tôm ước đạt 18.600 tấn, lũy kế 213.738 tấn"
   under a month's 33.500 tấn (Cà Mau's fishery pages print every item so).
3. A parenthesis after "so với năm …" that lists the figure's parts read as the earlier year's level:
   "314.000 người, tăng 2,78% so với năm 2017 (kinh tế nhà nước: 46.169 người; …)" (Kon Tum).
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage


def _errors(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity == "error"]


# --- 1. a province's GRDP holds the product taxes ------------------------------------------------------------


def test_province_sector_shares_are_some_of_its_grdp_when_a_district_is_named_elsewhere() -> None:
    text = ("Kinh tế của tỉnh năm 2019 tăng 7,2%. Cơ cấu kinh tế chuyển dịch đúng hướng, tỷ trọng công nghiệp - "
            "xây dựng chiếm 27,40%; nông - lâm - thủy sản chiếm 25,10% và dịch vụ chiếm 43,30% trong cơ cấu GRDP. "
            "Thu nhập bình quân đầu người là 36,2 triệu đồng.\n"
            "Nuôi tôm hùm ở thị xã Sông Cầu gặp nhiều khó khăn.")
    assert _errors(text) == []


def test_a_district_structure_on_a_page_naming_the_province_still_errs() -> None:
    text = ("Huyện Đức Cơ năm 2020 đạt nhiều kết quả. Cơ cấu kinh tế: nông nghiệp 41,8%, công nghiệp - xây dựng "
            "25,4%, dịch vụ 26,5%. Trên địa bàn tỉnh Gia Lai, huyện xếp thứ 5.")
    assert any("41,8% + 25,4% + 26,5%" in e for e in _errors(text))


def test_province_sector_values_in_sentences_after_its_grdp_are_some_of_it() -> None:
    text = ("Sáu tháng đầu năm 2023, GRDP trên địa bàn tỉnh Hưng Yên (giá so sánh 2010) ước đạt 31.250 tỷ đồng, "
            "tăng 7,2% so với cùng kỳ. Khu vực nông, lâm nghiệp và thủy sản ước đạt 6.410 tỷ đồng, tăng 2,1%. Khu "
            "vực công nghiệp - xây dựng ước đạt 13.020 tỷ đồng, tăng 9,5%. Khu vực dịch vụ ước đạt 9.300 tỷ đồng, "
            "tăng 6,8%; thuế sản phẩm đóng góp 0,8 điểm phần trăm vào mức tăng trưởng chung.")
    assert _errors(text) == []


def test_province_sector_values_listed_under_its_grdp_are_some_of_it() -> None:
    text = ("Năm 2023, GRDP toàn tỉnh (giá so sánh 2010) đạt 31.250 tỷ đồng, tăng 7,2%; trong đó khu vực nông, "
            "lâm nghiệp và thủy sản 6.410 tỷ đồng, khu vực công nghiệp - xây dựng 13.020 tỷ đồng, khu vực dịch vụ "
            "9.300 tỷ đồng.")
    assert _errors(text) == []


def test_sectors_above_the_province_grdp_still_err() -> None:
    # some of it, never more than it
    text = ("Năm 2023, GRDP toàn tỉnh đạt 31.250 tỷ đồng; trong đó khu vực nông, lâm nghiệp và thủy sản 6.410 tỷ "
            "đồng, khu vực công nghiệp - xây dựng 16.020 tỷ đồng, khu vực dịch vụ 9.300 tỷ đồng.")
    assert any("6.410 + 16.020 + 9.300" in e for e in _errors(text))


def test_a_district_grdp_printed_taxes_and_gross_output_stay_partitions() -> None:
    district = ("Năm 2023, GRDP của huyện đạt 3.125 tỷ đồng; trong đó nông, lâm nghiệp và thủy sản 641 tỷ đồng, "
                "công nghiệp - xây dựng 1.302 tỷ đồng, dịch vụ 930 tỷ đồng.")
    assert any("641 + 1.302 + 930" in e for e in _errors(district))
    taxes = ("Năm 2023, GRDP toàn tỉnh đạt 31.250 tỷ đồng; trong đó khu vực nông, lâm nghiệp và thủy sản 6.410 tỷ "
             "đồng, khu vực công nghiệp - xây dựng 13.020 tỷ đồng, khu vực dịch vụ 9.300 tỷ đồng, thuế sản phẩm "
             "1.900 tỷ đồng.")
    assert any("6.410 + 13.020 + 9.300 + 1.900" in e for e in _errors(taxes))
    output = ("Năm 2023, giá trị sản xuất toàn tỉnh đạt 31.250 tỷ đồng; trong đó nông, lâm nghiệp và thủy sản "
              "6.410 tỷ đồng, công nghiệp - xây dựng 13.020 tỷ đồng, dịch vụ 9.300 tỷ đồng.")
    assert any("6.410 + 13.020 + 9.300" in e for e in _errors(output))


# --- 2. a running total is no other part -----------------------------------------------------------------


def test_a_running_total_is_not_summed_with_its_period() -> None:
    text = ("Sản lượng nuôi trồng thủy sản trong tháng ước đạt 33.500 tấn, lũy kế 366.624 tấn, đạt 90,52% so "
            "với kế hoạch, tăng 4,65% so với cùng kỳ. Trong đó, sản lượng tôm ước đạt 18.600 tấn, lũy kế 213.738 "
            "tấn, đạt 91,73% kế hoạch, tăng 6,33% so cùng kỳ.")
    assert _errors(text) == []


def test_two_items_of_one_period_above_their_total_still_err() -> None:
    text = ("Sản lượng thủy sản trong tháng ước đạt 33.500 tấn. Trong đó, sản lượng tôm ước đạt 18.600 tấn, "
            "sản lượng cá 16.738 tấn.")
    assert any("18.600 + 16.738" in e for e in _errors(text))


# --- 3. a parenthesis listing parts is no earlier level --------------------------------------------------


def test_a_parenthesis_of_parts_after_the_comparison_is_no_base() -> None:
    text = ("Lao động đang làm việc năm 2018 ước tính 314.000 người, tăng 2,78% so với năm 2017 (kinh tế nhà nước: "
            "46.169 người; kinh tế ngoài nhà nước: 267.814 người; khu vực đầu tư nước ngoài: 17 người).")
    assert _errors(text) == []


def test_the_earlier_level_in_parentheses_is_still_the_base() -> None:
    bare = "Lao động đang làm việc năm 2018 ước tính 314.000 người, tăng 2,78% so với năm 2017 (305.000 người)."
    assert any("314.000 / 305.000" in e for e in _errors(bare))
    labelled = ("Lao động đang làm việc năm 2018 ước tính 314.000 người, tăng 2,78% so với năm 2017 (năm 2017: "
                "300.000 người).")
    assert any("314.000 / 300.000" in e for e in _errors(labelled))
