"""OCR of scanned PDFs: seconds per page (jobs=1, jobs=2, from cache) and cells read exactly.

Scans: the committed ``corpus/pdf/bieu01_ruled_scanned.pdf``, plus ``bieu02_wrapped`` and
``bieu01_unruled`` scanned into a temporary directory by ``corpus/make_scans.py`` (same recipe:
200 dpi, 0.4° skew, noise, JPEG) when their text-layer PDFs exist. Each is read with
``extractor.ocr.ocr_pdf_pages`` at 300 dpi:

- s/page jobs=1 and jobs=2: wall time of all pages without cache, per page, best of ``--repeat``
  (the machine is shared: the best run is the least disturbed); cpu/page (jobs=1 only) adds the
  Tesseract subprocesses' CPU time to ours, which other jobs on the machine inflate less.
- s/page cached: a second run over a cache filled by the first.
- numeric / text cells: the truth's cells (``<name>.truth.json``, written by the PDF generator)
  compared exactly with the OCR grid of the same page; a page whose grid has another number of
  rows than the truth counts all its cells as wrong.

    /work/venv/bin/python benchmarks/bench_ocr.py [--repeat 2] [--only bieu01_ruled]

Targets: <= 3 s/page (jobs=1 and jobs=2), < 0.1 s/page from cache, >= 98% numeric cells exact.

With ``--variants 0-499`` it reads the scanned copies of layout variants (``corpus/variants.py``,
cached like ``benchmarks/score_variants.py`` does) instead, and measures what OCR alone is
responsible for, apart from header understanding: how many numeric cells of each table, as the
same extractor reads it from the variant's text layer, come out of the scan with the same text in
the same table and column ("grid fidelity"), per scan feature (200/300 dpi, red/grey seal,
signature, skew, upside-down page) and per ruling. Two worker processes read one variant each
(``--jobs``), so the total wall time over the total pages is the throughput of two cores in
seconds per page; per variant, the wall and the CPU time (ours and Tesseract's) per page are
measured too. Held-out seeds (500-999) need ``--heldout``, and their misses are never printed::

    nice benchmarks/bench_ocr.py --variants 0-499 --every 5 [--misses]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.make_scans import scan_pdf  # noqa: E402
from extractor.grid import Grid  # noqa: E402
from extractor.ocr import OcrPage, ocr_pdf_pages, tesseract_available  # noqa: E402
from extractor.ocr_page import looks_numeric  # noqa: E402
from extractor.stitch import stitch_grids  # noqa: E402

PDF_DIR = ROOT / "corpus" / "pdf"
NAMES = ("bieu01_ruled", "bieu02_wrapped", "bieu01_unruled")


def _cpu() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def score(pages: list[OcrPage], truth: dict[str, Any]) -> tuple[int, int, int, int]:
    """(numeric exact, numeric total, text exact, text total) of the truth's cells, page by page."""
    num_ok = num_n = txt_ok = txt_n = 0
    by_page = {p.number: p for p in pages}
    for table in truth["tables"]:
        header = [list(r) for r in table["header"]]
        for number in sorted({r["page"] for r in table["body"]}):
            body = [r["cells"] for r in table["body"] if r["page"] == number]
            page = by_page.get(number)
            got = [[c.text for c in row] for row in page.grids[0].rows] if page and page.grids else []
            want = header + body if len(got) == len(header) + len(body) else body
            got = got[len(got) - len(want) :] if len(got) >= len(want) else []
            for i, want_row in enumerate(want):
                got_row = got[i] if i < len(got) else []
                for j, w in enumerate(want_row):
                    g = got_row[j] if j < len(got_row) else None
                    if looks_numeric(w):
                        num_n += 1
                        num_ok += g == w
                    else:
                        txt_n += 1
                        txt_ok += g == w
    return num_ok, num_n, txt_ok, txt_n


def _timed(path: Path, pages: list[int], *, jobs: int, cache: Path | None) -> tuple[float, float, list[OcrPage]]:
    wall, cpu = time.perf_counter(), _cpu()
    result = ocr_pdf_pages(path, pages, cache_dir=cache, jobs=jobs)
    return time.perf_counter() - wall, _cpu() - cpu, result


