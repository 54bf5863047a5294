"""The second PDF producer (issue 9): a variant written as HTML and printed by headless Chromium.

The HTML itself is checked without a browser (merged header cells as rowspan/colspan, a repeated
header as <thead>, markers only in the copy that finds the pages); with Chromium, a few
development seeds are printed, their truth's pages read back from the marked copy, and the real
extractor reads them against the same truth as the reportlab copy:

- v0002: its second table's header shaded cell by cell over a body ruled across only: the fills
  drew a lattice of the header's cells ("Mức chỉ tiêu" over "2025 (4) | 2030 (5) ..."), read as
  a table of its own, and the body under it had no header (28 of 45 cells without role or period);
- v0127: two shaded headers over unruled bodies, each with its column-number row: once the bands
  were no tables, the shading's edges between header lines were still taken for rules across the
  table, and the second table lost its header (15 of 57 cells).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from corpus.variant_html import CHROMIUM, document_html, write_seed_chromium
from corpus.variants import _blocks, _grids, _rng, variant
from tests.variant_reads import assert_pages_read_back, assert_read_exactly


def _html(seed: int, *, marks: bool = False) -> str:
    v = variant(seed)
    return document_html(_blocks(v, _rng(seed, "render")), _grids(v), v.layout, seed, marks=marks)[0]


def test_merged_header_cells_are_rowspan_and_colspan() -> None:
    v = variant(2)
    grid = _grids(v)[1]
    assert grid.spans, "seed 2's second table has a two-level header"
    html = _html(2)
    for (c0, r0), (c1, r1) in grid.spans:
        attrs = (f' colspan="{c1 - c0 + 1}"' if c1 > c0 else "") + (f' rowspan="{r1 - r0 + 1}"' if r1 > r0 else "")
        assert f"<th{attrs}>" in html or f"<th{attrs} " in html
    # Every header row covers the table's width once: the cells a span covers are not written.
    table = html.split('<table class="data')[2]
    head = table.split("</thead>")[0] if "<thead>" in table else table
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", head)[: len(grid.header)]
    width = len(grid.column_headers)
    filled = [[False] * width for _ in grid.header]
    for r, row in enumerate(rows):
        c = 0
        for cols, rs in re.findall(r'<th(?: colspan="(\d+)")?(?: rowspan="(\d+)")?', row):
            while filled[r][c]:
                c += 1
            for dr in range(int(rs or 1)):
                for dc in range(int(cols or 1)):
                    filled[r + dr][c + dc] = True
            c += int(cols or 1)
    assert all(all(row) for row in filled)


def test_markers_are_only_in_the_marked_copy() -> None:
    assert "@t0r0@" not in _html(0)
    marked = _html(0, marks=True)
    assert "@t0r0@" in marked and "@t1r0@" in marked


def test_a_repeated_header_is_a_thead_and_a_header_printed_once_is_not() -> None:
    v = variant(1)
    assert v.layout.tables[0].repeat_header
    assert "<thead>" in _html(1)
    once = next(s for s in range(40) if not variant(s).layout.tables[0].repeat_header and not variant(s).layout.tables[0].broken)
    assert "<thead>" not in _html(once).split('<table class="data')[1].split("</table>")[0]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"headless Chromium not installed at {CHROMIUM}")
@pytest.mark.parametrize("seed", [0, 1, 2, 127])
def test_chromium_prints_the_variant_and_the_extractor_reads_it(seed: int, tmp_path: Path) -> None:
    truth = write_seed_chromium(seed, tmp_path)
    assert truth["producer"] == "chromium" and "rotated" not in truth["features"]
    # Every row's page was read back from the marked print, within the document.
    assert_pages_read_back(truth)
    assert_read_exactly(truth, tmp_path / f"v{seed:04d}.pdf")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"headless Chromium not installed at {CHROMIUM}")
def test_a_marker_under_the_repeated_header_opens_its_parts(tmp_path: Path) -> None:
    # v33490 (landscape, ruled, the header repeated, numbers_en): row 17 ends page 1; page 2 opens
    # with the repeat, then "Trong đó:" alone and the part "Riêng trong năm | % | 100.0". The page's
    # header was counted three rows deep; the part was given back to the body, but its marker was
    # dropped with the repeat, and the part had no parent.
    truth = write_seed_chromium(33490, tmp_path)
    assert "child_trong_do" in truth["features"] and "continuation_repeated_header" in truth["features"]
    assert_read_exactly(truth, tmp_path / "v33490.pdf", rows=True)
