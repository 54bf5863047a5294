"""``internal_mismatch``: the same indicator and period printed differently within one document.

Two comparisons: each table (and the running text) against the others, row pair by row pair
(``engine.mismatch``: one finding per pair); and the running text against itself for a plan or
target printed twice with different values ("102/275 tấn" at line 89, "102/264 tấn" at line 105 of
seed 003), the same achieved figure beside each.

Names are scored through an index of the document's distinct names, never all rows against all
rows: only rows whose name scores at or above the cutoff with a name of the other side enter a
table pair's matching, so the work follows the pairs that can match. Up to ``EXACT_NAMES``
distinct names the index scores every pair its length allows (``NameIndex``: exactly what scoring
every pair finds); above that (a 12,000-row report) only names sharing a word are scored
(``TokenIndex``), which keeps time and memory linear in the rows.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from extractor.model import IN_TABLE_CELL, Cell, Document, Row
from normalizers.names import MATCH_CUTOFF, numbers_conflict, similarity_matrix
from normalizers.text import strip_markup
from normalizers.units import parse_unit
from reconcile.engine.blocking import IndexScores, NameIndex, TokenIndex
from reconcile.engine.checks.evidence import row_context
from reconcile.engine.crossdoc import comparable_row_groups, match_to_findings
from reconcile.engine.findings import CellRef, Evidence, Finding
from reconcile.engine.matching import compare_values, effective_period, match_rows, period_scope
from reconcile.engine.messages import N_, msg, where
from reconcile.engine.settings import CheckSettings

# Distinct names of one document scored all against all (within their length window); a report
# of a few thousand rows has fewer. Above, names are blocked by shared words.
EXACT_NAMES = 3_000
_PLAN_ROLES = ("plan", "target")
_OUTCOME_ROLES = ("actual", "estimate")


def check_internal(doc: Document, settings: CheckSettings) -> list[Finding]:
    """The same indicator and period printed differently in two tables, or in prose and a table;
    and a plan or target printed twice in the text with different values."""
    findings = _across_groups(doc, settings)
    findings.extend(plans_printed_twice(doc))
    return findings


def _across_groups(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Each table (and the running text) against the others, through the name index."""
    groups = [rows for _, rows in sorted(comparable_row_groups(doc).items())]
    if len(groups) < 2:
        return []
    keys = {r.key for rows in groups for r in rows if r.key}
    index = NameIndex(keys) if len(keys) <= EXACT_NAMES else TokenIndex(keys)
    scores = IndexScores(index)
    # Which groups print each name.
    groups_of: dict[str, set[int]] = defaultdict(set)
    for g, rows in enumerate(groups):
        for r in rows:
            if r.key:
                groups_of[r.key].add(g)
    findings: list[Finding] = []
    for g, rows_a in enumerate(groups):
        # For each later group: the names of its rows that some row here can match.
        partners: dict[int, set[str]] = defaultdict(set)
        left: dict[int, set[int]] = defaultdict(set)
        for r in rows_a:
            for other in index.scores_of(r.key):
                for h in groups_of.get(other, ()):
                    if h > g:
                        partners[h].add(other)
                        left[h].add(r.index)
        for h in sorted(partners):
            a = [r for r in rows_a if r.index in left[h]]
            b = [r for r in groups[h] if r.key in partners[h]]
            for m in match_rows(a, b, scores=scores):
                if m.ambiguous_with is not None:
                    continue
                findings.extend(match_to_findings(m, doc, doc, kind="internal_mismatch", settings=settings))
    return findings


def _figures(row: Row, roles: tuple[str, ...]) -> list[Cell]:
    return [c for c in row.cells if c.role in roles and c.value.kind == "number"]


def _dimension(row: Row) -> str:
    return parse_unit(row.unit or "").dimension


