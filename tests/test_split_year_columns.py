"""Columns an unruled scan read as one are set apart again from what the page prints
(``extractor.split_columns``): a heading naming two years over cells each holding two figures,
a heading naming the indicator's and the unit's columns over names ending in a unit, and a heading
opening with the unit column's name over cells opening with a unit and then figures (v26130, v19040).

Real OCR strings of dev scans v19260 page 1 (a stacked heading "Chỉ tiêu / năm / 2030" beside
"… / 2035", and "… 2040 | 2045 | Cơ quan chủ trì" read as one column) and v19040 page 1 ("Mục
tiêu" spanning "2024 2030"), as the ocr-words reader put them into columns (OCR_VERSION 48).
"""

from __future__ import annotations

from extractor.grid import GridCell
from extractor.rows import grid_to_rows
from extractor.split_columns import split_unit_column, split_unit_from_names, split_year_columns
from tests.grids import text_grid

_V19260 = [
    ["Số TT", "Hạng mục Đơn vị", "Chỉ tiêu năm 2025", "Chỉ tiêu Chỉ tiêu năm năm 2030 2035",
     "Chỉ tiêu Chỉ tiêu năm năm Cơ quan chủ trì 2040 2045"],
    ["Œ)", "@) 3", "(4)", "", "XuUN (8) (9)"],
    ["!", "Phát triển hạ tầng", "", "", ""],
    ["3.", "Tỷ lệ người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s %", ">60",
     "100 100", "100 100"],
    ["H", "Phát triển nguồn lực", "", "", ""],
    ["3ì", "Kinh phí chi cho nghiên cứu phát triển (R&D) %GRDP", "", "2 >2", ">2 >2"],
    ["5.", "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản %", ">80", "100 100",
     "100 100 Đảng ủy, UBND cấp xã"],
    ["6.", "Tỷ lệ cán bộ, công chức cấp huyện được bồi dưỡng kỹ năng số căn bản %", "100", "100 100",
     "100 100 Các cơ quan, đơn vị cấp huyện"],
]

_V19040 = [
    ["4T Danh mục", "ĐVT 2023", "Mục tiêu 2024 2030"],
    ["1. CHỈ TIÊU KINH TẾ", "", ""],
    ["1. Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện truy cập khác nhau",
     "% > 76", "94 73"],
    ["2. Tổng sản lượng lương thực", "Tấn 40,711.8", "38,669.4 45,444.2"],
    ["3: Xuất khẩu địa phương", "Tỷ đồng 129.93", "126.71 134.18"],
    ["4. Diện tích cây chè", "Ha 2,739.33", "2,635.29 2,468.87"],
]


def _cells(row: object) -> list[tuple[str, str | None, str]]:
    return [(c.role, c.period, c.raw) for c in row.cells]  # type: ignore[attr-defined]


def test_two_year_columns_read_as_one_are_split_and_the_unit_leaves_the_names() -> None:
    grid = text_grid(_V19260, method="ocr-words", header_rows=2)
    table = grid_to_rows(grid, document="v19260_scan.pdf", table_number=0)
    rows = {r.indicator: r for r in table.rows}
    row = rows["Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản"]
    assert row.unit == "%"
    assert _cells(row)[:5] == [("target", "2025", ">80"), ("target", "2030", "100"), ("target", "2035", "100"),
                               ("target", "2040", "100"), ("target", "2045", "100")]
    rd = rows["Kinh phí chi cho nghiên cứu phát triển (R&D)"]
    assert rd.unit == "%GRDP"
    assert [c.raw for c in rd.cells if c.period in ("2030", "2035")] == ["2", ">2"]
    # The text after the figures is the third column's, "Cơ quan chủ trì".
    header = [c.header for c in table.table.columns]
    assert header[-1] == "Cơ quan chủ trì"


def test_a_spanning_heading_heads_both_years() -> None:
    grid = text_grid(_V19040, method="ocr-words", header_rows=1)
    rows = {r.indicator: r for r in grid_to_rows(grid, document="v19040_scan.pdf", table_number=0).rows}
    row = rows["Tổng sản lượng lương thực"]
    assert [(c.role, c.period, c.raw) for c in row.cells if c.period in ("2024", "2030")] == [
        ("target", "2024", "38,669.4"), ("target", "2030", "45,444.2")]


def _body(rows: list[list[str]]) -> list[list[GridCell]]:
    return [[GridCell(t) for t in r] for r in rows]


def test_a_cell_of_one_figure_leaves_the_column_whole() -> None:
    # Nothing tells under which of the two years a lone "100" was printed.
    rows = [r[:4] for r in _V19260[2:]]
    rows[3][3] = "100"
    header, body = split_year_columns([r[:4] for r in _V19260[:2]], _body(rows))
    assert header[0][3] == "Chỉ tiêu Chỉ tiêu năm năm 2030 2035"
    assert [c.text for c in body[1]][3] == "100 100"


