"""What each command computes, before it is rendered: plain dataclasses the writers consume."""

from __future__ import annotations

from dataclasses import dataclass

from extractor.model import Document
from reconcile.engine.diff import Change, Diff
from reconcile.engine.findings import Finding


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
class DiffResult(Diff):
    """``doisoat diff OLD NEW``: the engine's ``Diff`` of the two documents read."""

    failures: tuple[Failure, ...] = ()


__all__ = ["Change", "CheckResult", "Diff", "DiffResult", "ExtractResult", "Failure"]
