"""Every way a ``doisoat`` command can end, and the one place a failure becomes a message and a code.

Modelled on OCRmyPDF's ``exceptions.py``: an ``ExitCode`` IntEnum (the contract in
docs/cli-contract.md), a handful of domain exceptions whose message tells the user what happened
and what to do, and ``describe(exc)`` mapping any exception to (exit code, the one stderr line).
The command line's single handler (``reconcile.cli``) calls it for every command; library callers
catch the exceptions themselves. A new kind of failure is added here: a class, or a row of
``EXIT_CODES``, and nowhere else.
"""

from __future__ import annotations

import unicodedata
from enum import IntEnum

from extractor.errors import BadInputError, DoisoatError, OcrUnavailableError, os_reason
from normalizers.messages import N_, Msg, Translate, english


class ExitCode(IntEnum):
    """Exit codes of ``doisoat`` (docs/cli-contract.md)."""

    #: Ran, and nothing at or above ``--fail-on`` (``diff``: nothing changed, or no ``--fail-on-change``).
    OK = 0
    #: Ran, and a finding at or above ``--fail-on`` (``diff --fail-on-change``: something changed).
    FINDINGS = 1
    #: Bad usage, or bad input: a file that could not be read (the others were still checked), a
    #: store that cannot be opened, a settings file that does not validate.
    BAD_INPUT = 2
    #: doisoat itself failed: a bug. The message says so; ``--debug`` shows the traceback.
    INTERNAL_ERROR = 3
    #: Stopped with Ctrl-C (SIGINT); what was read is in the cache and a re-run resumes.
    INTERRUPTED = 130


class StoreError(DoisoatError):
    """The findings store cannot be opened or written; the message names it (password hidden)."""


class SettingsError(DoisoatError):
    """A settings file or option that does not validate: ``--config doisoat.toml: [check] sum_policy
    must be 'printed' or 'exact'``."""


class SchedulerError(DoisoatError):
    """The Dask scheduler given with ``--scheduler`` cannot be reached or is not an address."""


class OutputError(DoisoatError):
    """The result could not be written where it was asked for (``-o FILE``, standard output)."""


class NothingReadError(DoisoatError):
    """No document was read: "0 documents read" is never a success (the warnings say what was
    skipped, the failures what could not be read)."""


def saying(error: type[DoisoatError], said: Msg) -> DoisoatError:
    """``error`` whose message is ``said``: its ``str`` is the English, and the one handler says it
    in the reader's language (``describe``)."""
    exc = error(said.render())
    setattr(exc, "said", said)  # noqa: B010 (the attribute describe() reads, on any DoisoatError)
    return exc


# Most specific first: the first class an exception is an instance of decides its exit code.
EXIT_CODES: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (KeyboardInterrupt, ExitCode.INTERRUPTED),
    (BadInputError, ExitCode.BAD_INPUT),
    (DoisoatError, ExitCode.BAD_INPUT),
    # The file system refused (permission, disk full, a cache folder that is a file): the user's to fix.
    (OSError, ExitCode.BAD_INPUT),
    # Input too deep or too big for the parser it went to (a baseline nested 100,000 deep): bad input.
    (RecursionError, ExitCode.BAD_INPUT),
    (MemoryError, ExitCode.BAD_INPUT),
)


# Characters that could rewrite a terminal or forge a line: C0/C1 controls (ESC, newline, CR) and
# the bidirectional overrides that reorder what a line shows ("Trojan Source").
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def one_line(text: str) -> str:
    r"""``text`` made safe for one line of a terminal: controls and bidi overrides shown as
    escapes, so a file named "a\n\x1b[2Jerror: ..." cannot clear the screen or forge a line.

    >>> print(one_line("bao cao\x1b[31m\n.txt"))
    bao cao\x1b[31m\n.txt
    """
    out = []
    for ch in text:
        if ch in "\n\r\t":
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}[ch])
        elif unicodedata.category(ch) == "Cc" or ch in _BIDI:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def exit_code(exc: BaseException) -> ExitCode:
    """The exit code for an exception that ended a command (``INTERNAL_ERROR`` when unknown)."""
    for cls, code in EXIT_CODES:
        if isinstance(exc, cls):
            return code
    return ExitCode.INTERNAL_ERROR


def describe(exc: BaseException, translate: Translate = english) -> tuple[ExitCode, str]:
    """(exit code, the one line for stderr) for an exception that ended a command; a file's reason
    (``BadInputError``) is put in a language by ``translate`` (``reconcile.i18n.translator``).

    >>> describe(BadInputError("bieu01.pdf", "encrypted PDF (needs a password)"))
    (<ExitCode.BAD_INPUT: 2>, 'error: bieu01.pdf: encrypted PDF (needs a password)')
    >>> describe(KeyboardInterrupt())
    (<ExitCode.INTERRUPTED: 130>, 'doisoat: interrupted')
    """
    code = exit_code(exc)
    return code, one_line(_line(exc, code, translate))


def _line(exc: BaseException, code: ExitCode, translate: Translate) -> str:
    if code is ExitCode.INTERRUPTED:
        # A batch says how much it kept for the re-run ("interrupted after 7 of 20 documents ..."):
        # the tag "doisoat: interrupted" is fixed, what follows it is in the reader's language.
        said = getattr(exc, "said", None)
        if isinstance(said, Msg):
            return f"doisoat: interrupted {said.render(translate)}"
        return f"doisoat: {str(exc).strip() or 'interrupted'}"
    if code is ExitCode.INTERNAL_ERROR:
        detail = " ".join(str(exc).split())[:200]
        # "internal error:" is a fixed tag, like "error:"; the advice is in the reader's language.
        advice = translate(N_("a bug in doisoat: run again with --debug for the traceback and report it"))
        return f"internal error: {exc.__class__.__name__}{': ' + detail if detail else ''} ({advice})"
    if isinstance(exc, BadInputError):
        return f"error: {exc.path}: {exc.said.render(translate)}"
    said = getattr(exc, "said", None)
    if isinstance(said, Msg):
        return f"error: {said.render(translate)}"
    if isinstance(exc, RecursionError):
        return "error: " + translate(N_("an input nested too deep to read"))
    if isinstance(exc, MemoryError):
        return "error: " + translate(N_("out of memory (an input too large to read)"))
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"error: {where}{os_reason(exc).render(translate)}"
    detail = " ".join(str(exc).split())
    return f"error: {detail or exc.__class__.__name__}"


__all__ = [
    "EXIT_CODES",
    "BadInputError",
    "DoisoatError",
    "ExitCode",
    "NothingReadError",
    "OcrUnavailableError",
    "OutputError",
    "SchedulerError",
    "SettingsError",
    "StoreError",
    "describe",
    "exit_code",
    "one_line",
    "saying",
]
