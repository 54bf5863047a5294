"""Word-list corrections held to what Tesseract's LSTM weighed in the ink (``extractor.ocr_choices``).

The scans are development variants drawn by the generator (seed 13140 prints the source's own
"âm thực" and the ethnic name "Dáy"; seed 13620 prints "tiêu chuẩn", read "chuãn"), read as the
pipeline reads them; the strings are what Tesseract printed on them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest

from extractor.ocr_choices import choices_by_syllable, held_to_ink
from extractor.ocr_tesseract import OcrWord, probe

needs_tesseract = pytest.mark.skipif(not probe()[0], reason="Tesseract vie is not installed")


def _word(text: str, alternatives: tuple[str, ...]) -> OcrWord:
    return OcrWord(0, (1, 1, 1), (0, 0, 10, 10), 96.0, text, alternatives)


def test_a_correction_the_lstm_never_weighed_is_put_back_when_the_read_is_a_spelling() -> None:
    # v13140 page 1: "âm" (â 1.9, then ả ã ä: no ẩ) and "Dáy" (á, then à: no ã).
    am = _word("âm", ("&âäãả", "mn"))
    day = _word("Dáy,", ("dđ", "áà", "y", ",."))
    choices = choices_by_syllable([am, day])
    assert held_to_ink("chữ viết, âm thực, dân ca", "chữ viết, ẩm thực, dân ca", choices) == "chữ viết, âm thực, dân ca"
    assert held_to_ink("Dân tộc Dao, Dáy, Lào", "Dân tộc Dao, Dãy, Lào", choices) == "Dân tộc Dao, Dáy, Lào"


def test_a_correction_the_lstm_weighed_or_of_a_non_syllable_stands() -> None:
    # v13140: "tố chức" (ổ weighed 1.7 after ố) and "đế án" (ề weighed 0.3 after ế).
    choices = choices_by_syllable([_word("tố", ("t", "ốổồ")), _word("đế", ("đd", "ếềể"))])
    assert held_to_ink("tố chức, đế án", "tổ chức, đề án", choices) == "tổ chức, đề án"
    # "chuãn" is no syllable: the ink misread it, whatever the LSTM weighed.
    choices = choices_by_syllable([_word("chuãn", ("c", "h", "u", "ãâ", "n"))])
    assert held_to_ink("tiêu chuãn", "tiêu chuẩn", choices) == "tiêu chuẩn"
    # A word opening the text is no name inside it; without choices nothing is put back.
    assert held_to_ink("Triến khai", "Triển khai", choices_by_syllable([_word("Triến", ("t", "r", "i", "ế", "n"))])) == "Triển khai"
    assert held_to_ink("âm thực", "ẩm thực", {}) == "ẩm thực"


def test_words_whose_symbols_do_not_line_up_carry_no_choices() -> None:
    assert choices_by_syllable([_word("âm", ()), _word("thực", ("t", "h"))]) == {}


def _scan_cells(seed: int, page: int, tmp_path: Path) -> list[str]:
    from corpus.variants import write_seed
    from extractor.ocr_page import image_to_page

    write_seed(seed, tmp_path, scan_copy=True, edits=False)
    pdf = pdfium.PdfDocument(str(tmp_path / f"v{seed:04d}_scan.pdf"))
    gray = np.asarray(pdf[page - 1].render(scale=300 / 72.0, grayscale=True).to_pil().convert("L"))
    result = image_to_page(gray, page=page, dpi=300)
    return [cell.text for grid in result.grids for row in grid.rows for cell in row]


@needs_tesseract
def test_a_scan_keeps_the_spellings_its_ink_prints(tmp_path: Path) -> None:
    """v13140 page 1 printed "âm thực" and "Dáy"; the word lists read them "ẩm thực" and "Dãy"."""
    cells = " | ".join(_scan_cells(13140, 1, tmp_path))
    assert "chữ viết, âm thực, dân ca" in cells and "Mông, Dáy, Lào" in cells
    assert "ẩm thực" not in cells and "Dãy" not in cells


@needs_tesseract
def test_a_scan_still_reads_a_non_syllable_as_the_syllable_it_misreads(tmp_path: Path) -> None:
    """v13620 page 1: Tesseract reads "tiêu chuãn", which is no syllable; it stays corrected."""
    cells = " | ".join(_scan_cells(13620, 1, tmp_path))
    assert "đạt tiêu chuẩn văn hóa" in cells and "chuãn" not in cells


def test_a_tone_the_model_misreads_without_a_doubt_is_corrected_whatever_the_choices() -> None:
    # Dev scan 13080 page 2: "hoạt động đối mới sáng tạo", ố with no ổ among its choices; 13180
    # page 1: "Tỷ lệ chỉ ngân sách", ỉ with no i.
    choices = choices_by_syllable([_word("đối", ("dđ", "ốồ", "i")), _word("chỉ", ("c", "h", "ỉ"))])
    assert held_to_ink("hoạt động đối mới", "hoạt động đổi mới", choices) == "hoạt động đổi mới"
    assert held_to_ink("Tỷ lệ chỉ ngân sách", "Tỷ lệ chi ngân sách", choices) == "Tỷ lệ chi ngân sách"
    # ... but an acute made a dot below still needs the LSTM to have weighed it (13140: "phòng cháy").
    choices = choices_by_syllable([_word("cháy", ("c", "h", "áầắả", "y"))])
    assert held_to_ink("phòng cháy chữa cháy", "phòng chạy chữa cháy", choices) == "phòng cháy chữa cháy"


@needs_tesseract
def test_a_scan_still_reads_an_acute_the_word_lists_make_a_hook(tmp_path: Path) -> None:
    """v13080 page 2: Tesseract reads "đối mới sáng tạo" with no hook among the choices of "ố"."""
    cells = " | ".join(_scan_cells(13080, 2, tmp_path))
    assert "hoạt động đổi mới sáng tạo" in cells and "đối mới" not in cells
