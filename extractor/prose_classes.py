"""Parts printed sentence by sentence: a whole, then one sentence (or clause) per class of a known
classification, with no list word between them.

Reports re-worded for reading break a total into its sectors, urban and rural, men and women, poor
and near-poor households … without "trong đó" or "gồm": "Năm 2015, tổng giá trị sản xuất là 2.770.987
triệu đồng. Nông, lâm, ngư nghiệp đóng góp 1.537.566 triệu đồng. Công nghiệp … 355.381 triệu đồng;
thương mại, dịch vụ 878.040 triệu đồng." What says these are parts is that each names one class of
one classification (``prose_categories.FAMILIES``) and together they name all of it; what says
which figure is their whole is its quantity, its size and where it stands.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from extractor.prose_categories import FAMILIES, Family, categories_named
from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_patterns import YEAR_RE
from extractor.prose_wholes import decide, provincial_grdp
from extractor.prose_year_labels import label_year, sentence_year
from normalizers.quantities import same_quantity, unit_of
from normalizers.text import fold_words

# "nam" folds from "năm" (a year) too: men and women are told by the printed words
_SEX_RE = re.compile(r"(?<!\w)(?:nam|nữ|nam giới|nữ giới)(?!\w)", re.IGNORECASE)
# words that make a figure printed after the parts their sum ("Tổng cộng 1.142 hộ", "Tổng dân số … là")
_SUM_AFTER_RE = re.compile(r"(?<![a-z])(?:tong cong|cong lai|cong chung|tinh chung|tong so|tong dan so)(?![a-z])")
# words that say a figure printed before the parts is a total ("tổng giá trị sản xuất", "toàn huyện")
_WHOLE_RE = re.compile(r"(?<![a-z])(?:tong|toan|dan so|ca)(?![a-z])")
_CLAUSE_BREAK_RE = re.compile(r"[;:()]|(?<!\d),|,(?!\d)")
# "và" ends a figure's words when another figure follows it in the clause ("8.064 người và nông thôn
# 24.266 người"), a year being no such figure ("hộ nghèo và cận nghèo năm 2022")
_TAIL_BREAK_RE = re.compile(r"[;,.()]|(?<!\w)và(?=[^;,.()\d]*(?!(?:19|20)\d\d(?![\d.,]))\d)")
_SENTENCES_BACK = 4  # how far before its first part a whole may be printed
# Classifications of a whole by kind, whose class names are not words every sentence may print:
# places ("xã Ma Li Pho (12 ha)" is a place, not the class of communes), targets ("ước đạt"), taxes
# ("thuế") or budgets ("ngân sách") are left to the rules that read them inside one list.
_KINDS = frozenset({"sectors", "urban_rural", "sex", "ethnicity", "poverty", "land", "ownership", "workplace", "province",
                    "forest", "revenue_origin", "budget_level"})


def _unit_word(m: Mention) -> str:
    """The scale word of a figure's unit, folded: "trieu" for "triệu đồng", "triệu" and "tr.đ" alike ("1.552.557
    triệu, 544.278 triệu và 1.112.783 tr.đ" are printed in one scale), "ty" for "tỷ" and "tỉ đồng"."""
    if not m.unit:
        return ""
    unit = unit_of(m.unit)
    return fold_words(unit.canonical if unit is not None and unit.dimension == "money" else m.unit).split(" ")[0]


def _fits(a: Mention, b: Mention) -> bool:
    """Same quantity, or the same first word of the unit ("1.552.557 triệu" beside "544.278 triệu đồng"),
    never amounts in two currencies ("… 5.147 tỷ đồng. Tổng kim ngạch xuất nhập khẩu … 3 tỷ 362 triệu USD":
    the trade turnover is no part of a budget in đồng, whatever "tỷ" they share)."""
    if _other_currency(a.unit, b.unit):
        return False
    return same_quantity(a.unit, b.unit) or (bool(a.unit) and bool(b.unit) and _unit_word(a) == _unit_word(b))


def _other_currency(a: str | None, b: str | None) -> bool:
    """Two units of money in different currencies ("tỷ đồng", "tỷ USD")."""
    ua, ub = unit_of(a), unit_of(b)
    return ua is not None and ub is not None and ua.dimension == ub.dimension == "money" and ua.base != ub.base


