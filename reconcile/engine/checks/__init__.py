"""Within-document checks: a ``Document``'s rows -> ``Finding``s.

``CHECKS`` is the registry (name -> check): every finding a single document can yield comes from
one of them, so ``CheckSettings(checks=("ratios",))`` yields ratio findings and nothing else.
``document_to_findings`` runs the enabled ones and returns their findings in the report's order.
Every arithmetic rule is written out for auditors in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractor.model import Document
from reconcile.engine.checks.doubts import check_extraction_doubt
from reconcile.engine.checks.internal import check_internal
from reconcile.engine.checks.labels import check_labels
from reconcile.engine.checks.parse_errors import check_parse_errors
from reconcile.engine.checks.places import check_places
from reconcile.engine.checks.prose_relations import check_prose_relations
from reconcile.engine.checks.ratios import check_ratios
from reconcile.engine.checks.sums import check_sums
from reconcile.engine.checks.units import check_units
from reconcile.engine.findings import Finding, finding_order
from reconcile.engine.settings import CheckSettings

Check = Callable[[Document, CheckSettings], list[Finding]]

# Names are the ones ``CheckSettings.checks`` and ``doisoat check --checks`` accept (CHECK_NAMES).
CHECKS: dict[str, Check] = {
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


def document_to_findings(doc: Document, settings: CheckSettings | dict[str, Any] | None = None) -> list[Finding]:
    """Run every enabled check on one document; findings in ``finding_order``.

    Seed 000 (Tam Đường, Biểu 01): every ratio recomputes, so no ``ratio_mismatch`` error; its
    "Tăng trưởng đàn gia súc" ratios against the range target "5-6" (printed 0,0) are warnings.
    """
    resolved = CheckSettings.resolve(settings)
    findings: list[Finding] = []
    for name, check in CHECKS.items():
        if resolved.enabled(name):
            findings.extend(check(doc, resolved))
    return sorted(findings, key=finding_order)


__all__ = ["CHECKS", "Check", "CheckSettings", "document_to_findings", "finding_order"]
