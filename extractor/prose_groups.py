"""Figure groups of one running-text line: which figures belong together, what role each plays.

A *figure group* is one indicator with its figures, e.g. "tổng sản lượng lương thực 41.160/41.100
tấn đạt 100,1% kế hoạch" (actual, plan, ratio). The walk goes left to right over a sentence:

- a figure preceded only by role words ("đạt 100,1%", ", tăng 5%", "; đạt 100%KH", "(KH 54,1)")
  joins the open group; any other figure opens a new group whose indicator is the text before it
  (cut at the last comma, trimmed of connectors), or the noun phrase after it when it leads
  ("98,4%/100% bản có nhà văn hóa");
- "X: đạt (KH ...)" adds an evaluation and a plan; "trong đó"/"gồm" and parenthesised lists make the
  following groups children of the open one; "cơ cấu: ..." makes shares of a synthetic parent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from extractor.prose_figures import (
    ATTACH_ROLES,
    CLAUSE_PUNCT,
    Fig,
    LineFigures,
    Sentence,
    is_num,
    lower_at,
    plain_int,
)
from extractor.prose_patterns import RATE_HEADS, WHOLE_NOUNS, YEAR_RE
from extractor.prose_text import clean_lead, year_in
from normalizers.index_words import BANG_REWORDINGS_FOLDED
from normalizers.labels import canonical_label
from normalizers.numbers import NumberStyle, ParsedValue, parse_value
from normalizers.quantities import conversion_factor
from normalizers.text import fold
from normalizers.units import Unit, convertible, parse_unit

_LINKERS = frozenset({"cho", "với"})
_CONNECTORS = frozenset({"và", "nhưng", "còn", "cũng", "đồng", "thời", "riêng", "tức"})
_MAX_NESTING = 4  # deeper parentheses are read as plain text (reports nest two levels at most)
_LIST_MARK_RE = re.compile(r"^\s*(?:\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*\)|[IVX]{1,4}\s*[.)])\s*")
_TARGET_HEAD_RE = re.compile(r"^(?:các\s+)?(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+chủ\s+yếu)?$", re.IGNORECASE)
# Words that say the figure after them is what was done, beside a plan printed just before it
# ("chỉ tiêu 2.000 người, thực hiện 2.308 người"; "KH: 98,5 tỷ đồng; TH: 136 tỷ đồng").
_STRUCTURE_IS_RE = re.compile(r"(?i)^(cơ\s+cấu\b.*?)\s+(?:lần\s+lượt\s+|tương\s+ứng\s+)?(?:là|đạt|:)$")
_ACTUAL_WORDS_RE = re.compile(
    r"^(?:(?:đến\s+nay|hiện\s+nay|năm\s+\d{4}|cả\s+năm)\s+)?(?:ước\s+)?(?:kết\s+quả\s+)?(?:thực\s+hiện|th|kết\s+quả|thực\s+tế)(?:\s+được)?"
    r"(?:\s+(?:cả\s+năm|trong\s+năm|năm\s+\d{4}|năm\s+nay|đến\s+nay|được|đạt))*$"
)
# A lead that ends by saying its figure was assigned: "Tổng thu ngân sách Nghị quyết giao", "chỉ tiêu
# tỉnh giao", "kế hoạch đề ra".
_ASSIGNED_TAIL_RE = re.compile(
    r"(?:\s+(?:nghị\s+quyết|nq|hđnd|ubnd|tỉnh|huyện|thành\s+phố|được|đã|kế\s+hoạch|kh|chỉ\s+tiêu|dự\s+toán|mục\s+tiêu))*"
    r"\s+(?:giao|đề\s+ra)$",
    re.IGNORECASE,
)


# Words that may open the parenthesis restating a change rate in the figure's unit ("giảm 0,58% (5.240
# tấn)", "tăng 12% (tương ứng 45 tỷ đồng)"), folded; a hedge may follow them.
_CHANGE_GLOSS_RE = re.compile(r"(?:(?:tuong ung|tuong duong|tuc la|tuc|hay|bang)\s*)?(?:(?:khoang|gan|hon|tren|xap xi)\s*)?")


# ---------------------------------------------------------------------------------------------
# Data


@dataclass(eq=False)
class DraftCell:
    """A cell before positions are known: ``divides`` points at other draft cells."""

    column: str
    role: str
    value: ParsedValue
    relation: str | None = None
    divides: tuple[DraftCell, DraftCell] | None = None
    span: tuple[int, int] | None = None  # characters of the figure in the cleaned line
    base: str | None = None  # what a ratio or change is measured against: "PLAN", "TARGET", "YEAR", "SAME"
    base_text: str = ""
    period: str | None = None  # a period of its own (an earlier year's base), else the row's


@dataclass(eq=False)
class Group:
    """One indicator and its figures, as found in a sentence."""

    sentence: int
    lead: str  # text before the first figure, after the cut
    head: str | None  # "X:" before the lead in the same clause
    list_head: str | None  # "Tỷ lệ ...:" heading a list of siblings
    fig: Fig | None
    lead_raw: str = ""  # the lead as printed, before trimming
    lead_verbs: str = ""  # the lead with a verb at its end kept (used before a noun phrase after the figure)
    cells: list[DraftCell] = field(default_factory=list)
    unit: str | None = None
    post: str = ""
    post_open: bool = True
    figure_first: bool = False
    actual: DraftCell | None = None
    den: DraftCell | None = None  # plan, target or whole the actual is measured against
    count: DraftCell | None = None  # an unsplit "13/14 xã" count
    evaluation: DraftCell | None = None
    times: DraftCell | None = None
    has_ratio: bool = False
    parent: Group | None = None
    partition: bool = False
    notes: list[str] = field(default_factory=list)
    period: str | None = None
    level: int = 0
    parenthesised: bool = False  # a bare figure printed in its own parenthesis ("chiếm 30,95% (2.155 hộ)")
    starts_with_va: bool = False
    synthetic: bool = False
    indicator: str = ""
    confidence: float = 0.9
    inherited_head: str | None = None
    linked: bool = False  # the lead was only a linker ("... cho 307 người")
    breakdown: object | None = None  # the one list its children come from (a row has one partition flag)
    change_of: Group | None = None  # a synthetic row for "giảm 22,7 ha (trong đó: ...)": the group changed
    char_start: int = 0
    char_end: int = 0

    @property
    def main_percent(self) -> bool:
        return self.fig is not None and self.fig.percent is not None

    @property
    def names_after(self) -> bool:
        """A percentage names what it counts after it ("đảm bảo 100% công văn đi, đến được xử lý ...")."""
        return self.main_percent and not self.cells[1:]


@dataclass
class LineGroups:
    """What one line gave: its sentences and groups in printed order."""

    sentences: list[Sentence]
    groups: list[Group]


@dataclass
class LineState:
    """What carries from one line to the next: the section's mode and the last group."""

    target_mode: bool = False
    section_period: str | None = None
    last_group: Group | None = None
    row_index: dict[int, int] = field(default_factory=dict)



# ---------------------------------------------------------------------------------------------
# Units


# the heads of a measure's name: a clause naming one after a count speaks of that measure
_MEASURE_RE = re.compile(r"(?<![a-z])(?:toc do|tang truong|thu nhap|gia tri|san luong|nang suat|thu ngan sach"
                         r"|grdp|tong san pham)(?![a-z])")


@lru_cache(maxsize=4096)
def _unit_of(text: str) -> Unit | None:
    unit = parse_unit(text)
    return None if unit.dimension == "none" else unit


