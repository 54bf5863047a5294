"""Round 24 (issue 12): constructions of growth, ratios and differences written by their grammar, each
tested in several wordings district reports use (reworded real strings, figures as published)."""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations

PLAN_AND_RESULT = ("Kế hoạch thu ngân sách năm của huyện là 68,6 tỷ đồng. Đến đầu tháng 12, huyện đã thu được "
                   "61,7 tỷ đồng, bằng 89,7% kế hoạch.")


# a heading is a markdown "#" line, a wholly bold line, or a figure-less line with a list mark or in capitals
# (``prose._is_heading``); the unmarked "Chợ Đồn: …" line is no heading since round 24: it must read as results too
@pytest.mark.parametrize("heading", [
    "Chợ Đồn: nhiều chỉ tiêu năm 2016 đạt và vượt kế hoạch",
    "# Kông Chro cơ bản bảo đảm các chỉ tiêu năm 2021",
    "II. Huyện hoàn thành vượt mức nhiều chỉ tiêu kinh tế - xã hội",
    "**Quế Sơn thực hiện đạt và vượt chỉ tiêu kế hoạch**",
])
def test_a_heading_that_reports_results_against_targets_heads_results(heading: str) -> None:
    # "chỉ tiêu" is the object of a verb of result: the figures under it are what was done, so the ratio
    # to the plan of the sentence before is read (61,7 / 68,6 = 89,94 %, printed 89,7: an error)
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", heading, PLAN_AND_RESULT)
    (ratio,) = relations(doc, "ratio")
    assert printed(doc, ratio, "actual") == ["61,7"] and printed(doc, ratio, "plan") == ["68,6"]
    assert len(errors(doc)) == 1


@pytest.mark.parametrize("heading", [
    "# Đông Hưng đặt mục tiêu tăng trưởng cao cho năm tới",
    "II. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "**Giao chỉ tiêu thu ngân sách năm 2017**",
])
def test_a_heading_that_sets_targets_still_heads_targets(heading: str) -> None:
    # "đặt" (sets) folds to "dat" as "đạt" (reached) does: read unfolded, it is no result
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", heading, PLAN_AND_RESULT)
    assert relations(doc, "ratio") == []


@pytest.mark.parametrize(("text", "actual", "plan"), [
    ("Năng suất lúa kế hoạch là 55 tạ/ha; thực tế đạt 55,9 tạ/ha, bằng 110,6% KH.", "55,9", "55"),
    ("Với vốn đầu tư phát triển, kế hoạch năm là 4.956.540 triệu đồng; huyện thực hiện được 2.359.087 triệu đồng, "
     "đạt 52,6%.", "2.359.087", "4.956.540"),
    ("Thu ngân sách, dự toán giao 68,6 tỷ đồng; đến đầu tháng 12 huyện thu được 61,7 tỷ đồng, bằng 99,7% dự toán.",
     "61,7", "68,6"),
    ("Về giải quyết việc làm, chỉ tiêu năm là 3.000 lao động, đến nay đã giới thiệu được 2.885 lao động, đạt 86,2%.",
     "2.885", "3.000"),
])
def test_a_plan_named_in_its_own_clause_after_the_indicator(text: str, actual: str, plan: str) -> None:
    # the plan word stands after the indicator's name ("Năng suất lúa kế hoạch là"), in the clause before the
    # result's: the result is over that plan (each wording prints a wrong ratio: one error)
    doc = passage("HUYỆN GIO LINH (QUẢNG TRỊ)", text)
    (ratio,) = relations(doc, "ratio")
    assert printed(doc, ratio, "actual") == [actual] and printed(doc, ratio, "plan") == [plan]
    assert len(errors(doc)) == 1


def test_a_clause_that_reports_a_result_sets_no_plan() -> None:
    # "vượt kế hoạch, đạt 55 tạ/ha" reports a result: the later 55,9 is no result over it
    doc = passage("HUYỆN GIO LINH (QUẢNG TRỊ)",
                  "Vụ Đông Xuân năng suất lúa vượt kế hoạch, đạt 55 tạ/ha; vụ Hè Thu năng suất đạt 55,9 tạ/ha, "
                  "bằng 110,6% KH.")
    assert relations(doc, "ratio") == []


