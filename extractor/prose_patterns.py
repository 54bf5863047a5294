"""Token patterns for figures in running text: a spaCy blank pipeline with a report-aware tokenizer.

The tokenizer keeps Vietnamese numbers whole ("1.836,06", "41.160") and splits what reports glue
together ("90/70ha", "2,7%KH", "2.301m²"); a ``Matcher`` finds figure shapes (number, percent,
fraction a/b, range a-b) and a ``PhraseMatcher`` tags the words that give figures their role
("đạt", "KH", "so với", "trong đó" ...). Nothing is downloaded: the pipeline is ``spacy.blank``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from normalizers.places import COMMUNE_KINDS
from normalizers.units import find_unit
from normalizers.value_words import VALUE_ROLE_PHRASES

# ---------------------------------------------------------------------------------------------
# Tokenizer

# "tr.đ" (triệu đồng, "70 tr.đ/người", yen-thanh-nghe-an_1) is one word: split at its dot it was a unit "tr",
# a clause's full stop and a word "đ", and "771 tr.đ/650 tr.đ" no fraction (the rewording benchmark's
# ``trieudong_trd``: 18 relations lost over 284 development passages)
_TOKEN_RE = re.compile(
    r"(?P<num>\d+(?:[.,]\d+)*)(?P<glue>[^\W\d_][\w²³]*)?"
    r"|(?P<word>(?i:tr\.đ(?:ồng)?)(?!\w)|[^\W\d_][\w²³]*)"
    r"|(?P<punct>\S)"
)
# Units that reports glue to the number ("90/70ha", "300m³", "55,9/55tạ/ha"), besides any word the unit reader
# knows whole ("10.487tỷ đồng", "805USD", "15.563tỷđồng", "413người"); any other glued letters make a code
# ("4G", "3G", "1A" of "quốc lộ 1A", "30a" of "Chương trình 30a") that is not a figure at all.
_GLUED_UNITS = frozenset({"ha", "m", "m²", "m³", "m2", "m3", "km", "km²", "km2", "kg", "cm", "mm", "tấn", "tạ", "tr", "trđ",
                          "người", "hộ", "con"})


def glued_unit(glue: str) -> bool:
    """True when letters glued to a number's last digit are its unit: ``'tỷ'``, ``'USD'``, ``'ha'``; never a
    code's letter (``'A'``, ``'G'``, ``'a'``: one letter is too little to tell, "đ" and "t" included)."""
    if glue.lower() in _GLUED_UNITS:
        return True
    if len(glue) < 2:
        return False
    found = find_unit(glue, after_number=True)
    return found is not None and found[1] == 0 and found[2] == len(glue)
# A figure whose thousands are grouped by a space ("137 312 người", also a no-break or thin space): groups
# of exactly three digits after a head of one to three, the whole run one token in its context. Never when
# a number or a "number," stands right before it ("2018 312", "11, 12 312": a list) or a number or a
# percent follows ("12 312 45"); never a percentage.
_SPACES = " \u00a0\u202f"
SPACED_NUM = rf"[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?:,\d+)?"
_SPACED_RE = re.compile(
    rf"(?<![\w.,])(?<!\d[{_SPACES}])(?<!\d,[{_SPACES}])(?P<num>{SPACED_NUM})(?![\d.,]?\d)(?![{_SPACES}]*[\d%‰])"
)
_SPACED_TOKEN_RE = re.compile(rf"(?P<num>{SPACED_NUM})(?P<glue>[^\W\d_][\w²³]*)?")
NUM_RE = re.compile(rf"^(?:\d+(?:[.,]\d+)*|{SPACED_NUM})$")
# "năm 2023": a year printed with its word (not "năm 20235", a figure of years)
YEAR_RE = re.compile(r"năm\s+(\d{4})(?!\d)", re.IGNORECASE)


class ReportTokenizer:
    """Splits cleaned report text into words, numbers and single punctuation marks.

    ``'đạt 2,7%KH; 90/70ha'`` -> ``đạt | 2,7 | % | KH | ; | 90 | / | 70 | ha``.
    """

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        spaced = spaced_figures(text)
        for m in _tokens(text, spaced):
            end = m.end()
            if m.group("num") is not None and m.group("glue") is not None:
                glue = m.group("glue")
                if glued_unit(glue):
                    words.append(m.group("num"))
                    spaces.append(False)
                    words.append(glue)
                else:
                    words.append(m.group(0))
            else:
                words.append(m.group(0))
            spaces.append(end < len(text) and text[end].isspace())
        return Doc(self.vocab, words=words, spaces=spaces)


