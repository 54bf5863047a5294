"""Constructions of real report prose the tool did not read at wave 9's first contact (issue 12,
prose10). Sentences written for these tests, own wording and figures; each names the construction.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_sums as _sums
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# "61,7 tỷ/68,6 tỷ đồng": actual over plan, the numerator's money unit printed without "đồng"


@pytest.mark.parametrize(("text", "ratio"), [
    ("Thu ngân sách đến tháng 11 đạt 45,2 tỷ/52,8 tỷ đồng, đạt 85,6% kế hoạch.", ("45,2 tỷ", "52,8 tỷ đồng", "85,6%")),
    ("Vốn giải ngân đạt 830 triệu/1.200 triệu đồng, bằng 69,17% kế hoạch.",
     ("830 triệu", "1.200 triệu đồng", "69,17%")),
])
def test_an_amount_over_its_plan_with_the_unit_printed_once_in_full(text: str, ratio: tuple[str, str, str]) -> None:
    assert _triples(text, "ratio", ("actual", "plan", "ratio")) == [ratio]
    assert errors(passage(text)) == []


def test_a_wrong_ratio_of_an_amount_over_its_plan_is_an_error() -> None:
    (f,) = errors(passage("Thu ngân sách đến tháng 11 đạt 45,2 tỷ/52,8 tỷ đồng, đạt 88,6% kế hoạch."))
    assert "88,6%" in f.message


# ---------------------------------------------------------------------------------------------
# "riêng năm 2022 tăng 8,2%": a growth named by its year alone, both years' figures printed before


YEARS = ("Tổng giá trị sản xuất năm 2022 đạt 5.120 tỷ đồng và năm 2023 ước đạt 5.480 tỷ đồng. Bình quân giai "
         "đoạn 2019 - 2023 tăng 6,4%/năm; riêng năm 2023 tăng {rate}%.")


def test_a_growth_named_by_its_year_alone_is_of_that_years_figure() -> None:
    text = YEARS.format(rate="7,0")
    assert _triples(text, "growth", ("current", "base", "rate")) == [("5.480", "5.120", "7,0%")]
    assert errors(passage(text)) == []


def test_a_wrong_growth_named_by_its_year_alone_is_an_error() -> None:
    (f,) = errors(passage(YEARS.format(rate="9,0")))
    assert "9,0%" in f.message


def test_a_year_with_two_figures_leaves_the_growth_alone() -> None:
    # two figures of 2023 (value and area): which one grew 7 % is not said
    text = ("Năm 2022 đạt 5.120 tỷ đồng; năm 2023 đạt 5.480 tỷ đồng và 3.100 tỷ đồng vốn đầu tư. Riêng năm 2023 "
            "tăng 7,0%.")
    assert _triples(text, "growth", ("current", "base", "rate")) == []


# ---------------------------------------------------------------------------------------------
# "cơ cấu kinh tế (A – B – C) năm 2014 là x% – y% – z%": one share per sector, joined by dashes


STRUCTURE = ("Theo số liệu thống kê, cơ cấu kinh tế (nông lâm thủy sản – công nghiệp và xây dựng – dịch vụ) năm 2019 "
             "là 38,2% – 30,5% – 31,3%; năm 2020 là 35,6% – 31,9% – {last}%.")


def _share_sums(text: str) -> list[list[str]]:
    from tests.test_prose_links import printed, relations
    doc = passage(text)
    return [printed(doc, r, "term") for r in relations(doc, "shares_sum")]


def test_shares_joined_by_dashes_are_one_share_per_part_the_structure_names() -> None:
    text = STRUCTURE.format(last="32,5")
    assert _share_sums(text) == [["38,2%", "30,5%", "31,3%"], ["35,6%", "31,9%", "32,5%"]]
    assert errors(passage(text)) == []
    assert _triples(text, "ratio", ("actual", "plan", "ratio")) == []  # no range "38,2% – 30,5%"


def test_dashed_shares_that_do_not_add_up_are_an_error() -> None:
    (f,) = errors(passage(STRUCTURE.format(last="23,5")))
    assert "23,5%" in f.message


def test_two_percentages_joined_by_a_dash_stay_a_range() -> None:
    from tests.test_prose_links import passage as read
    doc = read("Tốc độ tăng trưởng kinh tế phấn đấu đạt 7,5% - 8%.")
    kinds = [c.value.kind for r in doc.rows for c in r.cells]
    assert kinds == ["range"]


# ---------------------------------------------------------------------------------------------
# A year's sectors printed in a later sentence than the year's total (wave-8 leftover)


SECTORS = ("Giá trị sản xuất toàn huyện năm 2020 đạt 4.150.200 triệu đồng, năm 2022 đạt 4.980.600 triệu đồng. Theo "
           "niên giám, năm 2020 nông, lâm, thủy sản đạt 1.820.400 triệu đồng, công nghiệp - xây dựng 1.105.300 triệu "
           "đồng, dịch vụ 1.224.500 triệu đồng; năm 2022 ba ngành lần lượt đạt 1.910.100 triệu, 1.402.600 triệu và "
           "{last} triệu đồng.")


def test_a_years_sectors_printed_after_its_total_are_its_partition() -> None:
    text = SECTORS.format(last="1.667.900")
    assert sorted(_sums(text, "partition")) == [("4.150.200", ["1.820.400", "1.105.300", "1.224.500"]),
                                   ("4.980.600", ["1.910.100", "1.402.600", "1.667.900"])]
    assert errors(passage(text)) == []


def test_a_years_sectors_that_miss_its_total_are_an_error() -> None:
    (f,) = errors(passage(SECTORS.format(last="1.767.900")))
    assert "4.980.600" in f.message


# gio-linh-quang-tri_2 reworded (paraphrase dev p1): one sentence, each year in a parenthesis after its total,
# the first year's sectors after "trong đó năm 2015:" (read under that total already), then "năm 2017 lần lượt …"
ONE_SENTENCE = ("Tổng giá trị sản xuất tăng từ 4.150.200 triệu đồng (năm 2020) lên 4.980.600 triệu đồng (năm 2022), "
                "tăng trung bình hàng năm 9,55%; trong đó năm 2020: nông, lâm, thủy sản 1.820.400 triệu đồng, công "
                "nghiệp - xây dựng 1.105.300 triệu đồng, dịch vụ 1.224.500 triệu đồng; năm 2022 lần lượt 1.910.100 "
                "triệu, 1.402.600 triệu và {last} triệu đồng.")


def test_the_next_years_respective_sectors_after_a_year_read_under_its_total() -> None:
    text = ONE_SENTENCE.format(last="1.667.900")
    assert ("4.980.600", ["1.910.100", "1.402.600", "1.667.900"]) in _sums(text, "partition")
    assert errors(passage(text)) == []
    (f,) = errors(passage(ONE_SENTENCE.format(last="1.767.900")))
    assert "4.980.600" in f.message
    # two figures "lần lượt" after three sectors: not that year's sectors
    two = ONE_SENTENCE.format(last="").replace("1.402.600 triệu và  triệu đồng", "1.402.600 triệu đồng")
    assert all(total != "4.980.600" for total, _ in _sums(two, "partition") + _sums(two, "subset"))


def test_sectors_of_a_year_whose_total_is_not_printed_stay_alone() -> None:
    text = ("Giá trị sản xuất toàn huyện năm 2021 đạt 4.150.200 triệu đồng. Năm 2020 nông, lâm, thủy sản đạt "
            "1.820.400 triệu đồng, công nghiệp - xây dựng 1.105.300 triệu đồng, dịch vụ 1.224.500 triệu đồng.")
    assert _sums(text, "partition") == [] and _sums(text, "subset") == []


# ---------------------------------------------------------------------------------------------
# "trong tháng ..., lũy kế từ đầu năm ...": the month is part of the year-to-date (wave-8 leftover)


@pytest.mark.parametrize(("month", "error"), [("214", False), ("2.140", True)])
def test_a_month_is_part_of_its_year_to_date(month: str, error: bool) -> None:
    text = (f"Giá trị sản xuất nông nghiệp trong tháng ước đạt {month} tỷ đồng, lũy kế từ đầu năm đến hết tháng 8 "
            "đạt 1.380 tỷ đồng, bằng 71,2% kế hoạch.")
    assert _sums(text, "subset") == [("1.380", [month])]
    assert bool(errors(passage(text))) is error


def test_a_cumulative_after_a_figure_of_no_period_takes_no_part() -> None:
    text = "Tổng vốn đầu tư 214 tỷ đồng, lũy kế từ đầu năm giải ngân 1.380 tỷ đồng."
    assert _sums(text, "subset") == []
