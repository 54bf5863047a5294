"""Decimal commas OCR read as slashes (``extractor.ocr_slashes``). The slashed readings are what
Tesseract read on development scans (v7320 "82/7" for 82,7; 6000-6999: "97/1", "71/1")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.model import Cell
from extractor.ocr_slashes import commas_read_as_slashes
from normalizers.numbers import parse_value


def _row(*texts: str, role: str = "actual") -> list[Cell]:
    return [Cell("TH", role, parse_value(t), None, k) for k, t in enumerate(texts)]


def test_a_fraction_larger_than_one_over_one_digit_is_a_misread_decimal() -> None:
    cells, notes = commas_read_as_slashes(_row("82/7", "97/1", "111/1"))
    assert [(c.value.kind, c.value.value, c.value.decimals) for c in cells] == [("number", 82.7, 1), ("number", 97.1, 1),
                                                                                  ("number", 111.1, 1)]
    assert cells[0].value.raw == "82/7" and len(notes) == 3
    assert notes[0] == "column 1: '82/7' read as 82,7: a fraction larger than one is a comma OCR read as a slash"


def test_a_fraction_larger_than_one_over_two_digits_is_a_misread_decimal() -> None:
    # Landscape scans of dev variants 1000 and 200 (forced rotated): "112/31" for 112,31, "2297/34"
    # for 2297,34; a share of communes "13/19" stays a fraction.
    cells, notes = commas_read_as_slashes(_row("112/31", "2297/34", "13/19"))
    assert [(c.value.kind, c.value.value, c.value.decimals) for c in cells[:2]] == [("number", 112.31, 2),
                                                                                     ("number", 2297.34, 2)]
    assert cells[2].value.kind == "fraction" and len(notes) == 2


def test_fractions_that_count_part_of_a_whole_stay_fractions() -> None:
    # "7/9" communes of nine, "16/19", and a note column's "5/3" are printed as such.
    for row in (_row("7/9", "16/19", "4/77"), _row("5/3", role="note")):
        cells, notes = commas_read_as_slashes(row)
        assert notes == [] and [c.value for c in cells] == [c.value for c in row]


@given(st.integers(0, 999), st.integers(0, 9))
def test_only_slashed_figures_larger_than_their_digit_change(a: int, b: int) -> None:
    (cell,), notes = commas_read_as_slashes(_row(f"{a}/{b}"))
    if a > b:
        assert cell.value.kind == "number" and cell.value.value == float(f"{a}.{b}") and notes
    else:
        assert notes == [] and cell.value.raw == f"{a}/{b}"
