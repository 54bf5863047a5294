"""Word-list corrections of an OCR'd cell held to what Tesseract's LSTM saw in the ink.

``extractor.ocr_lexicon`` reads a syllable with another tone, hat or đ/d when the word lists say
so ("tố chức" -> "tổ chức", "chuấn" -> "chuẩn"). Those lists do not know every spelling a report
prints: a source's own "âm thực" became "ẩm thực", the ethnic name "Dáy" became "Dãy", "đàn ong"
(bee colonies) became "đàn ông", "phòng cháy" became "phòng chạy". Tesseract's LSTM weighs a few
characters for each symbol it reads (``OcrWord.alternatives``). On development scans 13140, 13260,
13460 and 13620 every correction whose new letter the LSTM had weighed for that symbol was right
or harmless ("đấu tư" -> "đầu tư", "đế án" -> "đề án", "triến" -> "triển"), and every one whose
new letter it never weighed changed what was printed (the cases above, "nghỉ dưỡng" -> "dương",
"quả tươi" -> "qua"): the ink left no room for it. So a correction is kept only when each letter it
changes was among the LSTM's choices for that symbol, or is a tone the model misreads one way
without a doubt (a hook or grave read as an acute, a speck as an acute or a hook: "đối mới" ->
"đổi mới", "chỉ ngân sách" -> "chi" with no other reading among the choices),
and only of a read that may be a spelling (a syllable, or a capitalised word inside the text: a
name); a read that is no syllable ("chuãn") keeps its correction. Without choices (the ``tesseract`` command,
or a word whose symbols do not line up with its text) every correction is kept, as before.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from extractor.ocr_lexicon import CONFUSED_TONES, TONE_MARKS, vie_syllables
from extractor.ocr_tesseract import OcrWord

_LETTERS_RE = re.compile(r"[^\W\d_]+")


def choices_by_syllable(words: Iterable[OcrWord]) -> dict[str, tuple[str, ...]]:
    """Per syllable as read (small letters, NFC), the characters the LSTM weighed for each of its
    letters; a syllable read twice in the cell has the union of both readings' choices.

    >>> w = OcrWord(0, (1, 1, 1), (0, 0, 9, 9), 96.0, "âm,", ("âảã", "m", ",."))
    >>> choices_by_syllable([w])
    {'âm': ('âảã', 'm')}
    """
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        if not word.alternatives or len(word.alternatives) != len(word.text):
            continue
        for m in _LETTERS_RE.finditer(word.text):
            key = unicodedata.normalize("NFC", m.group(0).lower())
            if len(key) != m.end() - m.start():
                continue
            seen = word.alternatives[m.start() : m.end()]
            old = out.get(key)
            out[key] = seen if old is None else tuple("".join(sorted(set(a + b))) for a, b in zip(old, seen, strict=True))
    return out


def near_by_syllable(words: Iterable[OcrWord]) -> dict[str, tuple[str, ...]]:
    """Per syllable as read (small letters, NFC) where the LSTM found some other letter nearly as
    likely (``OcrWord.near``), the letters it found so for each of its letters, the chosen one
    first; a syllable read twice in the cell has both readings' letters. What a grid keeps of the
    choices (``extractor.grid.Grid.choices``) for the name rules that run once the whole document
    is read (``extractor.ocr_document_names.read_by_choices``).

    >>> w = OcrWord(0, (1, 1, 1), (0, 0, 9, 9), 79.0, "Thắm)", (), ("tn", "h", "ắẳ", "m", ")"))
    >>> near_by_syllable([w, OcrWord(0, (1, 1, 1), (0, 0, 9, 9), 96.0, "các", (), ("c", "á", "c"))])
    {'thắm': ('tn', 'h', 'ắẳ', 'm')}
    """
    out: dict[str, tuple[str, ...]] = {}
    for word in words:
        if len(word.near) != len(word.text):
            continue
        for m in _LETTERS_RE.finditer(word.text):
            key = unicodedata.normalize("NFC", m.group(0).lower())
            seen = tuple("".join(c for c in near if c.isalpha()) for near in word.near[m.start() : m.end()])
            if len(key) != len(seen) or all(len(s) <= 1 for s in seen):
                continue
            old = out.get(key, seen)
            out[key] = tuple(a + "".join(c for c in b if c not in a) for a, b in zip(old, seen, strict=True))
    return out


def blind_spot(old: str, new: str) -> bool:
    """True when letter ``new`` is ``old`` with a tone mark the ``vie`` model misreads one way
    without a doubt (``extractor.ocr_lexicon.CONFUSED_TONES``): a hỏi hook or a huyền grave read as an
    acute, a speck read as an acute or a hook. Its choices are no evidence then: "đối mới" for
    "đổi mới" on dev scan 13080 and "chỉ ngân sách" for "chi" on 13180 had no other reading among
    them."""
    (old_base, old_tone), (new_base, new_tone) = _split_tone(old), _split_tone(new)
    return old_base == new_base and new_tone in CONFUSED_TONES.get(old_tone, ())


def _split_tone(letter: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", letter)
    tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    return "".join(ch for ch in decomposed if ch not in TONE_MARKS), tones


def _weighed(read: str, corrected: str, choices: tuple[str, ...]) -> bool:
    """True when every letter ``corrected`` changes in ``read`` was among its symbol's choices
    (or a tone the model misreads without a doubt, ``blind_spot``)."""
    return all(
        new in seen or new == old or blind_spot(old, new)
        for old, new, seen in zip(read.lower(), corrected.lower(), choices, strict=True)
    )


def _spelling(token: str, *, first: bool) -> bool:
    """True when ``token`` as read may be a spelling the ink supports: a Vietnamese syllable, or a
    capitalised word inside the text (a name: "Dáy", which the syllable list does not hold).
    Anything else ("chuãn", "kiên cõ") is no spelling at all and its correction stands."""
    return token.lower() in vie_syllables() or (not first and token[:1].isupper())


def held_to_ink(read: str, corrected: str, choices: dict[str, tuple[str, ...]], *, opens: bool = True) -> str:
    """``corrected`` (``read`` after the word-list corrections) with each corrected syllable put
    back as read when it may be a spelling (``_spelling``) and the LSTM never weighed a letter the
    correction gave it. ``opens``: ``read`` starts its text (its first word is no name inside it).

    >>> held_to_ink("chữ viết, âm thực", "chữ viết, ẩm thực", {"âm": ("âảã", "m")})
    'chữ viết, âm thực'
    >>> held_to_ink("lý rừng tố chức", "lý rừng tổ chức", {"tố": ("t", "ốổồ")})
    'lý rừng tổ chức'
    >>> held_to_ink("Dáy", "Dãy", {})
    'Dãy'
    >>> held_to_ink("Dân tộc Dao, Dáy", "Dân tộc Dao, Dãy", {"dáy": ("d", "áà", "y")})
    'Dân tộc Dao, Dáy'
    >>> held_to_ink("tiêu chuãn", "tiêu chuẩn", {"chuãn": ("c", "h", "u", "ãâ", "n")})
    'tiêu chuẩn'
    >>> held_to_ink("hoạt động đối mới", "hoạt động đổi mới", {"đối": ("đ", "ố", "i")})
    'hoạt động đổi mới'
    """
    if read == corrected or not choices:
        return corrected
    before, after = _LETTERS_RE.findall(read), _LETTERS_RE.findall(corrected)
    if len(before) != len(after) or _LETTERS_RE.sub("", read) != _LETTERS_RE.sub("", corrected):
        return corrected
    pieces = _LETTERS_RE.split(corrected)
    out = [pieces[0]]
    for k, (was, now) in enumerate(zip(before, after, strict=True)):
        seen = choices.get(unicodedata.normalize("NFC", was.lower()))
        keep_read = (
            was != now and seen is not None and len(was) == len(now) == len(seen) and not _weighed(was, now, seen)
            and _spelling(was, first=opens and k == 0)
        )
        out += [was if keep_read else now, pieces[k + 1]]
    return "".join(out)
