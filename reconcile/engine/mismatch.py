"""A matched pair of rows -> findings: one mismatch per pair, or the misreading the other copy shows.

Two printings of one indicator (two reports of a district, or two tables of one report) that
differ are one root cause per row pair: every differing column is listed in one finding, with the
other side's name and column as printed, the name match score, and which side the evidence
favours (the side whose own ratios agree with its figure while the other's do not). Where one side
was read by OCR and its figure is one reading slip from the other's, and its own row agrees with
the other's figure at least as well (a common confusion, or a ratio that then recomputes exactly),
the difference is the reader's: one ``probable_misread`` of that side, not a mismatch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from extractor.model import Cell, Document, Row
from normalizers.text import strip_markup
from reconcile.engine.checks.arithmetic import Variant, plain, ratio_constraints, slip, variants
from reconcile.engine.checks.evidence import row_context
from reconcile.engine.checks.intervals import Grade
from reconcile.engine.findings import CellRef, Evidence, Finding
from reconcile.engine.matching import (
    RowMatch,
    cell_pairs,
    compare_values,
    effective_period,
    period_scope,
)
from reconcile.engine.messages import N_, Msg, clauses, listing, msg, where
from reconcile.engine.reading import assess_reading
from reconcile.engine.settings import CheckSettings

# ``Finding.extra`` key of a misreading whose likely reading repeats the other printing's own
# arithmetic error: the error is that printing's, the OCR'd copy's failing ratio the same cause.
SAME_ERROR_AS = "same_error_as"
# Below this name score a difference is worth checking but the rows may be two indicators.
SURE_MATCH = 90.0


def short(text: str, limit: int = 60) -> str:
    """A long printed name cut for a one-line message (the full name is in ``indicator``)."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _where(doc: Document, cell: Cell, row: Row, *, here: Document | None = None) -> Msg:
    prov = cell.provenance if (cell.provenance.line or cell.provenance.page) else row.provenance
    return where(None if prov.page else prov.line, prov.page, None if here is not None and here.id == doc.id else doc.id)


def _grades(row: Row, settings: CheckSettings, pos: int) -> list[Grade]:
    """Grades of the row's ratios that read the cell at ``pos``."""
    out = []
    for c in ratio_constraints(row, settings):
        if pos not in (c.num[1], c.den[1], c.out[1]):
            continue
        result = c.evaluate()
        out.append(Grade.INCONSISTENT if result is None else result.grade)
    return out


def _with(row: Row, pos: int, cell: Cell) -> Row:
    return replace(row, cells=tuple(cell if i == pos else c for i, c in enumerate(row.cells)))


@dataclass(frozen=True)
class _Slip:
    row: Row
    doc: Document
    pos: int
    printed: Cell
    likely: Cell
    other: Cell
    other_row: Row
    other_doc: Document
    how: Variant
    evidence: tuple[Evidence, ...]
    shared: bool = False  # the likely reading still fails, exactly as the other printing does


def _slip(ocr_doc: Document, row: Row, cell: Cell, other_doc: Document, other_row: Row, other: Cell,
          settings: CheckSettings) -> _Slip | None:
    """``cell`` of an OCR'd row read one slip away from ``other``, when its own row agrees with
    ``other``'s figure at least as well as with its own."""
    p, q = plain(cell.value), plain(other.value)
    if p is None or q is None or not assess_reading(ocr_doc).ocr:
        return None
    how = next((v for v in variants(p) if v.printed.value == q.value), None)
    if how is None:
        return None
    pos = next(i for i, c in enumerate(row.cells) if c is cell)
    likely_cell = replace(cell, value=replace(other.value, raw=_styled(strip_markup(other.raw), strip_markup(cell.raw))))
    before = _grades(row, settings, pos)
    after = _grades(_with(row, pos, likely_cell), settings, pos)
    shared = False
    if any(g == Grade.INCONSISTENT for g in after):
        # Still failing: only the other printing's own failure, printed alike, lets the reading stand
        # ("9.000/10.700 m2 ... đạt 99,5%" where the typed copy prints "9.900/10.700 ... đạt 99,5%").
        if not _fails_alike(row, _with(row, pos, likely_cell), other_row, settings):
            return None
        shared = True
    exact_before = sum(g == Grade.EXACT for g in before)
    exact_after = sum(g == Grade.EXACT for g in after)
    failing_before = any(g == Grade.INCONSISTENT for g in before)
    if exact_after < exact_before:
        return None
    if not (failing_before or exact_after > exact_before or how.tier == 0 or shared):
        return None
    evidence = [
        Evidence(other_doc.id, strip_markup(other.raw),
                 msg(N_("{place} prints {printed} for '{indicator}' ({column})"),
                     place=_where(other_doc, other, other_row, here=ocr_doc), printed=strip_markup(other.raw),
                     indicator=other_row.indicator, column=other.column),
                 other.provenance.page or other_row.provenance.page, other.provenance.line or other_row.provenance.line),
    ]
    if exact_after > exact_before or failing_before:
        evidence.append(Evidence(ocr_doc.id, strip_markup(likely_cell.raw),
                                 msg(N_("the row's own ratio recomputes exactly with it")), row.provenance.page,
                                 row.provenance.line))
    return _Slip(row, ocr_doc, pos, cell, likely_cell, other, other_row, other_doc, how, tuple(evidence), shared)


