"""A scanned table whose header OCR lost reads as an earlier copy of the same title
(``extractor.earlier_header``), through ``extractor.documents.grids_to_rows``.

The grids are dev scan v29990's pages 2 and 3 as OCR read them (the page-3 header was shaded: its
group "Mức chỉ tiêu" and the years 2025 and 2040 came back as dashes); the expected roles and
periods are what the page prints (the generator's truth), not the reader's output.
"""

from __future__ import annotations

from extractor.documents import grids_to_rows
from extractor.grid import Grid, GridCell
from extractor.model import Provenance

TITLE = "Phụ lục I DANH MỤC CÁC CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN"

PAGE2 = (
    ("Số thứ tự", "Tên chả tiểu", "Đơn vị", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu", "Mức chỉ tiêu",
     "Cơ quan chủ trì"),
    ("", "", "", "Năm 2025", "Năm 2030", "Năm 2035", "Năm 2040", "Năm 2045", ""),
    ("'", "2", "3", "4", "5", "6", "7", "8", "9"),
    ("U", "Phát triển nguồn lực", "", "", "", "", "", "", ""),
    ("3.", "Kinh phí chi cho nghiên cứu phát triển (R&D)", "%GRDP", "", "2", ">2", ">2", ">2", ""),
)
PAGE3 = (
    ("Nội dung", "Đơn vị tính", "", "", "", "-", "- - ==", "Cơ quan chủ trì -"),
    ("- -", "", "", "Năm 2030", "Năm 2035", "", "Năm 2045", ""),
    ("V Phát triển chuyển đổi số", "", "", "", "", "", "", ""),
    ("20. Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", "%", ">30", ">60", ">85", "100", "100", ""),
    ("21. Tỷ lệ người dẫn có tài khoản định danh điện tử (VNeID)", "%", "60", ">80", ">95", "100", "100", ""),
)


def _grid(rows: tuple[tuple[str, ...], ...], page: int, method: str, title: str) -> Grid:
    prov = Provenance(page=page)
    return Grid(rows=tuple(tuple(GridCell(t, prov) for t in r) for r in rows), header_rows=2, title=title,
                provenance=prov, method=method)


def _page3_cells(title3: str) -> list[tuple[str, str | None, str]]:
    grids = [_grid(PAGE2, 2, "ocr", TITLE), _grid(PAGE3, 3, "ocr-words", title3)]
    tables, rows = grids_to_rows(grids, document="v29990")
    assert len(tables) == 2
    (row,) = [r for r in rows if r.table == 1 and r.indicator and "doanh nghiệp vừa và nhỏ" in r.indicator]
    return [(c.role, c.period, c.value.raw) for c in row.cells]


def test_a_shaded_header_read_as_dashes_takes_the_earlier_copy_of_its_title() -> None:
    assert _page3_cells(TITLE) == [("target", "2025", ">30"), ("target", "2030", ">60"), ("target", "2035", ">85"),
                                   ("target", "2040", "100"), ("target", "2045", "100")]


def test_a_table_of_another_title_keeps_its_own_header() -> None:
    cells = _page3_cells("Phụ lục II CÁC CHỈ TIÊU KHÁC")
    assert all(role == "other" for role, _, _ in cells)
