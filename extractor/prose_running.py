"""A running total raised by what a clause added: "có thêm N …, nâng tổng số … lên M".

The added figure is some of the raised total, whatever the nouns are called: the clause says so by its
verb ("nâng" / "đưa" … "tổng" … "lên"), not by naming parts. Read only for the one figure of the total's
quantity printed nearest before the verb, in its sentence and ";"-clause, outside parentheses (issue 12,
round 25: /work/notes/reports/prose25t.md). Each rule is a function ``(Passage, Edits) -> None`` whose
docstring shows the construction it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_wholes import part_quantity

# "nâng tổng số xã đạt chuẩn lên", "đưa tổng số sản phẩm OCOP của huyện lên", "nâng tổng diện tích lên"
_RAISED_RE = re.compile(r"(?<!\w)(?:nâng|đưa)\s+tổng(?!\w)[^;.()]{0,80}?(?<!\w)lên(?!\w)", re.IGNORECASE)
# only a hedge may stand between "lên" and the raised total ("lên trên 8.600 tỷ đồng")
_HEDGE_RE = re.compile(r"\s*(?:(?:trên|hơn|gần|khoảng|tới|đến)\s+)?", re.IGNORECASE)


def _plain(m: Mention) -> bool:
    """A figure that can be summed: a number, hedged or not ("lên trên 8.600"), no percentage, no fraction
    ("11/14 xã" is read apart)."""
    return m.is_value and m.value is not None and m.cell.value.kind in ("number", "comparator") and not m.percent


def _in_parenthesis(text: str, start: int, at: int) -> bool:
    """Whether ``at`` lies inside a parenthesis opened after ``start``."""
    depth = 0
    for ch in text[start:at]:
        depth += (ch == "(") - (ch == ")")
    return depth > 0


def running_totals(p: Passage, edits: Edits) -> None:
    """**A running total raised by what was added.** "…, nâng tổng số <noun> lên M" (or "đưa tổng …
    lên M") after a figure of the same quantity in its clause says that figure was added to a total
    that now stands at M: the figure is some of M, a subset. "năm 2022 ước có 2 xã là Việt Thành, Minh
    Quân được công nhận xã NTM kiểu mẫu, nâng tổng số xã NTM kiểu mẫu của huyện lên 3 xã" -> 2 ≤ 3; "huyện
    có 11 sản phẩm OCOP được công nhận (công nhận mới 9 sản phẩm, đánh giá lại 2 sản phẩm), đưa tổng số
    sản phẩm OCOP của huyện lên 33 sản phẩm" -> 11 ≤ 33 (a figure in parentheses is an aside of the item,
    never the one added). The added figure is the nearest before the verb in its sentence, with no ";"
    between; when that one is a fraction or a percentage ("3 xã đạt 19/19 tiêu chí, nâng tổng số tiêu chí
    lên 230"), or is already a part of a list ("1.193 dự án, trong đó … 779 dự án, nâng tổng số dự án …
    lên 5.985 dự án"), nothing is read; so when the total is a fraction or a percentage ("nâng tổng số
    xã đạt chuẩn lên 11/14 xã"), or follows "lên" after other words than a hedge.
    """
    for k, line in enumerate(p.lines):
        text = line.text
        for found in _RAISED_RE.finditer(text):
            s_start, s_end = line.sentence_span(line.sentence_at(found.start()))
            total = next((m for m in p.mentions if m.line == k and found.end() <= m.start < s_end), None)
            if total is None or not _plain(total) or not _HEDGE_RE.fullmatch(text[found.end():total.start]):
                continue
            before = [m for m in p.mentions if m.line == k and s_start <= m.start and m.end <= found.start()
                      and not _in_parenthesis(text, s_start, m.start) and m.is_value and m.value is not None
                      and part_quantity(total, m)]
            if not before:
                continue
            added = before[-1]
            if (not _plain(added) or ";" in text[added.end:found.start()] or added.row.index == total.row.index
                    or edits.parent_of(added.row.index) is not None):
                continue
            edits.add_breakdown(Breakdown(total.ref, [added.ref], False, "what was added to a running total"))


RULES = (running_totals,)
