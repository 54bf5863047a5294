"""A name's opening word put back where OCR read a few letters of junk before it or for its start.

A table of indicators opens row after row with the same word ("Tỷ lệ hồ sơ …", "Tỷ lệ dịch vụ
công …"), and on a scan a name's first letters are where OCR goes wrong most: the margin's speck
or the row number's edge is read as letters before the word ("SP Tỷ lệ hồ sơ, kết quả giải quyết
TTHC được số hóa", dev scan v24000), a letter is doubled ("TTỷ lệ hồ sơ TTHC xử lý trực tuyến",
v23080), or the first syllable is read as another with a stray mark after it ("ý, lệ cấp kết quả
giải quyết TTHC điện tử", v23580; "kệ: lệ dịch vụ công trực tuyến …", v23700). None of these
opens with a dictionary word, so the word-list repairs, which change a syllable's marks only,
cannot read them; and the name no longer matches the same indicator anywhere else.

The table's own opening word is the evidence: a two-syllable dictionary word that opens, in
sentence case, at least ``_OPENING_NAMES`` of its names and more than any other word does. A name
is read with it when its first token is at most ``_JUNK_MAX`` letters and, either, no Vietnamese
syllable followed by the table's word in full (the junk is dropped), or no syllable (or a syllable
with a punctuation mark after it) followed by the word's second syllable, the two making no word
(the junk is read as the word's first syllable). A name that opens with a dictionary word, a
section's Roman numeral, or anything longer, is left as read.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from extractor.ocr_lexicon import phrases, syllable_key, vie_syllables, vie_words
from normalizers.text import fold

__all__ = ["junk_at_opening"]

# How many of a table's names must open with a word for it to be the table's opening word: two
# names alike may be chance, three are the table's habit (v23080: 6 of 7 names open "Tỷ lệ").
_OPENING_NAMES = 3
# The most letters read as junk at a name's opening: a speck, a doubled letter, a syllable's
# remains; a longer token is a word or an acronym the office printed.
_JUNK_MAX = 3
# What may stand between the junk and the word: a space, or a stray mark read with it.
_GAP_RE = re.compile(r"^[,.:;]?\s+$")
_ROMAN_RE = re.compile(r"^[IVX]+$")
# Tesseract's ``vie`` list holds abbreviations too ("sp", "tt", "kh"): a syllable has a vowel.
_VOWEL_RE = re.compile(r"[aeiouy]")


def _opening_word(tokens: Sequence[str], words: frozenset[tuple[str, ...]]) -> tuple[str, str] | None:
    """The two-syllable dictionary word (as ``syllable_key``s) that ``tokens`` open with in
    sentence case, else None."""
    if len(tokens) < 3 or not tokens[0].isalpha() or not tokens[0][0].isupper():
        return None
    if not tokens[1].isspace() or not tokens[2].isalpha():
        return None
    pair = (syllable_key(tokens[0]), syllable_key(tokens[2]))
    return pair if pair in words else None


def _table_word(cut: Sequence[Sequence[str]], words: frozenset[tuple[str, ...]]) -> tuple[tuple[str, str], str] | None:
    """(the table's opening word, its first syllable as the names print it), or None when no
    word opens ``_OPENING_NAMES`` names and more than any other."""
    opened = Counter(w for tokens in cut if (w := _opening_word(tokens, words)) is not None)
    ranked = opened.most_common(2)
    if not ranked or ranked[0][1] < _OPENING_NAMES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    word = ranked[0][0]
    printed = Counter(tokens[0] for tokens in cut if _opening_word(tokens, words) == word).most_common(1)[0][0]
    return word, printed


def junk_at_opening(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one table's ``names`` with junk OCR read at its opening put back as the table's
    opening word, with the (read, taken) pairs changed.

    >>> names = ["Tỷ lệ hồ sơ TTHC", "Tỷ lệ dịch vụ công", "TTỷ lệ hồ sơ TTHC xử lý", "Tỷ lệ giao dịch", "SP Tỷ lệ hồ sơ"]
    >>> [n for n, _ in junk_at_opening(names)][2:]
    ['Tỷ lệ hồ sơ TTHC xử lý', 'Tỷ lệ giao dịch', 'Tỷ lệ hồ sơ']
    >>> junk_at_opening(["Tỷ lệ hồ sơ", "Tỷ lệ giao dịch", "Tổng lệ phí"])[2]
    ('Tổng lệ phí', [])
    """
    words, known = vie_words()
    out: list[tuple[str, list[tuple[str, str]]]] = [(n, []) for n in names]
    if not words:
        return out
    listed = vie_syllables()
    cut = [phrases(n)[0] for n in names]
    found = _table_word(cut, words)
    if found is None:
        return out
    (first, second), printed = found
    for at, tokens in enumerate(cut):
        if len(tokens) < 4 or not tokens[0].isalpha() or len(tokens[0]) > _JUNK_MAX or _ROMAN_RE.match(tokens[0]):
            continue
        if not _GAP_RE.match(tokens[1]) or not tokens[2].isalpha():
            continue
        if (syllable_key(tokens[0]), syllable_key(tokens[2])) in words:
            continue  # the name opens with a word of its own
        syllable = syllable_key(tokens[0]) in known or (unicodedata.normalize("NFC", tokens[0].lower()) in listed
                                                        and _VOWEL_RE.search(fold(tokens[0])) is not None)
        if (not syllable and tokens[1].isspace() and tokens[2][0].isupper() and len(tokens) >= 5
                and tokens[3].isspace() and (syllable_key(tokens[2]), syllable_key(tokens[4])) == (first, second)):
            out[at] = ("".join(tokens[2:]), [(f"{tokens[0]} {tokens[2]}", tokens[2])])
        elif syllable_key(tokens[2]) == second and (not syllable or not tokens[1].isspace()):
            out[at] = (printed + " " + "".join(tokens[2:]), [(tokens[0] + tokens[1].rstrip(), printed)])
    return out
