"""A header alone at a page's foot, its column numbers under it, goes over the next page's columns
with its group titles where they were printed (``extractor.stitch.header_over``).

v23030 (reportlab, development after first contact): page 1 ends with the header of "BIỂU 07",
"Năm 2022" centred over "Kế hoạch | Ước thực / hiện", "So sánh (%)" over two ratios, and the
column numbers "(1) … (8)" under it; the body starts on page 2. The column numbers were taken
for the names under each column: the last line of "Ước thực / hiện" had only "(6)" below it and
became a title over three columns, and "Năm 2022", which lies mostly over "Kế hoạch", named that
column alone. The estimates of 2022 came out with no year (6 cells). The word boxes are the PDF's
own (pdfplumber), page 1's header and page 2's first rows.
"""

from __future__ import annotations

from extractor.grid import Grid
from extractor.pdf_tables import stitch_grids, words_to_grids
from extractor.pdf_words import Word

HEIGHT = 7.5
Lines = list[tuple[float, list[tuple[str, float, float]]]]

P1: Lines = [
    (478.8, [('Năm', 603.3, 622.4)]),
    (483.4, [('Năm', 650.0, 669.2), ('2022', 671.8, 692.7), ('So', 725.2, 735.7), ('sánh', 738.3, 758.5), ('(%)', 761.1, 775.5)]),
    (487.9, [('2021', 602.4, 623.3)]),
    (490.4, [('Số', 56.8, 67.3)]),
    (499.6, [('thứ', 54.9, 69.2), ('Các', 272.5, 287.5), ('chỉ', 290.1, 302.5), ('tiêu', 305.1, 321.7), ('chủ', 324.3, 339.4), ('yếu', 342.0, 357.4), ('Đơn', 561.9, 578.7), ('vị', 581.3, 588.8)]),
    (502.1, [('Ước', 682.9, 698.8), ('UTH', 761.1, 778.6)]),
    (506.7, [('Thực', 602.7, 623.0), ('Kế', 646.4, 657.3)]),
    (508.7, [('tự', 57.6, 66.5)]),
    (511.2, [('thực', 681.5, 700.2), ('UTH/KH', 713.7, 746.0), ('2022/TH', 752.3, 787.3)]),
    (515.8, [('hiện', 603.7, 622.0), ('hoạch', 639.2, 664.5)]),
    (520.4, [('hiện', 681.7, 700.0), ('2021', 759.4, 780.3)]),
    (534.5, [('(1)', 56.7, 67.4), ('(2)', 309.6, 320.3), ('(3)', 570.0, 580.6), ('(4)', 607.5, 618.1), ('(5)', 646.5, 657.1), ('(6)', 685.5, 696.1), ('(7)', 724.5, 735.1), ('(8)', 764.5, 775.1)]),
]
P2: Lines = [
    (40.3, [('1.', 58.0, 66.1), ('Kinh', 75.1, 94.1), ('tế', 96.7, 105.4)]),
    (57.3, [('1.1', 55.4, 68.7), ('Tỷ', 75.1, 85.1), ('lệ', 87.7, 95.3), ('hộ', 97.9, 108.4), ('được', 111.0, 131.3), ('sử', 134.0, 143.8), ('dụng', 146.4, 167.8), ('điện', 170.4, 188.8), ('lưới', 191.4, 207.0), ('quốc', 209.6, 229.9), ('gia', 232.5, 245.5), ('%', 571.6, 579.1), ('96', 619.4, 629.8), ('100', 653.2, 668.8), ('89', 697.4, 707.8), ('89,0', 728.3, 746.8), ('92,71', 764.1, 787.8)]),
    (71.5, [('1.2', 56.1, 68.0), ('Tỷ', 75.1, 84.1), ('lệ', 86.5, 93.2), ('hệ', 95.5, 104.9), ('thống', 107.3, 129.1), ('thông', 131.5, 153.3), ('tin', 155.7, 165.4), ('của', 167.8, 181.3), ('huyện', 183.7, 207.0), ('được', 209.4, 227.6), ('vận', 230.0, 243.8), ('hành', 246.1, 265.0), ('trên', 267.4, 282.8), ('nền', 285.2, 299.3), ('tảng', 301.7, 318.7), ('điện', 321.1, 337.3), ('toán', 339.7, 356.6), ('đám', 359.0, 375.6), ('mây', 378.0, 394.4), ('%', 571.8, 578.9), ('80', 620.3, 629.8), ('90', 659.3, 668.8), ('85', 698.3, 707.8), ('94,4', 730.1, 746.8), ('106,25', 761.6, 787.8)]),
    (85.6, [('2.', 58.0, 66.1), ('CHỈ', 75.1, 89.6), ('TIÊU', 92.2, 111.4), ('XÃ', 114.0, 125.6), ('HỘI', 128.2, 143.6)]),
    (102.6, [('2.1', 56.1, 68.0), ('Tỷ', 75.1, 84.1), ('lệ', 86.5, 93.2), ('thôn,', 95.5, 115.0), ('bản,', 117.3, 133.8), ('khu', 136.2, 150.1), ('phố', 152.5, 166.6), ('đạt', 168.9, 181.2), ('tiêu', 183.6, 198.0), ('chuẩn', 200.4, 223.4), ('văn', 225.8, 239.5), ('hóa', 241.9, 255.9), ('%', 571.8, 578.9), ('84,00', 608.4, 629.8), ('89,36', 647.4, 668.8), ('90,35', 686.4, 707.8), ('101', 732.5, 746.8), ('107,6', 766.4, 787.8)]),
    (116.8, [('2.2', 56.1, 68.0), ('Năng', 75.1, 94.8), ('suất', 97.2, 113.4), ('lao', 115.7, 127.0), ('động', 129.4, 148.3), ('hàng', 150.6, 169.5), ('năm', 171.9, 188.5), ('tăng', 190.9, 208.0), ('tối', 210.4, 220.0), ('thiểu', 222.4, 241.5), ('7%', 243.9, 255.8), ('%', 571.8, 578.9), ('7', 625.1, 629.8), ('-', 666.1, 668.8), ('6', 703.1, 707.8), ('85,7', 771.1, 787.8)]),
    (133.8, [('3.', 58.0, 66.1), ('Tài', 75.1, 87.8), ('nguyên', 90.4, 121.8), ('và', 124.4, 134.3), ('môi', 136.9, 152.5), ('trường', 155.1, 183.6)]),
    (150.8, [('3.1', 56.1, 68.0), ('Tỷ', 75.1, 84.1), ('lệ', 86.5, 93.2), ('chất', 95.5, 112.0), ('thải', 114.3, 128.7), ('rắn', 131.1, 143.5), ('sinh', 145.9, 161.4), ('hoạt', 163.8, 180.7), ('đô', 183.1, 192.4), ('thị', 194.8, 204.6), ('được', 206.9, 225.2), ('thu', 227.6, 240.0), ('gom', 242.4, 259.0), ('và', 261.4, 270.5), ('xử', 272.8, 282.0), ('lý', 284.4, 290.9), ('%', 571.8, 578.9), ('84,7', 613.1, 629.8), ('80,8', 652.1, 668.8), ('79,5', 691.1, 707.8), ('98,39', 725.4, 746.8), ('93,9', 771.1, 787.8)]),
    (164.9, [('Trong', 75.1, 96.8), ('đó:', 99.2, 111.1), ('Tỷ', 113.5, 122.5), ('lệ', 124.9, 131.6), ('chất', 133.9, 150.4), ('thải', 152.7, 167.1), ('rắn', 169.5, 181.9), ('sinh', 184.3, 199.8), ('hoạt', 202.2, 219.1), ('đô', 221.5, 230.8), ('thị', 233.2, 243.0), ('được', 245.4, 263.6), ('thu', 266.0, 278.4), ('gom', 280.8, 297.5), ('và', 299.8, 308.9), ('xử', 311.3, 320.5), ('lý', 322.8, 329.4), ('trong', 331.7, 351.9), ('năm', 354.3, 370.9), ('%', 571.8, 578.9), ('87,6', 613.1, 629.8), ('83,1', 652.1, 668.8), ('77,8', 691.1, 707.8), ('93,62', 725.4, 746.8), ('88,8', 771.1, 787.8)]),
]


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(text, x0, top, x1, top + HEIGHT, page) for top, words in lines for text, x0, x1 in words]


