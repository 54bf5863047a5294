"""Running-text lines made ready for figure extraction: markup off, footnote markers remembered.

A line of a text rendering still carries markdown (``**``, ``*``, ``#``), HTML (``<sup>9</sup>``
footnote markers, ``m<sup>2</sup>`` exponents) and bullets. ``clean_line`` removes them and records
where each footnote marker stood in the cleaned text, and whether the line is itself a footnote
(``<sup>3</sup> Lúa: 4.515/4.515 ha ...``) or a heading.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from extractor.prose_patterns import EDGE_WORDS, YEAR_RE
from normalizers.text import fold

_EXPONENT_RE = re.compile(r"(?<=[mM])\s*<sup>\s*([23])\s*</sup>", re.IGNORECASE)
_FOOTNOTE_HEAD_RE = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*", re.IGNORECASE)
_HEADING_RE = re.compile(r"^\s*#{1,6}\s*")
_BULLET_RE = re.compile(r"^\s*(?:[-+•–]|\*(?=\s))\s+")
_PIECE_RE = re.compile(
    r"<sup>\s*(?P<sup>[^<]*?)\s*</sup>|<[^<>]{0,200}>|\*\*|__|\*|&(?:[a-zA-Z]{2,8}|#\d{1,6});|(?P<space>\s+)",
    re.IGNORECASE,
)
_BOLD_LINE_RE = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[-+]\s*)?\*\*[^*]+\*\*\s*$")
_SUPERSCRIPT = {"2": "²", "3": "³"}


@dataclass(frozen=True)
class CleanLine:
    """One running-text line with markup removed.

    text:     the cleaned text, single spaces, NFC.
    footnote: the footnote number when the line is a footnote paragraph ("<sup>3</sup> Lúa: ...").
    markers:  footnote markers inside the text: (offset in ``text`` where the marker stood, number).
    heading:  the line is a heading (markdown ``#`` or a wholly bold line).
    """

    text: str
    footnote: str | None
    markers: tuple[tuple[int, str], ...]
    heading: bool


_LEGACY_LETTERS = str.maketrans({"\u01a3": "ư", "\u01a2": "Ư"})


def clean_line(raw: str) -> CleanLine:
    """Markup off, footnote markers remembered.

    ``'tổng ... 8.741/8.700 ha đạt 100,5% kế hoạch<sup>3</sup>, tổng sản lượng'`` -> text without the
    marker and ``markers=((offset, '3'),)``.
    """
    # "ngƣời": PDFs set in legacy Vietnamese fonts print ư as ƣ (U+01A3), a letter Vietnamese never uses
    text = unicodedata.normalize("NFC", raw.replace("\u00a0", " ")).translate(_LEGACY_LETTERS)
    heading = bool(_HEADING_RE.match(text)) or bool(_BOLD_LINE_RE.match(text))
    text = _HEADING_RE.sub("", text)
    text = _EXPONENT_RE.sub(lambda m: _SUPERSCRIPT[m.group(1)], text)
    footnote: str | None = None
    head = _FOOTNOTE_HEAD_RE.match(text)
    if head is not None:
        footnote = head.group(1)
        text = text[head.end() :]
    text = _BULLET_RE.sub("", text)
    out: list[str] = []
    length = 0
    markers: list[tuple[int, str]] = []

    def put(piece: str) -> None:
        nonlocal length
        for ch in piece:
            if ch.isspace():
                if length == 0 or out[-1] == " ":
                    continue
                ch = " "
            out.append(ch)
            length += 1

    pos = 0
    for m in _PIECE_RE.finditer(text):
        put(text[pos : m.start()])
        pos = m.end()
        token = m.group(0)
        if m.group("space") is not None:
            put(" ")
        elif m.group("sup") is not None:
            content = m.group("sup")
            if content.isdigit():
                markers.append((length, content))
            following = text[m.end() : m.end() + 1]
            if following and not following.isspace() and following not in ",;.:)!?":
                put(" ")  # "trường<sup>11</sup>đạt" keeps its words apart
        elif token.startswith("&"):
            put(html.unescape(token))
        elif token.startswith("<"):
            put(" ")
        # markdown emphasis marks vanish without a trace
    put(text[pos:])
    while out and out[-1] == " ":
        out.pop()
    cleaned = "".join(out)
    markers = [(min(off, len(cleaned)), n) for off, n in markers]
    return CleanLine(text=cleaned, footnote=footnote, markers=tuple(markers), heading=heading)


# ---------------------------------------------------------------------------------------------
# Indicator spans

_TIME_LEAD_RE = re.compile(
    r"^(?:ước\s+)?(?:(?:đến|tới)\s+(?:hết\s+|cuối\s+)?|hết\s+|trong\s+|cuối\s+)?năm\s+\d{4}\s*,?\s+(?=\S)", re.IGNORECASE
)
_LIST_MARK_RE = re.compile(r"^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*\)|[IVX]{1,4}\s*[.)])\s*")
_EDGE_SORTED = sorted(EDGE_WORDS, key=lambda w: -len(w.split()))


def trim_edges(text: str, *, end: bool = True) -> str:
    """Connectors and value verbs off both ends: ``'với tổng diện tích gieo trồng là'`` -> ``'tổng diện tích gieo trồng'``."""
    text = re.sub(r"\s*([,;:])\s*", r" \1 ", text.replace("*", " ")).strip().rstrip(".,;:")
    words = text.split()
    changed = True
    while changed and words:
        changed = False
        while words and words[0] in {",", ";", ":", "-", "–", ".", "+", "/"}:
            words.pop(0)
            changed = True
        while words and words[-1] in {",", ";", ":", "-", "–", ".", "+", "/"}:
            words.pop()
            changed = True
        low = [w.lower() for w in words]
        for phrase in _EDGE_SORTED:
            n = len(phrase.split())
            if len(words) >= n and " ".join(low[:n]) == phrase:
                words = words[n:]
                changed = True
                break
            if end and len(words) >= n and " ".join(low[-n:]) == phrase:
                words = words[:-n]
                changed = True
                break
    return re.sub(r" ([,;:])", r"\1", " ".join(words))


def trim_post(text: str) -> str:
    """Trailing words after a figure ("xã đạt chuẩn nông thôn mới"): punctuation and trailing connectors off,
    leading verbs kept (they carry the meaning: "đã đạt", "đạt chuẩn")."""
    text = re.sub(r"\s*([,;:])\s*", r" \1 ", text.replace("*", " ")).strip().strip(".,;:-– ")
    words = text.split()
    while words and (words[-1].lower() in EDGE_WORDS or words[-1] in {",", ";", ":", "-", "–"}):
        words.pop()
    return re.sub(r" ([,;:])", r"\1", " ".join(words))


def clean_lead(text: str, *, keep_verbs: bool = False) -> str:
    """A lead made an indicator: list markers off, cut after the last "với", edges trimmed.

    ``keep_verbs``: the lead goes before the figure's own noun phrase ("Xây dựng huyện đạt | 9/9 tiêu
    chí huyện NTM"), so a verb at its end stays; only connectors go.
    """
    text = _LIST_MARK_RE.sub("", text).strip()
    text = _TIME_LEAD_RE.sub("", text)
    words = text.split()
    low = [w.lower() for w in words]
    for i in range(len(words) - 1, -1, -1):
        # "cơ cấu giống với tổng diện tích ..." -> the noun phrase after the last linking word
        if low[i] == "với" and len(words) - i - 1 >= 2:
            words = words[i + 1 :]
            break
    if keep_verbs:
        words = trim_edges(" ".join(words), end=False).split()
        while words and (words[-1].lower() in ("với", "và", "cho", "là", "của", "thì", "được", ".") or words[-1] in ",;:"):
            words.pop()
        return " ".join(words)
    return trim_edges(" ".join(words))


def year_in(text: str) -> str | None:
    """The last year printed as "năm YYYY" that is not a comparison base: ``'6 tháng đầu năm 2023'`` -> ``'2023'``."""
    found = None
    for m in YEAR_RE.finditer(text):
        before = fold(text[max(0, m.start() - 16) : m.start()])
        if "so voi" in before or before.rstrip().endswith(" so") or "cuoi" in before[-6:]:
            continue
        y = int(m.group(1))
        if 1990 <= y <= 2100:
            found = m.group(1)
    return found
