"""What each command returns: plain frozen dataclasses the writers render and analysts load.

Every result has ``.documents`` and ``.failures`` (a file that could not be read is never
dropped); a check/reconcile result has ``.findings`` (and ``.suppressed``); a diff has
``.changes``. Each offers pandas DataFrames with pinned columns and dtypes (``reconcile.frames``):
``findings_frame()``, ``rows_frame()``, ``changes_frame()``, ``documents_frame()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING

from extractor.model import Document
from normalizers.messages import Msg, Translate, english
from reconcile.engine.diff import Change, Diff
from reconcile.engine.findings import Finding

if TYPE_CHECKING:
    import pandas as pd


def _frames() -> ModuleType:
    # pandas loads only when a frame is asked for: the command line never needs it.
    import reconcile.frames as frames

    return frames


@dataclass(frozen=True)
class Failure:
    """A file that could not be read; ``reason`` is one line, in English (what JSON carries), and
    ``said`` the same reason as a message, which ``render`` puts in the reader's language."""

    path: str
    reason: str
    said: Msg | None = field(default=None, compare=False, repr=False)

    @classmethod
    def of(cls, path: str, said: Msg) -> Failure:
        """The failure of ``path`` for the reason ``said``."""
        return cls(path=path, reason=said.render(), said=said)

    def render(self, translate: Translate = english) -> str:
        """The reason in a language (``reconcile.i18n.translator``)."""
        return self.said.render(translate) if self.said is not None else self.reason


@dataclass(frozen=True)
class ExtractResult:
    """``doisoat extract``: the documents read and the files that failed.

    warnings: what was left out that is not a failure, one line each (files in a folder that are
              not reports, a file given twice, a cache that could not be used).
    """

    documents: tuple[Document, ...]
    failures: tuple[Failure, ...] = ()
    warnings: tuple[str, ...] = ()

    def rows_frame(self) -> pd.DataFrame:
        """Every printed value of every row, one per line (``frames.ROW_COLUMNS``)."""
        return _frames().rows_frame(self.documents)

    def documents_frame(self) -> pd.DataFrame:
        return _frames().documents_frame(self.documents)


@dataclass(frozen=True)
class CheckResult:
    """``doisoat check`` / ``reconcile``: findings (new) and those a baseline suppressed.

    groups: for ``reconcile``, the document ids checked against each other, one tuple per
            district/period group.
    warnings: as for ``ExtractResult``; also baseline entries that suppress nothing in this run.
    """

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    failures: tuple[Failure, ...] = ()
    suppressed: tuple[Finding, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()
    warnings: tuple[str, ...] = ()

    def findings_frame(self, *, include_suppressed: bool = False) -> pd.DataFrame:
        """One finding per line (``frames.FINDING_COLUMNS``); with ``include_suppressed`` the
        baseline's accepted ones too, ``suppressed`` True."""
        return _frames().findings_frame(self.findings, self.documents, self.suppressed if include_suppressed else ())

    def rows_frame(self) -> pd.DataFrame:
        """Every printed value of every document checked (``frames.ROW_COLUMNS``)."""
        return _frames().rows_frame(self.documents)

    def documents_frame(self) -> pd.DataFrame:
        return _frames().documents_frame(self.documents)


@dataclass(frozen=True)
class DiffResult(Diff):
    """``doisoat diff OLD NEW``: the engine's ``Diff`` of the two documents read."""

    failures: tuple[Failure, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def documents(self) -> tuple[Document, Document]:
        return (self.old, self.new)

    def changes_frame(self) -> pd.DataFrame:
        """One changed value per line (``frames.CHANGE_COLUMNS``)."""
        return _frames().changes_frame(self.changes)

    def rows_frame(self) -> pd.DataFrame:
        """Every printed value of both versions (``frames.ROW_COLUMNS``; ``document`` says which)."""
        return _frames().rows_frame(self.documents)

    def documents_frame(self) -> pd.DataFrame:
        return _frames().documents_frame(self.documents)


__all__ = ["Change", "CheckResult", "Diff", "DiffResult", "ExtractResult", "Failure"]
