"""A ruled header naming the indicator column and columns of figures only, alone at a page's foot
(``extractor.pdf_words._foot_header``), heads the body on the next page (``extractor.stitch``).

v19730 printed by LibreOffice Writer (dev seed, landscape). Its second table, "Biểu 1 / Kết quả
thực hiện nhiệm vụ chuyển đổi số năm 2023", has no number column and no unit column: "Chỉ tiêu |
Mục tiêu 2023 (tỷ lệ %) (2) | Kết quả thực hiện năm 2023 (tỷ lệ %) (3)". Writer put the header row
at page 1's foot and cut it: "2023 (tỷ lệ %) (3)" is in the first ruled row of page 2. Taken for a
shaded band over nothing (it names no unit column), the header was dropped: page 2 was read as a
table of its own under "2023 (tỷ lệ %) (3)", its names and figures lost. The words and rules below
are the PDF's own (pdfplumber): page 1 from the caption down (page number "1" included), page 2's
table.
"""

from __future__ import annotations

from extractor.pdf_words import _names_figure_columns, words_to_layout
from extractor.stitch import stitch_grids
from tests.word_lines import Lines, page_words

PAGE1: Lines = [
    (453.4, 9.3, [('Biểu', 404.6, 427.8), ('1', 431.0, 437.4)]),
    (472.9, 9.3, [('Kết', 283.4, 301.3), ('quả', 304.6, 324.1), ('thực', 327.4, 350.5), ('hiện', 353.8, 376.5), ('nhiệm', 379.7, 412.1), ('vụ', 415.3, 428.0), ('chuyển', 431.3, 469.0), ('đổi', 472.2, 488.5), ('số', 491.7, 503.7), ('năm', 506.9, 529.4), ('2023', 532.6, 558.5)]),
    (492.5, 7.3, [('(Kèm', 298.7, 317.9), ('theo', 320.2, 336.6), ('Báo', 339.0, 352.9), ('cáo', 355.2, 368.1), ('số', 370.4, 378.7), ('697/BC-UBND', 381.0, 431.5), ('của', 433.9, 447.0), ('UBND', 449.3, 470.7), ('huyện', 473.1, 495.7), ('Tam', 498.0, 514.1), ('Đường)', 516.3, 543.2)]),
    (512.2, 7.3, [('Chỉ', 362.4, 375.4), ('tiêu', 378.0, 394.1), ('Mục', 673.1, 689.8), ('tiêu', 692.4, 708.5), ('Kết', 717.6, 731.7), ('quả', 734.2, 749.5)]),
    (522.6, 7.3, [('2023', 673.6, 693.9), ('(tỷ', 696.5, 708.0), ('thực', 714.3, 732.5), ('hiện', 735.0, 752.8)]),
    (532.9, 7.3, [('lệ', 673.4, 680.8), ('%)', 683.4, 694.0), ('(2)', 696.6, 708.3), ('năm', 724.8, 742.5)]),
    (550.3, 7.3, [('1', 418.8, 423.4)]),
]
PAGE2: Lines = [
    (38.5, 7.3, [('2023', 716.4, 736.7), ('(tỷ', 739.3, 750.8)]),
    (48.9, 7.3, [('lệ', 716.2, 723.6), ('%)', 726.2, 736.8), ('(3)', 739.4, 751.1)]),
    (63.7, 7.3, [('A', 89.2, 94.8), ('Kinh', 97.4, 115.9), ('tế', 118.5, 126.9)]),
    (78.6, 7.3, [('1.', 89.2, 96.1), ('Tỷ', 98.5, 107.2), ('lệ', 109.5, 116.1), ('xã', 118.4, 127.1), ('đạt', 129.5, 141.4), ('chuẩn', 143.7, 166.1), ('nông', 168.4, 186.7), ('thôn', 189.0, 205.6), ('mới', 207.9, 221.5), ('100,00', 678.1, 703.6), ('94,95', 723.2, 744.0)]),
    (93.4, 7.3, [('2.', 89.2, 96.1), ('Tỷ', 98.5, 107.2), ('lệ', 109.5, 116.1), ('đồng', 118.4, 136.7), ('bào', 139.1, 152.6), ('dân', 154.8, 168.7), ('tộc', 170.9, 182.2), ('thiểu', 184.6, 203.2), ('số', 205.5, 213.8), ('được', 216.1, 233.8), ('xem', 236.1, 252.0), ('truyền', 254.4, 278.3), ('hình', 280.5, 296.5), ('và', 298.7, 307.5), ('nghe', 309.8, 328.2), ('đài', 330.5, 341.6), ('phát', 344.0, 360.5), ('thanh', 362.9, 384.1), ('83,67', 680.4, 701.2), ('82,17', 723.2, 744.0)]),
    (108.3, 7.3, [('3.', 89.2, 96.1), ('Tỷ', 98.5, 107.2), ('lệ', 109.5, 116.1), ('thôn,', 118.4, 137.3), ('bản', 139.6, 153.3), ('có', 155.6, 164.1), ('đường', 166.4, 189.4), ('xe', 191.6, 200.5), ('máy', 202.8, 218.6), ('hoặc', 221.0, 238.5), ('ô', 240.9, 245.4), ('tô', 247.7, 255.0), ('đi', 257.3, 263.9), ('lại', 266.3, 274.8), ('thuận', 277.1, 298.3), ('lợi', 300.6, 309.1), ('>', 682.0, 688.1), ('83', 690.4, 699.7)]),
    (123.1, 7.3, [('4.', 89.2, 96.1), ('Tốc', 98.5, 111.4), ('độ', 113.7, 122.7), ('tăng', 125.1, 141.7), ('trưởng', 143.9, 168.2), ('khách', 170.5, 192.4), ('du', 194.7, 204.0), ('lịch', 206.3, 219.0), ('đạt', 221.3, 233.3), ('20%/năm', 235.6, 270.5), ('20', 686.2, 695.4)]),
]
RULES1 = ([(86.5, 510.1, 755.5, 510.1), (86.5, 546.1, 755.5, 546.1)],
          [(86.8, 509.7, 86.8, 546.1), (669.5, 509.7, 669.5, 546.1), (711.9, 509.7, 711.9, 546.1),
           (755.1, 509.7, 755.1, 546.1)])
