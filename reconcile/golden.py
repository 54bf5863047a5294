"""The golden corpus gate: run on corpus/, compare with hand-verified golden/ files, report per kind.

Golden finding files (``golden/findings/*.json``) name the inputs, the command, and the expected
findings, each with a one-line human justification (``why``). A golden finding lost, or a new
``error`` finding that no golden entry explains, is a regression: exit 1.
Extraction truth (``golden/extraction/*.json``) lists the printed values of tables, compared
cell by cell (indicator, role, period, raw) for value precision and recall per extraction path.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.documents import file_to_document
from extractor.errors import DoisoatError
from extractor.model import Document
from normalizers.names import indicator_key, similarity
from reconcile.api import check, reconcile
from reconcile.engine.findings import KINDS, Finding
from reconcile.writers.json_writer import finding_to_dict

Echo = Callable[[str], None]
# Asked before a golden file is rewritten ("rewrite golden/findings/000.json?"); True rewrites.
Confirm = Callable[[str], bool]
MATCH_FIELDS = ("kind", "document", "other_document", "reported", "expected")


@dataclass
class KindScore:
    """Counts for one finding kind (or extraction path)."""

    expected: int = 0
    found: int = 0
    reported: int = 0
    unexplained: int = 0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def precision(self) -> float:
        claimed = self.found + self.unexplained
        return self.found / claimed if claimed else 1.0


def _same(entry: dict[str, Any], f: Finding) -> bool:
    """A produced finding matches a golden entry: same kind, documents, printed values, indicator."""
    got = finding_to_dict(f)
    for field in MATCH_FIELDS:
        if entry.get(field) != got.get(field):
            return False
    want_ind = entry.get("indicator")
    if want_ind and f.indicator:
        return f.key == indicator_key(want_ind) or similarity(indicator_key(want_ind), f.key or "") >= 90
    return (not want_ind and not f.indicator) or entry.get("column") == f.column


def _run(spec: dict[str, Any], corpus: Path) -> list[Finding]:
    paths = [str(corpus / p) for p in spec["inputs"]]
    runner = reconcile if spec.get("command", "check") == "reconcile" else check
    result = runner(paths)
    if result.failures:
        raise RuntimeError("; ".join(f"{x.path}: {x.reason}" for x in result.failures))
    return list(result.findings)


def compare_findings(spec: dict[str, Any], produced: Sequence[Finding]) -> tuple[dict[str, KindScore], list[str]]:
    """Score one golden set; returns per-kind scores and the regression lines."""
    scores: dict[str, KindScore] = defaultdict(KindScore)
    regressions: list[str] = []
    unmatched = list(produced)
    for entry in spec["findings"]:
        score = scores[entry["kind"]]
        score.expected += 1
        hit = next((f for f in unmatched if _same(entry, f)), None)
        if hit is None:
            regressions.append(
                f"lost: {entry['kind']} {entry['document']} {entry.get('indicator') or ''} "
                f"{entry.get('reported')} -> {entry.get('expected')} ({entry.get('why', '')})"
            )
        else:
            score.found += 1
            unmatched.remove(hit)
    # Known false positives, each with the reason it is wrong: they lower precision but are not
    # regressions (so the gate stays green while the list says what to fix next).
    tolerated = [dict(e) for e in spec.get("tolerated", [])]
    for f in unmatched:
        scores[f.kind].reported += 1
        known = next((e for e in tolerated if _same(e, f)), None)
        if known is not None:
            tolerated.remove(known)
            scores[f.kind].unexplained += 1
        elif f.severity == "error":
            scores[f.kind].unexplained += 1
            regressions.append(f"new error: {f.kind} {f.document} {f.indicator or ''} {f.reported} -> {f.expected}: {f.message}")
    return scores, regressions


def _extraction_scores(corpus: Path, golden: Path) -> dict[str, KindScore]:
    """Cell-level precision/recall of extracted values against hand-checked table truth, per path."""
    from normalizers.text import strip_markup

    scores: dict[str, KindScore] = {}
    for truth_file in sorted((golden / "extraction").glob("*.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        for source in truth["inputs"]:
            path = corpus / source["file"]
            name = f"{source['file']} ({source['path']})"
            try:
                doc: Document = file_to_document(path)
            except DoisoatError as exc:
                scores[name] = KindScore(expected=-1)
                scores[name].reported = 0
                print(f"skipped {name}: {exc}")
                continue
            want = {
                (indicator_key(row["indicator"]), cell["role"], cell["period"], cell["raw"])
                for row in truth["rows"]
                if row["table"] in source["tables"]
                for cell in row["cells"]
            }
            got = {
                (r.key, c.role, c.period, strip_markup(c.raw))
                for r in doc.rows
                if r.table is not None
                for c in r.cells
                # Paragraphs in value columns are text for the prose reader, not table values.
                if c.role not in ("note", "other") and not (c.value.kind == "unparsed" and len(c.raw) > 40)
            }
            s = KindScore(expected=len(want), found=len(want & got), reported=len(got))
            s.unexplained = len(got - want)
            scores[name] = s
    return scores


def run_golden(
    corpus: str, golden: str, *, update: bool = False, confirm: Confirm | None = None, echo: Echo = print
) -> int:
    """The ``doisoat golden`` command; returns the exit code (0 clean, 1 regression).

    ``update``: for each golden file with differences, show them and rewrite the file when
    ``confirm(question)`` says yes (None: without asking, ``--update --yes``). Rewritten entries keep
    their justification; new ones get "TODO: justify by hand". Returns 0 when every file with
    differences was rewritten, 1 when one was kept.
    """
    corpus_dir, golden_dir = Path(corpus), Path(golden)
    totals: dict[str, KindScore] = {k: KindScore() for k in KINDS}
    all_regressions: list[str] = []
    for spec_file in sorted((golden_dir / "findings").glob("*.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        produced = _run(spec, corpus_dir)
        scores, regressions = compare_findings(spec, produced)
        for kind, s in scores.items():
            t = totals.setdefault(kind, KindScore())
            t.expected += s.expected
            t.found += s.found
            t.reported += s.reported
            t.unexplained += s.unexplained
        if update and regressions:
            echo(f"--- {spec_file.name}: differences")
            for r in regressions:
                echo(f"  {r}")
            if confirm is None or confirm(f"rewrite {spec_file}?"):
                _rewrite(spec_file, spec, produced)
                echo(f"rewrote {spec_file}")
                continue
        all_regressions += [f"{spec_file.name}: {r}" for r in regressions]
    echo(f"{'finding kind':<20} {'golden':>6} {'found':>6} {'recall':>7} {'precision':>9} {'false pos.':>10}")
    for kind in KINDS:
        s = totals[kind]
        echo(f"{kind:<20} {s.expected:>6} {s.found:>6} {s.recall:>7.2f} {s.precision:>9.2f} {s.unexplained:>10}")
    extraction = _extraction_scores(corpus_dir, golden_dir)
    if extraction:
        echo(f"\n{'extraction (cells)':<48} {'truth':>6} {'found':>6} {'recall':>7} {'precision':>9}")
        for name, s in extraction.items():
            if s.expected < 0:
                echo(f"{name:<48} {'not read (see above)':>31}")
            else:
                echo(f"{name:<48} {s.expected:>6} {s.found:>6} {s.recall:>7.3f} {s.precision:>9.3f}")
    if all_regressions:
        echo(f"\n{len(all_regressions)} regressions:")
        for r in all_regressions:
            echo(f"  {r}")
        return 1
    echo("\nno regressions")
    return 0


def _rewrite(spec_file: Path, spec: dict[str, Any], produced: Sequence[Finding]) -> None:
    """Golden entries for every produced error/warning; kept justifications, new ones marked TODO."""
    old = spec["findings"]
    entries = []
    known = [dict(e) for e in spec.get("tolerated", [])]
    for f in produced:
        if f.severity == "info" or any(_same(e, f) for e in known):
            continue
        d = finding_to_dict(f)
        prior = next((e for e in old if _same(e, f)), None)
        entry = {k: d.get(k) for k in ("kind", "severity", "document", "other_document", "indicator", "column", "reported", "expected")}
        entry["why"] = prior.get("why", "TODO: justify by hand") if prior else "TODO: justify by hand"
        entries.append(entry)
    spec = {**spec, "findings": entries}
    spec_file.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
