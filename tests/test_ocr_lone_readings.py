"""A scanned figure lost to junk under a seal, read as the one figure a model read again in its ink.

Strings are the cached OCR of dev scans (OCR_VERSION 48): the cell's text as read and the readings
``extractor.ocr_figures`` kept for it (``GridCell.readings``).
"""

from __future__ import annotations

from extractor.grid import GridCell
from extractor.model import Cell, Column
from extractor.ocr_lone_readings import lone_readings
from normalizers.numbers import parse_value


def _row(texts: list[tuple[str, tuple[str, ...]]], columns: list[Column]) -> tuple[list[Cell], list[GridCell]]:
    grid = [GridCell(t, readings=r) for t, r in texts]
    cells = [Cell(col.header, col.role, parse_value(grid[col.index].text), col.period, col.index, divides=col.divides)
             for col in columns if grid[col.index].text.strip()]
    return cells, grid


def _values(cells: list[Cell]) -> dict[int | None, float | None]:
    return {c.column_index: c.value.value for c in cells}


# v20350 (Liberation Sans, red seal, 200 dpi): KH năm 2023 | Ước TH năm 2023 | Đánh giá.
PLAN_EST = [Column(0, "", "number"), Column(1, "", "indicator"), Column(2, "", "unit"),
            Column(3, "KH năm 2023", "plan", "2023"), Column(4, "Ước TH năm 2023", "estimate", "2023"),
            Column(5, "Đánh giá kết quả", "evaluation", "2023")]


def test_letters_under_a_seal_read_as_the_one_figure_read_in_their_ink() -> None:
    cells, grid = _row([("b", ()), ("Tỷ lệ trường học được xây dựng kiên cố, hắt kiên cố", ()), ("%", ()),
                        ("S", ("99",)), ("S", ("99",)), ("Đạt", ())], PLAN_EST)
    out, notes = lone_readings(cells, grid, PLAN_EST, named=True)
    assert _values(out)[3] == 99.0 and _values(out)[4] == 99.0
    assert notes[0] == "column 4: 'S' read as '99' of OCR's readings '99': the only figure read in its ink"


def test_a_row_without_a_name_is_left_as_read() -> None:
    # v20430: the garbled column-number row "@ | … | @®)" read again as "6".
    cells, grid = _row([("", ()), ("@", ()), ("", ()), ("@®)", ("6",)), ("", ()), ("", ())], PLAN_EST)
    assert lone_readings(cells, grid, PLAN_EST, named=False)[1] == []


# v20020 (Liberation Sans, 200 dpi, unruled): Chỉ tiêu | Thực hiện 2024 | Tỷ lệ (%) | Đánh giá.
TARGET_ACTUAL = [Column(0, "", "number"), Column(1, "", "indicator"), Column(2, "", "unit"),
                 Column(3, "Chỉ tiêu", "target"), Column(4, "Thực hiện năm 2024", "actual", "2024"),
                 Column(5, "Tỷ lệ (%)", "ratio", "2024", divides=(4, 3)), Column(6, "Đánh giá", "evaluation", "2024")]
NAME_70 = ("70% cơ sở dữ liệu dùng chung và chuyên ngành được kết nối, chia sẻ trên toàn huyện và với các cơ sở "
           "dữ liệu quốc gia thông qua nền tảng tích hợp, chia sẻ dữ liệu đo lường triển khai")


def test_two_lost_figures_that_a_ratio_divides_are_read_together() -> None:
    # "0" and "0" for 70 and 70, their ratio 100: the first taken alone (0/70) contradicts it.
    cells, grid = _row([("", ()), (NAME_70, ()), ("%", ()), ("0", ("70",)), ("0", ("70",)), ("100", ()),
                        ("Đạt", ())], TARGET_ACTUAL)
    out, notes = lone_readings(cells, grid, TARGET_ACTUAL, named=True)
    assert (_values(out)[3], _values(out)[4]) == (70.0, 70.0) and len(notes) == 2


def test_a_reading_the_row_ratio_refuses_is_left() -> None:
    cells, grid = _row([("", ()), (NAME_70, ()), ("%", ()), ("0", ("70",)), ("20", ()), ("28,6", ()),
                        ("Chưa đạt", ())], TARGET_ACTUAL)
    cells_ok, _ = lone_readings(cells, grid, TARGET_ACTUAL, named=True)
    assert _values(cells_ok)[3] == 70.0  # 20 / 70 = 28,6 %
    cells, grid = _row([("", ()), (NAME_70, ()), ("%", ()), ("0", ("70",)), ("20", ()), ("50,0", ()),
                        ("Chưa đạt", ())], TARGET_ACTUAL)
    out, notes = lone_readings(cells, grid, TARGET_ACTUAL, named=True)
    assert _values(out)[3] == 0.0 and notes == []


# v20290 (Liberation Serif, grey seal, 200 dpi): Mục tiêu NQ | KH 2024 | Ước TH 2024 | So sánh Ước TH/KH 2024.
TEA = [Column(0, "", "number"), Column(1, "", "indicator"), Column(2, "", "unit"),
       Column(3, "Mục tiêu NQ ĐH", "target", "2020-2025"), Column(4, "KH năm 2024", "plan", "2024"),
       Column(5, "Ước thực hiện năm 2024", "estimate", "2024"),
       Column(6, "Ước thực hiện năm 2024/Kế hoạch năm 2024", "ratio", "2024", divides=(5, 4))]


def test_a_cut_figure_is_left_when_its_row_ratio_does_not_recompute_with_the_reading() -> None:
    # "02" read again as 2.202,34; the estimate beside it is itself misread ("22224" of 2.222,34),
    # so 100,9 % does not recompute and nothing says the reading is right.
    cells, grid = _row([("", ()), ("Diện tích cây chè", ()), ("Ha", ()), ("2.200,00", ()), ("02", ("2.202,34",)),
                        ("22224", ()), ("100,9", ())], TEA)
    assert lone_readings(cells, grid, TEA, named=True)[1] == []
    cells, grid = _row([("", ()), ("Diện tích cây chè", ()), ("Ha", ()), ("2.200,00", ()), ("02", ("2.202,34",)),
                        ("2.222,34", ()), ("100,9", ())], TEA)
    out, _ = lone_readings(cells, grid, TEA, named=True)
    assert _values(out)[4] == 2202.34


def test_readings_that_do_not_single_out_one_plain_figure_are_left() -> None:
    cases = [
        ("SÙ", ("9", "90", "80")),  # v20290: three figures
        ("III.i", ("14.",)),  # v20290: a dangling mark (111,1 printed)
        ("≥ 79", ("279",)),  # v20190: the sign read as a digit
        ("1", ("7,2",)),  # v19360: a digit read would change
        ("@Q 9", ("97.880",)),  # v20150: a period before three digits says no figure (97,85 printed)
        ("", (",2", "7,2", "1,2")),  # v17100
    ]
    for text, readings in cases:
        cells, grid = _row([("", ()), ("Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", ()), ("%", ()),
                            (text, readings), ("", ()), ("", ())], PLAN_EST)
        assert lone_readings(cells, grid, PLAN_EST, named=True)[1] == [], text


def test_a_text_layer_is_never_read_this_way() -> None:
    # Text-layer cells carry no readings: nothing to take.
    cells, grid = _row([("", ()), ("Tỷ lệ trường học được xây dựng kiên cố", ()), ("%", ()), ("S", ()), ("", ()),
                        ("", ())], PLAN_EST)
    assert lone_readings(cells, grid, PLAN_EST, named=True)[1] == []
