"""Tables LibreOffice Writer cut at a page break, read from the words' real coordinates (development
seeds 15000-16999 printed by Writer): a page holding one row under a grouped header, a header row cut
after its first line, a repeat over a name's rest, a caption under a ruled table, a repeat whose
centred cells sit a row lower, a header alone over one heading, a name's rest of several lines, a
paragraph with a word that reads as a unit."""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.pdf_words import Word, running_text, words_to_layout
from extractor.stitch import carry_captions, stitch_grids


def _words(spots: list[tuple[str, float, float, float]], page: int, height: float) -> list[Word]:
    return [Word(t, x0, top, x1, top + height, page) for t, x0, top, x1 in spots]


def _texts(grid: Grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid.rows]


# v15560, page 1 (landscape, large font): "Mục tiêu" centred over "2024 | 2025 | 2030", one row under
# them, its figures right-aligned ("-" at the first target column's right edge), the page number.
V15560 = [
    ("Số", 68.6, 463.8, 83.1), ("Mục", 665.3, 463.8, 689.0), ("tiêu", 692.6, 463.8, 715.3), ("thứ", 66.1, 478.4, 85.6),
    ("Chỉ", 287.1, 478.4, 305.5), ("tiêu", 309.1, 478.4, 331.8), ("Đơn", 530.3, 478.4, 553.3), ("vị", 556.9, 478.4, 567.1),
    ("tính", 570.7, 478.4, 593.8), ("2024", 618.8, 487.9, 647.4), ("2025", 682.6, 487.9, 711.2),
    ("2030", 739.8, 487.9, 768.4), ("tự", 69.7, 493.0, 81.9), ("I", 73.9, 512.1, 77.7), ("Phát", 94.8, 512.1, 121.5),
    ("triển", 125.1, 512.1, 152.9), ("kinh", 156.5, 512.1, 181.6), ("tế", 185.1, 512.1, 197.0), ("1", 72.6, 531.2, 79.2),
    ("Duy", 94.8, 531.2, 115.3), ("trì", 118.6, 531.2, 129.7), ("phát", 132.9, 531.2, 156.4),
    ("triển", 159.6, 531.2, 183.6), ("các", 186.9, 531.2, 204.4), ("bản", 207.7, 531.2, 227.1), ("du", 230.3, 531.2, 243.5),
    ("lịch", 246.7, 531.2, 264.6), ("Bản", 552.1, 531.2, 572.0), ("-", 662.6, 531.2, 666.3), ("3", 716.5, 531.2, 723.1),
    ("3", 774.2, 531.2, 780.8), ("1", 417.8, 546.6, 424.4),
]


def _prose(tops: list[float], page: int, height: float) -> list[Word]:
    """Lines of running text above a table, set as the page sets them (their leading is the page's pitch)."""
    return [Word("chữ", 54.0 + 34.0 * k, top, 84.0 + 34.0 * k, top + height, page) for top in tops for k in range(20)]


def test_a_group_title_over_one_rows_figures_widens_no_column() -> None:
    # "Mục tiêu" reached 2 pt over the first column's "-": widened by it, that column took "2025"
    # too, the "3"s under 2025 became a column apart, and the body on the next page (three target
    # columns) was read under four, its figures under the wrong years.
    words = _prose([311.8, 331.1, 350.4, 369.7], 1, 12.3) + _words(V15560, 1, 10.3)
    layout = words_to_layout(words, page=1, page_width=842.0, page_height=595.0)
    (grid,) = layout.grids
    rows = _texts(grid)
    assert [r[3:] for r in rows[:2]] == [["Mục tiêu"] * 3, ["2024", "2025", "2030"]]
    assert rows[-1][2:] == ["Bản", "-", "3", "3"]