def units_compatible(parent: str | None, child: str | None) -> bool:
    """Whether a child's figure can be part of its parent's: same or convertible units (or unknown)."""
    if not parent or not child:
        return True
    a, b = _unit_of(parent), _unit_of(child)
    if a is None or b is None:
        return fold(parent) == fold(child)
    if a.canonical == b.canonical:
        return True
    if a.dimension in ("percent", "permille") or b.dimension in ("percent", "permille"):
        return False
    return convertible(a, b)


def _other_scale(unit: str | None, other: str | None) -> bool:
    """Whether two printed units convert into each other at a factor other than 1 ("tỷ đồng" and
    "triệu đồng", "ha" and "m2"): the same kind of quantity, not the same number.

    >>> _other_scale("tỷ đồng", "triệu đồng"), _other_scale("tỷ đồng", "tỷ đồng"), _other_scale("ha", None)
    (True, False, False)
    """
    a, b = _unit_of(unit) if unit else None, _unit_of(other) if other else None
    return a is not None and b is not None and a.canonical != b.canonical and convertible(a, b) and \
        conversion_factor(unit, other) not in (None, 1)


def _additive(unit: str | None) -> bool:
    if not unit:
        return True
    u = _unit_of(unit)
    return u is None or u.dimension not in ("percent", "permille", "other", "time")


# ---------------------------------------------------------------------------------------------
# The walk


