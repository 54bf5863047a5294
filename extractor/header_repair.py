"""Headers OCR misread, repaired from the rest of the page and from the header's repeat.

On a 200 dpi or skewed scan one misread header cell costs its whole column, and a header's
wrapped lines can come out as body rows of their own (v4490, unruled: "Mục tiêu NQ ĐH (nhiệm kỳ"
over a row "229.325)", "Ước thực hiện giai đoạn 2021" over "-2024", down to the column-number row).
A table continued over pages prints its header again on each page, one copy often read well where
another was not. Repairs, all on grids read by OCR:

- ``without_rule_rows``: a rule read as a row of dashes is no header line.
- ``phantom_columns_dropped`` (``extractor.phantom_columns``): a strip of ink the layout read as
  an empty column under a group title goes, the title heading the columns beside it.
- ``header_down_to_numbers``: the rows between a header and its column-number row are the
  header's (nothing else is printed there); a line under a cell is that cell's wrapped text.
- ``header_down_to_figures``: with no column-number row, the lines above the first figure that a
  one-line header naming no names column leaves under it, when they make it read better.
- ``wrapped_years_shared``: two neighbours' wrapped years read under the right one ("Mục tiêu" beside
  "Mục tiêu năm 2024 năm 2030") are given back one to each.
- ``header_copies`` and ``better_header``: of two copies of one header, the one that names more
  columns (roles with their periods, ratios with what they divide) and none twice.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from statistics import fmean

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from extractor.colnumbers import damaged_mark, numbers_row
from extractor.evidence import name_column
from extractor.grid import REPEATS_MERGED_TEXT, Grid, GridCell
from extractor.headers import LAYOUT_KINDS, header_to_columns, join_header_rows, read_header
from extractor.model import bbox_union
from extractor.pdf_words import is_value
from extractor.phantom_columns import phantom_columns_dropped
from extractor.rows import heading_out_of_header, split_header
from normalizers.text import fold, strip_markup

# How many rows under a header may be its wrapped lines before the column-number row.
_MAX_WRAPPED_ROWS = 8
_VALUE_ROLES = ("target", "plan", "actual", "estimate")
# Two copies of one header: their columns' joined texts this alike on average (token set ratio).
_ALIKE = 75.0


def _texts(row: Sequence[GridCell]) -> list[str]:
    return [strip_markup(c.text).strip() for c in row]


def _spans(row: Sequence[GridCell], j: int) -> bool:
    """Is cell ``j`` a group title over several columns, its text and box repeated in its
    neighbours? Two cells misread alike ("Ước thực hiện giai đoạn 2021" over "-2024" and over
    "- 2025") keep boxes of their own."""
    cell = row[j]
    return bool(cell.text.strip()) and any(
        0 <= k < len(row) and row[k].text == cell.text and row[k].provenance.bbox == cell.provenance.bbox for k in (j - 1, j + 1)
    )


def _rule_only(texts: Sequence[str]) -> bool:
    """A row of dashes alone ("— - - -"): a printed rule OCR read as text, no header line."""
    filled = [t for t in texts if t]
    return bool(filled) and not any(ch.isalnum() for t in filled for ch in t)


def without_rule_rows(grid: Grid) -> Grid:
    """``grid`` without the leading rows of its header that are a rule OCR read as dashes (v3240:
    "— - - -" over a continuation page's first row was taken for its header, and the page's
    rows became a table of their own under no header, their figures dropped)."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    k = 0
    while k < n and _rule_only(_texts(grid.rows[k])):
        k += 1
    if k == 0:
        return grid
    return replace(grid, rows=grid.rows[k:], header_rows=n - k,
                   repaired_rows=frozenset(i - k for i in grid.repaired_rows if i >= k))


def repair_header(grid: Grid) -> Grid:
    """A scanned grid's header with the rule rows dropped, the wrapped lines put back and year
    group titles split over two columns joined."""
    return figures_under_their_headers(wrapped_lines_one_level(ratio_periods_from_siblings(group_over_years(years_in_step(wrapped_years_shared(marks_off_years(year_groups_joined(
        title_over_next(title_line_apart(year_words_into_header(year_lines_into_header(header_down_to_figures(header_down_to_numbers(phantom_columns_dropped(
            without_rule_rows(marker_rows_no_header(grid)))))))))))))))))


def title_line_apart(grid: Grid) -> Grid:
    """``grid`` with a group title that OCR read into the line of the column heads under it put on
    a line of its own, and the head it pushed down a row put back in its place. Dev scan v23270
    (skewed, unruled): "Mức chỉ tiêu" over "Năm | Năm 2030 | Năm 2035 | Năm 040 | Năm 2045" came
    out as "Năm | Năm 2030 | Mức chỉ tiêu | Năm 040 | Năm 2045" with "Năm 2035" in the next row,
    the section heading's; no year column was a target and 30 figures were lost.

    The boxes say it: the title lies wholly above the line its row's other cells print on (its
    bottom above their middle top), and the cell under it in the next row lies on that line (its
    top above their middle bottom), under the title, and is the only cell of its row there.
    That row is header still when it prints anything in a value column; else it is the first
    body row. OCR grids only, a header line of four cells or more."""
    n = split_header(grid)
    if n < 1 or n >= len(grid.rows) or not grid.method.startswith("ocr"):
        return grid
    for d in range(n):
        moved = _title_apart_at(grid, d, n)
        if moved is not None:
            return moved
    return grid


