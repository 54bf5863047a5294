"""``internal_mismatch``: the same indicator and period printed differently within one document."""

from __future__ import annotations

from extractor.model import Document
from reconcile.engine.crossdoc import comparable_row_groups, match_to_findings
from reconcile.engine.findings import Finding
from reconcile.engine.matching import PairScores, match_rows
from reconcile.engine.settings import CheckSettings


def check_internal(doc: Document, settings: CheckSettings) -> list[Finding]:
    """The same indicator and period printed differently in two tables, or in prose and a table."""
    groups = sorted(comparable_row_groups(doc).items())
    everything = [r for _, rs in groups for r in rs]
    scores = PairScores(everything, everything)
    findings: list[Finding] = []
    for i, (_, rows_a) in enumerate(groups):
        for _, rows_b in groups[i + 1 :]:
            for m in match_rows(rows_a, rows_b, scores=scores):
                if m.ambiguous_with is not None:
                    continue
                findings.extend(match_to_findings(m, doc, doc, kind="internal_mismatch"))
    return findings
