"""Scanned row names put back together (extractor/name_repair.py) and signature blocks read as
text, not tables (extractor/pdf_words.signature_block).

Every row below is what OCR gave (cache of OCR_VERSION 26) for a development scan of the layout
variants, texts and boxes (points) as read: v6040 p1, v6810 p3, v6300 p1, v6390 p1, v6170 p1,
v6860 p2.
"""

from __future__ import annotations

from extractor.documents import grids_to_rows
from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.name_repair import (
    join_lone_cells,
    join_stray_name_columns,
    join_wrapped_names,
    tidy_misread_text,
)
from extractor.pdf_words import grid_lines, signature_block

Box = tuple[float, float, float, float]


def _grid(rows: list[list[tuple[str, Box]]], header_rows: int = 0, method: str = "ocr-words") -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=1, bbox=b)) for t, b in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, method=method, provenance=Provenance(page=1))


def _texts(grid: Grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid.rows]


# v6040 page 1: "đám mây" ends the name of row 5, read as a row of its own.
V6040 = [
    [("Số TT", (63, 108, 79, 131)), ("Chỉ tiêu", (287, 114, 334, 125)), ("ĐVT", (540, 114, 560, 125)),
     ("Kế hoạch năm 2022", (580, 108, 640, 131)), ("Ước thực hiện năm 2022", (650, 108, 720, 131))],
    [("4", (67, 281, 74, 292)), ("Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh", (89, 281, 495, 292)),
     ("%", (545, 281, 553, 292)), ("69", (600, 281, 610, 292)), ("71", (670, 281, 680, 292))],
    [("5", (67, 299, 74, 310)), ("Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán", (88, 299, 524, 310)),
     ("%", (545, 299, 553, 310)), ("77", (600, 299, 610, 310)), ("74", (670, 299, 680, 310))],
    [("", (63, 312, 79, 323)), ("đám mây", (88, 312, 141, 323)), ("", (540, 312, 560, 323)), ("", (580, 312, 640, 323)),
     ("", (650, 312, 720, 323))],
    [("6", (67, 330, 74, 340)), ("Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi", (88, 330, 516, 340)),
     ("%", (545, 330, 553, 340)), ("100", (600, 330, 615, 340)), ("100", (670, 330, 685, 340))],
    [("", (63, 413, 79, 424)), ("Trong đó: Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa trong năm", (87, 413, 413, 424)),
     ("%", (545, 413, 553, 424)), ("79,0", (600, 413, 615, 424)), ("81,5", (670, 413, 685, 424))],
    [("3", (67, 431, 74, 442)), ("Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", (88, 431, 315, 441)), ("%", (545, 431, 553, 442)),
     ("100", (600, 431, 615, 442)), ("95", (670, 431, 680, 442))],
]


def test_wrapped_line_of_a_name_joins_the_name_above() -> None:
    fixed = join_wrapped_names(_grid(V6040, header_rows=1))
    names = [row[1] for row in _texts(fixed)]
    assert "Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây" in names
    assert "đám mây" not in names
    assert len(fixed.rows) == len(V6040) - 1
    assert 2 in fixed.repaired_rows  # the joined row says the reader put it together


def test_wrapped_name_read_whole_as_a_row() -> None:
    _, rows = grids_to_rows([_grid(V6040, header_rows=1)], document="v6040")
    assert [r.indicator for r in rows if r.indicator.startswith("Tỷ lệ hệ thống")] == [
        "Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây"]
    assert not any(r.indicator == "đám mây" for r in rows)


