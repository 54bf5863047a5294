"""Groups that cut one whole another way are no further parts of it.

A report counts one whole by two classifications at once: the poor households by why they are poor and,
in the same list, those under social protection ("trong đó, có 8.832 hộ nghèo theo tiêu chí thu nhập …, 382
hộ nghèo thiếu hụt tiếp cận các dịch vụ xã hội cơ bản …, 1.573 hộ nghèo thuộc chính sách bảo trợ xã hội");
a district's people by ethnic group and, sentences later, its workers ("chiếm 45% tổng dân số"). The later
groups overlap the first ones, so a list that sums them all is misread. The rule runs after the others and
only takes back lists of parts that add up to more than their whole (issue 12, round 29: raw pages of Trà
Vinh and Krông Pa).
"""

from __future__ import annotations

from fractions import Fraction
from itertools import pairwise

from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_wholes import size_in


def _sizes(whole: Mention, parts: list[Mention]) -> tuple[Fraction, list[Fraction]] | None:
    """The whole's value and each part's, in the whole's unit; None when one is not a plain figure."""
    if whole.value is None or whole.hedge or any(x.value is None or x.hedge for x in parts):
        return None
    return size_in(whole, whole), [size_in(x, whole) for x in parts]


def _share(p: Passage, part: Mention) -> Mention | None:
    """The percentage printed as ``part``'s share ("8.832 hộ … (chiếm 95,85% so với tổng số hộ nghèo)")."""
    return next((x for x in p.mentions if x.row.index == part.row.index and x.cell.relation == "share"
                 and x.percent and x.value is not None and x.cell.value.kind == "number"), None)


def _first_parts_make_it(p: Passage, parts: list[Mention], whole: Fraction, sizes: list[Fraction]) -> bool:
    """Do the first two or more parts (not all of them) add up to the whole exactly, and their printed shares to
    100 %? Then the text itself says they are all of it, and the ones after are another cut of the same whole,
    not more of it. Without the shares to say so the list is read as printed: "722ha, chủ yếu là lúa mùa (118ha),
    bắp (478ha), các loại rau đậu (126ha) và cây công nghiệp ngắn ngày (22ha)" exceeds its whole."""
    shares = [_share(p, x) for x in parts]
    if any(s is None for s in shares):
        return False
    total, percent = Fraction(0), Fraction(0)
    for k, size in enumerate(sizes[:-1]):
        total += size
        share = shares[k]
        assert share is not None and share.value is not None
        percent += share.value
        if k >= 1 and total == whole and abs(percent - 100) <= Fraction(1, 10):
            return True
    return False


def _sentences_apart(parts: list[Mention]) -> bool:
    """Are the parts printed in sentences with another sentence between them that prints none of them?"""
    sentences = sorted({x.sentence for x in parts})
    return any(b - a > 1 for a, b in pairwise(sentences))


def overlapping_groups_are_no_parts(p: Passage, edits: Edits) -> None:
    """**A group that cuts the whole another way is no further part.** The parts of a list that is not said to
    be complete add up to more than their whole, and either its first parts make the whole exactly — "toàn tỉnh
    còn 9.214 hộ nghèo …; trong đó, có 8.832 hộ nghèo theo tiêu chí thu nhập (chiếm 95,85% …), 382 hộ nghèo
    thiếu hụt tiếp cận các dịch vụ xã hội cơ bản (chiếm 4,15% …), 1.573 hộ nghèo thuộc chính sách bảo trợ xã
    hội (chiếm 17,07% …)": 8.832 + 382 = 9.214 (95,85 % + 4,15 % = 100 %), and the 1.573 are some of those
    households again — or its parts
    are shares of the whole printed sentences apart — "Người dân tộc Jrai có 48.470 người, chiếm tỉ lệ 68,82%,
    dân tộc khác 665 người chiếm 0,94% …. Tỉ lệ tăng dân số …. Mật độ dân số …. Số lao động chính trong huyện
    là 33.275 người, chiếm 45% tổng dân số": the workers are of every group. Such a list is not read (the
    sums were false errors); each share is still recomputed on its whole. A list printed in one sentence whose
    parts exceed the whole with no first parts making it (a part misprinted) keeps its reading and its error."""
    by_ref = {m.ref: m for m in p.mentions}
    for b in list(edits.breakdowns):
        if b.partition or len(b.parts) < 2:
            continue
        whole = by_ref.get(b.whole)
        parts = [by_ref.get(r) for r in b.parts]
        if whole is None or any(x is None for x in parts):
            continue
        found = [x for x in parts if x is not None]
        sizes = _sizes(whole, found)
        if sizes is None or sum(sizes[1]) <= sizes[0]:
            continue
        if _first_parts_make_it(p, found, *sizes):
            _take_back(edits, b, "its first parts make the whole exactly; the rest cut it another way: the list is not read")
        elif _sentences_apart(found):
            _take_back(edits, b, "shares of one whole printed sentences apart exceed it (two ways of cutting it): "
                                 "the list is not read")


def _take_back(edits: Edits, b: Breakdown, why: str) -> None:
    edits.drop_breakdown(b)
    edits.note(b.whole[0], why)


RULES = (overlapping_groups_are_no_parts,)
