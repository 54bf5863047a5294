"""The arithmetic of running text that spans rows, hedged figures, counts, sums of shares and lists of
names (``relations.document_relations``), recomputed on printed precision.

The table rules (``ratios``, ``sums``) judge what a row states about its own figures and the sums
of a plain "Trong đó" list. This module judges the rest of what prose states:

- quotients whose figures are printed in other rows (a share of a total printed earlier, a
  growth against an earlier year, a density from a population and an area, "gấp N lần");
- any relation with a hedged figure ("khoảng", "gần", "hơn", "trên", "trở lên", "xấp xỉ", "dưới"),
  with a tolerance that fits the hedge;
- partitions of counts (people, households, communes, targets), which carry no rounding;
- shares that must add up to 100 % (their changes to 0), target ranges of shares, and counts of
  the names listed after them.

Each rule is a function named for the relation it judges, with a failing and a passing example in
its docstring (docs/rules.md is generated from them). Verdicts follow golden/prose/README.md:
consistent (no finding), rounding only (at most an ``info``), inconsistent (an ``error``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from extractor.model import IN_TABLE_CELL, POSITION_ONLY, Cell, Document, Row
from normalizers.quantities import conversion_factor, is_count_unit, stock_unit
from normalizers.text import fold
from reconcile.engine.checks.evidence import cell_style, finding, shown, unconverted_parts
from reconcile.engine.checks.intervals import Interval, fmt, round_half_up, truncate
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, clauses, msg, num, text
from reconcile.engine.relations import (
    Ref,
    Relation,
    document_relations,
    is_count,
    list_is_partition,
    part_scales,
)
from reconcile.engine.settings import CheckSettings

# A hedge widens a printed v by this share of v, on the side(s) its word allows (README of the truth).
HEDGE_SHARE = Fraction(5, 100)
HEDGE_SIDES: dict[str, tuple[bool, bool]] = {
    "khoảng": (True, True), "xấp xỉ": (True, True), "trên dưới": (True, True),
    "gần": (True, False), "dưới": (True, False),
    "hơn": (False, True), "trên": (False, True), "trở lên": (False, True),
    "tối thiểu": (False, True), "ít nhất": (False, True), "không dưới": (False, True),
    "tối đa": (True, False), "không quá": (True, False),
}


def is_hedged(cell: Cell) -> bool:
    """A prose figure printed with a hedge word ("gần 85,6", "trên 373", "khoảng 195")."""
    return bool(cell.value.hedge) and cell.value.hedge in HEDGE_SIDES


def in_table_cell(row: Row) -> bool:
    """Figures of a paragraph printed inside a table cell, whose lists the line walker reads alone."""
    return IN_TABLE_CELL in row.notes


def hedged_prose(row: Row, cell: Cell) -> bool:
    """A prose quotient with a hedged figure among it and its operands (``prose_arith`` judges it)."""
    from reconcile.engine.checks.arithmetic import operands

    num, den = operands(row, cell)
    cells = [cell, *(c for _, c in (x for x in (num, den) if x is not None))]
    return any(is_hedged(c) for c in cells)


def read_by_position(row: Row) -> bool:
    """A whole whose parts only where they are printed ties to it (``prose_sums_explained``): a broken
    sum of it is a warning, never an error."""
    return any(n.startswith(POSITION_ONLY) for n in row.notes)


def judged_in_prose(parent: Row, children: Sequence[Row]) -> bool:
    """A total and its parts judged here rather than by ``sums``: a hedged figure among them, a list
    read by position only, or a subset read from the passage's words (its parts exceeding it is an
    error, not a doubt)."""
    if read_by_position(parent):
        return True
    cells = [c for r in (parent, *children) for c in r.cells if c.role in ("actual", "estimate", "plan", "target", "other")]
    if any(is_hedged(c) or c.value.kind == "comparator" for c in cells):
        return True
    return not list_is_partition(parent, children) and not in_table_cell(parent)  # a subset read from the passage: exceeding is an error


@dataclass(frozen=True)
class Figure:
    """A printed figure as the arithmetic sees it.

    value:    the exact printed value; ``decimals`` its printed decimals.
    strict:   the values it stands for under the rounding rule (a count stands for itself).
    widened:  the same, widened by its hedge (equal to ``strict`` without one).
    text:     as printed.
    """

    value: Fraction
    decimals: int
    strict: Interval
    widened: Interval
    hedge: str | None
    text: str


def figure(row: Row, cell: Cell) -> Figure | None:
    """A cell's figure, or None when it is not one number (a label, a range, unreadable)."""
    v = cell.value
    if v.kind not in ("number", "comparator") or v.value is None:
        return None
    decimals = max(0, v.decimals if v.decimals is not None else 0)
    value = Fraction(round(v.value * 10**decimals), 10**decimals)
    half = Fraction(0) if is_count(row, cell) else Fraction(1, 2 * 10**decimals)
    strict = Interval(value - half, value + half)
    lo, hi = strict.lo, strict.hi
    hedge = v.hedge if v.hedge in HEDGE_SIDES else None
    if hedge:
        below, above = HEDGE_SIDES[hedge]
        if below:
            lo = value * (1 - HEDGE_SHARE) - half
        if above:
            hi = value * (1 + HEDGE_SHARE) + half
    return Figure(value, decimals, strict, Interval(lo, hi), hedge, shown(cell))