# v15590: Writer cut the header row of BIỂU 05 after its first line at the foot of page 1 (ruled
# across only), the rest of its cells' lines at the top of page 2, over the body.
V15590_FOOT = [
    ("Số", 42.0, 535.6, 51.0), ("TT", 53.1, 535.6, 64.4), ("Các", 293.6, 535.6, 307.8), ("chỉ", 309.9, 535.6, 320.7),
    ("tiêu", 322.9, 535.6, 336.5), ("chủ", 338.7, 535.6, 351.9), ("yếu", 354.0, 535.6, 366.7), ("Đơn", 602.7, 535.6, 618.2),
    ("vị", 620.4, 535.6, 627.0), ("Kế", 645.4, 535.6, 655.8), ("hoạch", 657.9, 535.6, 679.6), ("năm", 681.7, 535.6, 697.7),
    ("Ước", 715.9, 535.6, 731.2), ("đạt", 733.3, 535.6, 745.0), ("Mức", 764.9, 535.6, 781.8), ("độ", 783.9, 535.6, 792.8),
    ("1", 419.0, 549.0, 423.2),
]
V15590_TOP = [
    ("tính", 607.5, 38.5, 622.1), ("2022", 644.2, 38.5, 661.1), ("được", 663.3, 38.5, 681.5), ("giao", 683.7, 38.5, 698.8),
    ("năm", 712.9, 38.5, 729.0), ("2022", 731.1, 38.5, 748.0), ("hoàn", 758.2, 38.5, 776.1), ("thành", 778.3, 38.5, 799.5),
    ("I", 51.6, 54.9, 54.9), ("Phát", 69.8, 54.9, 86.7), ("triển", 88.9, 54.9, 106.3), ("kinh", 108.4, 54.9, 125.0),
    ("tế", 127.1, 54.9, 133.7), ("1.", 50.1, 71.3, 56.4), ("Tỷ", 69.8, 71.3, 79.2), ("trọng", 81.3, 71.3, 99.2),
    ("kinh", 101.4, 71.3, 116.5), ("tế", 118.5, 71.3, 124.7), ("số", 126.8, 71.3, 134.4), ("%", 611.3, 71.3, 618.4),
    ("5", 699.9, 71.3, 704.1), ("5", 748.1, 71.3, 752.4), ("Đạt", 756.8, 71.3, 769.0), ("2.", 50.1, 87.7, 56.4),
    ("Tỷ", 69.8, 87.7, 79.2), ("lệ", 81.3, 87.7, 88.0), ("hộ", 90.1, 87.7, 99.0), ("%", 611.3, 87.7, 618.4),
    ("100,00", 681.0, 87.7, 704.1), ("99,18", 733.0, 87.7, 752.4), ("Chưa", 756.8, 87.7, 775.0), ("đạt", 777.0, 87.7, 788.0),
]


def test_a_header_row_cut_after_its_first_line_heads_the_body_on_the_next_page() -> None:
    # Left as running text, the line on page 1 headed nothing: page 2's rest of the header ("tính |
    # 2022 được giao | năm 2022 | hoàn thành") headed a table of its own, every role a guess.
    foot = words_to_layout(_words(V15590_FOOT, 1, 8.5), page=1, page_width=842.0, page_height=595.0)
    (head,) = foot.grids
    top = words_to_layout(_words(V15590_TOP, 2, 8.5), page=2, page_width=842.0, page_height=595.0)
    (table,) = stitch_grids([head, *top.grids])
    assert _texts(table)[0] == ["Số TT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Kế hoạch năm 2022 được giao",
                                "Ước đạt năm 2022", "Mức độ hoàn thành"]
    assert table.header_rows == 1 and _texts(table)[-1][1:] == ["Tỷ lệ hộ", "%", "100,00", "99,18", "Chưa đạt"]


def test_a_header_line_alone_higher_up_the_page_is_no_table() -> None:
    # With the page's lower part under it, one line of header words is a title or a shaded band
    # over a body read apart, not a header row cut at the page break.
    spots = [(t, x0, top - 300.0, x1) for t, x0, top, x1 in V15590_FOOT if t != "1"]
    layout = words_to_layout(_words(spots, 1, 8.5), page=1, page_width=842.0, page_height=595.0)
    assert layout.grids == ()


def _grid(page: int, rows: list[list[str]], header_rows: int, bbox: tuple[float, float, float, float]) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=page)) for t in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, provenance=Provenance(page=page, bbox=bbox), method="words")


