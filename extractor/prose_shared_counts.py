"""Counts printed over one shared denominator: "6/12 chỉ tiêu đạt và 6/12 chỉ tiêu vượt".

The rule's docstring shows passages it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction

from extractor.model import Cell, Row
from extractor.prose_categories import covers
from extractor.prose_edits import Breakdown, Edits, Ref
from extractor.prose_passage import Mention, Passage
from extractor.prose_wholes import STATUS_FAMILIES, numerator
from normalizers.quantities import is_count_unit
from normalizers.text import fold

__all__ = ["RULES", "shared_denominators"]

HOW = "counts over one shared denominator: every result of its whole named"
_MAX_PARTS = 6


@dataclass(frozen=True)
class _Over:
    """A count printed over a denominator: its numerator's mention, the denominator, and the denominator's
    own mention when the words before it read "a/b" as two cells ("23/26 chỉ tiêu đạt từ 70-100%")."""

    num: Mention
    den: Fraction
    den_mention: Mention | None


def _over(p: Passage, m: Mention) -> _Over | None:
    """``m`` as a count over a denominator, printed "a/b" (one fraction cell, or two cells), else None."""
    v = m.cell.value
    if not m.is_value or m.value is None or m.value != int(m.value) or v.percent:
        return None
    if v.kind == "fraction":
        if v.den is None or "/" not in p.text(m) or v.den < m.value:
            return None
        return _Over(m, Fraction(str(v.den)), None)
    if v.kind != "number" or m.order + 1 >= len(p.mentions):
        return None
    nxt = p.mentions[m.order + 1]
    text = p.lines[m.line].text
    if nxt.line != m.line or not re.fullmatch(r"\s*/\s*", text[m.end : nxt.start]):
        return None
    if nxt.value is None or nxt.value != int(nxt.value) or nxt.cell.value.kind != "number" or nxt.value < m.value:
        return None  # "13/1/1986" is a date, no count out of a whole
    return _Over(m, Fraction(nxt.value), nxt)


def _last(o: _Over) -> Mention:
    return o.den_mention or o.num


def _result(p: Passage, o: _Over, noun: str) -> str | None:
    """What a count over a denominator says of its things: the words after its noun up to the clause's end
    ("6/12 chỉ tiêu vượt, …" -> "vượt"), or before "là" ("Số chỉ tiêu vượt là 09/15" -> "vượt")."""
    after = p.after(_last(o), limit=120)
    found = re.match(rf"\s*{re.escape(noun)}\s+(?P<res>[^,;.()]+?)\s*(?=,|;|\(|\.\s|\.$|\svà\s+\d|$)", after)
    if found is not None:
        return fold(found.group("res")).strip()
    found = re.search(rf"(?:^|\s)(?:[Ss]ố\s+)?{re.escape(noun)}\s+(?P<res>[^,;.()\d]+?)\s+là\s*$", p.before(o.num, limit=80))
    return fold(found.group("res")).strip() if found is not None else None


# words between two counts that make the later one some of the earlier ("trong đó", "riêng", "gồm")
_WITHIN_RE = re.compile(r"(?<![a-z])(?:trong do|trong so|rieng|gom|bao gom|cu the)(?![a-z])")


def _run(p: Passage, first: _Over) -> list[_Over]:
    """``first`` and the counts over its denominator printed right after it, one after another, in its sentence
    or the next ones: a share or a rate of a count in its own row may stand between them, no other figure."""
    run = [first]
    k = _last(first).order + 1
    while k < len(p.mentions) and len(run) <= _MAX_PARTS:
        m = p.mentions[k]
        prev = run[-1]
        if m.line != prev.num.line or m.sentence - prev.num.sentence > 1:
            break
        if m.row.index == prev.num.row.index and (m.cell.value.percent or m.cell.role == "ratio"):
            k += 1
            continue
        nxt = _over(p, m)
        if nxt is None or nxt.den != first.den:
            break
        if _WITHIN_RE.search(fold(p.lines[m.line].text[_last(prev).end : m.start])):
            break  # "20/20 chỉ tiêu đạt, trong đó 8/20 chỉ tiêu vượt": the later count is some of the earlier one
        run.append(nxt)
        k = _last(nxt).order + 1
    return run


def _noun(o: _Over) -> str | None:
    """The counted noun printed right after the count ("6/12 chỉ tiêu …"): the row's count unit. A count
    whose noun stands before it ("Số chỉ tiêu vượt là 09/15") has none; its result must then be read
    before it, after the list's noun (``_result``)."""
    unit = o.num.row.unit
    return unit if unit and is_count_unit(unit) else None


def _whole_before(p: Passage, first: _Over, noun: str) -> Mention | None:
    """The count of all the things, printed just before the list with the denominator's value ("Huyện có 15
    chỉ tiêu chủ yếu. Số chỉ tiêu vượt là 09/15, …"): that figure is the whole the counts are out of."""
    for m in reversed(p.mentions[: first.num.order]):
        if m.line != first.num.line or first.num.sentence - m.sentence > 1:
            return None
        if not m.is_value or m.cell.value.kind != "number" or m.value is None:
            continue
        return m if m.value == first.den and m.row.unit == noun else None
    return None


def _held(edits: Edits, m: Mention) -> bool:
    """``m``'s row is already a part or a whole of another list."""
    return edits.parent_of(m.row.index) is not None or any(b.whole[0] == m.row.index for b in edits.breakdowns)


def _all_announced(p: Passage, first: _Over, noun: str) -> bool:
    """The counts follow a colon after "các <noun>": the sentence splits all the things by result ("các chỉ
    tiêu chủ yếu … cơ bản đều đạt và vượt kế hoạch: 6/12 chỉ tiêu đạt và 6/12 chỉ tiêu vượt")."""
    lead = p.before(first.num, limit=300)
    return re.search(rf"(?<!\w)[Cc]ác\s+{re.escape(noun)}(?!\w)[^:;]*:\s*$", lead) is not None


