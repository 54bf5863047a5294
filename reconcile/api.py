"""The library: every ``doisoat`` command is one function here (``from reconcile import check, ...``).

``batch.documents_from_paths`` (files -> documents, in parallel, cached) ->
``engine.documents_to_findings`` (the pure checks) -> a result object the writers render, with
``.documents``, ``.findings``, ``.failures`` and pandas DataFrames (``results``). A bad file becomes
a ``Failure`` and the rest still run; nothing is dropped.

Three settings objects, one per layer, each given as None (defaults), a dict, or an instance:

- ``settings``: ``ExtractSettings``, how a file is read (OCR, dpi, prose);
- ``check_settings``: ``CheckSettings``, which checks run and their tolerances;
- ``batch_settings``: ``BatchSettings``, worker processes, cache, timeouts.

>>> from reconcile import reconcile
>>> result = reconcile(["corpus/"], check_settings={"checks": ["ratios", "sums"]})  # doctest: +SKIP
>>> result.findings_frame().groupby("kind").size()  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from extractor.documents import ExtractSettings
from extractor.errors import BadInputError
from extractor.model import Document
from normalizers.messages import N_, msg
from reconcile.baseline import Baseline
from reconcile.batch import (
    BatchSettings,
    Progress,
    checks_timed_out_reason,
    documents_from_paths,
    pool_map,
    timed_map,
)
from reconcile.engine import documents_to_diff, documents_to_findings
from reconcile.engine.checks.prose_explained import with_unchecked_note
from reconcile.engine.findings import Finding, severity_rank
from reconcile.engine.settings import CheckSettings
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure

Paths = Iterable[str | os.PathLike[str]]
ExtractOptions = ExtractSettings | Mapping[str, Any] | None
CheckOptions = CheckSettings | Mapping[str, Any] | None
BatchOptions = BatchSettings | Mapping[str, Any] | None
BaselineOptions = Baseline | Mapping[str, str] | None


def extract(
    paths: Paths,
    settings: ExtractOptions = None,
    *,
    batch_settings: BatchOptions = None,
    progress: Progress | None = None,
) -> ExtractResult:
    """``doisoat extract``: the documents read and their rows; files that could not be read."""
    outcome = documents_from_paths(paths, settings, batch_settings, progress=progress)
    return ExtractResult(documents=outcome.documents, failures=outcome.failures, warnings=outcome.warnings)


def check(
    paths: Paths,
    settings: ExtractOptions = None,
    *,
    check_settings: CheckOptions = None,
    batch_settings: BatchOptions = None,
    baseline: BaselineOptions = None,
    progress: Progress | None = None,
    across_documents: bool = False,
) -> CheckResult:
    """``doisoat check``: each document on its own.

    ``baseline``: accepted findings (a ``Baseline`` as ``baseline.read_baseline`` returns it, or a
    mapping fingerprint -> justification), listed under ``suppressed`` instead of ``findings``.
    With ``across_documents`` (that is ``reconcile``) the documents of one district are also
    checked against each other.
    """
    checks = CheckSettings.resolve(check_settings)
    batch = BatchSettings.resolve(batch_settings)
    outcome = documents_from_paths(paths, settings, batch, progress=progress)
    # The checks run where the reading ran: in this process for "serial" (debugging), else in a
    # pool of the same size when there is enough to share.
    mapper: Any = map if batch.executor == "serial" else pool_map(batch.workers())
    # --timeout-per-document bounds a document's checks as it bounds its reading.
    timed_out: list[Document] = []
    if batch.timeout_per_document is not None:
        mapper = timed_map(mapper, batch.timeout_per_document, timed_out)
    findings, groups = documents_to_findings(outcome.documents, checks, across_documents=across_documents, mapper=mapper)
    failures = (*outcome.failures,
                *(Failure.of(d.path, checks_timed_out_reason(batch.timeout_per_document or 0)) for d in timed_out))
    documents = outcome.documents
    if checks.enabled("prose_relations"):
        # the printed percentages of running text no reading checked: said, or silence would pass for consistency
        documents = tuple(with_unchecked_note(d) for d in documents)
    return _check_result(documents, findings, failures, baseline, groups, outcome.warnings)


def reconcile(
    paths: Paths,
    settings: ExtractOptions = None,
    *,
    check_settings: CheckOptions = None,
    batch_settings: BatchOptions = None,
    baseline: BaselineOptions = None,
    progress: Progress | None = None,
) -> CheckResult:
    """``doisoat reconcile``: ``check``, plus the documents of one district checked against each
    other (``value_mismatch``; the document given first is a finding's ``document``)."""
    return check(
        paths,
        settings,
        check_settings=check_settings,
        batch_settings=batch_settings,
        baseline=baseline,
        progress=progress,
        across_documents=True,
    )


def diff(
    old: str | os.PathLike[str],
    new: str | os.PathLike[str],
    settings: ExtractOptions = None,
    *,
    batch_settings: BatchOptions = None,
    progress: Progress | None = None,
) -> DiffResult:
    """``doisoat diff OLD NEW``: two versions of one report, read like any batch (in parallel,
    cached, with a timeout). Raises ``BadInputError`` naming the file when either cannot be read."""
    for path in (old, new):
        if Path(path).is_dir():
            raise BadInputError(str(path), msg(N_("is a folder: diff compares two report files")))
    outcome = documents_from_paths([old, new], settings, batch_settings, progress=progress)
    if outcome.failures:
        failure = outcome.failures[0]
        raise BadInputError(failure.path, failure.said or failure.reason)
    # The same file named twice is read once: it is diffed with itself (nothing changed).
    first, second = outcome.documents[0], outcome.documents[-1]
    d = documents_to_diff(first, second)
    return DiffResult(old=d.old, new=d.new, changes=d.changes, added=d.added, removed=d.removed, renamed=d.renamed,
                      warnings=outcome.warnings)


def worst_severity(findings: Iterable[Finding]) -> int:
    """Highest severity rank among findings (-1 when none)."""
    return max((severity_rank(f.severity) for f in findings), default=-1)


def _check_result(
    documents: Sequence[Document],
    findings: list[Finding],
    failures: Sequence[Failure],
    baseline: BaselineOptions,
    groups: Sequence[Sequence[str]] = (),
    warnings: Sequence[str] = (),
) -> CheckResult:
    suppressed: list[Finding] = []
    notes = list(warnings)
    if baseline:
        accepted = baseline if isinstance(baseline, Baseline) else Baseline.from_mapping(baseline)
        findings, suppressed, unmatched = accepted.split(findings, documents)
        notes.extend(unmatched)
    return CheckResult(
        documents=tuple(documents),
        findings=tuple(findings),
        failures=tuple(failures),
        suppressed=tuple(suppressed),
        groups=tuple(tuple(g) for g in groups),
        warnings=tuple(notes),
    )


__all__ = ["BatchSettings", "CheckSettings", "ExtractSettings", "check", "diff", "extract", "reconcile"]
