"""``--format json``: results -> the JSON documents of the command-line contract (docs/cli-contract.md).

Fields only ever get added here, never renamed or removed: other programs depend on them. The
``*_to_dict`` functions are also the one serialisation of a finding (the store and the golden
gate use ``finding_to_dict``).
"""

from __future__ import annotations

import json
from typing import Any

from extractor.model import Cell, Document, Row
from reconcile.base_units import base_value
from reconcile.engine.findings import CellRef, Evidence, Finding
from reconcile.engine.messages import Msg, Translate, english
from reconcile.engine.messages import render as render_message
from reconcile.i18n import DEFAULT_LANGUAGE, translator
from reconcile.results import Change, CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers.flat import Result, plain_number


def document_to_dict(doc: Document) -> dict[str, Any]:
    """A document's metadata as the contract shows it (plus extra keys a tool may ignore)."""
    return {
        "id": doc.id,
        "path": doc.path,
        "relative_path": doc.relative_path,
        "pages": doc.pages,
        "district": doc.district,
        "province": doc.province,
        "title": doc.title,
        "date": doc.date,
        "issuer": doc.issuer,
        "number": doc.number,
        "format": doc.format,
        "sha256": doc.sha256,
        "tables": [
            {"table": t.number, "title": t.title, "method": t.method, "columns": [c.header for c in t.columns]}
            for t in doc.tables
        ],
        "rows": len(doc.rows),
        "warnings": list(doc.warnings),
    }


def cell_to_dict(cell: Cell, unit: str | None) -> dict[str, Any]:
    v = cell.value
    out: dict[str, Any] = {
        "column": cell.column,
        "role": cell.role,
        "period": cell.period,
        "raw": v.raw,
        "value": plain_number(v.value) if v.kind in ("number", "comparator", "fraction") else None,
        "low": plain_number(v.low),
        "high": plain_number(v.high),
        "op": v.op,
        "label": v.label,
        "kind": v.kind,
        "decimals": v.decimals,
    }
    if v.kind == "fraction":
        out["den"] = plain_number(v.den)
    if v.percent:
        out["percent"] = v.percent
    if v.kind == "unparsed":
        out["unparsed"] = v.reason or "unreadable"
    if v.style == "ambiguous" or v.confidence < 1.0:
        out["style"] = v.style
        out["confidence"] = round(v.confidence, 3)
    if v.hedge:
        out["hedge"] = v.hedge
    if cell.divides is not None:
        out["divides"] = list(cell.divides)
    if cell.relation:
        out["relation"] = cell.relation
    if cell.refs:
        out["refs"] = [list(r) for r in cell.refs]
    if cell.items:
        out["items"] = list(cell.items)
    base = base_value(cell, unit)
    if base is not None:
        out["base_value"] = plain_number(base[0])
        out["base_unit"] = base[1]
    prov = cell.provenance
    if prov.line is not None:
        out["line"] = prov.line
    if prov.bbox is not None:
        out["page"] = prov.page
        out["bbox"] = [round(x, 2) for x in prov.bbox]
    return out


def row_to_dict(row: Row) -> dict[str, Any]:
    prov = row.provenance
    out: dict[str, Any] = {
        "document": row.document,
        "page": prov.page,
        "table": row.table,
        "row": row.row,
        "index": row.index,
        "section": row.section,
        "indicator": row.indicator,
        "key": row.key,
        "unit": row.unit,
        "parent": row.parent,
        "cells": [cell_to_dict(c, row.unit) for c in row.cells],
        "line": prov.line,
        "source": row.source,
        "confidence": round(row.confidence, 3),
    }
    if row.partition:
        out["partition"] = True
    if row.breakdown is not None:
        out["breakdown"] = row.breakdown
    if row.repaired:
        out["repaired"] = True
    if row.notes:
        out["notes"] = list(row.notes)
    if row.context:
        out["context"] = row.context
    return out


def _principal(f: Finding) -> Msg | None:
    """The finding's first statement (its message, or the first of its clauses)."""
    m = f.text
    while m is not None and m.id in ("{parts}", "{items}"):
        parts = m.param(m.id.strip("{}"))
        m = parts[0] if isinstance(parts, tuple) and parts and isinstance(parts[0], Msg) else None
    return m


def finding_to_dict(f: Finding, translate: Translate | None = None) -> dict[str, Any]:
    """A finding as the contract writes it; ``message`` in the language ``translate`` gives (None:
    English), with ``message_en``, ``message_id`` and ``message_params`` for programs (these do not
    change with the language: nested messages among the parameters are rendered in English)."""
    message = f.render(translate) if translate is not None else f.message
    out: dict[str, Any] = {
        "kind": f.kind,
        "severity": f.severity,
        "document": f.document,
        "other_document": f.other_document,
        "page": f.page,
        "line": f.line,
        "indicator": f.indicator,
        "column": f.column,
        "role": f.role,
        "period": f.period,
        "reported": f.reported,
        "expected": f.expected,
        "message": message,
        "fingerprint": f.fingerprint(),
    }
    out["message_en"] = f.message
    principal = _principal(f)
    if principal is not None:
        out["message_id"] = principal.id
        out["message_params"] = {
            name: value.render() if isinstance(value, Msg) else str(value)
            for name, value in principal.params
            if not isinstance(value, tuple)
        }
    if f.bbox is not None:
        out["bbox"] = [round(x, 2) for x in f.bbox]
    if f.interval is not None:
        out["interval"] = [round(x, 6) for x in f.interval]
    if f.culprit:
        out["culprit"] = f.culprit
    if f.context:
        out["context"] = f.context
    if f.other_page is not None or f.other_line is not None:
        out["other_page"] = f.other_page
        out["other_line"] = f.other_line
    if f.confidence < 1.0:
        out["confidence"] = round(f.confidence, 3)
    # Extensions (docs/cli-contract.md): the cells one root cause covers, the evidence for its
    # verdict, which side a mismatch's evidence favours, the match score.
    out["covers"] = f.covered
    if f.cells:
        out["cells"] = [cell_ref_to_dict(c) for c in f.cells]
    if f.evidence:
        out["evidence"] = [evidence_to_dict(e, translate) for e in f.evidence]
    if f.favours is not None:
        out["favours"] = f.favours
    if f.score is not None:
        out["score"] = f.score
    if f.undecided:
        out["undecided"] = True
    for k, v in f.extra:
        out.setdefault(k, v)
    return out


