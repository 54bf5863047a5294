"""A header alone at a page's foot whose cells wrap to different depths names its columns only read
down each column (``extractor.pdf_words``), and heads the body on the next page (``extractor.stitch``).

v30251 (dev seed, text layer): page 1 ends with the caption of "Phụ lục I" and its header, vertically
centred cells of one to three lines ("Số / thứ / tự", "Nội dung chỉ tiêu", "Đơn vị / tính", "Mức chỉ
tiêu" over "Năm 2025 … Năm 2045", "Cơ quan / chủ trì"), then the page number; page 2 starts with the
column numbers and the rows. No printed line of that header names two label columns ("Số | Mức chỉ
tiêu", "Đơn vị | Cơ quan", "thứ | Nội dung chỉ tiêu", ...), so it was left as running text and page 2's
rows were stitched under the table above it, of other columns (their targets read as "actual 2022",
"plan 2023", ...). v30351 was the same, its page 2 read under no header. The word boxes are the
pages' own (pdfplumber).
"""

from __future__ import annotations

from extractor.pdf_words import Word, words_to_layout
from extractor.stitch import stitch_grids

Lines = list[tuple[float, float, list[tuple[str, float, float]]]]

PAGE1_FOOT: Lines = [
    (767.6, 8.5, [('Số', 62.6, 71.6)]),
    (769.4, 8.5, [('Mức', 362.5, 379.4), ('chỉ', 381.6, 392.4), ('tiêu', 394.5, 408.2)]),
    (772.8, 8.5, [('Đơn', 242.3, 257.9), ('vị', 260.0, 266.6), ('Cơ', 502.3, 513.1), ('quan', 515.3, 533.7)]),
    (778.0, 8.5, [('thứ', 60.8, 73.4), ('Nội', 125.5, 138.2), ('dung', 140.4, 158.8), ('chỉ', 160.9, 171.8),
                  ('tiêu', 173.9, 187.6)]),
    (783.2, 8.5, [('tính', 247.2, 261.8), ('chủ', 505.8, 519.1), ('trì', 521.2, 530.1)]),
    (787.4, 8.5, [('Năm', 278.7, 296.2), ('2025', 298.3, 315.3), ('Năm', 322.9, 340.4), ('2030', 342.5, 359.5),
                  ('Năm', 367.1, 384.6), ('2035', 386.7, 403.7), ('Năm', 411.3, 428.8), ('2040', 430.9, 447.9),
                  ('Năm', 455.5, 473.0), ('2045', 475.1, 492.1)]),
    (788.4, 8.5, [('tự', 63.1, 71.1)]),
    (818.4, 7.0, [('1', 295.9, 299.4)]),
]

