"""A scanned figure OCR lost to junk, read as the one figure a model read again in its ink.

Under a seal at 200 dpi a cell's figure can come back as letters ("S" for 99, "q" for 93,3) or as
the few digits that showed through ("0" for 70, "02" for 2.202,34). Such a cell was read again
from its ink (``extractor.ocr_figures``), and the figures a model printed then, with as many
digits as the ink shows, are kept as its readings (``GridCell.readings``). When the row's
arithmetic cannot choose among them (``extractor.ocr_ratios.readings_by_ratio``: no ratio of the
row checks the cell), a lone reading is still better evidence than the junk: it is taken when

- every clean reading is the same figure (one model, or both, printed it, nothing else);
- it is a plain figure as an office prints it (digits, marks between digit groups; no sign,
  no slash, no dangling mark);
- the text as read holds fewer digits, and those in the reading's order: the reading adds the
  digits the junk lost, it never changes one that was read ("0" -> "70", not "1" -> "7,2");
- the text is no comparison ("≥ 79": a sign the reading dropped), and the row has a name;
- no ratio of the row that the reading makes checkable fails to recompute with it.

Dev scans v20350 ("S" for 99 twice), v20210 ("q" for 93,3), v20290 ("02" for 2.202,34),
v20020 ("0" for 70). Only OCR grids are read this way: a text layer's cell is what was printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from extractor.grid import GridCell
from extractor.model import FIGURE_ROLES, Cell, Column
from extractor.ocr_numbers import is_subsequence
from extractor.ocr_ratios import clean_readings, reading_note
from extractor.quality import ratio_agrees
from normalizers.numbers import parse_value
from normalizers.text import strip_markup

__all__ = ["lone_readings"]

# A figure as printed: digit groups joined by single marks ("2.202,34", "93,3", "70").
_PLAIN_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")
_COMPARISON_RE = re.compile(r"[<>≤≥]")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _lone_reading(grid_cell: GridCell) -> str | None:
    """The one figure among the cell's readings that may stand for its text, else None."""
    text = strip_markup(grid_cell.text).strip()
    if _COMPARISON_RE.search(text):
        return None
    clean = [(t, v) for t, v in clean_readings(grid_cell.readings) if _PLAIN_FIGURE_RE.fullmatch(t.strip())]
    if not clean or len({v.value for _, v in clean}) != 1 or len(clean) != len(grid_cell.readings):
        return None  # two figures, or a reading that is no clean figure: nothing says which
    reading = clean[0][0].strip()
    printed, read = _digits(text), _digits(reading)
    if len(printed) >= len(read) or not is_subsequence(printed, read):
        return None
    return reading


def _contradicted(value_of: dict[int, Cell], ratios: Sequence[Column]) -> bool:
    """True when a ratio of ``ratios`` is checkable from ``value_of`` and does not recompute."""
    for ratio in ratios:
        assert ratio.divides is not None
        cell, num, den = (value_of.get(i) for i in (ratio.index, *ratio.divides))
        if cell is not None and ratio_agrees(cell, num.value if num else None, den.value if den else None) is False:
            return True
    return False


def lone_readings(
    cells: Sequence[Cell], printed: Sequence[GridCell], columns: Sequence[Column], *, named: bool
) -> tuple[list[Cell], list[str]]:
    """One body row's cells with each figure lost to junk read as its lone reading, and a note
    per cell taken (see the module docstring for when). ``named``: the row prints a name.

    >>> from normalizers.numbers import parse_value as p
    >>> cols = [Column(0, "KH", "plan"), Column(1, "TH", "estimate")]
    >>> grid = [GridCell("S", readings=("99",)), GridCell("100")]
    >>> row = [Cell("TH", "estimate", p("100"), None, 1)]
    >>> cells, notes = lone_readings(row, grid, cols, named=True)
    >>> [c.value.value for c in cells], notes
    ([99.0, 100.0], ["column 1: 'S' read as '99' of OCR's readings '99': the only figure read in its ink"])
    """
    if not named:
        return list(cells), []
    out = {c.column_index: c for c in cells if c.column_index is not None}
    ratio_cols = [c for c in columns if c.role == "ratio" and c.divides is not None]
    notes: list[str] = []
    todo = [col for col in columns if col.role in FIGURE_ROLES and col.index < len(printed) and printed[col.index].readings]
    # Until nothing more is taken: a ratio over two lost figures ("0" and "0" for 70 and 70, v20020)
    # contradicts the first taken alone and recomputes once the second is.
    while todo:
        left = []
        for col in todo:
            grid_cell = printed[col.index]
            current = out.get(col.index)
            if current is not None and current.value.reason and "OCR's readings" in current.value.reason:
                continue  # the row's arithmetic chose already
            reading = _lone_reading(grid_cell)
            if reading is None:
                continue
            note = reading_note(col.index, grid_cell.text, reading, grid_cell.readings, "the only figure read in its ink")
            taken = Cell(column=col.header, role=col.role, value=replace(parse_value(reading), reason=note),
                         period=col.period, column_index=col.index, divides=col.divides, provenance=grid_cell.provenance)
            involved = [r for r in ratio_cols if r.index == col.index or col.index in (r.divides or ())]
            if _contradicted({**out, col.index: taken}, involved):
                left.append(col)
                continue
            out[col.index] = taken
            notes.append(note)
        if len(left) == len(todo):
            break
        todo = left
    if not notes:
        return list(cells), notes
    return [out[i] for i in sorted(out)], notes
