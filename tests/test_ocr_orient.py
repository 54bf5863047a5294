"""Which way a scanned page lies (extractor/ocr_orient.py): level, upside down, or fed sideways.

The pages are real: the committed scan of Biểu 01 (corpus/pdf/bieu01_ruled_scanned.pdf, made by
corpus/make_scans.py) turned by whole quarters, and a layout variant's scan whose page the generator
fed sideways (``--force page_sideways``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from extractor.ocr import OcrPage, ocr_pdf_pages, page_warnings, tesseract_available
from extractor.ocr_orient import SIDEWAYS_MARGIN, after_quarter_turn, level_score, quarter_turn
from extractor.ocr_page import looks_numeric

SCANNED = Path(__file__).resolve().parent.parent / "corpus" / "pdf" / "bieu01_ruled_scanned.pdf"
OK, REASON = tesseract_available()
needs_tesseract = pytest.mark.skipif(not OK, reason=f"OCR tests need Tesseract with 'vie': {REASON}")


def _page(number: int) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(SCANNED))
    try:
        return np.asarray(pdf[number - 1].render(scale=300 / 72.0, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()


@pytest.mark.parametrize("number", [1, 2])
def test_a_level_page_and_the_same_page_turned_a_quarter_either_way_are_told_apart(number: int) -> None:
    level = _page(number)
    kept = quarter_turn(level, dpi=300)
    assert kept.sideways is False and kept.by == "profiles" and kept.score is not None and kept.score > SIDEWAYS_MARGIN
    # Upside down the printed lines still run across the page: level, for the tone marks to turn over.
    assert quarter_turn(np.ascontiguousarray(level[::-1, ::-1]), dpi=300).sideways is False
    for k in (1, 3):
        turned = quarter_turn(np.ascontiguousarray(np.rot90(level, k)), dpi=300)
        assert turned.sideways is True and turned.score is not None and turned.score < -SIDEWAYS_MARGIN


def test_a_blank_page_is_level_without_asking_anyone() -> None:
    asked: list[int] = []
    blank = np.full((1200, 900), 235, dtype=np.uint8)
    verdict = quarter_turn(blank, dpi=150, ask_tesseract=lambda g: asked.append(1) or None)
    assert verdict.sideways is False and verdict.score is None and not asked


def test_a_page_whose_profiles_cannot_tell_asks_tesseract_and_says_when_nobody_could() -> None:
    # Half the page level, half the same print sideways: the row and column profiles are equally sharp.
    level = _page(1)
    side = min(level.shape)
    square = level[:side, :side]
    mixed = np.ascontiguousarray(np.hstack([square[:, : side // 2], np.rot90(square)[:, side // 2 :]]))
    assert abs(level_score(mixed, dpi=300) or 0.0) < SIDEWAYS_MARGIN
    assert quarter_turn(mixed, dpi=300, ask_tesseract=lambda g: 90).sideways is True
    assert quarter_turn(mixed, dpi=300, ask_tesseract=lambda g: 180).sideways is False
    unsure = quarter_turn(mixed, dpi=300, ask_tesseract=lambda g: None)
    assert unsure.sideways is None and unsure.by == ""
    # Tesseract's answer is kept: which way the page lies after its quarter turn is known already.
    assert quarter_turn(mixed, dpi=300, ask_tesseract=lambda g: 270).left_after_turn() == 180
    assert quarter_turn(mixed, dpi=300, ask_tesseract=lambda g: 180).left_after_turn() is None


@needs_tesseract
@pytest.mark.parametrize(("k", "left"), [(1, 180), (3, 0)])
def test_tesseract_s_answer_on_the_stored_page_says_how_it_lies_after_the_quarter_turn(k: int, left: int) -> None:
    """The page turned ``k`` quarters counter-clockwise, then the reader's own quarter turn: k + 1
    quarters, upside down for k = 1 and level for k = 3. Tesseract's orientation detector, asked
    once about the page as stored, must say the same, so it need not be asked again."""
    from extractor.ocr_orient import QuarterTurn
    from extractor.ocr_tesseract import has_language, osd_degrees

    if not has_language("osd"):
        pytest.skip("Tesseract's orientation data (osd) is not installed")
    stored = np.ascontiguousarray(np.rot90(_page(1), k))
    turn = QuarterTurn(True, level_score(stored, dpi=300), "tesseract", osd_degrees(stored))
    assert turn.left_after_turn() == left


def test_the_quarter_turn_map_sends_each_pixel_where_rot90_puts_it() -> None:
    page = np.zeros((5, 8), dtype=np.uint8)
    page[1, 6] = 255  # x 6, y 1
    turned = np.rot90(page)
    identity = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    x, y = after_quarter_turn(identity, page.shape) @ np.array([6.0, 1.0, 1.0])
    assert turned[round(y), round(x)] == 255


def test_a_page_nobody_could_orient_is_a_document_warning() -> None:
    page = OcrPage(2, (), (), 0.5, 1.0, False, (
        "trang 2: không xác định được trang quét nằm thẳng hay nằm nghiêng, đã đọc như trang nằm thẳng",
        "trang 2: trang quét nằm nghiêng, đã xoay 90° ngược chiều kim đồng hồ trước khi đọc",
    ))
    assert page_warnings(page) == ["page 2: could not tell whether the scanned page is level or sideways; read as level"]


def _figures(grids: list) -> Counter[tuple[int, str]]:
    return Counter(
        (c, cell.text) for g in grids for row in g.rows[max(0, g.header_rows) :] for c, cell in enumerate(row)
        if looks_numeric(cell.text)
    )


@needs_tesseract
def test_a_table_page_fed_sideways_reads_like_its_text_layer(tmp_path: Path) -> None:
    """Seed 83: one landscape page with an eight-row table, scanned with the page fed sideways."""
    from corpus.variants import write_seed
    from extractor.pdf_tables import read_pdf

    truth = write_seed(83, tmp_path, scan_copy=True, edits=False, force=["page_sideways"])
    assert truth["pages"] == 1 and "page_sideways" in truth["scan_features"]
    turned = 360 - truth["layout"]["scan"]["sideways"][1]  # the generator's turn, undone
    (page,) = ocr_pdf_pages(tmp_path / "v0083_scan.pdf", [1])
    assert f"trang 1: trang quét nằm nghiêng, đã xoay {turned}° ngược chiều kim đồng hồ trước khi đọc" in page.notes
    assert not page_warnings(page) or all("orientation" not in w and "sideways" not in w for w in page_warnings(page))
    want = _figures(list(read_pdf(tmp_path / "v0083.pdf").grids))
    got = _figures(list(page.grids))
    assert sum(want.values()) >= 20
    assert sum((want & got).values()) >= 0.9 * sum(want.values()), (want - got, got - want)