PAGE2_TOP: Lines = [
    (40.3, 8.5, [('1', 65.0, 69.2), ('2', 154.4, 158.7), ('3', 252.4, 256.6), ('4', 294.9, 299.1), ('5', 339.1, 343.3),
                 ('6', 383.3, 387.5), ('7', 427.5, 431.7), ('8', 471.7, 475.9), ('9', 515.9, 520.1)]),
    (55.7, 8.5, [('V', 64.0, 70.2), ('Phát', 81.5, 98.5), ('triển', 100.6, 118.1), ('chuyển', 120.2, 146.2),
                 ('đổi', 148.3, 159.6), ('số', 161.8, 169.3)]),
    (72.7, 8.5, [('11.', 61.8, 72.4), ('Tỷ', 81.5, 90.9), ('lệ', 93.1, 99.2), ('thanh', 101.3, 120.2),
                 ('toán', 122.3, 137.0), ('trực', 139.1, 152.7), ('tuyến', 154.8, 173.7), ('trong', 175.8, 193.7),
                 ('giải', 195.9, 208.6), ('quyết', 210.7, 229.6), ('%', 250.9, 258.0), ('-', 313.8, 316.6),
                 ('80', 352.3, 360.8), ('85', 396.5, 405.0), ('90', 440.7, 449.2), ('99', 484.9, 493.4)]),
    (83.1, 8.5, [('TTHC,', 81.5, 105.8), ('dịch', 107.9, 122.6), ('vụ', 124.7, 133.2), ('công', 135.3, 151.8)]),
    (98.4, 8.5, [('12.', 61.8, 72.4), ('Tỷ', 81.5, 90.9), ('lệ', 93.1, 99.2), ('xử', 101.3, 110.2), ('lý', 112.3, 118.9),
                 ('văn', 121.0, 133.3), ('bản,', 135.4, 149.8), ('hồ', 152.0, 160.5), ('sơ', 162.6, 170.4),
                 ('công', 172.5, 189.0), ('việc', 191.2, 205.3), ('toàn', 207.4, 222.1), ('%', 250.9, 258.0),
                 ('-', 313.8, 316.6), ('100', 348.0, 360.8), ('100', 392.2, 405.0), ('100', 436.4, 449.2),
                 ('100', 480.6, 493.4)]),
    (108.8, 8.5, [('trình', 81.5, 97.5), ('trên', 99.7, 112.9), ('môi', 115.0, 128.2), ('trường', 130.4, 153.1),
                  ('điện', 155.3, 169.9), ('tử', 172.0, 179.0), ('của', 181.1, 192.9), ('các', 195.0, 206.4),
                  ('cơ', 208.5, 216.8)]),
]

WIDTH, HEIGHT = 595.3, 841.9


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(t, x0, top, x1, top + h, page) for top, h, ws in lines for t, x0, x1 in ws]


def _down(rows: list[list[str]], c: int) -> str:
    return " ".join(r[c] for r in rows if r[c])


def test_a_wrapped_header_alone_at_the_foot_is_a_grid() -> None:
    [grid] = words_to_layout(_words(PAGE1_FOOT, 1), page=1, page_width=WIDTH, page_height=HEIGHT).grids
    rows = [[c.text for c in row] for row in grid.rows]
    assert len(rows[0]) == 9
    assert [_down(rows, c) for c in (0, 1, 2)] == ["Số thứ tự", "Nội dung chỉ tiêu", "Đơn vị tính"]
    assert _down(rows, 8) == "Cơ quan chủ trì"
    assert not any(r == ["1"] or "1" in r for r in rows)  # the page number is no row


def test_the_next_page_goes_under_it() -> None:
    foot = words_to_layout(_words(PAGE1_FOOT, 1), page=1, page_width=WIDTH, page_height=HEIGHT).grids
    top = words_to_layout(_words(PAGE2_TOP, 2), page=2, page_width=WIDTH, page_height=HEIGHT).grids
    [table] = stitch_grids([*foot, *top])
    header = [[c.text for c in row] for row in table.rows[: table.header_rows]]
    body = [[c.text for c in row] for row in table.rows[table.header_rows:]]
    assert any("Năm 2030" in t for t in (row[4] for row in header))
    assert any("Đơn vị" in t for t in (row[2] for row in header))
    row11 = next(r for r in body if r[0] == "11.")
    assert row11[2:8] == ["%", "-", "80", "85", "90", "99"]


def test_two_blocks_of_lines_naming_no_column_stay_text() -> None:
    # The signature block under a table (v30251's page 2): two blocks of lines, read down its
    # columns no header ("Nơi nhận: - Như trên; - Lưu: VT." | "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH ...").
    lines: Lines = [
        (234.0, 8.5, [('Nơi', 42.0, 55.0), ('nhận:', 57.0, 80.0), ('TM.', 374.0, 390.0), ('ỦY', 392.0, 404.0),
                      ('BAN', 406.0, 424.0), ('NHÂN', 426.0, 452.0), ('DÂN', 454.0, 483.0)]),
        (246.0, 8.5, [('-', 42.0, 45.0), ('Như', 47.0, 63.0), ('trên;', 65.0, 80.0), ('KT.', 390.0, 404.0),
                      ('CHỦ', 406.0, 424.0), ('TỊCH', 426.0, 450.0)]),
        (258.0, 8.5, [('-', 42.0, 45.0), ('Lưu:', 47.0, 64.0), ('VT.', 66.0, 80.0), ('PHÓ', 384.0, 404.0),
                      ('CHỦ', 406.0, 424.0), ('TỊCH', 426.0, 460.0)]),
    ]
    assert words_to_layout(_words(lines, 2), page=2, page_width=WIDTH, page_height=HEIGHT).grids == ()


