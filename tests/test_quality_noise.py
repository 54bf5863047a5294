"""OCR noise that is no unread row: a dash on a line of its own, a header's column marks read below it.

Both made a clean scanned table carry an ``extraction_doubt`` for "rows with no indicator name"
(dev scans v14200, v14010), while a table whose names really were lost keeps its doubt.
"""

from __future__ import annotations

from extractor.colnumbers import stray_marks_line
from extractor.model import Cell, Row
from extractor.quality import one_digit_off, rows_to_quality
from extractor.rows import grid_to_rows
from normalizers.numbers import parse_value
from tests.grids import text_grid


def _row(i: int, name: str, *raws: str) -> Row:
    cells = tuple(Cell("TH", "actual", parse_value(r, style="vi"), None, 3 + j) for j, r in enumerate(raws) if r)
    return Row("d", i, name, name.lower(), cells, table=0, row=i)


NAMED = [_row(i, n, a, b) for i, (n, a, b) in enumerate([
    ("Số xã đạt chuẩn nông thôn mới", "10", "9"), ("Xã vùng thấp", "8", "7"), ("Xã vùng cao", "3", "3"),
    ("Huyện đạt nông thôn mới", "81", "74"), ("Tỷ lệ che phủ rừng", "46,07", "52,67")])]


def test_a_nameless_line_of_dashes_is_no_nameless_value_row() -> None:
    # v14200: a speck under "Xã vùng thấp" read as "-" in the estimate column, on a line of its own.
    rows = [*NAMED[:2], _row(9, "", "-"), NAMED[2]]  # 3 of 4 named before: doubted
    q = rows_to_quality(rows, header=True)
    assert q.reasons == () and q.named == 1.0


def test_nameless_rows_with_figures_still_doubt_the_table() -> None:
    rows = [NAMED[0], *(_row(i, "", a, b) for i, a, b in [(1, "8", "7"), (2, "3", "3")]), *NAMED[3:]]
    q = rows_to_quality(rows, header=True)
    assert [r.id for r in q.reasons] == ["{n} of {total} rows have no indicator name"]
    # A named row of dashes is a value row (a figure not yet available): it counts as named.
    assert rows_to_quality([*rows, _row(7, "Xã vùng cao", "-", "-")], header=True).rows == 6


def test_stray_marks_line_counts_with_its_columns() -> None:
    assert stray_marks_line(["", "", "", "4)", "@®)", "(6)"])
    assert stray_marks_line(["", "", "(3)", "@)", "Œ)", ""])
    # Figures of a nameless line (a row's own, split off) do not number their columns.
    assert not stray_marks_line(["", "", "", "7", "8", "8"])
    assert not stray_marks_line(["", "", "", "4)", "@®)", ""])
    assert not stray_marks_line(["", "Tổng", "", "4)", "@®)", "(6)"])


def test_header_marks_read_below_a_scanned_header_are_header() -> None:
    rows = [
        ["TT", "Chỉ tiêu", "ĐVT", "Mục tiêu năm 2023", "Mục tiêu năm 2024", "Mục tiêu năm 2030"],
        ["", "", "", "4)", "@®)", "(6)"],
        ["1", "Tỷ lệ che phủ rừng", "%", "46,07", "52,67", "51,40"],
        ["2", "Năng suất lao động hàng năm tăng tối thiểu 7%", "%", "7", "8", "8"],
    ]
    scanned = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0)
    assert [r.indicator for r in scanned.rows] == ["Tỷ lệ che phủ rừng", "Năng suất lao động hàng năm tăng tối thiểu 7%"]
    assert scanned.table.quality is not None and scanned.table.quality.reasons == ()
    # A text layer's line is what the office printed: kept as read.
    printed = grid_to_rows(text_grid(rows, method="tsv", header_rows=1), document="d", table_number=0)
    assert len(printed.rows) == 3


def _ratio_row(i: int, plan: str, actual: str, ratio: str) -> Row:
    p, a, r = (parse_value(x, style="vi") for x in (plan, actual, ratio))
    cells = (Cell("MT", "target", p, None, 3), Cell("TH", "estimate", a, None, 4),
             Cell("%", "ratio", r, None, 5, divides=(4, 3)))
    return Row("d", i, f"Chỉ tiêu {i}", f"chi tieu {i}", cells, table=0, row=i)


def test_a_ratio_one_digit_from_its_quotient_says_its_columns_are_right() -> None:
    # v13930: 13/13 "100,0", 84/76 "110,5" recompute; 2/2 read "109,0", 29,22/26,95 read "108,3".
    rows = [_ratio_row(0, "13", "13", "100,0"), _ratio_row(1, "76", "84", "110,5"),
            _ratio_row(2, "2", "2", "109,0"), _ratio_row(3, "29,85", "29,22", "92,"),
            _ratio_row(4, "26,95", "29,22", "108,3")]
    q = rows_to_quality(rows, header=True)
    assert q.reasons == () and q.ratio_cells == 5 and q.ratios == 1.0


def test_ratios_of_misread_columns_still_doubt_the_table() -> None:
    # Ratios printed for other columns than those read under them: far from every quotient.
    rows = [_ratio_row(i, p, a, r) for i, (p, a, r) in enumerate(
        [("50,0", "46,0", "108,7"), ("41.100", "39.500", "104,1"), ("51,82", "51,30", "101,0"), ("8", "6", "133,3")])]
    q = rows_to_quality(rows, header=True)
    assert q.ratios == 0.0 and [r.id for r in q.reasons][-1].startswith("only {n} of {total} ratio cells")
    assert one_digit_off(rows[0].cells[2], parse_value("46,0"), parse_value("50,0")) is False
    assert one_digit_off(_ratio_row(9, "50,0", "46,0", "97,0").cells[2], parse_value("46,0"), parse_value("50,0"))
