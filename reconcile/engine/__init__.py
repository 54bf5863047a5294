"""The pure engine: documents in, findings out.

Everything here is a function of its arguments: no files, no processes, no terminal, no network.
The application around it (``reconcile.api``, ``batch``, ``cache``, ``store``, ``cli``,
``writers``) reads the files, runs this in parallel and renders what it returns; a test walks the
imports to keep it that way (tests/test_layers.py).

- ``document_to_findings(doc, settings)``: every within-document check of the ``CHECKS`` registry.
- ``group_documents(docs)`` and ``group_to_findings(group)``: the documents about one district,
  checked against each other (``value_mismatch``).
- ``documents_to_findings(docs, settings, across_documents=...)``: both, for a whole batch.
- ``documents_to_diff(old, new)``: two versions of one report.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from extractor.model import Document
from reconcile.engine.checks import CHECKS, document_to_findings, prepare_document
from reconcile.engine.crossdoc import group_documents, group_to_findings
from reconcile.engine.diff import documents_to_diff
from reconcile.engine.findings import KINDS, SEVERITIES, Finding, finding_order, severity_rank
from reconcile.engine.rootcause import group_root_causes
from reconcile.engine.settings import CheckSettings

T = TypeVar("T")
R = TypeVar("R")
Mapper = Callable[[Callable[[T], R], Iterable[T]], Iterable[R]]


def _document_findings(item: tuple[Document, tuple[Document, ...]], settings: CheckSettings) -> list[Finding]:
    doc, others = item
    return document_to_findings(doc, settings, others=others)


def _group_findings(group: Sequence[Document], settings: CheckSettings) -> list[Finding]:
    """A district group's cross-document findings, on the documents as the checks read them (OCR
    slips that the copies decided read as printed)."""
    prepared = [prepare_document(d, settings, [o for o in group if o is not d])[0] for d in group]
    return group_to_findings(prepared, settings)


def documents_to_findings(
    docs: Sequence[Document],
    settings: CheckSettings | dict[str, Any] | None = None,
    *,
    across_documents: bool = False,
    mapper: Mapper[Any, list[Finding]] = map,
) -> tuple[list[Finding], list[list[str]]]:
    """Findings of every document; with ``across_documents`` (``doisoat reconcile``) also those
    between the documents of each district group. Returns (findings in ``finding_order``, the
    groups as document ids; empty without ``across_documents``).

    Within a group, the document given first is a cross-document finding's ``document``.
    ``mapper``: how the per-document checks and the per-group stage are mapped over their inputs
    (the builtin ``map``; ``reconcile.batch.pool_map(jobs)`` runs them in worker processes). Each
    call is a pure function of its input, so the result does not depend on it.
    """
    resolved = CheckSettings.resolve(settings)
    groups: list[list[Document]] = group_documents(docs) if across_documents else []
    group_of = {id(d): g for g in groups for d in g}
    # Each document with the others of its district: their copies of a figure are evidence for how an
    # OCR'd one reads.
    items = [(d, tuple(o for o in group_of.get(id(d), []) if o is not d)) for d in docs]
    findings = [f for found in mapper(functools.partial(_document_findings, settings=resolved), items) for f in found]
    multi = [g for g in groups if len(g) > 1]
    findings.extend(f for found in mapper(functools.partial(_group_findings, settings=resolved), multi) for f in found)
    if multi:
        findings = group_root_causes(findings)
    return sorted(findings, key=finding_order), [[d.id for d in g] for g in groups]


__all__ = [
    "CHECKS",
    "KINDS",
    "SEVERITIES",
    "CheckSettings",
    "Finding",
    "Mapper",
    "document_to_findings",
    "documents_to_diff",
    "documents_to_findings",
    "finding_order",
    "group_documents",
    "group_to_findings",
    "severity_rank",
]