def _clause(p: Passage, m: Mention, since: int) -> tuple[str, str]:
    """The words of ``m``'s clause before it (from a break, never before ``since``) and after it up
    to the next break, as printed; and the wider head from ``since``."""
    text = p.lines[m.line].text
    head = text[since : m.start]
    near = _CLAUSE_BREAK_RE.split(head)[-1]
    # "9.151 nam và 8.968 nữ" ends at "và"; "1.142 hộ nghèo và cận nghèo" names both
    rest = text[m.end : p.sentence_bounds(m)[1]]
    # the first break only: splitting the whole rest of a long sentence at every figure was quadratic
    cut = _TAIL_BREAK_RE.search(rest)
    tail = rest[: cut.start()] if cut else rest
    return f"{near} {tail}", f"{head} {tail}"


def _classes(family: Family, printed: str) -> frozenset[str]:
    """The classes ``printed`` names, each side of a "và" apart ("hộ nghèo và cận nghèo" names two)."""
    named: set[str] = set()
    for piece in re.split(r"(?<!\w)và(?!\w)", printed):
        if family.name == "sex" and not _SEX_RE.search(piece):
            continue
        named |= categories_named(piece, family.name)
    return frozenset(named)


def _class_of(p: Passage, m: Mention, family: Family, since: int) -> str | None:
    """The one class of ``family`` that ``m``'s own words name: its clause first, else its sentence's
    words since the figure before it of its quantity ("Thương mại, dịch vụ tăng mạnh nhất với 16,24%,
    ước đạt 3.400 tỷ đồng")."""
    near, wide = _clause(p, m, since)
    for printed in (near, wide):
        named = _classes(family, printed)
        if len(named) == 1:
            return next(iter(named))
        if named:
            return None
    return None


def _since(p: Passage, m: Mention, prev: Mention | None) -> int:
    """Where ``m``'s own words may start: its sentence's start, a ";" after it, or the end of the figure
    before it (for the first part, any quantity's; for a later part, the part before it, so a share or
    a growth rate between them is passed over)."""
    start = p.sentence_bounds(m)[0]
    if prev is None:
        prev = next((x for x in reversed(p.mentions[: m.order]) if x.is_value), None)
    if prev is not None and prev.line == m.line and prev.end > start:
        start = prev.end
    text = p.lines[m.line].text
    semi = text.rfind(";", start, m.start)
    return semi + 1 if semi >= 0 else start


def _candidates(p: Passage) -> list[list[Mention]]:
    """The figures of each paragraph that may be parts or wholes: quantities, not rates or fractions."""
    out: dict[int, list[Mention]] = {}
    for m in p.mentions:
        if m.is_value and m.value is not None and m.cell.value.kind in ("number", "comparator"):
            out.setdefault(m.line, []).append(m)
    return list(out.values())


def _runs(p: Passage, ms: Sequence[Mention], family: Family) -> list[tuple[list[Mention], set[str]]]:
    """Runs of figures of one quantity, each naming another class of ``family``; figures of other
    quantities between them (a part's growth, its share) are passed over. A figure printed without
    its unit after its class's name ("Số hộ nghèo là 543, tỷ lệ 8,98%") takes the run's."""
    runs: list[tuple[list[Mention], set[str]]] = []
    for i, first in enumerate(ms):
        cls = _class_of(p, first, family, _since(p, first, None))
        if cls is None:
            continue
        run, named, last, unit = [first], {cls}, first, first if first.unit else None
        for m in ms[i + 1 :]:
            if m.unit is not None and unit is not None and not _fits(unit, m):
                continue
            if m.sentence > last.sentence + 1:
                break
            c = _class_of(p, m, family, _since(p, m, last))
            if c is None or c in named:
                break
            run.append(m)
            named.add(c)
            last = m
            unit = unit or (m if m.unit else None)
        if len(run) >= 2 and unit is not None and not any(set(r) >= set(run) for r, _ in runs):
            runs.append((run, named))
    return runs


def _unit_of_run(run: Sequence[Mention]) -> Mention:
    return next(m for m in run if m.unit)


def _own_words(p: Passage, m: Mention) -> str:
    """The words of ``m``'s clause, from the figure before it (or the sentence start, or a ";")."""
    return _clause(p, m, _since(p, m, None))[1]


def _whole_words(p: Passage, m: Mention) -> bool:
    return bool(_WHOLE_RE.search(fold_words(_own_words(p, m))))


def _sum_words(p: Passage, m: Mention) -> bool:
    """A figure said to be the sum of what came before it: "Tổng cộng 1.142 hộ", "Cộng lại, …", "tổng
    số …"; never a next year's total ("Hai năm sau, tổng giá trị sản xuất lên 3.209.618 triệu đồng")."""
    return bool(_SUM_AFTER_RE.search(fold_words(_own_words(p, m))))


