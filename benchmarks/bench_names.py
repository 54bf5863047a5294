"""Speed of indicator-name matching: ``similarity_matrix`` on 2,000 x 2,000 names, ``match_indicator``.

Names are the seeds' table rows plus deterministic OCR-like perturbations (diacritics lost or
swapped, confusable letters, a word dropped or repeated, targets changed, markup and numbering
added), so key lengths and vocabulary are those of real reports. Target: the matrix in < 2 s.

    /work/venv/bin/python benchmarks/bench_names.py
"""

from __future__ import annotations

import random
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from normalizers import names  # noqa: E402

# Letter confusions seen in the OCR'd seed 001 ("Đoanh"/"Doanh", "dân"/"đàn", "bộ"/"hộ", "Tấn"/"Tâm").
_CONFUSIONS = {
    "đ": "d",
    "Đ": "D",
    "d": "đ",
    "h": "b",
    "b": "h",
    "ư": "u",
    "ơ": "o",
    "â": "a",
    "ă": "a",
    "ê": "e",
    "ô": "o",
    "c": "e",
    "e": "c",
    "n": "u",
    "u": "n",
    "l": "I",
    "i": "l",
    "m": "rn",
    "g": "q",
}
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def seed_names() -> list[str]:
    out: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) > 2 and (cells[1] or cells[2]):
                name = cells[1] or cells[2]
                if 8 <= len(name) <= 300:
                    out.append(name)
    return list(dict.fromkeys(out))


def perturb(name: str, rng: random.Random) -> str:
    chars = list(unicodedata.normalize("NFD", name))
    for i, ch in enumerate(chars):
        r = rng.random()
        if ch in _TONES and r < 0.08:
            chars[i] = rng.choice(_TONES)  # wrong tone mark
        elif r < 0.03:
            chars[i] = _CONFUSIONS.get(ch, ch)
    text = unicodedata.normalize("NFC", "".join(chars))
    words = text.split()
    if len(words) > 4 and rng.random() < 0.3:
        del words[rng.randrange(len(words))]
    if len(words) > 3 and rng.random() < 0.1:
        k = rng.randrange(len(words))
        words.insert(k, words[k])
    words = [
        str(rng.randrange(10, 100)) + "%" if w.endswith("%") and rng.random() < 0.3 else w for w in words
    ]
    text = " ".join(words)
    r = rng.random()
    if r < 0.2:
        text = f"<b>{text}</b>"
    elif r < 0.35:
        text = f"{rng.randrange(1, 20)}. {text}"
    elif r < 0.45:
        text = f"Trong đó: {text}"
    return text


def build(n: int, rng: random.Random, base: list[str]) -> list[str]:
    return [perturb(rng.choice(base), rng) if i >= len(base) else base[i] for i in range(n)]


def main() -> None:
    base = seed_names()
    rng = random.Random(20241205)
    queries = build(2000, rng, base)
    choices = build(2000, rng, list(reversed(base)))
    print(
        f"{len(base)} distinct seed names; {len(queries)} x {len(choices)} names, mean length "
        f"{sum(map(len, queries)) / len(queries):.0f} characters"
    )

    t0 = time.perf_counter()
    keys_q = [names.indicator_key(q) for q in queries]
    keys_c = [names.indicator_key(c) for c in choices]
    t_keys = time.perf_counter() - t0
    names.indicator_key.cache_clear()
    names._features.cache_clear()

    t0 = time.perf_counter()
    m = names.similarity_matrix(queries, choices)
    t_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    m2 = names.similarity_matrix(queries, choices)
    t_warm = time.perf_counter() - t0
    assert (m == m2).all()
    print(f"indicator_key: {len(keys_q) + len(keys_c)} names in {t_keys * 1000:.0f} ms")
    print(
        f"similarity_matrix 2000 x 2000: {t_cold:.2f} s cold (keys computed), {t_warm:.2f} s warm "
        f"(target < 2 s); {int((m >= names.MATCH_CUTOFF).sum())} pairs at or above MATCH_CUTOFF"
    )

    # Spot check: the matrix and the pairwise function agree.
    sample = [(rng.randrange(2000), rng.randrange(2000)) for _ in range(200)]
    worst = max(abs(m[i, j] - names.similarity(queries[i], choices[j])) for i, j in sample)
    print(f"max |matrix - similarity| over 200 sampled pairs: {worst:.2e}")

    few = choices[:200]
    t0 = time.perf_counter()
    found = sum(names.match_indicator(q, few) is not None for q in queries[:500])
    dt = time.perf_counter() - t0
    print(
        f"match_indicator: 500 queries x 200 choices in {dt:.2f} s ({500 / dt:.0f} queries/s), {found} matched"
    )
    t0 = time.perf_counter()
    for q in queries[:300]:
        names.similarity(q, choices[0])
    dt = time.perf_counter() - t0
    print(f"similarity (pairwise): {300 / dt:.0f} calls/s")


if __name__ == "__main__":
    main()
