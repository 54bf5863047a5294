"""PDFium reads a page as pdfplumber does (extractor.pdf_pdfium), or hands the page back to pdfplumber.

The bar is equivalence: on the bundled PDFs and on a PDF printing what district reports print
(consecutive text runs, a form XObject drawn scaled, a page stored rotated 90 and one 180 degrees,
stretched and slanted text, raised text, rules as lines, rectangles, a filled box, a curve and a
closed path, an image), every page gives pdfplumber's words (same text, boxes within 0.01 pt),
pdfplumber's ruling edges and pdfplumber's images; a page set in a font that is not embedded goes
to pdfplumber; and ``read_pdf`` reads the same grids and lines either way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.utils import extract_words
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from corpus import generate_pdfs
from extractor.pdf_pdfium import PageObjects, PdfiumReader
from extractor.pdf_tables import _WORD_SETTINGS, _open_pdfium, _page_fonts, _words, read_pdf

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "corpus" / "pdf"
CORPUS = sorted(PDF_DIR.glob("*.pdf"))


def _draw(c: Canvas, h: float) -> None:
    font = generate_pdfs.REGULAR
    c.setFont(font, 10)
    c.saveState()
    c.translate(300, h - 400)
    c.rotate(30)
    c.drawString(0, 0, "DỰ THẢO 2024")
    c.restoreState()
    c.drawString(50, h - 60, "Tổng sản lượng lương thực có hạt ước đạt 41.160 tấn, vượt kế hoạch")
    t = c.beginText(50, h - 80)
    t.setFont(font, 9)
    for part in ["Thu nhập ", "bình quân ", "đầu người/ năm ", "50,00 triệu đồng"]:
        t.textOut(part)  # consecutive Tj: each goes on where the last ended
    c.drawText(t)
    t = c.beginText(50, h - 100)
    t.setFont(font, 9)
    t.setHorizScale(80)
    t.textOut("Ước thực hiện năm 2024 so với kế hoạch 98,5%")
    c.drawText(t)
    t = c.beginText(50, h - 140)
    t.setFont(font, 9)
    t.setRise(2)
    t.textOut("Tỷ lệ 12,5")
    c.drawText(t)
    for i in range(5):
        c.line(50, h - 200 - 20 * i, 400, h - 200 - 20 * i)
    for x in (50, 150, 250, 400):
        c.line(x, h - 200, x, h - 280)
    c.rect(420, h - 280, 100, 80, stroke=1, fill=0)
    c.setFillGray(0.9)
    c.rect(420, h - 320, 100, 30, stroke=0, fill=1)
    c.setFillGray(0)
    c.bezier(50, h - 300, 80, h - 330, 120, h - 330, 150, h - 300)
    p = c.beginPath()
    p.moveTo(200, h - 300)
    p.lineTo(300, h - 300)
    p.lineTo(300, h - 340)
    p.close()
    c.drawPath(p)
    c.setFont(font, 8)
    for i, cell in enumerate(["1", "Sản lượng lúa", "Tấn", "12.300"]):
        c.drawString(55 + 100 * i, h - 215, cell)


@pytest.fixture(scope="module")
def features(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pdfium")
    path = folder / "features.pdf"
    generate_pdfs.register_fonts()
    w, h = A4
    c = Canvas(str(path), pagesize=A4, invariant=1)
    _draw(c, h)
    c.showPage()
    c.beginForm("F1")
    _draw(c, h)
    c.endForm()
    c.saveState()
    c.translate(20, -30)
    c.scale(0.9, 0.9)
    c.doForm("F1")
    c.restoreState()
    c.showPage()
    c.setPageRotation(90)  # a landscape page stored portrait, turned for display
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)
    _draw(c, w)
    c.restoreState()
    c.showPage()
    c.setPageRotation(180)
    _draw(c, h)
    c.showPage()
    c.setPageRotation(0)
    c.setFont("Helvetica", 10)  # one of the standard 14 fonts, not embedded
    c.drawString(50, 700, "Tong san luong luong thuc 41.160 tan, vuot ke hoach 100,1 %")
    image = folder / "white.png"
    Image.new("RGB", (40, 20), "white").save(image)
    c.drawImage(str(image), 50, 500, 40, 20)
    c.showPage()
    c.save()
    return path


def _pages(path: Path) -> list[tuple[Any, PageObjects | None]]:
    reader = PdfiumReader(path)
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            got = reader.read_page(
                page.page_number - 1,
                mediabox=page.page_obj.mediabox,
                rotate=page.page_obj.rotate,
                height=float(page.height),
                mb_x0=float(page.mediabox[0]),
                mb_top=float(page.mediabox[1]),
                page_number=page.page_number,
                widths=_page_fonts(page),
            )
            want = PageObjects(
                chars=extract_words(page.chars, **_WORD_SETTINGS),  # words, compared below
                edges=list(page.edges),
                has_images=bool(page.images),
            )
            out.append((want, got))
    reader.close()
    return out


def _assert_same(want: PageObjects, got: PageObjects) -> None:
    words = extract_words(got.chars, **_WORD_SETTINGS)
    assert [w["text"] for w in words] == [w["text"] for w in want.chars]
    for a, b in zip(want.chars, words, strict=True):
        assert all(abs(a[k] - b[k]) < 0.01 for k in ("x0", "x1", "top", "bottom")), (a, b)
    assert [w["upright"] for w in words] == [w["upright"] for w in want.chars]

    def edges(es: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
        return sorted((e["orientation"] or "", e["x0"], e["top"], e["x1"], e["bottom"]) for e in es)

    a_edges, b_edges = edges(want.edges), edges(got.edges)
    assert len(a_edges) == len(b_edges)
    for a, b in zip(a_edges, b_edges, strict=True):
        assert a[0] == b[0] and all(abs(x - y) < 0.01 for x, y in zip(a[1:], b[1:], strict=True)), (a, b)
    assert want.has_images == got.has_images


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_bundled_pdfs_read_as_pdfplumber_reads_them(path: Path) -> None:
    for want, got in _pages(path):
        assert got is not None
        _assert_same(want, got)


def test_report_features_read_as_pdfplumber_reads_them(features: Path) -> None:
    pages = _pages(features)
    assert [got is None for _, got in pages] == [False, False, False, False, True]
    for want, got in pages[:4]:
        assert got is not None
        assert len(got.chars) > 100 and len(got.edges) > 20
        _assert_same(want, got)
    assert pages[4][0].has_images


@pytest.mark.parametrize("name", ["features", *[p.stem for p in CORPUS]])
def test_read_pdf_gives_the_same_grids_and_lines_either_way(name: str, features: Path) -> None:
    path = features if name == "features" else PDF_DIR / f"{name}.pdf"
    a, b = read_pdf(path, pdfium=False), read_pdf(path)

    def shape(content: Any) -> Any:
        grids = [(g.title, g.header_rows, g.method, [[c.text for c in row] for row in g.rows]) for g in content.grids]
        pages = [(p.number, p.width, p.height, p.has_text) for p in content.pages]
        return grids, [ln.text for ln in content.lines], pages, content.pages_needing_ocr

    assert shape(a) == shape(b)


@pytest.mark.parametrize("path", CORPUS, ids=[p.stem for p in CORPUS])
def test_words_have_the_same_face_either_way(path: Path) -> None:
    # The face tells a bold heading from a wrapped name (v8108): PDFium's chars carry their
    # font's name as pdfminer's do, and the words come out bold or regular alike.
    with pdfplumber.open(path) as pdf:
        want = [[w.bold for w in _words(page.chars, page.page_number)] for page in pdf.pages]
    got = [[w.bold for w in _words(objects.chars, 1)] for _, objects in _pages(path) if objects is not None]
    assert got == want
    faces = {b for page in want for b in page}
    assert faces == (set() if "scanned" in path.stem else {True, False})  # bold headers over a regular body


def test_a_file_pdfium_cannot_open_is_left_to_pdfplumber(tmp_path: Path) -> None:
    path = tmp_path / "not.pdf"
    path.write_bytes(b"%PDF-1.4\nnothing here\n%%EOF\n")
    assert _open_pdfium(path, None, 1) is None
    # And a page count PDFium disagrees on sends every page to pdfplumber.
    assert _open_pdfium(PDF_DIR / "bieu01_ruled.pdf", None, 99) is None
