"""A growth between two printed years: shapes the reader did not take (issue 12, round 29).

Real sentences of the development third reworded (gio-linh_2, yen-dinh_2, thanh-mien_2, thuong-tin_4, hau-loc_2):

- "từ B (năm A) lên C (năm A'), tăng p%": the years of the two levels in parentheses, as bare years are read, and
  the change after them glossed ("tương đương tăng p%") (``prose_rates._TO_RE``, ``_CHANGE_RE``, ``_YEAR_AFTER_RE``;
  ``prose_changes._INDEX_AFTER_RE``, ``_NEXT_LINK_RE`` for a chain of levels);
- "X tăng p% so với năm A, đạt C": the level printed after its rate is named by the rate's words, so a later year's
  growth finds it as its base (``prose_passage.Passage.name``);
- "bằng / đạt p% so với cùng kỳ", "bằng p% so với năm trước", "giảm p% so với cùng kỳ": the index and the fall
  are measured against the year before the figure's own, as "tăng p% so với cùng kỳ" is
  (``prose_rates.growth_bases``, ``_SAME_PERIOD_RE``, ``_SAME_PERIOD_INDEX_RE``, ``_PREVIOUS_YEAR_INDEX_RE``).

Each rule has a near miss it must not read.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _growths(text: str) -> list[tuple[str, str, str, str | None]]:
    doc = passage(text)
    return [(printed(doc, r, "current")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0], r.form)
            for r in document_relations(doc) if r.kind == "growth"]


# -- from one year's level to another's, the years in parentheses -----------------------------------------------

@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu đồng (năm 2017), tăng 15,83%.",
     "growth", "15,83%"),
    ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng (2015) lên 3.209.618 triệu đồng (2017), tăng 15,83%.",
     "growth", "15,83%"),
    ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng năm 2015 lên 3.209.618 triệu đồng năm 2017, tương đương tăng "
     "15,83%.", "growth", "15,83%"),
    ("Số hộ nghèo giảm từ 1.250 hộ (năm 2022) xuống còn 980 hộ (năm 2023), giảm 270 hộ.", "difference", "270"),
])
def test_levels_dated_in_parentheses_are_compared(text: str, kind: str, expected: str) -> None:
    doc = passage(text)
    found = [r for r in document_relations(doc) if r.kind == kind]
    assert [printed(doc, r, "rate" if kind == "growth" else "difference")[0] for r in found] == [expected]
    assert errors(doc) == []
    assert errors(passage(text.replace(expected, "17,2%" if kind == "growth" else "290")))


def test_a_yearly_rate_after_levels_dated_in_parentheses_is_no_growth() -> None:
    text = ("Tổng giá trị sản xuất tăng từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu đồng (năm 2017), tăng "
            "trung bình hàng năm 7,62%.")
    assert _growths(text) == []
    assert errors(passage(text)) == []


@pytest.mark.parametrize("text", [
    "Tổng giá trị sản xuất tăng từ 5.986.334 triệu đồng (năm 2012) lên 7.170.343 triệu đồng (năm 2013), bằng 120% "
    "năm trước, rồi lên 8.225.242 triệu đồng năm 2014, bằng 115% năm 2013.",
    "Tổng giá trị sản xuất tăng từ 5.986.334 triệu đồng (năm 2012) lên 7.170.343 triệu đồng (năm 2013), bằng 120% "
    "năm trước, rồi lên 8.225.242 triệu đồng (năm 2014), bằng 115% năm 2013.",
])
def test_a_chain_of_levels_dated_in_parentheses(text: str) -> None:
    assert _growths(text) == [("7.170.343", "từ 5.986.334", "120%", "index"), ("8.225.242", "7.170.343", "115%", "index")]
    assert errors(passage(text)) == []
    assert errors(passage(text.replace("115%", "125%")))


def test_a_yearly_average_over_levels_dated_in_parentheses() -> None:
    text = ("Tổng giá trị sản xuất tăng từ 497,3 tỷ đồng (năm 2007) lên 538,2 tỷ đồng (năm 2008) và 583,6 tỷ đồng "
            "(năm 2009); bình quân tăng 8,33%/năm.")
    doc = passage(text)
    averages = [r for r in document_relations(doc) if r.kind == "avg_growth"]
    assert [(printed(doc, r, "start")[0], printed(doc, r, "end")[0]) for r in averages] == [("từ 497,3", "583,6")]
    assert errors(doc) == []
    assert errors(passage(text.replace("8,33%", "10,68%")))


# -- the level a rate printed first is of ------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ["đạt", "lên", "ước đạt", "thực hiện"])
def test_a_level_after_its_rate_is_named_by_the_rate(verb: str) -> None:
    # thuong-tin_4 reworded: "Công nghiệp - xây dựng đạt 26.465 tỷ đồng, tăng 17,4% so với năm 2022" with the rate first
    text = (f"Năm 2023, công nghiệp - xây dựng tăng 17,4% so với năm 2022, {verb} 26.465 tỷ đồng.\n"
            "Năm 2024, công nghiệp - xây dựng tăng 18,9% so với năm 2023, đạt 31.467 tỷ đồng.")
    assert ("31.467", "26.465", "18,9%", "increase") in _growths(text)
    assert errors(passage(text)) == []
    assert errors(passage(text.replace("18,9%", "21,4%")))


def test_a_level_of_another_indicator_after_a_rate_is_not_its_base() -> None:
    text = ("Năm 2023, công nghiệp - xây dựng tăng 17,4% so với năm 2022, thương mại - dịch vụ đạt 26.465 tỷ đồng.\n"
            "Năm 2024, công nghiệp - xây dựng tăng 18,9% so với năm 2023, đạt 31.467 tỷ đồng.")
    assert _growths(text) == []
    assert errors(passage(text)) == []


# -- an index over the same period, or the year before, printed earlier --------------------------------------------

_HAU_LOC_2019 = "Năm 2019, giá trị sản xuất đạt 8.550 tỷ đồng. "


@pytest.mark.parametrize("words", ["bằng 112,1% so với cùng kỳ", "đạt 112,1% so với cùng kỳ năm trước",
                                   "bằng 112,1% so với năm trước", "tương đương 112,1% so cùng kỳ"])
def test_an_index_against_the_year_before_printed_earlier(words: str) -> None:
    # hau-loc_2 reworded: "Năm 2020, … tổng giá trị sản xuất đạt 9.585 tỷ đồng, … tăng 12,1%"
    text = _HAU_LOC_2019 + f"Năm 2020, tổng giá trị sản xuất đạt 9.585 tỷ đồng, {words}."
    assert _growths(text) == [("9.585", "8.550", "112,1%", "index")]
    assert errors(passage(text)) == []
    assert errors(passage(text.replace("112,1%", "121,1%")))


def test_a_fall_against_the_same_period_printed_earlier() -> None:
    text = ("Năm 2019, diện tích gieo trồng lúa là 8.000 ha. Năm 2020, diện tích gieo trồng lúa là 7.650 ha, giảm 4,38% "
            "so với cùng kỳ.")
    assert _growths(text) == [("7.650", "8.000", "4,38%", "decrease")]
    assert errors(passage(text.replace("4,38%", "6,2%")))


def test_an_index_that_names_no_period_is_not_read() -> None:
    text = _HAU_LOC_2019 + "Năm 2020, tổng giá trị sản xuất đạt 9.585 tỷ đồng, bằng 112,1%."
    assert _growths(text) == []
    assert errors(passage(text)) == []
