"""A table's last row alone at the top of the next page: read as that table's row, or said.

Variants 4471 and 4617 (unruled rows of three cells, one or two figures: running text for the page
layout) and 4940 (a ruled row of 24 letters and digits: a page "without a text layer") lost the row
without a word. Pinned on the generated PDFs themselves and on hand-drawn pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.grid import Grid, GridCell
from extractor.lone_rows import PageParts, attach_lone_rows
from extractor.model import Provenance, TextLine
from extractor.pdf_tables import read_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SIZE = 8.0

# (x of each column's left edge) for a whitespace table: name, unit, plan, actual, ratio.
COLUMNS = (60.0, 330.0, 420.0, 500.0, 580.0)
HEADER = ("Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "TH/KH (%)")
BODY = (
    ("1. Giá trị sản xuất nông nghiệp", "Tỷ đồng", "1.250", "1.310", "104,8"),
    ("2. Tổng sản lượng lương thực", "Tấn", "41.160", "42.005", "102,1"),
    ("3. Tỷ lệ che phủ rừng", "%", "51,3", "51,8", "101,0"),
    ("4. Tỷ lệ hộ nghèo", "%", "6,5", "5,9", "90,8"),
)


def _draw(pdf: canvas.Canvas, top: float, cells: tuple[str, ...], xs: tuple[float, ...] = COLUMNS) -> None:
    for x, text in zip(xs, cells, strict=False):
        if text:
            pdf.drawString(x, 595 - top - SIZE * 0.76, text)


def _two_pages(path: Path, last: tuple[str, ...], xs: tuple[float, ...] = COLUMNS, marker: str = "") -> None:
    """A table filling page 1 to its foot (page number under it) and ``last`` alone at the top of
    page 2 (under ``marker`` on a line of its own, a blank line above the row, when given)."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.setFont("DejaVuSans", SIZE)
    pdf.drawString(300, 595 - 60, "BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024")
    _draw(pdf, 100, HEADER)
    top = 120.0
    for _ in range(12):
        for row in BODY:
            _draw(pdf, top, row)
            top += 14.0
        if top > 520:
            break
    pdf.drawString(418, 595 - 570, "1")
    pdf.showPage()
    pdf.setFont("DejaVuSans", SIZE)
    if marker:
        _draw(pdf, 22, (marker,))
    _draw(pdf, 40, last, xs)
    pdf.drawString(60, 595 - 90, "Nơi nhận:")
    pdf.drawString(560, 595 - 90, "TM. ỦY BAN NHÂN DÂN")
    pdf.drawString(418, 595 - 570, "2")
    pdf.save()


def test_last_row_alone_at_the_top_of_the_next_page_is_the_table_s_last_row(tmp_path: Path) -> None:
    path = tmp_path / "lone.pdf"
    _two_pages(path, ("5. Tỷ lệ lao động qua đào tạo", "%", "", "85", ""))
    content = read_pdf(path)
    assert len(content.grids) == 1
    last = [c.text for c in content.grids[0].rows[-1]]
    assert last == ["5. Tỷ lệ lao động qua đào tạo", "%", "", "85", ""]
    assert content.grids[0].rows[-1][3].provenance.page == 2
    page2 = [ln.text for ln in content.lines if ln.provenance.page == 2]
    assert "85" not in page2 and "Nơi nhận:" in page2, "the row's lines are no running text; the signature is"
    assert content.warnings == ()


def test_a_child_marker_alone_over_the_lone_row_opens_its_list(tmp_path: Path) -> None:
    # v7175's edited copy: "Trong đó:" and the part under it pushed onto page 2, a blank line
    # between them. The marker was taken for the start of a paragraph, the row under it for
    # running text: the part lost, and a diff reported it removed.
    path = tmp_path / "marker.pdf"
    _two_pages(path, ("- Tỷ lệ lao động qua đào tạo trong năm", "%", "", "85", ""), marker="Trong đó:")
    content = read_pdf(path)
    assert len(content.grids) == 1
    rows = [[c.text for c in row] for row in content.grids[0].rows[-2:]]
    assert rows == [["Trong đó:", "", "", "", ""], ["- Tỷ lệ lao động qua đào tạo trong năm", "%", "", "85", ""]]
    doc = file_to_document(path)
    [part] = [r for r in doc.rows if r.indicator == "Tỷ lệ lao động qua đào tạo trong năm"]
    assert [c.value.value for c in part.cells if c.value.value is not None] == [85.0]
    assert [ln.text for ln in content.lines if ln.provenance.page == 2 and "Trong" in ln.text] == []


