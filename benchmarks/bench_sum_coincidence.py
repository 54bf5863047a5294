"""How often does the arithmetic reader (extractor/prose_sums_explained.py) read a sum that is not there?

Figures of one unit can add up by chance. Two measures, on development passages only:

1. **Perturbed partitions.** For every partition and count sum of the truth whose parts add up
   (consistent), one part is changed (one digit, seeded, same length so nothing else moves) and the
   passage read again. The true sum is now broken, so every sum or difference the reader explains by
   arithmetic over those figures that it did not explain in the untouched passage is a coincidence:
   another set of figures that happens to add up.
2. **Unrelated sums.** On the untouched passages, the relations the reader explains by arithmetic (and
   those it reads by position only) that the truth does not hold (over figures the truth relates
   otherwise, or not at all), next to the ones it does hold, and how many of the unheld carry a warning.

    python benchmarks/bench_sum_coincidence.py                 # dev originals, seed 14
    python benchmarks/bench_sum_coincidence.py --paraphrase    # the paraphrase set's dev part
    python benchmarks/bench_sum_coincidence.py --seed 3 --list # another draw, each coincidence listed
    python benchmarks/bench_sum_coincidence.py --wave 1 --wave 2   # some waves only (a fresh wave stays unread)

Held-out passages and the paraphrase set's check part are never read (``prose_score.guard``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.prose_score import guard, locate, of_waves, score_document, truth_files  # noqa: E402

_SUM_KINDS = ("partition", "count_sum")


def _explained(doc: Any, *, by_position: bool = False) -> dict[frozenset[tuple[int, int, int]], str]:
    """The relations of ``doc`` the arithmetic reader made, keyed by where their figures are printed
    (line, start, end), with their kind ("partition", "difference" …); with ``by_position``, those it
    read by position only instead."""
    from extractor.prose_sums_explained import POSITION_ONLY, SUM_EXPLAINED
    from reconcile.engine.relations import document_relations

    rows = {r.index: r for r in doc.rows}
    out: dict[frozenset[tuple[int, int, int]], str] = {}
    for rel in document_relations(doc):
        anchor = rel.result if rel.kind == "difference" else (rel.refs("total") or (None,))[0]
        if anchor is None or anchor[0] not in rows:
            continue
        notes = rows[anchor[0]].notes
        positional = any(n.startswith(POSITION_ONLY) for n in notes)
        if positional != by_position or not (positional or any(n.startswith(SUM_EXPLAINED) for n in notes)):
            continue
        places = []
        for _, (r, p) in rel.figures:
            cell = rows[r].cells[p]
            span = cell.provenance.span or (-1, -1)
            places.append((cell.provenance.line or rows[r].provenance.line or -1, span[0], span[1]))
        out[frozenset(places)] = rel.kind
    return out


def _perturb(text: str, figure: dict[str, Any], rng: random.Random) -> str | None:
    """``text`` with one digit of ``figure`` changed (never its first, so the length and the grouping stay)."""
    try:
        place = locate(text, figure["context"], figure["text"])
    except ValueError:
        return None
    lines = text.split("\n")
    line = lines[place.line - 1]
    printed = line[place.start : place.end]
    digits = [i for i, ch in enumerate(printed) if ch.isdigit()][1:] or [i for i, ch in enumerate(printed) if ch.isdigit()]
    if not digits:
        return None
    i = rng.choice(digits)
    new = str((int(printed[i]) + rng.randint(1, 8)) % 10)
    lines[place.line - 1] = line[: place.start] + printed[:i] + new + printed[i + 1 :] + line[place.end :]
    return "\n".join(lines)


def _read(paths: Sequence[Path], jobs: int) -> tuple[dict[str, Any], list[Any]]:
    from reconcile.api import check

    result = check([str(p) for p in paths], batch_settings={"jobs": jobs})
    return {d.id: d for d in result.documents}, list(result.findings)


def run(*, paraphrase: bool, seed: int, jobs: int, show: bool, waves: Sequence[int] = ()) -> dict[str, Any]:
    split = "dev"
    guard([split], allow_heldout=False)
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in truth_files(split, paraphrase)]
    truths = [t for t in truths if not t.get("planted")]
    truths = of_waves(truths, waves)
    rng = random.Random(seed)
    originals = [ROOT / t["file"] for t in truths]
    docs, findings = _read(originals, jobs)
    report: dict[str, Any] = {"passages": len(truths), "seed": seed}

    # 2. relations explained by arithmetic on the untouched passages, held by the truth or not
    from reconcile.engine.relations import document_relations

    tally: Counter[str] = Counter()
    unheld_list: list[str] = []
    base: dict[str, dict[frozenset[tuple[int, int, int]], str]] = {}
    for t, path in zip(truths, originals, strict=True):
        doc = docs[path.name]
        text = path.read_text(encoding="utf-8")
        base[path.name] = mine = _explained(doc)
        positional = _explained(doc, by_position=True)
        score = score_document(path.name, text, t, doc, findings)
        spurious = {o.key: o.severity for o in score.spurious}
        rows = {r.index: r for r in doc.rows}
        for rel in document_relations(doc):
            places = frozenset(
                ((rows[r].cells[p].provenance.line or -1), *(rows[r].cells[p].provenance.span or (-1, -1)))
                for _, (r, p) in rel.figures)
            how = "explained" if places in mine else "by_position" if places in positional else None
            if how is None:
                continue
            if rel.key in spurious:
                tally[f"{how}_not_held"] += 1
                if spurious[rel.key] in ("warning", "error"):
                    tally[f"{how}_not_held_with_a_{spurious[rel.key]}"] += 1
                unheld_list.append(f"{path.name} {how} {rel.kind} {rel.key} {spurious[rel.key]}")
            else:
                tally[f"{how}_held_by_truth"] += 1
    report.update(sorted(tally.items()))

    # 1. perturb one part of each true, consistent sum and read again
    cases: list[tuple[str, Path, str]] = []
    with tempfile.TemporaryDirectory(prefix="doisoat-coincidence-") as tmp:
        tmpdir = Path(tmp)
        for t, path in zip(truths, originals, strict=True):
            figs = {f["id"]: f for f in t["figures"]}
            text = path.read_text(encoding="utf-8")
            for rel in t["relations"]:
                if rel["kind"] not in _SUM_KINDS or rel["verdict"] != "consistent" or len(rel["parts"]) < 2:
                    continue
                part = rng.choice(rel["parts"])
                changed = _perturb(text, figs[part], rng)
                if changed is None or changed == text:
                    continue
                folder = tmpdir / f"{len(cases):04d}"
                folder.mkdir()
                copy = folder / path.name  # same name: the document id and the line numbers stay
                copy.write_text(changed, encoding="utf-8")
                cases.append((path.name, copy, f"{rel['id']} {figs[part]['text']}"))
        perturbed, _ = _read([c for _, c, _ in cases], jobs)
        # documents of one name from several folders: read each folder's copy by its path
        by_path = {getattr(d, "path", None): d for d in perturbed.values()}
        coincidences: Counter[str] = Counter()
        listing: list[str] = []
        read_cases = 0
        for name, copy, what in cases:
            doc = by_path.get(str(copy)) or by_path.get(copy)
            if doc is None:
                continue
            read_cases += 1
            new = {k: v for k, v in _explained(doc).items() if k not in base.get(name, {})}
            if new:
                for kind in new.values():
                    coincidences[kind] += 1
                listing.append(f"{name} {what}: {sorted(new.values())}")
    report["perturbed"] = read_cases
    report["perturbed_with_a_new_sum"] = len(listing)
    report["new_sums_by_kind"] = dict(coincidences)
    if show:
        report["coincidences"] = listing
        report["explained_not_held_list"] = unheld_list
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Count sums the arithmetic reader finds by chance (dev only).")
    parser.add_argument("--paraphrase", action="store_true", help="the paraphrase set's dev part")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--list", action="store_true", help="list every coincidence and every unheld relation")
    parser.add_argument("--wave", type=int, action="append", default=[],
                        help="only the development passages of this wave (repeatable; default: every wave)")
    args = parser.parse_args(argv)
    report = run(paraphrase=args.paraphrase, seed=args.seed, jobs=args.jobs, show=args.list, waves=args.wave)
    print(json.dumps(report, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