@dataclass(frozen=True)
class Verdict:
    """How a relation's printed result compares with what its other figures give.

    grade:    "consistent", "rounding" (explained by rounding: at most an info) or "inconsistent".
    point:    the result of the printed figures taken as exact.
    interval: every result the printed figures allow (hedges widened when ``hedged``).
    how:      for "rounding", what explains it ("truncated", "trailing zeros", "within rounding").
    """

    grade: str
    point: Fraction
    interval: Interval
    hedged: bool
    how: str = ""


def _grade_result(point: Fraction, strict: Interval, widened: Interval, result: Figure, hedged: bool) -> Verdict:
    d = result.decimals
    if round_half_up(point, d) == result.value:
        return Verdict("consistent", point, strict, hedged)
    r_strict, r_wide = result.strict, result.widened
    if hedged:
        ok = widened.overlaps(r_wide)
        return Verdict("consistent" if ok else "inconsistent", point, widened, True, "within the hedge's tolerance" if ok else "")
    if strict.overlaps(r_strict):
        return Verdict("rounding", point, strict, False, "within rounding")
    if truncate(point, d) == result.value:
        return Verdict("rounding", point, strict, False, "truncated, not rounded")
    if _trailing_zeros(point, result):
        return Verdict("rounding", point, strict, False, "printed with trailing zeros")
    return Verdict("inconsistent", point, strict, False)


def _trailing_zeros(point: Fraction, result: Figure) -> bool:
    """ "120,0" for 120,29 or "52,00" for 51,996: rounded at its last non-zero digit. Not when that
    leaves a single significant digit: "1,00" for 0,787 ("gấp 1,00 lần") is 27 % off, no rounding."""
    text = result.text.rstrip("% ").split()[-1] if result.text else ""
    if "," not in text or not text.endswith("0"):
        return False
    whole, decimals = text.split(",", 1)
    significant = len(decimals.rstrip("0"))
    if len(re.sub(r"\D", "", whole).lstrip("0")) + significant < 2:
        return False
    return round_half_up(point, significant) == result.value


def _corners(f: Callable[..., Fraction], boxes: Sequence[Interval]) -> Interval | None:
    """f over a box of intervals, f monotone in each argument: min and max over the corners."""
    values: list[Fraction] = []
    for mask in range(2 ** len(boxes)):
        args = [b.hi if mask >> k & 1 else b.lo for k, b in enumerate(boxes)]
        try:
            values.append(f(*args))
        except (ZeroDivisionError, ValueError, OverflowError):
            return None
    return Interval(min(values), max(values))


# ---------------------------------------------------------------------------------------------
# Judging one relation


def _figures(rel: Relation, rows: dict[int, Row]) -> dict[str, list[tuple[Ref, Figure]]] | None:
    out: dict[str, list[tuple[Ref, Figure]]] = {}
    for role, ref in rel.figures:
        row = rows.get(ref[0])
        if row is None or not 0 <= ref[1] < len(row.cells):
            return None
        fig = figure(row, row.cells[ref[1]])
        if fig is None:
            return None
        out.setdefault(role, []).append((ref, fig))
    return out


_QUOTIENT_ROLES = {
    "ratio": ("actual", "plan", "ratio", Fraction(100)),
    "share": ("part", "total", "share", Fraction(100)),
    "per_capita": ("total", "base", "rate", Fraction(1)),
    "times": ("numerator", "denominator", "factor", Fraction(1)),
}


