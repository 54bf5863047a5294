"""A scanned name's syllable read back the way the same document prints it elsewhere.

OCR misreads a syllable into another real syllable often enough ("chuyển đối số" for "chuyển đổi
số", "Đằng bộ" for "Đảng bộ"), and then no dictionary and no word list can tell: each reading is
Vietnamese, and "đối số" is even a word. The document itself can. A report prints its phrases
more than once (an indicator in two tables, "Ban Chấp hành Đảng bộ tỉnh" in every resolution's
name, "chuyển đổi số" in half its names), and OCR rarely misreads the same syllable the same way
every time. So a syllable the document prints between these two neighbours nowhere else, where
exactly one other reading of it (another tone, a vowel's hat changed, đ for d) stands between them
elsewhere at least ``_ELSEWHERE_MIN`` times, is read that way (``read_as_printed_elsewhere``).

Both neighbours must agree: one is no evidence. "được cứng hóa" and "được cung cấp", "rà soát hằng
năm" and "Hàng năm tổ chức" are all printed (truth names of dev seeds), and a rule on one
neighbour changed them. A phrase's first and last syllables are therefore left as read.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from extractor.ocr_lexicon import (
    in_case_of,
    other_readings,
    phrases,
    syllable_key,
    vie_syllables,
    vie_words,
    words_at,
)

__all__ = ["read_as_printed_elsewhere"]

# How often the document must print the one other reading between the same two neighbours. Once
# is a tie between two copies that disagree (which of them did OCR misread?), unless the word
# lists settle it (``_word_decides``).
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


def _word_decides(low: list[str], i: int, key: str, token: str) -> bool:
    """True when the lists settle which of two disagreeing copies OCR misread: the syllable as
    read (``token``, keyed ``low[i]``) is no Vietnamese syllable at all ("giâm" against "giảm"), or
    ``key`` put at place ``i`` of ``low`` makes a dictionary word there and the syllable as read
    makes none ("giải quyết" against "giai quyết")."""
    words, known = vie_words()
    if low[i] not in known and token.lower() not in vie_syllables():
        return True
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
    between: dict[tuple[str, str], Counter[str]] = {}
    for name in names:
        for (left, middle, right), n in _triples(name).items():
            between.setdefault((left, right), Counter())[middle] += n
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = phrases(name)
        changed: list[tuple[str, str]] = []
        for run in runs:
            low = [syllable_key(tokens[k]) for k in run]
            for i, k in enumerate(run[1:-1], start=1):
                there = between.get((low[i - 1], low[i + 1]), Counter())
                if there[low[i]] > 1 or len(there) < 2:
                    continue
                # Only marks and đ for d: a letter read for another ("đại" for "đạt") is left, for
                # one letter also tells real words apart between the same neighbours ("sản xuất
                # công nghiệp", "sản xuất nông nghiệp"; "năng xuất", a source's typo, "năng suất").
                marks = other_readings(tokens[k])
                taken = {key: marks[key] for key, n in there.items()
                         if key in marks and (n >= _ELSEWHERE_MIN or _word_decides(low, i, key, tokens[k]))}
                if len(taken) != 1:
                    continue
                (key, other), = taken.items()
                other = in_case_of(other, tokens[k])
                changed.append((tokens[k], other))
                tokens[k], low[i] = other, key
        out.append(("".join(tokens), changed))
    return out
