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

import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from itertools import pairwise

from extractor.ocr_choices import blind_spot
from extractor.ocr_lexicon import (
    CONFUSED_TONES,
    TONE_MARKS,
    in_case_of,
    other_readings,
    phrases,
    same_shape,
    syllable_counts,
    syllable_key,
    vie_syllables,
    vie_words,
    words_at,
)

__all__ = ["read_as_printed_beside", "read_as_printed_elsewhere", "read_by_choices", "read_speck_as_printed",
           "small_as_printed"]

# How often the document must print the one other reading between the same two neighbours. Once
# is a tie between two copies that disagree (which of them did OCR misread?), unless the word
# lists settle it (``_word_decides``).
_ELSEWHERE_MIN = 2

Triple = tuple[str, str, str]


def _keyed_runs(name: str) -> tuple[list[str], list[tuple[list[int], list[str]]]]:
    """``name``'s tokens, and each phrase as its tokens' places with their ``syllable_key``s (the
    keys a rule reads and, with the tokens, changes in place when it takes another reading)."""
    tokens, runs = phrases(name)
    return tokens, [(list(run), [syllable_key(tokens[k]) for k in run]) for run in runs]


def _triples(name: str) -> Counter[Triple]:
    """Each syllable (``syllable_key``) of each phrase of ``name`` with both its neighbours, counted."""
    out: Counter[Triple] = Counter()
    for _, low in _keyed_runs(name)[1]:
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


def _speck_decides(token: str, other: str) -> bool:
    """True when a lone second copy settles which copy OCR misread because ``other`` is ``token``
    (in small letters) without its acute: the ``vie`` model reads a speck over a toneless syllable
    as an acute far more often than it loses a printed acute (names missed on twelve development
    ranges: 15 toneless syllables read with an acute, 1 acute lost), so of "kinh phí chí cho" and
    "Kinh phí chi cho" in one document the toneless copy is the printed one (dev scans v20260 and
    v29990; on those ranges no name read right was changed). Not the hook: the model loses a
    printed hook more often than it reads one over nothing ("đảng số" read "đang số", 8 variants)."""
    return token.islower() and "\u0301" in unicodedata.normalize("NFD", token) and _speck_dropped(token) == other


