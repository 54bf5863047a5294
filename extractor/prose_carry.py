"""Whether a count's parts carry on into the next sentence.

Writers split a whole and its parts wherever they like: "Huyện có 11 xã với 119 thôn. Có 3 xã đồng
bằng, 4 xã trung du và 4 xã miền núi."; "25/30 xã đạt chuẩn. 5 xã còn lại …"; "14 đơn vị hành chính
cấp xã. Trong đó có 2 thị trấn … 12 xã còn lại …". A reader that stops at the full stop loses these.
This module says, for one figure and the first figure of the next sentence, whether the grammar makes
the second continue the first: the next sentence opens with nothing but a list word ("Có", "Trong đó
có", "Gồm", "Cụ thể:") or with the rest itself ("5 xã còn lại"), and counts the same noun. Anything
else before the count — a subject, a period, a place — starts a new statement, and is refused.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from extractor.prose_passage import Mention, Passage
from normalizers.text import fold_words

# the words that may open a sentence continuing a list: a list word and nothing else (no subject, no period)
_OPENER_RE = re.compile(r"(?:co|trong do|trong do co|trong so do|trong so do co|gom|gom co|bao gom|cu the|cu the co)"
                        r"\s*[:,]?\s*")
# a year or a month of one in the continuing sentence: another period, perhaps ("Năm 2020 có 3 xã …")
_YEAR_RE = re.compile(r"(?<!\d)(?<!\d[.,])(?:19|20)\d\d(?!\d|[.,]\d)")


def carries_on(p: Passage, before: Mention, after: Mention, nouns: Collection[str] | None = None) -> bool:
    """True when ``after``, the first figure of the sentence after ``before``'s on the same line, continues
    ``before``'s statement: its sentence opens with a list word only, or with the count followed by
    its noun and "còn lại" ("5 xã còn lại"); its noun is one of ``nouns`` (folded; by default
    ``before``'s own); ``before`` is the only count of those nouns and its own in its sentence (the one
    the next sentence can go on from); and neither the continuing sentence nor the two figures name another
    period (a year in the sentence, or periods that differ)."""
    if after.line != before.line or after.sentence != before.sentence + 1:
        return False
    allowed = {fold_words(n) for n in nouns} if nouns is not None else {fold_words(before.unit or "")}
    unit = fold_words(after.unit or "")
    if not unit or unit not in allowed:
        return False
    prev = p.previous(after)
    if prev is None or prev.sentence == after.sentence:
        return False  # not the first figure of its sentence: words of its own come before it
    own = {*allowed, fold_words(before.unit or "")}
    if any(fold_words(m.unit or "") in own for m in p.mentions if m.sentence == before.sentence and m is not before):
        return False  # "Huyện có 11 xã, 9 xã đạt chuẩn.": which count the next sentence goes on from is not said
    lead = fold_words(p.lead(after)).strip()
    if lead and not _OPENER_RE.fullmatch(lead):
        return False
    if not lead and not re.match(rf"\s*{re.escape(unit)}\s+con lai(?![a-z])", fold_words(p.after(after, limit=40))):
        return False
    start, end = p.sentence_bounds(after)
    if _YEAR_RE.search(p.lines[after.line].text[start:end]):
        return False
    a, b = before.cell.period, after.cell.period
    return not (a is not None and b is not None and a != b)
