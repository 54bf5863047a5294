"""Batch throughput at auditor scale: 200 documents, a quarter of them scanned.

The documents are made from the corpus: text renderings with table values perturbed
deterministically (one digit of some cells changed, seeded by the document number), copies of the
generated text-layer PDFs and of the scanned PDF (each copy is OCR'd again: the OCR page cache is
off). Runs, each on a fresh document cache unless said otherwise:

1. process pool, jobs=1                   wall time
2. process pool, jobs=2 (writes a cache)  wall time, speed-up over 1 (target >= 1.8x on 2 cores)
3. jobs=2 again, everything from cache    wall time (target <= 5 % of run 2)
4. Dask LocalCluster, 2 workers           wall time
5. pages/s for text-layer and scanned PDFs alone, jobs 1 and 2

Peak memory is the summed RSS of this process and all its descendants (workers, forkserver,
Tesseract, Dask scheduler and nannies), sampled every 0.1 s (target <= 2 GiB). The machine is
shared: the load average before each run is printed beside its time.

    python benchmarks/bench_batch.py [--documents 200] [--scanned-share 0.25] [--skip-dask] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.documents import ExtractSettings  # noqa: E402
from reconcile.batch import BatchOutcome, documents_from_paths  # noqa: E402
from reconcile.cache import DocumentCache  # noqa: E402

CORPUS = ROOT / "corpus"
TEXT_SOURCES = [CORPUS / n for n in ("000_6a5e51584c6108a1.txt", "001_cafb4d1805646ef3.txt", "002_03b77514fb71b314.txt",
                                      "004_7b8a2838134414c2.txt")]
PDF_SOURCES = [CORPUS / "pdf" / n for n in ("bieu01_ruled.pdf", "bieu01_unruled.pdf", "bieu02_wrapped.pdf")]
SCANNED_SOURCE = CORPUS / "pdf" / "bieu01_ruled_scanned.pdf"
# The OCR page cache would turn the second scanned copy into a file read; we measure OCR.
SETTINGS = ExtractSettings(cache_dir=None)
_CELL_NUMBER_RE = re.compile(r"(?<=\t)(<b>)?(\d{1,3}(?:\.\d{3})*(?:,\d+)?)(</b>)?(?=\t)")


def perturb(text: str, seed: int) -> str:
    """Change one digit in about one numeric table cell out of eight, deterministically by ``seed``."""
    rng = random.Random(seed)

    def change(m: re.Match[str]) -> str:
        number = m.group(2)
        if rng.random() > 0.125:
            return m.group(0)
        positions = [i for i, ch in enumerate(number) if ch.isdigit()]
        i = rng.choice(positions)
        digit = str((int(number[i]) + rng.randint(1, 9)) % 10)
        if i == 0 and digit == "0":
            digit = "1"
        return f"{m.group(1) or ''}{number[:i]}{digit}{number[i + 1:]}{m.group(3) or ''}"

    return "\n".join(_CELL_NUMBER_RE.sub(change, line) for line in text.split("\n"))


@dataclass(frozen=True)
class Corpus:
    folder: Path
    texts: list[Path]
    pdfs: list[Path]
    scanned: list[Path]

    @property
    def all(self) -> list[Path]:
        return sorted([*self.texts, *self.pdfs, *self.scanned])


def make_corpus(folder: Path, n_documents: int, scanned_share: float) -> Corpus:
    """``n_documents`` files in ``folder``: scanned_share scanned, the rest split text/PDF 2:1."""
    folder.mkdir(parents=True, exist_ok=True)
    n_scanned = round(n_documents * scanned_share)
    n_pdf = (n_documents - n_scanned) // 3
    n_text = n_documents - n_scanned - n_pdf
    texts, pdfs, scanned = [], [], []
    sources = [(p, p.read_text(encoding="utf-8")) for p in TEXT_SOURCES]
    for i in range(n_text):
        src, text = sources[i % len(sources)]
        out = folder / f"{i:04d}_t_{src.stem[:3]}.txt"
        out.write_text(perturb(text, seed=i), encoding="utf-8")
        texts.append(out)
    for i in range(n_pdf):
        src = PDF_SOURCES[i % len(PDF_SOURCES)]
        pdfs.append(Path(shutil.copy(src, folder / f"{n_text + i:04d}_p_{src.name}")))
    for i in range(n_scanned):
        scanned.append(Path(shutil.copy(SCANNED_SOURCE, folder / f"{n_text + n_pdf + i:04d}_s_{SCANNED_SOURCE.name}")))
    return Corpus(folder, texts, pdfs, scanned)


class TreeSampler:
    """Peak summed RSS and CPU seconds of this process and every descendant, sampled in a thread.

    CPU is each process's own user+system time as last seen alive, so the final 0.1 s of a
    short-lived Tesseract run is missed: a slight undercount. cpu / wall is the number of cores
    the run actually got (2.0 at best here; less when other work shares the machine).
    """

    def __init__(self, interval: float = 0.1) -> None:
        import psutil

        self._psutil = psutil
        self.interval = interval
        self.peak = 0
        self._cpu: dict[tuple[int, float], float] = {}
        self._me = psutil.Process()
        # CPU the forkserver and this process spent before the run is not the run's.
        self._sample()
        self._cpu_start = dict(self._cpu)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def cpu_seconds(self) -> float:
        return sum(v - self._cpu_start.get(k, 0.0) for k, v in self._cpu.items())

    def _sample(self) -> int:
        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                with proc.oneshot():
                    total += proc.memory_info().rss
                    t = proc.cpu_times()
                    self._cpu[(proc.pid, proc.create_time())] = t.user + t.system
            except (self._psutil.NoSuchProcess, self._psutil.AccessDenied):
                continue
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


@dataclass(frozen=True)
class Measure:
    name: str
    seconds: float
    peak_rss: int
    documents: int
    failures: int
    read: int
    from_cache: int
    load_before: float
    pages: int
    cpu_seconds: float


def measure(name: str, run: Callable[[], BatchOutcome]) -> Measure:
    load = os.getloadavg()[0]
    with TreeSampler() as tree:
        started = time.perf_counter()
        outcome = run()
        seconds = time.perf_counter() - started
    pages = sum(d.pages for d in outcome.documents)
    m = Measure(name, seconds, tree.peak, len(outcome.documents), len(outcome.failures), outcome.read,
                outcome.from_cache, load, pages, tree.cpu_seconds)
    print(
        f"{name:<38} {seconds:8.1f} s  cores used {tree.cpu_seconds / seconds:4.2f}  peak RSS {tree.peak / 2**20:6.0f} MiB  "
        f"docs {m.documents:>4}  failed {m.failures:>3}  read {m.read:>4}  cached {m.from_cache:>4}  pages {pages:>4}  "
        f"load {load:4.1f}",
        flush=True,
    )
    for failure in outcome.failures[:3]:
        print(f"    failure: {failure.path}: {failure.reason}", flush=True)
    return m


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--scanned-share", type=float, default=0.25)
    parser.add_argument("--pages-sample", type=int, default=8, help="scanned documents in the pages/s runs")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-pages", action="store_true", help="skip the per-kind pages/s runs")
    parser.add_argument("--workdir", type=Path, default=None, help="keep the generated corpus here")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here too")
    args = parser.parse_args(argv)

    work = args.workdir or Path(tempfile.mkdtemp(prefix="doisoat-bench-"))
    corpus = make_corpus(work / "docs", args.documents, args.scanned_share)
    files = corpus.all
    print(f"{len(files)} documents in {corpus.folder}: {len(corpus.texts)} text renderings, "
          f"{len(corpus.pdfs)} text-layer PDFs, {len(corpus.scanned)} scanned PDFs; {os.cpu_count()} cores", flush=True)

    def fresh_cache(tag: str) -> DocumentCache:
        root = work / f"cache-{tag}"
        shutil.rmtree(root, ignore_errors=True)
        return DocumentCache(root)

    results: dict[str, Measure] = {}
    results["jobs1"] = measure("process pool, jobs=1", lambda: documents_from_paths(files, SETTINGS, {"jobs": 1, "executor": "process"}))
    cache = fresh_cache("main")
    results["jobs2"] = measure("process pool, jobs=2 (writing cache)",
                               lambda: documents_from_paths(files, SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)}))
    results["cached"] = measure("jobs=2, second run from cache",
                                lambda: documents_from_paths(files, SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)}))
    if not args.skip_dask:
        results["dask2"] = measure("Dask LocalCluster, 2 workers",
                                   lambda: documents_from_paths(files, SETTINGS, {"executor": "dask", "jobs": 2}))

    pdf_sample = corpus.pdfs
    scan_sample = corpus.scanned[: args.pages_sample]
    for jobs in () if args.skip_pages else (1, 2):
        results[f"pdf{jobs}"] = measure(f"text-layer PDFs only, jobs={jobs}",
                                        lambda j=jobs: documents_from_paths(pdf_sample, SETTINGS, {"jobs": j, "executor": "process"}))
        results[f"scan{jobs}"] = measure(f"scanned PDFs only ({len(scan_sample)}), jobs={jobs}",
                                         lambda j=jobs: documents_from_paths(scan_sample, SETTINGS, {"jobs": j, "executor": "process"}))
        results[f"text{jobs}"] = measure(f"text renderings only, jobs={jobs}",
                                         lambda j=jobs: documents_from_paths(corpus.texts, SETTINGS, {"jobs": j, "executor": "process"}))

    j1, j2, cached = results["jobs1"], results["jobs2"], results["cached"]
    speedup = j1.seconds / j2.seconds
    cache_share = cached.seconds / j2.seconds
    peak = max(m.peak_rss for m in results.values())
    print()
    print(f"speed-up jobs 2 vs 1: {speedup:.2f}x  (target >= 1.8x)  {'OK' if speedup >= 1.8 else 'BELOW TARGET'}"
          f"  [cores used: jobs 1 {j1.cpu_seconds / j1.seconds:.2f}, jobs 2 {j2.cpu_seconds / j2.seconds:.2f}]")
    print(f"cached run / first run: {cache_share * 100:.1f} %  (target <= 5 %)  {'OK' if cache_share <= 0.05 else 'ABOVE TARGET'}")
    print(f"peak RSS of the process tree: {peak / 2**20:.0f} MiB  (target <= 2048 MiB)  {'OK' if peak <= 2**31 else 'ABOVE TARGET'}")
    per_kind: dict[str, dict[str, float]] = {}
    kinds = () if args.skip_pages else (("pdf", "text-layer PDF"), ("scan", "scanned PDF"), ("text", "text rendering"))
    for kind, label in kinds:
        for jobs in (1, 2):
            m = results[f"{kind}{jobs}"]
            per_kind.setdefault(kind, {})[f"pages_per_s_jobs{jobs}"] = m.pages / m.seconds if m.seconds else 0.0
            per_kind[kind][f"docs_per_s_jobs{jobs}"] = m.documents / m.seconds if m.seconds else 0.0
        print(f"{label:<15} pages/s jobs 1: {per_kind[kind]['pages_per_s_jobs1']:6.2f}   jobs 2: "
              f"{per_kind[kind]['pages_per_s_jobs2']:6.2f}   (docs/s {per_kind[kind]['docs_per_s_jobs1']:.2f} / "
              f"{per_kind[kind]['docs_per_s_jobs2']:.2f})")

    # 10,000 documents with the same mix on N workers: the 2-worker throughput per worker, scaled
    # linearly (documents are independent; the measured 2-worker efficiency is kept).
    per_doc_one_worker = j1.seconds / max(1, j1.documents + j1.failures)
    efficiency = speedup / 2
    projection = {n: 10_000 * per_doc_one_worker / (n * efficiency) for n in (2, 8, 32)}
    for n, seconds in projection.items():
        print(f"projected 10,000 documents on {n:>2} workers: {seconds / 3600:5.2f} h")

    if args.json:
        payload: dict[str, Any] = {
            "runs": {k: vars(m) for k, m in results.items()},
            "speedup": speedup, "cache_share": cache_share, "peak_rss": peak,
            "per_kind": per_kind, "projection_seconds": projection,
        }
        args.json.write_text(json.dumps(payload, indent=2))
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
