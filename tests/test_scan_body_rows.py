"""Body rows of scanned tables that OCR read into the wrong shape (``extractor.rows``), with real
OCR strings of dev scans (12250-12999 every 10th, OCR v35):

- a table continued over pages prints its column numbers again on the next page; OCR damaged
  them, and once stitching had dropped the repeated header's words they stayed a body row, named
  "B" or "(2)", its marks read as figures (``repeats_column_numbers``; v12340, v12960);
- a row's number and name read as one cell in the number column, the names' column empty
  (``repair_row``; v12620)."""

from __future__ import annotations

from extractor.rows import grid_to_rows, repeats_column_numbers
from tests.grids import text_grid

_V12340 = [
    ["TT", "Chỉ tiêu", "Chỉ tiêu 2023 (%)", "Kết quả thực hiện năm 2023 (%)"],
    ["A", "B", "3", "4"],
    ["2.2", "Tỷ lệ lao động qua đào tạo", "100,0", "100,0"],
    ["Ầ", "B", "3", "4"],
    ["2.3", "Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", "100,0", "100,0"],
]


def _rows(rows: list[list[str]], method: str = "ocr-words") -> list:
    return grid_to_rows(text_grid(rows, method=method, header_rows=1), document="v12340_scan.pdf", table_number=0).rows


def test_a_damaged_repeat_of_the_column_numbers_is_no_body_row() -> None:
    rows = _rows(_V12340)
    assert [r.indicator for r in rows] == ["Tỷ lệ lao động qua đào tạo", "Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa"]
    assert [c.raw for c in rows[1].cells] == ["100,0", "100,0"]


def test_marks_that_count_up_with_their_columns_are_a_numbers_row_under_any_header() -> None:
    # v12960: the numbers row of page 3, alone at its top, under a header with numbers of its own.
    row = ["(1)", "(2)", "(3)", "(4)", "®)", "(6)", "Œ)", "(8)"]
    assert repeats_column_numbers(row, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"])
    assert repeats_column_numbers(row, ["STT", "Nội dung", "ĐVT", "Chỉ tiêu", "Thực hiện", "Tỷ lệ", "Đánh giá", "Ghi chú"])


def test_body_rows_are_kept() -> None:
    numbers = ["A", "B", "3", "4"]
    assert not repeats_column_numbers(["2.2", "Tỷ lệ lao động qua đào tạo", "100,0", "100,0"], numbers)
    # Small figures of a row whose name OCR lost count up with nothing: kept.
    assert not repeats_column_numbers(["", "", "3", "9"], numbers)
    # A text layer prints what it prints: the numbers row repeated there is stitching's to drop.
    assert len(_rows(_V12340, method="words")) == 3


# Dev scan v12620 (200 dpi, page 2): the line between "Số TT" and "Nội dung" did not print, and
# each row's number and name came back as one cell in the number column.
_V12620 = [
    ["Số TT", "Nội dung", "ĐVT", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "Đánh giá", "Ghi chú"],
    ["Môi trường", "", "", "", "", "", ""],
    ["1. Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý", "", "%", "100,0", "100,0", "Đạt",
     "Theo số liệu thống kê"],
    ["+ Tỷ lệ che phủ rừng vùng đồng bào dân tộc thiểu số", "", "%", "46,79", "43,77", "", ""],
]


def test_a_name_read_into_the_number_column_goes_under_the_names_header() -> None:
    rows = grid_to_rows(text_grid(_V12620, method="ocr-words", header_rows=1), document="v12620_scan.pdf",
                        table_number=0).rows
    assert [r.indicator for r in rows] == ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý",
                                           "Tỷ lệ che phủ rừng vùng đồng bào dân tộc thiểu số"]
    assert [(c.role, c.raw) for c in rows[0].cells][:2] == [("plan", "100,0"), ("estimate", "100,0")]
    assert any("number column" in n for n in rows[0].notes)
    # A text layer prints what it prints: left as read.
    kept = grid_to_rows(text_grid(_V12620, method="words", header_rows=1), document="v12620.pdf", table_number=0).rows
    assert not any(r.indicator.startswith("Tỷ lệ chất thải") for r in kept)


# Text v26663 (reportlab, development; round 31's text first contact), page 2: table 2 goes on
# under its repeated header with one body row, a part's name set left of the centred "Nội dung
# chỉ tiêu" (unruled), which fell to the "Số TT" column: a row with no name.
_V26663 = [
    ["Số TT", "Nội dung chỉ tiêu", "ĐVT", "Mục tiêu năm 2022", "Thực hiện năm 2022", "Tỷ lệ đạt (%)", "Đánh giá"],
    ["4.", "100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "%", "92",
     "-", "-", "Đạt"],
    ["Trong đó: Riêng đạt chuẩn", "", "%", "86", "", "", ""],
]


def test_a_parts_name_in_the_number_column_of_a_text_layer_goes_under_the_names_header() -> None:
    rows = grid_to_rows(text_grid(_V26663, method="words", header_rows=1), document="v26663.pdf", table_number=0).rows
    assert rows[-1].indicator == "Riêng đạt chuẩn"
    assert [(c.role, c.raw) for c in rows[-1].cells][:1] == [("target", "86")]