RULES2 = ([(86.5, y, 755.5, y) for y in (36.4, 62.0, 76.9, 91.7, 106.6, 121.4, 136.6)],
          [(x, 36.0, x, 137.0) for x in (86.8, 669.5, 711.9, 755.1)])


def test_the_header_at_the_foot_heads_the_body_on_the_next_page() -> None:
    pages = [words_to_layout(page_words(words, n), page=n, page_width=841.9, page_height=595.3, h_rules=h, v_rules=v)
             for n, words, (h, v) in ((1, PAGE1, RULES1), (2, PAGE2, RULES2))]
    [table] = stitch_grids([g for p in pages for g in p.grids], lines=[ln for p in pages for ln in p.lines])
    assert table.title is not None and table.title.startswith("Biểu 1")
    assert [c.text for c in table.rows[0]] == [
        "Chỉ tiêu", "Mục tiêu 2023 (tỷ lệ %) (2)", "Kết quả thực hiện năm 2023 (tỷ lệ %) (3)"]
    body = [[c.text for c in row] for row in table.rows[table.header_rows:]]
    assert body[0] == ["A Kinh tế", "", ""]
    assert body[1] == ["1. Tỷ lệ xã đạt chuẩn nông thôn mới", "100,00", "94,95"]
    assert len(body) == 5


def test_a_row_names_figure_columns_only_with_the_indicator_column_before_them() -> None:
    assert _names_figure_columns(["Chỉ tiêu", "Mục tiêu 2023 (tỷ lệ %) (2)", "Kết quả thực hiện năm"])
    assert _names_figure_columns(["STT", "Chỉ tiêu", "Kế hoạch năm 2024", "Ước thực hiện năm 2024", "Ghi chú"])
    # A body row, a title over years, a line of running text: none.
    assert not _names_figure_columns(["1. Tỷ lệ xã đạt chuẩn nông thôn mới", "100,00", "94,95"])
    assert not _names_figure_columns(["Chỉ tiêu", "Năm 2024", "Năm 2025"])
    assert not _names_figure_columns(["Kế hoạch năm 2024", "Chỉ tiêu", "Ước thực hiện năm 2024"])
    assert not _names_figure_columns(["Chỉ tiêu", "Kế hoạch năm 2024"])
