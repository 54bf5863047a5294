"""What every writer needs: result kinds, ordering, labels, "where" strings and flat records.

CSV and XLSX both lay results out as flat records; the columns are defined once here so the two
formats always agree. Column names are the contract's JSON field names (shared/spec/cli-contract.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from extractor.flowtable import NOT_READ
from extractor.model import Document
from reconcile.engine.findings import KINDS, SEVERITIES, Finding, severity_rank
from reconcile.engine.messages import N_, Translate, english
from reconcile.results import CheckResult, DiffResult, ExtractResult

Result = ExtractResult | CheckResult | DiffResult

RESULT_KINDS: dict[type, str] = {ExtractResult: "extract", CheckResult: "check", DiffResult: "diff"}

# Most severe first: the order people read a report in.
SEVERITIES_DESC: tuple[str, ...] = tuple(reversed(SEVERITIES))

# Names of severities and kinds for people (English msgids; the reader's language through
# ``reconcile.i18n.Language``). The kinds themselves are the contract's ids and never translated.
SEVERITY_LABELS: dict[str, str] = {"error": N_("Error"), "warning": N_("Warning"), "info": N_("Info")}

KIND_LABELS: dict[str, str] = {
    "ratio_mismatch": N_("Ratio does not recompute"),
    "sum_mismatch": N_("Total is not the sum of its parts"),
    "label_mismatch": N_("Evaluation contradicts the figures"),
    "value_mismatch": N_("Figures differ between two documents"),
    "internal_mismatch": N_("Figures differ within one document"),
    "place_name": N_("Place name misspelt or of another district"),
    "unit_mismatch": N_("Unit does not fit"),
    "parse_error": N_("Value could not be read"),
    "extraction_doubt": N_("Table not read reliably"),
    "probable_misread": N_("Probably misread by OCR"),
}

KIND_DESCRIPTIONS: dict[str, str] = {
    "ratio_mismatch": N_("A printed percentage or ratio does not recompute from the numbers it is computed from."),
    "sum_mismatch": N_("A total does not equal the sum of its parts."),
    "label_mismatch": N_("An evaluation word (Đạt / Vượt / Chưa đạt) contradicts the numbers beside it."),
    "value_mismatch": N_("The same indicator, column role and period carry different values in two documents."),
    "internal_mismatch": N_("The same indicator carries different values within one document."),
    "place_name": N_("An administrative unit name is misspelt, unknown, or not the district the document is about."),
    "unit_mismatch": N_("The same indicator in incompatible units, or a unit that does not fit the indicator."),
    "parse_error": N_("A cell or figure could not be read as a value where one was expected."),
    "extraction_doubt": N_("A table could not be read reliably (names, figures, ratios or header): its findings may be incomplete."),
    "probable_misread": N_("In a copy read by OCR, a figure or name that was misread, not printed wrong, with its likely reading."),
}


def result_kind(result: Result) -> str:
    """"extract", "check" or "diff": what ``Writer.supports`` is matched against."""
    return RESULT_KINDS[type(result)]


def kind_order(kind: str) -> tuple[int, str]:
    # Kinds added to the contract later sort after the known ones instead of failing.
    return (KINDS.index(kind), "") if kind in KINDS else (len(KINDS), kind)


def kinds_present(findings: Iterable[Finding]) -> list[str]:
    return sorted({f.kind for f in findings}, key=kind_order)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Document, then kind, then most severe first, then position in the document."""
    return sorted(
        findings,
        key=lambda f: (
            f.document,
            kind_order(f.kind),
            -severity_rank(f.severity) if f.severity in SEVERITIES else 1,
            f.page or 0,
            f.line or 0,
        ),
    )


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Counts per severity, most severe first; every known severity present even at 0."""
    counts = Counter(f.severity for f in findings)
    out = {s: counts.pop(s, 0) for s in SEVERITIES_DESC}
    out.update(sorted(counts.items()))  # severities the contract may add later
    return out


def where(page: int | None, line: int | None) -> str:
    """"p.2" for PDFs, "line 41" for text renderings, "" when unknown."""
    if page is not None and line is not None:
        return f"p.{page} line {line}"
    if page is not None:
        return f"p.{page}"
    if line is not None:
        return f"line {line}"
    return ""


def describe_document(doc: Document) -> str:
    """One line about a document: "Tam Đường, Lai Châu · 1108/BC-UBND · 2024-11-20"."""
    place = ", ".join(p for p in (doc.district, doc.province) if p)
    return " · ".join(p for p in (place, doc.number, doc.date) if p)


def plain_number(x: float | None) -> int | float | None:
    """41100.0 -> 41100 (as the JSON output prints it); 48.1 stays 48.1."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else float(x)