def spaced_figures(text: str) -> dict[int, int]:
    """Start -> end of each figure grouped by spaces ("137 312"), printed after a word or an opening "(" or
    ":", unless that word makes its head a label ("tháng 6 312 hộ", "Quyết định 123 456"): those stay
    separate numbers."""
    out: dict[int, int] = {}
    for m in _SPACED_RE.finditer(text):
        head = text[max(0, m.start() - 60):m.start()].rstrip()
        if not head or not (head[-1].isalpha() or head[-1] in "(:"):
            continue  # after a comparator, a dash or a unit column (">60 100 100 100"): a table row's numbers
        before = head.lower().split()
        number_sign = before[-1:] == ["số"] and before[-2:-1] != [] and before[-2] not in NUMBER_SIGN_EXCEPT
        label = before[-1:] != [] and before[-1] in NON_FIGURE_BEFORE and " ".join(before[-2:]) not in NOT_BLOCKING
        if label or number_sign or " ".join(before[-2:]) in NON_FIGURE_BEFORE2:
            continue
        out[m.start()] = m.end()
    return out


def _tokens(text: str, spaced: dict[int, int]) -> list[re.Match[str]]:
    """The tokenizer's matches, each spaced figure as one ``num`` match (with a unit glued to it, if any)."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := _TOKEN_RE.search(text, pos)) is not None:
        if m.start() in spaced:
            m = _SPACED_TOKEN_RE.match(text, m.start()) or m
        out.append(m)
        pos = m.end()
    return out


# ---------------------------------------------------------------------------------------------
# Role words. Keys are PhraseMatcher labels; phrases are matched on lower-cased text.

ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    # the verbs of value and the hedges are normalizers.value_words' (the engine reads them too)
    "DAT": VALUE_ROLE_PHRASES["DAT"],
    "UP": VALUE_ROLE_PHRASES["UP"],
    "DOWN": VALUE_ROLE_PHRASES["DOWN"],
    # "giảm còn 16,75%" gives the value itself, not a change.
    # "lên tới 125.576 người", "tăng lên đến 52,1%": "tới"/"đến" after "lên" stress the level reached, as exact
    "TO": ("giảm còn", "tăng lên", "xuống còn", "lên", "còn", "nâng lên", "lên tới", "lên đến", "tăng lên tới",
           "tăng lên đến"),
    # "(tỷ trọng 38,14%)", ", tỷ trọng 38,14%": a part's weight in its whole, said without "chiếm"
    # "tương đương 44,46%" after a part: its share (a share of a plan or a year says so: "tương đương 61,2% kế hoạch")
    # "chiếm tới 56,7% diện tích", "chiếm đến 20,39%": "tới"/"đến" after the verb stress the share, which is as
    # exact as after "chiếm" alone (a hedge, "chiếm khoảng", is another word: HEDGE)
    "SHARE": ("chiếm", "chiếm tỷ lệ", "chiếm tỉ lệ", "chiếm tỷ trọng", "chiếm tỉ trọng", "tỷ trọng", "tỉ trọng",
              "tương đương", "tương đương với", "chiếm tới", "chiếm đến"),
    "VUOT": VALUE_ROLE_PHRASES["VUOT"],
    # "(tăng gấp 2,75 lần so với năm 2010)": "tăng gấp" is "gấp", one verb, not a change then a factor
    "TIMES": ("gấp", "tăng gấp"),
    "PLAN": ("kh", "kế hoạch", "kii", "k11", "ki1", "k1i", "dự toán", "chỉ tiêu", "chỉ tiêu giao", "kế hoạch giao"),
    "TARGET": ("nghị quyết", "nq", "mục tiêu"),
    "SO": ("so với", "so", "so sánh với"),
    "SAME": ("cùng kỳ", "cùng kỳ năm trước", "cùng kì"),
    "EST": VALUE_ROLE_PHRASES["EST"],
    "HEDGE": VALUE_ROLE_PHRASES["HEDGE"],
    "LABEL": (
        "không đạt", "chưa đạt", "đạt và vượt", "hoàn thành", "chưa hoàn thành", "đang thực hiện",
        "chưa thực hiện", "chưa triển khai",
    ),
    "CHILD": ("trong đó", "gồm", "bao gồm", "gồm có"),
    "EXIST": ("có",),
}
# The roles a page may type a colon after, right against the word, before their figure ("đạt trên: 86% kế
# hoạch", "tăng: 1,8% so cùng kỳ"): normalizers.value_words.role_colons_as_spaces reads those colons for the
# readers of characters; the line walker (prose_figures) skips them
COLON_ROLES = frozenset(VALUE_ROLE_PHRASES)


# Comparators a hedge word stands for (the parser sets ``op``; these are for words it did not see).
HEDGE_OPS: dict[str, str | None] = {
    "trên": ">", "hơn": ">", "dưới": "<", "tối thiểu": ">=", "ít nhất": ">=", "không dưới": ">=",
    "tối đa": "<=", "không quá": "<=", "từ": ">=", "khoảng": None, "gần": None, "xấp xỉ": None,
    "trên dưới": None, "hầu hết": None, "không thấp hơn": ">=", "không ít hơn": ">=", "không nhỏ hơn": ">=",
    "không cao hơn": "<=", "không nhiều hơn": "<=", "không lớn hơn": "<=", "không vượt quá": "<=",
}

# Words that make the next number a label, not a figure ("năm 2024", "Quyết định số 28", "lần thứ 1",
# "tại 02 xã ĐBK" — a place qualifier inside the indicator).
NON_FIGURE_BEFORE = frozenset({
    "thứ", "lần", "khóa", "khoá", "ngày", "tháng", "quý", "tại", "của", "thuộc", "lớp", "thôn",
    "khu", "biểu", "km", "điều", "khoản", "chương", "mục", "phần", "iso", "đợt", "xóm", "hạng", "vòng",
})
# Two words ending in a label word that are no label: "nông thôn 51 858 người" is the rural population, not
# hamlet 51 (ham-tan-binh-thuan_1: its 858 people were read apart, a false error on the partition), "cây
# ngắn ngày 1.400 ha" a crop, not a date, "hiện tại" now, not "at".
NOT_BLOCKING = frozenset({"hiện tại", "thời tại", "nông thôn", "ngắn ngày", "dài ngày"})
NON_FIGURE_BEFORE2 = frozenset({
    "nghị quyết", "quyết định", "nghị định", "chỉ thị", "kết luận", "thông tư", "công văn", "dự án", "đề án",
    "phụ lục", "đối tượng", "nội dung", "mức độ", "dân phố", "giai đoạn", "nhiệm kỳ", "tờ trình", "thông báo",
})
# "số" marks a document or item number ("Quyết định số 28", "Khu số 02"), except in words that end in
# "số" ("thiểu số 44,5", "tổng số 23 hộ").
NUMBER_SIGN_EXCEPT = frozenset({"thiểu", "tổng", "dân", "chỉ", "đa", "hệ", "kỹ", "chuyển", "đổi"})
# A number right before these is a period or a grade, not a figure ("6 tháng đầu năm", "3 sao",
# "trẻ em dưới 5 tuổi").
NON_FIGURE_AFTER = frozenset({"sao", "tháng", "năm", "quý", "tuổi", "ngày"})

# Nouns naming the members of a whole: "24/36 trường", "13/14 xã" count members, not plan/actual.
WHOLE_NOUNS = frozenset({
    "xã", "thị trấn", "xã, thị trấn", "tiêu chí", "chỉ tiêu", "tiêu chuẩn", "trường", "bản", "thôn", "đơn",
    "ý kiến", "nội dung", "huyện", "đơn vị", "cơ quan", "tổ", "tổ chức", "thủ tục", "hồ sơ", "vụ", "vụ việc",
    "dự án", "công trình", "nhiệm vụ", "đề án", "trạm", "điểm", "làng", "khu dân cư", "tuyến",
})
# "đơn vị" classifying the kind of unit a district is divided into: "gồm 15 đơn vị xã và 01 thị trấn" counts
# communes ("đơn vị hành chính cấp xã" names no kind right after it, "đơn vị xã hội" is a social body's)
UNITS_BEFORE_KIND_RE = re.compile(
    rf"(?<!\w)đơn vị\s+(?=(?:{'|'.join(COMMUNE_KINDS)})(?!\w)(?!\s+(?:hội|viên)(?!\w)))", re.IGNORECASE)


def unclassified(text: str) -> str:
    """``text`` without the "đơn vị" that classifies a kind of unit: "gồm 15 đơn vị xã và 01 thị trấn" ->
    "gồm 15 xã và 01 thị trấn", for the rules that read the noun right after a count."""
    return UNITS_BEFORE_KIND_RE.sub("", text)


# Count nouns that find_unit does not know but reports print after figures.
EXTRA_COUNT_NOUNS: tuple[str, ...] = (
    "ý kiến", "đơn", "tiêu chuẩn", "nội dung", "vụ việc", "xuất quà", "suất quà", "tuyến", "trạm", "chứng thư số",
    "chứng thư", "giấy phép", "mô hình", "quyết định", "giấy chứng nhận", "kiến nghị", "phiên", "lượt đối tượng",
    "đối tượng", "học viên", "đồng chí", "cán bộ", "công chức", "viên chức", "hội viên", "đoàn viên",
    "công dân", "chương trình", "chuyên mục", "bác sĩ", "bác sỹ", "nhân khẩu", "khẩu", "dân tộc", "phường",
    "em", "cháu", "sinh viên", "giáo viên", "bệnh nhân", "trang trại", "gia trại", "phòng học", "hộ kinh doanh",
    "thanh niên", "tỉnh",
    # "diện tích tổng cộng là 12.029,55 ha, chia thành 2 vùng chính: …": the zones announced are counted, so the
    # "2" takes no "ha" from the whole before it and is no part of it ("chia làm 3 khu vực:", "3 tiểu vùng:")
    "tiểu vùng", "vùng", "khu vực",
)

# Words trimmed from either end of an indicator span: connectors, auxiliaries, value verbs.
EDGE_WORDS = frozenset({
    "với", "đạt", "và", "là", "có", "được", "đã", "thì", "còn", "cho", "trong đó", "gồm", "cụ thể", "như",
    "ước", "ước đạt", "ước thực hiện", "ước tính", "dự kiến", "thực hiện", "đến nay", "hiện nay", "hiện",
    "bằng", "đạt được", "đạt tỷ lệ", "đạt tỉ lệ", "lên", "xuống", "giảm còn", "tăng lên", "lên tới", "lên đến", "tổng cộng",
    "trên", "hơn", "khoảng", "gần", "tối thiểu", "ít nhất", "tối đa", "không quá", "từ", "nhưng", "mà",
    "nay", "sau", "trước", "bao gồm", "nâng", "đang", "vẫn", "đều", "tổng số là", "hết",
    "phấn đấu", "đối với", "tuy nhiên", "ngoài ra", "đồng thời", "bên cạnh đó", "về", "theo", "nhằm", "để", "do", "vì",
})
# Words after which the indicator starts afresh ("cơ cấu giống với tổng diện tích ..." -> "tổng diện tích ...").
CUT_WORDS = frozenset({"với", "là"})
# A tail after "head:" made only of these words adds nothing to the head ("Cây sắn: đã trồng 460/500 ha").
WEAK_TAIL = frozenset({"đã", "được", "trồng", "thực", "hiện", "đạt", "có", "là", "ước", "tổng", "số", "mới",
                       "duy", "trì", "phát", "triển", "khai", "thác", "nuôi", "xây", "dựng", "cấp", "giải",
                       "ngân", "tổ", "chức", "hỗ", "trợ", "vận", "động", "chăm", "sóc", "tiêm", "phòng"})
# Heads after which a list of sibling figures shares the head ("Tỷ lệ học sinh đến trường: Mẫu giáo ...").
RATE_HEADS = ("tỷ lệ", "tỉ lệ", "tỷ suất", "số lượng", "số")


@dataclass(frozen=True)
class Patterns:
    """The loaded pipeline: tokenizer, figure matcher, role-phrase matcher."""

    nlp: Language
    figures: Matcher
    roles: PhraseMatcher
    role_names: dict[int, str]


# a unit printed after both figures of a fraction ("32.500 m3/15.913 m3", "771 trđ/650 trđ"): one word each
FRACTION_UNIT_WORDS = frozenset({"m3", "m2", "m²", "m³", "ha", "tấn", "kg", "km", "con", "hộ", "người", "tr.đ", "trđ",
                                 "tr.đồng"})
# the currency after a money scale: "tỷ đồng", "tỷ VNĐ", "tỷ VND"
CURRENCY = frozenset({"đồng", "vnđ", "vnd"})


def _figure_patterns() -> list[list[dict[str, Any]]]:
    num: dict[str, Any] = {"TEXT": {"REGEX": NUM_RE.pattern}}
    num_tight: dict[str, Any] = {"TEXT": {"REGEX": NUM_RE.pattern}, "SPACY": False}
    pct: dict[str, Any] = {"TEXT": {"IN": ["%", "‰"]}, "OP": "?"}
    pct_tight: dict[str, Any] = {"TEXT": {"IN": ["%", "‰"]}, "SPACY": False}
    slash: dict[str, Any] = {"TEXT": "/"}
    slash_tight: dict[str, Any] = {"TEXT": "/", "SPACY": False}
    dash: dict[str, Any] = {"TEXT": {"IN": ["-", "–", "—", "÷", "~"]}}
    to_word: dict[str, Any] = {"LOWER": "đến"}
    # "32.500 m3/15.913 m3": a fraction whose numerator carries its unit.
    unit_word: dict[str, Any] = {"LOWER": {"IN": sorted(FRACTION_UNIT_WORDS)}}
    # "96 tỷ 894 triệu đồng", "3 triệu 150 ngàn lượt khách": one amount printed in two scales, a thousand apart
    # ("1 triệu 610 ngàn" read as "1" and "610 ngàn" was a part of 610 against a whole of 150)
    lead: dict[str, Any] = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d{3})*$"}}
    tail: dict[str, Any] = {"TEXT": {"REGEX": r"^\d{1,3}$"}}
    compound: list[dict[str, Any]] = [lead, {"LOWER": {"IN": ["tỷ", "tỉ"]}}, tail, {"LOWER": "triệu"}]
    compound_thousands: list[dict[str, Any]] = [lead, {"LOWER": "triệu"}, tail, {"LOWER": {"IN": ["nghìn", "ngàn"]}}]
    # "24 nghìn 680 ha": thousands and units of one count or measure (24.680 ha)
    thousands: list[dict[str, Any]] = [{"TEXT": {"REGEX": r"^\d{1,3}$"}}, {"LOWER": {"IN": ["nghìn", "ngàn"]}}, tail]
    # "25,4 tỷ đồng/22 tỷ đồng": a fraction of amounts in a two-word money unit ("771 triệu đồng/650 triệu VNĐ": the
    # currency by its code)
    money: list[dict[str, Any]] = [{"LOWER": {"IN": ["tỷ", "triệu", "nghìn", "ngàn"]}}, {"LOWER": {"IN": list(CURRENCY)}}]
    # "61,7 tỷ/68,6 tỷ đồng": the numerator's money unit printed without "đồng", which the plan's carries
    money_short: dict[str, Any] = {"LOWER": {"IN": ["tỷ", "triệu"]}}
    # "58,6%/KH 58%": the plan named after the slash
    plan_word: dict[str, Any] = {"LOWER": {"IN": ["kh", "kế hoạch", "nq", "mt", "chỉ tiêu"]}}
    # "12 trong tổng số 15 xã": a count out of its whole in words, the fraction "12/15 xã" (figure_spans keeps it
    # only before the noun counted, its part no more than its whole)
    count: dict[str, Any] = {"TEXT": {"REGEX": r"^\d{1,3}(?:\.\d{3})?$"}}
    out_of = [count, {"LOWER": "trong"}, {"LOWER": "tổng"}, {"LOWER": "số"}, count]
    return [
        out_of,
        compound,
        compound_thousands,
        thousands,
        [num, *money, slash_tight, num, *money],
        [num, money_short, slash_tight, num, *money],
        [num_tight, pct_tight, slash, plan_word, num, pct_tight],
        [num, unit_word, slash_tight, num, unit_word],
        [num, pct],
        [num_tight, slash_tight, num, pct],  # 41.160/41.100, 88,7/88%
        [num_tight, pct_tight, slash, num, pct],  # 98,4%/100%, 60,3%/61%
        [num, pct, dash, num, pct],  # 43-45%, 1.500 - 1.600
        [num, pct, to_word, num, pct],  # 1 đến 2 tuyến đường
    ]


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """The pipeline, built once per process (a blank pipeline: no model is loaded or downloaded)."""
    try:
        nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    except Exception:  # spaCy builds without Vietnamese support still have the multi-language class
        nlp = spacy.blank("xx")
    nlp.tokenizer = ReportTokenizer(nlp.vocab)
    figures = Matcher(nlp.vocab)
    figures.add("FIG", _figure_patterns(), greedy="LONGEST")
    roles = PhraseMatcher(nlp.vocab, attr="LOWER")
    names: dict[int, str] = {}
    for label, phrases in ROLE_PHRASES.items():
        roles.add(label, [nlp.make_doc(p) for p in phrases])
        names[nlp.vocab.strings[label]] = label
    return Patterns(nlp=nlp, figures=figures, roles=roles, role_names=names)


def role_spans(doc: Doc) -> dict[int, tuple[int, str]]:
    """Role phrase starting at each token: ``{start: (end, label)}``, the longest phrase wins."""
    p = patterns()
    out: dict[int, tuple[int, str]] = {}
    for match_id, start, end in p.roles(doc):
        label = p.role_names.get(match_id, "")
        prev = out.get(start)
        if prev is None or end > prev[0]:
            out[start] = (end, label)
    for start in [s for s, (_, label) in out.items() if label == "UP"]:
        if _value_added(doc, start):
            del out[start]
    for start in [s for s, (_, label) in out.items() if label == "DAT"]:
        if _a_plain(doc, start):
            del out[start]
    return out


_MONEY_SCALES = frozenset({"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "vạn"})


def _a_plain(doc: Doc, i: int) -> bool:
    """"đồng bằng" (a plain, a delta) names land; its "bằng" is no "equal to": "vùng đồi núi chiếm 55% diện tích tự
    nhiên, vùng đồng bằng 32% và vùng cồn cát 12%" prints the plain's share, not a ratio of 32 %. After a money
    figure "đồng" is the currency and "bằng" the verb ("đạt 1.250 tỷ đồng bằng 61,2% kế hoạch")."""
    if not (i >= 1 and doc[i].lower_ == "bằng" and doc[i - 1].lower_ == "đồng"):
        return False
    return not (i >= 2 and (doc[i - 2].lower_ in _MONEY_SCALES or NUM_RE.match(doc[i - 2].text) is not None))


def _value_added(doc: Doc, i: int) -> bool:
    """"giá trị tăng thêm" (value added, the GRDP of a district) names a figure; its "tăng thêm" is no
    increase: "giá trị tăng thêm 2.553.442 triệu đồng, chia ra: …" is a total, not a change of 2.553.442."""
    return (i >= 2 and i + 1 < len(doc) and doc[i].lower_ == "tăng" and doc[i + 1].lower_ == "thêm"
            and doc[i - 2].lower_ == "giá" and doc[i - 1].lower_ == "trị")


def figure_spans(doc: Doc) -> list[tuple[int, int]]:
    """Non-overlapping figure shapes, left to right, longest first."""
    found = sorted(((s, e) for _, s, e in patterns().figures(doc) if _counted_out_of(doc, s, e) is not False),
                   key=lambda se: (se[0], -(se[1] - se[0])))
    out: list[tuple[int, int]] = []
    last_end = -1
    for s, e in found:
        if s >= last_end:
            out.append((s, e))
            last_end = e
    chains = _percent_chains(doc)
    if not chains:
        return out
    chained = {t for a, b in chains for t in range(a, b)}
    singles = [(t, t + 2) for a, b in chains for t in range(a, b, 3)]
    return sorted([se for se in out if not any(t in chained for t in range(*se))] + singles)


_DASHES = frozenset({"-", "–", "—"})
OUT_OF_WORDS = ("trong", "tổng", "số")  # "12 trong tổng số 15 xã": the slash of a count out of its whole, in words


def out_of_at(toks: Sequence[str]) -> int | None:
    """Where "trong tổng số" stands between a figure's two counts ("12 trong tổng số 15" -> 1), or None."""
    if len(toks) == 5 and tuple(t.lower() for t in toks[1:4]) == OUT_OF_WORDS:
        return 1
    return None


def _counted_out_of(doc: Doc, s: int, e: int) -> bool | None:
    """None for a span of another shape; for "A trong tổng số B", whether it is the fraction A/B: B is followed
    by the noun both count ("12 trong tổng số 15 xã đạt chuẩn"), and A is no more than B (not "năm 2023 trong
    tổng số 15 chỉ tiêu", a year before a whole)."""
    if out_of_at([t.text for t in doc[s:e]]) is None:
        return None
    a, b = (int(doc[k].text.replace(".", "")) for k in (s, e - 1))
    return a <= b and e < len(doc) and doc[e].is_alpha


def _percent_chains(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of three or more percentages joined by dashes: "41,0% – 35,3% – 23,7%" is a structure,
    one share per sector, not a range "41,0% – 35,3%" followed by a share."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n - 1:
        j = i
        while j + 1 < n and NUM_RE.match(doc[j].text) and doc[j + 1].text == "%":
            if j + 4 < n and doc[j + 2].text in _DASHES and NUM_RE.match(doc[j + 3].text) and doc[j + 4].text == "%":
                j += 3
            else:
                j += 2
                break
        if j - i >= 8:  # three percentages at least: 2 + 3 + 3 tokens
            out.append((i, j))
            i = j
        else:
            i += 1
    return out
