"""Throughput of ``extractor.prose.lines_to_prose_rows`` on the seeds' running text.

Prints, for each seed with running text, the time of a cold call (the spaCy pipeline built in this
process first) and of warm calls, lines/s and rows, against the target: all of seed 001 (150 KB)
in < 2 s. One core, one process.

    python benchmarks/bench_prose.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.model import Provenance, TextLine  # noqa: E402

TARGET_SECONDS = 2.0
SEEDS = ("001_cafb4d1805646ef3.txt", "003_58059cd68c956849.txt", "004_7b8a2838134414c2.txt")


def seed_lines(path: Path) -> list[TextLine]:
    """Non-table lines (no tab), numbered from 1, as the text renderer hands them over."""
    return [
        TextLine(text, Provenance(line=n))
        for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1)
        if text.strip() and "\t" not in text
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="warm runs per seed (default 5)")
    args = parser.parse_args()

    started = time.perf_counter()
    from extractor.prose import lines_to_prose_rows
    from extractor.prose_patterns import patterns

    patterns()
    print(f"import + pipeline build: {time.perf_counter() - started:.3f} s")
    ok = True
    for name in SEEDS:
        path = ROOT / "corpus" / name
        lines = seed_lines(path)
        size = sum(len(line.text.encode("utf-8")) for line in lines)
        t0 = time.perf_counter()
        rows = lines_to_prose_rows(lines, document=name, style="vi")
        first = time.perf_counter() - t0
        warm = []
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            lines_to_prose_rows(lines, document=name, style="vi")
            warm.append(time.perf_counter() - t0)
        best = min(warm)
        print(
            f"{name}: {len(lines)} lines, {size / 1024:.0f} KB of prose, {len(rows)} rows; "
            f"first call {first:.3f} s, warm best {best:.3f} s ({len(lines) / best:,.0f} lines/s, "
            f"{size / 1024 / best:,.0f} KB/s)"
        )
        if name.startswith("001"):
            verdict = "OK" if first < TARGET_SECONDS else "TOO SLOW"
            ok = ok and first < TARGET_SECONDS
            print(f"  target: whole seed 001 in < {TARGET_SECONDS:.0f} s (first call) -> {first:.3f} s {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
