"""Render the tables of seed 000 (Tam Đường, 1108/BC-UBND) to text-layer PDFs with their truth.

``python corpus/generate_pdfs.py`` writes into ``corpus/pdf/``:

- ``bieu01_ruled.pdf``: BIỂU 01, landscape A4, full grid, two-row header whose "So sánh" cell spans
  the three ratio columns; the table runs over two pages with the header repeated on page 2.
- ``bieu01_unruled.pdf``: the same table with no rules at all (whitespace-separated columns).
- ``bieu02_wrapped.pdf``: BIỂU 02, ruled, long "Chỉ tiêu" texts wrapped inside cells, several pages.

Each PDF has a ``<name>.truth.json`` beside it: per table its title, header rows and body rows as
lists of cell strings exactly as printed, and the page each row is on. The header rows follow the
grid convention of ``extractor.pdf_tables``: a cell merged over several columns repeats its text
in each of them, a cell merged over several rows keeps its text in the top row (empty below).

The output is byte-identical across runs (``invariant``: no dates or random ids in the PDF, fonts
subset deterministically), so ``tests/test_pdf_tables.py`` can check that the committed files and
this generator never drift.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from normalizers.text import strip_markup  # noqa: E402

SEED = ROOT / "corpus" / "000_6a5e51584c6108a1.txt"
OUT_DIR = ROOT / "corpus" / "pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 28.0


def register_fonts() -> None:
    """DejaVu Sans covers every Vietnamese letter; reportlab embeds only the glyphs used.

    No italic: each embedded face costs ~20 KB, and the seed's one italic line reads as well upright.
    """
    for name in (REGULAR, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


# ---------------------------------------------------------------------------------------- source


@dataclass
class SourceCell:
    """One TSV cell: its printed text (markup removed) and whether the seed printed it bold."""

    text: str
    bold: bool


@dataclass
class SourceTable:
    """One "BIỂU" of the seed: caption lines, header rows and the body rows of all its TSV blocks."""

    caption: list[str]
    note: str
    header: list[list[SourceCell]]
    body: list[list[SourceCell]] = field(default_factory=list)


def _cell(raw: str) -> SourceCell:
    return SourceCell(strip_markup(raw), "<b>" in raw.lower())


def _realign(row: list[str], width: int) -> list[str]:
    """Pad a ragged row; put back the seed's one row that lost its leading tab.

    Line 19 of the seed ("Tỷ lệ xã đạt chuẩn nông thôn mới") starts in the STT column with two empty
    cells at the end: the tab in front of it was lost when the seed was made. Printed as is, a
    sentence would wrap word by word in the 24-pt STT column, which no real report does.
    """
    row = row + [""] * (width - len(row))
    first = strip_markup(row[0])
    if len(first) > 6 and not row[-1].strip() and not row[-2].strip():
        row = ["", *row[:-1]]
    return row


def read_seed(path: Path = SEED) -> list[SourceTable]:
    """The seed's tables: consecutive TSV blocks with the same header are one table (its pages)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    tables: list[SourceTable] = []
    caption: list[str] = []
    note = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" not in line:
            text = strip_markup(line)
            if text.upper().startswith("BIỂU"):
                caption, note = [text], ""
            elif text.startswith("(Kèm theo"):
                note = text
            elif text and caption and not note and line.lstrip().startswith("**"):
                caption.append(text)
            i += 1
            continue
        block: list[list[str]] = []
        while i < len(lines) and "\t" in lines[i]:
            block.append(lines[i].split("\t"))
            i += 1
        width = len(block[0])
        # A second header row is one whose first cell is empty and which holds no row values.
        n_header = 2 if not block[1][0].strip() and not block[1][1].strip() else 1
        header = [[_cell(c) for c in r + [""] * (width - len(r))] for r in block[:n_header]]
        body = [[_cell(c) for c in _realign(r, width)] for r in block[n_header:]]
        same = tables and [c.text for c in tables[-1].header[0]] == [c.text for c in header[0]]
        if same and not caption:
            tables[-1].body.extend(body)
        else:
            tables.append(SourceTable(caption=caption, note=note, header=header, body=body))
        caption, note = [], ""
    return tables


