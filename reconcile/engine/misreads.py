"""Probable misreadings: OCR damage told apart from the report's own errors.

In a copy read by OCR (``engine.reading``) a row whose printed arithmetic fails may be the report's
slip or the reader's. It is the reader's when one reading slip makes the row agree with its own
ratios: one common confusion in one cell ("250%" for 350 %, 3 read as 2), one confusion made in
every figure of the row ("91.3 91.82 90.5" for 51,3 51,82 50,5: 5 read as 9), a digit dropped or
doubled, or the row's values shifted by a column that OCR lost. Other printed copies of the same
figure (another table, the running text, another report of the district), the quantity the
indicator's own name states ("Trên 50% người dân ..." has a target of 50) and the other readings'
agreement decide between candidates; where they cannot, the finding says so and lists them.

``reread_document(doc, settings, others)`` returns the document as it was probably printed, with
each accepted misreading replaced by its likely reading (so the other checks see the report, not
the reader's slips), and one ``probable_misread`` finding (a warning) per root cause, with the
printed and likely text of every cell it covers and the evidence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from extractor.model import IN_TABLE_CELL, Cell, Column, Document, Row
from normalizers.names import MATCH_CUTOFF
from normalizers.numbers import ParsedValue
from normalizers.text import strip_markup
from reconcile.engine.checks.arithmetic import (
    CONFUSIONS,
    Constraints,
    RatioConstraint,
    SumConstraint,
    build_constraints,
    plain,
    quotient_cells,
    ratio_constraints,
    slip,
    variants,
)
from reconcile.engine.checks.evidence import row_context
from reconcile.engine.checks.intervals import Grade, Printed
from reconcile.engine.findings import CellRef, Evidence, Finding
from reconcile.engine.matching import PairScores, compare_values, match_rows
from reconcile.engine.memo import by_identity
from reconcile.engine.messages import N_, Msg, listing, msg, where
from reconcile.engine.reading import assess_reading
from reconcile.engine.settings import CheckSettings

_VALUE_ROLES = ("target", "plan", "actual", "estimate")
# ``Finding.extra`` key: why the document is taken for an OCR'd copy (``ReadingAssessment.why``).
OCR_EVIDENCE = "ocr_evidence"
_ALIGNED_ROLES = ("target", "plan", "actual", "estimate", "ratio")
_ROLE_CLASS = {"estimate": "outcome", "actual": "outcome", "plan": "plan", "target": "target"}


# --- copies: the same indicator printed elsewhere ---------------------------------------------------


@dataclass(frozen=True)
class Copy:
    """Another printing of a row's indicator: in another table or the text of the same document, or
    in another document of the district."""

    document: str
    row: Row
    score: float


def _row_sets(doc: Document) -> dict[str, list[Row]]:
    sets: dict[str, list[Row]] = defaultdict(list)
    for row in doc.rows:
        if not row.key:
            continue
        if row.table is not None:
            sets[f"table {row.table}"].append(row)
        elif IN_TABLE_CELL in row.notes:
            sets["cell text"].append(row)
        else:
            sets["prose"].append(row)
    return sets


def copies_of(doc: Document, others: Sequence[Document] = ()) -> dict[int, list[Copy]]:
    """For each row (by ``Row.index``) its copies: the rows matched to it by name in the other
    tables and texts of ``doc`` and in ``others``.

    Only evidence: a copy never makes a finding by itself, it supports or contradicts a reading.
    """
    found: dict[int, list[Copy]] = defaultdict(list)
    own = sorted(_row_sets(doc).items())
    everything = [r for _, rs in own for r in rs]
    scores = PairScores(everything, everything)
    for i, (_, rows_a) in enumerate(own):
        for _, rows_b in own[i + 1 :]:
            for m in match_rows(rows_a, rows_b, scores=scores):
                if m.ambiguous_with is None:
                    found[m.a.index].append(Copy(doc.id, m.b, m.score))
                    found[m.b.index].append(Copy(doc.id, m.a, m.score))
    for other in others:
        theirs = [r for r in other.rows if r.key]
        if not theirs or not everything:
            continue
        for m in match_rows(everything, theirs, score_cutoff=MATCH_CUTOFF):
            if m.ambiguous_with is None:
                found[m.a.index].append(Copy(other.id, m.b, m.score))
    return found


def _where(document: str, row: Row, cell: Cell | None = None) -> Msg:
    prov = cell.provenance if cell is not None and (cell.provenance.line or cell.provenance.page) else row.provenance
    return where(prov.line, prov.page, None if document == row.document else document)


def _copy_cells(copy: Copy, cell: Cell, row: Row | None = None) -> list[Cell]:
    """Cells of a copy that print the same figure as ``cell``: same role class, and the same period
    when either side prints several figures of that class."""
    cls = _ROLE_CLASS.get(cell.role)
    if cls is None:
        return []
    same = [c for c in copy.row.cells if _ROLE_CLASS.get(c.role) == cls and c.value.kind == "number"]
    if cell.period:
        dated = [c for c in same if c.period == cell.period]
        if dated:
            return dated
    mine = [c for c in (row.cells if row is not None else ()) if _ROLE_CLASS.get(c.role) == cls]
    return same if len(same) == 1 and len(mine) <= 1 else []


def _agrees(a: Cell, unit_a: str | None, b: Cell, unit_b: str | None) -> bool:
    return compare_values(a, unit_a, b, unit_b).grade in ("equal", "rounding")


# --- hypotheses ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One cell as printed and as it probably reads ("" when the reading moved it or left it empty)."""

    column: str
    printed: str
    likely: str
    cell: Cell | None  # the cell as it probably reads (None: the column is empty)
    original: Cell | None  # the cell as read
    pos: int | None = None  # its position in the row, for readings that move no cell


