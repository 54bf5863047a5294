"""How sure the reading of a prose relation is, before its failure is called an ``error``.

An auditor takes an ``error`` as the tool's claim that the printed figures cannot all be right. A
relation of running text is assembled by reading its words: which figures are parts of which
whole, which plan belongs to which actual figure, which whole a share is of. Where the words leave
that open, a relation that does not recompute may only say that the reading was wrong, so its
failure is a ``warning`` that names what left the reading unsure; it is an ``error`` only when
nothing does. (``prose_assembly`` turns a failure into an ``info`` when another pairing of the
same figures makes it hold: that is evidence against the reading; what this module names is only
the lack of evidence for it.)

A reading is unsure (``reading_doubt``) when:

- **another year**: a part, or a quotient's figure, is labelled by the words before it (the last year
  printed between it and its whole) with a year its whole or other figure is not ("Tổng giá trị sản
  xuất tăng từ 2.770.987 triệu đồng (năm 2015) lên 3.209.618 triệu đồng (năm 2017); trong đó năm
  2015: nông, lâm, ngư nghiệp 1.537.566 …": 2015's sectors are no parts of 2017's whole), or a year is printed between two shares summed as one whole's ("công
  nghiệp, dịch vụ chiếm 85,5%, nông nghiệp 14,5% (năm 2015 công nghiệp, dịch vụ 79,3 %, …)");
- **a breakdown, not a part**: a part printed inside parentheses opened after another part of the
  same list ("nông, lâm nghiệp, thủy sản 3.852,34 tỷ đồng (bao gồm nông nghiệp 3.685,58 tỷ đồng, …);
  công nghiệp …"): it may break that part down ("(tương ứng là 46,07% và 27,78%)" does not);
- **a list that ran on**: the last part is printed after a ";" or a sentence's end, and without it
  the others add up to the whole ("… dịch vụ 915,121 tỷ đồng; vốn đầu tư … ước đạt 730,63 tỷ đồng"):
  the list may have ended before it;
- **a skipped item**: a figure of the parts' kind and unit, in no list of its own, printed between
  two parts is not one of them
  ("người Kinh 106.260 người, người Chăm 84.012 người, người Rắclây 3030 người": a list without
  84.012 was read short, whatever its sum says);
- **a figure after the rate's parenthesis**: a quotient's figure printed after the parenthesis that
  holds its result ("… 4.190 ha mía (năng suất bình quân … 62 tấn/ha), nhập nhà máy được 133.947
  tấn": 62 is no rate of 133.947);
- **the whole's plan**: a part's ratio recomputed against a plan printed for its whole
  ("… 2.861,54/2.855,64 tỷ đồng …, trong đó: nông - lâm nghiệp 1.586,72 tỷ đồng (bằng 99,18% kế
  hoạch)": the part's own plan is not printed);
- **a decimal mark read either way**: a figure such as "2.141" or "2,141" that reads as a whole
  number or as a decimal, where the other reading makes the relation hold.

Each doubt is the general step of the reading that may have failed, never a phrase of one report.
A relation with none of them (its figures in one sentence, tied by its words) fails as an error:
"Toàn huyện có 56.120 hộ, trong đó 30.100 hộ nông thôn và 24.020 hộ thành thị" -> 54.120 ≠ 56.120,
an error; the same parts with 30.100 labelled "năm 2015" under a whole of 2020 -> a warning.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from itertools import pairwise

from extractor.model import Cell, Row
from normalizers.text import open_brackets
from reconcile.engine.checks.evidence import shown
from reconcile.engine.checks.prose_arith import judge
from reconcile.engine.messages import N_, Msg, msg, num
from reconcile.engine.relations import Ref, Relation, cell_at

_YEAR_RE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")
# a sentence's end: a full stop (not a decimal or thousands mark) before a capital, or a new line
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZĐÀ-Ỹ])")
_SUM_KINDS = ("partition", "count_sum", "subset")
_QUOTIENTS = {"share": ("part", "total"), "per_capita": ("total", "base"), "ratio": ("actual", "plan")}


def _years(cell: Cell | None) -> set[str]:
    return set(_YEAR_RE.findall(cell.period or "")) if cell is not None else set()


def _place(rows: dict[int, Row], ref: Ref) -> tuple[int, int, int] | None:
    """(line, start, end) of a figure read from running text, None when not known."""
    cell = cell_at(rows, ref)
    if cell is None or cell.provenance.line is None or cell.provenance.span is None:
        return None
    return cell.provenance.line, cell.provenance.span[0], cell.provenance.span[1]


def _between(rows: dict[int, Row], lines: dict[int, str], a: Ref, b: Ref) -> str | None:
    """The text printed between two figures of one line (in text order), None across lines."""
    pa, pb = _place(rows, a), _place(rows, b)
    if pa is None or pb is None or pa[0] != pb[0] or pa[0] not in lines:
        return None
    first, second = sorted((pa, pb), key=lambda p: p[1])
    return lines[pa[0]][first[2]:second[1]]


def _ordered(rows: dict[int, Row], refs: Sequence[Ref]) -> list[Ref]:
    placed = [(p, ref) for ref in refs if (p := _place(rows, ref)) is not None]
    return [ref for _, ref in sorted(placed)]


def _holds(rel: Relation, rows: dict[int, Row]) -> bool:
    verdict = judge(rel, rows)
    return verdict is not None and (verdict.grade == "consistent"
                                    or (verdict.grade == "rounding" and verdict.how == "within rounding"))


def _labelled(rows: dict[int, Row], lines: dict[int, str], whole: Ref, part: Ref) -> tuple[set[str], set[str]] | None:
    """The years of ``part`` and of ``whole`` when they differ and the last year the text prints between the
    whole and the part (the whole first) is the part's: a label the words give the part ("trong đó năm 2015:
    nông, lâm, ngư nghiệp 1.537.566"), not one the reader guessed for an unlabelled figure."""
    years, whole_years = _years(cell_at(rows, part)), _years(cell_at(rows, whole))
    if not years or not whole_years or years & whole_years:
        return None
    pw, pp = _place(rows, whole), _place(rows, part)
    if pw is None or pp is None or pw[0] != pp[0] or pw[1] > pp[1]:
        return None
    printed = _YEAR_RE.findall(_between(rows, lines, whole, part) or "")
    if not printed or printed[-1] not in years:
        return None
    return years, whole_years


