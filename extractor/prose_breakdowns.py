"""A sentence that announces a breakdown of the place and lists it, under a total printed elsewhere.

"Diện tích tự nhiên toàn huyện là 55.025,83ha, …. Diện tích từng đơn vị là: Cam Tân 2.929,97 ha, …": the list
sentence's head, the words before its colon, prints no figure; it says what the list is (each unit's area, the
new wards, the zones the land is divided into), and the total it breaks down is printed sentences before, or
closes the list ("…; cộng toàn huyện 1.495,59 km² với 59.783 người"). The rules of ``prose_wholes`` read a list
under a figure of its own sentence only, so these lists went unread (issue 12, round 28: Cam Lâm, Hương Thủy,
Nậm Pồ, Ea Kar).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_wholes import inside_parenthesis, list_items, size_in, times_of
from normalizers.quantities import same_quantity
from normalizers.text import fold_words

_UNIT_NOUNS = r"(?:xa|phuong|thi tran|don vi(?: hanh chinh)?(?: cap xa)?|dia phuong|thon|ban|to dan pho)"
_NUMBER_WORDS = r"(?:hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d+)"
# "Diện tích từng đơn vị là", "diện tích và dân số từng xã năm 2022 như sau": each unit's figure, all of them
_EACH_RE = re.compile(rf"(?<![a-z])tung (?P<noun>{_UNIT_NOUNS})(?![a-z])")
# "địa hình chia làm 3 khu vực": the land divided into zones, all of it
_ZONES_RE = re.compile(rf"(?<![a-z])chia (?:lam|thanh|ra) {_NUMBER_WORDS} (?:khu vuc|tieu vung|vung|khu)(?![a-z])")
# "Năm phường mới gồm", "Các xã trực thuộc gồm": the units named, which need not be all of the whole's
_UNITS_RE = re.compile(rf"^(?:(?:cac|nhung|{_NUMBER_WORDS}) )?{_UNIT_NOUNS}(?: moi| truc thuoc)? (?:gom|bao gom|gom co|la)$")
# the words of a measure the head may name before "từng" without narrowing the whole it breaks down
_MEASURE_WORDS = frozenset({"dien", "tich", "tu", "nhien", "dan", "so", "va", "quy", "mo", "nhan", "khau", "ho",
                            "theo", "nam", "la", "nhu", "sau", "cua", "cac"})
# what a total names before its figure: "Diện tích tự nhiên toàn huyện là", "trên cơ sở toàn bộ", "tổng diện tích"
_WHOLE_WORDS_RE = re.compile(r"(?<![a-z])(?:toan|tong|tu nhien|dan so|toan bo)(?![a-z])")
# the last item, the list's own total: "cộng toàn huyện 1.495,59 km²", "tổng cộng 55.025 ha", "toàn huyện …"
_CLOSING_RE = re.compile(r"^(?:va )?(?:cong|tong cong|tong so|tong|toan huyen|toan thi xa|toan thanh pho|ca huyen)(?![a-z])")
# a place's name opens each item: "Cam Tân 2.929,97 ha", "thị trấn Cam Đức 1.754,03 ha", "xã Easô …"
_NAMED_ITEM_RE = re.compile(r"^\s*(?:và\s+)?(?:(?:xã|phường|thị trấn|thị xã)\s+)?[A-ZÀ-ỸĐ]")
_CUT_RE = re.compile(r"(?:\.\.\.|…|v\.v\.?)\s*[.;]?\s*$")


def _head(text: str, s_start: int, s_end: int) -> tuple[int, str] | None:
    """Where the sentence's colon is and the folded words before it, when nothing else comes first."""
    colon = text.find(":", s_start, s_end)
    if colon < 0:
        return None
    return colon, fold_words(text[s_start:colon])


def _kind(head: str) -> bool | None:
    """Whether the head announces all of the whole (True), some of it (False), or no breakdown (None)."""
    if _EACH_RE.search(head) or _ZONES_RE.search(head):
        return True
    if _UNITS_RE.match(head.rsplit(",", 1)[-1].strip()):
        return False
    return None


