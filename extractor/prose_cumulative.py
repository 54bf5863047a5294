"""A period's figure and its running total ("lũy kế") are one item printed twice, never two parts.

Monthly and quarterly reports print each item for the period and then for the year so far: "sản lượng
tôm ước đạt 18.600 tấn, lũy kế 213.738 tấn". A list that reads the running total as the next item sums
two periods of one thing. The rule runs after the others and only takes such lists back (issue 12,
round 27: a raw page of Cà Mau's fishery figures).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_passage import Mention, Passage
from normalizers.text import fold_words

# the words between a period's figure and its running total: the figure's unit, a comma, then "lũy kế", "luỹ
# kế", "cộng dồn", "lũy kế 7 tháng đầu năm", "tính chung N tháng" (folded)
_RUNNING_RE = re.compile(r"^[^,;()\d]{0,20},\s*(?:luy ke|cong don|tinh chung \d+ thang)(?![a-z])")


def _restates_the_one_before(p: Passage, m: Mention) -> bool:
    """``m`` is a running total printed right after the figure before it, in its clause: ", lũy kế 213.738"."""
    prev = p.previous(m)
    if prev is None or prev.line != m.line or prev.sentence != m.sentence:
        return False
    between = p.between(prev, m)
    if ";" in between or "(" in between:
        return False
    return _RUNNING_RE.match(fold_words(between).strip()) is not None


def running_totals_are_no_parts(p: Passage, edits: Edits) -> None:
    """**A running total is no other part.** "Sản lượng nuôi trồng thủy sản trong tháng ước đạt 33.500 tấn,
    lũy kế 366.624 tấn, …. Trong đó, sản lượng tôm ước đạt 18.600 tấn, lũy kế 213.738 tấn, …": the shrimp's
    month and its year so far are one item printed for two periods, so the list is not read (18.600 +
    213.738 > 33.500 was a false error). A list whose items are different things, each printed once,
    keeps its reading."""
    by_ref = {m.ref: m for m in p.mentions}
    for b in list(edits.breakdowns):
        parts = [by_ref.get(r) for r in b.parts]
        if len(parts) >= 2 and any(x is not None and _restates_the_one_before(p, x) for x in parts[1:]):
            edits.drop_breakdown(b)
            edits.note(b.whole[0], "a part's running total ('lũy kế') read as another part: the list is not read")


RULES = (running_totals_are_no_parts,)
