"""How a layout variant prints its tables: headers, column numbers, rules, fonts, pages.

A ``DocLayout`` holds every printing decision for one document; ``table_grid`` turns one
``TableContent`` and its ``TableLayout`` into the printed grid (header rows with their merged
cells, the column-number row, body rows) plus, for every column, the header path a reader should
see. Nothing here decides what the cells mean: that is ``corpus/variant_content.py``.

Header wordings, column-number rows ("(1) (2) … (n)", "1 2 3", "A B C 1 2 3", formula rows such
as "(6)=(5)/(4)" or "4=3/2"), indicator/STT/unit column names and group headers follow the ways
district offices print Biểu tables (the seeds, and public Biểu and Phụ lục tables of district
and provincial reports).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field

from corpus.variant_content import ColumnMeaning, TableContent, Value, format_value

NAME_HEADERS = ("Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu", "Danh mục", "Hạng mục",
                "Các chỉ tiêu chủ yếu")
STT_HEADERS = ("STT", "TT", "Số TT", "Số thứ tự")
UNIT_HEADERS = ("ĐVT", "Đơn vị tính", "Đơn vị")
COLNUM_STYLES = ("paren", "plain", "letters", "formula_paren", "formula_plain")
RULINGS = ("grid", "grid", "none", "horizontal")
BROKEN_KINDS = ("header_removed", "columns_shuffled", "header_garbled")
FONTS = ("dejavu_sans", "dejavu_serif", "liberation_serif", "liberation_sans")


@dataclass(frozen=True)
class TableLayout:
    """Printing decisions for one table.

    levels:        header depth for synthetic tables (1, 2 or 3; seed tables keep their own).
    colnum:        column-number row style (see ``COLNUM_STYLES``) or None.
    colnum_inline: column numbers printed inside the header cells instead ("KH 2024 (4)").
    stt_header, name_header, unit_header: the words heading those columns.
    stt_in_name:   no STT column: the numbering is printed at the start of the name cell.
    ruling:        "grid" (every rule), "none" (whitespace only), "horizontal" (rules above and
                   below the header and at the end only).
    repeat_header: a continuation page repeats the header rows.
    wording_seed:  picks each column's wording among its alternatives.
    number_align:  "right" or "center" for figure cells.
    broken:        None, or how the table is deliberately broken (``BROKEN_KINDS``).
    name_width:    share of the free width given to the indicator column (wrapping).
    merge_headings: section rows ("A. CHỈ TIÊU KINH TẾ") merged across the figure columns.
    header_fill:   the header rows shaded grey, as Word's table styles do.
    """

    levels: int = 1
    colnum: str | None = None
    colnum_inline: bool = False
    stt_header: str = "STT"
    name_header: str = "Chỉ tiêu"
    unit_header: str = "Đơn vị tính"
    stt_in_name: bool = False
    ruling: str = "grid"
    repeat_header: bool = True
    wording_seed: int = 0
    number_align: str = "right"
    broken: str | None = None
    name_width: float = 0.35
    merge_headings: bool = False
    header_fill: bool = False


@dataclass(frozen=True)
class ScanLayout:
    """How the scanned copy is degraded: resolution, seal, signature, skew, an upside-down page, a
    page fed sideways.

    sideways: (page, degrees) of a page fed sideways: its image turned 90 or 270 degrees
              counter-clockwise (a landscape page scanned into a portrait image), or None. Drawn
              from seed 11000 on only (``corpus.variants``), forcible on any development seed.
    """

    dpi: int = 300
    seal: str | None = None
    signature: bool = False
    skew: float = 0.0
    upside_down_page: int | None = None
    sideways: tuple[int, int] | None = None


@dataclass(frozen=True)
class DocLayout:
    """Printing decisions for one document.

    orientation:  "portrait", "landscape", or "rotated" (landscape pages stored rotated 90° in a
                  portrait PDF, the way a scanner driver or a Word section break leaves them).
    font, font_size: body font family (``FONTS``) and size in points.
    number_style: "vi", "vi_plain" or "en" for synthetic content (seed tables keep "vi").
    prose_before: paragraphs of running text before the first table.
    letterhead:   the issuer / national motto block as a borderless two-column table.
    signature:    a signature block after the last table.
    same_page:    tables follow each other on the same page (no page break between them).
    tables:       one ``TableLayout`` per table.
    scan:         how the scanned copy is made.
    """

    orientation: str = "landscape"
    font: str = "dejavu_sans"
    font_size: float = 8.0
    number_style: str = "vi"
    prose_before: bool = False
    letterhead: bool = False
    signature: bool = False
    same_page: bool = False
    tables: tuple[TableLayout, ...] = ()
    scan: ScanLayout = field(default_factory=ScanLayout)


# ---------------------------------------------------------------------------------------- grid


@dataclass(frozen=True)
class Grid:
    """A table as printed.

    header:      header rows, grid convention (text repeated over a horizontal merge; a vertical
                 merge keeps the text in its top cell); the column-number row is the last header
                 row when present.
    spans:       ((col0, row0), (col1, row1)) merges in the header.
    body:        printed body rows (texts).
    kinds:       per body row, which printed cells are figures (for alignment).
    column_headers: per grid column, the header path a reader should report (" / "-joined).
    value_columns: grid column index of each content column (None for the STT/name/unit columns).
    name_col, stt_col, unit_col: grid column of those, or None.
    n_header:    number of header rows including the column-number row.
    colnum_row:  True when the last header row is the column-number row.
    headings:    body rows that are section headings (merged across when the layout says so).
    """

    header: tuple[tuple[str, ...], ...]
    spans: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    body: tuple[tuple[str, ...], ...]
    bold: tuple[bool, ...]
    numeric: tuple[tuple[bool, ...], ...]
    column_headers: tuple[str, ...]
    value_columns: tuple[int, ...]
    name_col: int
    stt_col: int | None
    unit_col: int | None
    colnum_row: bool
    headings: tuple[int, ...] = ()


def _pick(options: tuple[str, ...], seed: int) -> str:
    """One wording family per table: every column of a table takes the same alternative
    ("Kế hoạch năm 2024" with "Ước thực hiện năm 2024", "KH 2024" with "Ước TH 2024")."""
    return options[seed % len(options)] if options else ""


def _paths(content: TableContent, layout: TableLayout) -> list[tuple[str, ...]]:
    """Header path (top to bottom) of each content column."""
    paths: list[tuple[str, ...]] = []
    if content.header_rows is not None:
        lead = 3 if content.has_unit else 2
        for c in range(lead, lead + len(content.columns)):
            texts: list[str] = []
            for row in content.header_rows:
                t = row[c] if c < len(row) else ""
                if t and (not texts or texts[-1] != t):
                    texts.append(t)
            paths.append(tuple(texts))
        return paths
    for col in content.columns:
        flat = _pick(col.flat, layout.wording_seed)
        if layout.levels >= 3 and col.deep:
            paths.append(col.deep)
        elif layout.levels >= 2 and col.group:
            paths.append((col.group, _pick(col.short, layout.wording_seed)))
        else:
            paths.append((flat,))
    return paths


def _colnum_labels(style: str, n_lead: int, content: TableContent, grid_cols: list[int]) -> list[str]:
    """The column-number row: "(1) (2) ...", "1 2 3", "A B C 1 2", with formulas for ratio columns."""
    n = n_lead + len(content.columns)
    labels: list[str] = []
    paren = style in ("paren", "formula_paren")
    for c in range(n):
        if style == "letters" or (style == "formula_plain" and c < n_lead):
            labels.append("ABC"[c] if c < n_lead else str(c - n_lead + 1))
        else:
            labels.append(f"({c + 1})" if paren else str(c + 1))
    if style.startswith("formula"):
        data = [i for i, col in enumerate(content.columns) if col.kind == "value" and col.role != "ratio"]
        for k, col in enumerate(content.columns):
            if col.role == "ratio" and col.divides is not None:
                a, b = data[col.divides[0]], data[col.divides[1]]
                la, lb, lk = labels[n_lead + a], labels[n_lead + b], labels[n_lead + k]
                labels[n_lead + k] = f"{lk}={la}/{lb}"  # "(6)=(5)/(4)" or "6=5/4"
    return labels


def _formula_inline(content: TableContent, k: int, number: int, n_lead: int) -> str:
    col = content.columns[k]
    if col.role == "ratio" and col.divides is not None:
        data = [i for i, c in enumerate(content.columns) if c.kind == "value" and c.role != "ratio"]
        a, b = data[col.divides[0]], data[col.divides[1]]
        return f"({number})=({n_lead + a + 1})/({n_lead + b + 1})"
    return f"({number})"


def table_grid(content: TableContent, layout: TableLayout, style: str, rng: random.Random) -> Grid:
    """Print ``content`` under ``layout``: the header tree, the column numbers and the body texts."""
    number_style = content.fixed_style or style
    has_stt = not layout.stt_in_name
    lead_headers: list[str] = []
    if has_stt:
        lead_headers.append(layout.stt_header)
    lead_headers.append(layout.name_header)
    if content.has_unit:
        lead_headers.append(layout.unit_header)
    n_lead = len(lead_headers)
    paths = _paths(content, layout)
    if layout.colnum_inline:
        paths = [(*p[:-1], f"{p[-1]} {_formula_inline(content, k, n_lead + k + 1, n_lead)}")
                 for k, p in enumerate(paths)]
    depth = max((len(p) for p in paths), default=1)
    all_paths = [(h,) for h in lead_headers] + paths
    width = len(all_paths)
    header = [["" for _ in range(width)] for _ in range(depth)]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for level in range(depth):
        c = 0
        while c < width:
            path = all_paths[c]
            if level >= len(path):
                c += 1
                continue
            if level == len(path) - 1:
                header[level][c] = path[level]
                if level < depth - 1:
                    spans.append(((c, level), (c, depth - 1)))
                c += 1
                continue
            # A group cell: it spans the following columns that share this path prefix.
            end = c
            while end + 1 < width and len(all_paths[end + 1]) > level + 1 and all_paths[end + 1][: level + 1] == path[: level + 1]:
                end += 1
            for k in range(c, end + 1):
                header[level][k] = path[level]
            if end > c:
                spans.append(((c, level), (end, level)))
            c = end + 1
    colnum_row = layout.colnum is not None and not layout.colnum_inline
    if colnum_row:
        assert layout.colnum is not None
        header.append(_colnum_labels(layout.colnum, n_lead, content, []))
    body: list[tuple[str, ...]] = []
    numeric: list[tuple[bool, ...]] = []
    bold: list[bool] = []
    for row in content.rows:
        name = f"{row.prefix}{row.name}" if row.kind != "marker" else row.name
        lead: list[str] = []
        if has_stt:
            lead.append(row.stt or "")
        elif row.stt:
            name = f"{row.stt} {name}"
        lead.append(name)
        if content.has_unit:
            lead.append(row.unit or "")
        cells = [format_value(v, number_style) for v in row.values]
        body.append(tuple(lead + cells))
        numeric.append(tuple([False] * len(lead) + [v.numeric or v.kind in ("dash",) for v in row.values]))
        bold.append(row.bold)
    column_headers = tuple(" / ".join(p) for p in all_paths)
    value_columns = tuple(range(n_lead, width))
    grid = Grid(
        header=tuple(tuple(r) for r in header),
        spans=tuple(spans),
        body=tuple(body),
        bold=tuple(bold),
        numeric=tuple(numeric),
        column_headers=column_headers,
        value_columns=value_columns,
        name_col=1 if has_stt else 0,
        stt_col=0 if has_stt else None,
        unit_col=(2 if has_stt else 1) if content.has_unit else None,
        colnum_row=colnum_row,
        headings=tuple(i for i, r in enumerate(content.rows) if r.kind == "heading"),
    )
    if layout.broken:
        grid = break_grid(grid, layout.broken, rng)
    return grid


def _garble(text: str, rng: random.Random) -> str:
    """Header text as a bad OCR pass leaves it: letters and digits replaced, words kept apart."""
    junk = "#~%&@?!{}|^" + string.ascii_lowercase
    return "".join(ch if ch.isspace() else rng.choice(junk) for ch in text)


def break_grid(grid: Grid, kind: str, rng: random.Random) -> Grid:
    """A deliberately broken printing: no header, a header that no longer fits, a garbled header."""
    if kind == "header_removed":
        return Grid((), (), grid.body, grid.bold, grid.numeric, grid.column_headers, grid.value_columns,
                    grid.name_col, grid.stt_col, grid.unit_col, False, grid.headings)
    if kind == "header_garbled":
        header = tuple(tuple(_garble(t, rng) for t in row) for row in grid.header)
        return Grid(header, grid.spans, grid.body, grid.bold, grid.numeric, grid.column_headers, grid.value_columns,
                    grid.name_col, grid.stt_col, grid.unit_col, grid.colnum_row, grid.headings)
    if kind == "columns_shuffled":
        width = len(grid.body[0]) if grid.body else 0
        order = list(range(width))
        # The indicator column moves among the figures and every figure column moves: the header
        # still reads "Chỉ tiêu | ĐVT | KH ..." above columns that are no longer those.
        while any(order[i] == i for i in range(width)) and width > 1:
            rng.shuffle(order)
        body = tuple(tuple(row[order[i]] for i in range(width)) for row in grid.body)
        numeric = tuple(tuple(row[order[i]] for i in range(width)) for row in grid.numeric)
        return Grid(grid.header, grid.spans, body, grid.bold, numeric, grid.column_headers, grid.value_columns,
                    grid.name_col, grid.stt_col, grid.unit_col, grid.colnum_row, ())
    raise ValueError(kind)


def value_text(value: Value, style: str) -> str:
    return format_value(value, style)


__all__ = [
    "BROKEN_KINDS",
    "COLNUM_STYLES",
    "FONTS",
    "NAME_HEADERS",
    "RULINGS",
    "STT_HEADERS",
    "UNIT_HEADERS",
    "ColumnMeaning",
    "DocLayout",
    "Grid",
    "ScanLayout",
    "TableLayout",
    "table_grid",
]
