"""Within-document checks: a ``Document``'s rows -> ``Finding``s.

``CHECKS`` is the registry (name -> check): every finding a single document can yield comes from
one of them, so ``CheckSettings(checks=("ratios",))`` yields ratio findings and nothing else.
``document_to_findings`` runs the enabled ones and returns their findings in the report's order.
Every arithmetic rule is written out for auditors in docs/rules.md.

The stages, in order (``document_to_findings``):
1. identical text blocks are checked once (``engine.repeats``);
2. "misreads": in a copy read by OCR, rows whose arithmetic one reading slip repairs are read as
   they were probably printed, each reported once as ``probable_misread`` (``engine.misreads``);
3. the other checks run on that reading;
4. findings on text read by OCR that no misreading explains lose their certainty, and findings
   with one root cause become one (``engine.rootcause``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from extractor.model import Document
from reconcile.engine.checks.doubts import check_extraction_doubt
from reconcile.engine.checks.internal import check_internal
from reconcile.engine.checks.labels import check_labels
from reconcile.engine.checks.parse_errors import check_parse_errors
from reconcile.engine.checks.places import check_places
from reconcile.engine.checks.prose_assembly import doubt_assembly
from reconcile.engine.checks.prose_relations import check_prose_relations
from reconcile.engine.checks.ratios import check_ratios
from reconcile.engine.checks.sums import check_sums
from reconcile.engine.checks.units import check_units
from reconcile.engine.findings import Finding, finding_order
from reconcile.engine.misreads import reread_document
from reconcile.engine.repeats import drop_verbatim_repeats
from reconcile.engine.rootcause import document_root_causes
from reconcile.engine.settings import CheckSettings

Check = Callable[[Document, CheckSettings], list[Finding]]


def check_misreads(doc: Document, settings: CheckSettings) -> list[Finding]:
    """``probable_misread``: rows of an OCR'd copy that one reading slip makes agree (see
    ``engine.misreads``). ``document_to_findings`` runs it first and checks the rest on the
    document as it was probably printed."""
    return list(reread_document(doc, settings).findings)


# Names are the ones ``CheckSettings.checks`` and ``doisoat check --checks`` accept (CHECK_NAMES).
CHECKS: dict[str, Check] = {
    "misreads": check_misreads,
    "ratios": check_ratios,
    "sums": check_sums,
    "labels": check_labels,
    "units": check_units,
    "parse_errors": check_parse_errors,
    "prose_relations": check_prose_relations,
    "places": check_places,
    "internal": check_internal,
    "extraction_doubt": check_extraction_doubt,
}


def prepare_document(
    doc: Document, settings: CheckSettings, others: Sequence[Document] = ()
) -> tuple[Document, list[Finding]]:
    """The document the checks read (identical blocks once; with "misreads", OCR slips read as
    printed) and the misreadings found on the way. ``others``: documents of the same district,
    whose copies of a figure are evidence for a reading."""
    doc, _repeats = drop_verbatim_repeats(doc)
    if not settings.enabled("misreads"):
        return doc, []
    reread = reread_document(doc, settings, tuple(others))
    return reread.document, list(reread.findings)


def document_to_findings(
    doc: Document, settings: CheckSettings | dict[str, Any] | None = None, *, others: Sequence[Document] = ()
) -> list[Finding]:
    """Run every enabled check on one document; findings in ``finding_order``, one per root cause.

    Seed 000 (Tam Đường, Biểu 01): every ratio recomputes, so no ``ratio_mismatch`` error; its
    "Tăng trưởng đàn gia súc" ratios against the range target "5-6" (printed 0,0) are warnings.
    Seed 001 (an OCR'd copy): "91.3 ... 101.6" in "Tỷ lệ gieo phủ rừng" is one ``probable_misread``
    (5 read as 9 in every figure of the row), not nine errors.
    """
    resolved = CheckSettings.resolve(settings)
    prepared, findings = prepare_document(doc, resolved, others)
    for name, check in CHECKS.items():
        if name != "misreads" and resolved.enabled(name):
            findings.extend(check(prepared, resolved))
    findings = doubt_assembly(prepared, findings)
    return sorted(document_root_causes(findings, prepared, resolved), key=finding_order)


__all__ = ["CHECKS", "Check", "CheckSettings", "document_to_findings", "finding_order", "prepare_document"]
