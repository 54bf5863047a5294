"""The library behind the command line: every command is one call here.

``paths_to_documents`` (file_to_document over many files) -> ``documents_to_findings`` (checks)
-> results the writers render. A bad file becomes a ``Failure`` and the rest still run.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from extractor.documents import ExtractSettings, file_to_document, iter_input_files
from extractor.errors import BadInputError
from extractor.model import Document
from reconcile.baseline import split_by_baseline
from reconcile.cache import DocumentCache
from reconcile.crossdoc import documents_to_findings, group_documents, internal_findings
from reconcile.diff import documents_to_diff
from reconcile.findings import Finding, severity_rank
from reconcile.places_check import document_place_findings
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure

Progress = Callable[[int, int, str], None]


def read_one(path: str, settings: ExtractSettings) -> Document | Failure:
    """One file -> Document, or a Failure with a one-line reason (never raises for bad input)."""
    try:
        return file_to_document(path, settings)
    except BadInputError as exc:
        return Failure(path=exc.path, reason=exc.reason)
    except (ValueError, OSError, RuntimeError, KeyError, IndexError, TypeError, AttributeError) as exc:
        # A reader library choked on a malformed file: report it like any other bad file.
        return Failure(path=path, reason=f"could not be read ({exc.__class__.__name__}: {str(exc)[:120]})")


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
    from reconcile.batch import documents_from_paths

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


def _sort_key(f: Finding) -> tuple:
    return (f.document, f.other_document or "", f.page or 0, f.line or 0, f.kind, f.indicator or "", f.column or "", f.reported or "")


def document_to_findings(doc: Document, check_settings: object | None = None) -> list[Finding]:
    """Every check that needs only this document: arithmetic, labels, units, places, internal."""
    from reconcile.checks import document_to_findings as arithmetic_findings

    findings = list(arithmetic_findings(doc, check_settings))  # type: ignore[arg-type]
    findings.extend(document_place_findings(doc))
    findings.extend(internal_findings(doc))
    return sorted(findings, key=_sort_key)


def _finish(
    documents: Sequence[Document],
    findings: list[Finding],
    failures: Sequence[Failure],
    baseline: dict[str, str] | None,
    groups: Sequence[Sequence[str]] = (),
) -> CheckResult:
    findings = sorted(findings, key=_sort_key)
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
    if across_documents:
        findings, groups = reconcile_documents(docs, check_settings)
    else:
        findings, groups = [f for d in docs for f in document_to_findings(d, check_settings)], []
    return _finish(docs, findings, failures, baseline, groups)


def reconcile_documents(docs: Sequence[Document], check_settings: object | None = None) -> tuple[list[Finding], list[list[str]]]:
    """Single-document checks plus cross-document ``value_mismatch`` inside each district group.

    Within a group, the document given first on the command line is ``document``.
    """
    findings = [f for d in docs for f in document_to_findings(d, check_settings)]
    groups = group_documents(docs)
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                findings.extend(documents_to_findings(a, b))
    return findings, [[d.id for d in g] for g in groups]


def reconcile(paths: Iterable[str | os.PathLike[str]], settings: ExtractSettings | dict | None = None, **options: Any) -> CheckResult:
    """``doisoat reconcile``: ``check`` plus documents of one district checked against each other."""
    return check(paths, settings, across_documents=True, **options)


def diff(old: str | os.PathLike[str], new: str | os.PathLike[str], settings: ExtractSettings | dict | None = None) -> DiffResult:
    """``doisoat diff OLD NEW``; raises BadInputError when either file cannot be read."""
    resolved = ExtractSettings.resolve(settings)
    return documents_to_diff(file_to_document(old, resolved), file_to_document(new, resolved))


def worst_severity(findings: Iterable[Finding]) -> int:
    """Highest severity rank among findings (-1 when none)."""
    return max((severity_rank(f.severity) for f in findings), default=-1)
