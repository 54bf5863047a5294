"""The base of a printed change found by the words that mark it, wherever the clause prints it.

A growth ("tăng 9,3%"), a factor ("gấp 2,1 lần") or a change in the figure's own unit ("giảm 275 hộ")
compares two figures of one quantity: the current one and the base. Reports print the base in many
places around the rate: before it in parentheses, after it after "so với …", as the start of a
"từ … lên …", as the figure of an earlier year. What marks the base is the same in all of them: the
words printed right before it. This rule reads those words, not the order of the clause, so one
step covers the family of wordings; the current figure is then the one other figure of that
quantity printed before the rate in its clause.

The docstring of ``marked_bases`` shows the constructions (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_patterns import YEAR_RE
from extractor.prose_rates import indicator_words, paragraph_year, part_of_year, targeted
from normalizers.index_words import INDEX_VERB_FOLDED
from normalizers.quantities import same_quantity
from normalizers.text import fold

_CHANGES = ("growth", "times", "difference", "ratio")  # a ratio: "bằng 105,1% so với năm 2022 (35.578 ha)"
# "so với năm 2022 (", "so với cùng kỳ (cùng kỳ đạt ", "so với năm trước là ", "so với dự toán giao "
_COMPARED_RE = re.compile(r"(?<!\w)so(?:\s+với)?(?!\s+sánh)(?P<what>\s[^,;()]{0,40})(?:\(\s*(?P<inner>[^,;()]{0,25}))?$", re.IGNORECASE)
# "so với tháng trước và 7 tháng đạt ": a "và" ends the comparison's words and opens a statement of its own
_NEW_STATEMENT_RE = re.compile(r"(?<!\w)và(?!\w)", re.IGNORECASE)
# "so cùng kỳ (trong đó có ", "(riêng ", "(gồm ": the parenthesis after the comparison opens the figure's parts
_PART_OPENING_RE = re.compile(r"^\s*(?:trong\s+đó|bao\s+gồm|gồm|riêng|chia\s+ra|cụ\s+thể)(?!\w)", re.IGNORECASE)
# "so với năm trước: trong đó cây lâu năm ": the same words, anywhere after the comparison, open the parts
_PARTS_AFTER_RE = re.compile(r"(?<!\w)(?:trong\s+đó|bao\s+gồm|gồm|chia\s+ra)(?!\w)", re.IGNORECASE)
# "(năm 2022: ", "(cùng kỳ đạt ", "(dự toán ", "(năm trước là "; a whole word only: "(KH " marks a plan, "(khách
# quốc tế khoảng " opens a part
_PARENTHESIS_RE = re.compile(
    r"\(\s*(?:so\s+với\s+)?(?P<what>năm\s+(?P<year>\d{4})|cùng\s+kỳ|năm\s+trước|năm\s+ngoái|dự\s+toán|kế\s+hoạch|KH|"
    r"đầu\s+năm|đầu\s+kỳ)(?!\w)[^\d,;()]{0,25}$", re.IGNORECASE)
# "từ 750 tỷ đồng năm 2022 lên 820 tỷ đồng": the start of a movement
_FROM_RE = re.compile(r"(?<!\w)từ\s*(?:mức\s*)?$", re.IGNORECASE)
# "… lên 820 tỷ đồng": the end of a movement
_TO_RE = re.compile(r"(?<!\w)(?:lên|xuống|còn|đến|tới)\s*(?:mức\s*)?$", re.IGNORECASE)
# "Số hộ nghèo đầu năm 1.520 hộ, cuối năm còn 1.245 hộ", "…, năm 2022 là 750 tỷ đồng"
# ("8 tháng đầu năm nay có 73.400 …", "6 tháng đầu năm 2023" name a part of the year, not its start; "từ đầu năm
# đến nay là 36.747 ha" names the running total since the start, not the start's level: round 29)
_START_RE = re.compile(r"(?:(?P<start>(?<!tháng )(?<!từ )đầu\s+năm|đầu\s+kỳ|năm\s+trước|năm\s+ngoái)|năm\s+(?P<year>\d{4}))"
                       r"[^\d,;()]{0,25}$", re.IGNORECASE)


def _year_of(p: Passage, m: Mention) -> int | None:
    """The year the words before ``m`` print for it ("năm 2015 là 24,8"), else its cell's."""
    printed = YEAR_RE.findall(_lead(p, m))
    if printed:
        return int(printed[-1])
    period = m.cell.period or ""
    return int(period) if re.fullmatch(r"\d{4}", period) else None