def test_a_caption_whose_box_starts_on_the_tables_last_rule_is_carried_to_the_next_page() -> None:
    # v15310: "BIỂU 04" right under the ruled table above it, its box's top 0.8 pt above that
    # table's bottom rule; not carried, the next page's table (the same header) was stitched under
    # the one above, and its rows took that table's sections ("I.1.1" for "1.1").
    head = ["Số thứ tự", "Chỉ tiêu", "Chỉ tiêu 2022 (%)", "Kết quả thực hiện năm 2022 (%)"]
    first = _grid(1, [head, ["1.", "Tăng trưởng đàn gia súc", "> 6", "8.3"]], 1, (56.1, 284.0, 786.0, 433.0))
    second = _grid(2, [head, ["1.1", "Tỷ lệ người dân có chữ ký số", "84", "72"]], 1, (82.0, 36.0, 760.0, 186.0))
    caption = [TextLine("BIỂU 04", Provenance(page=1, bbox=(399.7, 432.2, 442.5, 443.8))),
               TextLine("Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2022", Provenance(page=1, bbox=(291.6, 454.5, 550.4, 466.1)))]
    assert carry_captions([first, second], caption)[1].title == "BIỂU 04 Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2022"
    assert len(stitch_grids([first, second], None, caption)) == 2


def test_a_repeat_whose_centred_cells_sit_a_row_lower_is_a_repeat() -> None:
    # v15540: on page 2 "Chỉ tiêu | ĐVT" came out beside the header's second row, not its first:
    # no longer the same first row, the repeat and the one row under it ("b) Bổ sung có mục tiêu")
    # made a table of its own, the row without its parent and section.
    top = ["Số thứ tự", "Chỉ tiêu", "ĐVT", "Quyết toán năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)", "So sánh (%)"]
    mid = ["", "", "", "", "Dự toán giao", "Ước TH", "Ước TH năm 2023 so với", "Ước TH năm 2023 so với"]
    low = ["", "", "", "", "", "", "Dự toán", "Cùng kỳ"]
    first = _grid(1, [top, mid, low, ["a)", "Bổ sung cân đối", "Triệu đồng", "115,028", "109,484", "111,947", "102.25", "97.3"]],
                  3, (96.0, 229.0, 750.0, 531.0))
    again = [["Số thứ tự", "", "", "Quyết toán năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)", "So sánh (%)"],
             ["", "Chỉ tiêu", "ĐVT", "", "Dự toán giao", "Ước TH", "Ước TH năm 2023 so với", "Ước TH năm 2023 so với"], low]
    row = ["b)", "Bổ sung có mục tiêu", "Triệu đồng", "131,998", "160,632", "128,204", "79.81", "97.1"]
    second = _grid(2, [*again, row], 3, (96.0, 38.0, 750.0, 118.0))
    (table,) = stitch_grids([first, second])
    assert table.header_rows == 3 and _texts(table)[-1] == row and len(table.rows) == 5


# v9625's edited copy, the foot of page 1: BIỂU 7's header alone, its cells centred on staggered
# lines, its column numbers, a heading, the page number.
V9625_FOOT = [
    ("Năm", 549.3, 461.6, 567.7), ("2021", 570.1, 461.6, 588.9), ("Năm", 620.0, 461.6, 638.4), ("2022", 640.8, 461.6, 659.6),
    ("So", 710.5, 461.6, 721.3), ("sánh", 723.7, 461.6, 743.5), ("(%)", 745.9, 461.6, 759.1), ("Đơn", 510.4, 475.8, 527.8),
    ("vị", 530.1, 475.8, 537.1), ("UTH", 701.9, 478.0, 719.3), ("STT", 65.9, 481.7, 81.9), ("Nội", 276.8, 481.7, 290.5),
    ("dung", 292.8, 481.7, 313.6), ("tính", 516.0, 487.7, 531.6), ("TH", 563.5, 490.0, 574.8), ("KH", 610.2, 490.0, 622.4),
    ("Ước", 647.7, 490.0, 665.5), ("TH", 667.9, 490.0, 679.1), ("2022/KH", 693.8, 490.0, 727.3), ("Cùng", 741.6, 490.0, 763.3),
    ("kỳ", 765.7, 490.0, 775.1), ("2022", 701.2, 501.9, 720.1), ("(1)", 68.8, 518.4, 79.1), ("(2)", 290.0, 518.4, 300.3),
    ("(3)", 518.6, 518.4, 528.9), ("(4)", 564.0, 518.4, 574.3), ("(5)", 611.1, 518.4, 621.4), ("(6)", 658.3, 518.4, 668.6),
    ("(7)", 705.4, 518.4, 715.7), ("(8)", 753.2, 518.4, 763.5), ("CHỈ", 90.6, 534.9, 105.2), ("TIÊU", 107.6, 534.9, 126.9),
    ("KINH", 129.3, 534.9, 150.0), ("TẾ", 152.4, 534.9, 163.2), ("1", 418.7, 549.0, 423.4),
]


