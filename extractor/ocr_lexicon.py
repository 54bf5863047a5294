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

import dataclasses
import functools
import importlib.resources
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = [
    "case_by_shape", "fix_phrase", "fix_tones", "fix_word", "in_case_of", "join_orphans", "join_stranded", "join_unmarked_neighbour", "marks_read_apart", "opening_in_table", "other_readings",
    "phrase_syllables", "phrases", "read_non_syllables", "read_unprinted", "same_shape", "syllable_counts", "syllable_key", "vie_syllables", "vie_words", "words_at",
]

# Combining tone marks (NFD): sắc, hỏi, ngã. Huyền and nặng are read reliably (a grave has the
# other slant, a dot sits below) and are left alone.
_SAC, _HOI, _NGA = "\u0301", "\u0309", "\u0303"
TONE_MARKS = frozenset({"\u0301", "\u0300", "\u0309", "\u0303", "\u0323"})
# For a tone as read, the tones it is most often a misreading of, most likely first.
_INSTEAD = {_SAC: (_HOI, _NGA), _HOI: (_SAC, _NGA), _NGA: (_HOI, _SAC)}
_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1)
def vie_syllables() -> frozenset[str]:
    """The lower-case words of Tesseract's ``vie`` dictionary (NFC); empty when they cannot be read."""
    # Imported here, not with the module: ocr_tesseract loads OpenCV (~0.3 s of CPU), which a run
    # that reads no scan never needs, and the table path imports this module for its word rules.
    from extractor.ocr_tesseract import tessdata_dir

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
    doubled = _doubled_vowel_read(word, syllables)
    if doubled is not None:
        return doubled
    decomposed = unicodedata.normalize("NFD", word)
    marks = [i for i, ch in enumerate(decomposed) if ch in TONE_MARKS]
    if len(marks) != 1 or decomposed[marks[0]] not in _INSTEAD:
        return word
    i = marks[0]
    for tone in _INSTEAD[decomposed[i]]:
        candidate = unicodedata.normalize("NFC", decomposed[:i] + tone + decomposed[i + 1 :])
        if candidate.lower() in syllables:
            return candidate
    return _hat_read_as_tilde(decomposed, i, syllables) or word


# A circumflex with the hỏi hook over it (ẩ, ổ, ể) is a small stack of marks that the ``vie``
# model at times reads as one tilde over the bare vowel: "chuẩn" -> "chuãn", "phẩm" -> "phãm".
_HATTED = {"a", "o", "e", "A", "O", "E"}


def _hat_read_as_tilde(decomposed: str, i: int, syllables: frozenset[str]) -> str | None:
    """The syllable ``decomposed`` (NFD, a non-syllable with a tilde at ``i`` over a bare a, o or e)
    reads with a circumflex under a hỏi (then a ngã) mark; None when neither is a syllable.

    >>> _hat_read_as_tilde(unicodedata.normalize("NFD", "chuãn"), 4, frozenset({"chuẩn"}))
    'chuẩn'
    """
    if decomposed[i] != _NGA or i == 0 or decomposed[i - 1] not in _HATTED:
        return None
    for tone in (_HOI, _NGA):
        candidate = unicodedata.normalize("NFC", decomposed[:i] + "\u0302" + tone + decomposed[i + 1 :])
        if candidate.lower() in syllables:
            return candidate
    return None


# The horn of ư and ơ, read apart from its letter, comes out as a second vowel of the same base
# carrying the mark: "Ước" read "Uốóc", "UỐóC", "UÚÓC". Such a doubled vowel is no syllable.
_DOUBLED_RE = re.compile(r"([ou])\1")


