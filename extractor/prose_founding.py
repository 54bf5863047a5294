"""A unit founded from parts of other places: the legal formula of a founding decree.

"Thành lập huyện X trên cơ sở (điều chỉnh) A ha diện tích tự nhiên và B nhân khẩu của xã P; C ha diện
tích tự nhiên và D nhân khẩu của xã Q" gives, place by place, the land and the people the new unit is
made of; its own land and people are printed once, after the formula. The rule reads that shape only
where the new unit's totals follow at once and carry no other date, and reads nothing otherwise
(issue 12, round 22: /work/notes/reports/prose22p.md). Each rule is a function ``(Passage, Edits) -> None``
whose docstring shows the construction it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_rates import PEOPLE_AFTER_RE
from normalizers.quantities import unit_of
from normalizers.text import fold

# "thành lập ... trên cơ sở", "được lập trên cơ sở", "được lập bằng cách nhập": the founding formula (folded text)
_FORMULA_RE = re.compile(r"(?<![a-z])(?:thanh )?lap(?![a-z]).*?(?<![a-z])(?:tren co so|bang cach nhap)(?![a-z])")
_KINDS = r"(?:huyện|quận|thị xã|thành phố|thị trấn|xã|phường)"
_NAME = r"(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*|\d+)(?:\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*|\d+))*"
# the new unit: the one "thành lập" names, or the subject the sentence opens with ("Huyện X ... được thành lập")
_FOUNDED_RE = re.compile(rf"thành lập\s+({_KINDS}\s+{_NAME})", re.IGNORECASE)
_SUBJECT_RE = re.compile(rf"\s*({_KINDS}\s+{_NAME})", re.IGNORECASE)
_YEAR_RE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]\d|\d)")  # "73,1941 km²" is no year
_PEOPLE_UNITS = ("nhan khau", "khau", "nguoi", "dan")
# what joins a place's land to its people in the formula: "A ha (tổng) diện tích tự nhiên và B nhân khẩu" ("với" for
# "và", "tự nhiên" alone: "227,5 hécta diện tích tự nhiên với 4.673 nhân khẩu của xã Thới Sơn và 311,5 hécta tự nhiên
# với 2.548 nhân khẩu", tinh-bien-an-giang_1), or
# with each noun before its figure, as a merger prints it: "diện tích tự nhiên 3,34 km2 và quy mô dân số 22.566
# người", "diện tích tự nhiên là 103,49 km2, quy mô dân số là 83.613 người"
_LAND_AND_PEOPLE_RE = re.compile(r"\s*(?:ha|km2|km²|hécta|héc-ta)?\s*(?:(?:tổng\s+)?(?:diện tích\s+)?tự nhiên\s+(?:và|với)\s*"
                                 r"|(?:và|,)\s*(?:quy mô\s+)?dân số(?:\s+là)?\s*)$", re.IGNORECASE)
# a place the formula takes whole without printing its figures: "trên cơ sở toàn bộ diện tích và dân số của thị trấn
# Đồng Xoài, cùng với 8.028 ha diện tích tự nhiên và 10.816 nhân khẩu của xã Tân Thành, …" (dong-xoai-binh-phuoc_2)
_UNFIGURED_PLACE_RE = re.compile(r"(?i)toàn bộ diện tích(?: tự nhiên)?\s*(?:và|,)\s*(?:quy mô\s+)?(?:dân số|nhân khẩu)\s+của")
# the new unit's own figures after the formula: "…. Sau khi thành lập, xã An Phú có diện tích tự nhiên 7,69 km2 …"
_AFTER_FOUNDING_RE = re.compile(r"\s*sau khi (?:thanh lap|lap|nhap|sap nhap)(?![a-z])")


def _kind(p: Passage, m: Mention) -> str | None:
    unit = re.sub(r"\s+", " ", fold(m.unit or "")).strip()
    after = p.after(m, limit=20)
    if not unit and (PEOPLE_AFTER_RE.match(after) or re.match(r"\s*(?:người|nhân khẩu)(?!\w)", after)):
        # "có 42.078 dân": the word is read as no unit; "450 dân quân", "dân tộc", "dân cư" count no people
        return "people"
    measure = unit_of(m.unit or "") if unit else None
    if measure is not None and measure.dimension == "area":
        return "area"  # "ha", "hécta", "héc-ta", "km2", "Km2", "km²": the unit table's, no list of our own
    if unit in _PEOPLE_UNITS:
        return "people"
    return None


def _free(m: Mention, edits: Edits) -> bool:
    return (m.is_value and m.value is not None and not edits.claimed(m.ref)
            and edits.parent_of(m.row.index) is None
            and not edits.in_breakdown(m.ref))


def _sentence(p: Passage, index: int) -> list[Mention]:
    return [m for m in p.mentions if m.sentence == index]


def _sentence_text(p: Passage, m: Mention) -> str:
    a, b = p.sentence_bounds(m)
    return p.lines[m.line].text[a:b]


def _place_parts(p: Passage, ms: list[Mention], edits: Edits) -> tuple[list[Mention], list[Mention]] | None:
    """The formula's parts, place by place: each a figure of land ("… ha diện tích tự nhiên") and one of
    people, then "của" and the place. Any other figure after "trên cơ sở" and nothing is read."""
    after = [m for m in ms if m.is_value]
    if len(after) < 4 or len(after) % 2:
        return None
    areas, people = after[0::2], after[1::2]
    if any(_kind(p, a) != "area" for a in areas) or any(_kind(p, q) != "people" for q in people):
        return None
    for a, q in zip(areas, people, strict=True):
        if not _LAND_AND_PEOPLE_RE.match(p.between(a, q)):
            return None
        if not re.match(r"\s*(?:[^\W\d]+\s+){1,2}của\s", p.after(q, limit=40), re.IGNORECASE):
            return None  # a part is land and people *of* a named place
    if not all(_free(m, edits) for m in after):
        return None
    return areas, people


def _new_unit(sentence: str, formula_end: int) -> str | None:
    # the formula's match starts at its verb ("thành lập thị trấn Nhà Bàng trên cơ sở"): the unit it names is inside
    # it, so the head read runs to the formula's end ("Quyết định … thành lập thị trấn Nhà Bàng trên cơ sở …")
    head = re.sub(r"(?i)\s*(?:trên cơ sở|bằng cách nhập)\s*$", "", sentence[:formula_end])
    named = _FOUNDED_RE.search(head)
    if named is None:
        named = _SUBJECT_RE.match(head)
    return fold(named.group(1)) if named is not None else None


def founding_parts(p: Passage, edits: Edits) -> None:
    """**A unit founded from parts of places.** The founding formula "thành lập huyện X trên cơ sở
    (điều chỉnh) A ha diện tích tự nhiên và B nhân khẩu của P; C ha diện tích tự nhiên và D nhân khẩu của
    Q" lists, place by place, the land and the people the new unit is made of, so they add up to its
    land and its people: two partitions. A merger words it with each noun before its figure, "trên cơ sở
    nhập toàn bộ diện tích tự nhiên A km2 và quy mô dân số B người của P với toàn bộ …" or "được lập bằng
    cách nhập toàn bộ diện tích tự nhiên là A km2, quy mô dân số là B người của P với …", and is read the
    same (round 40: quang-ngai-quang-ngai_2, hoa-lu-ninh-binh_3). A place the formula takes whole without its
    figures ("trên cơ sở toàn bộ diện tích và dân số của thị trấn Đồng Xoài, cùng với 8.028 ha diện tích tự nhiên
    và 10.816 nhân khẩu của xã Tân Thành, …") leaves the printed places some of the totals: 8.028 + 689 + 120 +
    5.200 ≤ 16.957 ha (subsets). Their totals are read only where they follow
    at once, in the next clause after "sau khi (thành) lập", or in the next sentence opened by the new unit's
    name or by "Sau khi thành lập", one figure of land and one of people, no year printed there: "trên cơ sở điều chỉnh 8.632,88 ha diện
    tích tự nhiên và 33.296 nhân khẩu của huyện Gò Công Tây (…) cùng 11.575,43 ha diện tích tự nhiên và
    9.630 nhân khẩu của huyện Gò Công Đông (…). Huyện Tân Phú Đông rộng 202,08 km² và có 42.078 dân"
    -> 8.632,88 + 11.575,43 ha = 202,08 km² ✓, 33.296 + 9.630 = 42.926, printed 42.078: an error.
    Totals printed before the formula, or with a date of their own ("dân số: 35.463 người (số liệu
    năm 2008)"), may be of another time: not read. A figure with no unit counts people only before
    "dân" alone, "người" or "nhân khẩu" ("có 450 dân quân", militia, as "dân tộc", "dân cư", is no people
    total: the density rule's guard). The formula may instead give the whole, one figure of
    land and one of people "của các xã A, B, C và D", when each place is printed elsewhere with its own
    land and people in parentheses after its name, no year there: "An Thạnh 1 (diện tích tự nhiên 48,326
    km² và dân số 13.196 người), …" -> 48,326 + 73,1941 + 73,1973 + 41,2855 km² = 23.600,29 ha, printed
    23.606,29: an error. A place without such a parenthesis, or with two, and nothing is read.
    """
    done: set[int] = set()
    for first in p.mentions:
        if first.sentence in done:
            continue
        done.add(first.sentence)
        start, end = p.sentence_bounds(first)
        text = p.lines[first.line].text
        sentence = text[start:end]
        formula = _FORMULA_RE.search(fold(sentence))
        if formula is None or len(fold(sentence)) != len(sentence):
            continue
        base = start + formula.end()
        ms = [m for m in _sentence(p, first.sentence) if m.line == first.line and m.start >= base]
        closing = re.search(r"(?i)sau khi (?:thành )?lập(?!\w)", text[base:end])  # "; sau khi lập, phường có …"
        cut = base + closing.start() if closing is not None else end
        found = _place_parts(p, [m for m in ms if m.start < cut], edits)
        if found is None:
            _named_places_total(p, [m for m in ms if m.start < cut], edits)
            continue
        areas, people = found
        if closing is not None:
            totals = [m for m in ms if m.start >= cut]
        else:
            unit = _new_unit(sentence, formula.end())
            nxt = _sentence(p, first.sentence + 1)
            opens = fold(_sentence_text(p, nxt[0])) if nxt else ""
            if not nxt or not ((unit is not None and opens.lstrip().startswith(unit)) or _AFTER_FOUNDING_RE.match(opens)):
                continue  # the next sentence is no statement of the new unit itself
            totals = nxt
            if _YEAR_RE.search(_sentence_text(p, nxt[0])):
                continue  # "(số liệu năm 2008)": totals of another time
        land = [m for m in totals if m.is_value and _kind(p, m) == "area"]
        folk = [m for m in totals if m.is_value and _kind(p, m) == "people"]
        if len(land) != 1 or len(folk) != 1 or not all(_free(m, edits) for m in (*land, *folk)):
            continue
        if folk[0].unit is None:
            edits.units[folk[0].row.index] = people[0].unit or ""  # "có 42.078 dân": the parts' unit
        how = "a founding formula: the places' land and people make the new unit's"
        partition = _UNFIGURED_PLACE_RE.search(text[base:cut]) is None
        if not partition:
            how = "a founding formula with a place taken whole, its land and people unprinted: the others' are some"
        edits.add_breakdown(Breakdown(land[0].ref, [a.ref for a in areas], partition, how))
        edits.add_breakdown(Breakdown(folk[0].ref, [q.ref for q in people], partition, how))


# "… nhân khẩu của các xã An Thạnh 1, An Thạnh 2 và Đại Ân 1": the places the whole is made of, by name
_PLACES_RE = re.compile(r"\s*(?:[^\W\d]+\s+){1,2}của\s+(?:các\s+)?(?:xã|phường|thị trấn|huyện)\s+(?P<names>[^.;()]*)",
                        re.IGNORECASE)
_PLACE_END_RE = re.compile(r"\s+(?:thuộc|của|để|thành)\s.*$|\s*,\s*(?:với|trong đó)\s.*$", re.IGNORECASE)


def _place_names(text: str) -> list[str]:
    names = [x.strip() for x in re.split(r",|\svà\s", _PLACE_END_RE.sub("", text))]
    ok = all(x[:1].isupper() and len(x.split()) <= 5 for x in names)
    return names if len(names) >= 2 and ok else []


def _own_figures(p: Passage, name: str, edits: Edits) -> tuple[Mention, Mention] | None:
    """The one parenthesis printed right after ``name`` in the passage, holding its land and its people
    and nothing else: "An Thạnh 1 (diện tích tự nhiên 48,326 km² và dân số 13.196 người)"."""
    found: list[tuple[Mention, Mention]] = []
    for k, line in enumerate(p.lines):
        for at in re.finditer(rf"(?<!\w){re.escape(name)}\s*\(([^()]*)\)", line.text):
            inside = [m for m in p.mentions if m.line == k and at.start(1) <= m.start < at.end(1)]
            if _YEAR_RE.search(at.group(1)) or len(inside) != 2:
                return None  # a place's figures of another time, or more than its land and people
            land, folk = inside
            if _kind(p, land) != "area" or _kind(p, folk) != "people" or not all(_free(m, edits) for m in inside):
                return None
            found.append((land, folk))
    return found[0] if len(found) == 1 else None


def _named_places_total(p: Passage, ms: list[Mention], edits: Edits) -> None:
    """The formula's one figure of land and one of people "của các xã A, B và C": the whole of the places'
    own figures, printed in parentheses after each name elsewhere in the passage."""
    if len(ms) < 2:
        return
    land, folk = ms[:2]
    if _kind(p, land) != "area" or _kind(p, folk) != "people" or not all(_free(m, edits) for m in ms):
        return
    if not _LAND_AND_PEOPLE_RE.match(p.between(land, folk)):
        return
    named = _PLACES_RE.match(p.after(folk, limit=300))
    if named is None or any(m.line != folk.line or m.start >= folk.end + named.end() for m in ms[2:]):
        return  # a figure after the places' names: more than one land and one people
    names = _place_names(named.group("names"))
    own = [_own_figures(p, name, edits) for name in names]
    if not names or any(x is None for x in own):
        return
    pairs = [x for x in own if x is not None]
    how = "a founding formula: the whole of the named places, each printed with its own land and people"
    edits.add_breakdown(Breakdown(land.ref, [a.ref for a, _ in pairs], True, how))
    edits.add_breakdown(Breakdown(folk.ref, [q.ref for _, q in pairs], True, how))


RULES = (founding_parts,)
