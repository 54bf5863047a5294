"""A name ending on a figure and its unit wraps them onto its next line ("… giai đoạn 2021 - 2025 đạt"
over "1.022 tỷ đồng"): that line goes on with the name (``extractor.pdf_words._wraps_on``).

v24605 (reportlab, development; round 29's text first contact): row 37 of page 2, "37. Tổng doanh thu
ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng". Its wrapped line opens with "1.022", which
reads like a row number ("1.022" as "1.1" or "2.3"), so the line was a nameless row of its own and
the name came out cut before its figure (5 cells and the row's name lost). A figure grouped in
thousands numbers no row: no row number has a part of three figures, and the row above is numbered
"37.", not "1.". The word boxes are the PDF's own (pdfplumber), page 2's rows 35 to 38 (the table
has no rules).
"""

from __future__ import annotations

from extractor.pdf_words import _grouped_figure, words_to_layout
from tests.word_lines import Lines, page_words

PAGE2: Lines = [
    (379.6, 7.1, [('35.', 50.5, 60.4), ('Tỷ', 62.3, 70.6), ('lệ', 72.6, 78.5), ('doanh', 80.5, 101.8), ('nghiệp', 103.8, 127.0), ('có', 129.0, 137.3), ('hoạt', 139.3, 154.3), ('động', 156.2, 173.6), ('đổi', 175.5, 186.2), ('mới', 188.2, 201.5), ('sáng', 203.5, 220.0), ('tạo', 222.0, 232.7), ('%', 268.9, 275.2), ('70-75', 318.2, 336.3), ('68', 366.0, 373.9), ('71', 403.6, 411.5), ('82', 443.6, 451.5), ('-', 505.2, 507.6), ('Vượt', 512.6, 529.9)]),
    (393.2, 7.1, [('36.', 50.5, 60.4), ('Tỷ', 62.3, 70.6), ('lệ', 72.6, 78.5), ('doanh', 80.5, 101.8), ('nghiệp', 103.8, 127.0), ('thực', 129.0, 144.8), ('hiện', 146.8, 161.4), ('chuyên', 163.3, 188.2), ('đổi', 190.2, 200.8), ('số', 202.8, 211.1), ('%', 268.9, 275.2), ('29,9', 322.5, 336.3), ('26,3', 360.1, 373.9), ('28,0', 397.7, 411.5), ('33,2', 437.6, 451.5), ('111,0', 489.8, 507.6), ('Vượt', 512.6, 529.9)]),
    (406.9, 7.1, [('37.', 50.5, 60.4), ('Tổng', 62.3, 78.5), ('doanh', 80.5, 100.2), ('thu', 102.2, 112.1), ('ngành', 114.1, 133.8), ('du', 135.8, 143.7), ('lịch', 145.6, 156.3), ('giai', 158.3, 169.3), ('đoạn', 171.3, 187.1), ('2021', 189.1, 204.9), ('-', 206.8, 209.2), ('2025', 211.2, 227.0), ('đạt', 228.9, 238.8), ('Tỷ', 259.2, 267.1), ('đồng', 269.1, 284.9), ('799', 324.5, 336.3), ('918', 362.1, 373.9), ('775', 399.7, 411.5), ('917', 439.6, 451.5), ('114,8', 489.8, 507.6), ('Vượt', 512.6, 528.7)]),
    (415.6, 7.1, [('1.022', 50.5, 68.3), ('tỷ', 70.2, 75.8), ('đồng', 77.7, 93.5)]),
    (429.2, 7.1, [('38.', 50.5, 60.4), ('Số', 62.3, 71.0), ('xã', 73.0, 80.5), ('đạt', 82.5, 92.3), ('chuẩn', 94.3, 113.7), ('nông', 115.6, 131.4), ('thôn', 133.4, 147.2), ('mới', 149.2, 161.3), ('Xã', 267.7, 276.4), ('12/12', 318.6, 336.3), ('7/12', 360.1, 373.9), ('12/12', 393.7, 411.5), ('7/12', 437.6, 451.5), ('-', 505.2, 507.6), ('Chưa', 512.6, 530.4), ('đạt', 532.3, 542.2)]),
]


def test_a_figure_grouped_in_thousands_and_its_unit_go_on_with_the_name() -> None:
    [grid] = words_to_layout(page_words(PAGE2, 2), page=2, page_width=595.3, page_height=841.9).grids
    names = [row[0].text for row in grid.rows]
    assert "37. Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng" in names
    assert not any(n.startswith("1.022") for n in names)
    assert names[-1] == "38. Số xã đạt chuẩn nông thôn mới"


