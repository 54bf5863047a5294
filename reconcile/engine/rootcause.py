"""One finding per root cause, and the certainty a finding on OCR'd text may claim.

The checks look at one cell, one ratio, one pair of printings at a time; an auditor acts on
causes. Here findings with one cause become one finding listing every cell it covers:
- a table's convention ("the ratio column repeats the achieved figure"): one per table, its rows
  listed (``findings.PATTERN``);
- a row whose label contradicts its figures because its ratio does: the ratio finding, the label
  as evidence;
- in an OCR'd copy, the figures of one cell text that do not add up: one finding for the cell;
- a difference between two reports that is one report's own inconsistency (the other report
  agrees with that report's second printing): the report's ``internal_mismatch``, the other
  report as evidence.
And on a copy read by OCR an arithmetic failure that no misreading explains is a ``warning``:
the text cannot tell the report's slip from the reader's. Unreadable OCR text is never an error.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from extractor.model import IN_TABLE_CELL, Document
from normalizers.numbers import parse_value
from reconcile.engine.findings import PATTERN, CellRef, Evidence, Finding
from reconcile.engine.messages import N_, Msg, clauses, listing, msg, text, where
from reconcile.engine.mismatch import SAME_ERROR_AS
from reconcile.engine.reading import assess_reading
from reconcile.engine.settings import CheckSettings

_ARITHMETIC = ("ratio_mismatch", "sum_mismatch", "label_mismatch")
OCR_NOTE = N_(
    "the text was read by OCR and no single misreading explains it, so the report's own slip and the "
    "reader's cannot be told apart"
)
OCR_READ = N_("the text was read by OCR")
# The conventions a grouped finding names (``findings.PATTERN`` values), as messages.
_PATTERNS = {
    "ratio column repeats an operand": N_("ratio column repeats an operand"),
    "actual figure in the ratio column": N_("actual figure in the ratio column"),
    "truncated where the report rounds": N_("truncated where the report rounds"),
}


def _text(f: Finding) -> Msg:
    return f.text if f.text is not None else text(f.message)


def _has_ocr_note(f: Finding) -> bool:
    m = f.text
    if m is None:
        return False
    parts = m.param("parts")
    return isinstance(parts, tuple) and any(isinstance(x, Msg) and x.id == OCR_NOTE for x in parts)


def _without_ocr_note(m: Msg) -> Msg:
    parts = m.param("parts")
    if isinstance(parts, tuple):
        return clauses(*(x for x in parts if isinstance(x, Msg) and x.id != OCR_NOTE))
    return m


def _cell_of(f: Finding) -> CellRef:
    return CellRef(document=f.document, printed=f.reported or "", likely=f.expected, column=f.column, page=f.page,
                   line=f.line, role=f.role, period=f.period, bbox=f.bbox)


def _cells(f: Finding) -> tuple[CellRef, ...]:
    return f.cells or (_cell_of(f),)


def _pattern(f: Finding) -> str | None:
    return dict(f.extra).get(PATTERN)


def _where(f: Finding) -> Msg:
    return where(f.line, f.page)


def _table_families(doc: Document) -> dict[int | None, int]:
    """Each table's printed table: a table without a title continues the one before it (a Biểu
    whose pages or blocks the extractor read as several tables)."""
    out: dict[int | None, int] = {}
    current = 0
    for t in doc.tables:
        if t.title or t.number == 0:
            current = t.number
        out[t.number] = current
    return out


def _merge_patterns(findings: list[Finding], doc: Document) -> list[Finding]:
    """Findings of one table convention in one table -> one finding listing the rows."""
    family = _table_families(doc)
    # The running text is one "table" for its habits (-1: printed as "the text").
    table_of: dict[tuple[int | None, int | None, str | None], int] = {
        (r.provenance.line, r.provenance.page, r.indicator): family[r.table] if r.table in family else -1
        for r in doc.rows if r.table in family or r.table is None
    }
    groups: dict[tuple[str, str, int], list[Finding]] = defaultdict(list)
    rest = []
    for f in findings:
        pattern = _pattern(f)
        table = table_of.get((f.line, f.page, f.indicator))
        if pattern is None or table is None:
            rest.append(f)
        else:
            groups[(f.kind, pattern, table)].append(f)
    for (_kind, pattern, table), items in groups.items():
        if len(items) == 1:
            rest.append(items[0])
            continue
        first = items[0]
        places = listing(list({str(_where(f)): _where(f) for f in items}.values()))
        template = N_("the text (one habit, {n} figures: {places}): {pattern}; first: {first}") if table < 0 else N_(
            "table {table} (one habit, {n} rows: {places}): {pattern}; first: {first}")
        grouped = msg(template, table=table + 1, n=len(items), places=places, pattern=msg(_PATTERNS.get(pattern, pattern)),
                      first=_text(first))
        rest.append(first.with_text(grouped, cells=tuple(c for f in items for c in _cells(f))))
    return rest


def _fold_labels(findings: list[Finding]) -> list[Finding]:
    """A label contradicting its figures on a row whose ratio is wrong: one cause, the ratio's."""
    ratios = {(f.document, f.line, f.indicator): i for i, f in enumerate(findings)
              if f.kind == "ratio_mismatch" and f.severity == "error"}
    out = list(findings)
    drop = set()
    for i, f in enumerate(findings):
        if f.kind != "label_mismatch" or f.severity != "error":
            continue
        j = ratios.get((f.document, f.line, f.indicator))
        if j is None:
            continue
        r = out[j]
        out[j] = r.with_text(
            clauses(_text(r), msg(N_("the label '{label}' beside it is wrong for the same reason"), label=f.reported or "")),
            cells=(*_cells(r), *_cells(f)),
            evidence=(*r.evidence, Evidence(f.document, f.reported or "", _text(f), f.page, f.line)),
        )
        drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop]