@dataclass(frozen=True)
class Hypothesis:
    """A way the row may have been printed.

    kind:  "digit" (one slip in one cell), "row" (one confusion in every figure of the row),
           "alignment" (a cell lost: values shifted by a column), "copy" (the figures another copy
           prints, each one slip away).
    tier:  0 a common OCR confusion, 1 another single slip, 2 a moved separator.
    """

    row: Row
    changes: tuple[Change, ...]
    kind: str
    how: str | Msg  # a variant's slip ("6→4") or what the reading assumes
    tier: int
    gap: str | None = None  # for "alignment": the column left empty


@dataclass(frozen=True)
class Judged:
    """A hypothesis and how well it does: constraints it satisfies, copies for and against."""

    hypothesis: Hypothesis
    exact: int
    support: int
    evidence: tuple[Evidence, ...]
    implausible: int = 0  # percentages of the row, read so, of 1000 % or more

    @property
    def rank(self) -> tuple[int, int, int, int, int]:
        h = self.hypothesis
        return (-self.support, self.implausible, -self.exact, h.tier, len(h.changes))


# A plan/actual percentage of 1000 % or more: a reading that leaves one ("150,00" read for 15,00 so
# that "1043" recomputes) loses to one that does not ("1043" read for 104,3), other things equal.
IMPLAUSIBLE_PERCENT = Fraction(1000)


def _implausible(row: Row) -> int:
    count = 0
    for _, cell, factor in quotient_cells(row):
        value = plain(cell.value)
        if factor == 100 and value is not None and value.value >= IMPLAUSIBLE_PERCENT:
            count += 1
    return count


def _styled(p: Printed, like: str) -> str:
    """A likely value printed the way the cell prints numbers: "51.30" beside "91.30" (not "51,30"),
    "03" for "05", "350%" for "250%"."""
    text = p.text()
    raw = strip_markup(like).strip()
    if re.search(r"\d\.\d{1,2}(?!\d)|\d,\d{3}(?!\d)", raw):
        text = text.translate(str.maketrans(",.", ".,"))
    digits = re.match(r"\d+", raw)
    if digits and digits.group(0).startswith("0") and re.fullmatch(r"\d+", text) and len(text) < len(digits.group(0)):
        text = text.zfill(len(digits.group(0)))
    return text + ("%" if raw.endswith("%") else "")


