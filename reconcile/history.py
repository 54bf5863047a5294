"""``doisoat history``: the runs in a findings store, and one document's findings run after run.

Render functions only (no click here): the command reads a ``FindingsStore`` and prints one of
these as plain text for people or as a JSON document for programs.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reconcile.store import FindingRecord, RunDiff, RunInfo, record_to_dict, runs_to_dicts

_STAMP = "%Y-%m-%d %H:%M:%S"


def runs_to_json(runs: Sequence[RunInfo]) -> dict[str, Any]:
    """``doisoat history --format json``: {"runs": [{"run": 1, "started_at": ..., ...}]}."""
    return {"runs": runs_to_dicts(runs)}


def runs_to_text(runs: Sequence[RunInfo]) -> str:
    """``doisoat history``: one line per run, oldest first.

    RUN  STARTED (UTC)        COMMAND    DOCS  FINDINGS  SUPPR  FAILED  ARGS
      1  2024-11-20 08:15:02  reconcile     5        37      0       0  corpus/
    """
    if not runs:
        return "no runs recorded yet (record one with: doisoat check PATH... --store FILE)\n"
    header = f"{'RUN':>4}  {'STARTED (UTC)':<19}  {'COMMAND':<9}  {'DOCS':>5}  {'FINDINGS':>8}  {'SUPPR':>5}  {'FAILED':>6}  ARGS"
    lines = [header]
    for r in runs:
        args = " ".join(r.args)
        lines.append(
            f"{r.id:>4}  {r.started_at.strftime(_STAMP):<19}  {r.command:<9}  {r.documents:>5}  {r.findings:>8}  "
            f"{r.suppressed:>5}  {r.failures:>6}  {args[:80]}"
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


def _finding_line(status: str, f: FindingRecord) -> str:
    where = f.indicator or f.reported or ""
    if f.column:
        where = f"{where} [{f.column}]"
    other = f" (vs {f.other_document})" if f.other_document else ""
    mark = " (suppressed)" if f.suppressed else ""
    return f"    {status:<10} {f.severity:<7} {f.kind:<17} {where[:70]}{other}: {f.message[:120]}{mark}"


def document_history_to_text(document_id: str, history: Sequence[RunDiff], *, show_open: bool = False) -> str:
    """``doisoat history --document X``: per run, what changed since the previous run.

    run 2  2024-11-21 09:02:11  reconcile  file changed  new 0  fixed 2  still open 35
        fixed      error   ratio_mismatch    Tăng trưởng đàn gia súc [...]: 6,60 / 6,00 = 110,0 %, reported 0,0

    Still-open findings are counted; ``show_open`` lists them too.
    """
    if not history:
        return f"{document_id}: not in any recorded run\n"
    lines = [f"history of {document_id}"]
    for d in history:
        if d.previous_run is None:
            state = "first run"
        elif d.changed:
            state = "file changed"
        else:
            state = "file unchanged"
        lines.append(
            f"run {d.run.id}  {d.run.started_at.strftime(_STAMP)}  {d.run.command}  {state}  "
            f"new {len(d.new)}  fixed {len(d.fixed)}  still open {len(d.still_open)}"
        )
        # The first run's findings are all "new": listing them repeats `doisoat check`.
        if d.previous_run is not None:
            lines.extend(_finding_line("new", f) for f in d.new)
        lines.extend(_finding_line("fixed", f) for f in d.fixed)
        if show_open:
            lines.extend(_finding_line("open", f) for f in d.still_open)
    return "\n".join(lines) + "\n"
