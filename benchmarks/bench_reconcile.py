"""Reconcile at scale: generated district groups of 10 and 50 documents, 200 and 1,000 documents.

Each generated document is a corpus rendering (seeds 000-004) with a few decimals nudged, so the
copies of one district disagree here and there as real submissions do, and with its district and
province replaced by a real pair from the gazetteer, so the extractor itself files it under that
district (nothing is grouped by hand). A group of g documents holds g/5 copies of each seed.

Prints, per (documents, group size): extraction time (``file_to_document``, one process), the
within-document checks, the cross-document stage (matching a group's rows and comparing values),
the findings, and the growth the acceptance asks for: reconciliation at most linear in documents
(fixed group size), at most n·log n in group size, and 200 documents reconciled in less time than
they take to read. Times are CPU seconds of this process (wall seconds beside them): on a machine
shared with other jobs, CPU time measures the work and wall time the neighbours as well.

    python benchmarks/bench_reconcile.py                       # 200 and 1,000 docs, groups of 10 and 50
    python benchmarks/bench_reconcile.py --docs 200 --group-sizes 10
    python benchmarks/bench_reconcile.py --jobs 2              # the group stage in the worker pool too

Extracted documents are kept in a DocumentCache under $DOISOAT_CACHE/bench (``--fresh`` re-reads),
and extraction is always timed from a fresh read of the first ``--extract-sample`` documents.
"""

from __future__ import annotations

import argparse
import functools
import math
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.documents import ExtractSettings, file_to_document  # noqa: E402
from extractor.model import Document  # noqa: E402
from normalizers.places import load_gazetteer, resolve_document_place  # noqa: E402
from reconcile.batch import pool_map  # noqa: E402
from reconcile.cache import DocumentCache, default_cache_root  # noqa: E402
from reconcile.engine import document_to_findings, group_documents, group_to_findings  # noqa: E402
from reconcile.engine.crossdoc import document_pair_to_findings  # noqa: E402
from reconcile.engine.settings import CheckSettings  # noqa: E402

# (file, district, province) as the extractor reads them from the seeds.
SOURCES = [
    ("000_6a5e51584c6108a1.txt", "Tam Đường", "Lai Châu"),
    ("001_cafb4d1805646ef3.txt", "Tam Đường", "Lai Châu"),
    ("002_03b77514fb71b314.txt", "Ea H’Leo", "Đắk Lắk"),
    ("003_58059cd68c956849.txt", "Nam Đông", "Thừa Thiên Huế"),
    ("004_7b8a2838134414c2.txt", "Tủa Chùa", "Điện Biên"),
]
NUMBER = re.compile(r"(?<![\d.,])(\d{2,3}),(\d)(?![\d.,])")
SETTINGS = ExtractSettings()


def districts(count: int, seed: int = 11) -> list[tuple[str, str]]:
    """``count`` real (district, province) pairs the extractor recognises in every relocated seed.

    Rural districts ("huyện") whose name no other province uses, shuffled; a pair is kept only when
    ``resolve_document_place`` files each seed, relocated there, under it (a name that is also a
    commune nearby would be out-voted).
    """
    gaz = load_gazetteer()
    seen: dict[str, int] = {}
    pairs = []
    for unit in (u for u in gaz.districts() if u.type == "huyện"):
        key = unit.name.casefold()
        seen[key] = seen.get(key, 0) + 1
        pairs.append((unit.name, unit.province))
    pairs = sorted({p for p in pairs if seen[p[0].casefold()] == 1 and " " in p[0]})
    random.Random(seed).shuffle(pairs)
    texts = {name: (ROOT / "corpus" / name).read_text(encoding="utf-8") for name, _, _ in SOURCES}
    chosen: list[tuple[str, str]] = []
    for pair in pairs:
        if all(resolve_document_place(relocate(texts[s[0]], s, pair)) == pair for s in SOURCES):
            chosen.append(pair)
            if len(chosen) == count:
                return chosen
    raise SystemExit(f"only {len(chosen)} districts to spread {count} groups over")


def perturb(text: str, rng: random.Random) -> str:
    """Change about 5 % of the one-decimal figures, so copies of a seed differ here and there."""

    def nudge(m: re.Match[str]) -> str:
        if rng.random() < 0.05:
            return f"{m.group(1)},{(int(m.group(2)) + rng.randint(1, 8)) % 10}"
        return m.group(0)

    return NUMBER.sub(nudge, text)