def _with_value(cell: Cell, p: Printed, printed: str) -> Cell:
    likely = _styled(p, cell.raw)
    value = ParsedValue(
        raw=likely,
        kind="number",
        value=float(p.value),
        decimals=p.decimals,
        percent=cell.value.percent,
        style=cell.value.style,
        confidence=cell.value.confidence,
        reason=f"probably misread: printed '{printed}'",
    )
    return replace(cell, value=value)


def _passes(row: Row, override: dict[tuple[int, int], Printed], cs: Constraints) -> bool:
    """No constraint of the row, nor one the changed cells take part in, fails with ``override``."""
    touched = dict.fromkeys([*cs.by_row.get(row.index, []), *(c for ref in override for c in cs.by_ref.get(ref, []))])
    return bool(touched) and all(c.grade(override) != Grade.INCONSISTENT for c in touched)


def _substituted(row: Row, values: dict[int, Printed], how: str | Msg, tier: int, kind: str) -> Hypothesis:
    cells, changes = list(row.cells), []
    for pos, p in values.items():
        cell = row.cells[pos]
        printed = strip_markup(cell.raw)
        new_cell = _with_value(cell, p, printed)
        cells[pos] = new_cell
        changes.append(Change(cell.column, printed, new_cell.raw, new_cell, cell, pos))
    return Hypothesis(replace(row, cells=tuple(cells)), tuple(changes), kind, how, tier)


def _single_cell(row: Row, refs: Sequence[int], cs: Constraints) -> list[Hypothesis]:
    """One slip in one cell of a failing constraint, where the row then agrees (checked on the
    exact values before any cell is built: most slips fail)."""
    out = []
    for pos in refs:
        base = plain(row.cells[pos].value)
        if base is None:
            continue
        for v in variants(base):
            if _passes(row, {(row.index, pos): v.printed}, cs):
                out.append(_substituted(row, {pos: v.printed}, v.how, v.tier, "digit"))
    return out


def _row_wide(row: Row, cs: Constraints) -> list[Hypothesis]:
    """One confusion made in every figure of the row: "90.5 91.3 91.82" for 50,5 51,3 51,82."""
    numbers = [(i, c, plain(c.value)) for i, c in enumerate(row.cells)]
    digits = {ch for _, c, p in numbers if p is not None for ch in strip_markup(c.raw) if ch.isdigit()}
    out = []
    for a in sorted(digits):
        for b in "0123456789":
            if a == b:
                continue
            values: dict[int, Printed] = {}
            for i, c, base in numbers:
                if base is None or a not in strip_markup(c.raw):
                    continue
                text = str(int(abs(base.value) * 10**base.decimals)).rjust(base.decimals + 1, "0")
                new_text = text.replace(a, b)
                if len(new_text) > 1 and new_text[0] == "0" and len(new_text) > base.decimals + 1:
                    values = {}
                    break
                values[i] = Printed(Fraction(int(new_text), 10**base.decimals), base.decimals)
            if len(values) < 2 or not _passes(row, {(row.index, i): p for i, p in values.items()}, cs):
                continue
            tier = 0 if (a, b) in CONFUSIONS else 1
            out.append(_substituted(row, values, msg(N_("{likely} read as {printed} in every figure of the row"),
                                                     likely=b, printed=a), tier, "row"))
    return out


def _value_columns(doc: Document, row: Row) -> list[Column]:
    if row.table is None or row.table >= len(doc.tables):
        return []
    return [c for c in doc.tables[row.table].columns if c.role in _ALIGNED_ROLES]