def _narrowed(head: str, whole_words: str) -> bool:
    """The head names a measure narrower than its whole's: "Diện tích lúa từng xã" under "Diện tích tự nhiên toàn
    huyện" (rice, not the land); "Diện tích gieo trồng từng xã" under "Tổng diện tích gieo trồng" is the whole's."""
    each = _EACH_RE.search(head)
    if each is None:
        return False
    clause = head[: each.start()].rsplit(",", 1)[-1]
    named = set(re.findall(r"[a-z]+", fold_words(whole_words)))
    return any(w not in _MEASURE_WORDS and w not in named for w in re.findall(r"[a-z]+", clause))


def _counted_otherwise(p: Passage, head: str, items: int) -> bool:
    """The passage counts the units "từng …" names, and no count is the number of items listed: the list is not
    every unit ("Huyện có 14 đơn vị hành chính …. Diện tích từng đơn vị là: …" lists 14)."""
    each = _EACH_RE.search(head)
    if each is None:
        return False
    noun = each.group("noun").split()[:2]
    counts = [m.value for m in p.mentions if m.value is not None and m.unit is not None
              and fold_words(m.unit).split()[:2] == noun]
    return bool(counts) and items not in counts


# a total of a wider place than the one the list breaks down: "Diện tích tự nhiên toàn tỉnh là …"
_WIDER_RE = re.compile(r"(?<![a-z])(?:toan tinh|ca tinh|cua tinh|ca nuoc|toan quoc)(?![a-z])")


def _place_quantity(m: Mention) -> bool:
    """A quantity a place is broken down by: its land or its people and households (not heights or lengths)."""
    return any(same_quantity(m.unit, u) for u in ("ha", "người", "hộ"))


def _apart(whole_words: str, head: str) -> bool:
    """The whole's words date it to one time and the list's head to another ("Năm 2010 …" / "Năm 2020, …")."""
    a, b = times_of(whole_words), times_of(head)
    return bool(a) and bool(b) and not a & b


def _earlier_whole(p: Passage, probe: Mention, parts: Sequence[Mention], head: str) -> Mention | None:
    """The total of the probe's quantity printed in an earlier sentence of the paragraph, named as a total
    ("toàn huyện", "toàn bộ", "tự nhiên", "tổng", "dân số"); None when two such totals differ (Ea Kar prints
    101.892 ha and 1.037,47 km²) or none exceeds every part."""
    found = [m for m in p.mentions if m.line == probe.line and m.sentence < probe.sentence and m.is_value
             and m.value is not None and same_quantity(m.unit, probe.unit) and not inside_parenthesis(p, m)
             and _WHOLE_WORDS_RE.search(fold_words(p.sentence_head(m)))
             and not _WIDER_RE.search(fold_words(p.sentence_head(m)))]
    if len({size_in(m, probe) for m in found}) != 1:
        return None
    whole = found[-1]
    if any(size_in(whole, probe) <= size_in(x, probe) for x in parts):
        return None
    if _apart(p.sentence_head(whole), head):
        return None  # "Năm 2010 … 500 ha. Năm 2020, diện tích từng xã: …": the units then and now differ
    return whole


