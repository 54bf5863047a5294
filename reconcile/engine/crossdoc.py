"""``value_mismatch`` between the documents of a district group.

The same matching also finds ``internal_mismatch`` between the tables (and prose) of one document:
that check lives with the other within-document checks, in ``engine.checks.internal``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from extractor.model import IN_TABLE_CELL, Cell, Document, Row
from normalizers.names import numbers_conflict
from normalizers.text import fold
from reconcile.engine.blocking import IndexScores, NameIndex
from reconcile.engine.findings import Finding
from reconcile.engine.matching import PairScores, RowMatch, dimension, match_rows
from reconcile.engine.mismatch import row_pair_findings
from reconcile.engine.reading import assess_reading
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
    findings.extend(cell_text_misreads(doc_a, doc_b, settings))
    return findings


def cell_text_misreads(doc_a: Document, doc_b: Document, settings: CheckSettings | None = None) -> list[Finding]:
    """Figures of table cells' text are never compared (their roles are uncertain), but where one of
    two documents was read by OCR, the other's copy shows which of its figures were misread."""
    if not (assess_reading(doc_a).ocr or assess_reading(doc_b).ocr):
        return []
    cells_a = [r for r in doc_a.rows if IN_TABLE_CELL in r.notes and r.key]
    cells_b = [r for r in doc_b.rows if IN_TABLE_CELL in r.notes and r.key]
    if not cells_a or not cells_b:
        return []
    return [
        f for m in match_rows(cells_a, cells_b)
        for f in row_pair_findings(m, doc_a, doc_b, kind="value_mismatch", settings=settings, misreads_only=True)
    ]


@dataclass(frozen=True)
class _Side:
    """One table (or the prose) of one document of a group: the rows matched as a set."""

    position: int  # the document's place in the group (command-line order)
    doc: Document
    rows: tuple[Row, ...]


# Roles whose values ``row_pair_findings`` reads: ``cell_pairs`` compares the first four, and the
# ratios tell which printing of an OCR'd row was misread (evaluations and notes are not read).
_COMPARED_ROLES = ("target", "plan", "actual", "estimate", "ratio")


def _compared_values(row: Row, doc: Document) -> tuple[object, ...]:
    """Everything ``match_to_findings`` reads of a matched row that is not its name: two rows
    with equal signatures, in documents of the same period, yield no finding."""
    return (
        doc.period,
        row.unit,
        tuple(
            (c.role, c.period, c.column_index, c.value.kind, c.value.value, c.value.decimals)
            for c in row.cells
            if c.role in _COMPARED_ROLES
        ),
    )


def _compatible(dim_a: str, dim_b: str) -> bool:
    # match_rows compares a row with rows of the same unit dimension, and with those whose unit
    # gives none ("any"), in both directions.
    return dim_a == dim_b or "any" in (dim_a, dim_b)