def _alignments(doc: Document, row: Row) -> list[Hypothesis]:
    """The row's printed values placed on its value columns with one column left empty.

    OCR loses a cell ("> 90" under "Kế hoạch năm 2025") and the values after it slide one column
    left; the row then divides the wrong columns. Tried only when the row prints fewer values than
    the table has value columns.
    """
    columns = _value_columns(doc, row)
    placed = [c for c in row.cells if c.column_index is not None and c.role in _ALIGNED_ROLES]
    if not columns or not placed or len(placed) >= len(columns):
        return []
    others = [c for c in row.cells if c not in placed]
    current = [c.column_index for c in placed]
    out = []
    for gap in range(len(columns)):
        targets = [c for i, c in enumerate(columns) if i != gap][: len(placed)]
        if [t.index for t in targets] == current:
            continue
        moved = [
            replace(cell, column=col.header, column_index=col.index, role=col.role, period=col.period, divides=col.divides)
            for cell, col in zip(placed, targets, strict=False)
        ]
        changes = tuple(
            Change(col.header, strip_markup(old.raw) if old.column_index == col.index else "", strip_markup(new.raw), new, old)
            for old, new, col in zip(placed, moved, targets, strict=False)
            if old.column_index != col.index
        )
        cells = tuple(sorted([*moved, *others], key=lambda c: c.column_index if c.column_index is not None else -1))
        out.append(
            Hypothesis(replace(row, cells=cells), changes, "alignment",
                       msg(N_("a cell under '{column}' was not read and the values after it moved one column left"),
                           column=columns[gap].header),
                       0, gap=columns[gap].header)
        )
    return out


def _from_copies(row: Row, copies: Sequence[Copy]) -> list[Hypothesis]:
    """The figures another copy prints, where each differing cell is one slip from the printed one
    ("386,2/600" where the other copy prints "386,28/400")."""
    out = []
    for copy in copies:
        cells, changes, ok = list(row.cells), [], True
        for i, cell in enumerate(row.cells):
            base = plain(cell.value)
            if base is None or cell.role not in _VALUE_ROLES:
                continue
            match = next(iter(_copy_cells(copy, cell, row)), None)
            if match is None or _agrees(cell, row.unit, match, copy.row.unit):
                continue
            target = plain(match.value)
            slips = {(v.printed.value, v.printed.decimals) for v in variants(base)} if target else set()
            if target is None or (target.value, target.decimals) not in slips:
                ok = False
                break
            printed = strip_markup(cell.raw)
            new_cell = _with_value(cell, target, printed)
            cells[i] = new_cell
            changes.append(Change(cell.column, printed, new_cell.raw, new_cell, cell, i))
        if ok and changes:
            out.append(
                Hypothesis(replace(row, cells=tuple(cells)), tuple(changes), "copy",
                           msg(N_("as {place} prints it"), place=_where(copy.document, copy.row)), 1)
            )
    return out


# --- judging ---------------------------------------------------------------------------------------


def _row_grades(row: Row, cs: Constraints, settings: CheckSettings, override: dict | None = None) -> list[Grade]:
    grades = []
    for ratio in ratio_constraints(row, settings):
        result = ratio.evaluate()
        grades.append(Grade.INCONSISTENT if result is None else result.grade)
    for c in cs.by_row.get(row.index, []):
        if isinstance(c, SumConstraint):
            grades.append(c.grade(override))
    return grades


def _override(h: Hypothesis) -> dict[tuple[int, int], Printed]:
    """The changed cells of a reading that moves no cell, as the constraints address them."""
    out = {}
    for ch in h.changes:
        if ch.pos is not None and ch.cell is not None:
            p = plain(ch.cell.value)
            if p is not None:
                out[(h.row.index, ch.pos)] = p
    return out


_STATED_RE = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")


def _stated(row: Row) -> set[Fraction]:
    """The percentages an indicator's own name states: "Trên 50% người dân ..." -> {50}."""
    out = set()
    for m in _STATED_RE.finditer(row.indicator):
        out.add(Fraction(m.group(1).replace(",", ".")))
    return out