def _lead(p: Passage, m: Mention) -> str:
    """The words before ``m`` back to the previous figure or the clause start (a ";" or the sentence's start)."""
    return p.lead(m).rpartition(";")[2]


def _marked(p: Passage, x: Mention, others: list[int]) -> bool:
    """Do the words right before ``x`` mark it as the base of a comparison? ``others``: the years of the
    clause's other figures before the rate (a figure led by its year only is a base when one of them is later)."""
    lead = _lead(p, x)
    compared = _COMPARED_RE.search(lead)
    if compared and _NEW_STATEMENT_RE.search(compared.group("what")):
        # "giảm 1,6% so với tháng trước và 7 tháng đạt 81,09 tỷ USD": the comparison ended at "và"; the
        # figure after it is a statement of its own (here of another period), not the rate's base
        compared = None
    if compared and _PARTS_AFTER_RE.search(compared.group("what")):
        # "tăng hơn 3% so với năm trước: trong đó cây lâu năm 3.492ha": the comparison's words ended, and the
        # figure after them is the first of the figure's parts, not the base of its change (round 36: a false
        # error in three districts' rewordings with "…: trong đó", bench_rewordings trongdo_colon)
        compared = None
    if compared and compared.group("inner") is not None and (
            _PART_OPENING_RE.match(compared.group("inner")) or _own_rate_in_parenthesis(p, x)
            or _another_of_its_quantity_inside(p, x)):
        # "tăng 11,25% so với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)", "tăng 2% so
        # cùng kỳ (trong đó có 4,42 triệu con gà, tăng 3%)": the parenthesis lists the figure's parts, each with
        # its own change, not the base of the figure's change (a period's words opening it still mark a base)
        compared = None
    if compared and _MARGIN_RE.search(re.split(r"[,(]", lead[: compared.start()])[-1]):
        # "đạt trên 87% kế hoạch (thấp hơn so cùng kỳ: 23.878 tấn)": by how much the figure falls short of the
        # same period's, not that period's level (a false error: 307.580 / 23.878 read as the 87 %)
        compared = None
    if compared or _PARENTHESIS_RE.search(lead) or _FROM_RE.search(lead):
        return True
    found = _START_RE.search(lead)
    if found is None:
        return False
    if _MARGIN_RE.search(lead[: found.start()].rpartition(",")[2]):
        # "đạt 510 triệu USD, tăng hơn 51,63% …, vượt cả năm 2023 tới 100 triệu USD": by how much the figure
        # passes that year's, not the year's level (a false error: 510 / 100 − 1 = 410 %)
        return False
    if _NEW_STATEMENT_RE.search(lead[found.end("start") if found.group("start") else found.end("year"):]):
        # "gấp 4 lần cùng kỳ năm ngoái và vượt mục tiêu 19.000 tỷ đồng": "năm ngoái" is the rate's own comparison
        # and "và" opens the next one; 19.000 is the target the figure exceeds, no level of the year before
        return False
    if _PARTS_AFTER_RE.search(lead[found.end("start") if found.group("start") else found.end("year"):]):
        return False  # "so với năm trước: trong đó cây lâu năm 3.492ha": a part after the period's words, no base
    if found.group("start"):
        return True
    # "năm 2023 đạt 2.150 tỷ đồng, năm 2022 đạt 1.980 tỷ đồng, tăng 8,6%": the rate may be 2022's own
    # growth; a figure marked by its year only is a base when the rate does not follow it
    return bool(others) and int(found.group("year")) < max(others) and (
        _in_parenthesis(p, x) or not _followed_by_rate(p, x))


