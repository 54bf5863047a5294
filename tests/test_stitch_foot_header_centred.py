"""A header alone at a page's foot, read from whitespace, whose group title is centred over
sub-headers centred on different numbers of lines (``extractor.pdf_words``, ``extractor.stitch``).

v20960 (dev seed, our reportlab drawing, unruled, a rule over the header and under its column
numbers): "Phụ lục III"'s header stands alone at page 1's foot, its body on page 2 under "(1) …
(10)". "Kết quả thực hiện" heads "Năm 2022 | Ước năm / 2023 | Ước giai / đoạn / 2021-2023", cells
of one, two and three lines centred on one middle. The lines of the header, all of them taken for
body, merged those three columns and the title into one, so the header had 8 columns over the
body's 10; put over the body, "Năm 2022" lost its title (its figures were no actual) because its
sub-headers do not start on one line. The words and rules below are the PDF's own (pdfplumber):
page 1 from the caption down (page number "1" included), page 2's first rows.
"""

from __future__ import annotations

from pathlib import Path

from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.grid import Grid
from extractor.headers import header_to_columns
from extractor.pdf_words import words_to_layout
from extractor.stitch import stitch_grids
from tests.word_lines import Lines, page_words

PAGE1: Lines = [
    (456.4, 10.2, [('Phụ', 397.1, 414.7), ('lục', 417.3, 430.3), ('III', 432.8, 444.8)]),
    (468.8, 10.2, [('TÌNH', 173.2, 199.3), ('HÌNH', 201.8, 229.0), ('THỰC', 231.6, 261.8), ('HIỆN', 264.3, 290.4), ('CÁC', 293.0, 315.1), ('CHỈ', 317.6, 336.9), ('TIÊU', 339.4, 364.4), ('NGHỊ', 366.9, 394.1), ('QUYẾT', 396.7, 433.0), ('ĐẠI', 435.5, 454.2), ('HỘI', 456.8, 476.6), ('ĐẢNG', 479.1, 509.2), ('BỘ', 511.7, 526.5), ('HUYỆN', 529.0, 565.8), ('NHIỆM', 568.4, 604.1), ('KỲ', 606.6, 621.9), ('2020-2025', 624.5, 668.7)]),
    (480.8, 8.2, [('(Kèm', 307.5, 326.2), ('theo', 328.2, 342.3), ('Báo', 344.4, 357.6), ('cáo', 359.6, 371.0), ('số', 373.1, 380.3), ('1575/BC-UBND', 382.4, 438.0), ('của', 440.0, 451.4), ('UBND', 453.5, 476.7), ('huyện', 478.7, 498.8), ('Ea', 500.8, 509.5), ("H'Leo)", 511.5, 534.4)]),
    (500.3, 8.2, [('Kết', 517.5, 530.2), ('quả', 532.3, 545.5), ('thực', 547.5, 563.4), ('hiện', 565.5, 580.5)]),
    (502.8, 8.2, [('Chỉ', 449.7, 462.5), ('tiêu', 464.5, 477.7), ('Ước', 621.1, 635.8), ('TH', 637.9, 649.7), ('giai', 651.8, 664.5)]),
    (507.8, 8.2, [('Đánh', 678.2, 697.3), ('giá', 699.4, 709.8)]),
    (512.8, 8.2, [('NQ', 450.2, 462.5), ('giai', 464.5, 477.3), ('đoạn', 634.2, 651.5)]),
    (516.3, 8.2, [('Ước', 576.9, 591.6), ('giai', 593.6, 606.4)]),
    (517.8, 8.2, [('STT', 80.3, 95.8), ('Tên', 227.8, 241.4), ('chỉ', 243.5, 254.0), ('tiêu', 256.0, 269.2), ('Đơn', 408.2, 423.2), ('vị', 425.3, 431.6), ('đến', 678.9, 691.6), ('năm', 693.7, 709.2), ('Ghi', 726.3, 739.5), ('chú', 741.6, 754.3)]),
    (521.3, 8.2, [('Ước', 532.9, 547.6), ('năm', 549.6, 565.1)]),
    (522.8, 8.2, [('đoạn', 455.0, 472.4), ('2021-2023/Mục', 615.9, 669.7)]),
    (526.3, 8.2, [('Năm', 488.7, 505.5), ('2022', 507.6, 524.0), ('đoạn', 583.0, 600.3)]),
    (527.8, 8.2, [('2023', 685.8, 702.2)]),
    (531.3, 8.2, [('2023', 540.8, 557.2)]),
    (532.8, 8.2, [('2020-2025', 445.9, 481.5), ('tiêu', 621.2, 634.4), ('NQ', 636.4, 648.7), ('(%)', 650.8, 664.5)]),
    (536.3, 8.2, [('2021-2023', 573.9, 609.4)]),
    (571.8, 7.0, [('1', 419.2, 422.7)]),
]
PAGE2: Lines = [
    (40.3, 8.2, [('(1)', 83.3, 92.9), ('(2)', 243.7, 253.3), ('(3)', 415.1, 424.7), ('(4)', 458.9, 468.5), ('(5)', 501.6, 511.1), ('(6)', 544.2, 553.8), ('(7)', 586.8, 596.4), ('(8)=(7)/(4)', 625.0, 660.6), ('(9)', 689.2, 698.8), ('(10)', 733.5, 747.1)]),
    (55.3, 8.2, [('I', 86.5, 89.7), ('Kinh', 102.1, 119.8), ('tế', 121.9, 128.3)]),
    (72.3, 8.2, [('1', 86.0, 90.1), ('Tỷ', 102.1, 111.2), ('lệ', 113.2, 119.1), ('doanh', 121.2, 141.2), ('nghiệp', 143.3, 165.6), ('vừa', 167.6, 179.8), ('và', 181.9, 189.6), ('nhỏ', 191.7, 204.0), ('địa', 206.0, 216.0), ('phương', 218.1, 243.3), ('ứng', 245.3, 258.0), ('dụng', 260.0, 276.4), ('công', 278.5, 294.4), ('nghệ', 296.4, 312.4), ('số', 314.4, 321.7), ('%', 416.5, 423.3), ('69', 474.3, 482.5), ('60', 517.0, 525.2), ('75', 559.6, 567.8), ('78', 602.2, 610.4), ('113', 657.9, 670.2), ('Vượt', 675.2, 692.2)]),
    (89.3, 8.2, [('Trong', 102.1, 122.1), ('đó:', 124.1, 134.6), ('Riêng', 136.7, 156.3), ('trong', 158.3, 175.6), ('năm', 177.7, 191.8), ('%', 416.5, 423.3), ('58', 474.3, 482.5), ('61', 517.0, 525.2), ('68', 559.6, 567.8), ('69', 602.2, 610.4), ('119', 657.9, 670.2)]),
    (106.3, 8.2, [('2', 86.0, 90.1), ('Số', 102.1, 110.7), ('xã', 112.8, 120.5), ('đạt', 122.6, 132.6), ('chuẩn', 134.6, 154.2), ('nông', 156.3, 172.7), ('thôn', 174.7, 189.3), ('mới', 191.3, 204.3), ('trong', 206.4, 223.7), ('năm', 225.7, 239.9), ('Xã', 415.1, 424.7), ('4,8-5,0', 459.3, 482.5), ('5', 521.1, 525.2), ('5', 563.7, 567.8), ('6', 606.3, 610.4), ('Vượt', 675.2, 692.2)]),
    (123.3, 8.2, [('3', 86.0, 90.1), ('Tỷ', 102.1, 111.2), ('lệ', 113.2, 119.1), ('xã', 121.2, 128.9), ('đạt', 131.0, 141.0), ('chuẩn', 143.0, 162.6), ('nông', 164.7, 181.1), ('thôn', 183.1, 197.7), ('mới', 199.7, 212.7), ('%', 416.5, 423.3), ('Trên', 456.8, 472.3), ('83', 474.3, 482.5), ('79,79', 506.7, 525.2), ('98,50', 549.4, 567.8), ('95,19', 592.0, 610.4), ('Đạt', 675.2, 687.0), ('Số', 717.8, 726.5), ('liệu', 728.5, 740.8), ('sơ', 742.9, 750.4), ('bộ', 752.5, 760.7)]),
    (140.3, 8.2, [('4', 86.0, 90.1), ('Thu', 102.1, 116.6), ('nhập', 118.7, 136.5), ('bình', 138.5, 154.5), ('quân', 156.5, 174.3), ('đầu', 176.4, 189.6), ('người/', 191.6, 214.3), ('năm', 216.4, 231.9), ('Triệu', 400.4, 420.0), ('đồng', 422.1, 439.4), ('54-59', 463.4, 482.5), ('52,90', 506.7, 525.2), ('-', 565.1, 567.8), ('47,95', 592.0, 610.4), ('Chưa', 675.2, 694.7), ('đạt', 696.7, 708.1), ('Đạt', 717.8, 730.6)]),
]


