"""The rest of a row cut at a page break under a header of staggered lines (``extractor.pdf_words._spilled_rest``).

v17805 printed by LibreOffice Writer (a development seed of 15000-19999, sampled every 50th from
15005), page 3: the header repeated (shaded), its cells centred on lines 5.4 pt apart in 6.9 pt type
(no step between its lines as tall as a line but the 15.4 pt padding under "So sánh"), then the rest
of "Tỷ lệ chất thải rắn sinh / hoạt đô thị được thu gom và xử lý", cut at page 2's foot: "hoạt đô thị
được thu / gom và xử lý", 15.2 pt under the header, its own lines 10.8 pt apart. Measured against the
header's padding, the gap read as the header's leading: the rest went into the header's second row,
the name above came out cut and its 8 figures under it lost. The words and rules are the PDF's own
(pdfplumber), the page from its top down to the first row's wrapped line.
"""

from __future__ import annotations

from extractor.pdf_words import words_to_layout
from tests.word_lines import Lines, page_words

V17805_PAGE3: Lines = [
    (37.8, 7.6, [('So', 623.4, 634.0), ('sánh', 636.6, 656.8)]),
    (53.2, 7.6, [('Ước', 568.3, 584.6), ('thực', 587.2, 606.4)]),
    (58.6, 7.6, [('Ước', 616.0, 632.3), ('thực', 634.9, 654.1), ('Ước', 668.7, 685.0), ('thực', 687.6, 706.8)]),
    (61.8, 7.6, [('Mục', 272.8, 291.3), ('tiêu', 294.0, 310.7), ('Ước', 471.5, 487.8), ('thực', 490.4, 509.6), ('Ước', 521.8, 538.1), ('thực', 540.7, 559.9)]),
    (64.1, 7.6, [('hiện', 578.0, 596.7)]),
    (67.3, 7.6, [('Ước', 370.9, 387.2), ('thực', 389.8, 409.0)]),
    (69.5, 7.6, [('hiện', 616.3, 635.0), ('giai', 637.7, 653.7), ('hiện', 669.1, 687.8), ('giai', 690.5, 706.5)]),
    (72.7, 7.6, [('Đơn', 224.8, 242.0), ('vị', 244.7, 252.0), ('NQ', 276.8, 290.3), ('ĐH', 293.0, 306.8), ('KH', 324.8, 338.6), ('năm', 341.2, 359.7), ('Kế', 420.4, 431.8), ('hoạch', 434.5, 460.1), ('hiện', 471.9, 490.6), ('giai', 493.3, 509.3), ('hiện', 522.2, 540.9), ('giai', 543.6, 559.6)]),
    (75.0, 7.6, [('năm', 578.1, 596.5)]),
    (78.2, 7.6, [('STT', 92.6, 109.4), ('Các', 120.2, 135.8), ('chỉ', 138.4, 151.5), ('tiêu', 154.1, 170.8), ('chủ', 173.5, 189.2), ('yếu', 191.8, 206.6), ('hiện', 370.0, 388.7), ('năm', 391.4, 409.8), ('Ghi', 717.5, 732.4), ('chú', 735.0, 750.7)]),
    (80.4, 7.6, [('đoạn', 611.2, 632.0), ('2021-', 634.7, 658.9), ('đoạn', 663.9, 684.7), ('2021-', 687.4, 711.6)]),
    (83.6, 7.6, [('tính', 229.7, 247.1), ('(nhiệm', 270.4, 300.7), ('kỳ', 303.4, 313.1), ('2024', 331.7, 352.9), ('năm', 419.1, 437.5), ('2025', 440.2, 461.3), ('đoạn', 468.3, 489.1), ('2021', 491.8, 512.8), ('đoạn', 518.6, 539.4), ('2021', 542.1, 563.1)]),
    (85.9, 7.6, [('2024/Kế', 569.7, 605.0)]),
    (89.1, 7.6, [('2024', 379.4, 400.6)]),
    (91.3, 7.6, [('2024/', 612.5, 636.3), ('Mục', 639.0, 657.6), ('2025/', 665.2, 689.0), ('Mục', 691.7, 710.3)]),
    (94.5, 7.6, [('2020-2025)', 267.2, 316.2), ('-', 477.1, 480.3), ('2024', 482.9, 504.0), ('-', 527.4, 530.6), ('2025', 533.2, 554.3)]),
    (96.8, 7.6, [('hoạch', 574.5, 600.1)]),
    (102.2, 7.6, [('tiêu', 618.6, 635.3), ('NQ', 638.0, 651.5), ('tiêu', 671.3, 688.0), ('NQ', 690.7, 704.2)]),
    (107.7, 7.6, [('năm', 578.1, 596.5)]),
    (113.1, 7.6, [('ĐH', 628.1, 641.9), ('ĐH', 680.9, 694.7)]),
    (118.6, 7.6, [('2024', 576.8, 598.0)]),
    (133.8, 7.6, [('hoạt', 116.2, 133.2), ('đô', 135.6, 145.1), ('thị', 147.5, 157.8), ('được', 160.3, 178.8), ('thu', 181.2, 194.0)]),
    (144.6, 7.6, [('gom', 116.2, 132.8), ('và', 135.2, 144.0), ('xử', 146.5, 155.7), ('lý', 158.1, 164.8)]),
    (159.8, 7.6, [('Tỷ', 116.2, 125.5), ('lệ', 128.0, 134.9), ('số', 137.3, 145.8), ('xã,', 148.3, 159.5), ('phường,', 161.9, 193.2), ('thị', 195.6, 206.1), ('%', 234.8, 242.0), ('100,0', 295.7, 317.4), ('100,0', 340.9, 362.6), ('100,0', 391.2, 412.9), ('100,0', 441.5, 463.2), ('100,0', 491.8, 513.5), ('100,0', 542.1, 563.8), ('100,0', 584.7, 606.4), ('100,0', 637.5, 659.2), ('100', 697.5, 711.9)]),
    (170.6, 7.6, [('trấn', 116.2, 132.4), ('tại', 134.8, 144.8), ('các', 147.3, 160.3), ('huyện,', 162.7, 188.6)]),
]
V17805_RULES3 = ([],
          [])


def test_a_rest_whose_own_lines_are_closer_than_its_gap_to_the_header_is_body() -> None:
    h, v = V17805_RULES3
    layout = words_to_layout(page_words(V17805_PAGE3, 3), page=3, page_width=841.9, page_height=595.3, h_rules=h, v_rules=v)
    [grid] = layout.grids
    header = [c.text for r in grid.rows[:grid.header_rows] for c in r]
    assert not any("hoạt" in t for t in header)
    body = [[c.text for c in r] for r in grid.rows[grid.header_rows:]]
    assert body[0][1] == "hoạt đô thị được thu gom và xử lý" and not any(t.strip() for j, t in enumerate(body[0]) if j != 1)
    assert body[1][1].startswith("Tỷ lệ số xã, phường, thị trấn tại các huyện,") and body[1][2:4] == ["%", "100,0"]