def test_a_header_alone_is_cut_into_the_columns_its_column_numbers_print() -> None:
    # Read without a body, the header's columns came from its own words: "KH | Ước TH" centred
    # over "(5) (6)" made one column, and the body on the next page went under six columns of
    # the eight it prints, its plan figures read as estimates.
    words = _prose([383.6, 402.9], 1, 8.5) + _words(V9625_FOOT, 1, 8.5)
    grids = words_to_layout(words, page=1, page_width=842.0, page_height=595.0).grids
    rows = _texts(grids[-1])
    assert ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"] in rows
    assert ["", "", "tính", "TH", "KH", "Ước TH", "2022/KH", "Cùng kỳ"] in rows


# v7499 by Writer (portrait, a narrow ratio column): BIỂU 6's header, vertically centred cells over
# two rows, the ratio column's number "(8)=(7)/(4)" wrapped round the row of column numbers, and
# the first rows.
V7499 = [
    ("Kết", 286.2, 233.4, 301.9), ("quả", 304.7, 233.4, 321.2), ("thực", 324.1, 233.4, 344.2), ("hiện", 347.0,
    233.4, 366.8), ("Đánh", 452.1, 233.4, 475.9), ("giá", 478.7, 233.4, 492.4), ("Mục", 208.3, 239.1, 227.9),
    ("tiêu", 230.6, 239.1, 248.2), ("Số", 65.5, 244.9, 76.6), ("So", 408.9, 244.9, 420.0), ("với", 422.8, 244.9,
    435.8), ("mức", 455.9, 244.9, 475.1), ("độ", 477.8, 244.9, 488.7), ("Nội", 94.2, 250.6, 109.8), ("dung", 112.7,
    250.6, 135.5), ("NQ", 212.5, 250.6, 226.8), ("ĐH", 229.5, 250.6, 244.0), ("thứ", 63.4, 256.3, 78.7), ("ĐVT",
    162.9, 256.3, 182.0), ("Ước", 312.4, 258.5, 329.6), ("Ước", 345.7, 258.5, 362.9), ("lũy", 365.6, 258.5, 379.1),
    ("kế", 381.9, 258.5, 392.5), ("mục", 402.6, 256.3, 421.8), ("tiêu", 424.5, 256.3, 442.1), ("thực", 462.2, 256.3,
    482.4), ("Ghi", 499.1, 256.3, 514.7), ("chú", 517.6, 256.3, 534.0), ("chỉ", 97.7, 262.0, 111.4), ("tiêu", 114.2,
    262.0, 131.8), ("(nhiệm", 205.8, 262.0, 237.8), ("kỳ", 240.6, 262.0, 250.7), ("2021", 267.3, 264.3, 289.5),
    ("tự", 66.3, 267.8, 75.8), ("2022", 309.9, 270.0, 332.1), ("2021-2022", 345.2, 270.0, 393.0), ("NQ", 406.3,
    267.8, 420.6), ("(%)", 423.3, 267.8, 438.5), ("hiện", 451.3, 267.8, 471.0), ("năm", 473.8, 267.8, 493.2),
    ("2020-2025)", 202.5, 273.5, 254.0), ("2022", 461.2, 279.2, 483.4), ("(8)=(7)/", 404.4, 295.1, 440.2), ("(1)",
    64.5, 300.8, 77.6), ("(2)", 108.2, 300.8, 121.3), ("(3)", 165.9, 300.8, 179.0), ("(4)", 221.7, 300.8, 234.8),
    ("(5)", 271.9, 300.8, 285.0), ("(6)", 314.5, 300.8, 327.6), ("(7)", 362.6, 300.8, 375.7), ("(9)", 465.7, 300.8,
    478.8), ("(10)", 507.3, 300.8, 526.0), ("(4)", 415.8, 306.6, 428.9), ("I.", 67.8, 322.5, 74.3), ("Phát", 86.3,
    322.5, 107.0), ("triển", 109.8, 322.5, 131.6), ("kinh", 86.3, 333.9, 106.5), ("tế", 109.3, 333.9, 118.1), ("1",
    68.5, 349.8, 73.6), ("Thu", 86.3, 349.8, 101.9), ("nhập", 104.5, 349.8, 124.6), ("Triệu", 150.3, 349.8, 171.8),
    ("đồng", 174.4, 349.8, 194.7), ("52,72", 232.0, 349.8, 254.9), ("47,11", 274.6, 349.8, 297.5), ("47,65", 317.2,
    349.8, 340.1), ("50,16", 370.9, 349.8, 393.8), ("95,1", 428.8, 349.8, 446.6), ("Chưa", 451.0, 349.8, 472.2),
    ("đạt", 474.7, 349.8, 487.8), ("Đạt", 498.0, 349.8, 512.4), ("bình", 86.3, 361.1, 104.2), ("quân", 106.8, 361.1,
    126.9), ("đầu", 86.3, 372.4, 101.4), ("người/", 104.0, 372.4, 129.4), ("năm", 86.3, 383.7, 103.8), ("2", 68.5,
    399.5, 73.6), ("Doanh", 86.3, 399.5, 112.5), ("thu", 115.1, 399.5, 128.6), ("từ", 131.2, 399.5, 139.5), ("Tỷ",
    156.2, 399.5, 166.0), ("đồng", 168.6, 399.5, 188.8), ("247", 239.6, 399.5, 254.9), ("211", 282.2, 399.5, 297.5),
    ("272", 324.8, 399.5, 340.1), ("230", 378.5, 399.5, 393.8), ("93,1", 428.8, 399.5, 446.6), ("Chưa", 451.0,
    399.5, 472.2), ("đạt", 474.7, 399.5, 487.8),
]


