"""Indicator names: cleaning, a normal form for matching, and a calibrated OCR-tolerant similarity.

The same indicator is printed differently from one report to the next: markup and numbering
("<b>1</b>", "1.1.", "a)"), a child marker ("Trong đó: ..."), abbreviations ("NTM", "NQ ĐH"),
and in scanned copies OCR damage ("Tỷ lệ gieo phủ rừng" for "Tỷ lệ che phủ rừng"). Sibling
indicators, on the other hand, differ by one or two words that carry the whole meaning
("hộ gia đình" / "thôn, bản, khu phố", "nhẹ cân" / "thấp còi"). So the score is a character-level
ratio blended with a word-set score, minus a penalty for every *contrast* on which the two names
take different sides (see ``_CONTRASTS``). The weights and ``MATCH_CUTOFF`` were fitted on
``tests/data/name_pairs.tsv`` by ``benchmarks/calibrate_names.py``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel

from normalizers.text import fold, nfc, strip_markup

# ---------------------------------------------------------------------------------------------
# Calibrated constants (benchmarks/calibrate_names.py prints how they were chosen).
# ---------------------------------------------------------------------------------------------
#: Weight of the character-level ratio; the rest goes to the word-set score.
RATIO_WEIGHT = 0.8
#: Within the word-set score, weight of containment (shorter name's words found in the longer);
#: the rest is the Dice overlap of the two word sets.
CONTAINMENT_WEIGHT = 1.0
#: Points taken off for each contrast on which the two names disagree.
CONTRAST_PENALTY = 25.0
#: Points taken off when the names carry different codes (5G/6G, 2024/2025, NQ 03/NQ 05).
CODE_PENALTY = 25.0
#: Points taken off when plain numbers differ (targets such as "80%" vs "60%"): OCR alters digits.
NUMBER_PENALTY = 2.0
#: Scores at or above this are the same indicator.
MATCH_CUTOFF: float = 75.5
#: If the best two candidates score within this many points, the match is ambiguous.
AMBIGUITY_MARGIN: float = 5.0


@dataclass(frozen=True)
class IndicatorName:
    """An indicator name as printed and cleaned.

    ``clean_indicator("<b>Trong đó: Số xã đạt chuẩn NTM trong năm</b>")`` gives
    ``text="Số xã đạt chuẩn NTM trong năm"``, ``is_child=True``,
    ``key="so xa dat chuan nong thon moi trong nam"``.
    """

    #: The cell text exactly as printed (markup included).
    printed: str
    #: Clean accented form: markup, numbering and child marker removed, NFC.
    text: str
    #: Normal form for matching (``indicator_key(text)``).
    key: str
    #: The name began with "Trong đó", "Gồm", "Bao gồm": a part of the row above.
    is_child: bool
    #: The numbering that preceded the name ("1.", "1.1.", "a)", "I", "-", "A"), if any.
    numbering: str | None


# ---------------------------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------------------------
# Vietnamese capitals spelt out: a range such as À-Ỹ would also take in the small letters.
_UPPER = "".join(
    sorted(
        {
            unicodedata.normalize("NFC", v + t)
            for v in "AĂÂEÊIOÔƠUƯY"
            for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
        }
        | set("BCDĐFGHJKLMNPQRSTVWXZ")
    )
)
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
# A roman number I … XXXIX as printed before a section ("II", "XIV"), never empty: the one pattern
# every reader of section numbers uses (tables' STT columns, headings, names glued to their number).
ROMAN_PATTERN = rf"(?=[IVX]){_ROMAN}"
_ROMAN_NUMBER_RE = re.compile(rf"^{ROMAN_PATTERN}$")


def is_roman(text: str) -> bool:
    """Is ``text`` a roman number as printed before a section: ``"IV"``, ``"XII"`` (not ``"IIII"``,
    ``"VX"``, ``""``)? Surrounding punctuation is the caller's to strip."""
    return bool(_ROMAN_NUMBER_RE.match(text))
