"""The handful of domain errors the extractor raises; ``reconcile.cli`` maps them to exit codes."""

from __future__ import annotations

import errno
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


# What the operating system says (its C-locale English), as messages the reader's language translates.
_OS_REASONS = {
    errno.ENOENT: N_("no such file or directory"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EISDIR: N_("is a directory"),
    errno.ENOTDIR: N_("not a directory"),
    errno.ENOSPC: N_("no space left on device"),
    errno.EROFS: N_("read-only file system"),
    errno.EEXIST: N_("file exists"),
    errno.ENAMETOOLONG: N_("file name too long"),
    errno.ELOOP: N_("too many levels of symbolic links"),
    errno.EIO: N_("input/output error"),
}


def os_reason(exc: OSError) -> Msg:
    """The operating system's reason for ``exc`` as a message ("permission denied"); an error it
    has no message for keeps the system's own words.

    >>> os_reason(PermissionError(13, "Permission denied")).render()
    'permission denied'
    """
    said = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return msg(said) if said is not None else text(str(exc.strerror or exc))


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
        raise BadInputError(path, msg(N_("cannot read ({detail})"), detail=os_reason(exc))) from None
