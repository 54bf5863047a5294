"""A scanned figure whose decimal comma OCR read as a slash, read back as a decimal.

Tesseract reads a comma that touches its digits, at 200 dpi or under a seal's strokes, as a
slash often enough: "97,1" comes back "97/1", "82,7" as "82/7" (dev scans 6000-7999, 2025-2999).
Read as printed, that is a fraction, and the row lost its figure without a word. A fraction in
a report counts part of a whole ("16/19 xã": 16 of 19 communes), so its numerator is never
larger than its denominator; a scanned "fraction" of up to four digits over one or two digits
larger than it is a decimal whose comma was misread (two decimals: "112/31" for 112,31 and
"2297/34" for 2297,34 on landscape scans of dev variants 1000 and 200). Only OCR grids are read this way: a text layer's
"97/1" is what the office printed.

A slash can also stand for a group comma or for a 7, where the fraction as read is no smaller
than one's share of a whole would show: "9/121" for 9,121 among 5,366 and 15,412 (v24140),
"51/82" for 51,82 among 50,50 and 51,30 (v22270), "5/3.356" for 573.356 among 595.829 and
614.346 (v23400), "36.5/4.6" for 36.574,6 among 34.414,3 and 37.684,8 (v22030), dev scans
22000-24499 every 10th. There the row's other amounts are the evidence: a reading of the slash
(a comma, a period or a 7) that prints the digits in the very shape of amounts beside it
(digits and separators at the same places), and lands among their sizes, is taken when it is
the only one; a row that prints another fraction counts, and keeps its slashes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import FIGURE_ROLES, Cell
from normalizers.numbers import parse_value
from normalizers.text import strip_markup

__all__ = ["commas_read_as_slashes"]

# Up to four digits, a slash, one or two digits: "97/1", "7/5", "111/1", "112/31", "2297/34";
# a speck after them read as a colon or stop is no part of it ("97/0:" for 97,0, v23010).
_SLASHED_RE = re.compile(r"^(\d{1,4})\s*/\s*(\d{1,2})\s*(%?)\s*[:;.]?$")
# A figure of digits and separators with one slash in it: "9/121", "5/3.356", "36.5/4.6".
_SLASH_IN_FIGURE_RE = re.compile(r"^\d[\d.,]*/[\d.,]*\d$")
# An amount that prints a separator: its shape says how the row's figures are written.
_SEPARATED_RE = re.compile(r"^\d+(?:[.,]\d+)+$")
# The roles whose figures are one indicator's amounts over periods (as in ocr_magnitudes).
_AMOUNTS = ("target", "plan", "actual", "estimate")
# Amounts beside the figure that print a separator: at least this many.
_MIN_SIBLINGS = 2
# Read again, the figure lands within this factor of the smallest and the largest of them.
_NEAR = 3.0


def commas_read_as_slashes(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each "fraction" larger than one, of one or two digits
    under the bar, read as the decimal it was printed as, and a note per cell changed.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("KH", "plan", p("95,0"), None, 3), Cell("TH/KH", "ratio", p("97/1"), None, 5),
    ...        Cell("TH", "actual", p("16/19"), None, 4), Cell("TH", "actual", p("1/3"), None, 6)]
    >>> cells, notes = commas_read_as_slashes(row)
    >>> [c.value.value for c in cells], notes
    ([95.0, 97.1, 16.0, 1.0], ["column 6: '97/1' read as 97,1: a fraction larger than one is a comma OCR read as a slash"])
    >>> [c.value.value for c in commas_read_as_slashes([Cell("TH", "estimate", p("112/31"), None, 4)])[0]]
    [112.31]
    """
    out: list[Cell] = []
    notes: list[str] = []
    for k, cell in enumerate(cells):
        raw = strip_markup(cell.value.raw).strip()
        m = _SLASHED_RE.match(raw)
        if cell.value.kind != "fraction" or cell.role not in FIGURE_ROLES or m is None or int(m.group(1)) <= int(m.group(2)):
            shaped = _read_as_siblings(cell, [c for j, c in enumerate(cells) if j != k])
            if shaped is not None:
                out.append(shaped)
                notes.append(shaped.value.reason or "")
            else:
                out.append(cell)
            continue
        text = f"{m.group(1)},{m.group(2)}{m.group(3)}"
        note = f"column {(cell.column_index or 0) + 1}: {raw!r} read as {text}: a fraction larger than one is a comma OCR read as a slash"
        out.append(replace(cell, value=replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note)))
        notes.append(note)
    return out, notes


def _shape(text: str) -> str:
    """Where a figure prints digits and where separators: "34.414,3" -> "dd.ddd.d"."""
    return re.sub(r"\d", "d", re.sub(r"[.,]", ".", text))


def _read_as_siblings(cell: Cell, others: Sequence[Cell]) -> Cell | None:
    """``cell``'s slashed "fraction" read as the one amount its row's amounts say it is, or None.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("TH", "actual", p(t, style="en"), None, k) for k, t in enumerate(["5,366", "15,412", "24,873"])]
    >>> _read_as_siblings(Cell("TH", "estimate", p("9/121"), None, 3), row).value.value
    9121.0
    >>> _read_as_siblings(Cell("TH", "estimate", p("9/14"), None, 3), row) is None
    True
    """
    raw = strip_markup(cell.value.raw).strip()
    if cell.value.kind != "fraction" or cell.role not in _AMOUNTS or not _SLASH_IN_FIGURE_RE.match(raw):
        return None
    if any(o.value.kind == "fraction" for o in others):
        return None  # a row that counts part of a whole ("6/9", "8/9"): its slashes are printed
    siblings = [o for o in others if o.role in _AMOUNTS and o.value.kind == "number" and o.value.value is not None
                and _SEPARATED_RE.match(strip_markup(o.value.raw).strip().rstrip("%").strip())]
    if len(siblings) < _MIN_SIBLINGS:
        return None
    sizes = [abs(o.value.value) for o in siblings if o.value.value is not None]
    readings: dict[str, float] = {}
    for mark in (",", ".", "7"):
        candidate = raw.replace("/", mark)
        for o in siblings:
            printed = strip_markup(o.value.raw).strip().rstrip("%").strip()
            if _shape(candidate) != _shape(printed):
                continue
            # The sibling's separators, the figure's digits: "36.574.6" beside "34.414,3" is 36.574,6.
            digits = iter(ch for ch in candidate if ch.isdigit())
            text = "".join(next(digits) if ch.isdigit() else ch for ch in printed)
            style = o.value.style if o.value.style in ("vi", "en") else None
            value = parse_value(text, style=style)
            if value.kind == "number" and value.value is not None and \
                    min(sizes) / _NEAR <= abs(value.value) <= max(sizes) * _NEAR:
                readings[text] = value.value
    if len({round(v, 6) for v in readings.values()}) != 1:
        return None
    text = next(iter(readings))
    shaped = next(o.value.style for o in siblings if _shape(strip_markup(o.value.raw).strip().rstrip("%").strip()) == _shape(text))
    note = (f"column {(cell.column_index or 0) + 1}: {raw!r} read as {text}: a slash where the row's amounts print "
            f"that shape is a misread separator or 7")
    value = parse_value(text, style=shaped if shaped in ("vi", "en") else None)
    return replace(cell, value=replace(value, raw=cell.value.raw, reason=note))
