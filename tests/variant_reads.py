"""How a test says "the extractor read this variant exactly": one place for the scoring against the
generator's truth (never the extractor's output), shared by every producer's tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.variant_score import DOUBT, score_document
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings


def assert_pages_read_back(truth: dict[str, Any]) -> None:
    """Every row's page in a printed variant's truth was read back from the print: within the
    document, in the rows' order."""
    pages = [r["page"] for t in truth["tables"] for r in t["rows"]]
    assert all(p is not None and 1 <= p <= truth["pages"] for p in pages)
    assert pages == sorted(pages)


def assert_read_exactly(truth: dict[str, Any], pdf: Path, *, labels: bool = False, rows: bool = False) -> None:
    """``pdf`` read by the real extractor against its ``truth``: a broken variant draws an
    ``extraction_doubt``; a clean one has every cell and name exact, no stray cell, no doubt (and,
    with ``labels``, every label exact; with ``rows``, every row's section, unit and parent)."""
    doc = file_to_document(pdf)
    findings = document_to_findings(doc)
    score, missed, spurious = score_document(truth, doc, findings)
    if truth["broken"]:
        assert any(f.kind == DOUBT for f in findings)
        return
    assert (score.cells_exact, score.names_exact) == (score.cells_truth, score.names_truth), missed
    assert score.cells_extracted == score.cells_truth, spurious
    if labels:
        assert score.labels_exact == score.labels_truth, missed
    if rows:
        assert (score.sections_exact, score.units_exact, score.parents_exact) == (
            score.rows_matched, score.rows_matched, score.parents_truth), missed
    assert [f.message for f in findings if f.kind == DOUBT] == []
