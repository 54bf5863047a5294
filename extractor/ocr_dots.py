"""A scanned figure whose decimal comma OCR read as a dot, among its thousands dots, read back.

"2.660,76" printed comes back "2.660.76" when the comma's tail is lost (dev scans v13620 and
v14180, 200 dpi): two dots, and no reader can parse it, so the row lost the figure. A thousands
group has three digits, so a last group of one or two digits after a dot is the decimals, and
the dot before it the decimal mark (in an English-style table "2,660.76" read "2.660.76" is the
same amount). Only that one reading is possible: the figure is read as it, with a note. Only OCR
grids are read this way: a text layer's figure is what the office printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import FIGURE_ROLES, Cell
from normalizers.numbers import parse_value
from normalizers.text import strip_markup

__all__ = ["commas_read_as_dots"]

# Thousands groups of three digits, then a dot and one or two digits: "2.660.76", "199.720.92".
_DOTTED_RE = re.compile(r"^(\d{1,3}(?:\.\d{3})+)\.(\d{1,2})(\s*%?)$")


def commas_read_as_dots(cells: Sequence[Cell]) -> tuple[list[Cell], list[str]]:
    """One scanned body row's cells with each unparsed "2.660.76" read as 2.660,76, and a note
    per cell changed.

    >>> from normalizers.numbers import parse_value as p
    >>> cells, notes = commas_read_as_dots([Cell("KH", "target", p("2.660.76"), None, 3), Cell("TH", "actual", p("1.2.3"), None, 4)])
    >>> [c.value.value for c in cells], len(notes)
    ([2660.76, None], 1)
    """
    out: list[Cell] = []
    notes: list[str] = []
    for cell in cells:
        raw = strip_markup(cell.value.raw).strip()
        m = _DOTTED_RE.match(raw)
        if cell.value.kind != "unparsed" or cell.role not in FIGURE_ROLES or m is None:
            out.append(cell)
            continue
        text = f"{m.group(1)},{m.group(2)}{m.group(3)}"
        note = (f"column {(cell.column_index or 0) + 1}: {raw!r} read as {text}: a group of fewer than three digits "
                "after the last dot is the decimals, that dot a comma OCR misread")
        out.append(replace(cell, value=replace(parse_value(text, style="vi"), raw=cell.value.raw, reason=note)))
        notes.append(note)
    return out, notes