def _names_classes(p: Passage, m: Mention, family: Family) -> bool:
    """A figure that names two classes of ``family`` ("707 hộ nghèo và cận nghèo")."""
    return len(_classes(family, _own_words(p, m))) >= 2


def _whole_for(p: Passage, edits: Edits, ms: Sequence[Mention], run: Sequence[Mention],
               family: Family) -> Mention | None:
    """The whole of a run: the figure of its quantity printed right after it as their sum ("Tổng cộng
    1.142 hộ …", "Tổng dân số … là 10.272 người"); else the one figure of its quantity printed before it
    (a few sentences back) that is bigger than each part: the nearest one of their sentence, else the
    one that is no part itself, of several the one said to be a total ("tổng giá trị sản xuất …"); else one right after it that names their classes."""
    biggest = max(m.value or 0 for m in run)
    first, last, unit = run[0], run[-1], _unit_of_run(run)
    after = [m for m in ms if m.order > last.order and _fits(unit, m) and m.sentence <= last.sentence + 1]
    after = after[:1] if after and (after[0].value or 0) > biggest and edits.parent_of(after[0].row.index) is None else []
    if after and _sum_words(p, after[0]):
        return after[0]
    wholes_of_family = {b.whole for b in edits.breakdowns if b.partition and any(
        _class_of(p, p.by_ref[r], family, _since(p, p.by_ref[r], None)) for r in b.parts if r in p.by_ref)}
    # a headline's figure ("Tây Giang thu ngân sách 6 tháng đạt 327 tỷ đồng" over an article whose paragraph
    # lists the sectors' values) is the title's subject, not the whole of the parts below it
    before = [m for m in ms if m.order < first.order and _fits(unit, m) and m.sentence >= first.sentence - _SENTENCES_BACK
              and (m.line == first.line or not _headline(p, m)) and (m.value or 0) > biggest and m.ref not in wholes_of_family
              and _class_of(p, m, family, _since(p, m, None)) is None]
    own = [m for m in before if m.sentence == first.sentence and m.line == first.line
           and not _closed_half(p, m, first, family)]
    if own:
        return own[-1]  # "2.485 người làm việc trong nước (trong tỉnh 2.335 người, ngoài tỉnh 550 người)"
    before = [m for m in before if edits.parent_of(m.row.index) is None]
    year = sentence_year(p, run)
    if year is not None:
        # "tổng quy mô nền kinh tế đạt 4.789 tỷ đồng năm 2015, 5.749 tỷ đồng năm 2016 và 7.058 tỷ đồng năm 2017. Năm
        # 2017, khu vực công nghiệp xây dựng đạt 3.562 tỷ đồng …": a figure labelled with another year than the one
        # the parts' sentences name is that year's total, not theirs (phu-binh-thai-nguyen_2: 4.789, said "tổng",
        # was taken, a false error; the 2017 parts are of 7.058)
        before = [m for m in before if label_year(p, m) in (None, year)]
    elif _series_of_years(p, before):
        # "tổng dân số là 226.258 người năm 2015, 228.385 người năm 2016 và 229.721 người năm 2017. … Nữ giới có
        # 115.981 người, nam giới 113.740 người": parts whose sentences name no year may be of any year's total
        before = [m for m in before if label_year(p, m) is None]
    if len(before) == 1:
        return before[0]
    said = [m for m in before if _whole_words(p, m)]
    if len(said) == 1:
        return said[0]
    return after[0] if after and _names_classes(p, after[0], family) else None


def _series_of_years(p: Passage, before: Sequence[Mention]) -> bool:
    """Are two of the candidate wholes ``before`` labelled with two different years (a total's series)?"""
    return len({label_year(p, m) for m in before} - {None}) >= 2


