"""Metamorphic tests (issue 9 §5): the same table in two layouts yields the same rows, names,
roles and periods.

Two levels. Header variants of one BIỂU 01 body (seed 000's rows) built as grids: how districts
name and number the same columns must not change what is read. And whole documents: a variant of
the development range rendered to a text-layer PDF under two clean layouts (``corpus.variants``:
``relayout`` keeps the content, draws another layout) must read the same. The document pairs are
a small sample so ``make test`` stays fast; ``benchmarks/bench_pdf.py --metamorphic`` measures the
whole development range.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from corpus.variants import relayout, render, variant
from extractor.documents import file_to_document
from extractor.model import Document, Row
from extractor.rows import grid_to_rows
from tests.grids import text_grid

BODY = [
    ["A", "CHỈ TIÊU KINH TẾ", "", "", "", ""],
    ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "48,10", "96,20"],
    ["2", "Tổng sản lượng lương thực có hạt", "Tấn", "41.100", "39.500,00", "96,11"],
    ["", "Trong đó: Lúa", "Tấn", "30.000", "29.000", "96,67"],
    ["3", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30", "98,99"],
    ["4", "Số xã đạt chuẩn nông thôn mới", "Xã", "8", "8", "100,00"],
]

HEADERS = {
    "plain": [["STT", "Chỉ tiêu", "Đơn vị tính", "KH năm 2024", "TH năm 2024", "TH/KH (%)"]],
    "numbered": [
        ["TT", "Nội dung", "ĐVT", "KH năm 2024", "TH năm 2024", "So sánh TH/KH (%)"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"],
    ],
    "plain_numbers": [
        ["Số TT", "Tên chỉ tiêu", "Đơn vị", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Tỷ lệ %"],
        ["1", "2", "3", "4", "5", "6=5/4"],
    ],
    "letters": [
        ["Số thứ tự", "Danh mục", "Đơn vị tính", "KH 2024", "TH 2024", "TH 2024/KH 2024"],
        ["A", "B", "C", "1", "2", "3=2/1"],
    ],
    "inline": [["STT (1)", "Hạng mục (2)", "ĐVT (3)", "KH 2024 (4)", "TH 2024 (5)", "Tỷ lệ % (6)=(5)/(4)"]],
    "two_levels": [
        ["STT", "Các chỉ tiêu chủ yếu", "ĐVT", "Năm 2024", "Năm 2024", "Năm 2024"],
        ["", "", "", "KH", "TH", "TH/KH (%)"],
    ],
    "evidence_only": [["Số", "Mô tả", "", "Năm 2024 KH", "Năm 2024 TH", "Cột 6"]],
}


def _rows(header: list[list[str]], method: str) -> list[Row]:
    rows = [*header, *BODY]
    return list(grid_to_rows(text_grid(rows, method=method), document="d", table_number=0).rows)


def _reading(rows: list[Row]) -> list[tuple[object, ...]]:
    return [
        (r.indicator, r.unit, r.section, r.parent, tuple((c.role, c.period, c.value.value, c.divides) for c in r.cells))
        for r in rows
    ]


@pytest.mark.parametrize("method", ["tsv", "pdfplumber-lines"])
@pytest.mark.parametrize("name", [n for n in HEADERS if n != "plain"])
def test_header_variants_read_the_same_rows(name: str, method: str) -> None:
    assert _reading(_rows(HEADERS[name], method)) == _reading(_rows(HEADERS["plain"], method))


def test_the_reading_they_agree_on_is_the_right_one() -> None:
    rows = _rows(HEADERS["plain"], "tsv")
    assert [(r.indicator, r.section, r.parent) for r in rows] == [
        ("Thu nhập bình quân đầu người/ năm", "A.1", None),
        ("Tổng sản lượng lương thực có hạt", "A.2", None),
        ("Lúa", "A.2", 1),
        ("Tỷ lệ che phủ rừng", "A.3", None),
        ("Số xã đạt chuẩn nông thôn mới", "A.4", None),
    ]
    assert [(c.role, c.period) for c in rows[0].cells] == [("plan", "2024"), ("actual", "2024"), ("ratio", "2024")]
    assert rows[0].cells[2].divides == (4, 3)


def _table_reading(doc: Document) -> Counter[tuple[object, ...]]:
    return Counter(
        (r.indicator, r.unit, c.role, c.period, c.value.value, c.value.label)
        for r in doc.rows
        if r.table is not None
        for c in r.cells
    )


# Development-range seeds (0-499 only), each printed under a second clean layout drawn from seed+2000.
@pytest.mark.parametrize("seed", [10, 16, 24])
def test_one_content_in_two_layouts_reads_the_same(seed: int, tmp_path: Path) -> None:
    v = variant(seed)
    w = relayout(v, seed + 2000)
    assert w.layout != v.layout
    render(v, tmp_path, "a")
    render(w, tmp_path, "b")
    a = _table_reading(file_to_document(tmp_path / "a.pdf"))
    b = _table_reading(file_to_document(tmp_path / "b.pdf"))
    assert a and a == b
