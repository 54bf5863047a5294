"""A header alone at a page's foot whose cells are centred on different lines (``extractor.pdf_words``).

v20629 (dev seed, our reportlab drawing, unruled): "Biểu 6 / Kết quả thực hiện nhiệm vụ chuyển đổi
số năm 2025" has no unit column; its header, "Số TT | Danh mục | Mục tiêu 2025 (tỷ lệ %) | Kết quả
thực hiện năm 2025 (tỷ lệ %)", stands alone at page 1's foot, its body on page 2. Its cells are
centred on their own lines ("Số" and "TT" above and below "Danh mục"), so no printed line names both
the number and the names' columns: the header was not taken for one, and its body was put under the
table above, its figures read as that table's ratios and labels. The word boxes below are the PDF's
own (pdfplumber): page 1 from the caption down (page number "1" included), page 2's rows.
"""

from __future__ import annotations

from extractor.pdf_words import Word, words_to_layout
from extractor.stitch import stitch_grids

Lines = list[tuple[float, float, list[tuple[str, float, float]]]]

PAGE1: Lines = [
    (467.1, 9.6, [('Biểu', 406.5, 427.3), ('6', 430.0, 435.3)]),
    (478.8, 9.6, [('Kết', 300.9, 316.4), ('quả', 319.0, 336.1), ('thực', 338.8, 360.1), ('hiện', 362.8, 382.5), ('nhiệm', 385.2, 413.5), ('vụ', 416.1, 427.3), ('chuyển', 430.0, 463.6), ('đổi', 466.3, 480.7), ('số', 483.3, 494.6), ('năm', 497.2, 517.0), ('2025', 519.6, 541.0)]),
    (490.1, 7.6, [('(Kèm', 304.2, 322.3), ('theo', 324.5, 339.2), ('Báo', 341.4, 354.9), ('cáo', 357.0, 369.2), ('số', 371.4, 379.4), ('373/BC-UBND', 381.5, 430.9), ('của', 433.0, 445.3), ('UBND', 447.4, 468.9), ('huyện', 471.0, 491.7), ('Tam', 493.8, 509.0), ('Đường)', 511.2, 537.7)]),
    (507.9, 7.6, [('Kết', 750.8, 763.0), ('quả', 765.1, 778.6)]),
    (517.2, 7.6, [('Mục', 709.8, 725.0), ('tiêu', 727.1, 740.6), ('thực', 756.2, 773.1)]),
    (521.8, 7.6, [('Số', 63.2, 72.9)]),
    (526.4, 7.6, [('Danh', 373.7, 392.7), ('mục', 394.8, 410.4), ('2025', 711.0, 727.9), ('(tỷ', 730.0, 739.3), ('hiện', 748.0, 763.6), ('năm', 765.7, 781.4)]),
    (531.1, 7.6, [('TT', 63.4, 72.7)]),
    (535.7, 7.6, [('lệ', 716.3, 722.6), ('%)', 724.7, 734.0), ('2025', 750.5, 767.4), ('(tỷ', 769.6, 778.8)]),
    (545.0, 7.6, [('lệ', 755.8, 762.2), ('%)', 764.3, 773.6)]),
    (571.7, 7.0, [('1', 419.0, 422.9)]),
]
PAGE2: Lines = [
    (40.1, 7.6, [('1.', 64.9, 71.3), ('Phát', 81.2, 97.7), ('triển', 99.8, 116.3), ('kinh', 118.4, 134.0), ('tế', 136.1, 142.9)]),
    (57.1, 7.6, [('1.1', 62.8, 73.4), ('Tăng', 81.2, 98.5), ('trưởng', 100.7, 123.8), ('dân', 125.9, 138.6), ('gia', 140.7, 150.9), ('súc', 153.0, 164.8), ('6,4', 731.9, 742.4), ('7,1', 771.4, 781.9)]),
    (71.4, 7.6, [('1.2', 62.8, 73.4), ('Tỷ', 81.2, 89.7), ('lệ', 91.8, 97.7), ('giao', 99.8, 114.2), ('dịch', 116.3, 130.2), ('hành', 132.3, 149.2), ('chính', 151.4, 169.9), ('thuộc', 172.1, 190.6), ('diện', 192.8, 207.1), ('“phi', 209.2, 221.9), ('tiếp', 224.0, 236.3), ('xúc”', 238.4, 252.7), ('Trên', 716.2, 731.9), ('68', 734.0, 742.4), ('80', 773.5, 781.9)]),
    (85.6, 7.6, [('1.3', 62.8, 73.4), ('Tỷ', 81.2, 89.7), ('trọng', 91.8, 109.1), ('kinh', 111.2, 125.2), ('phí', 127.3, 137.8), ('từ', 139.9, 147.1), ('xã', 149.3, 157.3), ('hội', 159.4, 169.5), ('trên', 171.6, 184.7), ('kinh', 186.8, 200.8), ('phí', 202.9, 213.5), ('chi', 215.6, 225.3), ('cho', 227.4, 239.7), ('nghiên', 241.8, 264.6), ('cứu', 266.7, 279.8), ('phát', 281.9, 296.7), ('triển', 298.8, 313.6), ('(R&D)', 315.7, 336.8), ('75,56', 723.4, 742.4)]),
    (102.6, 7.6, [('1.4', 62.8, 73.4), ('Tỷ', 81.2, 89.7), ('lệ', 91.8, 97.7), ('doanh', 99.8, 120.9), ('nghiệp', 123.0, 145.9), ('vừa', 148.0, 161.1), ('và', 163.2, 171.2), ('nhỏ', 173.3, 186.0), ('địa', 188.1, 198.3), ('phương', 200.4, 227.4), ('ứng', 229.5, 243.0), ('dụng', 245.1, 262.0), ('công', 264.2, 280.6), ('nghệ', 282.7, 299.7), ('số', 301.8, 309.8), ('82', 734.0, 742.4), ('78', 773.5, 781.9)]),
    (116.9, 7.6, [('1.5', 62.8, 73.4), ('Tỷ', 81.2, 89.7), ('lệ', 91.8, 97.7), ('đồng', 99.8, 116.7), ('bào', 118.8, 131.5), ('dân', 133.6, 146.3), ('tộc', 148.4, 158.5), ('thiểu', 160.7, 177.1), ('số', 179.2, 187.3), ('được', 189.4, 207.5), ('xem', 209.6, 224.0), ('truyền', 226.1, 247.2), ('hình', 249.3, 264.1), ('và', 266.2, 274.2), ('nghe', 276.3, 293.2), ('đài', 295.4, 305.5), ('phát', 307.6, 322.4), ('thanh', 324.5, 343.5), ('100,0', 723.4, 742.4), ('87,3', 767.2, 781.9)]),
]


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(text, x0, top, x1, top + h, page) for top, h, words in lines for text, x0, x1 in words]