# Each alternative is a numbering style seen in the seeds' STT column when it is glued to the name.
# A dash bullet in a scanned name is often read as "~" (a short stroke, a little wavy at 200 dpi); no
# name is printed after a lone "~", so before a word it is taken for the bullet. A speck beside the
# dash reads as a "~" of its own ("~- Xuất khẩu", dev scan v16030, skewed 1.2°): a "~" glued to a
# dash before a word is that dash too.
_NUMBERING_RE = re.compile(
    rf"""^\s*(?:
        (?P<dotted>\d{{1,3}}(?:\.\d{{1,3}})*[.)])(?=\s|$)         # 1.  1.1.  2)
      | (?P<multi>\d{{1,3}}(?:\.\d{{1,3}})+)(?=\s)                # 1.1 (no final dot)
      | (?P<bare>\d{{1,2}})\s+(?=[{_UPPER}])                      # "9 Tỷ lệ" (STT and name merged)
      | (?P<letter>[a-zđ][.)])(?=\s)                              # a)  b.
      | (?P<roman>(?=[IVX]){_ROMAN})(?:[.)]|(?=\s+[{_UPPER}]))    # I.  IV  (before a capital)
      | (?P<cap>[A-H])(?:[.)]|(?=\s+[{_UPPER}]{{2}}))             # A.  "A CHỈ TIÊU KINH TẾ"
      | (?P<bullet>[-+•*–—])(?=\s|[{_UPPER}a-zđ0-9])              # -  +  •
      | (?P<tilde>~)(?=\s+[{_UPPER}a-zđ]|[-–—]\s*[{_UPPER}a-zđ])  # "~ Ngân sách", "~- Xuất": a scanned "-"
    )\s*""",
    re.VERBOSE,
)
_CHILD_RE = re.compile(r"^(?:trong\s+đó|trong\s+do|bao\s+gồm|chia\s+ra|gồm)\s*(?:[:：,.\-–]+\s*|\s+|$)", re.IGNORECASE)
# Trailing punctuation, and a lone accent mark after a space: a scanned speck ("… thuận lợi ˆ",
# "… đạt 20%/năm `", dev scan v10910); no name ends in a spacing accent.
_TRAILING_RE = re.compile(r"(?:[\s;:,]|\s[`ˆ^˜¨´]+(?=\s|$))+$")


def _strip_prefixes(text: str) -> tuple[str, str | None, bool]:
    """Remove numbering and child markers from the start, in any order, as often as they repeat."""
    numbering: str | None = None
    is_child = False
    for _ in range(4):
        # A prefix is only a prefix if a name follows it: "I" or "Gồm" alone stay as printed.
        m = _NUMBERING_RE.match(text)
        if m and any(m.groupdict().values()) and text[m.end() :].strip():
            if numbering is None:
                # The "~" is the dash bullet as OCR read it: reported as the dash it stands for.
                numbering = "-" if m.group("tilde") else next(v for v in m.groupdict().values() if v).strip()
            text = text[m.end() :]
            continue
        c = _CHILD_RE.match(text)
        if c and text[c.end() :].strip():
            is_child = True
            text = text[c.end() :]
            continue
        break
    return text, numbering, is_child


# Printed characters a name keeps as they are although NFKC would spell them otherwise: the
# ellipsis of "(… giao dịch tài chính số,…)" and the superscripts of "m²", "m³".
_KEEP_RE = re.compile("([\u2026\u00b2\u00b3])")


def _compatible(text: str) -> str:
    """NFKC (ligatures, non-breaking and full-width spaces, full-width letters) except for the
    characters of ``_KEEP_RE``, which the name prints on purpose.

    >>> _compatible("giao dịch tài chính số,…) m²\u00a0x")
    'giao dịch tài chính số,…) m² x'
    """
    return "".join(p if _KEEP_RE.fullmatch(p) else unicodedata.normalize("NFKC", p) for p in _KEEP_RE.split(text))


