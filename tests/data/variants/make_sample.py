"""Rewrite the committed variant sample: ``python tests/data/variants/make_sample.py``.

Review the diff before committing: the sample changes only when the generator does.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from corpus.variants import render, scan, variant, write_seed  # noqa: E402

SEEDS = (4, 6, 10, 11, 23)
SCANNED = (4,)

if __name__ == "__main__":
    for seed in SEEDS:
        write_seed(seed, HERE)
    for seed in SCANNED:
        v = variant(seed)
        truth = render(v, HERE, f"v{seed:04d}")
        scan(v, truth, HERE, f"v{seed:04d}")
    for path in sorted(HERE.glob("v*")):
        print(f"{path.name}  {path.stat().st_size // 1024} KB")
