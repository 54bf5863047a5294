"""A strip of a scan's ink the word layout read as an empty column under a group title."""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.header_repair import repair_header
from extractor.headers import header_to_columns
from extractor.model import Provenance
from extractor.phantom_columns import phantom_columns_dropped

Box = tuple[float, float, float, float]

# Dev scan v22010 (200 dpi, red seal), columns 3 to 7 of its Biểu 02 as OCR's word layout read them:
# "Năm 2022", printed over "KH | Ước TH", fell in a strip three points wide between them.
V22010: list[list[tuple[str, Box]]] = [
    [("Năm 2021", (281, 227, 300, 245)), ("", (323, 226, 339, 260)), ("Năm 2022", (332, 230, 369, 239)),
     ("", (356, 224, 386, 259)), ("So sánh (%)", (395, 223, 427, 258))],
    [("TH", (286, 260, 297, 269)), ("KH", (326, 259, 337, 268)), ("", (348, 249, 351, 276)),
     ("Ước TH", (357, 257, 386, 266)), ("UTH 2022/KH 2022", (396, 247, 428, 275))],
    [("4", (290, 284, 295, 292)), ("5", (330, 283, 335, 291)), ("", (349, 282, 351, 291)),
     ("6", (370, 281, 375, 290)), ("7", (410, 280, 415, 288))],
    [("79", (290, 333, 299, 341)), ("77", (329, 331, 339, 340)), ("", (350, 330, 353, 339)),
     ("77", (369, 329, 379, 338)), ("100", (408, 329, 421, 337))],
    [("7.4", (289, 350, 300, 358)), ("8,4", (329, 348, 341, 357)), ("", (351, 348, 354, 356)),
     ("6.4", (369, 347, 381, 355)), ("76.19", (405, 346, 425, 354))],
    [("", (292, 526, 310, 538)), ("", (333, 524, 349, 536)), ("-", (357, 524, 360, 532)),
     ("", (366, 523, 395, 535)), ("", (405, 521, 436, 534))],
    [("87.6", (295, 586, 311, 594)), ("91.2", (335, 584, 351, 593)), ("", (359, 584, 362, 602)),
     ("97.5", (375, 583, 391, 592)), ("107", (416, 582, 430, 590))],
]
NAMES = ["Nội dung", "", "", "Tỷ lệ người dân có chữ ký số", "Tăng trưởng đàn gia súc", "",
         "Duy trì 95% hoạt động của đội văn nghệ tại các bản"]


def _grid(rows: list[list[tuple[str, Box]]], method: str = "ocr-words") -> Grid:
    cells = [[GridCell(name, Provenance(page=1, bbox=(85.0, r[0][1][1], 230.0, r[0][1][3])))]
             + [GridCell(t, Provenance(page=1, bbox=tuple(float(x) for x in b))) for t, b in r]
             for name, r in zip(NAMES, rows, strict=True)]
    return Grid(rows=tuple(tuple(r) for r in cells), header_rows=3, method=method)


def _head(grid: Grid) -> list[list[str]]:
    return [[c.text for c in r] for r in grid.rows[:3]]


def test_a_title_fallen_into_a_strip_column_heads_the_columns_beside_it() -> None:
    grid = phantom_columns_dropped(_grid(V22010))
    assert all(len(r) == 5 for r in grid.rows)
    assert _head(grid)[0][1:4] == ["Năm 2021", "Năm 2022", "Năm 2022"]
    assert grid.rows[0][2].provenance.bbox == grid.rows[0][3].provenance.bbox
    cols = header_to_columns(_head(grid))
    assert [(c.role, c.period) for c in cols[1:4]] == [("actual", "2021"), ("plan", "2022"), ("estimate", "2022")]
    # The figures stay in their rows and columns; the speck the strip held goes with it.
    assert [c.text for c in grid.rows[4]] == ["Tăng trưởng đàn gia súc", "7.4", "8,4", "6.4", "76.19"]
    assert [c.text for c in grid.rows[5]][1:] == ["", "", "", ""]
    # The whole repair chain does the same.
    assert _head(repair_header(_grid(V22010)))[0][1:4] == ["Năm 2021", "Năm 2022", "Năm 2022"]


def test_a_column_that_prints_a_figure_or_is_wide_or_a_text_layer_s_stays() -> None:
    with_figure = [r[:] for r in V22010]
    with_figure[3][2] = ("7", (350, 330, 355, 339))
    assert len(phantom_columns_dropped(_grid(with_figure)).rows[0]) == 6
    wide = [r[:] for r in V22010]
    wide[4][2] = ("", (345, 348, 360, 356))
    assert len(phantom_columns_dropped(_grid(wide)).rows[0]) == 6
    assert len(phantom_columns_dropped(_grid(V22010, method="words")).rows[0]) == 6


def test_a_title_not_reaching_over_both_neighbours_figures_stays() -> None:
    # A title over the strip and the right column only ("Năm 2022" over "Ước TH") heads nothing new.
    narrow = [r[:] for r in V22010]
    narrow[0][2] = ("Năm 2022", (352, 230, 369, 239))
    assert phantom_columns_dropped(_grid(narrow)).rows[0][3].text == "Năm 2022"
    # Nor does one beside a neighbour whose own cell on the title's line prints a word.
    taken = [r[:] for r in V22010]
    taken[0][1] = ("Kế hoạch", (323, 226, 339, 260))
    assert len(phantom_columns_dropped(_grid(taken)).rows[0]) == 6
