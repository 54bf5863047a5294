"""A document's printed arithmetic as constraints (ratios, sums), and the one-digit culprit search.

Every ratio cell with ``divides`` and every partition total becomes a ``Constraint`` over the
cells it reads. The ratio and sum checks report the constraints that fail; the culprit search asks,
for a failing one, which single printed cell could be misread by one digit (an OCR confusion such
as 3↔8, a typo, a lost decimal separator, two swapped digits) such that *all* the arithmetic that
cell's row and that cell take part in agrees again.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from fractions import Fraction

from extractor.model import Cell, Document, Row
from normalizers.numbers import ParsedValue
from normalizers.quantities import conversion_factor
from normalizers.text import strip_markup
from reconcile.engine.checks.intervals import (
    ONE_HUNDRED,
    Grade,
    Interval,
    Printed,
    Recomputation,
    grade,
    quotient,
    round_half_up,
    total,
)
from reconcile.engine.memo import by_identity
from reconcile.engine.messages import N_, Msg, msg
from reconcile.engine.relations import is_count, list_is_partition
from reconcile.engine.settings import CheckSettings

Ref = tuple[int, int]  # (Row.index, position in Row.cells)

# Relations whose printed figure is a quotient of two other figures (and the factor applied).
QUOTIENT_FACTORS: dict[str | None, Fraction] = {
    None: ONE_HUNDRED,
    "ratio": ONE_HUNDRED,
    "share": ONE_HUNDRED,
    "times": Fraction(1),
}
VALUE_ROLES = ("target", "plan", "actual", "estimate")
# Pairs of digits OCR and hurried typing confuse most; tried before any other substitution.
CONFUSIONS: frozenset[tuple[str, str]] = frozenset(
    pair
    for a, b in (("3", "8"), ("1", "7"), ("0", "6"), ("5", "6"), ("4", "9"), ("0", "8"), ("6", "8"), ("1", "4"), ("5", "9"))
    for pair in ((a, b), (b, a))
)


def clean(raw: str) -> str:
    """A cell's text as an auditor reads it: markup removed (``<b>94,8</b>`` -> ``94,8``)."""
    return strip_markup(raw)


@dataclass(frozen=True)
class Candidate:
    """One way to read an operand: the number, and the rule used when the cell is not a plain number.

    rule: None for a plain number; for a comparator "bound of '> 90'"; for a range "upper bound
          of '5-6'".
    """

    printed: Printed
    rule: str | None = None


def candidates(value: ParsedValue) -> list[Candidate] | None:
    """How an operand may be read: ``"88,5"`` -> one number, ``"5-6"`` -> each bound, a label -> None."""
    raw = clean(value.raw)
    if value.kind == "number" and value.value is not None:
        return [Candidate(Printed.of(value.value, value.decimals))]
    if value.kind == "fraction" and value.value is not None:
        return [Candidate(Printed.of(value.value, value.decimals))]
    if value.kind == "comparator" and value.value is not None:
        bound = Printed.of(value.value, value.decimals)
        return [Candidate(bound, f"bound of '{raw}'")]
    if value.kind == "range" and value.low is not None and value.high is not None:
        low, high = Printed.of(value.low, None), Printed.of(value.high, None)
        return [
            Candidate(low, f"lower bound of '{raw}'"),
            Candidate(high, f"upper bound of '{raw}'"),
        ]
    return None


def plain(value: ParsedValue) -> Printed | None:
    """A plain printed number (what the culprit search may vary), else None."""
    if value.kind == "number" and value.value is not None:
        return Printed.of(value.value, value.decimals)
    return None


def numerator(value: ParsedValue) -> Printed | None:
    """The numerator of a printed fraction ("35/35" -> 35), else None."""
    if value.kind == "fraction" and value.value is not None:
        return Printed.of(value.value, value.decimals)
    return None


@dataclass(frozen=True)
class Trial:
    """One way a ratio was recomputed: which readings of the operands, which direction."""

    num: Candidate
    den: Candidate
    inverted: bool
    recomputation: Recomputation
    factor: Fraction