def _fails_alike(printed: Row, likely: Row, other: Row, settings: CheckSettings) -> bool:
    """Every ratio the likely reading still fails is printed alike in the other row and fails there
    too: the rows then read the same, the remaining error is the report's, not the reader's."""
    theirs = {}
    for c in ratio_constraints(other, settings):
        result = c.evaluate()
        if result is not None and result.grade == Grade.INCONSISTENT:
            theirs[strip_markup(other.cells[c.out[1]].raw).rstrip("%").strip()] = True
    for c in ratio_constraints(likely, settings):
        result = c.evaluate()
        if result is None or result.grade != Grade.INCONSISTENT:
            continue
        if strip_markup(likely.cells[c.out[1]].raw).rstrip("%").strip() not in theirs:
            return False
    return bool(theirs)


def _styled(text: str, like: str) -> str:
    """``text`` with the separators ``like`` uses ("51,30" like "91.3" -> "51.30")."""
    english_like = any(s in like for s in (".",)) and "," not in like and len(like.rsplit(".", 1)[-1]) <= 2
    english_text = "." in text and "," not in text and len(text.rsplit(".", 1)[-1]) <= 2
    vietnamese_text = "," in text and "." not in text
    if english_like and vietnamese_text:
        return text.replace(",", ".")
    if not english_like and english_text and "." not in like:
        return text.replace(".", ",")
    return text


def _ratio_pairs(a: Row, b: Row, doc_a: Document, doc_b: Document) -> list[tuple[Cell, Cell]]:
    """Ratio cells of two matched rows of the same period and scope (only read for misreadings:
    ratios differing between reports follow from the figures, which are compared themselves)."""
    index: dict[tuple[str | None, str | None], Cell] = {}
    for cb in b.cells:
        if cb.role == "ratio" and cb.divides is not None:
            index.setdefault((effective_period(cb, doc_b), period_scope(cb, b)), cb)
    out = []
    for ca in a.cells:
        if ca.role == "ratio" and ca.divides is not None:
            found = index.get((effective_period(ca, doc_a), period_scope(ca, a)))
            if found is not None:
                out.append((ca, found))
    return out


def _misread_finding(slips: Sequence[_Slip]) -> Finding:
    s0 = slips[0]
    row = s0.row
    cells = tuple(
        CellRef(document=s.doc.id, printed=strip_markup(s.printed.raw), likely=strip_markup(s.likely.raw),
                column=s.printed.column, page=s.printed.provenance.page or row.provenance.page,
                line=s.printed.provenance.line or row.provenance.line, role=s.printed.role, period=s.printed.period,
                bbox=s.printed.provenance.bbox)
        for s in slips
    )
    parts = listing([
        msg(N_("'{column}' {printed} → {likely} ({how}; {place} prints {other})"), column=s.printed.column,
            printed=strip_markup(s.printed.raw), likely=strip_markup(s.likely.raw), how=slip(s.how.how, reader=True),
            place=_where(s.other_doc, s.other, s.other_row, here=s.doc), other=strip_markup(s.other.raw))
        for s in slips
    ], sep="; ")
    first = cells[0]
    shared = [s for s in slips if s.shared]
    tail = msg(N_("the row agrees with the other printing at least as well"))
    extra: tuple[tuple[str, str], ...] = ()
    if shared:
        s1 = shared[0]
        place = _where(s1.other_doc, s1.other, s1.other_row, here=s1.doc)
        tail = msg(N_("read so, the row prints what {place} prints, including its ratio, which is wrong in both "
                      "(reported there)"), place=place)
        extra = ((SAME_ERROR_AS, place.render()),)
    message = msg(N_("probably misread by OCR: {parts}; {tail}"), parts=parts, tail=tail)
    return Finding(
        kind="probable_misread",
        severity="warning",
        document=s0.doc.id,
        extra=extra,
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
        confidence=row.confidence * 0.8,
        cells=cells,
        evidence=tuple(e for s in slips for e in s.evidence),
    )


