"""``place_name`` findings: administrative-unit mentions checked against the document's own district.

One finding per place (the unit a wrong name stands for), with every spelling and where it was
printed. In a copy read by OCR, a place the same document spells right elsewhere is the reader's
slip: one ``probable_misread`` (with "misreads" on); one it never spells right is a misreading
the evidence cannot decide (``undecided``), unless a typed report prints the same spelling. Two names printed in one list cannot be the
same commune ("xã Bàn Hồ đạt xuất sắc; xã Bàn Hòn, Sơn Bình ..."): the nearer keeps the unit and
the other is offered the next nearest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from extractor.model import Document, Provenance
from normalizers.places import PlaceResolution, find_mentions, resolve_mention
from normalizers.text import strip_markup
from reconcile.engine.findings import CellRef, Evidence, Finding
from reconcile.engine.messages import N_, Msg, listing, msg, where
from reconcile.engine.reading import assess_reading
from reconcile.engine.settings import CheckSettings

# A misspelt name is the report's error but no contradiction of its figures: a warning. A real
# unit of another district where the report's own was meant is an error.
_SEVERITY = {"misspelt": "warning", "other_place": "error", "unknown": "info"}
# Characters within which names belong to one list ("xã Bàn Hồ đạt xuất sắc; xã Bàn Hòn, Sơn Bình").
LIST_SPAN = 80


def _texts(doc: Document) -> Iterator[tuple[str, str, Provenance]]:
    """Every printed text of a document where a place may be named (prose, titles, table cells), with the
    text printed after it when a paragraph wraps onto the next line."""
    lines = [strip_markup(line.text) for line in doc.lines]
    for i, line in enumerate(doc.lines):
        yield lines[i], lines[i + 1] if i + 1 < len(lines) else "", line.provenance
    for table in doc.tables:
        if table.title:
            yield table.title, "", table.provenance
        for col in table.columns:
            yield col.header, "", table.provenance
    for row in doc.rows:
        if row.table is not None:
            yield row.indicator, "", row.provenance
            for cell in row.cells:
                if cell.value.kind in ("label", "unparsed"):
                    yield strip_markup(cell.raw), "", cell.provenance


@dataclass(frozen=True)
class _Seen:
    name: str
    resolution: PlaceResolution
    provenance: Provenance
    context: str


def _where(prov: Provenance) -> Msg:
    return where(prov.line, prov.page)


def _resolve_text(
    text: str, following: str, doc: Document, overrides: dict[str, PlaceResolution]
) -> list[tuple[PlaceResolution, str]]:
    """Mentions of one text resolved; a name listed beside another spelling of the same unit is
    offered the next nearest unit (and remembered, so every printing of that name reads the same)."""
    out = []
    for mention in find_mentions(text, following):
        res = overrides.get(mention.name) or resolve_mention(mention, province=doc.province, district=doc.district)
        start = max(0, mention.start - 60)
        out.append((res, text[start : mention.end + 60]))
    by_unit: dict[str | None, list[int]] = defaultdict(list)
    for i, (res, _) in enumerate(out):
        if res.status in ("ok", "misspelt", "other_place") and res.unit is not None and res.unit.level == "commune":
            by_unit[res.expected].append(i)
    for unit, idx in by_unit.items():
        names = {out[i][0].mention.name for i in idx}
        starts = [out[i][0].mention.start for i in idx]
        # Two spellings of one commune printed close together are two communes of one list.
        if len(names) < 2 or max(starts) - min(starts) > LIST_SPAN:
            continue
        keeper = max(idx, key=lambda i: out[i][0].score)
        for i in idx:
            res, ctx = out[i]
            if i == keeper or res.mention.name == out[keeper][0].mention.name or res.status == "ok":
                continue
            again = resolve_mention(res.mention, province=doc.province, district=doc.district, exclude={unit or ""})
            overrides[res.mention.name] = again
            out[i] = (again, ctx)
    return out


def check_places(doc: Document, settings: CheckSettings) -> list[Finding]:
    """One finding per wrong place, with each spelling and where it was printed, in text order.

    "Tân Dương" in a Tam Đường (Lai Châu) report -> error, expected "Tam Đường". Names that match
    no unit near the document's district are ``info``: OCR damage to a common word is likelier
    than a place the auditor must chase. In OCR'd seed 001, "Ban Bơ" and "Bàn Bò" beside a right
    "xã Bản Bo" are one ``probable_misread``.
    """
    if doc.district is None and doc.province is None:
        return []
    overrides: dict[str, PlaceResolution] = {}
    texts = list(_texts(doc))
    # First pass learns which names are listed beside another spelling of their unit.
    for text, following, _prov in texts:
        if text:
            _resolve_text(text, following, doc, overrides)
    seen: list[_Seen] = []
    right: dict[str, list[Provenance]] = defaultdict(list)
    for text, following, prov in texts:
        if not text:
            continue
        for res, context in _resolve_text(text, following, doc, overrides):
            if res.status == "ok":
                if res.expected and res.mention.name == res.expected:
                    right[res.expected].append(prov)
                continue
            seen.append(_Seen(res.mention.name, res, prov, context))
    ocr = settings.enabled("misreads") and assess_reading(doc).ocr
    groups: dict[tuple[str, str | None], list[_Seen]] = defaultdict(list)
    for s in seen:
        status = s.resolution.status
        key = ("wrong", s.resolution.expected) if status in ("misspelt", "other_place") else (f"unknown:{s.name}", None)
        groups[key].append(s)
    findings = [_finding(doc, key, items, right, ocr) for key, items in groups.items()]
    return [f for f in findings if f is not None]


def _finding(doc: Document, key: tuple[str, str | None], items: list[_Seen], right: dict[str, list[Provenance]],
             ocr: bool) -> Finding | None:
    first = items[0]
    expected = key[1]
    spellings: dict[str, list[Provenance]] = defaultdict(list)
    for s in items:
        spellings[s.name].append(s.provenance)
    spelt = listing([
        msg(N_("'{name}' ({places})"), name=name, places=listing(list({str(_where(p)): _where(p) for p in provs}.values())))
        for name, provs in spellings.items()
    ], sep="; ")
    cells = tuple(
        CellRef(document=doc.id, printed=s.name, likely=expected, page=s.provenance.page, line=s.provenance.line,
                bbox=s.provenance.bbox)
        for s in items
    )
    statuses = {s.resolution.status for s in items}
    score = max(s.resolution.score for s in items)
    confidence = score / 100 if score > 1 else score
    base: dict[str, Any] = {
        "document": doc.id, "page": first.provenance.page, "line": first.provenance.line,
        "bbox": first.provenance.bbox, "reported": first.name, "expected": expected,
        "context": first.context.strip(), "cells": cells,
    }
    if key[0].startswith("unknown:"):
        text = msg(N_("'{name}' is not an administrative unit known near {place} (printed {n} times)"), name=first.name,
                   place=doc.district or doc.province or "", n=len(items)) if len(items) > 1 else msg(
            N_("'{name}' is not an administrative unit known near {place} (printed once)"), name=first.name,
            place=doc.district or doc.province or "")
        return Finding(kind="place_name", severity="info", confidence=confidence, message=text.render(), text=text, **base)
    assert expected is not None
    spelt_right = right.get(expected, [])
    if ocr and spelt_right:
        places = listing(list({str(_where(p)): _where(p) for p in spelt_right[:5]}.values()))
        evidence = tuple(
            Evidence(doc.id, expected, msg(N_("the report spells '{name}' right at {place}"), name=expected, place=_where(p)),
                     p.page, p.line)
            for p in spelt_right[:3]
        )
        text = msg(N_("{spellings}: probably '{expected}' misread by OCR; the report spells it right at {places}"),
                   spellings=spelt, expected=expected, places=places)
        return Finding(kind="probable_misread", severity="warning", confidence=confidence * 0.9, message=text.render(),
                       text=text, evidence=evidence, **base)
    if ocr and "other_place" not in statuses:
        # Never spelt right in this copy: OCR (ă read as ầ, ả as à) or the report's own spelling. A
        # typed report of the district that prints the same spelling decides for the report
        # (``rootcause.group_root_causes``); alone, the evidence cannot decide.
        text = msg(N_("{spellings}: probably '{expected}'; the report never spells it right, so a misreading by OCR "
                      "or the report's own spelling: the evidence cannot decide"), spellings=spelt, expected=expected)
        return Finding(kind="probable_misread", severity="warning", confidence=confidence * 0.5, undecided=True,
                       message=text.render(), text=text, **base)
    if statuses == {"other_place"}:
        text = msg(N_("{spellings}: a real unit elsewhere, but this report is about {place}: probably '{expected}'"),
                   spellings=spelt, place=doc.district or doc.province or "", expected=expected)
        severity = "error"
    else:
        text = msg(N_("{spellings}: misspelt, probably '{expected}'"), spellings=spelt, expected=expected)
        severity = "error" if "other_place" in statuses else _SEVERITY["misspelt"]
    return Finding(kind="place_name", severity=severity, confidence=confidence, message=text.render(), text=text, **base)
