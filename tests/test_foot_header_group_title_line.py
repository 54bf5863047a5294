"""A header alone at a page's foot whose group title shares its line with its neighbours' names is
read as header, not as a heading printed across the columns (``extractor.pdf_words``).

v32281 (reportlab, development after round 37's first contact): "Biểu số 07" prints its header at
the foot of page 1 and its rows on page 2. The header's top line is "Chỉ tiêu" (the first line of
column 4's "Chỉ tiêu NQ giai đoạn 2020-2025"), "Kết quả thực hiện" (the title over "2021 | Ước 2022
| Ước lũy kế 2021-2022") and "Đánh giá" (column 9's "Đánh giá mức độ thực hiện năm 2022"). The
title runs over the gaps its three sub-headers keep open, so the line was taken for a heading
across the columns and read as one cell: "Chỉ tiêu Kết quả thực hiện Đánh giá" headed columns 5-7,
the actuals of 2021 were read as an evaluation (a false doubt on a clean table) and column 9's
labels as actuals.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.variant_score import DOUBT
from corpus.variants import write_seed
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings


def test_a_group_title_on_one_line_with_other_names_heads_only_its_columns(tmp_path: Path) -> None:
    truth = write_seed(32281, tmp_path)
    assert not truth["broken"] and truth["layout"]["tables"][1]["ruling"] == "none"
    doc = file_to_document(tmp_path / "v32281.pdf")
    assert not [f for f in document_to_findings(doc) if f.kind == DOUBT]
    [table] = [t for t in doc.tables if t.title and t.title.startswith("Biểu số 07")]
    headers = [(c.header, c.role, c.period) for c in table.columns]
    assert headers[3:] == [
        ("Chỉ tiêu NQ giai đoạn 2020-2025 4", "target", "2020-2025"),
        ("Kết quả thực hiện / 2021 5", "actual", "2021"),
        ("Kết quả thực hiện / Ước 2022 6", "estimate", "2022"),
        ("Kết quả thực hiện / Ước lũy kế 2021-2022 7", "estimate", "2021-2022"),
        ("So với mục tiêu NQ (%) 8", "ratio", "2021-2022"),
        ("Đánh giá mức độ thực hiện năm 2022 9", "evaluation", "2022"),
    ]
    row = next(r for r in doc.rows if r.indicator == "Thu NSNN trên địa bàn")
    assert [(c.role, c.period, c.value.value) for c in row.cells if c.role == "actual"] == [("actual", "2021", 49.0)]