def _favours(pairs: Sequence[tuple[Cell, Cell]], m: RowMatch, doc_a: Document, doc_b: Document,
             settings: CheckSettings) -> str | None:
    """The document whose own ratios agree with its figures while the other's do not, or None."""
    def agrees(row: Row, cell: Cell) -> bool | None:
        pos = next((i for i, c in enumerate(row.cells) if c is cell), None)
        if pos is None:
            return None
        grades = _grades(row, settings, pos)
        if not grades:
            return None
        return all(g != Grade.INCONSISTENT for g in grades)

    a_ok = [agrees(m.a, ca) for ca, _ in pairs]
    b_ok = [agrees(m.b, cb) for _, cb in pairs]
    if any(x is False for x in b_ok) and not any(x is False for x in a_ok) and any(x for x in a_ok):
        return doc_a.id
    if any(x is False for x in a_ok) and not any(x is False for x in b_ok) and any(x for x in b_ok):
        return doc_b.id
    return None


def _figures(row: Row) -> dict[tuple[str, str | None], float]:
    out: dict[tuple[str, str | None], float] = {}
    for c in row.cells:
        if c.value.kind == "number" and c.value.value is not None and c.role in ("target", "plan", "actual", "estimate", "ratio"):
            out.setdefault((c.role, c.period), c.value.value)
    return out


def _same_figures(r1: Row | None, r2: Row | None) -> bool:
    """Two rows printing the same figures in the same columns (at least two of them)."""
    if r1 is None or r2 is None:
        return False
    f1, f2 = _figures(r1), _figures(r2)
    common = set(f1) & set(f2)
    return len(common) >= 2 and all(abs(f1[k] - f2[k]) < 1e-9 for k in common)


def _neighbour(doc: Document, row: Row, step: int) -> Row | None:
    if row.table is None or row.row is None:
        return None
    return next((r for r in doc.rows if r.table == row.table and r.row == row.row + step), None)


def _shifted(m: RowMatch, doc_a: Document, doc_b: Document) -> Finding | None:
    """B's names moved one row against its values (an OCR'd layout): B's row prints the figures of
    A's next indicator and B's row above prints this indicator's. One misreading of B."""
    if not assess_reading(doc_b).ocr:
        return None
    a_next, b_prev = _neighbour(doc_a, m.a, 1), _neighbour(doc_b, m.b, -1)
    if not (_same_figures(m.b, a_next) and _same_figures(b_prev, m.a)):
        return None
    assert a_next is not None and b_prev is not None
    shown_b = " ".join(strip_markup(c.raw) for c in m.b.cells if c.value.kind == "number")
    shown_a = " ".join(strip_markup(c.raw) for c in m.a.cells if c.value.kind == "number")
    cells = tuple(
        CellRef(document=doc_b.id, printed=strip_markup(c.raw), likely=None, column=c.column,
                page=c.provenance.page, line=c.provenance.line or r.provenance.line, role=c.role, period=c.period)
        for r in (b_prev, m.b) for c in r.cells if c.value.kind == "number"
    )
    where_b = where(m.b.provenance.line, m.b.provenance.page)
    prev_b = where(b_prev.provenance.line, b_prev.provenance.page)
    evidence = (
        Evidence(doc_a.id, shown_b, msg(N_("{place} prints {printed} for '{indicator}'"),
                                        place=_where(doc_a, a_next.cells[0], a_next), printed=shown_b,
                                        indicator=a_next.indicator),
                 a_next.provenance.page, a_next.provenance.line),
        Evidence(doc_a.id, shown_a, msg(N_("{place} prints {printed} for '{indicator}', the figures {carrier} carries"),
                                        place=_where(doc_a, m.a.cells[0], m.a), printed=shown_a,
                                        indicator=m.a.indicator, carrier=prev_b),
                 m.a.provenance.page, m.a.provenance.line),
    )
    message = msg(N_("probably misread by OCR: the names of this block moved one row against the figures: {place} "
                     "'{indicator}' carries {figures}, the figures {other} prints for the next indicator '{next}', and "
                     "{previous} carries {own}, this indicator's"),
                  place=where_b, indicator=short(m.b.indicator), figures=shown_b, other=doc_a.id,
                  next=short(a_next.indicator), previous=prev_b, own=shown_a)
    return Finding(
        kind="probable_misread",
        severity="warning",
        document=doc_b.id,
        message=message.render(),
        text=message,
        page=m.b.provenance.page,
        line=m.b.provenance.line,
        indicator=m.b.indicator,
        key=m.b.key,
        reported=shown_b,
        expected=shown_a,
        context=row_context(m.b),
        confidence=m.b.confidence * 0.8,
        cells=cells,
        evidence=evidence,
        score=round(m.score, 1),
    )


