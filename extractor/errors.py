"""The handful of domain errors the extractor raises; ``reconcile.cli`` maps them to exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from normalizers.messages import N_, Msg, msg, text


class DoisoatError(Exception):
    """Base class: a message that tells the user what happened and what to do."""


class BadInputError(DoisoatError):
    """A file that cannot be read as a report: missing, empty, corrupt, encrypted, not a report.

    ``str(error)`` is one line naming the file: ``"bieu01.pdf: encrypted PDF (needs a password)"``.
    ``reason`` is that line's English (what JSON carries); ``said`` is the same reason as a message,
    which the application renders in the reader's language.

    >>> e = BadInputError("a.pdf", msg(N_("no page {page} (the PDF has {count})"), page=3, count=2))
    >>> str(e), e.reason
    ('a.pdf: no page 3 (the PDF has 2)', 'no page 3 (the PDF has 2)')
    """

    def __init__(self, path: str, reason: str | Msg) -> None:
        self.path = path
        self.said = reason if isinstance(reason, Msg) else text(reason)
        self.reason = self.said.render()
        super().__init__(f"{path}: {self.reason}")


class OcrUnavailableError(BadInputError):
    """An image-only PDF while Tesseract (or its Vietnamese data) is not installed."""


@contextmanager
def file_errors_named(path: str) -> Iterator[None]:
    """The operating system's errors on opening or reading ``path``, as the one-line
    ``BadInputError`` naming the file that every reader gives."""
    try:
        yield
    except FileNotFoundError:
        raise BadInputError(path, msg(N_("no such file"))) from None
    except IsADirectoryError:
        raise BadInputError(path, msg(N_("is a directory"))) from None
    except OSError as exc:
        raise BadInputError(path, msg(N_("cannot read ({detail})"), detail=str(exc.strerror or exc))) from None
