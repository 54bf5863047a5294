"""``ratio_mismatch``: printed percentages and "gấp ... lần" recomputed from the figures they divide.

Table ratio columns ("Ước thực hiện năm 2024/Kế hoạch năm 2024") and prose figures ("2.500/3.500
ha, đạt 71,4%", "gấp 2,58 lần") are recomputed on printed precision (``intervals``); a table's
rounding convention is read from its own ratios first. See docs/rules.md for every rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from extractor.model import Cell, Document, Row
from reconcile.engine.checks.arithmetic import (
    ONE_HUNDRED,
    Candidate,
    Constraints,
    RatioConstraint,
    RatioEval,
    Trial,
    document_constraints,
    find_culprit,
    operands,
    quotient_cells,
    slip,
)
from reconcile.engine.checks.evidence import finding, row_style, shown
from reconcile.engine.checks.intervals import Grade, Recomputation, fmt
from reconcile.engine.checks.prose_arith import hedged_prose
from reconcile.engine.checks.prose_relations import unchecked_reason
from reconcile.engine.findings import PATTERN, Finding
from reconcile.engine.messages import N_, Msg, clauses, msg, num, text
from reconcile.engine.relations import relation_key
from reconcile.engine.settings import CheckSettings


@dataclass(frozen=True)
class Convention:
    """How a table (or the document) turns ratios into printed digits.

    name:      "truncation" or "rounding".
    truncated, rounded: the telling ratios (exact result differs when rounded and when truncated)
               that were printed truncated, and rounded.
    scope:     "table 2", "running text", or "document" when the table alone had too few telling ratios.
    """

    name: str
    truncated: int
    rounded: int
    scope: str

    def describe(self) -> Msg:
        n = self.truncated + self.rounded
        count = self.truncated if self.name == "truncation" else self.rounded
        template = N_("rounding convention of the {scope}: truncation ({count} of {n} telling ratios)") \
            if self.name == "truncation" else N_("rounding convention of the {scope}: rounding ({count} of {n} telling ratios)")
        return msg(template, scope=scope_name(self.scope), count=count, n=n)


def scope_name(scope: str) -> Msg:
    """"table 2", "running text", "document" as a message."""
    if scope.startswith("table "):
        return msg(N_("table {number}"), number=scope.split()[1])
    return msg(N_("running text")) if scope == "running text" else msg(N_("document"))


@dataclass(frozen=True)
class _Checked:
    row: Row
    pos: int
    cell: Cell
    constraint: RatioConstraint
    result: RatioEval


def _scope(row: Row) -> str:
    return "running text" if row.table is None else f"table {row.table + 1}"


def detect_conventions(checked: list[_Checked], settings: CheckSettings) -> dict[str, Convention]:
    """Per scope (table, prose), the rounding convention its telling ratios show.

    A ratio is telling when its exact result rounds and truncates to different printed values
    (90/85 = 105,88: 105,9 rounded, 105,8 truncated). A scope with at least
    ``min_convention_ratios`` telling ratios decides alone; smaller ones take the document's count.
    """
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in checked:
        rec = item.result.best.recomputation
        if item.result.fraction_form:
            continue
        telling = rec.telling
        # A ratio tells truncation only when rounding cannot give it, not even with its inputs
        # rounded (16,90 / 16,75 printed 100,8 may be 16,895 / 16,755): an exact figure, a count.
        if telling is None or (telling == "truncation" and rec.grade < Grade.TRUNCATED):
            continue
        if telling == "rounding" and rec.grade != Grade.EXACT:
            continue
        counts[_scope(item.row)][0 if telling == "truncation" else 1] += 1
    doc_t = sum(c[0] for c in counts.values())
    doc_r = sum(c[1] for c in counts.values())

    def decide(t: int, r: int, scope: str) -> Convention | None:
        if not settings.detect_convention or t + r < settings.min_convention_ratios:
            return None
        name = "truncation" if t / (t + r) >= settings.convention_share else "rounding"
        return Convention(name, t, r, scope)

    fallback = decide(doc_t, doc_r, "document") or Convention("rounding", doc_t, doc_r, "document")
    out: dict[str, Convention] = {}
    for item in checked:
        scope = _scope(item.row)
        if scope not in out:
            t, r = counts[scope]
            out[scope] = decide(t, r, scope) or fallback
    return out


def _side(cell: Cell, candidate: Candidate, style: str) -> Msg:
    if candidate.rule:
        return msg(N_("{value} ({rule})"), value=num(candidate.printed.value, candidate.printed.decimals, style),
                   rule=_rule(candidate))
    return text(shown(cell))


def _rule(candidate: Candidate) -> Msg:
    """"lower bound of '5-6'" as a message (the printed range or comparator is the document's)."""
    assert candidate.rule is not None
    kind, _, printed = candidate.rule.partition(" of ")
    templates = {
        "bound": N_("bound of {printed}"),
        "lower bound": N_("lower bound of {printed}"),
        "upper bound": N_("upper bound of {printed}"),
    }
    return msg(templates.get(kind, N_("bound of {printed}")), printed=printed)


def _expression(num_cell: Cell, den: Cell, trial: Trial, style: str) -> Msg:
    a, b = _side(num_cell, trial.num, style), _side(den, trial.den, style)
    return msg(N_("{a} / {b}"), a=b, b=a) if trial.inverted else msg(N_("{a} / {b}"), a=a, b=b)


def _interval(rec: Recomputation, decimals: int, style: str) -> Msg:
    lo, hi = rec.interval.outward(decimals)
    return msg(N_("{lo}–{hi}"), lo=num(lo, decimals, style), hi=num(hi, decimals, style))


def _arith(num_cell: Cell, den: Cell, trial: Trial, *, times: bool, style: str) -> Msg:
    rec = trial.recomputation
    d = rec.reported.decimals
    template = N_("{expression} = {value} times (interval {interval})") if times else N_(
        "{expression} = {value} % (interval {interval})"
    )
    return msg(template, expression=_expression(num_cell, den, trial, style), value=num(rec.point, d, style),
               interval=_interval(rec, d + 1, style))


def _culprit_text(cs: Constraints, doc: Document, constraint: RatioConstraint, settings: CheckSettings,
                  style: str) -> tuple[str | None, Msg | None]:
    culprit = find_culprit(constraint, cs, settings)
    if culprit is None:
        return None, None
    rows = {r.index: r for r in doc.rows}
    row = rows[culprit.ref[0]]
    cell = row.cells[culprit.ref[1]]
    where = cell.column if culprit.ref[0] == constraint.out[0] else f"{row.indicator} / {cell.column}"
    probable = num(culprit.probable.value, culprit.probable.decimals, style)
    plain_text = f"{where}: {shown(cell)} -> {probable}"
    return plain_text, msg(
        N_("probably '{where}' should read {probable} (printed {printed}, {how})"),
        where=where, probable=probable, printed=shown(cell), how=slip(culprit.how),
    )


def _decision_flip(result: RatioEval) -> Msg | None:
    rec = result.best.recomputation
    r = rec.reported.value
    if r >= ONE_HUNDRED and rec.interval.hi < ONE_HUNDRED:
        return msg(N_("decision flips: the printed ratio says the target was met (≥ 100 %), the figures say it was not"))
    if r < ONE_HUNDRED and rec.interval.lo >= ONE_HUNDRED:
        return msg(N_("decision flips: the printed ratio says the target was missed (< 100 %), the figures say it was met"))
    return None


def _with_extra(common: dict[str, Any], *pairs: tuple[str, str]) -> dict[str, Any]:
    """``common`` with ``pairs`` added to its ``extra`` (a prose ratio already names its relation)."""
    return {**common, "extra": (*common.get("extra", ()), *pairs)}


def _finding_for(item: _Checked, doc: Document, cs: Constraints, convention: Convention, settings: CheckSettings) -> Finding | None:
    row, cell, result = item.row, item.cell, item.result
    trial = result.best
    rec = trial.recomputation
    rows_cells = operands(row, cell)
    assert rows_cells[0] is not None and rows_cells[1] is not None
    num_cell, den = rows_cells[0][1], rows_cells[1][1]
    times = item.constraint.factor == Fraction(1)
    style = row_style(row)
    d = rec.reported.decimals
    reported = shown(cell)
    expected = fmt(rec.point, d)
    arith = _arith(num_cell, den, trial, times=times, style=style)
    common: dict[str, Any] = {"reported": reported, "expected": expected, "interval": rec.interval.as_floats()}
    if row.table is None:
        common["extra"] = (("relation", relation_key("quotient", list(item.constraint.refs))),)
    reason = unchecked_reason(row, [num_cell, den, cell]) if row.table is None else None
    grade = result.grade

    if result.fraction_form:
        q = rec.point / ONE_HUNDRED
        return finding(
            "ratio_mismatch", "warning", row, cell,
            msg(N_("{arith}, reported {reported}: printed as a fraction ({expression} = {fraction}), not a percentage"),
                arith=arith, reported=reported, expression=_expression(num_cell, den, trial, style),
                fraction=num(q, max(d, 2), style)),
            **common,
        )
    if grade == Grade.EXACT:
        return None
    if grade == Grade.ROUNDING:
        # Right for inputs within their own printed precision (16,895 / 16,755 = 100,84 prints
        # 100,8): nothing to say, whatever convention the table follows.
        return None
    if reason is not None:
        return finding(
            "ratio_mismatch", "info", row, cell,
            msg(N_("{arith}, reported {reported}: not checked as an error because {reason}"),
                arith=arith, reported=reported, reason=reason),
            **common,
        )
    if grade in (Grade.TRUNCATED, Grade.TRUNCATED_ROUNDING):
        if convention.name == "truncation":
            return finding(
                "ratio_mismatch", "info", row, cell,
                msg(N_("{arith}, reported {reported}: truncated, not rounded; {convention}"),
                    arith=arith, reported=reported, convention=convention.describe()),
                **common,
            )
        return finding(
            "ratio_mismatch", "warning", row, cell,
            msg(N_("{arith}, reported {reported}: agrees only if truncated, which this document does not otherwise do "
                   "({truncated} truncated, {rounded} rounded telling ratios)"),
                arith=arith, reported=reported, truncated=convention.truncated, rounded=convention.rounded),
            **_with_extra(common, (PATTERN, "truncated where the report rounds")),
        )
    if result.rule_used:
        tried = clauses(*(
            msg(N_("{expression} = {value} %"), expression=_expression(num_cell, den, t, style),
                value=num(t.recomputation.point, d, style))
            for t in result.trials
            if not t.inverted
        ))
        template = N_(
            "{tried}, reported {reported}: the target is a range or comparator, so the ratio was recomputed "
            "against each bound and agrees with none"
        ) if len(result.trials) > 1 else N_(
            "{tried}, reported {reported}: the target is a range or comparator, so the ratio was recomputed "
            "against its bound and agrees with none"
        )
        return finding("ratio_mismatch", "warning", row, cell, msg(template, tried=tried, reported=reported), **common)
    repeated = _repeats_operand(num_cell, den, cell)
    if repeated is not None:
        template = N_("{arith}, reported {reported}: the ratio column repeats the numerator's figure instead of a ratio") \
            if repeated == "numerator" else \
            N_("{arith}, reported {reported}: the ratio column repeats the denominator's figure instead of a ratio")
        return finding(
            "ratio_mismatch", "warning", row, cell,
            msg(template, arith=arith, reported=reported),
            **_with_extra(common, (PATTERN, "ratio column repeats an operand")),
        )
    culprit, culprit_msg = _culprit_text(cs, doc, item.constraint, settings, style)
    flip = _decision_flip(result) if not times and cell.relation != "share" else None
    return finding(
        "ratio_mismatch", "error", row, cell,
        clauses(msg(N_("{arith}, reported {reported}"), arith=arith, reported=reported), flip, culprit_msg),
        culprit=culprit,
        **common,
    )


def _repeats_operand(num: Cell, den: Cell, cell: Cell) -> str | None:
    """ "31,4 | 31,4" under "Lũy kế thực hiện" and "... so với chỉ tiêu": the column holds a copy.

    Some tables print a percentage indicator's own value in the comparison column; the figures are
    not wrong, the column is mislabelled, so this is a warning rather than an error.
    """
    value = cell.value.value
    if value is None:
        return None
    if num.value.kind == "number" and num.value.value == value:
        return "numerator"
    if den.value.kind == "number" and den.value.value == value:
        return "denominator"
    return None


def check_ratios(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Every printed ratio recomputed; one finding per ratio that is not exactly or roundingly right.

    Seed 000, "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa": 83,9 / 88,5 = 94,8 % ✓ (no finding);
    had it printed 98,4 -> error "83,9 / 88,5 = 94,8 % (interval 94,69–94,92), reported 98,4".
    """
    cs = document_constraints(doc, settings)
    findings: list[Finding] = []
    checked: list[_Checked] = []
    for row in doc.rows:
        for pos, cell, _factor in quotient_cells(row):
            if row.table is None and hedged_prose(row, cell):
                continue  # judged with the hedge's tolerance by prose_arith
            constraint = next(
                (c for c in cs.by_ref.get((row.index, pos), []) if isinstance(c, RatioConstraint) and c.out == (row.index, pos)),
                None,
            )
            if constraint is None:
                note = _unchecked_note(row, cell)
                if note is not None:
                    findings.append(note)
                continue
            result = constraint.evaluate()
            if result is None:
                if cell.value.value:
                    findings.append(
                        finding("ratio_mismatch", "info", row, cell,
                                msg(N_("{printed} divides by a figure that is (or may be) zero: not checked"),
                                    printed=shown(cell)),
                                reported=shown(cell))
                    )
                continue
            checked.append(_Checked(row, pos, cell, constraint, result))
    conventions = detect_conventions(checked, settings)
    for item in checked:
        f = _finding_for(item, doc, cs, conventions[_scope(item.row)], settings)
        if f is not None:
            findings.append(f)
    findings.extend(_undivided_columns(doc))
    return findings


def _unchecked_note(row: Row, cell: Cell) -> Finding | None:
    """Why a ratio with both operands printed was not recomputed, when the reason is worth an info.

    Blank and label operands and unreadable cells say nothing here (``parse_errors`` reports the
    unreadable ones); a ratio printed as a range or comparator is noted.
    """
    num, den = operands(row, cell)
    if num is None or den is None:
        return None
    kinds = {num[1].value.kind, den[1].value.kind}
    if kinds & {"blank", "label", "unparsed"} or cell.value.kind in ("blank", "label", "unparsed"):
        return None
    if cell.value.kind in ("range", "comparator", "fraction"):
        return finding(
            "ratio_mismatch", "info", row, cell,
            msg(N_("the ratio is printed as '{printed}', not a single figure: not recomputed"), printed=shown(cell)),
            reported=shown(cell),
        )
    return None


def _undivided_columns(doc: Document) -> list[Finding]:
    """Ratio columns whose header does not say what they divide: one info per column, never silent."""
    out: list[Finding] = []
    for table in doc.tables:
        for col in table.columns:
            if col.role != "ratio" or col.divides is not None:
                continue
            rows = [
                (r, c) for r in doc.rows if r.table == table.number
                for c in r.cells if c.column_index == col.index and c.value.kind == "number"
            ]
            if not rows:
                continue
            row, cell = rows[0]
            out.append(
                finding(
                    "ratio_mismatch", "info", row, cell,
                    msg(N_("ratio column '{header}' does not say what it divides: its {n} values were not recomputed"),
                        header=col.header, n=len(rows)),
                    reported=shown(cell),
                )
            )
    return out
