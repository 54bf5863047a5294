"""``sum_mismatch``: a total against the sum of its parts ("Trong đó" children of a row).

A parent with ``partition=True`` is the sum of its children: consistent iff
|T − Σ parts| ≤ h_T + Σ h_i in every value column the parent and all children print (h is half a
unit of each value's last printed digit; children in other units are converted first). A parent
with ``partition=False`` lists a subset ("Diện tích cây chè / Trong đó: Diện tích trồng mới"): it
is no sum, but the parts still cannot exceed their whole.
"""

from __future__ import annotations

import re

from extractor.model import Cell, Document, Row
from normalizers.quantities import is_count_unit
from normalizers.text import fold, strip_markup
from normalizers.units import parse_unit
from reconcile.engine.checks.arithmetic import (
    Constraints,
    SumConstraint,
    SumGroup,
    aligned_columns,
    document_constraints,
    find_culprit,
    plain,
    slip,
    sum_groups,
    unit_factor,
)
from reconcile.engine.checks.evidence import finding, row_style, shown, unconverted_parts
from reconcile.engine.checks.intervals import Grade, Interval, fmt, total
from reconcile.engine.checks.prose_arith import judged_in_prose
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, clauses, msg, num, text
from reconcile.engine.relations import list_is_partition, relation_key
from reconcile.engine.settings import CheckSettings

_MAX_LISTED = 6
_NOT_ADDITIVE = ("percent", "permille", "other", "time")


def _listing(values: list[str]) -> Msg:
    if len(values) <= _MAX_LISTED:
        return text(" + ".join(values))
    return msg(N_("{first} + … ({n} parts)"), first=" + ".join(values[:_MAX_LISTED]), n=len(values))


def _partition_findings(doc: Document, group: SumGroup, cs: Constraints, settings: CheckSettings) -> list[Finding]:
    parent = group.parent
    factors = [unit_factor(c.unit, parent.unit) for c in group.children]
    if any(f is None for f in factors):
        if parent.table is None and is_count_unit(parent.unit) and all(is_count_unit(c.unit) for c in group.children):
            return []  # counts of other nouns under a generic one: ``prose_arith`` adds them
        return [unconverted_parts("sum_mismatch", parent, None, [c.unit for c in group.children], factors)]
    rows = {r.index: r for r in doc.rows}
    style = row_style(parent)
    out: list[Finding] = []
    kids = {c.index for c in group.children}
    for constraint in cs.by_row.get(parent.index, []):
        if not isinstance(constraint, SumConstraint) or constraint.out[0] != parent.index:
            continue
        if not {r for r, _ in constraint.parts} <= kids:
            continue  # another list of the same total (``Row.breakdown``)
        t, point, allowed, grade = constraint.evaluate()
        if grade != Grade.INCONSISTENT:
            continue
        cell = parent.cells[constraint.out[1]]
        parts = [shown(rows[r].cells[p]) for r, p in constraint.parts]
        converted = any(f != 1 for f in constraint.factors)
        lo, hi = allowed.outward(t.decimals + 1)
        template = N_("{parts} = {total}{unit} (converted to {unit_name}) (total may be {lo}–{hi}), reported {reported}") \
            if converted and parent.unit else N_("{parts} = {total}{unit} (total may be {lo}–{hi}), reported {reported}")
        if allowed.lo == allowed.hi:  # exact counts: no interval to show ("18,0–18,0")
            template = N_("{parts} = {total}{unit} (converted to {unit_name}), reported {reported}") \
                if converted and parent.unit else N_("{parts} = {total}{unit}, reported {reported}")
        message = msg(template, parts=_listing(parts), total=num(point, t.decimals, style),
                      unit=f" {parent.unit}" if parent.unit else "", unit_name=parent.unit or "",
                      lo=num(lo, t.decimals + 1, style), hi=num(hi, t.decimals + 1, style), reported=shown(cell))
        culprit = find_culprit(constraint, cs, settings)
        culprit_text = None
        if culprit is not None:
            crow = rows[culprit.ref[0]]
            ccell = crow.cells[culprit.ref[1]]
            where = ccell.column if crow.index == parent.index else f"{crow.indicator} / {ccell.column}"
            probable = num(culprit.probable.value, culprit.probable.decimals, style)
            culprit_text = f"{where}: {shown(ccell)} -> {probable}"
            message = clauses(message, msg(N_("probably '{where}' should read {probable} (printed {printed}, {how})"),
                                           where=where, probable=probable, printed=shown(ccell), how=slip(culprit.how)))
        out.append(
            finding(
                "sum_mismatch", "error", parent, cell, message,
                reported=shown(cell), expected=fmt(point, t.decimals), interval=allowed.as_floats(),
                culprit=culprit_text, extra=_relation(parent, "sum", constraint.refs),
            )
        )
    return out


