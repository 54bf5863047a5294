"""A scanned figure whose decimal comma OCR read as a slash, read back as a decimal.

Tesseract reads a comma that touches its digits, at 200 dpi or under a seal's strokes, as a
slash often enough: "97,1" comes back "97/1", "82,7" as "82/7" (dev scans 6000-7999, 2025-2999).
Read as printed, that is a fraction, and the row lost its figure without a word. A fraction in
a report counts part of a whole ("16/19 xã": 16 of 19 communes), so its numerator is never
larger than its denominator; a scanned "fraction" of up to four digits over one or two digits
larger than it is a decimal whose comma was misread (two decimals: "112/31" for 112,31 and
"2297/34" for 2297,34 on landscape scans of dev variants 1000 and 200). Only OCR grids are read this way: a text layer's
"97/1" is what the office printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import FIGURE_ROLES, Cell
from normalizers.numbers import parse_value
from normalizers.text import strip_markup

__all__ = ["commas_read_as_slashes"]

# Up to four digits, a slash, one or two digits: "97/1", "7/5", "111/1", "112/31", "2297/34".
_SLASHED_RE = re.compile(r"^(\d{1,4})\s*/\s*(\d{1,2})\s*(%?)$")


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
    for cell in cells:
        raw = strip_markup(cell.value.raw).strip()
        m = _SLASHED_RE.match(raw)
        if cell.value.kind != "fraction" or cell.role not in FIGURE_ROLES or m is None or int(m.group(1)) <= int(m.group(2)):
            out.append(cell)
            continue
        text = f"{m.group(1)},{m.group(2)}{m.group(3)}"
        note = f"column {(cell.column_index or 0) + 1}: {raw!r} read as {text}: a fraction larger than one is a comma OCR read as a slash"
        out.append(replace(cell, value=replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note)))
        notes.append(note)
    return out, notes
