"""Changes a passage prints with both of their ends: a rate's fall in points against the rate of an
earlier year, a change in points whose two rates its sentence prints, and a chain of yearly figures with an
index after each.

Each rule is a function ``(Passage, Edits) -> None`` whose docstring shows the construction it reads
(docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_rates import undated_start
from normalizers.index_words import INDEX_VERB
from normalizers.quantities import same_quantity, stock_unit
from normalizers.text import fold

# "tỷ lệ hộ nghèo còn", "tỷ lệ hộ nghèo chiếm (tới)": the rate's name, up to the verb that gives its figure
_RATE_NAME_RE = re.compile(r"(?<![a-z])(ty le(?: [a-z]+){1,6}?)\s*(?:chiem(?: toi| den)?|con|la|dat|giam con|xuong con|:)?\s*$")
_BASE_YEAR_RE = re.compile(r"so(?:\s+với)?\s+(?:năm\s+)?(\d{4})\b", re.IGNORECASE)


def _rate_name(p: Passage, m: Mention) -> str | None:
    """The folded name of the rate ``m`` prints, from the words just before it ("tỷ lệ hộ nghèo"; "tỷ lệ hộ
    nghèo giảm xuống còn" names it too)."""
    lead = re.sub(r"[^a-z0-9 ]+", " ", fold(p.lead(m)))
    lead = re.sub(r"\s(?:giam|tang)(?: xuong| len)?(?= con| xuong con)", "", re.sub(r"\s+", " ", lead).strip())
    found = _RATE_NAME_RE.search(lead)
    return found.group(1) if found else None


def _is_rate(m: Mention) -> bool:
    """A printed percentage that states a level ("tỷ lệ hộ nghèo 3,41%"), not a ratio to a plan."""
    return bool(m.cell.value.percent) and m.cell.value.value is not None and m.cell.divides is None \
        and not m.cell.refs and m.cell.relation in (None, "share") and m.cell.value.kind == "number"


def rate_point_changes(p: Passage, edits: Edits) -> None:
    """**A rate's change in points against an earlier year's rate.** "năm 2010 … tỷ lệ hộ nghèo chiếm
    13,77% …; tỷ lệ hộ nghèo còn 3,41%, thấp hơn bình quân của tỉnh (giảm 10,36% so với năm 2010)":
    a change printed in % after a rate is a change in percentage points, so with the 2010 rate of the
    same name printed before it is their difference (13,77 − 3,41 = 10,36 ✓). The earlier rate must be
    named exactly like the later one ("tỷ lệ hộ nghèo") and be the only such rate of that year; a
    change whose base year prints no rate of that name is not recomputed, unless one rate of that name is
    printed before it with no year at all: that one is of the base year ("Khi bắt đầu …: …, tỷ lệ hộ nghèo
    9,84%, …. Đến năm 2020, … tỷ lệ hộ nghèo giảm xuống còn 1,92% (giảm 7,92% so với năm 2011)" -> 9,84 −
    1,92 = 7,92 ✓).
    """
    for k, m in enumerate(p.mentions):
        cell = m.cell
        if cell.relation != "difference" or not cell.value.percent or cell.refs or cell.divides is not None:
            continue
        year = _BASE_YEAR_RE.search(cell.column)
        if year is None:
            continue
        current = next((x for x in reversed(p.mentions[:k]) if x.row.index == m.row.index and _is_rate(x)), None)
        if current is None or current.sentence != m.sentence:
            continue
        name = _rate_name(p, current)
        if name is None:
            continue
        bases = [x for x in p.mentions[: current.order] if _is_rate(x) and (x.cell.period or "") == year.group(1)
                 and _rate_name(p, x) == name]
        if not bases:
            # "Khi bắt đầu …: …, tỷ lệ hộ nghèo 9,84%, …. Đến năm 2020, … tỷ lệ hộ nghèo giảm xuống còn 1,92% (giảm
            # 7,92% so với năm 2011)": the one rate of that name printed with no year is the base year's
            start = undated_start(p, current, year.group(1), {name}, lambda x: {_rate_name(p, x) or ""},
                                  exact_unit=True)
            bases = [start] if start is not None and _is_rate(start) else []
        if len(bases) != 1:
            continue
        edits.set_cell(m.ref, refs=(bases[0].ref, current.ref))
        edits.note(m.row.index, f"{p.text(m)} is {p.text(bases[0])} − {p.text(current)}, points of '{name}'")


# a unit's word after a level, an abbreviation's dot inside it ("8.225.242 tr.đ năm 2014, bằng 115% năm 2013")
_UNIT_WORD = r"[^\W\d_]+(?:\.[^\W\d_]+)*"
# between a figure of a chain and the index printed right after it: "năm 2013, bằng", "năm 2013 (bằng", the year
# in parentheses as well ("(năm 2013), bằng")
# ("tương đương 120% năm trước" says "bằng" in other words)
_INDEX_AFTER_RE = re.compile(rf"^\s*(?:{_UNIT_WORD}\s+){{0,3}}?(?:\(?\s*năm\s+(\d{{4}})\s*\)?\s*)?[,(]?\s*(?:{INDEX_VERB})\s*$",
                             re.IGNORECASE)
# between a link of the chain (its figure, or the index closing it) and the next figure: "lên", "rồi lên", "và"
# ("lên tới", "lên đến": the level reached, stressed)
_NEXT_LINK_RE = re.compile(rf"^\s*(?:{_UNIT_WORD}\s+){{0,3}}?(?:\(?\s*năm\s+(\d{{4}})\s*\)?\s*)?(?:%\s*)?(?:năm\s+(?:trước|\d{{4}})\s*)?\)?\s*,?\s*"
                           r"(?:rồi\s+)?(?:(?:tăng\s+)?lên(?:\s+(?:tới|đến))?|và)\s*$", re.IGNORECASE)
_CHAIN_START_RE = re.compile(r"(?<![^\W\d_])từ\s*$", re.IGNORECASE)


def _figure(m: Mention) -> bool:
    """A level of a chain: a plain figure, whether the line walker read it as a value or as the start of
    a change ("tăng từ 5.986.334 triệu đồng …")."""
    v = m.cell.value
    plain = v.kind == "number" or (v.kind == "comparator" and v.raw.lower().startswith("từ"))
    return m.value is not None and plain and not v.percent and not m.percent and not m.cell.refs \
        and m.cell.divides is None


def _index(m: Mention) -> bool:
    return m.percent and m.value is not None and 30 < m.value < 500 and not m.cell.refs


def chained_indices(p: Passage, edits: Edits) -> None:
    """**A chain of yearly figures with an index after each.** "tổng giá trị sản xuất tăng từ 5.986.334
    triệu đồng năm 2012 lên 7.170.343 triệu đồng năm 2013, bằng 120% năm trước, rồi lên 8.225.242 triệu
    đồng năm 2014, bằng 115% năm 2013": a chain opened by "từ" whose later figures follow "lên", "rồi
    lên" or "và", each with "bằng P%" right after it, prints each figure's index over the one before it
    (7.170.343 / 5.986.334 = 119,8 %, printed 120 ✓; 8.225.242 / 7.170.343 = 114,7 %, printed 115 ✓);
    so does "từ 2.225.170 triệu đồng năm 2012 lên 2.633.564 triệu đồng năm 2013 (bằng 110%) và 3.010.295
    triệu đồng năm 2014 (bằng 118%)" (118,4 % and 114,3 %: both wrong). Every figure is of one quantity;
    the years printed after them date them. "tương đương 120% năm trước" is "bằng" in other words.
    """
    ms = p.mentions
    for i, start in enumerate(ms):
        if not _figure(start) or not _CHAIN_START_RE.search(p.before(start, limit=12)):
            continue
        chain = [start]
        years: list[str | None] = [None]
        indices: list[Mention] = []
        last = start
        k = i + 1
        while k + 1 < len(ms):
            nxt, rate = ms[k], ms[k + 1]
            if nxt.sentence != start.sentence or nxt.line != start.line or rate.sentence != start.sentence \
                    or rate.line != start.line:
                break
            link = _NEXT_LINK_RE.match(p.between(last, nxt))
            tail = _INDEX_AFTER_RE.match(p.between(nxt, rate))
            if link is None or tail is None or not _figure(nxt) or not _index(rate):
                break
            if not same_quantity(stock_unit(nxt.unit), stock_unit(start.unit)):
                break
            if last is start:
                years[0] = link.group(1)
            chain.append(nxt)
            years.append(tail.group(1))
            indices.append(rate)
            last = rate
            k += 2
        if not indices:
            continue
        dated = all(years) and len(set(years)) == len(years)
        for m, year in zip(chain, years, strict=True):
            if dated and m.cell.period != year:
                # the year printed right after the figure ("2.633.564 triệu đồng năm 2013"), not the one
                # the line walker took from the words before it ("năm 2012 lên")
                edits.set_cell(m.ref, force=True, period=year)
        for n, rate in enumerate(indices):
            edits.set_cell(rate.ref, force=True, relation="ratio", refs=(chain[n + 1].ref, chain[n].ref), divides=None,
                           role="ratio")
            edits.note(rate.row.index, f"{p.text(rate)} is {p.text(chain[n + 1])} over {p.text(chain[n])}")


# between a rate and its change in points: "6,1%, giảm", "15,22%, tăng", "14,62%, cao hơn"
_POINTS_AFTER_LEVEL_RE = re.compile(r"\s*,\s*(?:tăng|giảm|cao hơn|thấp hơn)(?:\s+(?:thêm|được))?\s*(?:khoảng|gần|hơn|trên)?\s*$",
                                    re.IGNORECASE)
# between the earlier and the later rate, the later dated by a clause of its own: "21,75%, đến năm 2015 chỉ còn",
# "56,15% thì năm 2015 đã đạt" (only a verb after the year: another indicator's name would open another rate;
# "đạt mức" is "đạt")
_LATER_RATE_RE = re.compile(r"\s*,?\s*(?:thì\s+|và\s+)?(?:đến|tới|sang)?\s*năm\s+(?P<year>(?:19|20)\d\d)\s*,?\s*"
                            r"(?:(?:đã|chỉ|ước|thì)\s+)?(?:còn|đạt|đạt mức|là|(?:tăng\s+)?lên(?:\s+(?:tới|đến))?|xuống|giảm xuống|giảm còn|xuống còn)?\s*$",
                            re.IGNORECASE)
# between the change and an earlier rate in the parenthesis right after what it is compared with: "so với năm 2013
# (năm 2013 tăng", "so với tốc độ chung của tỉnh (", "so với năm 2010 ("
_BASE_IN_PARENTHESIS_RE = re.compile(r"\s*so(?:\s+với)?\s+(?P<words>[^()]{1,40}?)\s*\(\s*(?:năm\s+(?P<year>(?:19|20)\d\d)\s*)?"
                                     r"(?:(?:tăng trưởng|tăng|đạt|là|còn|chỉ còn)\s*)?$", re.IGNORECASE)
_YEARLY_AFTER_RE = re.compile(r"\s*(?:/\s*năm|mỗi năm|một năm|hằng năm|hàng năm|bình quân)", re.IGNORECASE)


def _rate_level(m: Mention) -> bool:
    """A printed percentage that is a level of its own: a rate, a share, or a growth rate whose base is not known."""
    return m.percent and m.value is not None and m.cell.divides is None and not m.cell.refs \
        and m.cell.relation in (None, "share", "growth") and m.cell.value.kind == "number"


def _year_of(p: Passage, m: Mention) -> str | None:
    """The year a rate's own clause prints before it ("năm 2010 tỷ trọng ngành nông nghiệp vẫn còn 21,75%")."""
    found = re.findall(r"năm\s+((?:19|20)\d\d)(?!\d)", re.split(r"[;,]", p.lead(m))[-1], re.IGNORECASE)
    return found[-1] if found else m.cell.period


def point_change_ends(p: Passage, edits: Edits) -> None:
    """**Both ends of a change in points, printed in its sentence.** A change in % printed right after a rate
    ("…, tăng 0,93%", "…, giảm 15,65%") is a change in percentage points of that rate when the sentence prints
    the earlier rate too, either
    - in the clause before the later rate, which opens with its own year: "năm 2010 tỷ trọng ngành nông
      nghiệp vẫn còn 21,75%, đến năm 2015 chỉ còn 6,1%, giảm 15,65%" -> 21,75 − 6,1 = 15,65 ✓ ("…, thì năm 2015
      đã đạt 63,20%, tăng 7,05%" after "là 56,15%" the same), the years' "từ … xuống …"; or
    - in the parenthesis right after what the change is compared with: "tăng trưởng 15,22%, tăng 0,93% so với
      năm 2013 (năm 2013 tăng 14,29%)" -> 15,22 − 14,29 = 0,93 ✓; "ước đạt 14,62%, cao hơn 1,55% so với tốc độ
      chung của tỉnh (13,07%)" -> 1,55 ✓.

    Between two percentages a change may also be a growth of the rate ("từ 20% xuống 15%, giảm 25%"): as in
    "từ … xuống …", the points are read only when they are the closer reading. Not read: a change per year
    ("bình quân", "/năm"), a year in the parenthesis other than the one compared with, a later clause whose
    year is not after the earlier rate's, and a parenthesis that names anything but a year and a verb
    ("so với tốc độ chung của tỉnh (Nghĩa Lộ 16,6%)": a place's figure, not the base).
    """
    for d in p.mentions:
        cell = d.cell
        if cell.relation != "difference" or not d.percent or d.value is None or cell.refs or cell.divides is not None \
                or edits.claimed(d.ref) or _YEARLY_AFTER_RE.match(p.after(d, limit=20)):
            continue
        current = p.previous(d)
        if current is None or current.sentence != d.sentence or current.line != d.line \
                or not _POINTS_AFTER_LEVEL_RE.fullmatch(p.between(current, d)):
            continue
        # "…, sang năm 2021 đạt 57,9%": the line walker takes a bare "đạt P%" for a ratio to no base; after the
        # later year's clause it is that year's rate (below), never a ratio with a base
        bare_ratio = current.cell.relation == "ratio" and current.cell.column.strip() == "đạt %" \
            and current.percent and current.value is not None and current.cell.divides is None and not current.cell.refs
        if not _rate_level(current) and not bare_ratio:
            continue
        named = _BASE_YEAR_RE.search(cell.column)
        base, nxt, before, later = None, p.next(d), p.previous(current), None
        if nxt is not None and nxt.sentence == d.sentence and nxt.line == d.line and _rate_level(nxt) and not bare_ratio:
            paren = _BASE_IN_PARENTHESIS_RE.fullmatch(p.between(d, nxt))
            if paren is not None and re.match(r"\s*\)", p.after(nxt, limit=5)):
                said = re.search(r"năm\s+((?:19|20)\d\d)", paren.group("words"), re.IGNORECASE)
                years = {y for y in (paren.group("year"), said.group(1) if said else None) if y}
                if len(years) <= 1 and (named is None or years <= {named.group(1)}):
                    base = nxt
        if base is None and before is not None and before.sentence == d.sentence and before.line == d.line \
                and _rate_level(before):
            later = _LATER_RATE_RE.fullmatch(p.between(before, current))
            earlier = _year_of(p, before)
            if later is not None and (earlier is None or earlier < later.group("year")) \
                    and (named is None or named.group(1) == earlier):
                base = before
        if base is None or base.value is None or current.value is None or not base.value:
            continue
        if bare_ratio and later is None:
            continue
        points = abs(current.value - base.value)
        growth = abs(current.value / base.value - 1) * 100
        if abs(points - d.value) > abs(growth - d.value):
            continue  # the growth of the rate fits better: not points, and not read here
        first, second = (base, current) if base.value > current.value else (current, base)
        edits.set_cell(d.ref, refs=(first.ref, second.ref))
        if bare_ratio and later is not None:
            edits.set_cell(current.ref, relation=None, role="actual", period=later.group("year"))
        edits.note(d.row.index, f"{p.text(d)} is {p.text(first)} − {p.text(second)} in points")


RULES = (rate_point_changes, point_change_ends, chained_indices)
