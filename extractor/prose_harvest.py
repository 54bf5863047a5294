"""The area harvested so far, printed right after the area it is harvested from: a subset with no opener.

"xuống giống 461 ha hoa màu và thu hoạch 369,4 ha" says nothing but "thu hoạch" about 369,4: no
"trong đó", no list. What ties it to 461 is the grammar of the clause, a clause whose only words are the
harvest ("đã thu hoạch", "diện tích cho thu hoạch", "đang được thu hoạch") has nothing of its own to be
harvested from but the area sown or grown just before it (issue 12, round 26: read in three districts of
waves 2, 14 and 22 and two rewordings; /work/notes/reports/prose26b.md). Each rule is a function
``(Passage, Edits) -> None`` whose docstring shows the construction it reads (docs/rules.md is generated
from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from normalizers.text import fold

HOW = "the area harvested of the area sown or grown before it"
# the only words a harvest clause may hold besides its figure and unit: connectives, "có", "diện tích",
# aspect and passive words, hedges. A name of its own ("rau các loại 141 ha đang được thu hoạch", "thu
# hoạch lúa …", "năm 2022 thu hoạch …") makes it an item of something else, and it is not read.
_HARVEST_WORDS = frozenset(
    "voi thi va con co den toi dien tich da dang duoc cho thu hoach xong khoang tren hon gan uoc dat la ha".split())
_HARVEST_RE = re.compile(r"(?<![a-z])thu hoach(?![a-z])")
# what names an area sown or grown, in the whole's clause
_SOWN_RE = re.compile(r"(?<![a-z])(?:gieo trong|gieo cay|gieo sa|xuong giong|tha nuoi)(?![a-z])")
# "có 2.000ha sầu riêng": an area the place has, the existential "có" right before the figure
_HAS_RE = re.compile(r"(?<![a-z])co(?:\s+(?:den|khoang|tren|hon|gan|toi))?\s*$")
# a deed done on an area is no area grown: "trồng mới 200 ha", "bị thiệt hại 150 ha", "chuyển đổi …"
_DEED_RE = re.compile(r"(?<![a-z])(?:moi|bi|thiet hai|chuyen|tai canh|ngap|mat trang|thu hoach|khai thac|pha bo)(?![a-z])")
# what ends a clause: a mark, or the words that join the next one
_BREAK_RE = re.compile(r"[,;:()]|(?<![a-z])(?:va|thi|voi)(?![a-z])")


def _area(m: Mention) -> bool:
    return (m.is_value and m.value is not None and m.cell.value.kind in ("number", "comparator") and not m.percent
            and fold(m.unit or "").strip() == "ha")


def _clause(p: Passage, m: Mention, *, keep_joint: bool) -> tuple[str, str]:
    """The folded words of ``m``'s clause before it and after it. With ``keep_joint`` the word that joined
    the clause to the one before ("và", "thì", "với") stays in the head."""
    head = fold(p.lead(m))
    cut = 0
    for b in _BREAK_RE.finditer(head):
        cut = b.start() if keep_joint and b.group(0)[0].isalpha() else b.end()
    head = head[cut:]
    tail = fold(p.trail(m))
    stop = re.search(r"[,;:()]|(?<![a-z])(?:thi|voi)(?![a-z])", tail)
    return head, tail[: stop.start()] if stop else tail


def _harvest_clause(p: Passage, m: Mention) -> bool:
    head, tail = _clause(p, m, keep_joint=True)
    words = f"{head} {tail}"
    return bool(_HARVEST_RE.search(words)) and set(re.findall(r"[a-z]+", words)) <= _HARVEST_WORDS


def _grown_area(p: Passage, w: Mention) -> str | None:
    """ "stock" for an area the place has ("có 100ha sầu riêng"), "sown" for an area sown or stocked in the
    period ("xuống giống 461 ha"), None for anything else."""
    head, tail = _clause(p, w, keep_joint=False)
    if _DEED_RE.search(f"{head} {tail}"):
        return None
    if _HAS_RE.search(head):
        return "stock"
    return "sown" if _SOWN_RE.search(f"{head} {tail}") else None


def _fits(whole: Mention, part: Mention) -> bool:
    """The part no larger than the whole as printed (a hedge does not stretch it: "not read" is the
    safe side)."""
    return whole.value is not None and part.value is not None and part.value <= whole.value


def harvested_areas(p: Passage, edits: Edits) -> None:
    """**The area harvested, after the area it is harvested from.** A figure in ha whose clause holds
    nothing but the harvest ("thu hoạch 369,4 ha", "diện tích cho thu hoạch khoảng 1.000ha", "91ha đang
    cho thu hoạch", "6.979 ha đã được thu hoạch") is some of the area printed before it in its sentence,
    when that area is sown or grown ("gieo trồng", "gieo cấy", "xuống giống", "thả nuôi") or one the place
    has ("có 100ha sầu riêng"): "xuống giống 461 ha hoa màu và thu hoạch 369,4 ha" -> 369,4 ≤ 461; "Diện
    tích gieo trồng ước đạt 12.702,2 ha, tăng 4,07% so cùng kỳ năm 2022; diện tích thu hoạch 6.979 ha" ->
    6.979 ≤ 12.702,2. Only percentages may stand between the two. Not read: a harvest clause with a name
    of its own ("…, rau các loại 141 ha đang được thu hoạch" is an item of the list before it), a year, or
    a crop ("thu hoạch lúa 3.000 ha"); an area of a deed ("trồng mới 200 ha", "bị thiệt hại 150 ha"); an
    area figure between the two ("5.689 ha lúa: 5.072 ha đang chín, 617 ha đã thu hoạch"); a harvest in
    another sentence than its area (no opener ties them, §11). A harvest larger than the area the place
    has is an error; one larger than an area sown in the period is not read at all, since what a month
    or a season harvests may have been sown before it ("Trong tháng, xuống giống 300 ha rau màu, thu
    hoạch 450 ha" is no slip).
    """
    for h in p.mentions:
        if not _area(h) or edits.claimed(h.ref) or edits.in_breakdown(h.ref) \
                or edits.parent_of(h.row.index) is not None or not _harvest_clause(p, h):
            continue
        whole = None
        for m in reversed(p.mentions[: h.order]):
            if m.line != h.line or m.sentence != h.sentence:
                break
            if m.percent:
                continue
            whole = m if _area(m) else None
            break
        if whole is None or whole.row.index == h.row.index or _harvest_clause(p, whole):
            continue
        grown = _grown_area(p, whole)
        if grown is None or (grown == "sown" and not _fits(whole, h)):
            continue
        edits.add_breakdown(Breakdown(whole.ref, [h.ref], False, HOW))


RULES = (harvested_areas,)
