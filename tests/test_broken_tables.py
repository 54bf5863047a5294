"""Deliberately broken tables (issue 9) must always carry an ``extraction_doubt``.

v8549 (development, 8000-8999): a five-row table of Phụ lục I with its columns shuffled under
"Số TT | Tên chỉ tiêu | Đơn vị tính | Mức chỉ tiêu (Năm 2025 … 2045) | Cơ quan chủ trì". The
names happened to land under "Tên chỉ tiêu" and the units under "Đơn vị tính", so the table
read like a clean one: the targets of 2025 (">40", "50", ">60") stood under "Số TT" and the row
numbers ("16." to "20.") under a year. No doubt was raised: the one broken variant of 8000-8999
that passed unsaid.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.variant_score import DOUBT
from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.evidence import header_contradictions
from extractor.grid import GridCell
from extractor.model import Column
from reconcile.engine import document_to_findings


def _body(*rows: tuple[str, ...]) -> list[list[GridCell]]:
    return [[GridCell(t) for t in r] for r in rows]


COLUMNS = (Column(0, "Số TT", "number"), Column(1, "Tên chỉ tiêu", "indicator"),
           Column(2, "Năm 2025", "target", "2025"), Column(3, "Năm 2030", "target", "2030"))


def test_the_shuffled_variant_8549_carries_a_doubt(tmp_path: Path) -> None:
    truth = write_seed(8549, tmp_path, edits=False)
    assert truth["broken"] and truth["tables"][0]["broken"] == "columns_shuffled"
    doc = file_to_document(tmp_path / "v8549.pdf")
    doubts = [f.message for f in document_to_findings(doc) if f.kind == DOUBT]
    assert len(doubts) == 1 and "page 1" in doubts[0]


def test_figures_under_the_row_number_header_are_a_contradiction() -> None:
    body = _body(("95", "Tỷ lệ người dân hài lòng", "100", "16."), (">40", "Tỷ lệ hệ thống thông tin", "100", "17."),
                 ("50", "Tỷ lệ cơ sở dữ liệu số hóa", "100", "18."), (">60", "Tỷ lệ dữ liệu tích hợp", "100", "19."),
                 (">30", "Tỷ lệ doanh nghiệp số", "100", "20."))
    said = [m.render() for m in header_contradictions(COLUMNS, body)]
    assert any("'Số TT' (number) holds figures" in s for s in said)
    assert any("'Năm 2030' (target) holds row numbers" in s for s in said)


def test_row_numbers_and_figures_in_their_own_columns_are_no_contradiction() -> None:
    body = _body(("16.", "Tỷ lệ người dân hài lòng", "95", "100"), ("17.", "Tỷ lệ hệ thống thông tin", ">40", "100"),
                 ("a)", "Tỷ lệ cơ sở dữ liệu số hóa", "50", "17"), ("1.2", "Tỷ lệ dữ liệu tích hợp", ">60", "18"),
                 ("II", "Tỷ lệ doanh nghiệp số", ">30", "19"))
    assert header_contradictions(COLUMNS, body) == []


def test_figures_counting_up_without_a_point_from_anywhere_but_one_are_figures() -> None:
    # "17, 18, 19, 20, 21" may be counts of a year; only a count from 1 or numbers printed as
    # row numbers ("16.") say the row numbers moved.
    body = _body(*((str(k), f"Chỉ tiêu {k}", "100", str(16 + k)) for k in range(1, 6)))
    assert header_contradictions(COLUMNS, body) == []