# "vượt cả năm 2023 tới", "cao hơn năm trước": the figure after the period's words is a margin over it
_MARGIN_RE = re.compile(r"(?<!\w)(?:vượt|cao\s+hơn|thấp\s+hơn|nhiều\s+hơn|ít\s+hơn)(?!\w)", re.IGNORECASE)
# "bình quân đầu người" names a per-head figure, not an average of years
_AVERAGE_RE = re.compile(r"(?<![a-z])(?:(?:binh quan|trung binh)(?! (?:dau|moi|mot|1|nhan) ?(?:nguoi|khau|ho|lao))|moi nam"
                         r"|hang nam)(?![a-z])|^\s*%?\s*/\s*nam(?![a-z])")


def _average(p: Passage, m: Mention) -> bool:
    """ "tăng bình quân 10% mỗi năm …, từ 4.141,2 tỷ đồng … lên 6.064,9 tỷ đồng": a yearly average, not the
    change between the two levels."""
    return bool(_AVERAGE_RE.search(fold(p.lead(m))) or _AVERAGE_RE.search(fold(p.after(m, limit=20))))


def _followed_by_rate(p: Passage, x: Mention) -> bool:
    nxt = p.next(x)
    return nxt is not None and nxt.sentence == x.sentence and nxt.cell.relation in _CHANGES


def _own_rate_in_parenthesis(p: Passage, x: Mention) -> bool:
    """``x`` is followed by a change inside its parenthesis ("(khách quốc tế 210.000 lượt, tăng 7,45%; …"), not by
    the rate after the parenthesis closes ("so với năm 2023 (50,8 triệu đồng) tăng 9,25%": its base)."""
    nxt = p.next(x)
    return _followed_by_rate(p, x) and nxt is not None and ")" not in p.between(x, nxt)


def _another_of_its_quantity_inside(p: Passage, x: Mention) -> bool:
    """Does the parenthesis ``x`` is printed in hold another figure of ``x``'s quantity after it? Then it lists
    several figures of one kind, the parts of the figure before it ("tăng 2,78% so với năm 2017 (kinh tế nhà
    nước: 46.169 người; kinh tế ngoài nhà nước: 267.814 người; …)"), not one earlier level."""
    close = p.lines[x.line].text.find(")", x.end)
    if close < 0:
        return False
    return any(y.line == x.line and x.end <= y.start < close and y.is_value and y.unit is not None
               and x.unit is not None and same_quantity(y.unit, x.unit) for y in p.mentions[x.order + 1 :])


def _in_parenthesis(p: Passage, x: Mention) -> bool:
    head = p.sentence_head(x)
    return head.count("(") > head.count(")")


def _in_clause(p: Passage, a: Mention, b: Mention) -> bool:
    """``a`` and ``b`` (in reading order) are in one clause: same sentence and line, no ";" and no other
    rate between them."""
    if a.line != b.line or a.sentence != b.sentence or ";" in p.between(a, b):
        return False
    return not any(x.percent or x.cell.relation is not None or _factor(p, x) for x in p.mentions[a.order + 1 : b.order])


def _factor(p: Passage, x: Mention) -> bool:
    """Is ``x`` a factor ("cao gần 1,3 lần"), a rate whether or not the line walker read it as one? "bằng 105% so
    cùng kỳ 2022 và cao gần 1,3 lần so với năm 2019 (81.000 lượt)": 81.000 is the base of the factor printed
    between, not of the 105 % (103.000 / 81.000 = 1,27 ≈ 1,3 ✓; 127 % is no false error of the 105 %)."""
    return re.match(r"\s*lần(?!\w)", p.after(x, limit=10)) is not None


