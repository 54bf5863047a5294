"""Syllable counts of real Vietnamese report prose, for the OCR reader's choice between two
readings of a syllable that are both syllables ("chi"/"chỉ", "Tổng"/"Tống").

Counted from the prose corpus's development passages (``dev/*.txt``, planted copies left out, the
held-out third never read): public pages of district portals and newspapers, not the table seeds
the layout variants are made from. For every syllable: how often it was printed, and how often it
stood free (part of no dictionary word with its neighbours, ``extractor.ocr_lexicon.vie_words``);
for every two neighbouring syllables of one phrase (no punctuation or figure between them): how
often they were printed together. Written to ``extractor/data/vi_syllable_counts.tsv``, which the
package ships; rerun after adding dev passages:

    python corpus/prose/syllable_counts.py
"""

from __future__ import annotations

import itertools
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
OUT = ROOT / "extractor" / "data" / "vi_syllable_counts.tsv"


def dev_passages(folder: Path = HERE / "dev", waiting: frozenset[int] | None = None) -> list[str]:
    """The development passages' texts (NFC), planted copies left out, and so are the passages of a
    wave waiting for its first contact (``FIRST_CONTACT_WAVES``): counts written while one sits in
    ``dev/`` would carry its words into the OCR reader before any reader has met it."""
    from reconcile.prosegolden import FIRST_CONTACT_WAVES, district_waves

    waves = district_waves(ROOT)
    left_out = FIRST_CONTACT_WAVES if waiting is None else waiting
    return [
        unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        for path in sorted(folder.glob("*.txt"))
        if "_planted_" not in path.name and waves.get(path.name.split("_")[0]) not in left_out
    ]


def count(texts: Iterable[str]) -> tuple[Counter[str], Counter[str], Counter[tuple[str, str]]]:
    """(printed, free, pairs) counts of ``texts``' syllables, keyed by ``ocr_lexicon._key``."""
    from extractor.ocr_lexicon import phrase_syllables, vie_words, words_at

    words, _ = vie_words()
    printed: Counter[str] = Counter()
    free: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for run in phrase_syllables(text):
            printed.update(run)
            pairs.update(itertools.pairwise(run))
            free.update(s for i, s in enumerate(run) if not words_at(run, i, words))
    return printed, free, pairs


def render(printed: Counter[str], free: Counter[str], pairs: Counter[tuple[str, str]]) -> str:
    lines = [
        "# Syllable counts of corpus/prose/dev (passages, not planted copies); written by corpus/prose/syllable_counts.py",
        "# s<TAB>syllable<TAB>printed<TAB>free    p<TAB>syllable syllable<TAB>printed together",
    ]
    lines += [f"s\t{s}\t{n}\t{free[s]}" for s, n in sorted(printed.items())]
    lines += [f"p\t{a} {b}\t{n}" for (a, b), n in sorted(pairs.items())]
    return "\n".join(lines) + "\n"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    OUT.write_text(render(*count(dev_passages())), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