def _table() -> Grid:
    pages = [words_to_layout(page_words(words, n), page=n, page_width=841.9, page_height=595.3, h_rules=rules)
             for n, words, rules in ((1, PAGE1, [(76.6, 495.0, 765.3, 495.0)]),
                                     (2, PAGE2, [(76.6, 51.0, 765.3, 51.0), (76.6, 153.0, 765.3, 153.0)]))]
    [table] = stitch_grids([g for p in pages for g in p.grids], lines=[ln for p in pages for ln in p.lines])
    return table


def test_the_header_alone_keeps_the_columns_its_title_groups() -> None:
    table = _table()
    assert table.title is not None and table.title.startswith("Phụ lục III")
    header = [[c.text for c in row] for row in table.rows[: table.header_rows]]
    assert all(len(row) == 10 for row in header)
    names = [" ".join(t for t in col if t) for col in zip(*header, strict=True)]
    assert names[4].startswith("Kết quả thực hiện") and "Năm 2022" in names[4]
    assert names[5].startswith("Kết quả thực hiện") and "Ước năm 2023" in names[5]
    assert names[6].startswith("Kết quả thực hiện") and "Ước giai đoạn 2021-2023" in names[6]


def test_the_year_under_the_title_names_a_column_of_actuals() -> None:
    table = _table()
    texts = [[c.text for c in row] for row in table.rows[: table.header_rows]]
    columns = header_to_columns(texts, spread=False)
    assert (columns[4].role, columns[4].period) == ("actual", "2022")