def _uncertain_on_ocr(findings: list[Finding], doc: Document) -> list[Finding]:
    """On OCR'd text, arithmetic failures no misreading explains, units that do not fit (the name
    or the unit may be misread), and unreadable cells are warnings."""
    out = []
    for f in findings:
        if f.severity == "error" and f.kind in (*_ARITHMETIC, "unit_mismatch"):
            f = f.with_text(clauses(_text(f), msg(OCR_NOTE)), severity="warning")
        elif f.severity == "error" and f.kind == "parse_error":
            f = f.with_text(clauses(_text(f), msg(OCR_READ)), severity="warning")
        out.append(f)
    return out


def _merge_rows(findings: list[Finding]) -> list[Finding]:
    """Several ratios of one row failing the same way (severity) are one finding for the row."""
    groups: dict[tuple[object, ...], list[Finding]] = defaultdict(list)
    rest = []
    for f in findings:
        if f.kind == "ratio_mismatch" and f.indicator and _pattern(f) is None:
            groups[(f.document, f.line, f.page, f.indicator, f.severity)].append(f)
        else:
            rest.append(f)
    for items in groups.values():
        if len(items) == 1:
            rest.append(items[0])
            continue
        first = items[0]
        rest.append(first.with_text(listing([_text(f) for f in items], sep=" | "),
                                    cells=tuple(c for f in items for c in _cells(f))))
    return rest


def _absorb_into_misreads(findings: list[Finding]) -> list[Finding]:
    """A row whose misreading the evidence cannot pin to one cell: its failing arithmetic is that
    misreading, listed as its evidence."""
    undecided: dict[tuple[str, int | None, str | None], int] = {(f.document, f.line, f.indicator): i for i, f in enumerate(findings)
                 if f.kind == "probable_misread" and f.undecided and f.indicator}
    out = list(findings)
    drop = set()
    for i, f in enumerate(findings):
        j = undecided.get((f.document, f.line, f.indicator))
        if j is None or i == j or f.kind not in _ARITHMETIC:
            continue
        m = out[j]
        out[j] = replace(m, evidence=(*m.evidence, Evidence(f.document, f.reported or "", _without_ocr_note(_text(f)),
                                                            f.page, f.line)))
        drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop]


def _merge_cell_texts(findings: list[Finding], doc: Document) -> list[Finding]:
    """In an OCR'd copy, figures of one cell text that fail the same way are one finding."""
    cell_lines = {(r.provenance.line, r.provenance.page) for r in doc.rows if IN_TABLE_CELL in r.notes}
    groups: dict[tuple[str, int | None, int | None], list[Finding]] = defaultdict(list)
    rest = []
    for f in findings:
        if f.kind in ("sum_mismatch", "ratio_mismatch") and f.severity == "warning" and (f.line, f.page) in cell_lines \
                and _has_ocr_note(f):
            groups[(f.kind, f.line, f.page)].append(f)
        else:
            rest.append(f)
    for items in groups.values():
        if len(items) == 1:
            rest.append(items[0])
            continue
        first = items[0]
        parts = listing([_without_ocr_note(_text(f)) for f in items], sep=" | ")
        grouped = clauses(msg(N_("{n} figures of one cell text do not agree: {parts}"), n=len(items), parts=parts), msg(OCR_NOTE))
        rest.append(first.with_text(grouped, cells=tuple(c for f in items for c in _cells(f))))
    return rest


def document_root_causes(findings: Sequence[Finding], doc: Document, settings: CheckSettings) -> list[Finding]:
    """One document's findings, one per root cause (see the module docstring)."""
    out = _absorb_into_misreads(list(findings))
    ocr = settings.enabled("misreads") and assess_reading(doc).ocr
    if ocr:
        out = _uncertain_on_ocr(out, doc)
        out = _merge_cell_texts(out, doc)
    out = _fold_labels(out)
    out = _merge_rows(out)
    return _merge_patterns(out, doc)


