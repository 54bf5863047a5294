"""A column the whitespace reader made of nothing: a thin strip of a scan's ink between two columns.

On a skewed or sealed scan the word layout can open a column a few points wide between two real
ones (a rule's shadow, a slant of the seal's rim) that holds no word of the body. When a group
title printed over the two columns beside it ("Năm 2022" over "KH | Ước TH", dev scan v22010,
200 dpi, red seal) is centred on that strip, the title lands in the strip's column alone: the two
columns under it lose their year, the left one taking its left neighbour's title instead (24
cells of v22010 read as plan 2021 and as an estimate of no year).

The evidence is the page's own: a strip column prints no letter or digit under the header, its
body boxes are narrower than a digit, its header prints one cell only, and that cell's box reaches
over what both neighbours print under it (sub-headers, marks, figures), their own cells on the
title's line being empty. Such a title heads
both neighbours, and the strip goes. OCR grids only; anything else is left as read.

A ruled scan has its own phantom: a line the ruling found through a seal's ink inside one column
(dev scans v26040, v20240: "Mức chỉ tiêu" over "2025 | 2030 | 2035 | 2035 | 2040 | 2045 | 2045",
column numbers "6 | 6" and "8 | 8"). Every row where the line is not printed reads the column as
one cell copied into both halves, so the page's figures come twice (the copy's cells false ones)
and the header names a year twice. Two columns read as one cell in every header row and in all but
a quarter of the body rows (rows of one cell across the table aside) are one column again
(``doubled_columns_merged``); a row read apart keeps a right half reading as a figure (figures are
printed right-aligned), else both halves joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractor.grid import Grid, GridCell
from extractor.model import bbox_union
from extractor.pdf_words import is_value
from extractor.rows import split_header

# A strip's body boxes are at most this wide (PDF points): a single digit of 8 pt print is wider.
_STRIP_WIDTH = 6.0
# A column split by a phantom rule: body rows read as one cell at least this many, and rows read
# apart at most this share of them (where the seal's ink drew the rule).
_LEAST_ONE = 3
_MOST_SPLIT = 0.25


def _prints(cell: GridCell) -> bool:
    return any(ch.isalnum() for ch in cell.text)


def _extent(cells: Sequence[GridCell]) -> tuple[float, float] | None:
    """The horizontal extent of the boxes of ``cells`` that print a letter or digit."""
    boxes = [c.provenance.bbox for c in cells if _prints(c) and c.provenance.bbox is not None]
    if not boxes:
        return None
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


def _overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _strip_title(rows: Sequence[Sequence[GridCell]], n: int, j: int) -> int | None:
    """The header line whose cell is a title over the columns beside strip column ``j``, or None
    when ``j`` is no such strip."""
    column = [r[j] for r in rows if j + 1 < len(r)]
    if len(column) < len(rows):
        return None
    body = column[n:]
    if not body or any(_prints(c) for c in body):
        return None
    if any(c.provenance.bbox is None or c.provenance.bbox[2] - c.provenance.bbox[0] > _STRIP_WIDTH for c in body):
        return None
    titled = [d for d in range(n) if _prints(rows[d][j])]
    if len(titled) != 1:
        return None
    d = titled[0]
    box = rows[d][j].provenance.bbox
    if box is None or _prints(rows[d][j - 1]) or _prints(rows[d][j + 1]):
        return None
    for k in (j - 1, j + 1):
        below = _extent([r[k] for r in rows[d + 1:]])
        if below is None or not _overlaps((box[0], box[2]), below):
            return None
    return d


def phantom_columns_dropped(grid: Grid) -> Grid:
    """``grid`` without its strip columns (see the module's note), each one's title put over the
    columns on both sides of it; a ruled column a phantom rule split in two is one again first
    (``doubled_columns_merged``)."""
    grid = doubled_columns_merged(grid)
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    rows = [list(r) for r in grid.rows]
    width = min(len(r) for r in rows)
    dropped: list[int] = []
    for j in range(1, width - 1):
        if j - 1 in dropped:
            continue
        d = _strip_title(rows, n, j)
        if d is None:
            continue
        title = rows[d][j]
        for k in (j - 1, j + 1):
            rows[d][k] = replace(rows[d][k], text=title.text, provenance=title.provenance)
        dropped.append(j)
    if not dropped:
        return grid
    return replace(grid, rows=tuple(tuple(c for k, c in enumerate(r) if k not in dropped) for r in rows))


def _whole_row(row: Sequence[GridCell]) -> bool:
    """A row printed as one cell across the figures (a section's heading copied into every column)."""
    boxes = {c.provenance.bbox for c in row[1:]}
    return len(boxes) == 1


def _one_cell(a: GridCell, b: GridCell) -> bool:
    return a.provenance.bbox is not None and a.provenance.bbox == b.provenance.bbox


def _doubled(rows: Sequence[Sequence[GridCell]], n: int, j: int) -> bool:
    """Are columns ``j`` and ``j + 1`` one printed column that a line the ruling found in a few rows
    only split in two? Every header row and all but a few body rows read them as one cell."""
    if any(j + 1 >= len(r) for r in rows):
        return False
    if not all(_one_cell(r[j], r[j + 1]) for r in rows[:n]):
        return False
    body = [r for r in rows[n:] if not _whole_row(r)]
    split = sum(1 for r in body if not _one_cell(r[j], r[j + 1]))
    return len(body) - split >= _LEAST_ONE and split <= _MOST_SPLIT * len(body)


def _joined(a: GridCell, b: GridCell) -> GridCell:
    """The cell of one printed column whose two halves were read apart."""
    if _one_cell(a, b):
        return a
    if not b.text.strip():
        return a
    if not a.text.strip():
        return b
    # The rule was drawn by a seal's ink over the cell. Figures are printed right-aligned: a right
    # half that reads as a figure is the column's ("4 <" beside "85", dev scans v21010, v26040),
    # the left a piece of the seal. A left half alone reading as one may be the figure's first
    # digits ("104.9" beside "$7" for 104.937, v20330): the two are kept together.
    if is_value(b.text.strip()) and not is_value(a.text.strip()):
        return b
    box = bbox_union(a.provenance.bbox, b.provenance.bbox, missing="unknown")
    return GridCell(f"{a.text} {b.text}", replace(a.provenance, bbox=box))


def doubled_columns_merged(grid: Grid) -> Grid:
    """``grid`` with each printed column that a ruled scan's phantom line split in two read as one
    again (see ``_doubled``)."""
    n = split_header(grid)
    if n <= 0 or grid.method != "ocr":
        return grid
    rows = [list(r) for r in grid.rows]
    width = min(len(r) for r in rows)
    merged = False
    j = 1
    while j < width - 1:
        if _doubled(rows, n, j):
            rows = [[*r[:j], _joined(r[j], r[j + 1]), *r[j + 2:]] for r in rows]
            width -= 1
            merged = True
        else:
            j += 1
    return replace(grid, rows=tuple(tuple(r) for r in rows)) if merged else grid