def row_pair_findings(m: RowMatch, doc_a: Document, doc_b: Document, *, kind: str,
                      settings: CheckSettings | None = None, misreads_only: bool = False) -> list[Finding]:
    """Findings of one matched row pair: at most one mismatch (every differing column), one
    ``info`` when they differ only within rounding, and the probable misreadings of an OCR'd side.
    ``misreads_only``: rows whose roles are too uncertain to compare (figures of a table cell's
    text) only tell which side was misread."""
    settings = settings or CheckSettings()
    if misreads_only:
        if m.ambiguous_with is not None:
            return []
        found = row_pair_findings(m, doc_a, doc_b, kind=kind, settings=settings)
        return [f for f in found if f.kind == "probable_misread"]
    other_id = doc_b.id if kind == "value_mismatch" else None
    if m.ambiguous_with is not None:
        uncertain = msg(N_("uncertain match: '{indicator}' is as close to '{one}' as to '{other}'; values not compared"),
                        indicator=m.a.indicator, one=m.b.indicator, other=m.ambiguous_with.indicator)
        return [
            Finding(
                kind=kind, severity="info", document=doc_a.id, other_document=other_id,
                page=m.a.provenance.page, line=m.a.provenance.line, indicator=m.a.indicator, key=m.a.key,
                message=uncertain.render(), text=uncertain,
                context=row_context(m.a), other_page=m.b.provenance.page, other_line=m.b.provenance.line,
                confidence=m.score / 100, score=round(m.score, 1),
            )
        ]
    if kind == "value_mismatch":
        shifted = _shifted(m, doc_a, doc_b) or _shifted(RowMatch(m.b, m.a, m.score), doc_b, doc_a)
        if shifted is not None:
            return [shifted]
    differing: list[tuple[Cell, Cell, str]] = []
    rounding: list[tuple[Cell, Cell, str]] = []
    slips: dict[str, list[_Slip]] = {doc_a.id + "|a": [], doc_b.id + "|b": []}
    for ca, cb in cell_pairs(m.a, m.b, doc_a, doc_b):
        cmp = compare_values(ca, m.a.unit, cb, m.b.unit)
        if cmp.grade in ("equal", "incomparable"):
            continue
        if cmp.grade == "rounding":
            rounding.append((ca, cb, cmp.detail))
            continue
        slip_b = _slip(doc_b, m.b, cb, doc_a, m.a, ca, settings)
        slip_a = None if slip_b else _slip(doc_a, m.a, ca, doc_b, m.b, cb, settings)
        if slip_b is not None:
            slips[doc_b.id + "|b"].append(slip_b)
        elif slip_a is not None:
            slips[doc_a.id + "|a"].append(slip_a)
        else:
            differing.append((ca, cb, cmp.detail))
    for ca, cb in _ratio_pairs(m.a, m.b, doc_a, doc_b):
        if compare_values(ca, None, cb, None).grade in ("equal", "rounding", "incomparable"):
            continue
        slip_b = _slip(doc_b, m.b, cb, doc_a, m.a, ca, settings)
        if slip_b is not None and any(g == Grade.EXACT for g in _grades(_with(m.b, slip_b.pos, slip_b.likely), settings, slip_b.pos)):
            slips[doc_b.id + "|b"].append(slip_b)
            continue
        slip_a = _slip(doc_a, m.a, ca, doc_b, m.b, cb, settings)
        if slip_a is not None and any(g == Grade.EXACT for g in _grades(_with(m.a, slip_a.pos, slip_a.likely), settings, slip_a.pos)):
            slips[doc_a.id + "|a"].append(slip_a)
    out = [_misread_finding(s) for s in slips.values() if s]
    # Figures equal within their printed precision ("48,10" and "48") are one figure: nothing to say.
    if differing:
        out.append(_mismatch_finding(m, doc_a, doc_b, differing, kind=kind, settings=settings))
    return out


