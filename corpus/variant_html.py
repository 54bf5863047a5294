"""Render a layout variant through a second PDF producer: one HTML document printed by headless Chromium.

Every other variant is drawn by our own reportlab code (``corpus/variant_pdf.py``): one text run per
cell line, rules as stroked lines, spans drawn by us. District PDFs come out of Word, LibreOffice and
browsers, which write text in other runs, draw cell borders as filled rectangles and lay out merged
header cells by ``rowspan``/``colspan``. Here the SAME variant (content, grids, blocks and truth of
``corpus/variants.py``) is written as HTML - tables with real ``<th colspan rowspan>`` headers,
borders as CSS, the variant's font, ``@page`` size - and Chromium lays it out and breaks the pages.

Where rows land is Chromium's decision, so the truth's page numbers are read back from what Chromium
printed: a second print of the same document carries, in every body row's first cell, a tiny
absolutely positioned marker (``@t0r5@``: table 0, row 5) that takes no room in the layout; the
page each marker is found on is that row's page. The extractor never sees that copy.

Left out (HTML cannot say them): a landscape page stored sideways in a portrait PDF ("rotated" is
printed landscape and its feature recorded as "landscape"), and scans (no scanned copy is made).
The font shrinking of ``render_pdf_fitting`` (a row taller than a page) is reportlab's: Chromium
splits such a row over pages itself.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from html import escape
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics

from corpus.variant_layout import DocLayout, Grid, TableLayout
from corpus.variant_pdf import MARGIN, Block, _widths, register

CHROMIUM = Path("/usr/bin/chromium")
CSS_FAMILIES = {
    "dejavu_sans": '"DejaVu Sans", sans-serif',
    "dejavu_serif": '"DejaVu Serif", serif',
    "liberation_serif": '"Liberation Serif", serif',
    "liberation_sans": '"Liberation Sans", sans-serif',
}
PAD = 2.5
_MARK = re.compile(r"@t(\d+)r(\d+)@")
MARK_SIZE = 1.5  # points: far below any text of the document, so markers are told apart by size


class ChromiumMissingError(RuntimeError):
    """Headless Chromium is not installed where this producer looks for it."""


def _outer_double(seed: int) -> bool:
    """Whether a ruled table gets a double outer border (as Word's "double line" table styles print):
    a third of the seeds, from a stream of its own so nothing else of the variant moves."""
    return random.Random(f"doisoat-variant-html-double-{seed}").random() < 1 / 3


def _css(layout: DocLayout) -> str:
    size = layout.font_size
    orientation = "portrait" if layout.orientation == "portrait" else "landscape"
    return f"""
@page {{ size: A4 {orientation}; margin: {MARGIN}pt;
  @bottom-center {{ content: counter(page); font-family: {CSS_FAMILIES[layout.font]}; font-size: 7pt; }} }}
html {{ -webkit-print-color-adjust: exact; print-color-adjust: exact; }}
body {{ margin: 0; font-family: {CSS_FAMILIES[layout.font]}; font-size: {size}pt; line-height: 1.22; }}
p.prose {{ font-size: {size + 2}pt; line-height: 1.35; text-align: justify; text-indent: 18pt; margin: 0 0 4pt 0; }}
p.title {{ font-weight: bold; font-size: {size + 2}pt; text-align: center; margin: 0; }}
p.note {{ text-align: center; margin: 0; }}
div.gap {{ height: 6pt; }}
div.spacer {{ height: 14pt; }}
div.pagebreak {{ break-before: page; }}
table.head, table.sign {{ width: 100%; border-collapse: collapse; margin-bottom: 8pt; }}
table.head td {{ text-align: center; vertical-align: top; padding: {PAD}pt; }}
table.head td.big, table.sign td.big {{ font-weight: bold; font-size: {size + 1}pt; }}
table.sign {{ margin-top: 10pt; }}
table.sign td {{ vertical-align: top; padding: {PAD}pt; width: 50%; }}
table.sign td.big {{ text-align: center; }}
table.data {{ border-collapse: collapse; table-layout: fixed; margin: 0 auto; }}
table.data th, table.data td {{ padding: {PAD}pt; vertical-align: top; overflow-wrap: normal; }}
table.data th {{ font-weight: bold; text-align: center; vertical-align: middle; }}
table.data th.colnum {{ font-weight: normal; }}
table.data tr {{ break-inside: avoid; }}
table.data td.l {{ text-align: left; }} table.data td.r {{ text-align: right; }} table.data td.c {{ text-align: center; }}
table.data tr.b td {{ font-weight: bold; }}
table.ruled th, table.ruled td {{ border: 0.5pt solid black; }}
table.ruled.double {{ border: 2.25pt double black; }}
table.horizontal tr.first th, table.horizontal tr.first td {{ border-top: 0.8pt solid black; }}
table.horizontal th.hb {{ border-bottom: 0.5pt solid black; }}
table.horizontal tr.last td {{ border-bottom: 0.8pt solid black; }}
table.fill thead th, table.fill tr.h th {{ background: #D9D9D9; }}
td.m {{ position: relative; }}
span.mk {{ position: absolute; left: 0; top: 0; font-size: {MARK_SIZE}pt; line-height: 1; white-space: nowrap; }}
"""


def _header_rows(grid: Grid) -> list[str]:
    """Header rows as <tr> of <th>, merged cells by rowspan/colspan (``grid.spans``)."""
    n_header = len(grid.header)
    span_at: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for (c0, r0), (c1, r1) in grid.spans:
        span_at[(r0, c0)] = (c1 - c0 + 1, r1 - r0 + 1)
        covered |= {(r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)} - {(r0, c0)}
    out = []
    for r, row in enumerate(grid.header):
        colnum = grid.colnum_row and r == n_header - 1
        cells = []
        for c, text in enumerate(row):
            if (r, c) in covered:
                continue
            cols, rows = span_at.get((r, c), (1, 1))
            attrs = (f' colspan="{cols}"' if cols > 1 else "") + (f' rowspan="{rows}"' if rows > 1 else "")
            # The rule under the header runs under every cell that reaches its last row, the
            # merged ones included ("horizontal" ruling draws it across the whole table).
            classes = (["colnum"] if colnum else []) + (["hb"] if r + rows == n_header else [])
            if classes:
                attrs += f' class="{" ".join(classes)}"'
            cells.append(f"<th{attrs}>{escape(text)}</th>")
        classes = ["h"] + (["first"] if r == 0 else [])
        out.append(f'<tr class="{" ".join(classes)}">{"".join(cells)}</tr>')
    return out


def body_cells(grid: Grid, layout: TableLayout) -> list[list[tuple[int, str, str, str]]]:
    """Each body row's printed cells as (column, text, alignment "right"/"center"/"left", colspan
    attribute): a merged heading spans every column right of the names, the ones it covers are left out."""
    num_align = "right" if layout.number_align == "right" else "center"
    last = len(grid.column_headers) - 1
    merged = set(grid.headings) if layout.merge_headings and not layout.broken else set()
    rows = []
    for r, row in enumerate(grid.body):
        cells = []
        for c, text in enumerate(row):
            if r in merged and c > grid.name_col:
                continue
            if grid.numeric[r][c]:
                align = num_align
            elif c == grid.stt_col or c == grid.unit_col:
                align = "center"
            else:
                align = "left"
            span = f' colspan="{last - grid.name_col + 1}"' if r in merged and c == grid.name_col else ""
            cells.append((c, text, align, span))
        rows.append(cells)
    return rows


def _body_rows(grid: Grid, layout: TableLayout, number: int, marks: bool) -> list[str]:
    out = []
    for r, row_cells in enumerate(body_cells(grid, layout)):
        cells = []
        for c, text, alignment, span in row_cells:
            align = alignment[0]  # the CSS classes r, c, l
            mark = f'<span class="mk">@t{number}r{r}@</span>' if marks and c == 0 else ""
            cls = f"{align} m" if mark else align
            cells.append(f'<td class="{cls}"{span}>{mark}{escape(text)}</td>')
        classes = (["b"] if grid.bold[r] else []) + (["first"] if r == 0 and not grid.header else []) \
            + (["last"] if r == len(grid.body) - 1 else [])
        out.append(f'<tr class="{" ".join(classes)}">{"".join(cells)}</tr>')
    return out


def _table(grid: Grid, layout: TableLayout, fonts: tuple[str, str], size: float, total: float, number: int,
           *, double: bool, marks: bool) -> str:
    widths = _widths(grid, layout, total, fonts[0], fonts[1], size, PAD)
    classes = ["data", {"grid": "ruled", "none": "unruled", "horizontal": "horizontal"}[layout.ruling]]
    if layout.ruling == "grid" and double:
        classes.append("double")
    if layout.header_fill and grid.header:
        classes.append("fill")
    cols = "".join(f'<col style="width:{w:.2f}pt">' for w in widths)
    head = _header_rows(grid)
    body = _body_rows(grid, layout, number, marks)
    # A repeated header is a <thead> (Chromium prints it again on every page the table runs to);
    # one printed once is the table's first rows.
    if layout.repeat_header and head:
        parts = [f"<thead>{''.join(head)}</thead>", f"<tbody>{''.join(body)}</tbody>"]
    else:
        parts = [f"<tbody>{''.join(head + body)}</tbody>"]
    return (f'<table class="{" ".join(classes)}" style="width:{sum(widths):.2f}pt"><colgroup>{cols}</colgroup>'
            f"{''.join(parts)}</table>")


def document_html(blocks: Sequence[Block], grids: Sequence[Grid], layout: DocLayout, seed: int, *,
                  marks: bool = False, table: Callable[..., str] | None = None, footer: str = "",
                  ) -> tuple[str, list[list[float]]]:
    """The HTML of a variant's blocks; with ``marks``, the row markers that give the truth its pages.
    Returns the document and, per table, its column widths in points. ``table`` writes a table
    (``_table``'s arguments) and ``footer`` ends the body, for another producer's dialect of HTML
    (``corpus.variant_writer``)."""
    write_table = _table if table is None else table
    fonts = register(layout.font)
    upright = A4 if layout.orientation == "portrait" else landscape(A4)
    frame_w = upright[0] - 2 * MARGIN
    # The same widths as the reportlab copy: one draw per table from the seed's widths stream.
    rng = random.Random(f"doisoat-variant-widths-{seed}")
    double = _outer_double(seed)
    body: list[str] = []
    widths: list[list[float]] = []
    for block in blocks:
        if block.kind == "title":
            body += [f'<p class="{"note" if line.startswith("(") else "title"}">{escape(line)}</p>' for line in block.lines]
            body.append('<div class="gap"></div>')
        elif block.kind == "prose":
            body += [f'<p class="prose">{escape(p)}</p>' for p in block.lines]
            body.append('<div class="gap"></div>')
        elif block.kind == "letterhead":
            left, right = block.lines[:3], block.lines[3:]
            rows = "".join(
                f'<tr><td class="{"big" if i < 2 else ""}" style="width:42%">{escape(a)}</td>'
                f'<td class="{"big" if i < 2 else ""}">{escape(b)}</td></tr>'
                for i, (a, b) in enumerate(zip(left, right, strict=True)))
            body.append(f'<table class="head">{rows}</table>')
        elif block.kind == "signature":
            sender = "<br>".join(escape(x) for x in block.lines[:3])
            signer = "<br>".join(escape(x) for x in block.lines[3:])
            body.append(f'<table class="sign"><tr><td>{sender}</td><td class="big">{signer}</td></tr></table>')
        elif block.kind == "spacer":
            body.append('<div class="spacer"></div>')
        elif block.kind == "pagebreak":
            body.append('<div class="pagebreak"></div>')
        elif block.kind == "table":
            assert block.table is not None
            total = frame_w * rng.uniform(0.86, 1.0)
            grid, tl = grids[block.table], layout.tables[block.table]
            widths.append(_widths(grid, tl, total, fonts[0], fonts[1], layout.font_size, PAD))
            body.append(write_table(grid, tl, fonts, layout.font_size, total, block.table, double=double, marks=marks))
    html = (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>v{seed:04d}</title>'
            f"<style>{_css(layout)}</style></head><body>\n" + "\n".join(body) + f"\n{footer}</body></html>\n")
    return html, widths


def print_pdf(html: str, out: Path, *, timeout: float = 120.0) -> None:
    """Print ``html`` to ``out`` with headless Chromium (no browser header or footer)."""
    if not CHROMIUM.exists():
        raise ChromiumMissingError(f"headless Chromium is not installed at {CHROMIUM}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="doisoat-html-") as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        pdf = Path(tmp) / "page.pdf"
        cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={Path(tmp) / 'profile'}", "--no-pdf-header-footer",
               f"--print-to-pdf={pdf}", page.as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        if not pdf.is_file():
            raise RuntimeError(f"chromium printed nothing (exit {proc.returncode}): {proc.stderr[-400:]}")
        shutil.move(str(pdf), out)


def marked_pages(pdf: Path) -> tuple[list[dict[int, int]], int, tuple[float, float]]:
    """Per table, the page of each body row, read from the markers of a marked print; the page
    count and the first page's size."""
    import pdfplumber

    where: dict[int, dict[int, int]] = {}
    with pdfplumber.open(pdf) as doc:
        for number, page in enumerate(doc.pages, start=1):
            text = "".join(ch["text"] for ch in page.chars if ch["size"] < MARK_SIZE + 0.5)
            for t, r in _MARK.findall(text):
                where.setdefault(int(t), {}).setdefault(int(r), number)
        n_pages = len(doc.pages)
        size = (float(doc.pages[0].width), float(doc.pages[0].height))
    return [where.get(k, {}) for k in range(max(where, default=-1) + 1)], n_pages, size


def _pages(pdf: Path) -> tuple[int, tuple[float, float]]:
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        return len(doc.pages), (float(doc.pages[0].width), float(doc.pages[0].height))


def render_chromium(v: Any, folder: Path, name: str) -> dict[str, Any]:
    """Write ``folder/name.pdf`` (printed by Chromium) and ``folder/name.truth.json``; return the truth."""
    from corpus.variants import _blocks, _grids, _rng

    folder.mkdir(parents=True, exist_ok=True)
    grids = _grids(v)
    blocks = _blocks(v, _rng(v.seed, "render"))
    html, widths = document_html(blocks, grids, v.layout, v.seed)
    pdf = folder / f"{name}.pdf"
    print_pdf(html, pdf)
    n_pages, upright = _pages(pdf)
    if n_pages == 1:
        # One page holds every row: no second print needed to tell where they landed.
        pages_of = [dict.fromkeys(range(len(grid.body)), 1) for grid in grids]
    else:
        marked, _ = document_html(blocks, grids, v.layout, v.seed, marks=True)
        with tempfile.TemporaryDirectory(prefix="doisoat-html-") as tmp:
            print_pdf(marked, Path(tmp) / "marked.pdf")
            pages_of, marked_n, _size = marked_pages(Path(tmp) / "marked.pdf")
        if marked_n != n_pages:
            raise RuntimeError(f"{name}: the marked print has {marked_n} pages, the document {n_pages}")
    pages_of += [{}] * (len(grids) - len(pages_of))
    return write_printed_truth(v, folder, name, grids, widths, pages_of, n_pages, upright, producer="chromium")


def write_printed_truth(
    v: Any,
    folder: Path,
    name: str,
    grids: Sequence[Grid],
    widths: Sequence[Sequence[float]],
    pages_of: list[dict[int, int]],
    n_pages: int,
    upright: tuple[float, float],
    *,
    producer: str,
) -> dict[str, Any]:
    """The truth of a variant another producer printed from this module's HTML, written beside its PDF:
    the row pages are the producer's, read back from its print; which names wrap is judged with
    reportlab's font metrics (the producers' own are not at hand)."""
    from corpus.variants import truth_of

    regular, _bold = register(v.layout.font)
    wrapped = [
        any(pdfmetrics.stringWidth(row[grid.name_col], regular, v.layout.font_size) > w[grid.name_col] - 2 * PAD
            for row in grid.body)
        for grid, w in zip(grids, widths, strict=True)
    ]
    # A landscape page stored sideways is no HTML notion: the rotated variant prints landscape.
    printed = replace(v, layout=replace(v.layout, orientation="landscape")) if v.layout.orientation == "rotated" else v
    truth = truth_of(printed, name, grids, pages_of, wrapped, n_pages, upright)
    truth["producer"] = producer
    truth["scan_features"] = []
    (folder / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return truth


def write_seed_chromium(seed: int, folder: Path, *, force: Sequence[str] = ()) -> dict[str, Any]:
    """Every file of one seed printed by Chromium (the edited copy too when the seed has one)."""
    from corpus.variants import write_seed

    return write_seed(seed, folder, force=force, renderer=render_chromium)
