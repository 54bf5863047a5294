"""The separator of one figure of running text, read from what the figure counts (issue 12).

A passage is not printed in one convention. Report prose copied from web pages writes the
decimal mark of its percentages with a dot ("đạt tỷ lệ 35.6%", "90.77%") and still groups the
thousands of its counts with a dot ("763/2.141 học sinh", "19.418/21.392 người"); a thesis quoted
by a district prints "86.683 người" and "bảng 3.1" beside "425,134 km2". A figure whose separator is
ambiguous ("2.141", "425,134": one '.' or ',' before exactly three digits) is read by its unit:

- a count printed without a scale word ("2.141 học sinh", "41,100 hộ") is a whole number, so its
  separator groups thousands, in any document (``own_marks``: this overrides the passage's style);
- a rate with a ',' (a percentage "12,345%", a density "204,125 người/km²") is a decimal: no
  district prints twelve thousand per cent or two hundred thousand people a km². It only votes;
- anything else ("1.250 tỷ đồng", "2.500 ha", "41,100 ha", a figure with no unit) says nothing about
  itself: an English-style document groups the thousands of an area with a comma.

Both kinds of evidence vote in the passage's style (``reading_in_text`` → ``infer_style(read=…)``),
which reads every figure the unit does not decide: "86.683 người" votes Vietnamese, so the "43.421
nam" it is the sum of is read as thousands too, not as the "3.1" of a table number says.
Unambiguous figures ("35.6%", "2.141,5", "1,006,807.4") read the same whatever is decided here, and a
share printed with a decimal point ("35.6%", "13.3%") does not vote at all (``votes_for_style``): it is
how such prose prints its shares, not how it prints its other figures.
"""

from __future__ import annotations

import re
from dataclasses import replace

from normalizers.numbers import NumberStyle, ParsedValue, parse_value
from normalizers.quantities import is_count_unit, unit_of
from normalizers.units import find_unit

# A token whose one separator stands before exactly three digits and after at most three: the two
# conventions read it differently (the shapes ``numbers._shape`` calls ``amb_dot`` / ``amb_comma``).
_AMBIGUOUS_RE = re.compile(r"(?<![\d.,])[1-9]\d{0,2}([.,])\d{3}(?![\d]|[.,]\d)")
_DECIMAL_DIMENSIONS = frozenset({"percent", "permille"})
_PER_RE = re.compile(r"\s*/\s*[^\W\d_]+[\w²³]*")
_AREA_AFTER_SLASH_RE = re.compile(r"/\s*(?:km2|km²|ha|m2|m²|héc\s*ta)\s*$", re.IGNORECASE)


def whole_count(unit: str | None) -> bool:
    """A unit that counts whole things with no scale word: ``"học sinh"``, ``"hộ"`` -> True;
    ``"nghìn người"``, ``"triệu cành"`` (printed with decimals: "2.251,714 triệu cành"), ``"ha"`` -> False."""
    if not is_count_unit(unit):
        return False
    u = unit_of(unit)
    return u is None or u.scale == 1.0


def decimal_measure(unit: str | None, percent: str | None = None) -> bool:
    """A rate that is never in the thousands: a percentage or a density over an area.

    >>> decimal_measure("km2"), decimal_measure("người/km2"), decimal_measure(None, "%"), decimal_measure("tỷ đồng")
    (False, True, True, False)
    """
    if percent:
        return True
    if not unit:
        return False
    u = unit_of(unit)
    if u is not None and u.dimension in _DECIMAL_DIMENSIONS:
        return True
    return _AREA_AFTER_SLASH_RE.search(unit) is not None


def own_reading(sep: str, *, unit: str | None, percent: str | None = None, count: bool = False) -> bool | None:
    """What the figure's own unit says of an ambiguous separator ``sep``: True groups thousands,
    False marks decimals, None when the unit says nothing. ``count``: the caller knows ``unit``
    counts whole things (a count noun of its own vocabulary).

    >>> own_reading(".", unit="học sinh"), own_reading(",", unit="người/km2"), own_reading(",", unit="km2")
    (True, False, None)
    """
    if count or whole_count(unit):
        return True
    if sep == "," and decimal_measure(unit, percent):
        return False
    return None