def read_as_printed_elsewhere(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with the syllables the document prints otherwise
    between the same two neighbours read that way, and the (read, taken) pairs.

    A syllable is read again only when the document prints it between these neighbours nowhere
    else, and exactly one other reading stands between them elsewhere at least ``_ELSEWHERE_MIN``
    times, or once where the word lists (``_word_decides``) or a speck read as a tone
    (``_speck_decides``) settle which copy OCR misread.

    >>> names = ["Tỷ lệ thanh toán trực tuyến trong giai quyết TTHC",
    ...          "Tỷ lệ dữ liệu được số hóa trong giải quyết TTHC"]
    >>> read_as_printed_elsewhere(names)[0]
    ('Tỷ lệ thanh toán trực tuyến trong giải quyết TTHC', [('giai', 'giải')])
    >>> read_as_printed_elsewhere(names[:1])[0][1]
    []
    >>> names = ["Kinh phí chi cho nghiên cứu", "Tỷ trọng kinh phí từ xã hội trên kinh phí chí cho nghiên cứu"]
    >>> [changed for _, changed in read_as_printed_elsewhere(names)]
    [[], [('chí', 'chi')]]
    """
    between: dict[tuple[str, str], Counter[str]] = {}
    for name in names:
        for (left, middle, right), n in _triples(name).items():
            between.setdefault((left, right), Counter())[middle] += n
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = _keyed_runs(name)
        changed: list[tuple[str, str]] = []
        for run, low in runs:
            for i, k in enumerate(run[1:-1], start=1):
                there = between.get((low[i - 1], low[i + 1]), Counter())
                if there[low[i]] > 1 or len(there) < 2:
                    continue
                # Only marks and đ for d: a letter read for another ("đại" for "đạt") is left, for
                # one letter also tells real words apart between the same neighbours ("sản xuất
                # công nghiệp", "sản xuất nông nghiệp"; "năng xuất", a source's typo, "năng suất").
                marks = other_readings(tokens[k])
                taken = {key: marks[key] for key, n in there.items()
                         if key in marks and (n >= _ELSEWHERE_MIN or _word_decides(low, i, key, tokens[k])
                                              or _speck_decides(tokens[k], marks[key]))}
                if len(taken) == 1:
                    _take(taken, tokens, k, low, i, changed)
        out.append(("".join(tokens), changed))
    return out


# The acute and the grave are one stroke leaning either way; at scan resolution the slant is a pixel or
# two and OCR reads one for the other ("được kỳ số bởi chữ ký số", dev scans v14080, v15600, v15660 and
# v15780: landscape pages stored rotated, 200 and 300 dpi). No other pair of marks is told apart by
# its slant alone.
_SLANT = {"\u0301": "\u0300", "\u0300": "\u0301"}


def _slant_swapped(token: str) -> str | None:
    """``token`` with its acute read as a grave or its grave as an acute (NFC); None without either."""
    decomposed = unicodedata.normalize("NFD", token)
    marks = [ch for ch in decomposed if ch in _SLANT]
    if len(marks) != 1:
        return None
    return unicodedata.normalize("NFC", decomposed.replace(marks[0], _SLANT[marks[0]]))


def read_as_printed_beside(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with a syllable read with its acute or grave leaning
    the other way where the document prints it so beside the same neighbour, and the (read,
    taken) pairs.

    One neighbour is no evidence on its own (``read_as_printed_elsewhere`` wants both), so the
    reading must differ only in the slant of its mark (``_SLANT``), the document must print it
    beside that neighbour elsewhere and the syllable as read beside it nowhere else, and neither
    reading may make a dictionary word there. Only syllables in small letters: a capitalised one
    may be a place's name, which no list holds ("Kỳ Sơn", "Ký Sơn").

    >>> name = "100% văn bản được thực hiện dưới dạng điện tử, được kỳ số bởi chữ ký số chuyên dùng"
    >>> read_as_printed_beside([name])[0][1]
    [('kỳ', 'ký')]
    >>> read_as_printed_beside(["Nhiệm kỳ 2020-2025", "Đăng ký kinh doanh"])[0][1]
    []
    """
    return _read_as_printed_by_pairs(
        names, _slant_swapped, lambda pairs, own, printed, read: pairs[printed] > 0 and pairs[read] <= 1)


def _speck_dropped(token: str) -> str | None:
    """``token`` without its tone mark when that mark is one the ``vie`` model reads over a
    toneless syllable (``CONFUSED_TONES``: a speck read as an acute or a hook), else None."""
    decomposed = unicodedata.normalize("NFD", token)
    marks = [ch for ch in decomposed if ch in TONE_MARKS]
    if len(marks) != 1 or "" not in CONFUSED_TONES.get(marks[0], ()):
        return None
    return unicodedata.normalize("NFC", decomposed.replace(marks[0], ""))


def read_speck_as_printed(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with a syllable read with an acute or a hook read
    with no tone mark where the document prints it so beside the same neighbour elsewhere at least
    ``_ELSEWHERE_MIN`` times, and as read beside it nowhere else; and the (read, taken) pairs.

    A speck over a toneless syllable reads as an acute or a hook (``CONFUSED_TONES``): the budget's
    "chi" came back "chỉ", "chí", "chị" or "chì" from one scan to the next (dev scans v23340 and
    v25660: "năm 2025 chỉ cho chuyển đổi số" where three other names print "chi cho"; v26410:
    "Kinh phí chí cho" beside "chi cho" twice). Neither reading makes a dictionary word there ("chi
    cho", "chỉ cho"), so only the document can say. One neighbour is weak evidence
    (``read_as_printed_beside``), so the toneless reading must stand beside it in two other
    places, and only in small letters (a capitalised syllable may be a place's name).

    >>> names = ["Tỷ lệ chi cho khoa học", "Kinh phí chi cho nghiên cứu", "năm 2025 chỉ cho chuyển đổi số"]
    >>> read_speck_as_printed(names)[2]
    ('năm 2025 chi cho chuyển đổi số', [('chỉ', 'chi')])
    >>> read_speck_as_printed(names[1:])[1][1]
    []
    """
    return _read_as_printed_by_pairs(
        names, _speck_dropped,
        lambda pairs, own, printed, read: pairs[printed] - own[printed] >= _ELSEWHERE_MIN and pairs[read] <= own[read])


# Whether the document's neighbour pairs (all names, and the name's own) carry the other reading
# (``printed``) and not the reading as OCR gave it (``read``).
_PairsDecide = Callable[[Counter[tuple[str, str]], Counter[tuple[str, str]], tuple[str, str], tuple[str, str]], bool]


def _read_as_printed_by_pairs(names: Sequence[str], other_reading: Callable[[str], str | None],
                              printed_so: _PairsDecide) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of ``names`` with a syllable in small letters read as ``other_reading`` gives it where
    neither reading makes a dictionary word and ``printed_so`` finds the other reading beside one of
    its neighbours in the document's pairs; and the (read, taken) pairs. The walk that
    ``read_as_printed_beside`` (a mark's slant) and ``read_speck_as_printed`` (a speck read as a
    tone) share; each says which reading and how much of the document it asks for."""
    words, _ = vie_words()
    pairs = _pairs(names)
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = _keyed_runs(name)
        own = _pairs([name])
        changed: list[tuple[str, str]] = []
        for run, low in runs:
            for i, k in enumerate(run):
                other = other_reading(tokens[k])
                if other is None or not tokens[k].islower() or words_at(low, i, words):
                    continue
                key = syllable_key(other)
                if words_at([*low[:i], key, *low[i + 1:]], i, words):
                    continue
                if any(printed_so(pairs, own, printed, read) for printed, read in _sides(low, i, key)):
                    _take({key: other}, tokens, k, low, i, changed)
        out.append(("".join(tokens), changed))
    return out


def small_as_printed(names: Sequence[str]) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with a syllable read with a capital that looks like
    its small letter (``same_shape``: "Số") inside a phrase, after a syllable in small letters and
    before none capitalised, put in small letters where the document prints it so elsewhere at
    least ``_ELSEWHERE_MIN`` times and capitalised inside a name nowhere else; and the (read,
    taken) pairs.

    At scan resolution "s" and "S" differ only in size: "ứng dụng công nghệ Số", "chuyên đổi Số",
    "tiếp cận dịch vụ Số trong y tế" (dev scans v25240, v26060, v26170), each in a document whose
    other names print "số" in small letters. ``case_by_shape`` takes such a capital only where the
    small reading makes a dictionary word with the syllable before ("thiểu số"), which none of
    these does. A proper name's capital is printed so wherever the name stands, and its next
    syllable is capitalised too ("xã Sơn Thủy"), or the two make a word ("kết nối với Hệ thống
    thông tin báo cáo Chính phủ", dev scan v28720; "chính phủ" is a dictionary word): all are left
    as read.

    >>> names = ["Số doanh nghiệp công nghệ số", "Tỷ lệ dân số", "chuyên đổi Số"]
    >>> small_as_printed(names)[2]
    ('chuyên đổi số', [('Số', 'số')])
    >>> small_as_printed(["Số hộ tại xã Sơn Thủy", "sơn tường", "màu sơn"])[0][1]
    []
    """
    words, _ = vie_words()
    small: Counter[str] = Counter()
    for name in names:
        read, places = phrases(name)
        small.update(syllable_key(read[k]) for place in places for k in place if read[k].islower())
    capitals_inside = _capitals(names, inside=True)
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = _keyed_runs(name)
        own_inside = _capitals([name], inside=True)
        own_small = Counter(low[i] for run, low in runs for i, k in enumerate(run) if tokens[k].islower())
        changed: list[tuple[str, str]] = []
        for run, low in runs:
            for i, k in enumerate(run):
                token = tokens[k]
                if (i == 0 or not _capitalised(token) or not same_shape(token[:1]) or _opens_sentence(tokens, k)
                        or not tokens[run[i - 1]].islower() or (i + 1 < len(run) and not tokens[run[i + 1]].islower())
                        or words_at(low, i, words)):
                    continue
                if capitals_inside[low[i]] <= own_inside[low[i]] and small[low[i]] - own_small[low[i]] >= _ELSEWHERE_MIN:
                    changed.append((token, token.lower()))
                    tokens[k] = token.lower()
        out.append(("".join(tokens), changed))
    return out


def _take(taken: Mapping[str, str], tokens: list[str], k: int, low: list[str], i: int,
          changed: list[tuple[str, str]]) -> None:
    """Read token ``k`` (syllable ``i``) as the one reading ``taken`` holds, in its printed case."""
    (key, other), = taken.items()
    other = in_case_of(other, tokens[k])
    changed.append((tokens[k], other))
    tokens[k], low[i] = other, key


Choices = Mapping[str, tuple[str, ...]]


def _base(letter: str) -> str:
    """A letter without its marks, đ as d."""
    return unicodedata.normalize("NFD", letter)[:1].replace("đ", "d")


def _near_readings(token: str, near: tuple[str, ...]) -> dict[str, str]:
    """The syllables ``token`` reads as with one of its letters' marks put as on a letter the LSTM
    nearly read there (``near``: per letter, the chosen one first), keyed by ``syllable_key``;
    only Vietnamese syllables (``vie_syllables``, or a syllable of a dictionary word). Marks
    only, and đ for d: a letter nearly read for another tells real words apart ("du lịch đạt
    20%", nearly read "đại": "lịch đại" is a word, dev scan 13120)."""
    _, known = vie_words()
    listed = vie_syllables()
    low = unicodedata.normalize("NFC", token.lower())
    out: dict[str, str] = {}
    for p, letters in enumerate(near):
        for letter in letters[1:]:
            if _base(letter) != _base(low[p]):
                continue
            other = low[:p] + letter + low[p + 1 :]
            key = syllable_key(other)
            if other != low and (other in listed or key in known):
                out[key] = other
    return out


def _pairs(names: Sequence[str]) -> Counter[tuple[str, str]]:
    """Neighbouring syllables (``syllable_key``s) of each phrase of ``names``, counted."""
    out: Counter[tuple[str, str]] = Counter()
    for name in names:
        out.update(pair for _, low in _keyed_runs(name)[1] for pair in pairwise(low))
    return out


def _sides(low: list[str], i: int, key: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Per neighbour of place ``i`` of ``low``: the pair ``key`` would make with it, and the pair the
    syllable as read makes with it."""
    out = []
    if i > 0:
        out.append(((low[i - 1], key), (low[i - 1], low[i])))
    if i + 1 < len(low):
        out.append(((key, low[i + 1]), (low[i], low[i + 1])))
    return out


def _printed_beside(low: list[str], i: int, key: str, pairs: Counter[tuple[str, str]],
                    own: Counter[tuple[str, str]]) -> bool:
    """True when the document prints ``key`` beside a neighbour of place ``i`` of ``low``
    elsewhere, and the syllable as read beside that neighbour nowhere but in this name (``own``)."""
    return any(pairs[other] > 0 and pairs[read] <= own[read] for other, read in _sides(low, i, key))


def _comma_joined(tokens: list[str], left: list[int], right: list[int]) -> bool:
    """Phrase ``right`` (its tokens' indexes) follows phrase ``left`` with only a comma between."""
    return right[0] == left[-1] + 2 and tokens[left[-1] + 1].strip() == ","


def _listed(name: str) -> Counter[tuple[str, str]]:
    """The syllables (``syllable_key``s) on either side of each comma that joins two phrases of
    ``name`` ("thôn, bản"), counted: the items of a list a report prints the same way each time."""
    tokens, runs = _keyed_runs(name)
    out: Counter[tuple[str, str]] = Counter()
    for (left, left_low), (right, right_low) in pairwise(runs):
        if _comma_joined(tokens, left, right):
            out[(left_low[-1], right_low[0])] += 1
    return out


def _list_sides(tokens: list[str], runs: list[tuple[list[int], list[str]]], r: int, i: int,
                key: str) -> list[tuple[tuple[str, str], tuple[str, str]]]:
    """Per item a comma joins to syllable ``i`` of phrase ``r`` (which must open or end that
    phrase): the pair ``key`` would make with it and the pair the syllable as read makes (``_listed``)."""
    run, low = runs[r]
    out = []
    if i == 0 and r > 0 and _comma_joined(tokens, runs[r - 1][0], run):
        prev = runs[r - 1][1][-1]
        out.append(((prev, key), (prev, low[0])))
    if i == len(low) - 1 and r + 1 < len(runs) and _comma_joined(tokens, run, runs[r + 1][0]):
        nxt = runs[r + 1][1][0]
        out.append(((key, nxt), (low[-1], nxt)))
    return out


def _capitalised(token: str) -> bool:
    """A proper name's syllable: a capital, then small letters ("Thắm"; not "TTHC")."""
    return token[:1].isupper() and (len(token) == 1 or token[1:].islower())


def _opens_sentence(tokens: Sequence[str], k: int) -> bool:
    """True when token ``k`` opens its name or a sentence in it (after ".", ":" or ";"): its
    capital is the sentence's, no proper name's."""
    return k == 0 or tokens[k - 1].rstrip()[-1:] in (".", ":", ";")


def _capitals(names: Sequence[str], *, inside: bool = False) -> Counter[str]:
    """How often each syllable (``syllable_key``) is printed capitalised (``_capitalised``);
    ``inside``: only where it opens no sentence (``_opens_sentence``)."""
    out: Counter[str] = Counter()
    for name in names:
        tokens, runs = phrases(name)
        out.update(syllable_key(tokens[k]) for run in runs for k in run
                   if _capitalised(tokens[k]) and not (inside and _opens_sentence(tokens, k)))
    return out


def _tone_blind_spot(read: str, other: str) -> bool:
    """True when ``other`` is ``read`` with one letter's tone the ``vie`` model misreads one way
    (``extractor.ocr_choices.blind_spot``: "Thắm" read for "Thẳm")."""
    pairs = [(a, b) for a, b in zip(unicodedata.normalize("NFC", read.lower()), other, strict=False) if a != b]
    return len(read) == len(other) and len(pairs) == 1 and blind_spot(*pairs[0])


def _read_against_blind_spot(read: str, other: str) -> bool:
    """True when ``read`` is ``other`` with one letter's tone mark the ``vie`` model misreads one
    way (``extractor.ocr_choices.blind_spot``), both letters marked: it read a hook or a grave
    where it nearly read an acute. The model turns a printed hook or grave into an acute, rarely
    an acute into either, so the mark it read is most likely printed: "chuyên đổi số" (a source's
    typo for "chuyển"), read right and nearly read "đối", became "đối" because "đối số" is a
    dictionary word (dev scan v16340, 200 dpi). A mark read where it nearly read none is no such
    evidence: a speck, and a mark lost, are both common ("giai quyết" for "giải quyết").

    >>> _read_against_blind_spot("đổi", "đối"), _read_against_blind_spot("đối", "đổi")
    (True, False)
    >>> _read_against_blind_spot("giải", "giai")
    False
    """
    marked = [ch for ch in unicodedata.normalize("NFD", read + other) if ch in TONE_MARKS]
    return len(marked) == 2 and _tone_blind_spot(other, read)


# How often real report prose must print a near reading beside a neighbour (``syllable_counts``) for a
# syllable the prose never prints beside either neighbour to take it: twice, as ``fix_phrase`` wants.
_PROSE_PAIR_MIN = 2


def _prose_beside(low: list[str], i: int, key: str) -> int:
    """How often real report prose printed syllable ``key`` beside the neighbours of place ``i``."""
    pairs = syllable_counts().pairs
    left = pairs.get((low[i - 1], key), 0) if i > 0 else 0
    right = pairs.get((key, low[i + 1]), 0) if i + 1 < len(low) else 0
    return left + right


def read_by_choices(names: Sequence[str], choices: Choices) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each of one document's OCR'd ``names`` with a syllable read as a letter Tesseract's LSTM
    nearly read instead (``choices``: ``extractor.grid.Grid.choices``) where the document or the
    word list accepts that reading and not the one read, and the (read, taken) pairs.

    The reading taken must be the only one of the near readings (``_near_readings``) that
    1. the document prints beside one of the same neighbours elsewhere, the syllable as read
       beside it nowhere else ("(Sỉ Thầu Chải" where another name prints "Sì Thầu": the LSTM
       weighed "ì" nearly as much as "ỉ"); for a capitalised syllable (a proper name's), that
       the document prints capitalised anywhere else, the one as read nowhere else ("xã Hồ
       Thâu" where other names print "Sì Thầu Chải"), and inside a name only a capital printed
       inside a name counts: the capital that opens a name is the sentence's ("Lao Tỳ Phùng",
       nearly read "Tỷ", is no "Tỷ" because the table's names open "Tỷ lệ"; dev scan v25510); for a syllable a comma joins to another
       (a list's item), that the document lists beside that item elsewhere, the syllable as read
       nowhere else (``_listed``: "thôn, bàn có đường", nearly read "bản", where two other names
       list "thôn, bản,"; dev scan v17100); or else
    2. makes a dictionary word with a neighbour where the syllable as read makes none; or, in
       small letters, stands beside a neighbour in real report prose (``syllable_counts``, at
       least twice) where the syllable as read never does ("ngoại khóa gần với nội dung", nearly
       read "gắn": the prose prints "gắn với", never "gần với"; dev scan v16400, skewed 1.6°), the
       syllable inside its phrase (the neighbour past a comma is unknown: v15610 "thôn, bản có đường", nearly
       read "bàn", where "địa bàn có" is what the prose prints);
       or else, for a proper name's syllable inside its phrase, which no list and no other copy decides,
    3. is the tone the ``vie`` model misreads one way (``extractor.ocr_choices.blind_spot``: a
       hook read as an acute): "Bản Thắm" for "Bản Thẳm" (dev scans 13000, 13340), where the LSTM
       weighed "ẳ" nearly as much as "ắ".
    Rule 2 (the word lists and the prose counts) never takes an acute for a hook or a grave the
    LSTM read (``_read_against_blind_spot``). Proper names are syllables no word list holds, so for them only the document can say; the
    LSTM's own near choice is what lets one neighbour, and a name's first or last syllable, do.

    >>> names = ["Duy trì các bản du lịch (Sỉ Thầu Chải, Bản Thẳm)", "Xây dựng bản Sì Thầu Chải"]
    >>> read_by_choices(names, {"sỉ": ("s", "ỉì")})[0]
    ('Duy trì các bản du lịch (Sì Thầu Chải, Bản Thẳm)', [('Sỉ', 'Sì')])
    >>> read_by_choices(names, {})[0][1], read_by_choices(names[:1], {"sỉ": ("s", "ỉì")})[0][1]
    ([], [])
    """
    if not choices:
        return [(name, []) for name in names]
    words, _ = vie_words()
    pairs, capitals, capitals_inside = _pairs(names), _capitals(names), _capitals(names, inside=True)
    listed: Counter[tuple[str, str]] = sum((_listed(name) for name in names), Counter())
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for name in names:
        tokens, runs = _keyed_runs(name)
        own, own_capitals, own_listed = _pairs([name]), _capitals([name]), _listed(name)
        own_inside = _capitals([name], inside=True)
        changed: list[tuple[str, str]] = []
        for ri, (run, low) in enumerate(runs):
            for i, k in enumerate(run):
                near = choices.get(unicodedata.normalize("NFC", tokens[k].lower()))
                if near is None or len(near) != len(tokens[k]):
                    continue
                readings = _near_readings(tokens[k], near)
                proper = _capitalised(tokens[k])
                taken = {key: r for key, r in readings.items() if _printed_beside(low, i, key, pairs, own)
                         or any(listed[other] > 0 and listed[read] <= own_listed[read]
                                for other, read in _list_sides(tokens, runs, ri, i, key))}
                # A sentence's opening capital is evidence for another's opening only.
                caps, own_caps = (capitals, own_capitals) if _opens_sentence(tokens, k) else (capitals_inside, own_inside)
                if not taken and proper and caps[low[i]] <= own_caps[low[i]]:
                    taken = {key: r for key, r in readings.items() if caps[key] > 0}
                # The word lists know no spelling of the report's own, so they never outweigh a tone
                # the model reads reliably (``_read_against_blind_spot``); the document above may.
                listed_readings = {key: r for key, r in readings.items() if not _read_against_blind_spot(tokens[k], r)}
                if not taken and not words_at(low, i, words):
                    taken = {key: r for key, r in listed_readings.items() if words_at([*low[:i], key, *low[i + 1:]], i, words)}
                inside = 0 < i < len(low) - 1
                if not taken and inside and not proper and not words_at(low, i, words) and not _prose_beside(low, i, low[i]):
                    taken = {key: r for key, r in listed_readings.items() if _prose_beside(low, i, key) >= _PROSE_PAIR_MIN}
                if not taken and proper and i > 0 and capitals[low[i]] <= own_capitals[low[i]]:
                    taken = {key: r for key, r in readings.items() if _tone_blind_spot(tokens[k], r)}
                if len(taken) == 1:
                    _take(taken, tokens, k, low, i, changed)
        out.append(("".join(tokens), changed))
    return out
