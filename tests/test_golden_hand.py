"""The hand-read golden (golden/hand/) stays well formed and tied to the source text.

Every entry was written from reading the seeds, not from the tool's output. These tests pin
two things: the files keep their schema (so `doisoat golden` can read them), and every piece
of text they quote occurs at the line (or PDF page) they cite, so the golden cannot drift
from the documents it describes.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "golden" / "hand"
FILES = sorted(p for p in HAND.glob("*.json") if p.name != "tool_review.json")

VERDICTS = {"document_error", "misreading", "not_a_finding"}
KINDS = {
    "ratio_mismatch", "sum_mismatch", "label_mismatch", "value_mismatch",
    "internal_mismatch", "place_name", "unit_mismatch", "parse_error", "extraction_doubt",
    "probable_misread",
}
SEVERITIES = {"error", "warning", "info"}
CONFIDENCES = {"high", "medium", "low"}
SUBJECTS = {"value", "ratio", "place_name", "unit", "label", "sum", "row", "name"}
ENTRY_KEYS = {
    "id", "verdict", "kind", "subject", "severity", "confidence", "recall", "document",
    "indicator", "cells", "evidence", "justification", "found", "same_root_cause_as",
    "evidence_favours", "tool",
}
REQUIRED = ENTRY_KEYS - {"subject", "same_root_cause_as", "evidence_favours", "tool"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@cache
def lines_of(path: str) -> list[str]:
    return nfc((ROOT / path).read_text(encoding="utf-8")).splitlines()


@cache
def page_cells(pdf_path: str) -> dict[int, str]:
    """The printed cells of a generated PDF, per page, from its truth file (scans use the ruled one)."""
    truth = ROOT / pdf_path.replace("_scanned.pdf", ".pdf").replace(".pdf", ".truth.json")
    data = json.loads(truth.read_text(encoding="utf-8"))
    pages: dict[int, list[str]] = {}
    for table in data["tables"]:
        for row in table["body"]:
            pages.setdefault(row["page"], []).append("\t".join(row["cells"]))
    return {page: nfc("\n".join(rows)) for page, rows in pages.items()}


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def all_entries() -> list[tuple[str, dict]]:
    return [(p.name, e) for p in FILES for e in load(p)["entries"]]


def quotes(data: dict) -> list[tuple[str, dict, str]]:
    """(where, location, text) for every quoted piece of text in a golden file."""
    found = []
    for entry in data["entries"]:
        for c in entry["cells"]:
            found.append((entry["id"], c, c["text"]))
        for e in entry["evidence"]:
            found.append((entry["id"], e, e["quote"]))
    for e in data["consistent"]:
        found.append(("consistent", e, e["quote"]))
    return found


def test_there_is_a_golden_for_every_seed_and_the_reconcile_pair() -> None:
    names = {p.name for p in FILES}
    assert {"000.json", "001.json", "002.json", "003.json", "004.json",
            "000_clean.json", "pdf.json", "000_001_reconcile.json"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_schema(path: Path) -> None:
    data = load(path)
    assert data["schema"] == "doisoat-hand-golden/1"
    assert data["command"] in {"check", "reconcile"}
    for doc in data["inputs"]:
        assert (ROOT / doc).exists(), doc
    for alias, doc in data["documents"].items():
        assert (ROOT / doc).exists(), (alias, doc)
    for name in data.get("includes", []):
        assert (HAND / name).exists(), name
    assert isinstance(data["entries"], list) and isinstance(data["consistent"], list)
    for entry in data["entries"]:
        assert REQUIRED <= entry.keys() <= ENTRY_KEYS, entry["id"]
        assert entry["verdict"] in VERDICTS, entry["id"]
        assert entry["kind"] in KINDS, entry["id"]
        assert entry["confidence"] in CONFIDENCES, entry["id"]
        assert entry["found"] in {"first_pass", "second_pass"}, entry["id"]
        assert entry["document"] in data["documents"] or entry["document"] == "pair", entry["id"]
        assert entry["cells"], entry["id"]
        assert entry["justification"].strip(), entry["id"]
        if entry["verdict"] == "not_a_finding":
            # a wrong finding of the tool: no severity is right, it never counts for recall
            assert entry["severity"] is None and entry["recall"] is False, entry["id"]
            assert entry.get("tool"), entry["id"]
        else:
            assert entry["severity"] in SEVERITIES, entry["id"]
            assert isinstance(entry["recall"], bool), entry["id"]
        if entry["verdict"] == "misreading":
            assert entry["kind"] in {"probable_misread", "parse_error", "extraction_doubt"}, entry["id"]
            assert entry.get("subject") in SUBJECTS, entry["id"]
            assert any("expected" in c for c in entry["cells"]), entry["id"]
        if entry["document"] == "pair":
            assert data["command"] == "reconcile", entry["id"]
        for loc in entry["cells"] + entry["evidence"]:
            assert loc["doc"] in data["documents"], (entry["id"], loc)
            assert ("line" in loc) != ("page" in loc), (entry["id"], loc)


def test_ids_are_unique_and_cross_references_resolve() -> None:
    ids = [e["id"] for _, e in all_entries()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    known = set(ids)
    for name, entry in all_entries():
        ref = entry.get("same_root_cause_as")
        if ref:
            assert ref in known, (name, entry["id"], ref)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_quote_occurs_at_the_cited_place(path: Path) -> None:
    data = load(path)
    missing = []
    for where, loc, text in quotes(data):
        doc = data["documents"][loc["doc"]]
        want = nfc(text)
        if "line" in loc:
            lines = lines_of(doc)
            ok = 1 <= loc["line"] <= len(lines) and want in lines[loc["line"] - 1]
        else:
            ok = want in page_cells(doc).get(loc["page"], "")
        if not ok:
            missing.append((where, loc["doc"], loc.get("line", loc.get("page")), text))
    assert missing == []


def counts_table() -> str:
    """The README's root-cause tables (per file, then per kind), recomputed from the files."""
    rows = ["| file | document_error | misreading | not_a_finding | recall |", "| --- |" + " --- |" * 4]
    kinds: Counter[tuple[str, str]] = Counter()
    for path in FILES:
        entries = load(path)["entries"]
        by = Counter(e["verdict"] for e in entries)
        rows.append(
            f"| {path.name} | {by['document_error']} | {by['misreading']} | "
            f"{by['not_a_finding']} | {sum(1 for e in entries if e['recall'])} |"
        )
        # an entry that repeats another file's root cause (a PDF of 000, a reconcile view) counts once
        kinds.update((e["kind"], e["verdict"]) for e in entries if not e.get("same_root_cause_as"))
    table = ["| kind (distinct root causes) | document_error | misreading | not_a_finding |", "| --- |" + " --- |" * 3]
    for kind in sorted({k for k, _ in kinds}):
        table.append(f"| {kind} | {kinds[kind, 'document_error']} | {kinds[kind, 'misreading']} | "
                     f"{kinds[kind, 'not_a_finding']} |")
    return "\n".join(rows) + "\n\n" + "\n".join(table)