@dataclass(frozen=True)
class RatioEval:
    """The best agreement found for one printed ratio, and every way that was tried.

    best:          the trial with the lowest grade (direct before inverted, plain before rules).
    fraction_form: the printed value agrees with a / b, not a / b · 100 ("1.1" for 100/95).
    trials:        all trials (for the message when a range or comparator rule was used).
    """

    best: Trial
    fraction_form: bool
    trials: tuple[Trial, ...]

    @property
    def grade(self) -> Grade:
        return Grade.ROUNDING if self.fraction_form else self.best.recomputation.grade

    @property
    def rule_used(self) -> bool:
        return self.best.num.rule is not None or self.best.den.rule is not None


def evaluate_quotient(
    nums: Sequence[Candidate],
    dens: Sequence[Candidate],
    out: Printed,
    *,
    factor: Fraction,
    lower_better: bool,
    truncation_tolerance: Fraction,
    fraction_form_possible: bool = False,
) -> RatioEval | None:
    """Recompute a printed quotient every admissible way and keep the best agreement.

    Lower-is-better indicators may print plan / actual (16,90 / 16,75 = 100,9 % of a malnutrition
    plan), so for them the inverted direction is tried too. ``fraction_form_possible``: the printed
    value may be a / b itself ("1.1" for 100/95 in a % column), tried only when nothing else fits.
    """
    trials: list[Trial] = []
    for n in nums:
        for d in dens:
            for inverted in (False, True) if lower_better else (False,):
                a, b = (d, n) if inverted else (n, d)
                q = quotient(a.printed, b.printed, factor)
                if q is None:
                    continue
                trials.append(Trial(n, d, inverted, grade(q[0], q[1], out, truncation_tolerance=truncation_tolerance), factor))
    if not trials:
        return None
    best = min(trials, key=lambda t: (t.recomputation.grade, t.inverted))
    fraction_form = False
    if best.recomputation.grade == Grade.INCONSISTENT and factor == ONE_HUNDRED and fraction_form_possible:
        for t in trials:
            a, b = (t.den, t.num) if t.inverted else (t.num, t.den)
            q = quotient(a.printed, b.printed, Fraction(1))
            if q is not None and grade(q[0], q[1], out).grade <= Grade.ROUNDING:
                fraction_form = True
                best = t
                break
    return RatioEval(best, fraction_form, tuple(trials))


@dataclass(frozen=True)
class RatioConstraint:
    """A printed quotient: ``out`` = ``num`` / ``den`` · factor (ratio columns, prose ratios, "gấp")."""

    out: Ref
    num: Ref
    den: Ref
    factor: Fraction
    lower_better: bool
    nums: tuple[Candidate, ...]
    dens: tuple[Candidate, ...]
    reported: Printed
    truncation_tolerance: Fraction
    fraction_form_possible: bool = False

    @property
    def refs(self) -> tuple[Ref, ...]:
        return (self.num, self.den, self.out)

    @property
    def rows(self) -> tuple[int, ...]:
        return (self.out[0],)

    def evaluate(self, override: Mapping[Ref, Printed] | None = None) -> RatioEval | None:
        override = override or {}
        nums = [Candidate(override[self.num])] if self.num in override else list(self.nums)
        dens = [Candidate(override[self.den])] if self.den in override else list(self.dens)
        out = override.get(self.out, self.reported)
        return evaluate_quotient(
            nums, dens, out, factor=self.factor, lower_better=self.lower_better,
            truncation_tolerance=self.truncation_tolerance, fraction_form_possible=self.fraction_form_possible,
        )

    def grade(self, override: Mapping[Ref, Printed] | None = None) -> Grade:
        result = self.evaluate(override)
        return Grade.INCONSISTENT if result is None else result.grade


