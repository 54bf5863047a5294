"""``label_mismatch``: evaluation words (Đạt / Vượt / Chưa đạt ...) against the figures beside them.

The actual (or estimate) is compared with the target (or plan) the row's ratio column divides by,
else with the row's target/plan cell. Comparator targets ("trên 99,5%") are met when the actual
satisfies the comparison, range targets ("43-45%") when it reaches the range, and for
lower-is-better indicators (``CheckSettings.lower_is_better``) smaller is better. Rules and
severities: docs/rules.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from extractor.model import Cell, Document, Row
from reconcile.engine.checks.arithmetic import operands, plain
from reconcile.engine.checks.evidence import cell_style, finding, shown
from reconcile.engine.checks.intervals import ONE_HUNDRED, Printed
from reconcile.engine.findings import PATTERN, Finding
from reconcile.engine.messages import N_, Msg, clauses, msg, num
from reconcile.engine.settings import CheckSettings

MET = ("Đạt", "Hoàn thành")
EXCEEDED = ("Vượt",)
MISSED = ("Chưa đạt", "Không đạt", "Chưa hoàn thành")
EVALUATIONS = MET + EXCEEDED + MISSED


@dataclass(frozen=True)
class Outcome:
    """What the figures say about the target.

    verdict:  "above" (beyond the target), "met" (at it, or inside a target range, or satisfying a
              comparator), "below" (short of it).
    certain:  False when the printed precision of the two figures could reverse the verdict
              (48,1 against 48: rounding of either could make them equal).
    text:     the comparison for the message ("100 > 99,5").
    """

    verdict: str
    certain: bool
    text: Msg
    inside: bool = False


def _cmp(a: Printed, t: Printed, lower_better: bool, style: str) -> Outcome:
    av, tv = num(a.value, a.decimals, style), num(t.value, t.decimals, style)
    if a.value == t.value:
        return Outcome("met", True, msg(N_("{a} = {t}"), a=av, t=tv))
    better = a.value < t.value if lower_better else a.value > t.value
    disjoint = not a.interval.overlaps(t.interval)
    if lower_better:
        template = N_("{a} > {t}; smaller is better here") if a.value > t.value else N_("{a} < {t}; smaller is better here")
    else:
        template = N_("{a} > {t}") if a.value > t.value else N_("{a} < {t}")
    return Outcome("above" if better else "below", disjoint, msg(template, a=av, t=tv))


_OPS = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


def outcome(actual: Cell, target: Cell, *, lower_better: bool) -> Outcome | None:
    """Compare an actual figure with a target: a number, a comparator ("trên 99,5%") or a range.

    >>> from normalizers.numbers import parse_value
    >>> a = Cell("tiểu học", "actual", parse_value("100%"))
    >>> t = Cell("KH", "plan", parse_value("trên 99,5%"))
    >>> outcome(a, t, lower_better=False).verdict
    'met'
    """
    a = plain(actual.value)
    if a is None and actual.value.kind == "fraction" and actual.value.value is not None:
        a = Printed.of(actual.value.value, actual.value.decimals)
    if a is None:
        return None
    style = cell_style(actual)
    av = num(a.value, a.decimals, style)
    tv = target.value
    if tv.kind == "number" and tv.value is not None:
        return _cmp(a, Printed.of(tv.value, tv.decimals), lower_better, style)
    if tv.kind == "comparator" and tv.value is not None and tv.op in _OPS:
        bound = Printed.of(tv.value, tv.decimals)
        ok = _OPS[tv.op](a.value, bound.value)
        template = N_("{a} satisfies '{target}'") if ok else N_("{a} fails '{target}'")
        return Outcome("met" if ok else "below", True, msg(template, a=av, target=shown(target)))
    if tv.kind == "range" and tv.low is not None and tv.high is not None:
        low, high = Printed.of(tv.low, None), Printed.of(tv.high, None)
        if low.value <= a.value <= high.value:
            return Outcome("met", True, msg(N_("{a} is inside {target}"), a=av, target=shown(target)), inside=True)
        beyond_high = a.value > high.value
        better = not beyond_high if lower_better else beyond_high
        template = N_("{a} is above the range {target}") if beyond_high else N_("{a} is below the range {target}")
        return Outcome("above" if better else "below", True, msg(template, a=av, target=shown(target)))
    return None


def _evaluation_cells(row: Row) -> list[tuple[int, Cell]]:
    out = []
    for pos, cell in enumerate(row.cells):
        if cell.value.kind != "label" or cell.value.label not in EVALUATIONS:
            continue
        if cell.role == "evaluation" or (row.table is None and cell.role not in ("note",)):
            out.append((pos, cell))
    return out


def _ratio_before(row: Row, pos: int, cell: Cell) -> tuple[Cell, Cell | None, Cell | None] | None:
    """The ratio cell nearest left of an evaluation cell, with the cells it divides."""
    best: tuple[int, Cell] | None = None
    for i, c in enumerate(row.cells):
        if c.role != "ratio" or c.divides is None:
            continue
        order = c.column_index if c.column_index is not None else i
        limit = cell.column_index if cell.column_index is not None else pos
        if row.table is not None and order >= limit:
            continue
        if best is None or order > best[0]:
            best = (order, c)
    if best is None:
        return None
    num, den = operands(row, best[1])
    return best[1], num[1] if num else None, den[1] if den else None


def _pair(row: Row, pos: int, cell: Cell) -> tuple[Cell | None, Cell | None, Cell | None]:
    """(actual, target, ratio) an evaluation cell speaks about."""
    ratio = _ratio_before(row, pos, cell)
    if ratio is not None and ratio[1] is not None and ratio[2] is not None:
        return ratio[1], ratio[2], ratio[0]
    limit = cell.column_index if (row.table is not None and cell.column_index is not None) else None

    def before(c: Cell) -> bool:
        return limit is None or (c.column_index is not None and c.column_index < limit)

    actuals = [c for c in row.cells if c.role in ("actual", "estimate") and before(c)]
    targets = [c for c in row.cells if c.role == "target" and before(c)] or [
        c for c in row.cells if c.role == "plan" and before(c)
    ]
    actual = actuals[-1] if row.table is not None and actuals else (actuals[0] if actuals else None)
    target = targets[0] if targets else None
    return actual, target, ratio[0] if ratio else None


def _expected(verdict: str) -> str:
    return {"above": "Vượt", "met": "Đạt", "below": "Chưa đạt"}[verdict]


def _judge(label: str, out: Outcome, comparator_or_range: bool) -> tuple[str, Msg] | None:
    """(severity, why) when the label contradicts the outcome, else None."""
    v = out.verdict
    if label in EXCEEDED:
        if v == "above":
            return None
        if v == "met" and comparator_or_range:
            return None if not out.inside else ("warning", msg(N_("'Vượt' but the figure is inside the target range, not above it")))
        return ("error" if out.certain else "warning",
                msg(N_("'Vượt' needs the actual beyond the target, but {outcome}"), outcome=out.text))
    if label in MET:
        if v == "met":
            return None
        if v == "above":
            if comparator_or_range:
                return None
            return ("info", msg(N_("'{label}' for exceeding the target ({outcome}); 'Vượt' would say so"),
                                label=label, outcome=out.text))
        return ("error" if out.certain else "warning",
                msg(N_("'{label}' but the target was not reached: {outcome}"), label=label, outcome=out.text))
    # Chưa đạt / Không đạt
    if v == "below":
        return None
    return ("error" if out.certain or v == "met" else "warning",
            msg(N_("'{label}' but the target was reached: {outcome}"), label=label, outcome=out.text))


def _within_tolerance(actual: Cell, target: Cell, tolerance: float) -> bool:
    a, t = plain(actual.value), plain(target.value)
    if a is None or t is None or t.value == 0 or tolerance <= 0:
        return False
    return abs(a.value - t.value) / abs(t.value) * ONE_HUNDRED <= Fraction(str(tolerance))


def _ratio_only(row: Row, cell: Cell, ratio: Cell, target: Cell | None, label: str) -> Finding | None:
    """Judge a label by its printed ratio when the actual figure is missing (blank or a word)."""
    r = plain(ratio.value)
    if r is None:
        return None
    reached = r.value + r.half >= ONE_HUNDRED
    beyond = r.value - r.half > ONE_HUNDRED
    problem = None
    if (label in MET and not reached) or (label in MISSED and r.value - r.half >= ONE_HUNDRED):
        problem = msg(N_("'{label}' but the ratio printed is {ratio} %"), label=label, ratio=shown(ratio))
    elif label in EXCEEDED and not beyond:
        problem = msg(N_("'Vượt' but the ratio printed is {ratio} %"), ratio=shown(ratio))
    if problem is None:
        return None
    t = plain(target.value) if target is not None else None
    if t is not None and t.value == r.value:
        return finding(
            "label_mismatch", "warning", row, cell,
            clauses(problem, msg(N_("the actual figure is not printed and the ratio equals the target {target} "
                                    "(probably the actual figure printed in the ratio column)"),
                                 target=num(t.value, t.decimals, cell_style(ratio)))),
            reported=shown(cell), expected=None, extra=((PATTERN, "actual figure in the ratio column"),),
        )
    expected = "Vượt" if beyond else ("Đạt" if reached else "Chưa đạt")
    return finding("label_mismatch", "error", row, cell, problem, reported=shown(cell), expected=expected)


_FLOOR_RE = re.compile(r"(?:^|\s)(?:trên|tối thiểu|ít nhất|từ)\s+\d+(?:[.,]\d+)?\s*%", re.IGNORECASE)


def _floor_named(row: Row) -> bool:
    """The indicator's name sets a floor ("Trên 60% bộ phận thường trực ...", "ít nhất 30%"):
    anything above it has met it, so "Đạt" is the right word."""
    return _FLOOR_RE.search(row.indicator) is not None


def _exceeded_elsewhere(doc: Document, row: Row) -> int | None:
    """A line of the row's table where an exceeded target is labelled "Vượt", if any."""
    if row.table is None:
        return None
    for other in doc.rows:
        if other.table == row.table and other.index != row.index and any(c.value.label in EXCEEDED for c in other.cells):
            return other.provenance.line or other.provenance.page
    return None


