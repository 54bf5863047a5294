"""A name cut after a count printed with its zero goes on with what it counts (``extractor.stitch``).

v19330 printed by LibreOffice Writer (dev seed, landscape, header shaded cell by cell, rules across
over and under it). Row 3 of "Phụ lục II", "Tỷ lệ người sử dụng có khả năng truy cập băng thông
rộng cố định với tốc độ trên 01 Gbps/s", was cut at page 1's foot after "01"; "Gbps/s" stands
alone in the names' column under the header repeated on page 2. It starts with a capital, after a
word a name could end on, so it was taken for a row of its own (dropped, no figures) and the name
came out cut: its row read as removed and added in a diff. A name ending on a number prints it
bare ("mức độ 4", "Lao Chải 1"); "01" is a count, and what it counts follows. The word boxes below
are the PDF's own (pdfplumber), page 1 from the header down, page 2's first rows; the rules are the
header band's cell sides, as the PDF draws them in pieces, joined.
"""

from __future__ import annotations

from extractor.pdf_words import words_to_layout
from extractor.stitch import _goes_on_name, stitch_grids
from tests.word_lines import Lines, page_words

NAME = "Tỷ lệ người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gbps/s"
XS = [76.7, 107.2, 513.8, 562.3, 612.2, 662.0, 711.1, 765.1]

PAGE1: Lines = [
    (387.8, 8.8, [('Thực', 625.0, 649.6)]),
    (394.1, 8.8, [('Mục', 565.5, 586.9), ('tiêu', 590.0, 609.5)]),
    (400.4, 8.8, [('hiện', 626.4, 648.1), ('Tỷ', 665.4, 677.0), ('lệ', 680.1, 689.1), ('đạt', 692.1, 708.0)]),
    (406.7, 8.8, [('STT', 82.3, 101.7), ('Nội', 267.6, 284.8), ('dung', 287.9, 312.9), ('chỉ', 316.1, 331.1), ('tiêu', 334.1, 353.5), ('ĐVT', 527.7, 548.7), ('năm', 576.8, 598.2), ('Đánh', 716.1, 742.3), ('giá', 745.3, 760.5)]),
    (413.0, 8.8, [('năm', 626.6, 648.0), ('(%)', 678.4, 695.1)]),
    (419.3, 8.8, [('2022', 575.2, 599.7)]),
    (425.6, 8.8, [('2022', 625.1, 649.6)]),
    (442.7, 8.8, [('A', 88.6, 95.4), ('CHỈ', 109.5, 128.9), ('TIÊU', 132.0, 157.1), ('KINH', 160.1, 188.2), ('TẾ', 191.3, 204.5)]),
    (459.8, 8.8, [('1', 89.0, 95.1), ('Tỷ', 109.5, 121.1), ('lệ', 124.2, 133.2), ('xã', 136.2, 147.2), ('đạt', 150.2, 166.1), ('chuẩn', 169.1, 199.4), ('nông', 202.4, 227.3), ('thôn', 230.3, 253.1), ('mới', 256.1, 274.6), ('%', 534.1, 542.5), ('96', 597.9, 610.1), ('100', 641.6, 659.9), ('104', 690.6, 708.9), ('Vượt', 713.5, 736.6)]),
    (476.7, 8.8, [('Trong', 109.5, 136.1), ('đó:', 139.0, 152.8), ('Tỷ', 155.6, 166.4), ('lệ', 169.2, 177.2), ('xã', 180.0, 190.2), ('đạt', 193.0, 207.4), ('chuẩn', 210.3, 237.5), ('nông', 240.3, 262.6), ('thôn', 265.3, 285.5), ('mới', 288.3, 304.7), ('vùng', 307.6, 329.5), ('đồng', 332.2, 354.6), ('bào', 357.3, 373.5), ('dân', 376.3, 392.8), ('tộc', 395.7, 409.4), ('thiểu', 412.1, 435.2), ('số', 438.0, 447.9), ('%', 534.1, 542.5), ('88', 599.0, 610.2), ('82', 648.8, 660.0), ('93', 697.8, 709.0)]),
    (493.8, 8.8, [('2', 89.0, 95.1), ('Tỷ', 109.5, 121.1), ('lệ', 124.2, 133.2), ('hệ', 136.2, 148.2), ('thống', 151.3, 180.1), ('thông', 183.1, 212.1), ('tin', 215.1, 228.9), ('của', 232.0, 249.4), ('huyện', 252.5, 282.4), ('được', 285.4, 309.2), ('vận', 312.2, 329.4), ('hành', 332.5, 357.4), ('trên', 360.5, 381.2), ('nền', 384.2, 402.6), ('tảng', 405.6, 428.0), ('điện', 431.0, 452.5), ('toán', 455.5, 477.6), ('đám', 480.6, 501.8), ('%', 534.1, 542.5), ('78', 597.9, 610.1), ('87', 647.8, 660.0), ('111,5', 681.5, 709.0), ('Vượt', 713.5, 736.6)]),
    (506.4, 8.8, [('mây', 109.5, 129.6)]),
    (523.3, 8.8, [('3', 89.3, 94.9), ('Tỷ', 109.5, 120.3), ('lệ', 123.1, 131.1), ('người', 133.9, 159.0), ('sử', 161.7, 171.9), ('dụng', 174.7, 197.3), ('có', 200.1, 210.3), ('khả', 213.1, 229.3), ('năng', 232.1, 254.4), ('truy', 257.1, 275.5), ('cập', 278.3, 294.1), ('băng', 296.9, 319.0), ('thông', 321.8, 347.6), ('rộng', 350.4, 371.2), ('cố', 374.0, 384.3), ('định', 387.1, 406.8), ('với', 409.6, 422.7), ('tốc', 425.5, 439.3), ('độ', 442.1, 453.0), ('trên', 455.8, 474.4), ('01', 477.3, 488.5), ('%', 534.1, 542.5), ('79-84', 584.8, 610.2), ('75,22', 634.8, 660.0), ('Chưa', 713.5, 736.7), ('đạt', 739.6, 754.0)]),
    (548.4, 8.8, [('1', 418.3, 423.9)]),
]
PAGE2: Lines = [
    (38.5, 8.8, [('Thực', 625.0, 649.6)]),
    (44.8, 8.8, [('Mục', 565.5, 586.9), ('tiêu', 590.0, 609.5)]),
    (51.1, 8.8, [('hiện', 626.4, 648.1), ('Tỷ', 665.4, 677.0), ('lệ', 680.1, 689.1), ('đạt', 692.1, 708.0)]),
    (57.4, 8.8, [('STT', 82.3, 101.7), ('Nội', 267.6, 284.8), ('dung', 287.9, 312.9), ('chỉ', 316.1, 331.1), ('tiêu', 334.1, 353.5), ('ĐVT', 527.7, 548.7), ('năm', 576.8, 598.2), ('Đánh', 716.1, 742.3), ('giá', 745.3, 760.5)]),
    (63.7, 8.8, [('năm', 626.6, 648.0), ('(%)', 678.4, 695.1)]),
    (70.0, 8.8, [('2022', 575.2, 599.7)]),
    (76.3, 8.8, [('2022', 625.1, 649.6)]),
    (93.2, 8.8, [('Gbps/s', 109.5, 139.8)]),
    (110.2, 8.8, [('4', 89.3, 94.9), ('Tỷ', 109.5, 120.3), ('lệ', 123.1, 131.1), ('thủ', 133.9, 148.7), ('tục', 151.5, 165.7), ('hành', 168.4, 190.7), ('chính', 193.5, 218.2), ('đủ', 221.0, 232.3), ('điều', 235.0, 254.6), ('kiện', 257.4, 276.4), ('được', 279.2, 300.7), ('cung', 303.5, 325.4), ('cấp', 328.2, 344.1), ('mức', 346.9, 365.9), ('độ', 368.6, 379.5), ('4', 382.3, 387.9), ('trên', 390.7, 409.3), ('nhiều', 412.1, 437.3), ('phương', 440.1, 473.6), ('tiện', 476.4, 493.7), ('%', 534.1, 542.5), ('89', 599.0, 610.2), ('99', 648.8, 660.0), ('111', 692.2, 709.0), ('Vượt', 713.5, 734.3)]),
    (122.7, 8.8, [('truy', 109.5, 127.9), ('cập', 130.7, 146.4), ('khác', 149.3, 170.4), ('nhau', 173.1, 195.4)]),
]