@dataclass(frozen=True)
class SumConstraint:
    """A partition total: the parent's cell equals the sum of its children's cells in one column.

    factors: per part, what converts it to the total's unit (1 when the units are the same).
    """

    out: Ref
    parts: tuple[Ref, ...]
    factors: tuple[Fraction, ...]
    values: tuple[Printed, ...]  # total first, then the parts
    with_precision: bool
    slack_units: Fraction

    @property
    def refs(self) -> tuple[Ref, ...]:
        return (self.out, *self.parts)

    @property
    def rows(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(r[0] for r in self.refs))

    def evaluate(self, override: Mapping[Ref, Printed] | None = None) -> tuple[Printed, Fraction, Interval, Grade]:
        """(total, Σ parts exactly, interval the total may take, grade)."""
        override = override or {}
        values = [override.get(ref, v) for ref, v in zip(self.refs, self.values, strict=True)]
        t, parts = values[0], values[1:]
        point, iv = total(zip(parts, self.factors, strict=True), with_precision=self.with_precision)
        slack = self.slack_units * t.unit + (t.half if self.with_precision else 0)
        allowed = Interval(iv.lo - slack, iv.hi + slack)
        if round_half_up(point, t.decimals) == t.value:
            g = Grade.EXACT
        elif allowed.lo <= t.value <= allowed.hi:
            g = Grade.ROUNDING
        else:
            g = Grade.INCONSISTENT
        return t, point, allowed, g

    def grade(self, override: Mapping[Ref, Printed] | None = None) -> Grade:
        return self.evaluate(override)[3]


Constraint = RatioConstraint | SumConstraint


@dataclass
class Constraints:
    """All of a document's constraints, indexed by the rows and cells they read."""

    items: list[Constraint] = field(default_factory=list)
    by_row: dict[int, list[Constraint]] = field(default_factory=lambda: defaultdict(list))
    by_ref: dict[Ref, list[Constraint]] = field(default_factory=lambda: defaultdict(list))
    printed: dict[Ref, Printed] = field(default_factory=dict)

    def add(self, constraint: Constraint) -> None:
        self.items.append(constraint)
        for row in constraint.rows:
            self.by_row[row].append(constraint)
        for ref in constraint.refs:
            self.by_ref[ref].append(constraint)


def operands(row: Row, cell: Cell) -> tuple[tuple[int, Cell] | None, tuple[int, Cell] | None]:
    """The (position, cell) pairs a ratio cell divides: table columns by index, prose by position."""
    if cell.divides is None:
        return None, None
    if row.table is None:
        found = [(i, row.cells[i]) if 0 <= i < len(row.cells) else None for i in cell.divides]
    else:
        by_column = {c.column_index: (i, c) for i, c in enumerate(row.cells) if c.column_index is not None}
        found = [by_column.get(i) for i in cell.divides]
    return found[0], found[1]


def quotient_cells(row: Row) -> Iterator[tuple[int, Cell, Fraction]]:
    """Cells of a row printed as a quotient of two others, with their factor (100 for %)."""
    for pos, cell in enumerate(row.cells):
        if cell.divides is None or cell.relation not in QUOTIENT_FACTORS:
            continue
        if cell.relation is None and cell.role != "ratio":
            continue
        yield pos, cell, QUOTIENT_FACTORS[cell.relation]


def unit_factor(child_unit: str | None, parent_unit: str | None) -> Fraction | None:
    """What converts a value in ``child_unit`` to ``parent_unit``; 1 when alike, None when not convertible."""
    return conversion_factor(child_unit, parent_unit)


@dataclass(frozen=True)
class SumGroup:
    """A parent row and its children (``Row.parent``)."""

    parent: Row
    children: tuple[Row, ...]


def sum_groups(doc: Document) -> list[SumGroup]:
    """Each parent with one list of its children (``Row.breakdown`` tells a parent's lists apart)."""
    by_index = {r.index: r for r in doc.rows}
    children: dict[tuple[int, int | None], list[Row]] = defaultdict(list)
    for row in doc.rows:
        if row.parent is not None and row.parent in by_index:
            children[(row.parent, row.breakdown)].append(row)
    return [SumGroup(by_index[p], tuple(kids)) for (p, _), kids in children.items()]