def _support(h: Hypothesis, copies: Sequence[Copy], unit: str | None) -> tuple[int, list[Evidence]]:
    """Copies for (+1) and against (-1) each changed cell, and the target the name states."""
    score, evidence = 0, []
    for ch in h.changes:
        if ch.original is None or ch.cell is None:
            continue
        for copy in copies:
            # The likely reading against the copy's figure of the column it now stands in; the
            # printed one against the figure of the column it was read in.
            mine = next(iter(_copy_cells(copy, ch.cell, h.row)), None)
            theirs = next(iter(_copy_cells(copy, ch.original, h.row)), None)
            if mine is not None and _agrees(ch.cell, unit, mine, copy.row.unit):
                score += 1
                evidence.append(Evidence(copy.document, strip_markup(mine.raw),
                                         msg(N_("{place} prints {printed} for '{indicator}' ({column})"),
                                             place=_where(copy.document, copy.row, mine), printed=strip_markup(mine.raw),
                                             indicator=copy.row.indicator, column=mine.column),
                                         mine.provenance.page or copy.row.provenance.page,
                                         mine.provenance.line or copy.row.provenance.line))
            elif theirs is not None and _agrees(ch.original, unit, theirs, copy.row.unit):
                score -= 1
    stated = _stated(h.row)
    target = next((c for c in h.row.cells if c.role == "target" and plain(c.value) is not None), None)
    if stated and target is not None:
        value = plain(target.value)
        assert value is not None
        if value.value in stated:
            score += 1
            evidence.append(Evidence(h.row.document, h.row.indicator,
                                     msg(N_("the indicator's own name states the target {target}"),
                                         target=strip_markup(target.raw)),
                                     h.row.provenance.page, h.row.provenance.line))
        else:
            before = next((plain(ch.original.value) for ch in h.changes if ch.original is not None and ch.original.role == "target"), None)
            if before is not None and before.value in stated:
                score -= 1
    return score, evidence


def _judge(h: Hypothesis, cs: Constraints, settings: CheckSettings, copies: Sequence[Copy]) -> Judged | None:
    if h.kind == "alignment":
        grades = _row_grades(h.row, cs, settings)
    else:
        # The row's own constraints with the changed cells overridden: no need to rebuild them.
        override = _override(h)
        touched = list(dict.fromkeys([*cs.by_row.get(h.row.index, []), *(c for ref in override for c in cs.by_ref.get(ref, []))]))
        grades = []
        for c in touched:
            g = c.grade(override)
            if g == Grade.INCONSISTENT:
                return None
            grades.append(g)
    if not grades or any(g == Grade.INCONSISTENT for g in grades):
        return None
    support, evidence = _support(h, copies, h.row.unit)
    exact = sum(g == Grade.EXACT for g in grades)
    # A reading that only agrees within the rounding of the printed figures, and that nothing else
    # printed supports, must at least be a plain substitution: a lost digit fits too easily ("70"
    # read for "170" makes 20/170 print 12,0 as well).
    if exact == 0 and support <= 0 and not (h.kind == "digit" and isinstance(h.how, str) and "→" in h.how):
        return None
    return Judged(h, exact, support, tuple(evidence), _implausible(h.row))


@dataclass(frozen=True)
class Verdict:
    """The reading chosen for a failing row, or the candidates the evidence cannot choose between."""

    row: Row
    chosen: Judged | None
    candidates: tuple[Judged, ...]


def _fails(c: RatioConstraint | SumConstraint, cs: Constraints) -> bool:
    """A failure a misreading may explain: not a ratio measured against a range or comparator
    target, nor a ratio column that repeats one of its operands (a table's convention, reported as
    such by the ratio check)."""
    if isinstance(c, SumConstraint):
        return c.grade() == Grade.INCONSISTENT
    result = c.evaluate()
    if result is None or result.grade != Grade.INCONSISTENT or result.rule_used:
        return False
    out = c.reported.value
    return cs.printed.get(c.num, None) != c.reported and cs.printed.get(c.den, None) != c.reported and out not in (
        p.value for p in (cs.printed.get(c.num), cs.printed.get(c.den)) if p is not None
    )


