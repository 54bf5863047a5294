"""Findings on the prose corpus (``corpus/prose/``) scored against its hand-read truth (``golden/prose/``).

Each truth file lists the figures of one passage and the relations between them, each with the
verdict exact decimal arithmetic gives (``consistent``, ``rounding_only``, ``inconsistent``;
golden/prose/README.md). Here only the tool's *findings* are scored, so the prose corpus gets its
own rows in ``doisoat golden``:

- a finding belongs to the relation that has a figure on the finding's line among the figures the
  finding prints (its ``reported`` text first, then any number it names, in its cells or, for a
  finding without cells, its message); the relation with most such figures wins, an inconsistent
  one on a tie;
- it is **true** when that relation is inconsistent, or when it is "rounding only" and the finding
  is not an ``error`` (the truth expects at most a warning there); a finding on a consistent
  relation, or on none, is false. Kinds that judge no relation (place names, units, unread cells,
  extraction doubts) are counted apart, not scored;
- per relation kind, an inconsistent relation is **found** when a finding belongs to it.

The held-out split is the final measurement of issue 12: it is scored only when asked
(``doisoat golden --heldout``). Develop on ``dev``. A richer scorer of the relations the tool reads
(issue 12's) can replace this one in ``reconcile.golden.GOLDEN_SETS``.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from normalizers.text import nfc
from reconcile.engine.findings import Finding
from reconcile.handgolden import finding_numbers, message_numbers

SPLITS = ("dev", "heldout")
# Waves of districts waiting for their first contact: the lead runs the round's starting reader on
# them once (``benchmarks/score_prose.py --wave N``) before any other reader meets them. Every run
# that does not name such a wave leaves it out, ``doisoat golden`` included (it read wave 15's
# development third before its first contact). ``benchmarks/prose_score.py`` re-exports this set;
# a wave is added by the commit that lists it and taken out after its first contact.
FIRST_CONTACT_WAVES: frozenset[int] = frozenset()
# The finding kinds that state that printed arithmetic fails: the ones a relation's verdict judges.
JUDGED_KINDS = ("ratio_mismatch", "sum_mismatch", "label_mismatch", "internal_mismatch", "value_mismatch")


@dataclass(frozen=True)
class Relation:
    id: str
    kind: str
    verdict: str
    figures: tuple[tuple[int, str, float], ...]  # (line, printed text, value) of every figure it uses

    def lines(self) -> set[int]:
        return {line for line, _, _ in self.figures}


@dataclass(frozen=True)
class Passage:
    path: Path
    relations: tuple[Relation, ...]
    wave: int | None = None  # the wave of districts it came with (corpus/prose/districts.tsv)


def district_waves(root: Path) -> dict[str, int]:
    """District slug -> the wave it was collected in: each wave's held-out third is its own
    measurement (wave 1's was run before wave 2 existed), so its rows are never mixed."""
    import csv

    table = root / "corpus" / "prose" / "districts.tsv"
    if not table.is_file():
        return {}
    with table.open(encoding="utf-8", newline="") as fh:
        return {r["slug"]: int(r["wave"]) for r in csv.DictReader(fh, delimiter="\t") if r.get("wave", "").isdigit()}


def _figure_ids(value: Any) -> Iterable[str]:
    if isinstance(value, str) and re.fullmatch(r"F\d+", value):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _figure_ids(v)
    elif isinstance(value, list):
        for v in value:
            yield from _figure_ids(v)


def _line_of(text: str, context: str, figure: str) -> int | None:
    at = text.find(nfc(context))
    if at < 0:
        return None
    inner = nfc(context).find(nfc(figure))
    return text.count("\n", 0, at + max(inner, 0)) + 1


def load_passages(folder: Path, root: Path) -> list[Passage]:
    """The truth files of one split (``golden/prose/dev``); paths start at ``root``."""
    out = []
    waves = district_waves(root)
    for truth_file in sorted(folder.glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        path = root / truth["file"]
        text = nfc(path.read_text(encoding="utf-8"))
        figures: dict[str, tuple[int, str, float]] = {}
        for fig in truth["figures"]:
            line = _line_of(text, fig["context"], fig["text"])
            if line is not None and fig.get("value") not in (None, ""):
                figures[fig["id"]] = (line, nfc(fig["text"]), float(Decimal(str(fig["value"]))))
        relations = []
        for rel in truth["relations"]:
            ids = [i for i in dict.fromkeys(_figure_ids({k: v for k, v in rel.items() if k not in ("id", "why")}))]
            relations.append(Relation(rel["id"], rel["kind"], rel["verdict"],
                                      tuple(figures[i] for i in ids if i in figures)))
        out.append(Passage(path, tuple(relations), waves.get(str(truth.get("district", "")))))
    return out


def match_relation(f: Finding, relations: Sequence[Relation]) -> Relation | None:
    lines = {c.line for c in f.cells if c.line is not None} | ({f.line} if f.line is not None else set())
    reported = nfc(f.reported or "").rstrip("%").strip()
    # A sum of shares reports the sum it computed, not a printed figure: the figures it added are
    # in its message ("12,5 + 40,2 + 48,3 = 101,0 % ...").
    numbers = finding_numbers(f) | (message_numbers(f) if not f.cells else set())
    judged = str(dict(f.extra).get("relation", "")).split(":", 1)[0]
    best: tuple[int, int, int] | None = None
    chosen = None
    for order, rel in enumerate(relations):
        on_line = [(t, v) for line, t, v in rel.figures if line in lines]
        if not on_line:
            continue
        named = sum(1 for t, v in on_line if (reported and t.rstrip("%").strip() == reported) or round(v, 6) in numbers)
        # A finding that names the relation it judged (contract v1.2 ``relation``: "<kind>:...")
        # belongs to a relation of that kind on its line even when its message prints no figure
        # ("the target ranges of shares ... admit 95,0–105,0 %").
        named += int(judged == rel.kind)
        if not named:
            continue
        rank = (named, int(rel.verdict == "inconsistent"), -order)
        if best is None or rank > best:
            best, chosen = rank, rel
    return chosen


def is_true(f: Finding, rel: Relation | None) -> bool:
    if rel is None:
        return False
    return rel.verdict == "inconsistent" or (rel.verdict == "rounding_only" and f.severity != "error")


@dataclass
class ProseScore:
    """One split: per finding kind (findings, true) and per relation kind (inconsistent, found)."""

    split: str
    passages: int = 0
    kinds: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    unjudged: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    relations: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    false_findings: list[str] = field(default_factory=list)


Runner = Callable[[Sequence[Path]], Sequence[Finding]]


def split_waves(folder: Path, root: Path) -> list[int | None]:
    """The waves of districts a split's passages come from, in order (None: no wave recorded), the
    waves waiting for their first contact left out."""
    waves = {p.wave for p in load_passages(folder, root) if p.wave not in FIRST_CONTACT_WAVES}
    return sorted(waves, key=lambda w: (w is None, w or 0))


def waiting_waves(folder: Path, root: Path) -> list[int]:
    """The waves of a split's passages that wait for their first contact (left out of every run)."""
    return sorted({p.wave for p in load_passages(folder, root) if p.wave is not None and p.wave in FIRST_CONTACT_WAVES})


def score_split(split: str, folder: Path, root: Path, run: Runner, *, wave: int | None = None) -> ProseScore:
    """Run ``run`` on every passage of the split (of one ``wave`` of districts, or of every wave not
    waiting for its first contact) at once and score its findings."""
    passages = load_passages(folder, root)
    if wave is not None:
        passages = [p for p in passages if p.wave == wave]
    else:
        passages = [p for p in passages if p.wave not in FIRST_CONTACT_WAVES]
    score = ProseScore(split, passages=len(passages))
    findings = list(run([p.path for p in passages]))
    by_document: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_document[f.document].append(f)
    for passage in passages:
        found: set[str] = set()
        for f in by_document.get(passage.path.name, []):
            if f.kind not in JUDGED_KINDS:
                score.unjudged[f.kind] += 1
                continue
            rel = match_relation(f, passage.relations)
            counts = score.kinds[f.kind]
            counts[0] += 1
            if is_true(f, rel):
                counts[1] += 1
                if rel is not None:
                    found.add(rel.id)
            else:
                what = f"on {rel.id} ({rel.kind}, {rel.verdict})" if rel else "on no relation of the truth"
                score.false_findings.append(f"{passage.path.name} line {f.line}: {f.kind} {f.severity} {what}")
        for rel in passage.relations:
            if rel.verdict == "inconsistent":
                score.relations[rel.kind][0] += 1
                score.relations[rel.kind][1] += int(rel.id in found)
    return score


def report_lines(score: ProseScore, *, list_false: bool = True) -> Iterable[str]:
    yield f"{'finding kind':<18} {'findings':>8} {'true':>5} {'precision':>9}"
    total = [0, 0]
    for kind in JUDGED_KINDS:
        n, t = score.kinds.get(kind, [0, 0])
        total[0] += n
        total[1] += t
        if n:
            yield f"{kind:<18} {n:>8} {t:>5} {t / n:>9.2f}"
    yield f"{'all':<18} {total[0]:>8} {total[1]:>5} {(total[1] / total[0] if total[0] else 1.0):>9.2f}"
    if score.unjudged:
        yield "not judged by this truth: " + ", ".join(f"{k} {n}" for k, n in sorted(score.unjudged.items()))
    yield ""
    yield f"{'relation kind':<18} {'inconsistent':>12} {'found':>5} {'recall':>6}"
    want = got = 0
    for kind, (n, found) in sorted(score.relations.items()):
        want += n
        got += found
        yield f"{kind:<18} {n:>12} {found:>5} {found / n:>6.2f}"
    yield f"{'all':<18} {want:>12} {got:>5} {(got / want if want else 1.0):>6.2f}"
    if list_false and score.false_findings:
        yield "false findings: " + "; ".join(score.false_findings)
