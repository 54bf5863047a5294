"""Ruled tables: regressions found on the layout variants, each named for what broke.

Rules and words are placed as a text layer prints a ruled Biểu (text left, figures right).
"""

from __future__ import annotations

from itertools import pairwise

from extractor.grid import Grid
from extractor.pdf_words import Rule, Word, words_to_grids

CHAR, HEIGHT, ROW = 4.0, 8.0, 17.0


def _place(text: str, x: float, top: float) -> list[Word]:
    words, pos = [], x
    for token in text.split():
        words.append(Word(token, pos, top, pos + CHAR * len(token), top + HEIGHT, 1))
        pos += CHAR * (len(token) + 0.5)
    return words


def _ruled(rows: list[list[str]], xs: list[float], top: float) -> tuple[list[Word], list[Rule], list[Rule]]:
    """A fully ruled table: one printed line per row, each cell's text 3 pt inside its left rule."""
    ys = [top + k * ROW for k in range(len(rows) + 1)]
    words: list[Word] = []
    for y, row in zip(ys, rows, strict=False):
        for x, text in zip(xs, row, strict=False):
            words += _place(text, x + 3.0, y + 4.0) if text else []
    h = [(xs[0], y, xs[-1], y) for y in ys]
    v = [(x, ys[0], x, ys[-1]) for x in xs]
    return words, h, v


def _texts(grid: Grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid.rows]


XS = [40.0, 200.0, 240.0, 300.0, 360.0, 420.0]
HEADER = ["Chỉ tiêu", "ĐVT", "KH 2024", "UTH 2024", "TH 2023"]
BODY = [
    ["Thu nhập bình quân", "Tr.đ", "50,00", "46,00", "46,0"],
    ["Diện tích cây chè", "Ha", "2.200,00", "2.202,34", "2.222,34"],
    ["Tỷ lệ che phủ rừng", "%", "50,50", "51,30", "51,30"],
]


