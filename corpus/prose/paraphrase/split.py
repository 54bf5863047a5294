"""The dev / check split of the paraphrase set, by source passage (decided before any paraphrase was written).

Rule: a source passage's key is the SHA-256 hex digest of its stem (``corpus/prose/dev/<stem>.txt``,
UTF-8); the source goes to ``check/`` when that digest, read as an integer, is divisible by 3, else to
``dev/``: about one third to ``check``. A source's paraphrases and the paraphrases of its planted copies
go to its part. The rule looks at one stem at a time, so adding sources never moves an earlier one.
The sources chosen are listed, in the order they were chosen, in ``sources.tsv`` (stem, part).

Run ``python corpus/prose/paraphrase/split.py`` to print the split.
"""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARTS = ("dev", "check")


def part(source_stem: str) -> str:
    """'check' or 'dev' for the paraphrases of corpus/prose/dev/<source_stem>.txt."""
    digest = hashlib.sha256(source_stem.encode("utf-8")).hexdigest()
    return "check" if int(digest, 16) % 3 == 0 else "dev"


def sources() -> dict[str, str]:
    """source stem -> part, as listed in sources.tsv (the list is checked against the rule)."""
    with (HERE / "sources.tsv").open(encoding="utf-8", newline="") as fh:
        return {r["source"]: r["part"] for r in csv.DictReader(fh, delimiter="\t")}


if __name__ == "__main__":
    listed = sources()
    for name in PARTS:
        stems = [s for s, p in listed.items() if p == name]
        print(f"{name} ({len(stems)}): {', '.join(stems)}")
