"""A header cell's last line printed lower than its neighbours is header, and the name wrapped under the
first row is that row's (``extractor.pdf_words``: ``_spilled_rest``, the body's wrapped lines).

v19225 printed by LibreOffice Writer (a development seed, 18005-19995 every 20th), page 2: the header
of "Phụ lục I" repeated (shaded), its cell "Số / thứ / tự" centred on three lines 12.4 pt apart, its
"tự" 10.2 pt under the years beside it; then row 20, "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng
dụng công / nghệ số", and row 21. "tự" was taken for the rest of a row cut at page 1's foot (one
phrase in small letters under the header), and the page's pitch, measured from it to row 20 (8.9
pt), was smaller than the name's own leading (12.4 pt): "nghệ số" became a row of its own and the
name came out cut, its 5 targets under it. The words and rules are the PDF's own (pdfplumber), the
page from its top to the table's foot.
"""

from __future__ import annotations

from extractor.pdf_words import Word, words_to_layout

Lines = list[tuple[float, float, list[tuple[str, float, float]]]]

V19225_PAGE2: Lines = [
    (38.5, 8.7, [('Số', 74.3, 86.4), ('Mức', 503.0, 524.2), ('chỉ', 527.3, 542.2), ('tiêu', 545.2, 564.4)]),
    (40.7, 8.7, [('Cơ', 664.2, 676.9), ('quan', 679.9, 704.3), ('chủ', 707.3, 725.2), ('trì', 728.3, 740.2), ('thực', 743.2, 765.1)]),
    (46.9, 8.7, [('Chỉ', 212.7, 229.2), ('tiêu', 232.3, 251.4), ('ĐVT', 381.4, 402.2)]),
    (50.9, 8.7, [('thứ', 72.0, 88.6)]),
    (53.1, 8.7, [('hiện', 683.9, 705.3), ('chỉ', 708.4, 723.3), ('tiêu', 726.4, 745.5)]),
    (55.4, 8.7, [('2025', 426.0, 450.1), ('2030', 473.8, 497.9), ('2035', 521.6, 545.7), ('2040', 569.4, 593.5), ('2045', 617.2, 641.3)]),
    (63.3, 8.7, [('tự', 75.2, 85.5)]),
    (72.2, 8.7, [('20.', 73.4, 87.2), ('Tỷ', 97.0, 107.7), ('lệ', 110.5, 118.3), ('doanh', 121.2, 148.4), ('nghiệp', 151.1, 181.3), ('vừa', 184.1, 199.8), ('và', 202.5, 212.6), ('nhỏ', 215.4, 231.8), ('địa', 234.6, 248.1), ('phương', 250.9, 284.1), ('ứng', 286.8, 303.6), ('dụng', 306.4, 328.6), ('công', 331.5, 352.7), ('%', 387.7, 396.0), ('>30', 428.9, 447.2), ('>60', 476.7, 495.0), ('>85', 524.5, 542.8), ('100', 573.2, 589.7), ('100', 621.0, 637.5)]),
    (84.6, 8.7, [('nghệ', 97.0, 118.8), ('số', 121.7, 131.4)]),
    (101.4, 8.7, [('21.', 73.4, 87.2), ('Tỷ', 97.0, 107.7), ('lệ', 110.5, 118.3), ('người', 121.2, 145.9), ('dân', 148.7, 165.0), ('có', 167.7, 177.9), ('tài', 180.6, 192.1), ('khoản', 194.9, 221.8), ('định', 224.5, 244.1), ('danh', 246.8, 268.8), ('điện', 271.5, 290.6), ('tử', 293.3, 302.4), ('(VNeID)', 305.2, 341.4), ('%', 387.7, 396.0), ('>60', 428.9, 447.2), ('>80', 476.7, 495.0), ('>95', 524.5, 542.8), ('100', 573.2, 589.7), ('100', 621.0, 637.5)]),
]
V19225_RULES2 = ([(65.8, 36.4, 776.1, 36.4), (414.1, 70.7, 653.1, 70.7), (65.8, 117.0, 776.1, 117.0), (65.8, 36.0, 94.6, 36.0), (65.8, 70.6, 94.6, 70.6), (94.6, 36.0, 369.2, 36.0), (94.6, 70.6, 369.2, 70.6), (369.3, 36.0, 414.0, 36.0), (369.3, 70.6, 414.0, 70.6), (414.1, 36.0, 653.0, 36.0), (414.1, 53.7, 653.0, 53.7), (653.1, 36.0, 776.0, 36.0), (653.1, 70.6, 776.0, 70.6), (414.1, 53.7, 461.9, 53.7), (414.1, 70.6, 461.9, 70.6), (461.9, 53.7, 509.6, 53.7), (461.9, 70.6, 509.6, 70.6), (509.7, 53.7, 557.5, 53.7), (509.7, 70.6, 557.5, 70.6), (557.5, 53.7, 605.2, 53.7), (557.5, 70.6, 605.2, 70.6), (605.3, 53.7, 653.0, 53.7), (605.3, 70.6, 653.0, 70.6)],
          [(65.8, 36.0, 65.8, 70.6), (94.6, 36.0, 94.6, 70.6), (94.6, 36.0, 94.6, 70.6), (369.2, 36.0, 369.2, 70.6), (369.3, 36.0, 369.3, 70.6), (414.0, 36.0, 414.0, 70.6), (414.1, 36.0, 414.1, 53.7), (653.0, 36.0, 653.0, 53.7), (653.1, 36.0, 653.1, 70.6), (776.0, 36.0, 776.0, 70.6), (414.1, 53.7, 414.1, 70.6), (461.9, 53.7, 461.9, 70.6), (461.9, 53.7, 461.9, 70.6), (509.6, 53.7, 509.6, 70.6), (509.7, 53.7, 509.7, 70.6), (557.5, 53.7, 557.5, 70.6), (557.5, 53.7, 557.5, 70.6), (605.2, 53.7, 605.2, 70.6), (605.3, 53.7, 605.3, 70.6), (653.0, 53.7, 653.0, 70.6)])


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(text, x0, top, x1, top + h, page) for top, h, words in lines for text, x0, x1 in words]


def test_a_lower_last_line_of_a_header_cell_and_a_name_wrapped_under_the_first_row() -> None:
    h, v = V19225_RULES2
    layout = words_to_layout(_words(V19225_PAGE2, 2), page=2, page_width=841.9, page_height=595.3, h_rules=h, v_rules=v)
    [grid] = layout.grids
    assert grid.rows[0][0].text == "Số thứ tự"
    body = [[c.text for c in r] for r in grid.rows[grid.header_rows:]]
    assert [r[0] for r in body] == ["20.", "21."]
    assert body[0][1] == "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số"
    assert body[0][2:8] == ["%", ">30", ">60", ">85", "100", "100"]