@functools.lru_cache(maxsize=4)
def _by_skeleton(syllables: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Syllables with a horn (ư, ơ) by their letters without any mark."""
    out: dict[str, list[str]] = {}
    for syl in syllables:
        if any(ch in syl for ch in "ưừứửữựơờớởỡợ"):
            out.setdefault(_bare(syl), []).append(syl)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _bare(word: str) -> str:
    """Lower-case letters without any mark (đ stays đ)."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(ch))


def _doubled_vowel_read(word: str, syllables: frozenset[str]) -> str | None:
    """The syllable with a horn that ``word`` reads when its doubled o or u is one horned vowel and
    the tone it carries is kept; None unless exactly one syllable fits.

    >>> _doubled_vowel_read("Uốóc", frozenset({"ước", "ược", "uốc"}))
    'Ước'
    >>> _doubled_vowel_read("UÚÓC", frozenset({"ước", "ược"}))
    'ƯỚC'
    >>> _doubled_vowel_read("Uooc", frozenset({"ước", "ược"})) is None
    True
    """
    bare = _bare(word)
    if not _DOUBLED_RE.search(bare):
        return None
    tones = {ch for ch in unicodedata.normalize("NFD", word) if ch in TONE_MARKS}
    if len(tones) != 1:
        return None
    skeleton = _DOUBLED_RE.sub(r"\1", bare, count=1)
    fits = [s for s in _by_skeleton(syllables).get(skeleton, ()) if tones <= set(unicodedata.normalize("NFD", s))]
    if len(fits) != 1:
        return None
    found = fits[0]
    if word.isupper():
        return found.upper()
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


def fix_tones(text: str, syllables: frozenset[str] | None = None) -> str:
    """Every word of ``text`` through ``fix_word`` (digits, punctuation and spacing untouched).

    ``syllables``: the word list (default: ``vie_syllables()``).
    """
    words = vie_syllables() if syllables is None else syllables
    if not words or not any(unicodedata.normalize("NFD", ch)[-1:] in (_SAC, _HOI, _NGA) for ch in text):
        return text
    return _WORD_RE.sub(lambda m: fix_word(m.group(0), words), text)


# ------------------------------------------------------------------------------ words of syllables
#
# A misread tone that still makes a syllable ("thiểu số" -> "thiếu số", "tổ chức" -> "tố chức",
# "đổi mới" -> "đối mới", "Chi thường xuyên" -> "Chỉ thường xuyên") is no error to a syllable list:
# only the words around it tell. A Vietnamese word is most often two or more syllables, and a
# dictionary of words says which syllables go together: "thiểu số" is a word, "thiếu số" none. So
# a syllable that makes no word with either neighbour, and makes one once its tone (or its đ/d)
# is read otherwise, is corrected. The dictionary is pyvi's list of 31,000 Vietnamese words
# (MIT, ``extractor/data/vi_words.txt``), shipped with the package: nothing is downloaded.
#
# A syllable that makes no word either way ("Tống lượt khách", "Chỉ thường xuyên": "tổng" and
# "chi" stand alone there) is left to counts of real report prose: how often each reading stood
# free in the prose corpus's development passages, and how often beside these neighbours
# (``extractor/data/vi_syllable_counts.tsv``, written by ``corpus/prose/syllable_counts.py``; not
# the table seeds the layout variants are made from). Only strong evidence changes a reading.

# For a tone as read (NFD mark, "" for none), the tones printed that OCR reads it for, most
# likely first. The ``vie`` model's misreadings go one way: the hỏi hook and the huyền grave read
# as an acute ("thiểu" -> "thiếu", "Tuần" -> "Tuấn"), a speck above a toneless syllable read as
# an acute or a hook ("di" -> "dí", "chi" -> "chỉ"). The other way round (an acute read as a
# hook) is rare, and allowing it turns right readings into other words ("tỉnh" -> "tính"). One
# more goes the other way, a hook read as a grave ("Thẳm" -> "Thằm"): it is taken back only over a
# reading that is no syllable at all (``_hook_read_as_grave``), never through this table.
CONFUSED_TONES = {"\u0301": ("\u0309", "\u0300", ""), "\u0309": ("",)}
# A syllable that makes no word with its neighbours as read, makes one read with another tone,
# and never once stood free in the prose counts (real report prose prints it only inside words),
# or joins that way a neighbour that is as orphaned ("địa bản" for "địa bàn", ``_joins_orphan``),
# may have had any tone misread for any other: the hỏi hook read as a grave ("tải khoản",
# "hổ sơ" for "hồ sơ"), a grave as a hook ("điểu kiện"), a tilde over a bare vowel ("dẫn số"), a
# grave over a bare one ("kình tế"). Syllables that do stand free ("tỉnh", "thu", "là", "xã")
# keep the narrow ``CONFUSED_TONES``: beside a word of their own they are most often printed so
# ("chỉ tiêu tỉnh giao" would read "tính giao").
_ALL_TONES = ("\u0301", "\u0309", "\u0300", "", "\u0303", "\u0323")
_CONFUSED_WIDE = {t: CONFUSED_TONES.get(t, ()) + tuple(o for o in _ALL_TONES if o != t and o not in CONFUSED_TONES.get(t, ())) for t in _ALL_TONES}
# Longest dictionary word looked for around a syllable.
_MAX_SYLLABLES = 4
_TOKEN_RE = re.compile(r"[^\W\d_]+|[^\w]+|[\d_]+")


@functools.lru_cache(maxsize=1)
def vie_words() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """(words of two to four syllables as tuples of ``_key``s, every syllable they use)."""
    try:
        text = importlib.resources.files("extractor").joinpath("data/vi_words.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset(), frozenset()
    words: set[tuple[str, ...]] = set()
    for line in text.splitlines():
        parts = tuple(_key(p) for p in line.split())
        if 2 <= len(parts) <= _MAX_SYLLABLES:
            words.add(parts)
    return frozenset(words), frozenset(s for w in words for s in w)


def words_at(run: list[str], i: int, words: frozenset[tuple[str, ...]]) -> bool:
    """True when syllable ``i`` of ``run`` (``_key``s) is part of a dictionary word there."""
    for size in range(2, _MAX_SYLLABLES + 1):
        for start in range(max(0, i - size + 1), min(i, len(run) - size) + 1):
            if tuple(run[start : start + size]) in words:
                return True
    return False


# A neighbour the prose counts saw free at most this often is an orphan when it makes no word.
_ORPHAN_MAX = 2


def _joins_orphan(low: list[str], trial: list[str], i: int, words: frozenset[tuple[str, ...]], printed: list[str]) -> bool:
    """True when syllable ``i`` read as in ``trial`` makes a word with a neighbour that makes none
    as read and that the prose counts (almost) never saw free: "địa bản" reads "địa bàn", though
    "bản" (a village) stands free, for "địa" never does. ``printed``: the run's syllables as read.

    >>> words = frozenset({(_key("địa"), _key("bàn"))})
    >>> _joins_orphan([_key("địa"), _key("bản")], [_key("địa"), _key("bàn")], 1, words, ["địa", "bản"])
    True
    """
    free = syllable_counts().free
    for j in (i - 1, i + 1):
        if 0 <= j < len(low) and not words_at(low, j, words) and words_at(trial, j, words):
            if free and free.get(low[j], 0) <= _ORPHAN_MAX and not (j > 0 and printed[j][:1].isupper()):
                return True
    return False


def _never_free(token: str, key: str, *, first: bool) -> bool:
    """True when ``token`` (its ``_key``: ``key``) may be read with any other tone: a syllable the
    prose counts never saw free, in small letters (or opening its phrase).

    >>> _never_free("dẫn", _key("dẫn"), first=False), _never_free("tỉnh", _key("tỉnh"), first=False)
    (True, False)
    """
    counts = syllable_counts()
    if not counts.free or (not first and token[:1].isupper()) or (len(token) > 1 and token.isupper()):
        return False
    return counts.free.get(key, 0) == 0


# A vowel's hat as OCR misreads it: lost ("Tỏ chức" for "Tổ chức"), added, or one for another
# ("Cất giảm" for "Cắt giảm"). Tried only on syllables the prose never prints free (``_never_free``):
# on every syllable it changed right readings of clean prose.
_HAT_OF = {"o": ("\u0302", "\u031b"), "a": ("\u0302", "\u0306"), "e": ("\u0302",), "u": ("\u031b",)}


def _hat_variants(decomposed: str) -> list[str]:
    """One vowel's hat (circumflex, horn, breve) taken off, put on or swapped, the tone kept.

    >>> _hat_variants(unicodedata.normalize("NFD", "tỏ"))
    ['tổ', 'tở']
    """
    out: list[str] = []
    for k, ch in enumerate(decomposed):
        hats = _HAT_OF.get(ch.lower())
        if not hats:
            continue
        has = decomposed[k + 1] if k + 1 < len(decomposed) and decomposed[k + 1] in _HATS else ""
        rest = decomposed[k + 1 + len(has) :]
        for hat in ("", *hats):
            if hat != has:
                out.append(unicodedata.normalize("NFC", decomposed[: k + 1] + hat + rest))
    return out


def _hook_read_as_hat(decomposed: str) -> list[str]:
    """A hỏi hook read as a circumflex over the same vowel: at 200 dpi the hook is two or three
    pixels above the letter, as a hat is ("quân lý" for "quản lý", dev scans v12400 and v12960;
    "sân phẩm" for "sản phẩm"). For a syllable with a circumflex and no tone mark: the hat taken
    off and the hook put on.

    >>> _hook_read_as_hat(unicodedata.normalize("NFD", "quân"))
    ['quản']
    >>> _hook_read_as_hat(unicodedata.normalize("NFD", "quấn"))
    []
    """
    if any(ch in TONE_MARKS for ch in decomposed) or decomposed.count("\u0302") != 1:
        return []
    return [unicodedata.normalize("NFC", decomposed.replace("\u0302", "\u0309"))]


def _variants(syllable: str, *, wide: bool = False) -> list[str]:
    """Other readings of one syllable: its tone mark replaced (most likely first), đ and d swapped;
    ``wide``: any other tone (``_CONFUSED_WIDE``)."""
    decomposed = unicodedata.normalize("NFD", syllable)
    marks = [k for k, ch in enumerate(decomposed) if ch in TONE_MARKS]
    if len(marks) > 1:
        return []
    tone = decomposed[marks[0]] if marks else ""
    base = decomposed if not marks else decomposed[: marks[0]] + decomposed[marks[0] + 1 :]
    # The tone mark goes after the vowel that carries it; with none read, after the syllable's
    # main vowel, which NFC then places (the vowel cluster's last letter with a circumflex, horn
    # or breve, else its second-last unless it ends the syllable).
    at = marks[0] if marks else _tone_position(base)
    if at < 0:
        return []
    out = [unicodedata.normalize("NFC", base[:at] + t + base[at:]) for t in (_CONFUSED_WIDE if wide else CONFUSED_TONES).get(tone, ())]
    swapped = {"đ": "d", "Đ": "D"}
    if syllable[:1] in swapped:
        out.append(swapped[syllable[0]] + syllable[1:])
    return out


_VOWELS = set("aeiouy")
_HATS = {"\u0302", "\u031b", "\u0306"}  # circumflex, horn, breve


def _tone_position(decomposed: str) -> int:
    """Where a tone mark goes in a syllable written without one (NFD index), -1 without a vowel:
    after a vowel with a circumflex, horn or breve; else after the last vowel when a consonant
    ends the syllable ("hoàn"), the second-last when a vowel does ("hòa", "mùa")."""
    vowels = [k for k, ch in enumerate(decomposed) if ch.lower() in _VOWELS]
    low = decomposed.lower()
    if len(vowels) > 1 and vowels[0] == 1 and low[:2] in ("qu", "gi"):
        vowels = vowels[1:]  # the glide of "qu", "gi"
    if not vowels:
        return -1
    hats = [k for k in vowels if k + 1 < len(decomposed) and decomposed[k + 1] in _HATS]
    if hats:
        return hats[-1] + 2
    if len(vowels) >= 2 and vowels[-1] == len(decomposed) - 1:
        return vowels[-2] + 1
    return vowels[-1] + 1


@functools.lru_cache(maxsize=1 << 16)
def _key(syllable: str) -> str:
    """A syllable in lower case with its tone mark moved to the end: "hoá" and "hóa" alike."""
    decomposed = unicodedata.normalize("NFD", syllable.lower())
    tones = "".join(ch for ch in decomposed if ch in TONE_MARKS)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in TONE_MARKS)) + tones


