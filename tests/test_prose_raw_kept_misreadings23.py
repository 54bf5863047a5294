"""Misreadings seen on round 23's kept raw pages (prose23v's final run), each stated as its mechanism and
tested with reworded sentences of our own, beside a true finding of the same shape that must stay.

1. A sub-part summed as a sibling: "…, trong đó có 274 thôn, bản, có 32 thôn, bản đặc biệt khó khăn" read
   274 + 32 > 286; the 32 name the 274's own noun again with a qualifier, so they are among the 274.
2. A share recomputed against another year's total: "Năm 2008 … chiếm 10,69% trong tổng diện tích đất canh
   tác" was divided by 2007's area, printed first in the paragraph.
3. A section number run into the text ("2.1.1.1.") read as a figure (a parse warning).
"""

from __future__ import annotations

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations, sums

# --- 1. an item naming the item before it again, with a qualifier, is not summed beside it ---------------

VILLAGES = ("Huyện Đồng Lạc có 21 xã và 01 thị trấn, với 318 thôn, bản, tổ dân phố, trong đó có {first}, có {second}, "
            "mật độ dân số bình quân 214 người/km2.")


def test_villages_named_again_with_a_qualifier_are_not_summed_beside_them() -> None:
    doc = passage(VILLAGES.format(first="297 thôn, bản", second="41 thôn, bản đặc biệt khó khăn"))
    assert ("318", ["297", "41"]) not in sums(doc, "subset")
    assert ("318", ["297"]) in sums(doc, "subset")  # the bare item is still some of the whole
    assert errors(doc) == []


def test_two_qualified_sibling_items_still_break_their_whole() -> None:
    # both items carry a qualifier: two classes side by side, and 297 + 41 > 318 is a true error
    doc = passage(VILLAGES.format(first="297 thôn, bản vùng thấp", second="41 thôn, bản đặc biệt khó khăn"))
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "318"


def test_one_noun_qualified_two_ways_is_still_a_list_of_siblings() -> None:
    # neither item is the bare noun: highland and lowland villages side by side, 160 + 190 > 318 is an error
    doc = passage("Huyện có 318 thôn, trong đó 160 thôn vùng cao, 190 thôn vùng thấp.")
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "318"


# --- 2. a share dated to one year is not recomputed against another year's total ------------------------

AREAS = ("Diện tích đất canh tác tăng dần qua các năm. Năm 2017 diện tích đất canh tác của huyện là 12.480,50 ha, năm "
         "2018 diện tích là 12.566,30 ha. Cụ thể năm 2017 diện tích đất nương rẫy là 1.310,45 ha chiếm {first} trong "
         "tổng diện tích đất canh tác. Năm 2018 diện tích là 1.402,90 ha chiếm {second} trong tổng diện tích đất canh "
         "tác.")


def _share_totals(doc: object) -> list[tuple[int, int]]:
    """(part row, total row) of every share read."""
    return [(dict(r.figures)["part"][0], dict(r.figures)["total"][0])
            for r in relations(doc, "share")]  # type: ignore[arg-type]


def test_a_share_of_a_later_year_is_not_recomputed_on_the_first_years_total() -> None:
    # 1.402,90 / 12.566,30 = 11,16 % (its own year) but 11,24 % of 2017's total: the second share is not read
    doc = passage(AREAS.format(first="10,50%", second="11,16%"))
    assert len(_share_totals(doc)) == 1
    assert errors(doc) == []


def test_a_share_of_its_own_years_total_is_still_recomputed_and_its_error_found() -> None:
    # 1.310,45 / 12.480,50 = 10,50 %: printed 11,50 % against the total of its own year, a true error
    doc = passage(AREAS.format(first="11,50%", second="11,16%"))
    found = errors(doc)
    assert len(found) == 1 and found[0].reported == "11,50%"


# --- 3. a section number is no figure --------------------------------------------------------------------


def _parse_warnings(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.kind == "parse_error"]


def test_a_section_number_run_into_the_text_is_no_figure() -> None:
    text = "3.2.1. Điều kiện tự nhiên 3.2.1.2. Địa hình: huyện có diện tích tự nhiên 512,6 km2, dân số 96.350 người."
    assert _parse_warnings(text) == []


def test_a_misprinted_figure_with_its_unit_is_still_warned() -> None:
    # the same digit groups followed by a unit are a figure printed wrong, not a heading
    assert len(_parse_warnings("Diện tích lúa cả năm đạt 1.25.30 ha, năng suất 58 tạ/ha.")) == 1