def judge(rel: Relation, rows: dict[int, Row]) -> Verdict | None:
    """The verdict on one relation, or None when its figures cannot all be read as numbers."""
    if rel.kind == "count_list":
        return _judge_count_list(rel, rows)
    if rel.kind == "range_shares_sum":
        return _judge_ranges(rel, rows)
    figs = _figures(rel, rows)
    if figs is None:
        return None
    hedged = any(f.hedge for group in figs.values() for _, f in group)
    if rel.kind in _QUOTIENT_ROLES or (rel.kind == "growth" and rel.form == "index"):
        a_role, b_role, r_role, factor = _QUOTIENT_ROLES.get(rel.kind, ("current", "base", "rate", Fraction(100)))
        a, b, r = figs[a_role][0][1], figs[b_role][0][1], figs[r_role][0][1]
        k = factor * rel.scale
        if b.value == 0:
            return None

        def q(x: Fraction, y: Fraction) -> Fraction:
            return x / y * k

        verdict = _quotient(q, a, b, r, hedged)
        if verdict is not None and verdict.grade == "inconsistent" and _increase_times(rel, rows):
            # "tăng 2,7 lần" read as an increase by 2,7 times: the whole grew to 3,7 times itself
            by = _quotient(lambda x, y: x / y * k - 1, a, b, r, hedged)
            if by is not None and by.grade != "inconsistent":
                return by
        return verdict
    if rel.kind == "growth":
        c, b, r = figs["current"][0][1], figs["base"][0][1], figs["rate"][0][1]
        if b.value == 0:
            return None
        sign = -1 if rel.form == "decrease" else 1
        k = rel.scale  # the current level converted into its base's unit

        def g(x: Fraction, y: Fraction) -> Fraction:
            return sign * (x * k / y - 1) * 100

        return _quotient(g, c, b, r, hedged)
    if rel.kind == "avg_growth":
        s, e, r = figs["start"][0][1], figs["end"][0][1], figs["rate"][0][1]
        years = rel.years or 0
        if years <= 0 or s.value <= 0 or e.value <= 0:
            return None
        shift = Fraction(100) if rel.form == "index" else Fraction(0)
        k = rel.scale  # the end level converted into the start's unit

        def cagr(x: Fraction, y: Fraction) -> Fraction:
            root = math.exp(math.log(float(y * k / x)) / years)
            return Fraction(root).limit_denominator(10**12) * 100 - 100 + shift

        return _quotient(cagr, s, e, r, hedged)
    if rel.kind == "difference":
        m, s, d = figs["minuend"][0][1], figs["subtrahend"][0][1], figs["difference"][0][1]
        k = rel.scale  # the levels' unit into the change's ("tỷ đồng" levels, "tăng 1,02 nghìn tỷ đồng")

        def diff(x: Fraction, y: Fraction) -> Fraction:
            return abs(x - y) * k

        return _quotient(diff, m, s, d, hedged)
    if rel.kind in ("partition", "count_sum", "subset"):
        total = figs["total"][0][1]
        parts = [f for _, f in figs.get("part", [])]
        per_part = part_scales(rel, rows)
        if any(k is None for k in per_part):
            return None  # parts that do not convert into the whole's unit: said by ``unconverted_finding``
        ks = [k for k in per_part if k is not None] or [rel.scale] * len(parts)
        point = sum((p.value * k for p, k in zip(parts, ks, strict=True)), Fraction(0))
        strict = Interval(sum((p.strict.lo * k for p, k in zip(parts, ks, strict=True)), Fraction(0)),
                          sum((p.strict.hi * k for p, k in zip(parts, ks, strict=True)), Fraction(0)))
        wide = Interval(sum((p.widened.lo * k for p, k in zip(parts, ks, strict=True)), Fraction(0)),
                        sum((p.widened.hi * k for p, k in zip(parts, ks, strict=True)), Fraction(0)))
        if rel.kind == "subset":
            lo = wide.lo if hedged else strict.lo
            top = total.widened.hi if hedged else total.strict.hi
            return Verdict("consistent" if lo <= top else "inconsistent", point, wide if hedged else strict, hedged)
        return _grade_result(point, strict, wide, total, hedged)
    if rel.kind == "shares_sum":
        terms = [f for _, f in figs.get("term", [])]
        signs = rel.signs or (1,) * len(terms)
        target = rel.target if rel.target is not None else Fraction(100)
        point = sum((s * t.value for s, t in zip(signs, terms, strict=True)), Fraction(0))
        strict = _signed_sum([t.strict for t in terms], signs)
        wide = _signed_sum([t.widened for t in terms], signs)
        if point == target:
            return Verdict("consistent", point, strict, hedged)
        box = wide if hedged else strict
        if rel.form == "at_most":
            return Verdict("consistent" if box.lo <= target else "exceeds", point, box, hedged)
        if box.lo <= target <= box.hi:
            return Verdict("consistent" if hedged else "rounding", point, box, hedged, "within rounding")
        return Verdict("inconsistent", point, box, hedged)
    return None