# what a result is measured against, after it ("vượt kế hoạch", "đạt so với Nghị quyết"): no part of the result
_PLAN_TAIL_RE = re.compile(r"(?:^|\s)(?:so voi|ke hoach|nghi quyet|muc tieu|de ra)(?:\s.*)?$")


def _nested(results: list[str]) -> bool:
    """One result is another's with more words ("đạt chuẩn nông thôn mới" and "… nâng cao", "vượt" and "đạt
    và vượt"): the one count is some of the other, no part beside it."""
    cores = [_PLAN_TAIL_RE.sub("", r).strip() for r in results]
    return any(f" {a} " in f" {b} " for i, a in enumerate(cores) for j, b in enumerate(cores) if i != j)


def shared_denominators(p: Passage, edits: Edits) -> None:
    """**Counts over one shared denominator.** Counts of one noun printed one after another, each over
    the same denominator and each naming its own result, are parts of that denominator's things when
    the results name all of them: a list that reaches the shortfalls ("Số chỉ tiêu vượt là 09/15,
    chiếm 60%. Có 03/15 chỉ tiêu đạt, tương đương 20%. Còn 02/15 chỉ tiêu không đạt và 01/15 chỉ tiêu
    đạt một phần" -> 9 + 3 + 2 + 1 = 15, the whole "Huyện có 15 chỉ tiêu chủ yếu" when it is printed
    just before with the denominator's value), or one that a colon after "các <noun>" opens ("các chỉ
    tiêu chủ yếu … cơ bản đều đạt và vượt kế hoạch: 6/12 chỉ tiêu đạt và 6/12 chỉ tiêu vượt" -> 6 + 6 =
    12; "các chỉ tiêu cơ bản đạt tiến độ kế hoạch: 23/26 chỉ tiêu đạt từ 70-100%, 3/26 chỉ tiêu đạt từ
    50-70% kế hoạch" -> 23 + 3 = 26). The words, not the sum, make them a partition, so "6/12 chỉ tiêu đạt
    và 8/12 chỉ tiêu vượt" is an error. Not read: counts whose results nest ("09/10 xã đạt chuẩn nông
    thôn mới nâng cao" after "… đạt chuẩn nông thôn mới", "10/20 chỉ tiêu vượt kế hoạch" after "15/20 chỉ
    tiêu đạt và vượt"), a count that is all of them ("12/12 xã …": the others are among it), counts over
    different denominators or after "trong đó", and a list of good results that nothing says is complete
    ("09/15 chỉ tiêu vượt, 03/15 chỉ tiêu đạt").
    """
    seen: set[int] = set()
    for m in p.mentions:
        if m.order in seen:
            continue
        first = _over(p, m)
        if first is None:
            continue
        run = _run(p, first)
        seen.update(o.num.order for o in run)
        if len(run) < 2 or len(run) > _MAX_PARTS:
            continue
        nouns = {n for o in run if (n := _noun(o)) is not None}
        if len(nouns) != 1:
            continue
        noun = nouns.pop()
        if any(_held(edits, o.num) for o in run):
            continue  # another list holds them already ("Trong tổng số 15 chỉ tiêu … có 09/15 chỉ tiêu vượt, …")
        results = [_result(p, o, noun) for o in run]
        if None in results:
            continue
        named = [r for r in results if r is not None]
        if len(set(named)) != len(named):
            continue
        # the family's categories tell "đạt" from "đạt một phần"; with no family, words that nest say one
        # count is among the other
        if any(o.num.value == o.den for o in run):
            continue  # "12/12 xã đạt chuẩn nông thôn mới, 2/12 xã đạt chuẩn kiểu mẫu": all of them, the others among them
        by_family = covers([f"{fold(noun)} {r}" for r in named]) in STATUS_FAMILIES
        if not by_family and (_nested(named) or not _all_announced(p, first, noun)):
            continue
        whole = _whole_before(p, first, noun)
        if whole is not None and _held(edits, whole):
            continue  # the whole printed before is another list's already: a second reading would compete with it
        _add(p, edits, run, noun, whole)


def _add(p: Passage, edits: Edits, run: list[_Over], noun: str, whole: Mention | None) -> None:
    first = run[0]
    parts: list[Ref] = []
    for o in run:
        numerator(p, edits, o.num)
        edits.set_cell(o.num.ref, force=True, role="actual")
        if o.num.row.unit is None:
            edits.units[o.num.row.index] = noun  # "Số chỉ tiêu vượt là 09/15": the list's noun, printed before it
        parts.append(o.num.ref)
    if whole is not None:
        edits.set_cell(whole.ref, force=True, role="actual")
        edits.add_breakdown(Breakdown(whole.ref, parts, True, HOW))
        return
    if first.den_mention is not None:
        den = replace(first.den_mention.cell, column="tổng số", relation=None)
    else:
        den = edits.splits[first.num.ref][1]
    f = first.num
    cell: Cell = replace(den, role="actual", column="tổng số", period=f.cell.period)
    row = Row(document=f.row.document, index=-1, indicator=f"{noun} (tổng số)", key=f"{fold(noun)} tong so",
              cells=(cell,), table=None, row=None, unit=noun, provenance=f.row.provenance,
              confidence=min(0.8, f.row.confidence), context=f.row.context,
              notes=(f"the whole of {p.text(f)}: the denominator every count of the list is printed over",))
    index = edits.add_row(row)
    edits.add_breakdown(Breakdown((index, 0), parts, True, HOW))


RULES = (shared_denominators,)