def breakdown_sentences(p: Passage, edits: Edits) -> None:
    """**A breakdown sentence under a total printed elsewhere.** A sentence whose words before its colon print
    no figure and announce a breakdown of the place, then list it, one named place (or zone) per item:
    "từng xã", "từng đơn vị" (each unit's figure) and "chia làm N khu vực / vùng" (the land divided) list all
    of the whole, a partition; "Năm phường mới gồm", "Các xã trực thuộc gồm" (the units named) list some
    of it, a subset. The whole is the list's last item when it calls itself the total ("…; cộng toàn huyện
    1.495,59 km² với 59.783 người"), else the total of the quantity an earlier sentence of the paragraph
    prints and names as one ("toàn huyện", "toàn bộ", "tự nhiên", "tổng", "dân số"), and nothing when two
    such totals differ. Each quantity an item prints is its own list: "Thị xã được lập trên cơ sở toàn bộ
    hơn 45.817 ha diện tích và 96.525 nhân khẩu …. Năm phường mới gồm: Phú Bài rộng 1.570 ha với 14.174 nhân
    khẩu; …; Thủy Dương rộng 1.249,89ha với 11.115 nhân khẩu" -> 8.297,45 ≤ 45.817 and 55.444 ≤ 96.525;
    "Diện tích tự nhiên toàn huyện là 55.025,83ha …. Diện tích từng đơn vị là: Cam Tân 2.929,97 ha, …, Suối
    Tân 7.573,96 ha" -> the 14 areas add up to 55.025,83 (the passage counts "14 đơn vị hành chính", as many as
    it lists; "Diện tích gieo trồng từng xã như sau: …" breaks down "Tổng diện tích gieo trồng toàn huyện"). Only
    land, people and households are read. Not read: a head that names a measure its whole does not ("Diện tích
    lúa từng xã là: …" under the natural area), "từng xã" listing fewer communes than the
    passage counts ("Huyện có 15 xã" and 3 named), a list cut short ("…"), an earlier total of a wider place
    ("toàn tỉnh") or dated to another time than the list, and "địa hình chia làm 3 khu vực: … khoảng 15.000
    ha; … khoảng 12.000 ha; … khoảng 74.000 ha" under both "101892 ha" and "1.037,47 km2" (which total is
    meant, the text does not say). Round 28: seen in Cam Lâm, Hương Thủy, Nậm Pồ and Ea Kar.
    """
    for k, line in enumerate(p.lines):
        text = line.text
        for s in range(len(line.sentence_starts)):
            s_start, s_end = line.sentence_span(s)
            found = _head(text, s_start, s_end)
            if found is None:
                continue
            colon, head = found
            raw_head = text[s_start:colon]
            complete = _kind(head)
            if complete is None:
                continue
            if any(m.line == k and s_start <= m.start < colon and _place_quantity(m) for m in p.mentions):
                continue  # "Huyện rộng 500 ha, gồm: …": a whole in the sentence, read by the rules of prose_wholes
            body = text[colon + 1 : s_end].rstrip()
            if _CUT_RE.search(body.rstrip(".")) or _CUT_RE.search(body):
                continue
            spans = list_items(text, colon + 1, s_end)
            items = [[m for m in p.mentions if m.line == k and a <= m.start < b and m.is_value] for a, b in spans]
            texts = [text[a:b] for a, b in spans]
            texts_all = texts
            closing: list[Mention] = []
            if items and _CLOSING_RE.match(fold_words(texts[-1]).lstrip(" -–")):
                closing, items, texts = items[-1], items[:-1], texts[:-1]
            if len(items) < 2 or any(not item for item in items):
                continue
            if not _ZONES_RE.search(head) and not all(_NAMED_ITEM_RE.match(t) for t in texts):
                continue  # the items are no named places
            if _counted_otherwise(p, head, len(items)):
                continue  # "Huyện có 15 xã. Diện tích từng xã: …" with 3 named: some of the communes, not each
            for probe in items[0]:
                if not _place_quantity(probe):
                    continue
                parts = [next((m for m in item if same_quantity(m.unit, probe.unit)), None) for item in items]
                if any(x is None or x.value is None for x in parts):
                    continue
                listed = [x for x in parts if x is not None]
                if len({x.row.index for x in listed}) != len(listed) or any(
                        edits.parent_of(x.row.index) is not None or edits.in_breakdown(x.ref) for x in listed):
                    continue
                own = [m for m in closing if same_quantity(m.unit, probe.unit) and m.value is not None]
                whole = own[0] if own else _earlier_whole(p, probe, listed, raw_head)
                if whole is None or _narrowed(head, p.sentence_head(whole) if not own else texts_all[-1]):
                    continue
                how = (f"breakdown sentence '{head}': " + ("the list's own total" if own else "a total printed before")
                       + (", all of it" if complete else ", the units named, a subset"))
                edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in listed], complete, how))


RULES = (breakdown_sentences,)