def test_a_column_number_wrapped_round_the_numbers_row_is_that_rows() -> None:
    # "(8)=(7)/" a line above the numbers and "(4)" a line below were read as header text: the
    # ratio column had two blocks, a header row of its own lower down, and the sub-headers "2021"
    # and "Ước lũy kế 2021-2022" were put over "Kết quả thực hiện", their columns' roles lost.
    words = _prose([76.3, 92.0, 107.7, 123.4], 1, 10.0) + _words(V7499, 1, 8.0)
    grid = words_to_layout(words, page=1, page_width=595.0, page_height=842.0).grids[0]
    rows = _texts(grid)
    assert rows[0][4:7] == ["Kết quả thực hiện"] * 3
    assert rows[1][4:7] == ["2021", "Ước 2022", "Ước lũy kế 2021-2022"]
    assert rows[2][7] == "(8)=(7)/ (4)" and grid.header_rows == 3


# Development seeds 16000-16999 printed by Writer (after their first contact).
# v16930, the foot of page 1 (landscape): "Mức chỉ tiêu" over five years, each cell "Năm / 2025 (4)"
# of two lines ending with its column number, one heading under them, the page number.
V16930_FOOT = [
    ("Mức", 562.0, 476.9, 582.9), ("chỉ", 586.0, 476.9, 600.7), ("tiêu", 603.7, 476.9, 622.6), ("Số", 90.8, 479.1, 102.7),
    ("Cơ", 715.6, 479.1, 728.1), ("quan", 731.1, 479.1, 755.2), ("Đơn", 435.9, 485.3, 455.4), ("vị", 458.4, 485.3, 466.6),
    ("thứ", 88.5, 491.4, 104.9), ("Danh", 245.5, 491.4, 271.0), ("mục", 274.0, 491.4, 294.6), ("chủ", 719.2, 491.4, 737.0),
    ("trì", 739.9, 491.4, 751.6), ("Năm", 485.7, 493.7, 508.2), ("Năm", 533.4, 493.7, 555.9), ("Năm", 581.1, 493.7, 603.6),
    ("Năm", 628.8, 493.7, 651.3), ("Năm", 676.5, 493.7, 699.0), ("tính", 441.4, 497.6, 461.1), ("tự", 91.6, 503.7, 101.8),
    ("(9)", 728.4, 503.7, 742.5), ("2025", 476.5, 506.0, 500.4), ("(4)", 503.4, 506.0, 517.5), ("2030", 524.2, 506.0, 548.1),
    ("(5)", 551.1, 506.0, 565.2), ("2035", 571.9, 506.0, 595.8), ("(6)", 598.8, 506.0, 612.9), ("2040", 619.6, 506.0, 643.5),
    ("(7)", 646.5, 506.0, 660.6), ("2045", 667.2, 506.0, 691.1), ("(8)", 694.1, 506.0, 708.2), ("IV", 91.4, 522.7, 102.1),
    ("Phát", 112.9, 522.7, 135.1), ("triển", 138.1, 522.7, 161.6), ("hệ", 164.5, 522.7, 176.3), ("sinh", 179.2, 522.7, 199.9),
    ("thái", 202.8, 522.7, 221.9), ("đổi", 224.9, 522.7, 239.9), ("mới", 242.9, 522.7, 260.9), ("sáng", 264.0, 522.7, 286.7),
    ("tạo", 289.6, 522.7, 304.9), ("1", 418.3, 548.7, 423.8),
]
# v16930, the top of page 2: the body under no header, its figures right-aligned under the years.
V16930_TOP = [
    ("4.", 92.6, 37.7, 100.8), ("Tỷ", 112.9, 37.7, 123.5), ("lệ", 126.2, 37.7, 134.1), ("doanh", 136.8, 37.7, 163.6),
    ("nghiệp", 166.4, 37.7, 196.3), ("có", 199.1, 37.7, 209.0), ("hoạt", 211.8, 37.7, 231.0), ("động", 233.7, 37.7, 255.5),
    ("đổi", 258.2, 37.7, 271.8), ("mới", 274.5, 37.7, 290.6), ("sáng", 293.3, 37.7, 313.9), ("tạo", 316.6, 37.7, 330.4),
    ("%", 447.2, 37.7, 455.4), ("-", 515.7, 37.7, 518.6), ("20", 555.4, 37.7, 566.4), ("50", 603.1, 37.7, 614.1),
    ("80", 650.8, 37.7, 661.8), ("100", 692.9, 37.7, 709.3), ("9.", 92.6, 54.3, 100.8), ("Số", 112.9, 54.3, 124.0),
    ("doanh", 126.8, 54.3, 153.6), ("nghiệp", 156.4, 54.3, 186.3), ("vừa", 189.1, 54.3, 204.6), ("và", 207.3, 54.3, 217.3),
    ("nhỏ", 220.0, 54.3, 236.2), ("có", 238.9, 54.3, 248.9), ("hợp", 251.7, 54.3, 267.9), ("tác", 270.6, 54.3, 284.0),
    ("%", 447.2, 54.3, 455.4), (">10", 500.5, 54.3, 518.7), (">25", 548.2, 54.3, 566.4), (">40", 595.9, 54.3, 614.1),
    (">60", 643.6, 54.3, 661.8), (">80", 691.2, 54.3, 709.4), ("V", 93.4, 83.3, 100.1), ("Phát", 112.9, 83.3, 135.1),
    ("triển", 138.1, 83.3, 161.6), ("chuyển", 164.5, 83.3, 199.0), ("đổi", 202.0, 83.3, 217.0), ("số", 220.0, 83.3, 230.5),
    ("1.", 92.6, 99.9, 100.8), ("Chỉ", 112.9, 99.9, 127.7), ("số", 130.5, 99.9, 140.1), ("chuyển", 142.9, 99.9, 174.4),
    ("đổi", 177.2, 99.9, 190.7), ("số", 193.4, 99.9, 203.1), ("cấp", 205.8, 99.9, 221.4), ("huyện", 224.1, 99.9, 250.7),
    ("Chỉ", 437.6, 99.9, 452.4), ("số", 455.2, 99.9, 464.8), (">0.65", 492.3, 99.9, 518.7), (">0.75", 540.0, 99.9, 566.4),
    (">0.85", 587.7, 99.9, 614.1), (">0.92", 635.4, 99.9, 661.8), ("1.0", 695.7, 99.9, 709.4),
]


