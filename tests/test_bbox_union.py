"""``extractor.model.bbox_union``: the one union of two boxes that phantom_columns, header_repair,
name_repair and stitch share, each saying what it needs when one box is not known."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.model import BBox, bbox_union

# Boxes of a real page: "Năm" and "2022" of a group title OCR split at a column line (dev scan
# v10550, points on an A4 page).
_NAM: BBox = (301.2, 118.4, 322.0, 127.9)
_YEAR: BBox = (330.5, 118.1, 352.7, 128.3)

_coord = st.floats(min_value=0, max_value=1000, allow_nan=False)
_box = st.tuples(_coord, _coord, _coord, _coord).map(
    lambda t: (min(t[0], t[2]), min(t[1], t[3]), max(t[0], t[2]), max(t[1], t[3])))


def test_both_known_is_the_smallest_box_holding_both() -> None:
    assert bbox_union(_NAM, _YEAR, missing="unknown") == (301.2, 118.1, 352.7, 128.3)


@pytest.mark.parametrize(("a", "b", "missing", "expected"), [
    (_NAM, None, "unknown", None),
    (None, _YEAR, "unknown", None),
    (_NAM, None, "known", _NAM),
    (None, _YEAR, "known", _YEAR),
    (_NAM, None, "first", _NAM),
    (None, _YEAR, "first", None),
    (None, None, "known", None),
])
def test_one_box_missing_follows_what_the_caller_asks(a: BBox | None, b: BBox | None, missing: str,
                                                       expected: BBox | None) -> None:
    assert bbox_union(a, b, missing=missing) == expected  # type: ignore[arg-type]


@given(_box, _box)
def test_union_holds_both_and_does_not_depend_on_the_missing_rule(a: BBox, b: BBox) -> None:
    union = bbox_union(a, b, missing="first")
    assert union == bbox_union(b, a, missing="unknown") == bbox_union(a, b, missing="known")
    assert union is not None
    for box in (a, b):
        assert union[0] <= box[0] and union[1] <= box[1] and union[2] >= box[2] and union[3] >= box[3]
    assert union[0] in (a[0], b[0]) and union[3] in (a[3], b[3])
