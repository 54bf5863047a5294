"""A scanned decimal comma read as a dot among thousands dots (extractor.ocr_dots)."""

from __future__ import annotations

from extractor.model import Cell
from extractor.ocr_dots import commas_read_as_dots
from extractor.rows import grid_to_rows
from normalizers.numbers import parse_value
from tests.grids import text_grid


def test_a_last_group_of_two_digits_after_a_dot_is_the_decimals() -> None:
    # Dev scans v13620 ("2.660.76", "2.942.54") and v14180 ("199.720.92", "192.776.23"), 200 dpi.
    cells = [Cell("KH", "target", parse_value("2.660.76"), None, 3), Cell("TH", "actual", parse_value("199.720.92"), None, 4)]
    fixed, notes = commas_read_as_dots(cells)
    assert [c.value.value for c in fixed] == [2660.76, 199720.92] and len(notes) == 2
    # Anything else stays unread: groups that are not thousands, a note, a figure already read.
    for raw, role in (("12.5.3", "plan"), ("2.660.76", "note"), ("1.22.33", "plan"), ("2.660,76", "plan")):
        cell = Cell("KH", role, parse_value(raw), None, 3)
        assert commas_read_as_dots([cell]) == ([cell], [])


def test_only_a_scanned_grid_reads_the_dot_again() -> None:
    rows = [["STT", "Chỉ tiêu", "Đơn vị", "Mục tiêu 2025", "Thực hiện 2023"],
            ["1", "Diện tích cây chè", "ha", "2.660.76", "2.942,54"]]
    scanned = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0).rows[0]
    printed = grid_to_rows(text_grid(rows, method="words", header_rows=1), document="d", table_number=0).rows[0]
    assert scanned.cells[0].value.value == 2660.76 and printed.cells[0].value.value is None