def bench(name: str, path: Path, repeat: int, workdir: Path) -> dict[str, Any]:
    truth = json.loads((PDF_DIR / f"{name}.truth.json").read_text(encoding="utf-8"))
    pages = list(range(1, int(truth["pages"]) + 1))
    row: dict[str, Any] = {"name": name, "pages": len(pages)}
    result: list[OcrPage] = []
    for jobs in (1, 2):
        runs = [_timed(path, pages, jobs=jobs, cache=None) for _ in range(repeat)]
        wall, cpu, result = min(runs, key=lambda r: r[0])
        row[f"wall{jobs}"] = wall / len(pages)
        # With a pool the Tesseract processes are the fork server's grandchildren: not ours to count.
        row[f"cpu{jobs}"] = cpu / len(pages) if jobs == 1 else float("nan")
    cache = workdir / f"cache-{name}"
    shutil.rmtree(cache, ignore_errors=True)
    _timed(path, pages, jobs=1, cache=cache)
    wall, _, cached = _timed(path, pages, jobs=1, cache=cache)
    assert all(p.from_cache for p in cached)
    row["cached"] = wall / len(pages)
    row["num_ok"], row["num_n"], row["txt_ok"], row["txt_n"] = score(result, truth)
    row["repairs"] = sum(1 for p in result for n in p.notes if "đọc lại" in n)
    row["unread"] = sum(1 for p in result for n in p.notes if "không đọc được" in n or "chưa chắc" in n)
    return row


# ------------------------------------------------------------------------------- layout variants


def _numeric_cells(grids: list[Grid]) -> Counter[tuple[int, int, str]]:
    """(table, column, text) of every numeric-looking body cell (merged cells counted once)."""
    out: Counter[tuple[int, int, str]] = Counter()
    for t, grid in enumerate(grids):
        for row in grid.rows[max(0, grid.header_rows) :]:
            seen: set[str] = set()
            for c, cell in enumerate(row):
                text = cell.text.strip()
                if looks_numeric(text) and not (c and row[c - 1].text == cell.text and text in seen):
                    out[(t, c, text)] += 1
                    seen.add(text)
    return out


def bench_variant(seed: int, cache: Path, heldout: bool) -> dict[str, Any]:
    """One variant's scan OCR'd in this process, its grids compared with its text layer's."""
    from benchmarks.variant_score import cached_variant, generator_stamp
    from extractor.pdf_tables import read_pdf

    folder, truth = cached_variant(seed, cache / generator_stamp(), scan=True)
    name = f"v{seed:04d}"
    text_grids = list(read_pdf(folder / f"{name}.pdf").grids)
    scan = folder / f"{name}_scan.pdf"
    pages = list(range(1, int(truth["pages"]) + 1))
    wall, cpu, result = _timed(scan, pages, jobs=1, cache=None)
    scan_grids = stitch_grids([g for p in result for g in p.grids])
    want, got = _numeric_cells(text_grids), _numeric_cells(scan_grids)
    features = [f for f in truth["features"] if f in ("ruled", "unruled", "horizontal_rules")]
    row: dict[str, Any] = {
        "seed": seed, "pages": len(pages), "wall": wall, "cpu": cpu, "want": sum(want.values()),
        "got": sum(got.values()), "same": sum((want & got).values()), "features": features + truth["scan_features"],
        "tables": (len(text_grids), len(scan_grids)),
    }
    if not heldout:
        row["missed"] = sorted(want - got)[:6]
        row["spurious"] = sorted(got - want)[:6]
    return row


