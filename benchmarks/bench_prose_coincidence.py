"""How often arithmetic "explains" a printed percentage by chance (``reconcile.engine.explain``).

The generic reader calls a percentage read when some pair of the figures around it recomputes it.
With enough figures nearby some pair recomputes anything, so its claims are worth what this
measures. On the development passages (never the held-out split, never the paraphrase set's check
part), for every percentage (or "gấp N lần" factor) the truth computes from two printed figures
(ratio, share, growth, average growth, times):

- **reader alone**: the percentage handed to the generic reader as if no rule had read it (the
  relations that use it set aside): read right (the truth's figures), read wrong (other figures),
  or not read. On an inconsistent truth relation any explanation is a false claim that it holds.
- **coincidence**: the same, with the printed percentage replaced by a random value 5-30 % away
  (seeded, printed with the same decimals and hedge): any explanation is a coincidence. The rate
  is the share of trials the reader claims to explain.

    python benchmarks/bench_prose_coincidence.py                  # dev passages, seed 14
    python benchmarks/bench_prose_coincidence.py --paraphrase     # the paraphrase set's dev part
    python benchmarks/bench_prose_coincidence.py --seed 3 --draws 3 --only yen-son-tuyen-quang_1
    python benchmarks/bench_prose_coincidence.py --draws 3 $(printf -- '--wave %d ' $(seq 1 13))   # waves 1-13
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.prose_score import (  # noqa: E402
    _cell_figures,
    guard,
    locate,
    of_waves,
    truth_files,
    truth_relations,
)

KINDS = ("ratio", "share", "growth", "avg_growth", "times")
RESULT_ROLE = "out"


def _away(value: float, decimals: int, rng: random.Random) -> float:
    """A value 5-30 % away from ``value``, at its printed decimals, never equal to it."""
    for _ in range(100):
        shift = rng.uniform(0.05, 0.30) * rng.choice((-1, 1))
        moved = round(value * (1 + shift), decimals)
        if moved > 0 and moved != round(value, decimals):
            return moved
    return value + 1


def _with_value(doc: Any, ref: tuple[int, int], new: float) -> Any:
    from normalizers.numbers import format_vi

    rows = list(doc.rows)
    at = next(n for n, r in enumerate(rows) if r.index == ref[0])
    row = rows[at]
    cell = row.cells[ref[1]]
    v = cell.value
    raw = (f"{v.hedge} " if v.hedge else "") + format_vi(new, v.decimals or 0) + (v.percent or "")
    cells = list(row.cells)
    cells[ref[1]] = replace(cell, value=replace(v, value=new, raw=raw))
    rows[at] = replace(row, cells=tuple(cells))
    return replace(doc, rows=tuple(rows))


def run(paraphrase: bool, seed: int, draws: int, only: Sequence[str], waves: Sequence[int] = ()) -> dict[str, Any]:
    from reconcile.api import extract
    from reconcile.engine.explain import explain_percentage, percentage_at, reading_of
    from reconcile.engine.relations import document_relations

    guard(only, allow_heldout=False)
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in truth_files("dev", paraphrase)]
    if only:
        wanted = {Path(o).stem for o in only}
        truths = [t for t in truths if Path(t["file"]).stem in wanted]
    truths = of_waves(truths, waves)
    result = extract([str(ROOT / t["file"]) for t in truths])
    docs = {d.id: d for d in result.documents}
    rng = random.Random(seed)
    alone: dict[str, Counter[str]] = defaultdict(Counter)
    chance: dict[str, Counter[str]] = defaultdict(Counter)
    for truth in truths:
        path = ROOT / truth["file"]
        doc = docs.get(path.name)
        if doc is None:
            continue
        text = path.read_text(encoding="utf-8")
        places = {f["id"]: locate(text, f["context"], f["text"]) for f in truth["figures"]}
        cells = _cell_figures(doc, places)
        cell_of: dict[str, tuple[int, int]] = {}
        for ref, figs in cells.items():
            for fid in figs:
                cell_of.setdefault(fid, ref)
        stated = document_relations(doc)
        for rel in truth_relations(truth):
            kind = rel.base_kind
            if kind not in KINDS:
                continue
            roles = dict(rel.roles)
            out_ids = roles.get(RESULT_ROLE, frozenset())
            if len(out_ids) != 1:
                continue
            out_ref = cell_of.get(next(iter(out_ids)))
            p = percentage_at(doc, out_ref) if out_ref is not None else None
            if p is None:
                alone[kind]["no percentage cell"] += 1
                continue
            wanted_cells = {cell_of.get(f) for f in rel.figures}
            # the reader sees the percentage as no rule read it
            others = [s for s in stated if out_ref not in {ref for _, ref in s.figures}]
            reading = reading_of(doc, others)
            got = explain_percentage(doc, p, reading)
            verdict = "inconsistent" if rel.verdict == "inconsistent" else "holds"
            if got is None:
                alone[kind][f"{verdict}: not read"] += 1
            elif {ref for _, ref in got.figures} == wanted_cells:
                alone[kind][f"{verdict}: read right"] += 1
            else:
                alone[kind][f"{verdict}: read wrong"] += 1
            cell = reading.rows[out_ref[0]].cells[out_ref[1]]
            if cell.value.value is None:
                continue
            for _ in range(draws):
                moved = _with_value(doc, out_ref, _away(cell.value.value, cell.value.decimals or 0, rng))
                claim = explain_percentage(moved, p, reading_of(moved, others))
                chance[kind]["trials"] += 1
                chance[kind]["explained"] += claim is not None
    return {"set": "paraphrase dev" if paraphrase else "dev", "seed": seed, "draws": draws,
            "waves": list(waves) or "all", "passages": len(truths),
            "alone": {k: dict(v) for k, v in sorted(alone.items())},
            "coincidence": {k: dict(v) for k, v in sorted(chance.items())}}


def _rate(a: int, b: int) -> str:
    return f"{100 * a / b:.1f} %" if b else "–"


def report(summary: dict[str, Any]) -> str:
    waves = summary["waves"] if summary["waves"] == "all" else ",".join(map(str, summary["waves"]))
    lines = [f"generic reader on {summary['passages']} {summary['set']} passages (waves {waves}, seed {summary['seed']}, "
             f"{summary['draws']} draws)", "",
             f"{'kind':<12}{'holds: right':>14}{'wrong':>7}{'not read':>10}{'incons.: explained':>20}"
             f"{'coincidence':>22}"]
    tot: Counter[str] = Counter()
    for kind in KINDS:
        a = Counter(summary["alone"].get(kind, {}))
        c = Counter(summary["coincidence"].get(kind, {}))
        tot.update(a)
        tot.update({f"chance {k}": v for k, v in c.items()})
        held = a["holds: read right"] + a["holds: read wrong"] + a["holds: not read"]
        bad = a["inconsistent: read right"] + a["inconsistent: read wrong"]
        lines.append(f"{kind:<12}{a['holds: read right']:>6}/{held:<5} {_rate(a['holds: read right'], held):>8}"
                     f"{a['holds: read wrong']:>5}{a['holds: not read']:>10}"
                     f"{bad:>8}/{bad + a['inconsistent: not read']:<5}"
                     f"{c['explained']:>10}/{c['trials']:<5} {_rate(c['explained'], c['trials']):>7}")
    held = tot["holds: read right"] + tot["holds: read wrong"] + tot["holds: not read"]
    bad = tot["inconsistent: read right"] + tot["inconsistent: read wrong"]
    lines.append(f"{'all':<12}{tot['holds: read right']:>6}/{held:<5} {_rate(tot['holds: read right'], held):>8}"
                 f"{tot['holds: read wrong']:>5}{tot['holds: not read']:>10}"
                 f"{bad:>8}/{bad + tot['inconsistent: not read']:<5}"
                 f"{tot['chance explained']:>10}/{tot['chance trials']:<5} "
                 f"{_rate(tot['chance explained'], tot['chance trials']):>7}")
    lines += ["", "holds: truth relations consistent or rounding only, read by the generic reader alone (right "
              "figures / other figures / none); incons.: inconsistent truth relations it claims to explain (false "
              "claims); coincidence: random percentages it claims to explain."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paraphrase", action="store_true", help="the paraphrase set's dev part")
    parser.add_argument("--seed", type=int, default=14, help="random seed (default 14)")
    parser.add_argument("--draws", type=int, default=1, help="random values per percentage (default 1)")
    parser.add_argument("--only", action="append", default=[], help="only this passage (stem); repeatable")
    parser.add_argument("--wave", type=int, action="append", default=[],
                        help="only the districts of this wave (corpus/prose/districts.tsv); repeatable")
    parser.add_argument("--json", type=Path, help="write the counts as JSON")
    args = parser.parse_args(argv)
    summary = run(args.paraphrase, args.seed, args.draws, args.only, args.wave)
    print(report(summary))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