def column_key(row: Row, cell: Cell) -> tuple[object, ...]:
    """Which cells line up across a parent and its children: the table column, or role and period."""
    if row.table is not None and cell.column_index is not None:
        return ("table", row.table, cell.column_index)
    return ("prose", cell.role, cell.period)


def _same_role(row: Row, like: Cell) -> tuple[int, Cell] | None:
    """The one value cell of ``row`` in the role of ``like`` (an estimate's parts may print as actual)."""
    family = {"actual", "estimate"} if like.role in ("actual", "estimate") else {like.role}
    cells = [(i, c) for i, c in enumerate(row.cells) if c.role in family]
    return cells[0] if len(cells) == 1 else None


def _single_value(row: Row) -> tuple[int, Cell] | None:
    cells = [(i, c) for i, c in enumerate(row.cells) if c.role in VALUE_ROLES]
    return cells[0] if len(cells) == 1 else None


def aligned_columns(group: SumGroup) -> Iterator[tuple[tuple[object, ...], tuple[int, Cell], list[tuple[Row, int, Cell]]]]:
    """Value columns present on the parent and on every child: (key, parent cell, child cells).

    In prose a total and each of its parts often print one figure each ("ước 1.810 tỷ đồng, gồm công
    nghiệp 780 tỷ đồng ..."): those line up whatever the words made of their role and period.
    """
    parent_cells = {
        column_key(group.parent, c): (i, c) for i, c in enumerate(group.parent.cells) if c.role in VALUE_ROLES
    }
    single = group.parent.table is None and len(parent_cells) == 1
    for key, (pos, cell) in parent_cells.items():
        kids: list[tuple[Row, int, Cell]] = []
        for child in group.children:
            match = next(((i, c) for i, c in enumerate(child.cells) if column_key(child, c) == key), None)
            if match is None and single and child.table is None:
                match = _single_value(child) or _same_role(child, cell)
            if match is None:
                break
            kids.append((child, match[0], match[1]))
        else:
            yield key, (pos, cell), kids


def counted(row: Row) -> bool:
    """The row counts whole things (người, hộ, xã, đảng viên ...): its whole figures are exact."""
    from normalizers.units import parse_unit

    return parse_unit(row.unit or "").dimension == "count"


def _exact_counts(found: list[Candidate] | None) -> list[Candidate] | None:
    if found is None:
        return None
    return [
        replace(c, printed=replace(c.printed, exact=True))
        if c.rule is None and c.printed.decimals == 0 else c
        for c in found
    ]


def ratio_constraints(row: Row, settings: CheckSettings) -> list[RatioConstraint]:
    """The printed quotients of one row as constraints (what ``build_constraints`` adds per row;
    the misreading search evaluates rows it re-reads with this). The whole figures of a row that
    counts whole things are exact ("85 90 105.8" đảng viên: 90/85 is 105,88 exactly)."""
    out_list: list[RatioConstraint] = []
    tolerance = Fraction(str(settings.truncation_tolerance))
    lower_better = settings.is_lower_better(row.key or row.indicator)
    exact = counted(row)
    for pos, cell, factor in quotient_cells(row):
        num, den = operands(row, cell)
        out = plain(cell.value)
        if num is None or den is None or out is None:
            continue
        nums, dens = candidates(num[1].value), candidates(den[1].value)
        if exact:
            nums, dens = _exact_counts(nums), _exact_counts(dens)
        if not nums or not dens:
            continue
        out_list.append(
            RatioConstraint(
                out=(row.index, pos), num=(row.index, num[0]), den=(row.index, den[0]), factor=factor,
                lower_better=lower_better, nums=tuple(nums), dens=tuple(dens), reported=out,
                truncation_tolerance=tolerance,
                # "1.1" in a % column for 100/95: a bare figure below 10 with no % sign beside it.
                fraction_form_possible=cell.value.percent is None and abs(out.value) < 10,
            )
        )
    return out_list


