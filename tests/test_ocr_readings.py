"""A figure OCR could not settle, chosen among the readings the models printed for it by its row's
ratio (``extractor.ocr_figures._candidates`` -> ``GridCell.readings`` -> ``extractor.ocr_ratios.
readings_by_ratio``, wired into ``extractor.rows.grid_to_rows`` for OCR grids).

The strings are what Tesseract printed on development scan v4150 page 1 (200 dpi, red seal, upside
down), rows of its Biểu; the figures of the rows are the generator's truth.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.ocr import OcrPage, page_from_json, page_to_json
from extractor.ocr_figures import _candidates
from extractor.rows import grid_to_rows

HEADER = ("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2021", "Kế hoạch năm 2022", "Ước thực hiện năm 2022",
          "So sánh UTH/KH (%)", "So sánh UTH 2022/TH 2021 (%)")
CATTLE = "Tăng trưởng đàn gia súc vùng đồng bào dân tộc thiểu số"
OTHER_ROWS = (
    ("1", "Tăng trưởng đàn gia súc", "%", "6,4", "5,6", "7,0", "125,0%", "109"),
    ("3", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "88", "82", "76", "92,7", "86,4"),
    ("4", "Số doanh nghiệp công nghệ số", "DN", "2", "2", "2", "100", "100"),
)


def _rows(cattle: tuple[GridCell, ...], *, method: str = "ocr") -> dict[str, tuple[list[tuple[str, float | None]], tuple[str, ...]]]:
    body = [tuple(GridCell(t) for t in OTHER_ROWS[0]), cattle, *(tuple(GridCell(t) for t in r) for r in OTHER_ROWS[1:])]
    grid = Grid(rows=(tuple(GridCell(t) for t in HEADER), *body), header_rows=1, method=method)
    out = grid_to_rows(grid, document="v4150_scan.pdf", table_number=0)
    return {r.indicator: ([(c.role, c.value.value) for c in r.cells], r.notes) for r in out.rows}


def _cattle(ratio: GridCell, actual: str = "5,8") -> tuple[GridCell, ...]:
    return (*(GridCell(t) for t in ("2", CATTLE, "%", actual, "4,7", "7,0")), ratio, GridCell("121"))


READ_BLANK = GridCell("", readings=("1480", "1489", "148.9", "146.9"))  # printed "148,9"


def test_of_a_figures_readings_the_one_its_rows_ratio_recomputes_is_taken_and_said() -> None:
    cells, notes = _rows(_cattle(READ_BLANK))[CATTLE]
    assert ("ratio", 148.9) in cells  # 7,0 / 4,7 = 148,9 %; "1480", "1489", "146,9" do not recompute
    assert any("read as '148.9'" in n and "ratio recomputes" in n for n in notes)


def test_readings_are_not_taken_when_the_text_recomputes_or_two_fit_or_the_grid_is_no_scan() -> None:
    as_read = GridCell("148,9", readings=("1489", "146.9"))
    cells, notes = _rows(_cattle(as_read))[CATTLE]
    assert ("ratio", 148.9) in cells and notes == ()
    # Two figures recompute within a unit of the last digit printed: arithmetic cannot choose.
    two = GridCell("HE:", readings=("149", "148"))
    cells, notes = _rows(_cattle(two))[CATTLE]
    assert ("ratio", 149.0) not in cells and ("ratio", 148.0) not in cells and not notes
    # A text layer prints what the office printed: readings are OCR's only.
    cells, notes = _rows(_cattle(READ_BLANK), method="words")[CATTLE]
    assert ("ratio", 148.9) not in cells


def test_a_reading_that_fits_only_a_misread_figure_of_the_row_is_no_candidate() -> None:
    """On v4150 the row's actual "5,8" was read "58"; of the readings of its other ratio ("121"
    read as "IEg"), "12" recomputed with it (7,0 / 58): a reading short of the digit the others
    see. It is no candidate, so no reading of the ratio is taken. The lost mark of "58" itself is put
    back by the size of the row's other figures (ocr_magnitudes), which says so in the one note."""
    readings = _candidates(["171", "121", "12"], ["123", "121", ""])
    assert "12" not in readings and set(readings) == {"121", "171", "123"}
    row = (*(GridCell(t) for t in ("2", CATTLE, "%", "58", "4,7", "7,0")), GridCell("148,9"), GridCell("IEg", readings=readings))
    cells, notes = _rows(row)[CATTLE]
    assert ("ratio", 12.0) not in cells
    assert notes == ("column 4: '58' read as 5,8, the size of its row's other figures (4,7 to 7,0)",)


def test_readings_live_through_the_ocr_cache() -> None:
    grid = Grid(rows=((GridCell("HE:", readings=("92,7", "927")), GridCell("88")),), method="ocr")
    page = OcrPage(1, (grid,), (), 0.9, 1.0, False)
    again = page_from_json(page_to_json(page), seconds=0.0, from_cache=True)
    assert again.grids[0].rows[0][0].readings == ("92,7", "927")
    assert again.grids[0].rows[0][1].readings == ()


# Development scan v6270 page 1 (200 dpi, unruled): a total listed by "Chia ra:" and its parts.
SUM_HEADER = ("STT", "Tên chỉ tiêu", "ĐVT", "Kế hoạch năm 2022", "Ước thực hiện năm 2022", "Đánh giá", "Ghi chú")
TOURISM = "Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng"


def _sum_rows(central: GridCell, *, method: str = "ocr-words") -> dict[str, tuple[list[tuple[str, float | None]], tuple[str, ...]]]:
    body = (
        tuple(GridCell(t) for t in ("2.", TOURISM, "Tỷ đồng", "Khoảng 771", "845", "Vượt", "")),
        (GridCell(""), GridCell("Chia ra: Ngân sách trung ương"), GridCell("Tỷ đồng"), GridCell("444"), central,
         GridCell(""), GridCell("")),
        tuple(GridCell(t) for t in ("-", "Ngân sách địa phương", "Tỷ đồng", "327", "339", "", "")),
    )
    grid = Grid(rows=(tuple(GridCell(t) for t in SUM_HEADER), *body), header_rows=1, method=method)
    out = grid_to_rows(grid, document="v6270_scan.pdf", table_number=0)
    return {r.indicator: ([(c.role, c.value.value) for c in r.cells], r.notes) for r in out.rows}


def test_of_a_parts_readings_the_one_its_totals_sum_holds_with_is_taken_and_said() -> None:
    cells, notes = _sum_rows(GridCell("HE:", readings=("506", "566")))["Ngân sách trung ương"]
    assert ("estimate", 506.0) in cells  # 506 + 339 = 845; 566 + 339 = 905
    assert any("read as '506'" in n and "add up to their total" in n for n in notes)


def test_sum_readings_are_not_taken_when_the_sum_holds_two_fit_or_the_grid_is_no_scan() -> None:
    cells, notes = _sum_rows(GridCell("506", readings=("566",)))["Ngân sách trung ương"]
    assert ("estimate", 506.0) in cells and not notes
    # "506" and "505" both add up within the printed precision of 845 (±1 + ±1 + ±1): no choice.
    cells, notes = _sum_rows(GridCell("HE:", readings=("506", "505")))["Ngân sách trung ương"]
    assert ("estimate", 506.0) not in cells and ("estimate", 505.0) not in cells and not notes
    cells, notes = _sum_rows(GridCell("HE:", readings=("506", "566")), method="words")["Ngân sách trung ương"]
    assert ("estimate", 506.0) not in cells
