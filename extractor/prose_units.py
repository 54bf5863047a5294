"""A district's total of units whose town is given by name (golden/prose/README.md, "Administrative units").

"Huyện có 11 đơn vị hành chính cấp xã, gồm thị trấn Hai Riêng và 10 xã: …" prints no figure for the town. The
convention the truth follows: the town's figure comes from the passage's other sentence that prints it ("chia
thành 1 thị trấn, 10 xã"), making 11 = 1 + 10 a ``count_sum``; with no such sentence the total is checked by its
names (the town and every commune named) as a ``count_list``. The rule's docstring shows passages it reads
(docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_lists import (
    NAME_PLACE_RE,
    OPEN_ENDED_RE,
    a_name,
    kept_of_kind,
    masked_names,
    split_items,
    unglued,
    unmasked,
)
from extractor.prose_passage import Mention, Passage
from normalizers.text import fold

_NAME = r"[A-ZĐÀ-Ỹ][^\s,;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,;:()]*){0,3}"
# the units' noun and the word that opens their enumeration ("gồm", "bao gồm", "tức", ":", "(")
_UNITS_OPEN = (r"^\s*đơn vị(?:\s+hành chính)?(?:\s+cấp\s+xã)?(?:\s+trực\s+thuộc)?\s*,?\s*"
               r"(?:(?:bao gồm|gồm có|gồm|tức là|tức)\s*:?\s*|:\s*|\(\s*)")
# "… gồm thị trấn Hai Riêng (huyện lỵ) và 10 xã": the town by name, the communes by their count
_NAMED_TOWN_RE = re.compile(_UNITS_OPEN + rf"thị trấn\s+(?P<town>{_NAME})\s*(?:\([^()\d]*\))?\s*(?:và|,)\s*"
                            r"(?P<count>\d{1,2})\s+xã(?!\w)")
# a count of towns printed beside the count of communes, the district's classes ("chia thành 1 thị trấn, 10 xã",
# "gồm 13 xã, 1 thị trấn"): not "năm 2003 huyện có 2 thị trấn", a count of another time or of some towns
_TOWN_BEFORE_COMMUNES_RE = re.compile(r"^\s*thị trấn\s*(?:,|và)\s*\d+\s+xã(?!\w)")
_COMMUNES_BEFORE_TOWN_RE = re.compile(r"\d+\s+xã\s*(?:,|và)\s*$")
# the names after the communes' count: ":", "là", "là:", or right after the noun
_NAMES_OPEN_RE = re.compile(r"^\s*xã\s*\)?\s*(?:(?:là|gồm)\s*:?|:)\s*|^\s*xã\s+(?=[A-ZĐÀ-Ỹ])")
_NAMES_END_RE = re.compile(r"[;.]\s|[;.]$|,\s*(?:với|trong đó|có|là)\b")


def _next_value(p: Passage, m: Mention) -> Mention | None:
    later = [x for x in p.values() if x.order > m.order]
    return later[0] if later else None


def _town_counts(p: Passage, enumeration: Mention) -> list[Mention]:
    """The passage's counts of towns printed beside a count of communes ("chia thành 1 thị trấn, 10 xã"), outside
    the enumeration that
    follows ``enumeration`` (before it in its sentence: "chia thành 1 thị trấn, 10 xã; cụ thể, huyện có 11 …")."""
    out = []
    for t in p.values():
        if (t.sentence == enumeration.sentence and t.order > enumeration.order) or t.value is None or t.value.denominator != 1:
            continue
        if fold(t.unit or "") != "thi tran":
            continue
        if _TOWN_BEFORE_COMMUNES_RE.match(p.after(t, limit=40)) \
                or _COMMUNES_BEFORE_TOWN_RE.search(p.before(t, limit=40)):
            out.append(t)
    return out


def _commune_names(p: Passage, communes: Mention) -> list[str] | None:
    """The names printed right after "M xã" (":", "là", or after the noun), all of them, or None."""
    after = unglued(p.after(communes, limit=600))
    opened = _NAMES_OPEN_RE.match(after)
    if opened is None:
        return None
    body = after[opened.end() :]
    stop = _NAMES_END_RE.search(body)
    body = body[: stop.start()] if stop is not None else body
    return _names_listed(body, most_words=5)


def named_town_totals(p: Passage, edits: Edits) -> None:
    """**A total of units whose town is given by name.** "N đơn vị hành chính …, gồm thị trấn X và M xã"
    prints no figure for the town: the town's figure is the one another sentence of the passage prints for
    the towns ("chia thành 1 thị trấn, 10 xã; cụ thể, huyện có 11 đơn vị hành chính cấp xã trực thuộc, bao
    gồm thị trấn Hai Riêng (huyện lỵ) và 10 xã: …" -> 11 = 1 + 10 ✓), the communes' the enumeration's own. When
    no sentence prints it, the total is checked by its names, the town's and every commune's ("30 đơn vị
    hành chính cấp xã trực thuộc, gồm thị trấn Vĩnh Bảo (huyện lỵ) và 29 xã: Dũng Tiến, …" -> 30 names); a
    total whose communes are not all named ("gồm thị trấn Bát Xát và 22 xã.") is not read, and neither is one
    whose passage prints two different counts of towns beside counts of communes; a count of towns printed
    alone ("năm 2003 huyện có 2 thị trấn") is no operand. The total is no subset of its communes.
    """
    for whole in p.values():
        if whole.value is None or whole.value.denominator != 1 or not 2 <= whole.value <= 60:
            continue
        if edits.claimed(whole.ref) or edits.in_breakdown(whole.ref):
            continue
        after = unglued(p.after(whole, limit=300))
        named = _NAMED_TOWN_RE.match(after)
        if named is None:
            continue
        communes = _next_value(p, whole)
        if communes is None or communes.sentence != whole.sentence or p.text(communes).strip() != named.group("count"):
            continue
        towns = _town_counts(p, whole)
        if towns and len({t.value for t in towns}) == 1:
            edits.add_breakdown(Breakdown(whole.ref, [towns[0].ref, communes.ref], True,
                                          "administrative units: the town named, its count printed elsewhere, a partition"))
            continue
        if towns:
            continue  # two different counts of towns: which one the total takes is not said
        names = _commune_names(p, communes)
        if names is None:
            continue
        town = named.group("town").strip()
        if not any(fold(x).endswith(fold(town)) for x in names):
            names = [f"thị trấn {town}", *names]
        edits.set_cell(whole.ref, relation="count_list", items=tuple(names))
        edits.note(whole.row.index, f"{p.text(whole)} đơn vị: the town and the communes, {len(names)} names listed")




# the sentence points to a table of the units and prints its lines: "theo bảng danh sách đó là …", "Bảng danh
# sách của bài kê: …", "theo thứ tự trong bảng, đó là …", "bảng danh sách kể lần lượt …"
_TABLE_OPEN_RE = re.compile(r"(?:theo\s+)?(?:thứ tự\s+trong\s+)?[Bb]ảng(?:\s+danh sách)?(?:\s+(?:của|các)\s+[^\s:;,.]+(?:\s+[^\s:;,.\d]+)?)?"
                            r"\s*,?\s*(?:đó là\s*:?|là\s*:?|kể lần lượt|:)\s*")
_TABLE_GAP = 260
# a count of units, communes or towns the table's lines are the names of ("20 đơn vị …", "19 xã", "1 thị trấn")
_UNIT_KIND_RE = re.compile(r"^\s*(đơn vị|xã|thị trấn|phường)(?!\w)")


def _names_listed(body: str, most_words: int) -> list[str] | None:
    """The names a list's body prints, or None when it holds a figure, is marked as partial, or has fewer
    than two items or an item that is no name of at most ``most_words`` words."""
    body = masked_names(NAME_PLACE_RE.sub("", body))  # "An Thạnh 1, An Thạnh 2": numbers of names
    if any(ch.isdigit() for ch in body) or OPEN_ENDED_RE.search(body):
        return None
    items = [unmasked(x) for x in split_items(body)]
    if len(items) < 2 or not all(a_name(x) and len(x.split()) <= most_words for x in items):
        return None
    return items


def _table_names(body: str) -> list[str] | None:
    stop = re.search(r"[;.]\s|[;.]$", body)
    body = body[: stop.start()] if stop is not None else body
    return _names_listed(body, most_words=6)


def table_lines(p: Passage, edits: Edits) -> None:
    """**Units named by a table's lines.** A count of units (communes, the district's units) followed by the
    lines of the table its sentence points to ("theo bảng danh sách đó là …", "Bảng danh sách của bài kê: …",
    "theo thứ tự trong bảng, đó là …") is a count of those names: the communes' count takes the names of
    communes ("gồm 1 thị trấn và 13 xã. Bảng danh sách của bài kê: thị trấn Càng Long (huyện lỵ), xã An
    Trường, …" twelve communes -> 13, an error), and the units' count every name when no count of towns is
    printed beside it ("20 đơn vị …, gồm thị trấn và 19 xã; theo bảng danh sách đó là Thị trấn Xuân Trường
    (huyện lỵ) và các xã Thọ Nghiệp, …" -> 20 names); with a count of towns beside it the total is their sum,
    not a list (golden/prose/README.md, "Administrative units").
    """
    for m in p.values():
        if m.value is None or m.value.denominator != 1 or not 2 <= m.value <= 60 or edits.claimed(m.ref):
            continue
        # "14 đơn vị xã; bảng danh sách …" counts communes as "14 xã" does (Passage.after drops the "đơn vị")
        kind = _UNIT_KIND_RE.match(p.after(m, limit=20))
        if kind is None or kind.group(1) == "thị trấn" or kind.group(1) == "phường":
            continue
        rest = p.after(m, limit=_TABLE_GAP + 900, in_sentence=False)
        found = _TABLE_OPEN_RE.search(rest, kind.end())
        if found is None or found.start() > _TABLE_GAP:
            continue
        between = rest[kind.end() : found.start()]
        if re.search(r"\d", re.sub(r"\d+\s+(?:thị trấn|xã)(?!\w)", "", between)):
            continue  # other figures between the count and the table: another indicator's
        items = _table_names(rest[found.end() :])
        if items is None:
            continue
        if kind.group(1) == "xã":
            if re.search(r"\d+\s+xã(?!\w)", between):
                continue  # another count of communes stands between: the names may be its
            items = kept_of_kind(items, "xa")
        else:
            if re.search(r"(?:\d+|một)\s+(?:thị trấn|phường)(?!\w)", between, re.IGNORECASE) or \
                    re.search(r"(?:\d+|một)\s+(?:thị trấn|phường)(?!\w)", p.before(m, limit=120), re.IGNORECASE):
                continue  # the towns counted apart: the total is their sum with the communes, no list
        if len(items) < 2:
            continue
        edits.set_cell(m.ref, relation="count_list", items=tuple(items))
        edits.note(m.row.index, f"{p.text(m)} {kind.group(1)}: {len(items)} names in the table's lines")


RULES = (named_town_totals, table_lines)
