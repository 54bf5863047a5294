"""Text renderings of reports -> grids and running-text lines.

Three layouts occur in the corpus: tab-separated tables with ``<b>``/``<p>`` markup (seeds 000,
001), markdown pipe tables and prose with ``<sup>`` footnotes (001, 004), and PDF-to-text flowing
layout where one row's cells wrap over many lines (002, see ``extractor.flowtable``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html.parser import HTMLParser

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from normalizers.text import fold, strip_markup

_CAPTION_RE = re.compile(r"^\W*(bieu|phu luc|bang)\b")
_MD_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


@dataclass(frozen=True)
class TextContent:
    """What a text rendering holds: its table grids and its running-text lines (1-based lines)."""

    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]


def _caption_above(lines: Sequence[str], start: int) -> str | None:
    """The nearest "BIỂU ..."/"Phụ lục ..." caption in the few non-blank lines above a table."""
    seen = 0
    for i in range(start - 1, -1, -1):
        text = strip_markup(lines[i])
        if not text:
            continue
        if "\t" in lines[i]:
            return None
        seen += 1
        if _CAPTION_RE.match(fold(text)):
            return text
        if seen >= 4:
            return None
    return None


def _tsv_block(lines: Sequence[str], start: int, end: int) -> Grid:
    rows = tuple(
        tuple(GridCell(text, Provenance(line=n + 1)) for text in lines[n].rstrip("\r\n").split("\t"))
        for n in range(start, end)
    )
    return Grid(rows=rows, title=_caption_above(lines, start), provenance=Provenance(line=start + 1), method="tsv")


def _md_block(lines: Sequence[str], start: int, end: int) -> Grid:
    rows = []
    for n in range(start, end):
        if _MD_SEPARATOR_RE.match(lines[n]):
            continue
        parts = lines[n].strip().strip("|").split("|")
        rows.append(tuple(GridCell(p.strip(), Provenance(line=n + 1)) for p in parts))
    header_rows = 1 if end - start >= 2 and _MD_SEPARATOR_RE.match(lines[start + 1]) else -1
    return Grid(
        rows=tuple(rows),
        header_rows=header_rows,
        title=_caption_above(lines, start),
        provenance=Provenance(line=start + 1),
        method="markdown",
    )


def _is_md_row(line: str) -> bool:
    s = line.strip()
    return s.startswith("|") and s.count("|") >= 2


def text_to_content(text: str) -> TextContent:
    """Split a text rendering into table grids and running-text lines.

    A TSV table is a run of lines holding tabs; blank lines inside it (page breaks of the source)
    end the block — continuation blocks are stitched later by comparing headers.
    """
    lines = text.split("\n")
    grids: list[Grid] = []
    prose: list[TextLine] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line and line.strip():
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            grids.append(_tsv_block(lines, i, j))
            i = j
            continue
        if _is_md_row(line):
            j = i
            while j < len(lines) and _is_md_row(lines[j]):
                j += 1
            grids.append(_md_block(lines, i, j))
            i = j
            continue
        if line.strip():
            prose.append(TextLine(line, Provenance(line=i + 1)))
        i += 1
    return TextContent(grids=tuple(grids), lines=tuple(prose))


# The widest colspan a browser honours (HTML spec: clamped to 1000), and the most cells the spans
# of one HTML file may expand to: a report of 12,000 rows by 10 columns holds 120,000.
MAX_COLSPAN = 1000
MAX_HTML_CELLS = 2_000_000


class HtmlTooLargeError(ValueError):
    """An HTML rendering whose tables expand to more cells than any report holds."""


class _HtmlTables(HTMLParser):
    """Collects ``<table>`` cells and the text outside tables, line by line."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.grids: list[list[list[tuple[str, int]]]] = []
        self.text: list[tuple[str, int]] = []
        self._depth = 0
        self._cell: list[str] | None = None
        self._cell_line = 0
        self._span = 1
        self._outside: list[str] = []
        self._cells = 0
        self._spanned: set[int] = set()  # ids of rows holding a cell with colspan > 1

    def _trim_spans(self, table: list[list[tuple[str, int]]]) -> None:
        """Rows widened by colspan are cut to the table's real width: the widest row without a
        span (when there is one), so spans cannot make a table wider than its plain rows."""
        plain = [len(row) for row in table if id(row) not in self._spanned]
        if not plain:
            return
        width = max(plain)
        for row in table:
            if id(row) in self._spanned and len(row) > width:
                del row[width:]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._flush_outside()
            self._depth += 1
            self.grids.append([])
        elif tag == "tr" and self._depth:
            self.grids[-1].append([])
        elif tag in ("td", "th") and self._depth:
            self._cell = []
            self._cell_line = self.getpos()[0]
            span = (dict(attrs).get("colspan") or "1").strip()
            # Browsers clamp colspan to 1..1000 (HTML spec); a 282-byte file with
            # colspan="5000000" must not become five million cells.
            self._span = min(int(span), MAX_COLSPAN) if span.isdigit() and int(span) > 0 else 1
            if self._span > 1:
                self._spanned.add(id(self.grids[-1][-1]) if self.grids[-1] else 0)
        elif tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4") and not self._depth:
            self._flush_outside()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None and self._depth and self.grids[-1]:
            text = " ".join("".join(self._cell).split())
            self.grids[-1][-1].append((text, self._cell_line))
            # A spanning header cell is repeated over the columns it spans.
            self._cells += self._span
            if self._cells > MAX_HTML_CELLS:
                raise HtmlTooLargeError(f"HTML tables span more than {MAX_HTML_CELLS:,} cells")
            for _ in range(self._span - 1):
                self.grids[-1][-1].append((text, self._cell_line))
            self._cell = None
        elif tag == "table" and self._depth:
            self._depth -= 1
            self._trim_spans(self.grids[-1])
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "h4") and not self._depth:
            self._flush_outside()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        elif not self._depth:
            if not self._outside:
                self._cell_line = self.getpos()[0]
            self._outside.append(data)

    def _flush_outside(self) -> None:
        text = " ".join("".join(self._outside).split())
        if text:
            self.text.append((text, self._cell_line))
        self._outside = []


def html_to_content(text: str) -> TextContent:
    """An HTML rendering: ``<table>`` grids (colspans repeated) and the paragraphs around them."""
    parser = _HtmlTables()
    parser.feed(text)
    parser.close()
    parser._flush_outside()
    grids = tuple(
        Grid(
            rows=tuple(tuple(GridCell(t, Provenance(line=ln)) for t, ln in row) for row in table if row),
            provenance=Provenance(line=table[0][0][1] if table and table[0] else None),
            method="html",
        )
        for table in parser.grids
        if table
    )
    lines = tuple(TextLine(t, Provenance(line=ln)) for t, ln in parser.text)
    return TextContent(grids=grids, lines=lines)