def _title_apart_at(grid: Grid, d: int, n: int) -> Grid | None:
    """``title_line_apart`` on header line ``d`` (of ``n``) and the row under it; None if no title."""
    row, below = grid.rows[d], grid.rows[d + 1]
    boxes = {j: b for j, c in enumerate(row) if strip_markup(c.text).strip() and (b := c.provenance.bbox) is not None}
    if len(boxes) < 4:
        return None
    for j, title in boxes.items():
        others = [b for k, b in boxes.items() if k != j]
        top, bottom = sorted(b[1] for b in others)[len(others) // 2], sorted(b[3] for b in others)[len(others) // 2]
        if title[3] > top or j >= len(below):
            continue
        head = below[j].provenance.bbox
        if head is None or not strip_markup(below[j].text).strip() or is_value(strip_markup(below[j].text).strip()):
            continue
        if not (head[1] >= title[3] and head[1] < bottom and head[0] < title[2] and head[2] > title[0]):
            continue
        on_line = [k for k, c in enumerate(below) if k != j and strip_markup(c.text).strip()
                   and (b := c.provenance.bbox) is not None and b[1] < bottom]
        if on_line:
            continue
        titles = tuple(row[j] if k == j else replace(c, text="", readings=()) for k, c in enumerate(row))
        heads = tuple(below[j] if k == j else c for k, c in enumerate(row))
        rest = tuple(replace(below[j], text="", readings=()) if k == j else c for k, c in enumerate(below))
        labels = {c.index for c in header_to_columns([_texts(heads)], spread=False) if c.role in LAYOUT_KINDS}
        still_header = d + 1 < n - 1 or any(t for k, t in enumerate(_texts(rest)) if k not in labels)
        rows = (*grid.rows[:d], titles, heads, rest, *grid.rows[d + 2:])
        header = n + 1 if still_header else n
        shift = {i: i + 1 for i in range(len(grid.rows)) if i > d}
        return replace(grid, rows=rows, header_rows=header,
                       repaired_rows=frozenset(shift.get(i, i) for i in grid.repaired_rows))
    return None


def _edit_header_pairs(grid: Grid, edit: Callable[[list[list[GridCell]], int, int], bool]) -> Grid:
    """``grid`` after ``edit(rows, depth, n)`` on each pair of header lines ``depth`` and ``depth + 1``
    of an OCR grid whose header has ``n`` >= 2 lines (the repairs of a title over its columns); ``edit``
    changes ``rows`` in place and says whether it did. Any other grid, or one no edit changed, as is."""
    n = split_header(grid)
    if n < 2 or not grid.method.startswith("ocr"):
        return grid
    rows = [list(r) for r in grid.rows]
    changed = False
    for depth in range(n - 1):
        changed = edit(rows, depth, n) or changed
    return replace(grid, rows=tuple(tuple(r) for r in rows)) if changed else grid


def title_over_next(grid: Grid) -> Grid:
    """``grid`` with a group title printed over its own column and the next, read into the first
    only, spread to the next, and that column's sub-header, read into the title's row, put under
    it. Dev scan v18300 (unruled, 200 dpi): "Năm 2025" over "Dự toán giao | Ước TH" came out as
    "Năm 2025 | Ước TH" over "Dự toán giao | ": the estimate lost its year. The evidence is the
    boxes: the title reaches over the next column's figures, and that column's text lies below
    the title's line with nothing under it in the row below. OCR grids only."""
    return _edit_header_pairs(grid, _title_over_next_at)


def _title_over_next_at(rows: list[list[GridCell]], depth: int, n: int) -> bool:
    """``title_over_next`` on header lines ``depth`` and ``depth + 1`` (of ``n``); whether it moved a cell."""
    top, under = _texts(rows[depth]), _texts(rows[depth + 1])
    changed = False
    for j in range(1, min(len(top), len(under))):
        title, cell = rows[depth][j - 1].provenance.bbox, rows[depth][j].provenance.bbox
        if not (top[j - 1] and under[j - 1] and top[j] and not under[j]) or title is None or cell is None:
            continue
        if _spans(rows[depth], j - 1) or _spans(rows[depth], j) or is_value(top[j]):
            continue
        lefts = [b[0] for r in rows[n:] if j < len(r) and (b := r[j].provenance.bbox) and _texts([r[j]])[0]]
        if not lefts or title[2] <= min(lefts) or cell[1] < title[3]:
            continue
        rows[depth + 1][j] = rows[depth][j]
        rows[depth][j] = rows[depth][j - 1]
        changed = True
    return changed


# A sub-header cell naming a year, "Năm" before it or not, a column mark glued on or not: "Năm
# 2040 7", "2035 (6)".
_YEAR_UNDER_RE = re.compile(r"^(?:năm\s+)?((?:19|20)\d\d)(?:\s*\(?\d{1,2}\)?)?$", re.IGNORECASE)


def group_over_years(grid: Grid) -> Grid:
    """``grid`` with a group title over years stepping evenly ("Mức chỉ tiêu" over "Năm 2030 |
    Năm 2035 | Năm 2040") spread to the columns beside the run whose year goes on with the step
    and whose cell in the title's row is empty ("Năm 2025" and "Năm 2045" at the run's ends, dev
    scan v13110, unruled: the title read over the middle columns only). Without the title those
    columns were no targets and their figures were lost. OCR grids only; the run is two columns
    or more of one title, and a column joins it only when its year is the step's next."""
    return _edit_header_pairs(grid, _group_over_years_at)


def _group_over_years_at(rows: list[list[GridCell]], depth: int, n: int) -> bool:
    """``group_over_years`` on header lines ``depth`` and ``depth + 1``; whether it named a column."""
    changed = False
    top, under = _texts(rows[depth]), _texts(rows[depth + 1])
    years = {j: int(m.group(1)) for j, t in enumerate(under) if (m := _YEAR_UNDER_RE.match(t))}
    j = 0
    while j < len(top):
        k = j
        while k + 1 < len(top) and top[j] and top[k + 1] == top[j]:
            k += 1
        run = range(j, k + 1)
        if k == j and top[j]:
            changed = _lone_title_over_years(rows[depth], rows[depth + 1], top, years, j) or changed
        elif k > j and all(c in years for c in run):
            step = years[j + 1] - years[j]
            if step > 0 and all(years[c + 1] - years[c] == step for c in range(j, k)):
                for c, year in ((j - 1, years[j] - step), (k + 1, years[k] + step)):
                    if 0 <= c < len(top) and not top[c] and years.get(c) == year and c < len(rows[depth]):
                        rows[depth][c] = replace(rows[depth][c], text=top[j])
                        changed = True
        j = k + 1
    return changed


def _lone_title_over_years(row: list[GridCell], below: list[GridCell], top: list[str], years: dict[int, int], j: int) -> bool:
    """A title read over one column only, its year one of a run of three or more years stepping
    evenly column by column whose other title cells are empty ("Mức chỉ tiêu" over the middle of
    "2025 | 2030 | 2035 | 2040 | 2045", dev scan v21380, unruled: OCR read the centred title as
    one word group), spread to the whole run; three of its years at least are read as years. A title over one year column alone would leave its
    neighbours named by a bare year (no role): a title printed over one column has words of its
    own over each of the others, so empty title cells over an even step of years are the one
    title's. The title's own year may have been cut and joined to the title as its wrapped line
    ("Mức chỉ tiêu 035" over an empty cell): it is taken back under the title when the step puts
    a year there that ends with those digits. Changes ``row`` and ``below`` in place; whether it did."""
    read = set(years)
    years = dict(years)
    title = top[j]
    stub = re.fullmatch(r"(\D*?)\s+(\d{2,3})", title)
    if j not in years and stub and not strip_markup(below[j].text).strip() and j - 1 in years and j + 1 in years:
        year = years[j - 1] + (years[j + 1] - years[j - 1]) // 2
        if years[j + 1] - years[j - 1] > 0 and (years[j + 1] - years[j - 1]) % 2 == 0 and str(year).endswith(stub.group(2)):
            years[j], title = year, stub.group(1).strip()
    if j not in years:
        return False
    lo = hi = j
    while lo - 1 in years and not top[lo - 1]:
        lo -= 1
    while hi + 1 in years and hi + 1 < len(top) and not top[hi + 1]:
        hi += 1
    if len(read.intersection(range(lo, hi + 1))) < 3:
        return False
    step = years[lo + 1] - years[lo]
    if step <= 0 or any(years[c + 1] - years[c] != step for c in range(lo, hi)):
        return False
    if title != top[j]:
        below[j] = replace(below[j], text=str(years[j]))
    for c in range(lo, hi + 1):
        if c < len(row):
            row[c] = replace(row[c], text=title)
    return True


# A line that opens a row's list of parts, alone in its row ("Trong đó:", "Chia ra:").
_PARTS_MARK_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\s*[:.]?$")


def marker_rows_no_header(grid: Grid) -> Grid:
    """``grid`` without a header when what its reader took for one is only a line that opens a
    list of parts ("Trong đó:" alone at the top of a continued table's page, dev scan v14350): a
    header names columns, that line names none, and as a header it kept the page from being read
    on under the previous page's header."""
    if grid.header_rows <= 0 or not grid.method.startswith("ocr"):
        return grid
    head = [[fold(t) for t in _texts(r)] for r in grid.rows[: grid.header_rows]]
    if all(any(head_row) and all(not t or _PARTS_MARK_RE.match(t) for t in head_row) for head_row in head):
        return replace(grid, header_rows=0)
    return grid


# A header's last wrapped line: a year with its column's mark or "(%)" ("2022 (4)", "2022 (%)").
_YEAR_LINE_RE = re.compile(r"^(?:19|20)\d\d\s*\((?:\s*%\s*|\d{1,2})\)$")


def year_lines_into_header(grid: Grid) -> Grid:
    """``grid`` with the rows under its header that hold only the header's last wrapped lines
    taken into it: a year with its column's mark ("Chỉ tiêu giao năm" over "2022 (4)", "Tỷ lệ
    TH/KH" over "2022 (%)", dev scan v14370, unruled, where no column-number row follows to end the
    header) is joined to the header cell above it; the column marks beside it ("C)", "()") go.
    Such a row prints no name and nothing but years with marks and marks, one year at least;
    without it the column has no period and its figures are lost."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    head = [_texts(r) for r in grid.rows[:n]]
    names = [c.index for c in header_to_columns(head, spread=_spread(grid)) if c.role == "indicator"]
    rows = [list(r) for r in grid.rows[:n]]
    end = n
    while end < min(len(grid.rows), n + 3):
        texts = _texts(grid.rows[end])
        years = [j for j, t in enumerate(texts) if _YEAR_LINE_RE.match(t)]
        if not years or any(texts[j] for j in names if j < len(texts)) or not all(
                damaged_mark(t) for j, t in enumerate(texts) if t and j not in years):
            break
        for j in years:
            above = next((i for i in range(len(rows) - 1, -1, -1) if j < len(rows[i]) and rows[i][j].text.strip()), None)
            if above is None or _spans(rows[above], j):
                return grid
            rows[above][j] = replace(rows[above][j], text=f"{rows[above][j].text.rstrip()} {texts[j]}")
        end += 1
    if end == n:
        return grid
    return replace(grid, rows=(*(tuple(r) for r in rows), *grid.rows[end:]), header_rows=n,
                   repaired_rows=frozenset(i - (end - n) for i in grid.repaired_rows if i >= end))


# A year printed alone, or what OCR left of one: its first or last digits ("2", "030" for 2030).
_YEAR_OR_PART_RE = re.compile(r"^\d{1,4}$")
_FULL_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


def year_words_into_header(grid: Grid) -> Grid:
    """``grid`` with the row under its header that prints nothing but the years of header cells
    ending in "Năm" taken into them: "Năm 2025" wrapped after "Năm" ("Mức chỉ tiêu" over "Năm"
    over "2025 | 030 | 2035 | 2040 | 2045", dev scan v16390, unruled), where no column-number row
    follows to end the header. Without its year each target column had no period, and every
    figure of the table was lost.

    Only a row that names nothing (its name columns empty), whose every filled cell lies under a
    header cell ending in "năm" and reads as a year or part of one, two full years at least,
    stepping evenly from column to column; a cell OCR cut to part of its year ("030") takes the
    year the step puts there when that year begins or ends with the digits read."""
    n = split_header(grid)
    if n <= 0 or n >= len(grid.rows) or not grid.method.startswith("ocr"):
        return grid
    head = [_texts(r) for r in grid.rows[:n]]
    names = {c.index for c in header_to_columns(head, spread=_spread(grid)) if c.role == "indicator"}
    texts = _texts(grid.rows[n])
    filled = {j: t for j, t in enumerate(texts) if t}
    if not filled or names & set(filled) or not all(_YEAR_OR_PART_RE.match(t) for t in filled.values()):
        return grid
    rows = [list(r) for r in grid.rows[:n]]
    above: dict[int, int] = {}
    for j in filled:
        i = next((i for i in range(n - 1, -1, -1) if j < len(rows[i]) and rows[i][j].text.strip()), None)
        if i is None or _spans(rows[i], j) or not fold(_texts(rows[i])[j]).endswith("nam"):
            return grid
        above[j] = i
    years = {j: int(t) for j, t in filled.items() if _FULL_YEAR_RE.match(t)}
    if len(years) < 2:
        return grid
    (j0, y0), (j1, y1) = sorted(years.items())[:2]
    if (y1 - y0) % (j1 - j0):
        return grid
    step = (y1 - y0) // (j1 - j0)
    if step <= 0 or any(y != y0 + step * (j - j0) for j, y in years.items()):
        return grid
    for j, text in filled.items():
        year = str(y0 + step * (j - j0))
        if j not in years and not (year.startswith(text) or year.endswith(text)):
            return grid
        cell = rows[above[j]][j]
        rows[above[j]][j] = replace(cell, text=f"{cell.text.rstrip()} {year}")
    return replace(grid, rows=(*(tuple(r) for r in rows), *grid.rows[n + 1:]), header_rows=n,
                   repaired_rows=frozenset(i - 1 for i in grid.repaired_rows if i > n))


def _span(cells: Sequence[GridCell]) -> tuple[float, float] | None:
    """The horizontal extent of the boxes of ``cells`` that print something."""
    boxes = [c.provenance.bbox for c in cells if c.text.strip() and c.provenance.bbox is not None]
    if not boxes:
        return None
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


def _gap(a: tuple[float, float], b: tuple[float, float]) -> float:
    """How far apart two extents lie (negative: by how much they overlap)."""
    return max(a[0], b[0]) - min(a[1], b[1])


def figures_under_their_headers(grid: Grid) -> Grid:
    """``grid`` with each column of figures that the whitespace reader left under no header put
    into the nearest column whose header names it but holds nothing on the page (dev scan v16440
    page 2, unruled: "Chỉ tiêu (mục tiêu) …", "Lũy kế thực hiện …" and "Lũy kế ước …" each over an
    empty column, their figures one column right of them under none: 51 figures lost).

    Only figures under no header at all, into a named column empty in every body row, with only
    empty unheaded columns between them; the pairs nearest by their boxes go first, each column
    in one pair, and a column of figures with two named columns as near is left."""
    n = split_header(grid)
    if n <= 0 or n >= len(grid.rows) or grid.method != "ocr-words":
        return grid
    named = [r for r in grid.rows[:n] if not numbers_row(_texts(r))]
    body = [list(r) for r in grid.rows[n:]]
    width = max((len(r) for r in grid.rows), default=0)

    def column(rows: Sequence[Sequence[GridCell]], j: int) -> list[GridCell]:
        return [r[j] for r in rows if j < len(r)]

    headed = [any(strip_markup(c.text).strip() for c in column(named, j)) for j in range(width)]
    filled = [any(strip_markup(c.text).strip() for c in column(body, j)) for j in range(width)]
    loose = [j for j in range(width) if not headed[j] and filled[j]
             and sum(1 for c in column(body, j) if is_value(strip_markup(c.text))) >= 2
             and all(is_value(t) for c in column(body, j) if (t := strip_markup(c.text).strip()))]
    empty = [k for k in range(width) if headed[k] and not filled[k]]
    near: list[tuple[float, int, int]] = []
    for j in loose:
        figures = _span(column(body, j))
        for k in empty:
            between = range(min(j, k) + 1, max(j, k))
            title = _span(column(named, k))
            if figures is not None and title is not None and not any(headed[m] or filled[m] for m in between):
                near.append((_gap(figures, title), j, k))
    # The closest pairs first, each column once: a header's own figures lie under it or beside it.
    moves: dict[int, int] = {}
    for gap, j, k in sorted(near):
        if j in moves or k in moves.values():
            continue
        if any(g == gap and jj == j and kk != k and kk not in moves.values() for g, jj, kk in near):
            continue
        moves[j] = k
    # A run of figure columns shifted one column as a whole (v18420 page 4, unruled, red seal:
    # "Chỉ tiêu (mục tiêu)" over no figures, its figures under "Lũy kế thực hiện", those under
    # "Lũy kế ước …", and those under no header): each figure goes one column back toward the
    # column with none. The boxes must say so at both ends: the first column's figures under that
    # column's header and the loose figures under the header next to them. Words stay where they
    # are: a label row ("Đạt | Đạt | đạt") is printed from the left of its cells, figures from
    # the right, and only figures were pushed over.
    def count_figures(j: int) -> int:
        return sum(1 for c in column(body, j) if is_value(strip_markup(c.text).strip()))

    steps: list[tuple[int, int]] = []
    bare = [k for k in range(width) if headed[k] and count_figures(k) == 0 and k not in moves.values()]
    for j in (j for j in loose if j not in moves):
        for k in bare:
            step = 1 if k < j else -1
            run = range(k + step, j + step, step)
            if abs(j - k) < 2 or not all(headed[m] and count_figures(m) >= 2 and m not in moves for m in run if m != j):
                continue
            ends = (_span(column(body, k + step)), _span(column(named, k)), _span(column(body, j)), _span(column(named, j - step)))
            if ends[0] and ends[1] and ends[2] and ends[3] and _gap(ends[0], ends[1]) <= 0 and _gap(ends[2], ends[3]) <= 0:
                steps = [(m, m - step) for m in run]
                break
        if steps:
            break
    if not moves and not steps:
        return grid
    moved: set[int] = set()
    for b, row in enumerate(body):
        for j, k in moves.items():
            if j < len(row) and k < len(row):
                if strip_markup(row[j].text).strip():
                    moved.add(n + b)
                row[k], row[j] = row[j], GridCell("", row[j].provenance)
        for j, k in steps:
            if j < len(row) and k < len(row) and is_value(strip_markup(row[j].text).strip()) \
                    and not strip_markup(row[k].text).strip():
                moved.add(n + b)
                row[k], row[j] = row[j], GridCell("", row[j].provenance)
    # The header a figure is read under is the reader's inference, not what the page prints over
    # it: each row says so ("repaired by the reader"), as other repairs of a scan do.
    return replace(grid, rows=(*grid.rows[:n], *(tuple(r) for r in body)),
                   repaired_rows=grid.repaired_rows | frozenset(moved))


# A period in a header: a year or a span of years ("2024", "2021 - 2025").
_PERIOD_RE = re.compile(r"(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?")


def header_words(text: str) -> list[str]:
    """A header text's words, folded ("Ước TH 2021-2025" -> ["uoc", "th", "2021", "2025"])."""
    return re.findall(r"\w+", fold(text))


def column_texts(rows: Sequence[Sequence[GridCell]]) -> list[str]:
    """Each column's header text over ``rows``, top to bottom."""
    width = max((len(r) for r in rows), default=0)
    return [" ".join(t for r in rows if j < len(r) and (t := strip_markup(r[j].text).strip())) for j in range(width)]


def _named_with_period(text: str) -> tuple[list[str], str] | None:
    """``(words, period)`` for a text that prints one period after its words ("Ước thực hiện
    giai đoạn 2021 - 2025" -> the four words and "2021-2025"); None otherwise."""
    found = list(_PERIOD_RE.finditer(text))
    if len(found) != 1 or header_words(text[found[0].end():]):
        return None
    return header_words(text[: found[0].start()]), re.sub(r"\s", "", found[0].group()).replace("–", "-")


def ratio_periods_from_siblings(grid: Grid) -> Grid:
    """``grid`` with the period put back into a ratio's header whose period and slash OCR lost
    ("Ước thực hiện giai đoạn" over "Mục tiêu NQ ĐH" for "Ước thực hiện giai đoạn 2021-2025/ Mục
    tiêu NQ ĐH", dev scan v14380, unruled: read as a target or an estimate with no period, its 24
    ratios lost), from the rest of the header: a sibling ratio prints the same two names with
    its period and slash ("Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH"), the columns of the
    first name print it with their periods (2021-2024 and 2021-2025), and exactly one of those
    periods has no ratio of the two names yet.

    Only a column whose header is exactly the two names (dashes aside), with no period and no
    slash; the period goes after the first name, with the slash, in the header row printing it."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    rows = [list(r) for r in grid.rows[:n]]
    named = [i for i in range(n) if not numbers_row(_texts(rows[i]))]
    texts = column_texts([rows[i] for i in named])
    ratios: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]] = {}
    periods: dict[tuple[str, ...], set[str]] = {}
    # Each cell on its own: a group title over a ratio ("So sánh") is no part of its two names.
    for text in (strip_markup(c.text).strip() for i in named for c in rows[i]):
        left, slash, right = text.partition("/")
        read = _named_with_period(left)
        if read is not None and slash and read[0] and header_words(right):
            ratios.setdefault((tuple(read[0]), tuple(header_words(right))), set()).add(read[1])
        elif read is not None and not slash and read[0]:
            periods.setdefault(tuple(read[0]), set()).add(read[1])
    changed = False
    for i in named:
        for j, cell in enumerate(rows[i]):
            mended = _misread_span_mended(strip_markup(cell.text).strip(), ratios, periods)
            if mended is not None:
                rows[i][j] = replace(cell, text=mended)
                changed = True
    for j, text in enumerate(texts):
        if "/" in text or _PERIOD_RE.search(text):
            continue
        words = tuple(header_words(text))
        for (first, second), taken in ratios.items():
            if words != first + second:
                continue
            free = periods.get(first, set()) - taken
            # The first name alone in one row, the second alone in a row below (dashes aside).
            worded = [i for i in named if j < len(rows[i]) and header_words(rows[i][j].text)]
            if len(free) != 1 or len(worded) != 2:
                continue
            top, low = (rows[i][j] for i in worded)
            if tuple(header_words(top.text)) != first or tuple(header_words(low.text)) != second:
                continue
            # One cell, as the sibling prints it: the header's levels are read apart.
            rows[worded[0]][j] = replace(top, text=f"{top.text.rstrip()} {free.pop()}/ {low.text.strip()}")
            rows[worded[1]][j] = replace(low, text="")
            changed = True
    if not changed:
        return grid
    return replace(grid, rows=(*(tuple(r) for r in rows), *grid.rows[n:]))


# A span of years as OCR misreads it in a header cell: "2921-202%" for "2021-2025/" (the slash
# read into the last digit), "2321-292%"; two runs of digits (or "%") around a dash.
_MISREAD_SPAN_RE = re.compile(r"(?<![\w/])[\d%]{3,5}\s*[-–]\s*[\d%]{2,5}/?(?![\w/])")
# At most this many characters of a misread span differ from the period it stands for.
_SPAN_EDITS = 3


def _misread_span_mended(
    text: str, ratios: dict[tuple[tuple[str, ...], tuple[str, ...]], set[str]], periods: dict[tuple[str, ...], set[str]]
) -> str | None:
    """``text`` with a misread period put back, when it is a ratio's two names around a span of
    years OCR misread ("Ước thực hiện giai đoạn 2921-202% Mục tiêu NQ ĐH", dev scan v20210, 200 dpi:
    read as a ratio of no period, its 25 ratios put under the 2024 estimate's year): a sibling
    prints the same two names around its period and slash, the columns of the first name print
    their periods, exactly one of those has no ratio of the two names yet, and the misread span
    is that one with at most ``_SPAN_EDITS`` characters changed. None otherwise."""
    found = list(_MISREAD_SPAN_RE.finditer(text))
    if len(found) != 1 or "/" in text.replace(found[0].group(), ""):
        return None
    span = found[0]
    printed = re.sub(r"\s", "", span.group()).rstrip("/").replace("–", "-")
    if _PERIOD_RE.fullmatch(printed):
        return None
    key = (tuple(header_words(text[: span.start()])), tuple(header_words(text[span.end():])))
    taken = ratios.get(key)
    if taken is None or not key[0] or not key[1]:
        return None
    free = periods.get(key[0], set()) - taken
    if len(free) != 1:
        return None
    period = next(iter(free))
    if Levenshtein.distance(printed, period) > _SPAN_EDITS:
        return None
    return f"{text[: span.start()]}{period}/ {text[span.end():].lstrip()}"


# A year with a column's mark glued on and the mark's "(" lost: "20264)" for "2026 (4)".
_GLUED_MARK_RE = re.compile(r"(?<![\d(])((?:19|20)\d\d)(\d{1,2})\)")
_INLINE_MARK_RE = re.compile(r"\(\d{1,2}\)")


def marks_off_years(grid: Grid) -> Grid:
    """``grid`` with a header year that OCR read with its column's inline mark glued on, the mark's
    "(" lost ("Mục tiêu / 20264)" beside "2025 (3)" and "2030 (5)": dev scan v10800), read as the
    year and its mark again. Only in a header row where another cell prints such a mark whole, so
    the table is known to number its columns inline; the year's column otherwise has no period."""
    return _header_rows_retexted(grid, _marks_unglued)


def _marks_unglued(texts: list[str]) -> dict[int, str]:
    fixed: dict[int, str] = {}
    for j, text in enumerate(texts):
        m = _GLUED_MARK_RE.search(text)
        if m is not None and any(_INLINE_MARK_RE.search(t) for k, t in enumerate(texts) if k != j):
            fixed[j] = f"{text[:m.start()]}{m.group(1)} ({m.group(2)}){text[m.end():]}"
    return fixed


def _header_rows_retexted(grid: Grid, retext: Callable[[list[str]], dict[int, str]]) -> Grid:
    """``grid`` with each header row's cells given the texts ``retext`` returns for that row's
    texts (column -> new text); an OCR'd grid only, as every repair here reads OCR's damage."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    rows = [list(r) for r in grid.rows]
    changed = False
    for depth in range(n):
        for j, text in retext(_texts(rows[depth])).items():
            rows[depth][j] = replace(rows[depth][j], text=text)
            changed = True
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in rows))


_BARE_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# A header cell holding its own year and the next column's, each after "năm" or bare: "Mục tiêu
# năm 2024 năm 2030" (words, year, year).
_TWO_YEARS_RE = re.compile(r"^(\D*?)\s*((?:năm\s+)?(?:19|20)\d\d)\s+((?:năm\s+)?(?:19|20)\d\d)$", re.IGNORECASE)


def wrapped_years_shared(grid: Grid) -> Grid:
    """``grid`` with the wrapped last lines of two neighbouring header cells, both put by the word
    layout under the right one, given back one to each: "Mục tiêu" beside "Mục tiêu năm 2024 năm
    2030" for "Mục tiêu năm 2024 | Mục tiêu năm 2030" (dev scan v26010, unruled, each header cell
    wrapped after "Mục tiêu"). As read the left column had no period and the right one two; the
    table's every target of 2024 and 2030 was lost (56 cells).

    Only a cell that prints words and then two years, the first before the second, next to a cell
    on its left printing those same words and no figure: a header never names two periods for one
    column so, and the left cell's words alone name no period."""
    return _header_rows_retexted(grid, _two_years_split)


def _two_years_split(texts: list[str]) -> dict[int, str]:
    fixed: dict[int, str] = {}
    for j in range(1, len(texts)):
        m = _TWO_YEARS_RE.match(texts[j])
        words = m.group(1).strip() if m else ""
        if m is None or not header_words(words) or fold(texts[j - 1]) != fold(words) or j - 1 in fixed:
            continue
        first, second = m.group(2), m.group(3)
        if int(first[-4:]) >= int(second[-4:]):
            continue
        fixed[j - 1] = f"{texts[j - 1]} {first}"
        fixed[j] = f"{words} {second}"
    return fixed


# A header cell that prints a year, after words its row's year cells share or alone, with its
# column's inline mark or not: "2030", "2035 (6)", "Năm 2030", "Mức chỉ tiêu 2030".
_YEAR_CELL_RE = re.compile(r"^(\D*?)\s*((?:19|20)\d\d)(\s*\(\d{1,2}\))?$")
# What OCR may leave of one: the words, and the year's first digits, its last ones, none or all
# four with one misread, its mark or not ("2", "20 (4)", "Năm 040", "Mức chỉ tiêu", "… 2945").
_YEAR_STUB_RE = re.compile(r"^(\D*?)\s*(\d{1,4})?(\s*\(\d{1,2}\))?$")


def years_in_step(grid: Grid) -> Grid:
    """``grid`` with a header year OCR cut to its first digits read again from its neighbours,
    when the row's years step evenly across the columns ("Mức chỉ tiêu" over "2 | 2030 (5) |
    2035 (6) | 2 | 2045 (8)" for 2025 … 2045, dev scan v12480 at 200 dpi): a target column
    without its year gets no period, and its figures are lost. The same when the year cells
    print words before the year and OCR lost the year's first digit ("Năm 2035 | Năm 040 | Năm
    2045", dev scan v20440) or all its digits ("Mức chi tiêu | Mức chi tiêu 2030 | Mức chi tiêu",
    dev scan v20240, grey seal at 200 dpi), or misread one of its four ("Mức chỉ tiêu 2040 |
    Mức chỉ tiêu 2945", dev scan v23240).

    Only in a header row with three years or more on one step per column (the same for each
    pair), after the same words in each, and only a cell printing those words whose digits begin
    the year that step puts there (or end it, two digits or more; or are lost, after words; or
    are four, no year, one digit off it), next to or between the years read."""
    return _header_rows_retexted(grid, _years_stepped)


def _years_stepped(texts: list[str]) -> dict[int, str]:
    cells = {j: m for j, t in enumerate(texts) if (m := _YEAR_CELL_RE.match(t))}
    # Each run of years after the same words on its own ("KH năm 2024" beside "2025 | 2030 | 2035").
    fixed: dict[int, str] = {}
    for words in {fold(m.group(1)).strip() for m in cells.values()}:
        years = {j: int(m.group(2)) for j, m in cells.items() if fold(m.group(1)).strip() == words}
        fixed.update(_stepped_run(texts, words, years))
    return fixed


def _stepped_run(texts: list[str], words: str, years: dict[int, int]) -> dict[int, str]:
    """The cells of ``texts`` printing ``words`` (folded) that take a year from the run ``years``
    (column -> year) of the cells printing those words with a year."""
    if len(years) < 3:
        return {}
    (j0, y0), (j1, y1) = sorted(years.items())[:2]
    if (y1 - y0) % (j1 - j0):
        return {}
    step = (y1 - y0) // (j1 - j0)
    if step <= 0 or any(y != y0 + step * (j - j0) for j, y in years.items()):
        return {}
    fixed: dict[int, str] = {}
    for j in range(min(years) - 1, max(years) + 2):
        if j < 0 or j >= len(texts) or j in years or (m := _YEAR_STUB_RE.match(texts[j])) is None:
            continue
        if fold(m.group(1)).strip() != words:
            continue
        year = str(y0 + step * (j - j0))
        digits = m.group(2)
        if digits is None and not header_words(words):
            continue
        if digits is None or year.startswith(digits) or (len(digits) >= 2 and year.endswith(digits)) or (
                _one_digit_misread(digits, year)):
            fixed[j] = " ".join(p for p in (m.group(1).strip(), year) if p) + (m.group(3) or "")
    return fixed


def _one_digit_misread(digits: str, year: str) -> bool:
    """Whether ``digits``, four of them and no year a header prints, are ``year`` with one digit
    misread ("2945" where the step puts 2045, dev scan v23240, grey seal: its target column had no
    period, 17 cells lost). A real year there would be off the step and is left as read."""
    return (len(digits) == len(year) and not _BARE_YEAR_RE.match(digits)
            and sum(a != b for a, b in zip(digits, year, strict=True)) == 1)


def year_groups_joined(grid: Grid) -> Grid:
    """``grid`` with a group title "Năm 2022" that OCR split at the column line between the two
    columns under it ("Năm" over "KH", "2022" over "Ước TH": dev scan v10550, unruled, the title
    centred over the line) read again as one title over both.

    Only a lone "Năm" next to a lone year, both over sub-headers of their own: a title printed
    "Năm" without its year heads nothing, and a bare year over its own column has no sub-header
    (as in "Mức chỉ tiêu" over "2025 | 2030"), so it stays as read."""
    n = split_header(grid)
    if n <= 1 or not grid.method.startswith("ocr"):
        return grid
    rows = [list(r) for r in grid.rows]
    changed = False
    for depth in range(n - 1):
        row, below = rows[depth], _texts(rows[depth + 1])
        texts = _texts(row)
        for j in range(len(row) - 1):
            if not (fold(texts[j]) == "nam" and _BARE_YEAR_RE.match(texts[j + 1])):
                continue
            if j + 1 >= len(below) or not (below[j] and below[j + 1]):
                continue
            title = f"{texts[j]} {texts[j + 1]}"
            box = bbox_union(row[j].provenance.bbox, row[j + 1].provenance.bbox, missing="known")
            for k in (j, j + 1):
                row[k] = replace(row[k], text=title, provenance=replace(row[k].provenance, bbox=box))
            changed = True
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in rows))