def syllable_runs(tokens: list[str]) -> list[list[int]]:
    """The positions of ``tokens`` (``_TOKEN_RE`` pieces) in runs of syllables separated by spaces
    only: a punctuation mark or a figure ends a phrase."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, tok in enumerate(tokens):
        if tok[0].isalpha():
            current.append(k)
        elif not tok.isspace():
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def phrase_syllables(text: str) -> list[list[str]]:
    """``text``'s phrases as lists of syllable ``_key``s (``syllable_runs``)."""
    tokens = _TOKEN_RE.findall(text)
    return [[_key(tokens[k]) for k in run] for run in syllable_runs(tokens)]


@dataclasses.dataclass(frozen=True)
class SyllableCounts:
    """Counts of real report prose (``extractor/data/vi_syllable_counts.tsv``): per syllable
    (``_key``), how often it stood free, part of no dictionary word with its neighbours; per two
    neighbouring syllables, how often they were printed together."""

    free: dict[str, int]
    pairs: dict[tuple[str, str], int]


@functools.lru_cache(maxsize=1)
def syllable_counts() -> SyllableCounts:
    """The shipped counts (written by ``corpus/prose/syllable_counts.py``); empty when unreadable."""
    try:
        text = importlib.resources.files("extractor").joinpath("data/vi_syllable_counts.tsv").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return SyllableCounts({}, {})
    free: dict[str, int] = {}
    pairs: dict[tuple[str, str], int] = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) == 4 and parts[0] == "s":
            free[parts[1]] = int(parts[3])
        elif len(parts) == 3 and parts[0] == "p" and " " in parts[1]:
            a, b = parts[1].split(" ", 1)
            pairs[(a, b)] = int(parts[2])
    return SyllableCounts(free, pairs)


# A free syllable (part of no word with its neighbours) is read the other way only on strong
# evidence from the counts: the reading as printed never stands beside these neighbours in the
# prose, and the other reading does at least twice, or stands free at least ``_FREE_MIN`` times
# and ``_FREE_RATIO`` times as often (each count plus one).
_PAIR_MIN, _FREE_MIN, _FREE_RATIO = 2, 4, 3.0


def _beside(run: list[str], i: int, syllable: str, pairs: dict[tuple[str, str], int]) -> int:
    """How often ``syllable`` was printed beside ``run``'s neighbours of place ``i``."""
    left = pairs.get((run[i - 1], syllable), 0) if i > 0 else 0
    right = pairs.get((syllable, run[i + 1]), 0) if i + 1 < len(run) else 0
    return left + right


def _counts_prefer(run: list[str], i: int, other: str, counts: SyllableCounts, *, pairs_only: bool = False) -> float:
    """How strongly the counts say ``other`` rather than ``run[i]`` stands free at place ``i``
    (0: not at all); ``pairs_only``: on the neighbours' evidence only."""
    if _beside(run, i, run[i], counts.pairs):
        return 0.0
    beside = _beside(run, i, other, counts.pairs)
    read, meant = counts.free.get(run[i], 0), counts.free.get(other, 0)
    ratio = (meant + 1) / (read + 1)
    if beside >= _PAIR_MIN or (not pairs_only and meant >= _FREE_MIN and ratio >= _FREE_RATIO):
        return beside + ratio
    return 0.0