# v9700 page 2 (200 dpi, grey seal; OCR_VERSION 34): the seal's ink left specks beside two
# wrapped lines ("H", "\\") and a line of specks of its own between a name and its last line.
V9700 = [
    [("1", (98, 300, 102, 309)), ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý", (114, 300, 259, 319)),
     ("%", (284, 300, 292, 309)), ("98,0", (341, 300, 358, 309)), ("97,0", (384, 300, 401, 309))],
    [("", (97, 367, 103, 387)), ("Tỷ lệ số xã, phường, thị trấn tại các huyện, thành phố được thu gom, xử lý", (114, 367, 254, 386)),
     ("% 774 t2", (284, 367, 308, 387)), ("ˆ 1000", (329, 367, 362, 376)), ("100,0", (380, 367, 401, 376))],
    [("", (97, 385, 103, 396)), ("rác thải sinh hoạt", (114, 387, 177, 396)), ("H", (292, 385, 299, 396)),
     ("", (328, 385, 373, 396)), ("\\", (377, 388, 379, 396))],
    [("", (97, 397, 103, 407)), ("", (113, 397, 254, 407)), ("-", (291, 398, 293, 407)), ("*", (334, 397, 339, 406)),
     ("", (380, 397, 401, 407))],
    [("1", (98, 427, 102, 436)), ("Tổ chức chính quyền cơ sở đạt từ khá", (114, 427, 254, 436)), ("% ` *", (284, 427, 301, 436)),
     ("> 90", (342, 427, 358, 436)), (">90", (384, 427, 401, 436))],
    [("", (97, 432, 103, 443)), ("", (113, 432, 254, 443)), ("-", (303, 434, 305, 443)), ("ưZ", (362, 432, 373, 441)),
     ("", (380, 432, 401, 443))],
    [("", (97, 438, 103, 456)), ("trở lén", (113, 438, 138, 446)), ("", (284, 438, 323, 456)), ("- - -", (342, 442, 361, 456)),
     ("", (380, 438, 401, 456))],
]


def test_a_wrapped_line_beside_a_seal_s_specks_and_under_a_line_of_them_joins_its_name() -> None:
    fixed = join_wrapped_names(_grid(V9700))
    names = [row[1] for row in _texts(fixed)]
    assert names == ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý",
                     "Tỷ lệ số xã, phường, thị trấn tại các huyện, thành phố được thu gom, xử lý rác thải sinh hoạt", "",
                     "Tổ chức chính quyền cơ sở đạt từ khá trở lén"]
    # The specks' own line went with the line it stood over; the one under a joined name stays a row.
    assert fixed.repaired_rows == frozenset({1, 3})
    # A line of specks under a name with no wrapped line after it stays where it was.
    kept = join_wrapped_names(_grid(V9700[:4]))
    assert [row[1] for row in _texts(kept)][-1] == ""


def test_line_under_a_short_name_is_a_row_of_its_own() -> None:
    # The same small-letter line under a name that ends well short of the column's edge: the
    # word would have fitted there, so the line was not wrapped.
    short = [list(r) for r in V6040]
    short[2][1] = ("Tỷ lệ hệ thống thông tin", (88, 299, 200, 310))
    fixed = join_wrapped_names(_grid(short, header_rows=1))
    assert "đám mây" in [row[1] for row in _texts(fixed)]


def test_parts_marker_and_numbered_lines_are_not_wrapped_lines() -> None:
    rows = [list(r) for r in V6040]
    rows[3][1] = ("Trong đó:", (88, 312, 141, 323))
    assert "Trong đó:" in [row[1] for row in _texts(join_wrapped_names(_grid(rows, header_rows=1)))]
    rows[3][1] = ("a) đám mây", (88, 312, 141, 323))
    assert "a) đám mây" in [row[1] for row in _texts(join_wrapped_names(_grid(rows, header_rows=1)))]


def test_text_layer_tables_are_left_alone() -> None:
    grid = _grid(V6040, header_rows=1, method="words")
    assert join_wrapped_names(grid) is grid


