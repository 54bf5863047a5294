"""Tone marks of OCR'd Vietnamese words checked against Tesseract's own Vietnamese word list.

At scan resolution the hook of the hỏi tone (ẩ, ể, ổ) is a blob of two or three pixels, and the
``vie`` model often reads it as the sắc tone's acute (ấ, ế, ố): "chuẩn" -> "chuấn", "triển" ->
"triến", "tuổi" -> "tuối". Those misreadings are no Vietnamese syllable at all. Tesseract's ``vie``
data carries the syllables of the language (its ``lstm-word-dawg``, about 7,000 of them), which
``dawg2wordlist`` (part of the ``tesseract-ocr`` package) lists; so a word that is not a syllable
and becomes one when its sắc, hỏi or ngã mark is swapped for another of the three is corrected
(the most frequent confusion first: sắc -> hỏi -> ngã).

A word that is itself a syllable is never changed, even where the context says otherwise
("thiếu" for "thiểu", "tố" for "tổ"): only a language model could tell, and none is used here.
Nothing is downloaded: the list is read once per process from the installed ``vie.traineddata``;
without the tools or the data no word is changed.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from extractor.ocr_tesseract import tessdata_dir

__all__ = ["fix_tones", "fix_word", "vie_syllables"]

# Combining tone marks (NFD): sắc, hỏi, ngã. Huyền and nặng are read reliably (a grave has the
# other slant, a dot sits below) and are left alone.
_SAC, _HOI, _NGA = "\u0301", "\u0309", "\u0303"
_TONES = {"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"}
# For a tone as read, the tones it is most often a misreading of, most likely first.
_INSTEAD = {_SAC: (_HOI, _NGA), _HOI: (_SAC, _NGA), _NGA: (_HOI, _SAC)}
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def vie_syllables() -> frozenset[str]:
    """The lower-case words of Tesseract's ``vie`` dictionary (NFC); empty when they cannot be read."""
    where = tessdata_dir()
    folder = Path(where) if where is not None else None
    combine, lister = shutil.which("combine_tessdata"), shutil.which("dawg2wordlist")
    data = folder / "vie.traineddata" if folder is not None else None
    if data is None or not data.is_file() or combine is None or lister is None:
        return frozenset()
    with tempfile.TemporaryDirectory(prefix="doisoat-vie-") as tmp:
        prefix = str(Path(tmp) / "vie.")
        try:
            subprocess.run([combine, "-u", str(data), prefix], capture_output=True, timeout=60, check=False)
            out = Path(tmp) / "words.txt"
            subprocess.run(
                [lister, prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(out)],
                capture_output=True, timeout=60, check=False,
            )
            text = out.read_text(encoding="utf-8")
        except (OSError, subprocess.SubprocessError, UnicodeDecodeError):
            return frozenset()
    return frozenset(unicodedata.normalize("NFC", w.strip()).lower() for w in text.splitlines() if w.strip())


def fix_word(word: str, syllables: frozenset[str]) -> str:
    """``word`` with its tone mark swapped when only the swap makes it a Vietnamese syllable.

    >>> fix_word("chuấn", frozenset({"chuẩn"}))
    'chuẩn'
    >>> fix_word("Triến", frozenset({"triển", "triền"}))
    'Triển'
    >>> fix_word("thiếu", frozenset({"thiếu", "thiểu"}))
    'thiếu'
    """
    if not syllables or word.lower() in syllables:
        return word
    decomposed = unicodedata.normalize("NFD", word)
    marks = [i for i, ch in enumerate(decomposed) if ch in _TONES]
    if len(marks) != 1 or decomposed[marks[0]] not in _INSTEAD:
        return word
    i = marks[0]
    for tone in _INSTEAD[decomposed[i]]:
        candidate = unicodedata.normalize("NFC", decomposed[:i] + tone + decomposed[i + 1 :])
        if candidate.lower() in syllables:
            return candidate
    return word


def fix_tones(text: str, syllables: frozenset[str] | None = None) -> str:
    """Every word of ``text`` through ``fix_word`` (digits, punctuation and spacing untouched).

    ``syllables``: the word list (default: ``vie_syllables()``).
    """
    words = vie_syllables() if syllables is None else syllables
    if not words or not any(unicodedata.normalize("NFD", ch)[-1:] in (_SAC, _HOI, _NGA) for ch in text):
        return text
    return _WORD_RE.sub(lambda m: fix_word(m.group(0), words), text)
