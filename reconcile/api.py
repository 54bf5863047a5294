"""The library behind the command line: every command is one call here.

``paths_to_documents`` (file_to_document over many files, ``reconcile.batch``) ->
``engine.documents_to_findings`` (the pure checks) -> results the writers render. A bad file
becomes a ``Failure`` and the rest still run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from extractor.documents import ExtractSettings, file_to_document, iter_input_files
from extractor.model import Document
from reconcile.baseline import split_by_baseline
from reconcile.batch import documents_from_paths
from reconcile.cache import DocumentCache
from reconcile.engine import documents_to_diff, documents_to_findings
from reconcile.engine.findings import Finding, severity_rank
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure

Progress = Callable[[int, int, str], None]


def paths_to_documents(
    paths: Iterable[str | os.PathLike[str]],
    settings: ExtractSettings | dict | None = None,
    *,
    progress: Progress | None = None,
    jobs: int | None = 1,
    executor: str | None = None,
    scheduler: str | None = None,
    cache: DocumentCache | None = None,
    timeout_per_document: float | None = None,
) -> tuple[list[Document], list[Failure]]:
    """Read every file (directories searched recursively); failures are kept, never dropped.

    ``jobs``: documents read in parallel (None: all cores); ``executor``: "serial", "process" or
    "dask" (default: serial when there is one job or one file, else process); ``cache``: documents
    already read, by content hash and tool version; ``timeout_per_document``: seconds before a
    document is given up as a failure. Output order is input order whatever finishes first.
    """
    items = list(paths)
    workers = jobs or os.cpu_count() or 1
    if executor is None:
        n_files = sum(1 for _ in iter_input_files(items))
        executor = "serial" if min(workers, n_files) <= 1 and timeout_per_document is None else "process"
    outcome = documents_from_paths(
        items,
        settings,
        jobs=workers,
        executor=executor,
        scheduler=scheduler,
        cache=cache,
        timeout_per_document=timeout_per_document,
        progress=(lambda done, total, path, _cached: progress(done, total, path)) if progress else None,
    )
    return outcome.as_lists()


def _finish(
    documents: Sequence[Document],
    findings: list[Finding],
    failures: Sequence[Failure],
    baseline: dict[str, str] | None,
    groups: Sequence[Sequence[str]] = (),
) -> CheckResult:
    suppressed: list[Finding] = []
    if baseline:
        findings, suppressed = split_by_baseline(findings, baseline)
    return CheckResult(
        documents=tuple(documents),
        findings=tuple(findings),
        failures=tuple(failures),
        suppressed=tuple(suppressed),
        groups=tuple(tuple(g) for g in groups),
    )


def extract(
    paths: Iterable[str | os.PathLike[str]],
    settings: ExtractSettings | dict | None = None,
    *,
    progress: Progress | None = None,
    **batch: Any,
) -> ExtractResult:
    """``doisoat extract``: documents and their rows (``batch``: see ``paths_to_documents``)."""
    docs, failures = paths_to_documents(paths, settings, progress=progress, **batch)
    return ExtractResult(documents=tuple(docs), failures=tuple(failures))


def check(
    paths: Iterable[str | os.PathLike[str]],
    settings: ExtractSettings | dict | None = None,
    *,
    check_settings: object | None = None,
    baseline: dict[str, str] | None = None,
    progress: Progress | None = None,
    across_documents: bool = False,
    **batch: Any,
) -> CheckResult:
    """``doisoat check``: each document on its own; with ``across_documents`` (``doisoat
    reconcile``) documents of one district are also checked against each other."""
    docs, failures = paths_to_documents(paths, settings, progress=progress, **batch)
    findings, groups = documents_to_findings(docs, check_settings, across_documents=across_documents)  # type: ignore[arg-type]
    return _finish(docs, findings, failures, baseline, groups)


def reconcile(paths: Iterable[str | os.PathLike[str]], settings: ExtractSettings | dict | None = None, **options: Any) -> CheckResult:
    """``doisoat reconcile``: ``check`` plus documents of one district checked against each other."""
    return check(paths, settings, across_documents=True, **options)


def diff(old: str | os.PathLike[str], new: str | os.PathLike[str], settings: ExtractSettings | dict | None = None) -> DiffResult:
    """``doisoat diff OLD NEW``; raises BadInputError when either file cannot be read."""
    resolved = ExtractSettings.resolve(settings)
    d = documents_to_diff(file_to_document(old, resolved), file_to_document(new, resolved))
    return DiffResult(old=d.old, new=d.new, changes=d.changes, added=d.added, removed=d.removed, renamed=d.renamed)


def worst_severity(findings: Iterable[Finding]) -> int:
    """Highest severity rank among findings (-1 when none)."""
    return max((severity_rank(f.severity) for f in findings), default=-1)