# v6810 page 3: a heading in capitals wrapped, and a name wrapped beside a speck read as "-".
V6810 = [
    [("Số TT", (80, 50, 99, 130)), ("Hạng mục", (105, 50, 212, 130)), ("ĐVT", (231, 50, 250, 130)),
     ("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", (270, 50, 321, 130)), ("So sánh", (583, 50, 604, 130))],
    [("C", (89.8, 288.5, 96.5, 296.9)), ("CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG", (105.8, 286.2, 199.5, 307.4)),
     ("", (231.3, 286.6, 250.8, 307.6)), ("", (270.7, 286.8, 321.9, 307.8)), ("", (583.8, 287.8, 606.0, 308.8))],
    [("", (86.6, 307.7, 99.3, 316.2)), ("CHÍNH TRỊ", (106.0, 307.8, 156.9, 316.4)), ("", (231.3, 308.2, 250.8, 316.7)),
     ("", (270.6, 308.4, 321.8, 316.9)), ("", (583.8, 309.4, 606.0, 317.9))],
    [("1", (90.8, 322.1, 95.0, 330.5)), ("Tổ chức chính quyền cơ sở", (105.5, 321.9, 212.3, 330.7)), ("%", (236.5, 322.4, 244.9, 330.8)),
     ("> 90", (302.8, 322.6, 321.8, 331.1)), ("111,1", (583.8, 323.6, 604.5, 332.1))],
    [("", (86.5, 331.2, 99.2, 342.1)), ("đạt từ khá trở lên", (105.9, 331.3, 175.6, 339.9)), ("", (231.2, 331.7, 250.7, 342.6)),
     ("", (270.6, 331.9, 321.7, 342.9)), ("-", (583.8, 335.5, 586.0, 343.9))],
]


def test_capitals_heading_and_name_beside_a_speck_are_joined() -> None:
    names = [row[1] for row in _texts(join_wrapped_names(_grid(V6810, header_rows=1)))]
    assert names[1:] == ["CHỈ TIÊU XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ", "Tổ chức chính quyền cơ sở đạt từ khá trở lên"]


# v6300 page 1: a section heading under a name that filled its line; capitals start it.
V6300 = [
    [("Số TT", (69.4, 95.2, 82.4, 114.4)), ("Tên chỉ tiêu", (226.2, 95.5, 276.3, 105.7)), ("Đơn vị tính", (421.1, 85.8, 450.7, 106.2))],
    [("11.", (72.6, 221.1, 84.6, 230.3)),
     ("Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số (chăm sóc sức khỏe từ xa, học trực tuyến nâng cao, "
      "giao dịch tài chính số,...)", (93.0, 212.9, 411.9, 240.8)), ("%", (434.2, 211.8, 443.7, 220.9))],
    [("", (73.3, 247.7, 86.0, 256.9)), ("Phát triển khoa học công nghệ", (93.9, 244.3, 223.4, 256.4)), ("", (425.0, 238.4, 454.2, 248.0))],
    [("6.", (75.6, 264.9, 83.3, 273.9)), ("Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu",
                                         (94.1, 256.4, 415.9, 284.2)), ("%", (435.3, 255.5, 444.8, 264.6))],
]


def test_heading_under_a_full_line_stays_a_row() -> None:
    grid = _grid(V6300, header_rows=1)
    assert join_wrapped_names(grid) is grid


# v6390 page 1: one name cut at two wide word gaps into two columns no header names.
V6390 = [
    [("TT", (55.4, 258.8, 65.3, 266.4)), ("Danh mục", (213.7, 255.4, 248.7, 263.6)), ("", (304.0, 245.1, 340.3, 271.8)),
     ("", (345.5, 244.3, 379.7, 270.9)), ("Đơn vị tính", (397.2, 247.7, 421.3, 264.0)), ("KH năm 2025 (4)", (431.5, 246.9, 459.9, 263.6))],
    [("1", (59.1, 298.6, 63.1, 306.2)), ("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", (73.5, 295.3, 223.6, 305.9)),
     ("", (305.0, 292.6, 340.9, 301.3)), ("", (346.5, 291.8, 380.3, 300.4)), ("%", (406.0, 291.1, 413.9, 298.7)), ("17", (455.2, 290.3, 462.8, 297.9))],
    [("2", (58.9, 312.3, 63.4, 319.9)), ("Số doanh nghiệp công nghệ số", (73.0, 309.9, 180.0, 319.6)), ("", (305.3, 306.3, 341.2, 314.9)),
     ("", (346.8, 305.4, 380.6, 314.1)), ("%", (406.6, 304.7, 414.1, 312.3)), ("Khoảng 2", (430.6, 303.9, 463.6, 312.1))],
    [("3", (59.2, 326.0, 63.9, 333.5)), ("Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải,", (73.3, 321.0, 302.4, 333.2)),
     ("Lao Chải 1,", (305.6, 320.2, 341.5, 328.4)), ("Bản Thẳm)", (347.1, 319.4, 380.8, 327.5)), ("Bản", (403.5, 318.6, 417.3, 326.3)),
     ("4", (460.3, 316.9, 462.4, 324.4))],
    [("4", (59.4, 339.0, 64.1, 346.5)), ("Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", (73.4, 335.6, 256.6, 346.9)),
     ("", (305.9, 333.1, 341.8, 342.3)), ("", (347.4, 332.3, 381.1, 341.4)), ("%", (407.1, 332.4, 414.2, 339.9)), ("85,01", (445.5, 331.3, 463.7, 339.1))],
    [("5", (59.4, 353.0, 64.1, 360.5)), ("Tổng lượt khách du lịch", (74.0, 351.0, 150.0, 360.0)), ("", (305.9, 350.0, 341.8, 358.0)),
     ("", (347.4, 350.0, 381.1, 358.0)), ("Lượt", (407.1, 350.0, 420.0, 358.0)), ("538.345", (440.0, 350.0, 463.7, 358.0))],
]


