"""Results as pandas DataFrames: an analyst's first move.

``CheckResult.findings_frame()``, ``ExtractResult.rows_frame()`` (and ``CheckResult``'s,
``DiffResult``'s), ``DiffResult.changes_frame()`` and ``documents_frame()`` build them here. Every
column has a pinned dtype (the ``*_COLUMNS`` tables below, tested), so a frame of one result and
of another concatenate and compare without surprises:

- text is pandas' ``string`` dtype, missing values ``<NA>`` (not ``None`` or ``nan``);
- whole numbers that may be missing (page, line, table) are nullable ``Int64``;
- figures are nullable ``Float64`` (a blank cell is ``<NA>``, never 0);
- ``kind`` and ``role`` are categoricals over the contract's values; ``severity`` is ordered
  (``info < warning < error``), so ``frame[frame.severity >= "warning"]`` works.

Provenance is kept: every row of a frame says which document (``document`` and its ``path``),
page, line and, for PDFs, box (``x0``, ``top``, ``x1``, ``bottom`` in PDF points) it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pandas as pd

from extractor.model import ROLES, Document, Row
from reconcile.base_units import base_value
from reconcile.engine.findings import KINDS, SEVERITIES, Finding

if TYPE_CHECKING:
    from reconcile.engine.diff import Change

STRING = pd.StringDtype()
INT = pd.Int64Dtype()
FLOAT = pd.Float64Dtype()
BOOL = pd.BooleanDtype()
KIND = pd.CategoricalDtype(categories=list(KINDS))
SEVERITY = pd.CategoricalDtype(categories=list(SEVERITIES), ordered=True)
ROLE = pd.CategoricalDtype(categories=list(ROLES))
VALUE_KIND = pd.CategoricalDtype(categories=["number", "range", "comparator", "fraction", "label", "blank", "unparsed"])

#: ``findings_frame()``: one row per finding.
FINDING_COLUMNS: dict[str, Any] = {
    "kind": KIND,  # ratio_mismatch, sum_mismatch, ... (docs/cli-contract.md)
    "severity": SEVERITY,  # info < warning < error
    "document": STRING,  # document id (file name); the one given first for cross-document findings
    "path": STRING,  # the path it was read from
    "other_document": STRING,  # the other document of a value_mismatch
    "page": INT,  # where it was printed: page (PDF) ...
    "line": INT,  # ... or line (text rendering)
    "x0": FLOAT,  # box on the page, PDF points
    "top": FLOAT,
    "x1": FLOAT,
    "bottom": FLOAT,
    "indicator": STRING,  # as printed (<NA> for place names)
    "key": STRING,  # its normal form
    "column": STRING,  # the column header (or prose role)
    "role": ROLE,
    "period": STRING,
    "reported": STRING,  # as printed
    "expected": STRING,  # what the arithmetic or the reference says
    "message": STRING,  # one line, with the arithmetic
    "interval_low": FLOAT,  # for recomputations: the interval the printed precision allows
    "interval_high": FLOAT,
    "culprit": STRING,  # the cell one printed digit away from agreeing, when there is one
    "context": STRING,  # the row as text, or the sentence
    "other_page": INT,  # where the other value was printed (cross-document, internal)
    "other_line": INT,
    "confidence": "float64",  # 0..1, always present
    "fingerprint": STRING,  # stable identity (baselines, the findings store)
    "suppressed": BOOL,  # accepted in a baseline
}

#: ``rows_frame()``: one row per printed value (cell); a row without cells appears once, its
#: cell columns <NA>, so no extracted row is missing from the frame.
ROW_COLUMNS: dict[str, Any] = {
    "document": STRING,
    "path": STRING,
    "page": INT,  # where the row starts
    "line": INT,
    "table": INT,  # 0-based table number; <NA> for figures found in prose
    "row": INT,  # 0-based row in its table (prose: figure number in the paragraph)
    "index": INT,  # the row's position among the document's rows (what ``parent`` refers to)
    "parent": INT,  # the parent row of a "Trong đó" child
    "section": STRING,
    "indicator": STRING,
    "key": STRING,
    "unit": STRING,
    "source": STRING,  # "table" or "prose"
    "row_confidence": "float64",
    "repaired": BOOL,  # values moved back into the row after OCR damage
    "column": STRING,  # the cell: its column header ...
    "column_index": INT,
    "role": ROLE,
    "period": STRING,
    "raw": STRING,  # ... the text as printed ...
    "value_kind": VALUE_KIND,  # ... what it was read as ...
    "value": FLOAT,  # ... and its value in the printed unit (41.100 Tấn -> 41100)
    "low": FLOAT,  # ranges "5-6"
    "high": FLOAT,
    "op": STRING,  # comparators "> 90"
    "den": FLOAT,  # fractions "16/19"
    "label": STRING,  # Đạt / Vượt / Chưa đạt ...
    "decimals": INT,
    "percent": STRING,  # "%" or "‰" when printed
    "unparsed": STRING,  # why a printed value could not be read
    "cell_confidence": FLOAT,
    "base_value": FLOAT,  # in the base unit when the unit converts (48,1 tỷ đồng -> 4.81e10 đồng)
    "base_unit": STRING,
    "cell_page": INT,  # where the cell was printed
    "cell_line": INT,
    "x0": FLOAT,
    "top": FLOAT,
    "x1": FLOAT,
    "bottom": FLOAT,
}

#: ``changes_frame()``: one row per changed value between two versions.
CHANGE_COLUMNS: dict[str, Any] = {
    "indicator": STRING,
    "key": STRING,
    "section": STRING,
    "column": STRING,
    "role": ROLE,
    "period": STRING,
    "old": STRING,  # as printed; "" when the old version left the cell blank
    "new": STRING,
    "old_value": FLOAT,
    "new_value": FLOAT,
    "old_page": INT,
    "old_line": INT,
    "new_page": INT,
    "new_line": INT,
}

#: ``documents_frame()``: one row per document read.
DOCUMENT_COLUMNS: dict[str, Any] = {
    "document": STRING,
    "path": STRING,
    "format": STRING,
    "pages": INT,
    "district": STRING,
    "province": STRING,
    "issuer": STRING,
    "number": STRING,
    "title": STRING,
    "date": STRING,
    "period": STRING,
    "tables": INT,
    "rows": INT,
    "warnings": INT,
    "sha256": STRING,
}


def _frame(records: Iterable[Mapping[str, Any]], columns: Mapping[str, Any]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(list(records), columns=list(columns))
    return frame.astype(dict(columns)) if len(frame) else pd.DataFrame({c: pd.Series(dtype=t) for c, t in columns.items()})


def _box(bbox: tuple[float, float, float, float] | None) -> dict[str, float | None]:
    x0, top, x1, bottom = bbox if bbox is not None else (None, None, None, None)
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom}


def findings_frame(findings: Sequence[Finding], documents: Sequence[Document] = (), suppressed: Sequence[Finding] = ()) -> pd.DataFrame:
    """One row per finding (``FINDING_COLUMNS``); ``suppressed`` ones marked so."""
    paths = {d.id: d.path for d in documents}

    def record(f: Finding, is_suppressed: bool) -> dict[str, Any]:
        low, high = f.interval if f.interval is not None else (None, None)
        return {
            "kind": f.kind, "severity": f.severity, "document": f.document, "path": paths.get(f.document),
            "other_document": f.other_document, "page": f.page, "line": f.line, **_box(f.bbox),
            "indicator": f.indicator, "key": f.key, "column": f.column, "role": f.role, "period": f.period,
            "reported": f.reported, "expected": f.expected, "message": f.message,
            "interval_low": low, "interval_high": high, "culprit": f.culprit, "context": f.context,
            "other_page": f.other_page, "other_line": f.other_line, "confidence": f.confidence,
            "fingerprint": f.fingerprint(), "suppressed": is_suppressed,
        }

    return _frame(
        [*(record(f, False) for f in findings), *(record(f, True) for f in suppressed)], FINDING_COLUMNS
    )


def _row_records(doc: Document, row: Row) -> list[dict[str, Any]]:
    head = {
        "document": doc.id, "path": doc.path, "page": row.provenance.page, "line": row.provenance.line,
        "table": row.table, "row": row.row, "index": row.index, "parent": row.parent, "section": row.section,
        "indicator": row.indicator, "key": row.key, "unit": row.unit, "source": row.source,
        "row_confidence": row.confidence, "repaired": row.repaired,
    }
    if not row.cells:
        return [head]
    out = []
    for cell in row.cells:
        v = cell.value
        base = base_value(cell, row.unit)
        out.append({
            **head, "column": cell.column, "column_index": cell.column_index, "role": cell.role,
            "period": cell.period, "raw": v.raw, "value_kind": v.kind,
            "value": v.value if v.kind in ("number", "comparator", "fraction") else None,
            "low": v.low, "high": v.high, "op": v.op, "den": v.den, "label": v.label, "decimals": v.decimals,
            "percent": v.percent, "unparsed": (v.reason or "unreadable") if v.kind == "unparsed" else None,
            "cell_confidence": v.confidence, "base_value": base[0] if base else None,
            "base_unit": base[1] if base else None,
            "cell_page": cell.provenance.page, "cell_line": cell.provenance.line, **_box(cell.provenance.bbox),
        })
    return out


def rows_frame(documents: Sequence[Document]) -> pd.DataFrame:
    """One row per cell of every row of every document (``ROW_COLUMNS``)."""
    return _frame((r for doc in documents for row in doc.rows for r in _row_records(doc, row)), ROW_COLUMNS)


def changes_frame(changes: Sequence[Change]) -> pd.DataFrame:
    """One row per changed value (``CHANGE_COLUMNS``)."""
    return _frame(
        (
            {
                "indicator": c.indicator, "key": c.key, "section": c.section, "column": c.column, "role": c.role,
                "period": c.period, "old": c.old, "new": c.new, "old_value": c.old_value, "new_value": c.new_value,
                "old_page": c.old_page, "old_line": c.old_line, "new_page": c.new_page, "new_line": c.new_line,
            }
            for c in changes
        ),
        CHANGE_COLUMNS,
    )


def documents_frame(documents: Sequence[Document]) -> pd.DataFrame:
    """One row per document (``DOCUMENT_COLUMNS``)."""
    return _frame(
        (
            {
                "document": d.id, "path": d.path, "format": d.format, "pages": d.pages, "district": d.district,
                "province": d.province, "issuer": d.issuer, "number": d.number, "title": d.title, "date": d.date,
                "period": d.period, "tables": len(d.tables), "rows": len(d.rows), "warnings": len(d.warnings),
                "sha256": d.sha256,
            }
            for d in documents
        ),
        DOCUMENT_COLUMNS,
    )