def marked_bases(p: Passage, edits: Edits) -> None:
    """**The base of a change, marked by its words.** A growth, a factor or a change in the figure's own
    unit whose base no other rule found takes as its base the one figure of its clause (same sentence,
    no ";" and no other rate between them) that the words right before it mark as a base, and as its
    current figure the one other figure of that quantity printed before the rate in the clause. The
    marks: "so với …" ("tăng 9,3% so với năm 2022 (750 tỷ đồng)", "so với năm trước là 42.000 tấn thì
    giảm 2,0%", "vượt 38,07% so với dự toán giao 98,5 tỷ đồng"); a parenthesis opened by the base's
    period or kind ("Doanh thu năm 2023 đạt 820 tỷ đồng (năm 2022 đạt 750 tỷ đồng), tăng 9,3%" -> 820 /
    750 − 1 = 9,33 % ✓; "(năm 2022: 750 tỷ đồng)", "(cùng kỳ đạt …)", "(dự toán …)"); "từ" ("từ 24,8
    triệu đồng/người năm 2015 tăng lên 52 triệu đồng/người năm 2023, gấp 2,1 lần" -> 52 / 24,8 = 2,1 ✓);
    the start of the period ("Số hộ nghèo đầu năm 1.520 hộ, cuối năm còn 1.245 hộ, giảm 275 hộ" ->
    1.520 − 1.245 = 275 ✓) or an earlier year than the current figure's ("năm 2023 đạt 52 triệu đồng,
    năm 2022 đạt 48 triệu đồng, tăng 8,3%"). A base printed for a later year than the current figure's
    is no base. Two marked figures, or none, or no current figure: nothing is read. A "và" ends the words
    of a comparison, and the figure after it is a statement of its own: "giảm 1,6% so với tháng trước và 7
    tháng/2017 đạt 81,09 tỷ USD" is no fall from 81,09 (another period's total; a false error). A
    parenthesis after the comparison that opens with a part's words ("trong đó", "gồm", "riêng") or holds
    a figure with a change of its own lists the figure's parts, not its base: "349.000 lượt, tăng 11,25% so
    với cùng kỳ năm trước (khách quốc tế khoảng 210.000 lượt, tăng 7,45%; …)" is no growth from 210.000
    (a false error: 349.000 / 210.000 − 1 = 66 %); "tăng 2% so cùng kỳ (trong đó có 4,42 triệu con gà)"
    neither, and nor does one that holds several figures of the figure's quantity (round 27): "314.000
    người, tăng 2,78% so với năm 2017 (kinh tế nhà nước: 46.169 người; kinh tế ngoài nhà nước: 267.814
    người; …)" is no growth from 46.169. A parenthesis opened by the base's period still marks it ("so với năm 2022 (năm 2022 đạt
    750 tỷ đồng, tăng 5%)"). "N tháng đầu năm" is a part of the year, not its start: "trong hơn 92.000
    doanh nghiệp gia nhập thị trường trong 8 tháng đầu năm nay có hơn 73.400 doanh nghiệp mới thành lập,
    tăng 19,7%" is no growth between the two; nor is "từ đầu năm đến nay" the start of the year (round 29): "diện
    tích bao tiêu là 13.500 ha (tăng 3.270 ha so cùng kỳ), nâng tổng diện tích bao tiêu từ đầu năm đến nay là
    36.747 ha" prints the year's running total, and 3.270 is the change on the same period of the year before, not
    36.747 − 13.500 (a false error). A period's figure after an excess ("vượt", "cao hơn") is by how
    much the figure passes that period, not its level: "đạt kim ngạch 510 triệu USD, tăng hơn 51,63% so với cùng
    kỳ năm trước, vượt cả năm 2023 tới 100 triệu USD" is no growth from 100 (a false error). So is the figure after
    a comparison led by such words (round 24): "sản lượng đạt 307.580 tấn, đạt trên 87% kế hoạch (thấp hơn so cùng
    kỳ: 23.878 tấn)" says by how much the output falls short of the same period's, so 23.878 is no plan and no base.
    Nor is the figure after a part opener that follows the comparison's words (round 36): "đạt 4.902ha, tăng hơn 3%
    so với năm trước: trong đó cây lâu năm 3.492ha" lists the figure's parts after a colon, as "; trong đó" does,
    and 3.492 is no base (4.902 / 3.492 − 1 = 40 % was a false error).
    """
    for m in p.mentions:
        cell = m.cell
        if cell.relation not in _CHANGES or cell.divides is not None or cell.refs or edits.claimed(m.ref):
            continue
        if _average(p, m):
            continue
        clause = [x for x in p.mentions if x.is_value and x.value is not None and x.unit is not None
                  and (_in_clause(p, x, m) if x.order < m.order else _in_clause(p, m, x))]
        before = [x for x in clause if x.order < m.order]
        bases = [x for x in clause
                 if _marked(p, x, [y for y in (_year_of(p, o) for o in before if o is not x) if y is not None])]
        if len(bases) != 1:
            continue
        base = bases[0]
        currents = [x for x in before if x is not base and same_quantity(x.unit, base.unit)]
        if not currents:
            # "giảm 275 hộ, từ 1.520 hộ xuống còn 1.245 hộ": the change first, then its two levels
            currents = [x for x in clause if x.order > base.order > m.order and same_quantity(x.unit, base.unit)
                        and _TO_RE.search(_lead(p, x))]
        own = [x for x in currents if x.row.index == m.row.index]
        if len(own) == 1:
            currents = own
        if len(currents) != 1 or _in_parenthesis(p, currents[0]):
            continue  # no current figure, or two and nothing says which, or an aside
        printed = YEAR_RE.findall(_lead(p, base))  # a base's cell may carry the current's year
        years = _year_of(p, currents[0]), int(printed[-1]) if printed else None
        if years[0] is not None and years[1] is not None and years[1] >= years[0]:
            continue  # a base of the same or a later year is no base
        edits.set_cell(m.ref, refs=(currents[0].ref, base.ref))


