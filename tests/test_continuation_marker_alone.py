"""A variant of text seeds 29000-29999 (round 34's text first contact, development now) read wrong
with the starting code: a part's marker alone at the top of a continuation page without a header.

v29320 (reportlab, unruled, landscape, a three-level header, continued without a header): page 2
opens with "Trong đó:" alone, then "- | Riêng đạt chuẩn | % | 71 | …", the part of row 8 on page 1.
The marker was taken in by the header's lines above the region's first row (it was the page's
one-line header), and the page's columns were judged cut otherwise than page 1's, measured with
page 1's group title "Ước TH năm 2023 so với" as wide as both ratio columns: the page became a
table of its own, every role a guess (120 cells, 22 names, the round's one doubt on a clean
variant, and 5 of its diff's changed cells).
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.variant_score import DOUBT, match_diff
from corpus.variants import write_seed
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings, documents_to_diff


def test_a_marker_alone_at_the_top_of_a_headerless_continuation_is_body_and_the_page_goes_on(tmp_path: Path) -> None:
    truth = write_seed(29320, tmp_path)
    assert "continuation_no_header" in truth["features"] and "header_3_level" in truth["features"]
    doc = file_to_document(tmp_path / "v29320.pdf")
    assert not [f for f in document_to_findings(doc) if f.kind == DOUBT]
    by_name = {r.indicator: r for r in doc.rows if r.table is not None}
    # One table over both pages: the part on page 2 is row 8's (page 1), its figures in their roles.
    parent = by_name["Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây"]
    part = by_name["Riêng đạt chuẩn"]
    assert part.table == parent.table and part.parent == parent.index
    assert [(c.role, c.period, c.value.value) for c in part.cells if c.role == "actual"] == [("actual", "2022", 71.0)]
    new = file_to_document(tmp_path / "v29320_edited.pdf")
    edits = json.loads((tmp_path / "v29320_edited.truth.json").read_text(encoding="utf-8"))["edits"]
    _, missed, spurious = match_diff(edits, documents_to_diff(doc, new))
    assert missed == [] and spurious == []