def test_a_header_alone_over_one_heading_keeps_each_year_over_its_own_figures() -> None:
    # Built from the header's own words, "Mức chỉ tiêu" (over 2030-2040) merged three years into
    # one column; put over page 2's columns, the five two-line cells "Năm / 2025 (4)" were joined
    # into one title, and every figure of page 2 went under the wrong year or none (58 cells).
    words = _prose([383.6, 402.9, 422.2], 1, 8.6) + _words(V16930_FOOT, 1, 8.6)
    head = words_to_layout(words, page=1, page_width=842.0, page_height=595.0).grids[-1]
    assert _texts(head)[1][3:8] == ["Năm 2025 (4)", "Năm 2030 (5)", "Năm 2035 (6)", "Năm 2040 (7)", "Năm 2045 (8)"]
    body = words_to_layout(_words(V16930_TOP, 2, 8.6), page=2, page_width=842.0, page_height=595.0).grids[0]
    (table,) = stitch_grids([head, body])
    rows = _texts(table)
    first = next(r for r in rows if r[0] == "4.")
    under = {year: first[c] for c in range(len(first)) for year in ("2025 (4)", "2030 (5)", "2045 (8)")
             if any(row[c].endswith(f"Năm {year}") for row in rows[: table.header_rows])}
    assert under == {"2025 (4)": "-", "2030 (5)": "20", "2045 (8)": "100"}


