"""The dev / held-out split of the prose corpus, by district (decided before any truth was written).

Rule: a district's key is the SHA-256 hex digest of its slug (``districts.tsv``, UTF-8, no newline).
Within each wave of districts (the ``wave`` column), sort that wave's districts by that key; the first
round(N / 3) of the wave go to ``heldout/`` with every passage and every planted copy made from them,
the rest to ``dev/``. Wave 1 is the first corpus (39 districts, its held-out third run once, at the
end of the session that built it); wave 2 was added later, its list and split committed before any of
its truth; wave 3 (15 districts, one district per source page) likewise, after waves 1 and 2 had both
had their held-out thirds run; wave 4 (12 districts, one district per source page, no district over ~15 % of the
wave's relations) likewise, after all three earlier held-out thirds had been run; wave 5 (13 districts, mostly report prose,
no district over ~12 % of the wave's relations) likewise, after all four earlier held-out thirds had been run; wave 6 (13 districts, mostly report prose, no district over
~12,5 % of the wave's relations) likewise, after all five earlier held-out thirds had been run; wave 7 (14 districts, mostly
report prose, no district over ~12,5 % of the wave's relations, listed while wave 6's held-out third was still unrun and before
its own first run) likewise; wave 8 (13 districts, listed while wave 7's held-out third was still unrun) likewise; wave 9 (13 districts,
listed while wave 8's held-out third was still unrun, chosen for the relation kinds the earlier held-out thirds lack) likewise; wave 10 (12 districts, listed while wave 9's
held-out third was still unrun) likewise; wave 11 (12 districts, listed while wave 10's held-out third was still unrun, its
held-out third wanted with printed plans, both years of a growth and differences) likewise; wave 12 (12 districts, listed while wave 11's
held-out third was in its first run, every district chosen with pages printing several relation kinds) likewise; wave 13 (12 districts, listed while
wave 12's held-out third was still unrun, chosen first for pages printing a ratio beside its printed plan or target) likewise; wave 14 (12 districts,
listed while wave 13's held-out third was still unrun, before the session's generic prose readers first met it) likewise; wave 15 (12 districts,
listed as a fresh first contact for round 16's prose readers, before any of its passages) likewise; wave 16 (12 districts from
11 provinces, listed as a fresh first contact for round 17's prose readers, before any of its passages) likewise; wave 17 (12 districts
from 11 provinces, listed as a fresh first contact for round 18's prose readers, before any of its passages) likewise. Wave 18
(11 districts from 10 provinces, listed as a fresh first contact for round 19's prose readers, before any of its passages) likewise. Wave 19
(11 districts from 9 provinces, listed as a fresh first contact for round 20's prose readers, before any of its passages) likewise. Wave 20
(11 districts from 11 provinces, listed as a fresh first contact for round 21's prose readers, before any of its passages) likewise. Wave 21
(11 districts from 11 provinces, listed as a fresh first contact for round 22's prose readers, before any of its passages) likewise. Wave 22
(10 districts from 10 provinces, listed as a fresh first contact for round 23's prose readers, before any of its passages) likewise. Wave 23
(10 districts from 9 provinces, listed as a fresh first contact for round 24's prose readers, before any of its passages) likewise. Wave 24
(11 districts from 11 provinces, listed as a fresh first contact for round 25's prose readers, before any of its passages) likewise. Wave 25
(11 districts from 10 provinces, listed as a fresh first contact for round 26's prose readers, before any of its passages) likewise. Wave 26
(11 districts from 10 provinces, listed as a fresh first contact for round 27's prose readers, before any of its passages) likewise. Wave 27
(12 districts from 11 provinces, listed as a fresh first contact for round 28's prose readers, before any of its passages) likewise. Wave 28
(12 districts from 11 provinces, listed as a fresh first contact for round 29's prose readers, before any of its passages) likewise. Wave 29
(10 districts from 9 provinces, listed as a fresh first contact for round 30's prose readers, before any of its passages) likewise. Wave 30
(10 districts from 8 provinces, listed as a fresh first contact for round 31's prose readers, before any of its passages) likewise. Wave 31
(10 districts from 10 provinces, listed as a fresh first contact for round 31's prose readers, before any of its passages) likewise. Wave 32
(10 districts from 10 provinces, listed as a fresh first contact for round 32's prose readers, before any of its passages) likewise. Wave 33
(10 districts from 10 provinces, listed as a fresh first contact for round 32's prose readers, before any of its passages) likewise. Wave 34
(10 districts from 10 provinces, listed as a fresh first contact for round 33's prose readers, before any of its passages) likewise. Wave 35
(10 districts from 10 provinces, listed as a fresh first contact for round 33's prose readers, before any of its passages) likewise. Wave 36
(10 districts from 10 provinces, listed as a fresh first contact for round 34's prose readers, before any of its passages) likewise. Wave 37
(10 districts from 10 provinces, listed as a fresh first contact for round 34's prose readers, before any of its passages) likewise. Wave 38
(10 districts from 10 provinces, listed as a fresh first contact for round 35's prose readers, before any of its passages) likewise. Wave 39
(10 districts from 10 provinces, listed as a fresh first contact for round 35's prose readers, before any of its passages) likewise. Wave 40
(10 districts from 10 provinces, listed as a fresh first contact for round 36's prose readers, before any of its passages) likewise. Wave 41
(10 districts from 10 provinces, listed as a fresh first contact for round 36's prose readers, before any of its passages) likewise. Wave 42
(10 districts from 10 provinces, mostly rural huyện, listed as a fresh first contact for round 37's prose readers, before any of its passages) likewise. Wave 43
(10 districts from 10 provinces, mostly rural huyện, listed as a fresh first contact for round 37's prose readers, before any of its passages) likewise. Wave 44
(10 districts from 10 provinces, rural huyện and thị xã, listed as a fresh first contact for round 38's prose readers, before any of its passages) likewise. Wave 45
(10 rural huyện from 10 provinces, listed as a fresh first contact for round 38's prose readers, before any of its passages) likewise. Wave 46
(10 districts from 10 provinces, 7 rural huyện, a thị xã and two small mountain provincial cities, listed as a fresh first contact for round 39's prose readers,
before any of its passages) likewise. Wave 47
(10 districts from 10 provinces, rural huyện and thị xã but one thành phố, listed as a fresh first contact for round 39's prose readers, before any of its passages) likewise. Wave 48
(10 districts from 10 provinces: three rural huyện, a thị xã, a quận that was a rural huyện until 2025 and five provincial cities, listed as a fresh
first contact for round 40's prose readers, before any of its passages) likewise. Wave 49
(10 districts from 10 provinces, 4 rural huyện and 6 thành phố thuộc tỉnh, listed as a fresh first contact for round 40's prose readers, before any of its passages) likewise. A wave's split only changes if that wave's
district list does (which this file's test pins); adding a wave never moves a district of another.

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


def wave() -> dict[str, int]:
    """slug -> wave number (1, 2 ...)."""
    return {r["slug"]: int(r["wave"]) for r in districts()}


def split() -> dict[str, str]:
    """slug -> "dev" | "heldout", the rule applied within each wave."""
    rows = districts()
    out: dict[str, str] = {}
    for number in sorted({r["wave"] for r in rows}, key=int):
        members = [r for r in rows if r["wave"] == number]
        keyed = sorted(members, key=lambda r: hashlib.sha256(r["slug"].encode("utf-8")).hexdigest())
        n_heldout = round(len(members) / 3)
        out.update({r["slug"]: ("heldout" if i < n_heldout else "dev") for i, r in enumerate(keyed)})
    return out


if __name__ == "__main__":
    result = split()
    waves = wave()
    for number in sorted(set(waves.values())):
        for part in ("dev", "heldout"):
            names = sorted(s for s, p in result.items() if p == part and waves[s] == number)
            print(f"wave {number} {part} ({len(names)}): {', '.join(names)}")