def test_a_line_of_figures_out_of_the_table_s_columns_is_said(tmp_path: Path) -> None:
    # The figures sit between the columns of the table above (shifted by half a column): not its
    # row, not to be guessed into one, and not to be passed over in silence either.
    path = tmp_path / "shifted.pdf"
    _two_pages(path, ("5. Tỷ lệ lao động qua đào tạo", "85", "90"), xs=(60.0, 460.0, 620.0))
    content = read_pdf(path)
    assert content.grids[0].rows[-1][0].provenance.page == 1, "not guessed into a row"
    assert len(content.warnings) == 1 and "page 2" in content.warnings[0] and "85" in content.warnings[0]
    doc = file_to_document(path)
    assert any("page 2" in w for w in doc.warnings)


@pytest.mark.parametrize("above", ["II. Văn hóa - Xã hội", "Trong đó:"])
def test_a_line_of_figures_out_of_the_columns_under_a_line_without_figures_is_said(above: str, tmp_path: Path) -> None:
    # Only the page's first line was looked at: under a heading (or a child marker) alone at the
    # top of the page, the row with its figure between the table's columns was read as running
    # text, unsaid.
    path = tmp_path / "under.pdf"
    _two_pages(path, ("5. Tỷ lệ lao động qua đào tạo", "85"), xs=(60.0, 460.0), marker=above)
    content = read_pdf(path)
    assert content.grids[0].rows[-1][0].provenance.page == 1, "not guessed into a row"
    assert len(content.warnings) == 1 and "page 2" in content.warnings[0] and "đào tạo | 85" in content.warnings[0]


def test_a_lone_row_with_its_name_wrapped_is_one_row() -> None:
    # Hand-made page parts: the table at the foot of page 1, and on page 2 a name over two lines
    # beside its unit and one figure, then the signature block a paragraph further down.
    widths = (250.0, 30.0, 40.0, 40.0, 40.0)
    table = Grid(
        rows=tuple(
            tuple(GridCell(t, Provenance(page=1, bbox=(x, top, x + w, top + 8.0))) for t, x, w in zip(row, COLUMNS, widths, strict=True))
            for top, row in ((100.0, HEADER), (500.0, BODY[0]))
        ),
        header_rows=1, provenance=Provenance(page=1, bbox=(60.0, 100.0, 620.0, 508.0)), method="words",
    )

    def line(text: str, x0: float, top: float) -> TextLine:
        return TextLine(text, Provenance(page=2, bbox=(x0, top, x0 + 5.0 * len(text), top + 8.0)))

    lines = (line("Tỷ lệ lao động qua đào tạo", 60.0, 40.0), line("%", 332.0, 40.0), line("85", 505.0, 40.0),
             line("trong năm", 60.0, 49.6), line("Nơi nhận:", 60.0, 90.0))
    pages, warnings = attach_lone_rows([PageParts(1, (table,), ()), PageParts(2, (), lines)])
    grown = pages[0].grids[0]
    assert [c.text for c in grown.rows[-1]] == ["Tỷ lệ lao động qua đào tạo trong năm", "%", "", "85", ""]
    assert [ln.text for ln in pages[1].lines] == ["Nơi nhận:"] and warnings == []
    # Running text under the table on page 1 ends it there: the lines of page 2 are not its rows.
    below = TextLine("Nơi nhận:", Provenance(page=1, bbox=(60.0, 530.0, 100.0, 538.0)))
    pages, warnings = attach_lone_rows([PageParts(1, (table,), (below,)), PageParts(2, (), lines)])
    assert pages[0].grids[0] == table and pages[1].lines == lines and warnings == []


@pytest.mark.parametrize(("seed", "name", "figures"), [
    (4471, "Tỷ lệ lao động qua đào tạo trong năm", {85.0}),
    (4940, "Tăng trưởng dân gia súc", {6.0}),
])
def test_generated_variants_keep_the_row_alone_on_the_last_page(seed: int, name: str, figures: set[float], tmp_path: Path) -> None:
    truth = write_seed(seed, tmp_path, edits=False)
    assert truth["pages"] == 2
    doc = file_to_document(tmp_path / f"v{seed:04d}.pdf")
    rows = [r for r in doc.rows if r.indicator == name]
    assert len(rows) == 1, [r.indicator for r in doc.rows][-3:]
    assert {c.value.value for c in rows[0].cells if c.value.value is not None} == figures