def test_a_heading_of_one_year_is_no_pattern() -> None:
    header, body = split_year_columns([["Chỉ tiêu", "Kế hoạch năm 2030"]], _body([["a", "100 100"], ["b", "3 >3"]]))
    assert header == [["Chỉ tiêu", "Kế hoạch năm 2030"]]
    assert body[0][1].text == "100 100"


def test_names_without_units_keep_the_column_whole() -> None:
    rows = [["1", "Tỷ lệ hộ nghèo"], ["2", "Số xã đạt chuẩn nông thôn mới"]]
    header, body = split_unit_from_names([["Số TT", "Hạng mục Đơn vị"]], _body(rows))
    assert header == [["Số TT", "Hạng mục Đơn vị"]]
    assert [c.text for c in body[1]] == rows[1]


# Dev scan v26130 page 1 (OCR_VERSION 49) as the ocr-words reader put it into columns: the unit
# column ("Đơn vị / tính") and two target columns ("Chỉ tiêu / 2022", "Chỉ tiêu / 2023") came out
# as one, its heading the three headings' lines read line by line.
_V26130 = [
    ["STT", "Chỉ tiêu", "", "Đơn vị Chỉ tiêu Chỉ tiêu tính 2022 2023", "Chỉ tiêu 2030"],
    ["1.", "Phát triển kinh tế", "", "", ""],
    ["1.1", "Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh", "", "% 100,0 100,0",
     "100,0"],
    ["", "Trong đó:", "", "", ""],
    ["a)", "Riêng vùng đồng bào dân tộc thiểu số", "", "% 96,9 80,1", "100,0"],
    ["1.2", "Tổng sản lượng lương thực có hạt", "", "Tấn 32149,02 34359,73", "33411,18"],
    ["", "Chia ra: Vùng thấp", "", "Tấn 14252,51 15198,50", "14779,05"],
    ["+", "Vùng cao", "", "Tấn 17896,51 19161,23", "18632,13"],
    ["1 0)", "Thu NSNN trên địa bàn", "", "Tỷ đồng 48,86 51,19", "43,89"],
]


def test_a_unit_column_read_into_two_year_columns_is_set_apart_and_the_years_split() -> None:
    table = grid_to_rows(text_grid(_V26130, method="ocr-words", header_rows=1), document="v26130_scan.pdf",
                         table_number=0)
    headers = [(c.header, c.role, c.period) for c in table.table.columns]
    assert ("Đơn vị tính", "unit", None) in headers
    rows = {r.indicator: r for r in table.rows}
    row = rows["Thu NSNN trên địa bàn"]
    assert row.unit == "Tỷ đồng"
    assert _cells(row) == [("target", "2022", "48,86"), ("target", "2023", "51,19"), ("target", "2030", "43,89")]
    assert _cells(rows["Riêng vùng đồng bào dân tộc thiểu số"])[:2] == [("target", "2022", "96,9"),
                                                                         ("target", "2023", "80,1")]


def test_a_unit_read_with_a_lone_years_figure_leaves_the_figure_apart() -> None:
    # v19040: "ĐVT 2023" over "Tấn 40,711.8": the unit was read with the figure ("Tấn 40,711.8").
    table = grid_to_rows(text_grid(_V19040, method="ocr-words", header_rows=1), document="v19040_scan.pdf",
                         table_number=0)
    rows = {r.indicator: r for r in table.rows}
    assert rows["Tổng sản lượng lương thực"].unit == "Tấn"
    assert rows["Xuất khẩu địa phương"].unit == "Tỷ đồng"
    assert [c.raw for c in rows["Tổng sản lượng lương thực"].cells if c.period == "2023"] == ["40,711.8"]


def test_a_table_with_its_own_unit_column_or_words_after_the_unit_keeps_the_column_whole() -> None:
    header = [["STT", "Chỉ tiêu", "ĐVT", "Đơn vị Chỉ tiêu Chỉ tiêu tính 2022 2023"]]
    body = _body([["1", "Vùng thấp", "Tấn", "Tấn 14252,51 15198,50"], ["2", "Vùng cao", "Tấn", "Tấn 17896,51 19161,23"]])
    assert split_unit_column(header, body) == (header, body)
    header = [["STT", "Chỉ tiêu", "Đơn vị Chỉ tiêu Chỉ tiêu tính 2022 2023"]]
    words = _body([["1", "Vùng thấp", "Tấn 14252,51 15198,50"], ["2", "Vùng cao", "Tấn đạt 17896,51 19161,23"]])
    assert split_unit_column(header, words) == (header, words)
    # A heading naming the unit alone is no merged column.
    alone = [["STT", "Chỉ tiêu", "Đơn vị tính"]]
    assert split_unit_column(alone, body) == (alone, body)