def test_a_row_numbered_in_the_same_run_stays_a_row() -> None:
    assert _grouped_figure("1.022", "37. Tổng doanh thu ngành du lịch đạt")
    # "1.021" then "1.022": rows numbered under section 1, not a figure.
    assert not _grouped_figure("1.022", "1.021 Tỷ lệ hộ nghèo")
    assert not _grouped_figure("1.2", "37. Tổng doanh thu")
    assert not _grouped_figure("1.022", "Tổng doanh thu")  # a row without its own number says nothing


# v26662 (text dev, round 31's first contact), page 2: rows numbered "1.19", "1.20", "1.21" in the
# name (no rules). "1.022" shares the first part of "1.20" above it, but a row after "1.20" is "1.21".
PAGE2_V26662: Lines = [
    (91.6, 8.6, [('1.19', 71.4, 90.5), ('Huyện', 93.3, 121.0), ('đạt', 123.8, 137.9), ('nông', 140.6, 162.2), ('thôn', 164.9, 184.5), ('mới', 187.2, 203.2), ('Tiêu', 405.6, 424.0), ('chí', 426.7, 439.3), ('101', 496.5, 512.9), ('103', 547.7, 564.1), ('102,0%', 589.2, 622.0), ('Vượt', 627.0, 646.9)]),
    (108.6, 8.6, [('Trong', 71.4, 96.4), ('đó:', 99.1, 112.7), ('Huyện', 115.4, 143.2), ('đạt', 145.9, 160.0), ('nông', 162.8, 184.4), ('thôn', 187.1, 206.6), ('mới', 209.4, 225.4), ('trong', 228.1, 251.2), ('năm', 254.0, 273.1), ('Tiêu', 405.6, 424.0), ('chí', 426.7, 439.3), ('55', 502.0, 512.9), ('35', 553.2, 564.1), ('63,6', 602.8, 622.0)]),
    (125.6, 8.6, [('1.20', 71.4, 92.6), ('Tổng', 95.6, 119.7), ('doanh', 122.7, 152.8), ('thu', 155.8, 172.1), ('ngành', 175.1, 205.4), ('du', 208.4, 220.7), ('lịch', 223.7, 240.8), ('giai', 243.8, 261.7), ('đoạn', 264.7, 288.7), ('2021', 291.6, 315.6), ('-', 318.6, 322.1), ('2025', 325.1, 349.1), ('đạt', 352.1, 368.1), ('Tỷ', 403.1, 414.5), ('đồng', 417.5, 441.9), ('1046,2', 479.8, 512.9), ('1119,5', 530.9, 564.1), ('107,01', 588.8, 622.0), ('Vượt', 627.0, 649.8)]),
    (136.1, 8.6, [('1.022', 71.4, 98.6), ('tỷ', 101.6, 111.3), ('đồng', 114.3, 138.6)]),
    (151.5, 8.6, [('1.21', 71.4, 90.5), ('Số', 93.2, 103.9), ('doanh', 106.5, 133.4), ('nghiệp', 136.0, 165.5), ('có', 168.1, 178.1), ('hoạt', 180.7, 200.0), ('động', 202.7, 224.3), ('đổi', 226.9, 240.0), ('mới', 242.6, 258.6), ('quy', 261.3, 277.3), ('trình,', 279.9, 302.8), ('mô', 305.4, 319.0), ('hình', 321.7, 340.4), ('kinh', 343.0, 361.3), ('doanh', 363.9, 390.8), ('%', 418.4, 426.5), ('≥', 492.1, 499.3), ('77', 502.0, 512.9), ('86', 553.2, 564.1), ('Đạt', 627.0, 642.3)]),
]


def test_a_figure_grouped_in_thousands_under_a_row_counted_in_short_parts_goes_on_with_the_name() -> None:
    [grid] = words_to_layout(page_words(PAGE2_V26662, 2), page=2, page_width=841.9, page_height=595.3).grids
    names = [row[0].text for row in grid.rows]
    assert "1.20 Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng" in names
    assert not any(n.startswith("1.022") for n in names)
    assert _grouped_figure("1.022", "1.20 Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt")
    assert not _grouped_figure("1.022", "1.021 Tỷ lệ hộ nghèo")
    assert not _grouped_figure("1.100", "1.99 Tỷ lệ hộ nghèo")  # no zero: "1.100" may follow "1.99"
