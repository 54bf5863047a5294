"""``place_name`` findings: administrative-unit mentions checked against the document's own district."""

from __future__ import annotations

from collections.abc import Iterator

from extractor.model import Document, Provenance
from normalizers.places import find_mentions, resolve_mention
from normalizers.text import strip_markup
from reconcile.engine.findings import Finding
from reconcile.engine.settings import CheckSettings

_SEVERITY = {"misspelt": "error", "other_place": "error", "unknown": "info"}


def _texts(doc: Document) -> Iterator[tuple[str, Provenance]]:
    """Every printed text of a document where a place may be named: prose, titles, table cells."""
    for line in doc.lines:
        yield strip_markup(line.text), line.provenance
    for table in doc.tables:
        if table.title:
            yield table.title, table.provenance
        for col in table.columns:
            yield col.header, table.provenance
    for row in doc.rows:
        if row.table is not None:
            yield row.indicator, row.provenance
            for cell in row.cells:
                if cell.value.kind in ("label", "unparsed"):
                    yield strip_markup(cell.value.raw), cell.provenance


def check_places(doc: Document, settings: CheckSettings) -> list[Finding]:
    """One finding per distinct wrong name (first place printed, how many times), in text order.

    "Tân Dương" in a Tam Đường (Lai Châu) report -> error, expected "Tam Đường". Names that match
    no unit near the document's district are ``info``: OCR damage to a common word is likelier
    than a place the auditor must chase.
    """
    if doc.district is None and doc.province is None:
        return []
    first: dict[tuple[str, str | None, str], tuple[Provenance, str, int, float]] = {}
    for text, prov in _texts(doc):
        if not text:
            continue
        for mention in find_mentions(text):
            res = resolve_mention(mention, province=doc.province, district=doc.district)
            if res.status == "ok":
                continue
            key = (mention.name, res.expected, res.status)
            if key in first:
                p, ctx, n, score = first[key]
                first[key] = (p, ctx, n + 1, score)
            else:
                start = max(0, mention.start - 60)
                first[key] = (prov, text[start : mention.end + 60], 1, res.score)
    findings = []
    for (name, expected, status), (prov, context, count, score) in first.items():
        where = f"printed {count} times" if count > 1 else "printed once"
        if status == "unknown":
            message = f"'{name}' is not an administrative unit known near {doc.district or doc.province} ({where})"
        elif status == "other_place":
            message = (
                f"'{name}' is a real unit elsewhere, but this report is about {doc.district or doc.province}: "
                f"probably '{expected}' ({where})"
            )
        else:
            message = f"'{name}' is misspelt: probably '{expected}' ({where})"
        findings.append(
            Finding(
                kind="place_name",
                severity=_SEVERITY.get(status, "warning"),
                document=doc.id,
                message=message,
                page=prov.page,
                line=prov.line,
                bbox=prov.bbox,
                reported=name,
                expected=expected,
                context=context.strip(),
                confidence=score / 100 if score > 1 else score,
            )
        )
    return findings