def test_name_cut_at_word_gaps_is_one_cell() -> None:
    fixed = join_stray_name_columns(_grid(V6390, header_rows=1))
    assert _texts(fixed)[3] == ["3", "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)", "Bản", "4"]
    assert [len(r) for r in fixed.rows] == [4] * len(V6390)
    assert 3 in fixed.repaired_rows
    _, rows = grids_to_rows([_grid(V6390, header_rows=1)], document="v6390")
    assert "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)" in [r.indicator for r in rows]


def test_column_of_figures_without_a_header_is_no_stray_name_piece() -> None:
    rows = [list(r) for r in V6390]
    rows[3][2] = ("12", (305.6, 320.2, 341.5, 328.4))
    grid = _grid(rows, header_rows=1)
    assert join_stray_name_columns(grid) is grid


# v6170 page 1: a row number printed above its row's line; v6860 page 2: a figure read twice.
V6170 = [
    [("STT", (70, 100, 85, 110)), ("Chỉ tiêu", (90, 100, 300, 110)), ("ĐVT", (525, 100, 540, 110)), ("KH", (556, 100, 585, 110))],
    [("6", (76.2, 226.9, 80.3, 233.9)), ("Tổng sản lượng lương thực", (90.8, 226.4, 168.6, 234.0)), ("Tấn", (525.0, 223.2, 536.8, 230.2)),
     ("51.027,68", (556.6, 223.0, 585.7, 230.2))],
    [("7", (76.5, 237.0, 80.9, 244.0)), ("", (89.9, 233.8, 440.1, 243.8)), ("", (513.8, 232.9, 548.6, 240.2)), ("", (553.4, 232.6, 585.8, 239.8))],
    [("", (73.2, 240.8, 84.5, 248.1)), ("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", (90.5, 239.5, 225.6, 247.7)),
     ("%", (527.7, 236.8, 534.7, 243.9)), ("18,71", (569.7, 236.6, 585.4, 243.7))],
]
V6860 = [
    [("Số thứ tự", (80.8, 179.2, 96.9, 205.8)), ("Nội dung chỉ tiêu", (293.6, 191.7, 367.4, 201.0)), ("Đơn vị", (566.7, 196.0, 594.2, 204.6)),
     ("Chỉ tiêu giao năm 2023 (4)", (600.5, 178.3, 635.3, 223.4))],
    [("2", (84.8, 252.0, 89.2, 260.2)), ("Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình và nghe đài phát thanh", (100.2, 252.2, 395.9, 265.0)),
     ("%", (575.5, 259.7, 583.1, 268.0)), ("87", (612.2, 260.0, 621.5, 268.3))],
    [("", (79.8, 261.3, 95.6, 269.7)), ("", (99.8, 261.6, 421.0, 274.8)), ("", (565.5, 268.9, 593.0, 277.5)), ("77", (612.1, 269.6, 621.4, 277.9))],
    [("3", (84.6, 266.1, 89.3, 274.4)), ("Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây", (99.9, 266.4, 420.9, 279.6)),
     ("%", (575.1, 273.9, 582.9, 282.1)), ("77", (599.5, 274.2, 633.8, 282.9))],
]