def test_heading_under_a_ruled_header_is_a_body_row() -> None:
    # With no STT column, the heading row "CHỈ TIÊU KINH TẾ" is not numbered: it was counted as a
    # second header row, every value header read "KH 2024 / CHỈ TIÊU KINH TẾ" and lost its role.
    words, h, v = _ruled([HEADER, ["CHỈ TIÊU KINH TẾ", "", "", "", ""], *BODY], XS, 100.0)
    grids = words_to_grids(words, page=1, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert grids[0].header_rows == 1
    assert _texts(grids[0])[1][0] == "CHỈ TIÊU KINH TẾ"


def test_continuation_page_starting_with_a_heading_has_no_header() -> None:
    # A continuation page without a repeated header whose first row is a heading took the heading
    # for its header, and the page became a table of its own with no column understood.
    words, h, v = _ruled([["CHỈ TIÊU MÔI TRƯỜNG", "", "", "", ""], *BODY], XS, 100.0)
    grids = words_to_grids(words, page=2, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert grids[0].header_rows == 0


def test_sub_header_under_a_group_of_one_column_stays_header() -> None:
    # A one-cell row in a figure column is a sub-header ("So sánh" over "UTH/KH"), not a heading.
    top_row = ["Chỉ tiêu", "ĐVT", "KH 2024", "UTH 2024", "So sánh"]
    words, h, v = _ruled([top_row, ["", "", "", "", "UTH/KH"], *BODY], XS, 100.0)
    grids = words_to_grids(words, page=1, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert grids[0].header_rows == 2


def test_two_ruled_tables_whose_borders_are_two_points_apart_keep_their_outer_columns() -> None:
    # Snapping put the left borders of two tables on one page (x 76.5 and 78.7) at one x between
    # them; the rules across then stopped 1.1 pt short of it and both outer columns were lost.
    upper, h1, v1 = _ruled([HEADER, *BODY], XS, 100.0)
    shifted = [x + 2.2 for x in XS]
    lower, h2, v2 = _ruled([HEADER, *BODY], shifted, 200.0)
    grids = words_to_grids([*upper, *lower], page=1, page_width=595, page_height=842, h_rules=h1 + h2, v_rules=v1 + v2)
    assert len(grids) == 2
    for grid in grids:
        assert _texts(grid)[0] == HEADER
        assert _texts(grid)[1] == BODY[0]


def test_heading_merged_across_the_table_under_a_ruled_header_is_a_body_row() -> None:
    # The heading's cell is merged from the names' column to the last one: the lattice repeats its
    # text in each column, and the row was counted as a second header row.
    words, h, v = _ruled([HEADER, ["CHỈ TIÊU KINH TẾ", "", "", "", ""], *BODY], XS, 100.0)
    top, bottom = 100.0 + ROW, 100.0 + 2 * ROW  # the heading row: no inner rules cross it
    v = [r for r in v if r[0] in (XS[0], XS[-1])] + [
        seg for x in XS[1:-1] for seg in ((x, 100.0, x, top), (x, bottom, x, 100.0 + (len(BODY) + 2) * ROW))
    ]
    grids = words_to_grids(words, page=1, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert _texts(grids[0])[1] == ["CHỈ TIÊU KINH TẾ"] * 5
    assert grids[0].header_rows == 1


def test_last_row_alone_on_a_continuation_page_is_a_table_row() -> None:
    # Seed 002's Phụ lục I continued without its header: page 2 held one ruled row ("25. Tỷ lệ
    # người dân có Sổ sức khỏe điện tử | % | - | >95 | 100 | 100 | 100"). A lattice needed two
    # rows, so the row became running text and its figures vanished from the table.
    from extractor.stitch import stitch_grids

    words1, h1, v1 = _ruled([HEADER, *BODY], XS, 100.0)
    page1 = words_to_grids(words1, page=1, page_width=595, page_height=842, h_rules=h1, v_rules=v1)
    words2, h2, v2 = _ruled([["Tỷ lệ người dân có Sổ sức khỏe", "%", ">95", "100", "100"]], XS, 60.0)
    words2 = [Word(w.text, w.x0, w.top, w.x1, w.bottom, 2) for w in words2]
    page2 = words_to_grids(words2, page=2, page_width=595, page_height=842, h_rules=h2, v_rules=v2)
    assert len(page2) == 1 and _texts(page2[0]) == [["Tỷ lệ người dân có Sổ sức khỏe", "%", ">95", "100", "100"]]
    stitched = stitch_grids([*page1, *page2])
    assert len(stitched) == 1 and _texts(stitched[0])[-1][0] == "Tỷ lệ người dân có Sổ sức khỏe"


def test_one_ruled_band_of_header_words_is_not_a_table() -> None:
    # A shaded header band (or a framed title) rules one row; without figures it is no table row.
    words, h, v = _ruled([HEADER], XS, 100.0)
    assert words_to_grids(words, page=1, page_width=595, page_height=842, h_rules=h, v_rules=v) == []


def test_rows_under_the_column_numbers_are_body_whatever_they_print() -> None:
    # A continuation page of variant 107: the header and its column letters repeated, then the
    # parts of the row above the page break ("Các xã | Tấn | 19.328"), unnumbered and with one
    # figure each. They were counted as header rows: two rows lost.
    xs = [40.0, 80.0, 240.0, 280.0, 340.0, 400.0]
    words, h, v = _ruled([
        ["Số thứ tự", "Danh mục", "Đơn vị", "Chỉ tiêu năm 2025", "Kết quả thực hiện năm 2025"],
        ["A", "B", "C", "1", "2"],
        ["", "Các xã", "Tấn", "19.328", ""],
        ["", "Thị trấn", "Tấn", "22.317", ""],
        ["5", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số", "%", "70", "79"],
    ], xs, 60.0)
    grids = words_to_grids(words, page=2, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert grids[0].header_rows == 2
    assert [r[1] for r in _texts(grids[0])[2:]] == ["Các xã", "Thị trấn", "Tỷ lệ doanh nghiệp ứng dụng công nghệ số"]


def test_a_ruled_header_band_alone_at_the_foot_of_a_page_heads_its_body() -> None:
    # v2575: Biểu 5 printed its header in one ruled band at the foot of page 1 (its cells centred
    # over several lines, "Đơn vị / tính" beside "Nội dung chỉ tiêu"), its ruled rows on page 2.
    # The band without figures was taken for a shaded header over an unruled body and left to the
    # whitespace reader, which made no table of it: page 2 had no header, a doubt, and its
    # figures no role.
    from extractor.stitch import stitch_grids

    xs = [40.0, 80.0, 240.0, 290.0, 370.0, 450.0]
    header = ["Số thứ tự", "Nội dung chỉ tiêu", "Đơn vị tính", "Mục tiêu năm 2024", "Mục tiêu năm 2025"]
    band, h1, v1 = _ruled([header], xs, 780.0)
    band += _place("1", 300.0, 820.0)  # the page number
    page1 = words_to_grids(band, page=1, page_width=595, page_height=842, h_rules=h1, v_rules=v1)
    body = [["1.", "Thu nhập bình quân", "Tr.đ", "50,00", "46,00"], ["2.", "Diện tích cây chè", "Ha", "2.200", "2.202"]]
    words2, h2, v2 = _ruled(body, xs, 40.0)
    words2 = [Word(w.text, w.x0, w.top, w.x1, w.bottom, 2) for w in words2]
    page2 = words_to_grids(words2, page=2, page_width=595, page_height=842, h_rules=h2, v_rules=v2)
    [table] = stitch_grids([*page1, *page2])
    assert _texts(table)[0] == header
    assert table.header_rows == 1 and _texts(table)[1:] == body


def test_a_ruled_header_band_over_more_lines_is_still_not_a_table() -> None:
    # The same band with lines under it (an unruled body below a shaded header) stays words.
    words, h, v = _ruled([["Số thứ tự", "Nội dung chỉ tiêu", "Đơn vị tính", "KH 2024", "UTH 2024"]], XS, 100.0)
    words += _place("1 Thu nhập bình quân Tr.đ 50,00 46,00", 43.0, 125.0)
    assert all(g.method != "pdfplumber-lines" for g in
               words_to_grids(words, page=1, page_width=595, page_height=842, h_rules=h, v_rules=v))


def test_the_column_numbers_repeated_under_a_repeated_header_are_dropped_with_it() -> None:
    # v4665: page 2 of a ruled table repeats the header and its column numbers "1 … 7" over one part
    # ("Trong đó: Riêng vùng đồng bào dân tộc thiểu số | % | | 79"). Only the header's row was taken
    # for the repeat: the numbers became a body row named "2", and the part's parent.
    from extractor.grid import GridCell
    from extractor.model import Provenance
    from extractor.stitch import stitch_grids

    def grid(rows: list[list[str]], page: int, header_rows: int) -> Grid:
        return Grid(rows=tuple(tuple(GridCell(t, Provenance(page=page)) for t in r) for r in rows), header_rows=header_rows,
                    provenance=Provenance(page=page), method="pdfplumber-lines")

    header = ["Số TT", "Các chỉ tiêu chủ yếu", "ĐVT", "Kế hoạch năm 2023 được giao", "Ước đạt năm 2023", "Mức độ hoàn thành",
              "Ghi chú"]
    numbers = ["1", "2", "3", "4", "5", "6", "7"]
    page1 = grid([header, numbers, ["1", "Số kết quả khoa học và công nghệ được ứng dụng", "%", "< 88", "90", "Vượt", ""],
                  ["2", "Tỷ lệ lao động qua đào tạo", "%", "72", "79", "Vượt", ""]], 1, 2)
    page2 = grid([header, numbers, ["", "Trong đó: Riêng vùng đồng bào dân tộc thiểu số", "%", "", "79", "", ""]], 2, -1)
    [table] = stitch_grids([page1, page2])
    assert [r[1].text for r in table.rows[table.header_rows:]] == [
        "Số kết quả khoa học và công nghệ được ứng dụng", "Tỷ lệ lao động qua đào tạo", "Trong đó: Riêng vùng đồng bào dân tộc thiểu số"]


def test_a_names_rest_under_a_repeated_ruled_header_is_no_header_band() -> None:
    # v15510 by Writer: page 2 repeats the three-row header over the rest of the name cut at the
    # page break ("truyền hình và nghe đài phát thanh"), then the signature block. Taken with the
    # repeat for a header band, the ruled rows were read from whitespace: the repeat became body
    # rows, the signature a row, and the name stayed cut.
    xs = [40.0, 80.0, 240.0, 290.0, 370.0, 450.0]
    words, h, v = _ruled([["Số thứ tự", "Chỉ tiêu", "Đơn vị tính", "Năm 2021", "Năm 2022"],
                          ["", "", "", "TH", "KH"],
                          ["", "truyền hình và nghe đài phát thanh", "", "", ""]], xs, 40.0)
    (grid,) = words_to_grids(words, page=2, page_width=595, page_height=842, h_rules=h, v_rules=v)
    assert grid.method == "pdfplumber-lines" and _texts(grid)[-1][1] == "truyền hình và nghe đài phát thanh"


def test_a_ruled_repeat_over_a_names_rest_drops_all_its_rows_and_the_rest_goes_on() -> None:
    # v14410 by Writer: page 2 repeats the two-row header ("Kết quả thực hiện" over "2023 | Ước
    # 2024") over the rest of the last name of page 1. Its reader counted the repeat one row deep:
    # the years' row became a nameless row of figures 2023 and 2024, and the rest no spill.
    from extractor.stitch import stitch_grids

    xs = [40.0, 200.0, 240.0, 300.0, 360.0]
    top = ["Tên chỉ tiêu", "Đơn vị", "Kết quả thực hiện", "Kết quả thực hiện"]
    years = ["", "", "2023", "Ước 2024"]
    body = [["Tỷ lệ che phủ rừng", "%", "49,90", "44,98"], ["Tỷ lệ số xã, phường, thị trấn", "%", "90,4", "100,0"]]
    words1, h1, v1 = _ruled([top, years, *body], xs, 600.0)
    page1 = words_to_grids(words1, page=1, page_width=595, page_height=842, h_rules=h1, v_rules=v1)
    words2, h2, v2 = _ruled([top, years, ["tại các huyện được thu gom", "", "", ""]], xs, 40.0)
    words2 = [Word(w.text, w.x0, w.top, w.x1, w.bottom, 2) for w in words2]
    page2 = words_to_grids(words2, page=2, page_width=595, page_height=842, h_rules=h2, v_rules=v2)
    [table] = stitch_grids([*page1, *page2])
    assert _texts(table)[2:] == [body[0], ["Tỷ lệ số xã, phường, thị trấn tại các huyện được thu gom", "%", "90,4", "100,0"]]


def _chromium_borders(xs: tuple[float, ...], top: float, bottom: float) -> list[Rule]:
    """Chromium's separate cell borders: each outer side drawn as four 0.75 pt-apart lines."""
    return [(x + 0.75 * k, top, x + 0.75 * k, bottom) for x in xs for k in range(4)]


def test_rows_under_a_merged_heading_keep_their_rules_when_two_tables_borders_snap_together() -> None:
    # Chromium v16000, page 1, with the real rule and word positions: the upper table's left
    # border is drawn at x 60.75-63.0, the lower one's at 64.5-66.75; snapping chained both into
    # one x, 63.19, and the lower table's row rules, which end at 66.75, then stopped 3.6 pt short
    # of it. Under the merged heading "A Kinh tế" the four rows (and the heading) were one cell.
    upper_h = [(63.0, y, 779.25, y) for y in (84.3, 150.7, 168.7, 186.7)]
    # The upper table draws its borders row by row, so its lines outnumber the lower one's.
    upper_v = [r for a, b in pairwise((84.3, 150.7, 168.7, 186.7)) for r in _chromium_borders((60.75, 779.25), a, b)]
    upper_v += [(93.0, 84.3, 93.0, 186.7), (493.5, 84.3, 493.5, 186.7)]
    inner = (93.0, 493.5, 541.5, 592.5, 644.25, 696.0)
    header, heading, rows = (357.75, 412.5), (412.5, 430.5), (430.5, 448.5, 466.5, 484.5)
    lower_h = [(64.5, 357.0, 777.75, 357.0), (64.5, 412.5, 777.75, 412.5)]
    lower_h += [(66.75, y, 775.5, y) for y in rows[:-1]] + [(64.5, 484.5, 777.75, 484.5)]
    lower_v = _chromium_borders((64.5, 775.5), 357.0, 484.5)
    lower_v += [(x, header[0], x, header[1]) for x in inner]
    lower_v += [(93.0, heading[0], 93.0, heading[1])] + [(x, rows[0], x, rows[-1]) for x in inner]
    words = [
        Word("TT", 73.6, 380.7, 85.7, 390.6, 1), Word("Chỉ", 245.8, 380.7, 260.0, 390.6, 1),
        Word("tiêu", 262.0, 380.7, 280.0, 390.6, 1), Word("Đơn", 502.3, 374.7, 522.5, 384.6, 1),
        Word("Chỉ", 549.3, 368.7, 565.2, 378.6, 1), Word("tiêu", 567.9, 368.7, 585.5, 378.6, 1),
        Word("2022", 567.9, 380.7, 590.0, 390.6, 1), Word("Kết", 600.7, 362.7, 616.7, 372.6, 1),
        Word("quả", 619.4, 362.7, 637.0, 372.6, 1), Word("2022", 619.4, 386.7, 641.4, 396.6, 1),
        Word("Tỷ", 650.0, 374.7, 661.6, 384.6, 1), Word("lệ", 664.3, 374.7, 672.5, 384.6, 1),
        Word("Đánh", 715.2, 368.7, 739.9, 378.6, 1), Word("giá", 742.7, 368.7, 757.0, 378.6, 1),
        Word("A", 76.1, 416.7, 83.3, 426.6, 1), Word("Kinh", 96.0, 416.7, 118.0, 426.6, 1),
        Word("tế", 120.8, 416.7, 129.6, 426.6, 1),
    ]
    body = [
        ("1", "Huyện đạt nông thôn mới", "Tiêu chí", "89", "101", "113,5", "Vượt"),
        ("2", "Tỷ lệ hộ nghèo", "%", "2,5", "2,1", "84,0", "Đạt"),
        ("3", "Tỷ lệ che phủ rừng", "%", "50", "51", "102,0", "Vượt"),
    ]
    for top, row in zip(rows, body, strict=False):
        for x, text in zip((76.9, 96.0, 500.5, 565.5, 617.0, 669.2, 699.0), row, strict=True):
            words += [Word(t, x + 20 * k, top + 3.4, x + 20 * k + 15, top + 13.3, 1) for k, t in enumerate(text.split())]
    grids = words_to_grids(
        words, page=1, page_width=842, page_height=595, h_rules=upper_h + lower_h, v_rules=upper_v + lower_v
    )
    lower = [g for g in grids if g.provenance.bbox[1] > 300]
    assert len(lower) == 1
    texts = _texts(lower[0])
    assert texts[1] == ["A"] + ["Kinh tế"] * 6
    assert texts[2:] == [list(row) for row in body]


def test_only_a_rule_that_touches_a_crossing_rule_follows_its_snapping() -> None:
    from extractor.rule_ends import reach_snapped

    v = [(60.0, 0.0, 60.0, 100.0), (62.0, 0.0, 62.0, 100.0), (64.0, 0.0, 64.0, 100.0)]
    touching, short, below = (64.0, 50.0, 300.0, 50.0), (69.0, 60.0, 300.0, 60.0), (64.0, 120.0, 300.0, 120.0)
    h, same_v = reach_snapped([touching, short, below], v, snap=3.0, touch=3.0)
    # The first reaches over the whole cluster (x 60-64), wherever snapping puts it; a rule 5 pt
    # short of it, or below the crossing rules' ends, is left as drawn, and so are the crossing rules.
    assert h == [(60.0, 50.0, 300.0, 50.0), short, below]
    assert same_v == v


def test_a_word_run_over_its_cells_foot_rule_stays_in_that_cell() -> None:
    # v18240 by Writer, page 2's top: a header row split at the page break, its rest ("nhiệm kỳ"
    # over "2020-2025" in the target column) in a row too short for it. "2020-2025" starts above
    # the rule under that row and was read into the heading "1. CHỈ TIÊU KINH TẾ" (a range 2020-2025
    # of its own), the column's period lost. Words and rules as pdfplumber reads them.
    xs = [64.7, 97.0, 407.6, 457.0, 510.4, 563.4, 616.3, 669.5, 723.1, 777.2]
    ys = [36.1, 68.1, 86.3, 118.3]
    placed = [("nhiệm", 464.4, 53.6, 490.5), ("kỳ", 493.0, 53.6, 503.3), ("năm", 730.0, 53.6, 748.5),
              ("2023", 750.9, 53.6, 770.5), ("1.", 77.3, 69.6, 84.7), ("CHỈ", 99.4, 69.6, 117.9),
              ("TIÊU", 120.3, 69.6, 144.3), ("KINH", 146.8, 69.6, 172.9), ("TẾ", 175.3, 69.6, 188.4),
              ("2020-2025", 462.6, 67.3, 505.0), ("1.1", 74.9, 87.9, 87.1), ("Tỷ", 99.4, 87.9, 110.8),
              ("lệ", 113.3, 87.9, 120.3), ("%", 427.5, 87.9, 437.3), ("100", 493.6, 87.9, 508.3),
              ("100", 546.6, 87.9, 561.3), ("91", 604.4, 87.9, 614.2), ("96", 657.6, 87.9, 667.4),
              ("96.0", 703.9, 87.9, 721.0), ("Chưa", 725.5, 87.9, 748.8), ("đạt", 751.2, 87.9, 764.8)]
    words = [Word(t, x0, top, x1, top + 9.8, 2) for t, x0, top, x1 in placed]
    h = [(xs[0], y, xs[-1], y) for y in ys]
    v = [(x, ys[0], x, ys[-1]) for x in xs]
    grids = words_to_grids(words, page=2, page_width=842, page_height=595, h_rules=h, v_rules=v)
    rows = _texts(grids[0])
    assert rows[0][3] == "nhiệm kỳ 2020-2025"
    assert rows[1][:4] == ["1.", "CHỈ TIÊU KINH TẾ", "", ""]
    # The rows' own words, a padding under their top rules, stay where they are.
    assert rows[2][:2] == ["1.1", "Tỷ lệ"] and rows[2][4] == "100"
