"""Throughput of ``normalizers.numbers.parse_value`` on a realistic mix of the seed reports' strings.

The mix is every table cell of the seeds (tab-separated lines, at most 60 characters) plus the
figures of their running text (a number with what is printed around it: hedge or comparator word,
percent sign, fraction, unit), in corpus order, repeated until at least 1,000,000 parses. One core,
one process. Prints strings/s against the target (>= 200,000/s), the first pass with empty caches,
and a cold case (every figure a vi-grouped one never seen, so each pays Babel's strict parser) so
the cost of Babel is visible.

    python benchmarks/bench_numbers.py [--min-parses N]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizers import labels, numbers  # noqa: E402
from normalizers.numbers import parse_value  # noqa: E402

TARGET = 200_000
_PROSE_FIGURE_RE = re.compile(
    r"(?:(?:trên|khoảng|gần|hơn|dưới|tối thiểu|ít nhất|ước đạt|đạt) )?"
    r"\d[\d.,]*(?:/\d[\d.,]*)?(?:-\d[\d.,]*)?\s?(?:%|‰|ha|tấn|triệu đồng|tỷ đồng|người|hộ|con|m<sup>\d</sup>)?"
    r"(?:<sup>\d+</sup>)?"
)


def seed_strings(corpus: Path) -> list[str]:
    """Table cells and prose figures of every seed text, in order."""
    out: list[str] = []
    for path in sorted(corpus.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "\t" in line:
                out.extend(cell.strip() for cell in line.split("\t") if len(cell.strip()) <= 60)
            else:
                out.extend(m.group(0).strip() for m in _PROSE_FIGURE_RE.finditer(line))
    return out


def run(strings: list[str], min_parses: int) -> tuple[int, float]:
    repeats = -(-min_parses // len(strings))
    start = time.perf_counter()
    for _ in range(repeats):
        for s in strings:
            parse_value(s)
    return repeats * len(strings), time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--min-parses", type=int, default=1_000_000)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()

    strings = seed_strings(args.corpus)
    kinds = Counter(parse_value(s).kind for s in strings)
    print(f"mix: {len(strings)} seed strings ({len(set(strings))} distinct): "
          + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))

    # First pass with every cache empty: what one report costs the first time it is read.
    numbers._babel_read.cache_clear()
    labels._canonical_label.cache_clear()
    first_n, first_s = run(strings, 1)
    print(f"first pass, caches cold: {first_n:,} parses = {first_n / first_s:,.0f} strings/s")

    n, seconds = run(strings, args.min_parses)
    rate = n / seconds
    verdict = "OK" if rate >= TARGET else "BELOW TARGET"
    print(f"parse_value: {n:,} parses in {seconds:.2f} s = {rate:,.0f} strings/s "
          f"(target >= {TARGET:,}/s: {verdict})")

    # Cold Babel: unseen vi-grouped figures ("1.234.567,8"), cache cleared, so every one pays Babel.
    cold = [f"{i // 1000}.{i % 1000:03d}.{(i * 7) % 1000:03d},{i % 10}" for i in range(1000, 201000)]
    numbers._babel_read.cache_clear()
    start = time.perf_counter()
    for s in cold:
        parse_value(s)
    cold_rate = len(cold) / (time.perf_counter() - start)
    print(f"cold vi-grouped figures (Babel strict parse each): {cold_rate:,.0f} strings/s")
    return 0 if rate >= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
