"""Builds golden/extraction/truth_000.json from seed 000's printed text, independently of doisoat.

The column meanings below were read off the report's headers by hand; the values are the
printed strings, markup removed. Row 19 of the rendering lost its leading tab: its truth is
what the report means (values under their headers), as the printed PDF shows it.
Run: python golden/build_truth_000.py   (rewrites the JSON; review the diff before committing)
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_6a5e51584c6108a1.txt"
OUT = ROOT / "golden" / "extraction" / "truth_000.json"

BIEU01 = {3: ("target", "2020-2025"), 4: ("plan", "2024"), 5: ("estimate", "2024"), 6: ("plan", "2025"),
          7: ("estimate", "2021-2024"), 8: ("estimate", "2021-2025"), 9: ("ratio", "2024"),
          10: ("ratio", "2021-2024"), 11: ("ratio", "2021-2025")}
BIEU02 = {3: ("target", None), 4: ("actual", "2024"), 5: ("ratio", "2024"), 6: ("evaluation", "2024")}
# Which files print which of seed 000's tables, by extraction path.
INPUTS = [
    {"file": SEED.name, "path": "text rendering", "tables": ["bieu01", "bieu02"]},
    {"file": "pdf/bieu01_ruled.pdf", "path": "PDF, ruled", "tables": ["bieu01"]},
    {"file": "pdf/bieu01_unruled.pdf", "path": "PDF, unruled", "tables": ["bieu01"]},
    {"file": "pdf/bieu02_wrapped.pdf", "path": "PDF, wrapped cells", "tables": ["bieu02"]},
    {"file": "pdf/bieu01_ruled_scanned.pdf", "path": "scanned PDF (OCR)", "tables": ["bieu01"]},
]
VALUE = re.compile(r"^(?:[<>]\s*)?[\d.,]+(?:\s*-\s*[\d.,]+)?%?$|^(?:Đạt|đạt|Vượt|Chưa đạt|Chưa triển khai)$")


def clean(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip()


def main() -> None:
    rows = []
    table = None
    for number, line in enumerate(SEED.read_text(encoding="utf-8").split("\n"), start=1):
        cells = line.split("\t")
        if line.startswith("STT\t"):
            table = "bieu01"
            continue
        if line.startswith("TT\t"):
            table = "bieu02"
            continue
        if table is None or len(cells) < 5 or not any(clean(c) for c in cells[3:]):
            continue
        if clean(cells[0]) and not re.fullmatch(r"[A-Z]|[IVX]+|\d+", clean(cells[0])):
            cells = ["", *cells]  # the row that lost its leading tab
        mapping = BIEU01 if table == "bieu01" else BIEU02
        indicator = re.sub(r"^Trong đó\s*:\s*", "", clean(cells[1]))
        values = [
            {"role": role, "period": period, "raw": clean(cells[i])}
            for i, (role, period) in mapping.items()
            if i < len(cells) and VALUE.match(clean(cells[i]))
        ]
        if values:
            rows.append({"table": table, "line": number, "indicator": indicator, "unit": clean(cells[2]), "cells": values})
    OUT.write_text(
        json.dumps({"inputs": INPUTS, "rows": rows}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{len(rows)} rows, {sum(len(r['cells']) for r in rows)} values -> {OUT}")


if __name__ == "__main__":
    main()