def judge_row(doc: Document, row: Row, cs: Constraints, settings: CheckSettings, copies: Sequence[Copy]) -> Verdict | None:
    """The likeliest reading of a row whose arithmetic fails, when some reading makes it agree."""
    failing = [c for c in cs.by_row.get(row.index, []) if _fails(c, cs)]
    if not failing:
        return None
    refs = sorted({r[1] for c in failing for r in c.refs if r[0] == row.index})
    hypotheses = [*_alignments(doc, row), *_row_wide(row, cs), *_single_cell(row, refs, cs), *_from_copies(row, copies)]
    judged = [j for h in hypotheses if (j := _judge(h, cs, settings, copies)) is not None]
    if not judged:
        return None
    judged.sort(key=lambda j: j.rank)
    best = judged[0]
    ties = [j for j in judged if j.rank[:4] == best.rank[:4]]
    # Distinct readings only: two hypotheses that print the same row are one.
    distinct = list({tuple((c.column, c.likely) for c in j.hypothesis.changes): j for j in ties}.values())
    if len(distinct) == 1:
        return Verdict(row, best, (best,))
    return Verdict(row, None, tuple(distinct[:4]))


# --- findings ----------------------------------------------------------------------------------------


def _cell_ref(row: Row, change: Change) -> CellRef:
    cell = change.original or change.cell
    prov = cell.provenance if cell is not None else row.provenance
    return CellRef(
        document=row.document, printed=change.printed, likely=change.likely, column=change.column,
        page=prov.page or row.provenance.page, line=prov.line or row.provenance.line,
        role=cell.role if cell else None, period=cell.period if cell else None, bbox=prov.bbox,
    )


def _arith_evidence(j: Judged, settings: CheckSettings) -> list[Evidence]:
    """The row's own ratios as they recompute with the likely reading."""
    row = j.hypothesis.row
    out = []
    for c in ratio_constraints(row, settings):
        result = c.evaluate()
        if result is None or result.grade == Grade.INCONSISTENT:
            continue
        out_cell, num, den = row.cells[c.out[1]], row.cells[c.num[1]], row.cells[c.den[1]]
        shown_ratio = f"{strip_markup(out_cell.raw)} = {strip_markup(num.raw)} / {strip_markup(den.raw)}"
        out.append(Evidence(row.document, shown_ratio,
                            msg(N_("the row's own ratio '{column}' recomputes with it"), column=out_cell.column),
                            row.provenance.page, row.provenance.line))
    return out


def _describe(changes: Sequence[Change]) -> Msg:
    parts = []
    for ch in changes:
        if ch.printed and ch.likely:
            parts.append(msg(N_("'{column}' {printed} → {likely}"), column=ch.column, printed=ch.printed, likely=ch.likely))
        elif ch.likely:
            parts.append(msg(N_("{likely} under '{column}'"), likely=ch.likely, column=ch.column))
    return listing(parts, sep="; ")


def _how(h: Hypothesis) -> Msg:
    return h.how if isinstance(h.how, Msg) else slip(h.how, reader=True)


def verdict_to_finding(v: Verdict, reading: str, settings: CheckSettings) -> Finding:
    row = v.row
    if v.chosen is not None:
        j = v.chosen
        h = j.hypothesis
        evidence = (*_arith_evidence(j, settings), *j.evidence)
        cells = tuple(_cell_ref(row, ch) for ch in h.changes)
        first = cells[0]
        ratios = "; ".join(e.text for e in _arith_evidence(j, settings))
        base = msg(N_("probably misread by OCR ({how}): {changes}; read so, the row's own ratios recompute ({ratios})"),
                   how=_how(h), changes=_describe(h.changes), ratios=ratios) if ratios else msg(
            N_("probably misread by OCR ({how}): {changes}; read so, the row's own ratios recompute"),
            how=_how(h), changes=_describe(h.changes))
        if not j.evidence:
            message = base
        elif len(j.evidence) == 1:
            message = msg(N_("{message}, and 1 other printing agrees"), message=base)
        else:
            message = msg(N_("{message}, and {n} other printings agree"), message=base, n=len(j.evidence))
        undecided = False
    else:
        # Two candidates may move the same cell the same way (alignments with different gaps): list it once.
        cells = tuple(dict.fromkeys(_cell_ref(row, ch) for j in v.candidates for ch in j.hypothesis.changes))
        first = cells[0]
        options = listing([msg(N_("{changes} ({how})"), changes=_describe(j.hypothesis.changes), how=_how(j.hypothesis))
                           for j in v.candidates], sep=" | ")
        message = msg(N_("probably misread by OCR, but the evidence cannot decide which figure: either {options}; "
                         "each makes the row's own ratios recompute"), options=options)
        evidence = tuple(e for j in v.candidates for e in _arith_evidence(j, settings))
        undecided = True
    return Finding(
        kind="probable_misread",
        severity="warning",
        document=row.document,
        extra=((OCR_EVIDENCE, reading),),
        message=message.render(),
        text=message,
        page=first.page,
        line=first.line,
        bbox=first.bbox,
        indicator=row.indicator,
        key=row.key,
        column=first.column,
        role=first.role,
        period=first.period,
        reported=first.printed,
        expected=first.likely,
        context=row_context(row),
        confidence=row.confidence * (0.9 if not undecided else 0.5),
        cells=cells,
        evidence=evidence,
        undecided=undecided,
    )


