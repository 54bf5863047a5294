"""A scanned figure whose decimal comma OCR lost, read back from the magnitudes of its row.

At 200 dpi the comma of "7,2" is a few pixels that touch the digit beside it: Tesseract reads
"72", and no check of the ink sees a mark. When a ratio of the row divides the figure,
``extractor.ocr_ratios`` settles it; when none can (dev scans v2700 and v3100: "Tăng trưởng đàn
gia súc" printed 5-6 | 7,2 | 7,2 | 6,00 | 6,60 | 6,30, its ratio 7,2/7,2 = 100,0 recomputing
with 72/72 as well) the row's other figures still say it: one indicator's figures over a few
years are of one size, and a "72" among figures of six is the same digits with the mark lost.

So a figure read as two or more digits without a separator, in a scanned row whose other
figures all print a decimal mark and are all far smaller, is read with a mark placed among the
same digits when exactly one placement lands among its siblings' sizes. The digits are never
changed, only the mark; a ratio of the row that recomputed as read must still recompute.

``stray_marks_by_magnitude`` is the same reading the other way: a speck beside a digit read as a
mark ("9,6" in a row printing 100 | 96 | 100 | 100, dev scan v6500) is dropped when the row's
other figures print no mark and the figure's digits without it are of their size.

Only OCR grids are read this way: a text layer's "72" is what the office printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import Cell
from extractor.quality import ratio_agrees
from normalizers.numbers import format_vi, parse_value
from normalizers.text import strip_markup

__all__ = ["marks_by_magnitude", "stray_marks_by_magnitude"]

# The roles whose figures are one indicator's amounts over periods (ratios and evaluations are
# other quantities).
_AMOUNTS = ("target", "plan", "actual", "estimate")
# Digits without a separator, and an optional percent sign: what a lost mark leaves ("72", "72%").
_PLAIN_RE = re.compile(r"^(\d{2,})\s*%?$")
# As read, the figure is this many times the largest of its siblings or more...
_FAR = 8.0
# ...and read with the mark placed, within this factor of the smallest and the largest of them.
_NEAR = 3.0
# Figures of the row beside the one read again that print a mark: at least this many.
_MIN_SIBLINGS = 2


def _sizes(cell: Cell) -> list[float] | None:
    """The magnitudes a sibling figure states (both ends of a range), None when it states none
    or prints no decimal mark (a plain "55" says nothing about where a mark goes)."""
    v = cell.value
    if v.kind == "number" and v.value is not None:
        return [abs(v.value)] if v.decimals else None
    if v.kind == "comparator" and v.value is not None:
        return [abs(v.value)] if v.decimals else None
    if v.kind == "range" and v.low is not None and v.high is not None:
        # Both ends print the mark: two figures of the row's size ("6,9-7,1" beside "78", v10190).
        return [abs(v.low), abs(v.high)] if v.decimals else None
    return None


def _placed(digits: str, low: float, high: float) -> tuple[float, int] | None:
    """The one (value, decimals) of ``digits`` with a decimal mark placed among them that lies
    within [low, high]; None when no placement or several do."""
    fits = []
    for decimals in range(1, len(digits)):
        whole = digits[: len(digits) - decimals]
        if len(whole) > 1 and whole.startswith("0"):
            continue
        value = int(digits) / 10**decimals
        if low <= value <= high:
            fits.append((value, decimals))
    return fits[0] if len(fits) == 1 else None


def _ratios_hold(before: dict[int, Cell], after: dict[int, Cell]) -> bool:
    """False when a ratio cell of the row recomputed from ``before`` and does not from ``after``."""
    for cell in after.values():
        if cell.role != "ratio" or cell.divides is None or cell.column_index is None:
            continue
        verdicts = []
        for cells in (before, after):
            num, den = cells.get(cell.divides[0]), cells.get(cell.divides[1])
            ratio = cells.get(cell.column_index, cell)
            verdicts.append(ratio_agrees(ratio, num.value if num else None, den.value if den else None))
        if verdicts[0] is True and verdicts[1] is not True:
            return False
    return True


def marks_by_magnitude(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each figure whose decimal mark OCR lost read back from
    the sizes of the row's other figures, and a note per cell changed.

    A figure is read again when it is printed as two or more digits without a separator, when
    at least two other figures of the row (targets, plans, results, estimates) print a mark and
    none is printed without one, when it is ``_FAR`` times their largest or more, and when
    exactly one placement of a mark among its digits lies within ``_NEAR`` times of their
    smallest and largest. Changes that break a ratio of the row that recomputed are undone.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("MT", "target", p("5-6"), None, 3), Cell("KH", "plan", p("72"), None, 4),
    ...        Cell("UTH", "estimate", p("72"), None, 5), Cell("KH", "plan", p("6,00"), None, 6),
    ...        Cell("UTH", "estimate", p("6,60"), None, 7), Cell("MT", "target", p("6,30"), None, 8),
    ...        Cell("%", "ratio", p("100,0"), None, 9, divides=(5, 4))]
    >>> cells, notes = marks_by_magnitude(row)
    >>> [c.value.value for c in cells[1:3]], notes[0]
    ([7.2, 7.2], "column 5: '72' read as 7,2, the size of its row's other figures (6,00 to 6,60)")

    A row whose figures are of one size is left as read, and so is one whose figures print no mark:

    >>> row = [Cell("KH", "plan", p("72"), None, 4), Cell("UTH", "estimate", p("70,5"), None, 5),
    ...        Cell("KH", "plan", p("68,0"), None, 6)]
    >>> marks_by_magnitude(row)[1]
    []
    """
    amounts = [c for c in cells if c.role in _AMOUNTS and c.column_index is not None]
    plain: dict[int, str] = {}
    for c in amounts:
        m = _PLAIN_RE.match(strip_markup(c.value.raw).strip()) if c.value.kind == "number" else None
        if m is not None and c.column_index is not None:
            plain[c.column_index] = m.group(1)
    if not plain:
        return list(cells), []
    siblings: list[float] = []
    for c in amounts:
        if c.column_index in plain or c.value.kind in ("blank", "label"):
            continue
        sizes = _sizes(c)
        if sizes is None:
            if c.value.kind in ("number", "comparator"):
                return list(cells), []  # a figure printed without a mark: the row's style is not decimals
            continue
        siblings.extend(sizes)
    marked = [s for s in siblings if s > 0]
    if len(marked) < _MIN_SIBLINGS:
        return list(cells), []
    low, high = min(marked), max(marked)
    before = {c.column_index: c for c in cells if c.column_index is not None}
    span = f"{format_vi(low, _decimals(before, low))} to {format_vi(high, _decimals(before, high))}"
    readings: dict[int, str] = {}
    for col, digits in plain.items():
        value = before[col].value.value
        assert value is not None  # a plain number parses
        fit = _placed(digits, low / _NEAR, high * _NEAR) if value >= _FAR * high else None
        if fit is not None:
            readings[col] = format_vi(*fit)
    return _read_again(cells, readings, span)


