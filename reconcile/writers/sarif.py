"""SARIF 2.1.0 for CI systems (code-scanning dashboards, merge-request annotations); check results only.

One run; the driver "doisoat" has one rule per finding kind (``ruleId`` = kind). Text renderings
get ``region.startLine``. A PDF page is not a text region (SARIF §3.30.2 requires a line or an
offset there), so PDF findings carry no region and say ``page`` in the physical location's
properties instead. Baseline-accepted findings are results with an external suppression.
"""

from __future__ import annotations

import json
import os
import re
from importlib import metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from extractor.model import Document
from reconcile.engine.findings import KINDS, Finding
from reconcile.i18n import DEFAULT_LANGUAGE, Language
from reconcile.results import CheckResult
from reconcile.writers.flat import KIND_DESCRIPTIONS, KIND_LABELS, kind_order, sort_findings

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS: dict[str, str] = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "doisoatFinding/v1"
SUPPRESSION_JUSTIFICATION = "Accepted by an auditor: listed in the baseline file (đã được kiểm toán viên chấp nhận)."


def artifact_uri(path: str, base: Path | None = None) -> str:
    """A document path as a SARIF URI: relative to ``base`` (default: cwd) when under it, else file://.

    "corpus/000_6a5e51584c6108a1.txt" stays relative; "/srv/bao cáo/Biểu 01.pdf" becomes
    "file:///srv/bao%20c%C3%A1o/Bi%E1%BB%83u%2001.pdf".
    """
    try:
        p = Path(path).resolve()
    except (RuntimeError, OSError):  # a symbolic link loop (a failure's path): named as given
        p = Path(os.path.abspath(path))
    try:
        return quote(p.relative_to((base or Path.cwd()).resolve()).as_posix())
    except ValueError:
        return p.as_uri()


def _rule(kind: str, language: Language) -> dict[str, Any]:
    name = re.sub(r"(?:^|_)([a-z])", lambda m: m.group(1).upper(), kind)
    rule: dict[str, Any] = {
        "id": kind,
        "name": name,
        "shortDescription": {"text": language.kind_description(kind) if kind in KIND_DESCRIPTIONS else kind.replace("_", " ")},
    }
    if kind in KIND_LABELS:
        rule["fullDescription"] = {"text": language.kind(kind)}
    return rule


def _physical(uri: str, page: int | None, line: int | None, snippet: str | None) -> dict[str, Any]:
    phys: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if line is not None and line >= 1:
        region: dict[str, Any] = {"startLine": line}
        if snippet:
            region["snippet"] = {"text": snippet}
        phys["region"] = region
    if page is not None:
        phys["properties"] = {"page": page}
    return phys


def _message(f: Finding, language: Language) -> str:
    subject = " · ".join(p for p in (f.indicator, f.column) if p)
    message = language.message(f)
    return f"{subject}: {message}" if subject else message


def _result(f: Finding, rule_index: dict[str, int], uris: dict[str, str], *, suppressed: bool,
            language: Language) -> dict[str, Any]:
    location: dict[str, Any] = {
        "physicalLocation": _physical(uris.get(f.document, quote(f.document)), f.page, f.line, f.context)
    }
    if f.indicator:
        location["logicalLocations"] = [{"name": f.indicator}]
    out: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": rule_index[f.kind],
        "level": LEVELS.get(f.severity, "warning"),
        "message": {"text": _message(f, language)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: f.fingerprint()},
    }
    if f.other_document:
        out["relatedLocations"] = [{
            "id": 1,
            "physicalLocation": _physical(uris.get(f.other_document, quote(f.other_document)),
                                          f.other_page, f.other_line, None),
            "message": {"text": f"{f.other_document}: {f.expected or ''}".rstrip(": ")},
        }]
    props = {
        "severity": f.severity, "document": f.document, "other_document": f.other_document,
        "indicator": f.indicator, "column": f.column, "role": f.role, "period": f.period,
        "reported": f.reported, "expected": f.expected, "culprit": f.culprit,
        "bbox": list(f.bbox) if f.bbox else None,
        "confidence": f.confidence if f.confidence < 1.0 else None,
    }
    out["properties"] = {k: v for k, v in props.items() if v is not None}
    if suppressed:
        out["suppressions"] = [{"kind": "external", "justification": SUPPRESSION_JUSTIFICATION}]
    return out


def _artifact(doc: Document, uri: str) -> dict[str, Any]:
    art: dict[str, Any] = {"location": {"uri": uri}}
    if doc.sha256:
        art["hashes"] = {"sha-256": doc.sha256}
    props = {"id": doc.id, "relative_path": doc.relative_path, "format": doc.format, "pages": doc.pages, "district": doc.district,
             "province": doc.province, "number": doc.number, "date": doc.date}
    art["properties"] = {k: v for k, v in props.items() if v is not None}
    return art


def _driver() -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "doisoat"}
    try:
        driver["version"] = metadata.version("doisoat")
    except metadata.PackageNotFoundError:
        pass  # running from a checkout that was never installed: no version to state
    return driver


def to_sarif(result: CheckResult, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """A check/reconcile result as a SARIF 2.1.0 log (a dict ready for ``json.dumps``)."""
    present = {f.kind for f in (*result.findings, *result.suppressed)}
    kinds = [*KINDS, *sorted(present - set(KINDS), key=kind_order)]
    rule_index = {k: i for i, k in enumerate(kinds)}
    uris = {d.id: artifact_uri(d.path) for d in result.documents}
    language = Language(lang)
    driver = _driver() | {"rules": [_rule(k, language) for k in kinds]}
    results = [_result(f, rule_index, uris, suppressed=False, language=language) for f in sort_findings(result.findings)]
    results += [_result(f, rule_index, uris, suppressed=True, language=language) for f in sort_findings(result.suppressed)]
    notifications = [
        {"level": "error", "message": {"text": f"{fail.path}: {fail.reason}"},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(fail.path)}}}]}
        for fail in result.failures
    ] + [{"level": "warning", "message": {"text": warning}} for warning in result.warnings]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": driver},
            "invocations": [{"executionSuccessful": not result.failures,
                             "toolExecutionNotifications": notifications}],
            "artifacts": [_artifact(d, uris[d.id]) for d in result.documents],
            "results": results,
        }],
    }


def render(result: CheckResult, *, title: str = "doisoat", lang: str = DEFAULT_LANGUAGE) -> bytes:
    """Render a check/reconcile result as SARIF 2.1.0 JSON (UTF-8, Vietnamese kept as is).

    The seed 000 finding becomes ``{"ruleId": "ratio_mismatch", "level": "error", "message": {"text":
    "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa · ...: 83,9 / 88,5 = 94,8 %, reported 98,4"}, ...}``.
    """
    if not isinstance(result, CheckResult):
        raise TypeError(f"SARIF is for check/reconcile results, not {type(result).__name__}")
    return (json.dumps(to_sarif(result, lang), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
