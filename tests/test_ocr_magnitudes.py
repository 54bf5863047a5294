"""A scanned figure whose decimal comma OCR lost, and no ratio can place, is read back from the
sizes of its row's other figures."""

from __future__ import annotations

import pytest

from extractor.rows import grid_to_rows
from tests.grids import text_grid

# Dev scan v2700 / v3100 (Biểu 1 of a resolution, read at 200 dpi): a target range, the plan and
# estimate of 2024, the three figures of 2025, and their ratios.
HEADER = ["STT", "Chỉ tiêu", "ĐVT", "MT 2020-2025", "KH 2024", "Ước TH 2024", "KH 2025", "Ước TH 2025",
          "MT 2025", "Ước TH/KH 2024 (%)"]


def _values(rows: list[list[str]], method: str, header: list[str] = HEADER) -> list[list[float | None]]:
    result = grid_to_rows(text_grid([header, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [[c.value.value for c in r.cells if c.role in ("plan", "estimate")] for r in result.rows]


LIVESTOCK = ["1", "Tăng trưởng đàn gia súc", "%", "5-6", "72", "72", "6,00", "6,60", "6,30", "100,0"]
FOREST = ["2", "Tỷ lệ che phủ rừng", "%", "50,50", "51,30", "51,30", "51,82", "51,30", "51,82", "100,0"]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_lost_comma_no_ratio_can_place_is_placed_by_the_rows_other_figures(method: str) -> None:
    """"7,2" read "72" twice: 72/72 recomputes 100,0 as well as 7,2/7,2, but 6,00 and 6,60 beside
    them say where the mark was."""
    assert _values([LIVESTOCK, FOREST], method) == [[7.2, 7.2, 6.0, 6.6], [51.3, 51.3, 51.82, 51.3]]


def test_a_text_layer_figure_is_what_the_office_printed() -> None:
    assert _values([LIVESTOCK], "words")[0][:2] == [72.0, 72.0]


def test_a_figure_among_figures_printed_without_marks_stays_as_read() -> None:
    """Dev scan v1200's "Số xã đạt chuẩn" prints 12 and 9: a 72 among them says nothing of a mark."""
    row = ["1", "Số lao động được đào tạo nghề", "Người", "50", "72", "72", "6", "7", "6", "100,0"]
    assert _values([row], "ocr") == [[72.0, 72.0, 6.0, 7.0]]


def test_a_figure_of_the_size_of_its_row_stays_as_read() -> None:
    row = ["1", "Tỷ lệ che phủ rừng", "%", "50,50", "72", "72", "51,82", "51,30", "51,82", "100,0"]
    assert _values([row], "ocr")[0][:2] == [72.0, 72.0]


RESULT_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "TH 2021", "Ước TH 2022", "Ước TH 2021-2022",
                 "Ước TH/MT (%)", "Đánh giá"]


def _results(rows: list[list[str]], method: str) -> list[list[float | None]]:
    result = grid_to_rows(text_grid([RESULT_HEADER, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [[c.value.value for c in r.cells if c.role in ("target", "actual", "estimate")] for r in result.rows]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_mark_read_from_a_speck_is_dropped_when_the_rows_figures_print_none(method: str) -> None:
    """Dev scan v6500 (200 dpi): "96" read "9,6" among 100, 100 and 100."""
    rows = [["2", "Duy trì 95% hoạt động của đội văn nghệ tại các bản", "%", "100", "9,6", "100", "100", "100,0%", "Đạt"]]
    assert _results(rows, method) == [[100.0, 96.0, 100.0, 100.0]]


def test_a_small_figure_among_figures_with_decimals_stays_as_read() -> None:
    rows = [["2", "Tỷ lệ hộ nghèo", "%", "10,5", "9,6", "8,20", "9,00", "85,7", "Đạt"]]
    assert _results(rows, "ocr") == [[10.5, 9.6, 8.2, 9.0]]



PLAN_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2022", "Ước TH năm 2022", "Đánh giá kết quả"]


def _plans(rows: list[list[str]], method: str) -> list[list[float | None]]:
    result = grid_to_rows(text_grid([PLAN_HEADER, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [[c.value.value for c in r.cells if c.role in ("plan", "estimate")] for r in result.rows]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_range_printed_with_marks_places_the_mark_of_a_plain_figure(method: str) -> None:
    """Dev scan v10190 (200 dpi, small serif font): "7,8" read "78" beside the plan's range 6,9-7,1,
    whose two ends are the row's two other figures."""
    rows = [["3", "Tăng trưởng đàn gia súc", "%", "6,9-7,1", "78", "Vượt"]]
    assert _plans(rows, method) == [[None, 7.8]]


def test_one_figure_with_a_mark_beside_a_plain_one_says_nothing() -> None:
    """"83,0 | 951" (v10190: 95,1) and "9.1 | 93" (v2400: 91 | 93) look alike: which of the two
    OCR misread, the mark lost or the speck added, the row cannot say."""
    rows = [["1", "Số doanh nghiệp có hoạt động đổi mới quy trình, mô hình kinh doanh", "%", "83,0", "951", "Vượt"]]
    assert _plans(rows, "ocr") == [[83.0, 951.0]]