def _decimals(cells: dict[int, Cell], size: float) -> int:
    """The decimals printed by the sibling of ``size`` (to quote it as printed)."""
    for c in cells.values():
        if c.value.value is not None and abs(c.value.value) == size and c.value.decimals:
            return c.value.decimals
    return 0


# A figure read with one mark and up to two digits after it ("9,6", "9.1").
_MARKED_RE = re.compile(r"^(\d{1,3})[.,](\d{1,2})\s*%?$")


def stray_marks_by_magnitude(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each figure whose mark OCR read from a speck read
    without it, and a note per cell changed: a figure printed with one mark, in a row whose other
    figures (at least two) all print none, that is ``_FAR`` times smaller than their smallest or
    more, and whose digits without the mark lie within ``_NEAR`` times of their smallest and
    largest. Changes that break a ratio of the row that recomputed are undone.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("MT", "target", p("100"), None, 3), Cell("TH", "actual", p("9,6"), None, 4),
    ...        Cell("UTH", "estimate", p("100"), None, 5), Cell("UTH", "estimate", p("100"), None, 6)]
    >>> cells, notes = stray_marks_by_magnitude(row)
    >>> cells[1].value.value, notes
    (96.0, ["column 5: '9,6' read as 96, the size of its row's other figures (100 to 100)"])
    """
    amounts = [c for c in cells if c.role in _AMOUNTS and c.column_index is not None]
    marked: dict[int, str] = {}
    sizes: list[float] = []
    for c in amounts:
        if c.value.kind in ("blank", "label"):
            continue
        m = _MARKED_RE.match(strip_markup(c.value.raw).strip()) if c.value.kind == "number" else None
        if m is not None and c.column_index is not None:
            marked[c.column_index] = m.group(1) + m.group(2)
        elif c.value.kind == "number" and c.value.value is not None and not c.value.decimals and c.value.value > 0:
            sizes.append(c.value.value)
        elif c.value.kind in ("number", "comparator"):
            return list(cells), []  # a figure printed with decimals, or unread: the row says nothing
    if not marked or len(sizes) < _MIN_SIBLINGS:
        return list(cells), []
    low, high = min(sizes), max(sizes)
    by_column = {c.column_index: c for c in cells if c.column_index is not None}
    readings: dict[int, str] = {}
    for col, digits in marked.items():
        value = by_column[col].value.value
        if value is not None and value * _FAR <= low and low / _NEAR <= int(digits) <= high * _NEAR:
            readings[col] = str(int(digits))
    return _read_again(cells, readings, f"{low:g} to {high:g}")


def _read_again(cells: Sequence[Cell], readings: dict[int, str], span: str) -> tuple[list[Cell], list[str]]:
    """The row's cells with each column of ``readings`` read as its text there, and a note per cell
    (quoting ``span``, its siblings' range); all undone when a ratio that recomputed no longer does."""
    before = {c.column_index: c for c in cells if c.column_index is not None}
    after = dict(before)
    notes: list[str] = []
    for col, text in readings.items():
        cell = before[col]
        raw = strip_markup(cell.value.raw).strip()
        note = f"column {col + 1}: {raw!r} read as {text}, the size of its row's other figures ({span})"
        value = replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note, percent=cell.value.percent)
        after[col] = replace(cell, value=value)
        notes.append(note)
    if not notes or not _ratios_hold(before, after):
        return list(cells), []
    return [after.get(c.column_index, c) if c.column_index is not None else c for c in cells], notes
