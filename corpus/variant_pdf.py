"""Render a layout variant to a text-layer PDF with reportlab, recording where every row landed.

Deterministic like ``corpus/generate_pdfs.py``: ``invariant`` output (no dates or random ids), fonts
subset the same way on every run, so the same variant and library versions give the same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from corpus.variant_layout import DocLayout, Grid, TableLayout

FONT_FILES = {
    "dejavu_sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    "dejavu_serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"),
    # Times New Roman and Arial look-alikes with Vietnamese glyphs (Debian fonts-liberation2).
    "liberation_serif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                         "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf"),
    "liberation_sans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                        "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"),
}
MARGIN = 36.0


class FontMissingError(RuntimeError):
    """A variant needs a font that is not installed (``make system`` installs them)."""


def register(font: str) -> tuple[str, str]:
    """Register a family's regular and bold faces; returns their reportlab names."""
    regular, bold = FONT_FILES[font]
    names = (f"{font}-r", f"{font}-b")
    for name, path in zip(names, (regular, bold), strict=True):
        if name not in pdfmetrics.getRegisteredFontNames():
            if not Path(path).is_file():
                raise FontMissingError(f"font {path} is missing: install fonts-dejavu-core and fonts-liberation2")
            pdfmetrics.registerFont(TTFont(name, path))
    return names


def _style(name: str, font: str, size: float, align: int, leading: float | None = None) -> ParagraphStyle:
    # splitLongWords=0: a word is never cut, so a wrapped cell reads back as its words joined by spaces.
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or round(size * 1.22, 2),
                          alignment=align, splitLongWords=0)


@dataclass
class Placed:
    """Where one table part was drawn: page, its box and its column edges (PDF points, upright page)."""

    table: int
    page: int
    rows: list[int]
    x_edges: list[float]
    top: float
    bottom: float


@dataclass
class Recorder:
    """Follows reportlab as it splits tables over pages."""

    n_header: dict[int, int] = field(default_factory=dict)
    repeat: dict[int, bool] = field(default_factory=dict)
    next_row: dict[int, int] = field(default_factory=dict)
    placed: list[Placed] = field(default_factory=list)
    signature: tuple[int, float, float, float, float] | None = None
    signature_id: int | None = None


class _Doc(BaseDocTemplate):
    recorder: Recorder
    frame_box: tuple[float, float, float, float]

    def afterFlowable(self, flowable: Flowable) -> None:
        rec = self.recorder
        if id(flowable) == rec.signature_id:
            x0, _, w, _ = self.frame_box
            bottom = self.frame._y
            rec.signature = (self.page, x0, bottom, x0 + w, bottom + flowable._height)
            return
        table = getattr(flowable, "variant_table", None)
        if table is None:
            return
        # Parts made by splitting keep the class, so the class attribute names the table.
        first = rec.next_row.get(table, 0) == 0
        skip = rec.n_header[table] if first or rec.repeat[table] else 0
        n_rows = len(flowable._cellvalues) - skip
        start = rec.next_row.get(table, 0)
        rows = list(range(start, start + max(0, n_rows)))
        rec.next_row[table] = start + max(0, n_rows)
        x0, _, w, _ = self.frame_box
        left = x0 + (w - flowable._width) / 2.0
        edges = [left]
        for cw in flowable._colWidths:
            edges.append(edges[-1] + cw)
        bottom = self.frame._y
        rec.placed.append(Placed(table, self.page, rows, edges, bottom + flowable._height, bottom))


def _widths(grid: Grid, layout: TableLayout, total: float, font: str, bold_font: str, size: float, pad: float) -> list[float]:
    """Column widths: figures get what their longest text needs; the indicator column and columns
    of long text (targets, results, agencies) share the rest, so their cells wrap."""
    width = len(grid.column_headers)
    need = [0.0] * width
    volume = [0.0] * width
    flexible = {grid.name_col}
    for row in grid.body:
        for c, text in enumerate(row):
            words = text.split()
            longest = max((pdfmetrics.stringWidth(w, bold_font, size) for w in words), default=0.0)
            if len(text) > 28:
                flexible.add(c)
                volume[c] += len(text)
                need[c] = max(need[c], longest + 2 * pad + 1)
            elif c != grid.name_col:
                need[c] = max(need[c], pdfmetrics.stringWidth(text, bold_font, size) + 2 * pad + 1)
    for row in grid.header:
        # A header word is never broken either: the longest word of a header sets a floor.
        for c, text in enumerate(row):
            longest = max((pdfmetrics.stringWidth(w, bold_font, size) for w in text.split()), default=0.0)
            need[c] = max(need[c], longest + 2 * pad + 1)
    widths = list(need)
    for c in range(width):
        if c in flexible:
            continue
        if grid.stt_col == c:
            widths[c] = max(need[c], size * 2.8)
        elif grid.unit_col == c:
            widths[c] = max(need[c], size * 4.8)
        else:
            widths[c] = max(need[c], size * 5.2)
    rest = total - sum(w for c, w in enumerate(widths) if c not in flexible)
    # Wide enough for the longest paragraphs to fit a page: width grows with a column's text volume.
    weights = {c: max(15.0, volume[c] / max(1, len(grid.body))) ** 0.9 * ((0.5 + 2 * layout.name_width) if c == grid.name_col else 1.0)
               for c in flexible}
    scale = sum(weights.values())
    for c in flexible:
        widths[c] = max(rest * weights[c] / scale, need[c], size * 8)
    return widths


