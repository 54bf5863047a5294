"""``doisoat history``: the runs in a findings store, and one document's findings run after run.

Render functions only (no click here): the command reads a ``FindingsStore`` and prints one of
these as plain text for people or as a JSON document for programs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reconcile.engine.messages import N_
from reconcile.i18n import Language
from reconcile.store import FindingRecord, RunDiff, RunInfo, record_to_dict, runs_to_dicts

_STAMP = "%Y-%m-%d %H:%M:%S"


def runs_to_json(runs: Sequence[RunInfo]) -> dict[str, Any]:
    """``doisoat history --format json``: {"runs": [{"run": 1, "started_at": ..., ...}]}."""
    return {"runs": runs_to_dicts(runs)}


def runs_to_text(runs: Sequence[RunInfo], lang: Language | None = None) -> str:
    """``doisoat history``: one line per run, oldest first, in ``lang`` (English by default; the
    command passes the reader's).

    RUN  STARTED (UTC)        COMMAND    DOCS  FINDINGS  SUPPR  FAILED  ARGS
      1  2024-11-20 08:15:02  reconcile     5        37      0       0  corpus/
    """
    _ = (lang or Language("en"))._
    if not runs:
        return _("no runs recorded yet (record one with: doisoat check PATH... --store FILE)") + "\n"
    names = [_(n) for n in (N_("RUN"), N_("STARTED (UTC)"), N_("COMMAND"), N_("DOCS"), N_("FINDINGS"), N_("SUPPR"),
                            N_("FAILED"), N_("ARGS"))]
    widths = [max(4, len(names[0])), max(19, len(names[1])), max(9, len(names[2])), max(5, len(names[3])),
              max(8, len(names[4])), max(5, len(names[5])), max(6, len(names[6]))]
    header = (f"{names[0]:>{widths[0]}}  {names[1]:<{widths[1]}}  {names[2]:<{widths[2]}}  {names[3]:>{widths[3]}}  "
              f"{names[4]:>{widths[4]}}  {names[5]:>{widths[5]}}  {names[6]:>{widths[6]}}  {names[7]}")
    lines = [header]
    for r in runs:
        args = " ".join(r.args)
        lines.append(
            f"{r.id:>{widths[0]}}  {r.started_at.strftime(_STAMP):<{widths[1]}}  {r.command:<{widths[2]}}  "
            f"{r.documents:>{widths[3]}}  {r.findings:>{widths[4]}}  {r.suppressed:>{widths[5]}}  {r.failures:>{widths[6]}}  "
            f"{args[:80]}"
        )
    return "\n".join(lines) + "\n"


def document_history_to_json(document_id: str, history: Sequence[RunDiff]) -> dict[str, Any]:
    """``doisoat history --document X --format json``.

    {"document": "000_clean.txt", "runs": [{"run": 2, "previous_run": 1, "changed": true,
      "new": [...], "fixed": [{"fingerprint": ..., "kind": "ratio_mismatch", ...}], "still_open": [...]}]}
    """
    return {
        "document": document_id,
        "runs": [
            {
                "run": d.run.id,
                "started_at": d.run.started_at.isoformat(),
                "command": d.run.command,
                "previous_run": d.previous_run,
                "sha256": d.sha256,
                "previous_sha256": d.previous_sha256,
                "changed": d.changed,
                "counts": {"new": len(d.new), "fixed": len(d.fixed), "still_open": len(d.still_open)},
                "new": [record_to_dict(f) for f in d.new],
                "fixed": [record_to_dict(f) for f in d.fixed],
                "still_open": [record_to_dict(f) for f in d.still_open],
            }
            for d in history
        ],
    }


_STATUS = {"new": N_("new"), "fixed": N_("fixed"), "open": N_("open")}


def _finding_line(status: str, f: FindingRecord, lang: Language) -> str:
    _ = lang._
    where = f.indicator or f.reported or ""
    if f.column:
        where = f"{where} [{f.column}]"
    other = " " + _("(vs {document})").format(document=f.other_document) if f.other_document else ""
    mark = " " + _("(suppressed)") if f.suppressed else ""
    # The kind is its name, as in JSON and the store; the message is the one the run stored.
    severity = lang.severity(f.severity) if lang.lang != "en" else f.severity
    return f"    {_(_STATUS[status]):<10} {severity:<7} {f.kind:<17} {where[:70]}{other}: {f.message[:120]}{mark}"


def document_history_to_text(document_id: str, history: Sequence[RunDiff], *, show_open: bool = False,
                             lang: Language | None = None) -> str:
    """``doisoat history --document X``: per run, what changed since the previous run, in ``lang``
    (English by default; the command passes the reader's).

    run 2  2024-11-21 09:02:11  reconcile  file changed  new 0  fixed 2  still open 35
        fixed      error   ratio_mismatch    Tăng trưởng đàn gia súc [...]: 6,60 / 6,00 = 110,0 %, reported 0,0

    Still-open findings are counted; ``show_open`` lists them too.
    """
    lang = lang or Language("en")
    _ = lang._
    if not history:
        return _("{document}: not in any recorded run").format(document=document_id) + "\n"
    lines = [_("history of {document}").format(document=document_id)]
    for d in history:
        if d.previous_run is None:
            state = _("first run")
        elif d.changed:
            state = _("file changed")
        else:
            state = _("file unchanged")
        lines.append(
            _("run {run}  {started}  {command}  {state}  new {new}  fixed {fixed}  still open {open}").format(
                run=d.run.id, started=d.run.started_at.strftime(_STAMP), command=d.run.command, state=state,
                new=len(d.new), fixed=len(d.fixed), open=len(d.still_open))
        )
        # The first run's findings are all "new": listing them repeats `doisoat check`.
        if d.previous_run is not None:
            lines.extend(_finding_line("new", f, lang) for f in d.new)
        lines.extend(_finding_line("fixed", f, lang) for f in d.fixed)
        if show_open:
            lines.extend(_finding_line("open", f, lang) for f in d.still_open)
    return "\n".join(lines) + "\n"
