"""A part's row ("Trong đó: Riêng … | % | 58") as the first row under a header repeated on the
next page (``extractor.pdf_words.region_to_grid``).

v27226 (text seed 27226, our reportlab drawing, development; round 32's text first contact): page 2
repeats the unruled header, then prints the last part of row 15, "Trong đó: Riêng vùng đồng bào dân
tộc thiểu số", its name wrapped on three lines, with one figure (58). One figure and no row number:
the line was not taken for the body's first row, but for the header's last line, and its wrapped
lines, one phrase each in small letters, for the rest of a row cut at the page break. The name was
cut to "Riêng", the header lost. No header line opens with a child marker. The words are the PDF's
own (pdfplumber), page 2 from the header to row 18.
"""

from __future__ import annotations

from extractor.pdf_words import words_to_layout
from tests.word_lines import Lines, page_words

PAGE2: Lines = [
    (40.5, 8.4, [('Kết', 271.9, 288.2), ('quả', 291.1, 308.7)]),
    (50.8, 8.4, [('Số', 58.1, 69.9), ('thực', 279.9, 300.8), ('Đánh', 374.5, 399.1), ('giá', 402.0, 416.6)]),
    (55.9, 8.4, [('Chỉ', 218.7, 233.7), ('tiêu', 236.7, 255.2), ('Tỷ', 323.0, 334.2), ('lệ', 337.1, 345.7)]),
    (61.0, 8.4, [('thứ', 56.0, 72.0), ('Danh', 88.6, 113.2), ('mục', 116.1, 135.8), ('Đơn', 151.3, 170.0), ('vị', 173.0, 181.3), ('tính', 184.2, 203.1), ('hiện', 280.1, 300.6), ('(Đạt/Vượt/Chưa', 359.2, 431.9), ('Ghi', 471.2, 486.9), ('chú', 489.8, 506.8)]),
    (66.1, 8.4, [('năm', 213.6, 234.0), ('2024', 237.0, 260.3), ('(%)', 326.3, 342.4)]),
    (71.3, 8.4, [('tự', 59.0, 69.0), ('năm', 280.1, 300.5), ('đạt)', 385.8, 405.3)]),
    (81.5, 8.4, [('2024', 278.7, 302.0)]),
    (96.8, 8.4, [('Trong', 78.3, 102.6), ('đó:', 105.3, 118.6), ('Riêng', 121.3, 145.3), ('%', 173.2, 181.2), ('58', 299.3, 310.0)]),
    (107.0, 8.4, [('vùng', 78.3, 99.2), ('đồng', 101.9, 123.0), ('bào', 125.7, 141.3)]),
    (117.3, 8.4, [('dân', 78.3, 94.1), ('tộc', 96.7, 109.8), ('thiểu', 112.5, 133.9), ('số', 136.6, 146.1)]),
    (132.5, 8.4, [('16.', 57.3, 70.7), ('Tỷ', 78.3, 88.4), ('lệ', 91.0, 98.5), ('người', 101.2, 124.7), ('sử', 127.3, 137.0), ('%', 173.2, 181.2), ('72', 255.0, 265.7), ('77', 299.3, 310.0), ('106,9', 329.6, 353.7), ('Vượt', 358.7, 378.2)]),
    (142.8, 8.4, [('dụng', 78.3, 99.6), ('có', 102.2, 112.0), ('khả', 114.7, 130.0)]),
    (153.0, 8.4, [('năng', 78.3, 99.4), ('truy', 102.1, 119.1), ('cập', 121.8, 136.9)]),
    (163.3, 8.4, [('băng', 78.3, 99.4), ('thông', 102.1, 126.5)]),
    (173.5, 8.4, [('rộng', 78.3, 97.5), ('cố', 100.2, 109.9), ('định', 112.6, 130.9), ('với', 133.6, 146.0)]),
    (183.8, 8.4, [('tốc', 78.3, 91.3), ('độ', 94.0, 104.5), ('trên', 107.1, 124.4), ('01', 127.0, 137.7)]),
    (194.0, 8.4, [('Gbps/s', 78.3, 107.0)]),
    (209.3, 8.4, [('17.', 57.3, 70.7), ('Doanh', 78.3, 105.7), ('thu', 108.3, 122.3), ('từ', 124.9, 133.6), ('Tỷ', 160.2, 170.3), ('đồng', 173.0, 194.1), ('277,20', 236.3, 265.7), ('-', 306.9, 310.0), ('-', 350.6, 353.7), ('Đạt', 358.7, 373.6)]),
    (219.5, 8.4, [('dịch', 78.3, 95.9), ('vụ', 98.5, 108.8), ('du', 111.5, 122.2), ('lịch', 124.8, 139.4)]),
    (234.8, 8.4, [('18.', 57.3, 70.7), ('Tỷ', 78.3, 88.4), ('lệ', 91.0, 98.5), ('doanh', 101.2, 127.5), ('%', 173.2, 181.2), ('80', 255.0, 265.7), ('Đạt', 358.7, 373.6)]),
]


def test_a_part_with_one_figure_under_a_repeated_header_is_the_first_row_with_its_wrapped_name() -> None:
    [grid] = words_to_layout(page_words(PAGE2, 2), page=2, page_width=595.3, page_height=841.9).grids
    header = [" ".join(row[j].text for row in grid.rows[:grid.header_rows] if row[j].text)
              for j in range(len(grid.rows[0]))]
    assert header[:3] == ["Số thứ tự", "Danh mục", "Đơn vị tính"]
    body = [[c.text for c in row] for row in grid.rows[grid.header_rows:]]
    assert body[0][:3] == ["", "Trong đó: Riêng vùng đồng bào dân tộc thiểu số", "%"]
    assert "58" in body[0]
    assert body[1][:3] == ["16.", "Tỷ lệ người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s", "%"]
