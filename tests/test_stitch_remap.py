"""A continuation page read from whitespace whose columns came out otherwise than the page before's.

Strings and boxes (points of the page as stored) are those of dev scan v12100 (Biểu 02, 300 dpi,
grey seal, skewed): page 3 reads the header in 8 columns, page 4 in 9 ("Lũy kế thực hiện từ khi" |
"ban hành ĐA, NQ …" cut apart), its figures under the wrong whitespace columns. Long accounts are
cut short here; their boxes are as read.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import stitch_grids

Box = tuple[float, float, float, float]

PAGE_3: list[list[tuple[str, Box]]] = [
    [("TT", (66, 67, 75, 74)), ("Chỉ tiêu", (192, 70, 215, 78)), ("Đơn vị tính", (335, 70, 356, 85)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)", (367, 67, 422, 91)),
     ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 (5)", (449, 76, 627, 88)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra (6)", (653, 70, 724, 101)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (Œ)", (728, 47, 758, 128)),
     ("Ghi chú (8)", (763, 80, 786, 96))],
    [("III", (67, 117, 72, 123)),
     ("Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai "
      "đoạn 2021 - 2025 định hướng đến năm 2030", (80, 117, 314, 137)),
     ("", (326, 123, 355, 481)),
     ("~ Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc chẽ tập trung 400 ha.", (358, 124, 422, 366)),
     ("~ Hình thành các vùng sản xuất nông nghiệp hàng hóa tập trung và phát triển các sản phẩm hàng hóa chủ lực.",
      (417, 125, 648, 488)),
     ("- Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800 ha, đạt 36,3% NQ.", (645, 130, 724, 395)),
     ("", (719, 132, 756, 491)), ("", (753, 133, 785, 492))],
    [("", (55, 507, 64, 514)),
     ("Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm", (70, 508, 299, 520)),
     ("%", (332, 514, 339, 521)), ("30", (406, 516, 413, 523)), ("", (416, 516, 638, 528)),
     ("30", (707, 523, 715, 530)), ("Đạt", (718, 523, 729, 530)), ("", (752, 524, 776, 531))],
]
# The same header, its column (5) cut in two and the mark of column (7) read otherwise.
HEADER_4: list[tuple[str, Box]] = [
    ("TT", (58, 81, 66, 87)), ("Chỉ tiêu", (184, 80, 206, 86)), ("Đơn vị tính", (326, 74, 347, 87)),
    ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)", (358, 69, 414, 92)),
    ("Lũy kế thực hiện từ khi", (440, 75, 507, 82)), ("ban hành ĐA, NQ đến hết năm 2024 (5)", (510, 74, 620, 81)),
    ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra (6)", (644, 61, 717, 90)),
    ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (7)", (720, 35, 750, 116)),
    ("Ghi chú (8)", (755, 68, 778, 82)),
]
BODY_4: list[list[tuple[str, Box]]] = [
    [("", (59, 130, 67, 137)),
     ("Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên từ 10% trở lên", (73, 127, 285, 136)),
     ("%", (335, 127, 341, 133)), ("", (359, 126, 396, 132)), ("50", (408, 126, 415, 132)), ("", (511, 122, 642, 130)),
     ("50", (710, 121, 717, 127)), ("Đạt", (722, 121, 732, 127)), ("", (756, 121, 779, 127))],
    [("", (59, 186, 68, 207)),
     ("80% dịch vụ công có đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4",
      (73, 183, 310, 207)),
     ("%", (336, 183, 342, 189)), ("", (360, 182, 397, 203)), ("80", (409, 182, 417, 188)), ("80", (635, 179, 642, 185)),
     ("100", (707, 178, 718, 184)), ("Đạt", (723, 177, 733, 183)), ("", (756, 176, 780, 198))],
]


def _grid(rows: list[list[tuple[str, Box]]], page: int) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=b)) for t, b in row) for row in rows)
    boxes = [b for row in rows for _, b in row]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Grid(rows=cells, header_rows=1, provenance=Provenance(page=page, bbox=box), method="ocr-words")


def test_a_repeated_header_cut_into_more_columns_with_a_mark_misread_continues_the_table() -> None:
    [table] = stitch_grids([_grid(PAGE_3, 3), _grid([HEADER_4, *BODY_4], 4)])
    assert len(table.rows) == len(PAGE_3) + len(BODY_4)
    rows = {r[1].text: [c.text for c in r] for r in table.rows}
    # Under page 3's columns: target, result, ratio, evaluation.
    assert rows[BODY_4[1][1][0]][2:7] == ["%", "80", "80", "100", "Đạt"]
    assert rows[BODY_4[0][1][0]][2:7] == ["%", "50", "", "50", "Đạt"]


def test_a_header_naming_another_column_still_heads_a_table_of_its_own() -> None:
    other = [(t.replace("Ghi chú", "Ghi chú khác"), b) for t, b in HEADER_4]
    assert len(stitch_grids([_grid(PAGE_3, 3), _grid([other, *BODY_4], 4)])) == 2


# Dev scan v12150 (Biểu 02, 200 dpi, skewed one way on odd pages and the other on even ones): page 3
# and page 4 print the same header some 10 pt apart on the page as stored; page 4's long accounts
# ran its columns (5) and (6) into one, their names' words interleaved.
PAGE_3_12150: list[list[tuple[str, Box]]] = [
    [("Số TT", (38, 83, 48, 98)), ("Nội dung chỉ tiêu", (162, 82, 217, 91)), ("Đơn vị", (334, 77, 357, 85)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (369, 67, 424, 92)),
     ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (446, 68, 632, 81)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", (653, 54, 723, 87)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", (725, 29, 761, 108)),
     ("Ghi chú", (764, 63, 791, 71))],
    [("5", (43, 157, 48, 164)), ("Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch huyện Tam Đường", (56, 150, 262, 164)),
     ("Hoạt động", (332, 147, 365, 155)), ("5", (422, 145, 427, 152)), ("5", (646, 137, 651, 145)),
     ("100", (714, 135, 726, 142)), ("Đạt", (730, 135, 742, 142)), ("", (766, 133, 793, 141))],
    [("6", (44, 195, 49, 202)), ("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", (57, 190, 195, 201)),
     ("%", (346, 185, 353, 192)), ("0", (420, 183, 428, 190)), ("17,5", (639, 175, 652, 183)),
     ("87,5", (714, 173, 727, 180)), ("Chưa đạt", (731, 172, 760, 180)), ("", (767, 171, 794, 179))],
]
PAGE_4_12150: list[list[tuple[str, Box]]] = [
    [("Số TT", (50, 64, 59, 79)), ("Nội dung chỉ tiêu", (173, 70, 228, 79)), ("Đơn vị", (346, 73, 368, 81)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (380, 66, 436, 90)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 với chỉ "
      "tiêu (mục tiêu) ĐA, NQ đề ra", (457, 64, 734, 100)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", (737, 45, 772, 125)),
     ("Ghi chú", (775, 82, 802, 90))],
    [("II", (50, 116, 56, 124)),
     ("Nghị quyết 05-NQfTU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai đoạn "
      "2021 - 2025 định hướng đến năm 2030", (63, 117, 336, 137)),
     ("", (338, 122, 367, 495)),
     ("~ Phát triển các sản phẩm hàng Trồng mới cây mắc chẽ tập trung 400 ha.", (371, 122, 436, 425)),
     ("~- Hình thành các vùng sản xuất nông nghiệp hàng hóa tập trung và ~ Phát triển các sản phẩm hàng hóa.",
      (430, 124, 734, 556)),
     ("", (730, 129, 770, 503)), ("", (767, 130, 801, 503))],
]


def test_a_header_repeated_further_right_puts_the_page_under_the_same_columns() -> None:
    [table] = stitch_grids([_grid(PAGE_3_12150, 3), _grid(PAGE_4_12150, 4)])
    heading = table.rows[-1]
    # The part's number stays in the number column, its name in the names' column.
    assert [c.text for c in heading[:2]] == ["II", PAGE_4_12150[1][1][0]]
    assert len(heading) == 8 and heading[3].text.startswith("~ Phát triển")


# Dev scan v12160 (page 1 fed sideways, 300 dpi): a ruled table's header alone at the foot of page 1,
# its boxes on the page as stored (running up it), and its body on page 2, level. OCR read the rules
# between the year columns as "|" and the five names as one cell.
FOOT_HEADER: list[list[tuple[str, Box]]] = [
    [("TT", (514, 743, 545, 764)), ("Chỉ tiêu", (514, 384, 550, 744)), ("Đơn vị", (520, 350, 551, 385)),
     ("Mức chỉ tiêu", (520, 162, 540, 350)), ("Cơ quan chủ trì", (523, 85, 555, 163))],
    [("", (514, 743, 545, 764)), ("", (514, 384, 550, 744)), ("", (520, 350, 551, 385)),
     ("Năm 2025 | Năm 2030 | Năm 2035 | Năm 2040 | Năm 2045", (537, 163, 554, 350)), ("", (523, 85, 555, 163))],
]
_HEADING = ("Phát triển nguồn lực", (99, 33, 758, 56))
BODY_PAGE_2: list[list[tuple[str, Box]]] = [
    [("H", (79, 39, 100, 56)), *[_HEADING] * 8],
    [("2.", (79, 56, 100, 73)), ("Tỷ lệ chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong GRDP", (100, 52, 459, 73)),
     ("%GRDP", (459, 52, 493, 70)), ("", (493, 52, 531, 69)), ("3", (531, 51, 568, 69)), (">3", (568, 51, 606, 69)),
     (">3", (606, 51, 643, 68)), (">3", (643, 50, 681, 68)), ("", (680, 50, 758, 68))],
    [("3.", (80, 73, 100, 90)), ("Kinh phí chi cho nghiên cứu phát triển (R&D)", (100, 70, 459, 90)),
     ("%GRDP", (459, 69, 494, 86)), ("", (493, 69, 531, 86)), ("2", (531, 69, 568, 86)), (">2", (568, 68, 606, 85)),
     (">2", (606, 68, 643, 85)), (">2", (643, 68, 681, 85)), ("", (681, 67, 758, 84))],
]


def _ruled(rows: list[list[tuple[str, Box]]], page: int) -> Grid:
    return replace(_grid(rows, page), header_rows=-1, method="ocr")


def test_a_header_at_the_foot_of_a_page_fed_sideways_names_the_next_pages_columns() -> None:
    [table] = stitch_grids([_ruled(FOOT_HEADER, 1), _ruled(BODY_PAGE_2, 2)])
    names = [" / ".join(t for t in col if t) for col in zip(*[[c.text for c in r] for r in table.rows[:table.header_rows]],
                                                            strict=True)]
    assert names[3:8] == [f"Mức chỉ tiêu / Năm {y}" for y in (2025, 2030, 2035, 2040, 2045)]
    assert names[8] == "Cơ quan chủ trì"


# v12100 pages 2 and 4 (300 dpi, skewed): the actual figures, right-aligned at the foot of the wide
# column of accounts, end at 641-646 pt on both; the ratio column's range (from its centred header)
# starts at 640 pt. Page 2's rows as they stand in the table above, under page 3's header.
ROWS_2: list[list[tuple[str, Box]]] = [
    [("1", (61, 130, 64, 137)), ("Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết",
                                 (72, 127, 311, 144)),
     ("Di sản", (328, 126, 348, 133)), ("5", (411, 125, 416, 132)), ("13", (634, 122, 641, 129)), ("260", (707, 121, 717, 128)),
     ("Vượt", (722, 121, 736, 127)), ("", (756, 120, 779, 134))],
    [("", (60, 237, 69, 244)), ("Duy trì 95% hoạt động của đội văn nghệ tại các bản", (74, 235, 214, 244)),
     ("%", (336, 233, 343, 240)), ("95", (411, 233, 416, 239)), ("100", (632, 229, 643, 236)), ("105,3", (703, 228, 718, 235)),
     ("Vượt", (723, 228, 738, 235)), ("", (757, 227, 780, 234))],
    [("", (60, 254, 69, 261)), ("Duy trì hoạt động của câu lạc bộ khèn Mông", (74, 253, 194, 261)),
     ("CLB", (333, 251, 346, 257)), ("4", (413, 249, 417, 255)), ("7", (639, 246, 643, 252)), ("175", (708, 245, 719, 252)),
     ("Vượt", (724, 245, 738, 252)), ("", (757, 244, 780, 251))],
    [("6", (64, 328, 66, 334)), ("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", (76, 326, 203, 334)),
     ("%", (338, 324, 344, 330)), ("20", (411, 323, 418, 329)), ("17,5", (632, 320, 644, 326)), ("87,5", (707, 319, 720, 325)),
     ("Chưa đạt", (724, 318, 751, 325)), ("", (758, 318, 781, 325))],
    # Put under page 1's columns (fed sideways) by the reader as it was, "1" joined the ratio: the
    # ratio column now reaches left to 640 pt.
    [("", (61, 308, 70, 322)), ("xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa, sản phẩm OCOP, nông sản",
                                (75, 305, 321, 322)),
     ("Điểm", (333, 304, 348, 311)), ("3", (414, 303, 418, 310)), ("", (444, 302, 510, 317)),
     ("1 33,3", (639.89, 298.95, 719.41, 306.3)), ("Chưa đạt", (724, 299, 750, 305)), ("", (758, 298, 781, 312))],
]
ROWS_4: list[list[tuple[str, Box]]] = [
    [("", (63, 450, 72, 457)), ("Năng suất lao động hàng năm tăng tối thiểu 7%", (78, 449, 205, 457)),
     ("%", (340, 447, 346, 453)), ("", (364, 446, 401, 453)), ("7", (416, 445, 420, 452)), ("7", (642, 443, 646, 449)),
     ("100", (711, 442, 721, 448)), ("Đạt", (726, 442, 736, 448)), ("", (760, 440, 783, 447))],
    [("", (61, 300, 70, 320)), ("70% cơ sở dữ liệu dùng chung và chuyên ngành được kết nối, chia sẻ trên toàn huyện",
                                (74, 296, 317, 320)),
     ("%", (338, 296, 343, 302)), ("", (362, 295, 399, 316)), ("70", (411, 295, 418, 301)), ("70", (637, 292, 643, 298)),
     ("100", (709, 291, 719, 297)), ("Đạt", (724, 290, 734, 296)), ("", (758, 290, 781, 311))],
]


def test_a_figure_ending_where_its_columns_figures_end_stays_in_that_column() -> None:
    [table] = stitch_grids([_grid([PAGE_3[0], *ROWS_2], 3), _grid([HEADER_4, *ROWS_4], 4)])
    rows = {r[1].text: [c.text for c in r] for r in table.rows}
    assert rows[ROWS_4[0][1][0]][3:7] == ["7", "7", "100", "Đạt"]
    assert rows[ROWS_4[1][1][0]][3:7] == ["70", "70", "100", "Đạt"]


# Dev scan v16440 (Biểu 02 again, turned sideways, unruled): page 1's whitespace reader merged the
# names, the units and two figure columns into one header cell (boxes as stored, in the turned
# page's points); the repeat on page 3 (numbered 2 here, the page after) reads every column.
MERGED_1: list[list[tuple[str, Box]]] = [
    [("Số thứ tự", (412, 64, 435, 75)),
     ("Chỉ tiêu (mục tiêu) Chỉ tiêu Đơn vị chủ yếu của Đề án, Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm "
      "2024 NQ", (393, 203, 430, 632)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", (386, 656, 419, 718)),
     ("", (362, 704, 441, 721)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", (361, 723, 440, 755)),
     ("Ghi chú", (396, 761, 403, 784))],
    [("1", (325, 64, 331, 67)),
     ("Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết, âm thực, dân Di "
      "sản 5 ca, dân vũ, nghề thủ công truyền thống...", (304, 76, 331, 438)),
     ("13", (305, 640, 312, 646)), ("260", (303, 706, 309, 716)), ("Vượt", (302, 721, 309, 735)), ("", (292, 757, 307, 781))],
]
REPEAT_3: list[list[tuple[str, Box]]] = [
    [("Số thứ tự", (67, 56, 79, 78)), ("Chỉ tiêu", (207, 68, 230, 75)), ("Đơn vị", (363, 74, 383, 81)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (391, 67, 446, 91)),
     ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (467, 77, 635, 89)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra", (660, 72, 722, 104)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", (728, 51, 758, 129)),
     ("Ghi chú", (765, 88, 788, 95))],
    [("", (66, 125, 76, 132)),
     ("60% doanh nghiệp thực hiện giao dịch điện tử trong các hoạt động về tài chính", (81, 126, 288, 139)),
     ("%", (367, 136, 374, 142)), ("60", (436, 138, 442, 144)), ("100", (641, 145, 652, 152)), ("167", (712, 148, 721, 154)),
     ("Vượt", (726, 148, 740, 155)), ("", (763, 149, 786, 156))],
]


def test_a_repeat_that_reads_columns_the_page_before_merged_keeps_its_own_header() -> None:
    # Put under page 1's six columns, page 3's names, units and figures went into the merged
    # columns and every figure was lost; under its own header each keeps its column.
    first, second = stitch_grids([_grid(MERGED_1, 1), _grid(REPEAT_3, 2)])
    assert len(first.rows) == len(MERGED_1)
    assert [c.text for c in second.rows[-1]][1:6] == [REPEAT_3[1][1][0], "%", "60", "100", "167"]


def test_a_cell_alone_under_its_column_keeps_its_ocr_readings() -> None:
    # The ratio "100" of the second row read as "l00" and read again as 100 (the readings a row's
    # arithmetic chooses among, as v20210 page 2's "q" read again as 93,3): placed under page 3's
    # columns, the cell keeps them.
    body = [list(r) for r in BODY_4]
    ratio_text, ratio_box = body[1][6]
    body[1][6] = ("l00", ratio_box)
    grid_4 = _grid([HEADER_4, *body], 4)
    rows = [list(r) for r in grid_4.rows]
    rows[2][6] = replace(rows[2][6], readings=(ratio_text,))
    grid_4 = replace(grid_4, rows=tuple(tuple(r) for r in rows))
    [table] = stitch_grids([_grid(PAGE_3, 3), grid_4])
    by_name = {r[1].text: r for r in table.rows}
    cells = by_name[BODY_4[1][1][0]]
    assert [c.text for c in cells[4:6]] == ["80", "l00"] and cells[5].readings == ("100",)
