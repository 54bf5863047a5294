"""Vietnamese (and OCR'd English-style) number parsing into typed values that keep what was printed.

Two layers: a reading of one string (``parse_value``) and the evidence a whole column, table or
document gives about its separator convention (``infer_style``, ``parse_values``). The only forms
that need that evidence are a single separator followed by exactly three digits: ``41.100`` is
41100 in Vietnamese and 41.1 in English; ``41,100`` the other way round. Everything else reads the
same whichever convention was meant, and says so with confidence 1.0.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.numbers import NumberFormatError, parse_decimal

from normalizers.labels import canonical_label
from normalizers.messages import N_, Msg, msg
from normalizers.text import strip_markup

__all__ = [
    "NumberStyle",
    "ParsedValue",
    "StyleDecision",
    "ValueKind",
    "canonical_label",
    "format_vi",
    "half_unit",
    "infer_style",
    "only_ambiguous",
    "parse_value",
    "parse_values",
]

ValueKind = Literal["number", "range", "comparator", "fraction", "label", "blank", "unparsed"]
NumberStyle = Literal["vi", "en", "plain", "ambiguous"]


@dataclass(frozen=True)
class ParsedValue:
    """One printed value, parsed.

    raw:        the text exactly as printed (markup included).
    kind:       what the text turned out to be.
    value:      the number (None for ranges, labels, blanks, unparsed); for fractions the numerator;
                for comparators the bound ("> 90" -> 90).
    low, high:  range bounds ("5-6" -> 5, 6).
    op:         comparator: ">", ">=", "<", "<=" ("trên 99,5%" -> ">", "tối thiểu 90%" -> ">=").
    den:        fraction denominator ("16/19" -> 19).
    label:      qualitative value, canonical spelling ("Đạt", "Vượt", "Chưa đạt", "Không đạt",
                "HTTNV", "Có", "Chưa triển khai", "Hoàn thành").
    decimals:   decimals printed for ``value`` ("48,10" -> 2, "41.100" read as thousands -> 0).
    den_decimals: decimals printed for ``den``.
    percent:    "%" or "‰" when printed beside the number, else None.
    style:      how separators were read: "vi" (1.234,5), "en" (1,234.5), "plain" (no separator
                or unambiguous), "ambiguous" (decided without evidence).
    confidence: 0..1, how sure the separator reading is (1.0 for unambiguous text).
    hedge:      a hedge word printed before the figure ("khoảng", "gần", "ước", "hơn"), else None.
    note:       text in parentheses or footnote markers dropped from the value ("trên 3% trở lên").
    reason:     for ``unparsed`` why; for a decided ambiguous form the evidence used. English (what
                JSON's ``unparsed`` carries).
    said:       for ``unparsed``, the same reason as a message (``reason`` is its English), which the
                application says in the reader's language (docs/messages.md).
    """

    raw: str
    kind: ValueKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    op: str | None = None
    den: float | None = None
    label: str | None = None
    decimals: int | None = None
    den_decimals: int | None = None
    percent: str | None = None
    style: NumberStyle = "plain"
    confidence: float = 1.0
    hedge: str | None = None
    note: str | None = None
    reason: str | None = None
    said: Msg | None = None


@dataclass(frozen=True)
class StyleDecision:
    """The separator convention of a set of cells (a column, a table, a document's prose).

    style:      "vi" (1.234,5), "en" (1,234.5) or "plain" (no separator evidence either way).
    confidence: 0..1; 0.5 is a coin toss, 1.0 means every separator seen agrees.
    evidence:   the cells that decided it, for people ("vi: 12 grouped like '39.500,00' ...").
    """

    style: Literal["vi", "en", "plain"]
    confidence: float
    evidence: str


# ---------------------------------------------------------------------------------------------
# Token shapes. A token is a run of digits with '.' / ',' between digit runs.

_VI_GROUPED_RE = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?")
_EN_GROUPED_RE = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
_ONE_SEP_RE = re.compile(r"(\d+)([.,])(\d+)")
# A digit glued after a letter is a unit exponent or a code ("m2", "KH1"), not a number.
_TOKEN_RE = re.compile(r"(?<![^\W\d_])\d+(?:[.,]\d+)*")

Shape = Literal["int", "vi", "en", "amb_dot", "amb_comma", "bad"]


def _shape(tok: str) -> Shape:
    """Which conventions can have printed ``tok``; ``amb_*`` when both can, with different values."""
    if tok.isdigit():
        return "int"
    m = _ONE_SEP_RE.fullmatch(tok)
    if m is not None:
        int_part, sep, frac = m.groups()
        if len(frac) == 3 and len(int_part) <= 3 and int_part[0] != "0":
            return "amb_dot" if sep == "." else "amb_comma"
        return "vi" if sep == "," else "en"
    if _VI_GROUPED_RE.fullmatch(tok):
        return "vi"
    if _EN_GROUPED_RE.fullmatch(tok):
        return "en"
    return "bad"


_VI_LOCALE = Locale.parse("vi")
_EN_LOCALE = Locale.parse("en")


@lru_cache(maxsize=65536)
def _babel_read(tok: str, style: Literal["vi", "en"]) -> tuple[float, int] | None:
    """Value and printed decimals of an unambiguous token, by Babel's strict locale parser.

    Cached: a report prints the same few hundred figures over and over, and Babel's strict mode
    costs several microseconds a call.
    """
    try:
        dec = parse_decimal(tok, locale=_VI_LOCALE if style == "vi" else _EN_LOCALE, strict=True)
    except (NumberFormatError, InvalidOperation, ValueError):
        return None
    exponent = dec.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return float(dec), decimals


def _read_ambiguous(tok: str, thousands: bool) -> tuple[float, int]:
    if thousands:
        return float(tok.replace(".", "").replace(",", "")), 0
    return float(tok.replace(",", ".")), 3


# ---------------------------------------------------------------------------------------------
# Reading policies: how to read the two ambiguous shapes, and how sure that reading is.


@dataclass(frozen=True)
class _Reading:
    thousands: bool
    style: NumberStyle
    confidence: float
    why: str


@dataclass(frozen=True)
class _Policy:
    dot: _Reading
    comma: _Reading


_NO_EVIDENCE = _Policy(
    dot=_Reading(True, "ambiguous", 0.7, "no style evidence; Vietnamese reports group thousands with '.'"),
    comma=_Reading(False, "ambiguous", 0.6, "no style evidence; Vietnamese reports mark decimals with ','"),
)


def _policy_for(style: str, confidence: float, why: str, *, dot_groups: bool = False) -> _Policy:
    """Reading of the ambiguous shapes under a decided style.

    ``dot_groups``: the set writes decimals with '.' yet '.' before exactly three digits still groups
    thousands. OCR'd copies of Vietnamese tables do that: they turn decimal commas into dots and
    keep the group dots ("60.27" % and "1.320" people in one table of seed 001). Only set evidence
    (``parse_values``) turns it on; a bare ``style="en"`` reads "1.320" as 1.32.
    """
    if style == "vi":
        return _Policy(
            dot=_Reading(True, "vi", confidence, why),
            comma=_Reading(False, "vi", confidence, why),
        )
    if style == "en":
        if dot_groups:
            dot = _Reading(True, "vi", confidence, why)
        else:
            dot = _Reading(False, "en", confidence, why)
        return _Policy(dot=dot, comma=_Reading(True, "en", confidence, why))
    return _NO_EVIDENCE


_GIVEN_POLICIES = {s: _policy_for(s, 0.9, f"read with the {s} style given") for s in ("vi", "en")}


def _given_policy(style: str | None) -> _Policy:
    return _GIVEN_POLICIES.get(style or "", _NO_EVIDENCE)


def _reading_text(tok: str, value: float, thousands: bool) -> str:
    other, _ = _read_ambiguous(tok, not thousands)
    sep = tok[-4]
    what = "a thousands separator" if thousands else "the decimal mark"
    return f"'{tok}' read as {_plain(value)} with '{sep}' as {what} (else {_plain(other)})"


def _plain(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


# ---------------------------------------------------------------------------------------------
# Cleaning.

_SUP_RE = re.compile(r"<sup>\s*([^<]*?)\s*</sup>", re.IGNORECASE)
_LENGTH_UNIT_BEFORE_RE = re.compile(r"(?:^|[^\w])(?:k|c|d)?m$", re.IGNORECASE)
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_SPACE_CHARS_RE = re.compile(r"[\u00a0\u2007\u2009\u202f\t\r\n]+")
_SPACE_GROUP_RE = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d{3})")
_OCR_RUN_RE = re.compile(r"(?<!\w)[0-9oil][0-9oil.,]*(?!\w)")
_OCR_TABLE = str.maketrans({"o": "0", "i": "1", "l": "1"})
_BLANKS = frozenset({"", "-", "--", "---", "–", "—", "...", "…", "x", "X", "_", "*", ".", "/"})
_BLANK_RE = re.compile(r"[\s\-–—_.…]*")
_DIGIT_RE = re.compile(r"\d")


class _FoldMap(dict[int, int]):
    """str.translate table folding one character to one character (so positions survive)."""

    def __missing__(self, code: int) -> int:
        ch = chr(code)
        if ch in "đĐ":
            out = "d"
        else:
            decomposed = unicodedata.normalize("NFD", ch)
            out = (decomposed[:1] or ch).lower()[:1] or ch
        self[code] = ord(out)
        return self[code]


_FOLD_MAP = _FoldMap()


def _fold1(text: str) -> str:
    return text.translate(_FOLD_MAP)


def _folded(text: str) -> tuple[str, list[int]]:
    """``text`` folded for matching (no diacritics, lower case, OCR'd "l00" as "100", "1 234" as
    "1234") and, for each folded character, the position of the printed one it stands for."""
    folded = _OCR_RUN_RE.sub(_ocr_digits, _fold1(text))  # one character for one: positions kept
    origin = list(range(len(folded)))
    if " " not in folded:
        return folded, origin
    out: list[str] = []
    kept: list[int] = []
    last = 0
    for m in _SPACE_GROUP_RE.finditer(folded):
        out.append(folded[last : m.start()])
        kept.extend(origin[last : m.start()])
        for i in range(m.start(), m.end()):
            if folded[i] != " ":
                out.append(folded[i])
                kept.append(i)
        last = m.end()
    out.append(folded[last:])
    kept.extend(origin[last:])
    return "".join(out), kept


def _clean(text: str) -> tuple[str, list[str]]:
    """Markup, footnotes and parenthesised notes removed; notes returned in printed order."""
    notes: list[str] = []
    if "<" in text:

        def sup(m: re.Match[str]) -> str:
            content = m.group(1)
            before = text[: m.start()]
            if content in ("2", "3") and _LENGTH_UNIT_BEFORE_RE.search(before):
                return content  # m<sup>2</sup> is a unit exponent, not a footnote
            if content:
                notes.append(content)
            return " "

        text = _SUP_RE.sub(sup, text)
    if "<" in text or "&" in text or "*" in text or "_" in text:
        text = strip_markup(text)
    else:
        text = unicodedata.normalize("NFC", text)
    text = _SPACE_CHARS_RE.sub(" ", text)
    if "(" in text:
        for m in _PAREN_RE.finditer(text):
            inner = m.group(1).strip()
            if inner:
                notes.append(inner)
        stripped = _PAREN_RE.sub(" ", text).strip()
        if not stripped and notes:  # the whole cell was "(3,13 ha)": the parenthesis is the value
            stripped = notes.pop()
        text = stripped
    return " ".join(text.split()), notes


def _ocr_digits(m: re.Match[str]) -> str:
    run = m.group(0)
    digits = sum(c.isdigit() for c in run)
    letters = sum(c in "oil" for c in run)
    # "1O0", "l00" are figures with a misread digit; "II.1" is a heading, so digits must dominate.
    if letters and digits > letters:
        return run.translate(_OCR_TABLE)
    return run


# ---------------------------------------------------------------------------------------------
# Words around a figure (matched on folded, lower-case text).

_OP_WORDS: dict[str, tuple[str | None, str | None]] = {
    # folded word: (comparator, hedge as printed)
    "tren": (">", "trên"),
    "hon": (">", "hơn"),
    "cao hon": (">", "hơn"),
    "duoi": ("<", "dưới"),
    "thap hon": ("<", "dưới"),
    "toi thieu": (">=", None),
    "it nhat": (">=", None),
    "khong duoi": (">=", None),
    "khong thap hon": (">=", None),
    "khong it hon": (">=", None),
    "khong nho hon": (">=", None),
    "toi da": ("<=", None),
    "khong qua": ("<=", None),
    "khong vuot qua": ("<=", None),
    "khong cao hon": ("<=", None),
    "khong nhieu hon": ("<=", None),
    "khong lon hon": ("<=", None),
    "khoang": (None, "khoảng"),
    "gan": (None, "gần"),
    "uoc": (None, "ước"),
    "uoc dat": (None, "ước"),
    "uoc tinh": (None, "ước"),
    "uoc thuc hien": (None, "ước"),
    "xap xi": (None, "xấp xỉ"),
    # verbs that carry no meaning for the value
    "dat": (None, None),
    "dat duoc": (None, None),
    "bang": (None, None),
    "la": (None, None),
    "con": (None, None),
    "chiem": (None, None),
    "phan dau": (None, None),
    "tu": (None, None),
}
_OP_WORD_RE = re.compile(
    r"\s*(?:(?P<w>" + "|".join(sorted(map(re.escape, _OP_WORDS), key=len, reverse=True)) + r")(?![\w])"
    r"|(?P<sym>>\s*=|=\s*>|<\s*=|=\s*<|≥|≤|>|<)|(?P<colon>:))\s*"
)
_SYM_OP = {">": ">", "<": "<", "≥": ">=", "≤": "<=", ">=": ">=", "=>": ">=", "<=": "<=", "=<": "<="}
_PCT_RE = re.compile(r"\s*(%o(?![a-z])|%|‰|phan tram|phan nghin)")
_RANGE_SEP_RE = re.compile(r"\s*(?:[-–—÷~]|den|toi)\s*")
_FRACTION_SEP_RE = re.compile(r"\s*(?:[^\W\d_][\w²³]*+\s*){0,3}/\s*")
_SUFFIX_OP_RE = re.compile(r"\s*tro (len|xuong)\s*$")
_TAIL_RE = re.compile(r"\s*/?\s*[^\W\d_²³][^<>=]*|\s*[²³]")
_MAX_TAIL_WORDS = 5


@dataclass
class _Token:
    text: str
    shape: Shape
    value: float = 0.0
    decimals: int = 0
    style: NumberStyle = "plain"
    confidence: float = 1.0
    reason: str | None = None
    printed: str = ""  # the token as printed (``text`` is folded: "4l.1.00" reads "41.1.00")


def _read_tokens(tokens: list[_Token], policy: _Policy) -> Msg | None:
    """Give every token its value; the error message when one is malformed."""
    cell_style = next((t.shape for t in tokens if t.shape in ("vi", "en")), None)
    if cell_style is not None and any(t.shape.startswith("amb") for t in tokens):
        # The same cell shows its convention ("7.075/14.115,2"): stronger than any outside evidence.
        example = next(t.text for t in tokens if t.shape == cell_style)
        policy = _policy_for(cell_style, 0.95, f"the same cell prints '{example}'")
    for t in tokens:
        if t.shape == "int":
            t.value, t.decimals = float(t.text), 0
        elif t.shape in ("vi", "en"):
            got = _babel_read(t.text, t.shape)  # type: ignore[arg-type]
            if got is None:
                return msg(N_("malformed number '{printed}'"), printed=t.printed or t.text)
            t.value, t.decimals = got
            t.style = t.shape
        elif t.shape == "bad":
            return msg(N_("malformed digit groups '{printed}'"), printed=t.printed or t.text)
        else:
            reading = policy.dot if t.shape == "amb_dot" else policy.comma
            t.value, t.decimals = _read_ambiguous(t.text, reading.thousands)
            t.style, t.confidence = reading.style, reading.confidence
            t.reason = f"{_reading_text(t.text, t.value, reading.thousands)}: {reading.why}"
    return None


def _unparsed(raw: str, reason: Msg, notes: list[str] | None = None) -> ParsedValue:
    """An unreadable value: ``reason`` as a message (``said``) and in English (``reason``)."""
    return ParsedValue(raw=raw, kind="unparsed", reason=reason.render(), said=reason,
                       note="; ".join(notes) if notes else None)


def _percent_mark(mark: str | None) -> str | None:
    if mark is None:
        return None
    return "‰" if mark in ("‰", "%o", "phan nghin") else "%"


def _parse_slow(raw: str, policy: _Policy) -> ParsedValue:
    text, notes = _clean(raw)
    note = "; ".join(notes) if notes else None
    if text in _BLANKS or _BLANK_RE.fullmatch(text):
        return ParsedValue(raw=raw, kind="blank", note=note)
    if _DIGIT_RE.search(text) is None:  # labels carry no digits, and without digits there is no value
        label = canonical_label(text)
        if label is not None:
            return ParsedValue(raw=raw, kind="label", label=label, note=note)
        return _unparsed(raw, msg(N_("no number and not a known label")), notes)

    folded, origin = _folded(text)

    def printed(start: int, end: int) -> str:
        """What was printed where ``folded[start:end]`` stands (reasons quote the document, not its
        folded form: "-App", not "-app")."""
        return text[origin[start] : origin[end - 1] + 1].strip() if end > start else ""

    matches = list(_TOKEN_RE.finditer(folded))
    if not matches:
        return _unparsed(raw, msg(N_("no number and not a known label")), notes)
    if len(matches) > 2:
        return _unparsed(raw, msg(N_("{n} numbers in one cell: free text, not a value"), n=len(matches)), notes)

    # Words and signs before the first number.
    op: str | None = None
    hedge: str | None = None
    sign = 1.0
    pos = 0
    head = folded[: matches[0].start()]
    if head.endswith(("-", "−")):  # "-2,5": a minus glued to the digits ("- 5" is a bullet)
        sign = -1.0
        head = head[:-1]
    head = head.rstrip(" +•·")
    while pos < len(head):
        m = _OP_WORD_RE.match(head, pos)
        if m is None or m.end() == pos:
            break
        if m.group("w"):
            w_op, w_hedge = _OP_WORDS[m.group("w")]
            op = op or w_op
            hedge = hedge or w_hedge
        elif m.group("sym"):
            op = op or _SYM_OP.get(m.group("sym").replace(" ", ""))
        pos = m.end()
    if head[pos:].strip(" -•"):
        return _unparsed(raw, msg(N_("text before the number: '{text}'"), text=printed(0, matches[0].start())), notes)

    tokens = [_Token(m.group(0), _shape(m.group(0)), printed=printed(m.start(), m.end())) for m in matches]
    error = _read_tokens(tokens, policy)
    if error is not None:
        return _unparsed(raw, error, notes)

    kind: ValueKind = "number"
    percent = None
    if len(matches) == 2:
        between_at = matches[0].end()
        between = folded[between_at : matches[1].start()]
        pm = _PCT_RE.match(between)
        if pm:
            percent = _percent_mark(pm.group(1))
            between = between[pm.end() :]
            between_at += pm.end()
        if _RANGE_SEP_RE.fullmatch(between):
            kind = "range"
        elif _FRACTION_SEP_RE.fullmatch(between):
            kind = "fraction"
        else:
            return _unparsed(raw, msg(N_("two numbers joined by '{between}': not a range or fraction"),
                                    between=printed(between_at, matches[1].start())), notes)

    tail_at = matches[-1].end()
    tail = folded[tail_at:]
    pm = _PCT_RE.match(tail)
    if pm:
        percent = _percent_mark(pm.group(1))
        tail = tail[pm.end() :]
        tail_at += pm.end()
    sm = _SUFFIX_OP_RE.search(tail)
    if sm:
        op = op or (">=" if sm.group(1) == "len" else "<=")
        tail = tail[: sm.start()]
    kept = tail.strip(" .;:,")
    tail_at += len(tail) - len(tail.lstrip(" .;:,"))
    tail = kept
    if tail:
        if not _TAIL_RE.fullmatch(tail):
            return _unparsed(raw, msg(N_("unexpected text after the number: '{text}'"),
                                      text=printed(tail_at, tail_at + len(tail))), notes)
        if len(tail.split()) > _MAX_TAIL_WORDS:
            return _unparsed(raw, msg(N_("number inside free text")), notes)

    style: NumberStyle = "plain"
    confidence = 1.0
    reason = None
    for t in tokens:
        if t.reason is not None and reason is None:
            reason, style = t.reason, t.style
        elif reason is None and t.style in ("vi", "en"):
            style = t.style
        confidence = min(confidence, t.confidence)

    first = tokens[0]
    common = {
        "raw": raw,
        "percent": percent,
        "style": style,
        "confidence": confidence,
        "hedge": hedge,
        "note": note,
        "reason": reason,
        "op": op,
    }
    if kind == "range":
        low, high = sign * first.value, tokens[1].value
        return ParsedValue(kind="range", low=low, high=high, decimals=max(first.decimals, tokens[1].decimals), **common)  # type: ignore[arg-type]
    if kind == "fraction":
        return ParsedValue(
            kind="fraction",
            value=sign * first.value,
            decimals=first.decimals,
            den=tokens[1].value,
            den_decimals=tokens[1].decimals,
            **common,  # type: ignore[arg-type]
        )
    return ParsedValue(
        kind="comparator" if op else "number",
        value=sign * first.value,
        decimals=first.decimals,
        **common,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------------------------------------
# Fast path: a bare number, a bare number in <b>, or an exact label. These are most table cells.

_FAST_LABELS = {
    s: ParsedValue(raw=s, kind="label", label=canonical_label(s))
    for s in ("Đạt", "đạt", "Vượt", "vượt", "Chưa đạt", "chưa đạt", "Không đạt", "HTTNV", "Có", "Không",
              "Hoàn thành", "Chưa triển khai")
}
_FAST_BLANKS = {s: ParsedValue(raw=s, kind="blank") for s in ("", "-", "–", "—", "...", "…")}


def _parse_fast(text: str, policy: _Policy, raw: str) -> ParsedValue | None:
    if not text.isascii():
        return None
    percent = None
    if text.endswith("%"):
        text = text[:-1].rstrip(" ")
        percent = "%"
    if text.isdigit():
        return ParsedValue(raw, "number", float(text), decimals=0, percent=percent)
    m = _ONE_SEP_RE.fullmatch(text)
    if m is not None:
        int_part, sep, frac = m.groups()
        if len(frac) == 3 and len(int_part) <= 3 and int_part[0] != "0":
            reading = policy.dot if sep == "." else policy.comma
            value, decimals = _read_ambiguous(text, reading.thousands)
            return ParsedValue(
                raw, "number", value, decimals=decimals, percent=percent, style=reading.style,
                confidence=reading.confidence,
                reason=f"{_reading_text(text, value, reading.thousands)}: {reading.why}",
            )
        # One separator not followed by a 3-digit group can only be a decimal mark.
        value = float(f"{int_part}.{frac}")
        return ParsedValue(raw, "number", value, decimals=len(frac), percent=percent,
                           style="vi" if sep == "," else "en")
    if _VI_GROUPED_RE.fullmatch(text):
        got = _babel_read(text, "vi")
        if got is not None:
            return ParsedValue(raw, "number", got[0], decimals=got[1], percent=percent, style="vi")
    return None


def _parse(text: str, policy: _Policy) -> ParsedValue:
    if not isinstance(text, str):
        return _unparsed(repr(text), msg(N_("not a string: {type}"), type=type(text).__name__))
    try:
        fast = _FAST_LABELS.get(text) or _FAST_BLANKS.get(text)
        if fast is not None:
            return fast
        fast = _parse_fast(text, policy, text)
        if fast is None and text.startswith("<b>") and text.endswith("</b>"):
            fast = _parse_fast(text[3:-4].strip(), policy, text)
        return fast if fast is not None else _parse_slow(text, policy)
    except Exception as exc:  # the contract is "never raises": a parser bug must not stop a batch
        return _unparsed(text, msg(N_("internal error: {detail}"), detail=repr(exc)))


def parse_value(text: str, *, style: NumberStyle | None = None) -> ParsedValue:
    """Parse one printed value; any string in, never an exception out.

    ``style`` is the separator convention decided elsewhere from evidence ("vi" or "en"); None (or
    "plain"/"ambiguous") decides from the string alone, marking the two ambiguous shapes
    (``41.100``, ``41,100``) with style "ambiguous", confidence < 1 and the reason.

    >>> parse_value("39.500,00").value, parse_value("39.500,00").decimals
    (39500.0, 2)
    >>> v = parse_value("trên 99,5%"); (v.kind, v.op, v.value, v.percent, v.hedge)
    ('comparator', '>', 99.5, '%', 'trên')
    >>> v = parse_value("7.075/14.115,2"); (v.value, v.den, v.den_decimals)
    (7075.0, 14115.2, 1)
    >>> parse_value("524.655 triệu đồng<sup>9</sup>").note
    '9'
    """
    return _parse(text, _given_policy(style))


# ---------------------------------------------------------------------------------------------
# Evidence from a set of cells.

_TAG_RE = re.compile(r"<[^<>]*>")


@dataclass
class _Evidence:
    vi_grouped: list[str]
    en_grouped: list[str]
    vi_decimal: list[str]
    en_decimal: list[str]
    amb_dot: list[str]
    amb_comma: list[str]
    plain_values: list[float]

    @classmethod
    def collect(cls, texts: Iterable[str]) -> _Evidence:
        ev = cls([], [], [], [], [], [], [])
        for text in texts:
            if not isinstance(text, str):
                continue
            if "<" in text:
                text = _TAG_RE.sub(" ", text)
            for m in _TOKEN_RE.finditer(text):
                tok = m.group(0)
                shape = _shape(tok)
                if shape == "int":
                    ev.plain_values.append(float(tok))
                elif shape == "vi":
                    (ev.vi_grouped if "." in tok else ev.vi_decimal).append(tok)
                elif shape == "en":
                    (ev.en_grouped if "," in tok else ev.en_decimal).append(tok)
                elif shape == "amb_dot":
                    ev.amb_dot.append(tok)
                elif shape == "amb_comma":
                    ev.amb_comma.append(tok)
        return ev

    def add_read(self, read: Iterable[tuple[str, bool]]) -> None:
        """Ambiguous tokens whose reading is known from elsewhere (``thousands`` True or False) vote
        as the unambiguous forms of that reading: "2.141" grouping thousands as "2.141,0" would."""
        for tok, thousands in read:
            sep = tok[-4] if len(tok) >= 5 else ""
            pool = self.amb_dot if sep == "." else self.amb_comma if sep == "," else None
            if pool is None or tok not in pool:
                continue
            pool.remove(tok)
            if (sep == ".") == thousands:
                (self.vi_grouped if thousands else self.vi_decimal).append(tok)
            else:
                (self.en_grouped if thousands else self.en_decimal).append(tok)

    def three_decimals(self, style: str) -> bool:
        """True when the set prints some decimal with exactly three digits in ``style``."""
        sep = "," if style == "vi" else "."
        pool = (self.vi_grouped + self.vi_decimal) if style == "vi" else (self.en_grouped + self.en_decimal)
        return any(sep in t and len(t.rsplit(sep, 1)[1]) == 3 for t in pool)


def _describe(items: list[str], what: str) -> str | None:
    return f"{len(items)} {what} like '{items[0]}'" if items else None


def _magnitude_vote(ev: _Evidence) -> tuple[int, int, str]:
    """Votes (vi, en) from how the ambiguous cells' two readings sit among plain siblings."""
    siblings = [math.log10(v) for v in ev.plain_values if v > 0]
    if not siblings:
        return 0, 0, ""
    siblings.sort()
    median = siblings[len(siblings) // 2]
    vi = en = 0
    for tok in ev.amb_dot + ev.amb_comma:
        thousands = math.log10(max(float(tok.replace(".", "").replace(",", "")), 1e-9))
        decimal = math.log10(max(float(tok.replace(",", ".")), 1e-9))
        thousands_closer = abs(thousands - median) < abs(decimal - median)
        is_dot = "." in tok
        if thousands_closer == is_dot:  # dot read as thousands, or comma read as decimal: Vietnamese
            vi += 1
        else:
            en += 1
    return vi, en, f"magnitudes of {len(siblings)} plain siblings (median ~{10 ** median:,.0f})"


def _dot_groups(ev: _Evidence) -> bool:
    """An English-decimal set whose '.'+3-digit cells are thousands (see ``_policy_for``)."""
    return bool(ev.amb_dot) and not ev.en_grouped and not ev.amb_comma and not ev.three_decimals("en")


def _decide(ev: _Evidence) -> StyleDecision:
    vi_score = 3 * len(ev.vi_grouped) + len(ev.vi_decimal)
    en_score = 3 * len(ev.en_grouped) + len(ev.en_decimal)
    parts = [
        p
        for p in (
            _describe(ev.vi_grouped, "vi grouped"),
            _describe(ev.vi_decimal, "comma decimals"),
            _describe(ev.en_grouped, "en grouped"),
            _describe(ev.en_decimal, "dot decimals"),
            _describe(ev.amb_dot + ev.amb_comma, "ambiguous"),
        )
        if p
    ]
    if vi_score == 0 and en_score == 0:
        if not (ev.amb_dot or ev.amb_comma):
            if ev.plain_values:
                return StyleDecision("plain", 1.0, f"no separators in {len(ev.plain_values)} numbers")
            return StyleDecision("plain", 0.0, "no numbers")
        vi_votes, en_votes, how = _magnitude_vote(ev)
        if vi_votes == en_votes:
            # Nothing but the ambiguous cells themselves: the Vietnamese prior, barely.
            return StyleDecision("vi", 0.55, "; ".join([*parts, "no separator evidence: Vietnamese prior"]))
        style: Literal["vi", "en"] = "vi" if vi_votes > en_votes else "en"
        margin = abs(vi_votes - en_votes) / (vi_votes + en_votes)
        return StyleDecision(style, round(0.5 + 0.2 * margin, 3), "; ".join([*parts, how]))
    style = "vi" if vi_score >= en_score else "en"
    high, low = max(vi_score, en_score), min(vi_score, en_score)
    margin = (high - low) / (high + low)
    support = 1.0 - 0.5**high
    # A set never makes a reading certain: 0.99 at most, so only unambiguous text carries 1.0.
    confidence = min(0.99, round(0.5 + 0.5 * margin * support, 3))
    if style == "en" and _dot_groups(ev):
        parts.append("no ',' grouping and no 3-decimal values: '.' before 3 digits groups thousands "
                     "(OCR'd Vietnamese; parse_values reads it so)")
    return StyleDecision(style, confidence, "; ".join(parts))


def infer_style(texts: Iterable[str], *, read: Iterable[tuple[str, bool]] = ()) -> StyleDecision:
    """Separator convention of a column, table or document, from its cells.

    Cells that can only be one convention vote: ``39.500,00`` and ``48,1`` are Vietnamese,
    ``2,202.34`` and ``48.1`` English (grouped forms count three times a bare decimal). Without
    any, the ambiguous cells' two readings are compared with the magnitudes of plain siblings.
    ``read``: ambiguous tokens of ``texts`` whose reading their own unit decides, as (token,
    groups thousands): "2.141 học sinh" votes Vietnamese like a grouped "2.141,0" (figure_marks).

    >>> infer_style(["39.500,00", "41.100", "48,10", "230"]).style
    'vi'
    >>> infer_style(["48.1", "41.100", "60.27", "1.320"]).style
    'en'
    """
    ev = _Evidence.collect(texts)
    ev.add_read(read)
    return _decide(ev)


def only_ambiguous(texts: Iterable[str]) -> bool:
    """True when a set prints separators, all of them ambiguous (``46,892``, ``1.250``), so only
    the magnitudes of its plain figures could tell which convention it follows.

    >>> only_ambiguous(["46,892", "271", "100"]), only_ambiguous(["46,892", "1,006,807.4"]), only_ambiguous(["271"])
    (True, False, False)
    """
    ev = _Evidence.collect(texts)
    separated = ev.vi_grouped or ev.en_grouped or ev.vi_decimal or ev.en_decimal
    return bool(ev.amb_dot or ev.amb_comma) and not separated


def parse_values(texts: Sequence[str], *, style: NumberStyle | None = None) -> list[ParsedValue]:
    """Parse a column (or any set printed in one convention) with the convention read from the set.

    Ambiguous cells get the set's decision, its confidence and the evidence as ``reason``:
    in seed 001's appendix (``48.1``, ``60.27``, ``1.320``, ``41.100``) the set writes decimals
    with '.', never groups with ',', and never prints three decimals, so ``1.320`` is 1320.

    >>> [v.value for v in parse_values(["48.1", "60.27", "1.320"])]
    [48.1, 60.27, 1320.0]
    """
    items = list(texts)
    ev = _Evidence.collect(items)
    if style in ("vi", "en"):
        decision = StyleDecision(style, 0.9, f"style {style} given")  # type: ignore[arg-type]
    else:
        decision = _decide(ev)
    if decision.style == "plain":
        policy = _NO_EVIDENCE
    else:
        dot_groups = decision.style == "en" and _dot_groups(ev)
        why = decision.evidence
        confidence = decision.confidence
        if dot_groups:
            if "groups thousands" not in why:
                why = f"{why}; no ',' grouping and no 3-decimal values in the set: '.' before 3 digits groups thousands"
            confidence = round(confidence * 0.85, 3)
        policy = _policy_for(decision.style, confidence, why, dot_groups=dot_groups)
    return [_parse(t, policy) for t in items]


# ---------------------------------------------------------------------------------------------
# Formatting for messages.


_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def format_vi(value: float, decimals: int) -> str:
    """Vietnamese print form, half-up rounded: ``(94.8, 1)`` -> ``'94,8'``; ``(41100, 0)`` -> ``'41.100'``."""
    if value is None or not math.isfinite(value):
        return str(value)
    decimals = max(0, int(decimals))
    quantum = Decimal(1).scaleb(-decimals)
    dec = Decimal(repr(float(value))).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if dec < 0 else ""
    text = f"{abs(dec):,.{decimals}f}"
    return sign + text.translate(_SWAP_SEPARATORS)


def half_unit(decimals: int) -> float:
    """Half of the last printed digit, the rounding slack of a printed figure: 1 -> 0.05, 0 -> 0.5."""
    return 0.5 * 10.0 ** (-max(0, int(decimals)))
