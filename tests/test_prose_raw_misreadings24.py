"""Misreadings found on round 24's raw development pages (provincial portals and newspapers, issue 12), each
stated as its mechanism and tested with reworded sentences of our own, beside a true finding of the same shape
that must stay.

1. A yearly change read as the whole change between two levels: "giảm từ 50,41% xuống còn 19,59%, bình quân
   giảm 6,16%/năm" was checked as 50,41 − 19,59 = 6,16.
2. A margin read as an earlier level: "đạt kim ngạch 510 triệu USD, tăng hơn 51,63% …, vượt cả năm 2023 tới
   100 triệu USD" was checked as 510 / 100 − 1 = 51,63 %.
3. A percentage point read as a count: "cao hơn 0,24 điểm % so với tốc độ tăng cùng kỳ" warned that a growth
   rate was measured in "điểm".
"""

from __future__ import annotations

from extractor.model import Document
from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations


def _results(doc: Document, kind: str) -> list[str]:
    """The printed figure each relation of ``kind`` recomputes, as printed."""
    rows = {r.index: r for r in doc.rows}
    found = []
    for rel in relations(doc, kind):
        if rel.result is not None:
            value = rows[rel.result[0]].cells[rel.result[1]].value
            found.append(value.raw if value is not None else "")
    return found

# --- 1. a yearly change is not the difference of the two levels ------------------------------------------


def test_a_yearly_fall_between_two_rates_is_not_their_difference() -> None:
    doc = passage("Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo ở các xã vùng cao của huyện giảm từ 48,20% xuống còn "
                  "21,35%, bình quân giảm 5,37%/năm, vượt mục tiêu đề ra.")
    assert "5,37%" not in _results(doc, "difference")
    assert errors(doc) == []


def test_a_yearly_fall_said_after_the_figure_is_not_their_difference_either() -> None:
    doc = passage("Số hộ nghèo toàn huyện giảm từ 3.120 hộ xuống còn 1.480 hộ, giảm 410 hộ mỗi năm.")
    assert errors(doc) == []


def test_the_whole_fall_between_two_rates_is_still_checked() -> None:
    # the same shape without "bình quân … /năm": the change is the difference, and a wrong one is found
    good = passage("Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo ở các xã vùng cao của huyện giảm từ 48,20% xuống còn "
                   "21,35%, giảm 26,85 điểm phần trăm.")
    assert errors(good) == []
    assert _results(good, "difference") == ["26,85"]
    wrong = passage("Giai đoạn 2016 - 2020, tỷ lệ hộ nghèo ở các xã vùng cao của huyện giảm từ 48,20% xuống còn "
                    "21,35%, giảm 25,85 điểm phần trăm.")
    found = errors(wrong)
    assert len(found) == 1 and found[0].reported == "25,85"


# --- 2. a margin over a period is not that period's level ------------------------------------------------

MARGIN = ("Kim ngạch xuất khẩu thủy sản của huyện 9 tháng năm 2024 đạt 430 triệu USD, tăng {rate} so với cùng kỳ "
          "năm trước, vượt cả năm 2023 tới 85 triệu USD.")


def test_a_margin_over_an_earlier_year_is_no_base_of_the_growth() -> None:
    doc = passage(MARGIN.format(rate="hơn 38,2%"))
    assert errors(doc) == []
    assert _results(doc, "growth") == []


def test_an_earlier_year_printed_as_a_level_is_still_the_base() -> None:
    # the same year printed as a level, not a margin: 430 / 345 − 1 = 24,6 %, so 38,2 % is an error
    good = passage("Kim ngạch xuất khẩu thủy sản của huyện năm 2024 đạt 430 triệu USD, tăng 24,6%, cả năm 2023 là "
                   "345 triệu USD.")
    assert errors(good) == [] and _results(good, "growth") == ["24,6%"]
    wrong = passage("Kim ngạch xuất khẩu thủy sản của huyện năm 2024 đạt 430 triệu USD, tăng 38,2%, cả năm 2023 là "
                    "345 triệu USD.")
    found = errors(wrong)
    assert len(found) == 1 and found[0].reported == "38,2%"


# --- 3. a percentage point is no count of points --------------------------------------------------------


def _unit_findings(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.kind == "unit_mismatch"]


def test_a_growth_rate_compared_in_percentage_points_is_no_unit_mismatch() -> None:
    assert _unit_findings("Khu vực dịch vụ của huyện ước tăng 7,15%, cao hơn 0,42 điểm % so với tốc độ tăng cùng "
                          "kỳ, cao hơn 0,36 điểm % so với kịch bản tăng trưởng 6 tháng.") == []


def test_a_rate_counted_in_points_is_still_a_unit_mismatch() -> None:
    found = _unit_findings("Tỷ lệ hộ nghèo của huyện cuối năm còn 215 điểm.")
    assert len(found) == 1 and "điểm" in found[0]
