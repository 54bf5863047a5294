"""The handful of domain errors the extractor raises; ``reconcile.cli`` maps them to exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class DoisoatError(Exception):
    """Base class: a message that tells the user what happened and what to do."""


class BadInputError(DoisoatError):
    """A file that cannot be read as a report: missing, empty, corrupt, encrypted, not a report.

    ``str(error)`` is one line naming the file: ``"bieu01.pdf: encrypted PDF (needs a password)"``.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class OcrUnavailableError(BadInputError):
    """An image-only PDF while Tesseract (or its Vietnamese data) is not installed."""


@contextmanager
def file_errors_named(path: str) -> Iterator[None]:
    """The operating system's errors on opening or reading ``path``, as the one-line
    ``BadInputError`` naming the file that every reader gives."""
    try:
        yield
    except FileNotFoundError:
        raise BadInputError(path, "no such file") from None
    except IsADirectoryError:
        raise BadInputError(path, "is a directory") from None
    except OSError as exc:
        raise BadInputError(path, f"cannot read ({exc.strerror or exc})") from None
