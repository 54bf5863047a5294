"""How prose reading grows with a passage's figures: the README's known limit, measured.

The hostile PDF of ``tests/hostile.py`` (``text_pdf(pages=N, lines=2)``: two report-like lines a page,
"Trang 7: Tổng sản lượng lương thực 41.160/41.100 tấn đạt 100,1% kế hoạch", no full stop, so the
whole document is one paragraph and one sentence of 6 figures a page) is read at 50, 100, 200 and
400 pages, each by a fresh ``python -m reconcile extract FILE --format json --no-ocr --no-cache
--jobs 1`` process. The time is that process's CPU seconds (on a machine shared with other jobs,
CPU seconds measure the work; wall seconds are printed beside them). A one-page run measures the
interpreter's start and imports, which are taken off before the growth exponent is fitted: the
exponent is the slope of log(CPU − start) over log(pages), 1 for linear, 2 for quadratic.

    nice .venv/bin/python benchmarks/bench_prose_length.py
    nice .venv/bin/python benchmarks/bench_prose_length.py --pages 50 100     # some sizes only
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.hostile import text_pdf  # noqa: E402

PAGES = (50, 100, 200, 400)


def read_once(path: Path) -> tuple[float, float, int]:
    """CPU and wall seconds of one ``extract`` of ``path``, and the figures it read."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "reconcile", "extract", str(path), "--format", "json", "--no-ocr",
                           "--no-cache", "--jobs", "1"], cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"extract failed on {path.name}: {done.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    figures = sum(len(r.get("cells", [])) for r in json.loads(done.stdout)["rows"])
    return cpu, wall, figures


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ``ys`` over ``xs``."""
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=list(PAGES), help="sizes to read (default 50 100 200 400)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        def pdf(pages: int) -> Path:
            path = Path(tmp) / f"prose_{pages}.pdf"
            path.write_bytes(text_pdf(pages=pages, lines=2))
            return path

        start, _, _ = read_once(pdf(1))
        print(f"start-up (1 page): {start:.2f} s CPU")
        print(f"{'pages':>6} {'figures':>8} {'CPU s':>8} {'wall s':>8} {'CPU - start':>12}")
        xs, ys = [], []
        for pages in sorted(args.pages):
            cpu, wall, figures = read_once(pdf(pages))
            print(f"{pages:>6} {figures:>8} {cpu:>8.2f} {wall:>8.2f} {cpu - start:>12.2f}", flush=True)
            if cpu - start > 0:
                xs.append(math.log(pages))
                ys.append(math.log(cpu - start))
    if len(xs) >= 2:
        print(f"growth exponent (CPU - start over pages, {os.cpu_count()} cores): {slope(xs, ys):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