def _relation(row: Row, kind: str, refs: object) -> tuple[tuple[str, str], ...]:
    """The ``relation`` a prose finding judged (see ``relations.relation_key``); none for tables."""
    return (("relation", relation_key(kind, list(refs))),) if row.table is None else ()  # type: ignore[call-overload]


def _additive(row: Row) -> bool:
    if not row.unit:
        return False
    return parse_unit(row.unit).dimension not in _NOT_ADDITIVE


_FRACTION_RE = re.compile(
    r"(?<![\d.,])(?P<a>\d[\d.,]*)\s*(?P<ua>[^\W\d_]+)?\s*/\s*(?P<b>\d[\d.,]*)\s*(?P<ub>[^\W\d_]+)?"
)


def mixed_fraction(row: Row, cell: Cell) -> bool:
    """The figure is one side of a fraction of two quantities ("57 vụ/72 địa phương", "04 vụ/07 địa
    phương"): cases over places are not parts of anything, so they are never summed.

    >>> from normalizers.numbers import parse_value
    >>> c = Cell("prose", "actual", parse_value("07"))
    >>> mixed_fraction(Row("d", 0, "địa phương", "dia phuong", (c,), context="YPHC 04 vụ/07 địa phương (bằng số tiền)"), c)
    True
    """
    context = row.context or ""
    raw = strip_markup(cell.raw).strip()
    for m in _FRACTION_RE.finditer(context):
        if raw not in (m.group("a"), m.group("b")):
            continue
        ua, ub = m.group("ua"), m.group("ub")
        if ua and ub and fold(ua) != fold(ub):
            return True
    return False


def _subset_findings(group: SumGroup) -> list[Finding]:
    """A "Trong đó" list may leave things out, but it cannot hold more than its whole."""
    parent = group.parent
    if not _additive(parent) or not all(c.unit is None or _additive(c) for c in group.children):
        return []
    factors = [unit_factor(c.unit, parent.unit) for c in group.children]
    if any(f is None for f in factors):
        return []
    out: list[Finding] = []
    for _key, (_pos, pcell), kids in aligned_columns(group):
        if any(mixed_fraction(child, cell) for child, _, cell in kids):
            continue
        t = plain(pcell.value)
        values = [plain(c.value) for _, _, c in kids]
        if t is None or any(v is None for v in values):
            continue
        parts = [(v, f) for v, f in zip(values, factors, strict=True) if v is not None and f is not None]
        point, iv = total(parts)
        if iv.lo <= t.interval.hi:
            continue
        style = row_style(parent)
        out.append(
            finding(
                "sum_mismatch", "warning", parent, pcell,
                msg(N_("{parts} = {total}{unit} (at least {least}), more than the whole {whole}: "
                       "a 'Trong đó' part cannot exceed its total"),
                    parts=_listing([shown(c) for _, _, c in kids]), total=num(point, t.decimals, style),
                    unit=f" {parent.unit}" if parent.unit else "", least=num(iv.lo, t.decimals + 1, style),
                    whole=shown(pcell)),
                reported=shown(pcell), expected=f"≥ {fmt(point, t.decimals)}",
                interval=Interval(iv.lo, iv.hi).as_floats(),
                extra=_relation(parent, "subset", [(parent.index, _pos), *((r.index, i) for r, i, _ in kids)]),
            )
        )
    return out


def check_sums(doc: Document, settings: CheckSettings) -> list[Finding]:
    """Totals against their parts.

    Seed 000: "Diện tích cây chè 2.222,34 ha / Trong đó: Diện tích trồng mới 90,00" is a subset
    (partition False): 90,00 ≤ 2.222,34, no finding. A partition "Tổng 100 = 60 + 45" is an error.
    """
    cs = document_constraints(doc, settings)
    findings: list[Finding] = []
    for group in sum_groups(doc):
        if group.parent.table is None and judged_in_prose(group.parent, group.children):
            continue  # hedged figures and counts: prose_arith
        if list_is_partition(group.parent, group.children):
            findings.extend(_partition_findings(doc, group, cs, settings))
        else:
            findings.extend(_subset_findings(group))
    return findings