# ---------------------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Layout:
    """How one PDF prints one source table."""

    name: str
    table: int
    widths: tuple[float, ...]
    font_size: float
    ruled: bool
    padding: float = 2.5
    number_columns: frozenset[int] = frozenset()


def _style(name: str, font: str, size: float, align: int) -> ParagraphStyle:
    # splitLongWords=0: a word is never cut inside, so a wrapped cell reads back as its words
    # joined by single spaces, exactly the printed string.
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=round(size * 1.2, 2), alignment=align, splitLongWords=0
    )


def _header_cells(header: Sequence[Sequence[SourceCell]]) -> tuple[list[list[str]], list[tuple[Any, ...]]]:
    """Header texts in the grid convention, and the SPAN commands of its merged cells.

    The TSV leaves a merged cell's text in its first slot: "So sánh", "", "" over three ratio
    sub-headers; "STT" over an empty second-row slot. Empty slots of row 0 under a text whose
    next-row neighbours are filled are a horizontal span; an empty slot below a text is a vertical one.
    """
    width = len(header[0])
    texts = [[c.text for c in row] for row in header]
    spans: list[tuple[Any, ...]] = []
    truth = [list(r) for r in texts]
    if len(texts) == 2:
        top, below = texts
        col = 0
        while col < width:
            end = col
            while end + 1 < width and not top[end + 1] and below[end + 1]:
                end += 1
            if end > col:
                spans.append(("SPAN", (col, 0), (end, 0)))
                for k in range(col + 1, end + 1):
                    truth[0][k] = top[col]
            elif top[col] and not below[col]:
                spans.append(("SPAN", (col, 0), (col, 1)))
            col = end + 1
    return truth, spans


class _PageRecorder:
    """Notes the page each table row lands on while reportlab splits the table over pages."""

    def __init__(self, n_header: int) -> None:
        self.n_header = n_header
        self.pages: list[int] = []

    def after_flowable(self, flowable: Flowable, page: int) -> None:
        if isinstance(flowable, Table):
            rows = len(flowable._cellvalues)
            # Every part after the first repeats the header rows (repeatRows).
            self.pages.extend([page] * (rows - self.n_header))


class _Doc(SimpleDocTemplate):
    recorder: _PageRecorder

    def afterFlowable(self, flowable: Flowable) -> None:
        self.recorder.after_flowable(flowable, self.page)


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 7)
    canvas.drawCentredString(doc.pagesize[0] / 2, MARGIN / 2, f"Trang {doc.page}")
    canvas.restoreState()


