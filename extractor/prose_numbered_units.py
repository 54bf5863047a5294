"""Counts of units that are named by their numbers: "chia thành 4 khu phố: 1, 2, 3, 4".

Wards, quarters and hamlets are often numbered rather than named ("phường 1", "khu phố 3", "thôn 11"), so the
list after their count prints numerals, alone or beside names. ``prose_lists.count_lists`` reads names only
(a numeral is a figure of its own to the line walker); this rule reads the numbered lists. The rule's docstring
shows passages it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_lists import a_name, split_items
from extractor.prose_passage import Passage

# the kinds of unit a town or district numbers (not "xã": communes are named)
_KIND = r"(?:khu phố|phường|thôn|ấp|tổ dân phố|khóm|xóm|bản|khu dân cư|đơn vị hành chính(?:\s+cấp\s+xã)?)"
# the count's kind, then what opens its list: ":", "gồm", "bao gồm", "là", "đánh số (từ)" with the kind again or not
_OPEN_RE = re.compile(rf"^\s*(?P<kind>{_KIND})(?!\w)[^\d.;:()]{{0,40}}?\s*(?::|,?\s*(?:bao gồm|gồm|là|đánh số(?:\s+từ)?)"
                      rf"(?:\s+(?:các\s+)?{_KIND})?\s*:?)\s*", re.IGNORECASE)
# an item: a number, or a name, after its kind or not ("các phường 1", "phường Đông Giang", "Lương An")
_ITEM_KIND_RE = re.compile(rf"^(?:các\s+)?{_KIND}\s+", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d{1,2}")


def numbered_units(p: Passage, edits: Edits) -> None:
    """**Numbered units.** A count of wards, quarters or hamlets followed by their numbers, alone or beside
    names, must match how many are listed: "Về hành chính, thị trấn được chia thành 4 khu phố: 1, 2, 3, 4"
    -> 4 ✓; "Địa bàn phường được chia thành 7 khu phố: 1, 2, 3, 4, 5, Lương An, Phương Gia" -> 7 ✓; "với 9
    đơn vị hành chính cấp xã, bao gồm các phường 1, 2, 3, 4, 5 và các phường Đông Giang, Đông Thanh, Đông
    Lương và Đông Lễ" -> 9 ✓; "xã Canh Nậu có 11 thôn, đánh số thôn 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11" -> 11 ✓;
    "còn lại 12 phường: 1, 3, 4, 5, 7, 10, 11, 12, 13, 15, 16 và 17" -> 12 ✓. At least two items are numbers,
    each a whole number below 100 printed alone; every other item is a name; the list ends at its sentence or
    a ";". A number followed by anything but a comma, "và" or the list's end ("1, 2 ha") ends the reading:
    no list."""
    for m in p.mentions:
        if not m.is_value or m.value is None or m.value != int(m.value) or m.cell.value.kind != "number":
            continue
        if not 2 <= m.value <= 60 or edits.claimed(m.ref) or m.cell.relation is not None:
            continue
        rest = p.after(m, limit=400)
        opened = _OPEN_RE.match(rest)
        if opened is None:
            continue
        body = rest[opened.end():]
        stop = re.search(r";|\.(?:\s|$)", body)
        body = body[: stop.start()] if stop is not None else body
        items = [_ITEM_KIND_RE.sub("", x).strip() for x in split_items(body)]
        numbers = [x for x in items if _NUMBER_RE.fullmatch(x)]
        if len(numbers) < 2 or not all(_NUMBER_RE.fullmatch(x) or a_name(x) for x in items):
            continue
        edits.set_cell(m.ref, relation="count_list", items=tuple(items))
        edits.note(m.row.index, f"{p.text(m)} {opened.group('kind')}: {len(items)} numbered or named units listed")


RULES = (numbered_units,)
