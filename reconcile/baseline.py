"""Baselines: findings an auditor has accepted, kept by fingerprint with a justification."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from extractor.errors import BadInputError
from reconcile.engine.findings import Finding

BASELINE_VERSION = 1


def write_baseline(findings: Sequence[Finding], path: str | Path, *, justification: str = "") -> None:
    """Write every finding as accepted; each entry has a ``justification`` the auditor can edit."""
    entries = [
        {
            "fingerprint": f.fingerprint(),
            "kind": f.kind,
            "document": f.document,
            "indicator": f.indicator,
            "reported": f.reported,
            "expected": f.expected,
            "justification": justification,
        }
        for f in findings
    ]
    Path(path).write_text(
        json.dumps({"version": BASELINE_VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )


def read_baseline(path: str | Path) -> dict[str, str]:
    """Fingerprint -> justification. A missing or malformed file is bad input (one line)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return {e["fingerprint"]: e.get("justification", "") for e in data["findings"]}
    except FileNotFoundError:
        raise BadInputError(str(path), "baseline file not found") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BadInputError(str(path), f"not a doisoat baseline ({exc.__class__.__name__})") from None


def split_by_baseline(
    findings: Sequence[Finding], accepted: dict[str, str]
) -> tuple[list[Finding], list[Finding]]:
    """(new findings, suppressed findings); suppressed ones carry the justification in ``extra``."""
    new, suppressed = [], []
    for f in findings:
        fp = f.fingerprint()
        if fp in accepted:
            suppressed.append(
                Finding(**{**f.__dict__, "extra": (*f.extra, ("justification", accepted[fp]))})
            )
        else:
            new.append(f)
    return new, suppressed