# --- display width (terminal alignment, spreadsheet column widths) ----------------------------


# What a spreadsheet takes for the start of a formula (OWASP "CSV injection"): = + - @, and the tab
# and carriage return some spreadsheets skip before one. Full-width forms are folded by Excel too.
_FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")
# A plain number ("-12,5", "+3", "-1.234,5%") is safe as it is and must stay a number.
_PLAIN_NUMBER_RE = re.compile(r"[+-]?\d+(?:[.,]\d+)*%?")


def formula_like(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula: it starts with one of
    ``_FORMULA_START`` and is not a plain number or a lone dash.

    >>> [formula_like(t) for t in ("=HYPERLINK(\"x\")", "@SUM(A1)", "-12,5", "-", "Tỷ lệ")]
    [True, True, False, False, False]
    """
    return bool(text) and text[0] in _FORMULA_START and text != "-" and not _PLAIN_NUMBER_RE.fullmatch(text)


def spreadsheet_text(text: str) -> str:
    """``text`` as a tabular writer must store it where a spreadsheet may open it: a formula-like
    value is prefixed with an apostrophe (OWASP), which Excel and LibreOffice show as text."""
    return "'" + text if formula_like(text) else text


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: combining marks take none, wide CJK forms two."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def truncate(text: str, width: int) -> str:
    """Cut ``text`` to ``width`` display columns, ending in "…" when cut."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = 0 if unicodedata.combining(ch) else (2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out).rstrip() + "…"


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


# --- flat records ------------------------------------------------------------------------------

FINDING_COLUMNS: tuple[str, ...] = (
    "kind", "severity", "document", "page", "line", "indicator", "column", "role", "period",
    "reported", "expected", "message", "culprit", "context", "other_document", "other_page",
    "other_line", "confidence", "suppressed", "fingerprint",
)


def finding_record(f: Finding, *, suppressed: bool = False, translate: Translate | None = None) -> dict[str, Any]:
    """A finding as one flat record; ``suppressed`` marks those a baseline accepted; the message in
    the language ``translate`` gives (None: English)."""
    rec: dict[str, Any] = {c: getattr(f, c, None) for c in FINDING_COLUMNS}
    rec["message"] = f.render(translate) if translate is not None else f.message
    rec["suppressed"] = suppressed
    rec["fingerprint"] = f.fingerprint()
    return rec


def check_records(result: CheckResult, translate: Translate | None = None) -> Iterator[dict[str, Any]]:
    for f in sort_findings(result.findings):
        yield finding_record(f, translate=translate)
    for f in sort_findings(result.suppressed):
        yield finding_record(f, suppressed=True, translate=translate)


CELL_COLUMNS: tuple[str, ...] = (
    "document", "page", "line", "table", "row", "index", "section", "indicator", "key", "unit",
    "parent", "source", "column", "role", "period", "raw", "kind", "value", "low", "high", "op",
    "den", "label", "percent", "relation",
)


def cell_records(doc: Document) -> Iterator[dict[str, Any]]:
    """One record per printed value: the row's identity repeated, then the cell.

    ``page``/``line`` are the cell's own position when known, else the row's.
    """
    for row in doc.rows:
        for cell in row.cells:
            v = cell.value
            prov = cell.provenance
            yield {
                "document": row.document,
                "page": prov.page if prov.page is not None else row.provenance.page,
                "line": prov.line if prov.line is not None else row.provenance.line,
                "table": row.table,
                "row": row.row,
                "index": row.index,
                "section": row.section,
                "indicator": row.indicator,
                "key": row.key,
                "unit": row.unit,
                "parent": row.parent,
                "source": row.source,
                "column": cell.column,
                "role": cell.role,
                "period": cell.period,
                "raw": v.raw,
                "kind": v.kind,
                "value": plain_number(v.value),
                "low": plain_number(v.low),
                "high": plain_number(v.high),
                "op": v.op,
                "den": plain_number(v.den),
                "label": v.label,
                "percent": v.percent,
                "relation": cell.relation,
            }


def extract_records(result: ExtractResult) -> Iterator[dict[str, Any]]:
    for doc in result.documents:
        yield from cell_records(doc)


CHANGE_COLUMNS: tuple[str, ...] = (
    "change", "indicator", "key", "section", "column", "role", "period", "old", "new",
    "old_value", "new_value", "old_page", "old_line", "new_page", "new_line",
)


def diff_records(result: DiffResult) -> Iterator[dict[str, Any]]:
    """Changed cells, then added, removed and renamed indicators; ``change`` says which."""
    for c in result.changes:
        rec = {col: getattr(c, col, None) for col in CHANGE_COLUMNS}
        rec["change"] = "changed"
        rec["old_value"] = plain_number(c.old_value)
        rec["new_value"] = plain_number(c.new_value)
        yield rec
    blank = dict.fromkeys(CHANGE_COLUMNS)
    for row in result.added:
        yield blank | {"change": "added", "indicator": row.indicator, "key": row.key, "section": row.section,
                       "new_page": row.provenance.page, "new_line": row.provenance.line}
    for row in result.removed:
        yield blank | {"change": "removed", "indicator": row.indicator, "key": row.key, "section": row.section,
                       "old_page": row.provenance.page, "old_line": row.provenance.line}
    for old, new in result.renamed:
        yield blank | {"change": "renamed", "indicator": new.indicator, "key": new.key, "section": new.section,
                       "old": old.indicator, "new": new.indicator,
                       "old_page": old.provenance.page, "old_line": old.provenance.line,
                       "new_page": new.provenance.page, "new_line": new.provenance.line}


DOCUMENT_COLUMNS: tuple[str, ...] = (
    "id", "path", "format", "pages", "district", "province", "issuer", "number", "date", "title", "rows",
)


def document_record(doc: Document) -> dict[str, Any]:
    rec = {c: getattr(doc, c, None) for c in DOCUMENT_COLUMNS}
    rec["rows"] = len(doc.rows)
    return rec


# A cell's role as a reader sees it in extract's table and HTML ("kế hoạch 2024: 41.100"); JSON,
# CSV and XLSX keep the role's name ("plan").
ROLE_LABELS = {
    "target": N_("target"), "plan": N_("plan"), "actual": N_("actual"), "estimate": N_("estimate"),
    "ratio": N_("ratio"), "evaluation": N_("evaluation"), "note": N_("note"), "other": N_("other"),
}


def cells_text(cells: Iterable[Any], translate: Callable[[str], str] = english) -> list[str]:
    """Cells as "role period: raw" ("plan 2024: 41.100"), the form the table and HTML views print,
    the role (and the placeholder of a row whose values were not read) in ``translate``'s language."""
    out = []
    for c in cells:
        role = translate(ROLE_LABELS[c.role]) if c.role in ROLE_LABELS else c.role
        raw = translate(NOT_READ) if c.raw == NOT_READ else c.raw
        out.append(" ".join(p for p in (role, c.period) if p) + f": {raw}")
    return out