def cell_ref_to_dict(c: CellRef) -> dict[str, Any]:
    out: dict[str, Any] = {"document": c.document, "page": c.page, "line": c.line, "column": c.column,
                           "printed": c.printed, "likely": c.likely}
    if c.role is not None:
        out["role"] = c.role
    if c.period is not None:
        out["period"] = c.period
    if c.bbox is not None:
        out["bbox"] = [round(x, 2) for x in c.bbox]
    return out


def evidence_to_dict(e: Evidence, translate: Translate | None = None) -> dict[str, Any]:
    return {"document": e.document, "page": e.page, "line": e.line, "text": e.text,
            "why": render_message(e.why, translate or english)}


def change_to_dict(c: Change) -> dict[str, Any]:
    return {
        "indicator": c.indicator,
        "column": c.column,
        "role": c.role,
        "period": c.period,
        "old": c.old,
        "new": c.new,
        "old_value": plain_number(c.old_value),
        "new_value": plain_number(c.new_value),
        "section": c.section,
        "key": c.key,
    }


def _failures(failures: tuple[Failure, ...]) -> list[dict[str, str]]:
    return [{"path": f.path, "reason": f.reason} for f in failures]


def extract_to_json(result: ExtractResult) -> dict[str, Any]:
    return {
        "documents": [document_to_dict(d) for d in result.documents],
        "rows": [row_to_dict(r) for d in result.documents for r in d.rows],
        "failures": _failures(result.failures),
        "warnings": list(result.warnings),
    }


def check_to_json(result: CheckResult, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    translate = translator(lang)
    out: dict[str, Any] = {
        "documents": [document_to_dict(d) for d in result.documents],
        "findings": [finding_to_dict(f, translate) for f in result.findings],
        "failures": _failures(result.failures),
        "suppressed": [finding_to_dict(f, translate) for f in result.suppressed],
        "summary": summary(result),
        "warnings": list(result.warnings),
    }
    if result.groups:
        out["groups"] = [list(g) for g in result.groups]
    return out


def summary(result: CheckResult) -> dict[str, Any]:
    """Counts of root causes (one finding each) by severity and kind, and the cells they cover."""
    by_severity: dict[str, int] = {"error": 0, "warning": 0, "info": 0}
    by_kind: dict[str, int] = {}
    cells_by_kind: dict[str, int] = {}
    for f in result.findings:
        by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
        by_kind[f.kind] = by_kind.get(f.kind, 0) + 1
        cells_by_kind[f.kind] = cells_by_kind.get(f.kind, 0) + f.covered
    return {
        "documents": len(result.documents),
        "failed": len(result.failures),
        "findings": len(result.findings),
        "suppressed": len(result.suppressed),
        "by_severity": by_severity,
        "by_kind": dict(sorted(by_kind.items())),
        "root_causes": len(result.findings),
        "cells": sum(cells_by_kind.values()),
        "cells_by_kind": dict(sorted(cells_by_kind.items())),
    }


def diff_to_json(result: DiffResult) -> dict[str, Any]:
    out: dict[str, Any] = {
        "old": document_to_dict(result.old),
        "new": document_to_dict(result.new),
        "changes": [change_to_dict(c) for c in result.changes],
        "added": [{"indicator": r.indicator, "key": r.key, "section": r.section} for r in result.added],
        "removed": [{"indicator": r.indicator, "key": r.key, "section": r.section} for r in result.removed],
        "failures": _failures(result.failures),
        "warnings": list(result.warnings),
    }
    if result.renamed:
        out["renamed"] = [{"old": a.indicator, "new": b.indicator} for a, b in result.renamed]
    return out


def to_json_text(data: dict[str, Any]) -> str:
    """Deterministic JSON text: same input, byte-identical output."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def render(result: Result, *, title: str = "doisoat", lang: str = DEFAULT_LANGUAGE) -> bytes:
    """One JSON document for an extract, check/reconcile or diff result (``title`` is not part of
    the contract and is not written). Same result, byte-identical output. ``lang``: the language
    of the findings' ``message`` ("vi" by default; ``message_en`` is always English)."""
    if isinstance(result, ExtractResult):
        return to_json_text(extract_to_json(result)).encode()
    if isinstance(result, DiffResult):
        return to_json_text(diff_to_json(result)).encode()
    return to_json_text(check_to_json(result, lang)).encode()
