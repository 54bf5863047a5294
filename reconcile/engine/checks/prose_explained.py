"""Findings on the percentages of running text that only the generic reader (``engine.explain``) read,
and a note on those nobody read.

- A reading **explained by arithmetic** holds by construction: no finding, or an ``info`` when only
  truncation or a trailing zero explains it (as for any relation, ``prose_arith.relation_finding``).
- A reading **by position only** that does not recompute is a ``warning``, never an ``error``: nothing
  but the order of the figures ties them together, so the failure may be the reading's.
- Percentages no reading checked are listed in one warning of the document (``with_unchecked_note``),
  so that "no findings" is never taken for "every percentage recomputes". It is no finding: it says
  what was not checked, not that a number is wrong.
"""

from __future__ import annotations

from dataclasses import replace

from extractor.model import Document, Row
from reconcile.engine.checks.prose_arith import judge, relation_finding
from reconcile.engine.explain import HOW_POSITION, Percentage, relations_read, unchecked_percentages
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, Said, clauses, msg
from reconcile.engine.settings import CheckSettings

__all__ = ["check_explained", "position_finding", "unchecked_note", "with_unchecked_note"]

# At most this many unchecked percentages are named in the note (it counts them all).
NOTE_NAMES = 12


def position_finding(finding: Finding) -> Finding:
    """An error on a reading by position only, as a warning that says why it is not an error.

    "kế hoạch 2.040 tỷ đồng, thực hiện 1.250 tỷ đồng, đạt 65%" -> warning "1.250 / 2.040 = 61,3 %,
    reported 65; read by position only: ...".
    """
    if finding.severity != "error" or finding.text is None:
        return finding
    why = msg(N_("read by position only: no other reading of the figures around it recomputes it, so the "
                 "pairing, not the report, may be wrong"))
    return finding.with_text(clauses(finding.text, why), severity="warning")


def _where(doc: Document, p: Percentage) -> Msg:
    prov = doc.lines[p.line].provenance
    if prov.line is not None:
        return msg(N_("line {line}"), line=prov.line)
    return msg(N_("page {page}"), page=prov.page)


def unchecked_note(doc: Document, unchecked: list[Percentage]) -> Msg | None:
    """The line naming the printed percentages of running text no reading checked, or None.

    "Thu ngân sách ... bằng 116,5% dự toán" with no estimate to divide -> "running text: 1 printed
    percentages were not checked, no reading relates them to printed figures: 116,5% (line 6)".
    """
    if not unchecked:
        return None
    rows: dict[int, Row] = {r.index: r for r in doc.rows}
    named = [msg(N_("{figure} ({where})"), figure=rows[p.ref[0]].cells[p.ref[1]].value.raw, where=_where(doc, p))
             for p in unchecked[:NOTE_NAMES]]
    which = clauses(*named, sep=", ")
    if len(unchecked) > NOTE_NAMES:
        which = clauses(which, msg(N_("and {n} more"), n=len(unchecked) - NOTE_NAMES), sep=" ")
    return msg(N_("running text: {n} printed percentages were not checked, no reading relates them to printed "
                  "figures: {which}"), n=len(unchecked), which=which)


def with_unchecked_note(doc: Document) -> Document:
    """``doc`` with the line of ``unchecked_note`` among its warnings (the same document when every
    printed percentage of its running text was checked)."""
    note = unchecked_note(doc, unchecked_percentages(doc))
    if note is None:
        return doc
    said = Said(note)
    messages = doc.warning_messages
    if len(messages) == len(doc.warnings):
        messages = (*messages, note)
    return replace(doc, warnings=(*doc.warnings, said), warning_messages=messages)


def check_explained(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Findings on the generic reader's relations (the percentages it left unchecked are said by
    ``with_unchecked_note``, not as findings)."""
    del settings
    rows = {r.index: r for r in doc.rows}
    out: list[Finding] = []
    for rel in relations_read(doc)[1]:
        verdict = judge(rel, rows)
        if verdict is None:
            continue
        found = relation_finding(rel, verdict, rows)
        if found is not None and rel.how == HOW_POSITION:
            found = position_finding(found)
        if found is not None:
            out.append(found)
    return out