def _rules(top: float, bottom: float) -> tuple[list[tuple[float, float, float, float]], list[tuple[float, float, float, float]]]:
    """The header's shading, cell by cell, and the rules across the table over and under it."""
    return ([(XS[0], y, XS[-1], y) for y in (top, bottom)],
            [(x, top, x, bottom) for x in XS])


def test_the_unit_under_the_repeated_header_goes_back_into_the_name() -> None:
    pages = [words_to_layout(page_words(words, n), page=n, page_width=841.9, page_height=595.3, h_rules=h, v_rules=v)
             for n, words, (h, v) in ((1, PAGE1, _rules(385.6, 441.0)), (2, PAGE2, _rules(36.2, 91.6)))]
    [table] = stitch_grids([g for p in pages for g in p.grids], lines=[ln for p in pages for ln in p.lines])
    names = [row[1].text for row in table.rows[table.header_rows:]]
    assert NAME in names
    assert "Gbps/s" not in names
    [row] = [r for r in table.rows if r[1].text == NAME]
    assert [c.text for c in row[2:5]] == ["%", "79-84", "75,22"]


def test_a_count_with_its_zero_is_followed_by_what_it_counts() -> None:
    assert _goes_on_name(NAME.removesuffix(" Gbps/s"), "Gbps/s")
    assert _goes_on_name("Số xã có trên 02", "Trạm y tế đạt chuẩn")
    # A number printed bare may end a name; a section heading does not go on it.
    assert not _goes_on_name("Số thủ tục hành chính mức độ 4", "Lĩnh vực xã hội")
    assert not _goes_on_name("Số xã có trên 02", "II CHỈ TIÊU XÃ HỘI")
