"""One self-contained HTML report (inline CSS and JS, images as data URIs, no external URL).

Every piece of document text goes through ``html.escape``; the data lives only in the DOM (text and
``data-*`` attributes), never inside the script, so no document text can end up as code. A
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
from collections.abc import Callable, Iterable
from html import escape
from typing import Any

from extractor.model import Document, Row
from reconcile.engine.findings import Finding
from reconcile.results import CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers.crop import PdfCropper
from reconcile.writers.flat import (
    KIND_LABELS,
    SEVERITY_LABELS,
    Result,
    cells_text,
    describe_document,
    kinds_present,
    severity_counts,
    sort_findings,
    where,
)

MAX_IMAGES = 200

_CSS = """
:root { --err: #b3261e; --warn: #8a5a00; --info: #0b5cad; --line: #d5d9e0; --muted: #5f6b7a; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "DejaVu Sans", "Segoe UI", Arial, sans-serif; margin: 0 1.5rem 3rem; color: #1c2430; }
h1 { font-size: 1.5rem; margin: 1.2rem 0 .3rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #eef1f6; position: sticky; top: 0; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted, .where, code { color: var(--muted); font-size: .85em; }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin: .8rem 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .9rem; min-width: 7.5rem; }
.card b { display: block; font-size: 1.4rem; }
.card.error b, .badge.error { color: var(--err); }
.card.warning b, .badge.warning { color: var(--warn); }
.card.info b, .badge.info { color: var(--info); }
.badge { font-weight: bold; white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin: .5rem 0; }
.val { font-weight: bold; font-size: 1.05em; white-space: nowrap; }
.src { color: var(--muted); font-size: .8em; font-weight: normal; white-space: normal; }
.reported .val { color: var(--err); }
.expected .val { color: #1e6b2e; }
blockquote { margin: .2rem 0; padding: .2rem .5rem; border-left: 3px solid var(--line); background: #f7f8fa;
             white-space: pre-wrap; font-size: .9em; max-width: 48rem; }
figure { margin: .3rem 0; }
figure img { max-width: 100%; border: 1px solid var(--line); }
.culprit { margin-top: .25rem; color: #1e6b2e; }
.cell { display: inline-block; margin: 0 .6rem .1rem 0; white-space: nowrap; }
.added { color: #1e6b2e; } .removed { color: var(--err); }
tbody.suppressed td { color: var(--muted); }
tbody.finding { border-top: 2px solid var(--line); }
tr.crop-row td { background: #fafbfc; }
@media print { th { position: static; } .filters { display: none; } }
"""

_JS = """
(function () {
  "use strict";
  var errors = document.getElementById("js-errors");
  window.addEventListener("error", function (ev) {
    errors.hidden = false;
    errors.textContent += (ev.message || String(ev.error || "error")) + "\\n";
  });
  var selects = Array.from(document.querySelectorAll("select[data-filter]"));
  var tables = Array.from(document.querySelectorAll("table[data-filterable]"));
  function matches(row) {
    return selects.every(function (s) {
      return !s.value || row.dataset[s.dataset.filter] === s.value;
    });
  }
  function apply() {
    tables.forEach(function (table) {
      var shown = 0;
      table.querySelectorAll(".item").forEach(function (item) {
        var ok = matches(item);
        item.hidden = !ok;
        if (ok) { shown += 1; }
      });
      document.querySelectorAll("output[data-count-for='" + table.id + "']").forEach(function (out) {
        out.textContent = String(shown);
      });
    });
  }
  function readHash() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ""));
    selects.forEach(function (s) {
      var want = params.get(s.dataset.filter) || "";
      var known = Array.from(s.options).some(function (o) { return o.value === want; });
      s.value = known ? want : "";
    });
    apply();
  }
  function writeHash() {
    var params = new URLSearchParams();
    selects.forEach(function (s) { if (s.value) { params.set(s.dataset.filter, s.value); } });
    var hash = params.toString();
    try {
      history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse replaceState on file:// pages; the filter still applies.
    }
  }
  selects.forEach(function (s) {
    s.addEventListener("change", function () { writeHash(); apply(); });
  });
  window.addEventListener("hashchange", readHash);
  readHash();
})();
"""


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


# Only this page's own script and stylesheet may run, images only from data: URIs, nothing fetched.
_CSP = (
    f"default-src 'none'; script-src {_csp_hash(_JS)}; style-src {_csp_hash(_CSS)}; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)


def e(value: Any) -> str:
    """Escape anything for HTML text or a quoted attribute; None becomes ""."""
    return "" if value is None else escape(str(value), quote=True)


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{e(_CSP)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{e(title)}</h1></header>\n{body}\n"
        "<pre id=\"js-errors\" hidden></pre>\n"
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )


def _cards(items: Iterable[tuple[str, int | str, str]]) -> str:
    """Summary cards: (css class, number, label)."""
    inner = "".join(f'<div class="card {e(cls)}"><b>{e(n)}</b>{e(label)}</div>' for cls, n, label in items)
    return f'<section class="cards">{inner}</section>'


def _documents_table(documents: Iterable[Document]) -> str:
    head = "<tr><th>Văn bản</th><th>Địa bàn · số hiệu · ngày</th><th>Định dạng</th>" \
           "<th class=\"num\">Trang</th><th class=\"num\">Dòng chỉ tiêu</th><th>Ghi chú khi đọc</th></tr>"
    rows = "".join(
        f"<tr><td>{e(d.id)}<div class=\"muted\">{e(d.path)}</div>"
        f"{'<div>' + e(d.title) + '</div>' if d.title else ''}</td>"
        f"<td>{e(describe_document(d))}</td><td>{e(d.format)}</td><td class=\"num\">{e(d.pages)}</td>"
        f"<td class=\"num\">{len(d.rows)}</td><td>{'<br>'.join(e(w) for w in d.warnings)}</td></tr>"
        for d in documents
    )
    return f"<h2>Văn bản</h2><table class=\"documents\"><thead>{head}</thead><tbody>{rows}</tbody></table>"


def _failures(failures: tuple[Failure, ...]) -> str:
    if not failures:
        return ""
    rows = "".join(f"<tr><td>{e(f.path)}</td><td>{e(f.reason)}</td></tr>" for f in failures)
    return (f"<section id=\"failures\"><h2>Tệp không đọc được ({len(failures)})</h2><table>"
            f"<thead><tr><th>Tệp</th><th>Lý do</th></tr></thead><tbody>{rows}</tbody></table></section>")


def _select(name: str, label: str, options: Iterable[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{e(v)}">{e(text)}</option>' for v, text in options)
    return f'<label>{e(label)} <select data-filter="{e(name)}"><option value="">Tất cả</option>{opts}</select></label>'


# --- check ------------------------------------------------------------------------------------


class _Images:
    """Region images for findings on PDF pages, at most ``limit`` per report."""

    def __init__(self, documents: Iterable[Document], cropper: PdfCropper, limit: int) -> None:
        self.paths = {d.id: d.path for d in documents if d.format.startswith("pdf") or d.path.lower().endswith(".pdf")}
        self.cropper = cropper
        self.limit = limit
        self.made = 0
        self.skipped = 0

    def for_finding(self, f: Finding) -> str:
        """A ``<figure>`` with the page region around the finding's cell, or "" when there is none."""
        path = self.paths.get(f.document)
        if path is None or f.bbox is None or f.page is None:
            return ""
        if self.made >= self.limit:
            self.skipped += 1
            return ""
        uri = self.cropper.data_uri(path, f.page, f.bbox)
        if uri is None:
            return ""
        self.made += 1
        return (f'<figure><img class="crop" src="{e(uri)}" alt="{e(f"{f.document} trang {f.page}")}">'
                f"<figcaption class=\"muted\">{e(f.document)} · trang {e(f.page)}</figcaption></figure>")


def _value_cells(f: Finding) -> str:
    """Side by side: what the report printed and what it should be (or what the other document says)."""
    if f.other_document:
        left = f"{f.document} {where(f.page, f.line)}".strip()
        right = f"{f.other_document} {where(f.other_page, f.other_line)}".strip()
    elif f.kind in ("place_name", "unit_mismatch"):
        left, right = "Văn bản ghi", "Đúng là"
    else:
        left, right = "Văn bản ghi", "Tính lại"
    return (f'<td class="reported"><div class="src">{e(left)}</div><span class="val">{e(f.reported)}</span></td>'
            f'<td class="expected"><div class="src">{e(right)}</div><span class="val">{e(f.expected)}</span></td>')


def _finding_body(f: Finding, images: _Images, *, suppressed: bool) -> str:
    """A finding as one ``<tbody>``: its row, and below it a full-width row with the page image."""
    indicator = f"<b>{e(f.indicator)}</b>" if f.indicator else ""
    column = f'<div>{e(f.column)}</div>' if f.column else ""
    role = " ".join(p for p in (f.role, f.period) if p)
    role_html = f'<div class="muted">{e(role)}</div>' if role else ""
    culprit = f'<div class="culprit">Có thể đúng là: {e(f.culprit)}</div>' if f.culprit else ""
    confidence = f'<div class="muted">độ tin cậy {f.confidence:.2f}</div>' if f.confidence < 1.0 else ""
    context = f"<blockquote>{e(f.context)}</blockquote>" if f.context else ""
    cls = f"item finding sev-{f.severity}" + (" suppressed" if suppressed else "")
    figure = images.for_finding(f)
    image_row = f'<tr class="crop-row"><td colspan="8">{figure}</td></tr>' if figure else ""
    return (
        f'<tbody class="{e(cls)}" data-kind="{e(f.kind)}" data-severity="{e(f.severity)}" data-document="{e(f.document)}">'
        "<tr>"
        f'<td><span class="badge {e(f.severity)}">{e(SEVERITY_LABELS.get(f.severity, f.severity))}</span></td>'
        f"<td>{e(KIND_LABELS.get(f.kind, f.kind))}<br><code>{e(f.kind)}</code></td>"
        f'<td>{e(f.document)}<div class="where">{e(where(f.page, f.line))}</div></td>'
        f"<td>{indicator}{column}{role_html}</td>"
        f"{_value_cells(f)}"
        f"<td>{e(f.message)}{culprit}{confidence}</td>"
        f"<td>{context}</td></tr>{image_row}</tbody>"
    )


_FINDING_HEAD = (
    "<thead><tr><th>Mức độ</th><th>Loại</th><th>Văn bản / vị trí</th><th>Chỉ tiêu / cột</th>"
    "<th>Văn bản ghi</th><th>Đúng ra / đối chiếu</th><th>Diễn giải</th><th>Ngữ cảnh</th></tr></thead>"
)


def _findings_table(table_id: str, findings: list[Finding], images: _Images, *, suppressed: bool) -> str:
    bodies = "".join(_finding_body(f, images, suppressed=suppressed) for f in findings)
    return f'<table id="{table_id}" class="findings" data-filterable>{_FINDING_HEAD}{bodies}</table>'


def _matrix(result: CheckResult) -> str:
    kinds = kinds_present(result.findings)
    if not kinds:
        return ""
    sevs = list(severity_counts(result.findings))
    head = "<tr><th>Loại</th>" + "".join(
        f'<th class="num">{e(SEVERITY_LABELS.get(s, s))}</th>' for s in sevs) + '<th class="num">Tổng</th></tr>'
    body = []
    for kind in kinds:
        counts = severity_counts(f for f in result.findings if f.kind == kind)
        cells = "".join(f'<td class="num">{counts.get(s, 0)}</td>' for s in sevs)
        body.append(f"<tr><td>{e(KIND_LABELS.get(kind, kind))} <code>{e(kind)}</code></td>{cells}"
                    f'<td class="num">{sum(counts.values())}</td></tr>')
    return f'<table class="matrix"><thead>{head}</thead><tbody>{"".join(body)}</tbody></table>'


def _check(result: CheckResult, max_images: int) -> str:
    counts = severity_counts(result.findings)
    doubts = sum(1 for f in result.findings if f.kind == "extraction_doubt")
    findings = sort_findings(result.findings)
    suppressed = sort_findings(result.suppressed)
    every = [*findings, *suppressed]
    parts = [_cards([
        *((s, n, SEVERITY_LABELS.get(s, s)) for s, n in counts.items()),
        ("", len(result.documents), "Văn bản"),
        ("error" if result.failures else "", len(result.failures), "Tệp không đọc được"),
        ("", len(result.suppressed), "Đã chấp nhận"),
        *((("warning", doubts, "Bảng đọc không chắc chắn"),) if doubts else ()),
    ])]
    parts.append(_matrix(result))
    parts.append(_documents_table(result.documents))
    parts.append(_failures(result.failures))
    kinds = kinds_present(every)
    filters = (
        _select("kind", "Loại", ((k, f"{KIND_LABELS.get(k, k)} ({k})") for k in kinds))
        + _select("severity", "Mức độ", ((s, SEVERITY_LABELS.get(s, s)) for s in counts))
        + _select("document", "Văn bản", ((d, d) for d in sorted({f.document for f in every})))
        + f'<span>Đang hiện <output id="visible-count" data-count-for="findings-table">{len(findings)}</output>'
        f" / {len(findings)} phát hiện</span>"
    )
    with PdfCropper() as cropper:
        images = _Images(result.documents, cropper, max_images)
        parts.append(f'<section id="findings"><h2>Phát hiện ({len(findings)})</h2>'
                     f'<div class="filters">{filters}</div>'
                     + (_findings_table("findings-table", findings, images, suppressed=False)
                        if findings else '<p>Không có phát hiện nào.</p>')
                     + "</section>")
        if suppressed:
            parts.append(
                f'<section id="suppressed"><h2>Đã chấp nhận — kiểm toán viên đã chấp nhận ({len(suppressed)})</h2>'
                '<p class="muted">Các phát hiện này có trong tệp baseline nên không tính vào kết quả.</p>'
                f'<p>Đang hiện <output data-count-for="suppressed-table">{len(suppressed)}</output>'
                f" / {len(suppressed)}</p>"
                + _findings_table("suppressed-table", suppressed, images, suppressed=True) + "</section>"
            )
    if images.skipped:
        parts.append(f'<p class="muted">Chỉ nhúng {images.made} ảnh đầu tiên; {images.skipped} phát hiện '
                     "khác trên PDF không kèm ảnh để tệp báo cáo không quá lớn.</p>")
    return "\n".join(p for p in parts if p)


# --- extract ----------------------------------------------------------------------------------


def _row_tr(row: Row) -> str:
    cells = "".join(f'<span class="cell" title="{e(c.column)}">{e(text)}</span>'
                    for c, text in zip(row.cells, cells_text(row.cells), strict=True))
    child = "↳ " if row.parent is not None else ""
    return (f'<tr class="item" data-document="{e(row.document)}" data-source="{e(row.source)}">'
            f"<td>{e(row.document)}</td><td>{e(row.section)}</td><td>{e(child)}{e(row.indicator)}"
            f'{"<blockquote>" + e(row.context) + "</blockquote>" if row.context else ""}</td>'
            f"<td>{e(row.unit)}</td><td class=\"where\">{e(where(row.provenance.page, row.provenance.line))}</td>"
            f"<td>{cells}</td></tr>")


def _extract(result: ExtractResult, max_images: int) -> str:
    rows = [r for d in result.documents for r in d.rows]
    filters = (_select("document", "Văn bản", ((d.id, d.id) for d in result.documents))
               + _select("source", "Nguồn", (("table", "Bảng"), ("prose", "Văn xuôi")))
               + f'<span>Đang hiện <output id="visible-count" data-count-for="rows-table">{len(rows)}</output>'
               f" / {len(rows)} dòng</span>")
    head = ("<thead><tr><th>Văn bản</th><th>Mục</th><th>Chỉ tiêu</th><th>ĐVT</th><th>Vị trí</th>"
            "<th>Giá trị (vai trò kỳ: số in)</th></tr></thead>")
    return "\n".join(p for p in (
        _cards([("", len(result.documents), "Văn bản"), ("", len(rows), "Dòng chỉ tiêu"),
                ("error" if result.failures else "", len(result.failures), "Tệp không đọc được")]),
        _documents_table(result.documents),
        _failures(result.failures),
        f'<section id="rows"><h2>Dòng chỉ tiêu ({len(rows)})</h2><div class="filters">{filters}</div>'
        f'<table id="rows-table" data-filterable>{head}<tbody>{"".join(_row_tr(r) for r in rows)}</tbody></table>'
        "</section>",
    ) if p)


# --- diff -------------------------------------------------------------------------------------


def _diff(result: DiffResult, max_images: int) -> str:
    changes = "".join(
        f"<tr><td>{e(c.section)}</td><td>{e(c.indicator)}</td><td>{e(c.column)}</td>"
        f"<td>{e(' '.join(p for p in (c.role, c.period) if p))}</td>"
        f'<td class="num removed">{e(c.old)}</td><td class="num added">{e(c.new)}</td>'
        f'<td class="where">{e(where(c.old_page, c.old_line))} → {e(where(c.new_page, c.new_line))}</td></tr>'
        for c in result.changes
    )
    changes_table = (
        "<table id=\"changes-table\"><thead><tr><th>Mục</th><th>Chỉ tiêu</th><th>Cột</th><th>Vai trò / kỳ</th>"
        f"<th class=\"num\">Cũ</th><th class=\"num\">Mới</th><th>Vị trí</th></tr></thead><tbody>{changes}</tbody></table>"
        if result.changes else "<p>Không có giá trị nào thay đổi.</p>"
    )

    def listing(rows: tuple[Row, ...], cls: str, mark: str) -> str:
        if not rows:
            return "<p class=\"muted\">Không có.</p>"
        items = "".join(f'<li class="{cls}">{mark} {e(r.indicator)} <span class="where">'
                        f"{e(where(r.provenance.page, r.provenance.line))}</span></li>" for r in rows)
        return f"<ul>{items}</ul>"

    renamed = ""
    if result.renamed:
        body = "".join(f"<tr><td>{e(a.indicator)}</td><td>{e(b.indicator)}</td></tr>" for a, b in result.renamed)
        renamed = (f"<h2>Đổi tên ({len(result.renamed)})</h2><table><thead><tr><th>Tên cũ</th><th>Tên mới</th>"
                   f"</tr></thead><tbody>{body}</tbody></table>")
    return "\n".join(p for p in (
        f"<p><b>{e(result.old.id)}</b> → <b>{e(result.new.id)}</b></p>",
        _cards([("", len(result.changes), "Giá trị thay đổi"), ("", len(result.added), "Chỉ tiêu thêm mới"),
                ("", len(result.removed), "Chỉ tiêu bị xoá"), ("", len(result.renamed), "Đổi tên")]),
        _documents_table((result.old, result.new)),
        _failures(result.failures),
        f'<section id="changes"><h2>Giá trị thay đổi ({len(result.changes)})</h2>{changes_table}</section>',
        f'<section id="added"><h2>Chỉ tiêu thêm mới ({len(result.added)})</h2>{listing(result.added, "added", "+")}</section>',
        f'<section id="removed"><h2>Chỉ tiêu bị xoá ({len(result.removed)})</h2>{listing(result.removed, "removed", "−")}</section>',
        renamed,
    ) if p)


_VIEWS: dict[type, Callable[[Any, int], str]] = {CheckResult: _check, ExtractResult: _extract, DiffResult: _diff}


def render(result: Result, *, title: str = "doisoat", max_images: int = MAX_IMAGES) -> bytes:
    """Render a result as one self-contained UTF-8 HTML page.

    Check: summary cards and a kind × severity table, documents, failures, the findings table with
    filters, the report's value beside the expected one (for ``value_mismatch`` both documents'
    values, e.g. 83,9 in the Tam Đường UBND appendix beside 88,5 in the Huyện ủy report), the
    printed context, and for PDFs an image of the page around the cell (at most ``max_images``).
    Baseline-accepted findings get their own section. Extract: all rows; diff: changed cells
    old → new, added and removed indicators.
    """
    body = _VIEWS[type(result)](result, max_images)
    return _page(title, body).encode("utf-8")