def header_down_to_numbers(grid: Grid) -> Grid:
    """``grid`` with the rows between its header and the column-number row under it taken into
    the header, each of their texts joined to the cell above it in its column (a wrapped line),
    unless that cell is a group title over several columns (then it is a sub-header). Rows that
    print a name of four words or more in the names' column are body rows: the grid is kept."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    head = [_texts(r) for r in grid.rows[:n]]
    if any(numbers_row(t) for t in head):
        return grid
    end = next((i for i in range(n, min(len(grid.rows), n + _MAX_WRAPPED_ROWS + 1)) if numbers_row(_texts(grid.rows[i]))), None)
    if end is None or end == n:
        return grid
    names = [c.index for c in header_to_columns(head, spread=_spread(grid)) if c.role == "indicator"]
    between = [_texts(r) for r in grid.rows[n:end]]
    if any(len(row[j].split()) >= 4 for row in between for j in names if j < len(row)):
        return grid
    rows = [list(r) for r in grid.rows[:n]]
    numbers = list(grid.rows[end])
    loose: list[list[GridCell]] = []
    for row in grid.rows[n:end]:
        if all(damaged_mark(t) for t in _texts(row) if t) and not _closes_brackets_above(rows, row):
            # Marks of the column-number row that came out a line above it ("4 … 7 87/4" over "A B
            # C 5 6 … 9 10", v4100): they are that row's, in the cells it left empty.
            # A mark the row under prints the same ("4 … 7" over "A B E= 4 5 6 7", v12720) is that
            # mark read twice, no conflict.
            if any(c.text.strip() and j < len(numbers) and numbers[j].text.strip()
                   and strip_markup(c.text).strip() != strip_markup(numbers[j].text).strip() for j, c in enumerate(row)):
                return grid
            numbers = [row[j] if j < len(row) and row[j].text.strip() else c for j, c in enumerate(numbers)]
            continue
        kept = _fold_under(rows, row)
        if kept is not None:
            loose.append(kept)
    header = [tuple(r) for r in rows] + [tuple(r) for r in loose] + [tuple(numbers)]
    body = grid.rows[end + 1:]
    shift = len(header) - (end + 1)
    return replace(grid, rows=(*header, *body), header_rows=len(header),
                   repaired_rows=frozenset(i + shift for i in grid.repaired_rows if i > end))


def _closes_brackets_above(rows: list[list[GridCell]], row: Sequence[GridCell]) -> bool:
    """Does each filled cell of ``row`` close a bracket that the nearest header cell above it left
    open? Such a cell ("%)" under "Mục tiêu 2022 (tỷ lệ", dev scan v28690, unruled, its header on
    four lines over "1 2 3 4") is the end of that header's wrapped line, not a column mark that came
    out a line above the column-number row: read as a mark it clashed with "3" and the header's
    lines, "năm 2022" of "Kết quả thực hiện" among them, stayed body rows (31 cells, no period)."""
    filled = [(j, c.text.strip()) for j, c in enumerate(row) if c.text.strip()]
    if not filled:
        return False
    for j, text in filled:
        above = next((r[j].text for r in reversed(rows) if j < len(r) and r[j].text.strip()), None)
        if above is None or "(" in text or ")" not in text or above.count("(") <= above.count(")"):
            return False
    return True


def _fold_under(rows: list[list[GridCell]], row: Sequence[GridCell]) -> list[GridCell] | None:
    """Fold a wrapped header line into ``rows`` (in place): each of its cells joins the nearest
    non-empty header cell above it in its column; a cell with none above, or under a title that spans
    several columns, stays on a line of its own, returned (None when no cell stays)."""
    kept = [GridCell("", c.provenance) for c in row]
    for j, cell in enumerate(row):
        if not cell.text.strip():
            continue
        above = next((i for i in range(len(rows) - 1, -1, -1) if j < len(rows[i]) and rows[i][j].text.strip()), None)
        if above is None or _spans(rows[above], j):
            kept[j] = cell
            continue
        rows[above][j] = replace(rows[above][j], text=f"{rows[above][j].text.rstrip()} {cell.text.strip()}")
    return kept if any(c.text for c in kept) else None


def header_down_to_figures(grid: Grid) -> Grid:
    """``grid`` with the wrapped lines of a one-line header that the reader took for body rows put
    back into it, when no column-number row ends the header (``header_down_to_numbers``) and the
    header as read names no column of names. Dev scan v22060 (unruled, landscape): the header's
    cells are centred on six lines ("TT", "Nội dung chỉ tiêu", "ĐVT" on the middle ones), and only
    its top line ("Mục tiêu | Thực | Ước thực | …") was the header: every value column lost its
    period ("Thực" over "hiện | năm | 2022") and 29 cells their role or year.

    The names column is the header's or, when the header names none, the body's column of text
    without figures. The lines taken are those above the first figure (a year or span of years is
    header text) that print something in a value column or the names column's own label ("Nội
    dung chỉ tiêu"), and nothing in the names column otherwise: a body name, a section heading ("1. | CHỈ TIÊU KINH
    TẾ", nothing beside it) ends them. They are kept only when the header then reads better
    (``_reading_score``)."""
    n = split_header(grid)
    if n <= 0 or not grid.method.startswith("ocr"):
        return grid
    head = [_texts(r) for r in grid.rows[:n]]
    spread = _spread(grid)
    columns = header_to_columns(head, spread=spread)
    body_names = name_column(grid.rows[n:], max((len(r) for r in grid.rows), default=0))
    names = sorted({c.index for c in columns if c.role == "indicator"} | ({body_names} if body_names is not None else set()))
    layout = {c.index for c in columns if c.role in LAYOUT_KINDS} | set(names)
    if not names or any(numbers_row(t) for t in head) or any(row[j] for row in head for j in names if j < len(row)):
        return grid
    end = n
    while end < min(len(grid.rows), n + _MAX_WRAPPED_ROWS):
        texts = _texts(grid.rows[end])
        if numbers_row(texts) or any(t and is_value(t) for t in texts):
            break
        if any(texts[j] and read_header(texts[j]).kind != "indicator" for j in names if j < len(texts)):
            break
        if not any(t for j, t in enumerate(texts) if j not in layout) and not any(
                texts[j] for j in names if j < len(texts)):
            break
        end += 1
    if end == n:
        return grid
    rows = [list(r) for r in grid.rows[:n]]
    loose = [kept for row in grid.rows[n:end] if (kept := _fold_under(rows, row)) is not None]
    header = [tuple(r) for r in rows] + [tuple(r) for r in loose]
    if _reading_score([_texts(r) for r in header], spread) <= _reading_score(head, spread):
        return grid
    shift = len(header) - end
    return replace(grid, rows=(*header, *grid.rows[end:]), header_rows=len(header),
                   repaired_rows=frozenset(i + shift for i in grid.repaired_rows if i >= end))


def _spread(grid: Grid) -> bool:
    return grid.method not in REPEATS_MERGED_TEXT


def _reading_score(rows: Sequence[Sequence[str]], spread: bool) -> tuple[int, int]:
    """How much a header says: layout columns named, value columns with a period, ratios that
    say what they divide; a (role, period) named twice is a misreading of one of the two. Then, for
    a tie, how many ratios say what they divide: a ratio whose numerator's words OCR lost ("Ước thực |
    đoạn 2021-2025/ Mục tiêu NQ ĐH", dev scan v21280 page 1) reads as a target with a period, which
    scores as much as the ratio a repeat of the header reads right."""
    columns = header_to_columns(rows, spread=spread)
    named = Counter((c.role, c.period) for c in columns if c.role in (*_VALUE_ROLES, "ratio") and c.period)
    divided = sum(1 for c in columns if c.role == "ratio" and c.divides)
    return (sum(1 for c in columns if c.role in LAYOUT_KINDS)
            + sum(1 for c in columns if c.role in _VALUE_ROLES and c.period)
            + divided
            - sum(k - 1 for k in named.values() if k > 1)), divided


def _joined(rows: Sequence[Sequence[str]], spread: bool) -> list[str]:
    return [fold(t) for t in join_header_rows([r for r in rows if not numbers_row(r)], spread=spread)]


def header_copies(prev: Grid, n_prev: int, grid: Grid, n_own: int, *, words: bool = False) -> bool:
    """Are the first ``n_prev`` rows of ``prev`` and ``n_own`` of ``grid`` two OCR'd copies of one
    header: as many columns, their joined texts alike, each names' column where the other's is?

    ``words``: two copies read from a text layer's whitespace count too. Cells centred on several
    lines go to the header row their lines sit at, which a repeat may print a line higher or
    lower (v15540 by Writer: "Chỉ tiêu | ĐVT" beside the top row on page 1, beside the second on
    page 2): the rows differ, the columns' joined texts do not."""
    def read(g: Grid) -> bool:
        return g.method.startswith("ocr") or (words and g.method == "words")

    if n_prev <= 0 or n_own <= 0 or not (read(prev) and read(grid)):
        return False
    a = _joined([_texts(r) for r in prev.rows[:n_prev]], _spread(prev))
    b = _joined([_texts(r) for r in grid.rows[:n_own]], _spread(grid))
    if len(a) != len(b) or len(a) < 3:
        return False
    if fmean(fuzz.token_set_ratio(x, y) for x, y in zip(a, b, strict=True)) < _ALIKE:
        return False
    kinds = [(read_header(x).kind, read_header(y).kind) for x, y in zip(a, b, strict=True)]
    return not any(k != m and k in LAYOUT_KINDS and m in LAYOUT_KINDS for k, m in kinds)


