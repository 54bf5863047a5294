"""Reconcile at scale: 50, 100 and 200 documents made by perturbing the corpus renderings.

Prints the time split into extraction (file_to_document) and reconciliation (checks and
cross-document matching) and the number of row comparisons, to show that matching grows with
the documents of a group, not with the square of all rows.

    python benchmarks/bench_reconcile.py [--sizes 50 100 200]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.documents import file_to_document  # noqa: E402
from reconcile.engine import documents_to_findings  # noqa: E402

SOURCES = ["000_6a5e51584c6108a1.txt", "001_cafb4d1805646ef3.txt", "003_58059cd68c956849.txt", "004_7b8a2838134414c2.txt"]
# Districts of the same provinces, so documents fall into several groups as in a real batch.
DISTRICTS = {"Tam Đường": ["Tam Đường", "Sìn Hồ", "Phong Thổ", "Than Uyên"], "Tủa Chùa": ["Tủa Chùa", "Mường Ảng"]}
NUMBER = re.compile(r"(?<![\d.,])(\d{2,3}),(\d)(?![\d.,])")


def perturb(text: str, rng: random.Random, district: str, original: str) -> str:
    """Change a few decimals (so findings differ between copies) and the district name."""

    def nudge(m: re.Match[str]) -> str:
        if rng.random() < 0.05:
            return f"{m.group(1)},{(int(m.group(2)) + rng.randint(1, 8)) % 10}"
        return m.group(0)

    return NUMBER.sub(nudge, text).replace(original, district)


def make_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    texts = {name: (ROOT / "corpus" / name).read_text(encoding="utf-8") for name in SOURCES}
    paths = []
    for i in range(n):
        name = SOURCES[i % len(SOURCES)]
        original = "Tủa Chùa" if name.startswith("004") else "Tam Đường"
        district = rng.choice(DISTRICTS.get(original, [original]))
        path = folder / f"{i:04d}_{name}"
        path.write_text(perturb(texts[name], rng, district, original), encoding="utf-8")
        paths.append(path)
    return paths


def run(n: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), n)
        t0 = time.perf_counter()
        docs = [file_to_document(p) for p in paths]
        t1 = time.perf_counter()
        findings, groups = documents_to_findings(docs, across_documents=True)
        t2 = time.perf_counter()
    rows = sum(len(d.rows) for d in docs)
    pairs = sum(len(g) * (len(g) - 1) // 2 for g in groups)
    return {"docs": n, "rows": rows, "groups": len(groups), "doc_pairs": pairs, "extract_s": t1 - t0,
            "reconcile_s": t2 - t1, "findings": len(findings)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    args = parser.parse_args()
    print(f"{'docs':>5} {'rows':>7} {'groups':>6} {'doc pairs':>9} {'extract s':>10} {'reconcile s':>12} "
          f"{'ms/pair':>8} {'findings':>9}")
    for n in args.sizes:
        r = run(n)
        per_pair = 1000 * r["reconcile_s"] / max(1, r["doc_pairs"])
        print(f"{r['docs']:>5} {r['rows']:>7} {r['groups']:>6} {r['doc_pairs']:>9} {r['extract_s']:>10.2f} "
              f"{r['reconcile_s']:>12.2f} {per_pair:>8.2f} {r['findings']:>9}")


if __name__ == "__main__":
    main()
