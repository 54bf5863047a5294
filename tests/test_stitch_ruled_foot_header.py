"""A ruled header alone at a page's foot, put over its body on the next page (``extractor.stitch``).

Boxes are v18650's as Chromium printed it (dev seed, landscape): page 1 ends with the lattice of
"STT | Chỉ tiêu | Đơn vị | Mức chỉ tiêu (2025 … 2045) | Cơ quan chủ trì thực hiện chỉ tiêu" over
its column numbers; page 2's ruled body has no header of its own.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.headers import header_to_columns
from extractor.model import Provenance
from extractor.stitch import header_over

XS = [83.6, 109.9, 377.6, 423.4, 471.1, 522.4, 571.9, 620.6, 670.1, 758.6]
BODY_XS = [83.6, 109.9, 377.6, 423.4, 472.9, 522.4, 571.9, 620.6, 670.1, 758.6]


def _cell(text: str, x0: float, top: float, x1: float, bottom: float, page: int) -> GridCell:
    return GridCell(text, Provenance(page=page, bbox=(x0, top, x1, bottom)))


def _head() -> Grid:
    group = _cell("Mức chỉ tiêu", XS[3], 497.6, XS[8], 515.6, 1)
    top = [_cell("STT", XS[0], 497.6, XS[1], 532.9, 1), _cell("Chỉ tiêu", XS[1], 497.6, XS[2], 532.9, 1),
           _cell("Đơn vị", XS[2], 497.6, XS[3], 532.9, 1), *[group] * 5,
           _cell("Cơ quan chủ trì thực hiện chỉ tiêu", XS[8], 497.6, XS[9], 532.9, 1)]
    years = [_cell("", XS[c], 497.6, XS[c + 1], 532.9, 1) for c in range(3)]
    years += [_cell(str(2025 + 5 * k), XS[3 + k], 515.6, XS[4 + k], 532.9, 1) for k in range(5)]
    years.append(_cell("", XS[8], 497.6, XS[9], 532.9, 1))
    marks = [_cell(t, XS[c], 532.9, XS[c + 1], 550.1, 1) for c, t in enumerate("A B C 1 2 3 4 5 6".split())]
    return Grid(rows=(tuple(top), tuple(years), tuple(marks)), header_rows=3,
                provenance=Provenance(page=1, bbox=(XS[0], 497.6, XS[-1], 550.1)), method="pdfplumber-lines")


def _body() -> Grid:
    texts = [["II", "Phát triển nguồn lực", "", "", "", "", "", "", ""],
             ["6.", "Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu", "%",
              ">10", ">20", ">30", ">50", ">80", ""]]
    tops = [36.4, 94.1, 111.4]
    rows = tuple(tuple(_cell(t, BODY_XS[c], tops[r], BODY_XS[c + 1], tops[r + 1], 2) for c, t in enumerate(row))
                 for r, row in enumerate(texts))
    return Grid(rows=rows, header_rows=0, provenance=Provenance(page=2, bbox=(BODY_XS[0], 36.4, BODY_XS[-1], 111.4)),
                method="pdfplumber-lines")


def test_a_year_ruled_in_its_own_cell_names_its_column_not_the_unit_column() -> None:
    rows = header_over(_head(), _body())
    assert rows is not None
    columns = header_to_columns([[c.text for c in row] for row in rows], spread=False)
    assert [c.role for c in columns][1:4] == ["indicator", "unit", "target"]
    assert [c.period for c in columns[3:8]] == ["2025", "2030", "2035", "2040", "2045"]
    assert "2025" not in columns[2].header


def test_a_title_read_from_whitespace_still_heads_the_columns_under_it() -> None:
    # The same header read from whitespace: "Mức chỉ tiêu" boxed by its words, narrower than the
    # five columns it heads, is their group title (``_title_run``).
    head = _head()
    words = Grid(rows=(
        (_cell("Mức chỉ tiêu", 518.9, 501.8, 574.8, 511.3, 1),),
        (_cell("2025", 437.5, 519.0, 458.6, 528.5, 1), _cell("2030", 486.9, 519.0, 508.0, 528.5, 1),
         _cell("2035", 536.3, 519.0, 557.4, 528.5, 1), _cell("2040", 585.7, 519.0, 606.8, 528.5, 1),
         _cell("2045", 635.1, 519.0, 656.2, 528.5, 1)),
    ), header_rows=2, provenance=head.provenance, method="words")
    rows = header_over(words, _body())
    assert rows is not None
    assert [c.text for c in rows[0]][3:8] == ["Mức chỉ tiêu"] * 5