def own_marks(value: ParsedValue, *, unit: str | None, count: bool = False) -> ParsedValue | None:
    """``value``, a figure in ``unit``, re-read with its ambiguous separator grouping thousands when
    the unit counts whole things (``count``: the caller knows it does); None when it does not or the
    value already reads so. Only the numbers change: hedge, comparator and percent sign stay.

    >>> own_marks(parse_value("2.141", style="en"), unit="học sinh").value
    2141.0
    >>> own_marks(parse_value("106,172", style="vi"), unit="người").value
    106172.0
    >>> own_marks(parse_value("2.500", style="en"), unit="ha") is None  # an area: the passage's style
    True
    """
    if value.kind not in ("number", "comparator", "fraction", "range") or value.percent:
        return None
    if not (count or whole_count(unit)):
        return None
    seps = {m.group(1) for m in _AMBIGUOUS_RE.finditer(value.raw)}
    if len(seps) != 1:
        return None  # none ambiguous, or a '.' and a ',' in one figure: not a case a unit decides
    sep = seps.pop()
    style: NumberStyle = "vi" if sep == "." else "en"
    own = parse_value(value.raw, style=style)
    numbers = ("value", "low", "high", "den", "decimals", "den_decimals")
    if own.kind != value.kind or all(getattr(own, f) == getattr(value, f) for f in numbers):
        return None
    why = f"'{sep}' groups thousands: a count of {unit} has no fraction of one"
    return replace(value, **{f: getattr(own, f) for f in numbers}, style=style, confidence=0.9, reason=why)


_POINT_SHARE_RE = re.compile(r"\d{1,3}\.\d{1,2}")
_SHARE_SIGN_RE = re.compile(r" ?[%‰]")


def votes_for_style(text: str, start: int, end: int) -> bool:
    """Whether the figure ``text[start:end]`` votes in its passage's style (``infer_style``). A share
    printed with a decimal point ("chiếm 13.3%") does not: Vietnamese prose copied from web pages and
    spreadsheets prints its shares so and still groups thousands with the dot ("đồng bằng 9.120 ha
    (13.3%)", "chiếm 69.65%" beside "1.400 USD"), so a passage whose only English marks are its shares
    would read every "1.400" as 1,4. Its own value is the same in either style (a share has at most
    three digits before its mark, so the dot groups nothing). A share with a decimal comma ("12,5%")
    still votes: English never prints it.

    >>> t = "đồng bằng 9.120 ha (13.3%), tỷ lệ 12,5 %"
    >>> votes_for_style(t, 10, 15), votes_for_style(t, 20, 24), votes_for_style(t, 35, 39)
    (True, False, True)
    """
    return not (_POINT_SHARE_RE.fullmatch(text, start, end) and _SHARE_SIGN_RE.match(text, end))


def reading_in_text(text: str, start: int, end: int) -> bool | None:
    """What the unit printed right after the figure ``text[start:end]`` says of its ambiguous
    separator (``own_reading``), or None (not ambiguous, no unit, or a unit that says nothing).
    A passage's style is voted with these readings (``infer_style(read=...)``).

    >>> t = "có 2.655 trẻ, đạt 35.6%; mật độ 204,125 người/km2"
    >>> reading_in_text(t, 3, 8), reading_in_text(t, 32, 39), reading_in_text(t, 18, 22)
    (True, False, None)
    """
    m = _AMBIGUOUS_RE.fullmatch(text, start, end)
    if m is None:
        return None
    after = text[end : end + 48]
    if after.lstrip().startswith(("%", "‰")):
        return own_reading(m.group(1), unit=None, percent=after.lstrip()[0])
    found = find_unit(after, after_number=True)
    if found is None or after[: found[1]].strip():
        return None
    per = _PER_RE.match(after, found[2])  # "người/km2" is a density, not a count of people
    return own_reading(m.group(1), unit=after[found[1] : per.end() if per else found[2]])
