"""A table's header at the top of a page is no rest of the last row of the table above
(``extractor.stitch._spilled_row``), even when the table above prints its numbers inside its names'
column and so has no numbers' column of its own to refuse it.

Dev scan v29720 (OCR v49, the boxes below are the OCR reader's). Page 1 ends with "3. Tỷ lệ lao động
qua đào tạo | % | 99 | 100 | 89 | - | - | Đạt" under "Các chỉ tiêu chủ yếu | Đơn vị tính | Mục tiêu
... | Kết quả thực hiện (x3) | ...". Page 2 starts a new table without a caption, whose header reads
"STT | Chỉ tiêu | Chỉ tiêu 2024 (%) | Kết quả thực hiện năm 2024 (%)"; OCR read the wide "Chỉ tiêu" cell
as noise. Under page 1's columns "STT" and the noise fell in the names' column, after a name OCR
could take to go on, so the header became the rest of row 3 ("Tỷ lệ lao động qua đào tạo STT ỞÝ.” ...")
and the new table came out without a header: 13 cells lost and an extraction doubt on a clean
variant.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import _new_header, _spilled_row


def _row(page: int, cells: list[tuple[str, tuple[float, float, float, float]]]) -> tuple[GridCell, ...]:
    return tuple(GridCell(t, Provenance(page=page, bbox=box)) for t, box in cells)


_RESULTS = (531.6, 143.7, 672.5, 172.0)
PAGE_1 = Grid(
    rows=(
        _row(1, [("Các chỉ tiêu chủ yếu", (63.3, 132.6, 442.2, 212.6)), ("Đơn vị tỉnh", (440.5, 141.6, 485.4, 213.6)),
                 ("Mục tiêu Nghị quyết Đại hội nhiệm kỳ 2020-2025", (483.7, 142.6, 532.2, 214.7)),
                 ("Kết quả thực hiện", _RESULTS), ("Kết quả thực hiện", _RESULTS), ("Kết quả thực hiện", _RESULTS),
                 ("Ước TH giai đoạn 2021-2024/Mục tiêu NQ (%)", (670.8, 147.0, 737.8, 219.6)),
                 ("Đánh giá đến năm 2024", (736.1, 148.6, 784.3, 220.7))]),
        _row(1, [("", (63.3, 132.6, 442.2, 212.6)), ("", (440.5, 141.6, 485.4, 213.6)), ("", (483.7, 142.6, 532.2, 214.7)),
                 ("Năm 2023", (530.5, 168.7, 578.4, 215.8)), ("Ước năm 2024", (577.3, 169.8, 625.4, 217.0)),
                 ("Ước giai đoạn 2021-2024", (624.3, 170.9, 671.9, 218.1)), ("", (670.8, 147.0, 737.8, 219.6)),
                 ("", (736.1, 148.6, 784.3, 220.7))]),
        _row(1, [("3. Tỷ lệ lao động qua đào tạo", (58.0, 412.4, 435.6, 437.4)), ("%", (435.2, 421.3, 478.7, 438.4)),
                 ("99", (478.4, 422.4, 525.5, 439.6)), ("100", (525.1, 423.5, 572.3, 440.7)),
                 ("89", (571.9, 424.6, 619.3, 441.8)), ("-", (619.0, 425.7, 665.9, 442.9)),
                 ("-", (665.5, 426.8, 731.1, 444.4)), ("Đạt", (730.8, 428.4, 777.7, 445.5))]),
    ),
    header_rows=2, provenance=Provenance(page=1, bbox=(57.01, 131.65, 786.04, 447.01)), method="ocr",
    title="Phụ lục I TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN NHIỆM KỲ 2020-2025")


def _page_2(header: list[str]) -> Grid:
    boxes = [(57.3, 40.8, 83.2, 89.9), (82.5, 32.2, 684.3, 89.5), (683.6, 31.6, 731.1, 81.0),
             (730.4, 30.9, 777.9, 80.3)]
    return Grid(
        rows=(
            _row(2, list(zip(header, boxes, strict=True))),
            _row(2, [("1", (58.0, 89.5, 83.4, 105.9)), ("Số doanh nghiệp công nghệ số", (83.2, 81.0, 684.5, 105.6)),
                     ("2", (684.3, 80.3, 731.3, 97.0)), ("2", (731.1, 79.6, 778.1, 96.4))]),
        ),
        header_rows=-1, provenance=Provenance(page=2, bbox=(56.3, 29.93, 780.49, 171.47)), method="ocr")


def test_a_header_naming_the_numbers_and_a_dated_column_is_no_cut_rows_rest() -> None:
    page_2 = _page_2(["STT", "ỞÝ.” ÂvŠ,' v „ ì", "Chỉ tiêu 2024 (%)", "Kết quả thực hiện năm 2024 (%)"])
    assert _spilled_row(PAGE_1, 1, page_2, True) is None


def test_what_reads_as_a_new_header() -> None:
    assert _new_header(["STT", "ỞÝ.” ÂvŠ,' v „ ì", "Chỉ tiêu 2024 (%)", "Kết quả thực hiện năm 2024 (%)"])
    assert _new_header(["Số TT", "", "KH năm 2025"])
    # No numbers' column named first, or no dated value column: left to the other rules.
    assert not _new_header(["", "tạo nghề", "", "Kết quả thực hiện năm 2024 (%)"])
    assert not _new_header(["STT", "Chỉ tiêu", "ĐVT"])
    assert not _new_header(["STT", "Cơ quan chủ trì năm 2024"])
    assert not _new_header([])