def _closed_half(p: Passage, m: Mention, first: Mention, family: Family) -> bool:
    """``m`` names one class of another classification than ``family`` whose other class is printed after it,
    before ``first``: that classification's list closed before the run, so the run breaks down the whole again,
    not ``m`` ("Năm 2017, dân cư thành thị là 137.916 người, chiếm 60,0%, dân cư nông thôn là 91.805 người,
    chiếm 40,0%; nữ giới có 115.981 người, nam giới 113.740 người": the sexes are of the 229.721 people printed
    before, not of the urban 137.916). A run printed right after its half, before the other half, still breaks
    that half down ("thành thị 31.250 người, gồm nam …, nữ …; nông thôn 121.150 người, gồm nam …"), as
    ``prose_wholes._pair_went_on`` reads it for the pairs of one sentence (round 37)."""
    between = [x for x in p.mentions[m.order + 1 : first.order] if x.is_value and x.line == m.line]
    for other in FAMILIES:
        if other.name == family.name or other.name not in _KINDS:
            continue
        own = _class_of(p, m, other, _since(p, m, None))
        if own is None:
            continue
        if any(_class_of(p, x, other, _since(p, x, None)) not in (None, own) for x in between):
            return True
    return False


# a line that ends a sentence, a clause or a list item: a statement, not a title
_STATEMENT_END_RE = re.compile(r"[.!?…:;,)]\s*$")
_HEADLINE_WORDS = 25


def _headline(p: Passage, m: Mention) -> bool:
    """``m`` is printed in a title: a short line of one sentence that does not end as a statement does
    ("Tây Giang thu ngân sách 6 tháng đạt 327 tỷ đồng", above the article that reports it)."""
    text = p.lines[m.line].text.strip()
    return (len(p.lines[m.line].sentence_starts) == 1 and len(text.split()) <= _HEADLINE_WORDS
            and not _STATEMENT_END_RE.search(text))


def _other_year(p: Passage, whole: Mention, run: Sequence[Mention]) -> bool:
    """Parts whose words name years the whole's sentence does not ("Giá trị sản xuất năm 2021 đạt
    4.150.200 triệu đồng. Năm 2020 nông, lâm, thủy sản đạt …": another year's sectors), or parts whose
    sentences name years no other part's does (one part of 2016, the next of 2015)."""
    dated = [set(YEAR_RE.findall(p.sentence_head(m))) for m in run]
    dated = [years for years in dated if years]
    if any(not a & b for a, b in pairwise(dated)):
        # "Tính tới năm 2016, dân cư nông thôn lên tới 125.576 người … Dân số thành thị năm 2015 là 13.350
        # người": parts printed in sentences of different years are no one year's breakdown
        return True
    named = set().union(*dated) if dated else set()
    a, b = p.sentence_bounds(whole)
    around = set(YEAR_RE.findall(p.lines[whole.line].text[a:b]))
    return bool(named) and bool(around) and not named & around


# words before a class's name that name no measure ("ngành Nông nghiệp", "khu vực thành thị", "năm 2021")
_NO_MEASURE = frozenset({"nganh", "khu", "vuc", "linh", "cua", "nam", "trong", "do", "gom", "rieng", "ve", "doi",
                         "voi", "tong", "so", "con", "lai", "cac", "va", "thi", "o", "tai", "uoc", "dat", "la", "co"})


def _pairs(words: Sequence[str]) -> set[tuple[str, str]]:
    return set(pairwise(words))


def _measure_apart(p: Passage, whole: Mention, part: Mention, family: Family) -> bool:
    """A part's clause names, before its class, a measure (two syllables running) the whole's words do not
    print: "tổng thu ngân sách … ước đạt 522 tỷ đồng, …; giá trị tăng thêm ngành Thương mại- Dịch vụ … ước
    đạt trên 3,7 tỷ đồng; ngành Công nghiệp- Xây dựng … trên 1,4 tỷ đồng; ngành Nông nghiệp … 5,2 tỷ đồng;
    tổng doanh thu bán lẻ hàng hóa và dịch vụ … 6,2 tỷ đồng" are the sectors' value added and the retail
    sales, no parts of the budget revenue (3,7 + 1,4 + 5,2 ≠ 522 was a false error). A part that names only
    its class ("ngành Nông nghiệp ước đạt …") says nothing of its measure. Read for the sectors only, whose
    values are named by many measures (output, value added, revenue, sales, investment); a class of people
    is named with its noun ("người dân tộc thiểu số 5.560 người" under "Xã Hòa Ân có 8.558 người")."""
    # the clause from its ";", ":" or parenthesis: a comma may be inside the class's name ("Nông, lâm nghiệp và thủy sản")
    near = " " + fold_words(re.split(r"[;:()]", p.lines[part.line].text[_since(p, part, None) : part.start])[-1]) + " "
    at = min((i for _, words in family.members for w in words if (i := near.find(w)) >= 0), default=-1)
    if at < 0:
        return False
    named = {w for _, words in family.members for phrase in words for w in re.findall(r"[a-z]+", phrase)}
    measure = [w for w in re.findall(r"[a-z]+", near[:at]) if w not in _NO_MEASURE and w not in named]
    return len(measure) >= 2 and not _pairs(measure) & _pairs(re.findall(r"[a-z]+", p.name(whole)))


