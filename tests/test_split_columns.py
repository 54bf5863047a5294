"""Columns an unruled table's reader split in two halves (a header over nothing, figures under no
header) are joined again, also when the column numbers under the header were read as the body's
first two rows (``extractor.rows.numbering_rows``). Real OCR strings of dev scan v6900, page 2."""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.rows import grid_to_rows, numbering_rows
from tests.grids import text_grid

# v6900 page 2 as OCR read it (300 dpi, unruled, figures printed right in their columns): each
# "Mức chỉ tiêu / 2025" header came out over an empty half-column, its figures in the half beside
# it, and the column numbers "A B C 4 5 6 7 8 9", centred, staggered over two lines.
_V6900_PAGE2 = [
    ["STT", "Chỉ tiêu", "Đơn vị", "Mức chỉ tiêu", "", "Mức chỉ tiêu", "", "Mức chỉ tiêu", "", "Mức chỉ tiêu", "",
     "Mức chỉ tiêu", "", "Cơ quan chủ trì thực hiện chỉ tiêu"],
    ["", "", "", "2025", "", "2030", "", "2035", "", "2040", "", "2045", "", ""],
    ["A", "", "", "4", "", "", "", "", "", "7", "", "", "", ""],
    ["", "B", "c", "", "", "5", "", "6", "", "", "", "8", "", "9"],
    ["Vv", "Phát triển chuyển đổi số", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["8.", "Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp", "%", "", "-", "", ">80", "", "90",
     "", "95", "", "99", ""],
    ["9.", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", "", "-", "", "100", "", "100", "", "100", "", "100", ""],
]


def _cells(rows: list[list[str]]) -> list[list[GridCell]]:
    return [[GridCell(t) for t in row] for row in rows]


def test_staggered_column_numbers_no_longer_keep_the_figures_from_their_headers() -> None:
    grid = text_grid(_V6900_PAGE2, method="ocr-words", header_rows=2)
    rows = grid_to_rows(grid, document="v6900_scan.pdf", table_number=0).rows
    by_name = {r.indicator[:20]: [(c.role, c.period, c.raw) for c in r.cells] for r in rows}
    assert by_name["Tỷ lệ sử dụng dịch v"] == [
        ("target", "2025", "-"), ("target", "2030", ">80"), ("target", "2035", "90"), ("target", "2040", "95"),
        ("target", "2045", "99"),
    ]
    assert by_name["Tỷ lệ cấp kết quả gi"][1] == ("target", "2030", "100")
    # The column numbers are header: no row named "B" holding 5, 6, 8 and 9.
    assert not any(r.indicator.strip() in ("", "B") and r.cells for r in rows)


def test_the_joined_marks_become_the_header_column_number_row() -> None:
    header = [list(r) for r in _V6900_PAGE2[:2]]
    found = numbering_rows(header, _cells(_V6900_PAGE2[2:]))
    assert found is not None
    new_header, body = found
    assert new_header[-1] == ["A", "B", "c", "4", "5", "6", "7", "8", "9"]
    assert [c.text for c in body[1]][3:9] == ["-", ">80", "90", "95", "99", ""]


def test_two_short_rows_that_do_not_count_the_columns_are_left_as_body() -> None:
    header = [["STT", "Chỉ tiêu", "Đơn vị", "KH 2024", "", "TH 2024", "Ghi chú"]]
    body = _cells([
        ["", "", "%", "85", "", "90", ""],
        ["", "x", "", "", "76", "", "4"],
        ["1", "Tỷ lệ hộ nghèo", "%", "", "3,2", "", ""],
    ])
    assert numbering_rows(header, body) is None


def test_marks_rows_need_cells_of_their_own() -> None:
    header = [["STT", "Chỉ tiêu", "Đơn vị", "KH 2024", "TH 2024"]]
    body = _cells([["A", "B", "C", "1", "2"], ["A", "B", "C", "1", "2"], ["1", "Dân số", "Người", "45.200", "45.900"]])
    assert numbering_rows(header, body) is None


def _paged(rows: list[list[str]], page: int) -> list[tuple[GridCell, ...]]:
    return [tuple(GridCell(t, Provenance(page=page)) for t in row) for row in rows]


def test_a_continuation_page_whose_figures_stand_under_no_header_says_so() -> None:
    # v6900 as the reader left it before numbering_rows: page 1 read its figures under the
    # "Mức chỉ tiêu" halves, page 2 (its column numbers in the header) in the unnamed halves
    # beside them. Two rows of eight are under the whole table's 30 %: it must still doubt.
    header = [list(r) for r in _V6900_PAGE2[:2]] + [["A", "B", "C", "4", "", "5", "", "6", "", "7", "", "8", "", "9"]]
    page1 = [["1.", "Tỷ lệ dân số trưởng thành có tài khoản thanh toán điện tử", "%", str(60 + k), "", "70", "", "80",
              "", "90", "", ">90", "", ""] for k in range(6)]
    page2 = [r for r in _V6900_PAGE2[5:7]]
    grid = Grid(rows=(*_paged(header, 1), *_paged(page1, 1), *_paged(page2, 2)), header_rows=3, method="ocr-words")
    table = grid_to_rows(grid, document="v6900_scan.pdf", table_number=0).table
    assert any("page 2" in d and "without a header" in d for d in (str(x) for x in table.quality.doubts))
    # The same table read whole on one page raises no such doubt.
    whole = Grid(rows=(*_paged(header, 1), *_paged(page1, 1)), header_rows=3, method="ocr-words")
    assert not any("without a header" in str(d) for d in grid_to_rows(whole, document="v6900_scan.pdf",
                                                                        table_number=0).table.quality.doubts)