def clean_indicator(printed: str) -> IndicatorName:
    """Clean a printed indicator name.

    ``clean_indicator("<b>1</b>  <b>Thu nhập bình quân đầu người/ năm</b>")`` ->
    ``text="Thu nhập bình quân đầu người/ năm"``, ``numbering="1"``.
    """
    text = strip_markup(_compatible(printed))
    text, numbering, is_child = _strip_prefixes(text)
    text = nfc(_TRAILING_RE.sub("", text).strip())
    return IndicatorName(
        printed=printed, text=text, key=indicator_key(text), is_child=is_child, numbering=numbering
    )


# ---------------------------------------------------------------------------------------------
# Normal form
# ---------------------------------------------------------------------------------------------
# Expanded on the folded form, so "NQ ĐH", "Nq đh" and the OCR'd "NO DH" all become the same words.
# Bigrams first: "no" and "gd" alone are ordinary words or too ambiguous, the pairs are not.
_BIGRAMS: dict[tuple[str, str], str] = {
    ("no", "dh"): "nghi quyet dai hoi",
    ("kt", "xh"): "kinh te xa hoi",
    ("gd", "dt"): "giao duc dao tao",
    ("nn", "ptnt"): "nong nghiep phat trien nong thon",
    ("ct", "mtqg"): "chuong trinh muc tieu quoc gia",
}
_UNIGRAMS: dict[str, str] = {
    "ntm": "nong thon moi",
    "kh": "ke hoach",
    "th": "thuc hien",
    "nq": "nghi quyet",
    "dh": "dai hoi",
    "nsnn": "ngan sach nha nuoc",
    "tthc": "thu tuc hanh chinh",
    "dtts": "dan toc thieu so",
    "dbdtts": "dong bao dan toc thieu so",
    "hdnd": "hoi dong nhan dan",
    "ubnd": "uy ban nhan dan",
    "cbcc": "can bo cong chuc",
    "cbccvc": "can bo cong chuc vien chuc",
    "bhyt": "bao hiem y te",
    "bhxh": "bao hiem xa hoi",
    "cntt": "cong nghe thong tin",
    "mttq": "mat tran to quoc",
    "thcs": "trung hoc co so",
    "thpt": "trung hoc pho thong",
    "ktxh": "kinh te xa hoi",
    "ptnt": "phat trien nong thon",
    "ctmtqg": "chuong trinh muc tieu quoc gia",
    "mtqg": "muc tieu quoc gia",
    "bch": "ban chap hanh",
    "nv": "nhiem vu",
    "dvc": "dich vu cong",
    "csdl": "co so du lieu",
    "sxkd": "san xuat kinh doanh",
    "gtsx": "gia tri san xuat",
    "tmdt": "thuong mai dien tu",
    "cdcs": "chuyen doi so",
    "dbkk": "dac biet kho khan",
}
# Vietnamese spells some syllables with i or y (tỉ/tỷ lệ, kĩ/kỹ năng, lí/lý luận): one form each.
_IY = {"ti": "ty", "ki": "ky", "li": "ly", "mi": "my"}
_CHILD_TOKENS = (("trong", "do"), ("bao", "gom"), ("gom",))
_NON_KEY_RE = re.compile(r"[^a-z0-9]+")


