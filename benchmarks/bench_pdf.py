"""PDF table reading: exact cells and seconds per page, ours against camelot and pdfplumber.

On the three generated PDFs of corpus/pdf/ (BIỂU 01 ruled, BIỂU 01 unruled, BIỂU 02 ruled with
wrapped cells), for ``extractor.pdf_tables.read_pdf`` (as it reads: page content from PDFium; and
with ``pdfium=False``, every page through pdfplumber/pdfminer as before issue 9's speed work),
camelot lattice, camelot stream and pdfplumber ``extract_tables()`` with default settings:

- exact cells: the share of the truth's non-empty body cells that a tool returns exactly, in a row
  of the right width printed on the same page (each truth row is compared with the tool's
  best-matching row there; line breaks inside a cell count as spaces). Header rows are left out
  because the tools place merged header text differently; ours are checked cell by cell
  (``whole``: every row of every table, header included, stitched across pages, equals the truth).
- cell texts: the same, blind to column positions (the truth row's non-empty cells found in order
  in the tool's row: a tool that adds or drops a column still scores its texts).
- s/page: CPU time (and wall time) of reading the whole file, per page, the best of ``--repeat``
  runs: on a machine shared with other jobs the best run is the one least disturbed by them.

Then the peak memory of ``read_pdf`` on a 100-page ruled PDF (BIỂU 01's body repeated), in a
fresh subprocess: the child's peak resident set size (VmHWM) (and that of the imports alone), and in
another child the tracemalloc peak (tracing inflates RSS, so the two are measured apart).

    /work/venv/bin/python benchmarks/bench_pdf.py [--repeat 3] [--skip-camelot] [--pages 100]

Targets: 100% exact cells on all three layouts, <= 0.1 s/page median, >= 2x faster than camelot lattice.

Layout variants (``--variants 0-499``, the development range, by default; ``--every K`` takes every
K-th seed; the held-out seeds 500-999 only with ``--heldout``; ``--variants none`` skips them): the
text-layer PDFs of ``corpus/variants.py`` read by every tool in the same run, each scored on

- row cells found: the share of the truth's figure cells whose printed text a tool returns in a
  row of the same page that also holds the row's printed indicator name (position-blind, so a
  tool that knows nothing of headers still scores; the same rule for every tool);
- s/page: CPU seconds per page, median over the variants.

Ours is also scored by ``benchmarks/variant_score.py`` (the generator's scorer): numeric cells
exact with the right indicator, column role and period; names; sections, units, parents;
extraction_doubt on broken and clean variants; diff precision/recall on edit pairs. With
``--metamorphic`` each clean variant is also printed under a second clean layout
(``corpus.variants.relayout``) and the share of variants whose table cells read the same is given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.generate_pdfs import repeated_table_pdf  # noqa: E402
from extractor.pdf_tables import read_pdf  # noqa: E402

PDF_DIR = ROOT / "corpus" / "pdf"
NAMES = ("bieu01_ruled", "bieu01_unruled", "bieu02_wrapped")

# Tables as (page, rows of cell strings); a tool's reader maps a path to these.
PageTables = list[tuple[int, list[list[str]]]]


def _clean(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text or "")).strip()


def ours(path: Path) -> PageTables:
    out: PageTables = []
    for grid in read_pdf(path).grids:
        for row in grid.rows[max(grid.header_rows, 0) :]:
            out.append((row[0].provenance.page or 0, [[c.text for c in row]]))
    return out


def ours_plumber(path: Path) -> PageTables:
    out: PageTables = []
    for grid in read_pdf(path, pdfium=False).grids:
        for row in grid.rows[max(grid.header_rows, 0) :]:
            out.append((row[0].provenance.page or 0, [[c.text for c in row]]))
    return out


def camelot_reader(flavor: str) -> Callable[[Path], PageTables]:
    def read(path: Path) -> PageTables:
        import camelot

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables = camelot.read_pdf(str(path), pages="all", flavor=flavor, suppress_stdout=True)
        return [(int(t.page), [[_clean(c) for c in row] for row in t.df.values.tolist()]) for t in tables]

    return read


def plumber_default(path: Path) -> PageTables:
    import pdfplumber

    out: PageTables = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                out.append((page.page_number, [[_clean(c) for c in row] for row in table]))
            page.close()
    return out


TOOLS: dict[str, Callable[[Path], PageTables]] = {
    "ours (read_pdf)": ours,
    "ours, pdfplumber": ours_plumber,
    "camelot lattice": camelot_reader("lattice"),
    "camelot stream": camelot_reader("stream"),
    "pdfplumber default": plumber_default,
}


def exact_cells(truth: dict[str, Any], tables: PageTables) -> float:
    rows_by_page: dict[int, list[list[str]]] = {}
    for page, rows in tables:
        rows_by_page.setdefault(page, []).extend(rows)
    hit = total = 0
    for table in truth["tables"]:
        for row in table["body"]:
            want = row["cells"]
            cells = [i for i, t in enumerate(want) if t]
            total += len(cells)
            candidates = [r for r in rows_by_page.get(row["page"], []) if len(r) == len(want)]
            hit += max((sum(r[i] == want[i] for i in cells) for r in candidates), default=0)
    return 100.0 * hit / total if total else 100.0


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def cell_texts(truth: dict[str, Any], tables: PageTables) -> float:
    """Like ``exact_cells`` but blind to column positions: non-empty cells in order, any row width."""
    rows_by_page: dict[int, list[list[str]]] = {}
    for page, rows in tables:
        rows_by_page.setdefault(page, []).extend([t for t in r if t] for r in rows)
    hit = total = 0
    for table in truth["tables"]:
        for row in table["body"]:
            want = [t for t in row["cells"] if t]
            total += len(want)
            hit += max((_lcs(want, r) for r in rows_by_page.get(row["page"], [])), default=0)
    return 100.0 * hit / total if total else 100.0


def whole_match(name: str, truth: dict[str, Any]) -> bool:
    grids = read_pdf(PDF_DIR / f"{name}.pdf").grids
    want = [t["header"] + [r["cells"] for r in t["body"]] for t in truth["tables"]]
    got = [[[c.text for c in row] for row in g.rows] for g in grids]
    return got == want


def _cpu() -> float:
    """CPU seconds of this process and its finished children (camelot may run ghostscript)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn: Callable[[Path], PageTables], path: Path, repeat: int) -> tuple[float, float, PageTables]:
    """Fastest wall time and fastest CPU time of ``repeat`` runs (the least disturbed by other load)."""
    walls, cpus, result = [], [], []
    for _ in range(repeat):
        cpu, start = _cpu(), time.perf_counter()
        result = fn(path)
        walls.append(time.perf_counter() - start)
        cpus.append(_cpu() - cpu)
    return min(walls), min(cpus), result


