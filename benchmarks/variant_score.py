"""Score the real extractor on layout variants against their exact truth (library of score_variants.py).

For one seed and one path (text layer or scan): generate the variant (or reuse the cached files),
run ``extractor.documents.file_to_document`` and the ``reconcile`` checks, and count

- numeric cells exact with the right indicator, column role and period (and how many numeric
  cells were extracted at all, for precision);
- indicator names exact; rows whose section, unit and parent are right; evaluation labels;
- ``extraction_doubt`` findings (expected on broken variants, never on clean ones);
- for seeds with an edit pair, ``documents_to_diff`` changes against the known edits.

OCR'd pages can be cached (``ocr_cache``: the ``cache_dir`` of ``extractor.ocr``, keyed by file
hash, page, dpi, Tesseract and ``OCR_VERSION``, layout settings), so a re-score after a change
outside OCR reads no image; ``Score.pages_ocr_cached`` counts the pages that came from it, whose
seconds are no OCR speed.

The truth comes from the generator, never from the extractor's output; nothing here tunes it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import statistics
import sys
import time
import traceback
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_CACHE = ROOT / ".variants-cache"
DOUBT = "extraction_doubt"
GENERATOR_FILES = ("variants.py", "variant_content.py", "variant_layout.py", "variant_pdf.py", "variant_scan.py",
                   "make_scans.py", "generate_pdfs.py")
# The PDF producers a variant can be printed by: our reportlab drawing (the default, and the only one
# with scanned copies), or the same variant as HTML printed by headless Chromium (corpus/variant_html.py)
# or opened and exported by LibreOffice Writer (corpus/variant_writer.py).
PRODUCERS = ("reportlab", "chromium", "libreoffice")
# Each other producer's source files, which its copies' cache stamp covers, and what writes a seed.
PRODUCER_FILES = {"chromium": ("variant_html.py",), "libreoffice": ("variant_html.py", "variant_writer.py")}


class HeldOutError(ValueError):
    """Seeds 500-999 are for the final measurement only."""


def check_range(seeds: Iterable[int], heldout: bool) -> None:
    """Refuse held-out seeds unless asked for explicitly (so nobody measures them by accident)."""
    from corpus.variants import HELDOUT_RANGE

    bad = [s for s in seeds if s in HELDOUT_RANGE]
    if bad and not heldout:
        raise HeldOutError(f"seeds {bad[0]}..{bad[-1]} are held out (500-999): pass --heldout to measure them")


def generator_stamp() -> str:
    """Hash of the generator's source: cached variants made by another generator are remade."""
    h = hashlib.sha256()
    for name in GENERATOR_FILES:
        h.update((ROOT / "corpus" / name).read_bytes())
    return h.hexdigest()[:16]


def cache_folder(cache: Path, force: Iterable[str] = (), producer: str = "reportlab") -> Path:
    """Where the variants of this generator (with these features forced, printed by this producer)
    are kept; another producer's stamp covers its source as well."""
    forced = sorted(set(force))
    stamp = generator_stamp()
    if producer in PRODUCER_FILES:
        sources = "".join((ROOT / "corpus" / f).read_text(encoding="utf-8") for f in PRODUCER_FILES[producer])
        stamp = hashlib.sha256((stamp + sources).encode()).hexdigest()[:16] + f"-{producer}"
    return cache / (stamp + ("-force-" + "+".join(forced) if forced else ""))


def cached_variant(seed: int, folder: Path, *, scan: bool, force: Sequence[str] = (),
                   producer: str = "reportlab") -> tuple[Path, dict[str, Any]]:
    """The variant's files in ``folder`` (``cache_folder``), generated when missing; returns the
    folder and the truth."""
    from corpus.variants import render, variant, write_seed
    from corpus.variants import scan as scan_variant

    name = f"v{seed:04d}"
    truth_path = folder / f"{name}.truth.json"
    if producer != "reportlab":
        if scan:
            raise ValueError(f"the {producer} producer makes no scanned copies")
        if not truth_path.is_file():
            from corpus.variant_html import write_seed_chromium
            from corpus.variant_writer import write_seed_libreoffice

            writer = write_seed_libreoffice if producer == "libreoffice" else write_seed_chromium
            writer(seed, folder, force=force)
        return folder, json.loads(truth_path.read_text(encoding="utf-8"))
    if not truth_path.is_file():
        write_seed(seed, folder, force=force)
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    if scan and not (folder / f"{name}_scan.pdf").is_file():
        v = variant(seed, force)
        if not (folder / f"{name}.pdf").is_file():
            truth = render(v, folder, name)
        scan_variant(v, truth, folder, name)
    return folder, truth


