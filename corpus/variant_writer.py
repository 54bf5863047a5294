"""Render a layout variant through a third PDF producer: LibreOffice Writer, the office suite district
clerks write their reports in (Word itself cannot run here).

The SAME variant as ``corpus/variant_html.py`` (content, grids, blocks, column widths, truth) is
written as HTML and opened by Writer (``soffice --headless --infilter="HTML (StarWriter)"``, Writer
proper, not Writer/Web), which lays it out, breaks the pages and exports the PDF. Writer's HTML import
reads the old table attributes, not CSS borders or backgrounds: rules are ``border``, ``frame`` and
``rules`` (the across-only ruling is ``frame="hsides" rules="groups"``, the header a group of its
own), a header cell's shading is ``bgcolor``, column widths are ``<col width>`` in CSS pixels, and
the page number is a footer with a page field (``<div title="footer">`` and ``<sdfield
type=PAGE>``, as Writer itself exports them). The page size and orientation come from ``@page``. A
repeated header is a ``<thead>``: Writer repeats it on every page. Writer lets a row break across
pages (its default), so a row taller than the room left goes on on the next page.

Truth pages: Writer has no absolutely positioned text, so a marker would take room and move the
layout. Each body row's page is read back from the printed PDF itself: the first words of the
row's name (or of its first printed cell), looked for in the order Writer wrote the pages' text,
each row after the one before. The extractor is never used for it. A row whose words cannot be
found fails the render: no truth is guessed.

Left out as for Chromium: "rotated" prints landscape, no scanned copy; the double outer border
is Chromium's only.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from html import escape
from pathlib import Path
from typing import Any

from corpus.variant_html import PAD, _header_rows, body_cells, document_html, write_printed_truth
from corpus.variant_layout import Grid, TableLayout
from corpus.variant_pdf import _widths

SOFFICE = Path("/usr/bin/soffice")
PX = 0.75  # points per CSS pixel: Writer reads HTML lengths in pixels
# Writer's own HTML export writes its footer so; its import reads it back as the page footer.
FOOTER = ('<div title="footer"><p align="center" style="font-size: 7pt">'
          "<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n")


class LibreOfficeMissingError(RuntimeError):
    """LibreOffice (``soffice``) is not installed where this producer looks for it."""


def _writer_header(grid: Grid, fill: bool) -> list[str]:
    """The header rows of ``variant_html`` in Writer's dialect: shading as ``bgcolor``."""
    rows = _header_rows(grid)
    if fill:
        rows = [r.replace("<th", '<th bgcolor="#D9D9D9"') for r in rows]
    return rows


def _writer_body(grid: Grid, layout: TableLayout) -> list[str]:
    out = []
    for r, row_cells in enumerate(body_cells(grid, layout)):
        cells = []
        for _c, text, align, span in row_cells:
            body = f"<b>{escape(text)}</b>" if grid.bold[r] and text else escape(text)
            cells.append(f'<td align="{align}" valign="top"{span}>{body}</td>')
        out.append(f"<tr>{''.join(cells)}</tr>")
    return out


def writer_table(grid: Grid, layout: TableLayout, fonts: tuple[str, str], size: float, total: float, number: int,
                 *, double: bool, marks: bool) -> str:
    """One table as Writer's HTML import reads it (``variant_html._table``'s arguments; ``double``
    and ``marks`` are Chromium's only)."""
    widths = _widths(grid, layout, total, fonts[0], fonts[1], size, PAD)
    ruling = {
        "grid": 'border="1"',
        "none": 'border="0"',
        # Rules above and below the table and between its groups: the header is a group.
        "horizontal": 'border="1" frame="hsides" rules="groups"',
    }[layout.ruling]
    cols = "".join(f'<col width="{w / PX:.0f}">' for w in widths)
    head = _writer_header(grid, layout.header_fill)
    body = _writer_body(grid, layout)
    if layout.repeat_header and head:
        parts = [f"<thead>{''.join(head)}</thead>", f"<tbody>{''.join(body)}</tbody>"]
    elif head:
        parts = [f"<tbody>{''.join(head)}</tbody>", f"<tbody>{''.join(body)}</tbody>"]
    else:
        parts = [f"<tbody>{''.join(body)}</tbody>"]
    return (f'<table {ruling} cellpadding="{PAD / PX:.0f}" cellspacing="0" width="{sum(widths) / PX:.0f}" align="center">'
            f"<colgroup>{cols}</colgroup>{''.join(parts)}</table>")