def _expand(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        pair = (tokens[i], tokens[i + 1]) if i + 1 < len(tokens) else None
        if pair is not None and pair in _BIGRAMS:
            out.extend(_BIGRAMS[pair].split())
            i += 2
            continue
        t = tokens[i]
        out.extend(_UNIGRAMS[t].split() if t in _UNIGRAMS else [t])
        i += 1
    return out


def _strip_child_tokens(tokens: list[str]) -> list[str]:
    changed = True
    while changed and tokens:
        changed = False
        for marker in _CHILD_TOKENS:
            if tuple(tokens[: len(marker)]) == marker and len(tokens) > len(marker):
                tokens = tokens[len(marker) :]
                changed = True
    return tokens


@lru_cache(maxsize=65536)
def indicator_key(text: str) -> str:
    """Normal form of an indicator name for matching: ASCII lower case words separated by one space.

    ``indicator_key("<b>Trong đó: Số xã đạt chuẩn NTM trong năm</b>")`` ->
    ``"so xa dat chuan nong thon moi trong nam"``; ``indicator_key("Mục tiêu NO DH")`` ->
    ``"muc tieu nghi quyet dai hoi"``. Idempotent: a key is its own key.
    """
    s = strip_markup(unicodedata.normalize("NFKC", text))
    s, _, _ = _strip_prefixes(s)
    s = _NON_KEY_RE.sub(" ", fold(s))
    tokens = [(t.lstrip("0") or "0") if t.isdigit() else _IY.get(t, t) for t in s.split()]
    tokens = _strip_child_tokens(_expand(tokens))
    return " ".join(tokens)


# ---------------------------------------------------------------------------------------------
# Contrasts: words on which sibling indicators differ
# ---------------------------------------------------------------------------------------------
# Each group lists the alternatives of one contrast, as phrases of the folded key. Two names are
# penalised for a group when both name members and neither's members include the other's; a name
# that names none (because OCR destroyed the word, or the word is implicit) is not penalised. Groups
# marked ``absent=True`` treat "names none" as a side of its own: "Số xã đạt chuẩn NTM" vs "... trong
# năm" (the year's share of a running total) are different figures.
@dataclass(frozen=True)
class _Contrast:
    name: str
    members: tuple[str, ...]
    absent: bool = False
    leading: bool = False


_CONTRASTS: tuple[_Contrast, ...] = (
    # What the rate is measured over.
    _Contrast(
        "unit_of_count",
        (
            "ho gia dinh",
            "ho dan",
            "ho ngheo",
            "ho can ngheo",
            "ho san xuat",
            "thon ban",
            "khu pho",
            "khu dan cu",
            "to dan pho",
            "co quan don vi",
            "truong hoc",
            "tram y te",
        ),
    ),
    _Contrast("urban_rural", ("do thi", "nong thon")),
    _Contrast("school_level", ("mau giao", "mam non", "tieu hoc", "trung hoc co so", "trung hoc pho thong")),
    _Contrast("malnutrition", ("nhe can", "thap coi", "gay com")),
    _Contrast("admin_level", ("cap xa", "cap huyen", "cap tinh", "trung uong")),
    _Contrast(
        "party_body",
        (
            "to chuc co so dang",
            "dang vien",
            "dang bo huyen",
            "chi bo",
            "to chuc chinh quyen",
            "mat tran to quoc",
        ),
    ),
    _Contrast(
        "actor", ("nguoi dan", "dan so", "doanh nghiep", "can bo cong chuc", "hoc sinh", "tre em", "lao dong")
    ),
    _Contrast("culture", ("nha van hoa", "tieu chuan van hoa")),
    _Contrast("product", ("san pham ocop", "san pham chu luc")),
    _Contrast(
        "counted_thing", ("doanh nghiep", "bai bao", "de tai", "nhiem vu", "sang che", "sang kien", "du an")
    ),
    _Contrast("tourism", ("luot khach", "doanh thu", "tang truong khach")),
    # Kind of figure: a rate, a count, a change. Only the words that open the name count.
    _Contrast(
        "measure",
        ("ty le", "so", "tong so", "tong", "muc giam", "toc do", "ty suat", "ty trong"),
        leading=True,
    ),
    # A share, a growth rate or a reduction is not the amount it is computed from: absent is a side.
    _Contrast("derived", ("ty trong", "toc do tang", "muc giam", "muc tang"), absent=True),
    # A share of the year, a higher tier: absent is a side.
    _Contrast("scope", ("trong nam", "moi nang cao", "moi kieu mau"), absent=True),
)
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# A number right before these words is a document number ("03-NQ/TU" -> "3 nghi quyet tu").
_DOC_WORDS = ("nghi quyet", "de an", "quyet dinh", "ke hoach", "bao cao", "chi thi")


@dataclass(frozen=True)
class _Features:
    masks: tuple[int, ...]
    codes: frozenset[str]
    numbers: frozenset[str]


def _phrase_in(key: str, phrase: str) -> bool:
    return f" {phrase} " in f" {key} "


@lru_cache(maxsize=65536)
def _features(key: str) -> _Features:
    masks = []
    for group in _CONTRASTS:
        mask = 0
        if group.leading:
            # Longest opening phrase only: "tong so" is not also "tong".
            for bit, member in sorted(enumerate(group.members), key=lambda bm: -len(bm[1])):
                if key == member or key.startswith(member + " "):
                    mask = 1 << bit
                    break
        else:
            for bit, member in enumerate(group.members):
                if _phrase_in(key, member):
                    mask |= 1 << bit
        if group.absent and mask == 0:
            mask = 1 << len(group.members)
        masks.append(mask)
    tokens = key.split()
    codes: set[str] = set()
    numbers: set[str] = set()
    for i, tok in enumerate(tokens):
        if not any(c.isdigit() for c in tok):
            continue
        rest = " ".join(tokens[i + 1 : i + 3])
        if not tok.isdigit() or _YEAR_RE.match(tok) or any(rest.startswith(w) for w in _DOC_WORDS):
            codes.add(tok)  # 5g, 3d, a year, a document number
        else:
            numbers.add(tok)
    return _Features(tuple(masks), frozenset(codes), frozenset(numbers))


def _conflicts(sets_q: Sequence[frozenset[str]], sets_c: Sequence[frozenset[str]]) -> np.ndarray:
    """True where both sides have items and neither side's items contain the other's.

    A subset is not a conflict: OCR and truncation lose words, they do not swap them.
    """
    vocab = {item: i for i, item in enumerate(sorted(set().union(*sets_q, *sets_c)))}
    if not vocab:
        return np.zeros((len(sets_q), len(sets_c)), dtype=bool)
    a = np.zeros((len(sets_q), len(vocab)), dtype=np.float32)
    b = np.zeros((len(sets_c), len(vocab)), dtype=np.float32)
    for i, items in enumerate(sets_q):
        a[i, [vocab[x] for x in items]] = 1.0
    for j, items in enumerate(sets_c):
        b[j, [vocab[x] for x in items]] = 1.0
    inter = a @ b.T
    na = a.sum(axis=1)[:, None]
    nb = b.sum(axis=1)[None, :]
    return (na > 0) & (nb > 0) & (inter < na) & (inter < nb)


def _penalties(fq: Sequence[_Features], fc: Sequence[_Features]) -> np.ndarray:
    """Penalty matrix: contrasts on which each query/choice pair disagrees, codes, numbers."""
    pen = np.zeros((len(fq), len(fc)), dtype=np.float64)
    if not fq or not fc:
        return pen
    mq = np.array([f.masks for f in fq], dtype=np.int64)
    mc = np.array([f.masks for f in fc], dtype=np.int64)
    for g in range(len(_CONTRASTS)):
        a = mq[:, g][:, None]
        b = mc[:, g][None, :]
        both = a & b
        pen += CONTRAST_PENALTY * ((a != 0) & (b != 0) & (both != a) & (both != b))
    pen += CODE_PENALTY * _conflicts([f.codes for f in fq], [f.codes for f in fc])
    pen += NUMBER_PENALTY * _conflicts([f.numbers for f in fq], [f.numbers for f in fc])
    return pen


# ---------------------------------------------------------------------------------------------
# Scores
# ---------------------------------------------------------------------------------------------
def _token_strings(keys: Sequence[str], vocab: dict[str, str]) -> list[str]:
    """Each key's distinct words as one private-use character each, in a shared sorted order.

    The Indel distance of two such strings is then the size of the symmetric difference of the
    word sets (sorted distinct sequences share exactly their common words as longest common
    subsequence), which ``cdist`` computes bit-parallel: token-set arithmetic at string speed.
    """
    out = []
    for key in keys:
        chars = []
        for tok in set(key.split()):
            ch = vocab.get(tok)
            if ch is None:
                n = len(vocab)
                ch = vocab[tok] = chr(0xE000 + n) if n < 6400 else chr(0xF0000 + n - 6400)
            chars.append(ch)
        out.append("".join(sorted(chars)))
    return out


def _base_matrix(kq: Sequence[str], kc: Sequence[str], workers: int) -> np.ndarray:
    """Blend of the character ratio and the word-set score (float32: half the memory traffic)."""
    base = process.cdist(kq, kc, scorer=fuzz.ratio, dtype=np.float32, workers=workers)
    base *= np.float32(RATIO_WEIGHT)
    vocab: dict[str, str] = {}
    tq = _token_strings(kq, vocab)
    tc = _token_strings(kc, vocab)
    common = process.cdist(tq, tc, scorer=Indel.distance, dtype=np.float32, workers=workers)
    na = np.array([len(t) for t in tq], dtype=np.float32)[:, None]
    nb = np.array([len(t) for t in tc], dtype=np.float32)[None, :]
    # Words in common from the Indel distance of the word strings: (|A| + |B| - d) / 2.
    np.subtract(na + nb, common, out=common)
    common *= np.float32(0.5)
    token_weight = 1.0 - RATIO_WEIGHT
    if CONTAINMENT_WEIGHT > 0:
        # Containment: 100 when one name's words are all in the other ("Tổng sản lượng lương thực"
        # in "... có hạt"), as token_set_ratio does; the ratio term keeps the length difference.
        shorter = np.maximum(np.minimum(na, nb), np.float32(1))
        base += common * (np.float32(100 * token_weight * CONTAINMENT_WEIGHT) / shorter)
    if CONTAINMENT_WEIGHT < 1:
        both = np.maximum(na + nb, np.float32(1))
        base += common * (np.float32(200 * token_weight * (1 - CONTAINMENT_WEIGHT)) / both)
    return base


def _score_keys(kq: Sequence[str], kc: Sequence[str], workers: int = 1) -> np.ndarray:
    if not kq or not kc:
        return np.zeros((len(kq), len(kc)), dtype=np.float32)
    scores = _base_matrix(kq, kc, workers)
    # Penalties depend only on each name's features, and names share few distinct feature sets:
    # score the distinct ones against each other, then spread with one gather.
    fq = [_features(k) for k in kq]
    fc = [_features(k) for k in kc]
    uq = list(dict.fromkeys(fq))
    uc = list(dict.fromkeys(fc))
    iq = {f: i for i, f in enumerate(uq)}
    ic = {f: i for i, f in enumerate(uc)}
    pen = _penalties(uq, uc).astype(np.float32)
    scores -= pen[np.array([iq[f] for f in fq])[:, None], np.array([ic[f] for f in fc])[None, :]]
    np.clip(scores, 0.0, 100.0, out=scores)
    scores[np.array([not k for k in kq]), :] = 0.0
    scores[:, np.array([not k for k in kc])] = 0.0
    return scores


def similarity(a: str, b: str, **_: Any) -> float:
    """Similarity of two indicator names, 0..100, on their keys (raw names or keys both work).

    ``similarity("Tỷ lệ gieo phủ rừng", "Tỷ lệ che phủ rừng")`` is above ``MATCH_CUTOFF``;
    ``similarity("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "Tỷ lệ thôn, bản, khu phố đạt tiêu
    chuẩn văn hóa")`` is well below it. Extra keyword arguments (RapidFuzz passes
    ``processor``/``score_cutoff`` to scorers) are ignored.
    """
    return float(_score_keys([indicator_key(a)], [indicator_key(b)])[0, 0])


def similarity_matrix(queries: Sequence[str], choices: Sequence[str]) -> np.ndarray:
    """Scores of every query against every choice (``len(queries) x len(choices)``, float32).

    The same numbers as ``similarity`` pair by pair, computed with ``rapidfuzz.process.cdist`` on
    all cores: ``similarity_matrix(["Tỷ lệ che phủ rừng"], ["Tỷ lệ gieo phủ rừng", "Tổng lượt
    khách du lịch"])`` -> ``[[85.2, 10.1]]``.
    """
    kq = [indicator_key(q) for q in queries]
    kc = [indicator_key(c) for c in choices]
    return _score_keys(kq, kc, workers=-1)


def match_indicator(
    query: str,
    choices: Sequence[str],
    *,
    scorer: Callable[..., float] = similarity,
    processor: Callable[[str], str] | None = indicator_key,
    score_cutoff: float = MATCH_CUTOFF,
) -> tuple[str, float, int] | None:
    """Best choice for ``query`` as ``(choice, score, index)``, or None below ``score_cutoff``.

    RapidFuzz's ``extractOne`` shape: ``match_indicator("Đoanh thu từ dịch vụ du lịch",
    ["Tổng lượt khách du lịch", "Doanh thu từ dịch vụ du lịch"])`` ->
    ``("Doanh thu từ dịch vụ du lịch", 100.0, 1)``. Ties go to the earliest choice.
    """
    if not choices:
        return None
    if scorer is similarity and processor in (indicator_key, None):
        row = _score_keys([indicator_key(query)], [indicator_key(c) for c in choices])[0]
        best = int(np.argmax(row))
        score = float(row[best])
        return (choices[best], score, best) if score >= score_cutoff else None
    found = process.extractOne(query, choices, scorer=scorer, processor=processor, score_cutoff=score_cutoff)
    if found is None:
        return None
    choice, score, index = found
    return choice, float(score), int(index)


def name_numbers(text: str) -> frozenset[str]:
    """The quantities a name states, as digit strings: ``"Trên 50% đơn vị sự nghiệp ..."`` ->
    ``{"50"}``. Years, codes ("5G") and document numbers ("Nghị quyết 09-NQ/TU") are not quantities.

    >>> sorted(name_numbers("80% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng"))
    ['80']
    >>> sorted(name_numbers("Nghị quyết 09-NQ/TU năm 2024"))
    []
    """
    return _features(indicator_key(text)).numbers


def numbers_conflict(a: str, b: str) -> bool:
    """True when two names both state quantities and neither's are among the other's.

    Such names are different indicators however alike their words: "80% dịch vụ công ..." and
    "60% hồ sơ công việc ...", "Trên 50% đơn vị ..." and "Trên 90% đơn vị ...". A name that states
    none (the number lost to OCR, or implicit) conflicts with nothing; quantities lost from one side
    (a subset) do not conflict either. Codes (a year, "3G", a document number) must be the same.

    >>> numbers_conflict("Trên 50% đơn vị sự nghiệp công lập", "Trên 90% đơn vị sự nghiệp công lập")
    True
    >>> numbers_conflict("Trên 50% đơn vị sự nghiệp công lập", "đơn vị sự nghiệp công lập")
    False
    >>> numbers_conflict("phủ sóng thông tin di động mạng 3G", "phủ sóng thông tin di động mạng 3G, 4G, 5G")
    True
    """
    fa, fb = _features(indicator_key(a)), _features(indicator_key(b))
    na, nb = fa.numbers, fb.numbers
    if na and nb and not (na <= nb or nb <= na):
        return True
    # Codes ("3G", a year, a document number) name the thing itself: "mạng 3G" is not "mạng 3G, 4G,
    # 5G", "Nghị quyết 03" not "Nghị quyết 05".
    return bool(fa.codes) and bool(fb.codes) and fa.codes != fb.codes