# ---------------------------------------------------------------------------------------- keys


def norm(text: str | None) -> str:
    """A name as compared: NFC, spaces collapsed, and "…" as "...": on paper (and so on a scan) the one
    character and the three dots cannot be told apart, so OCR reading one for the other is no misread."""
    return " ".join(unicodedata.normalize("NFC", text or "").replace("\u2026", "...").split())


# The truth's conventions drop a name's trailing list punctuation ("... kỹ năng số cơ bản;"); the
# edits of an edit pair name their rows as printed, so they are read under the same convention.
_TRAILING = re.compile(r"[\s;:,]+$")


def _edit_name(text: str | None) -> str:
    return norm(_TRAILING.sub("", text or ""))


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


def truth_value_key(cell: dict[str, Any]) -> tuple:
    kind = cell["kind"]
    if kind == "number":
        return ("n", _r(cell["value"]))
    if kind == "range":
        return ("r", _r(cell["low"]), _r(cell["high"]))
    if kind == "comparator":
        return ("c", cell["op"], _r(cell["value"]))
    if kind == "fraction":
        return ("f", _r(cell["value"]), _r(cell["den"]))
    return ("?", kind)


def extracted_value_key(value: Any) -> tuple | None:
    kind = value.kind
    if kind == "number":
        return ("n", _r(value.value))
    if kind == "range":
        return ("r", _r(value.low), _r(value.high))
    if kind == "comparator":
        return ("c", value.op, _r(value.value))
    if kind == "fraction":
        return ("f", _r(value.value), _r(value.den))
    return None