# "so với năm 2015", "cùng kỳ năm 2020": a year a change is measured against, not a label of the figures after it
_AGAINST_RE = re.compile(r"(?:so với|so|cùng kỳ|đến|từ)\s+(?:năm\s+)?$", re.IGNORECASE)
# "từ 3,09% năm", "xuống còn 23,5% năm": a level printed right before the year, the year its label
_LEVEL_BEFORE_RE = re.compile(r"(?:từ|lên|xuống|còn)\s+\d[\d.,]*\s*%\s*(?:năm\s*)?$", re.IGNORECASE)


def _other_year(rel: Relation, rows: dict[int, Row], lines: dict[int, str]) -> Msg | None:
    if rel.kind in ("partition", "count_sum") and rel.refs("total"):
        for ref in rel.refs("part"):
            found = _labelled(rows, lines, rel.refs("total")[0], ref)
            if found is not None:
                return msg(N_("a part of {part} is no part of a whole of {whole}"),
                           part=", ".join(sorted(found[0])), whole=", ".join(sorted(found[1])))
    if rel.kind in _QUOTIENTS:
        num, den = (rel.refs(role) for role in _QUOTIENTS[rel.kind])
        found = _labelled(rows, lines, den[0], num[0]) if num and den else None
        if found is not None:
            return msg(N_("its figures are of {first} and of {second}"), first=", ".join(sorted(found[0])),
                       second=", ".join(sorted(found[1])))
    if rel.kind == "shares_sum":
        terms = _ordered(rows, rel.refs("term"))
        for a, b in pairwise(terms):
            between = _between(rows, lines, a, b) or ""
            for year in _YEAR_RE.finditer(between):
                before = between[:year.start()]
                # "33,51% năm 2015": the year of the share before it; "so với năm 2015": a change's base; "giảm 1,35%
                # từ 3,09% năm 2008 xuống còn 1,74% năm 2012": the year of the level right before it, no share of these
                # (round 38: tu-son-bac-ninh_1, thieu-hoa-thanh-hoa_2, each share printed with where it moved from)
                if not _AGAINST_RE.search(before) and not re.fullmatch(r"\s*(?:năm\s*)?", before, re.IGNORECASE) \
                        and not _LEVEL_BEFORE_RE.search(before):
                    return msg(N_("the year {year} is printed between its shares: they may be of two years"),
                               year=year.group(0))
    return None