def group_to_findings(group: Sequence[Document], settings: CheckSettings | None = None) -> list[Finding]:
    """``value_mismatch`` findings between every two documents of one group, first-given first.

    The findings are exactly those of ``document_pair_to_findings`` on every pair (a test holds it
    to that), found without matching every pair of documents:

    - names are scored once per group, through a ``NameIndex`` (blocking keys), not per pair;
    - a name that matches no other name and is printed once in each table is matched directly:
      its rows are bucketed by the values they print, and only rows of different buckets are
      compared, so the work follows the disagreements, not the number of document pairs;
    - the other rows (near-identical names, a name printed twice in one table) are matched one-to-
      one with ``match_rows`` as before, restricted to their set of linked names, once per distinct
      arrangement of those rows.
    """
    if len(group) < 2:
        return []
    sides = [
        _Side(position, doc, tuple(r for r in rows if r.key))
        for position, doc in enumerate(group)
        for _, rows in sorted(comparable_row_groups(doc).items())
    ]
    index = NameIndex(r.key for side in sides for r in side.rows)
    scores = IndexScores(index)
    findings: list[Finding] = []

    # Rows of each side by component of linked names; rows whose name matches nothing are dropped.
    by_component: list[dict[int, list[Row]]] = []
    for side in sides:
        found: dict[int, list[Row]] = defaultdict(list)
        for row in side.rows:
            if index.matches_itself(row.key):
                found[index.component(row.key)].append(row)
        by_component.append(found)

    def simple(rows: list[Row]) -> bool:
        return len(rows) == 1 and index.isolated(rows[0].key)

    # 1. A lone name printed once per side: bucket its rows by the values they print.
    members: dict[int, list[tuple[int, Row]]] = defaultdict(list)
    for s, found in enumerate(by_component):
        for component, rows in found.items():
            if simple(rows):
                members[component].append((s, rows[0]))
    for held in members.values():
        buckets: dict[tuple[object, ...], list[tuple[int, Row]]] = defaultdict(list)
        for s, row in held:
            buckets[_compared_values(row, sides[s].doc)].append((s, row))
        if len(buckets) < 2:
            continue
        values = list(buckets.values())
        for i, first in enumerate(values):
            for second in values[i + 1 :]:
                for s1, r1 in first:
                    for s2, r2 in second:
                        if sides[s1].position == sides[s2].position:
                            continue
                        (sa, ra), (sb, rb) = sorted(((s1, r1), (s2, r2)), key=lambda m: sides[m[0]].position)
                        if not _compatible(dimension(ra), dimension(rb)) or numbers_conflict(ra.indicator, rb.indicator):
                            continue
                        match = RowMatch(ra, rb, index.score(ra.key, rb.key))
                        findings.extend(match_to_findings(match, sides[sa].doc, sides[sb].doc, kind="value_mismatch",
                                                          settings=settings))

    # 2. Everything else: one-to-one matching inside each component, per pair of sides.
    holders: dict[int, list[int]] = defaultdict(list)
    for s, found in enumerate(by_component):
        for component in found:
            holders[component].append(s)
    solved: dict[tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]], list[tuple[int, int, float, int | None]]] = {}
    for component, held_by in holders.items():
        involved = [s for s in held_by if not simple(by_component[s][component])]
        if not involved:
            continue  # every pair was done in 1.
        for i, sa in enumerate(held_by):
            rows_a = by_component[sa][component]
            # A simple side meets only the sides after it that are not simple (the rest: 1.).
            partners = held_by[i + 1 :] if not simple(rows_a) else involved[bisect_right(involved, sa) :]
            for sb in partners:
                if sides[sa].position == sides[sb].position:
                    continue
                rows_b = by_component[sb][component]
                shape = (tuple((r.key, dimension(r)) for r in rows_a), tuple((r.key, dimension(r)) for r in rows_b))
                if shape not in solved:
                    position_a = {r.index: p for p, r in enumerate(rows_a)}
                    position_b = {r.index: p for p, r in enumerate(rows_b)}
                    solved[shape] = [
                        (
                            position_a[m.a.index],
                            position_b[m.b.index],
                            m.score,
                            position_b[m.ambiguous_with.index] if m.ambiguous_with is not None else None,
                        )
                        for m in match_rows(rows_a, rows_b, scores=scores)
                    ]
                doc_a, doc_b = sides[sa].doc, sides[sb].doc
                for pa, pb, score, ambiguous in solved[shape]:
                    ra, rb = rows_a[pa], rows_b[pb]
                    if ambiguous is None and _compared_values(ra, doc_a) == _compared_values(rb, doc_b):
                        continue
                    match = RowMatch(ra, rb, score, rows_b[ambiguous] if ambiguous is not None else None)
                    findings.extend(match_to_findings(match, doc_a, doc_b, kind="value_mismatch", settings=settings))
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            findings.extend(cell_text_misreads(a, b, settings))
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