# Peak RSS from /proc (VmHWM, in kB): ru_maxrss of a child also counts the parent's pages it was
# forked with, which here (camelot and OpenCV loaded) would be most of the figure.
_HWM = "int(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')))"

_CHILD = """
import sys, time, tracemalloc
sys.path.insert(0, {root!r})
from extractor.pdf_tables import read_pdf
if {trace!r}:
    tracemalloc.start()
start, cpu = time.perf_counter(), time.process_time()
content = read_pdf({path!r})
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
peak = tracemalloc.get_traced_memory()[1] if {trace!r} else 0
rows = sum(len(g.rows) for g in content.grids)
print(len(content.pages), len(content.grids), rows, peak, elapsed, cpu, {hwm})
"""


def _child(path: Path, *, trace: bool) -> list[str]:
    code = _CHILD.format(root=str(ROOT), path=str(path), trace=trace, hwm=_HWM)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()


def memory(pages: int) -> str:
    """Peak memory of one ``read_pdf`` on a long PDF, each figure from a fresh interpreter."""
    with tempfile.TemporaryDirectory() as tmp:
        path = repeated_table_pdf(Path(tmp) / f"long{pages}.pdf", pages)
        n_pages, n_grids, n_rows, _, elapsed, cpu, maxrss = _child(path, trace=False)
        peak = _child(path, trace=True)[3]
        baseline = subprocess.run(
            [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
             f"import extractor.pdf_tables; print({_HWM})"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        return (
            f"{n_pages}-page ruled PDF ({path.stat().st_size // 1024} KB): {n_grids} grid(s), {n_rows} rows; "
            f"{float(cpu):.2f} s CPU ({float(cpu) / int(n_pages):.3f} s/page), {float(elapsed):.2f} s wall; max RSS {int(maxrss) / 1024:.0f} MiB "
            f"(after imports alone {int(baseline) / 1024:.0f} MiB); tracemalloc peak {int(peak) / 2**20:.1f} MiB"
        )


def _row_cells_found(truth: dict[str, Any], tables: PageTables) -> tuple[int, int]:
    """Figure cells of the truth whose text a tool returns beside the row's printed name (same page)."""
    rows_by_page: dict[int, list[list[str]]] = {}
    for page, rows in tables:
        rows_by_page.setdefault(page, []).extend(rows)
    hit = total = 0
    for table in truth["tables"]:
        for row in table["rows"]:
            want = [_clean(c["raw"]) for c in row["cells"] if c["kind"] in ("number", "range", "comparator", "fraction")]
            if not want:
                continue
            total += len(want)
            name = _clean(row.get("printed") or row["indicator"])
            best = 0
            # A row the truth places on no page (a row the drawing split over a page break) is
            # looked for on every page.
            candidates = (rows_by_page.get(int(row["page"]), []) if row.get("page") is not None
                          else [r for rows in rows_by_page.values() for r in rows])
            for got in candidates:
                texts = [_clean(t) for t in got]
                if not any(name and (name in t or t.endswith(name[-30:])) for t in texts if t):
                    continue
                pool = list(texts)
                found = 0
                for w in want:
                    if w in pool:
                        pool.remove(w)
                        found += 1
                best = max(best, found)
            hit += best
    return hit, total


def _table_reading(path: Path) -> Any:
    from collections import Counter

    from extractor.documents import file_to_document

    doc = file_to_document(path)
    return Counter(
        (r.indicator, r.unit, c.role, c.period, c.value.value, c.value.label)
        for r in doc.rows if r.table is not None for c in r.cells
    )


def variants_section(seeds: Sequence[int], tools: dict[str, Callable[[Path], PageTables]], *, heldout: bool,
                     metamorphic: bool, jobs: int) -> None:
    """Every tool on the variants' text-layer PDFs, then the generator's scorer on ours."""
    from benchmarks.variant_score import (
        DEFAULT_CACHE,
        cached_variant,
        check_range,
        format_report,
        run,
        summarise,
    )

    check_range(seeds, heldout)
    found: dict[str, list[int]] = {t: [0, 0] for t in tools}
    per_page: dict[str, list[float]] = {t: [] for t in tools}
    failures: dict[str, int] = dict.fromkeys(tools, 0)
    for seed in seeds:
        folder, truth = cached_variant(seed, DEFAULT_CACHE, scan=False)
        if truth["broken"]:
            continue
        pdf = folder / f"v{seed:04d}.pdf"
        for tool, fn in tools.items():
            cpu = _cpu()
            try:
                tables = fn(pdf)
            except Exception:
                failures[tool] += 1
                tables = []
            per_page[tool].append((_cpu() - cpu) / max(1, int(truth["pages"])))
            hit, total = _row_cells_found(truth, tables)
            found[tool][0] += hit
            found[tool][1] += total
    label = "held-out" if heldout else "development"
    print(f"\nlayout variants, {label} seeds {seeds[0]}-{seeds[-1]} ({len(seeds)} seeds, clean ones scored), text layer:")
    print(f"{'tool':<20}{'row cells found':>18}{'median s/page':>16}{'failures':>10}")
    for tool in tools:
        hit, total = found[tool]
        med = statistics.median(per_page[tool]) if per_page[tool] else 0.0
        print(f"{tool:<20}{100.0 * hit / max(1, total):>17.1f}%{med:>16.3f}{failures[tool]:>10}")
    print("\nours, scored by benchmarks/variant_score.py:")
    results = run(list(seeds), ["text"], cache=DEFAULT_CACHE, jobs=jobs, heldout=heldout)
    summary = summarise(results)
    print(format_report({k: v for k, v in summary.items() if k == "text" or k.startswith("text")}))
    if metamorphic:
        import tempfile

        from corpus.variants import relayout, render, variant

        same = total = 0
        with tempfile.TemporaryDirectory() as tmp:
            for seed in seeds:
                v = variant(seed)
                if any(t.broken for t in v.layout.tables):
                    continue
                w = relayout(v, seed + 2000)
                render(v, Path(tmp), "a")
                render(w, Path(tmp), "b")
                total += 1
                same += _table_reading(Path(tmp) / "a.pdf") == _table_reading(Path(tmp) / "b.pdf")
        print(f"metamorphic: {same} of {total} clean variants read the same table cells under a second layout"
              f" ({100.0 * same / max(1, total):.1f} %)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-camelot", action="store_true")
    parser.add_argument("--pages", type=int, default=100, help="pages of the memory test PDF (0: skip)")
    parser.add_argument("--variants", default="0-499", help="variant seeds to measure ('none' to skip)")
    parser.add_argument("--every", type=int, default=1, help="take every K-th variant seed")
    parser.add_argument("--heldout", action="store_true", help="allow the held-out seeds 500-999")
    parser.add_argument("--metamorphic", action="store_true", help="also read each variant under a second layout")
    parser.add_argument("--variants-only", action="store_true", help="skip the corpus/pdf tables and memory")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes for the variant scorer")
    args = parser.parse_args(argv)

    tools = {k: v for k, v in TOOLS.items() if not (args.skip_camelot and k.startswith("camelot"))}
    if args.variants != "none":
        from benchmarks.variant_score import HeldOutError
        from corpus.variants import parse_seeds

        seeds = parse_seeds(args.variants)[:: max(1, args.every)]
        try:
            variants_section(seeds, tools, heldout=args.heldout, metamorphic=args.metamorphic, jobs=args.jobs)
        except HeldOutError as exc:
            print(f"bench_pdf: {exc}", file=sys.stderr)
            return 2
        if args.variants_only:
            return 0
    truths = {
        name: json.loads((PDF_DIR / f"{name}.truth.json").read_text(encoding="utf-8")) for name in NAMES
    }
    print(
        f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; s/page: CPU (wall), best of {args.repeat}"
    )
    print(f"{'tool':<20}" + "".join(f"{n:>30}" for n in NAMES) + f"{'median s/page':>22}")
    print(f"{'':<20}" + "".join(f"{'exact cells  s/page':>30}" for _ in NAMES))
    cpu_per_page: dict[str, list[float]] = {}
    wall_per_page: dict[str, list[float]] = {}
    loose: list[str] = []
    for tool, fn in tools.items():
        line = f"{tool:<20}"
        loose_line = f"{tool:<20}"
        for name in NAMES:
            wall, cpu, tables = timed(fn, PDF_DIR / f"{name}.pdf", args.repeat)
            pages = truths[name]["pages"]
            cpu_per_page.setdefault(tool, []).append(cpu / pages)
            wall_per_page.setdefault(tool, []).append(wall / pages)
            line += f"{exact_cells(truths[name], tables):>12.1f}% {cpu / pages:>6.3f} ({wall / pages:.3f})"
            loose_line += f"{cell_texts(truths[name], tables):>29.1f}%"
        cpu_med, wall_med = statistics.median(cpu_per_page[tool]), statistics.median(wall_per_page[tool])
        print(line + f"{cpu_med:>14.3f} ({wall_med:.3f})")
        loose.append(loose_line)
    print("\ncell texts found in order, ignoring column positions and row widths:")
    print("\n".join(loose))
    print()
    for name in NAMES:
        print(f"ours, {name}: whole grid (header, stitching) equals truth: {whole_match(name, truths[name])}")
    if "camelot lattice" in cpu_per_page:
        ours_cpu = statistics.median(cpu_per_page["ours (read_pdf)"])
        ours_wall = statistics.median(wall_per_page["ours (read_pdf)"])
        cpu_x = statistics.median(cpu_per_page["camelot lattice"]) / ours_cpu
        wall_x = statistics.median(wall_per_page["camelot lattice"]) / ours_wall
        print(f"ours vs camelot lattice: {cpu_x:.1f}x less CPU, {wall_x:.1f}x faster wall (median s/page)")
    if args.pages:
        print(memory(args.pages))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