# "(tương ứng là 46,07% và 27,78%)": the figures of the items named before the parenthesis, in their order
_RESPECTIVELY_RE = re.compile(r"tương ứng|lần lượt", re.IGNORECASE)


def _breakdown(rel: Relation, rows: dict[int, Row], lines: dict[int, str]) -> Msg | None:
    if rel.kind not in ("partition", "count_sum") and not (rel.kind == "shares_sum" and rel.form != "at_most"):
        return None
    parts = _ordered(rows, rel.refs("term" if rel.kind == "shares_sum" else "part"))
    for a, b in pairwise(parts):
        pa, pb = _place(rows, a), _place(rows, b)
        if pa is None or pb is None or pa[0] != pb[0] or pa[0] not in lines:
            continue
        line = lines[pa[0]]
        # deeper than the part before it, in parentheses opened after it: not "(chiếm 1,92%)" after "(chiếm 67,33%)"
        inside = line[pa[2]:pb[1]]
        if open_brackets(line[:pb[1]]) > open_brackets(line[:pa[1]]) and open_brackets(inside) > 0 \
                and not _RESPECTIVELY_RE.search(inside[inside.rfind("("):]):
            first, second = cell_at(rows, a), cell_at(rows, b)
            assert first is not None and second is not None
            return msg(N_("{part} is printed in parentheses after {other}: it may break {other} down, not be "
                          "a part beside it"), part=shown(second), other=shown(first))
    return None


def _ran_on(rel: Relation, rows: dict[int, Row], lines: dict[int, str]) -> Msg | None:
    if rel.kind not in ("partition", "count_sum"):
        return None
    parts = _ordered(rows, rel.refs("part"))
    if len(parts) < 3:
        return None
    last = parts[-1]
    between = _between(rows, lines, parts[-2], last)
    if between is None or not (";" in between or _SENTENCE_END_RE.search(between)):
        return None
    shorter = judge(replace(rel, figures=tuple(f for f in rel.figures if f[1] != last)), rows)
    if shorter is None or shorter.hedged or shorter.grade not in ("consistent", "rounding"):
        return None  # (a hedge's tolerance would take in a missing part too)
    cell = cell_at(rows, last)
    assert cell is not None
    return msg(N_("without {part}, printed after the others' clause, the parts add up: the list may have ended "
                  "before it"), part=shown(cell))


def _kind_of(cell: Cell) -> tuple[str, str | None, bool]:
    return cell.role, cell.relation, bool(cell.value.percent)


def _skipped(rel: Relation, rows: dict[int, Row], related: frozenset[Ref]) -> Msg | None:
    if rel.kind not in ("partition", "count_sum") and not (rel.kind == "shares_sum" and rel.form != "at_most"):
        return None
    parts = _ordered(rows, rel.refs("term" if rel.kind == "shares_sum" else "part"))
    if len(parts) < 2:
        return None
    first, last = _place(rows, parts[0]), _place(rows, parts[-1])
    assert first is not None and last is not None
    used = set(rel.refs())
    kin = {rows[r].parent for r, _p in parts}
    units = {(rows[r].unit or "").strip() for r, _p in parts}
    kinds = {_kind_of(c) for ref in parts if (c := cell_at(rows, ref)) is not None}
    for row in rows.values():
        if row.table is not None or row.index in kin or row.parent is not None:
            continue  # the whole's own figures, and items of another list (another year's parts), are not skipped
        if (row.unit or "").strip() not in units or (not units - {""} and rel.kind != "shares_sum"):
            continue
        for pos, cell in enumerate(row.cells):
            place = _place(rows, (row.index, pos))
            if (row.index, pos) in used or (row.index, pos) in related or place is None or place[0] != first[0] \
                    or _kind_of(cell) not in kinds:
                continue  # a part's increase, a fraction's other side, another year's share: no item of the list
            if cell.value.kind == "number" and first[2] <= place[1] and place[2] <= last[1]:
                return msg(N_("{figure}, printed among the parts in their unit, is not one of them: the list may "
                              "have been read short"), figure=shown(cell))
    return None