def _increase_times(rel: Relation, rows: dict[int, Row]) -> bool:
    """A "times" figure printed as "tăng N lần". Reports use it both for "gấp N lần" and for an
    increase by N times (the whole grew to N + 1 times itself): "năng suất 5,85 tạ/ha (1991) lên 21,49
    tạ/ha (2000), tăng 2,7 lần" is 21,49 / 5,85 − 1 = 2,67; the same page's "sản lượng 179.770 tấn,
    tăng 3,1 lần so với 43.725 tấn" is 4,11 − 1. "gấp N lần" has only the first reading."""
    if rel.kind != "times" or rel.result is None or rel.result[0] not in rows:
        return False
    cell = rows[rel.result[0]].cells[rel.result[1]]
    return fold(cell.column or "").startswith("tang")


def _signed_sum(intervals: Sequence[Interval], signs: Sequence[int]) -> Interval:
    lo = hi = Fraction(0)
    for iv, s in zip(intervals, signs, strict=True):
        if s >= 0:
            lo, hi = lo + iv.lo, hi + iv.hi
        else:
            lo, hi = lo - iv.hi, hi - iv.lo
    return Interval(lo, hi)


def _quotient(f: Callable[[Fraction, Fraction], Fraction], a: Figure, b: Figure, r: Figure, hedged: bool) -> Verdict | None:
    try:
        point = f(a.value, b.value)
    except (ZeroDivisionError, ValueError, OverflowError):
        return None
    strict = _corners(f, [a.strict, b.strict])
    wide = _corners(f, [a.widened, b.widened])
    if strict is None or wide is None:
        return None
    return _grade_result(point, strict, wide, r, hedged)


def _name_key(name: str) -> str:
    """A listed name as compared for repeats: case and spacing aside."""
    return " ".join(name.split()).casefold()


