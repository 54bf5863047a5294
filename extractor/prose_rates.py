"""Rates whose operands are printed elsewhere in the passage: a growth against an earlier year's
figure, a density or a yield from a total and an area, an average yearly growth between two years.

Each rule's docstring shows a passage it reads and what it reads there (docs/rules.md is generated
from them).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import pairwise
from typing import Any

from extractor.prose_edits import Edits
from extractor.prose_passage import VALUE_ROLES, Mention, Passage, Ref
from normalizers.index_words import INDEX_VERB, INDEX_VERB_FOLDED, as_bang
from normalizers.quantities import PERSONS, same_quantity, stock_unit, unit_of
from normalizers.text import fold_words

_RATE_UNIT_RE = re.compile(
    r"^\s*(?:(?:trở lên|trở xuống)\s*)?(?P<num>[^\W\d_][\w²³]*(?:\s[^\W\d_][\w²³]*)?)?\s*"
    r"(?:(?:trở lên|trở xuống)\s*)?/\s*(?P<den>[^\W\d_][\w²³]*)",
)
_YEAR_RE = re.compile(r"năm\s+(\d{4})", re.IGNORECASE)


def indicator_words(text: str) -> set[str]:
    """The words that name an indicator: folded, without punctuation, years and filler words."""
    words = {w.strip(".,:;()-–") for w in fold_words(text).split()}
    return {w for w in words if w and not w.isdigit()} - {
        "va", "cua", "la", "co", "nam", "duoc", "dat", "huyen", "thi", "xa", "tren", "dia", "ban"}


def growth_bases(p: Passage, edits: Edits) -> None:
    """**Growth against a printed year.** "Năm 2010, đất nông nghiệp tăng lên 20.620,2 ha, bằng 105,96%
    năm 2009", with "Năm 2009, đất nông nghiệp có 19.460,2 ha" printed before: the percentage is the
    2010 figure over the 2009 figure of the same indicator (an index: 20.620,2 / 19.460,2 = 105,96 %
    ✓). A growth "tăng 9,3% so với năm 2022" is recomputed the same way when the 2022 figure of the
    indicator is printed, and so is a factor "gấp 2,1 lần năm 2020" (60 / 28,5 = 2,1 ✓). Without
    the earlier figure nothing is recomputed.

    The earlier figure may be named with more words, or fewer: "Năm 2021, theo báo cáo của UBND huyện,
    tổng giá trị sản xuất ngành thủy sản ước đạt 412 tỷ đồng" is the base of "Năm 2022, thủy sản đạt 447
    tỷ đồng, tăng 8,5% so với năm 2021" (447 / 412 − 1 = 8,5 % ✓) because every word of the shorter
    name is in the longer one (4 in 5 at least; years in a name do not count) and no other figure of
    2021 fits as well. A later sentence of a paragraph opened with "Năm 2021, …" is of 2021 too, also when
    that opening sentence prints no figure ("Năm 2022, hầu hết chỉ tiêu … đạt và vượt kế hoạch. Tổng diện
    tích gieo trồng toàn huyện 35.578 ha": 2022; not after another date the text does not compare with). A rate
    printed without a year after one that prints it in its sentence ("…, tăng 8,5% so với năm 2021;
    lâm nghiệp 101 tỷ đồng, tăng 5,2%") has the same base year; "so với năm trước" is the year before
    the figure's own ("cùng kỳ năm trước" is not: it compares part of a year); "so" alone is "so với" ("tăng
    11,72% so cùng kỳ", "so năm trước", "gấp 1,5 lần so năm 2021", round 25); "tăng trưởng" is "tăng" ("tăng
    trưởng 18,9% so với năm 2023") and "tương đương" is "bằng" ("tương đương 110% năm trước"). A bare index
    after an index of its sentence that prints its comparison takes that comparison, as years back from its
    own figure's year (parallel clauses print it once, round 31): "Năm 2015, … đạt 5.639,30 tỷ đồng, bằng
    109,36% năm 2014; trong đó nông nghiệp … đạt 1.460,50 tỷ đồng, bằng 102,61% năm trước; công nghiệp - TTCN -
    xây dựng đạt 3.053,80 tỷ đồng, bằng 111,71%" -> 3.053,80 / 2.723,60 = 112,12 %: an error (not after an index
    on a plan, nor when the clause prints the index's own base). A bare rate after a year's
    figure whose sentence printed the quantity for one earlier year only is against that year: "Năm
    2022 thu nhập bình quân đạt 52 triệu đồng, năm 2023 đạt 56,5 triệu đồng, tăng 8,7%" -> 56,5 / 52 −
    1 = 8,65 % ✓; so is a bare "gấp 2,1 lần" ("Năm 2015 thu nhập bình quân 24,8 triệu đồng/người; năm
    2023 đạt 52 triệu đồng/người, gấp 2,1 lần": 52 / 24,8 = 2,1 ✓), and a change in the figure's unit
    ("Năm 2022 có 1.520 hộ nghèo; năm 2023 còn 1.245 hộ, giảm 275 hộ": 1.520 − 1.245 = 275 ✓).

    A growth "so với cùng kỳ" ("cùng kỳ năm trước / năm ngoái", or a bare "tăng" nothing else dates) is
    against the year before the figure's own, on the same part of the year: "Năm 2021 tổng giá trị sản
    xuất đạt 4.000 tỷ đồng. Năm 2022 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 10% so với cùng kỳ" ->
    4.400 / 4.000 − 1 = 10 % ✓; "sáu tháng đầu năm 2023 … tăng 10% so với cùng kỳ" only against a
    figure of "sáu tháng đầu năm 2022", never against a whole year's, another part's or a target's
    ("huyện phấn đấu …"). Target words a result governs set no target (round 24): "Năm 2019: 23/24 chỉ tiêu
    chủ yếu hoàn thành và vượt mục tiêu (trong đó 16 chỉ tiêu vượt kế hoạch); giá trị sản xuất 8.550 tỷ đồng"
    is 2019's result, so "Năm 2020: tổng giá trị sản xuất 9.585 tỷ đồng (bằng 97,2% kế hoạch, tăng 21,1%)" ->
    9.585 / 8.550 − 1 = 12,1 %, not 21,1 (read unfolded: "đặt mục tiêu" sets one). When no figure of the base year is named like the growing one, the one figure
    of that year and quantity printed before is its base if the two names share at least half the words
    of the shorter (3 at least) and it is no target: "tổng giá trị sản xuất năm 2017 của huyện ước đạt
    gần 10.600 tỷ đồng … huyện phấn đấu tổng giá trị sản xuất đạt hơn 11.500 tỷ đồng, tăng hơn 9,3% so
    với năm 2017" -> within the hedges ✓.

    A figure named only by pointing back ("con số này", "ngành này", "diện tích này") or by nothing but
    its year is of the indicator of the sentence right before it: "Nông, lâm, thủy sản năm 2012 đạt
    2.225.170 triệu đồng. Năm 2013, ngành này thực hiện được 2.633.564 triệu đồng, bằng 110% năm
    trước" -> 2.633.564 / 2.225.170 = 118,35 %: an error; its base is the one figure of the base year
    and quantity there ("bằng … năm trước" is an index on the year before the figure's own).

    A base year printed only in the comparison, with no figure of the indicator printed for it, is the year
    of the one earlier figure of the indicator printed with no year at all, in the same unit: "Khi bắt đầu
    xây dựng nông thôn mới, … thu nhập bình quân đầu người của các xã đạt 18,8 triệu đồng/người/năm …. Đến năm
    2020, thu nhập bình quân đầu người toàn huyện đạt 45,8 triệu đồng/người/năm (tăng 27,0 triệu
    đồng/người/năm so với năm 2011)" -> 45,8 − 18,8 = 27,0 ✓ (two such figures: not recomputed). A figure
    whose paragraph prints its period's date before it ("trong tháng 11/2021, … 13 doanh nghiệp giải thể",
    "quý I/2023", "năm 2021") is dated, not undated: "Lũy kế 11 tháng năm 2021, … 145 doanh nghiệp giải
    thể, tăng 229,5% so với cùng kỳ năm 2020" is no growth from November's 13 (a false error). A rate compared with
    the figure's own year ("… năm 2022 …, bằng 63,8% so với cùng kỳ năm 2022") has no base printed: nothing is
    recomputed from the one figure of that year in its sentence when that figure names another indicator (round
    29); a plan of the year stays its base ("bằng 85% kế hoạch năm 2023").
    """
    for m in p.mentions:
        cell = m.cell
        if cell.divides is not None or cell.refs or cell.relation not in ("ratio", "growth", "times", "difference"):
            continue
        year = _base_year(cell.column)
        if year is None and cell.relation in ("growth", "difference"):
            year = _inherited_year(p, m)
        if year is None and cell.relation == "ratio" and _PREVIOUS_YEAR_INDEX_RE.fullmatch(cell.column.strip()):
            year = _year_before(p, m)  # "…, bằng 110% (so với) năm trước": an index on the year before the figure's own
        if year is None and cell.relation == "ratio" and _BARE_INDEX_RE.fullmatch(cell.column):
            year = _inherited_index_year(p, m)  # "…, bằng 102,61% năm trước; công nghiệp … đạt 3.053,80, bằng 111,71%"
        if cell.relation == "times":
            # "60 triệu đồng, gấp 2,1 lần năm 2020": the year is printed after "lần"
            after = _TIMES_YEAR_RE.match(p.after(m, limit=40))
            year = (after.group(1) or after.group(2)) if after else None
            if year is None and re.match(r"\s*lần\s*(?:[,;.)]|$)", p.after(m, limit=20)):
                year = _earlier_year_printed(p, m)  # "năm 2015 … 24,8 …; năm 2023 đạt 52 …, gấp 2,1 lần"
        if year is None and cell.relation in ("growth", "difference"):
            # "tăng 27,0 triệu đồng/người/năm so với năm 2011": the comparison printed after a unit the column ended on
            after = _AFTER_UNIT_YEAR_RE.match(p.after(m, limit=60))
            year = (after.group(1) or after.group(2)) if after else None
        same_period = False
        if year is None and (cell.relation == "growth"
                             or (cell.relation == "ratio" and _SAME_PERIOD_INDEX_RE.match(cell.column) is not None)):
            # "Năm 2019 … đạt 8.550 tỷ đồng, tăng 15,3% so với cùng kỳ" after "Năm 2018 … đạt 7.415 tỷ đồng"; "…,
            # bằng 115,3% so với cùng kỳ", the same comparison said as an index
            year = _same_period_year(p, m)
            same_period = year is not None
        if year is None:
            continue
        current = _value_in_row(p, m)
        if current is None or current.value is None:
            continue
        base = _earlier_figure(p, current, year) or _antecedent(p, current, year)
        if base is not None and (current.cell.period or "") == year and base.cell.role not in ("plan", "target") \
                and not indicator_words(base.row.indicator) & indicator_words(current.row.indicator):
            # "Tổng số vốn đầu tư … 6 tháng đầu năm 2022 ước đạt 948.260 triệu đồng …; thu ngân sách trên địa bàn
            # dự kiến 150.000 triệu đồng … và bằng 63,8% so với cùng kỳ năm 2022": a figure of the year it is compared
            # with has no base printed; the one figure of that year in its sentence, of an indicator sharing no word
            # with it, is another indicator of the same period (round 29: 150.000 / 948.260 was a false error)
            continue
        if base is None and cell.relation == "growth":
            base = _only_figure_of_year(p, current, year)
        if base is None and cell.relation in ("growth", "difference") and "cùng kỳ" not in cell.column.lower():
            # an undated start level is no "cùng kỳ" figure: that one is the same part of the year before
            base = undated_start(p, current, year, indicator_words(current.row.indicator),
                                 lambda x: indicator_words(x.row.indicator), exact_unit=True)
        if base is None or another_subject(p, base, current):
            continue
        if same_period and (base.cell.role not in ("actual", "estimate") or targeted(p, base)
                            or part_of_year(p, base) != part_of_year(p, current)):
            continue  # a growth on the same part of the year before: "sáu tháng đầu năm" against its like
        edits.set_cell(m.ref, refs=(current.ref, base.ref))


# A heading line: a short line of words with no figure and no sentence end ("Hà Nội", "TP. HCM", "Thanh Hoá")
_HEADING_RE = re.compile(r"^[^\d;:!?]{1,60}(?<![.,])$")


def another_subject(p: Passage, base: Mention, current: Mention) -> bool:
    """Is a heading printed between ``base`` and ``current``? A heading opens another subject's section: "TP. HCM
    … Khách du lịch nội địa ước đạt 16,4 triệu lượt, tăng 48%" then "Hà Nội … Khách du lịch nội địa đạt 10,3
    triệu lượt, tăng 22,6% so với cùng kỳ năm 2022" compares Hà Nội with its own year before, never with Hồ Chí
    Minh City's figure (a false error: 10,3 / 16,4 − 1 = −37 %)."""
    for k in range(base.line + 1, current.line):
        text = p.lines[k].text.strip()
        if text and len(text.split()) <= 8 and _HEADING_RE.match(text):
            return True
    return False


# the year after "lần": "gấp 2,1 lần năm 2020", "tăng 2,75 lần so với năm 2010", and after "so với" without its
# "năm" ("tăng 4,5 lần so với 2010", cam-xuyen-ha-tinh_3) or after "thực hiện" ("so với thực hiện năm 2010")
_TIMES_YEAR_RE = re.compile(r"\s*lần\s+(?:(?:so(?:\s+với)?\s+(?:thực\s+hiện\s+)?)?năm\s+(\d{4})|so(?:\s+với)?\s+(?:thực\s+hiện\s+)?"
                            r"((?:19|20)\d\d)(?!\d|[.,]\d)(?!\s+[^\W\d_]))(?!\s*\()", re.IGNORECASE)


def _base_year(column: str) -> str | None:
    found = _YEAR_RE.search(column)
    return found.group(1) if found else None


# (after "thực hiện", or without "năm": "tăng 27,0 triệu đồng/người/năm so với 2011", as hau-loc-thanh-hoa_2 prints
# "so với 2019")
_AFTER_UNIT_YEAR_RE = re.compile(r"^\s*[^\W\d_][^\d,;()]{0,40}?\s+so(?: với)? (?:thực hiện )?(?:năm (\d{4})|((?:19|20)\d\d))(?!\d)"
                                 r"\s*(?:[,;.)]|$)", re.IGNORECASE)
_BARE_RATE_RE = re.compile(r"^\s*(?:tăng(?:\s+trưởng)?|giảm)\s*(?:khoảng|gần|hơn|trên|ước)?\s*$", re.IGNORECASE)
# "so với" is often printed "so" alone in reports ("tăng 11,72% so cùng kỳ", "so năm trước"): the same comparison
_PREVIOUS_YEAR_RE = re.compile(r"so(?: với)? năm trước", re.IGNORECASE)


def _inherited_year(p: Passage, m: Mention) -> str | None:
    """The base year of a growth printed without one: "tăng 17,2%" after "…, tăng 17,4% so với năm
    2022; thương mại - dịch vụ 18.653 tỷ đồng, tăng 17,2%" takes 2022 from the growth before it in its
    sentence; "tăng 5% so với năm trước" takes the year before its own figure's year."""
    if _PREVIOUS_YEAR_RE.search(m.cell.column) and "cùng kỳ" not in m.cell.column.lower():
        return _year_before(p, m)
    if not _BARE_RATE_RE.match(m.cell.column):
        return None
    for x in reversed(p.mentions[: m.order]):
        if x.sentence != m.sentence:
            break
        if x.cell.relation == "growth" and x.row.index != m.row.index:
            return _base_year(x.cell.column)
    return _earlier_year_printed(p, m)


# a bare index: "bằng 111,71%", "tương đương 118%", with no comparison and no plan printed after it
_BARE_INDEX_RE = re.compile(rf"\s*(?:{INDEX_VERB})\s*%\s*", re.IGNORECASE)


def _inherited_index_year(p: Passage, m: Mention) -> str | None:
    """The base year of a bare index, said by the index before it in its sentence: clauses that list one
    quantity's parts or years in one pattern print the comparison once and leave it out after ("Năm 2015, …
    đạt 5.639 tỷ đồng, bằng 109,36% năm 2014; trong đó nông nghiệp đạt 1.460,50 tỷ đồng, bằng 102,61% năm
    trước; công nghiệp đạt 3.053,80 tỷ đồng, bằng 111,71%": 2014). The nearest earlier index of another row
    whose column prints its comparison gives the distance in years back from its own figure's year; a bare
    index between them is left out of the chain. An earlier index on a plan ("bằng 102% kế hoạch"), one
    "so với cùng kỳ", or one in another sentence says nothing: nothing is inherited, nothing is read."""
    current = _value_in_row(p, m)
    own = (current.cell.period if current is not None else None) or ""
    if current is None or not re.fullmatch(r"\d{4}", own):
        return None
    if any(x.is_value and same_quantity(x.unit, current.unit) for x in p.mentions[current.order + 1: m.order]):
        return None  # "đạt 2.633.564 triệu đồng (năm 2012: 2.225.170 triệu đồng), bằng 110%": its own base is printed
    for x in reversed(p.mentions[: m.order]):
        if x.sentence != m.sentence:
            return None
        if x.cell.relation != "ratio" or x.row.index == m.row.index:
            continue
        if _BARE_INDEX_RE.fullmatch(x.cell.column):
            continue  # "…, bằng 110%, năm 2014 đạt …, bằng 118%": the chain goes on past a bare one
        figure = _value_in_row(p, x)
        then = (figure.cell.period if figure is not None else None) or ""
        if not re.fullmatch(r"\d{4}", then):
            return None
        if _PREVIOUS_YEAR_INDEX_RE.fullmatch(x.cell.column.strip()):
            back = 1
        else:
            printed = re.fullmatch(rf"\s*(?:{INDEX_VERB}|đạt)\s*%\s*(?:so(?:\s+với)?\s+)?năm\s+(\d{{4}})\s*",
                                   x.cell.column, re.IGNORECASE)
            if printed is None:
                return None  # a plan, a share, "cùng kỳ": the bare index's comparison is not said
            back = int(then) - int(printed.group(1))
        return str(int(own) - back) if back >= 1 else None
    return None


def _year_before(p: Passage, m: Mention) -> str | None:
    """The year before that of the figure in ``m``'s row."""
    current = _value_in_row(p, m)
    period = (current.cell.period if current is not None else None) or ""
    return str(int(period) - 1) if re.fullmatch(r"\d{4}", period) else None


# ("tăng trưởng 6,2% so với cùng kỳ" is the same growth)
_SAME_PERIOD_RE = re.compile(r"^\s*(?:tăng(?:\s+trưởng)?|giảm)\s*(?:so(?:\s+với)?\s+)?(?:cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?)?\s*$",
                             re.IGNORECASE)
# the same comparisons said as an index: "bằng 115,3% so với cùng kỳ", "đạt 120% so cùng kỳ năm trước", "bằng 110% so
# với năm trước" (a growth "tăng 15,3%" said the other way; the index needs its period printed, a bare "bằng %" is not one)
_SAME_PERIOD_INDEX_RE = re.compile(rf"^\s*(?:{INDEX_VERB}|đạt)\s*%\s*(?:so(?:\s+với)?\s+)?cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?\s*$",
                                   re.IGNORECASE)
_PREVIOUS_YEAR_INDEX_RE = re.compile(rf"(?:{INDEX_VERB}|đạt) %\s*(?:so(?:\s+với)?\s+)?năm trước", re.IGNORECASE)
# Words that make a figure one of part of a year ("sáu tháng đầu năm", "quý III", "9 tháng")
_PART_OF_YEAR_RE = re.compile(
    r"(?<![a-z])(?:(?:\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi mot|muoi hai) thang(?: (?:dau|cuoi) nam)?"
    r"|quy [ivx1-4]+|tu dau nam|hoc ky)(?![a-z])")


_TARGET_WORDS_RE = re.compile(r"(?<![a-z])(?:phan dau|muc tieu|ke hoach|du kien|chi tieu)(?![a-z])")


# target words a result governs: "hoàn thành và vượt mục tiêu", "16 chỉ tiêu vượt kế hoạch", "đạt 97,2% kế hoạch",
# "23/24 chỉ tiêu": they report what was done with targets, and set none. Read unfolded ("đặt mục tiêu" sets one).
_TARGETS_MET_RE = re.compile(
    r"(?<!\w)(?:đạt|vượt|hoàn\s+thành|bằng|so\s+với|so)(?:\s+(?:và|vượt|mức|được|xa|trên|hơn|gần|khoảng|[\d.,]+\s*%|\d+(?:/\d+)?))*\s+"
    r"(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|KH)(?!\w)"
    r"|(?<!\w)\d+(?:/\d+)?\s+(?:chỉ\s+tiêu|mục\s+tiêu)(?:\s+chủ\s+yếu)?(?:\s+\S+){0,6}?\s+(?:đạt|vượt|hoàn\s+thành)(?!\w)"
    r"(?:\s+(?:và\s+vượt\s+|mức\s+)?(?:kế\s+hoạch|chỉ\s+tiêu|mục\s+tiêu|KH)(?!\w))?",
    re.IGNORECASE)


def targeted(p: Passage, m: Mention) -> bool:
    """A figure its sentence prints as a target ("huyện phấn đấu … đạt 4.000 tỷ đồng"), not as a result. Target
    words a result governs set no target: "Năm 2019: 23/24 chỉ tiêu chủ yếu hoàn thành và vượt mục tiêu (trong đó 16
    chỉ tiêu vượt kế hoạch); giá trị sản xuất 8.550 tỷ đồng" is the year's result, the base of the next year's
    growth."""
    return _TARGET_WORDS_RE.search(fold_words(_TARGETS_MET_RE.sub(" ", p.sentence_head(m)))) is not None


def part_of_year(p: Passage, m: Mention) -> str:
    """The last part-of-year words printed in ``m``'s paragraph before it, folded ("sau thang dau nam"); ""
    for a figure of a whole year."""
    head = fold_words(p.lines[m.line].text[: m.start])
    found = list(_PART_OF_YEAR_RE.finditer(head))
    return found[-1].group(0) if found else ""


def _same_period_year(p: Passage, m: Mention) -> str | None:
    """The year a growth "so với cùng kỳ" ("cùng kỳ năm ngoái", or a bare "tăng") is measured against:
    the year before its figure's own year, the same part of it (the checks compare only a base printed
    for that same part: "sáu tháng đầu năm 2021 … 6.700 tỷ đồng, tăng 6,2% so với cùng kỳ năm ngoái"
    is over "sáu tháng đầu năm 2020 … 6.464 tỷ đồng")."""
    if not (_SAME_PERIOD_RE.match(m.cell.column) or _SAME_PERIOD_INDEX_RE.match(m.cell.column)):
        return None
    current = _value_in_row(p, m)
    if current is None:
        return None
    own = paragraph_year(p, current) or ""
    if not re.fullmatch(r"\d{4}", own):
        return None
    if "cùng kỳ" not in m.cell.column.lower() and any(
            x.sentence == current.sentence and x.is_value and x.ref != current.ref and same_quantity(x.unit, current.unit)
            and x.cell.period not in (None, own) for x in p.mentions):
        return None  # "Năm 2020 đạt 380 …, năm 2021 đạt 410 …, năm 2022 đạt 452 …, tăng 9%": the base is not said
    return str(int(own) - 1)


def _earlier_year_printed(p: Passage, m: Mention) -> str | None:
    """ "Năm 2022 thu nhập bình quân đạt 52 triệu đồng, năm 2023 đạt 56,5 triệu đồng, tăng 8,7%": a bare
    growth of a year's figure whose sentence printed the same quantity for one earlier year only is
    measured against that year (a later year printed before it leaves the base unsaid)."""
    current = _value_in_row(p, m)
    own = (current.cell.period if current is not None else None) or ""
    if current is None or not re.fullmatch(r"\d{4}", own):
        return None
    years = {x.cell.period for x in p.mentions[: current.order] if x.sentence == current.sentence and x.is_value
             and x.value is not None and same_quantity(x.unit, current.unit) and x.cell.period != own}
    if len(years) != 1:
        return None
    (year,) = years
    return year if year is not None and re.fullmatch(r"\d{4}", year) and int(year) < int(own) else None


def _value_in_row(p: Passage, m: Mention) -> Mention | None:
    return next((p.by_ref[(m.row.index, i)] for i in range(len(m.row.cells))
                 if (m.row.index, i) in p.by_ref and p.by_ref[(m.row.index, i)].is_value), None)


def _earlier_figure(p: Passage, current: Mention, year: str) -> Mention | None:
    """The figure of ``current``'s indicator printed for ``year`` earlier in the passage."""
    name = indicator_words(current.row.indicator)
    best: tuple[float, Mention] | None = None
    for m in p.mentions[: current.order]:
        if not m.is_value or m.value is None or not same_quantity(m.unit, current.unit):
            continue
        if (m.cell.period or "") != year:
            continue
        other = indicator_words(m.row.indicator)
        score = len(name & other) / max(1, len(name | other))
        if score >= 0.6 and (best is None or score >= best[0]):
            best = (score, m)
    if best is not None:
        return best[1]
    # "Năm 2022, theo UBND huyện, giá trị sản xuất công nghiệp, xây dựng ước đạt 22.543 tỷ đồng …" and
    # later "Công nghiệp - xây dựng đạt 26.465 tỷ đồng, tăng 17,4% so với năm 2022": the words of the
    # shorter name are all in the longer one (the longer carries who reported it, "tổng giá trị ..."),
    # and no other figure of that year fits as well
    covered = _covering(p, current, year, name)
    if covered is not None:
        return covered
    # "Năm 2022, tổng thu ... đạt 680 tỷ đồng; năm 2023 đạt 743 tỷ đồng, tăng 9,3% so với năm 2022": the
    # one figure of that year and quantity printed earlier in the sentence, whatever names it
    same = [m for m in p.mentions[: current.order] if m.sentence == current.sentence and m.is_value
            and m.value is not None and (m.cell.period or "") == year and same_quantity(m.unit, current.unit)]
    return same[0] if len(same) == 1 else None


_ANAPHOR_RE = re.compile(r"(?<![a-z])(?:nay|do|tren)\s*$")


def _antecedent(p: Passage, current: Mention, year: str) -> Mention | None:
    """ "Năm 2012, nông, lâm, thủy sản đạt 2.225.170 triệu đồng. Năm 2013, ngành này thực hiện được
    2.633.564 triệu đồng, bằng 110% năm trước": a figure named only by pointing back ("con số này",
    "ngành này", "diện tích này") or by nothing but its year ("Năm 2014 đạt …") is of the indicator of
    the sentence right before it; its base is the one figure of that sentence of the base year and
    the same quantity."""
    name = fold_words(current.row.indicator)
    if indicator_words(current.row.indicator) and not _ANAPHOR_RE.search(name):
        return None
    before = [m for m in p.mentions[: current.order] if m.sentence == current.sentence - 1 and m.is_value
              and m.value is not None and same_quantity(m.unit, current.unit)]
    of_year = [m for m in before if paragraph_year(p, m) == year]
    return of_year[0] if len(of_year) == 1 else None


def _only_figure_of_year(p: Passage, current: Mention, year: str) -> Mention | None:
    """ "tổng giá trị sản xuất năm 2017 của huyện ước đạt gần 10.600 tỷ đồng" and later "huyện phấn đấu
    tổng giá trị sản xuất đạt hơn 11.500 tỷ đồng, tăng hơn 9,3% so với năm 2017": the one figure of that
    year and quantity printed before, when the two names share at least half the words of the shorter
    (the rest is who said it, or what the district strives for), and it is no target itself."""
    name = indicator_words(current.row.indicator)
    only = [m for m in p.mentions[: current.order] if m.is_value and m.value is not None
            and paragraph_year(p, m) == year and same_quantity(m.unit, current.unit)
            and m.row.index != current.row.index]
    if len(only) != 1:
        return None
    other = indicator_words(only[0].row.indicator)
    if len(name & other) >= 3 and len(name & other) * 2 >= min(len(name), len(other)) and not targeted(p, only[0]):
        return only[0]
    return None


def undated_start(p: Passage, current: Mention, year: str, name: set[str], name_of: Callable[[Mention], set[str]], *,
                  exact_unit: bool) -> Mention | None:
    """ "Khi bắt đầu xây dựng nông thôn mới, … thu nhập bình quân đầu người của các xã đạt 18,8 triệu đồng/người/năm
    …. Đến năm 2020, thu nhập bình quân đầu người toàn huyện đạt 45,8 triệu đồng/người/năm (tăng 27,0 triệu
    đồng/người/năm so với năm 2011)": a base year printed only in the comparison, no figure of the quantity
    printed for it, is the year of the one earlier figure of the indicator printed with no year at all (its
    name, ``name_of`` it, covers ``name`` or is covered by it 4 in 5 at least; in the same unit when
    ``exact_unit``). None when a figure of that year, or two such undated figures, are printed."""
    own = paragraph_year(p, current) or ""
    if not re.fullmatch(r"\d{4}", own) or int(year) >= int(own):
        return None
    def named(x: Mention) -> bool:
        other = name_of(x)
        shorter = min(len(name), len(other))
        return bool(other) and len(name & other) / max(1, shorter) >= 0.8 and (shorter >= 2 or name == other)

    found = []
    for x in p.mentions[: current.order]:
        if x.value is None or x.row.index == current.row.index or x.cell.value.kind != "number" or x.cell.refs:
            continue
        if (x.unit != current.unit if exact_unit else not same_quantity(x.unit, current.unit)) or not named(x):
            continue
        if paragraph_year(p, x) == year:
            return None  # the year prints a figure of the indicator: the other rules decide
        if x.cell.period or paragraph_year(p, x) is not None or x.cell.relation is not None or targeted(p, x):
            continue
        dated = _DATED_RE.findall(p.lines[x.line].text[: x.start])
        if dated and dated[-1] != year:
            continue  # "trong tháng 11/2021, … 13 doanh nghiệp giải thể": dated by its paragraph, and not the base year
        found.append(x)
    return found[0] if len(found) == 1 else None


# A period dated in the words of a paragraph: "tháng 11/2021", "quý I/2023", "tháng 5.2015", "11 tháng năm 2021"
_DATED_RE = re.compile(r"(?<!\w)(?:(?:tháng\s+\d{1,2}|quý\s+[IV\d]+)\s*[/.-]\s*|năm\s+)((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _covering(p: Passage, current: Mention, year: str, name: set[str]) -> Mention | None:
    """The one earlier figure of ``year`` whose name and ``current``'s share the words of the shorter
    of the two (at least 4 in 5); None when none does or two do equally."""
    scored: list[tuple[float, float, Mention]] = []
    for m in p.mentions[: current.order]:
        if not m.is_value or m.value is None or not same_quantity(m.unit, current.unit):
            continue
        if paragraph_year(p, m) != year or m.row.index == current.row.index:
            continue
        other = indicator_words(m.row.indicator)
        shorter = min(len(name), len(other))
        if shorter == 0:
            continue
        cover = len(name & other) / shorter
        if cover >= 0.8:
            scored.append((cover, len(name & other) / len(name | other), m))
    if not scored:
        return None
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    if len(scored) > 1 and scored[1][:2] == scored[0][:2]:
        return None  # two figures of that year fit as well: which one is not sure
    return scored[0][2]


def paragraph_year(p: Passage, m: Mention) -> str | None:
    """A figure's year: its own, else that of the last figure before it in its paragraph that prints
    one ("Năm 2023, … thực hiện 1.756,292 tỷ đồng …. Công nghiệp - xây dựng đạt 26.465 tỷ đồng": 2023),
    else the year its paragraph opens with (``_opening_year``)."""
    if m.cell.period:
        return m.cell.period
    other_period = False
    for x in reversed(p.mentions[: m.order]):
        if x.line != m.line:
            break
        if x.cell.period and re.fullmatch(r"\d{4}", x.cell.period):
            return x.cell.period
        other_period = other_period or bool(x.cell.period)
    # after a figure of another period ("6 tháng đầu năm …") the opening year may not be the figure's
    return None if other_period else _opening_year(p.lines[m.line].text[: m.start])


# "Năm 2022, hầu hết chỉ tiêu … đạt và vượt kế hoạch.": a paragraph opened by its year (the year is the
# sentence's adverbial, set off by a comma or colon)
_OPENING_YEAR_RE = re.compile(r"^\W*(?:(?:trong|đến|sang|riêng|tính đến|cuối)\s+)?năm\s+((?:19|20)\d\d)\s*[,:]", re.IGNORECASE)
# (and what that year achieved: "tăng 49% so với thực hiện năm 2021" compares with 2021 as well)
_COMPARED_TAIL_RE = re.compile(r"(?:so\s+(?:với\s+)?(?:thực\s+hiện\s+)?|cùng kỳ\s+|từ\s+)$", re.IGNORECASE)


def _opening_year(before: str) -> str | None:
    """ "Năm 2022, hầu hết chỉ tiêu kinh tế - xã hội của huyện đạt và vượt kế hoạch. Tổng diện tích gieo
    trồng toàn huyện 35.578 ha": a paragraph whose first words are its year dates the figures of its later
    sentences too, when no other date is printed between the opening and the figure, save a year the text
    compares with or starts from ("tăng 49% so với năm 2021", "từ năm 2020"): "6 tháng đầu năm 2023" or
    "năm 2021 đạt …" after the opening leave the figure undated. ``before``: the paragraph's text before it."""
    opened = _OPENING_YEAR_RE.match(before)
    if opened is None:
        return None
    year = opened.group(1)
    for d in _DATED_RE.finditer(before, opened.end()):
        if d.group(1) != year and not _COMPARED_TAIL_RE.search(before[max(0, d.start() - 20): d.start()]):
            return None
    return year


def rate_unit(p: Passage, m: Mention) -> tuple[str, str] | None:
    """The units of a rate printed after its figure: "384 người/km²" -> ("người", "km²"); "6 tạ trở
    lên/ha/vụ" -> ("tạ", "ha")."""
    found = _RATE_UNIT_RE.match(p.after(m, limit=40))
    if found is None:
        return _each_unit(p, m)
    num = (found.group("num") or "").strip()
    den = found.group("den").strip()
    return num, den


# "bình quân mỗi hộ có 3,14 khẩu và 1,85 lao động": the base is named before the figure, after "mỗi";
# "bình quân mỗi km² chỉ có 20 người": a density said the same way, its area written km² or km2 (never a
# bare "km": "mỗi km đường" is a length)
_EACH_RE = re.compile(r"\bmỗi\s+(?P<den>hộ|người|xã|thôn|bản|gia đình|lao động|ha|hecta|km²|km2)"
                      r"\s*(?:chỉ\s+)?(?:có|là|đạt|khoảng|được)?\s*(?:khoảng\s*)?$")
_UNIT_WORD_RE = re.compile(r"^\s*(?P<num>[^\W\d_]+(?:\s[^\W\d_]+)?)")
_AND_RE = re.compile(r"^\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s+và\s*$")


def _joined_by_and(p: Passage, m: Mention) -> Mention | None:
    """The figure before ``m`` on its line when only a name and "và" stand between them ("3,14 khẩu và
    1,85 lao động"), which shares its rate's base."""
    prev = p.previous(m)
    return prev if prev is not None and prev.line == m.line and _AND_RE.match(p.lead(m)) else None


def _each_unit(p: Passage, m: Mention) -> tuple[str, str] | None:
    """ "bình quân mỗi hộ có 3,14 khẩu và 1,85 lao động" -> ("khẩu", "hộ") and ("lao động", "hộ"): a rate whose
    base follows "mỗi" before the figure, and a second figure joined by "và" shares it."""
    each = _EACH_RE.search(p.lead(m))
    if each is None:
        prev = _joined_by_and(p, m)
        if prev is None:
            return None
        each = _EACH_RE.search(p.lead(prev))
        if each is None:
            return None
    if m.unit:
        return m.unit, each.group("den")
    word = _UNIT_WORD_RE.match(p.after(m, limit=20))
    return (word.group("num"), each.group("den")) if word is not None else None


_PER_WORDS = ("mat do", "nang suat", "binh quan", "dau nguoi", "trung binh")


# "so với bình quân cả nước (": a parenthesis that prints what a figure is compared with
# or after the words of another place's level ("ngang mức trung bình của tỉnh Long An (294 người/km²)")
_COMPARED_IN_PARENTHESIS_RE = re.compile(
    r"(?<!\w)(?:so(?:\s+với)?|ngang|cao hơn|thấp hơn|của tỉnh|toàn tỉnh|cả tỉnh|cả nước|toàn quốc)(?!\w)[^;()]{0,50}\(\s*$",
    re.IGNORECASE)


def per_capita(p: Passage, edits: Edits) -> None:
    """**Per-capita figures.** A figure in a unit "A/B" (a density "người/km2", a yield "tạ/ha") is a
    total in A over a base in B when both are printed before it in the passage: the nearest
    population before a density, the nearest area that is no part of a list (the whole the land
    list breaks down, not its last item); units are converted (ha to km², tấn to tạ). A
    yield takes the harvest and the area of its own sentence, printed before or after it; a harvest
    printed per season ("3.366 tấn/vụ") is an amount in tấn. A count followed by the names it counts
    ("3 xã Tiên Châu, Tiên Cẩm, Tiên Thọ") is some of the places, not the base of "bình quân 16,43 tiêu
    chí/xã". An area its own clause says takes up part of the land ("đất phù sa chiếm một phần đáng kể (403,12
    ha)", "đất nông nghiệp chiếm 5.316 ha") is no area of the place: a density of people with no other area is
    not read (round 31).

    "diện tích tự nhiên ... 820 km2 ... Dân số trung bình là 50.960 người ...; mật độ dân số 62
    người/km2" -> 50.960 / 820 = 62,1 ✓. "561 ha đất lúa ...; năng suất bình quân đạt 6 tạ trở
    lên/ha/vụ, sản lượng bình quân 3.366 tấn/vụ" -> 3.366 tấn / 561 ha = 60 tạ/ha, printed 6: an error.
    Two crops' yields in one sentence take their own ";"-clause's figures ("lúa 4.500 ha, năng suất 62
    tạ/ha, sản lượng 27.900 tấn; ngô 1.200 ha, năng suất 45 tạ/ha": the maize yield has no harvest
    printed, so it is not recomputed). A density guessed by place that does not recompute takes the one
    other printed population that does; a figure in parentheses ("(thị trấn có 8.295 người)") is no
    total. A density's hedged population or area is read with its hedge ("diện tích tự nhiên hơn 844,47
    km², dân số khoảng 74.805 người; mật độ dân số khoảng 89 người/km²" -> 74.805 / 844,47 = 88,6 ✓,
    within the hedges' tolerance); a harvest printed as a bound ("sản lượng hơn 65.000 tấn") is no
    total of a yield. "Diện tích tự nhiên 73.488 ha; trong đó đất nông nghiệp …, đất chưa sử dụng 901,7
    ha. Dân số 124.844 người, mật độ dân số 172 người/km2" -> 124.844 / 734,88 = 169,9, printed 172:
    an error (over the 901,7 ha of unused land it was a false one). Money over a base is recomputed only
    from a total of the money the rate names: "giá trị sản xuất nông nghiệp khoảng 4.634 tỷ đồng …; 5.737
    ha ứng dụng công nghệ cao …; thu nhập bình quân 300 triệu đồng/ha/năm" states no income total, so the
    income per hectare is not recomputed (4.634 tỷ / 5.737 ha = 808 triệu was a false error). Nor is one
    shared syllable that opens a different word in each name the same money: "năm 2020 tổng thu ngân sách
    toàn huyện đạt 856,494 tỷ đồng, thu nhập bình quân đầu người đạt 65,542 triệu đồng/người/năm" -> income
    per head is no budget revenue over the population ("thu nhập" is not "thu ngân sách"; 856,494 tỷ /
    223.879 người was a false error), while "tổng thu nhập của dân cư" is divided. A density printed after
    a place named past the whole's population and area is that place's: "Diện tích tự nhiên của huyện 412
    km2, dân số 96.300 người; khu vực thành thị có mật độ 1.450 người/km2" is not 96.300 / 412.
    The base may be named after "mỗi" before the figure, and a figure joined to it by "và" shares that
    base: "Tính với 177.600 nhân khẩu và 56.580 hộ, bình quân mỗi hộ có 3,14 khẩu và 1,85 lao động" ->
    177.600 / 56.580 = 3,14 ✓ and, over the labour force printed earlier, 104.740 / 56.580 = 1,85 ✓.
    A density is said the same way with its area after "mỗi", written "km²" or "km2" ("Huyện rộng 1.371,2
    km². … dân số toàn huyện là 26.025 người. Bình quân mỗi km² chỉ có 20 người" -> 26.025 / 1.371,2 = 19,0,
    printed 20: an error; unread before), never a bare "km": "bình quân mỗi km đường có 375 người sử dụng"
    is a length and no density.
    A rate printed in parentheses after "so với …" is what a figure is compared with, another place's or
    time's: "cao hơn 2,36 tiêu chí so với bình quân cả nước (11,64 tiêu chí/xã)" is not recomputed from the
    province's own totals (14 / 92 against 11,64 was a false error). So is one in parentheses after the words of
    another place's level ("ngang", "cao hơn", "thấp hơn", "của tỉnh", "toàn tỉnh", "cả nước"): "mật độ dân số 290
    người/km², ngang mức trung bình của tỉnh Long An (294 người/km²)" recomputes the 290 from the district's
    86.595 người over 29.901 ha, never the province's 294 (a false error).
    A density's population or area printed with a missing or misprinted unit is read by the words that name
    it, never by position alone: a figure with no unit after "dân số" / "số dân", or followed by the word
    "dân", counts people; a figure in "km" after "diện tích" or "rộng" is the area in km² (a length is no
    area); and an item of a list its ";"-clause opens with "trong đó" is a part, never the area divided:
    "Huyện có diện tích 101,2 km², …; số dân là 101.500, mật độ 1.003 người/km²" -> 101.500 / 101,2 =
    1.003 ✓ (unread before); "diện tích 556Km2, trong đó 230km2 …, 33km2 đất chuyên dùng và 10km2 đất ở;
    dân số 169.900 người, mật độ xấp xỉ 311,3 người/km2" divides by 556, not by the 10 of the last item.
    "18 dân tộc", "60 km quốc lộ" name no population and no area, so nothing is read from them. A density of
    people printed "người/km" lost its "²": a population spreads over an area, never along a line, so its base
    is the area, never a distance ("cách trung tâm thành phố 20km; … Diện tích tự nhiên của huyện là 109,17km2;
    dân số năm 2019 đạt 542.243 người, mật độ trung bình khoảng 4.967 người/km" -> 542.243 / 109,17 = 4.967 ✓,
    where 542.243 / 20 was a false error); people per "km" with no "mật độ" to say so are not read.
    A density whose own ";"-clause prints one population and one area before it is read on those, never on
    a whole printed elsewhere: "… cho toàn thị xã 72,91 km2, 22.760 người, mật độ 312 người/km2. Trong đó
    …; phường 3 rộng 1,77 km2, có 7.468 người, mật độ 4.219 người/km2" -> 7.468 / 1,77 = 4.219 ✓, where
    "trong đó" made 7.468 a part and 22.760 / 1,77 was a false error. A clause that prints two populations
    ("dân số toàn huyện 148.200 người, trong đó nữ 75.100 người, diện tích 612 km², mật độ 242 người/km²")
    does not say which is divided, so the whole is (148.200 / 612 = 242 ✓).
    A population the density's own clause prints in its unit is the one divided, fitting or not, never another
    that happens to fit (round 37): "… Minh Đức 523,80 ha và 6.169 người, …, Hợp Đức 571.60 ha và 8.111 người. …
    phường Hợp Đức, với 5.748 người năm 2010, có 1096 người/km2" -> 5.748 / 5,716 = 1.006, printed 1096: an error
    (6.169 / 5,716 = 1.079 fits within 5 % and was taken: another ward's people over Hợp Đức's land).
    """
    for m in p.mentions:
        if m.cell.divides is not None or m.cell.refs or m.cell.relation is not None or m.value is None:
            continue
        if m.cell.value.percent or m.cell.value.kind not in ("number", "comparator"):
            continue
        units = rate_unit(p, m)
        if units is None:
            continue
        num_unit, den_unit = units
        if _COMPARED_IN_PARENTHESIS_RE.search(p.lead(m)):
            # "cao hơn 2,36 tiêu chí so với bình quân cả nước (11,64 tiêu chí/xã)": the rate a figure is
            # compared with is another place's or time's, not the passage's total over its base
            continue
        name = fold_words(f"{m.row.indicator} {p.lead(m)}")
        if (prev := _joined_by_and(p, m)) is not None:
            name += " " + fold_words(p.lead(prev))  # "bình quân mỗi hộ có 3,14 khẩu và 1,85 lao động"
        if not num_unit or (not any(w in name for w in _PER_WORDS) and not _is_density(num_unit, den_unit)):
            continue
        if unit_of(den_unit) is None and den_unit.lower() not in ("người", "hộ", "xã"):
            continue
        if _people_per_length(num_unit, den_unit):
            # "mật độ trung bình khoảng 4.967 người/km": a density of people is per area, its "km" a lost
            # "²"; a length in the passage ("cách trung tâm thành phố 20km") is never its base. With no
            # "mật độ" to say so, a count of people per length is not read at all
            if "mat do" not in name:
                continue
            den_unit = "km²"
        # a density takes the passage's population and area printed before it in its paragraph; a yield
        # (a mass over an area) only figures of its own sentence, since yields are often of one season
        yield_like = (unit_of(num_unit) is not None and unit_of(num_unit).dimension == "mass")  # type: ignore[union-attr]
        own = None if yield_like else _own_operands(p, m, num_unit, den_unit)
        total: Mention | None
        base: Mention | None
        if own is not None:
            total, base = own  # its own clause prints them: no whole printed elsewhere is taken instead
        else:
            total = _nearest(p, m, num_unit, prefer_whole=not yield_like, same_sentence=yield_like, edits=edits)
            base = _nearest(p, m, den_unit, prefer_whole=not yield_like, same_sentence=yield_like, edits=edits)
        if total is None or base is None or total.ref == base.ref:
            continue
        if not yield_like and own is None and _a_part_of_the_land(p, base):
            continue  # "đất phù sa chiếm một phần đáng kể (403,12 ha)": no area of the place (song-cong_2)
        if not yield_like and _of_a_place(p, m, total, base):
            continue  # "dân số huyện là 163.100 người, …: phần lớn tập trung ở các xã phía Nam, … với mật độ 880 người/km²"
        if _money(num_unit) and not _names_alike(p, m, total):
            # "giá trị sản xuất nông nghiệp khoảng 4.634 tỷ đồng …; thu nhập bình quân 300 triệu đồng/ha/năm":
            # an income per hectare is no output over an area; money over a base is recomputed only from
            # a total of what the rate names
            continue
        if yield_like and not (_same_clause(p, total, m) and _same_clause(p, base, m)) and any(
                x.sentence == m.sentence and x.ref != m.ref and rate_unit(p, x) == units for x in p.mentions):
            continue  # "lúa ..., năng suất 62 tạ/ha, sản lượng 27.900 tấn; ngô 1.200 ha, năng suất 45 tạ/ha": each its own
        if not yield_like and own is None and not _rate_fits(m, total, base, num_unit, den_unit) \
                and not _own_clause_total(p, m, total, num_unit):
            # a density guessed by place that does not recompute while another printed population does
            # ("dân số ... khoảng 104.997 người, ... (thị trấn Hạ Hòa có 8.295 người), ...; mật độ dân số
            # xấp xỉ 310 người/km²"): that population is the total
            # never a part of the whole it replaces: "dân số … 103.290 người, gồm thành thị 13.382 người (13%) và
            # nông thôn 89.908 người (87%), mật độ 89 người/km²" is no density of the rural people (89.908 / 1.058,4
            # fits 89 by chance; a false error)
            totals = [x for x in p.mentions[: m.order] if x.line == m.line and x.is_value and x.value is not None
                      and same_quantity(stock_unit(x.unit), num_unit) and x.ref != base.ref
                      and (x.ref == total.ref or not _is_part(p, x))]
            # (a population the rate's own clause prints is that rate's, fitting or not: "… Minh Đức 523,80 ha và
            # 6.169 người, …, Hợp Đức 571.60 ha và 8.111 người. … phường Hợp Đức, với 5.748 người năm 2010, có 1096
            # người/km2" is 5.748 / 5,716 = 1.006 against 1096, an error; Minh Đức's 6.169, which fits within 5 %,
            # was another ward's people over Hợp Đức's land, do-son-hai-phong_1)
            fitting = [x for x in totals if _rate_fits(m, x, base, num_unit, den_unit)]
            if len(fitting) == 1:
                total = fitting[0]
        edits.set_cell(m.ref, relation="per_capita", refs=(total.ref, base.ref))
        edits.note(m.row.index, f"{p.text(m)} {num_unit}/{den_unit} is {p.text(total)} over {p.text(base)}")


def _own_clause_total(p: Passage, m: Mention, total: Mention, num_unit: str) -> bool:
    """Whether the rate's own ";"-clause prints ``total`` in the rate's own unit ("phường Hợp Đức, với 5.748 người
    năm 2010, có 1096 người/km2"): that total is the rate's, whether it fits or not. A total in another noun ("Tính
    với 177.600 nhân khẩu và 56.580 hộ, bình quân mỗi hộ có 3,14 khẩu và 1,85 lao động") is a guess like any other."""
    return total.sentence == m.sentence and _same_clause(p, total, m) and fold_words(stock_unit(total.unit) or "") == fold_words(num_unit)


def _a_part_of_the_land(p: Passage, base: Mention) -> bool:
    """An area its own clause says takes up part of the land ("trong 10 loại đất chính, đất phù sa chiếm một phần
    đáng kể (403,12 ha)", "đất nông nghiệp chiếm 65.316 ha"): a part, never the place's area its people's
    density divides. With no area of the whole printed, the density is not read (round 31: song-cong_2 divided
    109.409 people by the alluvial soil's 403,12 ha, an error on a relation the text does not hold)."""
    own = re.split(r"[;,.:]", p.lead(base))[-1]
    return re.search(r"(?<![a-z])chiem(?![a-z])", fold_words(f"{base.row.indicator} {own}")) is not None


# a part of the district a rate may be printed for: "các xã phía Nam", "thị trấn Bến Lức", "khu vực thành thị"
_PLACE_RE = re.compile(r"(?<!\w)(?:xã|phường|thị trấn|vùng|khu vực)(?!\w)", re.IGNORECASE)


def _of_a_place(p: Passage, m: Mention, total: Mention, base: Mention) -> bool:
    """Whether a place is named after the total and the base it would divide and before the rate: the
    rate is that place's ("Đến tháng 5 năm 2015 dân số huyện là 163.100 người, nhưng dân cư phân bố không
    đều: phần lớn tập trung ở các xã phía Nam, … với mật độ 880 người/km²"; "Đông dân nhất là thị trấn Bến
    Lức với mật độ 1.971 người/km²"), not the whole's population over the whole's area."""
    start = p.sentence_bounds(m)[0]
    same = [x.end for x in (total, base) if x.line == m.line and x.sentence == m.sentence]
    # the rate's own ";"-clause: "…, trong đó 10.165 người ở khu vực đô thị …; mật độ dân số trung bình khoảng
    # 151 người/km²" names the urban area in a breakdown of the population, and the density is the whole's;
    # so does a breakdown in parentheses ("100.357 người (chia ra: khu vực thành thị …; khu vực nông thôn …),
    # mật độ dân số 384 người/km²")
    text = re.sub(r"\([^()]*\)", " ", p.lines[m.line].text[max([start, *same]) : m.start]).rsplit(";", 1)[-1]
    return _PLACE_RE.search(text) is not None


def _money(unit: str) -> bool:
    u = unit_of(unit)
    return u is not None and u.dimension == "money"


# Words any figure per unit may print before it: they name no particular money
_RATE_PLAIN = frozenset({"binh", "quan", "dau", "nguoi", "tren", "mot", "don", "vi", "dien", "tich", "dat", "uoc",
                         "nam", "tong", "so", "cua", "toan", "huyen", "thanh", "pho", "thi", "xa", "la", "co", "va",
                         "hien", "nay", "khoang", "theo", "gia", "hanh", "ha", "nhu", "tinh", "cac", "muc", "moi",
                         # words that join a name to the sentence around it and name no money ("tổng mức đầu tư …
                         # với", "lao động với thu nhập bình quân": round 29)
                         "voi", "cho", "vao", "trong", "duoc", "tai"})


def _names_alike(p: Passage, rate: Mention, total: Mention) -> bool:
    """Whether a money rate and the money total it would divide name the same money ("thu nhập bình
    quân" and "tổng thu nhập"; "GRDP bình quân đầu người" and "GRDP"), not two ("thu nhập" and "giá trị
    sản xuất"). A word that only joins a name to its sentence names nothing: "… các cụm công nghiệp với tổng mức
    đầu tư 1.801 tỷ đồng, … việc làm cho 7.439 lao động với thu nhập bình quân 5,5 triệu đồng/người/tháng" shares
    "với", and a wage is no investment per worker (1.801 tỷ / 7.439 was a false error, round 29)."""
    def syllables(m: Mention) -> list[str]:
        own = re.split(r"[;,.:()]", p.lead(m))[-1]  # the figure's own clause: not the words of the one before
        return re.findall(r"[a-z]+", fold_words(f"{m.row.indicator} {own}"))
    a, b = syllables(rate), syllables(total)
    shared = {w for w in a if w not in _RATE_PLAIN} & set(b)
    return any(not _heads_two_words(w, a, b) for w in shared)


def _heads_two_words(word: str, a: list[str], b: list[str]) -> bool:
    """Whether a syllable two names share opens a different word in each: "thu nhập" and "thu ngân
    sách" share "thu" and name two moneys (income, budget revenue); a Vietnamese word is mostly two
    syllables, so one syllable alone is no shared name. A syllable followed by a plain word ("GRDP
    bình quân", "tổng thu trên địa bàn") or by nothing opens no word of its own here."""
    def after(words: list[str]) -> set[str | None]:
        return {words[i + 1] if i + 1 < len(words) and words[i + 1] not in _RATE_PLAIN else None
                for i, w in enumerate(words) if w == word}
    x, y = after(a), after(b)
    return None not in x and None not in y and not x & y


# the words that name a figure as a population ("dân số", "số dân") or an area ("diện tích", "rộng") just before it
_POPULATION_RE = re.compile(r"(?<![a-z])(?:dan so|so dan)(?: [a-z]+){0,3}\s*$")
# "9.680 dân": the word "dân" alone after a figure counts people ("dân tộc", "dân số", "dân cư" are other words;
# "450 dân quân" are militia): prose_founding reads a total's people by it too
PEOPLE_AFTER_RE = re.compile(r"^\s*dân(?!\s*(?:tộc|số|cư|sinh|dụng|quân|phòng|chủ|vận|trí|\w))", re.IGNORECASE)
_AREA_NAME_RE = re.compile(r"(?<![a-z])(?:dien tich|rong)(?: [a-z]+){0,4}\s*$")


def _density_unit(p: Passage, x: Mention, wanted: str) -> str | None:
    """The unit a density's population or area is printed in, reading two misprints by the words that
    name the figure. A population printed with no unit is counted in people when "dân số" / "số dân"
    names it or the word "dân" follows it ("số dân là 101.500, mật độ 1.003 người/km²"; "năm 2019 có 9.680
    dân, mật độ ~272 người/km²"); an area printed in "km" is in km² when "diện tích" or "rộng" names it
    ("có diện tích tự nhiên 60 km, dân số … 102.399 người, mật độ 1.707 người/km2": a length is no area,
    and no other reading divides). A label's colon right before the figure ends no clause: "diện tích tự nhiên:
    60 km" is named as "diện tích tự nhiên 60 km" is. Any other figure keeps its printed unit."""
    printed = stock_unit(x.unit)
    own = fold_words(re.split(r"[;,.:()]", re.sub(r":\s*$", "", p.lead(x)))[-1])
    if not printed and wanted.strip().lower() in PERSONS:
        named = _POPULATION_RE.search(own) is not None or PEOPLE_AFTER_RE.match(p.after(x, limit=20)) is not None
        return wanted if named else printed
    target, here = unit_of(wanted), unit_of(printed)
    if target is not None and target.dimension == "area" and here is not None and here.canonical == "km":
        return "km²" if _AREA_NAME_RE.search(own) else printed
    return printed


def _rate_fits(m: Mention, total: Mention, base: Mention, num_unit: str, den_unit: str) -> bool:
    """Whether total / base, in the rate's units, is within 5 % of the printed rate (a loose test that
    only chooses between printed figures; the check itself is strict)."""
    from normalizers.quantities import conversion_factor

    if m.value is None or total.value is None or base.value is None or base.value <= 0 or m.value <= 0:
        return False
    f_total = conversion_factor(stock_unit(total.unit) or num_unit, num_unit) or 1
    f_base = conversion_factor(base.unit or den_unit, den_unit) or 1
    q = total.value * f_total / (base.value * f_base)
    return abs(q - m.value) <= m.value / 20


def _people_per_length(num_unit: str, den_unit: str) -> bool:
    """ "người/km": people over a length, a density misprinted (no population is spread along a line)."""
    b = unit_of(den_unit)
    return num_unit.strip().lower() in PERSONS and b is not None and b.dimension == "length"


def _is_density(num_unit: str, den_unit: str) -> bool:
    a, b = unit_of(num_unit), unit_of(den_unit)
    return b is not None and b.dimension == "area" and (a is None or a.dimension in ("count", "mass"))


# The crops and seasons a yield, a harvest or an area names (the longest first: "đông xuân" is no "xuân" alone)
# ("sản lượng", "che phủ", "điều kiện" name no cassava, tea or cashew)
_CROPS_RE = re.compile(r"(?<![a-z])(?:dau tuong|ca phe|cao su|ho tieu|lua|ngo|lac|khoai|mia|rau|san(?! (?:luong|xuat|pham))"
                       r"|che(?! (?:phu|bien|do))|dieu(?! (?:kien|chinh|hanh|tra|tiet)))(?![a-z])")
_SEASONS_RE = re.compile(r"(?<![a-z])(?:dong xuan|he thu|thu dong|xuan|mua|chiem)(?![a-z])")


def _crops(p: Passage, x: Mention) -> tuple[set[str], set[str]]:
    """The crops and the seasons the words of ``x``'s own clause name, before it ("năng suất lúa xuân")."""
    text = fold_words(f"{x.row.indicator} {re.split(r'[;,]', p.lead(x))[-1]}")
    return set(_CROPS_RE.findall(text)), set(_SEASONS_RE.findall(text))


def _other_crop(p: Passage, rate: Mention, x: Mention) -> bool:
    """Does ``x`` name another crop or another season than the yield ``rate``? A yield pairs with its own crop's
    harvest and area: "sản lượng cây đậu tương đạt 53,28 tấn, năng suất lúa xuân 57,27 tạ/ha, …, diện tích lúa 1
    vụ mùa đã cấy 102 ha" is no 53,28 / 102 (soybeans over the summer rice: a false error)."""
    crops, seasons = _crops(p, rate)
    their_crops, their_seasons = _crops(p, x)
    return bool(crops and their_crops and not crops & their_crops) or bool(
        seasons and their_seasons and not seasons & their_seasons)


def _nearest(p: Passage, m: Mention, unit: str, *, prefer_whole: bool, same_sentence: bool = False,
             edits: Edits | None = None) -> Mention | None:
    """The figure in ``unit`` (or a convertible one) printed last before ``m`` in its paragraph,
    preferring a total (a figure that is no part of another, nor listed as a part by an earlier
    rule: "diện tích 73.488 ha; trong đó ..., đất chưa sử dụng 901,7 ha"); with ``same_sentence``,
    the nearest one of ``m``'s sentence, before or after it."""
    candidates = _candidates(p, m, unit, same_sentence=same_sentence)
    if not candidates:
        return None
    if same_sentence:
        # a yield's harvest and area: those of its own ";"-clause, else the nearest ones printed
        # ("lúa 4.500 ha, năng suất 62 tạ/ha, sản lượng 27.900 tấn; ngô 1.200 ha, năng suất 45 tạ/ha")
        own = [x for x in candidates if _same_clause(p, x, m)]
        if own:
            return min(own, key=lambda x: abs(x.order - m.order))
        if len(candidates) > 1:
            return None  # several in other clauses: which crop's is not sure
        return candidates[0]
    if prefer_whole:
        wholes = [x for x in candidates if x.row.parent is None and not _is_part(p, x)
                  and (edits is None or edits.parent_of(x.ref[0]) is None)]
        if wholes:
            return wholes[-1]
    return candidates[-1]


def _own_operands(p: Passage, m: Mention, num_unit: str, den_unit: str) -> tuple[Mention, Mention] | None:
    """The population and the area a density's own ";"-clause prints before it, when it prints exactly one
    of each: they are the same subject's, whatever whole is printed elsewhere ("Trong đó …; phường 3 rộng
    1,77 km2, có 7.468 người, mật độ 4.219 người/km2" is 7.468 / 1,77, never the town's 22.760 that
    "trong đó" made 7.468 a part of). Two populations in the clause ("50.000 người, trong đó thành thị
    12.000 người") say nothing of which one is divided, so the clause decides nothing then. Only a density
    of people: a per-household figure joined by "và" ("mỗi hộ có 3,14 khẩu và 1,85 lao động") shares a base
    its clause prints, not the clause's other count."""
    people, area = unit_of(num_unit), unit_of(den_unit)
    if area is None or area.dimension != "area" or (people is not None and people.dimension != "count"):
        return None

    def own(unit: str) -> list[Mention]:
        return [x for x in _candidates(p, m, unit) if x.sentence == m.sentence and _same_clause(p, x, m)]
    totals, bases = own(num_unit), own(den_unit)
    if len(totals) == 1 and len(bases) == 1 and totals[0].ref != bases[0].ref:
        return totals[0], bases[0]
    return None


def _candidates(p: Passage, m: Mention, unit: str, *, same_sentence: bool = False) -> list[Mention]:
    """The figures in ``unit`` (or a convertible one) ``_nearest`` chooses among: printed before ``m`` on
    its line, or with ``same_sentence`` anywhere in its sentence."""
    wanted = unit_of(unit)
    candidates: list[Mention] = []
    pool = [x for x in p.mentions if x.sentence == m.sentence and x.ref != m.ref] if same_sentence else [
        x for x in p.mentions[: m.order] if x.line == m.line]
    for x in pool:
        if not x.is_value or x.value is None or x.cell.value.kind not in ("number", "comparator"):
            continue
        if x.cell.value.kind == "comparator" and same_sentence:
            continue  # "sản lượng hơn 65.000 tấn" is a bound, not a season's harvest to divide
        # a density's hedged population or area ("hơn 844,47 km²") is judged with its hedge's tolerance
        if _per_unit(p, x) or _named_group(p, x):
            continue
        if same_sentence and _other_crop(p, m, x):
            continue
        # "sản lượng bình quân 3.366 tấn/vụ" is a harvest in tấn; "số dân là 101.500" counts people
        printed = _density_unit(p, x, unit) if not same_sentence else stock_unit(x.unit)
        if same_quantity(printed, unit) or (wanted is not None and _mass_match(printed, wanted)):
            candidates.append(x)
    return candidates


_NAMED_GROUP_RE = re.compile(r"^\s*(?:xã|phường|thị trấn|thôn|bản|làng|huyện|đơn vị)\s*(?:\(|là\s+|:\s*)?[A-ZĐÀ-Ỹ]")


def _named_group(p: Passage, x: Mention) -> bool:
    """A count followed by the names it counts ("3 xã Tiên Châu, Tiên Cẩm, Tiên Thọ"): some of the
    places, never the base of a rate per place."""
    return _NAMED_GROUP_RE.match(p.after(x, limit=40)) is not None


def _same_clause(p: Passage, x: Mention, m: Mention) -> bool:
    """Two figures of one line with no ";" between them."""
    a, b = sorted((x, m), key=lambda y: y.order)
    return a.line == b.line and ";" not in p.between(a, b)


def _mass_match(unit: str | None, wanted: object) -> bool:
    u = unit_of(unit)
    return u is not None and getattr(wanted, "dimension", None) == u.dimension and u.dimension in ("mass", "area")


def _per_unit(p: Passage, x: Mention) -> bool:
    """A figure that is itself a rate ("3.366 tấn/vụ" counts as tấn; "30 tạ/ha" does not)."""
    units = rate_unit(p, x)
    if units is None or stock_unit(f"{units[0]}/{units[1]}") == units[0]:
        return False  # an amount per season or year is still an amount
    return unit_of(units[1]) is not None and unit_of(units[1]).dimension != "time"  # type: ignore[union-attr]


def _is_part(p: Passage, x: Mention) -> bool:
    head = p.sentence_head(x)
    if head.count("(") > head.count(")"):
        return True  # "(thị trấn Hạ Hòa có 8.295 người)": printed inside a parenthesis, a detail of the whole
    name = fold_words(f"{x.row.indicator} {p.lead(x)}")
    if re.search(r"(?<![a-z])(?:thanh thi|nong thon|trong do)(?![a-z])", name):
        return True
    # a later item of a list its ";"-clause opens with "trong đó": "diện tích 556Km2, trong đó 230km2 là đất
    # sản xuất nông nghiệp, 203km2 đất lâm nghiệp … và 10km2 đất ở" (the 10 is a part, the whole is 556)
    clause = fold_words(head.rsplit(";", 1)[-1])
    if ";" not in head and re.match(r"\W*trong do(?![a-z])", clause) and any(
            y.line == x.line and y.sentence == x.sentence - 1 and y.is_value
            and same_quantity(stock_unit(y.unit), stock_unit(x.unit)) for y in p.mentions):
        # "… diện tích 556Km2. Trong đó, 230km2 là đất sản xuất nông nghiệp, …, 33km2 đất chuyên dùng và 10km2
        # đất ở; dân số 169.900 người": the list in a sentence of its own breaks down the whole of the one before
        return True
    return bool(re.search(r"(?<![a-z])trong do(?![a-z])", clause)) and any(
        y.line == x.line and y.sentence == x.sentence and y.order < x.order and same_quantity(stock_unit(y.unit), stock_unit(x.unit))
        and fold_words(p.sentence_head(y).rsplit(";", 1)[-1]).find("trong do") < 0 and ";" not in p.between(y, x)
        for y in p.mentions if y.is_value)


def times_bases(p: Passage, edits: Edits) -> None:
    """**"gấp N lần" with its base after it.** "Mật độ dân số là 363 người/km2, gấp 3,21 lần mật độ
    dân số bình quân của tỉnh (113 người/km2)": N is the figure printed before it over the figure of
    the same quantity printed after it in parentheses, in the same clause (363 / 113 = 3,21 ✓). A
    factor whose base is not printed ("gấp 2 lần năm 2015") is not recomputed. Two rates work the
    same way: "tỷ lệ hộ nghèo vùng cao 24,6%, gấp 3 lần tỷ lệ chung của huyện (8,2%)" -> 24,6 / 8,2 = 3 ✓.
    """
    for m in p.mentions:
        cell = m.cell
        if cell.relation != "times" or cell.divides is not None or cell.refs or m.value is None:
            continue
        prev, nxt = p.previous(m), p.next(m)
        if prev is None or nxt is None or prev.sentence != m.sentence or nxt.sentence != m.sentence:
            continue
        if prev.value is None or nxt.value is None or prev.line != m.line or nxt.line != m.line:
            continue
        if prev.is_value and nxt.is_value:
            if not same_quantity(stock_unit(prev.unit), stock_unit(nxt.unit)):
                continue
        elif not (_rate(prev) and _rate(nxt)):
            continue  # two rates: "tỷ lệ hộ nghèo 24,6%, gấp 3 lần tỷ lệ chung của huyện (8,2%)"
        if re.search(r"[;:()]", p.between(prev, m)):
            continue
        after = p.between(m, nxt)
        if ";" in after or not re.search(r"\(\s*[^()\d]{0,40}$", after):
            continue  # the base is the figure opening a parenthesis after the factor
        edits.set_cell(m.ref, refs=(prev.ref, nxt.ref))
        edits.note(m.row.index, f"{p.text(m)} lần is {p.text(prev)} over {p.text(nxt)}")


def _rate(m: Mention) -> bool:
    """A printed percentage that is a rate of its own (not a ratio to a plan, a share or a change)."""
    return m.percent and m.cell.role in VALUE_ROLES and m.cell.relation is None and m.cell.value.kind == "number"


_SPAN_RE = re.compile(r"(?:giai đoạn|thời kỳ|từ năm|từ)\s*(\d{4})\s*(?:[-–—]|đến(?: năm)?|tới(?: năm)?)\s*(\d{4})",
                      re.IGNORECASE)
_AVERAGE_RE = re.compile(r"(?<![a-z])(?:binh quan|trung binh)(?![a-z])")
_PER_YEAR_RE = re.compile(r"(?<![a-z])(?:moi nam|hang nam|nam truoc)(?![a-z])")
# "tỷ lệ tăng bình quân 3 năm là 6,16%": a growth averaged over the years it names
_OVER_YEARS_RE = re.compile(r"(?<![a-z])tang(?: truong)? (?:binh quan|trung binh) (?P<n>\d+) nam(?: (?:la|dat|khoang))?\s*$")
# "Tính bình quân 3 năm, mức tăng là 6,16%"; "tăng bình quân 6,16% (3 năm)"
_AVERAGE_YEARS_RE = re.compile(r"(?<![a-z])(?:binh quan|trung binh) (?:(?:ca|trong|cua) )?(?P<n>\d+) nam(?![a-z])")
_YEARS_AFTER_RE = re.compile(r"\s*%?\s*\(\s*(?P<n>\d+)\s*năm\s*\)")
# "tốc độ phát triển bình quân (của chỉ tiêu này) là 104,26", "bình quân cả giai đoạn 108,3%": words that make
# a rate the yearly average over the dated levels printed before it, with no "mỗi năm" said; "tốc độ phát
# triển" is an index (100 = no change) and may be printed without "%"
_SPEED_RE = re.compile(r"(?<![a-z])(?:toc do (?:phat trien|tang(?: truong)?) (?:binh quan|trung binh)"
                       r"|(?:binh quan|trung binh) (?:ca|toan|trong) (?:giai doan|thoi ky))(?![a-z])")
_INDEX_SPEED_RE = re.compile(r"(?<![a-z])toc do phat trien (?:binh quan|trung binh)(?![a-z])")


def average_growth(p: Passage, edits: Edits) -> None:
    """**Average yearly growth between printed years.** "Bình quân giai đoạn 2009 – 2011, diện tích đất
    nông nghiệp mỗi năm bằng 105,12% năm trước (năm 2009 là 19.460,2 ha)", with the 2011 area of
    the same land printed earlier (21.504,1 ha): the rate is the yearly index that takes the
    first year's figure to the last one's, ((21.504,1 / 19.460,2)^(1/2)) · 100 = 105,12 ✓. The
    span of years is printed ("giai đoạn 2009 – 2011", "từ năm 2015 đến năm 2020"); the first
    year's figure follows the rate in parentheses; the last year's figure is the one of the same
    indicator printed for that year. A rate "X%/năm" after "từ A lên B" in a sentence that prints
    the span reads A and B the same way. Without both figures and the span nothing is recomputed.
    Without a printed span, the figures of the years printed before the rate in its sentence, one
    figure a year, span it from the first to the last: "năm 2016 là 110.312 người, năm 2020 tăng lên
    116.183 người, tốc độ tăng trung bình là 1,8%/năm, và được dự báo đạt 123.080 người vào năm 2025"
    -> (116.183 / 110.312)^(1/4) − 1 = 1,30 %, printed 1,8: an error; "năm 2015 là 1.008,2 tỷ đồng,
    năm 2016 là 1.053,6 tỷ đồng và năm 2017 là 1.136,2 tỷ đồng; tỷ lệ tăng bình quân 3 năm là 6,16%"
    -> (1.136,2 / 1.008,2)^(1/2) − 1 = 6,16 % ✓ (the year after "và" is the next figure's). A rate
    that sums up, with its span printed, the years' figures printed in the three sentences before it
    takes them when one of them shares two neighbouring words of its name: "tổng giá trị sản xuất của
    huyện năm 2016 là 3.820,5 tỷ đồng, gồm …. Đến năm 2020 con số này là 5.210 tỷ đồng: …. Như vậy,
    bình quân giai đoạn 2016 - 2020 tổng giá trị sản xuất tăng ở mức 8,1% mỗi năm" ->
    (5.210 / 3.820,5)^(1/4) − 1 = 8,06 % ✓. A hedged rate ("tăng bình quân trên 43%/năm") is
    recomputed within its hedge.

    The levels may follow the rate, the first one's parts in a parenthesis between them: "tăng bình
    quân 10% mỗi năm giai đoạn 2011 - 2015, từ 4.141,2 tỷ đồng năm 2011 (nông - lâm - thuỷ sản 746,4
    tỷ đồng, …) lên 6.064,9 tỷ đồng năm 2015" -> (6.064,9 / 4.141,2)^(1/4) − 1 = 10,01 % ✓; a year in
    parentheses after a level is its own ("từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu
    đồng (năm 2017), tăng trung bình hàng năm 10,68%" -> 7,62 %: an error). A rate alone in its
    sentence sums up the dated levels of the sentences before it ("Năm 2010, giá trị sản xuất công
    nghiệp - xây dựng là 225.520 triệu đồng. Năm 2012, con số này lên 302.232 triệu đồng. Bình quân
    mỗi năm ngành tăng 15,4%" -> 15,77 %: an error; "Năm 2010: giá trị …" dates it the same way); "bình
    quân 3 năm" / "(3 năm)" must fit the
    years of its levels, else nothing is read. A level that prints no year of its own is of the one
    year the passage's heading names ("Trích báo cáo tình hình sử dụng đất đai năm 2011").

    "Tốc độ phát triển bình quân" and "bình quân cả giai đoạn" say the average as "mỗi năm" does: "năm 2016
    đạt 59,7 triệu đồng, năm 2017 đạt 62,3 triệu đồng và năm 2018 đạt 64,9 triệu đồng, …; tốc độ phát triển
    bình quân của chỉ tiêu này là 104,26" -> (64,9 / 59,7)^(1/2) = 104,26 % ✓. Levels per head printed after a rate
    whose words name no head are another figure's: "tốc độ tăng GDP bình quân đạt 12.5%/năm, GDP bình quân đầu người
    (theo giá hiện hành) từ 8,8 triệu đồng/người năm 2007 tăng lên 15,8 triệu đồng/người năm 2010" is the growth of
    the total, not of the per-head levels (21,5 % a year was a false error, round 29). "Tốc độ phát triển" is an index,
    and may be printed without "%"; a rate whose clause has no verb ("…, năm 2009 bằng 108,4% năm 2008, bình quân
    cả giai đoạn 108,3%") is governed by the nearest verb before it in its sentence ("bằng": an index; "tăng từ
    … lên …, bình quân 50,3%/năm": a change), and with none by its size (over 50, an index).
    """
    for m in p.mentions:
        cell = m.cell
        if cell.divides is not None or cell.refs or m.value is None:
            continue
        if not m.percent and not _bare_index(p, m):
            continue
        # a hedged rate ("tăng bình quân trên 43%/năm") is recomputed within its hedge, like any figure
        hedged = cell.value.kind == "comparator" and cell.value.hedge is not None
        if (cell.value.kind != "number" and not hedged) or cell.relation not in (None, "ratio", "growth"):
            continue
        sentence = p.lines[m.line].text[slice(*p.sentence_bounds(m))]
        head = fold_words(p.sentence_head(m))
        after = p.after(m, limit=30)
        over = _OVER_YEARS_RE.search(head) or _AVERAGE_YEARS_RE.search(head) or _YEARS_AFTER_RE.match(after)
        per_year = (bool(_PER_YEAR_RE.search(head)) or over is not None or _SPEED_RE.search(head) is not None
                    or after.lstrip().startswith(("%/năm", "/năm", "% mỗi năm", "%/ năm", "mỗi năm", "/ năm", "hằng năm")))
        if not _AVERAGE_RE.search(fold_words(sentence)) or not per_year:
            continue
        span = _SPAN_RE.search(sentence)
        printed = _from_to(p, m) or _from_to_after(p, m)
        first, last = (span.group(1), span.group(2)) if span else (printed[2], printed[3]) if printed else ("", "")
        pair: tuple[Mention, Mention | None] | None = None
        if first and last and int(last) > int(first):
            pair = _start_in_parenthesis(p, m, first) or (printed[:2] if printed else None)
        if pair is None:
            dated = _dated_pair(p, m, first, last) or _dated_pair_before(p, m, first, last)
            if dated is None:
                continue
            pair, first, last = (dated[0], dated[1]), dated[2], dated[3]
        if not first or not last or int(last) <= int(first):
            continue
        if over is not None and int(last) - int(first) not in (int(over.group("n")), int(over.group("n")) - 1):
            continue  # "tăng bình quân 6,16% (3 năm)": three yearly figures or three steps, nothing else
        start, end = pair
        if end is None:
            end = _figure_of_year(p, m, start, last)
        if end is None or end.value is None or start.value is None:
            continue
        if start.order > m.order and _per_head(start) and not _PER_HEAD_NAME_RE.search(fold_words(p.sentence_head(m))):
            # "tốc độ tăng GDP bình quân đạt 12.5%/năm, GDP bình quân đầu người … từ 8,8 triệu đồng/người năm 2007 tăng
            # lên 15,8 triệu đồng/người năm 2010": the levels after the rate are per head, the rate of the total
            continue
        # the words say index or change ("bằng 105,12% năm trước" / "tăng bình quân 50,3%/năm"), not the size
        lead = fold_words(p.lead(m))
        # with no verb in its clause ("…, năm 2009 bằng 108,4% năm 2008, bình quân cả giai đoạn 108,3%") the
        # nearest verb before it in its sentence governs it ("tăng từ 120 lên 271 tỷ đồng, bình quân 50,3%/năm" is
        # a change); with none the size decides: over 50, an index
        speed = _INDEX_SPEED_RE.search(lead) is not None
        # ("tương đương 105,12% năm trước" says "bằng" in other words: an index too)
        lead = as_bang(lead)
        if not speed and not re.search(r"(?<![a-z])(?:tang|giam|bang)(?![a-z])", lead):
            verbs = re.findall(rf"(?<![a-z])(tang|giam|{INDEX_VERB_FOLDED})(?![a-z])", head)
            lead = as_bang(verbs[-1]) if verbs else ("bang" if m.value > 50 else "tang")
        column = "tốc độ phát triển bình quân" if speed else "bằng % bình quân năm" if re.search(
            r"(?<![a-z])bang(?![a-z])", lead) and not re.search(
            r"(?<![a-z])(?:tang|giam)(?![a-z])", lead) else ("giảm bình quân" if re.search(
                r"(?<![a-z])giam(?![a-z])", lead) else "tăng bình quân")
        edits.set_cell(m.ref, relation="avg_growth", refs=(end.ref, start.ref), column=column)
        _date_levels(edits, ((start, first), (end, last)))
        edits.note(m.row.index, f"{p.text(m)} a year from {p.text(start)} ({first}) to {p.text(end)} ({last})")


# the words that name a figure per head ("bình quân đầu người", "mỗi người", "nhân khẩu"), folded
_PER_HEAD_NAME_RE = re.compile(r"(?<![a-z])(?:dau nguoi|moi nguoi|nhan khau|moi khau)(?![a-z])")


def _per_head(m: Mention) -> bool:
    """Is ``m`` printed in a unit per head ("triệu đồng/người", "USD/người/năm")?"""
    return re.search(r"/\s*(?:người|nhân khẩu|khẩu)(?!\w)", m.unit or "", re.IGNORECASE) is not None


def _date_levels(edits: Edits, dated: Iterable[tuple[Mention, str]]) -> None:
    """Give each level of a compared pair its year, and read it as a level: "tăng từ 895 … lên …"
    prints the start as a level, not as a change."""
    for x, year in dated:
        fields: dict[str, Any] = {} if (x.cell.period or "") == year else {"period": year}
        if x.cell.relation == "difference":
            fields["relation"] = None
        if fields:
            edits.set_cell(x.ref, **fields)


def _bare_index(p: Passage, m: Mention) -> bool:
    """ "năm 2016 đạt 59,7 …, năm 2018 đạt 64,9 …; tốc độ phát triển bình quân của chỉ tiêu này là 104,26":
    an index printed without "%" after the words that name it, no unit of its own."""
    return (m.unit is None and m.cell.value.kind == "number" and m.value is not None and 50 < m.value < 1000
            and m.cell.relation is None and _INDEX_SPEED_RE.search(fold_words(p.lead(m))) is not None)


_OPENS_NEXT_RE = re.compile(r"\s*(?:là|đạt|có|:|tăng lên|giảm xuống|còn)\s*[\d(]", re.IGNORECASE)
_YEAR_BEFORE_RE = re.compile(r"(?:năm|đến|cuối năm)\s+(\d{4})(?!\d)[^\d,;]{0,30}$", re.IGNORECASE)
# "Năm 2015, tổng giá trị sản xuất trên địa bàn huyện là 1.008,2 tỷ đồng": the year opens the figure's sentence
# (set off by a comma or, as reports also print it, a colon: "Năm 2010: giá trị sản xuất …")
_YEAR_OPENS_RE = re.compile(r"\s*(?:(?:đến|trong|tính đến|sang)\s+)?năm\s+(\d{4})\s*[,:](?P<rest>[^;]{0,80})", re.IGNORECASE)
# the year right after a figure's unit, bare or opening a parenthesis ("497,3 tỷ đồng (năm 2007) lên …")
_YEAR_AFTER_RE = re.compile(r"^\s*[^\W\d_][^\d,;()]{0,12}?\s*\(?\s*năm\s+(\d{4})(?!\d)", re.IGNORECASE)


def _printed_year(p: Passage, x: Mention) -> str | None:
    """The year printed with a figure: "505 tỷ đồng năm 2020", "năm 2020 đạt 45 triệu đồng", "(năm
    2015 là 28 triệu đồng)"; not a comparison's base ("so với năm 2022") nor the year printed after
    the figure before it ("từ 320 tỷ đồng năm 2016 lên 505 tỷ đồng")."""
    own = _year_after(p, x)
    if own is not None and x.unit is not None:
        return own
    lead = p.lead(x)
    found = _YEAR_BEFORE_RE.search(lead)
    if found is None:
        opens = _YEAR_OPENS_RE.fullmatch(lead)  # "Năm 2011, … theo giá gốc 2010 là": no other year of a figure
        found = opens if opens is not None and not _YEAR_RE.search(opens.group("rest")) else None
    if found is None or re.search(r"(?<![a-z])so(?: voi)?\s*$", fold_words(lead[: found.start()])):
        return None
    prev = p.previous(x)
    if prev is not None and prev.line == x.line and prev.sentence == x.sentence and prev.is_value and prev.unit is not None and _year_after(
            p, prev) is not None and not re.search(r"[,;(]", lead[: found.start()]):
        return None
    return found.group(1)


def _year_after(p: Passage, x: Mention) -> str | None:
    """The year printed right after ``x`` when it is its own ("320 tỷ đồng năm 2016 lên …"); not
    one that opens the next figure ("1.053,6 tỷ đồng và năm 2017 là 1.136,2": that year is the next
    figure's)."""
    trail = p.after(x, limit=60)
    after = _YEAR_AFTER_RE.match(trail)
    if after is None or _OPENS_NEXT_RE.match(trail[after.end():]) or re.search(r"(?<!\w)và(?!\w)", after.group(0)):
        return None
    return after.group(1)


def _dated_pair_before(p: Passage, m: Mention, first: str, last: str) -> tuple[Mention, Mention, str, str] | None:
    """An average rate that sums up figures printed in the sentences before it: "… tổng giá trị sản
    xuất của huyện năm 2011 là 4.141,2 tỷ đồng, …. Đến năm 2015 con số này là 6.064,9 tỷ đồng: ….
    Như vậy, bình quân giai đoạn 2011 - 2015 tổng giá trị sản xuất tăng ở mức 10% mỗi năm". The two
    years' figures are found as in its own sentence, in the (at most three) sentences of its line
    before it, and one of them must share a word of the rate's name. Without a printed span the rate
    sums up the dated figures of those sentences, from the first year to the last ("Năm 2015 … là
    1.008,2 tỷ đồng. Năm 2016 tăng lên 1.053,6 tỷ đồng và năm 2017 đạt 1.136,2 tỷ đồng. Tính bình
    quân 3 năm, mức tăng là 6,16%"); a rate that names nothing of its own ("Bình quân mỗi năm tăng
    …") is of the figure of the sentence right before it. With the span printed, the figures may be
    in the paragraphs before (at most six sentences back) when both are named like the rate."""
    name = _word_pairs(p.lead(m))
    nameless = not (_name_words(p.sentence_head(m)) - _RATE_NAME_WORDS)
    found: tuple[Mention, Mention, str, str] | None = None
    for sentence in range(m.sentence - 1, max(-1, m.sentence - 4), -1):  # the nearest sentences first
        dated = _dated_pair(p, m, first, last, sentences=set(range(sentence, m.sentence)), line=m.line)
        if dated is None:
            continue
        named = any(name & _word_pairs(f"{x.row.indicator} {p.lead(x)}") for x in dated[:2])
        if first and last:
            return dated if named else None
        if not (named or (nameless and dated[1].sentence == m.sentence - 1)):
            break
        found = dated  # without a span: the widest run of dated figures before the rate
    if found is not None or not (first and last):
        return found
    dated = _dated_pair(p, m, first, last, sentences=set(range(max(0, m.sentence - 6), m.sentence)))
    if dated is not None and all(name & _word_pairs(f"{x.row.indicator} {p.lead(x)}") for x in dated[:2]):
        return dated
    return None


# the words of an average rate's clause that name no indicator ("Tính bình quân 3 năm, mức tăng là")
_RATE_NAME_WORDS = frozenset({"tinh", "binh", "quan", "trung", "moi", "hang", "muc", "tang", "giam", "toc", "do",
                              "truong", "nganh", "ca", "giai", "doan", "nhu", "vay", "ty", "le", "so", "voi", "chung"})


_RATE_WORDS = frozenset({"binh quan", "giai doan", "moi nam", "hang nam", "nhu vay", "toc do", "tang truong", "o muc"})


def _word_pairs(text: str) -> set[str]:
    """Two neighbouring words of a name, folded ("dân số" -> "dan so"): a figure's name is matched by
    them, since one syllable alone ("số" of "giá so sánh") names nothing."""
    words = re.findall(r"[a-z]+", fold_words(text))
    return {f"{a} {b}" for a, b in pairwise(words)} - _RATE_WORDS


def _dated_pair(p: Passage, m: Mention, first: str, last: str, *, sentences: set[int] | None = None,
                line: int | None = None) -> tuple[Mention, Mention, str, str] | None:
    """An average rate's two figures found by their printed years in its sentence: "năm 2020 đạt 45
    triệu đồng (năm 2015 là 28 triệu đồng), bình quân giai đoạn 2015-2020 tăng 10%/năm"; "tăng bình
    quân 12,1%/năm, từ 320 tỷ đồng năm 2016 lên 505 tỷ đồng năm 2020". Exactly one figure of the
    quantity per year; the years are the printed span's when there is one."""
    dated: dict[str, list[Mention]] = defaultdict(list)
    for x in p.mentions:
        level = x.is_value or (x.cell.relation == "difference" and x.cell.divides is None and not x.cell.value.percent
                               and re.search(r"(?<![a-z])tu\s*$", fold_words(p.lead(x))) is not None)  # "từ 320"
        if (x.sentence not in (sentences or {m.sentence}) or (line is not None and x.line != line) or x.ref == m.ref
                or not level or x.value is None or x.value <= 0):
            continue
        year = _printed_year(p, x)
        if year is not None:
            dated[year].append(x)
    years = sorted(dated)
    if first and last:
        years = [y for y in (first, last) if y in dated]
    else:
        # "năm 2016 là 110.312 người, năm 2020 tăng lên 116.183 người, tốc độ tăng trung bình là
        # 1,8%/năm, và được dự báo đạt 123.080 người vào năm 2025": the rate sums up the years printed
        # before it, from the first to the last ("năm 2015 là …, năm 2016 là … và năm 2017 là …")
        before = sorted(y for y in dated if all(x.order < m.order for x in dated[y]))
        if len(before) >= 2 and all(len(dated[y]) == 1 for y in before):
            years = [before[0], before[-1]]
    if len(years) != 2:
        return None
    a, b = dated[years[0]], dated[years[1]]
    if len(a) != 1 or len(b) != 1 or not same_quantity(stock_unit(a[0].unit), stock_unit(b[0].unit)):
        return None
    return a[0], b[0], years[0], years[1]


def _start_in_parenthesis(p: Passage, m: Mention, first: str) -> tuple[Mention, None] | None:
    """ "bằng 105,12% năm trước (năm 2009 là 19.460,2 ha)": the first year's figure, in parentheses."""
    nxt = p.next(m)
    if nxt is None or nxt.line != m.line or not nxt.is_value or nxt.value is None:
        return None
    between = p.between(m, nxt)
    found = re.search(r"\(\s*năm\s+(\d{4})\s*(?:là|:|đạt|có)?\s*$", between, re.IGNORECASE)
    if found is None or found.group(1) != first or "(" in between[: found.start()]:
        return None
    return nxt, None


def _from_to(p: Passage, m: Mention) -> tuple[Mention, Mention, str, str] | None:
    """ "từ 895 lên 1.696 tỷ đồng, bình quân 13,6%/năm": the two figures before the rate, with the
    years printed after each ("từ 32 triệu đồng năm 2015 lên 52 triệu đồng năm 2020"), else ""."""
    prev = p.previous(m)
    first = p.previous(prev) if prev is not None else None
    if prev is None or first is None or first.sentence != m.sentence or prev.sentence != m.sentence:
        return None
    if not re.search(r"(?<![a-z])tu\s*$", fold_words(p.lead(first))) or first.value is None:
        return None
    # "tăng từ 895" reads as a change to the line walker; the unit is often printed once, after B
    level = first.is_value or (first.cell.relation == "difference" and first.cell.divides is None)
    if not (prev.is_value and level) or not (first.unit is None or same_quantity(stock_unit(first.unit),
                                                                                  stock_unit(prev.unit))):
        return None
    between = re.fullmatch(rf"[^\d,;()]{{0,20}}?(?:{_OWN_YEAR}\s*)?(?:(?:tăng|giảm)\s+)?(?:lên|đến|tới|lên đến|lên tới)\s*",
                           p.between(first, prev), re.IGNORECASE)
    if between is None:
        return None
    after = re.match(rf"[^\d,;()]{{0,20}}?{_OWN_YEAR}", p.between(prev, m), re.IGNORECASE)
    return first, prev, between.group(1) or "", after.group(1) if after else ""


# the year a figure is of, printed right after it: "4.141,2 tỷ đồng năm 2011", "2.770.987 triệu đồng (năm 2015)"
_OWN_YEAR = r"(?:\(\s*)?năm\s+(\d{4})(?!\d)\s*\)?"
# only words (and the years of a span) between the rate and "từ": the next figure is the first level
_FROM_RE = re.compile(r"[^;]{0,60}?(?<!\w)từ\s*$", re.IGNORECASE)
_UP_TO_RE = re.compile(rf"[^\d;()]{{0,25}}?(?:{_OWN_YEAR}\s*)?(?:lên đến|lên tới|xuống còn|lên|xuống|đến|tới|còn)\s*$",
                       re.IGNORECASE)


def _from_to_after(p: Passage, m: Mention) -> tuple[Mention, Mention, str, str] | None:
    """The two levels printed AFTER the rate, from the first to the last: "tăng bình quân 10% mỗi năm
    giai đoạn 2011 - 2015, từ 4.141,2 tỷ đồng năm 2011 (nông - lâm - thuỷ sản 746,4 tỷ đồng, …) lên
    6.064,9 tỷ đồng năm 2015"; "bình quân 15,4%/năm (từ 225.520 triệu đồng năm 2010 lên 302.232
    triệu đồng năm 2012)". Figures inside a parenthesis between the two (the first level's parts) are
    skipped; the years are those printed right after each figure, else ""."""
    first = p.next(m)
    if first is None or first.sentence != m.sentence or first.line != m.line or first.value is None:
        return None
    if not _FROM_RE.fullmatch(p.between(m, first)):
        return None
    level = first.is_value or (first.cell.relation == "difference" and first.cell.divides is None)
    if not level:
        return None
    x = p.next(first)
    while x is not None and x.sentence == m.sentence and x.line == m.line:
        gap = p.between(first, x)
        depth = gap.count("(") - gap.count(")")
        if depth == 0:
            up = _UP_TO_RE.search(p.between(p.mentions[x.order - 1], x))
            if up is None or not x.is_value or x.value is None or not (
                    first.unit is None or same_quantity(stock_unit(first.unit), stock_unit(x.unit))):
                return None
            return first, x, _year_printed_after(p, first), _year_printed_after(p, x)
        x = p.next(x)
    return None


def _year_printed_after(p: Passage, x: Mention) -> str:
    found = re.match(rf"[^\d,;()]{{0,20}}?{_OWN_YEAR}", p.after(x, limit=40), re.IGNORECASE)
    return found.group(1) if found else ""


def _figure_of_year(p: Passage, m: Mention, start: Mention, year: str) -> Mention | None:
    """The figure of the rate's indicator printed for ``year``: same quantity as ``start``, and the
    most words in common with the words that name the rate."""
    name = _name_words(p.lead(m).rsplit(",", 1)[-1]) - {"binh", "quan", "moi", "hang", "bang", "truoc", "tang"}
    best: tuple[tuple[int, float], Mention] | None = None
    undated = year if _heading_year(p) == year else None  # the report's year: "Báo cáo … năm 2011"
    for x in p.mentions:
        if x.ref == start.ref or not x.is_value or x.value is None or (x.cell.period or undated) != year:
            continue
        if not same_quantity(stock_unit(x.unit), stock_unit(start.unit)):
            continue
        words = _name_words(f"{x.row.indicator} {p.lead(x).rsplit(',', 1)[-1]}")
        common = name & words
        score = (len(common), len(common) / max(1, len(name | words)))
        if common and (best is None or score > best[0]):
            best = (score, x)
    return best[1] if best else None


def _heading_year(p: Passage) -> str | None:
    """The one year the passage's heading names ("Trích báo cáo tình hình sử dụng đất đai năm 2011"):
    the year of the figures that print none of their own."""
    first = p.mentions[0].line if p.mentions else len(p.lines)
    years = {y for line in p.lines[:first] for y in _YEAR_RE.findall(line.text)}
    return years.pop() if len(years) == 1 else None


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", fold_words(text)) if len(w) > 1} - {"va", "cua", "la", "co", "nam", "dat",
                                                                             "thi", "tren", "dia", "ban", "trong"}


_PLAN_WORDS = ("ke hoach", "kh", "du toan", "chi tieu")
_TARGET_WORDS = ("nghi quyet", "nq", "muc tieu")
_OTHER_BASES = ("cung ky", "nam truoc", "nam ngoai")


def plans_elsewhere(p: Passage, edits: Edits) -> None:
    """**The plan in a later clause, or before the result.** "Doanh thu đạt 1.250 tỷ đồng, bằng 61,2% kế
    hoạch; kế hoạch năm là 2.040 tỷ đồng": a ratio to the plan whose plan is printed later in its
    sentence, or opens the next sentence ("... bằng 61,2% dự toán. Dự toán năm 2024 là 2.040 tỷ
    đồng"), is the result over that plan (1.250 / 2.040 = 61,27 %). So is a ratio with no base
    word after a plan printed earlier in its sentence ("Kế hoạch giao 3.000 lao động, thực hiện
    2.310 lao động, đạt 77%"). The plan must be of the same quantity, and the only one there.

    The words that set the plan may stand anywhere before it ("huyện Vũng Liêm đặt kế hoạch giới thiệu
    việc làm mới cho 3.000 lao động. Sau 9 tháng, huyện đã giới thiệu được việc làm cho 2.885 lao động,
    đạt 96,2%" -> 96,17 % ✓; "được giao", "được phân bổ"), so long as they report no result ("đạt",
    "thực hiện"). A ratio that opens its own sentence with the words of a rate ("Tỷ lệ này đạt …", "Tỷ
    lệ giải ngân đạt gần 12% kế hoạch") is of the one figure of the sentence before: "Bàu Bàng được
    phân bổ 1.909 tỷ đồng cho 25 dự án. Huyện đã giải ngân được 1.662 tỷ đồng. Tỷ lệ này đạt trên 87%"
    -> 87,06 % ✓. A plan printed on the whole of the actual figure is not the part's: "… 2.861,54/2.855,64 tỷ
    đồng …, trong đó: nông - lâm nghiệp và thủy sản 1.586,72 tỷ đồng (bằng 99,18% kế hoạch)" is not recomputed.

    The plan's word may follow the indicator's name in the plan's own clause, before the result's clause
    (round 24): "Năng suất lúa kế hoạch là 55 tạ/ha; thực tế đạt 55,9 tạ/ha, bằng 110,6% KH" -> 55,9 / 55 =
    101,6 %, not 110,6; "Với vốn đầu tư phát triển, kế hoạch năm là 4.956.540 triệu đồng; huyện thực hiện được
    2.359.087 triệu đồng, đạt 47,6%" ✓ (the clause names a plan and reports no result). A ratio that names its
    plan ("% dự toán", "% kế hoạch", "So với dự toán, tỷ lệ thu đạt …") with none in its sentence or the one
    before takes the one plan or target of an earlier sentence that names the actual figure's indicator (2
    words at least, 4 in 5 of the actual's name, the unit's words and "ước", "được" … not counted), in the
    same unit: "HĐND thống nhất năm 2021 phấn đấu … thu ngân sách trên địa bàn 303,7 tỷ đồng." … "thu ngân sách
    trên địa bàn 115,06 tỷ đồng, đạt 37,89% dự toán" -> 37,886 % ✓. Two such plans named alike: not read. A
    plan in the ratio's own sentence is its clauses' to tell: "trong 35 chỉ tiêu …, có 27 chỉ tiêu vượt kế
    hoạch và 8 chỉ tiêu đạt 100% kế hoạch" is no 8 over 27.
    """
    for r in p.mentions:
        cell = r.cell
        if cell.divides is not None or cell.refs or not r.percent or r.value is None:
            continue  # asked first: folding the sentence's head for every figure of a long sentence was quadratic
        alone = cell.relation is None and cell.value.kind in ("number", "comparator") and _RATE_OPENS_RE.fullmatch(
            fold_words(p.sentence_head(r))) is not None  # "Tỷ lệ hoàn thành đạt 92% kế hoạch"
        if cell.relation != "ratio" and not alone:
            continue
        base = fold_words(cell.column)
        if any(w in base for w in _OTHER_BASES) or re.search(r"(?<![a-z])nam\s+\d{4}", base):
            continue
        named = _names_any(base, _PLAN_WORDS + _TARGET_WORDS)
        actual = next((m for m in p.mentions if m.row.index == r.row.index and m.order < r.order and m.is_value
                       and m.cell.role in ("actual", "estimate") and m.value is not None), None)
        if actual is None:
            actual = _result_before(p, r)
        if actual is None or _indicators_reaching(p, actual, r):
            continue
        wanted = ("plan",) if _names_any(base, _PLAN_WORDS) else ("target", "plan")
        plans = (_plans_after(p, r, actual, wanted) or _plans_before(p, actual)) if named else _plans_before(p, actual)
        if not plans and (named or (alone and _names_any(fold_words(p.sentence_head(r)), _PLAN_WORDS + _TARGET_WORDS))):
            plans = _named_plans(p, actual)
        if len(plans) != 1 or _of_its_whole(edits, actual, plans[0]):
            continue
        fields: dict[str, Any] = {"relation": "ratio"} if alone else {}
        if plans[0].cell.role not in ("plan", "target"):
            # the plan's words ("kế hoạch năm là", "phấn đấu … 330,7 tỷ đồng") stand where the line walker does
            # not look for them: without its role, the quotient would be told as a growth over an earlier figure
            edits.set_cell(plans[0].ref, role="target" if targeted(p, plans[0]) else "plan")
        edits.set_cell(r.ref, refs=(actual.ref, plans[0].ref), **fields)
        edits.note(r.row.index, f"{p.text(r)} is {p.text(actual)} over the plan {p.text(plans[0])} printed apart")


# "26 chỉ tiêu đạt trên 95%": a count of indicators or criteria, the subject of the verb of the percentage after it
_INDICATORS_REACHING_RE = re.compile(r"\s*(?:chi tieu|tieu chi)(?: [a-z]+){0,3}? (?:deu )?(?:dat|hoan thanh|thuc hien)"
                                     r"(?: va vuot)?(?: (?:tren|hon|duoi|khoang|gan|tu))?\s*")


def _indicators_reaching(p: Passage, actual: Mention, r: Mention) -> bool:
    """Whether ``r`` says what each of the indicators ``actual`` counts reached, not ``actual`` over a plan: "Theo
    kế hoạch riêng của huyện, thực hiện 39 chỉ tiêu: 26 chỉ tiêu đạt trên 95%" is no 26 / 39 (66,7 %), each of the
    26 reached 95 % of its own plan. The count is the verb's subject, its noun right after it and no comma."""
    return actual.sentence == r.sentence and _INDICATORS_REACHING_RE.fullmatch(fold_words(p.between(actual, r))) is not None


def _of_its_whole(edits: Edits, actual: Mention, plan: Mention) -> bool:
    """A plan printed on the row of the actual figure's whole, or of a whole above it: the whole's plan, not
    the part's. "… ước đạt 2.861,54/2.855,64 tỷ đồng …, trong đó: nông - lâm nghiệp và thủy sản 1.586,72 tỷ đồng
    (bằng 99,18% kế hoạch …)": the sector's own plan is not printed, so 99,18 % is not recomputed."""
    seen: set[int] = set()
    row = edits.parent_of(actual.row.index)
    while row is not None and row not in seen:
        if row == plan.row.index:
            return True
        seen.add(row)
        row = edits.parent_of(row)
    return False


_RATE_OPENS_RE = re.compile(r"\s*(?:ty le(?: [a-z]+){0,3}|so voi (?:ke hoach|du toan|chi tieu),?(?: ty le(?: [a-z]+){0,2})?)"
                            r" (?:dat(?: muc)?|bang)(?: (?:khoang|gan|hon|tren|uoc))?\s*$")  # "đạt mức": "đạt"


def _result_before(p: Passage, r: Mention) -> Mention | None:
    """ "Huyện đã giải ngân được 1.662 tỷ đồng. Tỷ lệ này đạt trên 87%": a ratio that opens its sentence
    with the words of a rate is of the one figure of the sentence before."""
    prev = p.previous(r)
    if prev is None or prev.sentence != r.sentence - 1 or prev.line != r.line:
        return None
    if not _RATE_OPENS_RE.fullmatch(fold_words(p.sentence_head(r))):
        return None
    figures = [x for x in p.mentions[: r.order] if x.sentence == r.sentence - 1 and x.value is not None]
    if len(figures) != 1 or not figures[0].is_value or figures[0].cell.role not in ("actual", "estimate"):
        return None
    return figures[0]


def _names_any(text: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<![a-z]){w}(?![a-z])", text) for w in words)


def _is_plan_for(x: Mention, actual: Mention, wanted: tuple[str, ...]) -> bool:
    return (x.is_value and x.value is not None and x.cell.role in wanted and x.row.index != actual.row.index
            and same_quantity(stock_unit(x.unit), stock_unit(actual.unit))
            and not any(c.relation == "ratio" for c in x.row.cells))


def _plans_after(p: Passage, r: Mention, actual: Mention, wanted: tuple[str, ...]) -> list[Mention]:
    """The plan printed after the ratio in its sentence, or as the first figure of the next sentence
    when that sentence opens with the plan's name."""
    same = [x for x in p.mentions[r.order + 1 :] if x.sentence == r.sentence]
    found = [x for x in same if _is_plan_for(x, actual, wanted)]
    if found:
        return found[:1] if len(found) == 1 else found
    nxt = [x for x in p.mentions[r.order + 1 :] if x.sentence == r.sentence + 1]
    if not nxt or not _is_plan_for(nxt[0], actual, wanted):
        return []
    head = fold_words(p.sentence_head(nxt[0]))
    if not head.startswith(tuple(_PLAN_WORDS + _TARGET_WORDS)) or len(head.split()) > 8:
        return []
    return nxt[:1]


def _plans_before(p: Passage, actual: Mention) -> list[Mention]:
    """ "Kế hoạch giao 3.000 lao động, thực hiện 2.310 lao động, đạt 77%": the plan right before the
    result in its sentence, no other figure of the quantity between; with none of the quantity there, the
    one figure of the sentence before, when that sentence opens by naming a plan ("Kế hoạch thu ngân sách
    năm là 68,6 tỷ đồng. Đến đầu tháng 12, huyện đã thu được 61,7 tỷ đồng, bằng 89,7% kế hoạch")."""
    before = [x for x in p.mentions[: actual.order] if x.sentence == actual.sentence and x.is_value
              and same_quantity(stock_unit(x.unit), stock_unit(actual.unit))]
    if before:
        last = before[-1]
        if _is_plan_for(last, actual, ("plan", "target")):
            return [last]
        return [last] if _clause_sets_plan(p, last, actual) else []
    previous = [x for x in p.mentions[: actual.order] if x.sentence == actual.sentence - 1 and x.is_value
                and x.value is not None and same_quantity(stock_unit(x.unit), stock_unit(actual.unit))]
    if len(previous) != 1 or previous[0].line != actual.line or previous[0].unit != actual.unit:
        return []
    (plan,) = previous
    head = fold_words(p.sentence_head(plan))
    if plan.cell.role not in ("plan", "target") and not re.match(
            r"(?:(?:theo|ve)\s+)?(?:ke hoach|kh|du toan|chi tieu|muc tieu)(?![a-z])", head) and not _names_plan(
                p.sentence_head(plan)):
        return []
    if any(c.relation is not None for c in plan.row.cells):
        return []  # a plan that is itself compared is no bare plan
    return [plan]


def _named_plans(p: Passage, actual: Mention) -> list[Mention]:
    """ "HĐND thống nhất năm 2021 phấn đấu … thu ngân sách trên địa bàn 303,7 tỷ đồng." … "thu ngân sách trên địa bàn
    115,06 tỷ đồng, đạt 37,89% dự toán": a ratio that names its plan, printed anywhere before in the passage, is
    over the one earlier figure set as a plan or target (its role, or a target's words in its sentence) that
    names the actual figure's indicator (at least 2 words and 4 in 5 of the actual's name), in the same unit,
    and is no result compared with anything. Only earlier sentences: "trong 35 chỉ tiêu …, có 27 chỉ tiêu vượt kế
    hoạch và 8 chỉ tiêu đạt 100% kế hoạch" is no 8 over 27 (each of the 8 reached its own plan), and the words of
    the unit ("chỉ tiêu") name no indicator. Two such plans named alike: not read."""
    name = _clause_name(p, actual) - _name_words(actual.unit or "")
    if len(name) < 2:
        return []
    scored: list[tuple[tuple[int, float], Mention]] = []
    for x in p.mentions[: actual.order]:
        if not x.is_value or x.value is None or x.unit != actual.unit or x.sentence == actual.sentence:
            continue  # a plan in the actual's own sentence is its clauses' to tell (``_plans_before``)
        if any(c.relation is not None for c in x.row.cells):
            continue
        if x.cell.role not in ("plan", "target") and not targeted(p, x):
            continue
        words = _clause_name(p, x)
        common = len(name & words)
        if common >= 2 and common / len(name) >= 0.8:
            scored.append(((common, common / len(name | words)), x))
    scored.sort(key=lambda t: t[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return []
    return [scored[0][1]]


def _clause_name(p: Passage, x: Mention) -> set[str]:
    """The words naming ``x``: its row's indicator and its own clause's words (after the last ",", ";" or
    parenthesis before it), not the words of the figure before it ("(tăng 0,31% so với cùng kỳ); thu ngân sách")."""
    return _name_words(f"{x.row.indicator} {re.split(r'[,;()]', p.lead(x))[-1]}") - _NOT_NAMES


# the words of a result or an estimate and its hedges, which name no indicator ("ước đạt", "thực hiện được")
_NOT_NAMES = frozenset({"uoc", "duoc", "thuc", "hien", "tinh", "den", "nay", "het", "khoang", "gan", "hon", "da", "bang",
                        "huyen", "phan", "dau"})


def _clause_sets_plan(p: Passage, plan: Mention, actual: Mention) -> bool:
    """ "Năng suất lúa kế hoạch là 55 tạ/ha; thực tế đạt 55,9 tạ/ha, bằng 101,6% KH", "Với vốn đầu tư phát triển,
    kế hoạch năm là 4.956.540 triệu đồng; huyện thực hiện được 2.359.087 triệu đồng, đạt 47,6%": the plan word
    stands after the indicator's name, in the plan's own clause (its words back to the last "," or ";"), so the
    line walker took the figure for what was done. The clause must name a plan and report no result, the
    figure carry no rate of its own, and the actual figure's own clause open after it: its unit printed alike."""
    clause = re.split(r"[,;:]", p.lead(plan))[-1]
    if not _names_plan(clause) or plan.unit != actual.unit or plan.row.index == actual.row.index:
        return False
    if any(c.relation is not None for c in plan.row.cells):
        return False
    return re.search(r"[,;]", p.between(plan, actual)) is not None


# the words that set a plan, wherever the clause prints them: "Kế hoạch thu ngân sách năm là", "huyện
# đặt kế hoạch giới thiệu việc làm mới cho", "được giao kế hoạch đầu tư công", "được phân bổ"
_PLAN_SET_RE = re.compile(r"(?<![a-z])(?:ke hoach|kh|du toan|chi tieu|duoc giao|duoc phan bo)(?![a-z])")
# read unfolded: "đặt kế hoạch" sets a plan, "đạt" reports a result
_RESULT_RE = re.compile(r"(?<!\w)(?:thực hiện|đạt|giải ngân|thu được|ước|tăng|giảm|bằng|vượt)(?!\w)", re.IGNORECASE)


def _names_plan(head: str) -> bool:
    """Do the words before a figure set it as a plan (and report no result)?"""
    return bool(_PLAN_SET_RE.search(fold_words(head))) and not _RESULT_RE.search(head)


_TO_RE = re.compile(r"[^\d,;()]{0,25}?(?:(?:\(?\s*năm\s+\d{4}\s*\)?|\(\s*\d{4}\s*\))\s*)?(?:xuống còn|xuống|lên đến|lên tới|lên|còn|đến|tới)\s*",
                    re.IGNORECASE)
# the later level's year bare or in parentheses, as _TO_RE takes the earlier's ("lên 1.250 tỷ đồng (năm 2023), tăng
# 25%"), and the change restated by a gloss ("…, tương đương tăng 25%")
_CHANGE_RE = re.compile(r"[^\d;()]{0,25}?(?:(?:\(\s*(?:năm\s+)?\d{4}\s*\)|năm\s+\d{4})\s*)?[^\d;()]{0,8}?"
                        r"(?:(?:tương\s+đương|tương\s+ứng|tức\s+là|tức)(?:\s+với)?\s+)?(?:tăng|giảm)(?:\s+thêm|\s+được)?\s*",
                        re.IGNORECASE)
# "giảm từ 1.998,5 ha xuống 1.897,5 ha, bằng 94,95%": the later level as a percentage of the earlier, an index
_INDEX_AFTER_RE = re.compile(rf"[^\d,;()]{{0,15}}?\s*(?:\([^()]*\)\s*)?,?\s*(?:chỉ\s+)?(?:{INDEX_VERB}|tương ứng)(?:\s+với)?\s*", re.IGNORECASE)


# "tăng từ 207 lên 3.743 nghìn người, tức gấp 18 lần", "từ 1.044 lên 1.409 nghìn tấn, tức 1,3 lần": the later level
# as a factor of the earlier, glossed or not ("tăng N lần" after two levels, seen in no passage, is left out)
_FACTOR_AFTER_RE = re.compile(rf"[^\d;()]{{0,15}}?(?:(?:\(\s*(?:năm\s+)?\d{{4}}\s*\)|năm\s+\d{{4}})\s*)?,\s*"
                              rf"(?:(?:tức\s+là|tức)\s+(?:(?:{INDEX_VERB})\s+)?(?:gấp\s+)?|(?:{INDEX_VERB})\s+(?:gấp\s+)?|gấp\s+)",
                              re.IGNORECASE)
_TIMES_WORD_RE = re.compile(r"\s*lần(?!\w)", re.IGNORECASE)


# "bình quân giảm", "mỗi năm tăng", "hằng năm" (folded "hang nam", as "hàng năm"): the change after the two levels is a yearly one
_YEARLY_CHANGE_RE = re.compile(r"(?<![a-z])(?:binh quan|trung binh|moi nam|hang nam)(?![a-z])")
# "6,16%/năm", "410 hộ mỗi năm": the unit, then the year it is per
_PER_YEAR_AFTER_RE = re.compile(r"[^\d,;.()]{0,15}?(?:/\s*nam|moi nam|mot nam|hang nam)(?![a-z])")


def from_to_changes(p: Passage, edits: Edits) -> None:
    """**A change between two printed levels.** "Số hộ nghèo giảm từ 1.250 hộ xuống còn 980 hộ, giảm 270
    hộ": the change is the difference of the two levels (1.250 − 980 = 270 ✓); a change printed as
    a percentage of levels that are not ("tăng từ 895 lên 1.696 tỷ đồng, tăng 89,5%") is their
    growth (1.696 / 895 − 1 = 89,5 % ✓). Between two percentages a change is read in percentage
    points when it says so ("điểm phần trăm") or when that reading is the closer one ("giảm từ
    12,5% xuống còn 8,3%, giảm 4,2%": 12,5 − 8,3 = 4,2). A percentage after "bằng" is the later level over the
    earlier, an index: "Đất chưa sử dụng giảm từ 1.998,5 ha xuống 1.897,5 ha, bằng 94,95%" -> 1.897,5 / 1.998,5 =
    94,95 % ✓. A factor after "gấp", or after a gloss ("tức", "tức là", "tương đương", "bằng") and with "lần" after
    it, is the later level over the earlier (round 36, yen-phong-bac-ninh_2): "khối lượng vận chuyển tăng từ 207
    nghìn người năm 2006 lên 3743 nghìn người năm 2011, tức gấp 18 lần" -> 3.743 / 207 = 18,1 ✓; "tăng từ 1.044 lên
    1.409 nghìn tấn, tức 1,3 lần" -> 1,35 ✓ (the "từ" level keeps no "lần" of the factor printed before it, whose
    row the line walker left it in). A change said to be a yearly one is not the difference of the two levels, and how many
    years it averages over is not read: "tỷ lệ hộ nghèo giảm từ 50,41% xuống còn 19,59%, bình quân giảm
    6,16%/năm" is no 50,41 − 19,59 = 6,16 (a false error).
    """
    for a in p.mentions:
        if a.value is None or not re.search(r"(?<![a-z])tu\s*$", fold_words(p.lead(a))):
            continue
        b, c = p.next(a), None
        if b is not None:
            c = p.next(b)
        if b is None or c is None or not (a.sentence == b.sentence == c.sentence) or a.line != c.line:
            continue
        if b.value is None or c.value is None or c.cell.divides is not None or c.cell.refs:
            continue
        to = _TO_RE.fullmatch(p.between(a, b))
        index = c.percent and _INDEX_AFTER_RE.fullmatch(p.between(b, c)) is not None
        factor = not c.cell.value.percent and _FACTOR_AFTER_RE.fullmatch(p.between(b, c)) is not None \
            and _TIMES_WORD_RE.match(p.after(c, limit=10)) is not None
        if to is None or not (_CHANGE_RE.fullmatch(p.between(b, c)) or index or factor):
            continue
        if _YEARLY_CHANGE_RE.search(fold_words(p.between(b, c))) or _PER_YEAR_AFTER_RE.match(fold_words(p.after(c, limit=20))):
            # "giảm từ 50,41% xuống còn 19,59%, bình quân giảm 6,16%/năm": a change per year, not the whole fall;
            # how many years it averages over the words do not say, so nothing is read
            continue
        if re.search(r"(?<![a-z])(?:den|toi)\s*$", fold_words(to.group(0))) and not re.search(
                r"(?<![a-z])(?:tang|giam|nang)(?![a-z])", fold_words(p.lead(a))):
            continue  # "thu nhập từ 20 đến 25 triệu đồng": a range, not two levels
        levels_percent = a.percent and b.percent
        # "…, tức gấp 18 lần, và khối lượng luân chuyển tăng từ 10.065 lên 18.961 nghìn người.km": the line walker
        # leaves "từ 10.065" in the row of the factor before it, whose "lần" is no unit of a level
        a_unit = None if (a.unit or "").strip() == "lần" else a.unit
        if levels_percent != bool(b.percent) or (a_unit and b.unit and not levels_percent
                                                 and not same_quantity(stock_unit(a_unit), stock_unit(b.unit))):
            continue
        points = "diem" in fold_words(p.after(c, limit=20))
        if index and levels_percent:
            continue  # "từ 12,5% xuống 8,3%, bằng 66%": points or a quotient, the words do not say
        if factor:
            if levels_percent:
                continue  # "từ 12,5% lên 25%, gấp 2 lần": a factor of rates, left to the rules on rates
            kind = "times"
        elif index:
            kind = "growth"  # its verb "bằng" makes it an index (relations._growth_form)
        elif c.percent and not levels_percent:
            kind = "growth"
        elif levels_percent and c.percent and not points:
            diff = abs(b.value - a.value)
            rel = abs(b.value / a.value - 1) * 100 if a.value else diff
            kind = "difference" if abs(diff - c.value) <= abs(rel - c.value) else "growth"
        elif levels_percent or same_quantity(stock_unit(c.unit), stock_unit(b.unit)) or c.unit is None:
            kind = "difference"
        else:
            continue
        # the larger level first, so the message reads as the report's arithmetic ("1.250 − 980")
        first, second = (a, b) if kind == "difference" and a.value > b.value else (b, a)
        edits.set_cell(c.ref, relation=kind, refs=(first.ref, second.ref))
        if a.cell.relation in ("difference", "growth"):
            edits.set_cell(a.ref, relation=None)  # "từ 1.250 hộ": a level, not a change
        edits.note(c.row.index, f"{p.text(c)} is the change from {p.text(a)} to {p.text(b)}")


_BASE_WORDS_RE = re.compile(
    r"(?<![a-z])(?:ke hoach|kh|du toan|chi tieu|nghi quyet|nq|muc tieu|nam \d{4}|cung ky|nam truoc|ky truoc)(?![a-z])")
_BASE_THEN_FIGURE_RE = re.compile(r"\s*[%‰]?\s*(?:lần\s+)?(?P<words>[^\d,;()]*?(?:\d{4}[^\d,;()]*?)?)\s*(?:là|:|bằng|=)\s*$",
                                  re.IGNORECASE)


def bases_after_words(p: Passage, edits: Edits) -> None:
    """**The base after its words.** "thu ngân sách xã đạt 18,5 tỷ đồng, bằng 92,5% dự toán năm là 20 tỷ
    đồng": a ratio, growth, factor or change followed in its clause by the words of its base (a
    plan, an earlier year, the same period) and then "là" / ":" and a figure of the actual's quantity
    is the actual over that figure (18,5 / 20 = 92,5 % ✓). "gấp 1,5 lần so với năm 2015 là 80 tỷ
    đồng" -> 120 / 80 = 1,5 ✓; "tăng 18,3 tỷ đồng so với năm 2022 là 137,9 tỷ đồng" -> 156,2 − 137,9.
    """
    for r in p.mentions:
        cell = r.cell
        if cell.relation not in ("ratio", "growth", "times", "difference") or cell.divides is not None or cell.refs:
            continue
        nxt = p.next(r)
        if r.value is None or nxt is None or nxt.line != r.line or nxt.sentence != r.sentence:
            continue
        found = _BASE_THEN_FIGURE_RE.fullmatch(p.between(r, nxt))
        words = fold_words(found.group("words")) if found is not None else ""
        if found is None or not _BASE_WORDS_RE.search(words) or re.search(r"(?<![a-z])va(?![a-z])", words):
            continue  # "bằng 60% dự toán giao và chi ngân sách xã là 51,097": another figure's words
        if len(re.sub(r"(?<![a-z])(?:so voi|so)(?![a-z])", "", words).split()) > 5:
            continue
        actual = _value_in_row(p, r)
        if actual is None or actual.order > r.order or actual.value is None or actual.ref == nxt.ref:
            continue
        if not nxt.is_value or nxt.value is None or nxt.unit is None or actual.unit is None:
            continue
        if not same_quantity(stock_unit(nxt.unit), stock_unit(actual.unit)):
            continue
        if cell.relation == "difference" and r.unit is not None and not same_quantity(stock_unit(r.unit), stock_unit(actual.unit)):
            continue
        edits.set_cell(r.ref, refs=(actual.ref, nxt.ref))
        year = _YEAR_RE.search(found.group("words"))
        if year is not None and (nxt.cell.period or "") != year.group(1):
            edits.set_cell(nxt.ref, period=year.group(1))
        edits.note(r.row.index, f"{p.text(r)} is measured against {p.text(nxt)}, printed after its words")




_SERIES_GAP_RE = re.compile(r"\s*(?:[^\W\d]+(?:\s+[^\W\d]+)?)?\s*(?:\(\s*(?:năm\s*)?(\d{4})\s*\))?\s*(?:,|và|,\s*và)\s*(?:năm\s+\d{4}\s*)?",
                            re.IGNORECASE)
# "tương đương" before the indices says "bằng" in other words ("…, tương đương 102,85% và 109,70%, bình quân …")
_INDEX_LEAD_RE = re.compile(rf"(?<![a-z])(?:{INDEX_VERB_FOLDED}|toc do phat trien|chi so phat trien)(?![a-z])")
_INDEX_GAP_RE = re.compile(r"\s*%?\s*(?:năm trước\s*)?(?:\([^()]{0,30}\)\s*)?(?:,|và|,\s*và)\s*", re.IGNORECASE)


def _series_year(p: Passage, m: Mention, gap_after: str) -> str | None:
    """The year printed with a figure of a series: "1.103 (2015)" or "năm 2015 đạt 1.103"."""
    found = re.match(r"\s*(?:[^\W\d]+(?:\s+[^\W\d]+)?)?\s*\(\s*(?:năm\s*)?(\d{4})\s*\)", gap_after, re.IGNORECASE)
    if found:
        return found.group(1)
    before = re.search(r"năm\s+(\d{4})\s*(?:[^\W\d]+\s*){0,2}$", p.before(m, limit=30), re.IGNORECASE)
    return before.group(1) if before else None


def yearly_series(p: Passage, edits: Edits) -> None:
    """**A yearly series and its indices.** "giá trị sản xuất nông nghiệp đạt 245,1 tỷ đồng (2007), 249,7
    tỷ đồng (2008) và 249,4 tỷ đồng (2009), bằng lần lượt 101,9% và 99,9% năm trước, bình quân 100,9%":
    three or more figures of one quantity printed one after another, then after "bằng" (or "tốc độ
    phát triển") one percentage per pair of neighbours: each is the later figure over the earlier one
    (249,7 / 245,1 = 101,9 % ✓; 249,4 / 249,7 = 99,9 % ✓), and a percentage after "bình quân" is the
    yearly index from the first figure to the last ((249,4 / 245,1)^(1/2) = 100,9 % ✓). The years are
    the ones printed with the figures, or those of the series printed before with as many figures
    ("Công nghiệp đạt 49,9, 56,1 và 66,6 tỷ đồng, bằng 112,4% và 118,7%, bình quân 115,5%"); without
    years the average is not recomputed. "tương đương" before the indices says "bằng" in other words.
    """
    last_years: list[str | None] = []
    ms = p.mentions
    i = 0
    while i < len(ms):
        first = ms[i]
        if not first.is_value or first.value is None:
            i += 1
            continue
        series = [first]
        years = []
        j = i
        while j + 1 < len(ms):
            a, b = ms[j], ms[j + 1]
            if b.sentence != a.sentence or b.line != a.line or not b.is_value or b.value is None:
                break
            if a.unit and b.unit and not same_quantity(stock_unit(a.unit), stock_unit(b.unit)):
                break
            gap = p.between(a, b)
            if len(gap) > 30 or not _SERIES_GAP_RE.fullmatch(gap):
                break
            series.append(b)
            j += 1
        if len(series) < 3:
            i += 1
            continue
        i = j + 1
        for k, m in enumerate(series):
            gap_after = p.between(m, series[k + 1]) if k + 1 < len(series) else p.after(m, limit=30)
            years.append(_series_year(p, m, gap_after))
        # the indices: one per neighbouring pair, after "bằng", in the same sentence
        idx: list[Mention] = []
        nxt = p.next(series[-1])
        lead_ok = nxt is not None and nxt.sentence == series[-1].sentence and nxt.line == series[-1].line and bool(
            _INDEX_LEAD_RE.search(fold_words(p.between(series[-1], nxt)))) and ";" not in p.between(series[-1], nxt)
        while lead_ok and nxt is not None and len(idx) < len(series) - 1:
            if nxt.sentence != series[-1].sentence or not nxt.percent or nxt.value is None or not 30 < nxt.value < 500:
                break
            if idx and not _INDEX_GAP_RE.fullmatch(p.between(idx[-1], nxt)):
                break
            idx.append(nxt)
            nxt = p.next(nxt)
        if len(idx) != len(series) - 1:
            continue
        if all(y is not None for y in years):
            last_years = list(years)
        elif len(last_years) == len(series) and all(y is None for y in years):
            years = list(last_years)
        dated = all(y is not None for y in years) and len(set(years)) == len(years)
        if dated:
            for m, y in zip(series, years, strict=True):
                if m.cell.period is None:
                    edits.set_cell(m.ref, period=y)
        for k, rate in enumerate(idx):
            edits.set_cell(rate.ref, force=True, relation="ratio", refs=(series[k + 1].ref, series[k].ref), divides=None,
                           role="ratio")
            edits.note(rate.row.index, f"{p.text(rate)} is {p.text(series[k + 1])} over {p.text(series[k])}")
        avg = nxt
        if (dated and avg is not None and avg.sentence == series[-1].sentence and avg.percent and avg.value is not None
                and re.fullmatch(r"\s*%?\s*(?:năm trước\s*)?(?:\([^()]{0,30}\)\s*)?,?\s*(?:và\s*)?bình quân[^\d;]{0,30}",
                                 p.between(idx[-1], avg), re.IGNORECASE)):
            edits.set_cell(avg.ref, force=True, relation="avg_growth", refs=(series[-1].ref, series[0].ref), divides=None,
                           role="ratio", column=f"bằng bình quân {avg.cell.column}".strip())
            edits.note(avg.row.index, f"{p.text(avg)} is the yearly index from {p.text(series[0])} to {p.text(series[-1])}")


_LATER_INDEX_HEAD_RE = re.compile(
    r"^\s*(?:[^\W\d_]+\s+){0,3}?(?:tốc độ|chỉ số) phát triển\s+(?P<subject>[^\d,;:()%]{2,60}?)\s*(?:là|đạt|lần lượt"
    r"(?: là)?|tương ứng(?: là)?)?\s*:?\s*$", re.IGNORECASE)
_AVERAGE_GAP_RE = re.compile(r"\s*%?\s*(?:năm trước\s*)?(?:\([^()]{0,30}\)\s*)?,?\s*(?:và\s*)?bình quân[^\d;]{0,30}",
                             re.IGNORECASE)
_SUBJECT_STOP = frozenset({"tong", "cua", "cac", "la", "dat", "nam", "qua", "giai", "doan"})


def later_indices(p: Passage, edits: Edits) -> None:
    """**Indices of a series printed before.** "Tổng số hộ lần lượt là 23.100, 24.050 và 25.300 hộ; …
    Tốc độ phát triển số hộ là 104,11% và 105,20%, bình quân 104,65%": a sentence that opens with
    "tốc độ (chỉ số) phát triển <what>" and prints only percentages gives one index per pair of
    neighbouring figures of the series of <what> printed in the two sentences before it (24.050 /
    23.100 = 104,11 % ✓; 25.300 / 24.050 = 105,20 % ✓) and, after "bình quân", the yearly index
    from the first to the last ((25.300 / 23.100)^(1/2) = 104,65 % ✓). The series is figures printed
    side by side ("23.100, 24.050 và 25.300 hộ") or one total per year clause ("năm 2020 có 52.300
    người, …; năm 2021 có 53.410 người …"); it must name <what> and have exactly one figure more
    than there are indices. Otherwise nothing is recomputed.
    """
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in p.mentions:
        by_sentence[m.sentence].append(m)
    for sentence, ms in by_sentence.items():
        first = ms[0]
        if not first.percent or first.value is None or first.cell.refs or first.cell.divides is not None:
            continue
        head = _LATER_INDEX_HEAD_RE.match(p.sentence_head(first))
        if head is None:
            continue
        subject = {w for w in re.findall(r"[a-z]+", fold_words(head.group("subject"))) if w not in _SUBJECT_STOP}
        if not subject:
            continue
        idx = [first]
        for m in ms[1:]:
            if not m.percent or m.value is None or not 30 < m.value < 500 or m.line != first.line:
                break
            if not _INDEX_GAP_RE.fullmatch(p.between(idx[-1], m)):
                break
            idx.append(m)
        avg = ms[len(idx)] if len(idx) < len(ms) else None
        if avg is not None and not (avg.percent and avg.value is not None
                                    and _AVERAGE_GAP_RE.fullmatch(p.between(idx[-1], avg))):
            avg = None
        if avg is not None and avg in idx:
            avg = None
        if len(idx) < 2 or any(not 30 < (m.value or 0) < 500 for m in idx):
            continue
        series = _named_series(p, edits, sentence, subject, len(idx) + 1)
        if series is None:
            continue
        figures, years = series
        if all(y is None for y in years):
            # "Tổng số hộ lần lượt là A, B và C hộ": the years of the year clauses printed before, as many
            before = [m for m in p.mentions if m.sentence < figures[0].sentence]
            clauses = _year_clause_totals(p, edits, before, set())
            if clauses is not None and len(clauses[1]) == len(figures):
                years = list(clauses[1])
        for k, rate in enumerate(idx):
            edits.set_cell(rate.ref, force=True, relation="ratio", refs=(figures[k + 1].ref, figures[k].ref),
                           divides=None, role="ratio")
            edits.note(rate.row.index, f"{p.text(rate)} is {p.text(figures[k + 1])} over {p.text(figures[k])}")
        dated = all(y is not None for y in years) and len(set(years)) == len(years)
        if dated:
            for m, y in zip(figures, years, strict=True):
                if m.cell.period is None:
                    edits.set_cell(m.ref, period=y)
            if avg is not None:
                edits.set_cell(avg.ref, force=True, relation="avg_growth", refs=(figures[-1].ref, figures[0].ref),
                               divides=None, role="ratio", column=f"bằng bình quân {avg.cell.column}".strip())
                edits.note(avg.row.index,
                           f"{p.text(avg)} is the yearly index from {p.text(figures[0])} to {p.text(figures[-1])}")


def _named_series(p: Passage, edits: Edits, sentence: int, subject: set[str],
                  size: int) -> tuple[list[Mention], list[str | None]] | None:
    """The series of ``size`` figures naming ``subject`` in the two sentences before ``sentence``."""
    found: list[tuple[int, list[Mention], list[str | None]]] = []
    for back in (1, 2):
        earlier = [m for m in p.mentions if m.sentence == sentence - back]
        for run in _runs(p, earlier):
            if len(run) != size:
                continue
            words = set(re.findall(r"[a-z]+", fold_words(f"{re.split(r'[,;:()]', p.before(run[0], limit=80))[-1]} "
                                                       f"{p.after(run[-1], limit=20)}")))
            if subject <= words:
                years = [_series_year(p, m, p.between(m, run[k + 1]) if k + 1 < len(run) else p.after(m, limit=30))
                         for k, m in enumerate(run)]
                found.append((len(words - subject), run, years))
        clauses = _year_clause_totals(p, edits, earlier, subject)
        if clauses is not None and len(clauses[0]) == size:
            found.append((99, clauses[0], list(clauses[1])))
        if found:
            break
    if not found:
        return None
    best = min(x[0] for x in found)
    chosen = [x for x in found if x[0] == best]
    if len(chosen) != 1:
        return None
    return chosen[0][1], chosen[0][2]


def _runs(p: Passage, ms: list[Mention]) -> list[list[Mention]]:
    """Figures of one quantity printed side by side ("23.100, 24.050 và 25.300 hộ")."""
    out: list[list[Mention]] = []
    for m in ms:
        if not m.is_value or m.value is None:
            if out and len(out[-1]) and out[-1][-1] is not None:
                out.append([])
            continue
        if out and out[-1]:
            a = out[-1][-1]
            gap = p.between(a, m)
            same = not (a.unit and m.unit and not same_quantity(stock_unit(a.unit), stock_unit(m.unit)))
            if a.line == m.line and same and len(gap) <= 30 and _SERIES_GAP_RE.fullmatch(gap):
                out[-1].append(m)
                continue
        out.append([m])
    return [run for run in out if len(run) >= 2]


_YEAR_CLAUSE_RE = re.compile(r"(?:^|[;.]\s*)\s*(?:đến\s+|trong\s+)?năm\s+(\d{4})(?!\d)[^\d;]{0,40}$", re.IGNORECASE)


def _year_clause_totals(p: Passage, edits: Edits, ms: list[Mention],
                        subject: set[str]) -> tuple[list[Mention], list[str]] | None:
    """One total per year clause ("Năm 2020 có 52.300 nhân khẩu, gồm …; năm 2021 có 53.410 người (…)"):
    the first figure of each clause that opens with "năm YYYY", years one apart, the first naming
    ``subject``."""
    totals: list[Mention] = []
    years: list[str] = []
    for m in ms:
        if not m.is_value or m.value is None or edits.parent_of(m.row.index) is not None:
            continue
        found = _YEAR_CLAUSE_RE.search(p.before(m, limit=60))
        if found is None:
            continue
        totals.append(m)
        years.append(found.group(1))
    if len(totals) < 3 or any(int(b) != int(a) + 1 for a, b in pairwise(years)):
        return None
    if any(not same_quantity(stock_unit(totals[0].unit or ""), stock_unit(m.unit or "")) and m.unit and totals[0].unit
           and not _both_people(totals[0].unit, m.unit) for m in totals[1:]):
        return None
    words = set(re.findall(r"[a-z]+", fold_words(f"{p.before(totals[0], limit=60)} {p.after(totals[0], limit=20)}")))
    if not subject <= words:
        return None
    return totals, years


def _both_people(a: str, b: str) -> bool:
    people = ("người", "nhân khẩu", "khẩu")
    return a.lower() in people and b.lower() in people


# A growth's own words that name nothing but its year: "riêng năm 2022", "năm 2022", "trong năm 2022"
_YEAR_ONLY_RE = re.compile(r"(?:riêng\s+|trong\s+|tính\s+riêng\s+)?năm\s+(\d{4})", re.IGNORECASE)


def year_growths(p: Passage, edits: Edits) -> None:
    """**A growth named by its year alone.** "… năm 2021 đạt 8.930 tỷ đồng và năm 2022 ước đạt 9.660
    tỷ đồng. Bình quân … tăng 7,1 %/năm; riêng năm 2022 tăng 8,2%": a growth whose words name only a
    year prints no figure of its own; it is of the figure printed for that year in the two sentences
    before or its own, over the figure of the year before printed with it (9.660 / 8.930 − 1 = 8,17 %
    ✓). Both must be the only figures of their years there, in one quantity; otherwise nothing is
    recomputed.
    """
    for m in p.mentions:
        cell = m.cell
        if cell.relation != "growth" or cell.refs or cell.divides is not None or _value_in_row(p, m) is not None:
            continue
        named = _YEAR_ONLY_RE.fullmatch(m.row.indicator.strip(" ,;:"))
        if named is None:
            continue
        year = named.group(1)
        near = [x for x in p.mentions[: m.order] if x.is_value and x.value is not None and x.unit is not None
                and 0 <= m.sentence - x.sentence <= 2]
        own = [x for x in near if x.cell.period == year]
        before = [x for x in near if x.cell.period == str(int(year) - 1)]
        if len(own) != 1 or len(before) != 1:
            continue
        current, base = own[0], before[0]
        if current.sentence != base.sentence or not same_quantity(current.unit, base.unit) or current.unit != base.unit:
            continue
        edits.set_cell(m.ref, refs=(current.ref, base.ref))
        edits.note(m.row.index, f"{p.text(m)} is {p.text(current)} over {p.text(base)}")


# "…; năm 2008 bằng", "và đến năm 2013 thì tăng thêm", "năm 2012 tăng lên": a clause opened by the later year
# alone, then the verb of the comparison (folded)
_LATER_YEAR_CLAUSE_RE = re.compile(r"(?:^|[,;:.]|\bva)\s*(?:(?:den|sang|toi|rieng|con)\s+)?nam (?P<year>(?:19|20)\d\d)\s*"
                             rf"(?:thi\s+)?(?P<verb>tang|giam|dat|{INDEX_VERB_FOLDED})(?:\s+(?:them|len|duoc|xuong))?(?:\s+(?:toi|den))?\s*$")
# "… ha so với năm 2011", "% năm 2007", "% so với năm 2007": the earlier year, printed right after the figure
# ("so với thực hiện năm 2011", what that year achieved; "so với 2011", the year without its "năm", cu-lao-dung-soc-trang_3
# reworded, as hau-loc-thanh-hoa_2 prints "so với 2019")
_YEAR_AGAINST_RE = re.compile(r"\s*%?\s*(?:[^\W\d_][^\d,;()]{0,20}?\s+)??(?:(?:so với\s+|với\s+)?(?:thực hiện\s+)?năm\s+|so với\s+(?:thực hiện\s+)?"
                              r"(?=(?:19|20)\d\d(?!\d|[.,]\d)(?!\s+[^\W\d_])))((?:19|20)\d\d)(?!\d)",
                              re.IGNORECASE)


def year_comparisons(p: Passage, edits: Edits) -> None:
    """**A later year compared with an earlier one, both of a series printed before.** "diện tích mía là
    7.806 ha năm 2011, 7.956 ha năm 2012 và 8.215 ha năm 2013. …: năm 2012 tăng lên 150 ha so với năm
    2011, và đến năm 2013 thì tăng thêm 259 ha so với năm 2012": a clause opened by a year alone, then
    "tăng / giảm" and a figure, then "so với năm …", compares the two years' levels printed before it in
    its paragraph: a change in their unit is their difference (8.215 − 7.956 = 259 ✓), a percentage after
    "tăng / giảm" their growth, one after "bằng / đạt" ("năm 2008 bằng 108,2% năm 2007") the later level
    over the earlier, an index (538,2 / 497,3 = 108,2 % ✓). Each year must print exactly one level of one
    quantity before it in its paragraph; after "tăng lên / giảm xuống" the figure is a change only when it
    is smaller than both levels (else it restates the later level). Otherwise nothing is recomputed.
    """
    for m in p.mentions:
        cell = m.cell
        if cell.refs or cell.divides is not None or m.value is None or cell.value.kind != "number":
            continue
        clause = _LATER_YEAR_CLAUSE_RE.search(fold_words(p.lead(m)))
        against = _YEAR_AGAINST_RE.match(p.after(m, limit=40))
        if clause is None or against is None:
            continue
        later, earlier = clause.group("year"), against.group(1)
        if int(earlier) >= int(later):
            continue
        levels: dict[str, list[Mention]] = defaultdict(list)
        for x in p.mentions[: m.order]:
            level = x.is_value or (x.cell.relation == "difference" and x.cell.divides is None and not x.percent
                                   and re.search(r"(?<![a-z])tu\s*$", fold_words(p.lead(x))) is not None)  # "từ 497,3"
            if x.line != m.line or not level or x.value is None or x.percent or x.cell.refs:
                continue
            if _LATER_YEAR_CLAUSE_RE.search(fold_words(p.lead(x))) and _YEAR_AGAINST_RE.match(p.after(x, limit=40)):
                continue  # "năm 2012 tăng lên 150 ha so với (thực hiện) năm 2011": a comparison this rule reads, no level
            year = _printed_year(p, x) or x.cell.period
            if year is not None and year in (later, earlier):
                levels[year].append(x)
        if len(levels[later]) != 1 or len(levels[earlier]) != 1:
            continue
        current, base = levels[later][0], levels[earlier][0]
        if current.value is None or base.value is None or not same_quantity(stock_unit(current.unit), stock_unit(base.unit)):
            continue
        verb = clause.group("verb")
        if m.percent:
            column = f"bằng % so với năm {earlier}" if as_bang(verb) in ("bang", "dat") else (
                f"{'giảm' if verb == 'giam' else 'tăng'} so với năm {earlier}")
            edits.set_cell(m.ref, relation="growth", refs=(current.ref, base.ref), column=column, role="ratio")
        elif verb in ("tang", "giam") and (m.unit is None or same_quantity(stock_unit(m.unit), stock_unit(current.unit))):
            if re.search(r"(?:len|xuong)\s*$", clause.group(0)) and m.value >= min(current.value, base.value):
                continue  # "năm 2012 tăng lên 7.956 ha": the level itself, restated
            first, second = (current, base) if current.value > base.value else (base, current)
            edits.set_cell(m.ref, relation="difference", refs=(first.ref, second.ref), role="other",
                           column=f"{'giảm' if verb == 'giam' else 'tăng'} so với năm {earlier}")
        else:
            continue
        _date_levels(edits, ((current, later), (base, earlier)))
        edits.note(m.row.index, f"{p.text(m)} compares {p.text(current)} ({later}) with {p.text(base)} ({earlier})")


# a sentence that names an average of years ("bình quân", "trung bình"), not a figure per head
_YEARLY_AVERAGE_RE = re.compile(r"(?<![a-z])(?:binh quan|trung binh)(?! (?:dau|moi|mot|1|nhan) ?(?:nguoi|khau|ho|lao))")
# the words of a restated average that name no indicator
_AVERAGE_WORDS = frozenset({"toc", "do", "phat", "trien", "tang", "truong", "binh", "quan", "trung", "giai", "doan", "cao",
                            "nhat", "tiep", "nganh", "nhu", "vay", "muc", "ty", "le", "thap", "hon", "moi", "hang"})


def _average_name(text: str) -> set[str]:
    return _name_words(text) - _AVERAGE_WORDS - _NOT_NAMES


def restated_averages(p: Passage, edits: Edits) -> None:
    """**An average restated in a summary sentence.** A sentence that names an average of years and lists
    indicators with a rate each ("Tốc độ phát triển bình quân của ngành nông lâm thủy sản là 2,42%, công nghiệp -
    tiểu thủ công nghiệp là 6,22%, dịch vụ và thuế sản phẩm là 5,69%"; "tốc độ tăng trưởng giá trị sản xuất bình
    quân giai đoạn 2007-2009 đạt 8,33%, trong đó ngành công nghiệp - xây dựng tăng cao nhất là 15,53%, tiếp đến
    thương mại - dịch vụ 15,01%") restates, for each indicator, the average read earlier from its levels: the
    rate takes the levels of the one earlier average whose indicator its own clause names (2 words at least, 3
    in 5 of the clause's name; the words of rates and averages not counted): "giá trị sản xuất nông - lâm nghiệp
    và thủy sản đạt 1.103 (2015), 1.112 (2016) và 1.157 (2017), …, bình quân 102,42%" -> the summary's 2,42 is
    (1.157 / 1.103)^(1/2) − 1 = 2,42 % ✓, a change (an index under 50 is read as its increase). Two earlier
    averages named alike: not read.
    """
    averages = [(p.by_ref[ref], fields["refs"]) for ref, fields in edits.cells.items()
                if fields.get("relation") == "avg_growth" and len(fields.get("refs") or ()) == 2 and ref in p.by_ref]
    if not averages:
        return
    for m in p.mentions:
        cell = m.cell
        if not m.percent or m.value is None or cell.refs or cell.divides is not None or edits.claimed(m.ref):
            continue
        if cell.relation not in (None, "growth") or not _YEARLY_AVERAGE_RE.search(fold_words(p.sentence_head(m))):
            continue
        clauses = re.split(r"[,;:()]", p.lead(m))
        name = _average_name(f"{m.row.indicator} {clauses[-1]}")
        if len(name) < 2 and len(clauses) > 1:
            # "tốc độ tăng bình quân của công nghiệp - xây dựng cao nhất, đạt 6,22%": the clause before names it
            name = _average_name(f"{m.row.indicator} {clauses[-2]} {clauses[-1]}")
        if len(name) < 2:
            continue
        scored: list[tuple[tuple[int, float], tuple[Ref, Ref]]] = []
        for avg, refs in averages:
            if avg.sentence >= m.sentence or any(r not in p.by_ref for r in refs):
                continue
            end, start = (p.by_ref[r] for r in refs)
            words = _average_name(f"{avg.row.indicator} {start.row.indicator} {end.row.indicator} "
                                  f"{re.split(r'[,;:()]', p.lead(start))[-1]}")
            common = len(name & words)
            if common >= 2 and common / len(name) >= 0.6:
                scored.append(((common, common / len(name | words)), refs))
        scored.sort(key=lambda t: t[0], reverse=True)
        if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        refs = scored[0][1]
        edits.set_cell(m.ref, relation="avg_growth", refs=refs, column="bình quân", role="ratio")
        edits.note(m.row.index, f"{p.text(m)} restates the average from {p.text(p.by_ref[refs[1]])} to "
                                f"{p.text(p.by_ref[refs[0]])}")


RULES = (later_indices, yearly_series, growth_bases, year_growths, year_comparisons, per_capita, times_bases,
         average_growth, plans_elsewhere, from_to_changes, bases_after_words, restated_averages)