# "tăng 15,3%, lên 8.550 tỷ đồng", "bằng 120%, đạt 7.170.343 triệu đồng": the figure a rate printed first is of;
# its comparison may stand between them ("tăng 20% so với năm 2012, đạt 7.170 tỷ đồng"); "đạt mức" is "đạt"
_CURRENT_NEXT_RE = re.compile(r"^\s*%?\s*(?:so\s+(?:với\s+)?(?:cùng\s+kỳ(?:\s+năm\s+(?:trước|ngoái|\d{4}))?|"
                              r"năm\s+(?:\d{4}|trước|ngoái))\s*)?,?\s*(?:và\s+)?(?:lên|lên\s+mức|lên\s+tới|lên\s+đến|đạt|đạt\s+mức|ước\s+đạt|đạt\s+được|"
                              r"thực\s+hiện(?:\s+được)?|là|còn|xuống|xuống\s+còn|ở\s+mức)\s*$", re.IGNORECASE)
# "Mức tăng là 12,1%", "tốc độ tăng trưởng đạt 8,2%": a growth named by a noun, printed as a plain figure
_RATE_NOUN_RE = re.compile(r"(?:^|[\s,])(?P<noun>(?:mức|tốc\s+độ)\s+(?:tăng|giảm)(?:\s+trưởng)?)\s*(?:là|đạt(?:\s+mức)?|ở\s+mức|:)?\s*$",
                           re.IGNORECASE)
# the comparison of a rate: "so với năm 2019", "so với năm trước", "so với cùng kỳ (năm ngoái)"; what a year achieved
# ("so với thực hiện năm 2022", the seed reports) is that year's figure
_AGAINST_RE = re.compile(r"so\s+(?:với\s+)?(?:thực\s+hiện\s+)?(?:(?P<same>cùng\s+kỳ)(?:\s+năm\s+(?:trước|ngoái|(?P<same_year>\d{4})))?|"
                         r"năm\s+(?:(?P<year>\d{4})|trước|ngoái))", re.IGNORECASE)
# words that say nothing of which indicator a rate is of
_PLAIN = frozenset({"muc", "tang", "giam", "la", "dat", "con", "so", "nay", "toc", "do", "truong", "thi", "da", "chi",
                    "duoc", "cung", "ky", "nam", "truoc", "ngoai", "voi", "khoang", "hon", "tren", "gan", "uoc", "va",
                    "nhu", "vay", "cua", "huyen", "toan", "bang", "o", "sang", "thuc", "hien", "den", "trong", "tai",
                    "len", "xuong", "moi", "them", "van", "nhung", "ca", "dia", "ban"})
_PLAN_RE = re.compile(r"(?<![a-z])(?:ke hoach|kh|du toan|chi tieu|nghi quyet|nq|muc tieu|phan dau)(?![a-z])")


