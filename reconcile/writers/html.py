"""One self-contained HTML report (inline CSS and JS, images as data URIs, no external URL).

The page comes from Jinja2 templates (``writers/templates/``: ``base.html`` and one per result:
``check.html``, ``extract.html``, ``diff.html``) rendered with autoescaping on, so every piece of
document text is escaped by default, not by habit; only this package's own ``report.css`` and
``report.js`` are inlined as they are. The data lives only in the DOM (text and ``data-*``
attributes), never inside the script, so no document text can end up as code. A
Content-Security-Policy that allows only this page's own script and style (by hash) and ``data:``
images backs that up, and keeps the file from loading anything from the network.

Filters (kind / severity / document) are select boxes; the page also reads them from the URL hash
(``report.html#kind=place_name&severity=error``), so a filtered view can be linked to, and writes the
number of visible items into ``<output id="visible-count">``. What a filter shows or hides is an
element of class ``item`` in a ``table[data-filterable]`` (a finding is a ``<tbody>``, so its image row
goes with it; an extracted row is a ``<tr>``), matched on its ``data-*`` attributes. Script errors are
written into the hidden ``<pre id="js-errors">``.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from extractor.model import Document, Row
from reconcile.engine.findings import Finding
from reconcile.i18n import DEFAULT_LANGUAGE, Language, check_language
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers.crop import PdfCropper
from reconcile.writers.flat import (
    Result,
    cells_text,
    describe_document,
    kinds_present,
    severity_counts,
    sort_findings,
)

MAX_IMAGES = 200


def _asset(name: str) -> str:
    return resources.files("reconcile.writers").joinpath("templates", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


@cache
def _environment(lang: str) -> jinja2.Environment:
    """The templates in one language: ``_()`` (Jinja2's i18n extension, new-style gettext) and every
    helper translate through the catalog (``reconcile.i18n``)."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("reconcile.writers", "templates"),
        autoescape=True,  # every template, whatever its name: document text is escaped by default
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        extensions=["jinja2.ext.i18n"],
    )
    language = Language(lang)
    env.install_gettext_callables(language._, language.n_, newstyle=True)  # type: ignore[attr-defined]
    env.filters["describe_document"] = describe_document
    env.globals.update(
        lang=lang,
        where=language.where,
        kind_label=language.kind,
        severity_label=language.severity,
        message=language.message,
        say=language.text,
        document_warnings=language.document_warnings,
        cell_texts=lambda row: list(zip((c.column for c in row.cells), cells_text(row.cells, language.translate), strict=True)),
    )
    return env


