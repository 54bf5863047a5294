"""Misreadings found on round 25's raw development pages (provincial portals and newspapers, issue 12), each
stated as its mechanism and tested with reworded sentences of our own, beside a true finding of the same shape
that must stay.

1. A date written with dots read as a figure: "… trực thuộc T.Ư (1.1.2004 - 1.1.2024)" (Cần Thơ) was taken
   for a range of two figures and warned as unreadable ("malformed digit groups '1.1.2004'").
2. A city or town told apart from the district of the same name only by the gazetteer's bracketed type:
   "thành phố Cao Lãnh" and "thành phố Hồng Ngự" (Đồng Tháp) were warned as misspellings of "Cao Lãnh (Huyện)"
   and "Hồng Ngự (Huyện)"; round 24 had "Cai Lậy" (a town and a district of Tiền Giang) flagged the same way.
"""

from __future__ import annotations

from normalizers.places import find_mentions, resolve_mention
from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import passage

# --- 1. a dotted date is no figure -------------------------------------------------------------------------


def test_a_period_between_dotted_dates_is_no_range_of_figures() -> None:
    doc = passage("Dịp kỷ niệm 15 năm thị xã được thành lập (1.7.2009 - 1.7.2024), tổng thu ngân sách trên địa "
                  "bàn đạt 412 tỷ đồng.")
    assert [f for f in document_to_findings(doc) if f.kind == "parse_error"] == []
    assert [[c.value.raw for c in r.cells] for r in doc.rows] == [["412"]]


def test_a_dotted_date_before_a_count_leaves_the_count_read() -> None:
    doc = passage("Từ 1.1.2024 đến nay, toàn huyện có 1.350 hộ nghèo, chiếm 4,2%.")
    assert [[c.value.raw for c in r.cells] for r in doc.rows] == [["1.350", "4,2%"]]


def test_a_misprinted_figure_with_a_unit_still_warns() -> None:
    # the same digits with a unit after them are a figure gone wrong, and stay a parse warning
    doc = passage("Diện tích gieo trồng 1.1.2004 ha, đạt 101,5% kế hoạch.")
    warned = [f for f in document_to_findings(doc) if f.kind == "parse_error"]
    assert len(warned) == 1 and warned[0].severity == "warning"


def test_a_range_of_grouped_figures_is_still_a_range() -> None:
    doc = passage("Năng suất bình quân (1.204 - 1.350 kg) đạt 101,5% kế hoạch.")
    assert [[c.value.raw for c in r.cells] for r in doc.rows] == [["1.204 - 1.350", "101,5%"]]


# --- 2. a city named like a district is spelt right ------------------------------------------------------


def _resolved(text: str, province: str) -> list[tuple[str, str, str | None, str | None]]:
    """(name, status, expected, the resolved unit's type): the gazetteer's "Cao Lãnh (Thành phố)" and
    "Cao Lãnh (Huyện)" are both named as reports print them, told apart by their type."""
    return [(m.name, r.status, r.expected, r.unit.type if r.unit else None)
            for m in find_mentions(text) for r in [resolve_mention(m, province=province, district=None)]]


def test_cities_and_districts_of_one_name_are_both_ok() -> None:
    text = ("Tỉnh có 3 thành phố (thành phố Cao Lãnh, thành phố Sa Đéc và thành phố Hồng Ngự) và 9 huyện "
            "(huyện Cao Lãnh, huyện Hồng Ngự, huyện Lai Vung).")
    found = _resolved(text, "Đồng Tháp")
    assert all(status == "ok" for _, status, _, _ in found), found
    assert ("Cao Lãnh", "ok", "Cao Lãnh", "thành phố") in found
    assert ("Cao Lãnh", "ok", "Cao Lãnh", "huyện") in found


def test_a_town_named_like_its_district_is_ok() -> None:
    found = _resolved("Thị xã Cai Lậy và huyện Cai Lậy đều đạt kế hoạch.", "Tiền Giang")
    assert found == [("Cai Lậy", "ok", "Cai Lậy", "thị xã"), ("Cai Lậy", "ok", "Cai Lậy", "huyện")]


def test_a_misspelt_district_of_such_a_name_is_still_misspelt() -> None:
    assert [r[:3] for r in _resolved("Huyện Hồng Ngụ đạt 101% kế hoạch.", "Đồng Tháp")] == [("Hồng Ngụ", "misspelt", "Hồng Ngự")]