def plans_printed_twice(doc: Document) -> list[Finding]:
    """A plan or target printed twice in the running text with different values.

    Two sentences name the same indicator (names match, state no different quantities, same unit
    kind), print the same achieved figure for the same period, and measure it against different
    plans: "sản lượng nuôi trồng và đánh bắt được 102/275 tấn, đạt 37,1%KH" and "sản lượng khai
    thác và đánh bắt ước đạt 102/264 tấn ..., đạt 38,6% kế hoạch". Each ratio may recompute from its
    own plan; the report still states two plans for one figure. Other printings of either plan are
    listed as evidence.
    """
    rows = [r for r in doc.rows if r.table is None and IN_TABLE_CELL not in r.notes and r.key and _figures(r, _PLAN_ROLES)]
    if len(rows) < 2:
        return []
    findings: list[Finding] = []
    for i, j, score in _similar_pairs(rows):
        a, b = rows[i], rows[j]
        if a.provenance == b.provenance or numbers_conflict(a.indicator, b.indicator):
            continue
        if _dimension(a) != _dimension(b):
            continue
        same_outcome = any(
            compare_values(x, a.unit, y, b.unit).grade == "equal" and effective_period(x, doc) == effective_period(y, doc)
            for x in _figures(a, _OUTCOME_ROLES)
            for y in _figures(b, _OUTCOME_ROLES)
        )
        if not same_outcome:
            continue
        for pa in _figures(a, _PLAN_ROLES):
            pb = next(
                (y for y in _figures(b, _PLAN_ROLES)
                 if effective_period(y, doc) == effective_period(pa, doc) and period_scope(y, b) == period_scope(pa, a)),
                None,
            )
            if pb is None or compare_values(pa, a.unit, pb, b.unit).grade != "different":
                continue
            findings.append(_twice(doc, a, pa, b, pb, score))
    return findings


def _similar_pairs(rows: list[Row]) -> list[tuple[int, int, float]]:
    """(i, j, score) for i < j, in that order, where the names of rows i and j score at or above
    the cutoff: through the name index, so the work follows the pairs found (every pair, as a
    full matrix would find them, up to ``EXACT_NAMES`` distinct names)."""
    keys = {r.key for r in rows}
    index = NameIndex(keys) if len(keys) <= EXACT_NAMES else TokenIndex(keys)
    at: dict[str, list[int]] = defaultdict(list)
    for j, r in enumerate(rows):
        at[r.key].append(j)
    pairs = []
    for i, a in enumerate(rows):
        found = index.scores_of(a.key)
        for j in sorted(j for key in found for j in at[key] if j > i):
            pairs.append((i, j, found[rows[j].key]))
    return pairs


def _twice(doc: Document, a: Row, pa: Cell, b: Row, pb: Cell, score: float) -> Finding:
    evidence = []
    others = [r for r in doc.rows if r.key and r.table is None and r.provenance not in (a.provenance, b.provenance)]
    if others:
        sims = similarity_matrix([a.key], [r.key for r in others])[0]
        for k in np.nonzero(sims >= MATCH_CUTOFF)[0]:
            r = others[int(k)]
            for c in r.cells:
                for p in (pa, pb):
                    if c.value.kind == "number" and compare_values(c, r.unit, p, a.unit).grade == "equal":
                        evidence.append(Evidence(doc.id, strip_markup(c.raw),
                                                 msg(N_("{place} prints {printed} for '{indicator}'"),
                                                     place=where(r.provenance.line, r.provenance.page),
                                                     printed=strip_markup(c.raw), indicator=r.indicator),
                                                 r.provenance.page, r.provenance.line))
    where_b = where(b.provenance.line, b.provenance.page)
    unit = f" {a.unit}" if a.unit else ""
    message = msg(N_("the plan of '{indicator}' is printed twice with different values: {here}{unit} here and {there}{unit} "
                     "for '{other}' at {place} (names match {score}/100), with the same achieved figure beside both"),
                  indicator=a.indicator, here=strip_markup(pa.raw), unit=unit, there=strip_markup(pb.raw), other=b.indicator,
                  place=where_b, score=f"{score:.0f}")
    cells = (
        CellRef(document=doc.id, printed=strip_markup(pa.raw), column=pa.column, page=pa.provenance.page,
                line=pa.provenance.line, role=pa.role, period=pa.period),
        CellRef(document=doc.id, printed=strip_markup(pb.raw), column=pb.column, page=pb.provenance.page,
                line=pb.provenance.line, role=pb.role, period=pb.period),
    )
    return Finding(
        kind="internal_mismatch",
        severity="error",
        document=doc.id,
        message=message.render(),
        text=message,
        page=pa.provenance.page or a.provenance.page,
        line=pa.provenance.line or a.provenance.line,
        indicator=a.indicator,
        key=a.key,
        column=pa.column,
        role=pa.role,
        period=pa.period,
        reported=strip_markup(pa.raw),
        expected=strip_markup(pb.raw),
        context=row_context(a),
        other_page=pb.provenance.page or b.provenance.page,
        other_line=pb.provenance.line or b.provenance.line,
        confidence=min(a.confidence, b.confidence) * score / 100,
        cells=cells,
        evidence=tuple(evidence),
        score=round(score, 1),
    )
