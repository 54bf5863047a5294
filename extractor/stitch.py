"""Tables continued over pages or blocks -> one grid each: the one place where tables are stitched.

Every source hands its grids over in reading order (PDF text layer, OCR, text renderings). A grid
continues the table before it when it has no caption of its own, as many columns, and either

- repeats that table's header (the repeated rows, column-number row included, are dropped),
- repeats only its column-number row ("1 2 3 …"), or
- has no header at all and starts with body rows: a continuation page whose header was not
  repeated. On PDFs it must then be the first table of the next page and line up with the
  table above (its left and right edges within ``LayoutSettings.continuation_tolerance``).

A row cut at the page break (a word processor or browser prints the rest of its longest cells'
paragraphs at the top of the next page) goes back into that row first (``_spilled_row``), and a
header row cut so into the header alone at the page's foot (``_cut_header_row``). A repeated
header read apart from the body under it is dropped as a repeat (``_header_repeated_apart``).

In a text rendering (no pages) either kind of block continues the table above it. A PDF table
with a repeated header must also be on the next page: two tables with the same header on one
page are two tables.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import pairwise
from statistics import median
from typing import Any

from rapidfuzz import fuzz

from extractor.colnumbers import (
    damaged_column_number_row,
    is_column_number_row,
    read_column_number,
    unreadable_marks_row,
)
from extractor.evidence import is_unit_text
from extractor.grid import Grid, GridCell
from extractor.header_repair import better_header, column_texts, header_copies, header_words
from extractor.headers import LAYOUT_KINDS, header_period, read_header
from extractor.model import BBox, Provenance, TextLine, bbox_union
from extractor.pdf_words import (
    ZERO_COUNT_RE,
    caption_above,
    child_mark,
    figures_end,
    is_body_row,
    is_row_label,
    is_value,
    starts_beyond,
)
from extractor.rows import is_header_repeat, split_header
from extractor.settings import LayoutSettings
from normalizers.text import fold, open_brackets, strip_markup

# Grids read from whitespace: a text layer's words ("words") and a scan's OCR'd words outside ruled
# tables ("ocr-words"). Their columns are where text was printed, so a continuation's may differ.
WHITESPACE_METHODS = ("words", "ocr-words")


def _width(grid: Grid) -> int:
    return max((len(r) for r in grid.rows), default=0)


def _header_texts(grid: Grid, n: int) -> list[list[str]]:
    return [[strip_markup(c.text) for c in row] for row in grid.rows[:n]]


def _header_count(grid: Grid) -> int:
    return grid.header_rows if grid.header_rows >= 0 else split_header(grid)


# A column's name is a phrase: the longest in the corpus's headers ("Lũy kế ước thực hiện đến hết
# năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ", "Đánh giá mức độ thực hiện ... (đạt, vượt, chưa
# đạt)") run under 20 words. A cell of more is a paragraph of the body, whatever words it uses.
_NAME_WORDS = 40
# A list item of the body: a dash or plus bullet before a word (a scanned "-" often reads "~"),
# longer than a column's name runs (``_PHRASE_WORDS``): a column's name is a phrase of its own,
# never an item of a list. A short one is a name after a rule's tick read as "-" ("- Ghi chú (8)",
# "- Đơn vị tính", dev scan v17390's header).
_LIST_ITEM_RE = re.compile(r"^\s*(?:[-+•–—]|~-?)\s+\w")
_PHRASE_WORDS = 20


def _list_item(text: str) -> bool:
    return _LIST_ITEM_RE.match(text) is not None and len(text.split()) > _PHRASE_WORDS


def _column_names(rows: Sequence[Sequence[str]]) -> int:
    """How many cells of these rows read as a column header ("STT", "KH 2024", "Ghi chú")? A
    figure ("70") names none, though a bare number reads as a column number; nor does a
    paragraph: an account of what was done ("- Phát triển các sản phẩm hàng hóa chủ lực: Trồng
    mới ... đạt 36,3% NQ", 130 words, dev scan v11980) names "NQ" and "đạt" as a header would.
    Nor does a shorter item of such an account, opened by its bullet ("~ Hình thành các vùng sản
    xuất ... tập trung", dev scan v19030: a section row at the top of a continuation page, its
    goals' column printing the resolution's aims, was read as the header of a new table)."""
    return sum(1 for row in rows for t in row
               if t.strip() and not is_value(t) and len(t.split()) <= _NAME_WORDS and not _list_item(t)
               and read_header(t).kind != "other")


def _names_columns(rows: Sequence[Sequence[str]]) -> bool:
    """Does any cell of these rows read as a column header (``_column_names``)?"""
    return _column_names(rows) > 0


_HEADER_LINES = 16


def _bodiless(grid: Grid) -> bool:
    """A grid with no body: a few rows that name columns and hold no figures and no numbered
    row (a header printed at the foot of a page, its body on the next).

    Read from whitespace, each printed line of a header is a row: a narrow "Đánh giá mức độ
    thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (7)" wraps to ten (v1038),
    so up to ``_HEADER_LINES`` lines make a header, not eight."""
    if len(grid.rows) > _HEADER_LINES:
        return False
    texts = [[strip_markup(c.text) for c in row] for row in grid.rows]
    # Numbered headings under the header ("1. Kinh tế", v6638) start the body on the next page
    # (``_trailing_headings``): read as body rows, the header above them heads nothing and page 2
    # went under its first line alone ("Kết quả"), every column's role a guess.
    texts = texts[: len(texts) - _trailing_headings(grid)]
    texts = [r for r in texts if not is_column_number_row(r)]
    if not texts or any(is_body_row(r) or any(is_value(t) for t in r) for r in texts):
        return False
    return _names_columns(texts)


def _headings_below(grid: Grid) -> int:
    """How many of ``grid``'s last rows are headings printed across a ruled table: one merged
    cell, repeated in the columns it covers (v1712: "CHỈ TIÊU KINH TẾ" under a header at the foot
    of a page went into the header, the names' column read "Danh mục CHỈ TIÊU KINH TẾ")."""
    n = 0
    for row in reversed(grid.rows[1:]):
        filled = [i for i, c in enumerate(row) if c.text.strip()]
        if len(filled) < 2 or len({(row[i].text, row[i].provenance.bbox) for i in filled}) != 1:
            break
        n += 1
    return n if n < len(grid.rows) else 0


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(0.0, min(a[1], b[1]) - max(a[0], b[0]))


def header_over(head: Grid, grid: Grid) -> list[tuple[GridCell, ...]] | None:
    """The rows of a header printed apart from its body (``head``), put over the columns of
    ``grid`` by x-position; None when a column's place or a header cell's box is unknown.

    A cell over one column names it: the texts of one column, top to bottom, make its name (a
    header read without its body cannot tell a wrapped cell's lines from rows). A cell lying a
    quarter of its width or more over each of several columns is a group title over them
    ("So sánh (%)", "Năm 2024"): it heads each, one level up, as the grid convention repeats it.
    """
    ranges = column_ranges(grid)
    if not ranges or any(r is None for r in ranges):
        return None
    cols = [r for r in ranges if r is not None]
    width = len(cols)
    groups: dict[int, list[str]] = {}
    leaves: list[list[str]] = [[] for _ in range(width)]
    page = grid.provenance.page
    placed: list[tuple[int, int, str, tuple[float, float, float, float]]] = []  # row, column, text, box
    # Header cells right of every column of the body: a column the body leaves empty on this page
    # ("Ghi chú" with nothing noted, v5464: its name went into the last figure column's, "Mục tiêu
    # Ghi chú năm 2030", and the column's figures lost their role).
    beyond: list[tuple[int, str]] = []
    rows = [_rejoin_phrases(row) for row in head.rows] if head.method in WHITESPACE_METHODS else head.rows
    # A header at the foot of a page fed sideways keeps its boxes on the page as stored, running
    # down it: its span across the level page is what lies over the next page's columns.
    turns = quarter_turns(rows)
    for r, row in enumerate(rows):
        seen: set[tuple[str, tuple[float, float, float, float]]] = set()
        for cell in row:
            text = " ".join(strip_markup(cell.text).split())
            box = cell.provenance.bbox
            if not text:
                continue
            if box is None:
                return None
            if (text, box) in seen:
                continue  # a merged cell repeated in each column it covers
            seen.add((text, box))
            box = _level_rect(box, cell.provenance.page, turns)
            span = (box[0], box[2])
            parts = [t.strip() for t in text.split("|")]
            under = [c for c, col in enumerate(cols) if _overlap(span, col) >= 0.5 * (col[1] - col[0])]
            if len(under) >= 2 and len(parts) == len(under) and all(parts):
                # Names of several columns read as one cell, the rules between them read as "|"
                # (v12160: "Năm 2025 | Năm 2030 | … | Năm 2045" under "Mức chỉ tiêu", the header of a
                # ruled table alone at the foot of a page fed sideways): one name over each.
                placed.extend((r, c, t, (cols[c][0], box[1], cols[c][1], box[3])) for c, t in zip(under, parts, strict=True))
                continue
            covered = [c for c, col in enumerate(cols) if _overlap(span, col) >= 0.25 * max(1.0, span[1] - span[0])]
            if len(covered) >= 2:
                level = groups.setdefault(r, [""] * width)
                for c in covered:
                    level[c] = f"{level[c]} {text}".strip()
                continue
            if not covered and span[0] > cols[-1][1]:
                beyond.append((r, text))
                continue
            centre = (span[0] + span[1]) / 2
            best = covered[0] if covered else min(
                range(width), key=lambda c: 0.0 if cols[c][0] <= centre <= cols[c][1] else min(abs(centre - cols[c][0]), abs(centre - cols[c][1]))
            )
            placed.append((r, best, text, box))
    # A ruled header's boxes are its cells': a cell ruled over one column names that column.
    ruled = head.method not in WHITESPACE_METHODS
    # The column numbers under a header name no column: a column whose last line has only its
    # number below is named on that line, and numbers, one under each column, share a middle with
    # no line above them. Taken for names, they made the last line of "Ước thực / hiện" a title
    # over three columns and "Năm 2022" the name of one of its two (v23030, reportlab, a header
    # alone at a page's foot: the estimates of 2022 lost their year).
    numbered = {r for r in {q for q, _, _, _ in placed}
                if is_column_number_row([t for q, _, t, _ in placed if q == r])}
    named = [p for p in placed if p[0] not in numbered]
    for r, best, text, box in placed:
        titled = not (ruled and _ruled_over(box, cols[best])) and r not in numbered
        run = _title_run(r, best, box, named, cols) if titled else None
        if run is not None:
            level = groups.setdefault(r, [""] * width)
            for c in range(run[0], run[1] + 1):
                level[c] = f"{level[c]} {text}".strip()
        elif not leaves[best] or leaves[best][-1] != text:
            leaves[best].append(text)
    if beyond and not leaves[-1]:
        # The last column's own name, printed right of its figures.
        leaves[-1] = [t for _, t in beyond]
        beyond = []
    out = [groups[r] + ([""] if beyond else []) for r in sorted(groups)]
    out.append([" ".join(t) for t in leaves] + ([" ".join(t for _, t in sorted(beyond))] if beyond else []))
    return [tuple(GridCell(t, Provenance(page=page)) for t in row) for row in out]


def _numbered_cell(text: str) -> bool:
    """A header cell ending with its column's number ("Năm 2025 (4)"): a column's whole name."""
    words = strip_markup(text).split()
    return bool(words) and words[-1].startswith("(") and read_column_number(words[-1]) is not None


def _rejoin_phrases(row: Sequence[GridCell]) -> tuple[GridCell, ...]:
    """One line of a header read from whitespace with the phrases its columns cut put together
    again: neighbouring cells a word space apart ("Năm" | "2025", v3637) were one phrase, which the
    header's own columns, measured without a body, split. Put over the body's columns whole, it is
    the group title over the two it spans. A cell ending with its column number is a column's
    whole name: cells of two lines each ("Năm / 2025 (4)", "Năm / 2030 (5)", v16930 by Writer, a
    header alone at the foot of a page) left no one-line cell to measure a word space by, and the
    five years were joined into one title over the next page's columns."""
    gap = LayoutSettings().segment_gap
    # One printed line is as tall as the row's shortest cell: a cell of several lines (a header
    # whose wrapped cells were read into one row, "Thực hiện năm 2021" over two lines beside "Kế
    # hoạch năm 2022") is no phrase of that line, and its height no measure of a word space (v4844:
    # six such cells 7 pt apart were joined into one, and the header lost its figure columns).
    heights = [b[3] - b[1] for c in row if c.text.strip() and (b := c.provenance.bbox) is not None]
    line = min(heights, default=0.0)
    out: list[GridCell] = []
    for cell in row:
        box, prev = cell.provenance.bbox, out[-1] if out else None
        pbox = prev.provenance.bbox if prev is not None else None
        if (prev is not None and box is not None and pbox is not None and cell.text.strip() and prev.text.strip()
                and not _numbered_cell(prev.text)
                and max(box[3] - box[1], pbox[3] - pbox[1]) <= 1.5 * line
                and abs(box[1] - pbox[1]) <= 0.25 * line and 0.0 <= box[0] - pbox[2] <= gap * line):
            joined = (min(pbox[0], box[0]), min(pbox[1], box[1]), max(pbox[2], box[2]), max(pbox[3], box[3]))
            out[-1] = replace(prev, text=f"{prev.text} {cell.text}", provenance=replace(prev.provenance, bbox=joined))
            continue
        out.append(cell)
    return tuple(out)


# How far a ruled cell's side may lie from its column's (a rule's width, snapping).
_RULE_SLACK = 3.0


def _ruled_over(box: tuple[float, float, float, float], col: tuple[float, float]) -> bool:
    """Does this cell of a ruled header have its rules on the sides of that one column (v18650 by
    Chromium: "2025" in its own cell under "Mức chỉ tiêu", the header alone at a page's foot)?
    Then it is that column's name, whatever lies beside it: taken for a title centred over the
    unit column and its own, "2025" named the unit column and left its own a column number."""
    return abs(box[0] - col[0]) <= _RULE_SLACK and abs(box[2] - col[1]) <= _RULE_SLACK


def _title_run(
    r: int, o: int, box: tuple[float, float, float, float],
    placed: Sequence[tuple[int, int, str, tuple[float, float, float, float]]], cols: Sequence[tuple[float, float]],
) -> tuple[int, int] | None:
    """The columns a header text printed once over one column is the group title of: "Mức chỉ
    tiêu" centred over "2025 | 2030 | 2035 | 2040 | 2045", narrower than the five (v1387). The
    widest run of neighbouring columns around it, empty on its line and named lower down (not
    the row-label columns), whose middle is its centre; None when there is no such run."""
    on_line = {c for q, c, _, _ in placed if q == r}
    below: dict[int, list[str]] = {}
    first: dict[int, int] = {}  # the first line under ``r`` holding text, per column
    for q, c, t, _ in placed:
        if q > r:
            below.setdefault(c, []).append(t)
            first[c] = min(first.get(c, q), q)
    if o not in below:
        return None

    def middle(c: int) -> float:
        boxes = [b for q, k, _, b in placed if q > r and k == c]
        return (min(b[1] for b in boxes) + max(b[3] for b in boxes)) / 2

    height = box[3] - box[1]

    def open_slot(c: int) -> bool:
        # Sub-headers under one title start on one line. Lines of vertically centred cells of
        # different heights interleave (v0041: "Ước TH" over "năm" over "2025" between "KH năm" and
        # "Đánh giá" a line lower): the top line of the tallest is no title over its neighbours.
        # Sub-headers centred under their title share a middle instead ("Kết quả thực hiện" over
        # "Năm 2022 | Ước năm / 2023 | Ước giai / đoạn / 2021-2023", v20960, a header alone at a
        # page's foot: "Năm 2022" lost its title and its figures were read as no actual).
        if not 0 <= c < len(cols) or c in on_line or c not in below:
            return False
        # Nor is a column whose own cell runs through the line: a line of its own just above it,
        # within its column, and its next line just below (v33842, a header alone at a page's
        # foot: "Đánh giá" over "So với" over "mức độ", cells of four and three lines centred
        # side by side; "So với" was taken for a title over "Ước lũy kế", "mục tiêu NQ (%)" and
        # "Đánh giá", and the cumulative estimate read as a ratio).
        if first[c] == r + 1 and any(q == r - 1 and k == c and cols[c][0] - height <= b[0] and b[2] <= cols[c][1] + height
                                     for q, k, _, b in placed):
            return False
        if first[c] != first[o] and abs(middle(c) - middle(o)) > 0.25 * height:
            return False
        return read_header(" ".join(below[c])).kind not in ("number", "indicator", "unit")

    lo, hi = o, o
    while open_slot(lo - 1):
        lo -= 1
    while open_slot(hi + 1):
        hi += 1
    centre, height = (box[0] + box[2]) / 2, box[3] - box[1]
    best: tuple[int, int] | None = None
    for a in range(lo, o + 1):
        for b in range(o, hi + 1):
            if a != b and abs((cols[a][0] + cols[b][1]) / 2 - centre) <= 1.5 * height and (best is None or b - a > best[1] - best[0]):
                best = (a, b)
    if best is not None and _first_line_of_cell(r, o, box, placed, [c for c in range(best[0], best[1] + 1) if c != o]):
        return None
    return best


def _first_line_of_cell(
    r: int, o: int, box: tuple[float, float, float, float],
    placed: Sequence[tuple[int, int, str, tuple[float, float, float, float]]], others: Sequence[int],
) -> bool:
    """Is the text on line ``r`` over column ``o`` the first line of that column's own cell, not a
    title over its neighbours? Cells centred vertically in the header band share a middle: "Tỷ lệ"
    over "TH/KH" and "2022 (%)" is centred where "TH 2022" and "Kết quả đánh giá" beside it are
    (v3456), while without it the column's lines would sit lower than theirs. A title over
    sub-headers leaves them their common middle."""
    def middle(c: int) -> tuple[float, float] | None:
        boxes = [b for q, k, _, b in placed if q > r and k == c]
        return (min(b[1] for b in boxes), max(b[3] for b in boxes)) if boxes else None

    below = middle(o)
    if below is None or not others:
        return False
    tolerance = 0.25 * (box[3] - box[1])
    with_it = (box[1] + below[1]) / 2
    alone = (below[0] + below[1]) / 2
    for c in others:
        span = middle(c)
        if span is None:
            return False
        mid = (span[0] + span[1]) / 2
        if abs(mid - with_it) > tolerance or abs(mid - alone) <= tolerance:
            return False
    return True


def _lines_up(prev: Grid, grid: Grid, tolerance: float) -> bool:
    """Does ``grid`` sit where ``prev`` sits: its left and right edges within ``tolerance``, or,
    read from whitespace, its left edge there and each column over the column of the same place?

    A whitespace table ends where its last column's longest text ends: a notes column printing
    "Theo số liệu thống kê" on one page and "Số liệu sơ bộ" on the next moved the right edge 13 pt
    (v0303), and the continuation became a table of its own.
    """
    turns = quarter_turns((*prev.rows, *grid.rows))
    a, b = _level_box(prev.provenance, turns), _level_box(grid.provenance, turns)
    if a is None or b is None:
        return True
    if abs(a[0] - b[0]) <= tolerance and abs(a[2] - b[2]) <= tolerance:
        # Two whitespace tables as wide and as many columns, cut otherwise: a column split in two
        # on this page ("Chưa triển khai" left of the right-aligned figures) where the page above
        # has a column this one leaves empty ("Ghi chú"). Joined cell by cell, every figure right
        # of the split went one column right (v6990: the actual under the ratio's header).
        # (Text layers only: an OCR'd page turned over keeps its columns mirrored, and is put
        # right by the remap below.)
        return not (grid.method == prev.method == "words" and _columns_cut_otherwise(prev, grid))
    return abs(a[0] - b[0]) <= tolerance and grid.method in WHITESPACE_METHODS and _columns_line_up(prev, grid)


def _columns_line_up(prev: Grid, grid: Grid) -> bool:
    """Each of ``grid``'s columns (three or more of them printed) lies nearest the column of the
    same place in ``prev``."""
    above, below = column_ranges(prev), column_ranges(grid)
    if len(above) != len(below):
        return False
    known = [k for k, r in enumerate(above) if r is not None]
    pairs = [(k, r) for k, r in enumerate(below) if r is not None]
    if len(pairs) < 3:
        return False

    def distance(k: int, centre: float) -> float:
        lo, hi = above[k] or (0.0, 0.0)
        return 0.0 if lo <= centre <= hi else min(abs(centre - lo), abs(centre - hi))

    for k, (lo, hi) in pairs:
        centre = (lo + hi) / 2
        if above[k] is None or min(known, key=lambda j: (distance(j, centre), abs(j - k))) != k:
            return False
    return True


def _columns_cut_otherwise(prev: Grid, grid: Grid) -> bool:
    """Does a column of ``grid`` lie wholly inside another column of ``prev`` than its own, beside
    ``prev``'s own column of that place (a column split in two, its cells shifted)?

    Measured on the bodies: a group title spans the columns it heads, and read from whitespace
    its copy in each of them keeps its own box (v29320: "Ước TH năm 2023 so với" over "KH năm
    2023 | TH năm 2022" made the second ratio column as wide as both, the first ratio column of
    the headerless page under it lay inside that, and the page became a table of its own)."""
    above, below = column_ranges(_body(prev)), column_ranges(_body(grid))
    if len(above) != len(below):
        return False
    for k, r in enumerate(below):
        inside = [j for j, a in enumerate(above) if a is not None and r is not None and a[0] - 1 <= r[0] and r[1] <= a[1] + 1]
        if inside and k not in inside:
            return True
    return False


def _body(grid: Grid) -> Grid:
    """``grid`` without its header rows, when it has rows under them."""
    n = max(0, _header_count(grid))
    return replace(grid, rows=grid.rows[n:], header_rows=0) if 0 < n < len(grid.rows) else grid


def column_ranges(grid: Grid) -> list[tuple[float, float] | None]:
    """Each column's x-range over the grid's non-empty cells (None for a column that has none).

    Rows of one or two cells (a heading printed across the figure columns, "I | Nghị quyết
    03-NQ/TU ...") do not measure their column when fuller rows do: taken in, the names' column
    covered the whole table and a continuation page put every figure under it.
    """
    width = _width(grid)
    full = [row for row in grid.rows if len({(c.text, c.provenance.bbox) for c in row if c.text.strip()}) >= 3]
    ranges = _ranges_over(full, width)
    if any(r is None for r in ranges):
        every = _ranges_over(grid.rows, width)
        ranges = [r if r is not None else e for r, e in zip(ranges, every, strict=True)]
    if any(r is None for r in ranges):
        # A column empty on every row of this page (a "Ghi chú" column with nothing noted): a
        # ruled table still draws its cells, the narrowest of which is the column itself.
        for i, r in enumerate(ranges):
            if r is None:
                boxes = [b for row in grid.rows if i < len(row) and (b := row[i].provenance.bbox) is not None]
                if boxes:
                    b = min(boxes, key=lambda b: b[2] - b[0])
                    ranges[i] = (b[0], b[2])
    return ranges


def _merged(row: Sequence[GridCell], i: int) -> bool:
    """Is cell ``i`` a merged cell repeated over its neighbours (a ruled heading printed across
    the table, "Lĩnh vực xã hội")? Its box is the merge's, no column's (v1712: the headings made
    every column as wide as the table, and the header above the page break went over them all)."""
    cell = row[i]
    return any(
        0 <= j < len(row) and row[j].text == cell.text and row[j].provenance.bbox == cell.provenance.bbox
        for j in (i - 1, i + 1)
    )


def _ranges_over(rows: Sequence[Sequence[GridCell]], width: int) -> list[tuple[float, float] | None]:
    ranges: list[tuple[float, float] | None] = [None] * width
    turns = quarter_turns(rows)
    for row in rows:
        for i, cell in enumerate(row):
            box = cell.provenance.bbox
            if box is None or not cell.text.strip() or _merged(row, i):
                continue
            lo, hi = _level_span(box, cell.provenance.page, turns)
            old = ranges[i]
            ranges[i] = (lo, hi) if old is None else (min(old[0], lo), max(old[1], hi))
    return ranges


# A page OCR turned a quarter before reading (fed into the scanner sideways) keeps, like one turned
# over, the boxes its cells have on the page as stored: its rows run down the page, not across it.
# Per such page: +1 when a row's columns run down it, -1 when up, and the page's cells' extent
# along the rows (top, bottom), about which the second kind is mirrored.
QuarterTurns = dict[int, tuple[int, float, float]]


def quarter_turns(rows: Sequence[Sequence[GridCell]]) -> QuarterTurns:
    """The pages of these rows that OCR turned a quarter (``QuarterTurns``): most of their rows of
    three cells or more spread further down the page than across it. Dev scan v11980's first page,
    fed sideways, holds the table's header and first rows with their boxes running 57 to 786 pt
    down a portrait page; the next page, level, runs 59 to 785 pt across."""
    votes: dict[int, list[int]] = {}
    extent: dict[int, tuple[float, float]] = {}
    for row in rows:
        boxes = list(dict.fromkeys(
            (c.provenance.page, c.provenance.bbox) for c in row
            if c.text.strip() and c.provenance.bbox is not None and c.provenance.page is not None))
        pages = {page for page, _ in boxes}
        if len(boxes) < 3 or len(pages) != 1:
            continue
        (page,) = pages
        xs = [(b[0] + b[2]) / 2 for _, b in boxes if b is not None]
        ys = [(b[1] + b[3]) / 2 for _, b in boxes if b is not None]
        runs_down = max(ys) - min(ys) > max(xs) - min(xs)
        votes.setdefault(page, []).append(0 if not runs_down else (1 if ys[-1] > ys[0] else -1))
        top = min(b[1] for _, b in boxes if b is not None)
        bottom = max(b[3] for _, b in boxes if b is not None)
        lo, hi = extent.get(page, (top, bottom))
        extent[page] = (min(lo, top), max(hi, bottom))
    turns: QuarterTurns = {}
    for page, v in votes.items():
        down = [x for x in v if x]
        if 2 * len(down) > len(v):
            turns[page] = (1 if sum(down) >= 0 else -1, *extent[page])
    return turns


def _level_span(box: tuple[float, float, float, float], page: int | None, turns: QuarterTurns) -> tuple[float, float]:
    """A box's span across the level page: its x-range, or down a page turned a quarter, its
    y-range (mirrored about the page's cells when its columns run up the page)."""
    turn = turns.get(page) if page is not None else None
    if turn is None:
        return box[0], box[2]
    sign, top, bottom = turn
    return (box[1], box[3]) if sign > 0 else (top + bottom - box[3], top + bottom - box[1])


def _level_rect(box: tuple[float, float, float, float], page: int | None, turns: QuarterTurns) -> tuple[float, float, float, float]:
    """A box in the level page, up to a shift: as stored, or on a page turned a quarter
    (``turns``) turned back, its span across the level page (``_level_span``) and its place down
    it (the stored x-range, negated when the columns run down the stored page)."""
    turn = turns.get(page) if page is not None else None
    if turn is None:
        return box
    lo, hi = _level_span(box, page, turns)
    return (lo, -box[2], hi, -box[0]) if turn[0] > 0 else (lo, box[0], hi, box[2])


def _level_box(prov: Provenance, turns: QuarterTurns) -> tuple[float, float, float, float] | None:
    """A grid's box with its span across the level page first (``_level_span``), else as stored."""
    box = prov.bbox
    if box is None or prov.page not in turns:
        return box
    lo, hi = _level_span(box, prov.page, turns)
    return lo, box[0], hi, box[2]


def _left_to_right(ranges: Sequence[tuple[float, float] | None]) -> bool:
    """Do the columns' x-ranges run left to right? Not on a page OCR turned over, whose cells keep
    the place they have on the page as stored (upside down: the first column on the right)."""
    centres = [(r[0] + r[1]) / 2 for r in ranges if r is not None]
    return all(a < b for a, b in pairwise(centres))


def _reading_ranges(grid: Grid) -> list[tuple[float, float] | None]:
    """``column_ranges`` in reading order: a table on a page OCR turned over keeps the places its
    cells have on the page as stored, its first column on the right; mirrored about the table's
    middle, its columns run left to right like the next page's."""
    ranges = column_ranges(grid)
    box = grid.provenance.bbox
    if box is None or _left_to_right(ranges):
        return ranges
    mirrored = _mirrored(ranges, box[0] + box[2])
    return mirrored if _left_to_right(mirrored) else ranges


def _mirrored(ranges: Sequence[tuple[float, float] | None], axis: float) -> list[tuple[float, float] | None]:
    """``ranges`` mirrored about ``axis / 2`` (``axis`` = the left plus the right edge of what is turned)."""
    return [None if r is None else (axis - r[1], axis - r[0]) for r in ranges]


def _covers(span: tuple[float, float], column: tuple[float, float] | None) -> bool:
    """Does a cell's x-span cover most of a column's range?"""
    return column is not None and _overlap(span, column) > 0.5 * max(column[1] - column[0], 1.0)


def _pages_level(grid: Grid) -> Grid:
    """``grid`` with the cells of each page OCR turned over (its columns running right to left
    as stored) mirrored about that page's cells, when the grid also holds a page read level.

    ``_reading_ranges`` mirrors a grid whole; a table whose first page was fed upside down and
    whose next page was level holds both, and neither way do its columns run left to right (dev
    scan v25870: page 1 upside down, the figures of pages 2 and 3 went under columns measured on
    no page, target and actual joined in one cell, 73 figures lost). The figures' right edges
    (``_figure_edge``) are measured on the level boxes too: a figure's printed right edge is its
    stored left edge on a page turned over."""
    pages = sorted({c.provenance.page for r in grid.rows for c in r if c.provenance.page is not None})
    extent: dict[int, tuple[float, float]] = {}
    for page in pages:
        rows = tuple(r for r in grid.rows if r and r[0].provenance.page == page)
        boxes = [b for r in rows for c in r if c.text.strip() and (b := c.provenance.bbox) is not None]
        ranges = column_ranges(replace(grid, rows=rows))
        if not boxes or _left_to_right(ranges):
            continue
        lo, hi = min(b[0] for b in boxes), max(b[2] for b in boxes)
        if _left_to_right(_mirrored(ranges, lo + hi)):
            extent[page] = (lo, hi)
    if not extent:
        return grid

    def level(cell: GridCell) -> GridCell:
        box, page = cell.provenance.bbox, cell.provenance.page
        if box is None or page not in extent:
            return cell
        axis = sum(extent[page])
        return replace(cell, provenance=replace(cell.provenance, bbox=(axis - box[2], box[1], axis - box[0], box[3])))

    return replace(grid, rows=tuple(tuple(level(c) for c in r) for r in grid.rows))


def remap_columns(grid: Grid, prev: Grid) -> Grid | None:
    """A continuation whose whitespace columns came out differently (a column empty on this page,
    or one split in two): its cells put under the previous page's columns by their x-position.

    A page printed further left or right than the page before (``_header_shift``) is moved back
    first when that reads it better."""
    prev = _pages_level(prev)
    ranges = _reading_ranges(prev)
    known = [k for k, r in enumerate(ranges) if r is not None]
    if not known or not _left_to_right(ranges) or not _left_to_right(_reading_ranges(grid)):
        return None
    flip = column_ranges(grid) != _reading_ranges(grid)
    turns = quarter_turns(grid.rows)
    body = prev.rows[max(prev.header_rows, 0):]
    ends = [figures_end(r[k] for r in body if k < len(r)) for k in range(len(ranges))]
    # (Not from a page turned a quarter: its boxes run down the page as stored.)
    prev_turns = quarter_turns(prev.rows)
    level_body = [r for r in body if not any(c.provenance.page in prev_turns for c in r)]
    edges = [_figure_edge(r[k] for r in level_body if k < len(r)) for k in range(len(ranges))]
    # Where the page above right-aligns its own figures, by one of them or more: a column's range
    # also runs to its header's words, and a header merged over two columns lends its centred name
    # to the first (v26878 edited, page 1: "So sánh (%)" over "Dự toán" and "Cùng kỳ" ends at
    # 722.4, the right edge of "Cùng kỳ"'s figures, so page 2's "99" at 712-722 went in with the
    # "104,4" beside it under "Dự toán"; the one row of figures above ends "Dự toán" at 689.7).
    aligned = [_figure_edge((r[k] for r in level_body if k < len(r)), least=1) for k in range(len(ranges))]

    def place(shift: float) -> tuple[list[tuple[GridCell, ...]], int] | None:
        """The rows under ``prev``'s columns, and how many cells went into a column already
        filled in their row."""
        rows = []
        joined = 0
        for row in grid.rows:
            texts = [""] * len(ranges)
            boxes: list[BBox | None] = [None] * len(ranges)
            # A cell's OCR readings (``GridCell.readings``) go with it when it is alone in its
            # column: the row's arithmetic chooses among them (v20210 page 2, "q" read again as
            # 93,3, lost them here). Joined to another text, they no longer read the cell.
            kept: list[tuple[str, ...]] = [()] * len(ranges)
            for cell in row:
                box = cell.provenance.bbox
                if not cell.text.strip():
                    continue
                if box is None:
                    return None
                if shift:
                    cell = replace(cell, provenance=replace(cell.provenance, bbox=(box[0] - shift, box[1], box[2] - shift, box[3])))
                span = _level_span(cell.provenance.bbox or box, cell.provenance.page, turns)
                centre = (span[0] + span[1]) / 2
                if flip and grid.provenance.bbox is not None:
                    centre = grid.provenance.bbox[0] + grid.provenance.bbox[2] - centre
                figure = not flip and not turns and is_value(cell.text)

                def distance(k: int, centre: float = centre, end: float = span[1], figure: bool = figure) -> tuple[float, bool, float]:
                    lo, hi = ranges[k] or (0.0, 0.0)
                    a = aligned[k]
                    right = hi if a is None else a
                    # Inside several ranges: a figure ending where one of them ends is right-aligned
                    # in it (v17390: the page above printed only text rows, whose long cells made
                    # the actual and ratio columns overlap, and "13" at the actual column's right
                    # edge went under the narrower ratio column, every figure after it one column
                    # right); else the narrowest holds it (a wide text column overlaps the figure
                    # columns its long cells run over).
                    if lo <= centre <= hi:
                        return (0.0, not (figure and abs(end - right) <= _EDGE_SLACK), hi - lo)
                    return (min(abs(centre - lo), abs(centre - hi)), False, 0.0)

                # A cell running over two columns or more (a heading printed across the table, "V |
                # Nghị quyết 09-NQ/TU ... đến năm 2030", v7278) goes under the first it covers: by
                # its centre, the heading went under "ĐVT", its name lost and a nameless row made.
                # (A phrase of words: a figure or a label over two narrow columns is left to its centre.)
                spanned = [] if flip or len(cell.text.split()) < 4 else [
                    k for k in known if _covers(span, ranges[k])]
                # A figure ending where a column's figures end is that column's, whatever its
                # centre: right-aligned at the foot of a wide column of accounts it lies inside the
                # next column's range too, the narrower (v12100 page 4: "7" ending at 646 pt, the
                # actual figures above at 643-648, went in with the ratio beside it, "7 100").
                lined = [] if flip or turns or not is_value(cell.text) else [
                    k for k in known if (e := edges[k]) is not None and abs(span[1] - e) <= _EDGE_SLACK]
                # Not under a column of right-aligned figures it starts beyond (the label "đạt"
                # left-aligned under a wide centred header lies nearer the figures on its left).
                i = spanned[0] if len(spanned) >= 2 else min(lined, key=lambda k: abs(span[1] - (edges[k] or 0.0))) if lined else min(
                    [k for k in known if flip or not starts_beyond(cell, ends[k])] or known, key=distance)
                joined += bool(texts[i])
                kept[i] = () if texts[i] else cell.readings
                texts[i] = f"{texts[i]} {cell.text}".strip()
                boxes[i] = bbox_union(boxes[i], box, missing="known")
            page = row[0].provenance.page if row else grid.provenance.page
            rows.append(tuple(
                GridCell(t, Provenance(page=page, bbox=b), kept[k])
                for k, (t, b) in enumerate(zip(texts, boxes, strict=True))
            ))  # fmt: skip
        return rows, joined

    placed = place(0.0)
    if placed is None:
        return None
    shift = 0.0 if flip or turns or prev_turns else _header_shift(grid, prev, ranges)
    moved = place(shift) if shift else None
    # Moved back only when that keeps more cells apart, or as many and more of the header's names
    # under their own columns: a skewed page's columns slant, so its header's shift need not be its
    # body's (v12100: page 4's header 8 pt left of page 3's, its figures where page 3's are).
    if moved is not None and (moved[1], -_header_hits(moved[0], grid, prev)) < (placed[1], -_header_hits(placed[0], grid, prev)):
        placed = moved
    return replace(grid, rows=tuple(placed[0]))


# How far a scanned figure's right edge may lie from its column's: a page skewed 1-2 degrees moves
# the same column's edge by up to 5 pt from the top of the page to its foot.
_EDGE_SLACK = 6.0


def _figure_edge(cells: Iterable[GridCell], least: int = 3) -> float | None:
    """The median right edge of a column's figures, when it prints ``least`` or more; None otherwise."""
    edges = sorted(b[2] for c in cells if (b := c.provenance.bbox) is not None and c.text.strip() and is_value(c.text))
    return edges[len(edges) // 2] if len(edges) >= least else None


def _header_hits(rows: Sequence[Sequence[GridCell]], grid: Grid, prev: Grid) -> int:
    """How many of ``prev``'s header names the first rows of ``rows`` (``grid``'s header, placed
    under ``prev``'s columns) hold in the same column, word for word."""
    n_own = max(_header_count(grid), 0)
    n_prev = _header_count(prev)
    names = [{_name_key(c) for c in col if c.text.strip()} for col in zip(*prev.rows[:n_prev], strict=False)] if n_prev > 0 else []
    return sum(1 for row in rows[:n_own] for k, c in enumerate(row)
               if c.text.strip() and k < len(names) and _name_key(c) in names[k])


def _name_key(cell: GridCell) -> str:
    """A header cell's name as two pages' headers are compared: folded, without markup."""
    return fold(strip_markup(cell.text)).strip()


def _header_shift(grid: Grid, prev: Grid, ranges: Sequence[tuple[float, float] | None]) -> float:
    """How far right of ``prev``'s columns ``grid`` was printed, from the names its header repeats
    word for word: 0 unless three or more do. A scan skewed one way on odd pages and the other on
    even ones keeps its boxes on the page as stored, so the same column lies some 10 pt apart on
    two pages (v12150: page 4's "Số TT" centred at 54 pt, past the 38-50 pt the column spans on
    pages 2-3, went under the names' column, and every column after it one to the left)."""
    def named(g: Grid) -> dict[str, int]:
        seen: Counter = Counter()
        first: dict[str, int] = {}
        for row in g.rows[:max(_header_count(g), 0)]:
            for k, c in enumerate(row):
                t = _name_key(c)
                if t and c.provenance.bbox is not None and not _merged(row, k):
                    seen[t] += 1
                    first.setdefault(t, k)
        return {t: k for t, k in first.items() if seen[t] == 1}

    mine, theirs = named(grid), named(prev)
    offsets = []
    for row in grid.rows[:max(_header_count(grid), 0)]:
        for c in row:
            name = _name_key(c)
            k = theirs.get(name)
            box = c.provenance.bbox
            if k is None or k >= len(ranges) or (r := ranges[k]) is None or box is None or name not in mine:
                continue
            offsets.append((box[0] + box[2]) / 2 - (r[0] + r[1]) / 2)
    if len(offsets) < 3:
        return 0.0
    mid = median(offsets)
    return mid if abs(mid) >= 3.0 else 0.0


_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def _repeated_rows(prev_header: Sequence[Sequence[str]], own: Sequence[Sequence[str]]) -> int:
    """How many of a continuation's header rows (``own``) repeat the header above: a row that is
    none of that header's rows and prints a figure beside a name of five words or more is the
    first body row, read into the header because it holds a single figure ("70% diện tích rừng
    được kiểm soát … | % | 70 | Chưa triển khai | … | Chưa đạt" at the top of a BIỂU 02 page,
    v0145, v0162: the row was dropped with the repeated header and lost).

    So is a row of running text whose words the header above mostly does not print: the rest of
    a row cut at the page break, a paragraph under one column with no figure of its own, read
    into the repeat because no body row came before it (v11250 by Writer: "khoa học kỹ thuật vào
    chuỗi sản xuất …" dropped with the repeat, and a diff of two prints cut elsewhere reported
    the cell changed). A repeat reprints the header's words, however its reader cut them."""
    units = {j for r in prev_header for j, t in enumerate(r) if t.strip() and read_header(t).kind == "unit"}
    header_words = {w for r in prev_header for t in r for w in fold(strip_markup(t)).split()}
    for i, row in enumerate(own):
        if i == 0 or list(row) in [list(r) for r in prev_header]:
            continue
        figure = any(is_value(t) and not _YEAR_RE.match(t.strip()) for t in row if t.strip())
        # A unit under the header's unit column ("Thu phí, lệ phí | Triệu đồng | 182702", a
        # part's row with one figure, v3914) is a body row's however short its name.
        unit = any(j < len(row) and is_unit_text(row[j]) and read_header(row[j]).kind != "unit" for j in units)
        if _foreign_to_header(row, header_words) or (figure and (unit or any(len(t.split()) >= 5 for t in row))):
            # A child marker alone right above it ("Trong đó:") opens the parts it starts, and is
            # body with it (v33490 by Chromium: "Trong đó:" over "Riêng trong năm | % | 100.0"
            # under the repeat was dropped with it, and the part had no parent).
            while i > 1 and _marker_alone(own[i - 1]) and list(own[i - 1]) not in [list(r) for r in prev_header]:
                i -= 1
            return i
    return len(own)


def _marker_alone(row: Sequence[str]) -> bool:
    """A row of one cell, a child marker ("Trong đó:", "Bao gồm:"); a header's group title
    ("Trong đó" over its columns) is repeated in each cell it spans."""
    filled = [t.strip() for t in row if t.strip()]
    return len(filled) == 1 and child_mark(filled[0])


# A row needs this many words before its words can say it is no header's (a short row may be a
# sub-header the first copy was read without).
_FOREIGN_WORDS = 6


def _foreign_to_header(row: Sequence[str], header_words: set[str]) -> bool:
    """A row of ``_FOREIGN_WORDS`` words or more, no column numbers, of which fewer than half are
    words of the header (``header_words``, folded)."""
    words = [w for t in dict.fromkeys(t.strip() for t in row if t.strip()) for w in fold(strip_markup(t)).split()]
    if len(words) < _FOREIGN_WORDS or is_column_number_row(" ".join(row).split()):
        return False
    return 2 * sum(w in header_words for w in words) < len(words)


def _rows_of_header(header: Sequence[Sequence[str]], grid: Grid, k: int) -> int:
    """``k`` (the rows of ``grid`` read as its header) and the rows under them that print a row of
    ``header`` again: the repeat's rows its reader left out of its header. A ruled repeat over the
    rest of a name cut at the page break (v14410 by Writer: "2023 | Ước 2024 | Ước lũy kế
    2021-2024" under "Kết quả thực hiện") was counted one row deep, its years' row read as a
    nameless body row of figures 2023 and 2024, and the name's rest under it was no spill."""
    while k < len(grid.rows) and [strip_markup(c.text) for c in grid.rows[k]] in [list(r) for r in header]:
        k += 1
    return k


def continuation_rows(
    prev: Grid, prev_last_page: int | None, grid: Grid, *, first_on_page: bool, settings: LayoutSettings
) -> int | None:
    """How many leading rows of ``grid`` to drop when it continues ``prev``; None when it does not."""
    if grid.title is not None or not grid.rows or _width(prev) != _width(grid):
        return None
    page = grid.provenance.page
    paged = page is not None and prev_last_page is not None
    if paged and (page != prev_last_page + 1 or not first_on_page):  # type: ignore[operator]
        return None
    n_prev = _header_count(prev)
    n_own = _header_count(grid)
    own = _header_texts(grid, n_own)
    if n_own > 0 and all(is_column_number_row(" ".join(r).split()) for r in own):
        # Only the column-number row repeated on the new page ("1 2 3 …"): a continuation.
        return n_own if not paged or _lines_up(prev, grid, settings.continuation_tolerance) else None
    if n_prev > 0 and n_own > 0:
        same = own == _header_texts(prev, n_prev) or is_header_repeat(
            _header_texts(prev, n_prev), grid
        )
        if same:
            k = _repeated_rows(_header_texts(prev, n_prev), own)
            if k == len(own):
                k = _rows_of_header(_header_texts(prev, n_prev), grid, k)
            # Its column numbers under it ("1 2 3 … 7", a ruled page whose reader counted only the
            # header's row) are repeated with it: kept, they became a row named "2" in the body and
            # the parent of the part under them (v4665).
            while k == len(own) and k < len(grid.rows) and is_column_number_row([strip_markup(c.text) for c in grid.rows[k]]):
                k += 1
            return k
        # A continuation page whose first rows were taken for a header but name no column the
        # way a header does (the end of a row split over the page break: "Ứng dụng rộng rãi ...",
        # "Đạt"): body rows, under the table above when they line up with it.
        # So is a heading printed in the names' column ("CHỈ TIÊU XÃ HỘI", v2790): one cell, though
        # it starts like the names' header ("Chỉ tiêu"); a header names several columns.
        # So is a row opening as a row of the body above does (``_opens_as_body``).
        if paged and (_column_names(own) < 2 or _opens_as_body(prev, own[0])) and _lines_up(
                prev, grid, settings.continuation_tolerance):
            return 0
        return None
    if n_own == 0 and n_prev >= 0 and (not paged or _lines_up(prev, grid, settings.continuation_tolerance)):
        return 0
    return None


def _started(head: Provenance, body: Provenance) -> Provenance:
    a, b = head.bbox, body.bbox
    if a is None or b is None:
        return head
    return replace(head, bbox=(b[0], a[1], b[2], a[3]))


def _under_lone_foot_header(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> bool:
    """``grid`` is the first table of the page after ``prev``'s last, under no caption, and ``prev`` a
    header alone (no body) at that page's foot."""
    page = grid.provenance.page
    if grid.title is not None or page is None or prev_last_page is None or page != prev_last_page + 1:
        return False
    return first_on_page and _bodiless(prev)


def _numbered_headings(rows: Sequence[Sequence[str]]) -> bool:
    """Are these rows headings of the body, each one cell starting with its row number ("1. Kinh
    tế")? The whitespace reader takes such a line above a page's first row for a header line, as
    it holds one phrase (v5208: the body under a header alone at the foot of the page before was
    then no body without header, and became a table of its own, doubted, and its rows lost their
    names in a diff)."""
    for row in rows:
        filled = [t for t in row if t.strip()]
        # The number in a column of its own ("I. | Phát triển kinh tế", v7187) as well.
        words = filled[0].split() if len(filled) == 1 else " ".join(filled).split() if len(filled) == 2 else []
        if len(filled) == 2 and (not is_row_label(filled[0]) or not row[0].strip()):
            return False
        if len(words) < 2 or not is_row_label(words[0]) or any(is_value(t) for t in filled):
            return False
    return bool(rows)


def _without_heading_header(grid: Grid) -> Grid:
    """``grid`` with header rows that are numbered headings (``_numbered_headings``) put back in its body."""
    n_own = _header_count(grid)
    return replace(grid, header_rows=0) if n_own > 0 and _numbered_headings(_header_texts(grid, n_own)) else grid


def _trailing_headings(head: Grid) -> int:
    """How many of the last rows of a header alone at a page foot are numbered headings of the
    body ("A CHỈ TIÊU KINH TẾ" under the header's lines, v5464: read into the names' column's
    header, "Chỉ tiêu A CHỈ TIÊU KINH TẾ", its rows lost their section)."""
    texts = [[strip_markup(c.text) for c in row] for row in head.rows]
    n = 0
    while n < len(texts) - 1 and _numbered_headings([texts[len(texts) - 1 - n]]):
        n += 1
    return n


def _divides_header(head: Grid, grid: Grid, i: int) -> bool:
    """Is ``grid``'s row ``i`` a level of the header ``head`` (alone at the foot of the page before)
    left for the next page: read into ``grid``'s header, no figure in it, and two of its cells or
    more under one of ``head``'s (v20910 by Writer: "Thực hiện | Kế hoạch | Ước thực hiện | UTH/KH |
    UTH 2023/TH 2022" under "Năm 2022 | Năm 2023 | So sánh (%)" on page 1, the merged cells' rest
    on page 2). A cut cell's rest is one text under each cell it goes on; taken for that rest,
    the level's names were glued into the cells above ("Năm 2023 Kế hoạch Ước thực hiện", one
    group over both columns) and the columns lost their roles."""
    if not _bodiless(head) or i >= _header_count(grid):
        return False
    texts = [strip_markup(c.text) for c in grid.rows[i]]
    if is_column_number_row(" ".join(texts).split()) or any(t.strip() and is_value(t) for t in texts):
        return False
    return any(len(cells) >= 2 for cells in _cells_under(head, grid.rows[i]).values())


def _cells_under(head: Grid, row: Sequence[GridCell]) -> dict[int, list[GridCell]]:
    """``row``'s cells with text (a merged cell once) by the column of ``head`` their middle lies in
    or nearest to."""
    ranges = _reading_ranges(head)
    out: dict[int, list[GridCell]] = {}
    seen: set[tuple[str, tuple[float, float, float, float] | None]] = set()
    for cell in row:
        box = cell.provenance.bbox
        if not cell.text.strip() or box is None or (cell.text, box) in seen:
            continue
        seen.add((cell.text, box))
        centre = (box[0] + box[2]) / 2
        # The nearest column: read from whitespace, a header's ranges are its words', narrower
        # than the cells under them.
        known = [(0.0 if r[0] <= centre <= r[1] else min(abs(centre - r[0]), abs(centre - r[1])), k)
                 for k, r in enumerate(ranges) if r is not None]
        if known:
            out.setdefault(min(known)[1], []).append(cell)
    return out


def _over_levels(head: Grid, grid: Grid) -> Grid:
    """``head`` (a header alone at the foot of a page) with each cell that ``grid``'s header rows
    divide (``_divides_header``) as wide as the cells under it: read from whitespace, its box is
    its words' ("Kết quả thực hiện" over "Năm 2022 | Ước năm 2023 | Ước giai đoạn 2021-2023",
    v20960 by Writer), over one column only, and the two others had no group."""
    rows = [list(r) for r in head.rows]
    for k in range(_header_count(grid)):
        if not _divides_header(head, grid, k):
            continue
        for j, cells in _cells_under(head, grid.rows[k]).items():
            boxes = [b for c in cells if (b := c.provenance.bbox) is not None]
            lowest = next((r for r in reversed(rows) if j < len(r) and r[j].text.strip()), None)
            if len(cells) < 2 or len(boxes) < len(cells) or lowest is None or lowest[j].provenance.bbox is None:
                continue
            box = lowest[j].provenance.bbox
            assert box is not None
            wide = (min(box[0], *(b[0] for b in boxes)), box[1], max(box[2], *(b[2] for b in boxes)), box[3])
            cell = lowest[j]
            for r in rows:
                for i, c in enumerate(r):
                    if c is cell or (c.text == cell.text and c.provenance.bbox == box):
                        r[i] = replace(c, provenance=replace(c.provenance, bbox=wide))
    return replace(head, rows=tuple(tuple(r) for r in rows))


def _level_apart(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> Grid:
    """``grid`` with its first row parted in two when ``prev`` is a header alone at the foot of the
    page before and that row holds both the rest of ``prev``'s cut cells and the next level of
    its header, read side by side (v20960 by Writer: "NQ giai đoạn 2020-2025" going on under
    "Chỉ tiêu", beside "Năm 2022 | Ước năm 2023 | Ước giai đoạn 2021-2023" under "Kết quả thực
    hiện"): the rest first (``_cut_header_row``), the level, two cells or more under one of
    ``prev``'s, below it (``_divides_header``). Taken whole, the level was glued into the one
    cell above it and its three columns lost their periods."""
    if not grid.rows or _header_count(grid) < 1 or not _under_lone_foot_header(prev, prev_last_page, grid, first_on_page):
        return grid
    if not _divides_header(prev, grid, 0):
        return grid
    under = _cells_under(prev, grid.rows[0])
    level = {id(c) for cells in under.values() if len(cells) >= 2 for c in cells}
    rest = {id(c) for cells in under.values() if len(cells) == 1 for c in cells}
    if not rest:
        return grid
    first = grid.rows[0]
    # (A merged cell is repeated in each column it covers: each copy goes where the first went.)
    keys = {(c.text, c.provenance.bbox): id(c) for c in reversed(first)}
    top = tuple(c if keys[(c.text, c.provenance.bbox)] in rest else replace(c, text="") for c in first)
    below = tuple(c if keys[(c.text, c.provenance.bbox)] in level else replace(c, text="") for c in first)
    return replace(grid, rows=(top, below, *grid.rows[1:]), header_rows=grid.header_rows + 1,
                   repaired_rows=frozenset(k + 1 if k > 0 else k for k in grid.repaired_rows))


def _orphan_header(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> bool:
    """``prev`` is a header alone at the foot of a page and ``grid``, the first table of the next
    page under no caption, its body: no header of its own (column numbers at most, or the levels
    of ``prev`` left for this page, ``_divides_header``)."""
    if not _under_lone_foot_header(prev, prev_last_page, grid, first_on_page):
        return False
    n_own = _header_count(_without_heading_header(grid))
    if n_own > 0 and not all(is_column_number_row(" ".join(r).split()) or _divides_header(prev, grid, k)
                             for k, r in enumerate(_header_texts(grid, n_own))):
        return False
    a, b = prev.provenance.bbox, grid.provenance.bbox
    return a is None or b is None or _overlap((a[0], a[2]), (b[0], b[2])) >= 0.5 * min(a[2] - a[0], b[2] - b[0])


def _words(rows: Sequence[Sequence[GridCell]]) -> Counter:
    """The folded words of ``rows``, a merged cell (repeated in each column it covers) once, also
    when read from whitespace it came out cut per column, each piece with a box of its own (v7187:
    "Kết quả thực hiện" over three columns once on page 1, twice in its repeat on page 2)."""
    out: Counter = Counter()
    for row in rows:
        seen: set[tuple[str, Any]] = set()
        before = ""
        for c in row:
            if c.text.strip() and (c.text, c.provenance.bbox) not in seen and c.text != before:
                seen.add((c.text, c.provenance.bbox))
                out.update(fold(strip_markup(c.text)).split())
            before = c.text
    return out


def _header_repeated_below(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> int | None:
    """How many of ``prev``'s rows are the header ``grid`` prints again at the top of the next
    page, when ``prev`` is a header alone at the foot of a page with rows without figures under
    it (a heading "Kinh tế") or read into other columns; None otherwise. The header's cells, read without a body, were cut
    otherwise than the repeat's (v4501: its lines came out as rows of a table without header,
    doubted, and the repeat started a table of its own): the same words, line by line, say it."""
    if not _under_lone_foot_header(prev, prev_last_page, grid, first_on_page):
        return None
    n_own = _header_count(grid)
    if n_own <= 0:
        return None
    want = _words(grid.rows[:n_own])
    if sum(want.values()) < 3:
        return None
    for k in range(1, len(prev.rows)):
        got = _words(prev.rows[:k])
        if got == want:
            # Cut into as many columns, the usual continuation drops the repeat; cut into other
            # columns, the repeat over its body is the better reading (v7187: "Ước 2025" and "Ước
            # lũy kế" one column at the foot of page 1, two over page 2's figures, which went
            # under the first's columns: a nameless row, figures lost).
            return k if _header_count(prev) != k or _width(prev) != _width(grid) else None
        if not got <= want:
            return None
    return None


def _finer_repeat(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> int | None:
    """``prev``'s header rows when ``grid``, on the next page, repeats that header word for word
    cut into more columns, and ``prev`` is a table of one page read from whitespace: its few rows
    go under the repeat's columns. Read over few rows, two columns may come out one (v7347: "Kế
    hoạch" and "Ước thực hiện" one column over page 1's single row, the header's words interleaved
    "Ước Kế thực hoạch hiện"; page 2's rows went under it, plan and estimate in one cell, lost)."""
    page = grid.provenance.page
    if (grid.title is not None or page is None or prev_last_page is None or page != prev_last_page + 1
            or not first_on_page or not grid.method == prev.method == "words" or _width(grid) <= _width(prev)
            or prev.provenance.page != prev_last_page):
        return None
    n_prev, n_own = _header_count(prev), _header_count(grid)
    if n_prev <= 0 or n_own <= 0 or n_prev >= len(prev.rows):
        return None
    # Each of the repeat's columns named by its header: columns cut apart by stray text under a
    # header that names none of them are no better reading (v7278: 13 columns, 5 unnamed).
    if not all(any(c < len(row) and row[c].text.strip() for row in grid.rows[:n_own]) for c in range(_width(grid))):
        return None
    want = _words(grid.rows[:n_own])
    return n_prev if sum(want.values()) >= 3 and _words(prev.rows[:n_prev]) == want else None


def _body_under_header(head: Grid, grid: Grid, *, after_numbers: bool = True) -> tuple[Grid, Grid]:
    """A header alone at the foot of a page may have body rows under its column-number row there,
    rows without figures (a heading "Phát triển kinh tế" under "1 2 3 … 8", v4844): they are the
    first rows of the body on the next page (``grid``), put under its columns, and the header keeps
    only its own rows. Returns the body and the header. (The column numbers end a header; above
    them, lines of one phrase are the header's wrapped cells, whatever row count the reader gave.)"""
    n = _header_count(head)
    if n <= 0 or n >= len(head.rows) or (after_numbers and not is_column_number_row(_header_texts(head, n)[-1])):
        return grid, head
    tail = remap_columns(replace(head, rows=head.rows[n:], header_rows=0), grid)
    if tail is None:
        return grid, head
    n_own = max(0, _header_count(grid))
    k = len(tail.rows)
    body = replace(grid, rows=(*grid.rows[:n_own], *tail.rows, *grid.rows[n_own:]), header_rows=n_own,
                   repaired_rows=frozenset(i + k if i >= n_own else i for i in grid.repaired_rows))
    return body, replace(head, rows=head.rows[:n])


def _may_remap(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> bool:
    """A headerless (or only column-numbered) first table on the next page, under no caption,
    read from whitespace: its columns may differ from the page before only by what was printed,
    in number or in place (a column empty on this page, a stray one made by a word aligned
    otherwise), so its cells go under the columns printed at their place on the page before."""
    page = grid.provenance.page
    if grid.title is not None or page is None or prev_last_page is None or page != prev_last_page + 1:
        return False
    if not first_on_page or grid.method not in WHITESPACE_METHODS:
        return False
    n_own = _header_count(grid)
    # The column numbers may have come out merged ("6 7 8" in one whitespace column).
    own = _header_texts(grid, n_own)
    if _other_numbers(prev, grid):
        return False
    if n_own == 0 or all(is_column_number_row(" ".join(r).split()) for r in own):
        return True
    # Its first rows taken for a header that names no column (a row with one figure, "70% diện
    # tích rừng ... | % | 70 | Chưa triển khai"): body rows, whose columns came out otherwise.
    # So is a heading alone in the names' column, though it starts like that column's header
    # ("CHỈ TIÊU MÔI TRƯỜNG" over page 2 of dev scan v14250): a header names several columns
    # (as ``continuation_rows`` reads it for a page as wide as the one before). So is a section's
    # row whose goals' columns print the aims of a resolution (dev scan v19030: "III | Nghị quyết
    # 05-NQ/TU ... | ~ Phát triển ... | ~ Hình thành ..."): its one name ("Nghị quyết") heads no column.
    if _width(grid) != _width(prev) and (_column_names(own) < 2 or sum(1 for r in own for t in r if t.strip()) == 1):
        return True
    # Its first row opening as a row of the body above does (dev scan v17390: "Nghị quyết 05-NQ/TU của
    # Ban Chấp hành Đảng bộ tỉnh: …" on page 3, where page 1 prints "Nghị quyết 03-NQ/TU của Ban Chấp
    # hành Đảng bộ tỉnh: …" as body rows): a row of that body, whatever its other cells say.
    if _width(grid) != _width(prev) and own and _opens_as_body(prev, own[0]):
        return True
    # The header repeated, word for word, over columns that came out otherwise (a column of
    # centred figures with blanks on this page split in two; a column empty on this page, its
    # header's lines put in with its neighbour's, v4330): the same table.
    if _width(grid) == _width(prev):
        return False
    n_prev = _header_count(prev)
    if grid.method == "ocr-words" and _width(prev) < _width(grid) and _columns_merged(
            _named_rows(prev.rows[:max(n_prev, 0)]), _named_rows(grid.rows[:n_own])):
        # The page before read several of the repeat's columns as one (dev scan v16440, turned and
        # unruled: "Chỉ tiêu (mục tiêu) Chỉ tiêu Đơn vị chủ yếu của Đề án, Lũy kế …" over the names,
        # the units and two figure columns): under those columns this page's figures were lost;
        # under its own header they keep theirs.
        return False
    # The same words, a group title counted once: read from whitespace, a title over three
    # columns is repeated in each with a box of its own on one page and cut whole on the other
    # (v2537: "Kết quả thực hiện" over "2024 | Ước 2025 | Ước lũy kế", the repeat a table of its
    # own, its row's figures under the wrong columns, undoubted). The column numbers under the
    # names are not compared: OCR reads the same "(1)" as "đ)" on one page and "q@)" on the
    # next (v7620), and the names say which table it is.
    head, repeat = _named_rows(prev.rows[:max(n_prev, 0)]), _named_rows(grid.rows[:n_own])
    return _named_alike(_texts(head), _texts(repeat)) or (
        bool(head) and bool(repeat) and sum((want := _words(head)).values()) >= 3
        and _unmarked(set(_words(repeat))) == _unmarked(set(want)))


# A column's number printed at the end of its name ("Ghi chú (8)"): OCR reads the same mark "(7)" on
# one page and "(œ)" or "()" on the next (v12100), so the names' words are compared without such marks.
# Printed bare under a tall name, the number is read into the name on one page ("... (đạt, vượt, chưa
# đạt) 7", v14130 page 1) and into the column-number row on the next (page 3, its columns split).
_MARK_WORD_RE = re.compile(r"^(?:\(\S{0,2}\)|\d{1,2})$")


# How many opening words a row's cell must share with a body row's of the table above to be one.
_OPENING_WORDS = 6


# A section's mark before its name: a Roman numeral, or what OCR made of one ("HN", "H", "IH").
_SECTION_MARK_RE = re.compile(r"^[IVXLHN]{1,4}[.:]?\s+")


def _openings(texts: Sequence[str]) -> set[tuple[str, ...]]:
    """The first ``_OPENING_WORDS`` words of each text, folded, figures and numbers left out (one
    resolution's number for another's: "Nghị quyết 03-NQ/TU", "Nghị quyết 05-NQ/TU")."""
    out = set()
    for t in texts:
        text = strip_markup(t).strip()
        if (mark := _SECTION_MARK_RE.match(text)) and len(text.split()) > _OPENING_WORDS:
            # A section's mark read into its name cell ("HN Nghị quyết 05-NQ/TU …", III misread,
            # put with the name by ``remap_columns``, dev scan v25870 page 3): the name opens after it.
            text = text[mark.end():]
        words = [w for w in fold(text).split() if not any(ch.isdigit() for ch in w)]
        if len(words) >= _OPENING_WORDS:
            out.add(tuple(words[:_OPENING_WORDS]))
    return out


def _opens_as_body(prev: Grid, row: Sequence[str]) -> bool:
    """Does a cell of ``row`` open with the same ``_OPENING_WORDS`` words as a cell of ``prev``'s body?"""
    body = [c.text for r in prev.rows[max(_header_count(prev), 0):] for c in r]
    return bool(_openings(row) & _openings(body))


def _unmarked(words: set[str]) -> set[str]:
    return {w for w in words if not _MARK_WORD_RE.match(w)}


def _texts(rows: Sequence[Sequence[GridCell]]) -> list[list[str]]:
    return [[strip_markup(c.text) for c in r] for r in rows]


def _named_rows(rows: Sequence[Sequence[GridCell]]) -> list[Sequence[GridCell]]:
    """A header's rows without its column-number row, however OCR damaged its marks."""
    return [r for r in rows if not (
        is_column_number_row(texts := [strip_markup(c.text) for c in r])
        or damaged_column_number_row(texts) is not None or unreadable_marks_row(texts))]


def _column_numbers(grid: Grid) -> list[str] | None:
    """The words of the last column-number row of ``grid``'s header ("(1) (2) … (9)", "A B 3 4"),
    however its cells were cut; None when it prints none."""
    rows = [" ".join(r).split() for r in _header_texts(grid, max(0, _header_count(grid)))]
    numbered = [r for r in rows if r and is_column_number_row(r)]
    return numbered[-1] if numbered else None


def _other_numbers(prev: Grid, grid: Grid) -> bool:
    """Do ``prev`` and ``grid`` both number their columns, and differently? A continuation page
    repeats its table's column numbers; "A B 3 4" under a table numbered "(1) … (9)" heads a
    table of its own (v2214: the rows of a table whose header stayed on the page before were
    remapped under the nine columns above, silently). Read by OCR, a number may be misread: only
    text layers are compared."""
    if any(g.method.startswith("ocr") for g in (prev, grid)):
        return False
    a, b = _column_numbers(prev), _column_numbers(grid)
    return a is not None and b is not None and a != b


def _columns_merged(head: Sequence[Sequence[GridCell]], repeat: Sequence[Sequence[GridCell]]) -> bool:
    """Does one column of ``head`` print the whole names of a layout column of ``repeat`` (its
    row numbers, names or units) and of one of its figure columns ("Đơn vị" and "Chỉ tiêu (mục
    tiêu) chủ yếu của Đề án, NQ" both inside "Chỉ tiêu (mục tiêu) Chỉ tiêu Đơn vị chủ yếu của Đề
    án, Lũy kế …", dev scan v16440)? Then the whitespace reader merged unlike columns there. A
    name cut in two by the repeat ("Lũy kế thực hiện từ khi" | "ban hành ĐA, NQ …", v12100) is
    two figure names, and a name inside the other ("Chỉ tiêu" in "Chỉ tiêu (mục tiêu) …") no
    evidence."""
    named = [(w, read_header(t).kind) for t in column_texts(repeat) if (w := frozenset(header_words(t)))]
    for text in column_texts(head):
        words = frozenset(header_words(text))
        inside = [(w, kind) for w, kind in named if w <= words]
        if any(not (a <= b or b <= a) and (ka in LAYOUT_KINDS) != (kb in LAYOUT_KINDS) and "other" not in (ka, kb)
               for k, (a, ka) in enumerate(inside) for b, kb in inside[k + 1:]):
            return True
    return False


def _named_alike(a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]) -> bool:
    """Do two headers print the same texts in the same order, blank cells aside?"""
    def filled(rows: Sequence[Sequence[str]]) -> list[str]:
        out: list[str] = []
        for row in rows:
            for t in row:
                t = " ".join(t.split())
                if t and (not out or out[-1] != t):
                    out.append(t)
        return out

    fa, fb = filled(a), filled(b)
    return len(fa) >= 3 and fa == fb


def _row_spans(grid: Grid, page: int | None, turns: QuarterTurns | None = None) -> list[tuple[float, float]]:
    """Top and bottom of each of ``grid``'s body rows printed on ``page``, top to bottom (on a page
    turned a quarter, ``turns``, in the level page: ``_level_rect``)."""
    spans = []
    for row in grid.rows[max(0, _header_count(grid)):]:
        boxes = [_level_rect(c.provenance.bbox, page, turns or {}) for c in row
                 if c.provenance.bbox is not None and c.provenance.page == page and c.text.strip()]
        if boxes:
            spans.append((min(b[1] for b in boxes), max(b[3] for b in boxes)))
    return spans


def _split_below(prev: Grid, prev_last_page: int | None, grid: Grid) -> bool:
    """``grid`` is the rest of ``prev`` cut off on the same page: both read from whitespace, no
    caption and no header of its own (or first rows that name no column), starting under
    ``prev``'s last row no further than its rows are apart, and inside its left and right edges.

    The whitespace reader cuts a table where its columns change look (v0190, page 4: the last
    three rows of a BIỂU 02, their numbers column empty and one row printing "Chưa triển khai"
    under a figure column, came out as a table of seven columns without header, doubted).
    """
    page = grid.provenance.page
    # Its caption none, or the one over ``prev``: on a page turned a quarter both parts were given
    # the caption over the table (dev scan v11630, a row garbled by OCR between them).
    if ((grid.title is not None and grid.title != prev.title) or page is None or page != prev_last_page
            or grid.method not in WHITESPACE_METHODS or prev.method not in WHITESPACE_METHODS):
        return False
    if _header_count(prev) <= 0:
        return False
    n_own = _header_count(grid)
    if n_own > 0 and _names_columns(_header_texts(grid, n_own)):
        return False
    turns = quarter_turns((*prev.rows, *grid.rows))
    if grid.title is not None and page not in turns:
        return False
    a = _level_rect(prev.provenance.bbox, prev.provenance.page, turns) if prev.provenance.bbox else None
    b = _level_rect(grid.provenance.bbox, page, turns) if grid.provenance.bbox else None
    spans = _row_spans(prev, page, turns)
    if a is None or b is None or not spans:
        return False
    # How far apart its rows are printed: measured on this page, or, when the table continues here
    # with fewer than three rows before the cut, on its pages before (v14380 page 2: one row under
    # page 1's table, then the whitespace reader cut the other six off as a table of their own).
    gaps = [lo - hi for (_, hi), (lo, _) in pairwise(spans)]
    if len(spans) < 3:
        gaps = [lo - hi for p in dict.fromkeys(grid_pages(prev)) if p is not None and p != page
                for (_, hi), (lo, _) in pairwise(_row_spans(prev, p, turns))]
    if len(gaps) < 2:
        return False
    # Boxes of a skewed page are those of the page as stored, each row's as tall as the skew
    # drifts across it: rows overlap (v11630, 1.5° over a row 700 pt wide, by 5 pt), and the part
    # below may start above the last row's bottom, though below its top.
    apart = max(0.0, max(gaps))
    # Nor further than one printed line: rows packed closer on the pages before than the rows a
    # paragraph of running text makes on this one (v13990 page 2: a part 7.5 pt under rows 4 and 5,
    # each 9 pt or more tall, page 1's rows at most 5 pt apart) are still no blank line away.
    line = min(hi - lo for lo, hi in spans)
    starts = spans[-1][0] < b[1] and b[1] - spans[-1][1] <= max(apart + 1.0, line)
    return starts and b[0] >= a[0] - 2.0 and b[2] <= a[2] + 2.0


# How far (x its height) a line's box may reach above a table's bottom and be printed under it.
_ASCENT_SLACK = 0.25


def carry_captions(grids: Sequence[Grid], lines: Sequence[TextLine]) -> list[Grid]:
    """A caption printed at the foot of a page, under everything else on it ("BIỂU 06 / ƯỚC THỰC
    HIỆN THU, CHI NGÂN SÁCH ... / (Kèm theo Báo cáo số ...)"), is the caption of the first table of
    the next page when that table has none of its own and nothing is printed above it there.

    The table above it ended where the caption starts: without its caption the next page's table
    was stitched under it as a continuation (v0208 with its first table's columns shuffled: the
    BIỂU 06 that followed, its header read as a repeat of the shuffled table's, filled half the
    rows, and the shuffled table was not doubted).

    "Foot" and "above" are the upright page's: a page OCR turned over keeps its boxes as stored,
    its foot at the top (``_turned_pages``).
    """
    out = list(grids)
    turned = _turned_pages(out)
    pages = sorted({p for g in out if (p := g.provenance.page) is not None} | {p for ln in lines if (p := ln.provenance.page) is not None})
    for page in pages:
        below = max((_upright(g.provenance, turned)[3] for g in out if g.provenance.page == page and g.provenance.bbox),
                    default=float("-inf"))
        # A line whose box starts a little above the table's bottom rule is under it all the same:
        # the box holds the font's ascent (v15310 by Writer: "BIỂU 04" right under the ruled table
        # before it, its top 0.8 pt above that table's last rule; the caption was not carried, and
        # the next page's table was stitched under the one above as its continuation).
        foot = [ln for ln in _upright_lines(lines, page, turned)
                if (box := ln.provenance.bbox) and box[1] >= below - _ASCENT_SLACK * (box[3] - box[1])]
        caption = caption_above(foot, float("inf")) if foot else None
        if caption is None:
            continue
        k = next((i for i, g in enumerate(out) if g.provenance.page == page + 1), None)
        if k is None or out[k].provenance.bbox is None or out[k].title is not None:
            continue
        top = _upright(out[k].provenance, turned)[1]
        if any(ln.provenance.bbox and ln.provenance.bbox[3] <= top + 1 for ln in _upright_lines(lines, page + 1, turned)):
            continue
        out[k] = replace(out[k], title=caption)
    return out


def _turned_pages(grids: Sequence[Grid]) -> set[int]:
    """Pages OCR turned over before reading: a table there keeps the boxes its cells have on the
    page as stored, its columns running right to left (``_reading_ranges``)."""
    return {p for g in grids if (p := g.provenance.page) is not None and g.provenance.bbox is not None
            and column_ranges(g) != _reading_ranges(g)}


def _upright(prov: Provenance, turned: set[int]) -> tuple[float, float, float, float]:
    """A box (which must be there) in the upright page: on a page turned over (``turned``),
    mirrored top to bottom about the page's origin (only the order of tops and bottoms is used)."""
    box = prov.bbox
    assert box is not None
    return (box[0], -box[3], box[2], -box[1]) if prov.page in turned else box


def _upright_lines(lines: Sequence[TextLine], page: int, turned: set[int]) -> list[TextLine]:
    """The lines of ``page`` in the upright page (``_upright``), top first; lines of a page not
    turned over as they are."""
    mine = [ln for ln in lines if ln.provenance.page == page]
    if page not in turned:
        return mine
    flipped = [replace(ln, provenance=replace(ln.provenance, bbox=_upright(ln.provenance, turned)))
               for ln in mine if ln.provenance.bbox is not None]
    return sorted(flipped, key=lambda ln: ln.provenance.bbox[1] if ln.provenance.bbox else 0.0)


_DIGITS_RE = re.compile(r"[\d\s\-–/()]+")


def _less_dated(mine: str, other: str) -> bool:
    """Is ``other`` the same header text as ``mine`` with the year ``mine`` lost ("KH năm 02" /
    "KH năm 2024"; "giai đoạn 2021" / "giai đoạn 2021 - 2024")?"""
    got, known = header_period(strip_markup(mine)), header_period(strip_markup(other))
    if known is None or got == known or (got is not None and not ("-" in known and known.startswith(got))):
        return False
    words, other_words = (_DIGITS_RE.sub(" ", fold(strip_markup(t))).split() for t in (mine, other))
    return bool(words) and fuzz.ratio(" ".join(words), " ".join(other_words)) >= 85


_VALUE_KINDS = ("target", "plan", "actual", "estimate", "ratio", "evaluation")


def _garbled_beside(mine: str, other: str) -> bool:
    """Is ``mine`` a reading of the header text ``other`` too damaged to name its column ("Mục êu
    tiêu 24 (tỷ lệ 20 nhà" / "Mục tiêu 2024 (tỷ lệ %)": g10 v2240, a 200 dpi scan), though alike?"""
    if read_header(strip_markup(mine)).kind != "other" or read_header(strip_markup(other)).kind not in _VALUE_KINDS:
        return False
    return fuzz.ratio(fold(strip_markup(mine)), fold(strip_markup(other))) >= 70


def years_from_repeat(prev: Grid, repeat: Grid) -> Grid:
    """``prev`` with the years its header lost to OCR taken from the same cells of its header
    repeated at the top of the next page (``repeat``), which the page read right; also a cell OCR
    garbled beyond naming its column where the repeat names it (``_garbled_beside``)."""
    n = min(_header_count(prev), _header_count(repeat))
    rows = [list(r) for r in prev.rows]
    changed = False
    for i in range(max(0, n)):
        for j, cell in enumerate(rows[i]):
            if j < len(repeat.rows[i]) and (
                _less_dated(cell.text, repeat.rows[i][j].text) or _garbled_beside(cell.text, repeat.rows[i][j].text)
            ):
                rows[i][j] = replace(cell, text=repeat.rows[i][j].text)
                changed = True
    return replace(prev, rows=tuple(tuple(r) for r in rows)) if changed else prev


def stitch_grids(grids: Sequence[Grid], settings: LayoutSettings | Mapping[str, Any] | None = None,
                 lines: Sequence[TextLine] = ()) -> list[Grid]:
    """Join tables continued on the next page (or in the next block) into one grid each.

    ``grids`` in reading order. Cells keep their own page in their provenance; the joined grid
    keeps where it starts, its header and its title. ``lines``: the running text of the pages,
    whose captions at the foot of a page head the next page's first table (``carry_captions``).
    """
    s = LayoutSettings.resolve(settings)
    if lines:
        grids = carry_captions(grids, lines)
    out: list[Grid] = []
    last_page: list[int | None] = []  # page of the last row of each grid in ``out``
    # The page a grid in ``out`` last took a whole page's spill on (its last row goes on there).
    spilled_to: dict[int, int | None] = {}
    previous_page: int | None = None
    after_repeat = False
    for k, grid in enumerate(grids):
        page = grid.provenance.page
        first_on_page = page is None or page != previous_page or after_repeat
        previous_page = page
        after_repeat = False
        if out and first_on_page and _header_repeated_apart(out[-1], last_page[-1], grid, grids[k + 1] if k + 1 < len(grids) else None):
            # Dropped as any repeat of the header is; the body under it continues the table.
            after_repeat = True
            continue
        lines_apart = _repeat_read_in_lines(out[-1], last_page[-1], grid, first_on_page) if out else 0
        if lines_apart >= len(grid.rows):
            # The repeat is all there is: a table whose last row ended the page before.
            after_repeat = True
            continue
        if lines_apart:
            # Dropped as any repeat of the header is: what follows is the body, or a cut row's rest.
            grid = replace(grid, rows=grid.rows[lines_apart:], header_rows=max(0, grid.header_rows - lines_apart),
                           repaired_rows=frozenset(k - lines_apart for k in grid.repaired_rows if k >= lines_apart))
        spill = None
        if out:
            grid = _level_apart(out[-1], last_page[-1], grid, first_on_page)
            spill = (_spilled_row(out[-1], last_page[-1], grid, first_on_page,
                                  through=spilled_to.get(len(out) - 1) == last_page[-1])
                     or _cut_header_row(out[-1], last_page[-1], grid, first_on_page))
        if spill is not None:
            out[-1], grid = _join_spill(out[-1], grid, *spill)
            # The rest of a row taller than a page can come out as several rows of its own.
            while (more := _spill_goes_on(out[-1], grid, spill[0])) is not None:
                out[-1], grid = _join_spill(out[-1], grid, spill[0], more)
            # The row went on on this page, also when a repeat of the header is all that is left
            # of it (v11250 by Writer: one row over pages 2 to 4, a header repeated on each): its
            # rest on the next page is joined as well. A row read after it is on this page anyway.
            spilled_to[len(out) - 1] = page
            if not grid.rows:
                last_page[-1] = page
                continue
        # A header alone at the foot of a page heads the next page's body before anything else:
        # the column numbers that body starts with would otherwise read as a repeated header,
        # and the header's rows as body rows of a table without one (v0041, a header whose
        # names sit centred between the two lines of "Chỉ tiêu / năm 2025").
        if out and _orphan_header(out[-1], last_page[-1], grid, first_on_page):
            grid = _without_heading_header(grid)
            headings = _headings_below(out[-1]) if _width(out[-1]) == _width(grid) and _header_count(grid) == 0 else 0
            if headings:
                # A heading printed across the table under the header ("CHỈ TIÊU KINH TẾ") is the
                # body's first row, not a header level.
                grid = replace(grid, rows=(*out[-1].rows[-headings:], *grid.rows), header_rows=0,
                               repaired_rows=frozenset(i + headings for i in grid.repaired_rows))
                out[-1] = replace(out[-1], rows=out[-1].rows[:-headings])
            else:
                grid, out[-1] = _body_under_header(out[-1], grid)
                headings = _trailing_headings(out[-1])
                if headings:
                    grid, out[-1] = _body_under_header(replace(out[-1], header_rows=len(out[-1].rows) - headings), grid,
                                                       after_numbers=False)
            head = header_over(_over_levels(out[-1], grid), grid)
            if head is not None and len(head[-1]) > _width(grid):
                # A column the body leaves empty on this page: its cells are empty.
                grid = replace(grid, rows=tuple(
                    (*row, *(GridCell("", Provenance(page=page)) for _ in range(len(head[-1]) - len(row))))
                    for row in grid.rows))
            if head is not None:
                n_own = max(0, _header_count(grid))
                # Column numbers merged by the whitespace reader ("7 8" in one cell) would read as
                # a header level: such a row is dropped, a clean one kept (its formulas help).
                own = [r for k, r in enumerate(grid.rows[:n_own])
                       if is_column_number_row([strip_markup(c.text) for c in r]) or _divides_header(out[-1], grid, k)]
                grid = replace(grid, rows=(*own, *grid.rows[n_own:]))
                n_own = len(own)
                out[-1] = replace(
                    grid,
                    rows=(*head, *grid.rows),
                    header_rows=len(head) + n_own,
                    title=out[-1].title,
                    # Where the table starts, as wide as its body (the next page lines up with that).
                    provenance=_started(out[-1].provenance, grid.provenance),
                    repaired_rows=frozenset(i + len(head) for i in grid.repaired_rows),
                )
                last_page[-1] = page
                continue
        repeated = _header_repeated_below(out[-1], last_page[-1], grid, first_on_page) if out else None
        if repeated is not None:
            # The header at the foot of the page is printed again over the body on this one:
            # the rows under it there (headings without figures) start that body.
            prev = out[-1]
            grid, _ = _body_under_header(replace(prev, rows=prev.rows, header_rows=repeated), grid, after_numbers=False)
            out[-1] = replace(grid, title=prev.title, provenance=_started(prev.provenance, grid.provenance))
            last_page[-1] = page
            continue
        finer = _finer_repeat(out[-1], last_page[-1], grid, first_on_page) if out else None
        if finer is not None:
            prev = out[-1]
            body, kept = _body_under_header(replace(prev, header_rows=finer), grid, after_numbers=False)
            if len(kept.rows) == finer:
                out[-1] = replace(body, title=prev.title, provenance=_started(prev.provenance, body.provenance))
                last_page[-1] = page
                continue
        if out and _split_below(out[-1], last_page[-1], grid):
            remapped = remap_columns(grid, out[-1])
            if remapped is not None:
                prev = out[-1]
                out[-1] = replace(prev, rows=prev.rows + remapped.rows, header_rows=_header_count(prev),
                                  repaired_rows=prev.repaired_rows | frozenset(i + len(prev.rows) for i in grid.repaired_rows))
                continue
        drop = continuation_rows(out[-1], last_page[-1], grid, first_on_page=first_on_page, settings=s) if out else None
        if drop is None and out and _may_remap(out[-1], last_page[-1], grid, first_on_page):
            remapped = remap_columns(grid, out[-1])
            if remapped is not None:
                # Put under the previous page's columns, it lines up with them by construction.
                loose = replace(s, continuation_tolerance=float("inf"))
                drop = continuation_rows(out[-1], last_page[-1], remapped, first_on_page=first_on_page, settings=loose)
                grid = remapped if drop is not None else grid
        if drop is None and out and _header_misread_apart(out[-1], last_page[-1], grid, first_on_page):
            # The header repeated on this page, one of its copies misread (v4490: wrapped lines of
            # the first page's came out as rows of their own): one table, under the better copy.
            out[-1] = better_header(out[-1], _header_count(out[-1]), grid, _header_count(grid))
            drop = _header_count(grid)
        if drop is None:
            out.append(grid)
            last_page.append(page)
            continue
        if drop > 0 and header_copies(out[-1], _header_count(out[-1]), grid, drop):
            out[-1] = better_header(out[-1], _header_count(out[-1]), grid, drop)
        prev = years_from_repeat(out[-1], grid) if drop > 0 else out[-1]
        offset = len(prev.rows) - drop
        out[-1] = replace(
            prev,
            rows=prev.rows + grid.rows[drop:],
            header_rows=_header_count(prev),
            repaired_rows=prev.repaired_rows | frozenset(i + offset for i in grid.repaired_rows if i >= drop),
        )
        last_page[-1] = page
    return _rests_in_lines(out, last_page, lines)


# How far (points) a line may stand out of the names' column and still be printed in it.
_COLUMN_SLACK = 3.0


def _rests_in_lines(grids: list[Grid], last_page: Sequence[int | None], lines: Sequence[TextLine]) -> list[Grid]:
    """``grids`` with the rest of a name cut at a page's foot put back into its row, when the
    next page prints no table above it and it came out as a line of running text: the top line
    of that page, inside the names' column, reading as the name's rest (``_goes_on_name``), under
    a table that ends the page before (v13760 by Writer: "Trong đó: Tỷ lệ doanh nghiệp ... vùng
    đồng" at page 1's foot, "bào dân tộc thiểu số" over the signatures of page 2). The line stays
    in the running text too. Text layer only: OCR'd lines place words too loosely for this."""
    out = list(grids)
    for k, (grid, page) in enumerate(zip(out, last_page, strict=True)):
        if page is None or grid.method not in ("words", "pdfplumber-lines") or not grid.rows:
            continue
        nxt = [ln for ln in lines if ln.provenance.page == page + 1 and ln.provenance.bbox]
        last = grid.rows[-1]
        bottoms = [c.provenance.bbox[3] for c in last if c.provenance.page == page and c.provenance.bbox]
        if not nxt or not bottoms:
            continue
        # Nothing under the table on its page: no running text, no other table.
        foot = max(bottoms)
        if any(ln.provenance.page == page and ln.provenance.bbox and ln.provenance.bbox[1] >= foot for ln in lines) or any(
                g.provenance.page == page and g.provenance.bbox and g.provenance.bbox[1] >= foot for g in grids):
            continue
        top = min(nxt, key=lambda ln: ln.provenance.bbox[1] if ln.provenance.bbox else 0.0)
        box = top.provenance.bbox
        assert box is not None
        if any(g.provenance.page == page + 1 and g.provenance.bbox and g.provenance.bbox[1] < box[3] for g in grids):
            continue
        # The caption of the next page's table is no rest of a name: "BIỂU 06" over "ĐÁNH GIÁ KẾT
        # QUẢ ..." (v18145 by Chromium) went into the name of the last row above, "... (Sì Thầu
        # Chải, Lao Chải 1, Bản Thẳm) BIỂU 06".
        if any(g.provenance.page == page + 1 and g.title and fold(g.title).startswith(fold(top.text)) for g in grids):
            continue
        _, names = _label_columns(grid)
        ranges = column_ranges(grid)
        j = next((j for j in sorted(names) if j < len(ranges) and (r := ranges[j]) is not None
                  and r[0] - _COLUMN_SLACK <= box[0] and box[2] <= r[1] + _COLUMN_SLACK), None)
        if j is None or j >= len(last):
            continue
        above, rest = strip_markup(last[j].text), strip_markup(top.text)
        if not above or not rest or _LIST_MARK_RE.match(rest) or is_value(rest) or not _goes_on_name(above, rest):
            continue
        text = " ".join([top.text, *(ln.text for ln in _lines_under(top, nxt, ranges[j]))])
        joined = tuple(replace(c, text=f"{c.text} {text}".strip()) if i == j else c for i, c in enumerate(last))
        out[k] = replace(grid, rows=(*grid.rows[:-1], joined))
    return out


def _lines_under(top: TextLine, lines: Sequence[TextLine], column: tuple[float, float] | None) -> list[TextLine]:
    """The lines wrapped under ``top`` in its cell (``column``): each right below the one before
    (less than a line's height between), starting where it starts, in lower case. A name cut after its second line goes on
    for several lines on the next page ("hóa và liên thông / với tỉnh, Trung / ương", v16480 by
    Writer): joined with its first line only, the name stayed cut and its row did not match."""
    box = top.provenance.bbox
    assert box is not None
    height = box[3] - box[1]
    out: list[TextLine] = []
    below = sorted((ln for ln in lines if ln.provenance.bbox and ln.provenance.bbox[1] > box[1]),
                   key=lambda ln: ln.provenance.bbox[1] if ln.provenance.bbox else 0.0)
    bottom = box[3]
    for ln in below:
        b = ln.provenance.bbox
        assert b is not None
        text = strip_markup(ln.text)
        if (column is None or b[1] - bottom > height or abs(b[0] - box[0]) > 0.5 * height or b[2] > column[1] + _COLUMN_SLACK
                or not text or _LIST_MARK_RE.match(text) or is_value(text) or text[:1].isupper()):
            break
        out.append(ln)
        bottom = b[3]
    return out


def _header_misread_apart(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> bool:
    """Does ``grid``, the first table of the page after ``prev``'s last, without a caption and as
    wide, start with a copy of ``prev``'s header that OCR, or the whitespace reader, read
    otherwise (``header_copies``)?"""
    page = grid.provenance.page
    if grid.title is not None or page is None or prev_last_page is None or page != prev_last_page + 1 or not first_on_page:
        return False
    return _width(prev) == _width(grid) and header_copies(prev, _header_count(prev), grid, _header_count(grid), words=True)


def grid_pages(grid: Grid) -> list[int | None]:
    """The page of each row of a grid (its first cell's page): where a stitched table breaks."""
    return [row[0].provenance.page if row else None for row in grid.rows]


__all__ = ["column_ranges", "continuation_rows", "grid_pages", "stitch_grids"]


def _label_columns(prev: Grid) -> tuple[set[int], set[int]]:
    """``prev``'s number ("STT") and names ("Chỉ tiêu") columns, as its header names them; without
    a header, its first two columns. A header whose first column is the names' ("Các chỉ tiêu chủ
    yếu", numbered "1.9 Tỷ lệ ..." inside the name) has no number column."""
    numbers: set[int] = set()
    names: set[int] = set()
    for row in _header_texts(prev, max(0, _header_count(prev))):
        # The column numbers under a header ("1 2 3 ...", "(1) (2) ...") name no column.
        if is_column_number_row(" ".join(row).split()):
            continue
        for j, t in enumerate(row):
            kind = read_header(t).kind if t.strip() else None
            if kind == "number":
                numbers.add(j)
            elif kind == "indicator":
                names.add(j)
    if not names:
        return (numbers or {0}), {1}
    # The first column is taken for the numbers only if the header does not name it the names':
    # else the rest of a name cut at the page break would count as text under a number.
    return (numbers or {0} - names), names


def _spill_candidate(prev: Grid, grid: Grid) -> int | None:
    """The row of ``grid`` a row cut at the foot of the page before would continue in: its first
    row, or the first under a repeat of ``prev``'s header (and its column numbers)."""
    header = _header_texts(prev, max(0, _header_count(prev)))
    for i, row in enumerate(grid.rows):
        texts = [strip_markup(c.text) for c in row]
        if not any(t.strip() for t in texts):
            continue
        if texts in header or is_column_number_row(" ".join(texts).split()):
            continue
        if i == 0 and header and is_header_repeat(header, grid):
            # Up to the first row the header does not repeat (``_repeated_rows``): a cut row's rest
            # read into the repeat as a row of its own is what goes on.
            n = _header_count(grid)
            n = min(n, _repeated_rows(header, _header_texts(grid, max(0, n))))
            if n == _header_count(grid):
                n = _rows_of_header(header, grid, n)
            return n if 0 < n < len(grid.rows) else None
        return i
    return None


# A name of its own starting in lower case: a list item ("a) Diện tích lúa").
_LIST_MARK_RE = re.compile(r"^[a-zđ][.)]\s")


def _new_header(texts: Sequence[str]) -> bool:
    """Does a row, in its own grid's columns, name a row-number column first ("STT") and a value
    column with its period ("Chỉ tiêu 2024 (%)")? That is the header of a table starting at the top
    of the page, never the rest of a row cut at the page break: no cut row prints its rest in the
    numbers' column. Read under the table above, whose numbers stand in its names' column ("1.
    Doanh thu ..."), the header's "STT" and a name cell OCR left as noise went into that table's
    last name and the new table came out without a header (dev scan v29720: "Tỷ lệ lao động qua đào
    tạo STT ỞÝ.” ..." and 13 cells lost)."""
    printed = [t.strip() for t in texts if t.strip()]
    if not printed or read_header(printed[0]).kind != "number":
        return False
    return any(read_header(t).kind not in (*LAYOUT_KINDS, "other") and header_period(t) is not None for t in printed[1:])


def _spilled_row(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool, *,
                 through: bool = False) -> tuple[int, tuple[GridCell, ...]] | None:
    """A row cut at the foot of the page before, its longest cells' paragraphs continued at the top
    of this one (Chromium, Word and LibreOffice split a row taller than the room left; v0315):
    ``grid``'s first body row on the next page, with no number and no figures of its own, whose
    every cell lies under a column where ``prev``'s last row prints text. Returns that row's index
    in ``grid`` and the row under ``prev``'s columns.

    A name column's text alone would also be a heading printed without a number ("Lĩnh vực xã
    hội"): it is taken for the rest of a name only when it reads as one (``_goes_on_name``: in
    lower case, mid-sentence, or after a name cut on a comma), and not as a list item ("a) ...").

    ``through``: ``prev``'s last row filled the page before with its spill, so it goes on there
    though its cells start on an earlier page (v13990 by Writer: one row over pages 2 to 4)."""
    page = grid.provenance.page
    if (grid.title is not None or not first_on_page or page is None or prev_last_page is None
            or page != prev_last_page + 1 or not grid.rows or len(prev.rows) <= max(0, _header_count(prev))):
        return None
    last = prev.rows[-1]
    if not through and not any(c.provenance.page == prev_last_page and c.text.strip() for c in last):
        return None
    i = _spill_candidate(prev, grid)
    if i is None:
        return None
    texts = [strip_markup(c.text) for c in grid.rows[i]]
    if is_body_row(texts) or any(t.strip() and (is_value(t) or is_row_label(t)) for t in texts):
        return None
    # A row of periods is a header's, never a cut row's rest: the next table's "2023 | Ước 2024 |
    # Ước lũy kế 2021-2024", under a header that shares the label columns and one head with the
    # table above ("TT | Tên chỉ tiêu | ĐVT | Mục tiêu …", ``is_header_repeat``'s loose match), went
    # into that table's last row and the next table's figures came out without their years (v7640).
    printed = [t for t in texts if t.strip()]
    if len(printed) >= 2 and all(header_period(t) is not None for t in printed):
        return None
    if _new_header(texts):
        return None
    moved = remap_columns(replace(grid, rows=(grid.rows[i],), header_rows=0), prev)
    if moved is None:
        return None
    row = moved.rows[0]
    numbers, names = _label_columns(prev)
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    if not filled or any(j in numbers for j in filled):
        return None
    for j in filled:
        above = strip_markup(last[j].text) if j < len(last) else ""
        if not above.strip() or is_value(above):
            return None
        name = strip_markup(row[j].text).strip()
        if j in names and (_LIST_MARK_RE.match(name) or not _goes_on_name(above, name)):
            return None
    return i, row


# A name cut after one of these words (or a comma) has not ended: the words that follow go on.
_OPEN_WORDS = frozenset(("và", "của", "với", "các", "cho", "trong", "được", "có", "là", "theo", "tại", "về", "đến",
                         "từ", "trên", "hoặc", "những", "để", "bằng", "thuộc"))
# The words a place's name follows ("xã Hồ Thầu", "thị trấn Tam Đường").
_PLACE_WORDS = frozenset(("xã", "huyện", "tỉnh", "phường", "trấn", "thôn", "bản", "xóm", "ấp", "buôn", "làng"))
# The marks a text cut before them goes on with: a comma, a semicolon, a closing bracket.
_GOES_ON_MARKS = frozenset(",;)")
# A child marker, in capitals, starts a list of parts: never the rest of a name.
_MARKER_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\b")
# A section number in Roman numerals (I to XXXIX), with or without its dot.
_ROMAN_RE = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\.?$")
# An acronym alone in its bracket ("(LGSP)"): the abbreviation of the name printed before it.
_BRACKETED_ACRONYM_RE = re.compile(r"^\([A-ZĐ][A-ZĐ0-9]+\)[,;.]?$")
# A word in capitals ("OCOP", "NTM", "UBND") that a name goes on with in small letters.
_ACRONYM_RE = re.compile(r"^[A-ZĐ]{2,}[,;]?$")


def _spill_goes_on(prev: Grid, grid: Grid, i: int) -> tuple[GridCell, ...] | None:
    """After a spilled row was joined into ``prev``'s last row (``_spilled_row``), ``grid``'s row
    ``i`` (the next one) under ``prev``'s columns when it is more of that row: a row taller than
    the page, its paragraphs continued over a whole page, comes out as several rows where a line
    starts with a figure (v13990 by Writer: "1.090 đàn ong. Thê tích ..." and "15.913 m3. Phát
    triển ..." under three columns of running text, no name, no number). It prints no number, no
    name and no figure of its own, and text only under columns where that last row prints text.
    A diff of two prints whose page breaks fall elsewhere read those pieces as nameless rows whose
    texts all changed."""
    if i >= len(grid.rows) or grid.rows[i][0].provenance.page != grid.provenance.page:
        return None
    if _divides_header(prev, grid, i):
        return None
    moved = remap_columns(replace(grid, rows=(grid.rows[i],), header_rows=0), prev)
    if moved is None:
        return None
    row = moved.rows[0]
    # Judged under ``prev``'s columns: the page's first column here is a column of running text,
    # whose "1.090 đàn ong" would read as a row number.
    texts = [strip_markup(c.text) for c in row]
    if is_body_row(texts) or any(t.strip() and (is_value(t) or is_row_label(t)) for t in texts):
        return None
    numbers, names = _label_columns(prev)
    last = prev.rows[-1]
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    if not filled or any(j in numbers or j >= len(last) for j in filled):
        return None
    if any(not (above := strip_markup(last[j].text)).strip() or is_value(above) for j in filled):
        return None
    # The name's own wrapped lines, when the whole row is its rest (v14410 by Writer: "Tỷ lệ số xã,
    # phường, thị trấn" cut at the foot of page 1, "tại các huyện, thành phố được / thu gom, xử lý
    # rác thải sinh / hoạt" on page 2 read as three rows; only the first was joined, the name came
    # out cut and a diff of a copy paginated otherwise reported it removed and added). It must read
    # as going on from the name so far, as the first piece did (a heading does not).
    for j in filled:
        if j in names:
            name = strip_markup(row[j].text).strip()
            if _LIST_MARK_RE.match(name) or not _goes_on_name(strip_markup(last[j].text), name):
                return None
    return row


def _goes_on_name(above: str, rest: str) -> bool:
    """Does the names' column's text ``rest``, at the top of the next page, read as the rest of
    the name ``above``, cut at the foot of the page before? It starts in small letters (mid-
    sentence), or ``above`` stopped on a comma or a word that cannot end a name ("... liên
    thông với tỉnh," over "Trung ương", v4200 by Writer), or it starts with a word in capitals
    and goes on in small letters ("... sản phẩm" over "OCOP, nông sản gắn với ...", v4250). A
    heading printed without a number ("Lĩnh vực xã hội", "Trong đó:") does none of these."""
    # Also inside a bracket or quotes opened mid-sentence ("... sử dụng dịch vụ số" over "(chăm
    # sóc sức khỏe từ xa, ...)", v14740 by Writer: the bracket was left out of the name).
    if rest.lstrip("(“\"'")[:1].islower():
        return True
    if _MARKER_RE.match(fold(rest)):
        # "Chia ra:" opening the parts of the row above (v11065's edited copy by Writer, under
        # "... ngân sách cấp trên": glued to that name, the row read as removed and added).
        return False
    words = above.split()
    if words and (words[-1].endswith(",") or words[-1].lower() in _OPEN_WORDS):
        return True
    # No name, heading or note starts on a mark that ends or goes on a clause (", Bản Thẳm)").
    if rest[:1] in _GOES_ON_MARKS:
        return True
    first, *others = rest.split()
    # A count printed with its zero ("... với tốc độ trên 01" over "Gbps/s", v19330 by Writer) is
    # followed by what it counts: a name ending on a number prints it bare ("mức độ 4").
    if words and ZERO_COUNT_RE.match(words[-1]) and not _ROMAN_RE.match(first):
        return True
    # Cut inside a bracket the name opened ("... công nhận (Sì Thầu Chải, Lao Chải" over "1, Bản
    # Thẳm)", v17020 by Writer): a name does not end with its bracket open, so what follows is its
    # rest, whatever it starts with (here a figure of the list, no row number: it lies in the
    # names' column, not the numbers'). Not when the rest opens a bracket of its own first (a
    # note, "(Theo số liệu thống kê)") or is a section in Roman numerals heading the rows below.
    if open_brackets(above) and not rest.lstrip().startswith("(") and not _ROMAN_RE.match(first):
        return True
    # An acronym alone in its bracket ("... trục liên thông dữ liệu cấp tỉnh" over "(LGSP)", v18390
    # by Writer) abbreviates the words before it; a note in brackets is words, not one acronym.
    if _BRACKETED_ACRONYM_RE.match(rest.strip()):
        return True
    # So does a bracket of proper names listing what the words before it count ("... các bản du
    # lịch đã được công nhận" over "(Sì Thầu Chải, Lao Chải 1, Bản Thẳm)", v21305 by Writer, under
    # the repeated header and its column numbers). A note in brackets is a sentence in small
    # letters ("(Theo số liệu thống kê)").
    if _bracketed_names(rest):
        return True
    # Cut inside a place's name, after its first syllable ("... Sì Thầu Chải, xã Hồ" over "Thầu
    # thành sản phẩm OCOP du lịch", v8050 by Writer): a place is named in two syllables or more.
    # (Not after a closed bracket or a full stop: "... Lao Chải 1, Bản Thẳm)" has ended.)
    if (len(words) >= 2 and words[-2].lower() in _PLACE_WORDS and words[-1][:1].isupper() and words[-1][-1:].isalpha()
            and rest[:1].isupper()):
        return True
    # Cut before a proper name ("... Tuần Văn hóa du lịch huyện" over "Tam Đường", v21205 by
    # Writer; "... tổ chức hoạt động" over "Tuần Văn hóa du lịch huyện Tam Đường", v22840; both
    # under the repeated header): the rest starts with two capitalised syllables. A heading is
    # written in small letters after its first ("Lĩnh vực xã hội"), a row of its own naming a place
    # starts with its kind ("Xã Bản Giang"), and a name ended by a full stop or colon goes on no more.
    if (words and not above.rstrip().endswith((".", ":")) and others
            and _capitalised(first) and _capitalised(others[0]) and first.lower() not in _PLACE_WORDS):
        return True
    # A section's number in Roman numerals before a capitalised title ("III Tài nguyên và môi
    # trường" at the top of page 2, v16730 by Chromium, the STT printed inside the name) heads the
    # rows below: no acronym a name goes on with.
    if _ROMAN_RE.match(first) and others and others[0][:1].isupper():
        return False
    # An acronym alone is no row's name ("… cung cấp" over "DVC", v22220 by Writer, under the
    # repeated header): rows are named in words, and a section in Roman numerals is read above.
    # Nor is it a column's name: "TT", "ĐVT", "KH" alone at the top of a page head a column of the
    # header printed there ("… xử lý rác thải sinh hoạt" over "TT", text v24276: glued to the name,
    # the next page's table lost its header).
    if (not others and _ACRONYM_RE.match(first) and not _ROMAN_RE.match(first) and not above.rstrip().endswith((".", ":"))
            and read_header(first.rstrip(",;")).kind == "other"):
        return True
    return bool(_ACRONYM_RE.match(first)) and any(w[:1].islower() for w in others) and not rest.endswith(":")


def _capitalised(word: str) -> bool:
    """A syllable of a proper name: a capital, then small letters ("Đường", "Thẳm"; not "CHỈ", "1",
    nor a Roman "I")."""
    word = word.rstrip(",;)")
    return len(word) >= 2 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _bracketed_names(text: str) -> bool:
    """Is ``text`` one bracket of proper names and figures, items parted by commas ("(Sì Thầu Chải,
    Lao Chải 1, Bản Thẳm)")? Each item starts with a capitalised syllable and holds no word in
    small letters."""
    text = text.strip().rstrip(",;.")
    if not (text.startswith("(") and text.endswith(")")) or "(" in text[1:] or ")" in text[:-1]:
        return False
    items = [item.split() for item in text[1:-1].split(",")]
    return all(item and _capitalised(item[0]) and all(_capitalised(w) or w.isdigit() for w in item) for item in items)


def _glued(text: str, rest: str) -> str:
    """``text`` and the rest printed after it on the next page: a space between, but none before a
    comma, a semicolon or a closing bracket (", Bản Thẳm)")."""
    rest = rest.strip()
    return f"{text.rstrip()}{rest}" if rest[:1] in _GOES_ON_MARKS else f"{text} {rest}".strip()


def _join_spill(prev: Grid, grid: Grid, i: int, row: Sequence[GridCell]) -> tuple[Grid, Grid]:
    """``prev`` with the spilled row's texts put at the end of its last row's cells, and ``grid``
    without that row."""
    last = prev.rows[-1]
    joined = tuple(
        replace(c, text=_glued(c.text, row[j].text)) if j < len(row) and row[j].text.strip() else c
        for j, c in enumerate(last)
    )
    prev = replace(prev, rows=(*prev.rows[:-1], joined))
    header = grid.header_rows - 1 if grid.header_rows > i else grid.header_rows
    grid = replace(grid, rows=(*grid.rows[:i], *grid.rows[i + 1:]), header_rows=header,
                   repaired_rows=frozenset(k - 1 if k > i else k for k in grid.repaired_rows if k != i))
    return prev, grid


def _cut_header_row(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> tuple[int, tuple[GridCell, ...]] | None:
    """A header row cut at the foot of a page, the rest of its cells' lines at the top of the next
    (LibreOffice and Word split a header row taller than the room left; v0235 printed by Writer:
    "Số | Nội dung chỉ tiêu | Đơn vị | Kế hoạch | Ước thực | Đánh giá" alone on page 1, "TT | năm
    2025 | hiện năm 2025" over page 2's column numbers). ``prev`` is that header alone, and
    ``grid``'s first row, read into its header and no column numbers nor a repeat of ``prev``'s
    header, prints each of its texts under a column whose cell in ``prev``'s last row has text,
    and no figure. Returns 0 and that row under ``prev``'s columns (for ``_join_spill``); read
    otherwise the rest came out as a header of its own, or as body rows ("A B C 1 2 3" a row named
    "B"), and the columns lost their periods."""
    if not _under_lone_foot_header(prev, prev_last_page, grid, first_on_page) or _header_count(grid) < 1:
        return None
    texts = [strip_markup(c.text) for c in grid.rows[0]]
    head = _header_texts(prev, len(prev.rows))
    # A year is a period of the header, not a figure ("Năm" over "2025" under each of five columns, v13800).
    if (not any(t.strip() for t in texts) or is_column_number_row(" ".join(texts).split()) or texts in head
            or is_header_repeat(head, grid) or is_body_row(texts)
            or any(t.strip() and is_value(t) and not _YEAR_RE.match(t.strip()) for t in texts)):
        return None
    # Two texts or more under one of ``prev``'s cells are the next level of its header, not a cut
    # cell's rest (v23630 by Writer: "2024 | 2025 | 2030" under "Mục tiêu", the header alone on
    # page 1): glued into that cell as its rest, the three target columns all read "Mục tiêu 2024
    # 2025 2030" and took 2024 for their period.
    if _divides_header(prev, grid, 0):
        return None
    # Put under ``prev``'s columns by this page's columns as all its rows draw them: alone, a row
    # whose cells merge over columns ("Năm 2023" over "Kế hoạch | Ước thực hiện", v20910 by Writer:
    # the merged cells' rest, empty, at the top of page 2) gives two columns one range, not left
    # to right, and was never moved.
    moved = remap_columns(replace(grid, header_rows=0), prev)
    if moved is None:
        return None
    row = moved.rows[0]
    if any(c.text.strip() and not _goes_on_header(prev, j) for j, c in enumerate(row)):
        return None
    return 0, row


def _goes_on_header(head: Grid, j: int) -> bool:
    """Does column ``j`` of ``head`` (a header alone at a page's foot) print text its cut row
    would go on with: text in its last row, or a cell merged down through the header's rows, its
    text at their top (v13800: "Số thứ" in one cell over both rows, beside "Mức chỉ tiêu" over
    "Năm"; "tự" on page 2)."""
    last = head.rows[-1]
    if j >= len(last):
        return False
    if strip_markup(last[j].text):
        return True
    box = last[j].provenance.bbox
    return box is not None and any(j < len(r) and strip_markup(r[j].text) and r[j].provenance.bbox == box
                                   for r in head.rows[:-1])


def _repeat_read_in_lines(prev: Grid, prev_last_page: int | None, grid: Grid, first_on_page: bool) -> int:
    """How many of the first rows of ``grid``, the first table of the page after ``prev``'s last
    and under no caption, are ``prev``'s header printed again there and read line by line (0 if
    none): rows of no figure but years, that are no body row, whose words are the header's
    words, with more rows under them. v8200's edited copy by Writer: the repeat's tall cells,
    their texts mid-row, came out as five lines ("Chỉ tiêu" once over five columns, "năm", then
    "2025 2030 ..."), over the rest of a name cut at the page break ("tổ chức được phép khác"):
    that rest was not found under them, and the lines became nameless rows of the table."""
    page = grid.provenance.page
    n = _header_count(prev)
    # A repeat read with a header row of its own counts too when it is nothing but header lines
    # (v14550 by Writer: the repeat over a name's rest read as a line of text, "triển (R&D)",
    # came out as a table of eight header lines, doubted, and the name stayed cut).
    if (grid.title is not None or not first_on_page or page is None or prev_last_page is None
            or page != prev_last_page + 1 or n <= 0
            or (_header_count(grid) > 0 and not _header_lines(_texts(grid.rows)))):
        return 0
    if len(prev.rows) <= n or _bodiless(prev):
        return 0  # a header alone at the page's foot: its repeat is matched line by line elsewhere
    header = _header_texts(prev, n)
    want = set(_words(prev.rows[:n]))
    # Read as a header, its first row the header's first row whole: the usual continuation drops
    # it. A first row that only looks like it ("Số | Chỉ tiêu" × 5 over "Số TT | Hạng mục | ĐVT |
    # Chỉ tiêu năm 2025 …", v32170 by Writer, the rest of the lines below) is the repeat's first line.
    if is_header_repeat(header, grid) and set(_words(grid.rows[:1])) >= set(_words(prev.rows[:1])):
        return 0
    if len(want) < 3:
        return 0
    for k in range(1, min(_HEADER_LINES, len(grid.rows)) + 1):
        texts = [strip_markup(c.text) for c in grid.rows[k - 1]]
        if not is_column_number_row(texts) and (
                is_body_row(texts) or any(t.strip() and is_value(t) and not _YEAR_RE.match(t.strip()) for t in texts)):
            return 0
        got = set(_words(grid.rows[:k]))
        if not got <= want:
            return 0
        if got == want:
            # A word the header prints twice ("2024" in "Năm 2024" and in "UTH 2025/TH 2024") is
            # in the set once its first line is read: the lines still owed it are the repeat's
            # too (v33620 by Writer: the lone "2024" under "2025/TH" was left as a nameless row,
            # and the name's rest under it, "10% trở lên", stayed cut). Counted, not as a set, so
            # a line only goes with the repeat while the header still owes its words.
            owed = _words(prev.rows[:n])
            while k < len(grid.rows) and _owed_header_line(grid.rows[k], owed - _words(grid.rows[:k])):
                k += 1
            # Its column numbers ("A B C 1 2 3", v5509 by Writer) go with it: kept, they were a
            # body row named "B" with figures 1 to 4. So may everything on the page: a table
            # that ended at the foot of the page before, its header repeated over no row.
            while k < len(grid.rows) and is_column_number_row([strip_markup(c.text) for c in grid.rows[k]]):
                k += 1
            return k
    return 0


def _owed_header_line(row: Sequence[GridCell], owed: Counter) -> bool:
    """Is ``row`` one more line of a repeated header whose words ``owed`` are still unprinted: a
    line of no body row and no figure but years, every word of it owed?"""
    texts = [strip_markup(c.text) for c in row]
    got = _words([row])
    return (bool(got) and not is_body_row(texts) and not is_column_number_row(texts)
            and not any(t.strip() and is_value(t) and not _YEAR_RE.match(t.strip()) for t in texts)
            and not got - owed)


def _header_repeated_apart(prev: Grid, prev_last_page: int | None, grid: Grid, body: Grid | None) -> bool:
    """Is ``grid``, the first table of the page after ``prev``'s last, ``prev``'s header printed
    again there and read apart from its body (``body``, the next table on that page, under no
    header and no caption)? Its lines, rows of no figure, hold the same words as ``prev``'s
    header (v5550 by Writer: a tall header row whose cells' text sits mid-row, far above the body
    rows; read as five rows of its own, "2025" in "Chỉ tiêu năm 2025" was taken for a figure of
    the table above).

    The body may start with a heading read as its header ("Văn hóa - Xã hội", one cell naming no
    column), and the repeat's lines may print a year alone ("2024" under "Ước thực hiện năm"):
    v8108's edited copy by Writer, whose repeat became a table of nameless rows and its body a
    table of its own, every column's role lost."""
    page = grid.provenance.page
    if (body is None or grid.title is not None or body.title is not None or page is None or prev_last_page is None
            or page != prev_last_page + 1 or body.provenance.page != page):
        return False
    n_body = _header_count(body)
    if n_body > 0 and _column_names(_header_texts(body, n_body)) >= 2:
        return False
    if not _header_lines(_texts(grid.rows)):
        return False
    n = _header_count(prev)
    if n <= 0 and _header_lines(_texts(prev.rows)) and prev.provenance.page == prev_last_page:
        # ``prev`` a header alone at the foot of the page before, read as lines without a header
        # (v9625's edited copy by Writer: "2022" alone on a line, a column-number row under it):
        # the repeat prints all of it again, and the body goes under it.
        n = len(prev.rows)
    want = _words(prev.rows[:n]) if n > 0 else Counter()
    return sum(want.values()) >= 3 and _words(grid.rows) == want


def _header_lines(texts: Sequence[Sequence[str]]) -> bool:
    """Rows that can be a header's lines read apart: no body row, no figure but years, column
    numbers allowed."""
    return bool(texts) and len(texts) <= _HEADER_LINES and all(
        is_column_number_row(r) or not (is_body_row(r) or any(
            t.strip() and is_value(t) and not _YEAR_RE.match(t.strip()) for t in r)) for r in texts)