def bench_variants(seeds: list[int], cache: Path, *, heldout: bool, misses: bool, jobs: int) -> int:
    from concurrent.futures import ProcessPoolExecutor, as_completed

    rows = []
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(bench_variant, seed, cache, heldout) for seed in seeds]
        for k, future in enumerate(as_completed(futures)):
            rows.append(future.result())
            if (k + 1) % 10 == 0:
                print(f"  {k + 1}/{len(seeds)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    total = time.perf_counter() - started
    rows.sort(key=lambda r: r["seed"])
    by_feature: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for r in rows:
        for f in ["all", *r["features"]]:
            acc = by_feature[f]
            acc[0] += 1
            acc[1] += r["want"]
            acc[2] += r["same"]
            acc[3] += r["got"]
    spp = sorted(r["wall"] / r["pages"] for r in rows)
    cpp = sorted(r["cpu"] / r["pages"] for r in rows)
    pages = sum(r["pages"] for r in rows)
    print(f"{len(rows)} scanned variants, {pages} pages, {jobs} workers; {os.cpu_count()} cores, load average "
          f"{load_before:.1f} before and {os.getloadavg()[0]:.1f} after (other work on the machine slows this)")
    print(f"throughput: {total / max(pages, 1):.2f} s/page ({total:.0f} s wall for {pages} pages on {jobs} workers)")
    print(f"one page at a time: wall median {statistics.median(spp):.2f} s/page (max {spp[-1]:.2f}); CPU (ours and "
          f"Tesseract's) median {statistics.median(cpp):.2f} s/page")
    print(f"{'feature':24} {'vars':>5} {'numeric cells as in the text layer':>36} {'precision':>10}")
    for f, (n, want, same, got) in sorted(by_feature.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        print(f"{f:24} {n:>5} {same:>7}/{want:<7} {100 * same / max(want, 1):6.1f} % {100 * same / max(got, 1):9.1f} %")
    if misses and not heldout:
        for r in rows:
            if r["same"] < r["want"] or r["same"] < r["got"]:
                print(f"--- v{r['seed']:04d} tables text/scan {r['tables']} {r['features']}")
                for m in r["missed"]:
                    print(f"   missed   {m}")
                for m in r["spurious"]:
                    print(f"   spurious {m}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--only", choices=NAMES, action="append")
    parser.add_argument("--variants", help="seed range of layout variants to read from their scans, e.g. 0-499")
    parser.add_argument("--every", type=int, default=1, help="take every K-th seed of --variants")
    parser.add_argument("--cache", type=Path, default=ROOT / ".variants-cache")
    parser.add_argument("--misses", action="store_true", help="print what each variant's scan missed")
    parser.add_argument("--heldout", action="store_true", help="allow the held-out seeds 500-999")
    parser.add_argument("--jobs", type=int, default=2, help="variants read at once (--variants)")
    args = parser.parse_args()
    ok, reason = tesseract_available()
    if not ok:
        print(f"skipped: {reason}")
        return 0
    if args.variants:
        from benchmarks.variant_score import HeldOutError, check_range
        from corpus.variants import parse_seeds

        seeds = parse_seeds(args.variants)[:: max(1, args.every)]
        try:
            check_range(seeds, args.heldout)
        except HeldOutError as exc:
            print(f"bench_ocr: {exc}", file=sys.stderr)
            return 2
        return bench_variants(seeds, args.cache, heldout=args.heldout, misses=args.misses, jobs=args.jobs)
    names = args.only or list(NAMES)
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-ocr-") as tmp:
        workdir = Path(tmp)
        for name in names:
            committed = PDF_DIR / f"{name}_scanned.pdf"
            source = PDF_DIR / f"{name}.pdf"
            if committed.is_file():
                path = committed
            elif source.is_file():
                path = scan_pdf(source, workdir / f"{name}_scanned.pdf")
            else:
                print(f"{name}: no PDF (run corpus/generate_pdfs.py)")
                continue
            rows.append(bench(name, path, args.repeat, workdir))
    print(f"{os.cpu_count()} cores; 300 dpi; wall s/page best of {args.repeat}; cpu includes Tesseract subprocesses")
    print(f"{'scan':16} {'pages':>5} {'j=1 s/pg':>9} {'cpu':>6} {'j=2 s/pg':>9} {'cpu':>6} {'cached':>8} "
          f"{'numeric exact':>16} {'text exact':>14} {'ink fixes':>9} {'unsure':>6}")
    for r in rows:
        print(
            f"{r['name'] + '_scanned':16} {r['pages']:>5} {r['wall1']:>9.2f} {r['cpu1']:>6.2f} {r['wall2']:>9.2f} "
            f"{'-':>6} {r['cached']:>8.4f} "
            f"{r['num_ok']:>4}/{r['num_n']:<4} {100 * r['num_ok'] / max(r['num_n'], 1):5.1f}% "
            f"{r['txt_ok']:>4}/{r['txt_n']:<4}{100 * r['txt_ok'] / max(r['txt_n'], 1):4.0f}% {r['repairs']:>9} {r['unread']:>6}"
        )
    print("targets: <= 3 s/page, < 0.1 s/page cached, >= 98% numeric cells exact (ruled scans)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