@pytest.mark.parametrize("lines", [
    ("HĐND thống nhất năm 2021 phấn đấu 6/6 xã đạt chuẩn nông thôn mới nâng cao và thu ngân sách trên địa bàn "
     "330,7 tỷ đồng.",
     "Quý I: doanh thu du lịch 62,33 tỷ đồng; thu ngân sách trên địa bàn 115,06 tỷ đồng, đạt 37,89% dự toán."),
    ("Dự toán thu ngân sách trên địa bàn được HĐND thống nhất là 330,7 tỷ đồng.",
     "Doanh thu du lịch đạt 62,33 tỷ đồng. Thu ngân sách trên địa bàn được 115,06 tỷ đồng. So với dự toán, tỷ lệ "
     "thu đạt 37,89%."),
    ("Năm 2021, huyện phấn đấu thu ngân sách trên địa bàn 330,7 tỷ đồng, giải ngân vốn đầu tư công 404,52 tỷ đồng.",
     "Hết quý I, doanh thu du lịch đạt 62,33 tỷ đồng. Thu ngân sách trên địa bàn ước đạt 115,06 tỷ đồng, bằng "
     "37,89% kế hoạch năm."),
])
def test_a_plan_named_like_its_result_in_an_earlier_sentence(lines: tuple[str, str]) -> None:
    # 115,06 / 330,7 = 34,79 %, printed 37,89: the plan is the one earlier target of the same indicator
    doc = passage("HUYỆN ĐẤT ĐỎ (BÀ RỊA - VŨNG TÀU)", *lines)
    ratios = [r for r in relations(doc, "ratio") if printed(doc, r, "actual") == ["115,06"]]
    assert [printed(doc, r, "plan") for r in ratios] == [["330,7"]]
    assert any("37,89" in f.message for f in errors(doc))


def test_counts_of_targets_reached_are_no_plan_and_result() -> None:
    # each of the 8 targets reached 100 % of its own plan: no 8 / 27, though "chỉ tiêu" is a target's word
    doc = passage("HUYỆN VĂN YÊN (YÊN BÁI)",
                  "Trong 35 chỉ tiêu chủ yếu đề ra cho năm 2022, huyện có 27 chỉ tiêu vượt kế hoạch và 8 chỉ tiêu "
                  "đạt 100% kế hoạch.")
    assert relations(doc, "ratio") == [] and errors(doc) == []


def test_two_earlier_targets_named_alike_give_no_plan() -> None:
    doc = passage("HUYỆN ĐẤT ĐỎ (BÀ RỊA - VŨNG TÀU)",
                  "Năm 2021 phấn đấu thu ngân sách trên địa bàn 330,7 tỷ đồng. Tỉnh giao chỉ tiêu thu ngân sách trên "
                  "địa bàn 310 tỷ đồng.",
                  "Quý I, thu ngân sách trên địa bàn 115,06 tỷ đồng, đạt 37,89% dự toán.")
    assert [r for r in relations(doc, "ratio") if printed(doc, r, "actual") == ["115,06"]] == []


@pytest.mark.parametrize("year_before", [
    "Năm 2019: 23/24 chỉ tiêu chủ yếu hoàn thành và vượt mục tiêu (trong đó 16 chỉ tiêu vượt kế hoạch); giá trị "
    "sản xuất 8.550 tỷ đồng.",
    "Năm 2019 huyện đạt và vượt 18/21 chỉ tiêu, giá trị sản xuất đạt 8.550 tỷ đồng.",
    "Năm 2019 huyện hoàn thành vượt mức kế hoạch, giá trị sản xuất đạt 8.550 tỷ đồng.",
    "Năm 2019 có 20 chỉ tiêu đạt kế hoạch; giá trị sản xuất đạt 8.550 tỷ đồng, bằng 102% kế hoạch.",
])
def test_targets_met_set_no_target(year_before: str) -> None:
    # target words a result governs ("vượt mục tiêu", "16 chỉ tiêu vượt kế hoạch", "bằng 102% kế hoạch") report
    # what was done: 8.550 is 2019's result, the base of 2020's growth (9.585 / 8.550 − 1 = 12,1 %, printed 21,1)
    doc = passage("HUYỆN HẬU LỘC (THANH HÓA)", year_before,
                  "Năm 2020: tổng giá trị sản xuất 9.585 tỷ đồng (bằng 97,2% kế hoạch, tăng 21,1%).")
    growths = [r for r in relations(doc, "growth") if printed(doc, r, "current") == ["9.585"]]
    assert [printed(doc, r, "base") for r in growths] == [["8.550"]]
    assert any("21,1" in f.message for f in errors(doc))


