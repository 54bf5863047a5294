"""A growth (or "gấp N lần") whose two levels are printed in units that convert (issue 12, round 30).

Round 29's grid of wordings of one growth between two printed years (/work/notes/prose29c/grid.py), extended this
round, found one false error that no dev wording shows but any report may print: the earlier level in another unit
of the same quantity ("đạt 1.200 tỷ đồng, tăng 20% so với năm 2022 (1.000.000 triệu đồng)"; yen-dinh_2 prints its
levels in triệu đồng, most reports in tỷ đồng). The reader compared the two as printed, 1.200 against 1.000.000,
and said "-100 %, the figures say a fall": an error on a consistent sentence.

Now, by the quantities' grammar, not the passage's words:

- a relation over two levels (growth, its index, "gấp N lần", an average growth) takes the quotient in one unit,
  as a share already did (``reconcile.engine.relations._quotient``: ``Relation.scale``; the message says
  "(converted: tỷ đồng → triệu đồng)");
- a base in parentheses is not put into its level's row when it is printed in another scale of that unit (a row
  holds one unit): it is read as its own row, whose unit the conversion above uses
  (``extractor.prose_groups._other_scale``).

Near misses: a base in another unit that does not convert is still no growth; a base whose unit says a thousandth
of the level ("1.000 triệu đồng" against "1.200 tỷ đồng") is converted, not assumed a slip, so it stays an error.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _read(text: str, kind: str) -> list[tuple[str, ...]]:
    doc = passage(text)
    return [tuple(printed(doc, r, role)[0] for role, _ in r.figures) for r in document_relations(doc) if r.kind == kind]


# the same relation, 1.200 tỷ đồng over 1.000.000 triệu đồng (+20 %, 120 %, 1,2 lần), as reports write it
@pytest.mark.parametrize(("text", "kind", "rate", "wrong"), [
    ("Năm 2023, tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng, tăng 20% so với năm 2022 (1.000.000 triệu "
     "đồng).", "growth", "20%", "25%"),
    ("Tổng thu ngân sách trên địa bàn năm 2023 ước đạt 1.200.000 triệu đồng, tăng 20% so với cùng kỳ (1.000 tỷ "
     "đồng).", "growth", "20%", "25%"),
    ("Năm 2023, tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng, bằng 120% so với năm 2022 (1.000.000 triệu "
     "đồng).", "growth", "120%", "125%"),
    ("Năm 2023, thu ngân sách trên địa bàn đạt 1.200 tỷ đồng, gấp 1,2 lần năm 2020 (1.000.000 triệu đồng).",
     "times", "1,2", "1,5"),
    ("Năm 2023, diện tích gieo trồng lúa đạt 800 ha, giảm 20% so với năm 2022 (10.000.000 m2).", "growth", "20%",
     "25%"),
])
def test_a_base_in_parentheses_in_another_scale_is_converted(text: str, kind: str, rate: str, wrong: str) -> None:
    (read,) = _read(text, kind)
    assert read[-1] == rate
    assert errors(passage(text)) == []
    assert errors(passage(text.replace(rate, wrong)))


@pytest.mark.parametrize(("text", "kind", "rate", "wrong"), [
    # the earlier level in the sentence before (yen-dinh_2's triệu đồng beside a tỷ đồng level)
    ("Năm 2022, tổng giá trị sản xuất đạt 5.986.334 triệu đồng. Năm 2023, tổng giá trị sản xuất đạt 7.170 tỷ đồng, "
     "tăng 19,8% so với năm 2022.", "growth", "19,8%", "24,5%"),
    ("Tổng giá trị sản xuất năm 2013 đạt 7.170,3 tỷ đồng (năm 2012: 5.986.334 triệu đồng), bằng 119,8% năm trước.",
     "growth", "119,8%", "125%"),
    ("Tổng thu ngân sách tăng từ 1.000.000 triệu đồng năm 2020 lên 1.331 tỷ đồng năm 2023, bình quân tăng 10%/năm.",
     "avg_growth", "10%", "12%"),
])
def test_levels_in_two_scales_are_compared_in_one(text: str, kind: str, rate: str, wrong: str) -> None:
    (read,) = _read(text, kind)
    assert read[-1] == rate
    assert errors(passage(text)) == []
    (finding,) = errors(passage(text.replace(rate, wrong)))
    assert "converted: tỷ đồng → triệu đồng" in finding.message


def test_a_base_in_a_unit_that_does_not_convert_is_no_growth() -> None:
    assert _read("Năm 2023, sản lượng lúa đạt 12.000 tấn, tăng 20% so với năm 2022 (10.000 ha).", "growth") == []


def test_a_base_a_thousand_times_smaller_by_its_unit_stays_an_error() -> None:
    # "1.000 triệu đồng" is 1 tỷ đồng: converted, the growth is 119.900 %, not the printed 20 %
    text = "Tổng thu ngân sách năm 2023 đạt 1.200 tỷ đồng, tăng 20% so với năm 2022 (1.000 triệu đồng)."
    assert _read(text, "growth") == [("1.200", "1.000", "20%")]
    assert errors(passage(text))


def test_a_base_in_the_same_unit_is_read_as_before() -> None:
    text = "Năm 2023, tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng, tăng 20% so với năm 2022 (1.000 tỷ đồng)."
    assert _read(text, "growth") == [("1.200", "1.000", "20%")]
    assert errors(passage(text)) == []


def test_a_plan_in_parentheses_in_another_scale_is_not_read() -> None:
    # the same guard keeps a plan in another scale out of the row: it was "1.200 / 1.000.000 = 0 %, reported 120%"
    # (a false error); ratios take no conversion, so it is left unread
    text = "Năm 2023, tổng thu ngân sách đạt 1.200 tỷ đồng, bằng 120% dự toán (1.000.000 triệu đồng)."
    assert errors(passage(text)) == []
