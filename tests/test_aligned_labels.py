"""A label written in words, left-aligned in a column whose figures are right-aligned.

A district's table prints its figures right-aligned and its word values ("Đạt", "đạt") at the
left edge of their cell. Under a wide column with a centred header ("Lũy kế thực hiện ..."), the
label "đạt" lies nearer the right-aligned figures of the column on its left than that header:
read by distance, the label went to the column on the left ("Đạt đạt" in the target, nothing in
the actual: v5612, v5993). It starts right of where those figures end, so it is not theirs.
Pinned on hand-drawn pages (the label on the header's page and on a continuation page).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.grid import GridCell
from extractor.model import Provenance
from extractor.pdf_tables import read_pdf
from extractor.pdf_words import figures_end

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SIZE = 8.0
HEIGHT = 595.0
# (left edge, right edge) of each column: STT, name, unit, target, actual (wide), ratio, evaluation.
EDGES = ((56.0, 76.0), (78.0, 330.0), (332.0, 388.0), (390.0, 446.0), (448.0, 648.0), (650.0, 714.0), (716.0, 780.0))
HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Mục tiêu", "Lũy kế thực hiện đến hết năm 2024", "So với mục tiêu (%)", "Đánh giá")
ROWS = (
    ("1", "Tỷ lệ hồ sơ xử lý trên môi trường mạng", "%", "80", "99", "123,8", "Vượt"),
    ("2", "Tỷ lệ văn bản ký số", "%", "100", "92,7", "92,7", "Chưa đạt"),
    ("3", "Tỷ lệ xã có mạng truyền số liệu", "%", "100", "100", "100", "Đạt"),
    ("4", "Năng suất lao động tăng hằng năm", "%", "7", "7", "100", "Đạt"),
    ("5", "Tỷ trọng kinh tế số", "%", "5", "5", "100", "Đạt"),
)
LABELS = ("6", "Thanh toán không dùng tiền mặt", "Đạt", "Đạt", "đạt", "đạt", "Đạt")


def _row(pdf: canvas.Canvas, top: float, cells: tuple[str, ...]) -> None:
    y = HEIGHT - top - SIZE * 0.76
    for (x0, x1), text in zip(EDGES, cells, strict=True):
        if not text:
            continue
        if text.replace(",", "").isdigit():
            pdf.drawRightString(x1 - 2, y, text)  # figures right-aligned
        elif (x0, x1) == EDGES[2]:
            pdf.drawCentredString((x0 + x1) / 2, y, text)
        else:
            pdf.drawString(x0 + 2, y, text)  # words at the cell's left edge


def _header(pdf: canvas.Canvas) -> None:
    pdf.drawString(300, HEIGHT - 60, "BIỂU 01: KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CHUYỂN ĐỔI SỐ")
    for (x0, x1), text in zip(EDGES, HEADER, strict=True):
        pdf.drawCentredString((x0 + x1) / 2, HEIGHT - 100 - SIZE * 0.76, text)


def _pdf(path: Path, *, continued: bool) -> None:
    pdfmetrics.registerFont(TTFont("DejaVuSans", FONT))
    pdf = canvas.Canvas(str(path), pagesize=(842, HEIGHT))
    pdf.setFont("DejaVuSans", SIZE)
    _header(pdf)
    top = 120.0
    for _ in range(6 if continued else 1):
        for row in ROWS:
            _row(pdf, top, row)
            top += 16.0
    if continued:
        pdf.drawString(418, HEIGHT - 570, "1")
        pdf.showPage()
        pdf.setFont("DejaVuSans", SIZE)
        top = 40.0
        for row in (*ROWS[:2], LABELS, *ROWS[2:]):
            _row(pdf, top, row)
            top += 16.0
    else:
        _row(pdf, top, LABELS)
        for row in ROWS[:3]:
            top += 16.0
            _row(pdf, top, row)
    pdf.save()


def _labels_row(path: Path) -> list[str]:
    content = read_pdf(path)
    assert len(content.grids) == 1
    rows = [[c.text for c in r] for r in content.grids[0].rows if r[1].text == LABELS[1]]
    assert len(rows) == 1
    return rows[0]


def test_a_label_left_aligned_after_right_aligned_figures_is_the_next_column_s(tmp_path: Path) -> None:
    path = tmp_path / "labels.pdf"
    _pdf(path, continued=False)
    assert _labels_row(path) == list(LABELS)


def test_a_label_on_a_continuation_page_goes_under_its_own_column(tmp_path: Path) -> None:
    path = tmp_path / "labels2.pdf"
    _pdf(path, continued=True)
    assert _labels_row(path) == list(LABELS)


def _cell(text: str, x0: float, x1: float) -> GridCell:
    return GridCell(text, Provenance(page=1, bbox=(x0, 0.0, x1, 8.0)))


def test_figures_end_is_the_right_edge_shared_by_most_figures() -> None:
    assert figures_end([_cell("80", 438.4, 444.9), _cell("123,8", 425.0, 444.9), _cell("7", 441.6, 444.9)]) == 444.9
    # Centred figures of several widths share no edge; two figures are too few to say.
    assert figures_end([_cell("80", 438.4, 444.9), _cell("123,8", 430.0, 449.5), _cell("7", 441.0, 444.3)]) is None
    assert figures_end([_cell("80", 438.4, 444.9), _cell("7", 441.6, 444.9), _cell("Đạt", 450.0, 460.0)]) is None