class LineWalker(LineFigures):
    """Finds the figure groups of one cleaned line."""

    def __init__(self, text: str, *, style: NumberStyle | None, state: LineState) -> None:
        super().__init__(text, style=style)
        self.state = state
        self.groups: list[Group] = []
        self.sentence_years: dict[int, str | None] = {}

    # -- walking -------------------------------------------------------------------------------

    def run(self) -> LineGroups:
        for n, sent in enumerate(self.sentences):
            self._walk_sentence(n, sent)
        return LineGroups(self.sentences, self.groups)

    def _walk_sentence(self, n: int, sent: Sentence) -> None:
        doc = self.doc
        self.sent_index = n
        self.sent = sent
        self.paren_match: dict[int, int] = {}
        stack: list[int] = []
        for i in range(sent.tok_start, sent.tok_end):
            if doc[i].text == "(":
                stack.append(i)
            elif doc[i].text == ")" and stack:
                self.paren_match[stack.pop()] = i
        for i in stack:
            self.paren_match[i] = sent.tok_end
        self.list_head: str | None = None
        self.list_head_pending: str | None = None
        self.share_parent: Group | None = None
        self.structure_series = False
        self.target_heads: set[str] = set()
        start_parent: Group | None = None
        first = sent.tok_start
        if n == 0 and first in self.roles and self.roles[first][1] == "CHILD" and self.state.last_group is not None:
            start_parent = self.state.last_group  # "Trong đó: ..." continuing the previous line
        self._walk(sent.tok_start, sent.tok_end, level=0, attach_to=None, list_parent=start_parent, paren_list=None)

    def _content(self, a: int, b: int) -> list[str]:
        doc = self.doc
        return [
            doc[i].text for i in range(a, b)
            if doc[i].text not in CLAUSE_PUNCT and doc[i].text not in ("-", "–", "*", "/", "+") and doc[i].lower_ not in _CONNECTORS
        ]

    def _span_text(self, a: int, b: int) -> str:
        return self.doc[a:b].text if b > a else ""

    def _walk(self, a: int, b: int, *, level: int, attach_to: Group | None, list_parent: Group | None,
              paren_list: list[Group] | None, decide: bool = True) -> list[Group]:
        """Walk tokens [a, b) of one nesting level; returns the groups opened at this level."""
        doc = self.doc
        made: list[Group] = []
        cur = attach_to
        mark = a
        head: str | None = None
        clause_closed = False
        list_kind = "trong đó" if list_parent is not None else ""
        list_children: list[Group] = []
        list_token: object = object()
        i = a
        while i < b:
            f = self.figs.get(i)
            if f is not None and f.end <= b:
                cur, new = self._on_figure(f, cur, mark, head, level, clause_closed, list_parent, paren_list, list_token)
                if new is not None:
                    made.append(new)
                    head = None if not self.list_head else head
                    if new.parent is not None and new.parent is list_parent:
                        list_children.append(new)
                    elif list_parent is not None and new.parent is None and level == 0:
                        list_parent = None  # a part in another unit ends the list
                clause_closed = False
                mark = i = f.core_end
                continue
            t = doc[i].text
            if t == "(" and level < _MAX_NESTING:
                j = self.paren_match.get(i, b)
                j = min(j, b)
                cur, mark = self._on_paren(i, j, cur, mark, level, made)
                i = j + 1
                continue
            if t == ";":
                nxt = self.figs.get(i + 1)
                if self.structure_series and not (nxt is not None and nxt.percent and nxt.role is None):
                    self.share_parent, self.structure_series = None, False  # the series ends with its clause
                self._flush_post(cur, mark, i)
                if cur is not None:
                    cur.post_open = False  # a new clause: nothing after this belongs to its name
                mark = i + 1
                head = None
                clause_closed = True
            elif t == ":" and i > a and i + 1 < b and is_num(doc[i - 1].text) and is_num(doc[i + 1].text) and not doc[i - 1].whitespace_:
                pass  # "ISO 9001:2015", "8:30"
            elif t == ":":
                label = self._label_at(i + 1)
                if label is not None and cur is not None and not clause_closed and cur.evaluation is None:
                    self._flush_post(cur, mark, i, whole=True)
                    self._evaluation(cur, label)
                    i = mark = label[1]
                    continue
                if cur is not None and cur.post_open and cur.figure_first and not clause_closed and self._content(mark, i):
                    # "50% người dùng điện thoại thông minh: ...": the words before the colon name the figure
                    self._flush_post(cur, mark, i, whole=True)
                    head = None
                else:
                    head = self._on_colon(cur, mark, i)
                mark = i + 1
            elif i in self.roles and self.roles[i][1] == "CHILD":
                self._flush_post(cur, mark, i)
                end = self.roles[i][0]
                if cur is not None and not cur.synthetic:
                    list_parent = cur
                    cur.post_open = False  # "Dân số 98.450 người, trong đó nam chiếm 49,2%": the words name a part
                    list_kind = self._span_text(i, end).lower()
                    list_children = []
                    list_token = object()
                i = end
                if i < b and doc[i].text == ":":
                    i += 1
                mark = i
                continue
            i += 1
        self._flush_post(cur, mark, b)
        if list_children and decide:
            self._decide_list(list_parent, list_kind, list_children, made)
        return made

    # -- events --------------------------------------------------------------------------------

    def _flush_post(self, cur: Group | None, a: int, b: int, *, whole: bool = False) -> None:
        if cur is None or not cur.post_open or cur.post or not self._content(a, b):
            return
        if not whole and not (cur.figure_first or cur.names_after):
            # after a named figure only the words up to the first comma qualify it
            depth = 0
            for k in range(a, b):
                t = self.doc[k].text
                depth += (t == "(") - (t == ")")
                if depth < 0 or (t == "," and depth == 0):
                    b = k
                    break
            if not self._content(a, b):
                return
        cur.post = self._span_text(a, b)

    def _label_at(self, i: int) -> tuple[str, int] | None:
        """An evaluation word after a colon ("đạt", "không đạt", "đạt và vượt") not followed by a figure."""
        doc = self.doc
        if i >= len(doc):
            return None
        found = self.roles.get(i)
        if found is None:
            return None
        end, label = found
        if label not in ("LABEL", "DAT", "VUOT"):
            return None
        if end in self.figs or i in self.figs:
            return None
        return doc[i:end].text, end

    def _evaluation(self, g: Group, label: tuple[str, int]) -> None:
        raw = label[0]
        if g.actual is not None and g.den is None and g.actual.value.kind == "comparator" and g.actual.role == "actual":
            # "Tối thiểu 90% hồ sơ ...: đạt": a bound is what was to be reached
            g.actual.role, g.actual.column = "target", "chỉ tiêu"
        canon = canonical_label(raw) or ("Vượt" if fold(raw) == "dat va vuot" else None)
        g.post_open = False
        if canon is None:
            g.notes.append(f"evaluation printed as '{raw}'")
            return
        v = parse_value(raw, style=self.style)
        if v.kind != "label" or v.label != canon:
            v = ParsedValue(raw=raw, kind="label", label=canon)
        cell = DraftCell(column="đánh giá", role="evaluation", value=v)
        g.cells.append(cell)
        g.evaluation = cell

    def _on_colon(self, cur: Group | None, mark: int, i: int) -> str | None:
        doc = self.doc
        cut = self._lead_start(mark, i)
        if cut > mark:
            self._flush_post(cur, mark, cut - 1)
        raw = self._span_text(cut, i)
        text = clean_lead(raw)
        if not text:
            return None
        if _TARGET_HEAD_RE.match(_LIST_MARK_RE.sub("", raw).strip()):
            self.target_heads.add(text)
        low = fold(text)
        if any(low.startswith(fold(h) + " ") for h in RATE_HEADS[:3]):
            self.list_head_pending = text
        if "co cau" in low.split(" khong ")[0] and (len(text.split()) <= 8 or (
            low.startswith("co cau ") and len(text.split()) <= 14
        )):
            # "Cơ cấu giữa trồng trọt và chăn nuôi tiếp tục chuyển dịch: trồng trọt chiếm 69,6%, …"
            self._structure_parent(text, doc[cut].idx, doc[i].idx)
        return text

    def _structure_parent(self, text: str, start: int, end: int) -> Group:
        parent = Group(sentence=self.sent_index, lead=text, head=None, list_head=None, fig=None, synthetic=True)
        parent.partition = True
        parent.indicator = text
        parent.notes.append("structure shares (cơ cấu): the parts add to 100 %")
        parent.char_start, parent.char_end = start, end
        self.groups.append(parent)
        self.share_parent = parent
        return parent

    def _structure_series(self, f: Fig, mark: int) -> bool:
        """ "cơ cấu giữa trồng trọt và chăn nuôi là 49,9% và 50,1%", "cơ cấu kinh tế nông nghiệp - công
        nghiệp - dịch vụ lần lượt là 41,2%, 22,5% và 36,3%": the percentages printed as a series right
        after "cơ cấu … là" are the structure's shares, in the order the structure names its parts."""
        if f.percent is None or f.kind != "number" or self.share_parent is not None:
            return False
        k = self._lead_start(mark, f.mod_start)
        raw = self._span_text(k, f.mod_start).strip()
        m = _STRUCTURE_IS_RE.match(_LIST_MARK_RE.sub("", raw))
        if m is None or len(m.group(1).split()) > 14:
            return False
        nxt = self._figs_in(f.core_end, self.sent.tok_end)
        if not nxt or nxt[0].percent is None or self._content(f.core_end, nxt[0].mod_start):
            return False  # a series: the next figure follows with only "," or "và" between
        name = clean_lead(m.group(1))
        self._structure_parent(name, self.doc[k].idx, f.char_start)
        self.structure_series = True
        return True

    def _decide_list(self, parent: Group | None, kind: str, children: list[Group], made: list[Group]) -> None:
        if parent is None:
            return
        last_here = made[-1] if made else None
        if kind in ("gồm", "bao gồm", "gồm có"):
            parent.partition = len(children) >= 2
            parent.notes.append(f"parts listed after '{kind}'")
        elif len(children) >= 2 and children[-1].starts_with_va and children[-1] is last_here:
            parent.partition = True
            parent.notes.append("partition: a 'trong đó' list whose last part follows 'và' at the end of the sentence")
        else:
            parent.notes.append(
                f"'{kind}' list of {len(children)} part(s) without 'và' before the last: may be a subset, not a partition"
            )

    # -- a figure ------------------------------------------------------------------------------

    def _on_figure(self, f: Fig, cur: Group | None, mark: int, head: str | None, level: int, clause_closed: bool,
                   list_parent: Group | None, paren_list: list[Group] | None,
                   list_token: object) -> tuple[Group | None, Group | None]:
        content = self._content(mark, f.mod_start)
        doc = self.doc
        if cur is not None and self._actual_of_plan(cur, f, content, head):
            return cur, None
        if cur is not None and f.role in ATTACH_ROLES and self._attachable(f, cur):
            semicolon = any(doc[k].text == ";" for k in range(mark, f.mod_start))
            if not content:
                self._attach(cur, f)
                return cur, None
            if (
                f.role in ("DAT", "SHARE") and f.percent and not cur.has_ratio and not semicolon and not clause_closed
                and len(content) <= 14
                # "chiếm 30,95% (2.155 hộ), hộ cận nghèo chiếm 21,04%": a figure in a closed parenthesis ends its item
                and not cur.parenthesised
                and cur.post_open and (cur.count is not None or cur.den is not None or cur.figure_first)
                # "nông nghiệp chiếm 92,54% với 121.347 người, khu vực phi nông nghiệp chiếm 7,46% với 9.787 người":
                # after a part printed behind its share, a second share after a name is the next item's
                and not (f.role == "SHARE" and self._after_its_share(cur))
                # "có 30/32 chỉ tiêu đạt và vượt kế hoạch, đưa tốc độ phát triển kinh tế đạt 7,36%": a clause that
                # names a measure of its own takes the rate; it is not the count's share
                and not self._names_a_measure(mark, f.mod_start)
            ):
                cur.post = self._span_text(mark, f.mod_start)
                self._attach(cur, f)
                return cur, None
            if (
                len(content) <= 4 and cur.post_open and not cur.post and not semicolon and not clause_closed
                and cur.unit and f.role != "TIMES" and not cur.parenthesised
                and not (f.role == "SHARE" and any(c.relation == "share" for c in cur.cells))  # "nam chiếm x%, nữ chiếm y%"
            ):
                # "550 ha rừng, giảm 270 ha": the words after the unit still name the figure
                self._flush_post(cur, mark, f.mod_start)
                self._attach(cur, f)
                return cur, None
        to_cur, lead_start = self._split_lead(mark, f.mod_start, cur)
        if cur is not None and to_cur is not None:
            self._flush_post(cur, to_cur[0], to_cur[1], whole=True)
        if level == 0:
            self._structure_series(f, mark)
        g = self._new_group(f, lead_start, head, level)
        g.linked = lead_start == f.mod_start and to_cur is not None
        if self.share_parent is not None and f.percent and level == 0:
            g.parent = self.share_parent
            for c in g.cells:
                if c.role in ("actual", "estimate") and c.relation is None:
                    c.relation = "share"
        elif list_parent is not None and units_compatible(list_parent.unit, g.unit):
            self._link(g, list_parent, list_token)
        elif paren_list is not None:
            paren_list.append(g)
        self.groups.append(g)
        return g, g

    def _actual_of_plan(self, cur: Group, f: Fig, content: list[str], head: str | None) -> bool:
        """ "chỉ tiêu 5.900 tỷ đồng, thực hiện 6.519 tỷ đồng", "Nghị quyết giao 98,5 tỷ đồng, thực hiện
        136 tỷ", "KH: 2.000 người; TH: 2.308 người": what was done, printed right after the plan of the
        same indicator in the same unit, joins the plan's group as its actual (the plan becomes its
        denominator), so a following "vượt 38,07%" or "đạt 110%" is measured against that plan.

        Only when the words before the second figure say it is what was done ("thực hiện", "TH:",
        "ước thực hiện", "đạt" before a figure that is no percentage) and the first figure was printed
        as a plan ("chỉ tiêu", "kế hoạch", "KH", "dự toán", "Nghị quyết") or as assigned ("… giao").
        """
        if f.kind != "number" or cur.den is not None or len(cur.cells) != 1 or cur.actual is None or cur.fig is None:
            return False
        if cur.fig.kind != "number" or (cur.fig.percent is None) != (f.percent is None):
            return False
        plan = cur.actual
        if plan.value.kind not in ("number", "comparator") or cur.evaluation is not None or cur.times is not None:
            return False
        words = " ".join(content).lower()
        if not words and f.mod_start > 0 and self.doc[f.mod_start - 1].text == ":":
            # "KH: 45 tỷ đồng; ước thực hiện: 51 tỷ đồng": the words before the colon
            k = f.mod_start - 2
            while k >= 0 and self.doc[k].text not in CLAUSE_PUNCT:
                k -= 1
            words = " ".join(self._content(k + 1, f.mod_start - 1)).lower()
        if not words and head is not None and not cur.head == head:
            words = head.lower()
        if f.role == "EST" or (f.role == "DAT" and f.percent is None):
            said = not words or _ACTUAL_WORDS_RE.match(words) is not None
        elif f.role is None:
            said = _ACTUAL_WORDS_RE.match(words) is not None
        else:
            said = False
        if not said:
            return False
        assigned = None if plan.role in ("plan", "target") else _ASSIGNED_TAIL_RE.search(" " + cur.lead_raw.strip())
        if plan.role not in ("plan", "target") and (assigned is None or plan.role != "actual"):
            return False
        if f.unit and cur.unit and not units_compatible(cur.unit, f.unit):
            return False
        if assigned is not None:
            tail = assigned.group(0).strip()
            plan.role = "target" if re.search(r"(?i)nghị\s+quyết|\bnq\b|mục\s+tiêu", tail) else "plan"
            plan.column = tail
            lead = clean_lead(cur.lead_raw.strip()[: len(cur.lead_raw.strip()) - len(tail)])
            if lead:
                cur.lead = lead
        est = f.role == "EST" or words.startswith("ước ")
        column = f.role_text.lower() if f.role == "EST" else (words or "thực hiện")
        cell = DraftCell(column=column, role="estimate" if est else "actual",
                         value=self._value(f.text, f.hedge), span=f.span)
        cur.cells.append(cell)
        cur.actual, cur.den = cell, plan
        cur.char_end = max(cur.char_end, f.char_end)
        cur.post_open = False
        cur.notes.append(f"'{plan.value.raw}' is the plan and '{f.text}' what was done")
        return True

    def _link(self, child: Group, parent: Group, breakdown: object) -> bool:
        """Make ``child`` a part of ``parent`` unless the parent's parts already come from another list."""
        if parent.breakdown is not None and parent.breakdown is not breakdown:
            child.notes.append(f"a second breakdown of '{parent.lead or parent.head or parent.post}': not linked as its part")
            return False
        parent.breakdown = breakdown
        child.parent = parent
        return True

    def _breakdown_target(self, cur: Group) -> Group:
        """ "165 ha, giảm 22,7 ha so với năm 2022 (trong đó: ...)": the parts make up the change, which gets
        a row of its own."""
        last = cur.cells[-1] if cur.cells else None
        if last is None or last.relation != "difference" or last is cur.actual:
            return cur
        g = Group(sentence=self.sent_index, lead="", head=None, list_head=None, fig=cur.fig, level=cur.level)
        g.cells.append(DraftCell(column=last.column, role="actual", value=last.value, span=last.span))
        g.unit, g.period, g.change_of = cur.unit, cur.period, cur
        g.post_open = False
        g.char_start, g.char_end = cur.char_start, cur.char_end
        g.notes.append(f"the change '{last.column} {last.value.raw}' of the row before, broken down in parentheses")
        self.groups.append(g)
        return g

    def _after_its_share(self, cur: Group) -> bool:
        """Whether ``cur`` is a part printed right after its share ("chiếm 92,54% với 121.347 người") or
        holds a share already: the share it has is its one."""
        if any(c.relation == "share" for c in cur.cells):
            return True
        at = next((i for i, g in enumerate(self.groups) if g is cur), 0)
        prev = self.groups[at - 1] if at > 0 else None
        return (prev is not None and not cur.lead and prev.sentence == cur.sentence and prev.main_percent
                and any(c.relation == "share" for c in prev.cells))

    def _names_a_measure(self, a: int, b: int) -> bool:
        """Whether the words after the last comma in tokens a..b name a measure (a growth rate, a value,
        an income, an output): a new subject, so a rate after them is that measure's."""
        doc = self.doc
        start = max((k for k in range(a, b) if doc[k].text == ","), default=None)
        if start is None:
            return False
        return bool(_MEASURE_RE.search(fold(doc[start + 1 : b].text)))

    def _attachable(self, f: Fig, cur: Group) -> bool:
        if f.role in ("DAT", "SHARE"):
            return f.percent is not None
        if f.role in ("PLAN", "TARGET"):
            return cur.den is None
        if f.role == "TIMES":
            return cur.times is None
        return True

    def _split_lead(self, a: int, b: int, cur: Group | None) -> tuple[tuple[int, int] | None, int]:
        """Text between the open group and a new figure: (part that ends the open group, lead start).

        The open group takes the words up to the first comma when it still takes some ("41,9 ha dong
        riềng, sản lượng ..."), or up to the last comma when its figure came first ("100% xã, thị trấn
        được thu gom, tỷ lệ ..."); the rest is the new lead, see ``_lead_start``.
        """
        doc = self.doc
        semicolon = any(doc[k].text == ";" for k in range(a, b))
        takes_post = cur is not None and cur.post_open and not semicolon
        cuts = self._cuts(a, b)
        if not cuts:
            if takes_post:
                for k in range(b - 1, a - 1, -1):
                    if doc[k].lower_ in _LINKERS or (k == b - 1 and doc[k].lower_ == "và"):
                        # "... tôn giáo cho 307 người": the figure has no lead of its own
                        return ((a, k) if k > a else None), (b if k == b - 1 else k + 1)
            return None, a
        if not takes_post:
            return None, self._lead_start(a, b)
        assert cur is not None
        whole = cur.figure_first or cur.names_after
        last = cuts[-1] if whole else cuts[0]
        return ((a, last) if last > a else None), (cuts[-1] + 1 if whole else self._lead_start(cuts[0] + 1, b))

    def _cuts(self, a: int, b: int) -> list[int]:
        """Commas and semicolons in [a, b) outside parentheses ("(thôn, bản, tổ dân phố)" stays whole)."""
        out = []
        depth = 0
        for k in range(a, b):
            t = self.doc[k].text
            if t == "(":
                depth += 1
            elif t == ")":
                depth = max(0, depth - 1)
            elif t in (",", ";") and depth == 0:
                out.append(k)
        return out

    def _lead_start(self, a: int, b: int) -> int:
        """Start of the lead in [a, b): after the last comma, keeping short pieces of an enumeration
        before it ("Sắp xếp, ổn định dân cư", "tỷ lệ cán bộ, đảng viên tham gia học tập, nghiên cứu",
        "Bí thư chi bộ kiêm trưởng thôn, bản")."""
        doc = self.doc
        cuts = self._cuts(a, b)
        if not cuts:
            return a
        start = cuts[-1] + 1
        pieces = [len(self._content(start, b))]
        k = len(cuts) - 1
        while k >= 0 and doc[cuts[k]].text == ",":
            prev_start = cuts[k - 1] + 1 if k > 0 else a
            words = self._content(prev_start, cuts[k])
            if not words or any(ch.isdigit() for w in words for ch in w):
                break
            head = " ".join(words[:2]).lower()
            if (head in ("tỷ lệ", "tỉ lệ", "số lượng") or words[0].lower() == "số") and len(words) <= 10:
                start = prev_start  # "tỷ lệ khu vực dân cư sinh sống, làm việc ...": the rate's own name
                break
            if sum(pieces) + len(words) > 14:
                break
            if len(words) <= 3 or (max(pieces) <= 2 and len(words) <= 8) or (
                prev_start == self.sent.tok_start and sum(pieces) + len(words) <= 14
            ):
                start = prev_start
                pieces.append(len(words))
                k -= 1
                continue
            break
        return start

    def _new_group(self, f: Fig, lead_start: int, head: str | None, level: int, lead_end: int | None = None) -> Group:
        doc = self.doc
        raw_lead = self._span_text(lead_start, f.mod_start if lead_end is None else lead_end)
        lead = clean_lead(raw_lead)
        if self.list_head_pending is not None:
            # "Tỷ lệ học sinh đến trường: Mẫu giáo 100% ...; học sinh ... tiểu học 100%": a list under the
            # head only when the first figure after the colon has its own name
            if lead and head == self.list_head_pending:
                self.list_head = self.list_head_pending
            self.list_head_pending = None
        g = Group(sentence=self.sent_index, lead=lead, head=head, list_head=self.list_head, fig=f, level=level,
                  lead_raw=raw_lead, lead_verbs=clean_lead(raw_lead, keep_verbs=True))
        g.starts_with_va = raw_lead.strip().lower().startswith("và ") or lower_at(doc, f.mod_start) == "và"
        g.figure_first = not lead and not head
        g.unit = f.unit
        g.char_start = doc[lead_start].idx if lead_start < f.mod_start else f.char_start
        g.char_end = f.char_end
        g.period = year_in(f"{head or ''} {raw_lead}") or self._sentenceyear_in() or self.state.section_period
        est = f.role == "EST" or fold(raw_lead).startswith(("uoc thuc hien", "uoc dat", "uoc tinh"))
        target = self.state.target_mode or (head is not None and head in self.target_heads)
        if est:
            role, column = "estimate", (f.role_text.lower() if f.role == "EST" else "ước thực hiện")
        elif target:
            role, column = "target", "mục tiêu"
        elif f.role == "PLAN":
            role, column = "plan", f.role_text
        elif fold(lead).startswith(("ke hoach ", "du toan ", "kh ")):
            role, column = "plan", "kế hoạch"
        elif f.role == "TARGET":
            role, column = "target", f.role_text
        else:
            role, column = "actual", "thực hiện"
        if f.role in ("UP", "DOWN", "VUOT") :
            g.cells.append(self._change_cell(g, f))
            g.post_open = True
            return g
        if f.kind == "fraction" and f.parts is not None:
            a_txt, b_txt = f.parts
            counts = f.percent is None and self._is_count(f)
            if counts:
                cell = DraftCell(column=column, role=role, value=self._value(f.text, f.hedge), relation="count", span=f.span)
                g.cells.append(cell)
                g.count = g.actual = cell
            else:
                a_span, b_span = f.part_spans or (f.span, f.span)
                a_cell = DraftCell(column=column, role=role, value=self._value(a_txt, f.hedge), span=a_span)
                den_role, den_col = ("target", "mục tiêu") if role == "target" else ("plan", "kế hoạch")
                b_cell = DraftCell(column=den_col, role=den_role, value=self._value(b_txt, None), span=b_span)
                g.cells += [a_cell, b_cell]
                g.actual, g.den = a_cell, b_cell
            return g
        cell = DraftCell(column=column, role=role, value=self._value(f.text, f.hedge), span=f.span)
        if f.role == "SHARE":
            cell.column = f.role_text.lower()
            if f.percent is not None or f.kind == "fraction":
                cell.relation = "share"
            # "trong đó vốn ngân sách chiếm 310 tỷ đồng": an amount after "chiếm" is the part itself
        g.cells.append(cell)
        g.actual = cell
        if f.role == "TIMES":
            cell.role, cell.relation, cell.column = "ratio", "times", f"{f.role_text.lower()} ... lần"
            g.times = cell
            g.actual = None
        return g

    def _sentenceyear_in(self) -> str | None:
        """The year printed in the sentence before its first figure ("Kế hoạch vốn năm 2023 ...")."""
        if self.sent_index in self.sentence_years:
            return self.sentence_years[self.sent_index]
        found: str | None = None
        figs = self._figs_in(self.sent.tok_start, self.sent.tok_end)
        if figs:
            first = figs[0].char_start
            for m in YEAR_RE.finditer(self.text[self.sent.start : first]):
                before = fold(self.text[max(0, self.sent.start + m.start() - 16) : self.sent.start + m.start()])
                if "so voi" not in before and not before.rstrip().endswith(" so"):
                    found = m.group(1)
                    break
        self.sentence_years[self.sent_index] = found
        return found

    def _is_count(self, f: Fig) -> bool:
        unit = (f.unit or "").lower()
        if unit in WHOLE_NOUNS:
            return True
        if f.parts is None:
            return False
        a, b = (plain_int(p) for p in f.parts)
        if unit and _unit_of(unit) is not None and unit not in ("người",):
            return False
        return a is not None and b is not None and a <= b

    def _growth_rate_words(self, f: Fig) -> bool:
        """ "tốc độ tăng 3,62%", "tăng trưởng 3,62%", "tăng bình quân 3,6%/năm": a growth rate of a value,
        never a change in percentage points of the rate printed before it."""
        doc = self.doc
        before = fold(doc[max(0, f.mod_start - 3) : f.mod_start].text) if f.mod_start > 0 else ""
        words = fold(f.role_text)
        return bool(re.search(r"(?<![a-z])toc do\s*$", before) or re.search(r"(?<![a-z])(?:binh quan|trung binh)(?![a-z])", words)
                    or re.match(r"\s*/\s*nam", fold(doc[f.end : min(len(doc), f.end + 2)].text))
                    or re.search(r"(?<![a-z])tang truong\s*$", fold(doc[max(0, f.mod_start - 2) : f.mod_start + 2].text)))

    def _change_cell(self, g: Group, f: Fig) -> DraftCell:
        words = f.role_text.lower()
        column = f"{words} so với {f.base_text}" if f.base_text and not fold(f.base_text).startswith("so") else (
            f"{words} {f.base_text}".strip()
        )
        rate_group = g.main_percent if g.fig is not f else False
        if rate_group and f.percent and self._growth_rate_words(f):
            # "nông nghiệp chiếm 51,3%, tốc độ tăng 3,62%": the speed at which the part grows, no change of its share
            rate_group = False
            column = f"tốc độ {column}"
        if f.percent and not rate_group:
            relation, role = "growth", "ratio"
        else:
            relation, role = "difference", "other"
        if rate_group and f.percent:
            g.notes.append(f"'{words} {f.text}' after a rate: read as a change in percentage points")
        cell = DraftCell(column=column, role=role, value=self._value(f.text + (f.percent if f.percent and f.percent not in f.text else ""), f.hedge), relation=relation, span=f.span, base=f.base_kind, base_text=f.base_text)
        over_plan = f.base_kind in ("PLAN", "TARGET") or (f.base_kind is None and f.role == "VUOT")
        if over_plan and g.actual is not None and g.den is not None and g.den.role in ("plan", "target") and (
            f.base_kind != "PLAN" or g.den.role == "plan"
        ):
            # "vượt 204,4 tấn so với kế hoạch"; "chỉ tiêu 2.000 người, thực hiện 2.308 người, vượt 15,4%"
            cell.divides = (g.actual, g.den)
        elif f.base_kind in ("YEAR", "SAME"):
            against = re.sub(r"^(?:so sánh với|so với|so)\s+", "", f.base_text, flags=re.IGNORECASE)
            g.notes.append(f"'{words} {f.text}' is measured against {against}, whose figure is not printed here")
        return cell

    def _attach(self, g: Group, f: Fig) -> None:
        g.post_open = False
        g.char_end = max(g.char_end, f.char_end)
        if f.role in ("DAT", "SHARE"):
            if g.count is not None:
                self._split_count(g)
            v = self._value(f.text, f.hedge)
            base = f.base_text
            relation = "share" if f.role == "SHARE" or f.base_kind == "TOTAL" else "ratio"
            if f.role == "SHARE" and f.base_kind in ("PLAN", "TARGET", "SAME", "YEAR"):
                relation = "ratio"  # "tương đương 61,2% kế hoạch": a ratio to the plan, said with a share word
            elif f.role == "SHARE" and f.base_kind is None and self._index_reworded(f, v):
                relation = "ratio"
            restated = self._restated_change(g, f)
            if restated is not None:
                g.cells.append(restated)
                return
            if g.den is not None and not f.coordinated:  # a second term names a plan of its own
                if f.base_kind == "TARGET" and g.den.role != "target":
                    g.den.role, g.den.column = "target", base or "Nghị quyết"
                elif f.base_kind == "PLAN" and g.den.role != "plan":
                    g.den.role, g.den.column = "plan", base or "kế hoạch"
            verb = f.role_text.lower()
            column = f"{verb} % {base}".strip() if base else f"{verb} %"
            cell = DraftCell(column=column, role="ratio", value=v, relation=relation, span=f.span, base=f.base_kind,
                             base_text=base)
            other_base = f.base_kind in ("SAME", "YEAR") and g.den is not None and g.den.role in ("plan", "target")
            if g.actual is not None and g.den is not None and not other_base and not f.coordinated:
                # "đạt 56,4% dự toán (270 tỷ đồng), bằng 108,2% so với cùng kỳ": the second is not over the plan
                cell.divides = (g.actual, g.den)
            g.cells.append(cell)
            g.has_ratio = True
        elif f.role == "UP" and not f.percent and (f.unit or "").strip().lower() == "lần":
            # "thu nhập 41,31 triệu đồng (tăng 2,75 lần so với năm 2010)": report prose says "tăng N lần"
            # for "gấp N lần", a factor over the earlier figure, never an increase of N in the figure's unit
            cell = DraftCell(column=f"{f.role_text.lower()} ... lần", role="ratio", value=self._value(f.text, f.hedge), relation="times", span=f.span)
            g.cells.append(cell)
            g.times = cell
        elif f.role in ("UP", "DOWN", "VUOT"):
            g.cells.append(self._change_cell(g, f))
        elif f.role == "TIMES":
            cell = DraftCell(column=f"{f.role_text.lower()} ... lần", role="ratio", value=self._value(f.text, f.hedge), relation="times", span=f.span)
            g.cells.append(cell)
            g.times = cell
        elif f.role in ("PLAN", "TARGET"):
            role = "plan" if f.role == "PLAN" else "target"
            cell = DraftCell(column=f.role_text, role=role, value=self._value(f.text, f.hedge), span=f.span)
            g.cells.append(cell)
            g.den = cell

    def _index_reworded(self, f: Fig, v: ParsedValue) -> bool:
        """Whether a bare "tương đương P%" after a figure is "bằng P%" reworded (an index of the level over an
        earlier one, left for the rules of bare indices) rather than the figure's share of a whole: a share is
        never over 100 % ("thu ngân sách đạt gần 91 tỷ đồng, tương đương 143%"), and a figure whose share
        follows in its own words has one already ("còn 6.771,9 ha, tương đương 89,64%, chiếm 22,44%")."""
        if fold(f.role_text).split(" voi")[0] not in BANG_REWORDINGS_FOLDED or not f.percent:
            return False
        if v.kind == "number" and v.value is not None and v.value > 100:
            return True
        after = self.doc.text[f.char_end:f.char_end + 40]
        return re.match(r"\s*%?\s*,\s*(?:chiếm|tỷ trọng|tỉ trọng)\b", after, re.IGNORECASE) is not None

    def _restated_change(self, g: Group, f: Fig) -> DraftCell | None:
        """ "đạt 1.200 tỷ đồng, tăng 200 tỷ đồng, tương đương 20% so với năm 2022 (1.000 tỷ đồng)": a
        percentage glossed by "tương đương", "tương ứng" or "tức" right after a change in the figure's unit
        restates that change as a rate over the earlier level (200 / 1.000), a growth, never an index of
        the level over it (1.200 / 1.000 = 120 % against 20 %: a false error). Only a comparison with an
        earlier period, or none, is such a rate; "tương đương 61,2% kế hoạch" stays a ratio to the plan, and
        "bằng 120% so với năm 2022" after a change stays an index (it may be the level's, not the change's).
        The prose form of ``_rate_of_change``, which reads the same gloss in parentheses."""
        if f.percent is None or f.base_kind not in (None, "SAME", "YEAR") or not g.cells:
            return None
        last = g.cells[-1]
        if (last.relation != "difference" or last.role != "other" or last.value.percent or last.span is None
                or last.divides is not None):
            return None
        between = fold(self.doc.text[last.span[1]:f.span[0]])
        if not re.fullmatch(r"[^\d,;()]{0,12},\s*(?:tuong duong|tuong ung|tuc la|tuc)(?:\s+voi)?\s*"
                            r"(?:(?:khoang|gan|hon|tren|xap xi)\s*)?", between):
            return None
        sign = f.percent or "%"
        g.notes.append(f"'{f.text}{sign}' glossing '{last.value.raw}': the rate of that change, over the earlier level")
        return DraftCell(column=f"{last.column.split(' so với ')[0]} {f.role_text.lower()} % {f.base_text or ''}".strip(),
                         role="ratio", value=self._value(f.text + (sign if sign not in f.text else ""), f.hedge),
                         relation="growth", span=f.span, base=f.base_kind, base_text=f.base_text)

    def _split_count(self, g: Group) -> None:
        """ "9/12 xã ..., chiếm 75%": the count becomes a part and its whole."""
        count = g.count
        f = g.fig
        if count is None or f is None or f.parts is None:
            return
        a_span, b_span = f.part_spans or (f.span, f.span)
        a_cell = DraftCell(column=count.column, role=count.role, value=self._value(f.parts[0], f.hedge), span=a_span)
        b_cell = DraftCell(column="tổng số", role="other", value=self._value(f.parts[1], None), span=b_span)
        k = g.cells.index(count)
        g.cells[k : k + 1] = [a_cell, b_cell]
        g.count = None
        g.actual, g.den = a_cell, b_cell

    # -- parentheses ---------------------------------------------------------------------------

    def _change_of_rate(self, g: Group, f: Fig, paren: int, close: int) -> bool:
        """A quantity in parentheses right after a change rate is that change in the figure's unit:
        "905.867 tấn, giảm 0,58% (5.240 tấn) so với năm 2018", "tăng 12% (tương ứng 45 tỷ đồng)".

        It is kept on the row as the change (relation "difference"), so it is never a level of its own:
        read as one, it became the whole of the "trong đó" list after it (5.240 ≥ 888.132 + …, a false
        error on a raw provincial page). Adds the cell and returns True, or returns False and changes nothing.
        """
        doc = self.doc
        if f.kind != "number" or f.core_end < close or not g.cells or g.actual is None:
            return False
        # Either way the parenthesis restates the change: it opens on the figure or on a gloss ("tương ứng").
        words = fold(doc[paren + 1 : f.start].text) if f.start > paren + 1 else ""
        if not _CHANGE_GLOSS_RE.fullmatch(words):
            return False
        last = g.cells[-1]
        if f.percent is not None:
            return self._rate_of_change(g, f, paren, last)
        if last.relation != "growth" or last.role != "ratio" or not last.value.percent or last.span is None:
            return False
        if not re.fullmatch(r"\s*%?\s*", doc.text[last.span[1]:doc[paren].idx]):
            return False  # the parenthesis must follow the rate itself, not a clause after it
        if not (g.unit and f.unit and units_compatible(g.unit, f.unit)):
            return False
        g.cells.append(DraftCell(column=last.column, role="other", value=self._value(f.text, f.hedge),
                                 relation="difference", span=f.span, base=last.base, base_text=last.base_text))
        g.notes.append(f"'({f.text} {f.unit})' after '{last.value.raw}': the same change in {f.unit}")
        return True

    def _rate_of_change(self, g: Group, f: Fig, paren: int, last: DraftCell) -> bool:
        """A percentage in parentheses right after a change in the figure's unit is that change's rate,
        over the earlier level: "76.627 ha lúa, giảm 657 ha (bằng 0,85%) so với vụ mùa năm 2016" is 657 /
        (76.627 + 657), a growth of the figure, recomputed only against the earlier level when that is
        printed (``_change_of_rate`` has read the gloss before it). Read as a ratio, the generic reader
        divided the change by the level (657 / 76.627) or by a figure of another paragraph (a false error
        on our own wording)."""
        doc = self.doc
        if last.relation != "difference" or last.role != "other" or last.value.percent or last.span is None:
            return False
        if last.divides is not None or not re.fullmatch(r"[^\d,;()]{0,12}", doc.text[last.span[1]:doc[paren].idx]):
            return False  # the change, its unit, then the parenthesis
        sign = f.percent or "%"
        value = self._value(f.text + (sign if sign not in f.text else ""), f.hedge)
        g.cells.append(DraftCell(column=last.column, role="ratio", value=value, relation="growth", span=f.span,
                                 base=last.base, base_text=last.base_text))
        g.notes.append(f"'({f.text})' after '{last.value.raw}': the rate of that change, over the earlier level")
        return True

    def _yearly_average(self, cell: DraftCell) -> bool:
        """ "đạt 1.331 tỷ đồng, tăng bình quân 10%/năm so với năm 2020 (1.000 tỷ đồng)": a rate said per year
        ("bình quân", "trung bình", "mỗi năm", "hằng năm", "%/năm") compounds over the years between, so it is
        no growth from the earlier level to the figure (1.331 / 1.000 − 1 = 33 % against 10 %: a false
        error). The parenthesis is still that year's level; the rate is left unread."""
        if cell.relation != "growth" or not cell.value.percent:
            return False
        after = self.doc.text[cell.span[1]:cell.span[1] + 8] if cell.span is not None else ""
        return bool(re.search(r"(?<![a-z])(?:binh quan|trung binh|moi nam|hang nam)(?![a-z])", fold(cell.column))
                    or re.match(r"\s*%?\s*/\s*năm", after, re.IGNORECASE))

    @staticmethod
    def _after_its_rates(g: Group) -> bool:
        """Whether a group's cells after its figure are percentages only, a change rate last: "khu vực cá thể
        đạt 234,7 tỷ đồng, tăng 58,5% so với cùng kỳ (6%)", "đạt 980,698 tỷ đồng, bằng 94,05% kế hoạch, tăng
        8,5% (23,6%)". A bare percentage in parentheses there is the figure's share, as ", chiếm 6%" in its
        place is; after a change in the figure's unit it is that change's rate (``_rate_of_change``)."""
        rest = [c for c in g.cells if c is not g.actual]
        return bool(rest) and rest[-1].relation == "growth" and all(
            c.role == "ratio" and c.relation in ("growth", "ratio") and c.value.percent for c in rest)

    def _completes(self, g: Group, f: Fig, *, plan_word: bool = False, words: str = "") -> bool:
        """A figure in parentheses that completes what the open group printed before it.

        - the base of a ratio or change printed without it: "bằng 66,23% so với dự toán (18.000 tỷ
          đồng)", "vượt 163 hộ so với chỉ tiêu tỉnh giao (390 hộ)", "bằng 104,29% năm 2010 (20.620,2
          ha)", "bằng 61,2% kế hoạch (kế hoạch năm 2.040 tỷ đồng)";
        - the share of a figure: "khu vực thành thị 55.742 người (55,54%)".

        A base is completed only by the parenthesis right after its words: one printed after a clause
        of its own ("tăng hơn 222ha so với năm 2021, tập trung chủ yếu ở phường Tân Quy Đông (310ha)")
        is the figure of what that clause names (a place's part), not the earlier year's.

        Adds the figure to ``g`` and returns True, or returns False and changes nothing.
        """
        if g.actual is None or g.fig is None or f.kind != "number":
            return False
        value = self._value(f.text, f.hedge)
        last = g.cells[-1]
        if f.percent is None and (last.divides is None or self._names_own_plan(g, last)) and last.relation in (
            "ratio", "growth", "difference") and (last.base in ("PLAN", "TARGET", "YEAR", "SAME") or plan_word):
            if re.search(r"[,;:]", words):
                return False
            if not units_compatible(g.unit, f.unit) or ((g.unit is None) != (f.unit is None and not plan_word) and f.unit):
                return False
            if _other_scale(g.unit, f.unit):
                # "đạt 1.200 tỷ đồng, tăng 20% so với năm 2022 (1.000.000 triệu đồng)": the row holds one
                # unit, so a base printed in another (convertible) one would be compared as printed, 1.200
                # against 1.000.000: not read rather than a false error
                return False
            if g.actual.value.kind not in ("number", "comparator"):
                return False
            base = last.base or "PLAN"
            if base in ("PLAN", "TARGET"):
                role = "plan" if base == "PLAN" else "target"
                column = last.base_text or ("kế hoạch" if role == "plan" else "mục tiêu")
                cell = DraftCell(column=column, role=role, value=value, span=f.span)
                if g.den is None:
                    g.den = cell
            else:
                cell = DraftCell(column=last.base_text or "so sánh", role="other", value=value, span=f.span)
                cell.period = year_in(last.base_text) if base == "YEAR" else None
            g.cells.append(cell)
            if not self._yearly_average(last):
                last.divides = (self._reduction_measured(g, last) or g.actual, cell)
            return True
        if (f.percent is not None and f.role is None and f.base_kind in ("PLAN", "TARGET", "SAME", "YEAR") and g.main_percent is False and g.unit
                and not g.has_ratio and g.actual.value.kind in ("number", "comparator") and len(g.cells) == 1):
            # "nông, lâm, thủy sản đạt 2.873 tỉ đồng (102% kế hoạch)": a ratio to the base it names, whose
            # figure is not printed; never a share of the total before it
            g.cells.append(DraftCell(column=f"% {f.base_text}".strip(), role="ratio", value=value, relation="ratio",
                                     span=f.span, base=f.base_kind, base_text=f.base_text))
            g.has_ratio = True
            return True
        if f.percent is not None and f.role is None and f.base_kind in (None, "TOTAL") and g.main_percent is False and g.unit and not any(
            c.relation == "share" for c in g.cells
        ) and g.actual.value.kind in ("number", "comparator") and (len(g.cells) == 1 or self._after_its_rates(g)):
            # "người dân đóng góp trên 419 tỷ đồng (32%)": a hedged part's bare share is its share as a plain
            # part's is ("chiếm 32%" after it was read); its bound makes the share a range, not a guess
            cell = DraftCell(column="tỷ lệ", role="ratio", value=value, relation="share", span=f.span)
            g.cells.append(cell)
            return True
        return False

    @staticmethod
    def _names_own_plan(g: Group, last: DraftCell) -> bool:
        """Whether a ratio measured against the plan read before it names a plan of its own, whose figure the
        parenthesis after it prints: "bằng 92% kế hoạch tỉnh giao (8.498,4 tỷ đồng) và bằng 86,8% kế hoạch
        thành phố giao (8.986 tỷ đồng)" (lao-cai-lao-cai_2), "đạt 124,87 % so với chỉ tiêu tỉnh giao (390 hộ)
        và đạt tỷ lệ 121,75 % so với chỉ tiêu huyện giao (400 hộ)" (phuoc-son-quang-nam_2). The second ratio
        was divided by the first plan (86,8 % of 8.498,4: a false error when misprinted, a miss when not) and
        its own plan left to a row of its own. A ratio naming the same plan again keeps it."""
        if last.relation != "ratio" or last.base not in ("PLAN", "TARGET") or last.divides is None:
            return False
        if g.den is None or last.divides[1] is not g.den or not last.base_text or not g.den.column:
            return False

        def name(text: str) -> str:
            return re.sub(r"^(?:so sanh voi|so voi|so)\s+", "", fold(text).strip())

        return name(last.base_text) != name(g.den.column)

    def _reduction_measured(self, g: Group, ratio: DraftCell) -> DraftCell | None:
        """The reduction a ratio to an assigned target measures, when it is printed right before the ratio:
        "Số hộ nghèo … còn 1.446 hộ, giảm 487 hộ so với năm 2023, đạt 124,87 % so với chỉ tiêu tỉnh giao
        (390 hộ)" (phuoc-son-quang-nam_2: 487 / 390; thang-binh-quang-nam_1 prints "giảm 128 hộ so với năm
        2022, bằng 256% chỉ tiêu huyện giao" the same way, its target unprinted). A target of households or
        people to take out ("chỉ tiêu … giao") is met by the reduction, not by the level left (1.446 / 390 =
        371 %: a false error). A rise before the ratio ("tăng 5 triệu đồng so với năm 2023, đạt 100%KH") and a
        reduction in money or a percentage leave the level measured, as before."""
        if ratio.base not in ("PLAN", "TARGET") or "chi tieu" not in fold(ratio.base_text or ""):
            return None
        if (g.unit or "").strip().lower() not in ("hộ", "người"):
            return None
        before = g.cells[: g.cells.index(ratio)] if ratio in g.cells else []
        for cell in reversed(before):
            if cell.role in ("plan", "target") or cell.relation == "ratio":
                continue  # the first ratio and its plan, between the reduction and a second ratio
            if (cell.relation == "difference" and cell.role == "other" and not cell.value.percent
                    and fold(cell.column).startswith("giam")):
                return cell
            return None
        return None

    def _on_paren(self, i: int, j: int, cur: Group | None, mark: int, level: int, made: list[Group]) -> tuple[Group | None, int]:
        """Handle "( ... )" at tokens i..j; returns the open group and where the pending text starts."""
        doc = self.doc
        a, b = i + 1, j
        if a >= b:
            return cur, mark
        first = self.roles.get(a)
        inner_figs = self._figs_in(a, b)
        if first is None and len(inner_figs) == 1 and inner_figs[0].mod_start == a and inner_figs[0].role == "SHARE":
            # "333 tỷ đồng (tỷ lệ 19,5%)": the figure reads "tỷ lệ" after a part as its share word (see
            # prose_figures), so the parenthesis attaches as "(chiếm 19,5%)" does
            first = (inner_figs[0].start, "SHARE")
        if cur is not None and len(inner_figs) == 1 and self._change_of_rate(cur, inner_figs[0], i, b):
            return cur, j + 1
        # (100%), (96%), (24.013/9.278): a bare figure
        if len(inner_figs) == 1 and inner_figs[0].mod_start == a and inner_figs[0].core_end >= b and inner_figs[0].role is None:
            f = inner_figs[0]
            if cur is not None and cur.times is not None and cur.times.divides is None and f.kind == "fraction" and f.parts:
                self._flush_post(cur, mark, i)
                a_span, b_span = f.part_spans or (f.span, f.span)
                num = DraftCell(column="số so sánh", role="actual", value=self._value(f.parts[0], None), span=a_span)
                den = DraftCell(column="số gốc", role="other", value=self._value(f.parts[1], None), span=b_span)
                cur.cells += [num, den]
                cur.times.divides = (num, den)
                return cur, j + 1
            if cur is not None and self._completes(cur, f, words=doc[mark:i].text):
                self._flush_post(cur, mark, i)
                return cur, j + 1
            if cur is not None and cur.evaluation is not None and f.kind != "fraction":
                cur.cells.append(DraftCell(column="thực hiện", role="actual", value=self._value(f.text, f.hedge), span=f.span))
                if cur.actual is not None and cur.actual.role == "actual" and cur.den is None:
                    cur.actual.role, cur.actual.column = "target", "chỉ tiêu"
                return cur, j + 1
            # "mạng 3G (96%)": the parenthesis only wraps the figure of the text before it
            to_cur, lead_start = self._split_lead(mark, i, cur)
            if cur is not None and to_cur is not None:
                self._flush_post(cur, to_cur[0], to_cur[1])
            g = self._new_group(f, lead_start, None, level, lead_end=i)
            g.char_end = doc[min(j, len(doc) - 1)].idx + 1
            self.groups.append(g)
            made.append(g)
            if (
                cur is not None and to_cur is None and lead_start == i and cur.actual is not None and f.percent is None
                and cur.unit and g.unit and not units_compatible(cur.unit, g.unit) and not cur.main_percent
            ):
                # "hộ nghèo có 6.930 hộ (35.695 khẩu), chiếm 41,96%": the same thing in another unit; what
                # follows still speaks of the figure before the parenthesis
                g.notes.append(f"printed in parentheses after {cur.actual.value.raw} {cur.unit}: the same thing in {g.unit}")
                return cur, j + 1
            g.parenthesised = True
            return g, j + 1
        if not inner_figs:
            return cur, mark
        self._flush_post(cur, mark, i)
        if first is not None and first[1] in ("PLAN", "TARGET") and cur is not None:
            if len(inner_figs) == 1 and self._completes(cur, inner_figs[0], plan_word=True):
                return cur, j + 1
            self._walk(a, b, level=level + 1, attach_to=cur, list_parent=None, paren_list=None)
            return cur, j + 1
        if first is not None and first[1] in ATTACH_ROLES | {"EST"} - {"PLAN", "TARGET"} and cur is not None:
            self._walk(a, b, level=level + 1, attach_to=cur, list_parent=None, paren_list=None)
            return cur, j + 1
        if first is not None and first[1] == "CHILD" and cur is not None:
            whole = self._breakdown_target(cur)
            inner = self._walk(a, b, level=level + 1, attach_to=None, list_parent=whole, paren_list=None, decide=False)
            kids = [g for g in inner if g.parent is whole]
            if len(kids) >= 2 and _additive(whole.unit):
                whole.partition = True
                whole.notes.append("partition: a parenthesised 'trong đó' list")
            elif kids:
                whole.notes.append("parenthesised 'trong đó' with one part: a subset")
            return cur, j + 1
        listed: list[Group] = []
        inner = self._walk(a, b, level=level + 1, attach_to=None, list_parent=None, paren_list=listed)
        tops = [g for g in listed if g.level == level + 1]
        if cur is not None and len(tops) >= 2 and _additive(cur.unit) and all(units_compatible(cur.unit, g.unit) for g in tops) and (
            cur.breakdown is None
        ):
            whole = self._breakdown_target(cur)
            token = object()
            for g in tops:
                self._link(g, whole, token)
            whole.partition = True
            whole.notes.append("partition: a parenthesised list of its parts")
        elif cur is not None:
            for g in inner:
                g.notes.append(f"printed in parentheses after '{cur.lead or cur.head or cur.post}'")
        return cur, j + 1
