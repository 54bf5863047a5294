"""What a ``doisoat`` process costs before and around its first document: the start-up, measured.

Three commands, each run as a fresh ``python -m reconcile`` process (the code of this checkout) several
times, and the median taken:

- ``--help``: the interpreter, the command line's imports and click, nothing read;
- ``extract`` of a small text report (``corpus/002_*.txt``, 22 kB, tables and prose): adds the
  gazetteer (the report's district is resolved) and spaCy (its running text is read);
- ``extract`` of a text-layer PDF (``corpus/pdf/bieu01_ruled.pdf``, one table, no OCR): adds the PDF
  readers.

Each run's time is its CPU seconds (user + system, from the children's rusage) and its wall seconds.
On a machine shared with other jobs CPU seconds measure the work; wall seconds say what a user waits.
``--no-cache`` so every run reads its file; ``--jobs 1`` so no worker processes are started.

    nice .venv/bin/python benchmarks/bench_startup.py            # 5 runs each
    nice .venv/bin/python benchmarks/bench_startup.py --runs 9
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXT = next(iter(sorted((ROOT / "corpus").glob("002_*.txt"))), None)
PDF = ROOT / "corpus" / "pdf" / "bieu01_ruled.pdf"


def commands() -> dict[str, list[str]]:
    """Name -> arguments after ``python -m reconcile``."""
    out = {"--help": ["--help"]}
    read = ["--format", "json", "--no-ocr", "--no-cache", "--jobs", "1"]
    if TEXT is not None:
        out[f"extract {TEXT.relative_to(ROOT)}"] = ["extract", str(TEXT), *read]
    if PDF.exists():
        out[f"extract {PDF.relative_to(ROOT)}"] = ["extract", str(PDF), *read]
    return out


def run_once(args: list[str]) -> tuple[float, float]:
    """CPU and wall seconds of one ``python -m reconcile ARGS`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "reconcile", *args], cwd=ROOT, capture_output=True,
                          check=False)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr.decode()[-400:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=5, help="runs of each command (default 5); the median is printed")
    args = ap.parse_args(argv)
    print(f"{'command':<44} {'CPU s':>7} {'wall s':>7}   (median of {args.runs}, {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})")
    for name, cmd in commands().items():
        # One run first, not counted: it warms the file system cache and writes the .pyc files.
        run_once(cmd)
        times = [run_once(cmd) for _ in range(max(1, args.runs))]
        cpu = statistics.median(t[0] for t in times)
        wall = statistics.median(t[1] for t in times)
        print(f"{name:<44} {cpu:>7.2f} {wall:>7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
