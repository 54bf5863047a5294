"""Whole rows lost on text-layer tables of the 6000-6999 development variants (issue 9), each
generated afresh by ``corpus.variants`` and read by the real extractor, scored against the
generator's truth (never the extractor's output):

- v6638: a header alone at the foot of page 1, with a numbered heading ("1. Kinh tế") under it
  and a cell centred on lines of its own ("Tỷ lệ / (%)"): page 2 went under the header's first
  line alone, every role a guess;
- v6628: a column number centred over a column of left-aligned labels ("8" beside "đạt") cut
  that column in two, and the rows below a gap lost the header;
- v6960: a section heading ("A CHỈ TIÊU KINH TẾ") as far above the first row as rows are apart
  was cut off with the header above it;
- v6990: a continuation page of as many columns as the page above, one of them split in two
  ("Chưa triển khai" beside the figures) and "Ghi chú" left empty: joined cell by cell, every
  figure right of the split went one column right.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.variant_score import DOUBT, score_document
from corpus.variants import write_seed
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings


@pytest.mark.parametrize("seed", [6638, 6628, 6960, 6990])
def test_every_row_of_the_variant_is_read_with_its_header(seed: int, tmp_path: Path) -> None:
    truth = write_seed(seed, tmp_path, edits=False)
    doc = file_to_document(tmp_path / f"v{seed:04d}.pdf")
    findings = document_to_findings(doc)
    score, missed, spurious = score_document(truth, doc, findings)
    assert not truth["broken"]
    assert (score.cells_exact, score.names_exact) == (score.cells_truth, score.names_truth), missed
    assert score.cells_extracted == score.cells_truth, spurious
    assert [f.message for f in findings if f.kind == DOUBT] == []
