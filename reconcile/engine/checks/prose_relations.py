"""Arithmetic stated in running text: differences, growth, counts, and shares that must add to 100.

Quotients in prose ("2.500/3.500 ha, đạt 71,4%", "gấp 2,58 lần (24.013/9.278)", a share whose
part and whole are printed) are recomputed by ``ratios`` with the same interval rule; this module
checks the other relations the extractor records in ``Cell.relation``:

- "difference": "vượt 204,4 tấn so với kế hoạch" is actual − plan (``sum_mismatch``);
- "growth": "tăng 5,7% so với cùng kỳ" is (current / previous − 1) · 100, only where both figures
  are printed (``ratio_mismatch``);
- "count": "13/14 xã" cannot count more than its whole (``ratio_mismatch``);
- "share": "chiếm 30,5%" shares of one whole add to 100 (``sum_mismatch``).

Hedged figures ("trên", "khoảng", "gần", "hơn", "ước") and figures on different bases ("giá hiện
hành" against "giá so sánh") never give an error or a warning: an ``info`` says why not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from fractions import Fraction

from extractor.model import Cell, Document, Row
from normalizers.text import fold
from reconcile.engine.checks.arithmetic import operands, plain
from reconcile.engine.checks.evidence import cell_style, finding, shown
from reconcile.engine.checks.intervals import (
    Grade,
    Interval,
    Printed,
    difference,
    fmt,
    grade,
    growth,
)
from reconcile.engine.checks.prose_arith import check_prose_arithmetic, is_hedged
from reconcile.engine.checks.prose_explained import check_explained
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, msg, num
from reconcile.engine.relations import relation_key
from reconcile.engine.settings import CheckSettings

# Words in a note or sentence that put two figures on different bases.
_BASE_WORDS = ("khac goc", "nam goc", "khac nam", "khac ky", "different base", "different year")
_PRICE_BASES = ("gia hien hanh", "gia so sanh")
_DOWN_WORDS = ("giam", "thap hon", "it hon", "hut", "chua dat", "con thieu", "sut")
_UP_WORDS = ("tang", "vuot", "cao hon", "nhieu hon")


def unchecked_reason(row: Row, cells: Sequence[Cell]) -> Msg | None:
    """Why a prose relation must not be judged strictly, or None.

    >>> from normalizers.numbers import parse_value
    >>> from extractor.model import Cell, Row
    >>> c = Cell("prose", "actual", parse_value("khoảng 2.500"))
    >>> unchecked_reason(Row("d", 0, "Khoanh nuôi", "khoanh nuoi", (c,)), [c]).render()
    "'khoảng 2.500' is hedged (khoảng)"
    """
    for cell in cells:
        hedge = cell.value.hedge
        if hedge:
            return msg(N_("'{printed}' is hedged ({hedge})"), printed=shown(cell), hedge=hedge)
    texts = [fold(n) for n in row.notes]
    if row.context:
        texts.append(fold(row.context))
    joined = " ".join(texts)
    if all(base in joined for base in _PRICE_BASES):
        return msg(N_("the figures are on different price bases (giá hiện hành vs giá so sánh)"))
    for note in row.notes:
        if any(w in fold(note) for w in _BASE_WORDS):
            return msg(N_("the figures are on different bases ({note})"), note=note)
    return None


def _direction(cell: Cell) -> int:
    """+1 when the words say increase/exceed, −1 decrease/shortfall, 0 when they say neither."""
    words = " " + re.sub(r"[^a-z0-9]+", " ", fold(cell.column)) + " "
    if any(f" {w} " in words for w in _DOWN_WORDS):
        return -1
    if any(f" {w} " in words for w in _UP_WORDS):
        return 1
    return 0


def _signed_check(
    row: Row, cell: Cell, a: Cell, b: Cell, point: Fraction, interval: Interval, reported: Printed,
    *, kind: str, what: str, unit: str,
) -> Finding | None:
    """Compare a printed magnitude (with its direction word) to a recomputed signed value."""
    d = reported.decimals
    direction = _direction(cell) if reported.value >= 0 else 0
    if what == "difference" and b.role in ("plan", "target") and b.value.percent and fold(cell.column).startswith("vuot"):
        # a rate's target may be a ceiling: "tốc độ tăng dân số chỉ tiêu 0,8%, thực hiện 0,6%, vượt 0,2%"
        # beats it by 0,2 points; only the size of the gap is checked
        direction = 0
    magnitude = abs(point)
    rec = grade(magnitude, interval.magnitude(), Printed(abs(reported.value), d))
    style = cell_style(cell)
    expr = msg(N_("{a} − {b}"), a=shown(a), b=shown(b)) if what == "difference" else msg(N_("{a} / {b} − 1"), a=shown(a), b=shown(b))
    lo, hi = interval.outward(d + 1)
    arith = msg(N_("{expression} = {value}{unit} (interval {lo}–{hi})"), expression=expr, value=num(point, d, style),
                unit=unit, lo=num(lo, d + 1, style), hi=num(hi, d + 1, style))
    common: dict[str, object] = {"reported": shown(cell), "expected": fmt(point, d), "interval": interval.as_floats()}
    if row.table is None and cell.divides is not None:
        a_pos, b_pos = cell.divides
        common["extra"] = (("relation", relation_key(kind, [(row.index, a_pos), (row.index, b_pos), (row.index, row.cells.index(cell))])),)
    wrong_way = (direction > 0 and interval.hi < 0) or (direction < 0 and interval.lo > 0)
    problem: Msg | None = None
    if wrong_way:
        problem = msg(N_("the words say an increase, the figures the opposite")) if direction > 0 else msg(
            N_("the words say a decrease, the figures the opposite"))
    elif rec.grade >= Grade.TRUNCATED:
        problem = msg(N_("does not recompute"))
    if problem is None:
        return None
    if row.table is None and any(is_hedged(c) for c in (a, b, cell)):
        return None  # judged with the hedge's tolerance by prose_arith
    reason = unchecked_reason(row, [a, b, cell])
    if reason is not None:
        return finding(kind, "info", row, cell,
                       msg(N_("{arith}, reported {reported}: not checked as an error because {reason}"),
                           arith=arith, reported=shown(cell), reason=reason), **common)
    severity = "warning" if rec.grade in (Grade.TRUNCATED, Grade.TRUNCATED_ROUNDING) and not wrong_way else "error"
    return finding(kind, severity, row, cell, msg(N_("{arith}, reported {reported}: {problem}"), arith=arith,
                                                  reported=shown(cell), problem=problem), **common)


def _check_difference(row: Row, cell: Cell) -> Finding | None:
    a_ref, b_ref = operands(row, cell)
    out = plain(cell.value)
    if a_ref is None or b_ref is None or out is None:
        return None
    a, b = plain(a_ref[1].value), plain(b_ref[1].value)
    if a is None or b is None:
        return None
    point, iv = difference(a, b)
    unit = f" {row.unit}" if row.unit else ""
    return _signed_check(row, cell, a_ref[1], b_ref[1], point, iv, out, kind="sum_mismatch", what="difference", unit=unit)


def _check_growth(row: Row, cell: Cell) -> Finding | None:
    a_ref, b_ref = operands(row, cell)
    out = plain(cell.value)
    if a_ref is None or b_ref is None or out is None:
        return None  # "tăng 5,7% so với cùng kỳ" without the previous figure: nothing to recompute
    a, b = plain(a_ref[1].value), plain(b_ref[1].value)
    if a is None or b is None:
        return None
    result = growth(a, b)
    if result is None:
        return None
    point, iv = result
    return _signed_check(row, cell, a_ref[1], b_ref[1], point, iv, out, kind="ratio_mismatch", what="growth", unit=" %")


def _check_count(row: Row, cell: Cell) -> Finding | None:
    """ "13/14 xã": the count cannot exceed its whole."""
    v = cell.value
    if v.kind == "fraction" and v.value is not None and v.den is not None:
        part, whole, shown_as = v.value, v.den, shown(cell)
        target: Cell = cell
    else:
        a_ref, b_ref = operands(row, cell)
        if a_ref is None or b_ref is None:
            return None
        pa, pb = plain(a_ref[1].value), plain(b_ref[1].value)
        if pa is None or pb is None:
            return None
        part, whole = float(pa.value), float(pb.value)
        shown_as = f"{shown(a_ref[1])}/{shown(b_ref[1])}"
        target = cell
    if part <= whole:
        return None
    reason = unchecked_reason(row, [cell])
    severity = "info" if reason else "error"
    style = cell_style(cell)
    message = msg(N_("{printed}: a count of {part} cannot exceed its whole {whole}"), printed=shown_as,
                  part=num(Fraction(str(part)), 0, style), whole=num(Fraction(str(whole)), 0, style))
    if reason:
        message = msg(N_("{message}: not checked as an error because {reason}"), message=message, reason=reason)
    return finding(
        "ratio_mismatch", severity, row, target, message,
        reported=shown_as, expected=f"≤ {fmt(Fraction(str(whole)), 0)}",
    )


def check_prose_relations(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Differences, growth rates, counts and share totals stated in the report's words.

    Seed 003: "Xã Hương Xuân đạt chuẩn 2/4 tiêu chí" (a count, 2 ≤ 4 ✓); "giảm 5,7% so với cùng kỳ"
    is recomputed only when the previous year's figure is printed too.
    """
    findings: list[Finding] = []
    for row in doc.rows:
        for cell in row.cells:
            result: Finding | None = None
            if cell.relation == "difference":
                result = _check_difference(row, cell)
            elif cell.relation == "growth":
                result = _check_growth(row, cell)
            elif cell.relation == "count":
                result = _check_count(row, cell)
            if result is not None:
                findings.append(result)
    findings.extend(check_prose_arithmetic(doc, settings))
    findings.extend(check_explained(doc, settings))
    return findings