def _mismatch_finding(m: RowMatch, doc_a: Document, doc_b: Document, pairs: Sequence[tuple[Cell, Cell, str]], *,
                      kind: str, settings: CheckSettings, severity: str | None = None) -> Finding:
    ca, cb, _ = pairs[0]
    period = effective_period(ca, doc_a)
    b_name: str | Msg = doc_b.id if kind == "value_mismatch" else (
        msg(N_("prose")) if m.b.table is None else msg(N_("table {number}"), number=m.b.table + 1))
    repaired = [r for r in (m.a, m.b) if r.repaired]
    unsure = any(r.confidence < 0.8 for r in (m.a, m.b)) or any(
        min(x.value.confidence, y.value.confidence) < 0.8 for x, y, _ in pairs
    )
    favours = None if severity == "info" else _favours([(x, y) for x, y, _ in pairs], m, doc_a, doc_b, settings)
    notes: list[Msg] = []
    if severity is None:
        severity = "error"
        if repaired:
            severity = "warning"
            notes.append(msg(N_("one of the rows was repaired after OCR damage, check the alignment")))
        elif unsure:
            severity = "warning"
            notes.append(msg(N_("the reading of one figure or its indicator is uncertain")))
        elif m.score < SURE_MATCH:
            severity = "warning"
            notes.append(msg(N_("the names differ: check that they are one indicator")))
    place = where(m.b.provenance.line, m.b.provenance.page)
    other_where = msg(N_("{name} {place}"), name=b_name, place=place) if kind == "value_mismatch" else msg(
        N_("{name} ({place})"), name=b_name, place=place)
    figures = listing([
        msg(N_("{column}: {printed} here, {other} there ('{other_column}')"), column=short(x.column),
            printed=strip_markup(x.raw), other=strip_markup(y.raw), other_column=short(y.column))
        for x, y, _ in pairs
    ], sep="; ")
    names = msg(N_("'{indicator}' vs '{other}' in {place} (names match {score}/100)"), indicator=short(m.a.indicator),
                other=short(m.b.indicator), place=other_where, score=f"{m.score:.0f}")
    message = msg(N_("{names}: {figures}"), names=names, figures=figures)
    if favours is not None and kind == "internal_mismatch":
        row = m.a if favours == doc_a.id else m.b
        favours = where(row.provenance.line, row.provenance.page).render()
    parts: list[Msg] = [message]
    if favours is not None:
        parts.append(msg(N_("the evidence favours {side}: its own ratios agree with its figures, the other's do not"),
                         side=favours))
    elif kind == "value_mismatch":
        parts.append(msg(N_("each side's own figures agree with themselves, so the evidence favours neither")))
    message = clauses(*parts, *notes)
    cells = tuple(
        cref
        for x, y, _ in pairs
        for cref in (
            CellRef(document=doc_a.id, printed=strip_markup(x.raw), likely=None, column=x.column,
                    page=x.provenance.page, line=x.provenance.line, role=x.role, period=x.period, bbox=x.provenance.bbox),
            CellRef(document=doc_b.id, printed=strip_markup(y.raw), likely=None, column=y.column,
                    page=y.provenance.page, line=y.provenance.line, role=y.role, period=y.period, bbox=y.provenance.bbox),
        )
    )
    label = ca.column if (period is None or period in ca.column) else f"{ca.column} ({period})"
    return Finding(
        kind=kind,
        severity=severity,
        document=doc_a.id,
        other_document=doc_b.id if kind == "value_mismatch" else None,
        page=ca.provenance.page,
        line=ca.provenance.line,
        bbox=ca.provenance.bbox,
        indicator=m.a.indicator,
        key=m.a.key,
        column=label if len(pairs) == 1 else ca.column,
        role=ca.role,
        period=period,
        reported=strip_markup(ca.raw),
        expected=strip_markup(cb.raw),
        message=message.render(),
        text=message,
        context=row_context(m.a)[:400],
        other_page=cb.provenance.page,
        other_line=cb.provenance.line,
        confidence=min(1.0, m.score / 100) * min(min(x.value.confidence, y.value.confidence) for x, y, _ in pairs),
        extra=(("other_indicator", m.b.indicator), ("other_column", cb.column)),
        cells=cells,
        favours=favours,
        score=round(m.score, 1),
    )
