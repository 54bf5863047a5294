"""Header cells OCR misread on real scanned pages, read back from the rest of the table's header.

Each test renders a development variant and its 200 dpi scan (corpus/variants.py), OCRs one page
and reads its table; the expected cells come from the variant's truth, never from doisoat.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from extractor.documents import grids_to_rows
from extractor.ocr import ocr_pdf_pages, tesseract_available

OK, REASON = tesseract_available()
pytestmark = pytest.mark.skipif(not OK, reason=f"OCR tests need Tesseract with 'vie': {REASON}")


def _truth_and_rows(seed: int, page: int, tmp_path: Path) -> tuple[dict[str, Any], set[tuple[str, str | None, float]]]:
    from corpus.variants import write_seed

    truth = write_seed(seed, tmp_path, scan_copy=True, edits=False)
    [scanned] = ocr_pdf_pages(tmp_path / f"v{seed:04d}_scan.pdf", [page])
    _, rows = grids_to_rows(list(scanned.grids), document="d")
    got = {(c.role, c.period, c.value.value) for r in rows for c in r.cells if c.value.value is not None}
    return truth, got


def _wanted(truth: dict[str, Any], page: int, role: str, period: str) -> list[float]:
    return [c["value"] for t in truth["tables"] for r in t["rows"] if r.get("page") == page
            for c in r["cells"] if (c["role"], c["period"]) == (role, period) and c.get("value") is not None]


@pytest.mark.parametrize(
    ("seed", "role", "period"),
    [
        # "Ước thực hiện năm 2024" read "ốc thực hiện năm 2024" (an actual); the ratio "Ước thực
        # hiện năm 2024/Kế hoạch năm 2024" beside it names the estimate.
        (4070, "estimate", "2024"),
        # "KH 2024" read "KH 2824" (no year); "So sánh UTH/KH năm 2024 (%)" names the plan of 2024.
        (4670, "plan", "2024"),
    ],
)
def test_a_header_cell_misread_on_a_200_dpi_scan_is_read_from_the_ratio_naming_its_column(
    seed: int, role: str, period: str, tmp_path: Path
) -> None:
    truth, got = _truth_and_rows(seed, 1, tmp_path)
    wanted = _wanted(truth, 1, role, period)
    assert len(wanted) >= 5
    found = [v for v in wanted if (role, period, v) in got]
    assert len(found) >= 0.8 * len(wanted), (found, wanted)


def test_a_header_wrapped_into_rows_of_its_own_takes_its_repeat_on_the_next_page(tmp_path: Path) -> None:
    """Dev scan v4490 (unruled, 200 dpi, skewed): page 1's header came out as a two-row header
    over rows "229.325)", "-2024" / "- 202" ... down to the column numbers; page 2 repeats it read
    well. The first page's figures go under the repeat's columns (48 cells were read under the
    wrong role or period)."""
    from corpus.variants import write_seed

    truth = write_seed(4490, tmp_path, scan_copy=True, edits=False)
    scanned = ocr_pdf_pages(tmp_path / "v4490_scan.pdf", [1, 2])
    _, rows = grids_to_rows([g for p in scanned for g in p.grids], document="d")
    got = {(c.role, c.period, c.value.value) for r in rows for c in r.cells if c.value.value is not None}
    for role, period in (("target", "2020-2025"), ("estimate", "2021-2024"), ("ratio", "2021-2025")):
        wanted = _wanted(truth, 1, role, period)
        found = [v for v in wanted if (role, period, v) in got]
        assert len(wanted) >= 5 and len(found) >= 0.8 * len(wanted), (role, period, found, wanted)


def test_a_top_rule_read_as_dashes_does_not_cut_the_continuation_page_off(tmp_path: Path) -> None:
    """Dev scan v3240 (200 dpi): the rule over page 2's rows came back as "— - - -", read as a
    header repeating nothing, and the page's figures were left under no column."""
    from corpus.variants import write_seed

    truth = write_seed(3240, tmp_path, scan_copy=True, edits=False)
    scanned = ocr_pdf_pages(tmp_path / "v3240_scan.pdf", [1, 2])
    _, rows = grids_to_rows([g for p in scanned for g in p.grids], document="d")
    got = {(c.role, c.period, c.value.value) for r in rows for c in r.cells if c.value.value is not None}
    wanted = [(c["role"], c["period"], c["value"]) for t in truth["tables"] for r in t["rows"] if r.get("page") == 2
              for c in r["cells"] if c.get("value") is not None and c["role"] in ("actual", "plan", "estimate")]
    assert len(wanted) >= 6
    assert sum(1 for w in wanted if w in got) >= 0.8 * len(wanted), (wanted, got)


