"""Errors on relations a passage does not state (issue 12, wave 23's development third): each misreading is
pinned as a refusal (or the right reading), beside a true finding of the same shape the fix must keep.

The strings are reworded from dev passages (go-quao-kien-giang_2, u-minh-ca-mau_1,
van-ninh-khanh-hoa_3_planted_poor); the names and figures are changed.
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, sums


def _messages(text: str) -> list[tuple[str, str]]:
    return [(f.severity, str(f.message)) for f in document_to_findings(passage(text))]


# --- a figure after "thấp hơn / cao hơn so cùng kỳ" is a margin, no plan and no base -------------------------


def test_a_margin_over_the_same_period_in_parentheses_is_no_plan() -> None:
    text = "Sản lượng cá đạt: 18.420 tấn, đạt trên: 91% kế hoạch (thấp hơn so cùng kỳ: 1.215 tấn)."
    assert not errors(passage(text))
    text = "Sản lượng đạt 41.250 tấn, bằng 92% kế hoạch (cao hơn so với năm trước: 2.130 tấn)."
    assert not errors(passage(text))


def test_a_plan_in_parentheses_is_still_the_plan() -> None:
    text = "Sản lượng đạt 41.250 tấn, bằng 92% kế hoạch (kế hoạch: 48.000 tấn)."
    assert [f.severity for f in errors(passage(text))] == ["error"]


def test_a_base_in_parentheses_after_the_comparison_is_still_the_base() -> None:
    text = "Sản lượng đạt 41.250 tấn, tăng 8,4% so với năm trước (39.130 tấn)."
    assert [f.severity for f in errors(passage(text))] == ["error"]


# --- counts of communes under programmes overlap; words before a ";" are the whole's --------------------------

PROGRAMMES = "Huyện có 9 xã; trong đó có 4 xã biên giới, 3 xã an toàn khu và có {last} xã đặc biệt khó khăn."


def test_counts_of_communes_under_programmes_are_each_some_of_the_whole() -> None:
    doc = passage(PROGRAMMES.format(last=9))
    assert not errors(doc)
    assert sorted(parts for _, parts in sums(doc, "subset")) == [["3"], ["4"], ["9"]]


def test_a_count_under_a_programme_larger_than_the_whole_is_still_an_error() -> None:
    assert [f.severity for f in errors(passage(PROGRAMMES.format(last=10)))] == ["error"]


def test_the_town_of_the_whole_clause_is_no_category_of_the_parts() -> None:
    # "7 xã và 1 thị trấn; trong đó có 3 xã …": the parts name communes only, so nothing says they cover the 7
    assert not errors(passage("Huyện có 7 xã và 1 thị trấn; trong đó có 3 xã vùng cao, 2 xã vùng thấp."))


def test_communes_and_towns_after_the_whole_still_make_it_up() -> None:
    text = "Huyện có 8 đơn vị hành chính cấp xã; trong đó có 5 xã và 2 thị trấn."
    assert [f.severity for f in errors(passage(text))] == ["error"]


# --- "a units/b units" read by position is a over b --------------------------------------------------------------


def test_a_part_with_its_words_before_the_slash_is_the_part() -> None:
    assert _messages("Xã còn 61 hộ nghèo/2.874 hộ, chiếm tỷ lệ 2,12%.") == []


def test_a_share_that_does_not_follow_from_the_slash_pair_is_a_warning_on_that_pair() -> None:
    found = _messages("Xã còn 61 hộ nghèo/2.874 hộ, chiếm tỷ lệ 2,65%.")
    assert [severity for severity, _ in found] == ["warning"]
    assert found[0][1].startswith("61 / 2.874 = 2,12 %")