def test_a_target_set_for_the_year_before_is_no_base() -> None:
    # "phấn đấu" sets a target: 8.550 is what 2019 aimed at, not its result, so no growth is recomputed from it
    doc = passage("HUYỆN HẬU LỘC (THANH HÓA)",
                  "Năm 2019 huyện phấn đấu hoàn thành 24 chỉ tiêu, giá trị sản xuất 8.550 tỷ đồng.",
                  "Năm 2020: tổng giá trị sản xuất 9.585 tỷ đồng (bằng 97,2% kế hoạch, tăng 21,1%).")
    assert [r for r in relations(doc, "growth") if printed(doc, r, "base") == ["8.550"]] == []


SERIES = ("Giá trị sản xuất nông - lâm nghiệp và thủy sản đạt 1.103 tỷ đồng (2015), 1.112 tỷ đồng (2016) và 1.157 tỷ "
          "đồng (2017), bằng 100,82% và 104,05% năm trước, bình quân 102,42%; công nghiệp - xây dựng đạt 421 tỷ đồng, "
          "433 tỷ đồng và 475 tỷ đồng, bằng 102,85% và 109,70%, bình quân 106,22%.")


@pytest.mark.parametrize(("summary", "restated"), [
    ("Tốc độ phát triển bình quân của ngành nông lâm thủy sản là 2,42%, công nghiệp - xây dựng là 6,22%.",
     ["2,42%", "6,22%"]),
    ("Như vậy tốc độ tăng trưởng bình quân giai đoạn 2015-2017 của nông, lâm nghiệp và thủy sản đạt 2,42%, trong đó "
     "thấp hơn ngành công nghiệp - xây dựng là 6,22%.", ["2,42%", "6,22%"]),
    ("Bình quân giai đoạn 2015 - 2017, công nghiệp - xây dựng tăng 6,22% mỗi năm.", ["6,22%"]),
    ("Trong ba năm, tốc độ tăng bình quân của công nghiệp - xây dựng cao nhất, đạt 6,22%.", ["6,22%"]),
])
def test_an_average_restated_in_a_summary_takes_its_levels(summary: str, restated: list[str]) -> None:
    # each rate of the summary restates, as a yearly change, the average read from the levels of the indicator
    # its clause names: 2,42 % over 1.103 -> 1.157, 6,22 % over 421 -> 475 (2 years)
    doc = passage("HUYỆN PHÚ LƯƠNG (THÁI NGUYÊN)", SERIES, summary)
    rates = {printed(doc, r, "rate")[0]: (printed(doc, r, "start"), printed(doc, r, "end"))
             for r in relations(doc, "avg_growth")}
    levels = {"2,42%": (["1.103"], ["1.157"]), "6,22%": (["421"], ["475"])}
    assert {k: rates.get(k) for k in restated} == {k: levels[k] for k in restated}
    assert errors(doc) == []


def test_a_misprinted_restated_average_is_an_error() -> None:
    doc = passage("HUYỆN PHÚ LƯƠNG (THÁI NGUYÊN)", SERIES,
                  "Tốc độ phát triển bình quân của ngành nông lâm thủy sản là 2,42%, công nghiệp - xây dựng là 8,22%.")
    assert [f for f in errors(doc) if "8,22" in f.message]


def test_a_summary_naming_no_earlier_average_reads_nothing() -> None:
    # the district's population grew on average too, but no levels of it were printed: not read
    doc = passage("HUYỆN PHÚ LƯƠNG (THÁI NGUYÊN)", SERIES,
                  "Dân số trung bình tăng bình quân 1,2% mỗi năm, thu nhập bình quân đầu người tăng 8,5%.")
    assert not [r for r in relations(doc, "avg_growth") if printed(doc, r, "rate")[0] in ("1,2%", "8,5%")]
