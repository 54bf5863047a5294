"""Scanned headers repaired from their own page and from their repeat (extractor/header_repair.py).

The rows are those OCR gave for dev scan v4490 (unruled, 200 dpi, skewed, turned): page 1's
header wrapped into rows of their own, page 2's repeat read well.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.colnumbers import damaged_column_number_row
from extractor.documents import grids_to_rows
from extractor.grid import Grid, GridCell
from extractor.header_repair import (
    better_header,
    figures_under_their_headers,
    group_over_years,
    header_copies,
    header_down_to_figures,
    header_down_to_numbers,
    marker_rows_no_header,
    marks_off_years,
    ratio_periods_from_siblings,
    repair_header,
    title_line_apart,
    title_over_next,
    without_rule_rows,
    wrapped_lines_one_level,
    wrapped_years_shared,
    year_groups_joined,
    year_lines_into_header,
    year_words_into_header,
    years_in_step,
)
from extractor.headers import header_to_columns
from extractor.model import Provenance
from extractor.rows import heading_out_of_header
from extractor.stitch import stitch_grids
from tests.grids import text_grid

PAGE1 = [
    ["", "", "", "", "", "", "", "", "So sánh", "So sánh", "So sánh", "So sánh", "So sánh"],
    ["Số thứ tự", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ", "KH năm 2024", "Ước thực hiện năm 2024",
     "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021", "Ước thực hiện giai đoạn 2021", "Ước thực hiện năm 2",
     "Ước thực hiện giai đoạn", "Ước thực hiện giai đoạn", "Ghi chú"],
    ["", "", "", "229.325)", "", "", "", "-2024", "- 202", "", "2021-2024/", "2921-2025", ""],
    ["", "", "", "", "", "", "", "", "", "hoạch", "", "", ""],
    ["", "", "", "", "", "", "", "", "", "", "Mục tiêu", "Mục tiêu", ""],
    ["", "", "", "", "", "", "", "", "", "năm 2024", "", "", ""],
    ["", "", "", "", "", "", "", "", "", "", "NQ ĐH", "NQ ĐH", ""],
    ["Œ)", "@4)", "@®)", "(4)", "@®)", "(6)", "Œ)", "(8)", "@)", "(10)", "œ1)", "(12)", "3)"],
    ["A", "CHỈ TIÊU KINH TẾ", "", "", "", "", "", "", "", "", "", "", ""],
    ["", "Tổng sản lượng lương thực có hạt", "Tấn", "39.500,00", "41.100", "41,160", "40.450,0", "41.160,0",
     "40.450,0", "100,1", "104,2", "102", ""],
]
PAGE2 = [
    ["Số thứ tự", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước thực hiện năm 2024",
     "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 -2024", "Ước thực hiện giai đoạn 2021 - 2025", "So sánh",
     "So sánh", "So sánh", "Ghi chú"],
    ["", "", "", "", "", "", "", "", "", "Ước thực hiện năm 2024/Kế hoạch năm 2024",
     "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH", ""],
    ["(Đ", "@®)", "@)", "(4)", "@®)", "(6)", "Œ)", "(8)", "@)", "(10)", "a1)", "2)", "(3)"],
    ["", "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", "100,00", "99,00", "99,0", "100,0", "9%9,0", "100,0",
     "100,0", "99,0", "", ""],
]


def _page(rows: list[list[str]], page: int, header_rows: int) -> Grid:
    grid = text_grid(rows, method="ocr-words", header_rows=header_rows)
    return replace(grid, provenance=Provenance(page=page), rows=tuple(
        tuple(replace(c, provenance=Provenance(page=page, bbox=(40.0 * j, 10.0 * i, 40.0 * j + 38, 10.0 * i + 8)))
              for j, c in enumerate(row)) for i, row in enumerate(grid.rows)))


def test_wrapped_header_lines_down_to_the_column_numbers_go_back_into_their_cells() -> None:
    grid = header_down_to_numbers(_page(PAGE1, 1, 2))
    assert grid.header_rows == 3
    head = [[c.text for c in r] for r in grid.rows[:3]]
    assert head[1][3] == "Mục tiêu NQ ĐH (nhiệm kỳ 229.325)"
    assert head[1][7:9] == ["Ước thực hiện giai đoạn 2021 -2024", "Ước thực hiện giai đoạn 2021 - 202"]
    assert head[1][10] == "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH"
    assert [c.text for c in grid.rows[3]][:2] == ["A", "CHỈ TIÊU KINH TẾ"]
    cols = header_to_columns(head)
    assert (cols[7].role, cols[7].period) == ("estimate", "2021-2024")
    # A body row under the header (a name of four words or more) is no wrapped line: kept.
    named = [*PAGE1[:2], ["1", "Thu nhập bình quân đầu người", "Triệu đồng", "50", "", "", "", "", "", "", "", "", ""], *PAGE1[7:]]
    assert header_down_to_numbers(_page(named, 1, 2)).header_rows == 2
    # A text layer is what was printed: left alone.
    assert header_down_to_numbers(replace(_page(PAGE1, 1, 2), method="words")).header_rows == 2


def test_the_better_read_copy_of_a_repeated_header_heads_the_table() -> None:
    first = header_down_to_numbers(_page(PAGE1, 1, 2))
    repeat = _page(PAGE2, 2, 3)
    assert header_copies(first, 3, repeat, 3)
    better = better_header(first, 3, repeat, 3)
    assert [c.text for c in better.rows[0]] == PAGE2[0]
    assert better_header(repeat, 3, first, 3) is repeat  # the better copy keeps its own
    [table] = stitch_grids([first, repeat])
    cols = header_to_columns([[c.text for c in r] for r in table.rows[:table.header_rows]])
    assert [(c.role, c.period) for c in cols[3:9]] == [
        ("target", "2020-2025"), ("plan", "2024"), ("estimate", "2024"), ("plan", "2025"),
        ("estimate", "2021-2024"), ("estimate", "2021-2025")]
    assert [c.text for c in table.rows[-1]][1] == "Tỷ lệ hộ được sử dụng điện lưới quốc gia"
    # Another table's header is no copy.
    other = _page([["STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024", "Ước TH 2024", "So sánh", "Ghi chú", "", "", "", "", ""],
                   *PAGE2[3:]], 2, 1)
    assert not header_copies(first, 3, other, 1)


def test_a_column_number_row_that_kept_four_of_thirteen_marks_is_one() -> None:
    assert damaged_column_number_row(PAGE2[2]) is not None
    assert damaged_column_number_row(["1", "Dân số", "Người", "45.200"]) is None


def test_marks_of_the_column_number_row_read_a_line_above_it_are_that_row_s() -> None:
    # Dev scan v4100 (unruled, 200 dpi): "A B C 4 5 6 7 8=7/4 9 10" came out as two lines.
    rows = [
        ["Số thứ tự", "Danh mục", "ĐVT", "Chỉ tiêu ÑQ giải đoạn 2020-2025", "Kết quả thực hiện", "Kết quả thực hiện",
         "Kết quả thực hiện", "So với mục tiêu NQ (%)", "Đánh giá mức độ thực hiện năm 2022", "Ghi chú"],
        ["", "", "", "", "2021", "Ước 2022", "Ước lũy kế 2021-2022", "", "", ""],
        ["", "", "", "4", "", "", "7", "87/4", "", ""],
        ["L", "B", "C", "", "5", "6", "", "", "9", "10"],
        ["L", "Kinh tế", "", "", "", "", "", "", "", ""],
    ]
    grid = header_down_to_numbers(_page(rows, 1, 2))
    assert grid.header_rows == 3
    assert [c.text for c in grid.rows[2]] == ["L", "B", "C", "4", "5", "6", "7", "87/4", "9", "10"]
    assert [c.text for c in grid.rows[0]] == rows[0]  # no mark joined to a column's name


def test_a_rule_read_as_dashes_over_a_continuation_page_is_no_header() -> None:
    # Dev scan v3240 (200 dpi): page 2's top rule came back as a row "— - - -", taken for a header
    # that repeated nothing: the page's rows became a table of their own, their figures unread.
    first = _page([*PAGE2[:3], PAGE2[3]], 1, 3)
    rows = [["", "", "", "", "", "", "— - - -", "", "", "", "", "", ""], PAGE2[3]]
    page2 = without_rule_rows(_page(rows, 2, 1))
    assert page2.header_rows == 0 and [c.text for c in page2.rows[0]] == PAGE2[3]
    [table] = stitch_grids([first, page2])
    assert len(table.rows) == 5
    # A header line with words is kept, and so is a text layer's.
    assert without_rule_rows(first) is first
    assert without_rule_rows(replace(_page(rows, 2, 1), method="words")).header_rows == 1


# Dev scan v7920 (rotated page, unruled BIỂU 01 over two pages) as OCR read it: the last line of
# the "So sánh" column's tall cell sits level with the first heading, so the whitespace reader made
# "LỒ | CHỈ TIÊU KINH TẾ | … | Ước thực hiện giai đoạn 2021-2024i Mục tiêu NQ ĐH" one header row.
_HEAD = ["Số TT", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước thực hiện năm 2024",
         "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 - 2024", "Ước thực hiện giai đoạn 2021 - 2025"]
_V7920_PAGE1 = [
    [*_HEAD, "Ước thực hiện năm 2024/Kế hoạch năm 2024", "So sánh", "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH",
     "Ghi chú"],
    ["LỒ", "CHỈ TIÊU KINH TẾ", "", "", "", "", "", "", "", "", "Ước thực hiện giai đoạn 2021-2024i Mục tiêu NQ ĐH", "", ""],
    ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "46,00", "46,0", "50,0", "46,0", "50,0", "100,0",
     "92,0", "100", ""],
    ["2", "Các chỉ tiêu nông nghiệp, nông thôn mới", "", "", "", "", "", "", "", "", "", "", ""],
    ["", "Tổng sản lượng lương thực có hạt", "Tấn", "39.500,00", "41.100", "41.160", "40.450,0", "41.160,0", "40.450,0",
     "100,1", "104,2", "102", ""],
]
_V7920_PAGE2 = [
    [*_HEAD, "So sánh", "So sánh", "So sánh", "Ghi chú"],
    ["", "", "", "", "", "", "", "", "", "Ước thực hiện năm 2024/Kế hoạch năm 2024",
     "Ước thực hiện giai đoạn 2021-2024i Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH", ""],
    ["", "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", "100,00", "99,00", "99,0", "100,0", "99,0", "100,0", "100,0",
     "99,0", "100", ""],
    ["c", "CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ", "", "", "", "", "", "", "", "", "", "", ""],
    ["1", "Tổ chức chính quyền cơ sở đạt từ khá trở lên", "%", ">90", ">90", "100,0", "> 90", "100,0", "> 90", "111.1",
     "111,1", "100", ""],
]


def test_a_section_heading_read_into_the_header_is_the_body_s_first_row() -> None:
    from extractor.documents import grids_to_rows
    from extractor.rows import heading_out_of_header

    _, rows = grids_to_rows([_page(_V7920_PAGE1, 1, 2), _page(_V7920_PAGE2, 2, 2)], document="v7920_scan.pdf")
    sections = {r.indicator[:20]: r.section for r in rows}
    assert sections["Thu nhập bình quân đ"] == "A.1"
    assert sections["Tổng sản lượng lương"] == "A.2"
    assert sections["Tổ chức chính quyền "] == "C.1"
    # A header's own lowest row (column marks, wrapped header words) stays the header's.
    grid = _page([_V7920_PAGE1[0], ["A", "B", "C", *map(str, range(1, 11))], *_V7920_PAGE1[2:]], 1, 2)
    assert heading_out_of_header(grid) is grid
    grid = _page([_V7920_PAGE1[0], ["", "Tên chỉ tiêu", "", *[""] * 10], *_V7920_PAGE1[2:]], 1, 2)
    assert heading_out_of_header(grid) is grid


# Dev scans v14690 and v14440 (Phụ lục I, Biểu 1): a sentence-case heading, and a capitals one beside
# the year "Mục tiêu" wraps to, read on the header's last line.
_V14690 = [
    ["TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2025 (4)", "Năm 2030 (5)", "Mức chỉ tiêu", "Năm 2040 (7)", "Năm 2045 (8)",
     "Cơ quan chủ trì"],
    ["v", "Phát triển chuyển đổi số", "", "", "", "Năm 2035 (6)", "", "", ""],
    ["9.", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", "-", "100", "100", "100", "100", ""],
]
_V14440 = [
    ["TT", "Chỉ tiêu", "ĐVT", "2024", "Mục tiêu", "2030", "Ghi chú"],
    ["l", "CHỈ TIÊU KINH TẾ", "", "", "2025", "", ""],
    ["1", "Tỷ lệ thủ tục hành chính", "%", "100,0", "97,9", "100,0", "Đạt"],
]


def test_a_scanned_heading_in_sentence_case_or_beside_a_header_year_leaves_the_header() -> None:
    from extractor.rows import heading_out_of_header

    for rows, kept in ((_V14690, ["", "", "", "", "", "Năm 2035 (6)", "", "", ""]),
                       (_V14440, ["", "", "", "", "2025", "", ""])):
        grid = heading_out_of_header(_page(rows, 1, 2))
        assert [c.text for c in grid.rows[1]] == kept
        assert [c.text for c in grid.rows[2][:2]] == rows[1][:2]
    # "1," and "JÚ" are section numbers as OCR reads them; "tự" of "Số thứ tự" is a header's line.
    # "Vv": the "V" read twice, once small (dev scan v25930, the heading under "STT | Nội dung chỉ tiêu").
    for label, moved in (("1,", True), ("JÚ", True), ("Vv", True), ("tự", False), ("TT", False)):
        grid = _page([_V14690[0], [label, *_V14690[1][1:]], _V14690[2]], 1, 2)
        assert (heading_out_of_header(grid) is not grid) is moved, label
    # A figure beside the title, or a year under a header cell that names its own, is a body row's.
    for cell, year_above in (("95", "Mức chỉ tiêu"), ("2025", "Năm 2025")):
        rows = [[*_V14440[0][:4], year_above, *_V14440[0][5:]], [*_V14440[1][:4], cell, *_V14440[1][5:]], _V14440[2]]
        grid = _page(rows, 1, 2)
        assert heading_out_of_header(grid) is grid, cell
    # A text layer's sentence-case line is what was printed under the header: left alone.
    assert heading_out_of_header(replace(_page(_V14690, 1, 2), method="words")).rows[1][0].text == "v"


def test_a_heading_numbered_with_ocr_s_reading_of_a_leaves_the_header() -> None:
    # Dev scans v25060 (Biểu số 05) and v21130 (BIỂU 03), header and first rows as OCR read them:
    # the first heading's "A" read "n" (a lower-case letter, so no section number by its looks),
    # its title in sentence case, read as the header's last row: every row lost its section "A".
    v25060 = [["STT", "Các chỉ tiêu chủ yếu", "Đơn vị tỉnh", "Kế hoạch năm 2023", "Ước thực hiện năm 2023", "Đánh giá"],
              ["n", "Kinh tế", "", "", "", ""],
              ["1,", "Tỷ lệ giao dịch không dùng tiền mặt", "%", "Khoảng 68", "69", "Vượt"]]
    v21130 = [["Số thứ tự", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2024", "Dự toán năm 2025", "Ước thực hiện năm 2025",
               "So dự toán năm 2025 (%)", "So cùng kỳ năm 2024 (%)", "Ghi chú"],
              ["n", "Thu, chi ngân sách nhà nước", "", "", "", "", "", "", ""],
              ["1.", "Chi thường xuyên", "Triệu đồng", "546.495", "581.453", "554.874", "95,43", "101,5", ""]]
    for rows in (v25060, v21130):
        grid = heading_out_of_header(_page(rows, 1, 2))
        assert [c.text for c in grid.rows[2][:2]] == rows[1][:2]
        assert not any(c.text for c in grid.rows[1])
    # A text layer prints what it prints; a lower-case label that is no reading of "A" is a
    # header's wrapped line.
    assert heading_out_of_header(replace(_page(v25060, 1, 2), method="words")).rows[1][0].text == "n"
    grid = _page([v25060[0], ["tự", *v25060[1][1:]], v25060[2]], 1, 2)
    assert heading_out_of_header(grid) is grid


def test_a_heading_under_a_header_naming_the_column_after_its_title_leaves_the_header() -> None:
    # Dev scan v23360: "STT" drawn over two columns, the name column's title one column right,
    # a damaged column-number row, then the first heading read as the header's third row.
    rows = [["STT", "", "Tên chỉ tiêu", "Chỉ tiêu 2022 (%)", "Kết quả thực hiện năm 2022 (%)"],
            ["đq)", "", "(2)", "(3)", "(4"],
            ["l.", "CHỈ TIÊU KINH TẾ", "", "", ""],
            ["1", "Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", "", "94,28", "88,92"]]
    grid = heading_out_of_header(_page(rows, 1, 3))
    assert [c.text for c in grid.rows[3][:2]] == ["l.", "CHỈ TIÊU KINH TẾ"]
    assert [c.text for c in grid.rows[2]] == ["", "", "", "", ""]
    # Dev scan v25940: "Số thứ tự | | Hạng mục", the heading in sentence case under a capital label.
    rows = [["Số thứ tự", "", "Hạng mục", "Chỉ tiêu 2022 (%)", "Kết quả thực hiện năm 2022 (%)"],
            ["q)", "", "(2)", "3)", "(4)"],
            ["Ù", "Kinh tế", "", "", ""],
            ["1", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "", "85", "78"]]
    assert [c.text for c in heading_out_of_header(_page(rows, 1, 3)).rows[3][:2]] == ["Ù", "Kinh tế"]


def test_a_heading_under_a_header_naming_no_column_after_its_title_stays() -> None:
    # A column number, or a figure column's title, over the column after the title names no
    # indicator column; a text layer's header keeps its rows as its reader read them.
    for second in ("(2)", "Chỉ tiêu 2022 (%)"):
        rows = [["STT", "", second, "Chỉ tiêu 2022 (%)", "Kết quả thực hiện năm 2022 (%)"],
                ["đq)", "", "(2)", "(3)", "(4"],
                ["l.", "CHỈ TIÊU KINH TẾ", "", "", ""],
                ["1", "Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", "", "94,28", "88,92"]]
        assert heading_out_of_header(_page(rows, 1, 3)).rows[2][1].text == "CHỈ TIÊU KINH TẾ"
    rows[0][2] = "Tên chỉ tiêu"
    text_layer = replace(_page(rows, 1, 3), method="words")
    assert heading_out_of_header(text_layer).rows[2][1].text == "CHỈ TIÊU KINH TẾ"


# Dev scan v10550 (unruled, three header levels): "Năm 2022", centred over the line between "KH"
# and "Ước TH", was cut at that line into "Năm" and "2022".
SPLIT_YEAR = [
    ["Số thứ tự", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "Năm", "2022", "So sánh (%)", "So sánh (%)", "KH 2023"],
    ["", "", "", "TH", "KH", "Ước TH", "Ước TH năm 2022 So với", "Ước TH năm 2022 So với", ""],
    ["", "", "", "", "", "", "KH năm 2022", "TH năm 2021", ""],
    ["A", "B", "c", "1", "2", "3", "4", "5", "6"],
    ["1", "Tỷ lệ giao dịch không dùng tiền mặt", "%", "61", "65", "66", "101,5", "108,2", "70"],
]


def test_a_year_group_title_cut_in_two_by_ocr_heads_both_its_columns() -> None:
    grid = year_groups_joined(_page(SPLIT_YEAR, 1, 4))
    head = [[c.text for c in r] for r in grid.rows[:4]]
    assert head[0][4:6] == ["Năm 2022", "Năm 2022"]
    assert grid.rows[0][4].provenance.bbox == grid.rows[0][5].provenance.bbox
    cols = header_to_columns(head)
    assert [(c.role, c.period) for c in cols[3:6]] == [("actual", "2021"), ("plan", "2022"), ("estimate", "2022")]
    # A bare year over a column of its own (no sub-header under it) is left as read.
    alone = [r[:] for r in SPLIT_YEAR]
    alone[1][5] = ""
    assert [c.text for c in year_groups_joined(_page(alone, 1, 4)).rows[0]][4:6] == ["Năm", "2022"]
    # A text layer is what was printed: left alone.
    assert year_groups_joined(replace(_page(SPLIT_YEAR, 1, 4), method="words")).rows[0][4].text == "Năm"


# Dev scan v10800 (ruled, 200 dpi): "2026 (4)" read "20264)", its column's target left without a year.
GLUED_MARK = [
    ["Nội dung", "Đơn vị", "Mục tiêu", "Mục tiêu", "Mục tiêu", "Ghi chú (6)"],
    ["", "", "2025 (3)", "20264)", "2030 (5)", ""],
    ["1. Kinh tế", "", "", "", "", ""],
    ["Ngân sách trung ương", "Tỷ đồng", "336", "365", "400", ""],
]


def test_a_column_mark_glued_to_its_year_is_read_off_it() -> None:
    grid = marks_off_years(_page(GLUED_MARK, 1, 2))
    assert grid.rows[1][3].text == "2026 (4)"
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in cols[2:5]] == [("target", "2025"), ("target", "2026"), ("target", "2030")]
    # Without another mark printed whole in the row, five digits and a bracket are left as read.
    bare = [r[:] for r in GLUED_MARK]
    bare[1] = ["", "", "2025", "20264)", "2030", ""]
    bare[0][5] = "Ghi chú"
    assert marks_off_years(_page(bare, 1, 2)).rows[1][3].text == "20264)"


# Dev scan v12480 (ruled, 200 dpi, small font): "2025 (4)" and "2040 (7)" read "2", their columns'
# targets left without a year and their figures lost (16 cells).
CUT_YEARS = [
    ["Số TT", "Chỉ tiêu", "ĐVT", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu",
     "Cơ quan chủ trì thực hiện chỉ tiêu (9)"],
    ["", "", "", "2", "2030 (5)", "2035 (6)", "2", "2045 (8)", ""],
    ["H", "Phát triển nguồn lực", "", "", "", "", "", "", ""],
    ["6.", "Tỷ lệ cán bộ, công chức cấp huyện được bồi dưỡng kỹ năng số căn bản", "%", "100", "100", "100", "100", "100",
     "Các cơ quan, đơn vị cấp huyện"],
]


def test_a_header_year_cut_to_its_first_digit_is_read_from_the_years_beside_it() -> None:
    grid = years_in_step(_page(CUT_YEARS, 1, 2))
    assert [c.text for c in grid.rows[1]][3:8] == ["2025", "2030 (5)", "2035 (6)", "2040", "2045 (8)"]
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in cols[3:8]] == [("target", y) for y in ("2025", "2030", "2035", "2040", "2045")]
    # Digits that do not begin the year the step puts there, or years that do not step evenly,
    # are left as read.
    other = [r[:] for r in CUT_YEARS]
    other[1][3] = "3"
    assert years_in_step(_page(other, 1, 2)).rows[1][3].text == "3"
    uneven = [r[:] for r in CUT_YEARS]
    uneven[1][7] = "2050 (8)"
    assert years_in_step(_page(uneven, 1, 2)).rows[1][3].text == "2"
    # A text layer is what was printed: left alone.
    assert years_in_step(replace(_page(CUT_YEARS, 1, 2), method="words")).rows[1][3].text == "2"


def test_marks_of_the_column_number_row_read_twice_a_line_above_it_are_no_header_words() -> None:
    # Dev scan v12720 (ruled, 200 dpi): the inline marks of "Năm 2025 (4)" and "Năm 2040 (7)"
    # came out as a line of their own over "A B C 4 5 6 7 8 9" read "A B E= 4 5 6 7 8 9"; read as
    # body rows, they gave a row named "B" with five figures and an unnamed one with two.
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu",
         "Cơ quan chủ trì"],
        ["", "", "", "Năm 2025", "Năm 2030", "Năm 2035", "Năm 2040", "Năm 2045", ""],
        ["", "", "", "4", "", "", "7", "", ""],
        ["A", "B", "E=", "4", "5", "6", "7", "8", "9"],
        ["H", "Phát triển nguồn lực", "", "", "", "", "", "", ""],
    ]
    grid = header_down_to_numbers(_page(rows, 1, 2))
    assert grid.header_rows == 3
    assert [c.text for c in grid.rows[2]] == rows[3]
    assert [c.text for c in grid.rows[3]] == rows[4]


def test_a_span_whose_dash_ocr_lost_is_still_a_span() -> None:
    # Dev scan v12600 (200 dpi, small font): "Ước thực hiện giai đoạn 2021 - 2024" read as "Ước" over
    # "giai đoạn 2021 2024"; as the year 2021 alone, its column and the ratio dividing it lost 49 cells.
    head = [
        ["Số thứ tự", "Tên chỉ tiêu", "Đơn vị tỉnh", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước",
         "So sánh"],
        ["", "", "", "", "", "giai đoạn 2021 2024", "Ước thực hiện giai đoạn 2021-2024/Mục tiêu NQ ĐH"],
    ]
    cols = header_to_columns(head)
    assert [(c.role, c.period) for c in cols[3:7]] == [("target", "2020-2025"), ("plan", "2024"),
                                                      ("estimate", "2021-2024"), ("ratio", "2021-2024")]
    # Two years side by side without words of a span are two years: the first is read.
    assert [(c.role, c.period) for c in header_to_columns([["Chỉ tiêu", "Kế hoạch năm 2024 2025"]])][1:] == [("plan", "2024")]


def test_a_header_s_last_lines_of_years_with_marks_are_the_header_s() -> None:
    # Dev scan v14370 (unruled, 300 dpi): "Chỉ tiêu giao năm" over "2022 (4)", "Tỷ lệ THÍKH" over
    # "2022 (%)", the column marks beside them read "C)" and "()", and no column-number row under
    # them to end the header: two body rows with no name, and the target column without a year.
    rows = [
        ["TT", "Các chỉ tiêu chủ yếu", "Đơn vị", "Chỉ tiêu giao năm", "TH 2022", "Tỷ lệ THÍKH", "kết quả đánh giá"],
        ["", "", "", "", "C)", "2022 (%)", ""],
        ["", "", "", "2022 (4)", "", "", "()"],
        ["1", "Tỷ lệ hộ nghèo", "%", "5", "4,5", "90", "Đạt"],
    ]
    grid = year_lines_into_header(text_grid(rows, method="ocr-words", header_rows=1))
    assert grid.header_rows == 1 and len(grid.rows) == 2
    assert [c.text for c in grid.rows[0]][3:6] == ["Chỉ tiêu giao năm 2022 (4)", "TH 2022", "Tỷ lệ THÍKH 2022 (%)"]
    columns = header_to_columns([[c.text for c in grid.rows[0]]])
    assert (columns[3].role, columns[3].period) == ("target", "2022")
    # A row of figures, or one that names an indicator, is the body's.
    for body in (["", "", "", "2022", "", "", ""], ["", "Tỷ lệ", "", "2022 (4)", "", "", ""]):
        kept = text_grid([rows[0], body, rows[3]], method="ocr-words", header_rows=1)
        assert year_lines_into_header(kept) == kept


def test_a_parts_marker_taken_for_a_header_is_none() -> None:
    # Dev scan v14350 page 2 (a table continued without its header): the page's first line
    # "Trong đó:" was the grid's header; the page was not read on under page 1's header and its
    # figures had no roles.
    rows = [
        ["", "Trong đó:", "", "", "", "", "", "", ""],
        ["8)", "Mức giảm tỷ suất sinh đạt chuẩn", "%o", "0.4", "0.2", "0.4", "200.00", "100.0", "0.6"],
    ]
    grid = marker_rows_no_header(text_grid(rows, method="ocr-words", header_rows=1))
    assert grid.header_rows == 0
    # A header that names columns stays one.
    rows[0] = ["TT", "Trong đó:", "KH 2024", "", "", "", "", "", ""]
    kept = text_grid(rows, method="ocr-words", header_rows=1)
    assert marker_rows_no_header(kept) == kept


def test_a_group_title_over_stepped_years_spreads_to_the_years_beside_it() -> None:
    # Dev scan v13110 page 2 (unruled): "Mức chỉ tiêu" read over 2030-2040 only; "Năm 2025" and
    # "Năm 2045" beside them had no title, so their columns were no targets ("Năm 2040 7": the
    # column mark glued on).
    rows = [
        ["STT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "", "Cơ quan chủ trì"],
        ["", "", "", "Năm 2025", "Năm 2030", "Năm 2035", "Năm 2040 7", "Năm 2045", ""],
        ["1", "Tỷ lệ người dân có chữ ký số", "%", ">60", ">80", ">95", "100", "100", "Công an huyện"],
    ]
    grid = group_over_years(text_grid(rows, method="ocr-words", header_rows=2))
    assert [c.text for c in grid.rows[0]][2:9] == ["Đơn vị tính", *["Mức chỉ tiêu"] * 5, "Cơ quan chủ trì"]
    columns = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in columns[3:8]] == [("target", str(y)) for y in range(2025, 2050, 5)]
    # A year off the step, or a cell with a title of its own, is left as read.
    rows[1][7] = "Năm 2046"
    kept = text_grid(rows, method="ocr-words", header_rows=2)
    assert [c.text for c in group_over_years(kept).rows[0]][7] == ""


def test_of_two_copies_reading_alike_the_one_whose_ratio_divides_wins() -> None:
    # Dev scan v21280 (sideways, unruled, OCR_VERSION 49): page 1 read the last ratio's numerator
    # "Ước thực | đoạn 2021-2025/ Mục tiêu NQ ĐH" (a target of 2021-2025: 25 cells), page 2's
    # repeat "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH". Both score alike otherwise.
    left = ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước thực hiện năm 2024",
            "Kế hoạch năm 2025"]
    first = [
        [*left, "Ước thực hiện giai đoạn 2021 -2024", "Ước thực hiện giai đoạn 2021 - 2025", "", "So sánh", "Ước thực",
         "Ghi chú"],
        [""] * 9 + ["Ước thực hiện năm 2024/Kế hoạch năm 2024", "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH",
                    "đoạn 2021-2025/ Mục tiêu NQ ĐH", ""],
        ["Œ)", "@)", "3)", "(4)", "@®)", "(6)", "(@)", "(8)", "@)", "(10)", "œ1)", "(12)", "q3)"],
        ["", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "46,00", "46,0", "50,0", "46,0", "50,0",
         "100,0", "92,0", "100", ""],
    ]
    repeat = [
        [*left, "Ước thực hiện giai đoạn 2021 - 2024", "Ước thực hiện giai đoạn 2021 - 2025", "So sánh", "So sánh",
         "So sánh", "Ghi chú"],
        [""] * 9 + ["Ước thực hiện năm 2024/Kế hoạch năm 2024", "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH",
                    "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH", ""],
        ["Œ)", "(@2)", "@)", "(4)", "@®)", "(6)", "Œ)", "(8)", "(9)", "(10)", "œ1)", "(12)", "q3)"],
        ["", "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung", "%", "90,00", "84,00",
         "84,0", "90,0", "84,0", "90,0", "100,0", "93,3", "100", ""],
    ]
    page1 = text_grid(first, method="ocr-words", header_rows=3)
    page2 = text_grid(repeat, method="ocr-words", header_rows=3)
    better = better_header(page1, 3, page2, 3)
    assert [c.text for c in better.rows[1]][11] == "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH"
    assert [c.text for c in better.rows[3]][1] == "Thu nhập bình quân đầu người/ năm"  # page 1's body stays
    assert better_header(page2, 3, page1, 3) is page2  # the better copy keeps its own


def test_a_group_title_read_over_one_year_column_spreads_over_the_stepped_years() -> None:
    # Dev scan v21380 page 1 (unruled, OCR_VERSION 49): "Mức chỉ tiêu" centred over 2025-2045 read
    # over the middle column only, its year cut to "035" and joined to it as a wrapped line; the
    # other four years had no title, so their figures were no targets (8 cells).
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị", "", "", "Mức chỉ tiêu 035", "", "", "Cơ quan chủ trì thực hiện chỉ tiêu"],
        ["", "", "", "2025", "2030", "", "2040", "2045", ""],
        ["đ)", "(2)", "@)", "(4)", "@®)", "(6)", "Œ)", "(8)", "(9)"],
        ["21.", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", "%", ">60", ">80", ">95", "100", "100", ""],
    ]
    grid = group_over_years(text_grid(rows, method="ocr-words", header_rows=2))
    assert [c.text for c in grid.rows[0]][3:8] == ["Mức chỉ tiêu"] * 5
    assert [c.text for c in grid.rows[1]][3:8] == ["2025", "2030", "2035", "2040", "2045"]
    columns = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in columns[3:8]] == [("target", str(y)) for y in range(2025, 2050, 5)]
    # Digits the step does not end with, two years only, or a neighbour titled of its own: as read.
    for top, under in (("Mức chỉ tiêu 045", None), (None, ["", "", "", "", "2030", "", "2040", "", ""])):
        other = [list(r) for r in rows]
        if top:
            other[0][5] = top
        if under:
            other[1] = under
        assert [c.text for c in group_over_years(text_grid(other, method="ocr-words", header_rows=2)).rows[0]][3:5] == ["", ""]
    other = [list(r) for r in rows]
    other[0][6] = "Ghi chú"
    kept = group_over_years(text_grid(other, method="ocr-words", header_rows=2))
    assert [c.text for c in kept.rows[0]][3:7] == ["", "", "Mức chỉ tiêu 035", "Ghi chú"]


def test_years_wrapped_under_a_header_s_nam_cells_are_the_header_s() -> None:
    # Dev scan v16390 page 1 (unruled): "Năm 2025" … "Năm 2045" under "Mức chỉ tiêu" wrapped after
    # "Năm", the years came out as the first body row (2030 read "030") and no column had a year:
    # the table's 73 figures were all lost.
    rows = [
        ["Số thứ tự", "Các chỉ tiêu chủ yếu", "Đơn vị tính", *["Mức chỉ tiêu"] * 5, "Cơ quan chủ trì"],
        ["", "", "", *["Năm"] * 5, ""],
        ["", "", "", "2025", "030", "2035", "2040", "2045", ""],
        ["", "Phát triển nguồn lực", "", "", "", "", "", "", ""],
        ["2.", "Tỷ lệ chi cho khoa học, công nghệ", "%GRDP", "", "3", ">3", ">3", ">3", ""],
    ]
    grid = year_words_into_header(_page(rows, 1, 2))
    assert grid.header_rows == 2 and len(grid.rows) == 4
    assert [c.text for c in grid.rows[1]][3:8] == [f"Năm {y}" for y in range(2025, 2050, 5)]
    columns = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in columns[3:8]] == [("target", str(y)) for y in range(2025, 2050, 5)]
    # Years off one step, a row that names an indicator, a cell not under "Năm", or a part of
    # a year the step does not begin or end with: the row is the body's.
    for j, text in ((5, "2036"), (1, "Tỷ lệ"), (4, "031")):
        body = [list(r) for r in rows]
        body[2][j] = text
        kept = _page(body, 1, 2)
        assert year_words_into_header(kept) == kept
    body = [list(r) for r in rows]
    body[1][4] = "Kế hoạch"
    kept = _page(body, 1, 2)
    assert year_words_into_header(kept) == kept


def test_a_ratio_whose_period_and_slash_ocr_lost_takes_the_period_its_siblings_leave() -> None:
    # Dev scan v14380 page 1 (unruled, 300 dpi): "Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ
    # ĐH" read "Ước thực hiện giai đoạn" over "Mục tiêu NQ ĐH", a target with no ratio: its 24
    # ratios were lost. Its sibling prints the two names with 2021-2024; the estimates print
    # 2021-2024 and 2021-2025.
    rows = [
        ["STT", "Chỉ tiêu", "Đơn vị tỉnh", "Ước thực hiện giai đoạn 2021 -2024", "", "So sánh", "- -", "Ghi chú"],
        ["", "", "", "", "- Ước thực hiện giai đoạn 2021 - 2025", "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH",
         "Ước thực hiện giai đoạn", "-"],
        ["", "", "", "", "", "", "Mục tiêu NQ ĐH", ""],
        ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "46,0", "50,0", "92,0", "100", ""],
    ]
    grid = ratio_periods_from_siblings(_page(rows, 1, 3))
    columns = header_to_columns([[c.text for c in r] for r in grid.rows[:3]])
    assert (columns[6].role, columns[6].period) == ("ratio", "2021-2025")
    assert [c.text for c in grid.rows[3]] == rows[3]
    # No period left free (the estimates print only the sibling's), or other names: as read.
    for j, i, text in ((4, 1, "- Ước thực hiện giai đoạn 2021 - 2024"), (6, 2, "Kế hoạch năm")):
        other = [list(r) for r in rows]
        other[i][j] = text
        kept = _page(other, 1, 3)
        assert ratio_periods_from_siblings(kept) == kept


Box = tuple[float, float, float, float]
# Dev scan v16440 page 2 (unruled): strings and boxes as the whitespace reader left them. Each
# figure column stands one column right of its header cell, under no header; the header's own
# columns hold nothing.
PAGE2_16440: list[list[tuple[str, Box]]] = [
    [("Số thứ tự", (55, 75, 66, 98)), ("Chỉ tiêu", (195, 80, 218, 87)), ("Đơn vị", (350, 77, 370, 84)),
     ("", (379, 41, 391, 119)), ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (379, 68, 433, 91)),
     ("", (422, 40, 434, 118)), ("", (436, 40, 446, 118)),
     ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (455, 72, 624, 81)), ("", (628, 36, 642, 114)),
     ("", (645, 35, 655, 113)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", (648, 58, 710, 89)),
     ("", (696, 34, 712, 112)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", (716, 33, 746, 112)),
     ("Ghi chú", (753, 68, 776, 75))],
    [("", (57, 145, 67, 151)),
     ("Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm", (72, 140, 299, 151)),
     ("%", (358, 139, 365, 145)), ("", (381, 138, 391, 145)), ("", (402, 138, 413, 144)), ("30", (426, 137, 434, 144)),
     ("", (438, 137, 447, 143)), ("", (456, 133, 625, 143)), ("", (630, 133, 643, 139)), ("", (647, 133, 656, 139)),
     ("", (678, 132, 682, 138)), ("30", (706, 131, 713, 138)), ("Đạt", (718, 131, 728, 138)), ("", (754, 130, 777, 137))],
    [("", (59, 254, 70, 269)),
     ("80% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật "
      "nhà nước)", (74, 249, 342, 269)),
     ("%", (360, 248, 367, 254)), ("", (383, 248, 394, 262)), ("", (405, 247, 415, 262)), ("80", (429, 247, 436, 253)),
     ("", (440, 246, 449, 261)), ("", (459, 243, 627, 261)), ("99", (638, 243, 645, 249)), ("", (649, 242, 658, 257)),
     ("", (680, 241, 685, 256)), ("123,8", (700, 241, 715, 248)), ("Vượt", (720, 241, 734, 247)),
     ("", (757, 239, 780, 254))],
    [("", (59, 275, 70, 290)),
     ("60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà "
      "nước)", (75, 270, 345, 289)),
     ("%", (361, 269, 367, 275)), ("", (384, 268, 394, 283)), ("", (405, 268, 416, 283)), ("60", (429, 268, 437, 274)),
     ("", (440, 267, 450, 282)), ("", (459, 264, 628, 281)), ("90", (638, 264, 646, 270)), ("", (649, 263, 659, 277)),
     ("", (681, 262, 685, 277)), ("150", (706, 262, 716, 269)), ("Vượt", (721, 262, 734, 268)),
     ("", (757, 260, 780, 275))],
]


def _boxed(rows: list[list[tuple[str, Box]]], header_rows: int) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=2, bbox=b)) for t, b in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, provenance=Provenance(page=2), method="ocr-words")


def test_figures_under_no_header_go_under_the_nearest_header_over_an_empty_column() -> None:
    grid = figures_under_their_headers(_boxed(PAGE2_16440, 1))
    roles = [(c.role, c.period) for c in header_to_columns([[c.text for c in grid.rows[0]]])]
    got = {roles[j]: c.text for j, c in enumerate(grid.rows[2]) if c.text and j > 2}
    assert got == {("target", None): "80", ("actual", "2024"): "99", ("ratio", "2024"): "123,8",
                   ("evaluation", "2024"): "Vượt"}
    # Each row whose figures moved says the reader put them there.
    moved_rows = {i for i, r in enumerate(grid.rows) if i >= 1 and any(c.text for c in r[3:])}
    assert moved_rows and moved_rows <= grid.repaired_rows
    # A named column that holds something on the page takes nothing.
    rows = [list(r) for r in PAGE2_16440]
    rows[1][4] = ("ghi", rows[1][4][1])
    moved = figures_under_their_headers(_boxed(rows, 1))
    assert moved.rows[2][5].text == "80" and moved.rows[2][4].text == ""


def _boxed(rows: list[list[tuple[str, tuple[float, float, float, float]]]], header_rows: int) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=1, bbox=b)) for t, b in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, method="ocr-words", provenance=Provenance(page=1))


# Dev scan v18300 page 1 (unruled, 200 dpi, red seal; OCR_VERSION 46), texts and boxes as read:
# "Năm 2025" is printed over "Dự toán giao | Ước TH" and was read into the first column only,
# and "Ước TH", printed on the sub-header's line, was read into the title's row.
V18300 = [
    [("Chỉ tiêu", (150, 90, 176, 97)), ("ĐVT", (275, 92, 291, 99)), ("Quyết toán năm 2024", (308, 83, 339, 109)),
     ("Năm 2025", (367, 81, 400, 89)), ("Ước TH", (390, 101, 417, 109)), ("So sánh (%)", (441, 82, 482, 90)),
     ("So sánh (%)", (465, 82, 500, 111)), ("Ghi chú", (508, 95, 534, 103))],
    [("", (65, 92, 211, 111)), ("", (264, 95, 302, 112)), ("", (307, 96, 342, 113)), ("Dự toán giao", (349, 96, 377, 113)),
     ("", (386, 97, 421, 114)), ("So dự toán", (432, 98, 453, 114)), ("So với năm 2024", (466, 98, 498, 115)),
     ("", (507, 99, 534, 116))],
    [("@)", (158, 118, 168, 125)), ("@)", (278, 119, 288, 127)), ("@)", (318, 120, 328, 127)), ("(4)", (358, 120, 368, 128)),
     ("@®)", (398, 121, 408, 129)), ("(6)=(51(4)", (425, 121, 459, 129)), ("(=@}⁄@)", (464, 122, 498, 130)),
     ("(8)", (516, 123, 525, 130))],
    [("1. Tổng thu ngân sách nhà nước trên địa bàn", (67, 130, 211, 139)), ("Triệu đồng", (264, 133, 302, 141)),
     ("132.608,8", (311, 133, 341, 141)), ("123.022,5", (350, 134, 381, 142)), ("140.616,8", (390, 134, 421, 142)),
     ("114", (448, 135, 460, 143)), ("106,0", (482, 136, 499, 143)), ("", (507, 136, 533, 144))],
    [("Thu tiền sử dụng đất", (64, 181, 129, 189)), ("Triệu đồng", (264, 184, 300, 192)), ("46.838,5", (313, 184, 341, 192)),
     ("39.161,6", (353, 185, 380, 193)), ("38.430,6", (393, 185, 420, 193)), ("98", (450, 186, 459, 194)),
     ("82,0", (484, 187, 498, 194)), ("", (506, 187, 532, 195))],
]


def test_a_group_title_read_over_its_first_column_only_heads_the_next_too() -> None:
    grid = title_over_next(_boxed(V18300, header_rows=3))
    assert [c.text for c in grid.rows[0]][3:5] == ["Năm 2025", "Năm 2025"]
    assert [c.text for c in grid.rows[1]][3:5] == ["Dự toán giao", "Ước TH"]
    _, rows = grids_to_rows([_boxed(V18300, header_rows=3)], document="v18300")
    cells = {(c.role, c.period): c.value.value for c in rows[0].cells}
    assert cells[("estimate", "2025")] == 140616.8
    # Both ratios are of 2025: "So với năm 2024" compares the 2025 estimate with 2024's accounts.
    assert [(c.period, c.value.value) for c in rows[0].cells if c.role == "ratio"] == [("2025", 114.0), ("2025", 106.0)]
    # A title that stays over its own column (its box short of the next column's figures) is
    # left as read: the next column's text is a header of its own.
    narrow = [list(r) for r in V18300]
    narrow[0][3] = ("Năm 2025", (352, 81, 380, 89))
    kept = title_over_next(_boxed(narrow, header_rows=3))
    assert [c.text for c in kept.rows[0]][3:5] == ["Năm 2025", "Ước TH"]


# Dev scan v18210 page 1 (300 dpi, red seal, skewed; OCR_VERSION 46): the words of the ratio header
# "Ước TH năm 2024 so với Dự toán (7)=(6)/(5)" came out of order ("với" over "Ước TH năm 2024 so"
# over "Dự toán (7)=(@)/)") and named the plan it divides by, a second plan 2024 left of the ratio.
V18210 = [
    [("Số TT", (94, 102, 109, 123)), ("Hạng mục", (268, 112, 311, 122)), ("Đơn vị tỉnh", (466, 116, 512, 126)),
     ("Thực hiện năm 2023 (4)", (518, 106, 561, 140)), ("Năm 2024", (566, 90, 611, 141)), ("Năm 2024", (593, 91, 635, 100)),
     ("với", (705, 121, 719, 130)), ("So sánh (%)", (688, 93, 738, 103))],
    [("", (94, 97, 109, 133)), ("", (116, 97, 311, 137)), ("", (465, 105, 513, 142)), ("", (517, 106, 562, 143)),
     ("Dự toán @)", (571, 121, 606, 144)), ("Ước thực hiện (6)", (619, 122, 658, 143)),
     ("Ước TH năm 2024 so", (666, 109, 709, 146)), ("Ước TH năm 2024 so", (669, 109, 756, 120))],
    [("", (94, 125, 108, 147)), ("", (116, 125, 310, 151)), ("", (465, 133, 512, 156)), ("", (517, 134, 561, 157)),
     ("", (566, 135, 610, 158)), ("", (616, 136, 660, 159)), ("Dự toán (7)=(@)/)", (666, 137, 708, 160)),
     ("Cùng kỳ (8)=(6)/(4)", (715, 138, 758, 160))],
    [("1.", (97, 170, 104, 179)), ("Tổng thu ngân sách nhà nước trên địa bàn", (115, 170, 289, 183)),
     ("Triệu đồng", (464, 178, 511, 188)), ("259.196,43", (516, 179, 560, 189)), ("223.555,58", (565, 180, 609, 190)),
     ("238.562,44", (615, 181, 659, 191)), ("107%", (674, 183, 698, 192)), ("92,04", (724, 184, 747, 193))],
    [("", (92, 204, 106, 213)), ("Thu nội địa", (114, 204, 160, 214)), ("Triệu đồng", (465, 212, 509, 221)),
     ("86.438,85", (518, 213, 557, 223)), ("76.976,16", (567, 214, 606, 224)), ("99.922,88", (616, 215, 656, 225)),
     ("130", (678, 216, 693, 225)), ("115,60", (722, 217, 748, 227))],
    [("", (92, 220, 106, 230)), ("Thu tiền sử dụng đất", (114, 221, 194, 232)), ("Triệu đồng", (465, 229, 508, 239)),
     ("87.774,50", (517, 230, 557, 240)), ("71.383,38", (567, 231, 606, 241)), ("68.249,36", (616, 232, 655, 242)),
     ("96", (680, 233, 690, 242)), ("77,76", (723, 234, 746, 243))],
    [("", (92, 238, 106, 247)), ("Thu phí, lệ phí", (114, 238, 171, 248)), ("Triệu đồng", (464, 246, 508, 256)),
     ("84.983,08", (517, 247, 556, 257)), ("75.196,04", (567, 248, 606, 258)), ("70.390,20", (616, 249, 655, 259)),
     ("94", (679, 250, 690, 259)), ("82,83", (723, 252, 745, 261))],
    [("2.", (94, 255, 102, 264)), ("Tổng chi ngân sách địa phương", (113, 255, 242, 267)), ("Triệu đồng", (463, 262, 509, 272)),
     ("590.893", (520, 264, 552, 274)), ("582.912", (570, 265, 601, 274)), ("559.247", (619, 266, 651, 275)),
     ("96", (679, 267, 690, 276)), ("94,64", (722, 268, 745, 277))],
]


def test_a_second_plan_left_of_the_ratio_whose_figures_are_a_quotient_is_a_ratio() -> None:
    _, rows = grids_to_rows([_boxed(V18210, header_rows=3)], document="v18210")
    read = {r.indicator: [(c.role, c.value.value) for c in r.cells] for r in rows}
    assert read["Thu nội địa"] == [("actual", 86438.85), ("plan", 76976.16), ("estimate", 99922.88), ("ratio", 130.0),
                                   ("ratio", 115.6)]
    assert all([role for role, _ in cells].count("plan") == 1 for cells in read.values())


# Dev scan v18420 page 4 (unruled, 300 dpi, red seal, skewed; OCR_VERSION 46): right-aligned
# figures put one column right of their headers as a whole, the last under no header; the
# label row ("Đạt | Đạt | đạt", printed from the left of its cells) stayed where it was.
V18420 = [
    [("Số thứ tự", (90, 70, 100, 90)), ("Nội dung", (208, 75, 233, 82)), ("Đơn vị", (344, 74, 362, 80)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (370, 66, 421, 87)),
     ("Lẫy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (443, 71, 600, 79)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", (622, 59, 687, 88)),
     ("", (672, 37, 686, 109)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, Vượt, chưa đạt)", (690, 36, 717, 109)),
     ("Ghi chú", (724, 69, 746, 75))],
    [("Œ)", (91, 123, 99, 129)), ("@®)", (216, 121, 224, 128)), ("(3)", (349, 120, 357, 126)),
     ("(4)", (393, 119, 401, 125)), ("@)", (519, 118, 527, 124)), ("(6)", (651, 116, 659, 122)),
     ("", (673, 116, 686, 122)), ("Œ)", (700, 115, 708, 121)), ("(8)", (731, 115, 739, 121))],
    [("", (91, 154, 101, 160)),
     ("Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên từ 10% trở lên", (106, 152, 297, 160)),
     ("%", (350, 151, 357, 157)), ("", (372, 150, 402, 157)), ("50", (416, 150, 422, 156)), ("", (624, 147, 669, 154)),
     ("50", (680, 147, 687, 153)), ("Đạt", (692, 147, 701, 153)), ("", (725, 146, 747, 153))],
    [("", (92, 237, 102, 251)),
     ("80% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)", (106, 235, 323, 251)),
     ("%", (352, 234, 358, 240)), ("", (373, 234, 403, 248)), ("80", (416, 233, 423, 240)), ("99", (614, 231, 621, 237)),
     ("123,8", (674, 230, 688, 236)), ("Vượt", (693, 230, 705, 236)), ("", (726, 230, 748, 243))],
    [("", (92, 257, 102, 271)),
     ("60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước)", (106, 254, 330, 270)),
     ("%", (352, 254, 358, 260)), ("", (373, 253, 403, 267)), ("60", (416, 253, 423, 259)), ("90", (615, 251, 622, 257)),
     ("150", (679, 250, 688, 256)), ("Vượt", (693, 249, 706, 256)), ("", (726, 249, 748, 263))],
    [("", (95, 501, 105, 515)),
     ("Ứng dụng rộng rãi các nền tảng thanh toán không dùng tiền mặt trong thanh toán các loại phí, lệ phí và hoạt động kinh doanh, mua sắm trong cộng đồng", (110, 499, 336, 515)),
     ("Đạt", (353, 498, 363, 504)), ("Đạt", (376, 498, 386, 504)), ("đạt", (430, 497, 439, 503)),
     ("đạt", (629, 495, 637, 501)), ("", (677, 494, 691, 508)), ("Đạt", (696, 494, 705, 500)), ("", (729, 494, 751, 507))],
]


def test_a_run_of_figure_columns_one_column_off_goes_back_under_its_headers() -> None:
    grid = figures_under_their_headers(_boxed(V18420, header_rows=2))
    assert [c.text for c in grid.rows[3]][3:8] == ["80", "99", "123,8", "", "Vượt"]
    assert [c.text for c in grid.rows[2]][3:8] == ["50", "", "50", "", "Đạt"]
    assert [c.text for c in grid.rows[5]][2:8] == ["Đạt", "Đạt", "đạt", "đạt", "", "Đạt"]
    _, rows = grids_to_rows([_boxed(V18420, header_rows=2)], document="v18420")
    read = {(c.role, c.period): c.value.value for c in rows[1].cells if c.role != "evaluation"}
    assert read == {("target", None): 80.0, ("actual", "2024"): 99.0, ("ratio", "2024"): 123.8}
    # Without the loose figures' box under the header beside them, nothing moves.
    far = [list(r) for r in V18420]
    for r in far[2:]:
        text, (x0, y0, x1, y1) = r[6]
        r[6] = (text, (x0 + 30, y0, x1 + 30, y1))
    assert [c.text for c in figures_under_their_headers(_boxed(far, header_rows=2)).rows[3]][3:7] == ["", "80", "99", "123,8"]


# Dev scan v20210 page 1 (Liberation Serif, 200 dpi, turned): the header as OCR read it. The third
# ratio's "2021-2025/" was read "2921-202%" (the slash into the last digit): a ratio of no period,
# its 25 figures put under the 2024 estimate's year.
V20210_HEADER = [
    ["Số thứ tự", "Chỉ tiêu", "Đơn vị", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước thực hiện năm 2024",
     "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 - 2024", "Ước thực hiện giai đoạn 2021 - 2025", "So sánh",
     "So sánh", "So sánh", "Ghi chú"],
    ["", "", "", "", "", "", "", "", "", "Ước thực hiện năm 2024/Kế hoạch năm 2024",
     "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2921-202% Mục tiêu NQ ĐH", ""],
    ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "46,00", "46,0", "50,0", "46,0", "50,0", "100,0",
     "92,0", "100", ""],
]


def test_a_ratio_whose_period_ocr_misread_takes_the_period_its_siblings_leave() -> None:
    before = header_to_columns(V20210_HEADER[:2])
    assert (before[11].role, before[11].period) == ("ratio", "2024")
    grid = ratio_periods_from_siblings(_page(V20210_HEADER, 1, 2))
    columns = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert (columns[11].role, columns[11].period) == ("ratio", "2021-2025")
    assert columns[11].divides == (8, 3)
    assert [c.text for c in grid.rows[2]] == V20210_HEADER[2]
    # A span too far from the free period, a period no column leaves free, or other names: as read.
    for j, i, text in ((11, 1, "Ước thực hiện giai đoạn 1947-198% Mục tiêu NQ ĐH"),
                       (8, 0, "Ước thực hiện giai đoạn 2021 - 2024"),
                       (11, 1, "Ước thực hiện giai đoạn 2921-202% Kế hoạch năm 2025")):
        other = [list(r) for r in V20210_HEADER]
        other[i][j] = text
        kept = _page(other, 1, 2)
        assert ratio_periods_from_siblings(kept) == kept


# Dev scan v20240 page 1 (DejaVu Sans, grey seal, 200 dpi, ruled): "Mức chỉ tiêu 2025" and "Mức chỉ
# tiêu 2035" read "Mức chi tiêu", their years lost and their targets with them.
LOST_YEARS = [
    ["- Số thứ tự", "Danh mục", "Đơn vị", "Mức chi tiêu", "Mức chi tiêu 2030", "Mức chi tiêu", "Mức chi tiêu 2040",
     "Mức chi tiêu 2045", "cơ quan chủ trì thực hiện chi tiêu"],
    ["v", "Phát triển chuyển đổi số", "", "", "", "", "", "", ""],
    ["6.", "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện", "%", "100", "100", "100", "100",
     "100", ""],
]
# Dev scan v20440 page 2 (Liberation Sans, 200 dpi): "Năm 2040" read "Năm 040".
HEAD_CUT_YEAR = [
    ["STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu",
     "Mức chỉ tiêu", "Cơ quan chủ trì"],
    ["", "", "", "Năm 2025", "Năm 2030", "Năm 2035", "Năm 040", "Năm 2045", ""],
    ["2.", "Tỷ lệ chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong GRDP", "%GRDP", "", "3", ">3",
     ">3", ">3", ""],
]


def test_a_header_year_lost_after_the_words_its_row_prints_is_read_from_the_years_beside_it() -> None:
    before = header_to_columns([LOST_YEARS[0]])
    assert [(c.role, c.period) for c in (before[3], before[5])] == [("target", None)] * 2
    grid = years_in_step(_page(LOST_YEARS, 1, 1))
    assert [c.text for c in grid.rows[0]][3:9] == ["Mức chi tiêu 2025", "Mức chi tiêu 2030", "Mức chi tiêu 2035",
                                                  "Mức chi tiêu 2040", "Mức chi tiêu 2045",
                                                  "cơ quan chủ trì thực hiện chi tiêu"]
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:1]])
    assert [(c.role, c.period) for c in cols[3:8]] == [("target", y) for y in ("2025", "2030", "2035", "2040", "2045")]
    assert [c.text for c in grid.rows[2]] == LOST_YEARS[2]
    # Other words than the years' ("Ghi chú" beside them), or years that do not step: as read.
    other = [r[:] for r in LOST_YEARS]
    other[0][5] = "Ghi chú"
    assert years_in_step(_page(other, 1, 1)).rows[0][5].text == "Ghi chú"
    uneven = [r[:] for r in LOST_YEARS]
    uneven[0][7] = "Mức chi tiêu 2050"
    assert years_in_step(_page(uneven, 1, 1)).rows[0][5].text == "Mức chi tiêu"


def test_a_header_year_that_lost_its_first_digit_is_read_from_the_years_beside_it() -> None:
    before = header_to_columns(HEAD_CUT_YEAR[:2])
    assert before[6].period is None
    grid = years_in_step(_page(HEAD_CUT_YEAR, 1, 2))
    assert grid.rows[1][6].text == "Năm 2040"
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:2]])
    assert [(c.role, c.period) for c in cols[3:8]] == [("target", y) for y in ("2025", "2030", "2035", "2040", "2045")]
    # One digit left is no evidence of which end of the year it is; digits of another year stay.
    for text in ("Năm 0", "Năm 035"):
        other = [r[:] for r in HEAD_CUT_YEAR]
        other[1][6] = text
        assert years_in_step(_page(other, 1, 2)).rows[1][6].text == text


# Dev scan v23240 (ruled, 200 dpi, grey seal): "Mức chỉ tiêu 2045" read "Mức chỉ tiêu 2945".
HEAD_MISREAD_YEAR = [
    ["Số TT", "Chỉ tiêu", "Đơn vị tỉnh", "Mức chỉ tiêu 2025", "Mức chỉ tiêu 2030", "Mức chỉ tiêu 2035",
     "Mức chỉ tiêu 2040", "Mức chỉ tiêu 2945", "Cơ quan chủ trì thực hiện chỉ tiêu"],
    ["7.", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến", "%", ">80", ">85", ">95", "100", "100", ""],
]


def test_a_header_year_with_one_digit_misread_is_read_from_the_years_beside_it() -> None:
    before = header_to_columns(HEAD_MISREAD_YEAR[:1])
    assert (before[7].role, before[7].period) == ("target", None)
    grid = years_in_step(_page(HEAD_MISREAD_YEAR, 1, 1))
    assert grid.rows[0][7].text == "Mức chỉ tiêu 2045"
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:1]])
    assert [(c.role, c.period) for c in cols[3:8]] == [("target", y) for y in ("2025", "2030", "2035", "2040", "2045")]
    # Two digits off the step, a real year off it, or other words before it: left as read.
    for text in ("Mức chỉ tiêu 2955", "Mức chỉ tiêu 2050", "Kế hoạch 2945"):
        other = [r[:] for r in HEAD_MISREAD_YEAR]
        other[0][7] = text
        assert years_in_step(_page(other, 1, 1)).rows[0][7].text == text


# Dev scan v22060 (unruled, landscape): the header's cells centred on six lines, the reader's
# header its top line only; the lines under it were read as body rows, down to the first section.
WRAPPED_NO_NUMBERS = [
    ["", "", "", "Mục tiêu", "Thực", "ốc thực", "Uớc thực", "Ước TH giai", "Đánh giá"],
    ["1 hị D", "", "ĐVT", "NQ ĐH", "hiện", "", "hiện giai", "đoạn", "đến năm"],
    ["", "Nội dung chỉ tiêu", "", "", "năm", "hiện", "đoạn", "", ""],
    ["", "", "", "(nhiệm kỳ", "", "năm", "", "2021-2023/Mục", "2023"],
    ["", "", "", "2020-2025)", "2022", "", "2021-2023", "tiêu NQ (%)", ""],
    ["", "", "", "", "", "2023", "", "", ""],
    ["1.", "CHỈ TIÊU KINH TẾ", "", "", "", "", "", "", ""],
    ["1.", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "-", "96,61", "100,00", "100,00", "", "Đạt"],
    ["2.", "Tổng lượt khách du lịch", "Lượt", "596158", "595845", "511959", "654380", "109,8", "Vượt"],
]


def test_a_one_line_header_s_wrapped_lines_above_the_first_figure_are_the_header_s() -> None:
    grid = repair_header(_page(WRAPPED_NO_NUMBERS, 1, 1))
    n = grid.header_rows
    assert [c.text for c in grid.rows[n]][:2] == ["1.", "CHỈ TIÊU KINH TẾ"]
    cols = header_to_columns([[c.text for c in r] for r in grid.rows[:n]])
    assert [(c.role, c.period) for c in cols[1:8]] == [
        ("indicator", None), ("unit", None), ("target", "2020-2025"), ("actual", "2022"), ("estimate", "2023"),
        ("estimate", "2021-2023"), ("ratio", "2021-2023")]
    # A header that names its names column already keeps its rows, a body name ends the lines taken,
    # and a text layer is left as read.
    named = [r[:] for r in WRAPPED_NO_NUMBERS]
    named[0][1] = "Nội dung chỉ tiêu"
    named[2][1] = ""
    assert header_down_to_figures(_page(named, 1, 1)).header_rows == 1
    body = [r[:] for r in WRAPPED_NO_NUMBERS]
    body[2][1] = "Tỷ lệ hộ nghèo"
    cut = header_down_to_figures(_page(body, 1, 1))
    assert [c.text for c in cut.rows[cut.header_rows]][1] == "Tỷ lệ hộ nghèo"
    assert header_down_to_figures(replace(_page(WRAPPED_NO_NUMBERS, 1, 1), method="words")).header_rows == 1


# Dev scan v23270 page 3 (skewed, unruled, 200 dpi): the texts and boxes OCR gave. "Mức chỉ tiêu",
# printed over the five years, was read into their line over "Năm 2035" alone, and "Năm 2035" fell
# into the next row, the section heading's.
TITLE_IN_LINE = [
    [("STT", (42, 101, 58, 109)), ("Nội dung", (110, 98, 147, 107)), ("ĐVT", (207, 95, 224, 104)),
     ("Năm", (246, 97, 263, 106)), ("Năm 2030", (286, 96, 305, 115)), ("Mức chỉ tiêu", (312, 79, 359, 88)),
     ("Năm 040", (367, 94, 385, 112)), ("Năm 2045", (408, 92, 426, 111)), ("Cơ quan chủ trì", (456, 86, 517, 96))],
    [("v", (47, 128, 54, 136)), ("Phát triển chuyển đổi số", (63, 125, 155, 136)), ("", (207, 99, 225, 132)),
     ("", (246, 97, 274, 130)), ("", (286, 96, 315, 129)), ("Năm 2035", (326, 95, 346, 113)),
     ("", (367, 93, 396, 127)), ("", (408, 92, 436, 125)), ("", (438, 89, 529, 124))],
    [("16.", (45, 145, 56, 153)), ("Tỷ lệ người dân, doanh nghiệp hài lòng trong việc thực hiện TTHC, cung cấp DVC",
                                  (64, 141, 195, 172)), ("%", (213, 140, 221, 148)), ("95", (264, 138, 274, 147)),
     ("100", (301, 137, 315, 145)), ("100", (342, 135, 355, 144)), ("100", (382, 134, 396, 143)),
     ("100", (423, 133, 436, 141)), ("", (440, 130, 530, 160))],
]


def _boxed(rows: list[list[tuple[str, tuple[int, int, int, int]]]], header_rows: int, method: str = "ocr-words") -> Grid:
    return Grid(rows=tuple(tuple(GridCell(t, Provenance(page=3, bbox=tuple(float(x) for x in b))) for t, b in r)
                           for r in rows), header_rows=header_rows, method=method)


def test_a_group_title_read_into_the_line_of_its_column_heads_goes_on_a_line_of_its_own() -> None:
    grid = title_line_apart(_boxed(TITLE_IN_LINE, 2))
    assert grid.header_rows == 2
    assert [c.text for c in grid.rows[0]] == ["", "", "", "", "", "Mức chỉ tiêu", "", "", ""]
    assert [c.text for c in grid.rows[1]][3:8] == ["Năm", "Năm 2030", "Năm 2035", "Năm 040", "Năm 2045"]
    assert [c.text for c in grid.rows[2]][:2] == ["v", "Phát triển chuyển đổi số"]
    assert not any(c.text for c in grid.rows[2][2:])
    # With the header's other repairs every year column is a target of its year.
    repaired = repair_header(_boxed(TITLE_IN_LINE, 2))
    cols = header_to_columns([[c.text for c in r] for r in repaired.rows[: repaired.header_rows]])
    assert [(c.role, c.period) for c in cols[3:8]] == [("target", y) for y in ("2025", "2030", "2035", "2040", "2045")]
    # A title on the line of the others, a cell under it below their line, or a text layer: as read.
    level = [r[:] for r in TITLE_IN_LINE]
    level[0][5] = ("Mức chỉ tiêu", (312, 94, 359, 103))
    assert title_line_apart(_boxed(level, 2)).rows == _boxed(level, 2).rows
    lower = [r[:] for r in TITLE_IN_LINE]
    lower[1][5] = ("Năm 2035", (326, 125, 346, 136))
    assert title_line_apart(_boxed(lower, 2)).rows == _boxed(lower, 2).rows
    assert title_line_apart(_boxed(TITLE_IN_LINE, 2, "words")).rows == _boxed(TITLE_IN_LINE, 2, "words").rows



# Dev scan v26010 (unruled, header one level): "Mục tiêu năm 2024" and "Mục tiêu năm 2030" each wrapped
# after "Mục tiêu"; the word layout put both wrapped lines under the right cell, so the 2024 column had
# no period and the 2030 one two (56 targets lost). The header row as OCR read it.
TWO_YEARS_RIGHT = [
    ["Số TT", "Nội dung chỉ tiêu", "ĐVT", "Mục tiêu năm 2023", "Mục tiêu", "Mục tiêu năm 2024 năm 2030"],
    ["$.", "Tỷ lệ giao dịch không dùng tiền mặt", "%", "71", "64", "80"],
]


def test_two_wrapped_years_under_one_header_cell_are_shared_with_its_left_neighbour() -> None:
    before = header_to_columns([[c.text for c in _page(TWO_YEARS_RIGHT, 1, 1).rows[0]]])
    assert [(c.role, c.period) for c in before[3:6]] != [("target", "2023"), ("target", "2024"), ("target", "2030")]
    grid = wrapped_years_shared(_page(TWO_YEARS_RIGHT, 1, 1))
    assert [c.text for c in grid.rows[0]][3:6] == ["Mục tiêu năm 2023", "Mục tiêu năm 2024", "Mục tiêu năm 2030"]
    cols = header_to_columns([[c.text for c in grid.rows[0]]])
    assert [(c.role, c.period) for c in cols[3:6]] == [("target", "2023"), ("target", "2024"), ("target", "2030")]
    assert repair_header(_page(TWO_YEARS_RIGHT, 1, 1)).rows[0][4].text == "Mục tiêu năm 2024"


def test_two_years_are_left_as_read_without_a_bare_neighbour_of_the_same_words_or_out_of_order() -> None:
    other_words = [r[:] for r in TWO_YEARS_RIGHT]
    other_words[0][4] = "Kế hoạch"
    backwards = [r[:] for r in TWO_YEARS_RIGHT]
    backwards[0][5] = "Mục tiêu năm 2030 năm 2024"
    with_year = [r[:] for r in TWO_YEARS_RIGHT]
    with_year[0][4] = "Mục tiêu 2024"
    for rows in (other_words, backwards, with_year):
        assert [c.text for c in wrapped_years_shared(_page(rows, 1, 1)).rows[0]] == rows[0]


# Dev scan v26430 (horizontal rules only, read by words): one header line whose cells wrap over three
# lines ("Thực / hiện năm / 2021", "So cùng / kỳ năm / 2021 (%)"), read as three header levels, the
# first section heading in the third. The rows as OCR read them.
THREE_LINES_ONE_LEVEL = [
    ["", "", "", "Thực", "Dự toán", "Ước thực", "So dự", "So cùng"],
    ["Số TT", "Tên chỉ tiêu", "Đơn vị", "hiện năm", "năm 2022", "hiện năm", "toán năm", "kỳ năm"],
    ["1:", "Thu, chi ngân sách nhà nước", "", "2021", "", "2022", "2022 (%)", "2021 (%)"],
    ["1.1", "Chi thường xuyên", "Triệu đồng", "920,604.7", "953,904.3", "1,043,298.5", "109.4", "113.3"],
]


def test_a_one_level_header_wrapped_over_three_lines_is_read_as_one_level() -> None:
    as_read = header_to_columns([r[:] for r in THREE_LINES_ONE_LEVEL[:3]])
    assert (as_read[3].role, as_read[3].period) != ("actual", "2021")
    grid = wrapped_lines_one_level(_page(THREE_LINES_ONE_LEVEL, 1, 3))
    assert grid.header_rows == 1
    assert [c.text for c in grid.rows[0]] == [
        "Số TT", "Tên chỉ tiêu", "Đơn vị", "Thực hiện năm 2021", "Dự toán năm 2022", "Ước thực hiện năm 2022",
        "So dự toán năm 2022 (%)", "So cùng kỳ năm 2021 (%)"]
    # The section heading stays the first body row; its title does not join the names column's header.
    assert [c.text for c in grid.rows[1]] == ["1:", "Thu, chi ngân sách nhà nước", "", "", "", "", "", ""]
    assert grid.rows[2][0].text == "1.1"
    cols = header_to_columns([[c.text for c in grid.rows[0]]])
    assert [(c.role, c.period) for c in cols[3:6]] == [("actual", "2021"), ("plan", "2022"), ("estimate", "2022")]
    assert [c.role for c in cols[6:]] == ["ratio", "ratio"]
    assert repair_header(_page(THREE_LINES_ONE_LEVEL, 1, 3)).header_rows == 1


def test_a_header_with_levels_or_column_numbers_or_a_text_layer_keeps_its_rows() -> None:
    # A column-number row under the header says the rows are the header's own.
    numbered = [*THREE_LINES_ONE_LEVEL[:3], ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
                THREE_LINES_ONE_LEVEL[3]]
    assert wrapped_lines_one_level(_page(numbered, 1, 4)).header_rows == 4
    # A group title drawn over two columns (its text and box repeated) makes a two-level header.
    grid = _page(THREE_LINES_ONE_LEVEL, 1, 3)
    top = list(grid.rows[0])
    top[6] = replace(top[6], text="So sánh")
    top[7] = replace(top[6], text="So sánh")
    spanned = replace(grid, rows=(tuple(top), *grid.rows[1:]))
    assert wrapped_lines_one_level(spanned) is spanned
    text_layer = replace(_page(THREE_LINES_ONE_LEVEL, 1, 3), method="words")
    assert wrapped_lines_one_level(text_layer) is text_layer


def test_a_header_line_closing_a_bracket_above_is_no_column_mark() -> None:
    # Dev scan v28690 (unruled): "Kết quả thực hiện / năm 2022 / (tỷ lệ %)" beside "Mục tiêu 2022 (tỷ
    # lệ / %)" on four lines over "1 2 3 4". Its "%)" read as a mark above the column-number row
    # clashed with "3" and every wrapped line stayed a body row: the actuals had no year.
    rows = [
        ["Số", "Nội dung chỉ tiêu", "Mục tiêu 2022 (tỷ lệ", "Kết quả thực hiện"],
        ["T", "", "", "năm 2022"],
        ["", "", "%)", ""],
        ["", "", "", "(tỷ lệ %)"],
        ["1", "2", "3", "4"],
        ["I", "Kinh tế", "", ""],
        ["1", "Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", "Tối thiểu 90", "94"],
    ]
    grid = header_down_to_numbers(_page(rows, 1, 1))
    assert grid.header_rows == 2
    assert [c.text for c in grid.rows[0]][2:] == ["Mục tiêu 2022 (tỷ lệ %)", "Kết quả thực hiện năm 2022 (tỷ lệ %)"]
    # A mark with no bracket open above it still clashes with the column-number row: grid kept.
    rows[2] = ["", "", "5)", ""]
    rows[0][2] = "Mục tiêu 2022"
    assert header_down_to_numbers(_page(rows, 1, 1)).header_rows == 1
