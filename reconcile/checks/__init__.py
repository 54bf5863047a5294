"""Within-document arithmetic checks: a ``Document``'s rows -> ``Finding``s.

``CHECKS`` is the registry (name -> check); ``document_to_findings`` runs the enabled ones and
returns their findings in a stable order. Every rule is written out for auditors in docs/rules.md.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractor.model import Document
from reconcile.checks.labels import check_labels
from reconcile.checks.parse_errors import check_parse_errors
from reconcile.checks.prose_relations import check_prose_relations
from reconcile.checks.ratios import check_ratios
from reconcile.checks.sums import check_sums
from reconcile.checks.units import check_units
from reconcile.findings import KINDS, Finding
from reconcile.settings import CheckSettings

Check = Callable[[Document, CheckSettings], list[Finding]]

CHECKS: dict[str, Check] = {
    "ratios": check_ratios,
    "sums": check_sums,
    "labels": check_labels,
    "units": check_units,
    "parse_errors": check_parse_errors,
    "prose_relations": check_prose_relations,
}


def finding_order(f: Finding) -> tuple[object, ...]:
    """Where it was printed first (page, line, top of the box), then kind, indicator, column."""
    top = f.bbox[1] if f.bbox else 0.0
    return (
        f.page or 0,
        f.line or 0,
        top,
        KINDS.index(f.kind) if f.kind in KINDS else len(KINDS),
        f.indicator or "",
        f.column or "",
        f.message,
    )


def document_to_findings(doc: Document, settings: CheckSettings | dict[str, Any] | None = None) -> list[Finding]:
    """Run every enabled check on one document; findings sorted by place, then kind, then indicator.

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