def _stitched(p1: Lines = P1) -> Grid:
    grids = [*words_to_grids(_words(p1, 1), page=1, page_width=841.9, page_height=595.3),
             *words_to_grids(_words(P2, 2), page=2, page_width=841.9, page_height=595.3)]
    [table] = stitch_grids(grids)
    return table


def _column(table: Grid, j: int) -> str:
    return " ".join(row[j].text for row in table.rows[:table.header_rows] if row[j].text.strip())


def test_a_title_over_two_columns_heads_both_over_column_numbers() -> None:
    table = _stitched()
    assert _column(table, 4) == "Năm 2022 Kế hoạch (5)"
    assert _column(table, 5) == "Năm 2022 Ước thực hiện (6)"
    assert _column(table, 3) == "Năm 2021 Thực hiện (4)"
    assert _column(table, 7) == "So sánh (%) UTH 2022/TH 2021 (8)"
    assert [c.text for c in table.rows[table.header_rows + 1][:2]] == ["1.1", "Tỷ lệ hộ được sử dụng điện lưới quốc gia"]


def test_without_column_numbers_the_header_reads_alike() -> None:
    table = _stitched(P1[:-1])
    assert _column(table, 4) == "Năm 2022 Kế hoạch"
    assert _column(table, 5) == "Năm 2022 Ước thực hiện"