def fix_phrase(text: str) -> str:
    """``text`` with each syllable that makes no dictionary word with its neighbours, but would
    with another tone (or đ for d), read that way.

    >>> fix_phrase("Tỷ lệ đồng bào dân tộc thiếu số")
    'Tỷ lệ đồng bào dân tộc thiểu số'
    >>> fix_phrase("Hàng năm tố chức hoạt động")
    'Hàng năm tổ chức hoạt động'
    >>> fix_phrase("Chi thường xuyên")
    'Chi thường xuyên'
    >>> fix_phrase("Tống chỉ ngân sách địa phương")
    'Tổng chi ngân sách địa phương'
    """
    words, known = vie_words()
    if not words:
        return text
    tokens = _TOKEN_RE.findall(text)
    for run in syllable_runs(tokens):
        if len(run) < 2:
            continue
        low = [_key(tokens[k]) for k in run]
        for i, k in enumerate(run):
            if words_at(low, i, words):
                continue
            wide = _never_free(tokens[k], low[i], first=i == 0)
            narrow = set(_variants(tokens[k]))
            hatted = _hat_variants(unicodedata.normalize("NFD", tokens[k])) if wide else []
            for other in [*_variants(tokens[k], wide=True), *hatted]:
                trial = [*low[:i], _key(other), *low[i + 1 :]]
                if trial[i] in known and words_at(trial, i, words):
                    if not wide and other not in narrow and not _joins_orphan(low, trial, i, words, [tokens[m] for m in run]):
                        continue
                    tokens[k] = _cased(other, tokens[k])
                    low = trial
                    break
        # Two neighbours misread together ("Tống chỉ" for "Tổng chi"): neither makes a word with
        # anything, each read the other way they make one.
        for i in range(len(run) - 1):
            if words_at(low, i, words) or words_at(low, i + 1, words):
                continue
            k, n = run[i], run[i + 1]
            pair = next(
                ((a, b) for a in _variants(tokens[k]) for b in _variants(tokens[n]) if (_key(a), _key(b)) in words), None
            )
            if pair is not None:
                for at, other in zip((k, n), pair, strict=True):
                    tokens[at] = _cased(other, tokens[at])
                low = [*low[:i], _key(pair[0]), _key(pair[1]), *low[i + 2 :]]
        # A syllable that makes no word either way ("Tống lượt khách", "Chỉ thường xuyên"): the
        # counts of real report prose say which reading stands free beside these neighbours.
        # A capitalised syllable inside a phrase is a name's ("Thánh Sơn", "Phó Chủ tịch"): left alone.
        # A syllable inside a dictionary word as read ("chuyển đối số": "đối số" is a word) is
        # read the other way only when that makes a word too ("chuyển đổi") and the prose prints
        # the other reading beside these neighbours and never this one.
        counts = syllable_counts()
        for i, k in enumerate(run):
            if i > 0 and tokens[k][:1].isupper():
                continue
            in_word = words_at(low, i, words)
            # A line that opens on a small letter goes on from the line above, where the word it
            # belongs to may have begun ("bảo tồn văn / hóa truyền thống"): its first syllable is
            # read from its neighbours' evidence only.
            wrapped = k == 0 and tokens[k][:1].islower()
            scored = [
                (_counts_prefer(low, i, _key(other), counts, pairs_only=in_word or wrapped), other)
                for other in _variants(tokens[k])
                if not in_word or words_at([*low[:i], _key(other), *low[i + 1 :]], i, words)
            ]
            score, other = max(scored, default=(0.0, ""), key=lambda so: so[0])
            if score > 0:
                tokens[k] = _cased(other, tokens[k])
                low = [*low[:i], _key(other), *low[i + 1 :]]
        # Two neighbours misread together ("chuyến đối số" for "chuyển đổi số"),
        # never printed together as read, printed together the other way at least twice.
        for i in range(len(run) - 1):
            k, n = run[i], run[i + 1]
            if (i > 0 and tokens[k][:1].isupper()) or tokens[n][:1].isupper() or counts.pairs.get((low[i], low[i + 1])):
                continue
            best = max(
                ((counts.pairs.get((_key(a), _key(b)), 0), a, b) for a in _variants(tokens[k]) for b in _variants(tokens[n])),
                key=lambda nab: nab[0],
                default=(0, "", ""),
            )
            if best[0] >= _PAIR_MIN:
                tokens[k], tokens[n] = _cased(best[1], tokens[k]), _cased(best[2], tokens[n])
                low = [*low[:i], _key(best[1]), _key(best[2]), *low[i + 2 :]]
    return "".join(tokens)


def _cased(other: str, read: str) -> str:
    """``other`` in the case ``read`` was printed in."""
    return other if not read.isupper() or len(read) == 1 else other.upper()


def in_case_of(other: str, read: str) -> str:
    """``other`` in the case ``read`` was printed in: capitals, a capital first letter, or small
    (``_cased``, and a first capital too: a reading taken from a word list comes in small letters)."""
    cased = _cased(other, read)
    return cased[:1].upper() + cased[1:] if read[:1].isupper() else cased