def repeated_names(items: Sequence[str]) -> list[str]:
    """The names a counted list prints more than once, in the order they first appear: "Toàn huyện có 27 xã thị
    trấn là: An Thịnh, …, Nà Hẩu, …, Nà Hẩu, …" -> ["Nà Hẩu"] (case and spacing aside; "Yên Bình" and "thị trấn
    huyện lỵ Yên Bình" are two names, a commune and a town)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in items:
        key = _name_key(name)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            out.append(name)
    return out


def _judge_count_list(rel: Relation, rows: dict[int, Row]) -> Verdict | None:
    """A count against the names printed after it. A name printed twice is a slip in the list whatever the
    count: with as many names as the count, one unit is missing ("27 xã thị trấn là: …" with "Nà Hẩu" twice names
    26 units, van-yen-yen-bai_3; yen-binh-yen-bai_1 the same with "Yên Thành"); with one name more, the list says
    a unit twice (dong-anh-ha-noi_1, "Đông Hội, Đông Hội" among 24 names for 23 communes). Either way the count and
    the list cannot both be right as printed (golden/prose/README.md, convention rule 3)."""
    ref = rel.result
    if ref is None:
        return None
    cell = rows[ref[0]].cells[ref[1]]
    if cell.value.value is None:
        return None
    count = Fraction(str(cell.value.value))
    named = Fraction(len(rel.items))
    grade = "consistent" if named == count and not repeated_names(rel.items) else "inconsistent"
    return Verdict(grade, named, Interval.point(named), False)


def _judge_ranges(rel: Relation, rows: dict[int, Row]) -> Verdict | None:
    lows: list[Fraction] = []
    highs: list[Fraction] = []
    for _, ref in rel.figures:
        v = rows[ref[0]].cells[ref[1]].value
        if v.kind != "range" or v.low is None or v.high is None:
            return None
        lows.append(Fraction(str(v.low)))
        highs.append(Fraction(str(v.high)))
    target = rel.target if rel.target is not None else Fraction(100)
    lo, hi = sum(lows, Fraction(0)), sum(highs, Fraction(0))
    grade = "consistent" if lo <= target <= hi else "inconsistent"
    return Verdict(grade, lo, Interval(lo, hi), False)


# ---------------------------------------------------------------------------------------------
# Which relations this module judges (the others are the table rules')


def judged_by_table_rules(rel: Relation, rows: dict[int, Row]) -> bool:
    """Relations the ``ratios``, ``sums`` and difference/growth rules already judge: a row's own
    quotient, growth or difference (``divides``) and a "Trong đó" list's sum, none of them hedged
    and no partition of counts."""
    cells = [rows[r].cells[p] for _, (r, p) in rel.figures if r in rows and 0 <= p < len(rows[r].cells)]
    if any(is_hedged(c) or c.value.kind == "comparator" for c in cells):
        return False
    if rel.kind in ("partition", "count_sum"):
        if rel.refs("total") and rel.refs("total")[0][0] in rows and read_by_position(rows[rel.refs("total")[0][0]]):
            return False  # a broken sum read by position only is a warning (``relation_finding``)
        # ``sums`` aligns plans, targets, actual figures and estimates; a whole printed as "18/21"
        # also sums its denominators, which only this module does; counts of other nouns under a
        # generic one ("14 đơn vị hành chính, gồm 11 xã và 2 thị trấn") are summed here, since
        # ``sums`` does not add xã to thị trấn
        units = {rows[r].unit for _, (r, _p) in rel.figures if r in rows}
        whole = rows[rel.refs("total")[0][0]].unit if rel.refs("total") and rel.refs("total")[0][0] in rows else None
        # ("2.885 lao động …, 2.485 người … và 240 người": units ``sums`` converts, judged there, once)
        if rel.kind == "count_sum" and len(units) > 1 and all(is_count_unit(u) for u in units) \
                and any(conversion_factor(u, whole) is None for u in units):
            return False
        return all(c.role in ("target", "plan", "actual", "estimate") for c in cells)
    if rel.kind == "subset":
        return in_table_cell(rows[rel.figures[0][1][0]])
    if rel.result is None:
        return False
    out = rows[rel.result[0]].cells[rel.result[1]]
    return out.divides is not None and not out.refs and rel.kind in ("ratio", "share", "times", "growth", "difference")


# ---------------------------------------------------------------------------------------------
# Findings


_KIND_OF = {"partition": "sum_mismatch", "subset": "sum_mismatch", "count_sum": "sum_mismatch",
            "shares_sum": "sum_mismatch", "range_shares_sum": "sum_mismatch", "count_list": "sum_mismatch",
            "difference": "sum_mismatch"}
_DESCRIBE = {
    "ratio": N_("{a} / {b} = {point} %"), "share": N_("{a} / {b} = {point} %"), "per_capita": N_("{a} / {b} = {point}"),
    "times": N_("{a} / {b} = {point} times"), "growth": N_("{a} / {b} = {point} %"),
    "avg_growth": N_("({b} → {a}) = {point} % a year"), "difference": N_("{a} − {b} = {point}"),
}
# What explains a verdict of rounding or a hedge (``Verdict.how``), as messages.
_HOW = {
    "within the hedge's tolerance": N_("within the hedge's tolerance"),
    "within rounding": N_("within rounding"),
    "truncated, not rounded": N_("truncated, not rounded"),
    "printed with trailing zeros": N_("printed with trailing zeros"),
}


def _texts(rel: Relation, rows: dict[int, Row], role: str) -> list[str]:
    return [shown(rows[r].cells[p]) for rr, (r, p) in rel.figures if rr == role]


def _message(rel: Relation, v: Verdict, rows: dict[int, Row], reported: str, d: int, style: str) -> Msg:
    lo, hi = num(v.interval.lo, d + 1, style), num(v.interval.hi, d + 1, style)
    point = num(v.point, d, style)
    kind = rel.kind
    if kind == "count_list":
        names = ", ".join(rel.items[:8]) + (" …" if len(rel.items) > 8 else "")
        again = repeated_names(rel.items)
        if again:
            distinct = len({_name_key(x) for x in rel.items})
            return msg(N_("'{reported}' and {n} names are listed, but {repeated} more than once: {distinct} different "
                          "names ({names})"), reported=reported, n=len(rel.items), repeated=", ".join(again),
                       distinct=distinct, names=names)
        return msg(N_("'{reported}' but {n} names are listed ({names})"), reported=reported, n=len(rel.items), names=names)
    if kind == "range_shares_sum":
        return msg(N_("the target ranges of shares that cover one whole admit {lo}–{hi} %, not 100 %"),
                   lo=num(v.interval.lo, 1, style), hi=num(v.interval.hi, 1, style))
    if kind == "shares_sum":
        terms = _texts(rel, rows, "term")
        signed = " ".join(("− " if s < 0 else "+ ") + t for s, t in zip(rel.signs or (1,) * len(terms), terms, strict=True))
        target = num(Fraction(rel.target if rel.target is not None else 100), 0, style)
        if rel.form == "at_most":
            what = msg(N_("shares of one whole cannot exceed {target} %"), target=target)
        elif str(target) == "0":
            what = msg(N_("the changes of shares that cover one whole add up to 0"))
        else:
            what = msg(N_("shares of one whole must add to {target} %"), target=target)
        return msg(N_("{listed} = {value} % (interval {lo}–{hi}): {what}"), listed=signed.removeprefix("+ "),
                   value=point, lo=lo, hi=hi, what=what)
    if kind in ("partition", "count_sum", "subset"):
        parts = " + ".join(_texts(rel, rows, "part"))
        if kind == "subset":
            said = msg(N_("{parts} = {total} (at least {least}), more than the whole {whole}: parts cannot exceed their total"),
                       parts=parts, total=point, least=lo, whole=reported)
        elif v.interval.lo == v.interval.hi:  # exact counts: no interval to show ("18,0–18,0")
            said = msg(N_("{parts} = {total}, reported {reported}"), parts=parts, total=point, reported=reported)
        else:
            said = msg(N_("{parts} = {total} (total may be {lo}–{hi}), reported {reported}"), parts=parts, total=point,
                       lo=lo, hi=hi, reported=reported)
        converted = _conversions(rel, rows)
        # "800 triệu đồng + 0,4 tỷ đồng = 1,2 (converted: triệu đồng → tỷ đồng)": the sum in the total's unit
        return msg(N_("{arith} (converted: {conversions})"), arith=said, conversions=converted) if converted else said
    roles = {"ratio": ("actual", "plan"), "share": ("part", "total"), "per_capita": ("total", "base"),
             "times": ("numerator", "denominator"), "growth": ("current", "base"), "avg_growth": ("end", "start"),
             "difference": ("minuend", "subtrahend")}[kind]
    a, b = _texts(rel, rows, roles[0])[0], _texts(rel, rows, roles[1])[0]
    template = N_("{a} / {b} − 1 = {point} %") if kind == "growth" and rel.form != "index" else _DESCRIBE[kind]
    arith = msg(template, a=a, b=b, point=point)
    converted = _conversions(rel, rows)
    if converted:
        # "45.014 / 1.250,4 = 36 % (converted: ha → km²)": the operands as printed, the arithmetic in one unit
        arith = msg(N_("{arith} (converted: {conversions})"), arith=arith, conversions=converted)
    if v.interval.lo == v.interval.hi:
        return msg(N_("{arith}, reported {reported}"), arith=arith, reported=reported)
    return msg(N_("{arith} (interval {lo}–{hi}), reported {reported}"), arith=arith, lo=lo, hi=hi, reported=reported)


def _conversions(rel: Relation, rows: dict[int, Row]) -> str:
    """The units a share, a per-capita figure, a difference or a sum converted before the arithmetic
    ("ha → km²"), "" for none."""
    sums = rel.kind in ("partition", "count_sum", "subset")
    levels = {"growth": ("current", "base"), "avg_growth": ("end", "start"), "times": ("numerator", "denominator")}
    if (rel.scale == 1 and not (sums and part_scales(rel, rows))) or \
            (rel.kind not in ("share", "per_capita", "difference", *levels) and not sums):
        return ""
    def unit(role: str) -> str:
        return next(((rows[r].unit or "").strip() for rr, (r, _p) in rel.figures if rr == role and r in rows), "")
    if sums:
        whole = unit("total")
        parts = dict.fromkeys((rows[r].unit or "").strip() for r, _p in rel.refs("part") if r in rows)
        pairs = [(part, whole) for part in parts]
    elif rel.kind == "share":
        pairs = [(unit("part"), unit("total"))]
    elif rel.kind in levels:
        pairs = [(unit(levels[rel.kind][0]), unit(levels[rel.kind][1]))]
    elif rel.kind == "difference":
        pairs = [(unit("minuend"), unit("difference"))]
    else:
        num_unit, _, den_unit = unit("rate").partition("/")
        pairs = [(stock_unit(unit("total")) or "", num_unit.strip()), (unit("base"), den_unit.strip())]
    return ", ".join(f"{a} → {b}" for a, b in pairs if a and b and conversion_factor(a, b) not in (None, 1))


def _hedge_note(rel: Relation, rows: dict[int, Row]) -> str:
    hedges = [f"'{shown(rows[r].cells[p])}'" for _, (r, p) in rel.figures
              if r in rows and is_hedged(rows[r].cells[p])]
    return ", ".join(hedges)


def _how(v: Verdict) -> Msg:
    return msg(_HOW[v.how]) if v.how in _HOW else text(v.how)


def relation_finding(rel: Relation, v: Verdict, rows: dict[int, Row]) -> Finding | None:
    """The finding a verdict gives: an error when inconsistent, an info when rounding (or a hedge's
    tolerance) explains it, nothing when consistent."""
    if v.grade == "consistent" and not v.hedged:
        return None
    anchor = rel.result or rel.figures[0][1]
    row = rows[anchor[0]]
    cell = row.cells[anchor[1]]
    shown_figure = figure(row, cell)
    d = shown_figure.decimals if shown_figure is not None else 0
    if rel.result is None:
        # a sum of shares: printed at the precision of its most precise term, against its target
        d = max((f.decimals for _, (r, p) in rel.figures if (f := figure(rows[r], rows[r].cells[p])) is not None), default=1)
        reported, expected = fmt(v.point, d), fmt(Fraction(rel.target if rel.target is not None else 100), 0)
    elif rel.kind == "count_list":
        reported, expected = shown(cell), str(len(rel.items))
    else:
        reported, expected = shown(cell), fmt(v.point, d)
    message = _message(rel, v, rows, reported, d, cell_style(cell))
    kind = _KIND_OF.get(rel.kind, "ratio_mismatch")
    common: dict[str, object] = {
        "reported": reported,
        "expected": expected,
        "interval": v.interval.as_floats(),
        "extra": (("relation", rel.key),),
    }
    if rel.result is None:
        common["column"] = "share"
    if v.grade == "exceeds":
        return finding(kind, "warning", row, cell, message, **common)
    doubt = subset_doubt(rel, rows) if v.grade == "inconsistent" and rel.kind == "subset" else None
    if doubt is None and v.grade == "inconsistent":
        doubt = position_doubt(rel, rows)
    if doubt is not None:
        return finding(kind, "warning", row, cell, clauses(message, doubt), **common)
    if v.grade == "inconsistent":
        if v.hedged:
            note = _hedge_note(rel, rows)
            message = clauses(message, msg(N_("beyond what the hedges {hedges} allow (a 5 % margin)") if "," in note
                                           else N_("beyond what the hedge {hedges} allows (a 5 % margin)"), hedges=note))
        return finding(kind, "error", row, cell, message, **common)
    if v.grade == "rounding":
        if v.how == "within rounding":
            return None  # what the ratio rules accept silently too
        return finding(kind, "info", row, cell, msg(N_("{message}: {how}"), message=message, how=_how(v)), **common)
    if v.hedged and v.how:
        return finding(kind, "info", row, cell, msg(N_("{message}: {how} ({hedges})"), message=message, how=_how(v),
                                                    hedges=_hedge_note(rel, rows)), **common)
    return None


_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def subset_doubt(rel: Relation, rows: dict[int, Row]) -> Msg | None:
    """Why parts that exceed their whole may not be the same measure as it, or None when they
    certainly are. A subset read from running text says less than a partition: nothing but the list
    ties the parts to the whole, so exceeding it is an ``error`` only when every part is the whole's
    measure: the same unit (or one that converts: ha and km², người and nhân khẩu) and the same year.
    Otherwise it is a ``warning`` that says why it was not called an error:

    - a part counted in another unit than its whole ("16.516 hộ …, trong đó 24.609 khẩu"): households
      and their members are two measures of one thing, not a part and its whole;
    - a part of another year than its whole ("diện tích cà phê năm 2020 là 5.000 ha, trong đó năm
      2015 trồng mới 6.200 ha"): a figure of that year, not a part of this one.

    "Trong tổng số 18 xã, có 18 xã đạt tiêu chí điện, 27 xã đạt tiêu chí trường học" -> 27 > 18 is an
    error (same unit, same year); "Toàn huyện có 17.000 hộ, trong đó 23.500 khẩu nghèo" -> a warning.
    """
    whole_refs = rel.refs("total")
    if not whole_refs or whole_refs[0][0] not in rows:
        return None
    whole_row = rows[whole_refs[0][0]]
    whole_cell = whole_row.cells[whole_refs[0][1]]
    whole_years = set(_YEAR_RE.findall(whole_cell.period or ""))
    for r, p in rel.refs("part"):
        part_row = rows.get(r)
        if part_row is None:
            continue
        if conversion_factor(part_row.unit, whole_row.unit) is None:
            return msg(N_("not called an error: a part in '{part}' is not the measure of a whole in '{whole}'"),
                       part=(part_row.unit or "").strip(), whole=(whole_row.unit or "").strip())
        years = set(_YEAR_RE.findall(part_row.cells[p].period or ""))
        if whole_years and years and not years & whole_years:
            return msg(N_("not called an error: a part of {part} is no part of a whole of {whole}"),
                       part=", ".join(sorted(years)), whole=", ".join(sorted(whole_years)))
    return None


def position_doubt(rel: Relation, rows: dict[int, Row]) -> Msg | None:
    """Why a broken sum is not called an error, for a whole whose parts were read by position only
    (``prose_sums_explained.listed_by_position``), else None. Nothing but a list word and where the
    figures stand ties the parts to the whole, so the reading may be wrong where the figures are right.

    "có 1.239 thanh niên, trong đó 1.318 công dân đủ điều kiện khám tuyển", read by position only ->
    a warning "1.318 > 1.239 …: not called an error: the parts were read by their position only".
    """
    if rel.kind not in ("partition", "count_sum", "subset"):
        return None
    totals = rel.refs("total")
    if not totals or totals[0][0] not in rows or not read_by_position(rows[totals[0][0]]):
        return None
    return msg(N_("not called an error: the parts were read by their position only"))


def unconverted_finding(rel: Relation, rows: dict[int, Row]) -> Finding:
    """A total whose parts are printed in units that do not add up into its own: said, not summed.

    "diện tích lúa 2.400 ha, gồm vụ Đông Xuân 1.300 ha và sản lượng 7.800 tấn" -> parts in 'tấn' do
    not convert to 'ha'; summing 1.300 + 7.800 as one unit would be a wrong sum, silent or not. As
    the table rule (``sums``) says of a table's parts, an info: the tool could not check it.
    """
    total_ref = rel.refs("total")[0]
    parent = rows[total_ref[0]]
    parts = [r for r, _p in rel.refs("part")]
    return unconverted_parts(_KIND_OF.get(rel.kind, "sum_mismatch"), parent, parent.cells[total_ref[1]],
                             [rows[r].unit for r in parts], part_scales(rel, rows), extra=(("relation", rel.key),))


def check_prose_arithmetic(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Every relation of the running text the table rules do not judge, recomputed.

    Buôn Hồ: "diện tích 282,61 km² ... dân số thị xã là 100.357 người ... Mật độ dân số đạt 384
    người/km²" -> error "100.357 / 282,61 = 355,1 ..., reported 384".
    """
    del settings
    rows = {r.index: r for r in doc.rows}
    out: list[Finding] = []
    for rel in document_relations(doc):
        if judged_by_table_rules(rel, rows):
            continue
        verdict = judge(rel, rows)
        if verdict is None:
            if any(k is None for k in part_scales(rel, rows)):
                out.append(unconverted_finding(rel, rows))
            continue
        f = relation_finding(rel, verdict, rows)
        if f is not None:
            out.append(f)
    return out
