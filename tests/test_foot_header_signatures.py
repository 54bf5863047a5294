"""A header alone at a page's foot takes its columns from its own lines, not from the signature block
under it (``extractor.pdf_words``).

v17260 printed by LibreOffice Writer (dev seed): page 3 holds the header repeated over the last word of
a row cut at page 2's foot ("số"), then the signatures ("Nơi nhận:" | "TM. ỦY BAN NHÂN DÂN", ...).
Built from every line of the page, the header's columns took the signatures' as well: "Nơi nhận:"
made a column left of "TT", and the repeat no longer matched the header of page 1. The word boxes
below are page 3's own (pdfplumber), read without its rules.
"""

from __future__ import annotations

from extractor.pdf_words import Word, words_to_layout

PAGE3: list[tuple[float, float, list[tuple[str, float, float]]]] = [
    (37.7, 8.0, [('Năm', 468.8, 489.2)]),
    (43.4, 8.0, [('Năm', 525.5, 545.9), ('2022', 548.7, 570.9), ('So', 623.2, 634.4), ('sánh', 637.2, 658.8), ('(%)', 661.5, 676.8)]),
    (49.0, 8.0, [('2021', 467.9, 490.1)]),
    (56.9, 8.0, [('Đơn', 418.9, 436.8), ('vị', 439.6, 447.5)]),
    (62.6, 8.0, [('TT', 80.3, 91.2), ('Danh', 232.3, 255.7), ('mục', 258.5, 277.2), ('Ghi', 720.8, 735.7), ('chú', 738.6, 754.7)]),
    (64.8, 8.0, [('UTH', 612.8, 631.4)]),
    (68.2, 8.0, [('tính', 424.2, 442.1)]),
    (76.1, 8.0, [('TH', 472.9, 485.0), ('KH', 518.4, 531.3), ('Ước', 554.7, 571.6), ('TH', 574.4, 586.5), ('2022/KH', 603.1, 641.1), ('Cùng', 660.0, 682.9), ('kỳ', 685.7, 696.3)]),
    (87.4, 8.0, [('2022', 611.0, 633.2)]),
    (103.2, 8.0, [('(1)', 79.3, 92.1), ('(2)', 248.4, 261.2), ('(3)', 426.8, 439.6), ('(4)', 472.6, 485.4), ('(5)', 518.4, 531.2), ('(6)', 564.2, 577.0), ('(7)=(6)/(5)', 598.0, 646.2), ('(8)=(6)/(4)', 654.0, 702.2), ('(9)', 731.3, 744.1)]),
    (119.0, 8.0, [('số', 101.0, 110.0)]),
    (134.0, 8.0, [('Nơi', 37.5, 50.6), ('nhận:', 53.1, 75.9), ('TM.', 87.8, 102.1), ('ỦY', 104.6, 115.4), ('BAN', 117.9, 134.8), ('NHÂN', 137.4, 160.8), ('DÂN', 163.3, 181.0)]),
    (145.3, 8.0, [('-', 37.5, 40.4), ('Như', 42.9, 59.0), ('trên;', 61.6, 80.6), ('KT.', 87.8, 100.4), ('CHỦ', 103.0, 120.4), ('TỊCH', 123.0, 141.8)]),
    (156.6, 8.0, [('-', 37.5, 40.4), ('Lưu:', 42.9, 60.2), ('VT.', 62.7, 75.6), ('PHÓ', 87.8, 104.9), ('CHỦ', 107.5, 124.9), ('TỊCH', 127.5, 146.3)]),
    (549.5, 8.0, [('3', 418.5, 423.6)]),
]


def test_the_signatures_make_no_column_of_the_header() -> None:
    words = [Word(t, x0, top, x1, top + h, 3) for top, h, ws in PAGE3 for t, x0, x1 in ws]
    [grid] = words_to_layout(words, page=3, page_width=841.9, page_height=595.3).grids
    assert [c.text for c in grid.rows[0]][:3] == ["TT", "Danh mục", "Đơn vị tính"]
    assert len(grid.rows[0]) == 9