def print_pdf(html: str, out: Path, *, timeout: float = 180.0) -> None:
    """Open ``html`` in LibreOffice Writer and export it to ``out`` as PDF."""
    if not SOFFICE.exists():
        raise LibreOfficeMissingError(f"LibreOffice is not installed at {SOFFICE} (apt-get install libreoffice-writer-nogui)")
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="doisoat-writer-") as tmp:
        page = Path(tmp) / f"{out.stem}.html"
        page.write_text(html, encoding="utf-8")
        # A profile of its own: two soffice processes sharing one refuse to run side by side.
        cmd = [str(SOFFICE), "--headless", "--norestore", f"-env:UserInstallation={(Path(tmp) / 'profile').as_uri()}",
               "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, str(page)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
        pdf = Path(tmp) / f"{out.stem}.pdf"
        if not pdf.is_file():
            raise RuntimeError(f"soffice printed nothing (exit {proc.returncode}): {proc.stderr[-400:]}")
        shutil.move(str(pdf), out)


def _key(grid: Grid, row: Sequence[str]) -> list[str]:
    """The words a row is found by: its name's first three, else its first printed cell's (the
    first two of them do when the third went on the next page)."""
    texts = [row[grid.name_col], *row] if grid.name_col < len(row) else list(row)
    for text in texts:
        if text.split():
            return text.split()[:3]
    return []


def rows_pages(pdf: Path, grids: Sequence[Grid]) -> tuple[list[dict[int, int]], int, tuple[float, float]]:
    """Per table, the page of each body row, found in the printed text in order; the page count and
    the first page's size. Raises when a row's words are not found after the row before."""
    import pdfplumber

    with pdfplumber.open(pdf) as doc:
        words = [[w["text"] for w in page.extract_words(use_text_flow=True)] for page in doc.pages]
        n_pages = len(doc.pages)
        size = (float(doc.pages[0].width), float(doc.pages[0].height))
    at = (0, 0)  # page index, word index: where the row before was found
    out: list[dict[int, int]] = []
    for k, grid in enumerate(grids):
        pages: dict[int, int] = {}
        for r, row in enumerate(grid.body):
            key = _key(grid, row)
            if not key:
                continue
            # A row split over a page break may print its name's third word on the next page; a later row
            # may open with the same three words ("Tăng trưởng đàn gia súc", then an added "Tăng trưởng
            # đàn gia súc (bổ sung)"), so the whole key is not enough to place it.
            whole = _find(words, key, at)
            opening = _find(words, key[:2], at)
            found = opening if opening is not None and _split_over(words, key, opening, whole) else whole or opening
            if found is None:
                raise RuntimeError(f"{pdf.name}: table {k} row {r} ({' '.join(key)}) not found in the printed text")
            at = (found[0], found[1] + 1)
            pages[r] = found[0] + 1
        out.append(pages)
    return out, n_pages, size


# How far apart a key's words may be: Writer writes a row's first line across all its cells before
# the cells' second lines, so a name wrapped after its first word has the row's figures between.
_WINDOW = 24


def _split_over(words: Sequence[Sequence[str]], key: Sequence[str], opening: tuple[int, int],
                whole: tuple[int, int] | None) -> bool:
    """Whether a key's first two words close a page and its third opens the next one, ahead of any
    whole key there."""
    page, at = opening
    if len(key) < 3 or page + 1 >= len(words) or len(words[page]) - at > _WINDOW:
        return False
    head = list(words[page + 1][:_WINDOW])
    if key[2] not in head:
        return False
    return whole is None or whole[0] > page + 1 or head.index(key[2]) < whole[1]


def _find(words: Sequence[Sequence[str]], key: Sequence[str], start: tuple[int, int]) -> tuple[int, int] | None:
    """Where ``key``'s first word is, its other words following in order within ``_WINDOW`` words on
    the same page, at or after ``start`` (page index, word index)."""
    page, i = start
    while page < len(words):
        ws = words[page]
        for j in range(i, len(ws)):
            if ws[j] != key[0]:
                continue
            at = j
            for word in key[1:]:
                nxt = next((m for m in range(at + 1, min(len(ws), j + _WINDOW)) if ws[m] == word), None)
                if nxt is None:
                    break
                at = nxt
            else:
                return page, j
        page, i = page + 1, 0
    return None


def render_libreoffice(v: Any, folder: Path, name: str) -> dict[str, Any]:
    """Write ``folder/name.pdf`` (printed by LibreOffice Writer) and ``folder/name.truth.json``;
    return the truth."""
    from corpus.variants import _blocks, _grids, _rng

    folder.mkdir(parents=True, exist_ok=True)
    grids = _grids(v)
    blocks = _blocks(v, _rng(v.seed, "render"))
    html, widths = document_html(blocks, grids, v.layout, v.seed, table=writer_table, footer=FOOTER)
    pdf = folder / f"{name}.pdf"
    print_pdf(html, pdf)
    pages_of, n_pages, upright = rows_pages(pdf, grids)
    return write_printed_truth(v, folder, name, grids, widths, pages_of, n_pages, upright, producer="libreoffice")


def write_seed_libreoffice(seed: int, folder: Path, *, force: Sequence[str] = ()) -> dict[str, Any]:
    """Every file of one seed printed by LibreOffice Writer (the edited copy too when it has one)."""
    from corpus.variants import write_seed

    return write_seed(seed, folder, force=force, renderer=render_libreoffice)