def _same_cell(a: CellRef, b: CellRef) -> bool:
    return a.document == b.document and a.line == b.line and a.page == b.page and a.column == b.column


def _same_value(a: str, b: str) -> bool:
    """Two printed figures of one value ("99,00" and "99.0")."""
    va, vb = parse_value(a), parse_value(b)
    if va.value is None or vb.value is None:
        return a.strip() == b.strip()
    return abs(va.value - vb.value) < 1e-9


def _pairs(f: Finding) -> list[tuple[CellRef, CellRef]]:
    return list(zip(f.cells[0::2], f.cells[1::2], strict=False))


def _explains(g: Finding, a: CellRef, b: CellRef) -> tuple[CellRef, CellRef] | None:
    """If the internal mismatch ``g`` prints one side of the pair (a, b) and, in its other printing,
    the other side's value: (that other side, the printing of ``g`` it agrees with)."""
    for x, y in _pairs(g):
        for mine, theirs in ((x, y), (y, x)):
            if _same_cell(mine, b) and _same_value(theirs.printed, a.printed):
                return a, theirs
            if _same_cell(mine, a) and _same_value(theirs.printed, b.printed):
                return b, theirs
    return None


def _drop_shared_errors(findings: list[Finding]) -> list[Finding]:
    """An OCR'd row whose misreading, once read, repeats the other report's own arithmetic error:
    its failing ratio is that error (reported on the other report), not one of its own."""
    shared = {(f.document, f.line, f.indicator) for f in findings
              if f.kind == "probable_misread" and dict(f.extra).get(SAME_ERROR_AS)}
    return [f for f in findings if not (f.kind in _ARITHMETIC and (f.document, f.line, f.indicator) in shared)]


def _typed_spellings(findings: list[Finding]) -> list[Finding]:
    """An OCR'd copy's place spelling that the evidence could not pin on OCR, printed the same in
    another report of the district where it is no misreading: the report's own spelling."""
    typed = {(c.printed, f.expected): f.document for f in findings if f.kind == "place_name" for c in f.cells}
    out = []
    for f in findings:
        if f.kind == "probable_misread" and f.undecided and f.indicator is None:
            same = next(((c, typed[(c.printed, f.expected)]) for c in f.cells if (c.printed, f.expected) in typed), None)
            if same is not None and same[1] != f.document:
                cell, other = same
                spellings = f.text.param("spellings") if f.text is not None else None
                f = f.with_text(
                    msg(N_("{spellings}: misspelt, probably '{expected}'; {other} prints '{printed}' too, so it is the "
                           "report's own spelling, not a misreading"),
                        spellings=spellings if spellings is not None else cell.printed, expected=f.expected or "",
                        other=other, printed=cell.printed),
                    kind="place_name", undecided=False, confidence=min(1.0, f.confidence * 2),
                    evidence=(*f.evidence, Evidence(other, cell.printed, msg(N_("{document} prints '{printed}'"),
                                                                             document=other, printed=cell.printed))),
                )
        out.append(f)
    return out


def group_root_causes(findings: Sequence[Finding]) -> list[Finding]:
    """Across the documents of a group: a ``value_mismatch`` whose figure in one report is that
    report's own ``internal_mismatch`` (its other printing agrees with the other report) is that
    internal mismatch, with the other report as evidence; an OCR'd row that, read right, repeats the
    other report's error is that error."""
    findings = _typed_spellings(_drop_shared_errors(list(findings)))
    internal = [i for i, f in enumerate(findings) if f.kind == "internal_mismatch" and f.cells and f.severity != "info"]
    out = list(findings)
    drop: set[int] = set()
    for i, f in enumerate(findings):
        if f.kind != "value_mismatch" or not f.cells or f.severity == "info":
            continue
        explained: list[tuple[int, CellRef, CellRef]] = []
        for a, b in _pairs(f):
            hit = next(((j, *found) for j in internal if (found := _explains(out[j], a, b)) is not None), None)
            if hit is None:
                break
            explained.append(hit)
        else:
            for j, other, agreed in explained:
                g = out[j]
                if any(e.document == other.document and e.line == other.line for e in g.evidence):
                    continue
                side = where(agreed.line, agreed.page)
                out[j] = g.with_text(
                    clauses(_text(g), msg(N_("{document} prints {printed} like {side}, so the evidence favours {side}"),
                                          document=other.document, printed=other.printed, side=side)),
                    evidence=(*g.evidence, Evidence(other.document, other.printed,
                                                    msg(N_("{place} prints {printed} ({column}), like {side}"),
                                                        place=where(other.line, other.page, other.document),
                                                        printed=other.printed, column=other.column or "", side=side),
                                                    other.page, other.line)),
                    favours=side.render(),
                )
            drop.add(i)
    return [f for i, f in enumerate(out) if i not in drop]
