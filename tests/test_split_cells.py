"""Two value columns a scan's continuation page read as one ("87 95" beside a blank column) are
split again (``extractor.split_cells``). Real OCR strings of dev scan v6360, page 2, under the
header of page 1 (STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2022 | Thực hiện năm 2022 | So sánh | Đánh giá)."""

from __future__ import annotations

from extractor.grid import GridCell
from extractor.headers import header_to_columns
from extractor.model import Provenance
from extractor.rows import grid_to_rows
from extractor.split_cells import split_doubled_figures
from tests.grids import text_grid

_HEADER = ["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2022", "Thực hiện năm 2022", "TH/KH (%)", "Đánh giá"]
_PAGE2 = [
    ["26", "100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "%", "87 95",
     "", "109,2", "Vượt"],
    ["", "Trong đó: Riêng trong năm", "%", "78 82", "", "105,1", ""],
    ["27", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "69,55 79,32", "", "114,0", "Vượt"],
    ["28", "Huyện đạt nông thôn mới", "Tiêu chí", "107 92", "", "85,98", "Chưa đạt"],
]


def _body(rows: list[list[str]], page: int = 2) -> list[list[GridCell]]:
    return [[GridCell(t, Provenance(page=page)) for t in row] for row in rows]


def test_each_of_two_figures_read_into_one_cell_goes_to_its_column_and_the_row_says_so() -> None:
    grid = text_grid([_HEADER, *_PAGE2], method="ocr-words", header_rows=1)
    rows = grid_to_rows(grid, document="v6360_scan.pdf", table_number=0).rows
    first = rows[0]
    assert [(c.role, c.raw) for c in first.cells][:3] == [("plan", "87"), ("actual", "95"), ("ratio", "109,2")]
    assert any("two figures read into one cell" in n for n in first.notes)
    assert [(c.role, c.raw) for c in rows[2].cells][:2] == [("plan", "69,55"), ("actual", "79,32")]


def test_the_merged_column_mapped_onto_the_second_of_the_two_splits_leftwards() -> None:
    # Stitched under page 1's header, the merged column landed under "Thực hiện" (the nearer).
    shifted = [[r[0], r[1], r[2], "", r[3], r[5], r[6]] for r in _PAGE2]
    body, notes = split_doubled_figures(_body(shifted), header_to_columns([_HEADER]))
    assert [c.text for c in body[3]][3:5] == ["107", "92"]
    assert len(notes) == 4


def test_a_neighbour_holding_its_own_figures_on_that_page_is_not_blank() -> None:
    rows = [list(r) for r in _PAGE2] + [["29", "Tỷ lệ hộ nghèo", "%", "3,2", "2,9", "90,6", "Đạt"]] * 3
    body, notes = split_doubled_figures(_body(rows), header_to_columns([_HEADER]))
    assert not notes
    assert body[0][3].text == "87 95"


def test_one_doubled_cell_is_no_pattern() -> None:
    rows = [_PAGE2[0], ["27", "Tỷ lệ doanh nghiệp", "%", "69,55", "", "114,0", "Vượt"]]
    body, notes = split_doubled_figures(_body(rows), header_to_columns([_HEADER]))
    assert not notes and body[0][3].text == "87 95"