def _cell(text: str, box: tuple[float, float, float, float], page: int = 1) -> GridCell:
    return GridCell(text, Provenance(page=page, bbox=box))


def test_a_name_cut_at_the_foot_takes_every_line_of_its_rest_on_the_next_page() -> None:
    # v16480: "Tỷ lệ cơ sở dữ liệu của huyện được số" at the foot of page 1, "hóa và liên thông /
    # với tỉnh, Trung / ương" over the signatures of page 2; joined with the first line only, the
    # name stayed cut, and the diff took its rest for a new row.
    rows = (
        (_cell("17.", (78, 696, 90, 704)), _cell("Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây", (100, 696, 161, 758)),
         _cell("%", (191, 696, 199, 704)), _cell(">40", (227, 696, 243, 704)), _cell(">70", (268, 696, 284, 704))),
        (_cell("18.", (78, 766, 90, 774)), _cell("Tỷ lệ cơ sở dữ liệu của huyện được số", (100, 766, 172, 785)),
         _cell("%", (191, 766, 199, 774)), _cell("50", (230, 766, 240, 774)), _cell(">80", (268, 766, 284, 774))),
    )
    grid = Grid(rows=rows, header_rows=0, provenance=Provenance(page=1, bbox=(78, 696, 284, 785)), method="words")
    lines = [TextLine("hóa và liên thông", Provenance(page=2, bbox=(99.8, 37.7, 167.1, 45.4))),
             TextLine("với tỉnh, Trung", Provenance(page=2, bbox=(99.8, 48.6, 157.7, 56.3))),
             TextLine("ương", Provenance(page=2, bbox=(99.8, 59.5, 119.2, 67.2))),
             TextLine("Nơi nhận: TM. ỦY BAN NHÂN DÂN", Provenance(page=2, bbox=(37.5, 74.8, 183.1, 82.5)))]
    (table,) = stitch_grids([grid], None, lines)
    assert table.rows[-1][1].text == "Tỷ lệ cơ sở dữ liệu của huyện được số hóa và liên thông với tỉnh, Trung ương"


def test_a_paragraph_with_one_word_reading_as_a_unit_is_running_text() -> None:
    # v16500, page 1: a justified paragraph above the table, cut at its stretched spaces into three
    # columns (the real boxes); the second line's last word, "quy", reads as a unit (quý). Read as a
    # table with no header, the clean report was doubted ("no header recognised").
    rows = [
        [_cell("2. Tồn tại, hạn chế: Quy hoạch chi tiết khu dân cư ven sông", (54, 127, 363, 137)),
         _cell("Tả Trạch chưa thực hiện và Quy", (367, 127, 532, 137)), _cell("định", (536, 127, 558, 137))],
        [_cell("quản lý quy hoạch chung thị trấn Khe Tre còn chậm do chờ kết", (36, 143, 363, 152)),
         _cell("quả phê duyệt điều chỉnh cục bộ", (368, 143, 536, 152)), _cell("quy", (540, 143, 558, 152))],
        [_cell("hoạch chung thị trấn Khe Tre.", (36, 158, 184, 168)), _cell("", (367, 158, 536, 168)),
         _cell("", (536, 158, 558, 168))],
    ]
    assert running_text(rows)
    # A unit column (units on two rows) still marks a table of words.
    table = [[_cell("Diện tích trồng lúa", (36, 0, 200, 9)), _cell("ha", (220, 0, 230, 9))],
             [_cell("Sản lượng lương thực", (36, 12, 200, 21)), _cell("tấn", (220, 12, 235, 21))]]
    assert not running_text(table)