@dataclass(frozen=True)
class Reread:
    """A document as it was probably printed, and the misreadings found on the way."""

    document: Document
    findings: tuple[Finding, ...]


def _alignment_groups(doc: Document, verdicts: list[Verdict]) -> dict[tuple[int, str], list[Verdict]]:
    groups: dict[tuple[int, str], list[Verdict]] = defaultdict(list)
    for v in verdicts:
        h = v.chosen.hypothesis if v.chosen else None
        if h is not None and h.kind == "alignment" and v.row.table is not None and h.gap:
            groups[(v.row.table, h.gap)].append(v)
    return groups


def _same_shape_rows(doc: Document, table: int, gap: str, done: set[int], cs: Constraints,
                     settings: CheckSettings) -> list[Verdict]:
    """Rows of the table with the same lost cell whose arithmetic the shift keeps (or makes) right."""
    out = []
    for row in doc.rows:
        if row.table != table or row.index in done or not row.repaired:
            continue
        for h in _alignments(doc, row):
            if h.gap != gap:
                continue
            j = _judge(h, cs, settings, ())
            before = _row_grades(row, cs, settings)
            if j is not None and (not before or j.exact >= sum(g == Grade.EXACT for g in before)):
                out.append(Verdict(row, j, (j,)))
            break
    return out


@by_identity(maxsize=16)
def reread_document(doc: Document, settings: CheckSettings, others: tuple[Document, ...] = ()) -> Reread:
    """``doc`` with its probable misreadings replaced by their likely readings, and the findings
    that say so. A document not read by OCR comes back as it is."""
    assessment = assess_reading(doc)
    if not assessment.ocr:
        return Reread(doc, ())
    reading = assessment.describe()
    cs = build_constraints(doc, settings)
    copies = copies_of(doc, others)
    verdicts = []
    for row in doc.rows:
        v = judge_row(doc, row, cs, settings, copies.get(row.index, ()))
        if v is not None:
            verdicts.append(v)
    findings: list[Finding] = []
    replaced: dict[int, Row] = {}
    aligned = _alignment_groups(doc, verdicts)
    in_groups = {v.row.index for vs in aligned.values() for v in vs}
    for (table, gap), vs in aligned.items():
        more = _same_shape_rows(doc, table, gap, in_groups, cs, settings)
        in_groups |= {v.row.index for v in more}
        group = [*vs, *more]
        # Read without the lost cell, every ratio of these rows recomputes: the report is consistent
        # there and nothing was misread that an auditor must check, so the reading is silent (001's
        # block C prints 8 figures for 9 columns; golden/hand 001-n4).
        for v in group:
            assert v.chosen is not None
            replaced[v.row.index] = v.chosen.hypothesis.row
    for v in verdicts:
        if v.row.index in in_groups:
            continue
        findings.append(verdict_to_finding(v, reading, settings))
        if v.chosen is not None:
            replaced[v.row.index] = v.chosen.hypothesis.row
    rows = tuple(replaced.get(r.index, r) for r in doc.rows)
    return Reread(replace(doc, rows=rows), tuple(findings))
