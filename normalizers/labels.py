"""Qualitative evaluation words printed in value cells ("Đạt", "Vượt", "Chưa đạt", "HTTNV" ...)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from normalizers.text import fold, strip_markup

# Folded spelling -> canonical spelling. Folding absorbs the commonest OCR damage (lost or wrong tone
# marks: "Chưa dạt", "Vuợt", "dat"), so a plain dict lookup covers most variants.
_CANONICAL: dict[str, str] = {
    "dat": "Đạt",
    "vuot": "Vượt",
    "chua dat": "Chưa đạt",
    "khong dat": "Không đạt",
    "httnv": "HTTNV",
    "hoan thanh tot nhiem vu": "HTTNV",
    "htxsnv": "HTXSNV",
    "hoan thanh xuat sac nhiem vu": "HTXSNV",
    "hoan thanh": "Hoàn thành",
    "chua hoan thanh": "Chưa hoàn thành",
    "co": "Có",
    "khong": "Không",
    "chua trien khai": "Chưa triển khai",
}

# Only long labels get an edit-distance fallback: one wrong letter in "chua dat" is still unmistakable,
# one wrong letter in "co" is another word.
_FUZZY_KEYS = tuple(k for k in _CANONICAL if len(k) >= 8)

_EDGE_RE = re.compile(r"^[\s\-–—•*:;,.!]+|[\s\-–—•*:;,.!]+$")
_SPACES_RE = re.compile(r"\s+")

ALL_LABELS: frozenset[str] = frozenset(_CANONICAL.values())


def label_key(text: str) -> str:
    """The folded, trimmed form labels are looked up by: ``' Chưa  dạt. '`` -> ``'chua dat'``."""
    cleaned = strip_markup(text) if "<" in text or "&" in text or "*" in text else text
    cleaned = _EDGE_RE.sub("", cleaned)
    return _SPACES_RE.sub(" ", fold(cleaned))


# Tone marks only (grave, acute, tilde, hook, dot below): OCR drops or swaps them freely, but the
# vowel letters (ơ, ư, ô, â, ê, ă) tell short words apart: "Có" yes, "Cơ" no; "Đạt" yes, "Đặt" no.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SHORT = 5


def _tone_free(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower()).translate(_TONE_MARKS)
    return unicodedata.normalize("NFC", decomposed).replace("đ", "d")


def _same_short_word(text: str, canonical: str) -> bool:
    word = _SPACES_RE.sub(" ", _EDGE_RE.sub("", strip_markup(text)))
    return word.isascii() or _tone_free(word) == _tone_free(canonical)


@lru_cache(maxsize=8192)
def _canonical_label(text: str) -> str | None:
    key = label_key(text)
    if not key:
        return None
    found = _CANONICAL.get(key)
    if found is not None:
        if len(key) <= _SHORT and not found.isupper() and not _same_short_word(text, found):
            return None
        return found
    squeezed = key.replace(" ", "")
    if squeezed in ("httnv", "htxsnv"):  # OCR splits acronyms: "HTT NV"
        return _CANONICAL[squeezed]
    if len(key) >= 7 and not any(ch.isdigit() for ch in key):
        for candidate in _FUZZY_KEYS:
            if Levenshtein.distance(key, candidate, score_cutoff=1) <= 1:
                return _CANONICAL[candidate]
    return None


def canonical_label(text: str) -> str | None:
    """Canonical spelling of an evaluation word, or None when ``text`` is not one.

    ``'Chưa dạt'`` -> ``'Chưa đạt'``; ``'đạt'`` -> ``'Đạt'``; ``'<b>Vượt</b>'`` -> ``'Vượt'``;
    ``'Chưa triển khai'`` -> ``'Chưa triển khai'``; ``'41.100'`` -> None.
    """
    if not isinstance(text, str) or len(text) > 80:
        return None
    return _canonical_label(text)