def render(table: SourceTable, layout: Layout, out_dir: Path) -> dict[str, Any]:
    """Write ``<layout.name>.pdf`` and return its truth (also written as ``<name>.truth.json``)."""
    register_fonts()
    size = layout.font_size
    body_styles = {
        (align, bold): _style(f"b{align}{bold}", BOLD if bold else REGULAR, size, align)
        for align in (TA_LEFT, TA_RIGHT, TA_CENTER)
        for bold in (False, True)
    }
    head_style = _style("head", BOLD, size, TA_CENTER)
    header_truth, spans = _header_cells(table.header)
    n_header = len(header_truth)

    data: list[list[Any]] = []
    for row in table.header:
        # A spanned slot is empty in the seed; reportlab draws only the first cell of a span anyway.
        data.append([Paragraph(escape(cell.text), head_style) if cell.text else "" for cell in row])
    for row in table.body:
        cells: list[Any] = []
        for c, cell in enumerate(row):
            if not cell.text:
                cells.append("")
                continue
            align = TA_RIGHT if c in layout.number_columns else (TA_CENTER if c == 0 else TA_LEFT)
            cells.append(Paragraph(escape(cell.text), body_styles[(align, cell.bold)]))
        data.append(cells)

    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), layout.padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), layout.padding),
        ("TOPPADDING", (0, 0), (-1, -1), layout.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.padding),
        *spans,
    ]
    if layout.ruled:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, n_header - 1), "MIDDLE"),
        ]
    grid = Table(data, colWidths=list(layout.widths), repeatRows=n_header, style=TableStyle(commands))

    caption_style = _style("caption", BOLD, 10, TA_CENTER)
    note_style = _style("note", REGULAR, 8.5, TA_CENTER)
    story: list[Flowable] = [Paragraph(escape(line), caption_style) for line in table.caption]
    story += [Paragraph(escape(table.note), note_style), Spacer(1, 8), grid]

    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{layout.name}.pdf"
    doc = _Doc(
        str(path),
        pagesize=landscape(A4),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=layout.name,
        author="doisoat corpus generator",
        invariant=1,
    )
    doc.recorder = _PageRecorder(n_header)
    doc.build(story, onFirstPage=_footer, onLaterPages=_footer)

    truth = {
        "source": f"corpus/{SEED.name}",
        "conventions": "header cells merged over columns repeat their text; merged over rows: top row only",
        "pages": doc.page,
        "tables": [
            {
                "title": " ".join(table.caption),
                "note": table.note,
                "header": header_truth,
                "body": [
                    {"cells": [c.text for c in row], "page": page}
                    for row, page in zip(table.body, doc.recorder.pages, strict=True)
                ],
            }
        ],
    }
    (out_dir / f"{layout.name}.truth.json").write_text(
        json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return truth


BIEU01_WIDTHS = (24.0, 170.0, 40.0, 52.0, 46.0, 46.0, 46.0, 52.0, 52.0, 66.0, 66.0, 66.0, 40.0)
BIEU02_WIDTHS = (22.0, 150.0, 36.0, 150.0, 236.0, 120.0, 52.0, 26.0)

LAYOUTS = (
    Layout("bieu01_ruled", 0, BIEU01_WIDTHS, 7.5, ruled=True, number_columns=frozenset(range(3, 12))),
    Layout("bieu01_unruled", 0, BIEU01_WIDTHS, 7.5, ruled=False, number_columns=frozenset(range(3, 12))),
    Layout("bieu02_wrapped", 1, BIEU02_WIDTHS, 6.5, ruled=True, number_columns=frozenset()),
)


def _deterministic() -> None:
    """No dates or random ids in the output; streams deflated but not ASCII85-inflated by a quarter."""
    rl_config.invariant = 1
    rl_config.useA85 = 0


def generate(out_dir: Path = OUT_DIR, layouts: Sequence[Layout] = LAYOUTS) -> list[Path]:
    """Write every layout's PDF and truth into ``out_dir``; return the PDF paths."""
    _deterministic()
    tables = read_seed()
    paths = []
    for layout in layouts:
        render(tables[layout.table], layout, out_dir)
        paths.append(out_dir / f"{layout.name}.pdf")
    return paths


def repeated_table_pdf(path: Path, pages: int) -> Path:
    """A long ruled PDF (BIỂU 01's body repeated) for memory and speed measurements, not committed."""
    _deterministic()
    table = read_seed()[0]
    long = SourceTable(table.caption, table.note, table.header, [])
    while True:
        long.body.extend(table.body)
        truth = render(long, Layout(path.stem, 0, BIEU01_WIDTHS, 7.5, ruled=True), path.parent)
        if truth["pages"] >= pages:
            return path
        # Roughly 22 rows a page: grow straight to the size needed.
        missing = pages - int(truth["pages"])
        long.body.extend(table.body * max(0, missing * 22 // len(table.body) - 1))


def main(argv: Sequence[str] | None = None, *, out: Callable[[str], None] = print) -> int:
    for path in generate():
        out(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