# the words that open a clause: after a ";", a ":", a parenthesis or a comma that is no decimal mark
_ITEM_OPEN_RE = re.compile(r"[;:()]|(?<!\d),|,(?!\d)")


def _opening_word(p: Passage, m: Mention, since: int) -> str:
    """The first word of ``m``'s clause (from a break, never before ``since``), folded: "thu" for
    "; thu từ dầu thô ước thực hiện 15.728 tỷ đồng"."""
    head = _ITEM_OPEN_RE.split(p.lines[m.line].text[since : m.start])[-1]
    words = re.findall(r"[a-z]+", fold_words(head))
    return words[0] if words else ""


def _unread_item(p: Passage, ms: Sequence[Mention], run: Sequence[Mention], whole: Mention) -> Mention | None:
    """A figure of the run's quantity printed as one more item of its list that names no class of its
    classification: next to the first or the last part, in their sentence (or the next one, when the parts
    are printed one per sentence), its clause opening with the
    word each part's clause opens with ("thu nội địa …; thu từ hoạt động xuất nhập khẩu …; thu từ dầu thô
    … 15.728 tỷ đồng": the oil revenue is an item the revenue origins do not name)."""
    unit = _unit_of_run(run)
    openings = {_opening_word(p, m, _since(p, m, prev)) for prev, m in zip((None, *run[:-1]), run, strict=True)}
    if len(openings) != 1 or "" in openings:
        return None
    taken = {m.ref for m in run} | {whole.ref}
    after = [m for m in ms if m.order > run[-1].order and m.ref not in taken]
    before = [m for m in ms if m.order < run[0].order and m.ref not in taken]
    # parts printed one per sentence may have their unread item in the next (or the previous) sentence
    apart = int(run[-1].sentence > run[0].sentence)
    for m, prev, near in ((after[0] if after else None, run[-1], run[-1]), (before[-1] if before else None, None, run[0])):
        if m is None or m.line != near.line or abs(m.sentence - near.sentence) > apart or (m.unit and not _fits(unit, m)):
            continue
        if _opening_word(p, m, _since(p, m, prev)) in openings:
            return m
    return None