def _later_whole(rel: Relation, rows: dict[int, Row], lines: dict[int, str]) -> Msg | None:
    """A quotient's figure printed after its result, outside the parenthesis the result is printed in: nothing
    but their order ties them. (A whole that opens the next sentence is the reader's to judge: "chiếm 32,93%.
    Toàn xã có 10.272 người" is 3.383 / 10.272.)"""
    if rel.kind not in _QUOTIENTS or rel.result is None:
        return None
    result = _place(rows, rel.result)
    if result is None or result[0] not in lines:
        return None
    line = lines[result[0]]
    for role in _QUOTIENTS[rel.kind]:
        refs = rel.refs(role)
        placed = _place(rows, refs[0]) if refs else None
        if placed is None or placed[0] != result[0] or placed[1] < result[1]:
            continue
        if open_brackets(line[:result[1]]) > open_brackets(line[:placed[1]]):
            cell = cell_at(rows, refs[0])
            assert cell is not None
            return msg(N_("{figure} is printed after the parenthesis that holds the rate: the two may not belong "
                          "together"), figure=shown(cell))
    return None


def _whole_plan(rel: Relation, rows: dict[int, Row]) -> Msg | None:
    if rel.kind != "ratio" or not rel.refs("actual") or not rel.refs("plan"):
        return None
    actual, plan = rows.get(rel.refs("actual")[0][0]), rows.get(rel.refs("plan")[0][0])
    if actual is None or plan is None or actual.index == plan.index:
        return None
    ancestor, seen = actual.parent, set()
    while ancestor is not None and ancestor not in seen:
        if ancestor == plan.index:
            cell = cell_at(rows, rel.refs("plan")[0])
            assert cell is not None
            return msg(N_("the plan {plan} is printed for the whole '{whole}', not for its part '{part}'"),
                       plan=shown(cell), whole=plan.indicator, part=actual.indicator)
        seen.add(ancestor)
        ancestor = rows[ancestor].parent if ancestor in rows else None
    return None


_EITHER_MARK_RE = re.compile(r"\d{1,3}[.,]\d{3}")


def _either_mark(rel: Relation, rows: dict[int, Row]) -> Msg | None:
    """A figure whose one mark reads either way ("2.141": 2141 or 2,141), read in a style the text does
    not settle, whose other reading makes the relation hold."""
    if rel.kind == "subset":
        return None  # under a subset's whole a smaller reading always fits
    for _role, ref in rel.figures:
        cell = cell_at(rows, ref)
        if cell is None or cell.value.value is None or cell.value.style not in ("ambiguous", "en"):
            continue
        words = cell.value.raw.split()
        if not words or not _EITHER_MARK_RE.fullmatch(words[-1]):
            continue
        v, value = cell.value, cell.value.value
        as_decimal = v.decimals == 3
        other = replace(v, value=value * 1000 if as_decimal else value / 1000, decimals=0 if as_decimal else 3)
        row = rows[ref[0]]
        changed = replace(row, cells=tuple(replace(c, value=other) if i == ref[1] else c for i, c in enumerate(row.cells)))
        if _holds(rel, {**rows, ref[0]: changed}):
            assert other.value is not None
            return msg(N_("{figure} reads as {other} with its mark taken the other way, and then the figures agree"),
                       figure=shown(cell), other=num(Fraction(str(other.value)), other.decimals or 0, "vi"))
    return None


def reading_doubt(rel: Relation, rows: dict[int, Row], lines: dict[int, str],
                  related: frozenset[Ref] = frozenset()) -> Msg | None:
    """What leaves the reading of ``rel`` unsure (the first such doubt), or None when it is sure.
    ``related``: the figures of every relation the document states (a figure of another relation is no
    item the list skipped)."""
    return (_other_year(rel, rows, lines) or _breakdown(rel, rows, lines)
            or _ran_on(rel, rows, lines) or _skipped(rel, rows, related) or _later_whole(rel, rows, lines)
            or _whole_plan(rel, rows) or _either_mark(rel, rows))


__all__ = ["reading_doubt"]
