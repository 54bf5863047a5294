"""Two figures read into one cell of a value column whose neighbour stays empty -> one figure each.

An unruled table's columns are read from where its texts are printed (``extractor.pdf_words``).
On a continuation page under no header of its own, two value columns printed close together can
come out as one: "87 95" under "Kế hoạch" and nothing under "Thực hiện" beside it, row after row
(dev scan v6360 page 2). Each figure belongs to the column it was printed in, so when a column
holds two figures in several rows and the value column beside it is blank there, the two figures
are put one into each column, in the order printed, and the row says so. A cell of one figure in such a column is left
where it is: nothing tells which of the two columns it was printed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractor.grid import GridCell
from extractor.model import FIGURE_ROLES, Column
from extractor.pdf_words import is_value
from normalizers.text import strip_markup

# Rows of the column that must hold two figures beside a blank neighbour for the pattern to count.
_LEAST_ROWS = 2


def _two_figures(text: str) -> tuple[str, str] | None:
    """``("87", "95")`` for ``"87 95"``; None unless the text is exactly two figures."""
    words = strip_markup(text).split()
    if len(words) == 2 and all(is_value(w) for w in words):
        return words[0], words[1]
    return None


def _blank(cell: GridCell | None) -> bool:
    return cell is None or not strip_markup(cell.text).strip()


def split_doubled_figures(
    body: Sequence[Sequence[GridCell]], columns: Sequence[Column]
) -> tuple[list[list[GridCell]], dict[int, str]]:
    """The body with doubled figures split over their column and the blank value column right of
    it; and a note for each figure moved, by ``id`` of its new cell (the cell travels with its row
    through the later row repairs, the row's position need not)."""
    rows = [list(r) for r in body]
    notes: dict[int, str] = {}
    roles = {c.index: c.role for c in columns}
    width = max((len(r) for r in rows), default=0)
    for c in range(width):
        if roles.get(c) not in FIGURE_ROLES:
            continue
        # The blank neighbour may be either side: a continuation's merged column is mapped onto
        # the header's column nearest its text, the first or the second of the two.
        for other in (c + 1, c - 1):
            if roles.get(other) not in FIGURE_ROLES or other >= width:
                continue
            doubled = [i for i, r in enumerate(rows) if other < len(r) and _two_figures(r[c].text) and _blank(r[other])]
            # The neighbour must be a column OCR left (nearly) empty on those rows' pages, not one of
            # its own figures (a table stitched from pages is read page by page).
            pages = {rows[i][c].provenance.page for i in doubled}
            filled = sum(1 for r in rows if other < len(r) and r[c].provenance.page in pages
                         and is_value(strip_markup(r[other].text).strip()))
            if len(doubled) < _LEAST_ROWS or 2 * filled >= len(doubled):
                continue
            left, right = min(c, other), max(c, other)
            for i in doubled:
                first, second = _two_figures(rows[i][c].text) or ("", "")
                source = rows[i][c]
                rows[i][left] = replace(rows[i][left], text=first, provenance=source.provenance)
                rows[i][right] = replace(rows[i][right], text=second, provenance=source.provenance)
                moved = rows[i][other]
                notes[id(moved)] = (f"columns {left + 1} and {right + 1}: two figures read into one cell "
                                    f"({first!r} {second!r}), one put into each")
            break
    return rows, notes


__all__ = ["split_doubled_figures"]