def classified_parts(p: Passage, edits: Edits) -> None:
    """**Parts in the sentences after their whole.** "Năm 2015, tổng giá trị sản xuất của huyện là
    2.770.987 triệu đồng. Nông, lâm, ngư nghiệp đóng góp 1.537.566 triệu đồng. Công nghiệp, tiểu thủ
    công nghiệp đạt 355.381 triệu đồng; thương mại, dịch vụ 878.040 triệu đồng": figures of one quantity
    printed one after another, in their own sentences or clauses, each naming another class of one
    classification (the three sectors, urban / rural, men / women, poor / near-poor / not poor, the land
    categories …), are the parts of the figure of that quantity printed before them in the paragraph,
    bigger than each and no part itself (1.537.566 + 355.381 + 878.040 = 2.770.987 ✓), a partition
    when they name every class ("Dân số toàn huyện là 82.594 người. Khu vực nông thôn có 69.230 người;
    thành thị có 13.364 người": 82.594 ✓). A part's growth or share between them is passed over
    ("Thương mại, dịch vụ tăng mạnh nhất với 16,24%, ước đạt 3.400 tỷ đồng"). The whole may come after
    them, said to be their total ("Số hộ nghèo là 263 hộ. Hộ cận nghèo có 444 hộ. Cộng lại, thành thị có
    707 hộ nghèo và cận nghèo": 707 ✓). A whole printed in another paragraph is read when that paragraph is a
    statement ("Năm 2017, tổng giá trị sản xuất … ước đạt 9.960 tỷ đồng …." over a paragraph of the three
    sectors), never when it is a headline, a short line of one sentence that does not end as one: "Tây Giang thu
    ngân sách 6 tháng đạt 327 tỷ đồng" above an article whose paragraph gives the production values of the
    sectors and the retail sales is the title's subject, not their total (72 + 80 + 82,4 ≠ 327 was a false
    error). Parts that do not name every class, a whole that cannot be told
    from another figure of its quantity, or one of another year than the parts name ("… năm 2021 đạt
    4.150.200 triệu đồng. Năm 2020 nông, lâm, thủy sản …") are not read: they may be some of another total.
    Nor is a list read without one of its own items: a figure of the parts' quantity, next to them in their
    sentence, whose clause opens with the word every part's clause opens with, but which names no class of the
    classification, is an item the classification does not know, so the classes named are not all of the
    whole: "tổng thu … 371.307 tỷ đồng. …, thu nội địa … 261.758 tỷ đồng …; thu từ hoạt động xuất nhập khẩu …
    93.512 tỷ đồng …; thu từ dầu thô … 15.728 tỷ đồng" gives no 261.758 + 93.512 ≠ 371.307 (a false error on a
    raw page: the crude oil was left out of the sum). An amount in another currency is no figure of the parts'
    quantity, whatever scale word it shares: "… trong đó thu nội địa ước thực hiện gần 5.147 tỷ đồng …. Tổng
    kim ngạch xuất nhập khẩu hàng hóa ước đạt 3 tỷ 362 triệu USD" is no domestic and trade revenue of the
    budget in đồng (5.147 + 3,362 ≠ 15.500 was a false error: the turnover was read in tỷ đồng).
    Of a series of totals each labelled with its year, the parts whose sentence names one year break down that
    year's (round 37): "tổng quy mô nền kinh tế đạt 4.789 tỷ đồng năm 2015, 5.749 tỷ đồng năm 2016 và 7.058 tỷ đồng
    năm 2017 …. Năm 2017, khu vực công nghiệp xây dựng đạt 3.562 tỷ đồng, chiếm 50,47%; …" -> 3.562 + 2.129 + 1.366
    ≈ 7.058 ✓ and 3.562 / 7.058 = 50,47 % ✓ (the 4.789 "tổng" of 2015 was taken: a false error).
    A half of another classification whose other half is printed before the run is no whole of it: that list
    closed, the run breaks down the whole again (round 38): "Năm 2017, dân cư thành thị là 137.916 người, chiếm
    60,0%, dân cư nông thôn là 91.805 người, chiếm 40,0%; nữ giới có 115.981 người, nam giới 113.740 người" ->
    115.981 + 113.740 = 229.721 ✓, the population printed before (under 137.916 it was a false error). Parts whose
    sentences name no year take no whole from a series of one total by year ("tổng dân số là 226.258 người năm 2015,
    228.385 người năm 2016 và 229.721 người năm 2017. … Nữ giới có 115.981 người, nam giới 113.740 người": which
    year's is not said; 2015's, said "tổng", was taken, a false error).
    """
    everywhere = [m for ms in _candidates(p) for m in ms]
    for ms in _candidates(p):
        for family in (f for f in FAMILIES if f.name in _KINDS):
            for run, named in _runs(p, ms, family):
                parents = {edits.parent_of(m.row.index) for m in run} - {None}
                if len(parents) > 1:
                    continue
                if len({_unit_word(m) for m in run if m.unit}) != 1:
                    continue  # parts printed in two scales are not summed as printed
                whole = _whole_for(p, edits, everywhere, run, family)
                if whole is None or whole.row.index in {m.row.index for m in run} or parents - {whole.row.index}:
                    continue
                if _other_year(p, whole, run):
                    continue
                if family.name == "sectors" and whole.order < run[0].order and any(
                        _measure_apart(p, whole, m, family) for m in run):
                    continue
                how = "parts in the sentences after their whole"
                if family.name == "sectors" and "product_taxes" not in named and provincial_grdp(p, whole):
                    # a province's GRDP holds the product taxes besides its three sectors: unprinted, the sectors
                    # are some of it (left to the subset rules)
                    continue
                if named >= set(family.required or (c for c, _ in family.members)):
                    partition, how = True, f"{how}: they name every category of {family.name.replace('_', ' ')}"
                else:
                    partition, how = decide(p, run, opener_complete=False, how=how, whole=whole)
                if not partition:
                    continue
                if _unread_item(p, ms, run, whole) is not None:
                    continue  # a list read without one of its own items is not summed
                edits.widen_subsets(whole.ref, [m.ref for m in run])
                if edits.add_breakdown(Breakdown(whole.ref, [m.ref for m in run], True, how)):
                    for m in run:
                        if m.unit is None and whole.unit is not None:
                            edits.units[m.row.index] = whole.unit  # "Số hộ nghèo là 543": hộ, as its whole


RULES = (classified_parts,)