def build_table(grid: Grid, layout: TableLayout, fonts: tuple[str, str], size: float, total: float,
                number: int = 0) -> tuple[Table, int]:
    """The reportlab Table for a printed grid; returns it and its number of header rows."""
    regular, bold = fonts
    pad = 2.5
    styles = {
        (align, b): _style(f"c{align}{b}{size}", bold if b else regular, size, align)
        for align in (TA_LEFT, TA_RIGHT, TA_CENTER)
        for b in (False, True)
    }
    head = _style(f"h{size}", bold, size, TA_CENTER)
    data: list[list[Any]] = []
    n_header = len(grid.header)
    for r, row in enumerate(grid.header):
        colnum = grid.colnum_row and r == n_header - 1
        data.append([Paragraph(escape(t), styles[(TA_CENTER, False)] if colnum else head) if t else "" for t in row])
    num_align = TA_RIGHT if layout.number_align == "right" else TA_CENTER
    for r, row in enumerate(grid.body):
        cells: list[Any] = []
        for c, text in enumerate(row):
            if not text:
                cells.append("")
                continue
            if grid.numeric[r][c]:
                align = num_align
            elif c == grid.stt_col or c == grid.unit_col:
                align = TA_CENTER
            else:
                align = TA_LEFT
            cells.append(Paragraph(escape(text), styles[(align, grid.bold[r])]))
        data.append(cells)
    widths = _widths(grid, layout, total, regular, bold, size, pad)
    # Spans in the header: blank out the covered slots (reportlab draws the first cell of a span).
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    for (c0, r0), (c1, r1) in grid.spans:
        commands.append(("SPAN", (c0, r0), (c1, r1)))
        for rr in range(r0, r1 + 1):
            for cc in range(c0, c1 + 1):
                if (rr, cc) != (r0, c0):
                    data[rr][cc] = ""
    if n_header:
        commands.append(("VALIGN", (0, 0), (-1, n_header - 1), "MIDDLE"))
    if layout.merge_headings and not layout.broken:
        last = len(grid.column_headers) - 1
        for r in grid.headings:
            commands.append(("SPAN", (grid.name_col, n_header + r), (last, n_header + r)))
    if layout.header_fill and n_header:
        commands.append(("BACKGROUND", (0, 0), (-1, n_header - 1), colors.HexColor("#D9D9D9")))
    if layout.ruling == "grid":
        commands.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif layout.ruling == "horizontal":
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
        if n_header:
            commands.append(("LINEBELOW", (0, n_header - 1), (-1, n_header - 1), 0.5, colors.black))
        commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    cls = type("VariantTable", (Table,), {"variant_table": number})
    table = cls(data, colWidths=widths, repeatRows=n_header if layout.repeat_header else 0,
                style=TableStyle(commands), hAlign="CENTER")
    return table, n_header


@dataclass(frozen=True)
class Block:
    """One thing printed in the document, in order."""

    kind: str  # "letterhead", "title", "prose", "table", "signature", "spacer", "pagebreak"
    lines: tuple[str, ...] = ()
    table: int | None = None


