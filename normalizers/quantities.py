"""Whether two printed units measure the same thing, and whether a unit counts discrete things.

A part and its whole must be the same quantity: hectares and km² are both areas, "người" and
"nhân khẩu" both count people, but households ("hộ") are not people ("khẩu"). A count of
discrete things (people, households, communes, targets) is exact: it carries no rounding.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import lru_cache

from normalizers.text import fold
from normalizers.units import Unit, convert, convertible, parse_unit

__all__ = ["COUNT_NOUNS", "PERSONS", "conversion_factor", "is_count_unit", "same_quantity", "stock_unit", "unit_of"]

# Nouns that count people: a population printed in "người" is the whole of parts printed in "nhân khẩu".
# "2.439 thanh niên, trong đó 1.318 công dân đủ điều kiện": youths and citizens are people counted as people
PERSONS = frozenset({"người", "nhân khẩu", "khẩu", "dân", "người dân", "lao động", "thanh niên", "công dân"})
# Count nouns a report puts after a figure that the unit table does not know as counts.
COUNT_NOUNS = frozenset({
    "nhân khẩu", "khẩu", "chỉ tiêu", "công trình", "dân tộc", "phường", "xã", "thị trấn", "đơn vị hành chính",
    "đơn vị", "lao động", "học sinh", "doanh nghiệp", "hợp tác xã", "thôn", "bản", "buôn", "tổ dân phố", "trường",
    "tiêu chí", "hộ", "người", "con", "cơ sở", "dự án", "lượt", "đảng viên", "tổ chức", "cuộc", "vụ", "xã, thị trấn",
    "xã, phường", "thôn, tổ dân phố", "hội viên", "đoàn viên", "công chức", "viên chức", "cán bộ", "mô hình", "nhà",
    "em", "cháu", "sinh viên", "giáo viên", "bệnh nhân", "trang trại", "gia trại", "phòng học", "hộ kinh doanh",
    "tỉnh",
})


@lru_cache(maxsize=4096)
def unit_of(text: str | None) -> Unit | None:
    """The unit ``text`` names, or None when it names none."""
    if not text:
        return None
    u = parse_unit(text)
    return None if u.dimension == "none" else u


# What a flow is counted per: "3.366 tấn/vụ" is a harvest of one season, "1.250 tỷ đồng/năm" a year's revenue.
_PERIODS = frozenset({"vụ", "năm", "tháng", "quý", "ngày", "mùa", "đợt"})


def stock_unit(text: str | None) -> str | None:
    """The unit of an amount printed per period, without the period: ``"tấn/vụ"`` -> ``"tấn"``;
    ``"người/km2"`` (a rate over an area, not a period) and ``"ha"`` are returned as printed."""
    if not text or "/" not in text:
        return text
    head, _, per = text.rpartition("/")
    return head.strip() if per.strip().lower() in _PERIODS and head.strip() else text


def is_count_unit(text: str | None) -> bool:
    """``"hộ"`` -> True; ``"ha"`` -> False; ``"nhân khẩu"`` -> True."""
    if not text:
        return False
    u = unit_of(text)
    if u is not None and u.dimension == "count":
        return True
    return text.strip().lower() in COUNT_NOUNS


def same_quantity(a: str | None, b: str | None) -> bool:
    """Whether figures in units ``a`` and ``b`` measure the same thing (a part and its whole).

    >>> same_quantity("ha", "km²"), same_quantity("người", "nhân khẩu"), same_quantity("hộ", "khẩu")
    (True, True, False)
    """
    if not a or not b:
        return False
    fa, fb = fold(a).strip(), fold(b).strip()
    if fa == fb:
        return True
    if a.strip().lower() in PERSONS and b.strip().lower() in PERSONS:
        return True
    # "146 thôn, bản; trong đó 98 thôn ...": a count of several nouns holds counts of each
    pa, pb = _nouns(fa, a), _nouns(fb, b)
    if (len(pa) > 1 and fb in pa) or (len(pb) > 1 and fa in pb):
        return True
    ua, ub = unit_of(a), unit_of(b)
    if ua is None or ub is None:
        return False
    if ua.dimension == "count" or ub.dimension == "count":
        return ua.canonical == ub.canonical
    return ua.dimension == ub.dimension and ua.base == ub.base and ua.dimension not in ("percent", "permille", "other", "time")


def _nouns(folded: str, raw: str = "") -> tuple[str, ...]:
    """The nouns of a joined count noun: ``"thon, ban"`` -> ``("thon", "ban")``. A measure per unit is one
    rate, not two nouns: "tạ/ha" names no hectares ("lúa nước 887,2 ha, năng suất 45 tạ/ha")."""
    head = unit_of(raw.split("/")[0].strip()) if "/" in raw else None
    if head is not None and head.dimension in _MEASURES:
        return (folded,)
    return tuple(x.strip() for x in re.split(r",|/|\bva\b", folded) if x.strip())


_MEASURES = frozenset({"mass", "area", "money", "volume", "length"})


def conversion_factor(child_unit: str | None, parent_unit: str | None) -> Fraction | None:
    """What converts a value in ``child_unit`` to ``parent_unit``: 1 when alike (or unknown), None when
    they do not convert.

    >>> conversion_factor("ha", "km²"), conversion_factor("người", "nhân khẩu"), conversion_factor("hộ", "khẩu")
    (Fraction(1, 100), Fraction(1, 1), None)
    """
    if not child_unit or not parent_unit or fold(child_unit).strip() == fold(parent_unit).strip():
        return Fraction(1)
    if child_unit.strip().lower() in PERSONS and parent_unit.strip().lower() in PERSONS:
        return Fraction(1)
    child, parent = parse_unit(child_unit), parse_unit(parent_unit)
    if child.canonical == parent.canonical:
        return Fraction(1)
    if not convertible(child, parent):
        return None
    return Fraction(str(convert(1.0, child, parent)))
