"""A scanned ratio cell whose decimal mark OCR lost is read back from its row's quotient."""

from __future__ import annotations

import pytest

from extractor.rows import grid_to_rows
from tests.grids import text_grid

HEADER = ["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "Ước TH năm 2024", "Ước TH/KH năm 2024 (%)"]


def _ratio(rows: list[list[str]], method: str) -> list[float | None]:
    result = grid_to_rows(text_grid([HEADER, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [c.value.value for r in result.rows for c in r.cells if c.role == "ratio"]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_lost_decimal_mark_of_a_scanned_ratio_is_put_back_from_the_quotient(method: str) -> None:
    """Dev variant 3100 (300 dpi, a grey seal): "92,0" read "920"; 46,0 / 50,0 says 92,0."""
    rows = [
        ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,0", "46,0", "920"],
        ["2", "Số xã đạt chuẩn nông thôn mới", "Xã", "12,0", "9,0", "75,0"],
        ["3", "Tỷ lệ hộ nghèo", "%", "4,0", "5,0", "125,0"],
    ]
    assert _ratio(rows, method) == [92.0, 75.0, 125.0]


def test_a_text_layer_ratio_is_what_the_office_printed() -> None:
    rows = [["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,0", "46,0", "920"]]
    assert _ratio(rows, "words") == [920.0]


def test_a_ratio_beside_a_division_that_may_have_lost_its_mark_stays_as_read() -> None:
    """Dev variant 3620: "4345522" (434552,2) read for the division made "104" look like 10,4."""
    rows = [["1", "Chi đầu tư phát triển", "Triệu đồng", "4345522", "451167,0", "104"]]
    assert _ratio(rows, "ocr") == [104.0]


def test_a_ratio_printed_with_a_mark_stays_as_read() -> None:
    """Dev variant 3200: the estimate "1" (100) was the misread; "125,0" is right."""
    rows = [["1", "Tỷ lệ thôn, bản có nhà văn hóa", "%", "80", "1", "125,0"]]
    assert _ratio(rows, "ocr") == [125.0]


def _estimates(rows: list[list[str]], method: str) -> list[float | None]:
    result = grid_to_rows(text_grid([HEADER, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [c.value.value for r in result.rows for c in r.cells if c.role == "estimate"]


BUDGET = [
    ["1", "Thu ngân sách", "Triệu đồng", "160.250", "151.480", "94,5"],
    ["2", "Thu nội địa", "Triệu đồng", "151.141", "142,777", "94,5"],
    ["3", "Thu phí, lệ phí", "Triệu đồng", "3.120", "2.902", "93,0"],
    ["4", "Chi thường xuyên", "Triệu đồng", "119,8", "120,5", "100,6"],
]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_scanned_thousands_mark_read_as_a_comma_is_read_back_from_the_ratio(method: str) -> None:
    """Landscape dev scan v0050 (forced rotated): "142.777" read "142,777"; 94,5 % of 151.141
    says thousands."""
    assert _estimates(BUDGET, method) == [151480.0, 142777.0, 2902.0, 120.5]


def test_a_text_layer_three_decimal_figure_is_what_the_office_printed() -> None:
    assert _estimates(BUDGET, "words")[1] == 142.777


def test_a_three_decimal_figure_its_ratio_agrees_with_stays_as_read() -> None:
    rows = [["1", "Năng suất", "Tấn/ha", "1,250", "1,125", "90,0"], ["2", "Diện tích", "ha", "2.100", "2.310", "110,0"]]
    assert _estimates(rows, "ocr") == [1.125, 2310.0]


DIVISION_HEADER = ["STT", "Chỉ tiêu", "ĐVT", "KH 2025", "Ước TH 2025", "Ước TH/KH (%)"]


def _divisions(rows: list[list[str]], method: str) -> list[list[float | None]]:
    result = grid_to_rows(text_grid([DIVISION_HEADER, *rows], method=method, header_rows=1), document="d", table_number=0)
    return [[c.value.value for c in r.cells if c.role in ("plan", "estimate")] for r in result.rows]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_lost_comma_of_a_division_is_placed_by_its_rows_ratio(method: str) -> None:
    """Dev scan v2600: "76,0" read "760"; 75,1 / 76,0 = 98,8 % places the mark."""
    rows = [["18", "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "%", "760", "75,1", "98,8"],
            ["17", "Tỷ lệ cơ quan, đơn vị, trường học đạt tiêu chuẩn văn hóa", "%", "94,6", "99,0", "104,7"]]
    assert _divisions(rows, method) == [[76.0, 75.1], [94.6, 99.0]]


def test_a_division_its_ratio_agrees_with_stays_as_read() -> None:
    rows = [["1", "Số hộ được hỗ trợ nhà ở", "Hộ", "760", "751", "98,8"]]
    assert _divisions(rows, "ocr") == [[760.0, 751.0]]


@pytest.mark.parametrize("method", ["ocr", "ocr-words"])
def test_a_speck_read_as_a_mark_in_a_division_is_dropped_not_carried_to_its_row(method: str) -> None:
    """Dev scan v11550 (200 dpi): "579754" read "5.79754"; 90,10 % of 643433 says no mark. Before,
    the row was mended the other way: 643433 and 634481 read as 6,43433 and 6,34481."""
    header = ["TT", "Chỉ tiêu", "Đơn vị", "Thực hiện năm 2024", "Năm 2025 Dự toán", "Năm 2025 Ước thực hiện",
              "So sánh (%) Ước TH 2025/TH 2024"]
    rows = [["", "Bao gồm: Bổ sung cân đối", "Triệu đồng", "643433", "634481", "5.79754", "90,10"]]
    result = grid_to_rows(text_grid([header, *rows], method=method, header_rows=1), document="d", table_number=0)
    assert [c.value.value for r in result.rows for c in r.cells if c.role != "ratio"] == [643433.0, 634481.0, 579754.0]


def test_a_figure_with_many_decimals_its_ratio_agrees_with_stays_as_read() -> None:
    rows = [["1", "Hệ số", "Lần", "1,2500", "1,1250", "90,0"]]
    assert _divisions(rows, "ocr") == [[1.25, 1.125]]
