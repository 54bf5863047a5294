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
from reconcile.engine.matching import (
    PairScores,
    RowMatch,
    cell_pairs,
    compare_values,
    effective_period,
    match_rows,
)


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


def _context(row: Row) -> str:
    cells = " | ".join(f"{c.column}: {c.raw}" for c in row.cells)
    return f"{row.indicator} ({row.unit or ''}) | {cells}"[:400]


def match_to_findings(
    m: RowMatch, doc_a: Document, doc_b: Document, *, kind: str
) -> list[Finding]:
    other = doc_b.id if kind == "value_mismatch" else None
    if m.ambiguous_with is not None:
        return [
            Finding(
                kind=kind,
                severity="info",
                document=doc_a.id,
                other_document=other,
                page=m.a.provenance.page,
                line=m.a.provenance.line,
                indicator=m.a.indicator,
                key=m.a.key,
                message=(
                    f"uncertain match: '{m.a.indicator}' is as close to '{m.b.indicator}' as to "
                    f"'{m.ambiguous_with.indicator}'; values not compared"
                ),
                context=_context(m.a),
                other_page=m.b.provenance.page,
                other_line=m.b.provenance.line,
                confidence=m.score / 100,
            )
        ]
    out = []
    for ca, cb in cell_pairs(m.a, m.b, doc_a, doc_b):
        cmp = compare_values(ca, m.a.unit, cb, m.b.unit)
        if cmp.grade in ("equal", "incomparable"):
            continue
        period = effective_period(ca, doc_a)
        where_b = f"p.{cb.provenance.page}" if cb.provenance.page else f"line {cb.provenance.line}"
        b_name = doc_b.id if kind == "value_mismatch" else ("prose" if m.b.table is None else f"table {m.b.table + 1}")
        label = ca.column if (period is None or period in ca.column) else f"{ca.column} ({period})"
        repaired = [r for r in (m.a, m.b) if r.repaired]
        unsure = [r for r in (m.a, m.b) if r.confidence < 0.8 or min(ca.value.confidence, cb.value.confidence) < 0.8]
        if cmp.grade == "rounding":
            severity = "info"
            message = f"{label}: {ca.raw} vs {cb.raw} in {b_name} ({where_b}) — {cmp.detail}"
        else:
            # A row the extractor had to repair (OCR moved its values) may be misaligned: the
            # difference is worth checking, but it is not proof that the printed numbers disagree.
            severity = "warning" if repaired or unsure else "error"
            message = f"{label}: {ca.raw} here, {cb.raw} in {b_name} ({where_b})"
            if repaired:
                message += "; one of the rows was repaired after OCR damage, check the alignment"
            elif unsure:
                message += "; the reading of one figure or its indicator is uncertain"
        out.append(
            Finding(
                kind=kind,
                severity=severity,
                document=doc_a.id,
                other_document=other,
                page=ca.provenance.page,
                line=ca.provenance.line,
                bbox=ca.provenance.bbox,
                indicator=m.a.indicator,
                key=m.a.key,
                column=ca.column,
                role=ca.role,
                period=period,
                reported=ca.raw,
                expected=cb.raw,
                message=message,
                context=_context(m.a),
                other_page=cb.provenance.page,
                other_line=cb.provenance.line,
                confidence=min(1.0, m.score / 100) * min(ca.value.confidence, cb.value.confidence),
                extra=(("other_indicator", m.b.indicator), ("other_column", cb.column)),
            )
        )
    return out


def document_pair_to_findings(doc_a: Document, doc_b: Document) -> list[Finding]:
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
                findings.extend(match_to_findings(m, doc_a, doc_b, kind="value_mismatch"))
    return findings


def group_to_findings(group: Sequence[Document]) -> list[Finding]:
    """``value_mismatch`` findings between every two documents of one group, first-given first."""
    findings: list[Finding] = []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            findings.extend(document_pair_to_findings(a, b))
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
