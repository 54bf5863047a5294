"""Roman numerals of sibling names put back from their sequence.

Sibling rows often differ only by a Roman numeral at the end ("Khu vực I", "Khu vực II", "Khu vực
III"). At scan resolution a numeral's strokes touch or vanish: dev scan v13820 read the three as
"Khu vực I", "Khu vực H" (two strokes joined by a speck) and "Khu vực II" (a stroke lost), so two
rows took their neighbours' names. A numeral is a count of strokes in a row: I, II, III, in order.
Where a run of two or three neighbouring names opens with one stroke, goes on with the same words,
and ends each in strokes only (I, l, |, or H for two), each reading no more strokes than its place
in the run, and one of them at least is no numeral as read, the run is read I, II, III. A speck
of dust or the scan's noise above a stroke reads as a mark on it: dev scan v16400 (200 dpi, skewed
1.6°) read "Khu vực I, II, III" as "Khu vực Ï", "Khu vực H", "Khu vực HI", so a stroke is counted
with whatever marks OCR put on it (no Vietnamese word is a lone "Ï"). Beyond
III the numerals take a V, which no stroke count gives; a run that holds anything else, or only
numerals ("Khu vực I" twice, in two sections), is left as read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

__all__ = ["numerals_in_sequence"]

# Glyphs OCR reads a numeral's strokes as, with how many strokes each shows.
_STROKES = {"I": 1, "l": 1, "|": 1, "H": 2}
_ROMAN = ("I", "II", "III")
_TAIL_RE = re.compile(r"^(?P<head>.*\S)\s+(?P<tail>\S{1,9})$")


def _strokes(word: str) -> str:
    """``word`` without the marks OCR put on its letters ("Ï" -> "I")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _split(name: str) -> tuple[str, int] | None:
    """(words before, strokes) when ``name`` ends in a word of strokes only, else None."""
    m = _TAIL_RE.match(name.strip())
    if m is None:
        return None
    tail = _strokes(m.group("tail"))
    if not 1 <= len(tail) <= 3 or any(ch not in _STROKES for ch in tail):
        return None
    return m.group("head"), sum(_STROKES[ch] for ch in tail)


def numerals_in_sequence(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one table's ``names``, with the last word of a run of sibling names read as the
    Roman numeral of its place (I, II, III), and the (read, taken) pairs changed.

    >>> [n for n, _ in numerals_in_sequence(["Số xã đạt chuẩn", "Khu vực I", "Khu vực H", "Khu vực II", "Doanh thu"])]
    ['Số xã đạt chuẩn', 'Khu vực I', 'Khu vực II', 'Khu vực III', 'Doanh thu']
    >>> numerals_in_sequence(["Khu vực I", "Khu vực II", "Khu vực III"])[2]
    ('Khu vực III', [])
    >>> numerals_in_sequence(["Khu vực I", "Khu vực III"])[1]
    ('Khu vực III', [])
    >>> numerals_in_sequence(["Khu vực I", "Khu vực I"])[1]
    ('Khu vực I', [])
    >>> [n for n, _ in numerals_in_sequence(["Khu vực Ï", "Khu vực H", "Khu vực HI"])]
    ['Khu vực I', 'Khu vực II', 'Khu vực III']
    """
    out: list[tuple[str, list[tuple[str, str]]]] = [(n, []) for n in names]
    parts = [_split(n) for n in names]
    k = 0
    while k < len(names):
        first = parts[k]
        if first is None or first[1] != 1:
            k += 1
            continue
        end = k + 1
        while (end < len(names) and end - k < len(_ROMAN) and (p := parts[end]) is not None
               and p[0] == first[0] and p[1] <= end - k + 1):
            end += 1
        tails = [names[at].strip().split()[-1] for at in range(k, end)]
        if end - k >= 2 and any(t not in _ROMAN for t in tails):
            for at in range(k, end):
                read = names[at].strip().split()[-1]
                meant = _ROMAN[at - k]
                if read != meant:
                    out[at] = (f"{parts[at][0]} {meant}", [(read, meant)])  # type: ignore[index]
        k = end
    return out
