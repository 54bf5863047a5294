"""Low-level string cleaning shared by the other normalizers: markup, Unicode form, diacritic folding."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_SUP_RE = re.compile(r"<sup>\s*([^<]*?)\s*</sup>", re.IGNORECASE)
_TAG_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
_MD_EMPH_RE = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_SPACE_RE = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_WHITESPACE_RUN_RE = re.compile(r"\s+")
# What any step of ``strip_markup`` would change: a tag (``<``), an entity (``&``), emphasis
# (``*``, ``_``), a blank other than one plain space.
_MARKUP_RE = re.compile(r"[<&*_\t\u00a0\u2007\u202f]| {2}")

# Vietnamese đ/Đ are letters of their own, not a d with a combining mark, so NFD does not fold them.
_FOLD_TABLE = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str) -> str:
    """Unicode NFC: OCR output and Word exports mix composed and decomposed Vietnamese."""
    return unicodedata.normalize("NFC", text)


def footnote_markers(text: str) -> list[str]:
    """Footnote numbers printed as ``<sup>n</sup>``: ``'524.655 triệu đồng<sup>9</sup>'`` -> ``['9']``."""
    return [m.group(1) for m in _SUP_RE.finditer(text) if m.group(1)]


_FORMAT_TAG_RE = re.compile(r"</?(?!sup\b)[a-zA-Z][^<>]*>")


def drop_format_tags(text: str) -> str:
    """Remove formatting tags (``<b>``, ``<p>``, ``<i>``) but keep ``<sup>`` footnote markers.

    ``'<b>48,10</b>'`` -> ``'48,10'``; ``'524.655 triệu đồng<sup>9</sup>'`` is kept whole, so the
    number parser can set the footnote aside.
    """
    return _SPACE_RE.sub(" ", _FORMAT_TAG_RE.sub(" ", text)).strip()


def strip_markup(text: str, *, keep_sup: bool = False) -> str:
    """Remove HTML tags and markdown emphasis, unescape entities, collapse blanks.

    ``<sup>`` content is dropped (footnote markers glued to values) unless ``keep_sup``, in which case
    it is kept inline (``m<sup>2</sup>`` -> ``m2``).
    """
    if _MARKUP_RE.search(text) is None:
        # No tag, entity, emphasis or run of blanks: only NFC and the ends left to do (most cell
        # texts of a table, asked about many times while its layout is read).
        return nfc(text).strip()
    return _strip_markup_steps(text, keep_sup=keep_sup)


def _strip_markup_steps(text: str, *, keep_sup: bool) -> str:
    """Every step of ``strip_markup``, whatever the text holds."""
    if keep_sup:
        text = _SUP_RE.sub(r"\1", text)
    else:
        text = _SUP_RE.sub(" ", text)
    text = _TAG_RE.sub(" ", text)
    text = html.unescape(text)
    text = _MD_EMPH_RE.sub(r"\2", text)
    text = _SPACE_RE.sub(" ", text)
    return nfc(text).strip()


# Every mark Vietnamese decomposes into (tones, circumflex, breve, horn) is in this block, and the whole
# block is category Mn: removing it by table is exact, and many times faster than asking each character.
_COMBINING_DIACRITICS = dict.fromkeys(range(0x0300, 0x0370))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, diacritics removed, đ -> d: ``'Tỷ lệ che phủ rừng'`` -> ``'ty le che phu rung'``."""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_TABLE)).translate(_COMBINING_DIACRITICS)
    if not decomposed.isascii():
        # Marks outside the block (Cyrillic, Hebrew, symbols' combining marks) are rare: ask each character.
        decomposed = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return decomposed.lower()


def fold_words(text: str) -> str:
    """``fold`` with every run of whitespace one space and the ends stripped, for matching words:
    ``fold_words(" Tỷ lệ\n che  phủ ")`` -> ``'ty le che phu'``."""
    return _WHITESPACE_RUN_RE.sub(" ", fold(text)).strip()


def open_brackets(text: str) -> int:
    """Round brackets ``text`` leaves open at its end (a stray ``)`` closes nothing):
    ``'công nhận (Sì Thầu Chải, Lao Chải'`` -> 1, ``'(a) b)'`` -> 0."""
    depth = 0
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
    return depth
