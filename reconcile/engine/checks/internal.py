"""``internal_mismatch``: the same indicator and period printed differently within one document.

Each table's rows are matched against every other table's and against the prose, one-to-one
(``match_rows``). Names are scored through an index of the document's distinct names, never
all rows against all rows: only rows whose name scores at or above the cutoff with a name of the
other side enter a table pair's matching, so the work follows the pairs that can match. Up to
``EXACT_NAMES`` distinct names the index scores every pair its length allows (``NameIndex``:
exactly what scoring every pair finds); above that (a 12,000-row report) only names sharing a
word are scored (``TokenIndex``), which keeps time and memory linear in the rows.
"""

from __future__ import annotations

from collections import defaultdict

from extractor.model import Document
from reconcile.engine.blocking import IndexScores, NameIndex, TokenIndex
from reconcile.engine.crossdoc import comparable_row_groups, match_to_findings
from reconcile.engine.findings import Finding
from reconcile.engine.matching import match_rows
from reconcile.engine.settings import CheckSettings

# Distinct names of one document scored all against all (within their length window); a report
# of a few thousand rows has fewer. Above, names are blocked by shared words.
EXACT_NAMES = 3_000


def check_internal(doc: Document, settings: CheckSettings) -> list[Finding]:
    """The same indicator and period printed differently in two tables, or in prose and a table."""
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
                findings.extend(match_to_findings(m, doc, doc, kind="internal_mismatch"))
    return findings
