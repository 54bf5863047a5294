"""Calibrate ``normalizers.names``: precision/recall/F1 of ``similarity`` over thresholds.

Reads the hand-labelled pairs in tests/data/name_pairs.tsv (seed 000 vs its OCR'd copy in 001,
sibling indicators from all seeds), prints the precision/recall curve at the module's weights,
the chosen ``MATCH_CUTOFF`` with its precision and recall, the pairs it gets wrong, and a small
grid search over the weights so a change to the contrasts or weights can be judged on data.

    /work/venv/bin/python benchmarks/calibrate_names.py [--grid]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizers import names  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "name_pairs.tsv"


def load_pairs() -> list[tuple[str, str, int, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as fh:
        return [(r["a"], r["b"], int(r["label"]), r["source"]) for r in csv.DictReader(fh, delimiter="\t")]


def pair_scores(pairs: list[tuple[str, str, int, str]]) -> np.ndarray:
    return np.array([names.similarity(a, b) for a, b, _, _ in pairs])


def prf(scores: np.ndarray, labels: np.ndarray, cutoff: float) -> tuple[float, float, float]:
    pred = scores >= cutoff
    tp = int(np.sum(pred & (labels == 1)))
    fp = int(np.sum(pred & (labels == 0)))
    fn = int(np.sum(~pred & (labels == 1)))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def best_cutoff(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float, float, float]:
    """Cutoff with the best F1; among equals, the middle of the widest plateau (most margin)."""
    grid = np.arange(50.0, 99.01, 0.5)
    results = [(c, *prf(scores, labels, c)) for c in grid]
    top = max(r[3] for r in results)
    plateau = [r for r in results if r[3] == top]
    return plateau[len(plateau) // 2]


def acceptable_band(scores: np.ndarray, labels: np.ndarray) -> tuple[float, float]:
    """Lowest and highest cutoff (0.5 steps) meeting precision >= 0.95 and recall >= 0.9."""
    ok = [
        c
        for c in np.arange(50.0, 99.01, 0.5)
        if (lambda p, r, _f: p >= 0.95 and r >= 0.9)(*prf(scores, labels, c))
    ]
    return (min(ok), max(ok)) if ok else (1.0, 0.0)


def cross_validate(scores: np.ndarray, labels: np.ndarray, rounds: int = 200) -> None:
    """Cutoff chosen on a random half, judged on the other half: how much the cutoff overfits."""
    rng = np.random.default_rng(20241205)
    ps, rs = [], []
    for _ in range(rounds):
        train = rng.random(len(labels)) < 0.5
        lo, hi = acceptable_band(scores[train], labels[train])
        cut = (lo + hi) / 2 if hi >= lo else best_cutoff(scores[train], labels[train])[0]
        p, r, _ = prf(scores[~train], labels[~train], cut)
        ps.append(p)
        rs.append(r)
    print(
        f"\nhalf/half cross-validation of the cutoff ({rounds} splits): precision {np.mean(ps):.3f} "
        f"(min {np.min(ps):.3f}), recall {np.mean(rs):.3f} (min {np.min(rs):.3f})"
    )


def table_names(path: Path, after: str = "") -> list[str]:
    """Indicator cells (second column, or third when the second is empty) of a seed's TSV tables
    that follow the first line containing ``after``."""
    out = []
    lines = path.read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if after in line), 0)
    for line in lines[start:]:
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) > 2 and (cells[1] or cells[2]):
            out.append(cells[1] or cells[2])
    return out


def ambiguity(pairs: list[tuple[str, str, int, str]]) -> None:
    """Cross-document matching as the reconciler does it: each seed-000 name of a labelled match
    against every name of seed 001's appendix (its OCR'd copy of seed 000's tables). Reports how often the labelled partner is beaten and the
    gaps between the best and second-best *different* candidates, which ``AMBIGUITY_MARGIN`` bounds.
    """
    seed001 = next((ROOT / "corpus").glob("001_*.txt"))
    choices = list(dict.fromkeys(table_names(seed001, after="BIỂU 01")))
    keys = [names.indicator_key(c) for c in choices]
    matches = [
        (a, b)
        for a, b, lab, src in pairs
        if lab == 1 and src.startswith("000:") and "~001:" in src and names.indicator_key(b) in keys
    ]
    m = names.similarity_matrix([a for a, _ in matches], choices)
    beaten, gaps = 0, []
    for i, (_a, b) in enumerate(matches):
        true = m[i][keys.index(names.indicator_key(b))]
        others = [m[i][j] for j, k in enumerate(keys) if k != names.indicator_key(b)]
        best_other = max(others)
        beaten += best_other > true
        gaps.append(true - best_other)
    g = np.sort(np.array(gaps))
    print(
        f"\n{len(matches)} seed-000 names against {len(choices)} seed-001 appendix names: partner beaten {beaten} times; "
        f"{int(np.sum(np.abs(g) < names.AMBIGUITY_MARGIN))} within AMBIGUITY_MARGIN={names.AMBIGUITY_MARGIN}; "
        f"smallest gaps {', '.join(f'{x:.1f}' for x in g[:8])}"
    )


def grid_search(pairs: list[tuple[str, str, int, str]], labels: np.ndarray) -> None:
    params = ("RATIO_WEIGHT", "CONTAINMENT_WEIGHT", "CONTRAST_PENALTY", "CODE_PENALTY", "NUMBER_PENALTY")
    saved = [getattr(names, p) for p in params]
    rows = []
    space = ((0.4, 0.5, 0.6, 0.7, 0.8, 1.0), (0.0, 0.5, 1.0), (0, 15, 20, 25, 30), (0, 15, 25), (0, 2, 5))
    for values in itertools.product(*space):
        for p, v in zip(params, values, strict=True):
            setattr(names, p, v)
        s = pair_scores(pairs)
        lo, hi = acceptable_band(s, labels)
        mid = (lo + hi) / 2 if hi >= lo else float("nan")
        p, r, f = prf(s, labels, mid) if hi >= lo else (0.0, 0.0, 0.0)
        rows.append((hi - lo, f, p, r, mid, *values))
    for p, v in zip(params, saved, strict=True):
        setattr(names, p, v)
    rows.sort(reverse=True)
    print(
        "\nweights ranked by the width of the cutoff band where precision >= 0.95 and recall >= 0.9"
        "\n(band width, F1, precision, recall at the band's middle, middle, ratio weight, containment weight,"
        " contrast, code, number):"
    )
    for row in rows[:12]:
        print(
            "  band {:4.1f}  F1 {:.3f}  P {:.3f}  R {:.3f}  cutoff {:.1f}  | w {:.1f}  cont {:.1f}  contrast {:g}  code {:g}  number {:g}".format(
                *row
            )
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--grid", action="store_true", help="also search the weights")
    args = ap.parse_args()
    pairs = load_pairs()
    labels = np.array([lab for _, _, lab, _ in pairs])
    scores = pair_scores(pairs)
    print(f"{len(pairs)} labelled pairs: {int(labels.sum())} matches, {int((labels == 0).sum())} non-matches")
    print("\ncutoff  precision  recall  F1")
    for c in range(60, 96, 2):
        p, r, f = prf(scores, labels, c)
        print(f"{c:6.1f}  {p:9.3f}  {r:6.3f}  {f:5.3f}")
    c, p, r, f = best_cutoff(scores, labels)
    print(f"\nbest F1 cutoff on this set: {c:.1f} (precision {p:.3f}, recall {r:.3f}, F1 {f:.3f})")
    p, r, f = prf(scores, labels, names.MATCH_CUTOFF)
    print(f"MATCH_CUTOFF = {names.MATCH_CUTOFF}: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f}")
    lo, hi = acceptable_band(scores, labels)
    print(f"  cutoffs meeting precision >= 0.95 and recall >= 0.9: {lo:.1f} .. {hi:.1f}")
    nontrivial = np.array([names.indicator_key(a) != names.indicator_key(b) for a, b, _, _ in pairs])
    p2, r2, _ = prf(scores[nontrivial], labels[nontrivial], names.MATCH_CUTOFF)
    print(f"  on the {int(nontrivial.sum())} pairs whose keys differ: precision {p2:.3f}, recall {r2:.3f}")
    print("\nerrors at MATCH_CUTOFF:")
    for (a, b, lab, src), s in sorted(zip(pairs, scores, strict=True), key=lambda x: x[1]):
        if (s >= names.MATCH_CUTOFF) != bool(lab):
            print(f"  {'missed' if lab else 'false '} {s:6.2f}  {a[:60]!r} ~ {b[:60]!r}  [{src}]")
    pos, neg = scores[labels == 1], scores[labels == 0]
    print(f"\nweakest match {pos.min():.1f}; strongest non-match {neg.max():.1f}")
    cross_validate(scores, labels)
    ambiguity(pairs)
    if args.grid:
        grid_search(pairs, labels)


if __name__ == "__main__":
    main()