def build_constraints(doc: Document, settings: CheckSettings) -> Constraints:
    """Every ratio and partition-sum constraint of a document."""
    cs = Constraints()
    for row in doc.rows:
        for pos, cell in enumerate(row.cells):
            p = plain(cell.value)
            if p is not None:
                cs.printed[(row.index, pos)] = p
    for row in doc.rows:
        for constraint in ratio_constraints(row, settings):
            cs.add(constraint)
    for group in sum_groups(doc):
        if not list_is_partition(group.parent, group.children):
            continue
        factors = [unit_factor(c.unit, group.parent.unit) for c in group.children]
        if any(f is None for f in factors):
            continue
        for _key, (ppos, pcell), kids in aligned_columns(group):
            # a prose count printed as a fraction totals its parts by its numerator ("35/35 chỉ tiêu (23 …, 12 …)")
            whole = plain(pcell.value) or (numerator(pcell.value) if group.parent.table is None else None)
            values = [whole, *(plain(c.value) for _, _, c in kids)]
            if any(v is None for v in values):
                continue
            # counts of people, households, communes ... in running text are exact: no rounding to allow
            counts = group.parent.table is None and is_count(group.parent, pcell) and all(
                is_count(r, c) for r, _, c in kids)
            cs.add(
                SumConstraint(
                    out=(group.parent.index, ppos),
                    parts=tuple((r.index, i) for r, i, _ in kids),
                    factors=tuple(f for f in factors if f is not None),
                    values=tuple(v for v in values if v is not None),
                    with_precision=settings.sum_policy == "printed" and not counts,
                    slack_units=Fraction(str(settings.sum_slack_units)),
                )
            )
    return cs


@by_identity(maxsize=8)
def document_constraints(doc: Document, settings: CheckSettings) -> Constraints:
    """``build_constraints``, computed once per document for the checks that share it."""
    return build_constraints(doc, settings)


# --- one-printed-digit variants -------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """Another reading of a printed number, one keystroke or OCR slip away.

    tier: 0 an OCR/typing confusion (3↔8 ...), 1 any other single digit or two swapped neighbours,
          2 a lost or shifted decimal separator.
    """

    printed: Printed
    tier: int
    how: str


def read_as(how: str) -> str:
    """A variant's slip as a reader would say it: "6→4" (printed 6, probably 4) -> "4 read as 6"."""
    return slip(how, reader=True).render()


def slip(how: str, *, reader: bool = False) -> Msg:
    """A variant's slip as a message: "6→4" stays (printed → probably), or with ``reader`` "4 read
    as 6"; "digit dropped", "swapped digits" ... translated."""
    if "→" in how:
        printed, likely = how.split("→")
        if reader:
            return msg(N_("{likely} read as {printed}"), likely=likely, printed=printed)
        return msg(N_("{printed}→{likely}"), printed=printed, likely=likely)
    names = {
        "swapped digits": N_("swapped digits"),
        "digit doubled": N_("digit doubled"),
        "digit dropped": N_("digit dropped"),
        "decimal separator moved": N_("decimal separator moved"),
        "decimal separator lost": N_("decimal separator lost"),
    }
    return msg(names.get(how, how))