def better_header(prev: Grid, n_prev: int, grid: Grid, n_own: int) -> Grid:
    """``prev`` with the header ``grid`` repeats (its first ``n_own`` rows) when that copy reads
    better (``_reading_score``) than ``prev``'s own ``n_prev`` rows; ``prev`` as it is otherwise.
    The two must be copies (``header_copies``)."""
    mine = [_texts(r) for r in prev.rows[:n_prev]]
    theirs = [_texts(r) for r in grid.rows[:n_own]]
    if _reading_score(theirs, _spread(grid)) <= _reading_score(mine, _spread(prev)):
        return prev
    return replace(prev, rows=(*grid.rows[:n_own], *prev.rows[n_prev:]), header_rows=n_own,
                   repaired_rows=frozenset(i - n_prev + n_own for i in prev.repaired_rows if i >= n_prev))


def wrapped_lines_one_level(grid: Grid) -> Grid:
    """``grid`` with a header OCR read as two or more levels read as one level of wrapped cells,
    each column's lines joined, when that reads better (``_reading_score``). Dev scan v26430
    (ruled by horizontal rules only, read by words) prints one header line of cells wrapped over
    three lines: "Thực / hiện năm / 2021", "So cùng / kỳ năm / 2021 (%)". Read as three levels,
    "Thực" named no role and the ratio's year stood apart from what it divides: the actual 2021
    and the ratio's period were lost (16 cells).

    Only where the header shows no sign of levels: no column-number row and no group title drawn
    over several columns (``_spans``); a two-level header ("Năm 2024" over "KH | TH") keeps its
    levels. The first section heading read into the header's last row ("1: | Thu, chi ngân sách
    nhà nước" beside "2021", "2022 (%)") is put back as the first body row first
    (``heading_out_of_header``), so its title does not join the names column's header."""
    n = split_header(grid)
    if n < 2 or not grid.method.startswith("ocr"):
        return grid
    apart = heading_out_of_header(grid)
    head = [_texts(r) for r in apart.rows[:n]]
    if any(numbers_row(t) for t in head):
        return grid
    if any(_spans(list(apart.rows[i]), j) for i in range(n - 1) for j in range(len(apart.rows[i]))):
        return grid
    width = max(len(r) for r in head)
    joined = [" ".join(t for r in head if j < len(r) and (t := r[j])) for j in range(width)]
    spread = _spread(grid)
    if _reading_score([joined], spread) <= _reading_score(head, spread):
        return grid
    top = list(apart.rows[0])
    row = tuple(replace(top[min(j, len(top) - 1)], text=joined[j]) for j in range(width))
    return replace(apart, rows=(row, *apart.rows[n:]), header_rows=1,
                   repaired_rows=frozenset(i - (n - 1) for i in apart.repaired_rows if i >= n))


__all__ = ["better_header", "column_texts", "header_copies", "header_down_to_numbers", "header_words", "repair_header", "without_rule_rows"]
