"""Vietnamese text in the legacy font encodings district offices still send, read as Unicode.

Before Unicode, Vietnamese was typed with fonts that drew Vietnamese letters at the code points of
other characters; the file holds those code points, so read as Windows-1258 it is garbage ("Tæng
s¶n l­îng" for "Tổng sản lượng"). Two encodings were common, and both are converted here by their
published tables (no library on PyPI that converts them is maintained: see the commit that added
this module):

- **TCVN3** (ABC, TCVN 5712:1993 "VN3", the ``.VnTime`` fonts): one byte per letter. Only seven
  capitals have codes of their own (Ă Â Ê Ô Ơ Ư Đ); a capital with a tone mark ("Ổ") is the small
  letter's byte drawn by the capitals font ``.VnTimeH``, so the file cannot tell "BÁO" from "BáO".
  ``decode_tcvn3`` writes such a letter as a capital inside a word printed in capitals.
- **VNI** (VNI-Windows, the ``VNI-Times`` fonts): a Latin base letter followed by one mark byte that
  says its shape and tone ("aù" á, "aâ" â, "aá" ấ, "aê" ă, "aé" ắ), a few letters in one byte ("ô" ơ,
  "ö" ư, "ñ" đ, "æ" ỉ, "î" ỵ); capitals have capital marks ("AÙ" Á), so nothing is lost.

Both are pure functions of the file's bytes; ``legacy_encoding`` tells which one a text that is not
UTF-8 is in (or None: Windows-1258 or something else).
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 ---------------------------------------------------------------------------------------

# The letters of TCVN3, in byte order from the byte each run starts at.
_TCVN3_RUNS = {
    0xA1: "ĂÂÊÔƠƯĐăâêôơưđ",
    0xB5: "àảãáạ",
    0xBB: "ằẳẵắ",
    0xC6: "ặầẩẫấậè",
    0xCE: "ẻẽéẹềểễếệìỉ",
    0xDC: "ĩíịò",
    0xE1: "ỏõóọồổỗốộờởỡớợù",
    0xF1: "ủũúụừửữứựỳỷỹýỵ",
}
_TCVN3 = {start + i: letter for start, run in _TCVN3_RUNS.items() for i, letter in enumerate(run)}
# Small letters with a tone that TCVN3 writes the same in capitals (.VnTimeH draws them): all but
# the seven with capitals of their own (ă â ê ô ơ ư đ).
_TCVN3_CASELESS = frozenset(ch for ch in _TCVN3.values() if ch.islower() and ch.upper() not in _TCVN3.values())
_WORD_RE = re.compile(r"\w+")


def _byte_char(b: int) -> str:
    """A byte no legacy table maps, as Windows shows it (cp1252: “ ” – — in 0x80-0x9F), else Latin-1."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes -> Unicode (NFC).

    >>> decode_tcvn3("Tæng s¶n l­îng l­¬ng thùc ®¹t 41.160 tÊn".encode("latin-1"))
    'Tổng sản lượng lương thực đạt 41.160 tấn'
    >>> decode_tcvn3("B¸O C¸O KÕT QU¶ THùC HIÖN".encode("latin-1"))
    'BÁO CÁO KẾT QUẢ THỰC HIỆN'
    """
    text = "".join(_TCVN3.get(b) or _byte_char(b) for b in data)
    # Each table cell (tab-separated) is judged on its own: a heading in capitals beside a name
    # in small letters.
    return "\n".join("\t".join(_tcvn3_capitals(cell) for cell in line.split("\t")) for line in text.split("\n"))


def _tcvn3_capitals(line: str) -> str:
    """A line (or a table cell) with the letters TCVN3 wrote small where they are capitals, written
    as capitals.

    A word is in capitals when none of its letters is a small letter TCVN3 could have written as a
    capital, and at least two of them are capitals ("KÕT" -> "KẾT"); a word with fewer ("Sè" is "Số"
    or "SỐ") is in capitals when the whole line is: no small letter, and a word of the first kind
    ("TæNG Sè" -> "TỔNG SỐ", but "Sè 641-BC/HU" -> "Số 641-BC/HU"). A sentence's first letter is a
    capital ("ñy ban" at the start of a line, a cell or a sentence -> "Ủy ban"). Markup (<b>, <sup>)
    is no word of the line."""
    bare = _MARKUP_RE.sub(lambda m: " " * len(m.group(0)), line)
    words = [(m, *_letters(m.group(0))) for m in _WORD_RE.finditer(bare)]
    if not any(caseless for _, caseless, _small, _caps in words):
        return line
    line_in_capitals = not any(small for _, _c, small, _n in words) and any(c and n >= 2 for _, c, _s, n in words)
    chars = list(line)
    for m, caseless, small, capitals in words:
        if caseless and not small and (capitals >= 2 or line_in_capitals):
            chars[m.start():m.end()] = m.group(0).upper()
        elif m.group(0)[0] in _TCVN3_CASELESS and (_SENTENCE_START_RE.search(bare, 0, m.start())
                                                     or _INSTITUTION_RE.match(bare, m.start())):
            chars[m.start()] = m.group(0)[0].upper()
    return "".join(chars)


_MARKUP_RE = re.compile(r"</?[a-zA-Z][^<>]*>")
# "Ủy ban" (nhân dân, MTTQ, Kiểm tra) names an institution and is printed with its capital in
# reports (15 of 16 times in the seeds and the prose corpus); "Tỉnh ủy", "Đảng ủy" keep theirs small.
_INSTITUTION_RE = re.compile(r"ủy ban\b")
# Where a sentence starts: the line's or the cell's start (after a list mark, a number, a footnote
# number), or after a full stop.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?]\s)[\s\d\-+*•.)(]*$")


def _letters(word: str) -> tuple[bool, bool, int]:
    """Whether a word has a letter whose case TCVN3 loses, whether it has a small letter TCVN3
    writes as small, and how many capitals it prints."""
    caseless = any(ch in _TCVN3_CASELESS for ch in word)
    small = any(ch.islower() and ch not in _TCVN3_CASELESS for ch in word)
    return caseless, small, sum(ch.isupper() for ch in word)


# --- VNI -----------------------------------------------------------------------------------------

# Marks written after a base vowel: (shape, tone) -> the mark's small form. Shape "" is the plain
# vowel; "^" its circumflex (â ê ô), "(" the breve of ă.
_VNI_TONES = {"": "", "\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters VNI writes in one byte (small forms; the capitals are their capital forms), which may
# carry a tone mark after them like a base vowel: "ô" ơ, "ôù" ớ; "ö" ư, "öø" ừ.
_VNI_SINGLE = {"ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î"}


def _vni_table() -> dict[str, str]:
    """VNI spelling -> Unicode letter, for every Vietnamese letter with a tone or a shape."""
    table: dict[str, str] = {}
    for tone, mark in _VNI_TONES.items():
        for base in "aeouy":
            if tone:
                table[base + mark] = unicodedata.normalize("NFC", base + tone)
        for letter, vni in (("ơ", "ô"), ("ư", "ö")):
            if tone:
                table[vni + mark] = unicodedata.normalize("NFC", letter + tone)
    for tone, mark in _VNI_CIRCUMFLEX.items():
        for base in "aeo":
            table[base + mark] = unicodedata.normalize("NFC", base + "\u0302" + tone)
    for tone, mark in _VNI_BREVE.items():
        table["a" + mark] = unicodedata.normalize("NFC", "a\u0306" + tone)
    for letter, vni in _VNI_SINGLE.items():
        table.setdefault(vni, letter)
    del table["y" + _VNI_TONES["\u0323"]]  # ỵ is one byte ("î"), never "y" with a dot mark
    # Capitals: a capital base letter, its mark in either case ("AÙ", as the fonts write it, or "Aù").
    for spelled, letter in list(table.items()):
        table[spelled.upper()] = letter.upper()
        if len(spelled) == 2:
            table[spelled[0].upper() + spelled[1]] = letter.upper()
    return table


_VNI = _vni_table()
_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(_VNI, key=len, reverse=True)))


def decode_vni(data: bytes) -> str:
    """VNI (VNI-Windows) bytes -> Unicode (NFC).

    >>> decode_vni("Toång saûn löôïng löông thöïc ñaït 41.160 taán".encode("cp1252"))
    'Tổng sản lượng lương thực đạt 41.160 tấn'
    >>> decode_vni("BAÙO CAÙO".encode("cp1252"))
    'BÁO CÁO'
    """
    text = "".join(_byte_char(b) for b in data)
    return _VNI_RE.sub(lambda m: _VNI[m.group(0)], text)


# --- which one -----------------------------------------------------------------------------------

# Bytes 0xA1-0xBF are symbols in Windows-1258 ("§", "¶", "µ", "¸", the soft hyphen), seldom in a
# report; TCVN3 puts Vietnamese letters there (ă â ê ô ơ ư đ, à ả ã á ạ, ằ ẳ ẵ ắ). VNI never does: its
# marks follow a base vowel, and Windows-1258 shows them as letters Vietnamese does not use.
_TCVN3_BYTES = frozenset(range(0xA1, 0xC0))
_VNI_MARKS = frozenset(
    (mark.upper() if upper else mark).encode("cp1252")[0]
    for marks in (_VNI_TONES, _VNI_CIRCUMFLEX, _VNI_BREVE) for mark in marks.values() if mark
    for upper in (False, True)
)
_VOWELS = frozenset(b"aeouyAEOUY") | {0xF4, 0xF6, 0xD4, 0xD6}  # and VNI's ơ ư (ô ö), O-horn U-horn


def legacy_encoding(data: bytes) -> str | None:
    """"TCVN3" or "VNI" when 8-bit text that is not UTF-8 is Vietnamese in that legacy font
    encoding, None when it reads as Windows-1258 (or too few of its bytes are above ASCII to tell).

    TCVN3: more than a tenth of the bytes above ASCII are in 0xA1-0xBF. VNI: more than a third are a
    mark byte right after a vowel. Measured on the seeds, corpus/clean and the prose corpus's dev
    passages (430 texts) written in each encoding: in 0xA1-0xBF, Windows-1258 at most 2.7 %, TCVN3
    at least 19.5 %; marks after a vowel, Windows-1258 at most 16 %, VNI at least 53 %.

    >>> legacy_encoding("Tæng s¶n l­îng l­¬ng thùc ®¹t 41.160 tÊn, b»ng 98,5% kÕ ho¹ch. ".encode("latin-1") * 2)
    'TCVN3'
    >>> legacy_encoding("Toång saûn löôïng löông thöïc ñaït 41.160 taán, baèng 98,5% keá hoaïch. ".encode("cp1252") * 2)
    'VNI'
    """
    sample = data[:200_000]
    high = [b for b in sample if b >= 0x80]
    if len(high) < 20:
        return None
    if sum(b in _TCVN3_BYTES for b in high) > 0.1 * len(high):
        return "TCVN3"
    marks = sum(1 for i, b in enumerate(sample) if b in _VNI_MARKS and i and sample[i - 1] in _VOWELS)
    return "VNI" if marks > len(high) / 3 else None


DECODERS = {"TCVN3": decode_tcvn3, "VNI": decode_vni}

__all__ = ["DECODERS", "decode_tcvn3", "decode_vni", "legacy_encoding"]
