"""A continuation page's figure right-aligned in its column, under a header merged over two columns
(``extractor.stitch.remap_columns``).

v26878's edited copy (text seed 26878, our reportlab drawing, development; round 31's text first
contact): "Phụ lục I" (unruled) starts at the foot of page 1 with one row of figures, under a header
whose "So sánh (%)" is merged over "Dự toán" and "Cùng kỳ". Its centred name ends at 722.4 pt, where
the "Cùng kỳ" figures end, and lends that edge to the first of the two columns; page 2's first row,
"104,4" and "99" (712.2-721.8), put "99" in with "104,4" under "Dự toán" ("104,4 99", both ratios
lost: 2 spurious changes in ``doisoat diff``). The row of figures above ends "Dự toán" at 689.7.
The words are the PDF's own (pdfplumber), page 1 from the table's title, page 2's first three rows.
"""

from __future__ import annotations

from extractor.grid import Grid
from extractor.pdf_words import words_to_layout
from extractor.stitch import stitch_grids
from tests.word_lines import Lines, page_words

PAGE1: Lines = [
    (395.3, 9.5, [('Phụ', 396.8, 417.7), ('lục', 421.1, 437.4), ('I', 440.7, 445.1)]),
    (406.9, 9.5, [('ƯỚC', 250.2, 274.3), ('THỰC', 277.6, 309.5), ('HIỆN', 312.8, 342.2), ('THU,', 345.5, 373.1), ('CHI', 376.4, 397.4), ('NGÂN', 400.7, 433.6), ('SÁCH', 436.9, 467.6), ('NHÀ', 470.9, 496.0), ('NƯỚC', 499.3, 532.1), ('NĂM', 535.4, 562.0), ('2025', 565.3, 591.7)]),
    (418.0, 7.5, [('(Kèm', 289.8, 309.9), ('theo', 312.3, 329.1), ('Báo', 331.5, 346.0), ('cáo', 348.3, 361.5), ('số', 363.9, 372.3), ('1326/BC-UBND', 374.7, 434.5), ('của', 436.9, 450.4), ('UBND', 452.8, 477.2), ('huyện', 479.6, 502.8), ('Tam', 505.2, 521.7), ('Đường)', 524.1, 552.1)]),
    (437.0, 7.5, [('Năm', 597.9, 617.6), ('2025', 620.2, 641.1), ('So', 672.6, 683.0), ('sánh', 685.6, 705.6), ('(%)', 708.2, 722.4)]),
    (439.5, 7.5, [('Thực', 550.5, 571.5)]),
    (448.7, 7.5, [('Số', 51.0, 61.5), ('hiện', 551.7, 570.3)]),
    (452.6, 7.5, [('Ước', 630.9, 647.0)]),
    (453.3, 7.5, [('Danh', 256.6, 278.9), ('mục', 281.5, 299.5), ('Đơn', 502.0, 519.0), ('vị', 521.6, 528.8), ('Ghi', 749.9, 764.6), ('chú', 767.2, 782.7)]),
    (457.2, 7.5, [('Cùng', 705.9, 728.1)]),
    (457.8, 7.5, [('TT', 50.7, 61.8), ('năm', 551.9, 570.1)]),
    (461.8, 7.5, [('Dự', 583.3, 595.3), ('toán', 597.9, 616.7), ('thực', 629.5, 648.5), ('Dự', 661.3, 673.3), ('toán', 675.9, 694.7)]),
    (466.3, 7.5, [('kỳ', 712.2, 721.8)]),
    (467.0, 7.5, [('2024', 550.6, 571.4)]),
    (470.9, 7.5, [('hiện', 629.7, 648.3)]),
    (485.1, 7.5, [('1', 53.9, 58.6), ('2', 275.7, 280.4), ('3', 513.0, 517.8), ('4', 558.6, 563.4), ('5', 597.6, 602.4), ('6', 636.6, 641.4), ('7', 675.6, 680.4), ('8', 714.6, 719.4), ('9', 763.9, 768.7)]),
    (499.2, 7.5, [('I', 54.5, 58.0), ('Thu,', 69.2, 88.3), ('chi', 91.0, 103.8), ('ngân', 106.4, 127.4), ('sách', 130.1, 149.2), ('nhà', 151.8, 167.5), ('nước', 170.1, 190.6)]),
    (516.2, 7.5, [('1', 53.6, 58.9), ('Chi', 69.2, 83.5), ('thường', 86.1, 116.2), ('xuyên', 118.8, 143.3), ('Triệu', 492.3, 514.9), ('đồng', 517.6, 538.5), ('128963', 545.3, 576.6), ('112770', 584.3, 615.6), ('137807', 623.3, 654.6), ('122,2', 666.3, 689.7), ('107', 709.2, 724.8), ('Số', 739.0, 749.4), ('liệu', 752.0, 767.9), ('sơ', 770.6, 779.8), ('bộ', 782.4, 792.6)]),
    (530.4, 7.5, [('Bao', 69.2, 83.7), ('gồm:', 86.1, 105.2)]),
]
PAGE2: Lines = [
    (40.3, 7.5, [('-', 55.0, 57.5), ('Chi', 69.2, 82.2), ('sự', 84.6, 93.3), ('nghiệp', 95.7, 121.8), ('giáo', 124.1, 140.3), ('dục', 142.7, 156.6), ('-', 158.9, 161.5), ('đào', 163.9, 177.6), ('tạo', 180.0, 192.0), ('Triệu', 494.6, 514.8), ('đồng', 517.2, 536.2), ('43234', 549.1, 572.9), ('40905', 588.1, 611.9), ('42693', 627.1, 650.9), ('104,4', 667.3, 688.7), ('99', 712.2, 721.8)]),
    (57.3, 7.5, [('-', 55.0, 57.5), ('Chi', 69.2, 82.2), ('sự', 84.6, 93.3), ('nghiệp', 95.7, 121.8), ('y', 124.1, 128.4), ('tế', 130.8, 138.4), ('Triệu', 494.6, 514.8), ('đồng', 517.2, 536.2), ('53189', 549.1, 572.9), ('47496', 588.1, 611.9), ('57661', 627.1, 650.9), ('121,4', 667.3, 688.7), ('108', 709.8, 724.2)]),
    (74.3, 7.5, [('-', 55.0, 57.5), ('Chi', 69.2, 82.2), ('quản', 84.6, 103.5), ('lý', 105.9, 112.6), ('hành', 114.9, 133.9), ('chính', 136.3, 157.4), ('Triệu', 494.6, 514.8), ('đồng', 517.2, 536.2), ('32540', 549.1, 572.9), ('24369', 588.1, 611.9), ('37453', 627.1, 650.9), ('153,7', 667.3, 688.7), ('115', 709.8, 724.2)]),
]


def _stitched() -> list[Grid]:
    layouts = [words_to_layout(page_words(words, n), page=n, page_width=841.9, page_height=595.3)
               for n, words in enumerate([PAGE1, PAGE2], start=1)]
    return stitch_grids([g for p in layouts for g in p.grids], lines=[ln for p in layouts for ln in p.lines])


def test_a_figure_goes_under_the_column_whose_figures_end_where_it_ends() -> None:
    [table] = [t for t in _stitched() if t.title is not None and "Phụ lục I" in t.title]
    rows = {row[1].text: [c.text for c in row[3:8]] for row in table.rows[table.header_rows:]}
    assert rows["Chi sự nghiệp giáo dục - đào tạo"] == ["43234", "40905", "42693", "104,4", "99"]
    assert rows["Chi sự nghiệp y tế"] == ["53189", "47496", "57661", "121,4", "108"]
    assert rows["Chi thường xuyên"] == ["128963", "112770", "137807", "122,2", "107"]
