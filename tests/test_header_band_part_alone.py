"""A "Trong đó" part alone under the header repeated at the top of a page is a body row, not part
of a header band (``extractor.pdf_words._header_band``, ``_named_figure_below``).

v31152 (dev, text 31000-31999): page 2 ends with row 38 "Tỷ lệ giao dịch hành chính thuộc diện
“phi tiếp xúc”" and "Trong đó:"; page 3 repeats the ruled header (its column numbers inside the
header cells: "Mục tiêu năm 2023 (4)") over the part alone, "Tỷ lệ giao dịch … vùng đồng bào dân
tộc thiểu số | % | 67,3", then the signature. The part has one figure and no number, so it was no
``is_body_row``; the lattice of header and part was taken for a header band (shading without a
body), the page read from whitespace, the name put in the number's column and lost. The word
boxes and rules are the page's own (pdfplumber); the signature under the table is left out.
"""

from __future__ import annotations

from extractor.pdf_words import Rule, Word, _named_figure_below, words_to_layout

Lines = list[tuple[float, float, bool, list[tuple[str, float, float]]]]

H_RULES: list[Rule] = [(36.5, 36.0, 805.4, 36.0), (36.5, 85.1, 805.4, 85.1), (36.5, 68.1, 805.4, 68.1)]
V_RULES: list[Rule] = [(36.5, 36.0, 36.5, 68.1), (36.5, 68.1, 36.5, 85.1), (805.4, 36.0, 805.4, 68.1), (805.4, 68.1,
805.4, 85.1), (57.2, 36.0, 57.2, 68.1), (610.3, 36.0, 610.3, 68.1), (651.5, 36.0, 651.5, 68.1), (690.0, 36.0, 690.0,
68.1), (728.5, 36.0, 728.5, 68.1), (766.9, 36.0, 766.9, 68.1), (57.2, 68.1, 57.2, 85.1), (610.3, 68.1, 610.3, 85.1),
(651.5, 68.1, 651.5, 85.1), (690.0, 68.1, 690.0, 85.1), (728.5, 68.1, 728.5, 85.1), (766.9, 68.1, 766.9, 85.1)]
V31152_PAGE3: Lines = [
    (40.1, 7.4, True, [('Mục', 656.7, 671.1), ('tiêu', 672.9, 684.8), ('Thực', 693.1, 709.9), ('hiện', 711.8,
725.3), ('Tỷ', 733.7, 742.4), ('lệ', 744.2, 749.6), ('đạt', 751.4, 761.7)]),
    (44.6, 7.4, True, [('Số', 42.9, 50.7), ('Đánh', 771.9, 789.2), ('giá', 791.0, 800.5)]),
    (49.1, 7.4, True, [('Nội', 319.3, 330.4), ('dung', 332.2, 348.3), ('Đơn', 613.0, 626.6), ('vị', 628.4,
634.2), ('tính', 636.1, 648.8), ('năm', 655.4, 669.4), ('2023', 671.3, 686.1), ('năm', 693.9, 707.9), ('2023',
709.7, 724.5), ('(%)', 741.5, 753.9)]),
    (53.6, 7.4, True, [('TT', 41.9, 51.8), ('(7)', 781.9, 790.5)]),
    (58.2, 7.4, True, [('(4)', 666.4, 675.1), ('(5)', 704.9, 713.5), ('(6)=(5)/(4)', 731.6, 763.8)]),
    (72.2, 7.4, False, [('Tỷ', 59.7, 67.9), ('lệ', 69.8, 75.1), ('giao', 76.9, 89.7), ('dịch', 91.5, 104.3),
('hành', 106.1, 120.5), ('chính', 122.4, 138.8), ('thuộc', 140.7, 157.1), ('diện', 158.9, 171.7), ('“phi',
173.5, 186.3), ('tiếp', 188.1, 199.2), ('xúc”', 201.1, 215.0), ('vùng', 216.9, 231.7), ('đồng', 233.5,
248.3), ('bào', 250.2, 260.9), ('dân', 262.7, 273.4), ('tộc', 275.3, 284.3), ('thiểu', 286.1, 300.9), ('số',
302.8, 309.4), ('%', 627.8, 634.0), ('67,3', 713.0, 726.0)]),
]


def _words(lines: Lines, page: int) -> list[Word]:
    return [Word(t, x0, top, x1, top + h, page, bold) for top, h, bold, ws in lines for t, x0, x1 in ws]


def test_a_part_alone_under_the_repeated_ruled_header_is_a_body_row() -> None:
    layout = words_to_layout(_words(V31152_PAGE3, 3), page=3, page_width=841.9, page_height=595.3,
                             h_rules=H_RULES, v_rules=V_RULES)
    assert len(layout.grids) == 1
    grid = layout.grids[0]
    rows = [[c.text for c in row] for row in grid.rows]
    assert grid.method == "pdfplumber-lines"
    assert rows[0][:3] == ["Số TT", "Nội dung", "Đơn vị tính"]
    assert rows[-1][:5] == [
        "", "Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc” vùng đồng bào dân tộc thiểu số", "%", "", "67,3",
    ]


HEADER = ["STT", "Nội dung", "Đơn vị tính", "Năm 2024", "Năm 2025", "So sánh (%)", "Ghi chú"]


def test_the_lower_rows_of_a_header_are_no_named_figure() -> None:
    # A stepped header's lower rows: years or kinds under group titles, the names' column empty.
    assert not _named_figure_below([HEADER, ["", "", "", "TH", "KH", "UTH 2025/KH 2025", ""]])
    assert not _named_figure_below([HEADER, ["", "", "", "2024", "2025", "", ""]])
    # A name with no figure under a figure column (a heading, a name's rest) is not one either.
    assert not _named_figure_below([HEADER, ["", "Phát triển kinh tế", "", "", "", "", ""]])
    assert not _named_figure_below([HEADER, ["", "Tỷ lệ hộ nghèo", "%", "", "", "", "12"]])


def test_a_name_and_one_figure_under_the_header_is_one() -> None:
    assert _named_figure_below([HEADER, ["", "Vùng đồng bào dân tộc thiểu số", "%", "", "67,3", "", ""]])
