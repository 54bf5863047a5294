"""``ratio_mismatch``: printed percentages and "gấp ... lần" recomputed from the figures they divide.

Table ratio columns ("Ước thực hiện năm 2024/Kế hoạch năm 2024") and prose figures ("2.500/3.500
ha, đạt 71,4%", "gấp 2,58 lần") are recomputed on printed precision (``intervals``); a table's
rounding convention is read from its own ratios first. See docs/rules.md for every rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from fractions import Fraction

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
)
from reconcile.engine.checks.evidence import finding, shown
from reconcile.engine.checks.intervals import Grade, fmt
from reconcile.engine.checks.prose_relations import unchecked_reason
from reconcile.engine.findings import PATTERN, Finding
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

    def describe(self) -> str:
        n = self.truncated + self.rounded
        count = self.truncated if self.name == "truncation" else self.rounded
        return f"rounding convention of the {self.scope}: {self.name} ({count} of {n} telling ratios)"


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


def _side(cell: Cell, candidate: Candidate) -> str:
    if candidate.rule:
        return f"{candidate.printed.text()} ({candidate.rule})"
    return shown(cell)


def _expression(num: Cell, den: Cell, trial: Trial) -> str:
    a, b = _side(num, trial.num), _side(den, trial.den)
    return f"{b} / {a}" if trial.inverted else f"{a} / {b}"


def _arith(num: Cell, den: Cell, trial: Trial, *, times: bool) -> str:
    rec = trial.recomputation
    d = rec.reported.decimals
    unit = "lần" if times else "%"
    return f"{_expression(num, den, trial)} = {fmt(rec.point, d)} {unit} (interval {rec.interval.show(d + 1)})"


def _culprit_text(cs: Constraints, doc: Document, constraint: RatioConstraint, settings: CheckSettings) -> tuple[str | None, str]:
    culprit = find_culprit(constraint, cs, settings)
    if culprit is None:
        return None, ""
    rows = {r.index: r for r in doc.rows}
    row = rows[culprit.ref[0]]
    cell = row.cells[culprit.ref[1]]
    where = cell.column if culprit.ref[0] == constraint.out[0] else f"{row.indicator} / {cell.column}"
    probable = culprit.probable.text()
    text = f"{where}: {shown(cell)} -> {probable}"
    return text, f"; probably '{where}' should read {probable} (printed {shown(cell)}, {culprit.how})"


def _decision_flip(result: RatioEval) -> str:
    rec = result.best.recomputation
    r = rec.reported.value
    if r >= ONE_HUNDRED and rec.interval.hi < ONE_HUNDRED:
        return "; decision flips: the printed ratio says the target was met (≥ 100 %), the figures say it was not"
    if r < ONE_HUNDRED and rec.interval.lo >= ONE_HUNDRED:
        return "; decision flips: the printed ratio says the target was missed (< 100 %), the figures say it was met"
    return ""


def _finding_for(item: _Checked, doc: Document, cs: Constraints, convention: Convention, settings: CheckSettings) -> Finding | None:
    row, cell, result = item.row, item.cell, item.result
    trial = result.best
    rec = trial.recomputation
    rows_cells = operands(row, cell)
    assert rows_cells[0] is not None and rows_cells[1] is not None
    num, den = rows_cells[0][1], rows_cells[1][1]
    times = item.constraint.factor == Fraction(1)
    d = rec.reported.decimals
    reported = shown(cell)
    expected = fmt(rec.point, d)
    arith = _arith(num, den, trial, times=times)
    common = {"reported": reported, "expected": expected, "interval": rec.interval.as_floats()}
    reason = unchecked_reason(row, [num, den, cell]) if row.table is None else None
    grade = result.grade

    if result.fraction_form:
        q = rec.point / ONE_HUNDRED
        return finding(
            "ratio_mismatch", "warning", row, cell,
            f"{arith}, reported {reported}: printed as a fraction ({_expression(num, den, trial)} = {fmt(q, max(d, 2))}), "
            "not a percentage",
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
            f"{arith}, reported {reported}: not checked as an error because {reason}",
            **common,
        )
    if grade in (Grade.TRUNCATED, Grade.TRUNCATED_ROUNDING):
        if convention.name == "truncation":
            return finding(
                "ratio_mismatch", "info", row, cell,
                f"{arith}, reported {reported}: truncated, not rounded; {convention.describe()}",
                **common,
            )
        return finding(
            "ratio_mismatch", "warning", row, cell,
            f"{arith}, reported {reported}: agrees only if truncated, which this document does not otherwise do "
            f"({convention.truncated} truncated, {convention.rounded} rounded telling ratios)",
            extra=((PATTERN, "truncated where the report rounds"),),
            **common,
        )
    if result.rule_used:
        tried = "; ".join(
            f"{_expression(num, den, t)} = {fmt(t.recomputation.point, d)} %"
            for t in result.trials
            if not t.inverted
        )
        return finding(
            "ratio_mismatch", "warning", row, cell,
            f"{tried}, reported {reported}: the target is a range or comparator, so the ratio was recomputed "
            f"against {'each bound' if len(result.trials) > 1 else 'its bound'} and agrees with none",
            **common,
        )
    repeated = _repeats_operand(num, den, cell)
    if repeated is not None:
        return finding(
            "ratio_mismatch", "warning", row, cell,
            f"{arith}, reported {reported}: the ratio column repeats the {repeated} figure instead of a ratio",
            extra=((PATTERN, "ratio column repeats an operand"),),
            **common,
        )
    culprit, culprit_msg = _culprit_text(cs, doc, item.constraint, settings)
    flip = _decision_flip(result) if not times and cell.relation != "share" else ""
    return finding(
        "ratio_mismatch", "error", row, cell,
        f"{arith}, reported {reported}{flip}{culprit_msg}",
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
        return "numerator's"
    if den.value.kind == "number" and den.value.value == value:
        return "denominator's"
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
                                f"{shown(cell)} divides by a figure that is (or may be) zero: not checked",
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
            f"the ratio is printed as '{shown(cell)}', not a single figure: not recomputed",
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
                    f"ratio column '{col.header}' does not say what it divides: its {len(rows)} values were not recomputed",
                    reported=shown(cell),
                )
            )
    return out
