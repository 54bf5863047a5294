"""A scanned ratio cell whose decimal mark OCR lost, read back from the quotient it states.

At 200 dpi, or under a seal, the comma of "92,0" is a few pixels that touch the digit beside it:
Tesseract reads "920", and no check of the ink sees a mark. The row itself says where the mark
was: the cell is the ratio of two columns of the same row ("Ước TH 2024/KH 2024"), and 46,0 / 50,0
is 92,0 %. So a ratio cell that disagrees with its divisions, printed as digits without a
separator (and an optional "%"), is read with a decimal mark placed among the same digits when
exactly one placement gives the quotient to its last printed digit ("920" -> 92,0). The
digits are never changed, only the mark; any other disagreement stays as read, and the checks
report it.

Only OCR grids are read this way: a text layer's "920" is what the office printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import Cell
from extractor.quality import ratio_agrees
from normalizers.numbers import format_vi, parse_value
from normalizers.text import strip_markup

__all__ = ["OCR_METHODS", "ratio_marks_from_quotients"]

# The grid readers of scanned pages.
OCR_METHODS = ("ocr", "ocr-words")
# Digits without a separator and an optional percent sign: what a lost mark leaves of a ratio
# ("920", "920%"). A ratio read with a mark ("125,0") is taken as read: when it disagrees, a
# figure it divides is as likely misread (dev variant 3200: "1" read for 100 made 125,0 look
# like 1,250).
_PLAIN_RE = re.compile(r"^(\d{2,})\s*%?$")


def _may_have_lost_a_mark(*cells: Cell) -> bool:
    """A division printed as four or more digits without a separator may be the misread one
    (dev variant 3620: "4345522" for 434552,2 made the ratio "104" look like 10,4)."""
    return any(re.fullmatch(r"\d{4,}", strip_markup(c.value.raw).strip()) for c in cells)


def _placed(digits: str, quotient: float) -> tuple[float, int] | None:
    """The one (value, decimals) of ``digits`` with a decimal mark placed somewhere among them (or
    none) that equals ``quotient`` to its last digit; None when no placement or several do."""
    fits = []
    for decimals in range(len(digits)):
        whole = digits[: len(digits) - decimals] if decimals else digits
        if len(whole) > 1 and whole.startswith("0"):
            continue
        value = int(digits) / 10**decimals
        if abs(value - quotient) <= 10**-decimals + 1e-9:
            fits.append((value, decimals))
    return fits[0] if len(fits) == 1 else None


def ratio_marks_from_quotients(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One body row's cells with each ratio cell's lost decimal mark put back from its quotient,
    and a note per cell changed.

    >>> from normalizers.numbers import parse_value as p
    >>> row = [Cell("KH", "plan", p("50,0"), None, 3), Cell("TH", "estimate", p("46,0"), None, 4),
    ...        Cell("TH/KH", "ratio", p("920"), None, 5, divides=(4, 3))]
    >>> cells, notes = ratio_marks_from_quotients(row)
    >>> cells[2].value.value, cells[2].value.decimals, notes
    (92.0, 1, ["column 6: ratio '920' read as 92,0, the quotient of its row"])
    """
    by_col = {c.column_index: c for c in cells}
    out: list[Cell] = []
    notes: list[str] = []
    for cell in cells:
        if cell.role != "ratio" or cell.divides is None or cell.value.kind != "number":
            out.append(cell)
            continue
        num, den = by_col.get(cell.divides[0]), by_col.get(cell.divides[1])
        agrees = ratio_agrees(cell, num.value if num else None, den.value if den else None)
        raw = strip_markup(cell.value.raw).strip()
        m = _PLAIN_RE.match(raw)
        if agrees is not False or m is None or num is None or den is None or _may_have_lost_a_mark(num, den):
            out.append(cell)
            continue
        a, b = num.value.value, den.value.value
        assert a is not None and b is not None  # ratio_agrees checked them
        fit = _placed(m.group(1), a / b * 100)
        if fit is None:
            out.append(cell)
            continue
        text = format_vi(*fit)
        note = f"column {(cell.column_index or 0) + 1}: ratio {raw!r} read as {text}, the quotient of its row"
        value = replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note)
        out.append(replace(cell, value=value))
        notes.append(note)
    return out, notes