def _rate_current(p: Passage, m: Mention) -> Mention | None:
    """The figure a rate is of when its row prints none: the one right after it ("tăng 15,3%, lên 8.550 tỷ
    đồng"), or, for a rate alone in its sentence whose other words name nothing the figure's name does not,
    the one figure of the sentence before ("… đạt 9.585 tỷ đồng, bằng 97,2% kế hoạch. Mức tăng là 12,1%")."""
    nxt = p.next(m)
    if (nxt is not None and nxt.sentence == m.sentence and nxt.line == m.line and nxt.is_value
            and nxt.value is not None and _CURRENT_NEXT_RE.match(p.between(m, nxt))):
        return nxt
    if any(x.sentence == m.sentence and x is not m for x in p.mentions):
        return None
    before = [x for x in p.mentions if x.sentence == m.sentence - 1 and x.line == m.line]
    values = [x for x in before if x.is_value and x.value is not None]
    if len(values) != 1:
        return None
    head = _AGAINST_RE.sub(" ", p.sentence_head(m))
    words = {w for w in re.findall(r"[a-z]+", fold(head)) if not w.isdigit()} - _PLAIN
    name = set(re.findall(r"[a-z]+", p.name(values[0])))
    return values[0] if words <= name else None


def _change_current(p: Passage, m: Mention) -> Mention | None:
    """The figure a change in its unit is of, printed right after it: "tăng 170 ha, đạt 3.570 ha", "giảm 275 hộ
    so với năm 2022, còn 1.245 hộ" (the change's unit, then the words a rate's figure follows)."""
    nxt = p.next(m)
    if (nxt is None or nxt.sentence != m.sentence or nxt.line != m.line or not nxt.is_value or nxt.value is None
            or not (m.unit and nxt.unit and same_quantity(m.unit, nxt.unit))):
        return None
    between = p.between(m, nxt)
    unit = re.match(rf"\s*{re.escape(m.unit)}", between, re.IGNORECASE)
    return nxt if unit is not None and _CURRENT_NEXT_RE.match(between[unit.end():]) else None


def _index_first(p: Passage, m: Mention) -> bool:
    """ "Năm 2013 bằng 120% so với năm trước, đạt 7.170 tỷ đồng", "So với năm trước, năm 2013 bằng 120%, đạt
    7.170 tỷ đồng": a percentage after "bằng" whose figure follows it is an index of that figure, though the
    line walker, reading the percentage first, took it for a value of its own."""
    if not re.search(rf"(?<![a-z])(?:{INDEX_VERB_FOLDED})\s*$", fold(p.lead(m))):  # "tương đương": "bằng" reworded
        return False
    nxt = p.next(m)
    return (nxt is not None and nxt.sentence == m.sentence and nxt.line == m.line and nxt.is_value
            and _CURRENT_NEXT_RE.match(p.between(m, nxt)) is not None)


def _name(p: Passage, x: Mention) -> set[str]:
    """What ``x`` is a figure of, as words without the unit and the words of comparison."""
    return indicator_words(p.name(x)) - _PLAIN - indicator_words(x.unit or "") - {"so", "nay", "con"}


def _named_base(p: Passage, m: Mention, current: Mention, year: str) -> Mention | None:
    """The one figure of ``year`` printed before ``current``, of its quantity, named like it: the name is the
    rate's and the figure's (the line walker may give either the indicator's words); a figure named by
    nothing but "con số này" ("this figure") is named as the one figure of the sentence before it. The
    shorter of the two names is covered at least 3 in 5, by 2 words at least."""
    name = _name(p, m) | _name(p, current)
    if not name:
        before = [x for x in p.mentions[: current.order] if x.sentence == current.sentence - 1 and x.is_value]
        if len(before) == 1:
            name = _name(p, before[0])
    scored: list[tuple[float, Mention]] = []
    for x in p.mentions[: current.order]:
        if not x.is_value or x.value is None or x.row.index in (m.row.index, current.row.index):
            continue
        if not same_quantity(x.unit, current.unit) or x.unit != current.unit or paragraph_year(p, x) != year:
            continue
        other = _name(p, x)
        common = len(name & other)
        if common >= 2 and common / max(1, min(len(name), len(other))) >= 0.6:
            scored.append((common / len(name | other), x))
    scored.sort(key=lambda t: t[0], reverse=True)
    if not scored or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return scored[0][1]