# v17120 (dev seed, text layer, landscape): the foot of page 1 holds the caption of "Biểu số 02",
# its header (cells centred on staggered lines: "TT | Chỉ tiêu | Mục tiêu / 2024 (tỷ / lệ %) | Kết
# quả / thực / hiện / năm / 2024 (tỷ / lệ %)"), one section heading "A | Kinh tế" and the page
# number; its rows are on page 2. The heading was taken for the body: alone it shaped the
# columns, the header above it was cut off, and page 2's rows went under the table above ("Phụ
# lục I"), their targets read as "target 2045".
V17120_FOOT: Lines = [
    (395.7, 12.5, [('Biểu', 384.3, 415.5), ('số', 419.8, 435.9), ('02', 440.2, 457.6)]),
    (411.0, 12.5, [('Kết', 235.9, 260.1), ('quả', 264.4, 290.7), ('thực', 295.0, 326.2), ('hiện', 330.6, 361.1),
                   ('nhiệm', 365.5, 409.1), ('vụ', 413.4, 430.5), ('chuyển', 434.8, 485.6), ('đổi', 489.9, 511.7),
                   ('số', 516.1, 532.1), ('năm', 536.5, 566.8), ('2024', 571.2, 606.0)]),
    (425.7, 10.5, [('(Kèm', 244.2, 271.9), ('theo', 275.2, 298.8), ('Báo', 302.2, 322.2), ('cáo', 325.6, 344.2),
                   ('số', 347.6, 359.4), ('1403/BC-UBND', 362.8, 442.2), ('của', 445.5, 464.4), ('UBND', 467.7, 498.6),
                   ('huyện', 501.9, 534.5), ('Nam', 537.9, 562.4), ('Đông)', 565.7, 597.7)]),
    (447.0, 10.5, [('Kết', 730.8, 751.1), ('quả', 754.8, 776.8)]),
    (459.8, 10.5, [('Mục', 687.2, 711.3), ('thực', 740.7, 766.9)]),
    (472.7, 10.5, [('tiêu', 687.6, 710.8), ('hiện', 741.0, 766.7)]),
    (479.1, 10.5, [('TT', 68.3, 82.6), ('Chỉ', 358.2, 377.0), ('tiêu', 380.7, 403.9)]),
    (485.5, 10.5, [('2024', 674.5, 703.7), ('(tỷ', 707.3, 724.0), ('năm', 741.1, 766.6)]),
    (498.3, 10.5, [('lệ', 684.4, 695.1), ('%)', 698.8, 714.1), ('2024', 729.1, 758.3), ('(tỷ', 761.9, 778.6)]),
    (511.1, 10.5, [('lệ', 739.0, 749.7), ('%)', 753.4, 768.7)]),
    (528.9, 10.5, [('A', 71.4, 79.5), ('Kinh', 92.7, 119.3), ('tế', 123.0, 135.1)]),
    (572.0, 7.0, [('1', 418.7, 423.2)]),
]

