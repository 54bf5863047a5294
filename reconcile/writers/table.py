"""Plain-text report for a person at a terminal (the default ``--format table``).

Findings are grouped by document, then kind, one line each: severity, where, indicator, column,
reported → expected, message. Colour only when stdout is a terminal and NO_COLOR is unset;
indicator and column are cut to the terminal width so the arithmetic in the message stays visible.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Callable, Iterable

from extractor.model import Document
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Np_
from reconcile.i18n import DEFAULT_LANGUAGE, Language
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers.flat import (
    Result,
    cells_text,
    describe_document,
    display_width,
    kinds_present,
    pad,
    severity_counts,
    sort_findings,
    truncate,
)

_ANSI = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"
# Piped output is read by other tools or saved; a generous width keeps long indicators whole there.
_PIPE_WIDTH = 200


class _Style:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, style: str) -> str:
        return f"{_ANSI[style]}{text}{_RESET}" if self.color and style in _ANSI else text


def _plain(text: str | None) -> str:
    """Document text made safe for one terminal line: no tabs or newlines, no escape sequences."""
    if not text:
        return ""
    # A hostile or damaged file could carry ESC sequences that rewrite the user's terminal.
    return "".join(" " if ch in "\t\n\r" else ("\ufffd" if unicodedata.category(ch) == "Cc" else ch) for ch in text)


# The severity as a lower-case word at the head of each finding line ("error", "lỗi").
_SEVERITY_WORDS = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}


class _Widths:
    """Column widths shared by every finding line of a section, so the columns line up."""

    def __init__(self, findings: list[Finding], width: int, lang: Language) -> None:
        self.severity = max(display_width(lang._(word)) for word in _SEVERITY_WORDS.values())
        self.where = max((display_width(lang.where(f.page, f.line)) for f in findings), default=0)
        self.indicator = min(max((display_width(_plain(f.indicator)) for f in findings), default=0),
                             max(16, width * 28 // 100))
        self.column = min(max((display_width(_plain(f.column)) for f in findings), default=0),
                          max(12, width * 18 // 100))


def _finding_line(f: Finding, w: _Widths, st: _Style, lang: Language) -> str:
    values = " → ".join(_plain(lang.text(v)) for v in (f.reported, f.expected) if v)
    message = _plain(lang.message(f))
    if f.other_document:
        other = " ".join(p for p in (_plain(f.other_document), lang.where(f.other_page, f.other_line)) if p)
        message += "  " + lang._("[vs {other}]").format(other=other)
    if f.culprit:
        message += "  " + lang._("(likely: {culprit})").format(culprit=_plain(f.culprit))
    word = lang._(_SEVERITY_WORDS.get(f.severity, f.severity))
    parts = [st(pad(word, w.severity), f.severity), pad(lang.where(f.page, f.line), w.where)]
    if w.indicator:
        parts.append(pad(truncate(_plain(f.indicator), w.indicator), w.indicator))
    if w.column:
        parts.append(pad(truncate(_plain(f.column), w.column), w.column))
    parts += [values, message]
    return "    " + "  ".join(p for p in parts if p).rstrip()


def _findings_section(findings: Iterable[Finding], width: int, st: _Style, lang: Language) -> list[str]:
    out: list[str] = []
    ordered = sort_findings(findings)
    widths = _Widths(ordered, width, lang)
    for doc_id in dict.fromkeys(f.document for f in ordered):
        mine = [f for f in ordered if f.document == doc_id]
        out.append(st(_plain(doc_id), "bold"))
        for kind in kinds_present(mine):
            of_kind = [f for f in mine if f.kind == kind]
            out.append(f"  {kind} ({len(of_kind)}): {lang.kind(kind)}".rstrip(": "))
            out += [_finding_line(f, widths, st, lang) for f in of_kind]
    return out


def _pack(items: list[str], width: int, indent: str) -> list[str]:
    """Join items with " · " into lines of at most ``width`` columns, never breaking an item."""
    lines: list[str] = []
    current = ""
    for item in items:
        candidate = f"{current} · {item}" if current else item
        if current and display_width(indent + candidate) > width:
            lines.append(indent + current)
            candidate = item
        current = candidate
    if current:
        lines.append(indent + current)
    return lines


def _failures_section(failures: tuple[Failure, ...], st: _Style, lang: Language) -> list[str]:
    if not failures:
        return []
    return ["", st(lang._("Files that could not be read ({n})").format(n=len(failures)), "bold")] + [
        f"  {_plain(f.path)}: {_plain(f.render(lang.translate))}" for f in failures
    ]


def _warnings_section(documents: Iterable[Document], st: _Style, lang: Language) -> list[str]:
    """What the documents' own warnings say about how they were read (a page not OCR'd, a legacy
    encoding converted, a separator assumed): JSON and HTML carried them, the terminal did not."""
    said = [(d.id, w) for d in documents for w in lang.document_warnings(d)]
    if not said:
        return []
    return ["", st(lang._("How the documents were read: warnings ({n})").format(n=len(said)), "bold")] + [
        f"  {_plain(doc)}: {_plain(w)}" for doc, w in said
    ]


_SEVERITY_COUNTS = {
    "error": Np_("{n} error", "{n} errors"),
    "warning": Np_("{n} warning", "{n} warnings"),
    "info": Np_("{n} info", "{n} info"),
}


def _check(result: CheckResult, width: int, st: _Style, lang: Language) -> list[str]:
    _ = lang._
    out: list[str] = []
    if result.findings:
        out += _findings_section(result.findings, width, st, lang)
    else:
        out.append(_("No findings."))
    # Documents with nothing to report are still listed, so a reader sees they were checked.
    clean = [d for d in result.documents if d.id not in {f.document for f in result.findings}]
    if clean:
        out += ["", st(_("Checked, nothing found"), "bold")]
        out += [f"  {_plain(d.id)}  {_plain(describe_document(d))}".rstrip() for d in clean]
    if result.suppressed:
        out += ["", st(_("Suppressed (accepted by auditor): {n}").format(n=len(result.suppressed)), "dim")]
        out += _findings_section(result.suppressed, width, _Style(False), lang)
    out += _warnings_section(result.documents, st, lang)
    out += _failures_section(result.failures, st, lang)
    counts = severity_counts(result.findings)
    sev = ", ".join(lang.count(n, *_SEVERITY_COUNTS.get(s, ("{n} " + s, "{n} " + s))) for s, n in counts.items())
    cells = sum(f.covered for f in result.findings)
    doubts = sum(1 for f in result.findings if f.kind == "extraction_doubt")
    parts = [
        sev,
        _("{causes} covering {cells}").format(
            causes=lang.count(len(result.findings), *Np_("{n} root cause", "{n} root causes")),
            cells=lang.count(cells, *Np_("{n} cell", "{n} cells"))),
        lang.count(len(result.documents), *Np_("{n} document", "{n} documents")),
        _("{n} failed to read").format(n=len(result.failures)),
        _("{n} suppressed").format(n=len(result.suppressed)),
    ]
    # A table not read well is said in the summary too: "no findings" must not read as "consistent".
    if doubts:
        parts.append(lang.count(doubts, *Np_("{n} table not read reliably", "{n} tables not read reliably")))
    out += ["", _("Summary: {parts}").format(parts=" · ".join(parts))]
    return out


def _extract(result: ExtractResult, width: int, st: _Style, lang: Language) -> list[str]:
    _ = lang._
    out: list[str] = []
    for i, doc in enumerate(result.documents):
        if i:
            out.append("")
        head = f"{_plain(doc.id)}  {_plain(describe_document(doc))}".rstrip()
        out.append(st(f"{head} · {lang.count(len(doc.rows), *Np_('{n} row', '{n} rows'))}", "bold"))
        for row in doc.rows:
            unit = f" [{_plain(row.unit)}]" if row.unit else ""
            section = f"{_plain(row.section)}  " if row.section else ""
            child = "↳ " if row.parent is not None else ""
            pos = lang.where(row.provenance.page, row.provenance.line)
            out.append(f"  {section}{child}{_plain(row.indicator)}{unit}  {st(pos, 'dim')}".rstrip())
            out += _pack([_plain(c) for c in cells_text(row.cells, lang.translate)], max(40, width), "      ")
    out += _warnings_section(result.documents, st, lang)
    out += _failures_section(result.failures, st, lang)
    n_rows = sum(len(d.rows) for d in result.documents)
    parts = [lang.count(len(result.documents), *Np_("{n} document", "{n} documents")),
             lang.count(n_rows, *Np_("{n} row", "{n} rows")), _("{n} failed to read").format(n=len(result.failures))]
    out += ["", _("Summary: {parts}").format(parts=" · ".join(parts))]
    return out


def _diff(result: DiffResult, width: int, st: _Style, lang: Language) -> list[str]:
    _ = lang._
    out = [st(f"{_plain(result.old.id)} → {_plain(result.new.id)}", "bold")]
    if result.changes:
        out += ["", st(_("Changed values ({n})").format(n=len(result.changes)), "bold")]
        ind_w = max(16, width * 35 // 100)
        for c in result.changes:
            pos = f"{lang.where(c.old_page, c.old_line)} → {lang.where(c.new_page, c.new_line)}".strip(" →")
            label = truncate(_plain(c.indicator), ind_w)
            change = f"{_plain(c.column)}: {_plain(c.old)} → {_plain(c.new)}"
            out.append(f"  ~ {label} · {change}  {st(pos, 'dim')}".rstrip())
    headings = ((N_("Added indicators ({n})"), result.added, "+"), (N_("Removed indicators ({n})"), result.removed, "-"))
    for heading, rows, mark in headings:
        if rows:
            out += ["", st(_(heading).format(n=len(rows)), "bold")]
            out += [f"  {mark} {_plain(r.indicator)}" for r in rows]
    if result.renamed:
        out += ["", st(_("Renamed indicators ({n})").format(n=len(result.renamed)), "bold")]
        out += [f"  ≈ {_plain(a.indicator)} → {_plain(b.indicator)}" for a, b in result.renamed]
    out += _warnings_section(result.documents, st, lang)
    out += _failures_section(result.failures, st, lang)
    out += ["", _("Summary: {changed} changed values, {added} added, {removed} removed indicators").format(
        changed=len(result.changes), added=len(result.added), removed=len(result.removed))]
    return out


_VIEWS: dict[type, Callable[..., list[str]]] = {CheckResult: _check, ExtractResult: _extract, DiffResult: _diff}


def render(result: Result, *, title: str = "doisoat", color: bool | None = None, width: int | None = None,
           lang: str = DEFAULT_LANGUAGE) -> bytes:
    """Render a result as plain UTF-8 text, in ``lang`` ("vi", the default, or "en").

    color: None = only when stdout is a terminal and NO_COLOR is unset (pass False when writing
           to a file with ``-o``).
    width: columns to fit; None = the terminal's width, or 200 when stdout is not a terminal.

    A finding line reads (``lang="en"``)::

        Error      line 41  Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa  Ước thực hiện năm 2024/…  98,4 → 94,8  83,9 / 88,5 = 94,8 %, reported 98,4
    """
    tty = sys.stdout.isatty()
    if color is None:
        color = tty and "NO_COLOR" not in os.environ
    if width is None:
        width = shutil.get_terminal_size((_PIPE_WIDTH, 24)).columns if tty else _PIPE_WIDTH
    st = _Style(color)
    lines = [st(_plain(title), "bold"), *_VIEWS[type(result)](result, width, st, Language(lang))]
    return ("\n".join(lines) + "\n").encode("utf-8")