def test_row_number_above_its_line_numbers_that_row() -> None:
    fixed = join_lone_cells(_grid(V6170, header_rows=1))
    assert _texts(fixed)[1:] == [["6", "Tổng sản lượng lương thực", "Tấn", "51.027,68"],
                                 ["7", "Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", "18,71"]]


def test_figure_read_twice_leaves_no_nameless_row() -> None:
    tables, rows = grids_to_rows([_grid(V6860, header_rows=1)], document="v6860")
    assert all(r.indicator for r in rows)
    assert [c.value.value for r in rows for c in r.cells if r.indicator.startswith("Tỷ lệ hệ thống")] == [77.0]
    assert not tables[0].quality.reasons


def test_different_figure_beside_a_lone_one_is_kept() -> None:
    rows = [list(r) for r in V6860]
    rows[3][3] = ("78", (599.5, 274.2, 633.8, 282.9))
    grid = _grid(rows, header_rows=1)
    assert join_lone_cells(grid) is grid


# v6810 page 3, under the table: the signature block, read as a table of its own.
SIGNATURE = [
    [("Nơi nhận:", (41.5, 359.9, 80.4, 368.4)), ("TM.", (552.0, 359.0, 571.7, 367.5)), ("ỦY Tế", (575.7, 359.1, 588.8, 373.1)),
     ("BAN NHÂN DÂN t `.x", (594.2, 359.2, 674.2, 375.8))],
    [("- Như trên;", (41.5, 369.2, 85.2, 377.8)), ("", (552.0, 369.6, 571.7, 379.5)), ("“x..”", (581.5, 369.7, 618.7, 378.2)),
     ("", (594.2, 369.7, 674.1, 379.8))],
    [("- Lưu: VT.", (41.4, 379.1, 80.3, 387.6)), ("", (551.9, 378.0, 571.6, 389.6)), ("PHÓ CHỦ TỊCH", (574.0, 378.1, 652.3, 389.9)),
     ("", (594.2, 378.1, 674.1, 389.9))],
]


def test_signature_block_is_text_not_a_table() -> None:
    grid = _grid(SIGNATURE)
    assert signature_block(grid)
    assert [ln.text for ln in grid_lines(grid)] == ["Nơi nhận: TM. ỦY Tế BAN NHÂN DÂN t `.x", "- Như trên; “x..”", "- Lưu: VT. PHÓ CHỦ TỊCH"]
    assert not signature_block(_grid(V6810, header_rows=1))


def test_signature_block_of_a_scanned_page_goes_to_its_lines() -> None:
    from extractor.documents import _add_ocr_pages
    from extractor.ocr import OcrPage

    page = OcrPage(number=3, grids=(_grid(V6810, header_rows=1), _grid(SIGNATURE)), lines=(), mean_confidence=0.9,
                   seconds=0.0, from_cache=False)
    grids: list[Grid] = []
    lines: list = []
    _add_ocr_pages([page], grids, lines, [])
    assert len(grids) == 1 and grids[0].rows[0][0].text == "Số TT"
    assert lines[-1].text == "- Lưu: VT. PHÓ CHỦ TỊCH"


# v4980 p1 (ruled), v6270 p1, v4720 p1: a comma read as a full stop, a syllable read in capitals.
def test_comma_read_as_a_full_stop_inside_a_name() -> None:
    rows = [[("STT", (50, 100, 60, 110)), ("Nội dung", (70, 100, 200, 110)), ("Năm 2022", (300, 100, 340, 110))],
            [("2", (50, 120, 60, 130)), ("Thu phí. lệ phí", (70, 120, 140, 130)), ("121.746", (300, 120, 340, 130))],
            [("3", (50, 140, 60, 150)), ("Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế. giáo dục, bảo hiểm, giao thông",
                                         (70, 140, 290, 150)), ("80", (300, 140, 340, 150))],
            [("4", (50, 160, 60, 170)), ("Thu nhập bình quân (Tp. Lai Châu)", (70, 160, 200, 170)), ("12.5", (300, 160, 340, 170))]]
    fixed = tidy_misread_text(_grid(rows, header_rows=1, method="ocr"))
    assert [r[1] for r in _texts(fixed)[1:]] == [
        "Thu phí, lệ phí", "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông",
        "Thu nhập bình quân (Tp. Lai Châu)"]
    assert _texts(fixed)[3][2] == "12.5"