def rates_apart(p: Passage, edits: Edits) -> None:
    """**A rate printed before its figure, or in a sentence of its own.** "So với cùng kỳ, giá trị sản xuất
    tăng 15,3%, lên 8.550 tỷ đồng" (the figure after the rate, joined by "lên", "đạt", "thực hiện được",
    "là", "còn"), "… tổng giá trị sản xuất năm 2020 đạt 9.585 tỷ đồng, bằng 97,2% kế hoạch. Mức tăng là
    12,1%" and "So với năm 2019, thu nhập tăng 8,4%" (a rate alone in its sentence, of the one figure of the
    sentence before, when its words name nothing that figure's name does not). The base is then read as
    for any growth: the figure of the year the comparison names ("so với năm 2019"), of the year before
    ("so với năm trước"), or of the same part of the year before ("so với cùng kỳ", or no comparison), named
    like the current one: "Năm 2019 … giá trị sản xuất đạt 8.550 tỷ đồng" -> 9.585 / 8.550 − 1 = 12,1 % ✓.
    A rate against a plan ("bằng 97,2% kế hoạch") is left to the plan rules. The comparison may stand between
    the rate and its figure, and an index "bằng …" printed first is read the same way: "Năm 2012, tổng giá trị
    sản xuất … là 5.986.334 triệu đồng. So với năm trước, năm 2013 bằng 120%, đạt 7.170.343 triệu đồng" ->
    7.170.343 / 5.986.334 = 119,78 % ✓; "tăng 16% so với năm 2021, đạt 478 tỷ đồng" likewise, and so is a
    change in the figure's unit: "Năm 2020, mỗi người dân có thu nhập bình quân 44,57 triệu đồng. So với năm
    2020, năm 2021 thu nhập bình quân đầu người tăng 4,58 triệu đồng, lên 49,15 triệu đồng" -> 49,15 − 44,57 =
    4,58 ✓.
    """
    for m in p.mentions:
        cell = m.cell
        # "So với năm 2020, thu nhập bình quân đầu người tăng 4,58 triệu đồng, lên 49,15 triệu đồng": a change in
        # the figure's unit, printed before its figure, is read as a rate is
        change = not m.percent and cell.relation == "difference" and cell.value.kind == "number"
        if not (m.percent or change) or m.value is None or cell.divides is not None or cell.refs \
                or edits.claimed(m.ref) or _average(p, m):
            continue
        noun = _RATE_NOUN_RE.search(p.lead(m)) if cell.relation is None else None
        index = cell.relation is None and noun is None and _index_first(p, m)
        if cell.relation not in ("growth", "ratio") and noun is None and not index and not change:
            continue
        if any(x.row.index == m.row.index and x.is_value for x in p.mentions):
            continue  # its row prints its figure: the other rules read it
        if _PLAN_RE.search(fold(cell.column)) or _PLAN_RE.search(fold(p.sentence_head(m))):
            continue
        current = _change_current(p, m) if change else _rate_current(p, m)
        if current is None:
            continue
        own = paragraph_year(p, current)
        if own is None or not re.fullmatch(r"\d{4}", own):
            continue
        against = _AGAINST_RE.search(p.sentence_head(m) + p.text(m) + p.after(m, limit=40))
        same_period = against is None or against.group("same") is not None
        year = (against.group("year") or against.group("same_year")) if against is not None else None
        year = year or str(int(own) - 1)
        if (cell.relation == "ratio" or index) and against is None:
            continue  # "bằng 97,2%" with no comparison: of a plan, a share, … not said
        base = _named_base(p, m, current, year)
        if base is None:
            continue
        if same_period and (base.cell.role not in ("actual", "estimate") or targeted(p, base)
                            or part_of_year(p, base) != part_of_year(p, current)):
            continue
        if noun is not None:
            edits.set_cell(m.ref, relation="growth", column=noun.group("noun"), refs=(current.ref, base.ref))
        elif index:
            edits.set_cell(m.ref, relation="ratio", role="ratio", column="bằng %", refs=(current.ref, base.ref))
        else:
            edits.set_cell(m.ref, refs=(current.ref, base.ref))
        edits.note(m.row.index, f"{p.text(m)} is {p.text(current)} over {p.text(base)}")


RULES = (marked_bases, rates_apart)