def test_a_cell_line_between_a_taller_neighbours_lines_is_no_title_over_it(tmp_path: Path) -> None:
    """v33842 (text seed, rotated page): "Phụ lục III"'s header stands alone at page 1's foot. The
    last three figure columns are "Ước lũy / kế / 2021-2025" under "Kết quả thực hiện", "So với /
    mục tiêu / NQ (%)" and "Đánh giá / mức độ / thực hiện / năm 2025", the last two centred on the
    header's height, so their lines interleave: "So với" sits between "Đánh giá" and "mức độ". It was
    taken for a title over all three: the cumulative estimate read as a ratio, and its ratio column
    divided the 2025 estimate instead (8 cells, and a doubt on a clean variant)."""
    truth = write_seed(33842, tmp_path, edits=False)
    assert not truth["broken"]
    doc = file_to_document(tmp_path / "v33842.pdf")
    table = next(t for t in doc.tables if t.title and t.title.startswith("Phụ lục III"))
    by_index = {c.index: c for c in table.columns}
    assert (by_index[6].role, by_index[6].period) == ("estimate", "2021-2025")
    assert by_index[7].role == "ratio" and by_index[7].divides == (6, 3)
    assert by_index[8].role == "evaluation" and "So với" not in by_index[8].header
    assert doc.warnings == ()