def test_syllable_read_in_capitals_inside_a_name() -> None:
    rows = [[("STT", (50, 100, 60, 110)), ("Chỉ tiêu", (70, 100, 200, 110))],
            [("4", (50, 120, 60, 130)), ("TỶ lệ người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s",
                                         (70, 120, 290, 130))],
            [("C", (50, 140, 60, 150)), ("CHỈ TIÊU XÃ HỘI", (70, 140, 150, 150))],
            [("5", (50, 160, 60, 170)), ("Tỷ lệ UBND cấp xã sử dụng ĐVT", (70, 160, 200, 170))],
            [("6", (50, 180, 60, 190)), ("Số hộ có thành viên ĐÃ ký cam kết", (70, 180, 200, 190))]]
    fixed = tidy_misread_text(_grid(rows, header_rows=1))
    assert [r[1] for r in _texts(fixed)[1:]] == [
        "Tỷ lệ người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s", "CHỈ TIÊU XÃ HỘI",
        "Tỷ lệ UBND cấp xã sử dụng ĐVT", "Số hộ có thành viên đã ký cam kết"]
    assert tidy_misread_text(_grid(rows, header_rows=1, method="words")).rows[1][1].text.startswith("TỶ")


# v13370 p1, v13710 p2 (OCR_VERSION 43): a child's name after "Trong đó:" read with its first
# syllable in capitals, and a heading in capitals read into the name of the row above it.
def test_syllable_read_in_capitals_after_a_colon_keeps_its_capital() -> None:
    rows = [[("STT", (50, 100, 60, 110)), ("Chỉ tiêu", (70, 100, 200, 110)), ("Năm 2022", (300, 100, 340, 110))],
            [("", (50, 120, 60, 130)),
             ("Trong đó: TỶ lệ cơ quan, đơn vị, trường học đạt tiêu chuẩn văn hóa vùng đồng bào dân tộc thiểu số",
              (70, 120, 290, 130)), ("71,7", (300, 120, 340, 130))],
            [("5", (50, 140, 60, 150)), ("Tỷ lệ người dân đạt TỶ lệ cao", (70, 140, 200, 150)), ("84", (300, 140, 340, 150))]]
    fixed = tidy_misread_text(_grid(rows, header_rows=1, method="ocr"))
    assert [r[1] for r in _texts(fixed)[1:]] == [
        "Trong đó: Tỷ lệ cơ quan, đơn vị, trường học đạt tiêu chuẩn văn hóa vùng đồng bào dân tộc thiểu số",
        "Tỷ lệ người dân đạt tỷ lệ cao"]


V13710 = [
    [("STT", (55.0, 90.0, 70.0, 100.0)), ("Chỉ tiêu", (78.0, 90.0, 160.0, 100.0)), ("ĐVT", (382.0, 90.0, 393.0, 100.0)),
     ("Mục tiêu", (470.0, 90.0, 488.0, 100.0))],
    [("", (55.4, 142.9, 70.7, 153.5)), ("Trong đó:", (78.0, 143.3, 124.7, 154.4)), ("", (362.6, 148.1, 412.9, 159.2)),
     ("", (425.4, 149.1, 488.5, 160.5))],
    [("", (54.8, 159.7, 70.4, 187.8)), ("Riêng trong năm CHỈ TIÊU XÃ HỘI", (77.6, 160.1, 166.6, 189.4)),
     ("%", (382.4, 165.4, 392.7, 175.9)), ("82", (475.1, 167.0, 487.7, 177.5))],
    [("1.", (57.7, 193.9, 66.0, 204.3)),
     ("Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu", (77.2, 194.2, 343.9, 220.7)),
     ("%", (381.9, 199.3, 392.1, 209.7)), ("> 68", (463.9, 200.6, 487.6, 211.3))],
]