def test_years_wrapped_under_nam_in_an_unruled_header_name_their_columns(tmp_path: Path) -> None:
    """Dev scan v16390 (unruled, 300 dpi): "Năm 2025" … "Năm 2045" under "Mức chỉ tiêu" wrapped
    after "Năm"; the years came out as a body row of their own and no target column had a period
    (0 of the table's 73 figures read)."""
    truth, got = _truth_and_rows(16390, 1, tmp_path)
    for year in ("2025", "2035", "2045"):
        wanted = _wanted(truth, 1, "target", year)
        found = [v for v in wanted if ("target", year, v) in got]
        assert len(wanted) >= 5 and len(found) >= 0.8 * len(wanted), (year, found, wanted)


def test_a_repeat_read_better_than_a_merged_first_page_keeps_its_own_columns(tmp_path: Path) -> None:
    """Dev scan v16440 (turned sideways, unruled, 300 dpi): page 1's header came out with the
    names, units and two figure columns merged into one; pages 2 and 3 were put under it and all
    115 figures were lost. Page 3's repeat reads every column: its figures keep them."""
    from corpus.variants import write_seed

    truth = write_seed(16440, tmp_path, scan_copy=True, edits=False)
    scanned = ocr_pdf_pages(tmp_path / "v16440_scan.pdf", [1, 2, 3])
    _, rows = grids_to_rows([g for p in scanned for g in p.grids], document="d")
    got = {(c.role, c.period, c.value.value) for r in rows for c in r.cells if c.value.value is not None}
    for role, period in (("target", None), ("actual", "2024"), ("ratio", "2024")):
        wanted = [c["value"] for t in truth["tables"] for r in t["rows"] if r.get("page") == 3 for c in r["cells"]
                  if (c["role"], c["period"]) == (role, period) and c.get("value") is not None]
        found = [v for v in wanted if (role, period, v) in got]
        assert len(wanted) >= 5 and len(found) >= 0.8 * len(wanted), (role, period, found, wanted)


def test_a_ratio_header_that_lost_its_period_takes_the_one_its_siblings_leave(tmp_path: Path) -> None:
    """Dev scan v14380 (unruled, 300 dpi): "Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ ĐH" came
    out "Ước thực hiện giai đoạn" over "Mục tiêu NQ ĐH", a target of no period: 24 ratios lost."""
    truth, got = _truth_and_rows(14380, 1, tmp_path)
    wanted = _wanted(truth, 1, "ratio", "2021-2025")
    found = [v for v in wanted if ("ratio", "2021-2025", v) in got]
    assert len(wanted) >= 5 and len(found) >= 0.8 * len(wanted), (found, wanted)


def test_figures_one_column_right_of_their_headers_go_under_them(tmp_path: Path) -> None:
    """Dev scan v16440 page 2 (unruled, 300 dpi): the whitespace reader put each header cell over
    an empty column and its figures, one column right, under none (51 figures unheaded)."""
    truth, got = _truth_and_rows(16440, 2, tmp_path)
    for role, period in (("target", None), ("actual", "2024"), ("ratio", "2024")):
        wanted = [c["value"] for t in truth["tables"] for r in t["rows"] if r.get("page") == 2 for c in r["cells"]
                  if (c["role"], c["period"]) == (role, period) and c.get("value") is not None]
        found = [v for v in wanted if (role, period, v) in got]
        assert len(wanted) >= 5 and len(found) >= 0.7 * len(wanted), (role, period, found, wanted)
