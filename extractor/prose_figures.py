"""Figures of one running-text line: number shapes found by the spaCy matcher, minus what only looks
like a figure (years, dates, document numbers, list numbering), each with the words around it that
give it a role: hedge and role words before ("đạt trên", "ước đạt", "KH:"), unit and base after
("tấn", "% kế hoạch", "so với năm 2023").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from extractor.prose_patterns import (
    COLON_ROLES,
    CURRENCY,
    EXTRA_COUNT_NOUNS,
    FRACTION_UNIT_WORDS,
    HEDGE_OPS,
    NON_FIGURE_AFTER,
    NON_FIGURE_BEFORE,
    NON_FIGURE_BEFORE2,
    NOT_BLOCKING,
    NUM_RE,
    NUMBER_SIGN_EXCEPT,
    UNITS_BEFORE_KIND_RE,
    figure_spans,
    out_of_at,
    patterns,
    role_spans,
)
from normalizers.index_words import BANG_REWORDINGS_FOLDED
from normalizers.numbers import NumberStyle, ParsedValue, parse_value
from normalizers.text import fold
from normalizers.units import find_unit

# what a ratio is measured against, named after it: a plan, a target, the same period or a year before
_MEASURED_AGAINST = frozenset({"PLAN", "TARGET", "SAME", "YEAR"})
ATTACH_ROLES = frozenset({"DAT", "UP", "DOWN", "VUOT", "SHARE", "TIMES", "PLAN", "TARGET"})
_MOD_ROLES = frozenset({"DAT", "UP", "DOWN", "TO", "SHARE", "VUOT", "TIMES", "PLAN", "TARGET", "EST"})
CLAUSE_PUNCT = frozenset({",", ";", ".", "(", ")", ":", "!", "?"})
_DASHES = frozenset({"-", "–", "—", "÷", "~"})
_GROUPED_OR_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+")
_SCALE_DENS = frozenset({200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0, 25000.0, 50000.0})
# "trên 1 ha", "mỗi 01 ha", "bình quân 1 ha": a figure per one unit, the 1 is no figure of its own.
_PER_WORDS = frozenset({"trên", "mỗi", "/", "quân"})
# A hedge or role word that ends a name with the word before it: "cấp trên" (the level above) is no
# "more than", "có mục tiêu" (targeted) no target, "giá trị tăng thêm" (value added) no increase.
# a section number of three levels or more: "2.1.1.1", "1.2.3." (never a figure: a group after the first
# of a figure's thousands has three digits)
_OUTLINE_NUMBER_RE = re.compile(r"\d{1,2}(?:\.\d{1,2}){2,}\.?")
# a date written with dots: "1.1.2004", "30.3.2022" (day, month, year; never a figure, whose groups after the
# first have three digits)
_DOTTED_DATE_RE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)")
_NAME_NOT_MODIFIER = frozenset({("cấp", "trên"), ("có", "mục tiêu"), ("trị", "tăng thêm")})
# "46.204 triệu đồng/ KH năm 2017: 84.929 triệu đồng": the plan after the slash, no per-unit
_PLAN_AFTER_SLASH_RE = re.compile(r"\s*/\s*(?:kh|kế|nq|chỉ|dự|mt)\b", re.IGNORECASE)
_DASHES = frozenset({"–", "-", "—"})
_PLACE_KINDS = frozenset({"bản", "phường", "ấp", "thôn", "xóm", "khóm", "buôn", "làng", "khu phố", "tổ dân phố", "khu",
                          "kcn", "ccn"})
# kinds of place that name one by a bare number even when printed in lower case ("phường 1 rộng 1,78 km2",
# "khóm 1, phường 1"); "bản" is left out ("cơ bản"), "thôn", "khu", "xóm" are labels anyway (NON_FIGURE_BEFORE)
_NUMBERED_PLACE_KINDS = frozenset({"phường", "khóm", "ấp", "khu phố", "tổ dân phố"})
_UNIT_WORDS = FRACTION_UNIT_WORDS
# verbs of doing that print a ratio to the plan as "đạt" does ("hoàn thành 116,5% dự toán"); a shortfall
# ("còn thiếu", "hụt") or a change says something else, so only these are read
_DONE_VERBS_FOLDED = frozenset({"hoan thanh", "thuc hien", "thuc hien duoc", "hoan thanh duoc", "tuc", "tuc la"})
# one amount in two scales a thousand apart: the higher scale's figure, the scale, the lower scale's figure
_TWO_SCALES_RE = re.compile(
    r"(\d{1,3}(?:\.\d{3})*)\s+(tỷ|tỉ|triệu|nghìn|ngàn)\s+(\d{1,3})(?:\s+(?:triệu|nghìn|ngàn))?", re.IGNORECASE)
# "tỷ lệ", folded: the rate word that names a part's share after its figure (see ``_rate_of_part``)
_RATE_WORDS_FOLDED = frozenset({"ty le", "ti le"})
# words after "tỷ lệ" that give its figure, not name the rate ("tỷ lệ là 5%", "tỷ lệ đạt 90%")
_RATE_VERBS_FOLDED = frozenset({"la", "dat", "chiem", "bang", "o", "tuong"})
# what may stand right before a verb of doing (``_DONE_VERBS_FOLDED``): "đã hoàn thành", "cũng thực hiện"; a noun before it makes the verb
# part of a name ("khối lượng hoàn thành 45%")
_DONE_VERB_LEADS = frozenset({"da", "cung", "va", "deu", "ca nam", "nam", "uoc"})
_TOWN_ABBREVIATIONS = frozenset({"TP", "Tp", "TX", "Tx"})
_UNIT_TAIL_RE = re.compile(r"\s*/\s*(?:(?:vạn|nghìn|ngàn|trăm|triệu)\s+)?[^\W\d_]+[23]?(?=[\s,;.:)/]|$)")


def _names_right_after(text: str) -> bool:
    """ "tại 4 khu công nghiệp Minh Hưng – Hàn Quốc, Minh Hưng III, …": a noun in lower case, then a name and a
    second one after "," or "và": the number counts the names (``prose_named_things``), no place qualifier."""
    words = text.split()
    k = 0
    while k < min(len(words), 4) and words[k].isalpha() and words[k].islower():
        k += 1
    j = k
    while 0 < k and j < len(words) and (words[j][:1].isupper() or (words[j] in _DASHES and j > k)):
        if words[j].endswith(","):
            return j + 1 < len(words) and words[j + 1][:1].isupper()
        j += 1
    return k < j < len(words) - 1 and words[j] == "và" and words[j + 1][:1].isupper()


def _dotted_date(text: str) -> bool:
    """``text`` is a day.month.year date: "1.1.2004" yes, "1.100.2004" and "41.1.2004" no."""
    m = _DOTTED_DATE_RE.fullmatch(text)
    return m is not None and 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"]) <= 12


@dataclass
class Fig:
    """A figure expression with the words around it that give it a role."""

    start: int  # first token of the number expression
    end: int  # token after it
    mod_start: int  # first token of the role/hedge words before it
    core_end: int  # token after its unit and base phrase
    kind: str  # "number", "fraction", "range"
    text: str  # number expression as printed
    parts: tuple[str, str] | None  # fraction numerator/denominator as printed (with %)
    percent: str | None
    hedge: str | None
    role: str | None  # label of the role phrase right before ("DAT", "UP", "EST", ...)
    role_text: str
    unit: str | None
    unit_end: int
    base_kind: str | None  # what "kế hoạch", "so với năm 2023" after it refers to
    base_text: str
    char_start: int
    char_end: int
    exist: bool = False
    # character span of the number expression itself, and of a fraction's two sides ("41.160/41.100")
    span: tuple[int, int] = (0, 0)
    part_spans: tuple[tuple[int, int], tuple[int, int]] | None = None  # "có" before it: the figure leads its own noun phrase ("huyện có 24/36 trường ...")
    # its verb is the figure's before it, left out ("đạt 182,7% kế hoạch tỉnh giao và 156,5% kế hoạch HĐND huyện giao")
    coordinated: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence of the cleaned line: character span and token span."""

    start: int
    end: int
    tok_start: int
    tok_end: int