def test_heading_in_capitals_read_into_a_name_is_a_row_of_its_own() -> None:
    fixed = tidy_misread_text(_grid(V13710, header_rows=1))
    assert [r[1] for r in _texts(fixed)] == [
        "Chỉ tiêu", "Trong đó:", "Riêng trong năm", "CHỈ TIÊU XÃ HỘI",
        "Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu"]
    assert _texts(fixed)[3] == ["", "CHỈ TIÊU XÃ HỘI", "", ""] and _texts(fixed)[2][3] == "82"
    assert fixed.repaired_rows == frozenset({2, 3})
    _, read = grids_to_rows([_grid(V13710, header_rows=1)], document="v13710")
    rows = [r for r in read if r.cells]
    assert [r.indicator for r in rows] == [
        "Riêng trong năm", "Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu"]


def test_acronyms_and_a_capitals_syllable_ending_a_name_stay_in_it() -> None:
    rows = [[("STT", (50, 100, 60, 110)), ("Chỉ tiêu", (70, 100, 200, 110)), ("Năm 2022", (300, 100, 340, 110))],
            [("1", (50, 120, 60, 130)), ("Tỷ lệ hồ sơ giải quyết qua LGSP TTHC", (70, 120, 290, 130)), ("71", (300, 120, 340, 130))],
            [("2", (50, 140, 60, 150)), ("Hộ nghèo vùng dân tộc thiểu SỐ", (70, 140, 200, 150)), ("84", (300, 140, 340, 150))],
            [("3", (50, 160, 60, 170)), ("Chương trình phát triển (KINH TẾ XÃ HỘI)", (70, 160, 200, 170)), ("9", (300, 160, 340, 170))]]
    fixed = tidy_misread_text(_grid(rows, header_rows=1, method="ocr"))
    assert len(fixed.rows) == 4
    assert [r[1] for r in _texts(fixed)[1:]] == [
        "Tỷ lệ hồ sơ giải quyết qua LGSP TTHC", "Hộ nghèo vùng dân tộc thiểu SỐ", "Chương trình phát triển (KINH TẾ XÃ HỘI)"]


# v18140 page 4 (unruled, 200 dpi, skewed; OCR_VERSION 46): two names wrapped over five and six
# lines of a narrow column. Three lines did not join: "lý" (two letters, taken for a speck),
# "trấn tại các huyện, thành" (two printed lines in one box, so its letters looked half as wide
# and "trấn" seemed to fit on the line above) and "gom, xử lý rác" ("gom" read as "Gồm", which
# opens a list of parts; here it is "thu gom", to collect).
V18140 = [
    [("STT", (89, 80, 107, 89)), ("Chỉ tiêu", (124, 81, 162, 90)), ("Đơn vị tỉnh", (178, 81, 231, 91)),
     ("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", (236, 67, 291, 107))],
    [("", (88, 139, 107, 149)), ("Tỷ lệ chất thải", (110, 140, 171, 149)), ("%", (200, 141, 209, 150)), ("98,0", (271, 142, 291, 151))],
    [("", (88, 150, 106, 159)), ("rắn sinh hoạt", (111, 150, 167, 160)), ("", (178, 151, 230, 161)), ("", (236, 152, 291, 161))],
    [("", (88, 160, 106, 169)), ("đô thị được", (110, 160, 158, 170)), ("", (177, 161, 230, 171)), ("", (236, 162, 291, 171))],
    [("", (88, 170, 106, 180)), ("thu gom và xử", (110, 171, 173, 180)), ("", (177, 171, 230, 181)), ("", (235, 172, 291, 182))],
    [("", (87, 182, 106, 191)), ("lý", (110, 182, 119, 191)), ("", (177, 183, 230, 193)), ("", (235, 184, 291, 194))],
    [("", (87, 196, 106, 206)), ("Tỷ lệ số xã,", (110, 196, 158, 206)), ("%", (199, 197, 208, 206)), ("100,0", (266, 198, 290, 208))],
    [("", (87, 206, 106, 215)), ("phường, thị", (110, 206, 159, 216)), ("", (177, 207, 230, 217)), ("", (235, 208, 290, 218))],
    [("", (87, 217, 106, 236)), ("trấn tại các huyện, thành", (109, 217, 166, 236)), ("", (177, 218, 230, 237)),
     ("", (235, 219, 290, 238))],
    [("", (87, 237, 105, 246)), ("phố được thu", (110, 237, 166, 247)), ("", (177, 238, 229, 247)), ("", (235, 239, 290, 248))],
    [("", (87, 247, 105, 256)), ("gom, xử lý rác", (109, 247, 170, 257)), ("", (176, 248, 229, 258)), ("", (234, 249, 290, 259))],
    [("", (87, 257, 105, 266)), ("thai sinh hoạt", (109, 258, 168, 267)), ("", (176, 258, 229, 268)), ("", (234, 259, 290, 269))],
    [("c", (92, 273, 99, 282)), ("CHỈ TIÊU", (109, 270, 151, 283)), ("", (176, 271, 229, 284)), ("", (234, 272, 290, 285))],
]


