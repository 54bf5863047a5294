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


def _styled(texts: dict[str, str], style: str) -> list[Cell]:
    return [Cell(role.split()[0], role.split()[0], parse_value(t, style=style), None, k)  # type: ignore[arg-type]
            for k, (role, t) in enumerate(texts.items())]


def test_a_slash_for_a_group_comma_takes_the_shape_of_the_rows_amounts() -> None:
    # v24140 (dev scans 24000-24499 e10), "Tổng sản lượng lương thực trong năm", Tấn: "9/121" for 9,121.
    row = _styled({"actual": "5,366", "plan": "15,412", "estimate": "9/121", "ratio": "59.18", "target": "24,873"}, "en")
    cells, notes = commas_read_as_slashes(row)
    assert (cells[2].value.kind, cells[2].value.value) == ("number", 9121.0) and cells[2].value.raw == "9/121"
    assert notes == ["column 3: '9/121' read as 9,121: a slash where the row's amounts print that shape is a misread "
                     "separator or 7"]


def test_a_slash_for_a_decimal_comma_under_one_takes_the_shape_of_the_rows_amounts() -> None:
    # v22270, "Tỷ lệ che phủ rừng", %: 50,50 | 51,30 | 51,30 | 51,82 | 5130 | "51/82".
    row = _styled({"target": "50,50", "plan": "51,30", "estimate": "51,30", "actual": "51,82", "plan 2": "5130",
                   "estimate 2": "51/82"}, "vi")
    cells, notes = commas_read_as_slashes(row)
    assert (cells[5].value.kind, cells[5].value.value, cells[5].value.decimals) == ("number", 51.82, 2) and len(notes) == 1


def test_a_slash_for_a_seven_takes_the_shape_of_the_rows_amounts() -> None:
    # v23400 "Tổng lượt khách du lịch": 595.829 | "5/3.356" | 614.346 (573.356 printed);
    # v22030 "Tổng sản lượng lương thực có hạt": 34.414,3 | "36.5/4.6" | 37.684,8 (36.574,6 printed).
    cells, _ = commas_read_as_slashes(_styled({"actual": "595.829", "plan": "5/3.356", "estimate": "614.346"}, "vi"))
    assert (cells[1].value.kind, cells[1].value.value) == ("number", 573356.0)
    cells, _ = commas_read_as_slashes(_styled({"actual": "34.414,3", "plan": "36.5/4.6", "estimate": "37.684,8"}, "vi"))
    assert (cells[1].value.kind, cells[1].value.value, cells[1].value.decimals) == ("number", 36574.6, 1)


def test_a_speck_after_a_slashed_decimal_is_no_part_of_it() -> None:
    # v23010 "Tỷ lệ chất thải rắn sinh hoạt đô thị …": 98,0 | 97,0 | "97/0:" | 98,0.
    cells, notes = commas_read_as_slashes(_row("98,0", "97,0", "97/0:", "98,0"))
    assert (cells[2].value.kind, cells[2].value.value) == ("number", 97.0) and len(notes) == 1


def test_a_row_that_counts_part_of_a_whole_keeps_its_slashes() -> None:
    # v23400 "Số xã đạt chuẩn nông thôn mới trong năm", Xã: 6/9 | 5/9 | … | 8/9 — and a fraction
    # among amounts of another size or shape stays what it reads.
    for row in (_styled({"actual": "6/9", "plan": "5/9", "estimate": "5,5", "target": "8,1"}, "vi"),
                _styled({"actual": "9/14", "plan": "12,50", "estimate": "13,75"}, "vi"),
                _styled({"actual": "9/14", "plan": "9,1", "estimate": "9,2"}, "vi")):
        cells, notes = commas_read_as_slashes(row)
        assert notes == [] and [c.value for c in cells] == [c.value for c in row]


@given(st.integers(1, 99), st.integers(1, 99), st.lists(st.integers(0, 999), min_size=2, max_size=5))
def test_a_fraction_among_amounts_printed_without_separators_stays(a: int, b: int, others: list[int]) -> None:
    # Plain amounts ("55", "100") say nothing of where a separator goes.
    texts = {f"actual {k}": str(n) for k, n in enumerate(others)} | {"estimate": f"{a}/{b}"}
    if a <= b:
        cells, notes = commas_read_as_slashes(_styled(texts, "vi"))
        assert notes == [] and cells[-1].value.kind == "fraction"