def test_readme_counts_match_the_files() -> None:
    readme = nfc((HAND / "README.md").read_text(encoding="utf-8"))
    assert counts_table() in readme, "\n" + counts_table()


def golden_entries() -> dict[str, tuple[str, dict]]:
    return {e["id"]: (name, e) for name, e in all_entries()}


def root_of(entry_id: str, known: dict[str, tuple[str, dict]]) -> str:
    """A reconcile entry that repeats an included root cause counts as that root cause."""
    name, entry = known[entry_id]
    ref = entry.get("same_root_cause_as")
    if name == "000_001_reconcile.json" and entry["verdict"] != "not_a_finding" and ref in known:
        return ref
    return entry_id


def review_tables() -> str:
    """The README's tables on the tool's current findings, recomputed from tool_review.json."""
    review = load(HAND / "tool_review.json")
    known = golden_entries()
    verdicts = ("document_error", "misreading", "not_a_finding")

    def split(findings: list[dict]) -> str:
        c = Counter(f["verdict"] for f in findings)
        return " | ".join(str(c[v]) for v in verdicts)

    runs = ["| run | findings | document_error | misreading | not_a_finding | root causes | "
            "errors | errors that are document errors |", "| --- |" + " --- |" * 7]
    seeds: list[dict] = []
    for run in review["runs"]:
        fs = run["findings"]
        errors = [f for f in fs if f["severity"] == "error"]
        roots = {root_of(f["entry"], known) for f in fs}
        names = " + ".join(Path(i).name.split("_")[0] if i.startswith("corpus/0") else Path(i).name
                           for i in run["inputs"])
        doc_errors = sum(f["verdict"] == "document_error" for f in errors)
        runs.append(f"| {run['command']} {names} | {len(fs)} | {split(fs)} | {len(roots)} | "
                    f"{len(errors)} | {doc_errors} |")
        if run["command"] == "reconcile":
            seeds += [f for f in fs if "other_document" in f]
        elif run["inputs"][0].startswith("corpus/0"):
            seeds += fs
    kinds = ["| kind (seeds 000-004 + cross-document) | findings | document_error | misreading | "
             "not_a_finding | document errors / findings | true (error or misreading) / findings |",
             "| --- |" + " --- |" * 6]
    for kind in [*sorted({f["kind"] for f in seeds}), "all"]:
        fs = [f for f in seeds if kind in (f["kind"], "all")]
        c = Counter(f["verdict"] for f in fs)
        kinds.append(f"| {kind} | {len(fs)} | {split(fs)} | {c['document_error'] / len(fs):.2f} | "
                     f"{(c['document_error'] + c['misreading']) / len(fs):.2f} |")
    sev = ["| severity (same findings) | findings | document_error | misreading | not_a_finding |",
           "| --- |" + " --- |" * 4]
    for severity in ("error", "warning", "info"):
        fs = [f for f in seeds if f["severity"] == severity]
        sev.append(f"| {severity} | {len(fs)} | {split(fs)} |")
    hits: dict[str, set[str]] = {}
    for run in review["runs"]:
        for f in run["findings"]:
            for eid in {f["entry"], root_of(f["entry"], known)}:
                hits.setdefault(eid, set()).add(" ".join(run["inputs"]))
    rec = ["| golden file | recall: found / expected root causes | missed |", "| --- | --- | --- |"]
    for path in FILES:
        data = load(path)
        entries = data["entries"] + [e for inc in data.get("includes", []) for e in load(HAND / inc)["entries"]]
        wanted = [e for e in entries if e["recall"] and e["id"] == root_of(e["id"], known)]
        runs_of_file = {" ".join(r["inputs"]) for r in review["runs"]
                        if set(r["inputs"]) <= set(data["inputs"]) and
                        (len(data["inputs"]) == 1 or data["command"] == r["command"] or path.name == "pdf.json")}
        found = [e for e in wanted if hits.get(e["id"], set()) & runs_of_file]
        missed = ", ".join(e["id"] for e in wanted if e not in found) or "-"
        rec.append(f"| {path.name} | {len(found)} / {len(wanted)} | {missed} |")
    return "\n\n".join("\n".join(t) for t in (runs, kinds, sev, rec))


def test_tool_review_refers_to_golden_entries() -> None:
    review = load(HAND / "tool_review.json")
    known = golden_entries()
    for run in review["runs"]:
        for n, finding in enumerate(run["findings"]):
            assert finding["n"] == n, finding
            assert finding["entry"] in known, finding
            assert finding["verdict"] == known[finding["entry"]][1]["verdict"], finding
            assert re.fullmatch(r"(error|warning|info)", finding["severity"]), finding


def test_readme_review_tables_match_the_review() -> None:
    readme = nfc((HAND / "README.md").read_text(encoding="utf-8"))
    assert review_tables() in readme, "\n" + review_tables()