def test_a_two_letter_word_a_two_line_box_and_thu_gom_are_wrapped_lines_of_the_name() -> None:
    names = [row[1] for row in _texts(join_wrapped_names(_grid(V18140, header_rows=1)))][1:]
    assert names == ["Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý",
                     "Tỷ lệ số xã, phường, thị trấn tại các huyện, thành phố được thu gom, xử lý rác thai sinh hoạt",
                     "CHỈ TIÊU"]
    # "Gồm:" printed as such still opens a list of parts, and a speck that is no word stays apart.
    parts = [list(r) for r in V18140]
    parts[10][1] = ("Gồm: xử lý rác", parts[10][1][1])
    parts[5][1] = ("ưZ", parts[5][1][1])
    names = [row[1] for row in _texts(join_wrapped_names(_grid(parts, header_rows=1)))]
    assert "Gồm: xử lý rác thai sinh hoạt" in names
    assert "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử" in names


# Dev scan v20140 page 2 (DejaVu Serif, red seal, 200 dpi, unruled, skewed): the names as OCR read
# them; "… đạt tiêu chuẩn văn hóa." took a full stop from a speck after its last word, and the row's
# 9 figures went under a name the table does not print.
V20140_NAMES = [
    "Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi",
    "Tỷ lệ hộ được sử dụng điện lưới quốc gia",
    "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung",
    "Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa",
    "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa.",
    "Tỷ lệ thôn, bản, khu phố đạt tiêu chuẩn văn hóa",
]


def _named_rows(names: list[str]) -> list[list[tuple[str, Box]]]:
    head = [("STT", (50, 100, 60, 110)), ("Các chỉ tiêu chủ yếu", (70, 100, 200, 110)), ("ĐVT", (300, 100, 320, 110)),
            ("KH năm 2024", (340, 100, 380, 110))]
    return [head] + [[("", (50, y, 60, y + 10)), (name, (70, y, 290, y + 10)), ("%", (300, y, 310, y + 10)),
                      ("88,5", (340, y, 370, y + 10))] for y, name in zip(range(120, 400, 20), names, strict=False)]


def test_a_speck_read_as_the_full_stop_of_the_one_name_that_prints_one_is_dropped() -> None:
    fixed = tidy_misread_text(_grid(_named_rows(V20140_NAMES), header_rows=1, method="ocr-words"))
    assert [r[1] for r in _texts(fixed)[1:]] == [n.rstrip(".") for n in V20140_NAMES]
    assert [r[3] for r in _texts(fixed)[1:]] == ["88,5"] * len(V20140_NAMES)
    # Two names closing with a full stop are the table's way of printing them; too few other
    # names say nothing; an ellipsis or an abbreviation is printed so; a text layer is as printed.
    for names in ([*V20140_NAMES[:4], "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa.", "Tỷ lệ thôn, bản đạt chuẩn."],
                  V20140_NAMES[3:],
                  [*V20140_NAMES[:4], "Bảo tồn lễ hội, dân ca, nghề thủ công truyền thống..."],
                  [*V20140_NAMES[:4], "Thu nhập bình quân Tp."]):
        kept = tidy_misread_text(_grid(_named_rows(names), header_rows=1, method="ocr-words"))
        assert [r[1] for r in _texts(kept)[1:]] == names
    layer = _grid(_named_rows(V20140_NAMES), header_rows=1, method="words")
    assert tidy_misread_text(layer) == layer
