"""One printed row a skewed scan read as two lines, its figures over a nameless line and its name,
unit and one figure below (``extractor.rows.merge_split_rows`` on scans). Real OCR strings of dev
scan v6910 (200 dpi, skewed 1-2 degrees, unruled), page 1."""

from __future__ import annotations

from dataclasses import replace

from extractor.rows import grid_to_rows
from tests.grids import text_grid

_HEADER = ["Số thứ tự", "Chỉ tiêu", "Đơn vị", "Mục tiêu Nghị quyết Đại hội nhiệm kỳ 2020-2025", "Thực hiện năm 2023",
           "Ước thực hiện năm 2024", "Ước thực hiện giai đoạn 2021-2024", "Ước TH giai đoạn 2021-2024/Mục tiêu NQ (%)",
           "Đánh giá"]
_ROWS = [
    ["", "", "", "85", "77", "92", "72", "84,7", "Chưa đạt"],
    ["1", "100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "%", "85", "", "",
     "", "", ""],
    ["2", "Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến", "%", "100", "100", "100", "99", "99,0",
     "Đạt"],
]


def _rows(rows: list[list[str]], method: str = "ocr-words") -> list:
    return grid_to_rows(text_grid([_HEADER, *rows], method=method, header_rows=1), document="v6910_scan.pdf",
                        table_number=0).rows


def test_figures_risen_above_their_name_rejoin_it() -> None:
    rows = _rows(_ROWS)
    assert rows[0].indicator.startswith("100% các cơ quan")
    assert [c.raw for c in rows[0].cells] == ["85", "77", "92", "72", "84,7", "Chưa đạt"]
    assert any("re-joined" in n for n in rows[0].notes)
    assert len(rows) == 2


def test_a_figure_both_lines_hold_differently_keeps_them_apart() -> None:
    other = [list(_ROWS[0]), [*_ROWS[1][:3], "86", *_ROWS[1][4:]], _ROWS[2]]
    rows = _rows(other)
    assert len(rows) == 3
    assert [c.raw for c in rows[1].cells] == ["86"]


def test_a_text_layer_keeps_its_nameless_row() -> None:
    assert len(_rows(_ROWS, method="words")) == 3


def test_the_reader_s_repair_flag_stays_on_its_row_after_a_join() -> None:
    # The grid's third body row (grid row 3: header, two halves of row 1, row 2) was repaired by
    # the reader. After the first two body rows are joined, that flag belongs to row "2", not to
    # the row after it or the joined one.
    grid = text_grid([_HEADER, *_ROWS], method="ocr-words", header_rows=1)
    grid = replace(grid, repaired_rows=frozenset({3}))
    rows = grid_to_rows(grid, document="v6910_scan.pdf", table_number=0).rows
    assert rows[1].indicator.startswith("Tỷ lệ thủ tục")
    assert "repaired by the reader" in rows[1].notes
    assert "repaired by the reader" not in rows[0].notes


# Dev scan v24120 (skewed, two figure columns): the row number and both figures of row 4 read on
# a line above its name; v24220 the same with the number on the name's line.
_TWO_HEADER = ["Số TT", "Nội dung chỉ tiêu", "Mục tiêu 2022 (tỷ lệ %)", "Kết quả thực hiện năm 2022 (tỷ lệ %)"]
_TWO_ROWS = [
    ["SE", "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", "78,52", "67,81"],
    ["4.", "", "82", "77"],
    ["", "Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh", "", ""],
    ["5.", "100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "100,0", "100,0"],
]


def _two(rows: list[list[str]], method: str = "ocr-words") -> list:
    return grid_to_rows(text_grid([_TWO_HEADER, *rows], method=method, header_rows=1), document="v24120_scan.pdf",
                        table_number=0).rows


def test_two_figures_risen_above_their_name_rejoin_it() -> None:
    rows = _two(_TWO_ROWS)
    assert len(rows) == 3
    assert rows[1].indicator == "Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh"
    assert [c.raw for c in rows[1].cells] == ["82", "77"]
    number_on_name = [_TWO_ROWS[0], ["", "", "71", "77"], ["23", *_TWO_ROWS[2][1:]], _TWO_ROWS[3]]
    rows = _two(number_on_name)
    assert len(rows) == 3 and [c.raw for c in rows[1].cells] == ["71", "77"]


def test_two_figures_over_a_heading_or_with_words_or_on_a_text_layer_stay_apart() -> None:
    # A heading takes no figures: the row of figures stays nameless (and is doubted as such).
    heading = [_TWO_ROWS[0], ["", "", "82", "77"], ["II", "Phát triển kinh tế số", "", ""], _TWO_ROWS[3]]
    assert [r.indicator for r in _two(heading)][1] == ""
    name = "Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh"
    for rows, method in (([_TWO_ROWS[0], ["4.", "", "82", ""], *_TWO_ROWS[2:]], "ocr-words"),
                         ([_TWO_ROWS[0], ["4.", "", "82", "Đạt"], *_TWO_ROWS[2:]], "ocr-words"),
                         (_TWO_ROWS, "words")):
        named = [r for r in _two(rows, method) if r.indicator == name]
        assert [c.raw for r in named for c in r.cells if c.raw] == [], (rows, method)
