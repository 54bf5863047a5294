"""A scanned table's header that OCR left as running text above it, put back as its header row.

An unruled table's header is short pieces of words stacked in narrow columns ("Kế / hoạch / năm /
2023 / được / giao"). On a skewed scan those pieces do not line up with the column-number row
under them ("A B C 4 5 6 7"), so the page's word layout starts the table at that row (or at its
first body row) and leaves the header's pieces as lines of running text above it: the table has
no header, its columns no roles ("no header recognised", dev scans v13030 and v13460), and every
figure of it is lost.

``header_from_lines`` takes such a grid (its header empty or only column numbers) and the lines
right above it. Going up from the table, each line is a piece of the header of the column under
its middle (the columns' extents are those of the grid's own cells); the first line that covers
two columns or more from side to side (the title, "(Kèm theo Báo cáo ...)", a paragraph) or
stands more than a line's gap above the pieces already taken ends the header. Section headings
merged across the table's first rows, between it and its header, are passed over (they stay
running text). The pieces of each column, top to bottom, are that column's header text, one row
over the table; they leave the running text. Nothing is read again: only text already read is
moved, and only when it fills at least half the columns (three or more), as a header does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise
from statistics import median

from extractor.colnumbers import numbers_row
from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine

__all__ = ["header_from_lines"]

# A line this far (in its own heights) above the lowest top of the pieces taken is no piece.
_GAP_LINES = 1.6
# The header's lowest piece may stand this far above the grid (a heading row the grid left out).
_FIRST_GAP_LINES = 3.0
# How far (points) a piece may pass its column's bounds: ink of a wide glyph, a 1-2 degree skew.
_SLACK = 3.0
# Header methods this applies to: the OCR readers that build grids from a page's ink.
_OCR_METHODS = ("ocr", "ocr-words")


def _texts(row: Sequence[GridCell]) -> list[str]:
    return [c.text for c in row]


def _headerless(grid: Grid) -> bool:
    """Is the grid's header empty, or only column numbers?"""
    if grid.header_rows < 0:
        return False
    return all(numbers_row(_texts(r)) for r in grid.rows[: grid.header_rows])


def _bounds(grid: Grid) -> list[tuple[float, float]] | None:
    """Each column's left and right bound: midway to its neighbours' cells, the outer ones open."""
    width = max((len(r) for r in grid.rows), default=0)
    spans: list[tuple[float, float]] = []
    for j in range(width):
        boxes = [b for r in grid.rows if j < len(r) and (b := r[j].provenance.bbox) is not None]
        if not boxes:
            return None
        spans.append((median(b[0] for b in boxes), median(b[2] for b in boxes)))
    if width < 3 or any(a[1] > b[0] + _SLACK for a, b in pairwise(spans)):
        return None
    cuts = [(a[1] + b[0]) / 2 for a, b in pairwise(spans)]
    return [(-float("inf") if j == 0 else cuts[j - 1], float("inf") if j == width - 1 else cuts[j]) for j in range(width)]


def _column_of(box: tuple[float, float, float, float], bounds: Sequence[tuple[float, float]],
               names: tuple[float, float]) -> int | None:
    """The column a line's box is a piece of: the one under its middle, unless it covers two
    columns or more from side to side (a title, a paragraph, a heading row across the table).
    A header cell's line may run past its column's bounds, which are those of the figures under
    it ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024" over "13", dev scan v13460).
    ``names``: the bounds of the names' column."""
    covered = sum(1 for left, right in bounds if box[0] <= left + _SLACK and box[2] >= right - _SLACK)
    if covered >= 2 or box[0] < names[1] - _SLACK < names[1] + _SLACK < box[2]:
        # Nor a line across the names' column's right side: that column is the widest, its header
        # never runs out of it; a title over the table does ("(Kèm theo Báo cáo ...)", v13930).
        return None
    middle = (box[0] + box[2]) / 2
    return next(j for j, (left, right) in enumerate(bounds) if left <= middle <= right)


def _names_column(grid: Grid, bounds: Sequence[tuple[float, float]]) -> tuple[float, float]:
    """The bounds of the names' column: the one whose cells are the widest."""
    def width(j: int) -> float:
        boxes = [b for r in grid.rows if j < len(r) and (b := r[j].provenance.bbox) is not None]
        return median(b[2] - b[0] for b in boxes) if boxes else 0.0
    return bounds[max(range(len(bounds)), key=width)]


def _heading_row(box: tuple[float, float, float, float], bounds: Sequence[tuple[float, float]]) -> bool:
    """A line that starts in the names' column (the second) and runs over the columns right of
    it: a section heading merged across the table's first rows ("Nghị quyết 03-NQ/TU ...",
    v13460), which the grid left out; the header is above it."""
    return len(bounds) > 2 and bounds[1][0] <= box[0] <= bounds[1][1] and box[2] >= bounds[2][1]


def header_from_lines(grids: Sequence[Grid], lines: Sequence[TextLine]) -> tuple[list[Grid], list[TextLine]]:
    """``grids`` with a header put back from ``lines`` where one was left above a headerless
    OCR grid, and the lines that are still running text."""
    out = list(grids)
    taken: set[int] = set()
    for k, grid in enumerate(grids):
        box = grid.provenance.bbox
        if grid.method not in _OCR_METHODS or box is None or not _headerless(grid):
            continue
        bounds = _bounds(grid)
        if bounds is None:
            continue
        names = _names_column(grid, bounds)
        page = grid.provenance.page
        above = sorted(
            (i for i, ln in enumerate(lines)
             if i not in taken and ln.provenance.page == page and ln.provenance.bbox is not None
             and ln.provenance.bbox[3] <= box[1] + _SLACK and ln.provenance.bbox[2] > box[0] and ln.provenance.bbox[0] < box[2]),
            key=lambda i: -lines[i].provenance.bbox[3],  # type: ignore[index]
        )
        pieces: list[tuple[int, int]] = []  # (line index, column)
        frontier = box[1]
        for i in above:
            b = lines[i].provenance.bbox
            assert b is not None
            if b[3] < frontier - (_GAP_LINES if pieces else _FIRST_GAP_LINES) * (b[3] - b[1]):
                break
            column = _column_of(b, bounds, names)
            if column is None and not pieces and _heading_row(b, bounds):
                frontier = min(frontier, b[1])
                continue
            if column is None:
                break
            pieces.append((i, column))
            frontier = min(frontier, b[1])
        columns = {c for _, c in pieces}
        if len(columns) < max(3, len(bounds) / 2):
            continue
        texts: dict[int, list[str]] = {}
        for i, column in sorted(pieces, key=lambda p: (lines[p[0]].provenance.bbox[1], lines[p[0]].provenance.bbox[0])):  # type: ignore[index]
            texts.setdefault(column, []).append(lines[i].text.strip())
        top = min(lines[i].provenance.bbox[1] for i, _ in pieces)  # type: ignore[index]
        row = tuple(
            GridCell(" ".join(texts.get(j, [])),
                     Provenance(page=page, bbox=(max(bounds[j][0], box[0]), top, min(bounds[j][1], box[2]), box[1])))
            for j in range(len(bounds))
        )
        out[k] = replace(grid, rows=(row, *grid.rows), header_rows=grid.header_rows + 1,
                         repaired_rows=frozenset(r + 1 for r in grid.repaired_rows),
                         provenance=replace(grid.provenance, bbox=(box[0], top, box[2], box[3])))
        taken.update(i for i, _ in pieces)
    return out, [ln for i, ln in enumerate(lines) if i not in taken]
