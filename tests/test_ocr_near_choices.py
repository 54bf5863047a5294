"""Names read as a letter Tesseract's LSTM nearly read instead (``OcrWord.near``, ``Grid.choices``,
``extractor.ocr_document_names.read_by_choices``).

The scans are development variants drawn by the generator: seed 13000 prints "Bản Thẳm", which
Tesseract reads "Bản Thắm" (ắ at cost 2.3, ẳ 3.3); seed 13240 prints "xã Hồ Thầu", read "Hồ Thâu"
(â 2.1, ầ 7.9) where three other names print "Thầu". The strings are what Tesseract printed on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.grid import Grid, GridCell
from extractor.ocr import OcrPage, page_from_json, page_to_json
from extractor.ocr_choices import near_by_syllable
from extractor.ocr_document_names import read_by_choices
from extractor.ocr_tesseract import OcrWord, probe

needs_tesseract = pytest.mark.skipif(not probe()[0], reason="Tesseract vie is not installed")

DUY_TRI = "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thắm)"
XAY_DUNG = "xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thâu thành sản phẩm OCOP du lịch"


def _word(text: str, near: tuple[str, ...]) -> OcrWord:
    return OcrWord(0, (1, 1, 1), (0, 0, 10, 10), 90.0, text, tuple(n for n in near), near)


def test_only_syllables_with_a_near_letter_are_kept() -> None:
    # v13000 page 2: "Thắm)" (T, then n at 2.0 more), "các" sure of every letter.
    near = near_by_syllable([_word("Thắm)", ("tn", "h", "ắẳ", "m", ")")), _word("các", ("c", "á", "c"))])
    assert near == {"thắm": ("tn", "h", "ắẳ", "m")}
    # A syllable read twice keeps the letters of both readings, the first reading's first.
    assert near_by_syllable([_word("Sỉ", ("s", "ỉì")), _word("sỉ", ("s", "ỉĩ"))]) == {"sỉ": ("s", "ỉìĩ")}
    assert near_by_syllable([OcrWord(0, (1, 1, 1), (0, 0, 1, 1), 90.0, "âm", ())]) == {}


def test_a_proper_name_takes_the_near_reading_the_document_prints_elsewhere() -> None:
    names = [DUY_TRI.replace("Thắm", "Thẳm"), XAY_DUNG, "Số hộ kinh doanh ở Sì Thầu Chải"]
    read = read_by_choices(names, {"thâu": ("t", "h", "âầ", "u")})
    assert read[1] == (XAY_DUNG.replace("Thâu", "Thầu"), [("Thâu", "Thầu")])
    # Not when the document prints the name as read elsewhere too: two copies disagree.
    twice = [*names, "Đường vào xã Hồ Thâu"]
    assert read_by_choices(twice, {"thâu": ("t", "h", "âầ", "u")})[1][1] == []
    # Nor without the LSTM's near choice.
    assert read_by_choices(names, {"thầu": ("t", "h", "ầâ", "u")})[1][1] == []


def test_a_name_read_with_an_acute_the_lstm_nearly_read_as_a_hook_takes_the_hook() -> None:
    # v13000, v13340: "Bản Thắm" for "Bản Thẳm"; the hook read as an acute is the ``vie`` model's
    # one-way blind spot (``extractor.ocr_choices.blind_spot``).
    assert read_by_choices([DUY_TRI], {"thắm": ("t", "h", "ắẳ", "m")})[0][1] == [("Thắm", "Thẳm")]
    # A hook nearly read as an acute is no blind spot: the model misreads that way both ways
    # ("Thảm" stays, v13080).
    assert read_by_choices([DUY_TRI.replace("Thắm", "Thảm")], {"thảm": ("t", "h", "ảắ", "m")})[0][1] == []
    # A name's first syllable, and a syllable in small letters, are not read so.
    assert read_by_choices(["Thắm tươi"], {"thắm": ("t", "h", "ắẳ", "m")})[0][1] == []


def test_a_syllable_that_makes_no_word_takes_the_near_reading_that_makes_one() -> None:
    assert read_by_choices(["Tỷ lệ giai quyết hồ sơ"], {"giai": ("g", "i", "aả", "i")})[0] == (
        "Tỷ lệ giải quyết hồ sơ", [("giai", "giải")])
    # Read as printed, it makes a word: left.
    assert read_by_choices(["Chi thường xuyên"], {"chi": ("c", "h", "iỉ")})[0][1] == []
    # A letter nearly read for another is no mark misread: v13120 "du lịch đạt 20%/năm", "t"
    # nearly read "i" ("lịch đại" is a word).
    name = "Tốc độ tăng trưởng khách du lịch đạt 20%/năm"
    assert read_by_choices([name], {"đạt": ("đ", "ạ", "ti")})[0] == (name, [])


def test_a_list_item_takes_the_near_reading_the_document_lists_after_the_same_item() -> None:
    # v17100 (what Tesseract printed on its page 1): "thôn, bản" read "thôn, bàn" (à, then ả
    # nearly as likely), where two other names print "thôn, bản,". A comma ends a phrase, so no
    # pair inside one says it; the same two items of a list printed alike elsewhere do.
    names = ["Thu NSNN trên địa bàn", "Tỷ lệ thôn, bàn có đường xe máy hoặc ô tô đi lại thuận lợi",
             "Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", "Tỷ lệ thôn, bản, khu phố đạt tiêu chuẩn văn hóa"]
    read = read_by_choices(names, {"bàn": ("b", "àả", "n")})
    assert read[1] == (names[1].replace("bàn", "bản"), [("bàn", "bản")])
    assert read[0][1] == []
    # Not when the document lists the item as read elsewhere too: two copies disagree.
    assert read_by_choices([*names, "Số thôn, bàn có điện lưới"], {"bàn": ("b", "àả", "n")})[1][1] == []
    # Nor from a list printed on another side of the comma ("bản, khu" is no item before "bản").
    assert read_by_choices([*names[:2], "Số bản, thôn"], {"bàn": ("b", "àả", "n")})[1][1] == []


def test_a_hook_read_is_not_taken_for_the_acute_the_lstm_nearly_read() -> None:
    # v16340 (200 dpi): "chuyên đổi số" (the source's typo for "chuyển") read right, with "ố"
    # nearly as likely as "ổ"; "đối số" is a dictionary word, "đổi số" none. The model turns
    # hooks into acutes, not acutes into hooks (``extractor.ocr_choices.blind_spot``): the hook
    # it read stands.
    name = "Tỷ lệ doanh nghiệp thực hiện chuyên đổi số"
    assert read_by_choices([name], {"đổi": ("đ", "ổố", "i")})[0] == (name, [])
    # The other way round the near hook is the blind spot's, and the word list may still decide.
    assert read_by_choices(["Tỷ lệ giai quyết hồ sơ"], {"giai": ("g", "i", "aả", "i")})[0][1] == [("giai", "giải")]


def test_the_ocr_cache_keeps_a_grids_choices() -> None:
    grid = Grid(rows=((GridCell("Bản Thắm"),),), method="ocr", choices={"thắm": ("t", "h", "ắẳ", "m")})
    page = OcrPage(1, (grid,), (), 90.0, 1.0, False)
    back = page_from_json(page_to_json(page), seconds=0.0, from_cache=True)
    assert back.grids[0].choices == {"thắm": ("t", "h", "ắẳ", "m")}
    assert "choices" not in page_to_json(OcrPage(1, (Grid(rows=()),), (), 90.0, 1.0, False))["grids"][0]


@needs_tesseract
@pytest.mark.parametrize(("seed", "printed"), [
    (13000, "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)"),
    (13240, "xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch"),
])
def test_a_scanned_proper_name_is_read_as_printed(seed: int, printed: str, tmp_path: Path) -> None:
    """Main read these two names "Bản Thắm" (v13000) and "Hồ Thâu" (v13240)."""
    from corpus.variants import write_seed
    from extractor.documents import file_to_document

    write_seed(seed, tmp_path, scan_copy=True, edits=False)
    document = file_to_document(tmp_path / f"v{seed:04d}_scan.pdf")
    assert printed in [row.indicator for row in document.rows]


def test_a_proper_name_s_syllable_is_not_read_as_the_capital_that_opens_the_table_s_names() -> None:
    # v25510 (OCR v49): "(Lao Tỳ Phùng, Chu Va 6)" read right, the LSTM weighing "ỷ" next; the
    # document prints "Tỷ" capitalised only where it opens a name ("Tỷ lệ ..."), which says nothing
    # of a proper name's syllable inside one.
    names = ["Công nhận mới 02 điểm du lịch (Lao Tỳ Phùng, Chu Va 6)", "Tỷ lệ che phủ rừng",
             "Tỷ lệ hộ nghèo", "Trong đó: Tỷ lệ hộ cận nghèo"]
    assert read_by_choices(names, {"tỳ": ("t", "ỳỷ")})[0][1] == []
    # A capital printed inside another name still counts ("xã Hồ Thâu" among "Sì Thầu Chải").
    read = read_by_choices([names[0].replace("Tỳ", "Tỷ"), "Đường vào bản Lao Tỳ"], {"tỷ": ("t", "ỷỳ")})
    assert read[0][1] == [("Tỷ", "Tỳ")]
