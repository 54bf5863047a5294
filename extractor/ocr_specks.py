"""A scanned figure OCR read with specks as marks around it or beside its own mark, read back.

A speck of dust or a seal's grain beside a figure comes back as punctuation: ",100,0" (dev scan
v13120), "⁄ . 103,9" (v14610), or a second mark against the figure's own ("24.264.,32",
"2.222.,34": v13740, v14380). No reader parses that text, so the row lost the figure unread.

Marks that are no part of any figure are dropped: punctuation before the first digit (a figure
starts with a digit or a comparison sign), a mark after the last digit, and one of two marks
side by side (no figure prints two). The digits are never changed. The cell is read again only
when what is left is digits and marks only and every way of dropping them gives one and the
same amount. A mark dropped beside a figure that prints none of its own may be that figure's
mark moved (",49", v13230, is 0,49 or 49; "/ 1119", v13750, is 111,9): left unread, as is a dash
before a figure ("-_50.770,4.", v13780: a speck, or the minus of a decrease). And
"24.264.,32" is 24.264,32 whichever of ".," is the speck (read "24.264.32", the last group of
two digits makes the dot a decimal mark too). Only OCR grids are read this way: a text layer's
figure is what the office printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import FIGURE_ROLES, Cell
from normalizers.numbers import ParsedValue, parse_value
from normalizers.text import strip_markup

__all__ = ["specks_around_figures"]

# Punctuation OCR makes of specks. Not "!", "|", "¡", "l" or "I": those are read for a "1".
_SPECKS = " ,.„“”‘’'\"`_-–—⁄/:;~"
_LEAD_RE = re.compile(rf"^[{re.escape(_SPECKS)}]+(?=[\d<>≥≤])")
_TRAIL_RE = re.compile(rf"(?<=[\d%])[{re.escape(_SPECKS)}]+$")
_TWO_MARKS_RE = re.compile(r"(?<=\d)([.,])([.,])(?=\d)")
# What is left must be a figure and nothing else: digits, marks, a comparison sign, a percent.
_FIGURE_RE = re.compile(r"[<>≥≤]?\s*\d[\d.,/]*\s*%?")
# Specks that may be the figure's own mark, moved.
_MARKS = ",.⁄/:;"
_FIGURE_KINDS = ("number", "comparator", "range", "fraction")


def _readings(raw: str) -> set[str]:
    """The texts ``raw`` reads as with its specks dropped, or nothing when it has none to drop."""
    lead = _LEAD_RE.match(raw)
    text = raw[lead.end() :] if lead else raw
    if lead and any(dash in lead.group() for dash in "-–—"):
        return set()  # "-_2,5": a speck, or the minus of a decrease
    trail = _TRAIL_RE.search(text)
    dropped = (lead.group() if lead else "") + (trail.group() if trail else "")
    text = _TRAIL_RE.sub("", text).strip()
    if not _FIGURE_RE.fullmatch(text):
        return set()
    if any(ch in dropped for ch in _MARKS) and not re.search(r"\d[.,]\d", text):
        return set()  # ",49" or "/ 1119": 0,49 or 111,9 with the figure's own mark moved
    two = _TWO_MARKS_RE.search(text)
    if two is None:
        return {text} if text != raw.strip() else set()
    before, after = text[: two.start()], text[two.end() :]
    return {before + two.group(1) + after, before + two.group(2) + after}


def _amount(text: str) -> ParsedValue | None:
    value = parse_value(text, style="vi")
    if value.kind not in _FIGURE_KINDS or value.value is None:
        # "24.264.32": thousands groups then a last group of two digits, its dot the decimal mark.
        m = re.fullmatch(r"(\d{1,3}(?:\.\d{3})+)\.(\d{1,2})(\s*%?)", text)
        if m is None:
            return None
        value = parse_value(f"{m.group(1)},{m.group(2)}{m.group(3)}", style="vi")
    return value if value.kind in _FIGURE_KINDS and value.value is not None else None


def specks_around_figures(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each unparsed figure whose specks, dropped, leave one
    amount read as it, and a note per cell changed.

    >>> from normalizers.numbers import parse_value as p
    >>> cells, notes = specks_around_figures([Cell("TH", "actual", p("24.264.,32"), None, 3),
    ...                                       Cell("KH", "plan", p(",49"), None, 4)])
    >>> [c.value.value for c in cells], len(notes)
    ([24264.32, None], 1)
    """
    out: list[Cell] = []
    notes: list[str] = []
    for cell in cells:
        raw = strip_markup(cell.value.raw).strip()
        if cell.value.kind != "unparsed" or cell.role not in FIGURE_ROLES:
            out.append(cell)
            continue
        readings = {text: _amount(text) for text in sorted(_readings(raw))}
        amounts = {(v.kind, v.value, v.high) for v in readings.values() if v is not None}
        if len(amounts) != 1 or any(v is None for v in readings.values()):
            out.append(cell)
            continue
        text, value = next(iter(readings.items()))
        assert value is not None
        note = f"column {(cell.column_index or 0) + 1}: {raw!r} read as {text}: the marks around it are specks"
        # The text read, not as printed with its specks: the rules after this one (a comma read
        # as a slash, "100/0") read the figure's marks from it.
        out.append(replace(cell, value=replace(value, raw=text, reason=note)))
        notes.append(note)
    return out, notes
