"""The variant scorer's row fields (``benchmarks/variant_score._row_fields``): each truth row takes
its own read row of the same name, also when an earlier table prints that name with a label only."""

from __future__ import annotations

from pathlib import Path

from benchmarks.variant_score import score_document
from corpus.variants import write_seed
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings


def test_a_label_only_row_keeps_its_match_from_a_later_tables_row_of_the_same_name(tmp_path: Path) -> None:
    # v32313 prints "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số" twice: I.2 of
    # table 1 with the label "Đạt" only, I.3 of table 2 with figures. The reader files both right;
    # the scorer used to match table 2's row with table 1's read row and count a wrong section.
    truth = write_seed(32313, tmp_path, edits=False)
    names = [r["indicator"] for t in truth["tables"] for r in t["rows"]]
    twice = "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số"
    assert names.count(twice) == 2
    doc = file_to_document(tmp_path / "v32313.pdf")
    assert [r.section for r in doc.rows if r.indicator == twice] == ["I.2", "I.3"]
    score, missed, _ = score_document(truth, doc, document_to_findings(doc))
    assert score.sections_exact == score.rows_matched, [m for m in missed if m.startswith("section")]
