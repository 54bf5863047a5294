"""``doisoat golden``: the tool measured against truth read by hand, never against its own output.

The golden sets (``GOLDEN_SETS``), each scored by its own module and printed as its own rows:

- ``hand``: ``golden/hand/`` (issue 13), the seeds read line by line, one entry per root cause with
  its verdict (document error, misreading, not a finding). Per finding kind, precision and recall
  on the seeds' own checks plus what ``reconcile`` adds across documents; the acceptance figures
  (errors that are document errors, misreadings caught with the right likely value, findings per
  root cause); every golden file's run on its own row (the clean copy and the PDFs too). This set
  is the gate: an ``error`` the reading does not support, or an acceptance figure below its floor,
  exits 1 (``reconcile.handgolden``).
- ``prose``: ``golden/prose/dev/`` (issue 12), the prose corpus with the verdict of every relation
  between its figures; findings scored against those verdicts (``reconcile.prosegolden``).
  ``--heldout`` adds the held-out split, the final measurement. Measured, not gated.
- ``extraction``: ``golden/extraction/`` tables' printed values, cell precision and recall per
  extraction path.

Paths inside the golden files start at the repository root, the golden folder's parent. Nothing
here rewrites a golden file: a disagreement is the tool's to fix, or an entry to correct by hand in
a commit of its own that says why (golden/hand/README.md).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from extractor.documents import file_to_document
from extractor.errors import DoisoatError
from extractor.model import Document
from normalizers.names import indicator_key
from reconcile import handgolden, prosegolden
from reconcile.api import check, reconcile
from reconcile.engine.findings import Finding

Echo = Callable[[str], None]


@dataclass
class KindScore:
    """Counts for one extraction path."""

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


def _run(command: str, inputs: Sequence[Path]) -> list[Finding]:
    result = (reconcile if command == "reconcile" else check)([str(p) for p in inputs])
    if result.failures:
        raise RuntimeError("; ".join(f"{x.path}: {x.reason}" for x in result.failures))
    return list(result.findings)


@dataclass(frozen=True)
class Options:
    root: Path  # where the golden files' paths start
    golden: Path
    corpus: Path
    heldout: bool


def hand_set(opts: Options, echo: Echo) -> list[str]:
    """The hand-read seeds: per-kind scores, acceptance figures, one row per golden file."""
    folder = opts.golden / "hand"
    files = handgolden.load_hand_golden(folder, opts.root)
    if not files:
        echo(f"no hand-read golden files in {folder}")
        return []
    scored = handgolden.score_files(files, _run)
    report = handgolden.measure(scored)
    echo(f"hand-read golden ({folder}): seeds 000-004 checked one by one, and what reconcile 000 + 001 "
         "adds across documents")
    for line in handgolden.report_lines(report):
        echo(line)
    echo("")
    for line in handgolden.file_lines(handgolden.file_rows(scored)):
        echo(line)
    return [f"hand: {r}" for r in handgolden.regressions(report)]


def prose_set(opts: Options, echo: Echo) -> list[str]:
    """The prose corpus: its own rows per split (held-out only with ``--heldout``)."""
    for split in prosegolden.SPLITS:
        folder = opts.golden / "prose" / split
        if not folder.is_dir() or not any(folder.glob("*.json")):
            continue
        if split == "heldout" and not opts.heldout:
            echo(f"\nprose corpus, held-out split ({folder}): not run (the final measurement: --heldout)")
            continue
        waiting = prosegolden.waiting_waves(folder, opts.root)
        if waiting:
            # said on every run, so that nobody takes the counts below for the whole corpus
            echo(f"\nprose corpus, {split} split: wave {', '.join(map(str, waiting))} left out, waiting for its "
                 "first contact (prosegolden.FIRST_CONTACT_WAVES); the counts below are not the whole split")
        # one block per wave of districts: each wave's held-out third is its own measurement
        waves = prosegolden.split_waves(folder, opts.root)
        if not waves:
            continue
        for wave in waves if len(waves) > 1 else [None]:
            score = prosegolden.score_split(split, folder, opts.root, lambda paths: _run("check", paths), wave=wave)
            which = f"{split} split" if wave is None else f"{split} split, wave {wave}"
            echo(f"\nprose corpus, {which} ({folder}, {score.passages} passages): findings against the "
                 "verdicts of the relations")
            for line in prosegolden.report_lines(score, list_false=split != "heldout"):
                echo(line)
    return []


def _extraction_scores(corpus: Path, golden: Path, echo: Echo) -> dict[str, KindScore]:
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
                echo(f"skipped {name}: {exc}")
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


def extraction_set(opts: Options, echo: Echo) -> list[str]:
    extraction = _extraction_scores(opts.corpus, opts.golden, echo)
    if extraction:
        echo(f"\n{'extraction (cells)':<48} {'truth':>6} {'found':>6} {'recall':>7} {'precision':>9}")
        for name, s in extraction.items():
            if s.expected < 0:
                echo(f"{name:<48} {'not read (see above)':>31}")
            else:
                echo(f"{name:<48} {s.expected:>6} {s.found:>6} {s.recall:>7.3f} {s.precision:>9.3f}")
    return []


# name -> the function that prints the set's rows and returns its regressions. A new golden set
# (a scorer of the prose relations the tool reads, say) is one more entry.
GOLDEN_SETS: dict[str, Callable[[Options, Echo], list[str]]] = {
    "hand": hand_set,
    "prose": prose_set,
    "extraction": extraction_set,
}


def run_golden(corpus: str, golden: str, *, heldout: bool = False, sets: Sequence[str] | None = None,
               echo: Echo = print) -> int:
    """The ``doisoat golden`` command; returns the exit code (0: no regression, 1: a regression)."""
    golden_dir = Path(golden)
    opts = Options(root=golden_dir.resolve().parent, golden=golden_dir, corpus=Path(corpus), heldout=heldout)
    regressions: list[str] = []
    for name in sets or GOLDEN_SETS:
        regressions += GOLDEN_SETS[name](opts, echo)
    if regressions:
        echo(f"\n{len(regressions)} regressions:")
        for r in regressions:
            echo(f"  {r}")
        return 1
    echo("\nno regressions")
    return 0
