"""Counted names that carry a figure each: "03 dân tộc chính: dân tộc Kinh 70.812 khẩu (85,26%), Khmer 9.854
khẩu (11,86%) và Hoa 2.294 khẩu (2,76%)".

``prose_lists.count_lists`` counts the names after a count; a figure among them used to end the names at the
first item, so a list whose every item is a name followed by its own figure was never read. ``figured_names``
takes the figures out when the grammar says each belongs to the name before it, and leaves the names for the
usual checks (proper names, kinds, rests).
"""

from __future__ import annotations

import re

from normalizers.numbers import parse_value
from normalizers.text import fold

# one item: a name (capitalised, or after its kind in lower case), then its own figure, joined by nothing, ":",
# "với", "có", "chiếm" or "là", the figure's unit and a parenthesis after it ("Hậu Mỹ Trinh: 29.600 ha",
# "Khmer 9.854 khẩu (11,86%)", "Hưng Long với 9 làng")
_ITEM_RE = re.compile(
    r"(?P<name>(?:(?:dân tộc|người|xã|phường|thị trấn|huyện|thôn|bản|ấp|làng)\s+)?[A-ZĐÀ-Ỹ][^\s\d,;:()]*"
    r"(?:\s+[A-ZĐÀ-Ỹ][^\s\d,;:()]*){0,4})"
    r"\s*(?::|\s(?:với|có|chiếm|là))?\s*(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?"
    r"(?P<figure>\d{1,3}(?:\.\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s*"
    r"(?P<unit>%|[^\W\d_]+(?:/[^\W\d_]+)?)?"
    r"(?P<paren>\s*\([^()]*\))?")
# the list's end: the sentence's, or a ";" (an item separated by ";" is no item of this list)
_END_RE = re.compile(r"[;.]\s|[;.]$")
# a count that says some of the things are listed, not all: "20 dân tộc, trong đó: người Kinh …"; and words that
# pick the largest or some examples among them ("…, đông nhất là Kinh 106.260 người, …", "tiêu biểu là …"): a
# list with a figure each is often a ranking, the names the top ones
_SOME_RE = re.compile(r"(?<![a-z])(?:trong do|trong so|nhu|nhat|tieu bieu|dien hinh|chu yeu|dung dau|noi bat|"
                      r"dac biet|mot so|cu the nhu)(?![a-z])")
# the rest of the things after the list ("còn lại các dân tộc khác chiếm 1,29%"): the list is not all of them
_REST_RE = re.compile(r"(?<![a-z])(?:mot so|cac .{0,30}khac|khac|con lai|nhieu)(?![a-z])")
_PERCENT_RE = re.compile(r"(\d+(?:,\d+)?)\s*%")


def _share(item: re.Match[str]) -> float | None:
    """The percentage an item carries, as its figure or in its parenthesis."""
    if item.group("unit") == "%":
        return parse_value(item.group("figure"), style="vi").value
    found = _PERCENT_RE.search(item.group("paren") or "")
    return parse_value(found.group(1), style="vi").value if found else None


# a count of the main ones ("2 dân tộc chính", "03 dân tộc chính", "3 nhóm đất chính"): the names it lists are all it
# counts, the minor ones left out, so their shares need not make the whole
_MAIN_RE = re.compile(r"(?<![a-z])chinh(?![a-z])")


def _all_of_whole(shares: list[float | None], noun: str) -> bool:
    """Whether items' shares fit a list of all the counted things: about 100 % together (99-101), or at most 100 %
    when the count is of the main ones ("chủ yếu gồm 2 dân tộc chính là Nùng chiếm 53,44%, Tày chiếm 45,28%",
    ha-lang-cao-bang_1: 98,72 %, the rest of the people of other, minor peoples; kien-luong-kien-giang_3 prints
    "03 dân tộc chính: dân tộc Kinh 70.812 khẩu (85,26%), Khmer … (11,86%) và Hoa … (2,76%)", 99,88 %)."""
    total = sum(s for s in shares if s is not None)
    if _MAIN_RE.search(fold(noun)):
        return total <= 101
    return 99 <= total <= 101


def figured_names(body: str, noun: str) -> str | None:
    """**Names that carry a figure each.** The text of a count's names with every item's own figure taken out
    ("dân tộc Kinh 70.812 khẩu (85,26%), Khmer 9.854 khẩu (11,86%) và Hoa 2.294 khẩu (2,76%)." -> "dân tộc
    Kinh, Khmer và Hoa"; "xã Hậu Mỹ Trinh: 29.600 ha, Hậu Mỹ Bắc A: 25.260 ha và Hội Cư: 24.120 ha" -> three
    names), or None. Every item up to the sentence's end or its ";" must be a name with a figure, all in one
    unit; a clause in lower case after two items or more ends the list. Not read: a count whose words say some
    are listed ("20 dân tộc, trong đó: …") or pick the largest or examples ("…, đông nhất là …", "tiêu biểu là"), a list that goes on with the rest ("…, còn lại các dân tộc khác chiếm
    1,29%"), an item without a figure, and items carrying shares that do not add up to the whole (99-101 %): a
    list of the largest is no list of all."""
    if _SOME_RE.search(fold(noun)):
        return None
    end = _END_RE.search(body)
    segment = body[: end.start()] if end is not None else body
    parts = [x.strip() for x in re.split(r",\s+|\s+và\s+", segment.strip()) if x.strip()]
    items: list[re.Match[str]] = []
    for part in parts:
        found = _ITEM_RE.fullmatch(part)
        if found is not None and found.group("unit") is not None:
            items.append(found)
            continue
        if len(items) >= 2 and part[:1].islower() and not _REST_RE.search(fold(part)):
            break  # ", chiếm 40% diện tích …": a clause ends the list
        return None
    if len(items) < 2 or len({fold(x.group("unit")) for x in items}) != 1:
        return None
    shares = [_share(x) for x in items]
    if any(s is not None for s in shares) and (None in shares or not _all_of_whole(shares, noun)):
        return None
    names = [x.group("name") for x in items]
    return ", ".join(names[:-1]) + " và " + names[-1]