def test_the_header_alone_heads_its_body_on_the_next_page() -> None:
    pages = [words_to_layout(_words(words, n), page=n, page_width=841.9, page_height=595.3)
             for n, words in ((1, PAGE1), (2, PAGE2))]
    [table] = stitch_grids([g for p in pages for g in p.grids], lines=[ln for p in pages for ln in p.lines])
    assert table.title is not None and table.title.startswith("Biểu 6")
    assert [c.text for c in table.rows[0]] == [
        "Số TT", "Danh mục", "Mục tiêu 2025 (tỷ lệ %)", "Kết quả thực hiện năm 2025 (tỷ lệ %)"]
    body = [[c.text for c in row] for row in table.rows[table.header_rows:]]
    assert body[1] == ["1.1", "Tăng trưởng dân gia súc", "6,4", "7,1"]
    assert len(body) == 6


def test_lines_of_one_phrase_each_are_no_header() -> None:
    # The same words set as running text, one phrase a line: no table.
    prose = [(500.0 + 12 * k, 8.2, [(w, 80.0 + 33 * j, 110.0 + 33 * j) for j, w in enumerate(line.split())])
             for k, line in enumerate(["Số TT của danh mục", "mục tiêu năm 2025", "kết quả thực hiện"])]
    layout = words_to_layout(_words(prose, 1), page=1, page_width=841.9, page_height=595.3)
    assert not layout.grids
