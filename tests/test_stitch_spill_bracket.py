"""A name cut at a page break inside its bracket goes back into its row (``extractor.stitch``).

v17020 printed by LibreOffice Writer (unruled, landscape): row 3's name "Duy trì phát triển các bản du
lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)" was cut at the foot of page 1 after "Lao
Chải", and "1, Bản Thẳm)" printed alone at the top of page 2, in the names' column. It starts in
capitals' stead with a figure, after a word a name can end on, so it was taken for a row of its own
(a nameless row of no figures, dropped) and the name came out cut. The word boxes below are the
PDF's own (pdfplumber), page 1 from the header down (the page number left out), page 2's first rows.
"""

from __future__ import annotations

from extractor.grid import Grid
from extractor.pdf_tables import stitch_grids, words_to_grids
from extractor.pdf_words import Word
from extractor.stitch import _goes_on_name

HEIGHT = 9.9

P1: list[tuple[float, list[tuple[str, float, float]]]] = [
    (363.5, [('Năm', 539.7, 565.6)]),
    (370.6, [('Năm', 606.3, 632.2), ('2023', 635.7, 663.1), ('So', 713.5, 727.2), ('sánh', 730.7, 757.1), ('(%)', 760.5, 779.2)]),
    (377.7, [('2022', 538.9, 566.5)]),
    (387.0, [('Số', 47.8, 61.5), ('Đơn', 482.7, 505.1), ('vị', 508.6, 518.0)]),
    (394.1, [('Chỉ', 250.8, 269.6), ('tiêu', 273.1, 294.9)]),
    (396.3, [('UTH', 761.9, 787.2)]),
    (401.2, [('TT', 47.3, 62.0), ('tính', 489.0, 511.7)]),
    (403.4, [('Thực', 538.8, 566.5), ('Kế', 600.0, 614.9), ('Ước', 637.4, 658.6), ('thực', 662.1, 687.1)]),
    (410.5, [('UTH/KH', 694.3, 741.2), ('2023/TH', 750.6, 798.4)]),
    (417.6, [('hiện', 540.5, 564.9), ('hoạch', 590.7, 624.1), ('hiện', 650.0, 674.4)]),
    (424.7, [('2022', 760.8, 788.4)]),
    (443.4, [('I', 52.3, 56.9), ('CHỈ', 72.6, 94.4), ('TIÊU', 97.9, 126.0), ('KINH', 129.5, 161.1), ('TẾ', 164.5, 179.5)]),
    (461.9, [('1.', 49.9, 59.3), ('Tỷ', 72.6, 84.8), ('trọng', 87.9, 115.3), ('kinh', 118.3, 140.3), ('phí', 143.4, 159.2), ('từ', 162.4, 172.7), ('xã', 175.8, 187.3), ('hội', 190.5, 206.0), ('trên', 209.1, 230.0), ('kinh', 233.2, 255.1), ('phí', 258.2, 274.0), ('chi', 277.2, 292.2), ('cho', 295.3, 313.3), ('nghiên', 316.4, 350.8), ('cứu', 354.0, 372.2), ('phát', 375.3, 397.9), ('triển', 401.1, 425.3), ('(R&D)', 428.5, 460.4), ('%', 495.7, 505.1), ('72', 565.2, 577.8), ('71', 620.1, 632.7), ('78', 674.7, 687.3), ('110', 724.8, 743.7), ('108,3', 772.7, 801.0)]),
    (480.5, [('Trong', 72.6, 102.5), ('đó:', 105.7, 121.3), ('Riêng', 124.4, 153.6), ('trong', 156.7, 184.1), ('năm', 187.3, 208.8), ('%', 495.7, 505.1), ('58', 565.2, 577.8), ('64', 620.1, 632.7), ('68', 674.7, 687.3), ('106', 724.8, 743.7), ('117,2', 772.7, 801.0)]),
    (499.1, [('2.', 49.5, 59.8), ('Số', 72.6, 86.3), ('doanh', 89.8, 124.1), ('nghiệp', 127.6, 165.9), ('công', 169.2, 196.0), ('nghệ', 199.4, 227.1), ('số', 230.5, 242.7), ('%', 495.7, 505.1), ('2', 570.9, 577.8), ('2', 625.8, 632.7), ('2', 680.4, 687.3), ('100,0', 712.7, 743.6), ('100,0', 770.0, 800.9)]),
    (517.7, [('3.', 49.9, 59.3), ('Duy', 72.6, 92.5), ('trì', 95.6, 107.4), ('phát', 110.6, 133.2), ('triển', 136.3, 160.7), ('các', 163.8, 180.7), ('bản', 183.9, 202.4), ('du', 205.6, 218.3), ('lịch', 221.4, 239.7), ('đã', 242.8, 255.1), ('được', 258.2, 282.4), ('công', 285.5, 309.7), ('nhận', 312.8, 337.9), ('(Sì', 341.0, 354.7), ('Thầu', 357.9, 383.3), ('Chải,', 386.4, 412.5), ('Lao', 415.7, 434.1), ('Chải', 437.2, 460.3), ('Bản', 490.6, 510.2), ('3', 571.5, 577.8), ('3', 626.4, 632.7), ('3', 681.0, 687.3), ('100,00', 709.1, 743.7), ('100,0', 772.7, 801.0)]),
]
P2: list[tuple[float, list[tuple[str, float, float]]]] = [
    (37.6, [('1,', 72.6, 82.0), ('Bản', 85.2, 104.7), ('Thẳm)', 107.9, 139.9)]),
    (56.2, [('II', 50.0, 59.2), ('CHỈ', 72.6, 94.4), ('TIÊU', 97.9, 126.0), ('XÃ', 129.5, 144.8), ('HỘI', 148.2, 170.9)]),
    (74.8, [('1.', 49.9, 59.3), ('Tỷ', 72.6, 84.8), ('lệ', 87.9, 96.9), ('trường', 100.1, 133.8), ('học', 136.9, 154.7), ('được', 157.9, 182.1), ('xây', 185.3, 202.3), ('dựng', 205.4, 230.8), ('kiên', 234.0, 255.3), ('cố', 258.5, 270.1), ('%', 495.7, 505.1), ('100,0', 549.4, 577.7), ('-', 629.4, 632.7), ('100,0', 659.0, 687.3), ('-', 740.4, 743.7), ('100,0', 772.7, 801.0)]),
    (93.3, [('2.', 49.9, 59.3), ('Tỷ', 72.6, 84.8), ('lệ', 87.9, 96.9), ('lao', 100.1, 115.1), ('động', 118.2, 143.2), ('qua', 146.3, 164.9), ('đào', 168.1, 186.2), ('tạo', 189.4, 205.2), ('%', 495.7, 505.1), ('95', 565.2, 577.8), ('99', 620.1, 632.7), ('100', 668.4, 687.3), ('101,0', 715.4, 743.7), ('105,3%', 763.3, 801.0)]),
]


