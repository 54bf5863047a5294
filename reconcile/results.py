"""What each command computes, before it is rendered: plain dataclasses the writers consume."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.model import Document, Row
from reconcile.findings import Finding


@dataclass(frozen=True)
class Failure:
    """A file that could not be read; ``reason`` is one line."""

    path: str
    reason: str


@dataclass(frozen=True)
class ExtractResult:
    """``doisoat extract``: the documents read and the files that failed."""

    documents: tuple[Document, ...]
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True)
class CheckResult:
    """``doisoat check`` / ``reconcile``: findings (new) and those a baseline suppressed.

    groups: for ``reconcile``, the document ids checked against each other, one tuple per
            district/period group.
    """

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    failures: tuple[Failure, ...] = ()
    suppressed: tuple[Finding, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Change:
    """One cell whose value differs between two versions of a report."""

    indicator: str
    key: str
    column: str
    role: str
    period: str | None
    old: str
    new: str
    old_value: float | None
    new_value: float | None
    section: str | None = None
    old_line: int | None = None
    new_line: int | None = None
    old_page: int | None = None
    new_page: int | None = None


@dataclass(frozen=True)
class DiffResult:
    """``doisoat diff OLD NEW``."""

    old: Document
    new: Document
    changes: tuple[Change, ...]
    added: tuple[Row, ...]
    removed: tuple[Row, ...]
    renamed: tuple[tuple[Row, Row], ...] = ()
    failures: tuple[Failure, ...] = ()