# "bằng 5,24% dân số toàn huyện", "bằng 30% diện tích tự nhiên", "bằng 12% số hộ": after "bằng", "đạt" or a
# share word, a percentage of a whole the words name (a share), as "tổng …" is; never a plan or an earlier
# year (a bare "74% số hộ khó khăn" is the name of what it counts)
_BARE_YEAR_RE = re.compile(r"(?:19[89]\d|20[0-4]\d)")
_YEAR_LEADS = frozenset({"so voi", "cung ky", "cung ki", "thuc hien"})
# "thực hiện" between a comparison and its year: "so với thực hiện năm 2023" is "so với năm 2023"
_ACHIEVED_RE = re.compile(r"\b(so(?:\s+với)?)\s+thực\s+hiện\s+(?=năm\s+\d{4}\b)", re.IGNORECASE)
_WHOLE_BASE_RE = re.compile(r"(?:dan so|dien tich|so ho|so dan)(?![a-z])")


def lower_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def is_num(text: str) -> bool:
    return NUM_RE.match(text) is not None


def plain_int(text: str) -> int | None:
    return int(text) if text.isdigit() else None



class LineFigures:
    """The figures of one cleaned line, with its tokens, role phrases and sentences."""

    def __init__(self, text: str, *, style: NumberStyle | None) -> None:
        self.text = text
        self.style = style
        self.doc: Doc = patterns().nlp(text)
        self.roles = role_spans(self.doc)
        self.ends_at: dict[int, tuple[int, str]] = {}
        for start, (end, label) in self.roles.items():
            prev = self.ends_at.get(end)
            if prev is None or start < prev[0]:
                self.ends_at[end] = (start, label)
        self.tok_starts = [t.idx for t in self.doc]
        self.sentences = self._sentences()
        self.figs: dict[int, Fig] = {}
        for f in self._figures():
            self.figs[f.mod_start] = f
        self.fig_keys = sorted(self.figs)

    # -- sentences -----------------------------------------------------------------------------

    def _sentences(self) -> list[Sentence]:
        doc = self.doc
        out: list[Sentence] = []
        start = 0
        for i, tok in enumerate(doc):
            if tok.text not in (".", "!", "?") or i == len(doc) - 1:
                continue
            nxt = doc[i + 1].text
            if not tok.whitespace_ and nxt != "/":
                continue
            if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text in _TOWN_ABBREVIATIONS:
                continue  # "TP. Hồ Chí Minh", "Tp. Bến Cát": an abbreviation's period ends no sentence
            if nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in "(-+“\"'*":
                out.append(self._sentence(start, i + 1))
                start = i + 1
        if start < len(doc):
            out.append(self._sentence(start, len(doc)))
        return out

    def _sentence(self, a: int, b: int) -> Sentence:
        doc = self.doc
        return Sentence(doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text), a, b)

    # -- figures -------------------------------------------------------------------------------

    def _figures(self) -> list[Fig]:
        doc = self.doc
        skipped: set[int] = set()
        out: list[Fig] = []
        sent_starts = {s.tok_start for s in self.sentences}
        qualifier_end = -1
        for s, e in figure_spans(doc):
            if self._not_a_figure(s, e, skipped, sent_starts):
                skipped.update(range(s, e))
                if lower_at(doc, s - 1) in ("tại", "của", "thuộc"):
                    qualifier_end = e
                continue
            if 0 <= qualifier_end and s - qualifier_end <= 4 and lower_at(doc, s - 1) in ("và", ","):
                # "tại 03 doanh nghiệp, 03 HTX và 16 cơ sở": the list goes on qualifying a place
                skipped.update(range(s, e))
                qualifier_end = e
                continue
            qualifier_end = -1
            fig = self._figure(s, e, out[-1] if out else None)
            if out and fig.mod_start < out[-1].end:
                fig.mod_start = max(out[-1].end, fig.start)
            if out and out[-1].core_end > fig.mod_start:
                out[-1].core_end = max(out[-1].end, fig.mod_start)
            if out and self._coordinated(out[-1], fig):
                fig.role, fig.role_text, fig.coordinated = out[-1].role, out[-1].role_text, True
            if out and self._estimate_of_fraction(out[-1], fig):
                fig.role = "DAT"
            out.append(fig)
        return out

    def _coordinated(self, prev: Fig, fig: Fig) -> bool:
        """ "đạt 182,7% kế hoạch tỉnh giao và 156,5% kế hoạch HĐND huyện giao", "bằng 52% dự toán và 106% so
        với cùng kỳ", "bằng 37,32% dự toán năm, 122% cùng kỳ": a bare percentage joined by "và" or a comma to
        a percentage that "đạt" / "bằng" governs shares that verb when each names what it is measured
        against (a plan, a target, an earlier period); without its own base it is no such second term."""
        if fig.role is not None or not fig.percent or fig.kind != "number" or prev.role != "DAT" or not prev.percent:
            return False
        if prev.base_kind not in _MEASURED_AGAINST or fig.base_kind not in _MEASURED_AGAINST:
            return False
        between = [t.lower_ for t in self.doc[prev.core_end : fig.mod_start]]
        return between in ([","], ["và"], [",", "và"])

    def _estimate_of_fraction(self, prev: Fig, fig: Fig) -> bool:
        """ "giải phóng được 411,3/427 ha, ước đạt 96%": a percentage an estimate verb governs, printed right
        after a fraction "a/b" with only a comma between, is that fraction's rate, as after "đạt"."""
        if fig.role != "EST" or not fig.percent or fig.kind != "number" or prev.kind != "fraction" or prev.percent:
            return False
        return [t.text for t in self.doc[prev.core_end : fig.mod_start]] == [","]

    def _not_a_figure(self, s: int, e: int, skipped: set[int], sent_starts: set[int]) -> bool:
        doc = self.doc
        toks = [t.text for t in doc[s:e]]
        before = lower_at(self.doc, s - 1)
        after = lower_at(self.doc, e)
        counted = before in ("thuộc", "tại", "của") and len(toks) == 1 and (re.match(
            r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:", doc[e : min(len(doc), e + 5)].text) is not None or re.match(
            r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,6}\s+(?:là|gồm)\s+[A-ZĐÀ-Ỹ]", doc[e : min(len(doc), e + 10)].text) is not None
            or _names_right_after(doc[e : min(len(doc), e + 20)].text))
        not_a_day = before == "ngày" and _GROUPED_OR_DECIMAL.fullmatch("".join(toks)) is not None
        if before in NON_FIGURE_BEFORE and f"{lower_at(doc, s - 2)} {before}" not in NOT_BLOCKING and not counted \
                and not not_a_day:
            # (but "thuộc 5 dân tộc: Kinh, Tày, …", "thuộc 6 xã … là A, B", "tại 3 cụm công nghiệp của huyện gồm
            # Cụm CN A, …", "các tiêu chí của 3 xã: Tuy Lộc, …" count the names they open)
            return True
        if after in NON_FIGURE_AFTER and not (
            # "bằng 104,29% năm 2010", "bằng 105,12% năm trước": a percentage of another year's figure
            after == "năm" and ("%" in toks or "‰" in toks)
            and (re.fullmatch(r"\d{4}", lower_at(doc, e + 1)) or lower_at(doc, e + 1) in ("trước", "ngoái"))
        ):
            return True
        if f"{lower_at(doc, s - 2)} {before}" in NON_FIGURE_BEFORE2 and not ("%" in toks or "‰" in toks):
            # "(Nghị quyết 44 triệu đồng)": a target with its unit, not "Nghị quyết 28" (a number); a
            # percentage is never a document's or a phase's number ("bình quân cả giai đoạn 108,3%")
            plan_figure = f"{lower_at(doc, s - 2)} {before}" == "nghị quyết" and after not in ("/", "-", "–") \
                and self._unit_after(e, percent=False) is not None
            if not plan_figure:
                return True
        if before == "năm" and len(toks) == 1 and toks[0].isdigit() and len(toks[0]) == 4:
            return True
        if (len(toks) == 1 and toks[0].isdigit() and len(toks[0]) <= 2 and self._unit_after(e, percent=False) is None
                and (self._place_name_before(s)
                     or (self._listed_name_before(s, sent_starts) and (after in (",", ".", ";", ")", "và") or e >= len(doc))))):
            # the number ends a name: a place's ("Bản Tết 1", "Phường 2", "Ấp Tân Hòa 3"), or one in a list of
            # names a colon opened ("7 xã: An Thạnh 1, An Thạnh 2, …, Đại Ân 1"): no count of its own
            return True
        if (before in ("lúa", "đất", "ruộng", "màu") and after == "vụ" and len(toks) == 1
                and toks[0] in ("1", "2", "3", "01", "02", "03")):
            return True  # "diện tích lúa 1 vụ mùa", "đất 2 vụ lúa": a land class by its seasons, no count of seasons
        if (before in _PER_WORDS and len(toks) == 1 and toks[0] in ("1", "01")
                and self._unit_after(e, percent=False) is not None):
            return True  # "giá trị sản xuất trên 1 ha đất", "mỗi 01 ha": the unit it is per, not a figure
        if before == "số" and lower_at(doc, s - 2) not in NUMBER_SIGN_EXCEPT and len(toks) == 1 and toks[0].isdigit():
            return self._unit_after(e, percent=False) is None
        if before in ("và", ",") and (s - 2) in skipped and not (
            lower_at(doc, s - 3) in ("năm", "/") and re.fullmatch(r"(?:19|20)\d\d", doc[s - 2].text)
        ):
            # "mức độ 3 và 4", "mức độ 3, 4" (but "Năm 2020, 3 thôn …" and a date's year, "Ngày 13/1/1986,
            # 11 xã …", "Tháng 9/2020, 5 xã …", end a time phrase: the count after them counts)
            return True
        if after in _DASHES and e + 1 < len(doc) and not doc[e].whitespace_ and doc[e + 1].is_alpha:
            return True  # "35-CT/TW", "641-BC"
        if (after == "/" and not doc[e - 1].whitespace_ and e + 1 < len(doc) and (is_num(doc[e + 1].text) or doc[e + 1].is_alpha)
                and toks[-1] not in ("%", "‰") and not (e + 1 in self.roles and self.roles[e + 1][1] in ("PLAN", "TARGET"))):
            return True  # "29/7/2020", "1580/QĐ-UBND" (but "13,6%/năm" is a rate per year)
        if before == "/" and s >= 2 and not doc[s - 2].whitespace_ and (s - 2) in skipped:
            return True
        # numbering: "(1)", "1." or "1.1." at a sentence start, "a)"
        if before == "(" and after == ")" and len(toks) == 1:
            return True
        if before in ("“", '"', "‘", "«"):
            return True  # a name in quotes: “4 tại chỗ”
        if s in sent_starts and after in (".", ")") and len(toks) == 1:
            return True
        if len(toks) == 1 and _OUTLINE_NUMBER_RE.fullmatch(toks[0]) and (
                self._unit_after(e, percent=False) is None or doc[e].text[:1].isupper()):
            # "2.1.1. Đặc điểm tự nhiên 2.1.1.1. Vị trí địa lý": a section number wherever it stands (a heading
            # run into the text); no figure groups one- or two-digit runs three times (thousands take three).
            # One with a unit after it ("1.25.30 ha") is a figure misprinted, and stays one (a parse warning);
            # a capital after it opens the heading's title, whose first word may be a counted noun: "3.2.1.2 Cây
            # màu", "1.4.2.2 Xã hội" (round 31: read as 'cây' and 'xã' counted, two parse warnings)
            return True
        if any(_dotted_date(t) for t in toks) and self._unit_after(e, percent=False) is None:
            # "(1.1.2004 - 1.1.2024)": the dates a period runs between, no range of figures (one with a unit
            # after it is a figure misprinted, as for section numbers)
            return True
        nums = [t for t in toks if is_num(t)]
        ints = [plain_int(t) for t in nums]
        years = [i is not None and 1900 <= i <= 2100 and len(t) == 4 for i, t in zip(ints, nums, strict=True)]
        if all(years) and "%" not in toks and "‰" not in toks:
            unit = self._unit_after(e, percent=False)
            if unit is None:
                return True
        if "/" in toks and len(nums) == 2:
            a, b = ints
            if b is not None and 1900 <= b <= 2100 and a is not None and a <= 12:
                return True  # "02/2023": a month
            if a == 1 and b is not None and float(b) in _SCALE_DENS and self._unit_after(e, percent=False) is None:
                return True  # "tỷ lệ 1/500": a map scale; "1/200 thôn" counts villages
        return False

    def _place_name_before(self, s: int) -> bool:
        """A place's name ends right before token ``s``: a kind of place ("Bản", "Phường", "Ấp", "Thôn",
        "Xóm", "Khu phố", "KCN", "CCN"), then up to four capitalised words ("KCN Quế Võ 1", "KCN An Việt Quế Võ 6"); or the
        kind alone, in either case, right before it ("phường 1 rộng 1,78 km2": the caller has checked that no
        unit follows, so "5 phường 3 xã" still counts its communes)."""
        doc = self.doc
        k = s - 1
        if k >= 0 and (doc[k].lower_ in _NUMBERED_PLACE_KINDS or f"{lower_at(doc, k - 1)} {doc[k].lower_}" in _NUMBERED_PLACE_KINDS):
            return True
        while k >= 0 and s - k <= 5 and doc[k].is_alpha and doc[k].text[:1].isupper():
            if doc[k].lower_ in _PLACE_KINDS or f"{lower_at(doc, k - 1)} {doc[k].lower_}" in _PLACE_KINDS:
                return True
            k -= 1
        return False

    def _listed_name_before(self, s: int, sent_starts: set[int]) -> bool:
        """Token ``s`` follows a capitalised name (not the sentence's first word) inside a list of names that
        a colon opened earlier in its sentence: a number there ends the name ("An Thạnh 2"), it counts nothing."""
        doc = self.doc
        k = s - 1
        if k < 0 or not (doc[k].is_alpha and doc[k].text[:1].isupper()) or k in sent_starts:
            return False
        while k > 0 and k not in sent_starts:
            k -= 1
            if doc[k].text in (":", ";"):
                return doc[k].text == ":"
        return False

    def _unit_after(self, e: int, *, percent: bool) -> tuple[str, int] | None:
        """Unit printed right after token ``e - 1``: (printed unit, token index after it)."""
        doc = self.doc
        if e > len(doc) or e == 0:
            return None
        char = doc[e - 1].idx + len(doc[e - 1].text)
        window = self.text[char : char + 48]
        if percent:
            m = _UNIT_TAIL_RE.match(window)
            if m and m.group(0).strip("/ ").lower() in ("năm", "tháng", "quý"):
                return window[: m.end()].strip(), self._tok_at(char + m.end())
            return None
        best: tuple[str, int] | None = None
        found = find_unit(window, after_number=True)
        if window[:1] == "," and window[1:2].islower() and (found is None or window[: found[1]].strip()):
            # "đạt hơn 5.166,tỷ đồng": a comma typed between the digits and a measure, with no space and no
            # digit after it, ends no figure ("5.166, tỷ" with its space, or a capital after it, stays unread)
            found = find_unit(window[1:], after_number=True)
            if found is not None and found[1] == 0 and found[0].dimension != "count":  # "3,xã Tân Lập": a list
                char += 1
                window = window[1:]
            else:
                found = None
        if found is not None and not window[: found[1]].strip() and not re.match(r"\s+lệ\b", window[found[2] :]):
            best = (window[found[1] : found[2]], found[2])
        low = window.lower()
        lstripped = len(low) - len(low.lstrip())
        for noun in EXTRA_COUNT_NOUNS:
            if low.startswith(noun, lstripped):
                end = lstripped + len(noun)
                if (end == len(low) or not low[end].isalnum()) and (best is None or end > best[1]):
                    best = (window[lstripped:end], end)
        if best is None:
            return None
        unit, end = best
        classifier = UNITS_BEFORE_KIND_RE.match(window, end - len(unit)) if unit.lower() == "đơn vị" else None
        if classifier is not None:
            # "gồm 15 đơn vị xã và 01 thị trấn": "đơn vị" classifies, the kind after it is what is counted
            return self._unit_after(self._tok_at(char + classifier.end()), percent=False)
        m = _UNIT_TAIL_RE.match(window[end:])
        if m and not any(ch.isdigit() for ch in m.group(0).rstrip("23²³")) and not _PLAN_AFTER_SLASH_RE.match(m.group(0)):
            unit = (unit + window[end : end + m.end()]).strip()
            end += m.end()
        return unit.strip(), self._tok_at(char + end)

    def _tok_at(self, char: int) -> int:
        """First token starting at or after character ``char``."""
        return bisect_left(self.tok_starts, char)

    def _figs_in(self, a: int, b: int) -> list[Fig]:
        lo, hi = bisect_left(self.fig_keys, a), bisect_left(self.fig_keys, b)
        return [self.figs[k] for k in self.fig_keys[lo:hi]]

    def _figure(self, s: int, e: int, prev: Fig | None = None) -> Fig:
        doc = self.doc
        toks = [t.text for t in doc[s:e]]
        percent = "‰" if "‰" in toks else ("%" if "%" in toks else None)
        kind = "number"
        parts: tuple[str, str] | None = None
        glued_unit: str | None = None
        if "/" in toks and len(toks) == 5 and toks[1].lower() != toks[4].lower() and toks[1].lower() in _UNIT_WORDS:
            # "10,2 ha/02 cơ sở" divides different things: not a fraction; read the first figure.
            e = s + 2
            toks = toks[:2]
        elif "/" in toks and len(toks) == 5 and toks[1].lower() in _UNIT_WORDS:
            glued_unit = toks[1]  # "889,2 ha/900 ha": both sides in one unit
        elif "/" in toks and len(toks) == 7 and toks[2].lower() in CURRENCY and toks[1].lower() == toks[5].lower():
            glued_unit = f"{toks[1]} {toks[2]}"  # "25,4 tỷ đồng/22 tỷ đồng"
        elif "/" in toks and len(toks) == 6 and toks[2] == "/" and toks[5].lower() in CURRENCY and toks[1].lower() == toks[4].lower():
            glued_unit = f"{toks[4]} {toks[5]}"  # "61,7 tỷ/68,6 tỷ đồng"
        part_spans: tuple[tuple[int, int], tuple[int, int]] | None = None
        text = doc[s:e].text
        if out_of_at(toks) is not None:
            # "12 trong tổng số 15 xã" is "12/15 xã" in words: the same fraction, each count where it is printed
            kind, parts = "fraction", (toks[0], toks[-1])
            part_spans = (self._chars(s, s + 1), self._chars(e - 1, e))
            text = f"{toks[0]}/{toks[-1]}"
        elif "/" in toks:
            kind = "fraction"
            k = toks.index("/")
            # "58,6%/KH 58%": the plan's name between the slash and its figure is no part of it
            skip = 1 if k + 2 < len(toks) and not is_num(toks[k + 1]) and is_num(toks[k + 2]) else 0
            part_spans = (self._chars(s, s + k), self._chars(s + k + 1 + skip, e))
            a, b = doc[s : s + k].text, doc[s + k + 1 + skip : e].text
            if percent and not a.endswith(("%", "‰")):
                a += percent
            parts = (a, b)
        elif any(t in _DASHES or t.lower() == "đến" for t in toks):
            kind = "range"
        compound = len(toks) == 4 and toks[1].lower() in ("tỷ", "tỉ") and toks[3].lower() == "triệu"
        # "3 triệu 150 ngàn lượt khách": 3,150 triệu lượt khách, as "3 triệu lượt khách" is read
        millions = len(toks) == 4 and toks[1].lower() == "triệu" and toks[3].lower() in ("nghìn", "ngàn")
        hedge, role, role_text, mod_start = self._modifiers(s)
        if role is None and percent and kind == "number" and self._rate_of_part(prev, mod_start):
            # "đất nông nghiệp 19.460,2 ha, tỷ lệ 64,49%": a rate printed right after a part's figure is its
            # share, as "chiếm" says it (a base of another kind puts it back below)
            role, role_text, mod_start = "SHARE", doc[mod_start - 2 : mod_start].text, mod_start - 2
        exist = any(self.roles.get(k, (0, ""))[1] == "EXIST" for k in range(mod_start, s))
        unit_end = e
        unit: str | None = None
        if percent:
            got = self._unit_after(e, percent=True)
            unit = percent if got is None else got[0]
            unit_end = e if got is None else got[1]
        else:
            got = self._unit_after(e, percent=False)
            if got is not None:
                unit, unit_end = got
            elif glued_unit is not None:
                unit = glued_unit
        if millions:
            # the scale joins the unit printed after the thousands, as it does after a plain figure
            unit = "triệu" if unit is None else f"triệu {unit}"
        if compound:
            # "96 tỷ 894 triệu đồng" is 96,894 tỷ đồng, exact to the million; "3 tỷ 362 triệu USD" is 3,362 tỷ
            # USD, an amount in another currency (read as tỷ đồng, it was summed into a budget in đồng)
            after = lower_at(doc, e)
            unit, unit_end = ("tỷ USD", e + 1) if after == "usd" else ("tỷ đồng", e + 1 if after == "đồng" else e)
        base_kind, base_text, core_end = self._base(unit_end, whole_words=role in ("DAT", "SHARE")) if (
            role in ATTACH_ROLES | {"EST"} or percent) else (None, "", unit_end)
        if role == "EST" and percent and base_kind in _MEASURED_AGAINST:
            # "…, ước đạt 98,5% kế hoạch", "ước thực hiện 105% so với cùng kỳ": an estimate verb before a
            # percentage that names its plan or period measures the figure before against it, as "đạt" does
            # (the verb stays in role_text, so the ratio's column still says it is an estimate)
            role = "DAT"
        elif role == "SHARE" and percent and base_kind in ("SAME", "YEAR") and fold(role_text).startswith(BANG_REWORDINGS_FOLDED):
            # "tương đương 104,29% năm 2010", "mỗi năm tương đương 105,12% năm trước": "tương đương" before a
            # percentage of an earlier period's figure is "bằng" in other words, an index, not a share of a whole
            role = "DAT"
        elif role == "SHARE" and base_kind in _MEASURED_AGAINST and fold(role_text) in _RATE_WORDS_FOLDED:
            # "420 tỷ đồng, tỷ lệ 105% kế hoạch": a rate of a plan or a year is no share; read as before
            role, role_text, mod_start = None, "", mod_start + 2
        elif role is None and percent and base_kind in ("PLAN", "TARGET") and (verb := self._done_verb(mod_start)) is not None:
            # "…, hoàn thành 116,5% dự toán", "thực hiện được 98% kế hoạch", "tức trên 58,55% dự toán": the
            # percentage of a plan is the ratio to it whatever verb of doing says so, as after "đạt"
            role, role_text, mod_start = "DAT", doc[verb:mod_start].text, verb
        char_start = doc[mod_start].idx
        last = doc[max(core_end, e) - 1]
        return Fig(
            start=s, end=e, mod_start=mod_start, core_end=max(core_end, e), kind=kind, text=text,
            parts=parts, percent=percent, hedge=hedge, role=role, role_text=role_text, unit=unit,
            unit_end=unit_end, base_kind=base_kind, base_text=base_text, char_start=char_start,
            char_end=last.idx + len(last.text), exist=exist, span=self._chars(s, e), part_spans=part_spans,
        )

    def _chars(self, a: int, b: int) -> tuple[int, int]:
        """Character span of tokens [a, b) in the cleaned line."""
        doc = self.doc
        return doc[a].idx, doc[b - 1].idx + len(doc[b - 1].text)

    def _modifiers(self, s: int) -> tuple[str | None, str | None, str, int]:
        """Hedge and role words directly before a figure: ``'đạt trên 60,3%'`` -> ('trên', 'DAT', 'đạt')."""
        doc = self.doc
        j = s
        hedge: str | None = None
        role: str | None = None
        role_text = ""
        for _ in range(4):
            if j >= 2 and doc[j - 1].text == ":" and j - 1 in self.ends_at and self.ends_at[j - 1][1] in ("PLAN", "TARGET"):
                start, label = self.ends_at[j - 1]
                if start > 0 and is_num(doc[start - 1].text) and not re.fullmatch(r"(?:19|20)\d\d", doc[start - 1].text):
                    # "thực hiện 17 chỉ tiêu: 12 chỉ tiêu đạt trên 90%": a plan word right after a number is
                    # what that number counts, no label of the figure after the colon
                    break
                if role is None:
                    role, role_text = label, doc[start : j - 1].text
                j = start
                continue
            if j >= 4 and doc[j - 1].text == ":" and re.fullmatch(r"(?:19|20)\d\d", doc[j - 2].text):
                # "KH năm 2017: 84.929 triệu đồng", "KH 2017: 1.600 người"
                k = j - 3 if doc[j - 3].lower_ == "năm" else j - 2
                found = self.ends_at.get(k)
                if found is not None and found[1] in ("PLAN", "TARGET") and role is None:
                    role, role_text = found[1], doc[found[0] : j - 1].text
                    j = found[0]
                    continue
            found = self.ends_at.get(j)
            if (found is None and j >= 2 and doc[j - 1].text == ":" and not doc[j - 2].whitespace_
                    and self.ends_at.get(j - 1, (0, ""))[1] in COLON_ROLES):
                # "đạt trên: 86% kế hoạch, tăng: 1,8% so cùng kỳ": a colon typed after the hedge or the verb
                # still leaves them the figure's (a label's colon, "Kế hoạch: 100 tỷ", is read above)
                j -= 1
                found = self.ends_at[j]
            if found is None:
                break
            start, label = found
            if start > 0 and (doc[start - 1].lower_, doc[start:j].text.lower()) in _NAME_NOT_MODIFIER:
                break  # "bổ sung từ ngân sách cấp trên 600 tỷ đồng", "bổ sung có mục tiêu 180 tỷ đồng": a name
            if label == "HEDGE" and hedge is None and role is None:
                hedge = doc[start:j].text.lower()
            elif label in _MOD_ROLES and role is None:
                role, role_text = label, doc[start:j].text
                if label == "DAT" and fold(role_text) == "dat muc":
                    # "tỷ lệ tăng tự nhiên đạt mức 1,75%", "đạt mức 27,01%": "mức" (the level) adds nothing to
                    # the verb, so the figure is read, and its column named, as after "đạt" alone
                    role_text = doc[start].text
            elif label == "EXIST":
                pass
            else:
                break
            j = start
        return hedge, role, role_text, j

    def _rate_of_part(self, prev: Fig | None, i: int) -> bool:
        """ "tỷ lệ" (or "tỉ lệ") right before token ``i``, after a comma or an opening parenthesis that closes
        the figure before it, a quantity in a unit of its own: "19.460,2 ha, tỷ lệ 64,49%", "333 tỷ đồng (tỷ lệ
        19,5%)". A rate printed after other words ("263 hộ nghèo (tỷ lệ 3,80%)") is not this part's share by
        its grammar; the passage rules decide it."""
        doc = self.doc
        if prev is None or prev.percent or prev.unit is None or prev.kind != "number" or i < 3:
            return False
        if not (prev.unit_end == i - 3 and doc[i - 3].text in (",", "(") and fold(doc[i - 2 : i].text) in _RATE_WORDS_FOLDED):
            return False
        # "tỷ lệ nghèo đa chiều 10,22%, tổng số hộ nghèo và cận nghèo 707 hộ; chia ra hộ nghèo 263 hộ, tỷ lệ 3,80%"
        # (or one rate a sentence: "… có tỷ lệ nghèo đa chiều 10,22%. Số hộ nghèo là 263 hộ, tỷ lệ 3,80%."): a
        # paragraph that also names a rate prints rates of one base, which add up to that rate; they are no
        # shares of the counts they follow
        for k in range(len(doc) - 2):
            if k != i - 2 and fold(doc[k : k + 2].text) in _RATE_WORDS_FOLDED and doc[k + 2].is_alpha and not (
                    fold(doc[k + 2].text) in _RATE_VERBS_FOLDED or self.roles.get(k + 2, (0, ""))[1] == "HEDGE"):
                return False
        return True

    def _done_verb(self, i: int) -> int | None:
        """Start of a verb of doing right before token ``i`` ("hoàn thành", "thực hiện được", "tức"), which
        reads a percentage of a plan after it as "đạt" does; None when the words before say anything else."""
        doc = self.doc
        for k in range(max(0, i - 3), i):
            if fold(doc[k:i].text) in _DONE_VERBS_FOLDED and (k == 0 or not doc[k - 1].is_alpha or fold(doc[k - 1].text) in _DONE_VERB_LEADS):
                return k
        return None

    def _bare_base_year(self, j: int) -> bool:
        """Token ``j`` is a year printed straight after "so với" or "cùng kỳ" without its "năm" ("so với 2010,",
        "so với cùng kỳ 2011)"), not a figure compared with ("so với 2010 tấn")."""
        doc = self.doc
        if j == 0 or not _BARE_YEAR_RE.fullmatch(doc[j].text) or fold(doc[max(0, j - 2):j].text) not in _YEAR_LEADS:
            return False
        return j + 1 >= len(doc) or not doc[j + 1].is_alpha or doc[j + 1].lower_ in ("là", "và")

    def _base(self, i: int, *, whole_words: bool = False) -> tuple[str | None, str, int]:
        """What a ratio or change is measured against: "kế hoạch", "so với năm 2023", "Nghị quyết"."""
        doc = self.doc
        j = i
        labels: set[str] = set()
        while j < len(doc) and j - i < 10:
            t = doc[j]
            if t.text in CLAUSE_PUNCT or t.lower_ == "và" or (j > i and j in self.roles and self.roles[j][1] in ("DAT", "UP", "DOWN", "SHARE", "VUOT")):
                break
            if j == i and not (j in self.roles and self.roles[j][1] in ("SO", "PLAN", "TARGET", "SAME")) and t.lower_ not in ("trên", "tổng", "năm", "cuối", "thực") and not (
                    whole_words and _WHOLE_BASE_RE.match(fold(doc[j : j + 2].text))):
                break
            bare_year = j > i and self._bare_base_year(j)
            if is_num(t.text) and not (j > i and doc[j - 1].lower_ == "năm") and not bare_year:
                break
            if j in self.roles:
                labels.add(self.roles[j][1])
            j += 1
        if j == i:
            return None, "", i
        # "tăng 4,5 lần so với 2010", "so với cùng kỳ 2011": the year printed without its "năm" is read, and
        # named, as "so với năm 2010" is, so that every later reading of the base finds its year
        text = "".join(f"năm {t.text_with_ws}" if self._bare_base_year(k) else t.text_with_ws
                       for k, t in enumerate(doc[i:j], start=i)).rstrip()
        # "so với thực hiện năm 2023" (the seed reports), "so với thực hiện 2016": what that year achieved is the
        # year's figure, the base "so với năm 2023" names
        text = _ACHIEVED_RE.sub(r"\1 ", text)
        low = fold(text)
        if "PLAN" in labels:
            kind = "PLAN"
        elif "TARGET" in labels:
            kind = "TARGET"
        elif "SAME" in labels or "nam truoc" in low:
            kind = "SAME"
        elif re.search(r"nam \d{4}", low):
            kind = "YEAR"
        elif "tong" in low or (whole_words and _WHOLE_BASE_RE.match(low)):
            kind = "TOTAL"
        else:
            kind = "OTHER"
        return kind, text, j

    # -- values --------------------------------------------------------------------------------

    def _value(self, text: str, hedge: str | None) -> ParsedValue:
        # "96 tỷ 894 triệu" (96,894 tỷ), "3 triệu 150 ngàn" (3,150 triệu), "24 nghìn 680" (24.680): two scales a
        # thousand apart, the lower printed in up to three digits
        compound = _TWO_SCALES_RE.fullmatch(text)
        if compound is not None:
            whole = compound.group(1).replace(".", "")
            mark = "." if compound.group(2).lower() in ("nghìn", "ngàn") else ","
            v = replace(parse_value(f"{whole}{mark}{int(compound.group(3)):03d}", style="vi"), raw=text)
            return replace(v, hedge=hedge) if hedge else v
        raw = f"{hedge} {text}" if hedge else text
        v = parse_value(raw, style=self.style)
        if hedge and v.hedge is None:
            v = replace(v, hedge=hedge)
        if hedge and v.op is None and HEDGE_OPS.get(hedge) and v.kind == "number":
            v = replace(v, kind="comparator", op=HEDGE_OPS[hedge])
        return v