def check_labels(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Every evaluation label against its figures.

    Seed 003: "tiểu học 100%: chưa đạt (KH trên 99,5%)" -> error, 100 satisfies "trên 99,5%";
    seed 000 Biểu 02: "Công nhận mới 02 điểm du lịch | 2 | 1 | 50 | Chưa đạt" -> no finding.
    """
    findings: list[Finding] = []
    for row in doc.rows:
        lower_better = settings.is_lower_better(row.key or row.indicator)
        for pos, cell in _evaluation_cells(row):
            label = cell.value.label or ""
            actual, target, ratio = _pair(row, pos, cell)
            if target is None:
                continue
            if actual is None or actual.value.kind in ("blank",):
                if ratio is not None and not lower_better and target.value.kind == "number":
                    f = _ratio_only(row, cell, ratio, target, label)
                    if f is not None:
                        findings.append(f)
                continue
            out = outcome(actual, target, lower_better=lower_better)
            if out is None:
                continue
            bounded = target.value.kind in ("comparator", "range") or _floor_named(row)
            judged = _judge(label, out, bounded)
            if judged is None:
                continue
            severity, why = judged
            if severity == "info" and out.verdict == "above":
                # "Đạt" for a target exceeded is a finding only where the same table says "Vượt"
                # for exceeded targets: the report then uses two words for one outcome.
                vuot = _exceeded_elsewhere(doc, row)
                if vuot is None:
                    continue
                severity, why = "warning", msg(N_("{why}, as line {line} of the same table does"), why=why, line=vuot)
            if severity != "info" and out.verdict == "below" and _within_tolerance(actual, target, settings.label_tolerance):
                continue
            findings.append(
                finding(
                    "label_mismatch", severity, row, cell,
                    why,
                    reported=shown(cell), expected=_expected(out.verdict) if out.verdict != "met" or not bounded else "Đạt",
                )
            )
    return findings

