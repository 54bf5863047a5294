"""A scanned name's syllable read back the way the same document prints it elsewhere.

OCR misreads a syllable into another real syllable often enough ("chuyên đối số" for the
report's "chuyên đổi số", "Bản Thắm" for "Bản Thẳm"), and then no dictionary and no word list can
tell: each reading is Vietnamese. The document itself can. A report prints its phrases more than
once (an indicator in two tables, a place in a heading and in a row, "chuyển đổi số" in half its
names), and OCR rarely misreads the same syllable the same way every time. So a syllable that the
document prints beside these neighbours nowhere else, where exactly one other reading of it (a
tone or a vowel's hat changed, đ for d) stands beside one of them at least ``_ELSEWHERE_MIN``
times in the document's other names, is read that way (``read_as_printed_elsewhere``).

Only the document's OCR'd table names are counted and changed: a text layer is read as printed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extractor.ocr_lexicon import other_readings, phrases, syllable_key, vie_words, words_at

__all__ = ["read_as_printed_elsewhere"]

# How often the document must print the one other reading between the same two neighbours. Once
# is a tie when the two copies disagree (which of them did OCR misread?), unless the dictionary
# settles it (``_word_decides``).
_ELSEWHERE_MIN = 2

Triple = tuple[str, str, str]


def _triples(name: str) -> Counter[Triple]:
    """Each syllable (``syllable_key``) of each phrase of ``name`` with both its neighbours, counted."""
    tokens, runs = phrases(name)
    out: Counter[Triple] = Counter()
    for run in runs:
        low = [syllable_key(tokens[k]) for k in run]
        out.update(zip(low, low[1:], low[2:], strict=False))
    return out


def _word_decides(low: list[str], i: int, key: str) -> bool:
    """True when ``key`` put at place ``i`` of ``low`` makes a dictionary word there, and the
    syllable as read makes none: between two copies of a phrase that disagree, the one that is
    a word is the one printed ("giải quyết" against "giai quyết")."""
    words, _ = vie_words()
    return not words_at(low, i, words) and words_at([*low[:i], key, *low[i + 1:]], i, words)


def read_as_printed_elsewhere(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with the syllables the document prints otherwise
    between the same two neighbours read that way, and the (read, taken) pairs.

    A syllable is read again only when the document prints it between these neighbours nowhere
    else, and exactly one other reading stands between them elsewhere at least ``_ELSEWHERE_MIN``
    times.

    >>> names = ["Tỷ lệ thanh toán trực tuyến trong giai quyết TTHC",
    ...          "Tỷ lệ dữ liệu được số hóa trong giải quyết TTHC"]
    >>> read_as_printed_elsewhere(names)[0]
    ('Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC', [('giai', 'giải')])
    >>> read_as_printed_elsewhere(names[:1])[0][1]
    []
    """
    total: Counter[Triple] = sum((_triples(n) for n in names), Counter())
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = phrases(name)
        changed: list[tuple[str, str]] = []
        for run in runs:
            low = [syllable_key(tokens[k]) for k in run]
            for i, k in enumerate(run[1:-1], start=1):
                left, right = low[i - 1], low[i + 1]
                if total[(left, low[i], right)] > 1:
                    continue
                taken = {key: other for key, other in other_readings(tokens[k]).items()
                         if total[(left, key, right)] >= _ELSEWHERE_MIN
                         or (total[(left, key, right)] and _word_decides(low, i, key))}
                if len(taken) != 1:
                    continue
                (key, other), = taken.items()
                other = other.upper() if tokens[k].isupper() and len(tokens[k]) > 1 else other
                changed.append((tokens[k], other))
                tokens[k], low[i] = other, key
        out.append(("".join(tokens), changed))
    return out
