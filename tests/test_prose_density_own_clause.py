"""A density whose own clause prints its population and its area is read on those (issue 12, round 30).

A town's table spelt as prose (quang-tri_1) prints the whole, then each ward after "Trong đó", each ward in
its own ";"-clause: "phường 3 rộng 1,77 km2, có 7.468 người, mật độ 4.219 người/km2". "Trong đó" made the
ward's population a part of the town's, and the reader, preferring a whole, divided the town's 22.760 by the
ward's area (a false error). The clause's grammar names the subject: a clause that prints one population
and one area before its density prints that density's operands. Sentences reworded, figures our own.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _density(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "per_capita")]


# the whole, then each part in its own ";"-clause after "Trong đó" (quang-tri_1's table as prose)
WARDS = ("Bảng diện tích - dân số năm 2017 cho toàn thị xã 64,3 km2, 21.300 người, mật độ 331 người/km2. "
         "Trong đó phường 1 rộng 1,65 km2, có 3.960 người, mật độ {r1} người/km2; phường 2 rộng 2,2 km2, "
         "có 6.930 người, mật độ {r2} người/km2; xã Hải Lệ rộng 60,45 km2, có 10.410 người, mật độ {r3} người/km2.")
# "trong đó:" inside the whole's sentence, the parts listed with "với"
LISTED = ("Huyện có diện tích 410 km², dân số 98.400 người; trong đó: thị trấn Gia Lộc rộng 12,5 km² với "
          "8.750 người, mật độ {r1} người/km²; xã Gia Tân rộng 9,8 km² với 6.370 người, mật độ {r2} người/km².")


def test_each_parts_density_is_read_on_its_own_clause() -> None:
    text = WARDS.format(r1="2.400", r2="3.150", r3="172")
    found = _density(text)
    for rel in [("21.300", "64,3", "331"), ("3.960", "1,65", "2.400"), ("6.930", "2,2", "3.150"),
                ("10.410", "60,45", "172")]:
        assert rel in found
    assert errors(passage(text)) == []


def test_a_listed_parts_density_after_trong_do_is_read_on_its_own_clause() -> None:
    text = LISTED.format(r1="700", r2="650")
    assert ("8.750", "12,5", "700") in _density(text)
    assert ("6.370", "9,8", "650") in _density(text)
    # the two parts listed are not all of the district's area (a partition's error, not a density's)
    assert [e for e in errors(passage(text)) if e.kind != "sum_mismatch"] == []


@pytest.mark.parametrize(("text", "wrong", "total"), [
    (WARDS.format(r1="2.400", r2="3.150", r3="195"), "195", "10.410"),
    (LISTED.format(r1="700", r2="720"), "720", "6.370"),
])
def test_a_wrong_parts_density_is_an_error_on_its_own_figures(text: str, wrong: str, total: str) -> None:
    found = [e for e in errors(passage(text)) if e.kind != "sum_mismatch"]
    assert len(found) == 1 and wrong in found[0].reported and total in found[0].message


@pytest.mark.parametrize("text", [
    # the density's own clause prints nothing: the whole printed before it is divided
    "Diện tích tự nhiên 7.282,3 ha, tổng dân số 22.760 người; mật độ dân số 312 người/km².",
    # parts printed before, the whole in the density's own sentence
    "Phường 1 rộng 1,78 km², có 4.021 người. Toàn thị xã rộng 72,91 km², có 22.760 người, mật độ 312 người/km².",
])
def test_a_wholes_density_is_still_read_on_the_whole(text: str) -> None:
    assert ("22.760", next(a for a in ("7.282,3", "72,91") if a in text), "312") in _density(text)
    assert errors(passage(text)) == []


def test_two_populations_in_the_clause_leave_the_choice_to_the_whole() -> None:
    # near miss: the clause prints the whole and a part of it; which one is divided is not the clause's to
    # say, and the whole is (148.200 / 612 = 242), never the part (75.100 / 612 = 123)
    text = "Dân số toàn huyện 148.200 người, trong đó nữ 75.100 người, diện tích 612 km², mật độ 242 người/km²."
    assert _density(text) == [("148.200", "612", "242")]
    assert errors(passage(text)) == []
