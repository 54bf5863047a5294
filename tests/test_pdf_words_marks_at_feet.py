"""Column numbers printed at the feet of header cells wrapped to different depths, then a heading
over the first row (``extractor.pdf_words.region_to_grid``).

v27284 (text seed 27284, our reportlab drawing, development; round 32's text first contact): an
unruled two-level header whose cells end with their column numbers at staggered depths
("(8)=(7)/(4)" at 276.0 pt, "(4) (9)" at 281.1, "(7)" at 284.5), then "I Kinh tế" 15.1 pt under
the lowest mark. The marks are one line (``_numbers_above``), its top the highest; measured from
it, the header sat 23.6 pt over the heading, further than one row from the next (22.1 pt), and
the walk up from the body stopped there: the whole header cut off as running text, no header,
every column's role a guess, 8 cells and 4 names lost, a doubt on a clean table. The words are the
PDF's own (pdfplumber), page 1 from the table's title to "II Văn hóa - Xã hội".
"""

from __future__ import annotations

from extractor.pdf_words import words_to_layout
from tests.word_lines import Lines, page_words

PAGE1: Lines = [
    (206.3, 10.3, [('TÌNH', 53.3, 77.3), ('HÌNH', 80.2, 105.4), ('THỰC', 108.2, 137.9), ('HIỆN', 140.8, 165.4), ('CÁC', 168.3, 190.6), ('CHỈ', 193.4, 211.2), ('TIÊU', 214.0, 237.5), ('NGHỊ', 240.4, 266.1), ('QUYẾT', 269.0, 304.5), ('ĐẠI', 307.3, 325.1), ('HỘI', 327.9, 346.2), ('ĐẢNG', 349.1, 379.4), ('BỘ', 382.3, 397.7), ('HUYỆN', 400.6, 436.6), ('NHIỆM', 439.5, 472.7), ('KỲ', 475.6, 489.9), ('2020-2025', 492.7, 542.0)]),
    (218.5, 8.3, [('(Kèm', 167.8, 187.6), ('theo', 190.0, 206.1), ('Báo', 208.4, 223.2), ('cáo', 225.5, 238.9), ('số', 241.2, 249.9), ('1618/BC-UBND', 252.2, 310.8), ('của', 313.1, 326.5), ('UBND', 328.8, 352.3), ('huyện', 354.6, 377.3), ('Tam', 379.6, 396.2), ('Đường)', 398.5, 427.5)]),
    (238.0, 8.3, [('Kết', 335.8, 349.2), ('quả', 351.5, 366.3), ('thực', 368.6, 387.0), ('hiện', 389.3, 406.4)]),
    (240.5, 8.3, [('Mục', 264.0, 280.6), ('tiêu', 282.9, 297.7), ('Đánh', 484.8, 505.5), ('giá', 507.8, 519.8)]),
    (245.6, 8.3, [('So', 446.0, 456.6), ('với', 458.9, 471.8)]),
    (250.7, 8.3, [('Số', 77.7, 88.3), ('NQ', 267.5, 279.9), ('ĐH', 282.3, 294.2), ('mức', 487.0, 505.1), ('độ', 507.4, 517.5)]),
    (254.1, 8.3, [('Ước', 398.4, 415.8), ('lũy', 418.1, 430.1)]),
    (255.7, 8.3, [('mục', 441.8, 458.9), ('tiêu', 461.2, 476.0)]),
    (260.8, 8.3, [('thứ', 76.1, 90.0), ('Chỉ', 136.0, 149.4), ('tiêu', 151.7, 166.4), ('ĐVT', 223.9, 240.5), ('(nhiệm', 261.5, 288.7), ('kỳ', 291.0, 300.2), ('thực', 483.4, 501.8), ('hiện', 504.1, 521.2)]),
    (264.2, 8.3, [('Ước', 350.8, 368.2), ('2025', 370.5, 388.9), ('kế', 409.6, 418.9)]),
    (265.9, 8.3, [('NQ', 445.1, 457.5), ('(%)', 459.8, 472.7)]),
    (269.3, 8.3, [('2024', 311.2, 329.7), ('(5)', 332.0, 342.1)]),
    (270.9, 8.3, [('tự', 78.7, 87.4), ('2020-2025)', 259.6, 302.1), ('năm', 483.4, 500.4), ('2025', 502.7, 521.2)]),
    (274.4, 8.3, [('(6)', 364.8, 374.9), ('2021-2025', 394.4, 434.1)]),
    (276.0, 8.3, [('(8)=(7)/(4)', 440.1, 477.7)]),
    (281.1, 8.3, [('(4)', 275.8, 285.9), ('(9)', 497.2, 507.3)]),
    (284.5, 8.3, [('(7)', 409.2, 419.3)]),
    (299.6, 8.3, [('I', 81.9, 84.2), ('Kinh', 97.2, 115.6), ('tế', 117.9, 125.3)]),
    (316.6, 8.3, [('1.', 79.6, 86.5), ('Thu', 97.2, 111.5), ('nhập', 113.8, 132.2), ('bình', 134.5, 150.7), ('quân', 153.0, 171.5), ('đầu', 173.8, 187.6), ('Triệu', 212.4, 231.3), ('đồng', 233.6, 252.0), ('38', 293.4, 302.6), ('39', 336.5, 345.8), ('37', 379.7, 388.9), ('36', 425.4, 434.6), ('94.7', 462.0, 478.2), ('Chưa', 483.2, 504.0), ('đạt', 506.3, 517.8)]),
    (326.8, 8.3, [('người', 97.2, 119.2), ('năm', 121.5, 137.7)]),
    (341.9, 8.3, [('2.', 79.6, 86.5), ('Diện', 97.2, 115.1), ('tích', 117.5, 132.2), ('trồng', 134.5, 155.7), ('mới', 158.0, 173.6), ('Ha', 226.9, 237.5), ('408', 288.7, 302.6), ('455', 331.9, 345.8), ('452', 375.1, 388.9), ('351', 420.8, 434.6), ('86.0', 462.0, 478.2), ('Chưa', 483.2, 504.9), ('đạt', 507.2, 519.6)]),
    (357.0, 8.3, [('3.', 79.6, 86.5), ('Tăng', 97.2, 116.1), ('trưởng', 118.4, 143.7), ('dân', 146.0, 159.8), ('gia', 162.1, 173.2), ('súc', 175.5, 188.4), ('%', 228.5, 235.9), ('6.7', 334.2, 345.8), ('5.9', 377.4, 388.9), ('7.0', 423.1, 434.6), ('-', 475.4, 478.2), ('Đạt', 483.2, 496.1)]),
    (374.0, 8.3, [('II', 80.7, 85.3), ('Văn', 97.2, 112.4), ('hóa', 114.7, 129.4), ('-', 131.8, 134.5), ('Xã', 136.8, 147.0), ('hội', 149.3, 161.7)]),
]


def test_a_header_ending_in_staggered_column_numbers_stays_over_the_heading_under_it() -> None:
    [grid] = words_to_layout(page_words(PAGE1, 1), page=1, page_width=595.3, page_height=841.9).grids
    assert grid.header_rows >= 2
    header = [" ".join(dict.fromkeys(row[j].text for row in grid.rows[:grid.header_rows] if row[j].text))
              for j in range(len(grid.rows[0]))]
    assert header[:3] == ["Số thứ tự", "Chỉ tiêu", "ĐVT"]
    assert header[3].startswith("Mục tiêu NQ ĐH")
    body = [[c.text for c in row] for row in grid.rows[grid.header_rows:]]
    assert body[0][:2] == ["I", "Kinh tế"]
    assert body[1] == ["1.", "Thu nhập bình quân đầu người năm", "Triệu đồng", "38", "39", "37", "36", "94.7", "Chưa đạt"]
