"""A place named by a bare number is no figure (issue 12, round 31).

"phường 1 rộng 1,78 km2, có 4.021 người" (a ward table turned into sentences) and "KCN Quế Võ 1 mở rộng có quy
mô 618 ha" (industrial parks) name a place by its kind and a number. The reader took the number for a figure, so
the list of areas read "1 + 2 + 3 + 2,62 + 64,75" under the town's area (wave 26) and the parks' list broke at
"Quế Võ 6" (wave 27). By the grammar: a number right after a kind of place ("phường", "khóm", "ấp", "khu phố",
"tổ dân phố"), in either case, or after a kind ("KCN", "CCN", "Phường", "Bản" …) and up to three capitalised
words, with no unit after it, ends the place's name. Wordings: the wards, the town's "khóm", the hamlets ("ấp"),
the parks. Near miss: "Thị xã có 7 phường 3 xã" counts its communes (a unit follows the number), and "phường 3
có 12 hộ" keeps its 12.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed

# (text, the whole, the parts as printed)
NUMBERED = [
    ("Toàn thị xã rộng 72,91 km2, trong đó phường 1 rộng 1,78 km2, phường 2 rộng 1,99 km2, phường 3 rộng "
     "1,77 km2, phường An Đôn rộng 2,62 km2 và xã Hải Lệ rộng 64,75 km2.",
     "72,91", ("1,78", "1,99", "1,77", "2,62", "64,75")),
    ("Thị trấn có 1.200 hộ, trong đó khóm 1 có 400 hộ, khóm 2 có 500 hộ và khóm 3 có 300 hộ.",
     "1.200", ("400", "500", "300")),
    ("Toàn xã có 980 hộ, chia ra: ấp 1 có 310 hộ, ấp 2 có 290 hộ, ấp 3 có 380 hộ.",
     "980", ("310", "290", "380")),
    ("Các khu công nghiệp có tổng diện tích 1.500 ha, trong đó KCN Quế Võ 1 mở rộng có quy mô 618 ha, KCN Quế Võ 2 "
     "quy mô 269,48 ha, KCN An Việt Quế Võ 6 quy mô 78,6 ha.",
     "1.500", ("618", "269,48", "78,6")),
]


def _sums(text: str) -> list[tuple[str, tuple[str, ...]]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], tuple(printed(doc, r, "part")))
            for r in document_relations(doc) if r.kind in ("partition", "subset", "count_sum")]


@pytest.mark.parametrize(("text", "whole", "parts"), NUMBERED)
def test_a_numbered_place_is_a_name_and_its_figure_is_the_part(text: str, whole: str, parts: tuple[str, ...]) -> None:
    found = _sums(text)
    assert (whole, parts) in found
    # the place's number is in no relation
    assert not [s for s in found if {"1", "2", "3", "6"} & set(s[1])]
    assert errors(passage(text)) == []


def test_a_count_before_another_count_noun_still_counts() -> None:
    doc = passage("Thị xã có 7 phường 3 xã, diện tích 72,91 km2.")
    values = [c.value.raw for r in doc.rows for c in r.cells]
    assert "7" in values and "3" in values


def test_a_figure_after_a_numbered_place_is_kept() -> None:
    doc = passage("Trong năm, phường 3 có 12 hộ thoát nghèo.")
    values = [c.value.raw for r in doc.rows for c in r.cells]
    assert values == ["12"]


def test_a_slip_in_a_numbered_place_s_figure_is_an_error_on_the_figures() -> None:
    found = errors(passage(NUMBERED[0][0].replace("64,75", "65,75")))
    assert len(found) == 1 and "65,75" in found[0].message and "+ 1 +" not in found[0].message
