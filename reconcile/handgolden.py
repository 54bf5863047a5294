"""Findings scored against the hand-read golden (``golden/hand/``, written from the source text).

Each golden file names a command and its inputs and lists root causes (``entries``): a document
error, a misreading, or something that is *not* a finding (a wrong finding of an earlier tool),
each with the cells it covers, the kind a checker should use, and whether a checker should find
it (``recall``). See ``golden/hand/README.md``.

A finding matches the entry of a compatible kind whose cells share a printed place (document and
line, or page) with the finding's cells, preferring the entry whose quoted text holds the
finding's printed figures; an ``extraction_doubt`` (placed where its table starts) matches the
entry about that table. A finding that says the evidence cannot tell a misreading from the
report's own slip (an undecided ``probable_misread``) states both verdicts, and reports an entry of
either. From the matches:

- per kind, **precision** (findings matched to a document error or a misreading, over findings)
  and **recall** (entries with ``recall: true`` found, over those entries);
- **errors that are document errors** and **misreadings caught with the right likely value**,
  on the seeds' own checks plus the cross-document findings of the reconcile run (the issue's
  acceptance);
- **root causes against findings**: entries matched by more than one finding of one run.

The golden is never rewritten from the tool's output: a disagreement is either the tool's to
fix or an entry to correct by hand, in its own commit that says why.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normalizers.numbers import parse_value
from normalizers.text import nfc
from reconcile.engine.findings import KINDS, Finding

SCHEMA = "doisoat-hand-golden/1"
TRUE_VERDICTS = ("document_error", "misreading")
# The kind a checker may use for an entry the text cannot decide (``confidence: low``): either the
# misreading or the document error of the same subject is a true statement.
_SUBJECT_KINDS = {
    "place_name": "place_name", "value": "value_mismatch", "ratio": "ratio_mismatch", "sum": "sum_mismatch",
    "label": "label_mismatch", "unit": "unit_mismatch", "row": "ratio_mismatch",
}
# Acceptance of issue 13.
MIN_ERRORS_THAT_ARE_DOCUMENT_ERRORS = 0.90
MIN_MISREADINGS_WITH_RIGHT_VALUE = 0.80


@dataclass(frozen=True)
class Place:
    """A printed place: a document id and a line (text renderings) or a page (PDFs)."""

    document: str
    line: int | None
    page: int | None


@dataclass(frozen=True)
class EntryCell:
    place: Place
    text: str
    expected: str | None
    column: str | None


@dataclass(frozen=True)
class Entry:
    """One root cause of a hand golden file (see golden/hand/README.md for the fields)."""

    id: str
    file: str
    verdict: str
    kind: str
    confidence: str
    recall: bool
    subject: str | None
    cells: tuple[EntryCell, ...]
    same_root_cause_as: str | None
    tool_kinds: tuple[str, ...]
    tool_places: tuple[Place, ...] = ()

    @property
    def places(self) -> set[Place]:
        """Where the entry is printed, and where the wrong findings it records were reported."""
        return {c.place for c in self.cells} | set(self.tool_places)

    def accepts(self, kind: str, undecided: bool = False) -> bool:
        """Whether a finding of ``kind`` reports this entry. A finding that says the evidence cannot
        tell a misreading from the report's own slip (``undecided``) states both verdicts, so it
        reports a document error as well as a misreading."""
        if kind == self.kind:
            return True
        if self.verdict == "not_a_finding":
            return kind in self.tool_kinds
        if kind == "probable_misread" and undecided:
            return True
        if self.confidence == "low" and self.subject is not None:
            return kind in (_SUBJECT_KINDS.get(self.subject), "probable_misread")
        return False


@dataclass(frozen=True)
class GoldenFile:
    """A hand golden file: the command to run, its inputs, its entries and those it includes."""

    name: str
    command: str
    inputs: tuple[Path, ...]
    entries: tuple[Entry, ...]
    included: tuple[Entry, ...]
    consistent: tuple[Place, ...]

    @property
    def all_entries(self) -> tuple[Entry, ...]:
        return self.entries + self.included


def _place(doc_ids: dict[str, str], loc: dict[str, Any]) -> Place:
    return Place(doc_ids[loc["doc"]], loc.get("line"), loc.get("page"))


def _entries(name: str, data: dict[str, Any], doc_ids: dict[str, str]) -> tuple[Entry, ...]:
    out = []
    for e in data["entries"]:
        cells = tuple(
            EntryCell(_place(doc_ids, c), nfc(c.get("text", "")), c.get("expected"), c.get("column"))
            for c in e["cells"]
        )
        tool = [t for t in (e.get("tool") or []) if isinstance(t, dict)] if isinstance(e.get("tool"), list) else (
            [e["tool"]] if isinstance(e.get("tool"), dict) else [])
        kinds = tuple(t.get("kind", "") for t in tool)
        document = doc_ids.get(e.get("document") or "")
        tool_places = tuple(Place(document, t.get("line"), t.get("page")) for t in tool
                            if document and (t.get("line") is not None or t.get("page") is not None))
        out.append(Entry(e["id"], name, e["verdict"], e["kind"], e.get("confidence", "high"), bool(e["recall"]),
                         e.get("subject"), cells, e.get("same_root_cause_as"), kinds, tool_places))
    return tuple(out)


def load_hand_golden(folder: Path, root: Path) -> list[GoldenFile]:
    """Every golden file of ``folder`` (``root``: where the files' paths start, the repository)."""
    raw: dict[str, dict[str, Any]] = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema") == SCHEMA:
            raw[path.name] = data
    files = []
    for name, data in raw.items():
        doc_ids = {alias: Path(p).name for alias, p in data["documents"].items()}
        included: list[Entry] = []
        for inc in data.get("includes", []):
            other = raw[inc]
            included.extend(_entries(inc, other, {a: Path(p).name for a, p in other["documents"].items()}))
        files.append(
            GoldenFile(
                name=name,
                command=data["command"],
                inputs=tuple(root / p for p in data["inputs"]),
                entries=_entries(name, data, doc_ids),
                included=tuple(included),
                consistent=tuple(_place(doc_ids, c) for c in data.get("consistent", [])),
            )
        )
    return files


def finding_places(f: Finding) -> set[Place]:
    places = {Place(c.document, c.line, c.page) for c in f.cells}
    places.add(Place(f.document, f.line, f.page))
    if f.other_line is not None or f.other_page is not None:
        places.add(Place(f.other_document or f.document, f.other_line, f.other_page))
    return {p for p in places if p.line is not None or p.page is not None}


def _printed(f: Finding) -> set[str]:
    texts = {c.printed for c in f.cells if c.printed} | ({f.reported} if f.reported else set())
    return {nfc(t).rstrip("%").strip() for t in texts if t and t.strip()}


def _numbers(text: str) -> set[float]:
    return _likely_values(text)


def finding_numbers(f: Finding) -> set[float]:
    """The figures a finding is about (its cells, reported and expected text; else its message)."""
    found: set[float] = set()
    for t in [*(c.printed for c in f.cells), *(c.likely or "" for c in f.cells), f.reported or "", f.expected or ""]:
        found |= _numbers(t)
    return found or message_numbers(f)


def message_numbers(f: Finding) -> set[float]:
    """The figures a finding's (English) message names, its line and page references left out."""
    return _numbers(re.sub(r"(?:line|p\.)\s*\d+", "", f.message))


def match_finding(f: Finding, entries: Sequence[Entry]) -> Entry | None:
    """The entry ``f`` reports: a compatible kind, a shared printed place and, where both print
    figures, a figure in common; the one whose quoted texts hold most of the finding's printed
    figures (then the first written)."""
    if f.kind == "extraction_doubt":
        return _table_entry(f, entries)
    places = finding_places(f)
    printed = _printed(f)
    numbers = finding_numbers(f)
    best: tuple[int, int, int] | None = None
    chosen = None
    for order, e in enumerate(entries):
        shared = places & e.places
        if not shared or not e.accepts(f.kind, f.undecided):
            continue
        texts = " ".join(c.text for c in e.cells if c.place in shared)
        theirs = _numbers(texts)
        if numbers and theirs and not numbers & theirs:
            continue
        words = {p.casefold() for p in printed if p and not _numbers(p)}
        if words and not numbers and not any(w in texts.casefold() for w in words):
            continue  # a name the entry does not print (two communes named on one line)
        folded = texts.casefold()
        holds = sum(1 for p in printed if p and p.casefold() in folded) + len(numbers & theirs)
        rank = (int(f.kind == e.kind), holds, -order)
        if best is None or rank > best:
            best, chosen = rank, e
    return chosen


# How far below a table's first line an entry about the table may quote it.
_TABLE_SPAN = 40


def _table_entry(f: Finding, entries: Sequence[Entry]) -> Entry | None:
    """The entry about the table an ``extraction_doubt`` names (it is placed where the table
    starts): an entry of that kind in the document, where the finding was recorded, or else the
    one whose first quoted line comes soonest after the table's start."""
    best: tuple[int, int] | None = None
    chosen = None
    for order, e in enumerate(entries):
        if not e.accepts(f.kind):
            continue
        lines = [p.line for p in e.places if p.document == f.document and p.line is not None]
        if f.line is None or not lines:
            continue
        after = [n - f.line for n in lines if 0 <= n - f.line <= _TABLE_SPAN]
        if after and (best is None or (min(after), order) < best):
            best, chosen = (min(after), order), e
    return chosen


_NUMBER_RE = re.compile(r"\d[\d.,]*")


def _likely_values(text: str | None) -> set[float]:
    out = set()
    for m in _NUMBER_RE.finditer(text or ""):
        v = parse_value(m.group(0).rstrip(".,"))
        if v.value is not None:
            out.add(round(v.value, 6))
    return out


def _ordered_numbers(text: str | None) -> list[float]:
    out = []
    for m in _NUMBER_RE.finditer(text or ""):
        v = parse_value(m.group(0).rstrip(".,"))
        if v.value is not None:
            out.append(round(v.value, 6))
    return out


def right_likely_value(f: Finding, e: Entry) -> bool:
    """The misreading's likely reading is the entry's: for a figure, the entry's expected text gives
    the same figure in the place the printed one holds in its quoted text ("386,2/600 ha" ->
    "386,28/400 ha": 600 reads 400); for a name, the expected name."""
    pairs = [(c.printed, c.likely) for c in f.cells if c.likely] or ([(f.reported or "", f.expected)] if f.expected else [])
    for cell in e.cells:
        if not cell.expected:
            continue
        expected = _ordered_numbers(cell.expected)
        printed_in_text = _ordered_numbers(cell.text)
        for printed, likely in pairs:
            if likely is None:
                continue
            if not expected:
                if nfc(likely).strip().casefold() == nfc(cell.expected).split("(")[0].strip().casefold():
                    return True
                continue
            got = _ordered_numbers(likely)
            if not got:
                continue
            mine = _ordered_numbers(printed)
            at = printed_in_text.index(mine[0]) if mine and mine[0] in printed_in_text else None
            want = expected[at] if at is not None and at < len(expected) else expected[0]
            if got[0] == want:
                return True
    return False


@dataclass
class KindScore:
    """Per finding kind: findings, those that are true, entries to find and found."""

    findings: int = 0
    true: int = 0
    wanted: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.true / self.findings if self.findings else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.wanted if self.wanted else 1.0


@dataclass
class Scored:
    """One golden file's run: each finding with its entry (or None)."""

    file: GoldenFile
    findings: list[Finding]
    entries: list[Entry | None] = field(default_factory=list)


def root_of(entry: Entry, known: dict[str, Entry]) -> Entry:
    """A reconcile entry that repeats an included root cause counts as that root cause."""
    if entry.same_root_cause_as and entry.verdict != "not_a_finding" and entry.same_root_cause_as in known:
        return known[entry.same_root_cause_as]
    return entry


Runner = Callable[[str, Sequence[Path]], list[Finding]]


def score_files(files: Sequence[GoldenFile], run: Runner) -> list[Scored]:
    out = []
    for gf in files:
        findings = run(gf.command, gf.inputs)
        scored = Scored(gf, findings)
        scored.entries = [match_finding(f, gf.all_entries) for f in findings]
        out.append(scored)
    return out


@dataclass
class Report:
    """What ``doisoat golden`` prints about the hand golden."""

    kinds: dict[str, KindScore]
    errors: int
    errors_document: int
    misreadings: int
    misreadings_right: int
    findings: int
    root_causes: int
    repeated: list[str]
    false_errors: list[str]
    missed: list[str]
    wrong_values: list[str]

    @property
    def error_share(self) -> float:
        return self.errors_document / self.errors if self.errors else 1.0

    @property
    def misread_share(self) -> float:
        return self.misreadings_right / self.misreadings if self.misreadings else 1.0


def _seed_file(gf: GoldenFile) -> bool:
    return gf.command == "check" and all(re.match(r"^\d{3}_", p.name) for p in gf.inputs)


def measure(scored: Sequence[Scored]) -> Report:
    """The per-kind scores and the acceptance figures (see the module docstring)."""
    known = {e.id: e for s in scored for e in s.file.entries}
    # The measured set: the seeds' own checks, plus what the reconcile runs add across documents.
    measured: list[tuple[Finding, Entry | None, Scored]] = []
    for s in scored:
        for f, e in zip(s.findings, s.entries, strict=True):
            if _seed_file(s.file) or (s.file.command == "reconcile" and f.other_document):
                measured.append((f, e, s))
    kinds: dict[str, KindScore] = {k: KindScore() for k in KINDS}
    for f, e, _ in measured:
        k = kinds.setdefault(f.kind, KindScore())
        k.findings += 1
        k.true += int(e is not None and e.verdict in TRUE_VERDICTS)
    # Entries to find: distinct root causes with recall, in the seed files and the reconcile file.
    hits: dict[str, list[tuple[Finding, Scored]]] = defaultdict(list)
    for s in scored:
        for f, e in zip(s.findings, s.entries, strict=True):
            if e is not None and e.verdict in TRUE_VERDICTS:
                for r in {e.id, root_of(e, known).id}:
                    hits[r].append((f, s))
    wanted = {
        root_of(e, known).id: root_of(e, known)
        for s in scored
        if _seed_file(s.file) or s.file.command == "reconcile"
        for e in s.file.entries
        if e.recall and e.verdict in TRUE_VERDICTS
    }
    missed = []
    for eid, e in sorted(wanted.items()):
        k = kinds.setdefault(e.kind, KindScore())
        k.wanted += 1
        if hits.get(eid):
            k.found += 1
        else:
            missed.append(eid)
    errors = [(f, e) for f, e, _ in measured if f.severity == "error"]
    false_errors = [
        f"{f.document} line {f.line or f.page}: {f.kind} ({'not a finding: ' + e.id if e else 'in no entry'})"
        for f, e in errors
        if e is None or e.verdict == "not_a_finding"
    ]
    misread_entries = [e for e in wanted.values() if e.verdict == "misreading"]
    right, wrong_values = 0, []
    for e in misread_entries:
        found = [f for f, _ in hits.get(e.id, []) if f.kind == "probable_misread" or e.kind != "probable_misread"]
        if any(f.kind == "probable_misread" and right_likely_value(f, e) for f in found):
            right += 1
        elif found:
            wrong_values.append(e.id)
    per_run: dict[tuple[str, str], int] = defaultdict(int)
    for _f, e, s in measured:
        if e is not None:
            per_run[(s.file.name, root_of(e, known).id)] += 1
    repeated = sorted(f"{eid} ({n} findings in {name})" for (name, eid), n in per_run.items() if n > 1)
    # Root causes per run (two documents printing one wrong block each carry it in their own check).
    roots = {(s.file.name, root_of(e, known).id if e else f"none:{id(f)}") for f, e, s in measured}
    return Report(
        kinds=kinds, errors=len(errors), errors_document=sum(1 for _, e in errors if e and e.verdict == "document_error"),
        misreadings=len(misread_entries), misreadings_right=right, findings=len(measured), root_causes=len(roots),
        repeated=repeated, false_errors=false_errors, missed=missed, wrong_values=wrong_values,
    )


@dataclass(frozen=True)
class FileRow:
    """One golden file's run: its findings, how many are true, its own root causes found."""

    name: str
    command: str
    findings: int
    true: int
    wanted: int
    found: int
    missed: tuple[str, ...]
    false: tuple[str, ...]


def file_rows(scored: Sequence[Scored]) -> list[FileRow]:
    """Per golden file (every run, the PDFs and the clean copy included)."""
    rows = []
    for s in scored:
        true = [e is not None and e.verdict in TRUE_VERDICTS for e in s.entries]
        hit = {e.id for e in s.entries if e is not None} | {
            e.same_root_cause_as for e in s.entries if e is not None and e.same_root_cause_as}
        wanted = [e for e in s.file.entries if e.recall and e.verdict in TRUE_VERDICTS]
        missed = tuple(e.id for e in wanted if e.id not in hit)
        false = tuple(
            f"{f.document} {'line ' + str(f.line) if f.line is not None else 'p.' + str(f.page)}: {f.kind} {f.severity}"
            f" ({'not a finding: ' + e.id if e is not None else 'in no entry'})"
            for f, e, t in zip(s.findings, s.entries, true, strict=True) if not t
        )
        rows.append(FileRow(s.file.name, s.file.command, len(s.findings), sum(true), len(wanted),
                            len(wanted) - len(missed), missed, false))
    return rows


def file_lines(rows: Sequence[FileRow]) -> Iterable[str]:
    yield f"{'golden file':<24} {'command':<9} {'findings':>8} {'true':>5} {'to find':>7} {'found':>5}  missed"
    for r in rows:
        yield (f"{r.name:<24} {r.command:<9} {r.findings:>8} {r.true:>5} {r.wanted:>7} {r.found:>5}  "
               f"{', '.join(r.missed) or '-'}")
    false = [f"{r.name}: {x}" for r in rows for x in r.false]
    if false:
        yield "findings the hand reading does not support:"
        yield from (f"  {x}" for x in false)


def report_lines(r: Report) -> Iterable[str]:
    yield f"{'finding kind':<18} {'findings':>8} {'true':>5} {'precision':>9} {'to find':>7} {'found':>5} {'recall':>6}"
    for kind, s in r.kinds.items():
        if s.findings or s.wanted:
            yield (f"{kind:<18} {s.findings:>8} {s.true:>5} {s.precision:>9.2f} {s.wanted:>7} {s.found:>5} "
                   f"{s.recall:>6.2f}")
    yield ""
    yield (f"errors that are document errors: {r.errors_document} / {r.errors} = {r.error_share:.2f} "
           f"(at least {MIN_ERRORS_THAT_ARE_DOCUMENT_ERRORS:.2f})")
    yield (f"misreadings caught as probable_misread with the right likely value: {r.misreadings_right} / "
           f"{r.misreadings} = {r.misread_share:.2f} (at least {MIN_MISREADINGS_WITH_RIGHT_VALUE:.2f})")
    yield f"findings {r.findings} for {r.root_causes} root causes; reported more than once: {', '.join(r.repeated) or 'none'}"
    yield f"root causes to find that were missed: {', '.join(r.missed) or 'none'}"
    if r.wrong_values:
        yield f"misreadings found without the right likely value: {', '.join(r.wrong_values)}"


def regressions(r: Report) -> list[str]:
    """What fails ``doisoat golden``: a false error, or the acceptance not met."""
    out = [f"false error: {x}" for x in r.false_errors]
    if r.error_share < MIN_ERRORS_THAT_ARE_DOCUMENT_ERRORS:
        out.append(f"errors that are document errors {r.error_share:.2f} < {MIN_ERRORS_THAT_ARE_DOCUMENT_ERRORS:.2f}")
    if r.misread_share < MIN_MISREADINGS_WITH_RIGHT_VALUE:
        out.append(f"misreadings with the right value {r.misread_share:.2f} < {MIN_MISREADINGS_WITH_RIGHT_VALUE:.2f}")
    return out
