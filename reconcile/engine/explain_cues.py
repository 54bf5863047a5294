"""Which arithmetic the words around a printed percentage allow, whatever the sentence's wording.

The generic reader (``engine.explain``) does not parse a sentence; it only needs the family of
readings a percentage's own clause permits, so that arithmetic does not explain a "tăng 9,3%" as a
share or a "chiếm 1,27%" as a growth. A clause is the text from the last clause boundary (",", ";",
":", "(" or the sentence start) before the figure to the next one after it:

    "doanh thu đạt 1.250 tỷ đồng, bằng 61,2% kế hoạch (kế hoạch năm 2.040 tỷ đồng)"
    -> before "bằng", after "kế hoạch" -> ratio (actual / plan)

Families, most specific first (``cue_kinds``):

- "bình quân", "mỗi năm", "/năm", "hằng năm" -> average growth over the years printed;
- "chiếm", "tỷ trọng", "cơ cấu" -> share (part / whole);
- "tăng", "giảm", "vượt", "cao hơn", "thấp hơn" -> growth (increase or decrease);
- "đạt", "bằng", "so với", "hoàn thành" with "kế hoạch", "dự toán", "chỉ tiêu", "nghị quyết", "KH",
  "NQ", "giao" -> ratio; with "cùng kỳ", "năm trước", "so với năm …" -> growth index;
- "gấp … lần" -> times;
- no cue -> share or ratio (one quotient, the same arithmetic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalizers.text import fold
from normalizers.value_words import role_colons_as_spaces

__all__ = ["Cue", "clause_around", "cue_kinds"]

_BOUNDARY_BEFORE = re.compile(r"[,;:(\[]|\s[-–]\s")
_BOUNDARY_AFTER = re.compile(r"[,;:()\[\]]|\.(?:\s|$)|\s[-–]\s")


def _has(words: str, *cues: str) -> bool:
    return any(re.search(rf"(?<![a-z0-9]){re.escape(c)}(?![a-z0-9])", words) for c in cues)


_AVG = ("binh quan", "moi nam", "hang nam", "hangnam", "/nam")
_SHARE = ("chiem", "ty trong", "co cau")
_UP = ("tang", "vuot", "cao hon", "nhieu hon")
_DOWN = ("giam", "thap hon", "it hon", "sut", "giam sut")
_PLAN = ("ke hoach", "kh", "du toan", "chi tieu", "nghi quyet", "nq", "giao", "muc tieu")
_PERIOD = ("cung ky", "nam truoc", "ky truoc", "nam ngoai", "so voi nam", "so voi cung ky")
_REACH = ("dat", "bang", "so voi", "hoan thanh", "thuc hien")
_TIMES = ("gap",)


@dataclass(frozen=True)
class Cue:
    """The words of a percentage's clause, folded: ``before`` it and ``after`` it."""

    before: str
    after: str

    @property
    def words(self) -> str:
        return f"{self.before} {self.after}"


def clause_around(text: str, start: int, end: int) -> Cue:
    """The clause of the figure printed at ``text[start:end]``, folded, split at the figure.

    >>> clause_around("đạt 1.250 tỷ đồng, bằng 61,2% kế hoạch (kế hoạch 2.040 tỷ)", 24, 28)
    Cue(before=' bang ', after='% ke hoach ')
    """
    # "năm 2018 đạt: 1.208,6 tỷ đồng, tăng: 3.8%" (yen-son-tuyen-quang_1 reworded): a verb's colon ends no
    # clause, the verb is the percentage's cue (the same length: the figure's span still fits)
    text = role_colons_as_spaces(text)
    head = text[:start]
    cuts = list(_BOUNDARY_BEFORE.finditer(head))
    lo = cuts[-1].end() if cuts else 0
    tail = text[end:]
    nxt = _BOUNDARY_AFTER.search(tail)
    hi = end + (nxt.start() if nxt else len(tail))
    return Cue(fold(text[lo:start]), fold(text[end:hi]))


def cue_kinds(cue: Cue, *, factor: bool = False) -> tuple[tuple[str, str | None], ...]:
    """The readings a clause allows, as (relation kind, growth form), the likeliest first.

    >>> cue_kinds(Cue(" chiem ", "% "))
    (('share', None),)
    >>> cue_kinds(Cue(" tang ", "% so voi nam 2022 "))
    (('growth', 'increase'),)
    >>> cue_kinds(Cue(" bang ", "% ke hoach "))
    (('ratio', None),)
    >>> cue_kinds(Cue(" ", "% "))
    (('share', None), ('ratio', None))
    """
    words = cue.words
    if factor:
        return (("times", None),)
    if _has(words, *_AVG):
        if _has(cue.before, *_DOWN):
            return (("avg_growth", "decrease"),)
        if _has(cue.before, *_UP):
            return (("avg_growth", "increase"),)
        return (("avg_growth", "increase"), ("avg_growth", "index"))
    if _has(cue.before, *_SHARE):
        return (("share", None),)
    if _has(cue.before, *_DOWN):
        return (("growth", "decrease"),)
    if _has(cue.before, *_UP):
        return (("growth", "increase"),)
    if _has(words, *_PLAN):
        return (("ratio", None),)
    if _has(words, *_PERIOD):
        return (("growth", "index"),)
    if _has(cue.before, *_REACH):
        return (("ratio", None), ("share", None))
    if _has(cue.before, *_TIMES):
        return (("times", None),)
    return (("share", None), ("ratio", None))