def join_orphans(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each syllable read in a tone or a hat that leaves it and a neighbour both
    outside any dictionary word read the one way that joins them into one; and the (read, taken)
    pairs changed.

    ``fix_phrase`` trusts only the confusions OCR makes most (an acute for a hook) on syllables
    real prose prints free, for beside a word of their own they are most often printed so. When
    the neighbour is as orphaned, the phrase as read has two syllables that belong to no word,
    and one reading of the first makes them one: "nóng thôn mới" (dev scan v6680) reads "nông
    thôn mới", "cỏ định" reads "cố định" (v6310). Only when exactly one reading does; a
    capitalised syllable inside a phrase is a name's ("Bản Thẳm") and is left alone, and so is one
    the prose counts saw free more than ``_ORPHAN_MAX`` times (printed so, it needs no word)
    unless the prose never printed it beside these neighbours and printed the joining reading
    beside the orphan ``_PAIR_MIN`` times ("tăng trường" -> "tăng trưởng", ``_pairs_say``), or
    one read with no tone mark (an office's typo as often as a misreading). The readings tried:
    any other tone, with or without a vowel's hat changed ("nóng" -> "nông").

    >>> join_orphans("Số xã đạt chuẩn nóng thôn mới")
    ('Số xã đạt chuẩn nông thôn mới', [('nóng', 'nông')])
    >>> join_orphans("Chỉ tiêu tỉnh giao")
    ('Chỉ tiêu tỉnh giao', [])
    >>> join_orphans("Tỷ lệ doanh nghiệp thực hiện chuyên đổi số")[1]
    []
    >>> join_orphans("ứng dụng chuyển đổi số trong hoạt động quân lý, sản xuất")
    ('ứng dụng chuyển đổi số trong hoạt động quản lý, sản xuất', [('quân', 'quản')])
    """
    words, known = vie_words()
    if not words:
        return text, []
    counts = syllable_counts()

    def choose(tokens: list[str], run: list[int], low: list[str], i: int, k: int) -> dict[str, str]:
        if words_at(low, i, words) or (i > 0 and tokens[k][:1].isupper()) or (len(tokens[k]) > 1 and tokens[k].isupper()):
            return {}
        # Real prose prints it free ("tỉnh giao" is no misread "tính giao"): read otherwise
        # only when the prose never printed it beside these neighbours, and prints the one
        # joining reading beside the orphan (``_pairs_say``).
        free_often = counts.free.get(low[i], 0) > _ORPHAN_MAX
        if free_often and _beside(low, i, low[i], counts.pairs):
            return {}
        decomposed = unicodedata.normalize("NFD", tokens[k])
        # A toneless syllable that joins no word is as often the office's typo ("chuyên đổi
        # số", dev seeds), printed so and read right: only its circumflex may have been a hook
        # ("quân lý" for "quản lý").
        hook = None if TONE_MARKS & set(decomposed) else _hook_read_as_hat(decomposed)
        if hook == []:
            return {}
        orphans = [j for j in (i - 1, i + 1) if 0 <= j < len(low) and not words_at(low, j, words)]

        def joins_an_orphan(trial: list[str]) -> bool:
            return any(words_at(trial, i, words) and words_at(trial, j, words) for j in orphans)

        if hook is None:
            joining = _readings_that_fit(tokens[k], low, i, known, joins_an_orphan)
        else:
            joining = {key: h for h in hook if (key := _key(h)) in known and joins_an_orphan([*low[:i], key, *low[i + 1:]])}
        if len(joining) == 1 and (not free_often or _pairs_say(low, i, next(iter(joining)), orphans, counts.pairs)):
            return joining
        return {}

    return _read_each_syllable(text, choose)


def _pairs_say(low: list[str], i: int, key: str, neighbours: list[int], pairs: dict[tuple[str, str], int]) -> bool:
    """True when real prose printed the reading ``key`` of syllable ``i`` of ``low`` beside one of
    its ``neighbours`` (places in ``low``) at least ``_PAIR_MIN`` times: "tăng trưởng" for "tăng
    trường" (dev scan v13260), "sản phẩm" for "sắn phẩm" (v13140), "đồng bào" for "đồng bảo" (v13290).

    >>> _pairs_say([_key("tăng"), _key("trường")], 1, _key("trưởng"), [0], {(_key("tăng"), _key("trưởng")): 9})
    True
    """
    return any(pairs.get((low[j], key) if j < i else (key, low[j]), 0) >= _PAIR_MIN for j in neighbours)


def _readings_that_fit(token: str, low: list[str], i: int, known: frozenset[str] | set[str],
                       fits: Callable[[list[str]], bool]) -> dict[str, str]:
    """The other readings of ``token`` (any other tone, a vowel's hat changed), keyed by their
    lower-case form, that are known syllables and make ``fits`` true of the run ``low`` with the
    reading put at ``i``."""
    hatted = [token, *_hat_variants(unicodedata.normalize("NFD", token))]
    joining: dict[str, str] = {}
    for other in {*hatted[1:], *(v for h in hatted for v in _variants(h, wide=True))}:
        key = _key(other)
        if key in known and fits([*low[:i], key, *low[i + 1 :]]):
            joining[key] = other
    return joining


def _take_reading(joining: dict[str, str], tokens: list[str], k: int, low: list[str], i: int,
                  changed: list[tuple[str, str]]) -> list[str]:
    """Put the one reading of ``joining`` at ``tokens[k]`` (in its case), note it in ``changed``,
    and return the run's lower-case syllables with it."""
    (key, other), = joining.items()
    taken = in_case_of(other, tokens[k])
    changed.append((tokens[k], taken))
    tokens[k] = taken
    return [*low[:i], key, *low[i + 1 :]]


# What a pass finds at one syllable of a phrase: given the tokens, the phrase's run of token
# places, its syllables in small letters as read so far, the syllable's place in the run and in
# the tokens, the readings that fit there (key: the reading).
_Chooser = Callable[[list[str], list[int], list[str], int, int], dict[str, str]]


def _read_each_syllable(text: str, choose: _Chooser) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each syllable where ``choose`` finds exactly one reading read so, phrase by
    phrase from the left (a reading taken is what the next syllable sees beside it); and the
    (read, taken) pairs."""
    tokens = _TOKEN_RE.findall(text)
    changed: list[tuple[str, str]] = []
    for run in syllable_runs(tokens):
        low = [_key(tokens[k]) for k in run]
        for i, k in enumerate(run):
            joining = choose(tokens, run, low, i, k)
            if len(joining) == 1:
                low = _take_reading(joining, tokens, k, low, i, changed)
    return "".join(tokens), changed


def phrases(text: str) -> tuple[list[str], list[list[int]]]:
    """``text`` cut into tokens (syllables, figures, the rest) and its phrases' runs of
    syllables (``syllable_runs``), for a pass that reads syllables again in place."""
    tokens = _TOKEN_RE.findall(text)
    return tokens, syllable_runs(tokens)


def syllable_key(syllable: str) -> str:
    """A syllable as compared: lower case, its tone mark at the end ("Hoá" and "hóa" alike)."""
    return _key(syllable)


def other_readings(token: str) -> dict[str, str]:
    """The other readings of one syllable that are Vietnamese syllables (in a dictionary word or
    Tesseract's ``vie`` list), keyed by ``syllable_key``: any other tone, with or without a vowel's
    hat changed, đ and d swapped.

    >>> sorted(r for r in other_readings("đối").values() if r.startswith("đ"))[:4]
    ['đòi', 'đói', 'đôi', 'đồi']
    """
    _, known = vie_words()
    listed = vie_syllables()
    hatted = [token, *_hat_variants(unicodedata.normalize("NFD", token))]
    own = _key(token)
    out: dict[str, str] = {}
    for other in {*hatted[1:], *(v for h in hatted for v in _variants(h, wide=True))}:
        key = _key(other)
        if key != own and (key in known or unicodedata.normalize("NFC", other.lower()) in listed):
            out[key] = other
    return out


def join_stranded(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with a syllable that makes a word with one neighbour as read, but strands the
    other (a syllable in no word, that the prose counts almost never saw free), read the one way
    that joins the stranded neighbour into a word and strands nobody; and the (read, taken) pairs.

    ``join_orphans`` reads only a syllable that is itself in no word. A lost hook can make a word
    of the misread syllable with its other neighbour: "rác thai sinh hoạt" (dev scans v9060,
    v9770: "thai sinh" is a word) leaves "rác" in none, and "thải" alone joins it ("rác thải")
    while "sinh hoạt" still holds "sinh". A capitalised syllable inside a phrase is a name's and
    is left alone, as the stranded neighbour is when capitalised.

    >>> join_stranded("Tỷ lệ số xã được thu gom, xử lý rác thai sinh hoạt")
    ('Tỷ lệ số xã được thu gom, xử lý rác thải sinh hoạt', [('thai', 'thải')])
    >>> join_stranded("Tỷ lệ doanh nghiệp thực hiện chuyên đổi số")[1]
    []
    """
    words, known = vie_words()
    if not words:
        return text, []
    free = syllable_counts().free

    def choose(tokens: list[str], run: list[int], low: list[str], i: int, k: int) -> dict[str, str]:
        if not words_at(low, i, words) or (i > 0 and tokens[k][:1].isupper()) or (len(tokens[k]) > 1 and tokens[k].isupper()):
            return {}
        stranded = [
            j for j in (i - 1, i + 1)
            if 0 <= j < len(low) and not words_at(low, j, words) and free.get(low[j], 0) <= _ORPHAN_MAX
            and not (j > 0 and tokens[run[j]][:1].isupper())
        ]
        if not stranded:
            return {}
        held = [m for m in range(len(low)) if words_at(low, m, words)]

        def joins_the_stranded(trial: list[str]) -> bool:
            return any(words_at(trial, j, words) for j in stranded) and all(words_at(trial, m, words) for m in held)

        return _readings_that_fit(tokens[k], low, i, known, joins_the_stranded)

    return _read_each_syllable(text, choose)


# The marks an acute the ``vie`` model read may have been printed as: the hỏi hook and the huyền
# grave it turns into an acute (``CONFUSED_TONES``; a speck over a bare vowel is left out: a tone
# read on a toneless syllable is as often printed so).
_ACUTE_FOR = ("\u0309", "\u0300")


def _toned_readings(token: str) -> list[str]:
    """``token`` (printed with no tone mark) with each tone mark put on: the readings of the word
    the office meant when it left the mark off ("chuyên" for "chuyển")."""
    decomposed = unicodedata.normalize("NFD", token)
    at = _tone_position(decomposed)
    if at < 0 or TONE_MARKS & set(decomposed):
        return []
    return [unicodedata.normalize("NFC", decomposed[:at] + t + decomposed[at:]) for t in _ALL_TONES if t]


def join_unmarked_neighbour(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with a syllable read with an acute, beside a neighbour printed with no tone mark
    in no word, read with the hook or grave (the marks the ``vie`` model turns into an acute) that
    makes a dictionary word with that neighbour toned; and the (read, taken) pairs. The neighbour
    stays as printed.

    An office drops a tone mark now and then: a seed report prints "chuyên đổi số" (for "chuyển
    đổi số"), which is read right and left alone (``join_orphans``, ``join_stranded``). When OCR
    then reads the hook of "đổi" as an acute, the name reads "chuyên đối số", and "đối số" is a
    dictionary word: no rule that trusts the word lists could read it back (dev scans v23020,
    v23050, v23080, v23460 of 23000-23499 e10, 14 cells; v21000-21499 and 22000-22499 e10 show the
    same). The unmarked neighbour says what word the office meant: "chuyên" makes no word as
    printed, and only "chuyển" among its toned readings makes one with a reading of the acute
    syllable, "đổi", which is the mark the model turns into an acute. Only when exactly one such
    reading does, in small letters, inside one phrase, and only beside a neighbour real prose
    (``syllable_counts``) almost never prints free: one it does is printed right ("trong đó năm",
    dev scan v23340: "tròng đỏ" is a word).

    >>> join_unmarked_neighbour("Tỷ lệ doanh nghiệp thực hiện chuyên đối số")
    ('Tỷ lệ doanh nghiệp thực hiện chuyên đổi số', [('đối', 'đổi')])
    >>> join_unmarked_neighbour("Tỷ lệ doanh nghiệp thực hiện chuyển đối số")[1]
    []
    >>> join_unmarked_neighbour("Tỷ lệ doanh nghiệp thực hiện chuyên đổi số")[1]
    []
    >>> join_unmarked_neighbour("(trong đó năm 2025 chi cho chuyển đổi số tối thiểu từ 1%)")[1]
    []
    """
    words, known = vie_words()
    if not words:
        return text, []
    free = syllable_counts().free

    def choose(tokens: list[str], run: list[int], low: list[str], i: int, k: int) -> dict[str, str]:
        decomposed = unicodedata.normalize("NFD", tokens[k])
        if not tokens[k].islower() or _SAC not in decomposed:
            return {}
        readings = {_key(r): r for r in (unicodedata.normalize("NFC", decomposed.replace(_SAC, t)) for t in _ACUTE_FOR)
                    if _key(r) in known}
        joining: dict[str, str] = {}
        for j in (i - 1, i + 1):
            # A neighbour real prose prints free is printed right ("trong đó": "tròng đỏ" is a word).
            if (not 0 <= j < len(low) or not tokens[run[j]].islower() or words_at(low, j, words)
                    or free.get(low[j], 0) > _ORPHAN_MAX):
                continue
            for toned in _toned_readings(tokens[run[j]]):
                for key, reading in readings.items():
                    pair = (_key(toned), key) if j < i else (key, _key(toned))
                    if pair in words:
                        joining[key] = reading
        return joining

    return _read_each_syllable(text, choose)


def read_unprinted(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each syllable that makes no dictionary word, and that real prose never
    printed at all, read with the one other tone the prose printed beside its neighbour at least
    ``_PAIR_MIN`` times; and the (read, taken) pairs.

    ``fix_phrase`` reads a syllable again from the prose counts as the cell is read, but only with
    the confusions OCR makes most (an acute for a hook). A grave read as a hook ("Tăng trưởng đản
    gia súc", dev scan v14160: "đàn gia súc") is out of its reach; "đản" was never printed in the
    prose, "đàn gia" five times. A syllable the prose printed, one read with no tone mark (the
    office's typo as often as a misreading), a capitalised one inside a phrase (a name's) and one
    the prose printed beside these neighbours as read are left as read.

    >>> read_unprinted("Tăng trưởng đản gia súc")
    ('Tăng trưởng đàn gia súc', [('đản', 'đàn')])
    >>> read_unprinted("Tăng trưởng đàn gia súc")[1]
    []
    """
    words, known = vie_words()
    counts = syllable_counts()
    if not words or not counts.free:
        return text, []

    def choose(tokens: list[str], run: list[int], low: list[str], i: int, k: int) -> dict[str, str]:
        token = tokens[k]
        if (words_at(low, i, words) or low[i] in counts.free or (i > 0 and token[:1].isupper())
                or (len(token) > 1 and token.isupper()) or not TONE_MARKS & set(unicodedata.normalize("NFD", token))
                or _beside(low, i, low[i], counts.pairs)):
            return {}
        return {key: other for other in _variants(token, wide=True)
                if (key := _key(other)) in known and _beside(low, i, key, counts.pairs) >= _PAIR_MIN}

    return _read_each_syllable(text, choose)


# Quote marks: a syllable's hat and tone OCR cut off and read as a glyph of their own after it.
_QUOTES = frozenset("“”\"'‘’`")


def marks_read_apart(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with a syllable read bare and followed by a lone quote mark read with the marks
    that make a dictionary word with the syllable before it, the quote dropped; and the (read,
    taken) pairs.

    A circumflex and an acute over one vowel ("ố") are two specks side by side; OCR can cut them
    off the letter and read them as a quote of their own: "trên tổng so “ TTHC có đủ điều kiện"
    (dev scans v26820, v28560; v21490 at round 38's code) for "tổng số TTHC". Neither "so" nor
    the syllable before makes a word as read, and one marked reading makes one ("tổng số"). Only a
    quote standing alone between spaces, the only quote of the name (a real quote opens or closes
    a phrase and has its pair), after a syllable in small letters with no mark at all (a syllable
    with its marks has none to lose).

    >>> marks_read_apart("Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng so “ TTHC có đủ điều kiện")
    ('Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện', [('so', 'số')])
    >>> marks_read_apart("thuộc diện “ phi tiếp xúc”")[1]
    []
    """
    words, _ = vie_words()
    if not words or sum(ch in _QUOTES for ch in text) != 1:
        return text, []
    tokens = _TOKEN_RE.findall(text)
    for run in syllable_runs(tokens):
        low = [_key(tokens[m]) for m in run]
        for i, k in enumerate(run):
            token = tokens[k]
            gap = tokens[k + 1] if k + 1 < len(tokens) else ""
            if (i == 0 or gap.strip() not in _QUOTES or not gap.startswith(" ") or not gap.endswith(" ")
                    or not token.islower() or unicodedata.normalize("NFD", token) != token
                    or words_at(low, i - 1, words) or words_at(low, i, words)):
                continue
            joining = [r for key, r in other_readings(token).items() if (low[i - 1], key) in words]
            if len(joining) == 1:
                tokens[k], tokens[k + 1] = joining[0], " "
                return "".join(tokens), [(token, joining[0])]
    return text, []


# ------------------------------------------------------------------ words no Vietnamese syllable

# Vowel letters by their base: a vowel printed once and read twice with two marks ("Thẳằm").
_VOWEL_BASES = frozenset("aeiouy")


@functools.lru_cache(maxsize=4)
def _by_length(syllables: frozenset[str]) -> dict[int, tuple[str, ...]]:
    """Syllables by their length in NFC letters."""
    out: dict[int, list[str]] = {}
    for syl in syllables:
        out.setdefault(len(syl), []).append(syl)
    return {n: tuple(sorted(v)) for n, v in out.items()}


def _one_letter_off(word: str, syllables: frozenset[str]) -> list[str]:
    """The syllables that differ from ``word`` (lower case, NFC) in one letter: a tone or a hat on
    one vowel ("rẫn"/"rắn"), or one consonant ("hượng"/"lượng"); never a consonant for a vowel
    ("sq mi" is no misread "sơ mi")."""
    out: list[str] = []
    for syl in _by_length(syllables).get(len(word), ()):
        diff = [(a, b) for a, b in zip(syl, word, strict=True) if a != b]
        if len(diff) == 1 and (_bare(diff[0][0]) in _VOWEL_BASES) == (_bare(diff[0][1]) in _VOWEL_BASES):
            out.append(syl)
    return out


def _tone_of(letter: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", letter) if ch in TONE_MARKS)


def _vowel_read_twice(word: str, syllables: frozenset[str]) -> list[str]:
    """The syllables ``word`` (lower case, NFC) makes with one of two neighbouring vowels of one
    base letter dropped, when each carries a tone mark: OCR read one printed vowel as two, with a
    mark each ("thẳằm"). A syllable carries one tone; a doubled vowel with one ("Boòng", "Noọng")
    is how names of the minorities are spelt."""
    out: set[str] = set()
    for k in range(len(word) - 1):
        if _bare(word[k]) == _bare(word[k + 1]) and _bare(word[k]) in _VOWEL_BASES and _tone_of(word[k]) and _tone_of(word[k + 1]):
            out.update(c for c in (word[:k] + word[k + 1 :], word[:k + 1] + word[k + 2 :]) if c in syllables)
    return sorted(out)




_BAR = {"đ": "d", "d": "đ"}


def _bar_read(word: str, syllables: frozenset[str]) -> list[str]:
    """The syllable ``word`` (lower case, NFC) makes with the bar of its first letter put on or
    taken off: "đưới" for "dưới" (dev scan v13140, sideways at 200 dpi: a speck of the paper
    on the ascender of d). The bar is the one stroke of d and đ; no other letter of a syllable is
    read so often as another one (so it needs no neighbour's word, as ``_one_letter_off`` does)."""
    other = _BAR.get(word[:1])
    return [other + word[1:]] if other is not None and other + word[1:] in syllables else []


_GRAVE, _HOOK = "\u0300", "\u0309"


def _hook_read_as_grave(word: str, syllables: frozenset[str]) -> list[str]:
    """The syllable ``word`` (lower case, NFC) makes with its grave read as a hook: the ``vie``
    model reads a hook's curl as a grave's stroke ("Bản Thẳm" read "Thằm" on dev scans v23490,
    v25160, v25510, v26390, v26490 and v26740; "Mức giảm" read "giàm", v25810). Over twelve
    development ranges every word read with a grave that is no syllable was printed with a hook,
    and no syllable printed with an acute or none was read so; a grave read over a syllable that
    is one ("chì" for "chi") is no evidence and is left to the document."""
    decomposed = unicodedata.normalize("NFD", word)
    if _GRAVE not in decomposed or sum(ch in TONE_MARKS for ch in decomposed) != 1:
        return []
    other = unicodedata.normalize("NFC", decomposed.replace(_GRAVE, _HOOK))
    return [other] if other in syllables else []


def read_non_syllables(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each word that is no Vietnamese syllable at all read as the one syllable it is
    a misreading of; and the (read, taken) pairs changed.

    A word no syllable of the language (Tesseract's ``vie`` list) is misread ink, not the office's
    spelling, so it may be read further from what was printed than a syllable is. Two readings:

    - a vowel read twice, with a mark each ("Bản Thẳằm", dev scan v13780): the one syllable left by
      dropping either of the two (a place's name too: no neighbour is needed);
    - in small letters, one letter off ("sản hượng lương thực", v13750): the one syllable one
      letter away that makes a dictionary word with a neighbour; failing that, the syllable it
      makes with the bar of a first d or đ put on or taken off ("cung cấp đưới hình thức", v13140);
    - failing those, a grave read for a hook, the one confusion of that mark the ``vie`` model
      makes ("Bản Thằm" for "Bản Thẳm", ``_hook_read_as_grave``; a place's name too).

    An acronym (capitals), a name's capitalised word one letter off, and a word with no single
    reading are left as read.

    >>> read_non_syllables("Tổng sản hượng lương thực")
    ('Tổng sản lượng lương thực', [('hượng', 'lượng')])
    >>> read_non_syllables("(Sì Thầu Chải, Lao Chải 1, Bản Thẳằm)")[0]
    '(Sì Thầu Chải, Lao Chải 1, Bản Thẳm)'
    >>> read_non_syllables("Số thuê bao internet, Mức giâm tỷ suất sinh")[1]
    []
    >>> read_non_syllables("được cung cấp đưới hình thức dịch vụ công trực tuyến")[1]
    [('đưới', 'dưới')]
    >>> read_non_syllables("(Sì Thầu Chải, Lao Chải 1, Bản Thằm)")[1]
    [('Thằm', 'Thẳm')]
    """
    syllables = vie_syllables()
    words, known = vie_words()
    if not syllables or not words:
        return text, []
    tokens = _TOKEN_RE.findall(text)
    changed: list[tuple[str, str]] = []
    for run in syllable_runs(tokens):
        low = [_key(tokens[k]) for k in run]
        for i, k in enumerate(run):
            token = tokens[k]
            word = unicodedata.normalize("NFC", token.lower())
            # Tesseract's list lacks syllables the word list has ("lỵ" of "huyện lỵ", "trũng"):
            # a word either knows, or one that makes a word as read, is printed so.
            if (len(word) < 2 or word in syllables or low[i] in known or words_at(low, i, words)
                    or (token.isupper() and len(token) > 1)):
                continue
            found = _vowel_read_twice(word, syllables)
            if not found and token.islower():
                found = [s for s in _one_letter_off(word, syllables)
                         if (key := _key(s)) in known and words_at([*low[:i], key, *low[i + 1 :]], i, words)]
            if not found and token.islower():
                found = _bar_read(word, syllables)
            if not found:
                found = _hook_read_as_grave(word, syllables)
            if len(found) == 1:
                low = _take_reading({_key(found[0]): found[0]}, tokens, k, low, i, changed)
    return "".join(tokens), changed


# Letters printed in one shape in both cases, told apart only by their size: at scan resolution
# OCR reads "số" as "SỐ" or "Số" inside a name (dev scans v9210, v9380, v9460, v9830).
_SAME_SHAPE = frozenset("cosvwxz")


def same_shape(token: str) -> bool:
    """True when every letter of ``token`` is printed in one shape in both cases (``_SAME_SHAPE``)."""
    bare = unicodedata.normalize("NFD", token.lower())
    return all(ch in _SAME_SHAPE or unicodedata.combining(ch) for ch in bare)


def case_by_shape(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with a syllable OCR read in capitals where the letters look alike in both cases
    put back in small letters, after a syllable in small letters; and the (read, taken) pairs.

    All capitals ("thiểu SỐ"): when the small reading is a syllable and the next syllable is not
    in capitals too (an acronym). A capital first letter alone ("thiểu Số"): only when the small
    reading makes a dictionary word with the syllable before, for a capital after a small
    syllable is most often a place's name ("xã Sơn Thủy").

    >>> case_by_shape("Huyện đạt nông thôn mới vùng đồng bào dân tộc thiểu SỐ")
    ('Huyện đạt nông thôn mới vùng đồng bào dân tộc thiểu số', [('SỐ', 'số')])
    >>> case_by_shape("Riêng vùng đồng bào dân tộc thiểu Số")[0]
    'Riêng vùng đồng bào dân tộc thiểu số'
    >>> case_by_shape("Số hộ tại xã Sơn Thủy, số CCCD")[1]
    []
    """
    words, _ = vie_words()
    syllables = vie_syllables()
    if not words or not syllables:
        return text, []
    tokens = _TOKEN_RE.findall(text)
    changed: list[tuple[str, str]] = []
    for run in syllable_runs(tokens):
        for i in range(1, len(run)):
            k, before = run[i], tokens[run[i - 1]]
            token = tokens[k]
            if not before.islower() or not token[:1].isupper() or not same_shape(token[:1]) or token.lower() not in syllables:
                continue
            after = tokens[run[i + 1]] if i + 1 < len(run) else ""
            if len(token) > 1 and token.isupper():
                ok = same_shape(token) and not (len(after) > 1 and after.isupper())
            else:
                ok = token[1:].islower() and (_key(before), _key(token)) in words
            if ok:
                changed.append((token, token.lower()))
                tokens[k] = token.lower()
    return "".join(tokens), changed


def _opening(text: str) -> tuple[int, str] | None:
    """(token index, ``_key``) of the syllable that opens ``text`` when it makes no dictionary
    word with the next one (``_TOKEN_RE`` tokens), else None."""
    words, _ = vie_words()
    tokens = _TOKEN_RE.findall(text)
    runs = syllable_runs(tokens)
    if not runs or runs[0][0] != 0:
        return None
    low = [_key(tokens[k]) for k in runs[0]]
    return None if words_at(low, 0, words) else (0, low[0])


# A reading this many of the table's other names open with, free, where none opens with the
# syllable as read, is the table's own word (``opening_in_table``).
_TABLE_OPENINGS = 2


def _printed_inside(name: str) -> frozenset[str]:
    """The ``_key``s of the syllables ``name`` prints in small letters after its first."""
    tokens = _TOKEN_RE.findall(name)
    return frozenset(_key(tokens[k]) for run in syllable_runs(tokens) for k in run if k > 0 and tokens[k].islower())


def _speck_read_as_tone(token: str, readings: list[str], counts: dict[str, int],
                        others: list[frozenset[str]]) -> list[tuple[int, str]]:
    """The bare reading of an opening ``token`` read with an acute or a grave, as (evidence, reading),
    when the table's other names print it ``_TABLE_OPENINGS`` times or more, one of them opening
    with it free, and none prints ``token`` as read (``others``: each other name's ``_printed_inside``).

    A budget table of few rows may open only one other name with "Chi" ("Chi thường xuyên") and
    print it inside its total ("Tổng chi ngân sách địa phương"): "Chì đầu tư phát triển" and "Chí
    thường xuyên" (dev scans v24210 and v24230, 200 dpi) are a speck read as a tone over the bare
    syllable, which the model does and which no word list can tell ("chì", "chí" are syllables).
    Only a mark above a bare syllable is taken off this way: a hook, a tilde or a dot is printed
    ink ("Tính" among names printing "tỉnh" stays)."""
    decomposed = unicodedata.normalize("NFD", token)
    if not any(ch in "\u0301\u0300" for ch in decomposed):
        return []
    bare = [v for v in readings if not any(ch in TONE_MARKS for ch in unicodedata.normalize("NFD", v))]
    read = _key(token)
    if len(bare) != 1 or any(read in s for s in others):
        return []
    key = _key(bare[0])
    evidence = counts.get(key, 0) + sum(key in s for s in others)
    return [(evidence, bare[0])] if counts.get(key, 0) >= 1 and evidence >= _TABLE_OPENINGS else []


def opening_in_table(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one table's ``names`` with its opening syllable, when it makes no dictionary word,
    read the other way (any tone) that most, at least ``_TABLE_OPENINGS``, of the table's other
    names open with, free, and more than open with it as read (OCR may misread the same word
    alike twice: "Chí thường xuyên" too in v9940); with the (read, taken) pairs.

    A budget table opens row after row with "Chi" (spending: "Chi đầu tư phát triển", "Chi
    thường xuyên"): "Chí sự nghiệp y tế" and "Chì quản lý hành chính" (dev scan v9940, 200 dpi)
    open with the same word, a speck read as its tone, though neither reading makes a dictionary
    word with "sự" or "quản" for the word list to tell.

    >>> [t for t, _ in opening_in_table(["Chi đầu tư phát triển", "Chi thường xuyên", "Chí sự nghiệp y tế"])]
    ['Chi đầu tư phát triển', 'Chi thường xuyên', 'Chi sự nghiệp y tế']
    >>> opening_in_table(["Tỉnh giao", "Tính theo giá", "Tính theo năm"])[0][1]
    []
    """
    words, known = vie_words()
    if not words:
        return [(n, []) for n in names]
    opened = [_opening(n) for n in names]
    counts: dict[str, int] = {}
    for o in opened:
        if o is not None:
            counts[o[1]] = counts.get(o[1], 0) + 1
    inside = [_printed_inside(n) for n in names]
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for at, (name, o) in enumerate(zip(names, opened, strict=True)):
        if o is None:
            out.append((name, []))
            continue
        tokens = _TOKEN_RE.findall(name)
        token = tokens[o[0]]
        least = max(_TABLE_OPENINGS, counts[o[1]] + 1)
        # Any tone for a syllable real prose (almost) never prints free; else only the confusions
        # OCR makes most ("tỉnh" is printed free, and is no misread "tính").
        wide = syllable_counts().free.get(o[1], 0) <= _ORPHAN_MAX
        readings = [v for v in {*_variants(token, wide=wide)} if _key(v) in known]
        taken = sorted(((counts[_key(v)], v) for v in readings if counts.get(_key(v), 0) >= least), reverse=True)
        if not taken:
            taken = _speck_read_as_tone(token, readings, counts, [s for j, s in enumerate(inside) if j != at])
        # The one reading most names open with ("Chì" among three "Chi" and two "Chí": "Chi").
        if not taken or (len(taken) > 1 and taken[1][0] == taken[0][0]) or (len(token) > 1 and token.isupper()):
            out.append((name, []))
            continue
        other = taken[0][1]
        tokens[o[0]] = _cased(other, token)
        out.append(("".join(tokens), [(token, tokens[o[0]])]))
    return out