def relocate(text: str, source: tuple[str, str, str], target: tuple[str, str]) -> str:
    _, district, province = source
    for old, new in ((district, target[0]), (province, target[1])):
        text = text.replace(old, new).replace(old.upper(), new.upper())
    return text


def make_corpus(folder: Path, n: int, group_size: int, seed: int = 7) -> list[Path]:
    """n documents in n / group_size districts; document i is seed i mod 5, perturbed."""
    rng = random.Random(seed)
    texts = {name: (ROOT / "corpus" / name).read_text(encoding="utf-8") for name, _, _ in SOURCES}
    places = districts(math.ceil(n / group_size))
    paths = []
    for i in range(n):
        source = SOURCES[i % len(SOURCES)]
        target = places[i // group_size]
        path = folder / f"{i:04d}_{source[0]}"
        path.write_text(relocate(perturb(texts[source[0]], rng), source, target), encoding="utf-8")
        paths.append(path)
    return paths


@dataclass
class Figures:
    """Seconds are CPU seconds of this process (all its threads): on a machine shared with other
    jobs they measure the work, where wall time measures the neighbours too. Wall time is kept
    beside them (``*_wall``)."""

    docs: int
    group_size: int
    groups: int
    largest_group: int
    rows: int
    extract_s_per_doc: float
    checks_s: float
    crossdoc_s: float
    findings: int
    value_mismatches: int
    extract_wall_per_doc: float = 0.0
    checks_wall: float = 0.0
    crossdoc_wall: float = 0.0
    pairwise_s: float | None = None
    doc_pairs: int = 0

    @property
    def reconcile_s(self) -> float:
        return self.checks_s + self.crossdoc_s

    @property
    def reconcile_wall(self) -> float:
        return self.checks_wall + self.crossdoc_wall

    @property
    def extract_s(self) -> float:
        return self.extract_s_per_doc * self.docs

    @property
    def extract_wall(self) -> float:
        return self.extract_wall_per_doc * self.docs


def read_all(paths: list[Path], cache: DocumentCache | None, sample: int) -> tuple[list[Document], float, float]:
    """Documents (from the cache when there), and CPU and wall seconds per document of a fresh
    read of a sample (the models are loaded first, so the sample measures reading only)."""
    file_to_document(paths[0], SETTINGS)
    c0, t0 = time.process_time(), time.perf_counter()
    for p in paths[:sample]:
        file_to_document(p, SETTINGS)
    n = max(1, min(sample, len(paths)))
    per_doc, per_doc_wall = (time.process_time() - c0) / n, (time.perf_counter() - t0) / n
    docs = []
    for p in paths:
        key = cache.key(p, SETTINGS) if cache else None
        doc = cache.get(key, str(p)) if cache and key else None
        if doc is None:
            doc = file_to_document(p, SETTINGS)
            if cache and key:
                cache.put(key, doc)
        docs.append(doc)
    return docs, per_doc, per_doc_wall


def pairwise(groups: list[list[Document]]) -> tuple[float, int]:
    """The definition the group stage is held to: every pair of a group matched document by document
    (what reconcile did before). Seconds, and the number of pairs."""
    started = time.perf_counter()
    pairs = 0
    for group in groups:
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                document_pair_to_findings(a, b)
                pairs += 1
    return time.perf_counter() - started, pairs


def run(n: int, group_size: int, *, cache: DocumentCache | None, sample: int, jobs: int, compare: bool) -> Figures:
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_corpus(Path(tmp), n, group_size)
        docs, per_doc, per_doc_wall = read_all(paths, cache, sample)
    settings = CheckSettings()
    mapper = pool_map(jobs)  # the builtin map for jobs=1
    c0, t0 = time.process_time(), time.perf_counter()
    findings = [f for found in mapper(functools.partial(document_to_findings, settings=settings), docs) for f in found]
    c1, t1 = time.process_time(), time.perf_counter()
    groups = group_documents(docs)
    cross = [f for found in mapper(group_to_findings, [g for g in groups if len(g) > 1]) for f in found]
    c2, t2 = time.process_time(), time.perf_counter()
    pair_s, pairs = pairwise(groups) if compare else (None, sum(len(g) * (len(g) - 1) // 2 for g in groups))
    return Figures(
        docs=n,
        group_size=group_size,
        groups=len(groups),
        largest_group=max(len(g) for g in groups),
        rows=sum(len(d.rows) for d in docs),
        extract_s_per_doc=per_doc,
        checks_s=c1 - c0,
        crossdoc_s=c2 - c1,
        extract_wall_per_doc=per_doc_wall,
        checks_wall=t1 - t0,
        crossdoc_wall=t2 - t1,
        findings=len(findings) + len(cross),
        value_mismatches=len(cross),
        pairwise_s=pair_s,
        doc_pairs=pairs,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[200, 1000])
    parser.add_argument("--group-sizes", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the checks and the group stage")
    parser.add_argument("--extract-sample", type=int, default=50, help="documents read fresh to time extraction")
    parser.add_argument("--fresh", action="store_true", help="do not use the document cache")
    parser.add_argument("--pairwise", action="store_true",
                        help="also time the pair-by-pair definition of the cross-document stage (slow for big groups)")
    args = parser.parse_args()
    cache = None if args.fresh else DocumentCache(default_cache_root() / "bench")

    print(f"{'docs':>5} {'group':>5} {'groups':>6} {'pairs':>6} {'rows':>7} {'extract s':>9} {'checks s':>8} "
          f"{'cross s':>8} {'reconcile s':>11} {'findings':>8} {'value_mm':>8} {'pairwise s':>10}", flush=True)
    results: dict[tuple[int, int], Figures] = {}
    for g in args.group_sizes:
        for n in args.docs:
            r = run(n, g, cache=cache, sample=args.extract_sample, jobs=args.jobs, compare=args.pairwise)
            results[(n, g)] = r
            pair_s = f"{r.pairwise_s:>10.1f}" if r.pairwise_s is not None else f"{'-':>10}"
            print(f"{r.docs:>5} {r.group_size:>5} {r.groups:>6} {r.doc_pairs:>6} {r.rows:>7} {r.extract_s:>9.1f} "
                  f"{r.checks_s:>8.1f} {r.crossdoc_s:>8.1f} {r.reconcile_s:>11.1f} {r.findings:>8} "
                  f"{r.value_mismatches:>8} {pair_s}   wall: extract {r.extract_wall:.1f} reconcile {r.reconcile_wall:.1f} "
                  f"(cross {r.crossdoc_wall:.1f})", flush=True)

    print("\nacceptance")
    ns, gs = sorted(args.docs), sorted(args.group_sizes)
    for g in gs:
        if len(ns) > 1:
            a, b = results[(ns[0], g)], results[(ns[-1], g)]
            ratio, allowed = b.reconcile_s / a.reconcile_s, b.docs / a.docs
            cross = b.crossdoc_s / a.crossdoc_s
            print(f"  groups of {g}: {a.docs} -> {b.docs} documents: reconcile x{ratio:.2f} (cross-document x{cross:.2f}), "
                  f"linear allows x{allowed:.2f}: {'ok' if ratio <= allowed * 1.1 else 'FAIL'}")
    for n in ns:
        if len(gs) > 1:
            a, b = results[(n, gs[0])], results[(n, gs[-1])]
            per_doc = (b.reconcile_s / b.docs) / (a.reconcile_s / a.docs)
            cross = b.crossdoc_s / a.crossdoc_s
            allowed = math.log(gs[-1]) / math.log(gs[0])
            print(f"  {n} documents: groups of {gs[0]} -> {gs[-1]}: reconcile per document x{per_doc:.2f} "
                  f"(cross-document x{cross:.2f}), n·log n allows x{allowed:.2f}: {'ok' if per_doc <= allowed * 1.1 else 'FAIL'}")
    for (n, g), r in sorted(results.items()):
        if n == 200:
            verdict = "ok" if r.reconcile_s < r.extract_s else "FAIL"
            print(f"  200 documents, groups of {g}: reconcile {r.reconcile_s:.1f} s < extract {r.extract_s:.1f} s: {verdict}")
    print(f"\n(CPU seconds of this process; cpu count {os.cpu_count()}, load average {os.getloadavg()[0]:.1f}; "
          f"extraction timed on a fresh read of {args.extract_sample} documents)")


if __name__ == "__main__":
    main()
