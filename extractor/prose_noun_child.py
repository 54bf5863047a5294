"""A count and the one count of another noun that "trong đó" sets apart in it.

"Toàn huyện có 54 cơ sở lưu trú, trong đó có 26 nhà nghỉ homestay": the whole counts lodgings and the
part counts guest houses, two count nouns, so no unit ties them and the list reader (which looks for a
whole of the part's quantity, ``prose_wholes._whole_before``) found no whole. The construction names
its whole right before the opener, and a single child is always some of it (a subset, never a sum), so
the whole is the count printed just before "trong đó" with nothing but its own noun phrase between.
Seen in development passages of three districts (Bắc Hà, Giá Rai, Phú Quốc): "180 doanh nghiệp sản
xuất kinh doanh, trong đó có 16 nhà máy chế biến thủy sản", "đón 17.500 lượt du khách, trong đó có
4.300 khách quốc tế"; the child may stand in parentheses after its whole ("54 cơ sở lưu trú (trong đó có 26 nhà
nghỉ homestay)", the rewording benchmark's trongdo_paren). A whole printed without a count noun ("642 tàu thuyền, trong đó có 293 chiếc",
Đông Hải) is not read: a bare number may count anything.

Not read: households against people ("44.241 hộ, trong đó 5.234 người"), two measures of one thing that
the project checks as shares and per-head figures, not as a part within a whole; a whole or a part that
is not a plain count (an area, money, a percentage, a fraction); a whole whose noun phrase runs past a
";" or another figure; a list of more than one item (its items would have to be the whole's quantity).
Parts in another unit than the whole are never an ``error`` when they exceed it
(``reconcile.engine.checks.prose_arith.subset_doubt``): at most a ``warning``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.prose_passage import Mention, Passage
from normalizers.quantities import PERSONS, is_count_unit

# the openers after which one child is some of the count before it
_CHILD_OPENERS = ("trong do", "trong so do")
# households and their members are two measures of one population, not a whole and its part
_POPULATION = frozenset({*PERSONS, "hộ"})
# the whole's own noun phrase: a few words, no clause mark, no figure; then "," or "(" before the opener
_NOUN_PHRASE_RE = re.compile(r"\s*(?:[^\W\d_]+(?:[\s\-–]+[^\W\d_]+){0,7})?\s*[,(]?\s*", re.IGNORECASE)


def _plain_count(m: Mention) -> bool:
    v = m.cell.value
    return (m.is_value and m.value is not None and v.kind == "number" and not m.percent
            and m.value == int(m.value) and (m.unit or "").strip().lower() not in _POPULATION)


def count_of_other_noun(p: Passage, line: int, s_start: int, at: int, words: str,
                        items: Sequence[Sequence[Mention]]) -> Mention | None:
    """The count ``items``' one child (after the opener ``words`` at ``at``) is some of, when the two
    count different nouns: the figure right before the opener, named by a short noun phrase; else None."""
    if words not in _CHILD_OPENERS or len(items) != 1:
        return None
    part = items[0][0]
    if not _plain_count(part) or not is_count_unit(part.unit):
        return None
    before = [m for m in p.mentions if m.line == line and s_start <= m.start < at]
    if not before:
        return None
    whole = before[-1]
    if not _plain_count(whole) or whole.row.index == part.row.index:
        return None
    if not is_count_unit(whole.unit) or _NOUN_PHRASE_RE.fullmatch(p.lines[line].text[whole.end:at]) is None:
        return None
    return whole