def variants(p: Printed) -> list[Variant]:
    """Every one-slip reading of ``p``: ``88,9`` -> ``83,9`` (3↔8), ``89,8`` (swap), ``889`` ...

    >>> readings = {v.printed.text(): v.tier for v in variants(Printed.of(88.9, 1))}
    >>> readings["83,9"], readings["89,8"], readings["889"]
    (0, 1, 2)
    """
    sign = -1 if p.value < 0 else 1
    digits = str(int(abs(p.value) * 10**p.decimals)).rjust(p.decimals + 1, "0")
    d = p.decimals
    int_len = len(digits) - d
    out: list[Variant] = []
    seen: set[tuple[Fraction, int]] = {(p.value, d)}

    def emit(text: str, decimals: int, tier: int, how: str) -> None:
        if decimals < 0 or decimals >= len(text) + 1:
            return
        int_part = text[: len(text) - decimals] if decimals else text
        if len(int_part) > 1 and int_part[0] == "0":
            return
        value = Fraction(sign * int(text), 10**decimals)
        if (value, decimals) in seen:
            return
        seen.add((value, decimals))
        out.append(Variant(Printed(value, decimals), tier, how))

    for i, ch in enumerate(digits):
        for new in "0123456789":
            if new == ch:
                continue
            tier = 0 if (ch, new) in CONFUSIONS else 1
            emit(digits[:i] + new + digits[i + 1 :], d, tier, f"{ch}→{new}")
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1]:
            emit(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :], d, 1, "swapped digits")
        else:
            # "1.1100" for "1.100": a digit read twice.
            emit(digits[:i] + digits[i + 1 :], d - 1 if i >= int_len else d, 1, "digit doubled")
    # "386,2" for "386,28": a digit lost, in the integer part or among the decimals.
    for i in range(len(digits) + 1):
        for new in "0123456789":
            emit(digits[:i] + new + digits[i:], d + 1 if i > int_len or (i == int_len and d) else d, 1, "digit dropped")
    # One place either way: "105,3" for "10,53"; a grouped integer ("51.600") has no decimal to move.
    for shift in (-1, 1):
        new_d = d + shift
        if 0 <= new_d < len(digits) and (int_len - shift) >= 1:
            emit(digits, new_d, 2, "decimal separator moved")
    if d:
        emit(digits, 0, 2, "decimal separator lost")
    return out


@dataclass(frozen=True)
class Culprit:
    """The single cell whose one-digit misreading explains a failing constraint."""

    ref: Ref
    printed: Printed
    probable: Printed
    how: str
    grade: Grade


def find_culprit(failing: Constraint, cs: Constraints, settings: CheckSettings) -> Culprit | None:
    """The one cell of ``failing`` whose one-slip variant makes all the arithmetic around it agree.

    "All the arithmetic around it" is every constraint of the cell's row and every constraint the
    cell takes part in (a total's children sit in other rows). Candidates that make everything
    agree *exactly* are preferred; if none does, those that agree within rounding. A culprit is
    named only when exactly one cell qualifies at the best level, or when exactly one of them
    repairs more than one broken relation (a part that is also the total of its own parts: 1.710
    printed for 1.810 breaks both sums, its siblings' digits could mend only one).
    """
    if not settings.culprit:
        return None
    found: dict[Ref, tuple[Grade, int, Fraction, Variant]] = {}
    repairs: dict[Ref, int] = {}
    for ref in dict.fromkeys(failing.refs):
        base = cs.printed.get(ref)
        if base is None:
            continue
        n_digits = len(str(int(abs(base.value) * 10**base.decimals)))
        if n_digits > settings.culprit_max_digits:
            continue
        relevant = list(dict.fromkeys([*cs.by_row.get(ref[0], []), *cs.by_ref.get(ref, [])]))
        for v in variants(base):
            worst = Grade.EXACT
            for c in relevant:
                g = c.grade({ref: v.printed})
                worst = max(worst, g)
                if worst == Grade.INCONSISTENT:
                    break
            if worst == Grade.INCONSISTENT:
                continue
            key = (worst, v.tier, abs(v.printed.value - base.value), v)
            if ref not in found or key[:3] < found[ref][:3]:
                found[ref] = key
                repairs[ref] = sum(1 for c in relevant if c.grade() == Grade.INCONSISTENT)
    if not found:
        return None
    for level in (Grade.EXACT, Grade.TRUNCATED_ROUNDING):
        hits = [ref for ref, key in found.items() if key[0] <= level]
        if len(hits) == 1:
            ref = hits[0]
            g, _, _, v = found[ref]
            return Culprit(ref, cs.printed[ref], v.printed, v.how, g)
        if len(hits) > 1:
            most = max(repairs.get(r, 0) for r in hits)
            best = [r for r in hits if repairs.get(r, 0) == most]
            if most >= 2 and len(best) == 1:
                g, _, _, v = found[best[0]]
                return Culprit(best[0], cs.printed[best[0]], v.printed, v.how, g)
            return None
    return None
