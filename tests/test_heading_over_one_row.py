"""A heading printed without a number over a page's one row is body, not the lowest line of the
stepped header above it (``extractor.pdf_words.region_to_grid``, ``heading_start``).

v29460 by Writer (dev, Writer 29000-29999 e10): page 1 ends with "Biểu 3", its header (three
levels, cells centred on staggered lines: "Kết quả thực hiện" over "Năm 2021 | Ước năm 2022 |
Ước giai đoạn 2021-2022", beside "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)"), the heading "Phát triển
kinh tế" and one row; page 2 repeats the header over the rest. With one body row there were not
two texts to show where the names start, so the heading was read as the header's lowest line: the
levels shifted, "Năm 2021" became a column of the top row and the group title headed one column.
The stitched table keeps page 1's header, so every "actual 2021" cell of it lost its role. The
word boxes are the page's own (pdfplumber).
"""

from __future__ import annotations

from extractor.pdf_words import Word, words_to_layout

Lines = list[tuple[float, float, list[tuple[str, float, float]]]]

V29460_FOOT: Lines = [
    (643.4, 10.4, [('Biểu', 282.2, 304.7), ('3', 307.6, 313.4)]),
    (664.1, 10.4, [('TÌNH', 51.1, 75.3), ('HÌNH', 78.2, 103.6), ('THỰC', 106.5, 136.5), ('HIỆN', 139.3, 164.2), ('CÁC', 167.1, 189.6), ('CHỈ', 192.5, 210.4), ('TIÊU', 213.3, 236.9), ('NGHỊ', 239.7, 265.8), ('QUYẾT', 268.6, 304.4), ('ĐẠI', 307.3, 325.2), ('HỘI', 328.1, 346.5), ('ĐẢNG', 349.4, 380.1), ('BỘ', 382.9, 398.5), ('HUYỆN', 401.4, 437.8), ('NHIỆM', 440.7, 474.2), ('KỲ', 477.0, 491.4), ('2020-2025', 494.3, 544.0)]),
    (685.0, 8.4, [('(Kèm', 174.4, 194.5), ('theo', 196.8, 213.1), ('Báo', 215.5, 230.4), ('cáo', 232.8, 246.2), ('số', 248.6, 257.4), ('816/BC-UBND', 259.9, 314.4), ('của', 316.7, 330.3), ('UBND', 332.6, 356.3), ('huyện', 358.7, 381.6), ('Ea', 384.0, 394.2), ("H'Leo)", 396.5, 421.0)]),
    (705.4, 8.4, [('Kết', 288.8, 302.3), ('quả', 304.7, 319.6), ('thực', 321.9, 340.5), ('hiện', 343.0, 360.2)]),
    (707.6, 8.4, [('Mục', 210.3, 227.1), ('tiêu', 229.4, 244.3), ('Ước', 402.0, 419.6), ('TH', 421.9, 433.1), ('giai', 435.5, 449.9)]),
    (713.5, 8.4, [('Đánh', 461.0, 482.0), ('giá', 484.3, 496.4)]),
    (719.4, 8.4, [('NQ', 213.8, 226.3), ('ĐH', 228.7, 240.8), ('đoạn', 404.0, 424.0), ('2021-', 426.4, 447.9)]),
    (721.7, 8.4, [('Ước', 353.5, 371.1), ('giai', 373.4, 387.9)]),
    (725.3, 8.4, [('STT', 57.4, 73.2), ('Nội', 98.4, 111.9), ('dung', 114.2, 134.7), ('ĐVT', 169.2, 185.9), ('đến', 461.5, 476.4), ('năm', 478.8, 496.0), ('Ghi', 506.4, 520.3), ('chú', 522.7, 537.6)]),
    (727.6, 8.4, [('Ước', 304.7, 322.3), ('năm', 324.6, 341.8)]),
    (731.2, 8.4, [('(nhiệm', 207.7, 235.3), ('kỳ', 237.6, 246.9), ('2022/Mục', 398.4, 436.2), ('tiêu', 438.6, 453.5)]),
    (733.5, 8.4, [('Năm', 257.5, 275.7), ('2021', 278.0, 296.7), ('đoạn', 348.8, 368.8), ('2021-', 371.2, 392.7)]),
    (737.1, 8.4, [('2022', 469.4, 488.1)]),
    (739.4, 8.4, [('2022', 314.0, 332.7)]),
    (743.0, 8.4, [('2020-2025)', 205.8, 248.8), ('NQ', 411.9, 424.4), ('(%)', 426.8, 439.9)]),
    (745.3, 8.4, [('2022', 361.4, 380.1)]),
    (761.6, 8.4, [('Phát', 80.8, 99.0), ('triển', 101.3, 119.5), ('kinh', 121.9, 139.1), ('tế', 141.5, 148.9)]),
    (777.9, 8.4, [('1.', 61.8, 68.8), ('Tổng', 80.8, 100.0), ('sản', 102.3, 115.8), ('lượng', 118.2, 140.4), ('Tấn', 170.4, 184.9), ('32250,13', 209.8, 244.9), ('35686,87', 259.6, 294.7), ('34269,98', 305.8, 340.9), ('36274,83', 353.2, 388.3), ('112,48', 413.1, 438.8), ('Vượt', 459.1, 478.1)]),
    (795.7, 8.4, [('1', 295.4, 300.1)]),
]


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(t, x0, top, x1, top + h, page) for top, h, ws in lines for t, x0, x1 in ws]


def test_a_heading_over_the_one_row_under_a_stepped_header_is_body() -> None:
    grids = words_to_layout(_words(V29460_FOOT, 1), page=1, page_width=595.3, page_height=841.9).grids
    grid = grids[-1]
    rows = [[c.text for c in row] for row in grid.rows]
    header, body = rows[: grid.header_rows], rows[grid.header_rows:]
    assert header[0][4:7] == ["Kết quả thực hiện"] * 3
    assert header[-1][4:7] == ["Năm 2021", "Ước năm 2022", "Ước giai đoạn 2021- 2022"]
    assert body[0][:3] == ["", "Phát triển kinh tế", ""]
    assert body[1][:3] == ["1.", "Tổng sản lượng", "Tấn"]
    assert not any("Phát triển" in t for row in header for t in row)