# ---------------------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """Counts for one variant and path; summed over variants for a report."""

    variants: int = 0
    pages: int = 0
    seconds: float = 0.0
    failures: int = 0
    cells_truth: int = 0
    cells_exact: int = 0
    cells_extracted: int = 0
    names_truth: int = 0
    names_exact: int = 0
    rows_matched: int = 0
    sections_exact: int = 0
    units_exact: int = 0
    parents_truth: int = 0
    parents_exact: int = 0
    labels_truth: int = 0
    labels_exact: int = 0
    broken: int = 0
    broken_with_doubt: int = 0
    clean: int = 0
    clean_with_doubt: int = 0
    diff_truth: int = 0
    diff_reported: int = 0
    diff_matched: int = 0
    rows_changed_truth: int = 0
    rows_changed_reported: int = 0
    rows_changed_matched: int = 0
    pages_ocr_cached: int = 0

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class Result:
    """One variant on one path: its score, features and (dev range only) what was missed."""

    seed: int
    path: str
    features: list[str]
    score: Score
    seconds_per_page: float
    error: str | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def _truth_rows(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [r for t in truth["tables"] for r in t["rows"]]


def score_document(truth: dict[str, Any], doc: Any, findings: Sequence[Any]) -> tuple[Score, list[str], list[str]]:
    """Compare one extracted document with its truth; returns the score, missed and spurious cells."""
    s = Score(variants=1, pages=int(truth["pages"]))
    broken = bool(truth["broken"])
    doubts = sum(1 for f in findings if f.kind == DOUBT)
    if broken:
        s.broken, s.broken_with_doubt = 1, int(doubts > 0)
    else:
        s.clean, s.clean_with_doubt = 1, int(doubts > 0)
    if broken:
        # Said per variant, so a streamed run shows which broken table passed unsaid.
        kinds = ", ".join(sorted({str(t["broken"]) for t in truth["tables"] if t.get("broken")}))
        return s, [] if doubts else [f"no extraction_doubt on a broken table ({kinds})"], []
    rows = [r for r in doc.rows if r.table is not None]
    # Each truth cell with the key it must match, and for a period its header does not print
    # (see corpus.variants.period_printed) the key with no period, accepted second.
    want_cells: list[tuple[tuple, tuple | None]] = []
    want: Counter = Counter()
    labels_want: Counter = Counter()
    names_want: Counter = Counter()
    for t in truth["tables"]:
        for r in t["rows"]:
            numeric = [c for c in r["cells"] if c["kind"] in ("number", "range", "comparator", "fraction")]
            name = norm(r["indicator"])
            for c in numeric:
                key: tuple = (name, c["role"], c["period"], truth_value_key(c))
                want[key] += 1
                loose: tuple | None = None if c.get("period_printed", True) else (name, c["role"], None, truth_value_key(c))
                want_cells.append((key, loose))
            for c in r["cells"]:
                if c["kind"] == "label":
                    labels_want[(name, c["role"], norm(c["label"]).lower())] += 1
            if numeric:
                names_want[name] += 1
    got: Counter = Counter()
    labels_got: Counter = Counter()
    names_got: Counter = Counter()
    for row in rows:
        name = norm(row.indicator)
        n_numeric = 0
        for c in row.cells:
            value_key = extracted_value_key(c.value)
            if value_key is not None and c.role not in ("note", "other"):
                got[(name, c.role, c.period, value_key)] += 1
                n_numeric += 1
            elif c.value.kind == "label" and c.value.label:
                labels_got[(name, c.role, norm(c.value.label).lower())] += 1
        if n_numeric:
            names_got[name] += 1
    s.cells_truth = sum(want.values())
    s.cells_extracted = sum(got.values())
    left = Counter(got)
    second: list[tuple[tuple, tuple | None]] = []
    for key, loose in want_cells:
        if left[key] > 0:
            left[key] -= 1
            s.cells_exact += 1
        else:
            second.append((key, loose))
    missed_keys = []
    for key, loose in second:
        if loose is not None and left[loose] > 0:
            left[loose] -= 1
            s.cells_exact += 1
        else:
            missed_keys.append(key)
    s.labels_truth = sum(labels_want.values())
    s.labels_exact = sum((labels_want & labels_got).values())
    s.names_truth = sum(names_want.values())
    s.names_exact = sum((names_want & names_got).values())
    sections: list[str] = []
    _row_fields(truth, rows, s, sections)
    missed = [f"{k[0]} | {k[1]} {k[2]} | {k[3]}" for k in missed_keys][:8]
    missed += [f"name {k}" for k in +(names_want - names_got)][:4]
    missed += [f"label {k[0]} | {k[1]} | {k[2]}" for k in +(labels_want - labels_got)][:4]
    missed += sections
    spurious = [f"{k[0]} | {k[1]} {k[2]} | {k[3]}" for k in +left][:8]
    return s, missed, spurious


def _row_fields(truth: dict[str, Any], rows: Sequence[Any], s: Score, sections: list[str] | None = None) -> None:
    """Section, unit and parent of each truth row that has an extracted row of the same name;
    ``sections``, if given, receives one line per row filed under another heading than the truth's
    (for ``--misses``: nothing else names which headings the "section" share loses)."""
    by_name: dict[str, list[Any]] = defaultdict(list)
    for row in rows:
        by_name[norm(row.indicator)].append(row)
    index = {row.index: row for row in rows}
    for t in truth["tables"]:
        for r in t["rows"]:
            bucket = by_name.get(norm(r["indicator"]))
            if not any(c["kind"] in ("number", "range", "comparator", "fraction") for c in r["cells"]):
                # Not scored, but a row printed with labels only ("Đạt") is read as a row too, and
                # left in the bucket it would be taken by a later table's row of the same name
                # (v32313: table 2's I.3 matched table 1's I.2). Headings are read as no row, so
                # only a figureless read row is taken: a heading never takes a figure row's match.
                plain = next((k for k, row in enumerate(bucket or ()) if not _has_figures(row)), None)
                if bucket and plain is not None:
                    bucket.pop(plain)
                continue
            if not bucket:
                continue
            found = bucket.pop(0)
            s.rows_matched += 1
            section_right = (found.section or None) == (r["section"] or None)
            s.sections_exact += int(section_right)
            if not section_right and sections is not None:
                sections.append(f"section {r['indicator']} | want {r['section']!r} | got {found.section!r}")
            s.units_exact += int(norm(found.unit) == norm(r["unit"]))
            if r["parent"] is not None:
                s.parents_truth += 1
                parent_name = norm(t["rows"][r["parent"]]["indicator"])
                actual = index.get(found.parent) if found.parent is not None else None
                s.parents_exact += int(actual is not None and norm(actual.indicator) == parent_name)


def _has_figures(row: Any) -> bool:
    """Whether an extracted row holds a figure the cell score counts (as ``score_document``)."""
    return any(extracted_value_key(c.value) is not None and c.role not in ("note", "other") for c in row.cells)


def score_diff(edits: dict[str, Any], result: Any) -> Score:
    """Changed cells and changed rows of ``documents_to_diff`` against the known edits."""
    return match_diff(edits, result)[0]


def match_diff(edits: dict[str, Any], result: Any) -> tuple[Score, list[str], list[str]]:
    """``score_diff`` with the changes it missed and those it reported wrongly, for ``--misses``."""
    from normalizers.labels import canonical_label

    s = Score()
    got = Counter((norm(c.indicator), c.role, c.period, _r(c.old_value), _r(c.new_value)) for c in result.changes)
    # An evaluation word retyped in another case ("đạt" -> "Đạt", the generator recomputing a
    # row's label) is printed differently but equal, which the diff's contract says is no change.
    expected = [c for c in edits["changes"]
                if not (c["old_value"] is None and c["new_value"] is None
                        and canonical_label(c["old"]) is not None and canonical_label(c["old"]) == canonical_label(c["new"]))]
    s.diff_truth, s.diff_reported = len(expected), sum(got.values())
    missed: list[str] = []
    for c in expected:
        periods = [c["period"]] if c.get("period_printed", True) else [c["period"], None]
        for period in periods:
            key = (_edit_name(c["indicator"]), c["role"], period, _r(c["old_value"]), _r(c["new_value"]))
            if got[key] > 0:
                got[key] -= 1
                s.diff_matched += 1
                break
        else:
            missed.append(f"diff change {c['indicator']} | {c['role']} {c['period']} | {c['old']} -> {c['new']}")
    rows_want = Counter([("+", _edit_name(n)) for n in edits["added"]] + [("-", _edit_name(n)) for n in edits["removed"]]
                        + [("+", _edit_name(b)) for _, b in edits["renamed"]] + [("-", _edit_name(a)) for a, _ in edits["renamed"]])
    rows_got = Counter([("+", norm(r.indicator)) for r in result.added if r.table is not None]
                       + [("-", norm(r.indicator)) for r in result.removed if r.table is not None])
    s.rows_changed_truth, s.rows_changed_reported = sum(rows_want.values()), sum(rows_got.values())
    s.rows_changed_matched = sum((rows_want & rows_got).values())
    spurious = [f"diff change {k[0]} | {k[1]} {k[2]} | {k[3]} -> {k[4]}" for k in +got]
    spurious += [f"diff row {sign} {name}" for sign, name in +(rows_got - rows_want)]
    missed += [f"diff row {sign} {name}" for sign, name in +(rows_want - rows_got)]
    return s, missed, spurious


def _features(truth: dict[str, Any], path: str) -> list[str]:
    return list(truth["features"]) + (list(truth.get("scan_features", [])) if path == "scan" else [])


def _ocr_entries(ocr_cache: str | None, pdf: Path) -> int:
    """How many OCR cache entries ``pdf`` has (any version): the growth over one extraction is
    the number of pages OCR'd afresh."""
    if ocr_cache is None or not pdf.is_file():
        return 0
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    return sum(1 for _ in (Path(ocr_cache) / "ocr" / sha[:2]).glob(f"{sha[:16]}-p*.json"))


def run_one(seed: int, path: str, cache_folder: str, keep_misses: bool, force: Sequence[str] = (),
            ocr_cache: str | None = None, producer: str = "reportlab") -> Result:
    """Generate (or reuse) one variant in ``cache_folder``, extract it on ``path`` ("text" or
    "scan"), score it; ``force``: features forced on (``corpus.variants.FORCIBLE``);
    ``ocr_cache``: where OCR'd pages are cached (None: every page is OCR'd); ``producer``: what
    printed the PDF (``PRODUCERS``)."""
    from extractor.documents import ExtractSettings, file_to_document
    from reconcile.engine import document_to_findings

    folder, truth = cached_variant(seed, Path(cache_folder), scan=path == "scan", force=force, producer=producer)
    name = f"v{seed:04d}"
    pdf = folder / (f"{name}_scan.pdf" if path == "scan" else f"{name}.pdf")
    settings = ExtractSettings(ocr=True, jobs=1, cache_dir=ocr_cache)
    entries = _ocr_entries(ocr_cache, pdf) if path == "scan" else 0
    start = time.perf_counter()
    try:
        doc = file_to_document(pdf, settings)
        seconds = time.perf_counter() - start
        findings = document_to_findings(doc)
    except Exception as exc:
        seconds = time.perf_counter() - start
        s = Score(variants=1, pages=int(truth["pages"]), seconds=seconds, failures=1)
        s.cells_truth = 0 if truth["broken"] else sum(
            1 for r in _truth_rows(truth) for c in r["cells"] if c["kind"] in ("number", "range", "comparator", "fraction"))
        if truth["broken"]:
            s.broken = 1
        else:
            s.clean = 1
        return Result(seed, path, _features(truth, path), s, seconds / max(1, truth["pages"]),
                      error=f"{exc.__class__.__name__}: {str(exc)[:200]}\n{traceback.format_exc(limit=3)}")
    s, missed, spurious = score_document(truth, doc, findings)
    if not truth["broken"]:
        spurious += [f"doubt on a clean variant: {f.message}" for f in findings if f.kind == DOUBT]
    s.seconds = seconds
    if ocr_cache is not None and path == "scan":
        # A page OCR'd afresh adds its entry; the rest were read from the cache.
        s.pages_ocr_cached = max(0, s.pages - (_ocr_entries(ocr_cache, pdf) - entries))
    edited = folder / f"{name}_edited.pdf"
    if path == "text" and edited.is_file():
        from reconcile.engine import documents_to_diff

        etruth = json.loads((folder / f"{name}_edited.truth.json").read_text(encoding="utf-8"))
        try:
            new = file_to_document(edited, settings)
            diff_score, diff_missed, diff_spurious = match_diff(etruth["edits"], documents_to_diff(doc, new))
            s.add(diff_score)
            missed += diff_missed
            spurious += diff_spurious
        except Exception as exc:
            s.diff_truth += len(etruth["edits"]["changes"])
            missed.append(f"diff failed: {exc}")
    return Result(seed, path, _features(truth, path), s, seconds / max(1, s.pages),
                  missed=missed if keep_misses else [], spurious=spurious if keep_misses else [])


def _nice() -> None:
    try:
        os.nice(10)
    except OSError:
        pass


def run(seeds: Sequence[int], paths: Sequence[str], *, cache: Path = DEFAULT_CACHE, jobs: int = 2,
        heldout: bool = False, progress: Any = None, force: Sequence[str] = (), ocr_cache: Path | None = None,
        on_result: Callable[[Result], None] | None = None, producer: str = "reportlab") -> list[Result]:
    """Score every seed on every path in a process pool of ``jobs`` workers at lower priority;
    ``force``: features turned on in every variant (development seeds only); ``ocr_cache``:
    where OCR'd pages are cached (None: every page is OCR'd); ``on_result``: called with each
    variant's result as soon as it is scored (in the order they finish), so a long run under
    load shows its misses while it goes instead of only at its end; ``producer``: what prints the
    PDFs (``PRODUCERS``: the Chromium copies have no scans, and their truth is the same variant's)."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from corpus.variants import check_force

    check_range(seeds, heldout)
    force = sorted(check_force(force, seeds))
    # The stamp is taken once: editing the generator during a run does not mix two generators.
    if producer not in PRODUCERS:
        raise ValueError(f"unknown producer {producer}: one of {', '.join(PRODUCERS)}")
    if producer != "reportlab" and "scan" in paths:
        raise ValueError(f"the {producer} producer makes no scanned copies")
    folder = str(cache_folder(cache, force, producer))
    keep = not heldout  # held-out failures are not for reading while developing
    ocr = str(ocr_cache) if ocr_cache is not None else None
    tasks = [(seed, path) for path in paths for seed in seeds]
    results: list[Result] = []
    if jobs <= 1:
        _nice()
        for k, (seed, path) in enumerate(tasks):
            results.append(run_one(seed, path, folder, keep, force, ocr, producer))
            if on_result:
                on_result(results[-1])
            if progress:
                progress(k + 1, len(tasks))
        return results
    with ProcessPoolExecutor(max_workers=jobs, initializer=_nice) as pool:
        futures = [pool.submit(run_one, seed, path, folder, keep, force, ocr, producer) for seed, path in tasks]
        for k, fut in enumerate(as_completed(futures)):
            results.append(fut.result())
            if on_result:
                on_result(results[-1])
            if progress:
                progress(k + 1, len(tasks))
    results.sort(key=lambda r: (r.path, r.seed))
    return results


# ---------------------------------------------------------------------------------------- report


def _pct(a: int, b: int) -> str:
    return f"{100.0 * a / b:6.1f}" if b else "     -"


def summarise(results: Sequence[Result]) -> dict[str, Any]:
    """Totals and per-feature scores per path, plus timing."""
    out: dict[str, Any] = {}
    for path in sorted({r.path for r in results}):
        rs = [r for r in results if r.path == path]
        total = Score()
        per_feature: dict[str, Score] = defaultdict(Score)
        for r in rs:
            total.add(r.score)
            for f in r.features:
                per_feature[f].add(r.score)
        spp = [r.seconds_per_page for r in rs if r.error is None]
        out[path] = {
            "total": asdict(total),
            "features": {f: asdict(s) for f, s in sorted(per_feature.items())},
            "seconds_per_page_median": statistics.median(spp) if spp else None,
            "seconds_per_page_mean": statistics.fmean(spp) if spp else None,
            "errors": [{"seed": r.seed, "error": r.error.splitlines()[0]} for r in rs if r.error],
        }
    return out


def format_report(summary: dict[str, Any]) -> str:
    lines: list[str] = []
    head = f"{'':34} {'vars':>5} {'cells%':>7} {'prec%':>6} {'names%':>7} {'sect%':>6} {'unit%':>6} {'par%':>6} {'label%':>7}"
    for path, data in summary.items():
        t = Score(**data["total"])
        lines.append(f"== {path} layer ==" if path == "text" else "== scans (OCR) ==")
        lines.append(
            f"numeric cells exact (indicator, role, period): {_pct(t.cells_exact, t.cells_truth).strip()} % "
            f"({t.cells_exact}/{t.cells_truth}); precision {_pct(t.cells_exact, t.cells_extracted).strip()} % "
            f"of {t.cells_extracted} extracted"
        )
        lines.append(f"indicator names exact: {_pct(t.names_exact, t.names_truth).strip()} % ({t.names_exact}/{t.names_truth})")
        lines.append(
            f"rows named right: section {_pct(t.sections_exact, t.rows_matched).strip()} %, unit "
            f"{_pct(t.units_exact, t.rows_matched).strip()} %, parent {_pct(t.parents_exact, t.parents_truth).strip()} % "
            f"({t.parents_truth} children); labels {_pct(t.labels_exact, t.labels_truth).strip()} %"
        )
        lines.append(
            f"extraction_doubt: {t.broken_with_doubt}/{t.broken} broken variants, {t.clean_with_doubt}/{t.clean} clean "
            f"variants; failures (exceptions): {t.failures}"
        )
        if t.diff_truth:
            lines.append(
                f"diff changed cells: precision {_pct(t.diff_matched, t.diff_reported).strip()} % recall "
                f"{_pct(t.diff_matched, t.diff_truth).strip()} % ({t.diff_matched} right of {t.diff_reported} reported, "
                f"{t.diff_truth} true); added/removed rows: precision "
                f"{_pct(t.rows_changed_matched, t.rows_changed_reported).strip()} % recall "
                f"{_pct(t.rows_changed_matched, t.rows_changed_truth).strip()} %"
            )
        med, mean = data["seconds_per_page_median"], data["seconds_per_page_mean"]
        if med is not None:
            cached = f"; {t.pages_ocr_cached} read from the OCR cache, no OCR speed" if t.pages_ocr_cached else ""
            lines.append(f"seconds per page: median {med:.3f}, mean {mean:.3f} ({t.pages} pages{cached})")
        lines.append("")
        lines.append(head)
        for f, sc in data["features"].items():
            s = Score(**sc)
            lines.append(
                f"{f:34} {s.variants:>5} {_pct(s.cells_exact, s.cells_truth):>7} {_pct(s.cells_exact, s.cells_extracted):>6} "
                f"{_pct(s.names_exact, s.names_truth):>7} {_pct(s.sections_exact, s.rows_matched):>6} "
                f"{_pct(s.units_exact, s.rows_matched):>6} {_pct(s.parents_exact, s.parents_truth):>6} "
                f"{_pct(s.labels_exact, s.labels_truth):>7}"
            )
        lines.append("")
    return "\n".join(lines)
