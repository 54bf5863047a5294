"""``value_mismatch`` between the documents of a district group.

The same matching also finds ``internal_mismatch`` between the tables (and prose) of one document:
that check lives with the other within-document checks, in ``engine.checks.internal``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from extractor.model import IN_TABLE_CELL, Cell, Document, Row
from normalizers.text import fold
from reconcile.engine.findings import Finding
from reconcile.engine.matching import PairScores, RowMatch, match_rows
from reconcile.engine.mismatch import row_pair_findings
from reconcile.engine.settings import CheckSettings


def comparable_row_groups(doc: Document) -> dict[str, list[Row]]:
    """A document's rows by where they were printed: each table on its own, prose together.

    Figures read from paragraphs inside table cells are left out: their role is too uncertain to
    compare (a resolution's target text reads like a result).
    """
    groups: dict[str, list[Row]] = defaultdict(list)
    for row in doc.rows:
        if IN_TABLE_CELL in row.notes or _against_term_target(row):
            continue
        groups["prose" if row.table is None else f"table {row.table}"].append(row)
    return groups


_TERM_WORDS = ("nghi quyet", "nq", "de an", "muc tieu", "nhiem ky", "giai doan")


def _against_term_target(row: Row) -> bool:
    """A prose figure measured against a resolution's target ("96,1% đảng viên ..., đạt 106,7%
    Nghị quyết") is a figure for the term so far, not for the report's year: no year to compare."""
    if row.table is not None:
        return False
    return any(c.role == "ratio" and any(w in fold(c.column) for w in _TERM_WORDS) for c in row.cells)


def match_to_findings(
    m: RowMatch, doc_a: Document, doc_b: Document, *, kind: str, settings: CheckSettings | None = None
) -> list[Finding]:
    """One matched row pair -> its findings (``engine.mismatch``: one per root cause)."""
    return row_pair_findings(m, doc_a, doc_b, kind=kind, settings=settings)


def document_pair_to_findings(doc_a: Document, doc_b: Document, settings: CheckSettings | None = None) -> list[Finding]:
    """Values of the same indicator, role class and period that differ between two documents.

    Each of A's tables (and its prose) is matched one-to-one against each of B's, so a figure
    printed in both an appendix and a Biểu of B is compared with both.
    """
    findings: list[Finding] = []
    groups_a, groups_b = sorted(comparable_row_groups(doc_a).items()), sorted(comparable_row_groups(doc_b).items())
    scores = PairScores([r for _, rs in groups_a for r in rs], [r for _, rs in groups_b for r in rs])
    for _, rows_a in groups_a:
        for _, rows_b in groups_b:
            for m in match_rows(rows_a, rows_b, scores=scores):
                findings.extend(match_to_findings(m, doc_a, doc_b, kind="value_mismatch", settings=settings))
    # Figures of table cells' text: never compared (their roles are uncertain), but a typed copy
    # shows which figures of an OCR'd one were misread.
    cells_a = [r for r in doc_a.rows if IN_TABLE_CELL in r.notes and r.key]
    cells_b = [r for r in doc_b.rows if IN_TABLE_CELL in r.notes and r.key]
    if cells_a and cells_b:
        for m in match_rows(cells_a, cells_b):
            findings.extend(row_pair_findings(m, doc_a, doc_b, kind="value_mismatch", settings=settings, misreads_only=True))
    return findings


def group_to_findings(group: Sequence[Document], settings: CheckSettings | None = None) -> list[Finding]:
    """``value_mismatch`` findings between every two documents of one group, first-given first."""
    findings: list[Finding] = []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            findings.extend(document_pair_to_findings(a, b, settings))
    return findings


def group_documents(docs: Sequence[Document]) -> list[list[Document]]:
    """Documents about the same district (and province) form a group; unknown ones stand alone."""
    groups: dict[tuple[str | None, str | None], list[Document]] = defaultdict(list)
    alone: list[list[Document]] = []
    for d in docs:
        if d.district is None:
            alone.append([d])
        else:
            groups[(d.province, d.district)].append(d)
    return [g for _, g in sorted(groups.items(), key=lambda kv: (kv[0][0] or "", kv[0][1] or ""))] + alone


def cells_by_key(row: Row) -> dict[tuple[str, str | None, str], Cell]:
    """Cells of a row addressed by (role, period, column header) — the diff's cell identity."""
    return {(c.role, c.period, c.column): c for c in row.cells}
