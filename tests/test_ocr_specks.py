"""Specks read as marks around a scanned figure, or beside its own mark (extractor.ocr_specks)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.model import Cell
from extractor.ocr_specks import specks_around_figures
from extractor.rows import grid_to_rows
from normalizers.numbers import format_vi, parse_value
from tests.grids import text_grid


def _cell(raw: str, role: str = "actual") -> Cell:
    return Cell("TH", role, parse_value(raw), None, 3)


def test_specks_before_after_or_beside_a_mark_are_dropped() -> None:
    # Dev scans v13120 ",100,0", v14610 "⁄ . 103,9", v13740 "24.264.,32", v14380 "2.222.,34".
    cells, notes = specks_around_figures([_cell(",100,0", "ratio"), _cell("⁄ . 103,9", "ratio"),
                                          _cell("24.264.,32"), _cell("2.222.,34", "estimate")])
    assert [c.value.value for c in cells] == [100.0, 103.9, 24264.32, 2222.34] and len(notes) == 4


def test_a_speck_that_may_be_the_figure_s_own_mark_or_sign_leaves_it_unread() -> None:
    # ",49" (v13230) is 49 or 0,49; "/ 1119" (v13750) is 111,9; "-_50.770,4." (v13780) may be
    # negative; "~4U" (v14010) holds a letter; "¡5,0" (v14210) is "105,0" with "10" read "¡".
    for raw in (",49", "/ 1119", "-_50.770,4.", "~4U", "¡5,0", "“ XS 97,0"):
        cell = _cell(raw)
        assert specks_around_figures([cell]) == ([cell], []), raw
    # A figure already read, and a note's text, are left as they are.
    for cell in (_cell("100,0"), _cell(",100,0", "note")):
        assert specks_around_figures([cell]) == ([cell], [])


@given(st.integers(min_value=1000, max_value=99_999_999), st.sampled_from([",", "'", "`", "“", ". ", "_"]))
def test_a_speck_before_a_figure_with_its_marks_reads_as_the_figure(cents: int, speck: str) -> None:
    printed = format_vi(cents / 100, 2)
    fixed, _ = specks_around_figures([_cell(speck + printed)])
    assert fixed[0].value.value == parse_value(printed, style="vi").value


def test_only_a_scanned_grid_drops_the_specks() -> None:
    rows = [["STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch 2024", "Thực hiện 2024"],
            ["1", "Chi sự nghiệp y tế", "Triệu đồng", "2.202,34", "2.222.,34"]]
    scanned = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0).rows[0]
    printed = grid_to_rows(text_grid(rows, method="words", header_rows=1), document="d", table_number=0).rows[0]
    assert scanned.cells[1].value.value == 2222.34 and printed.cells[1].value.value is None
