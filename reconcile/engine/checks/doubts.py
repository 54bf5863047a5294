"""``extraction_doubt``: a table the extractor could not read well enough to trust its findings.

The extractor measures every table itself (``extractor.quality``): the share of value rows with
an indicator name, of figure-looking cells that parsed, of ratio cells that recompute from their
divisions, and whether a header was recognised. A table below the thresholds carries doubts; each
such table is one warning here, so "no findings" can never be taken for "all consistent" on a
table that was not read.

Anti-pattern: a BIỂU 01 whose header has a column-number row read as header text loses every
indicator name -> "table 1 (page 1): 26 of 26 rows have no indicator name; the checks that
need names (values across documents, sums, units) could not run on it".
Best practice: the same table read with its names -> no finding.
"""

from __future__ import annotations

from extractor.model import Document, Table
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, Said, clauses, msg
from reconcile.engine.settings import CheckSettings


def _where(table: Table) -> Msg:
    if table.provenance.page is not None:
        return msg(N_("page {page}"), page=table.provenance.page)
    if table.provenance.line is not None:
        return msg(N_("line {line}"), line=table.provenance.line)
    return msg(N_("position unknown"))


def check_extraction_doubt(doc: Document, settings: CheckSettings) -> list[Finding]:
    """One warning per table whose own quality measures fall below the extractor's thresholds."""
    findings: list[Finding] = []
    for table in doc.tables:
        quality = table.quality
        if quality is None or not quality.reasons:
            continue
        # ``reported`` keeps the English programs read; the message says it in the reader's language.
        what = clauses(*quality.reasons)
        message = msg(N_("table {number} '{title}' ({where}) was not read reliably: {what}; its findings may be "
                         "incomplete"), number=table.number + 1, title=table.title, where=_where(table), what=what) \
            if table.title else msg(N_("table {number} ({where}) was not read reliably: {what}; its findings may be "
                                       "incomplete"), number=table.number + 1, where=_where(table), what=what)
        measures = (
            ("table", str(table.number)),
            ("rows", str(quality.rows)),
            ("named", f"{quality.named:.4g}"),
            ("parsed", f"{quality.parsed:.4g}"),
            ("ratios", "" if quality.ratios is None else f"{quality.ratios:.4g}"),
            ("header", "yes" if quality.header else "no"),
        )
        findings.append(
            Finding(
                kind="extraction_doubt",
                severity="warning",
                document=doc.id,
                message=message.render(),
                text=message,
                page=table.provenance.page,
                line=table.provenance.line,
                bbox=table.provenance.bbox,
                key=f"table {table.number}",
                column=table.title,
                reported=Said(what),
                context=table.title,
                confidence=min(quality.named, quality.parsed),
                extra=measures,
            )
        )
    return findings
