"""The dev / held-out split of the prose corpus, by district (decided before any truth was written).

Rule: a district's key is the SHA-256 hex digest of its slug (``districts.tsv``, UTF-8, no newline).
Sort the districts by that key; the first round(N / 3) go to ``heldout/`` with every passage and every
planted copy made from them, the rest to ``dev/``. Adding a district later re-runs the rule, so the
split only changes if the district list does (which this file's test pins).

Run ``python corpus/prose/split.py`` to print the split.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent


def districts() -> list[dict[str, str]]:
    with (HERE / "districts.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def split() -> dict[str, str]:
    """slug -> "dev" | "heldout"."""
    rows = districts()
    keyed = sorted(rows, key=lambda r: hashlib.sha256(r["slug"].encode("utf-8")).hexdigest())
    n_heldout = round(len(rows) / 3)
    return {r["slug"]: ("heldout" if i < n_heldout else "dev") for i, r in enumerate(keyed)}


if __name__ == "__main__":
    result = split()
    for part in ("dev", "heldout"):
        names = sorted(s for s, p in result.items() if p == part)
        print(f"{part} ({len(names)}): {', '.join(names)}")