V17120_TOP: Lines = [
    (41.0, 10.5, [('1.', 70.5, 80.5), ('Số', 92.7, 105.7), ('doanh', 109.1, 141.9), ('nghiệp', 145.3, 181.3),
                  ('công', 184.6, 210.1), ('nghệ', 213.5, 239.9), ('số', 243.2, 255.1), ('Dưới', 682.2, 706.3),
                  ('3', 709.6, 716.3), ('2.0', 745.5, 762.2)]),
    (58.8, 10.5, [('2.', 70.5, 80.5), ('Tỷ', 92.7, 105.3), ('lệ', 108.6, 118.0), ('đồng', 121.3, 147.7),
                  ('bào', 151.1, 170.6), ('dân', 173.9, 193.7), ('tộc', 197.0, 213.4), ('thiểu', 216.7, 243.5),
                  ('số', 246.8, 258.7), ('được', 262.1, 287.6), ('xem', 290.9, 313.8), ('truyền', 317.2, 351.6),
                  ('hình', 354.9, 377.8), ('và', 381.1, 393.8), ('nghe', 397.1, 423.6), ('đài', 426.9, 442.9),
                  ('phát', 446.2, 470.1), ('thanh', 473.5, 504.0), ('91.3', 742.1, 765.5)]),
    (76.6, 10.5, [('3.', 70.5, 80.5), ('Tỷ', 92.7, 105.3), ('lệ', 108.6, 118.0), ('thôn,', 121.3, 148.5),
                  ('bản', 151.9, 171.6), ('có', 175.0, 187.2), ('đường', 190.5, 223.6), ('xe', 226.9, 239.6),
                  ('máy', 242.9, 265.8), ('hoặc', 269.1, 294.4), ('ô', 297.7, 304.2), ('tô', 307.5, 318.0),
                  ('đi', 321.4, 331.0), ('lại', 334.3, 346.6), ('thuận', 349.9, 380.4), ('lợi', 383.8, 396.0),
                  ('92.40', 684.2, 714.3), ('100.00', 735.5, 772.2)]),
]

L_WIDTH, L_HEIGHT = 841.9, 595.3


def test_a_header_alone_over_a_section_heading_is_a_grid_with_that_heading_as_body() -> None:
    [grid] = words_to_layout(_words(V17120_FOOT, 1), page=1, page_width=L_WIDTH, page_height=L_HEIGHT).grids
    rows = [[c.text for c in row] for row in grid.rows]
    assert rows[: grid.header_rows] == [["TT", "Chỉ tiêu", "Mục tiêu 2024 (tỷ lệ %)", "Kết quả thực hiện năm 2024 (tỷ lệ %)"]]
    assert rows[grid.header_rows:] == [["A", "Kinh tế", "", ""]]


def test_the_rows_on_the_next_page_go_under_that_header_and_heading() -> None:
    foot = words_to_layout(_words(V17120_FOOT, 1), page=1, page_width=L_WIDTH, page_height=L_HEIGHT).grids
    top = words_to_layout(_words(V17120_TOP, 2), page=2, page_width=L_WIDTH, page_height=L_HEIGHT).grids
    [table] = stitch_grids([*foot, *top])
    body = [[c.text for c in row] for row in table.rows[table.header_rows:]]
    assert body[0] == ["A", "Kinh tế", "", ""]
    assert body[1] == ["1.", "Số doanh nghiệp công nghệ số", "Dưới 3", "2.0"]
    assert body[3][2:] == ["92.40", "100.00"]
    assert "Mục tiêu 2024" in table.rows[0][2].text


def test_a_heading_alone_under_lines_naming_no_column_stays_text() -> None:
    # A numbered heading under a paragraph of two blocks is no table's foot.
    lines: Lines = [
        (400.0, 10.5, [('Kết', 68.0, 90.0), ('quả', 92.0, 115.0), ('đạt', 400.0, 420.0), ('được', 422.0, 450.0)]),
        (413.0, 10.5, [('trong', 68.0, 100.0), ('năm', 102.0, 125.0), ('như', 400.0, 420.0), ('sau:', 422.0, 450.0)]),
        (430.0, 10.5, [('A', 71.4, 79.5), ('Kinh', 92.7, 119.3), ('tế', 123.0, 135.1)]),
    ]
    assert words_to_layout(_words(lines, 1), page=1, page_width=L_WIDTH, page_height=L_HEIGHT).grids == ()
