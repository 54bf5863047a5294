"""Excel workbook for auditors: a "Tóm tắt" (summary) sheet, then one sheet per finding kind.

Every data sheet has its header row frozen, an autofilter over the data and column widths set from
the content. Text from the documents is always stored as text: a cell printed as "=SUM(...)" or
"-" must not become a formula in the auditor's Excel.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from extractor.model import Document
from reconcile.i18n import DEFAULT_LANGUAGE, Language
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers.flat import (
    CELL_COLUMNS,
    CHANGE_COLUMNS,
    DOCUMENT_COLUMNS,
    FINDING_COLUMNS,
    SEVERITIES_DESC,
    Result,
    diff_records,
    display_width,
    document_record,
    extract_records,
    finding_record,
    formula_like,
    kinds_present,
    severity_counts,
    sort_findings,
)

SUMMARY_SHEET = "Tóm tắt"
SUPPRESSED_SHEET = "Đã chấp nhận"  # findings a baseline accepted
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_MAX_WIDTH = 60


def _value(value: Any) -> Any:
    if isinstance(value, str):
        # OCR text can carry control characters that openpyxl refuses to write.
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return value


def _put(ws: Worksheet, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col, value=_value(value))
    if cell.data_type == "f" or (isinstance(cell.value, str) and formula_like(cell.value)):
        # openpyxl treats any string starting with "=" as a formula; document text is never one.
        # Stored as a string cell, it stays the text as printed (no apostrophe needed in XLSX).
        cell.data_type = "s"


def _write_block(ws: Worksheet, top: int, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Header at row ``top`` then the rows; returns the last row written."""
    for j, name in enumerate(header, start=1):
        _put(ws, top, j, name)
        ws.cell(row=top, column=j).font = _HEADER_FONT
        ws.cell(row=top, column=j).fill = _HEADER_FILL
    r = top
    for values in rows:
        r += 1
        for j, v in enumerate(values, start=1):
            _put(ws, r, j, v)
    return r


def _fit_columns(ws: Worksheet) -> None:
    widths: dict[int, int] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                w = display_width(str(cell.value))
                widths[cell.column] = max(widths.get(cell.column, 0), w)
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = min(_MAX_WIDTH, max(8, w + 2))


def _data_sheet(wb: Workbook, name: str, columns: Sequence[str], records: Iterable[dict[str, Any]]) -> Worksheet:
    """A sheet of records: frozen header, autofilter over header and data, fitted widths."""
    ws = wb.create_sheet(name)
    last = _write_block(ws, 1, columns, ([rec.get(c) for c in columns] for rec in records))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(last, 1)}"
    _fit_columns(ws)
    return ws


def _summary_sheet(wb: Workbook, title: str) -> Worksheet:
    ws = wb.active
    assert ws is not None  # a new Workbook always has one sheet
    ws.title = SUMMARY_SHEET
    _put(ws, 1, 1, title)
    ws.cell(row=1, column=1).font = Font(bold=True, size=14)
    return ws


def _documents_block(ws: Worksheet, top: int, documents: Iterable[Document], failures: tuple[Failure, ...]) -> int:
    _put(ws, top, 1, "Văn bản (documents)")
    ws.cell(row=top, column=1).font = _HEADER_FONT
    last = _write_block(ws, top + 1, DOCUMENT_COLUMNS,
                        ([document_record(d)[c] for c in DOCUMENT_COLUMNS] for d in documents))
    if failures:
        _put(ws, last + 2, 1, "Tệp không đọc được (failures)")
        ws.cell(row=last + 2, column=1).font = _HEADER_FONT
        last = _write_block(ws, last + 3, ("path", "reason"), ((f.path, f.reason) for f in failures))
    return last


_KIND_COLUMNS = tuple(c for c in FINDING_COLUMNS if c not in ("kind", "suppressed"))
_SUPPRESSED_COLUMNS = tuple(c for c in FINDING_COLUMNS if c != "suppressed")


def _check(wb: Workbook, result: CheckResult, title: str, language: Language) -> None:
    ws = _summary_sheet(wb, title)
    kinds = kinds_present([*result.findings, *result.suppressed])
    header = ("kind", language._("Kind"), *SEVERITIES_DESC, "total", "suppressed")
    rows = []
    for kind in kinds:
        counts = severity_counts(f for f in result.findings if f.kind == kind)
        n_supp = sum(f.kind == kind for f in result.suppressed)
        rows.append((kind, language.kind(kind), *(counts[s] for s in SEVERITIES_DESC),
                     sum(counts.values()), n_supp))
    totals = severity_counts(result.findings)
    rows.append(("total", language._("Total"), *(totals[s] for s in SEVERITIES_DESC), len(result.findings),
                 len(result.suppressed)))
    last = _write_block(ws, 3, header, rows)
    for j in range(1, len(header) + 1):
        ws.cell(row=last, column=j).font = _HEADER_FONT
    _documents_block(ws, last + 2, result.documents, result.failures)
    _fit_columns(ws)

    findings = sort_findings(result.findings)
    for kind in kinds_present(findings):
        _data_sheet(wb, kind[:31], _KIND_COLUMNS,
                    (finding_record(f, translate=language.translate) for f in findings if f.kind == kind))
    if result.suppressed:
        _data_sheet(wb, SUPPRESSED_SHEET, _SUPPRESSED_COLUMNS,
                    (finding_record(f, suppressed=True, translate=language.translate) for f in sort_findings(result.suppressed)))


def _extract(wb: Workbook, result: ExtractResult, title: str, language: Language) -> None:
    ws = _summary_sheet(wb, title)
    _documents_block(ws, 3, result.documents, result.failures)
    _fit_columns(ws)
    _data_sheet(wb, "Chỉ tiêu", CELL_COLUMNS, extract_records(result))


def _diff(wb: Workbook, result: DiffResult, title: str, language: Language) -> None:
    ws = _summary_sheet(wb, title)
    rows = [("changed", len(result.changes)), ("added", len(result.added)), ("removed", len(result.removed)),
            ("renamed", len(result.renamed))]
    last = _write_block(ws, 3, ("change", "count"), rows)
    _documents_block(ws, last + 2, (result.old, result.new), result.failures)
    _fit_columns(ws)
    records = list(diff_records(result))
    sheets = (("Thay đổi", "changed"), ("Thêm mới", "added"), ("Bị xoá", "removed"), ("Đổi tên", "renamed"))
    for name, change in sheets:
        if change == "changed" or any(r["change"] == change for r in records):
            _data_sheet(wb, name, CHANGE_COLUMNS, (r for r in records if r["change"] == change))


_VIEWS: dict[type, Callable[[Workbook, Any, str, Language], None]] = {
    CheckResult: _check, ExtractResult: _extract, DiffResult: _diff,
}


def render(result: Result, *, title: str = "doisoat", lang: str = DEFAULT_LANGUAGE) -> bytes:
    """Render a result as an .xlsx workbook.

    Check: "Tóm tắt" (counts by kind × severity, documents, failures), one sheet per finding kind
    present ("ratio_mismatch", "place_name", ...), and "Đã chấp nhận" for baseline-accepted
    findings. Extract: "Tóm tắt" and "Chỉ tiêu" (one row per printed value). Diff: "Tóm tắt",
    "Thay đổi", and "Thêm mới" / "Bị xoá" / "Đổi tên" when there are any.
    """
    wb = Workbook()
    wb.properties.title = title
    wb.properties.creator = "doisoat"
    _VIEWS[type(result)](wb, result, title, Language(lang))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