def render_pdf(path: Path, blocks: Sequence[Block], grids: Sequence[Grid], layout: DocLayout,
               rng: random.Random) -> tuple[Recorder, int, tuple[float, float]]:
    """Write the PDF; return the recorder, the page count and the upright page size."""
    rl_config.invariant = 1
    rl_config.useA85 = 0
    fonts = register(layout.font)
    size = layout.font_size
    upright = A4 if layout.orientation == "portrait" else landscape(A4)
    frame_w, frame_h = upright[0] - 2 * MARGIN, upright[1] - 2 * MARGIN
    frame = Frame(MARGIN, MARGIN, frame_w, frame_h, id="body", leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0)

    def footer(canvas: Any, doc: Any) -> None:
        if layout.orientation == "rotated":
            # The page is stored portrait with /Rotate 90: draw in landscape coordinates.
            canvas.translate(A4[0], 0)
            canvas.rotate(90)
        canvas.saveState()
        canvas.setFont(fonts[0], 7)
        canvas.drawCentredString(upright[0] / 2, MARGIN / 2, f"{doc.page}")
        canvas.restoreState()

    template = PageTemplate(id="page", frames=[frame], onPage=footer, pagesize=upright)
    if layout.orientation == "rotated":
        template.rotation = 90  # reportlab then stores the MediaBox portrait
    doc = _Doc(str(path), pagesize=upright, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
               bottomMargin=MARGIN, title=path.stem, author="doisoat layout variants", invariant=1)
    doc.addPageTemplates([template])
    doc.frame_box = (MARGIN, MARGIN, frame_w, frame_h)
    rec = Recorder()
    doc.recorder = rec
    story: list[Flowable] = []
    regular, bold = fonts
    title_style = _style("title", bold, size + 2, TA_CENTER)
    note_style = _style("note", regular, size, TA_CENTER)
    prose_style = ParagraphStyle("prose", fontName=regular, fontSize=size + 2, leading=(size + 2) * 1.35,
                                 alignment=TA_JUSTIFY, firstLineIndent=18, spaceAfter=4)
    small = _style("small", regular, size, TA_LEFT)
    small_c = _style("small_c", regular, size, TA_CENTER)
    bold_c = _style("bold_c", bold, size + 1, TA_CENTER)
    for block in blocks:
        if block.kind == "title":
            for line in block.lines:
                story.append(Paragraph(escape(line), title_style if not line.startswith("(") else note_style))
            story.append(Spacer(1, 6))
        elif block.kind == "prose":
            story += [Paragraph(escape(p), prose_style) for p in block.lines]
            story.append(Spacer(1, 6))
        elif block.kind == "letterhead":
            left, right = block.lines[:3], block.lines[3:]
            cells = [[Paragraph(escape(a), bold_c if i < 2 else small_c), Paragraph(escape(b), bold_c if i < 2 else small_c)]
                     for i, (a, b) in enumerate(zip(left, right, strict=True))]
            t = Table(cells, colWidths=[frame_w * 0.42, frame_w * 0.58])
            story += [t, Spacer(1, 8)]
        elif block.kind == "signature":
            sender = "<br/>".join(escape(x) for x in block.lines[:3])
            signer = "<br/>".join(escape(x) for x in block.lines[3:])
            t = Table([[Paragraph(sender, small), Paragraph(signer, bold_c)]], colWidths=[frame_w * 0.5, frame_w * 0.5])
            rec.signature_id = id(t)
            story += [Spacer(1, 10), t]
        elif block.kind == "spacer":
            story.append(Spacer(1, 14))
        elif block.kind == "pagebreak":
            from reportlab.platypus import PageBreak

            story.append(PageBreak())
        elif block.kind == "table":
            assert block.table is not None
            grid = grids[block.table]
            tl = layout.tables[block.table]
            total = frame_w * rng.uniform(0.86, 1.0)
            table, n_header = build_table(grid, tl, fonts, size, total, block.table)
            rec.n_header[block.table] = n_header
            rec.repeat[block.table] = tl.repeat_header
            story.append(table)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.build(story)
    return rec, doc.page, upright


def render_pdf_fitting(path: Path, blocks: Sequence[Block], grids: Sequence[Grid], layout: DocLayout,
                       seed_text: str) -> tuple[Recorder, int, tuple[float, float], DocLayout]:
    """``render_pdf``, with the font made smaller while a row is taller than a page (BIỂU 02's
    paragraphs); returns the layout actually used."""
    from dataclasses import replace

    from reportlab.platypus.doctemplate import LayoutError

    for _ in range(6):
        try:
            rec, pages, upright = render_pdf(path, blocks, grids, layout, random.Random(seed_text))
            return rec, pages, upright, layout
        except LayoutError:
            if layout.font_size <= 5.0:
                raise
            layout = replace(layout, font_size=round(layout.font_size - 0.5, 1))
    raise LayoutError(f"{path.name}: a row does not fit a page")