@cache
def _page_assets() -> dict[str, Markup]:
    """The inline stylesheet and script, and the policy that allows exactly them."""
    css, js = _asset("report.css"), _asset("report.js")
    # Only this page's own script and stylesheet may run, images only from data: URIs, nothing fetched.
    csp = (
        f"default-src 'none'; script-src {_csp_hash(js)}; style-src {_csp_hash(css)}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    # Markup: our own files, inlined unescaped (escaping would change the hashed text); the policy
    # is an attribute value and is escaped like everything else.
    return {"css": Markup(css), "js": Markup(js), "csp": csp}  # type: ignore[dict-item]


@dataclass(frozen=True)
class _Figure:
    uri: str


class _Images:
    """Region images for findings on PDF pages, at most ``limit`` per report."""

    def __init__(self, documents: Iterable[Document], cropper: PdfCropper, limit: int) -> None:
        self.paths = {d.id: d.path for d in documents if d.format.startswith("pdf") or d.path.lower().endswith(".pdf")}
        self.cropper = cropper
        self.limit = limit
        self.made = 0
        self.skipped = 0

    def __call__(self, f: Finding) -> _Figure | None:
        """The page region around the finding's cell as a data URI, or None when there is none."""
        path = self.paths.get(f.document)
        if path is None or f.bbox is None or f.page is None:
            return None
        if self.made >= self.limit:
            self.skipped += 1
            return None
        uri = self.cropper.data_uri(path, f.page, f.bbox)
        if uri is None:
            return None
        self.made += 1
        return _Figure(uri)


def _check_context(result: CheckResult, cropper: PdfCropper, max_images: int, language: Language) -> dict[str, Any]:
    _ = language._
    counts = severity_counts(result.findings)
    doubts = sum(1 for f in result.findings if f.kind == "extraction_doubt")
    findings = sort_findings(result.findings)
    suppressed = sort_findings(result.suppressed)
    every = [*findings, *suppressed]
    kinds = kinds_present(every)
    images = _Images(result.documents, cropper, max_images)
    return {
        "cards": [
            *((s, n, language.severity(s)) for s, n in counts.items()),
            ("", len(result.findings), _("Root causes")),
            ("", len(result.documents), _("Documents")),
            ("error" if result.failures else "", len(result.failures), _("Files that could not be read")),
            ("", len(result.suppressed), _("Accepted")),
            *((("warning", doubts, language.kind("extraction_doubt")),) if doubts else ()),
        ],
        "cells": sum(f.covered for f in result.findings),
        "matrix": {
            "severities": list(counts),
            "kinds": [(k, severity_counts(f for f in result.findings if f.kind == k)) for k in kinds_present(result.findings)],
        },
        "documents": result.documents,
        "failures": result.failures,
        "findings": findings,
        "suppressed": suppressed,
        "kind_options": [(k, f"{language.kind(k)} ({k})") for k in kinds],
        "severity_options": [(s, language.severity(s)) for s in counts],
        "document_options": [(d, d) for d in sorted({f.document for f in every})],
        "crop": images,
        "images": images,
    }


def _extract_context(result: ExtractResult) -> dict[str, Any]:
    rows: list[Row] = [r for d in result.documents for r in d.rows]
    return {
        "documents": result.documents,
        "failures": result.failures,
        "rows": rows,
        "document_options": [(d.id, d.id) for d in result.documents],
    }


def _diff_context(result: DiffResult) -> dict[str, Any]:
    return {
        "old": result.old,
        "new": result.new,
        "changes": result.changes,
        "added": result.added,
        "removed": result.removed,
        "renamed": result.renamed,
        "failures": result.failures,
    }


def render(result: Result, *, title: str = "doisoat", max_images: int = MAX_IMAGES, lang: str = DEFAULT_LANGUAGE) -> bytes:
    """Render a result as one self-contained UTF-8 HTML page.

    Check: summary cards and a kind × severity table, documents, failures, the findings table with
    filters, the report's value beside the expected one (for ``value_mismatch`` both documents'
    values, e.g. 83,9 in the Tam Đường UBND appendix beside 88,5 in the Huyện ủy report), the
    printed context, and for PDFs an image of the page around the cell (at most ``max_images``).
    Baseline-accepted findings get their own section. Extract: all rows; diff: changed cells
    old → new, added and removed indicators. ``lang``: the page's language ("vi", "en").
    """
    env = _environment(check_language(lang))
    translate = Language(lang).translate
    # A failure's reason in the page's language (the template escapes it like all document text).
    failures = [Failure(f.path, f.render(translate)) for f in result.failures]
    page = {"title": title, **_page_assets()}
    if isinstance(result, CheckResult):
        # The images are cut while the template renders, one page at a time, then the PDFs close.
        with PdfCropper() as cropper:
            context = _check_context(result, cropper, max_images, Language(lang))
            text = env.get_template("check.html").render(**page, **{**context, "failures": failures})
    elif isinstance(result, ExtractResult):
        text = env.get_template("extract.html").render(**page, **{**_extract_context(result), "failures": failures})
    else:
        text = env.get_template("diff.html").render(**page, **{**_diff_context(result), "failures": failures})
    return text.encode("utf-8")