def _words(lines: list[tuple[float, list[tuple[str, float, float]]]], page: int) -> list[Word]:
    return [Word(text, x0, top, x1, top + HEIGHT, page) for top, words in lines for text, x0, x1 in words]


def _stitched(p2: list[tuple[float, list[tuple[str, float, float]]]], p1: list[tuple[float, list[tuple[str, float, float]]]] = P1) -> Grid:
    grids = [*words_to_grids(_words(p1, 1), page=1, page_width=841.9, page_height=595.3),
             *words_to_grids(_words(p2, 2), page=2, page_width=841.9, page_height=595.3)]
    [table] = stitch_grids(grids)
    return table


def _names(table: Grid) -> list[str]:
    return [" ".join(c.text for c in row[:2]).strip() for row in table.rows[table.header_rows:]]


def test_the_rest_of_a_name_cut_inside_its_bracket_goes_back_into_its_row() -> None:
    names = _names(_stitched(P2))
    k = names.index("3. Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)")
    assert names[k + 1:k + 3] == ["II CHỈ TIÊU XÃ HỘI", "1. Tỷ lệ trường học được xây dựng kiên cố"]


def test_the_rest_of_a_name_cut_before_a_comma_is_glued_to_it() -> None:
    # The same row cut one word later, after "1": the rest starts on its comma, joined without a space.
    p1 = [(top, [*words, ("1", 463.4, 469.7)] if top == 517.7 else words) for top, words in P1]
    p2 = [(37.6, [(",", 72.6, 75.0), ("Bản", 78.2, 97.7), ("Thẳm)", 100.9, 132.9)]), *P2[1:]]
    names = _names(_stitched(p2, p1))
    k = names.index("3. Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)")
    assert names[k + 1] == "II CHỈ TIÊU XÃ HỘI"


def test_a_heading_under_a_name_whose_bracket_closed_stays_a_row() -> None:
    # The name's bracket closed on page 1: "Lĩnh vực xã hội" at the top of page 2 is a heading.
    p1_closed = [(top, [(t + ")" if t == "Chải" else t, a, b) for t, a, b in words]) for top, words in P1]
    grids = [*words_to_grids(_words(p1_closed, 1), page=1, page_width=841.9, page_height=595.3),
             *words_to_grids(_words([(37.6, [("Lĩnh", 72.6, 95.0), ("vực", 98.0, 115.0), ("xã", 118.0, 130.0),
                                               ("hội", 133.0, 150.0)]), *P2[1:]], 2),
                             page=2, page_width=841.9, page_height=595.3)]
    [table] = stitch_grids(grids)
    names = _names(table)
    k = names.index("3. Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải)")
    assert names[k + 1] == "Lĩnh vực xã hội"


def test_a_bracket_left_open_says_the_name_goes_on() -> None:
    above = "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải"
    assert _goes_on_name(above, "1, Bản Thẳm)")
    assert _goes_on_name(above, "Bản Thẳm)")
    # Cut before the comma: the rest starts on a mark no name or heading starts on.
    assert _goes_on_name("Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1",
                         ", Bản Thẳm)")
    assert _goes_on_name("Tỷ trọng kinh phí chi cho nghiên cứu phát triển (R&D", ")")
    # A section in Roman numerals, or a note in a bracket of its own, heads or ends no name.
    assert not _goes_on_name(above, "II CHỈ TIÊU XÃ HỘI")
    assert not _goes_on_name(above, "(Theo số liệu thống kê)")
    # A bracket opened and closed says nothing.
    closed = "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải)"
    assert not _goes_on_name(closed, "1, Bản Thẳm")
    assert not _goes_on_name(closed, "Lĩnh vực xã hội")
