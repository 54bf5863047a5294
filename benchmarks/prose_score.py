"""Score doisoat's reading of report prose against the hand-read truth of corpus/prose/ (issue 12).

For every passage of one split, the tool's relations (``reconcile.engine.relations``) and findings
are compared with the truth file of the passage (golden/prose/<split>/<stem>.json):

- **extracted**: a truth relation is extracted when the tool states a relation over exactly the
  same printed figures in the same roles. Quotients (ratio, share, growth index, per-capita,
  "gấp") are one family: a/b·k against a printed result, so "09/15 chỉ tiêu, chiếm 60%" read as a
  share of the truth's ratio still counts (the confusion is listed). Partitions, count sums and
  differences (m − s = d is the partition m = s + d) are one family; a subset is not a partition.
- **found**: an inconsistent truth relation whose extracted relation carries an ``error``.
- **false error**: an ``error`` on a relation the truth reads as consistent or rounding only, or on
  a relation the truth does not hold at all (the tool read arithmetic that is not there).
- **false warning**: a ``warning`` on a consistent truth relation or on a relation the truth does
  not hold (a warning on "rounding only" is what the truth expects at most).

A finding belongs to the relation whose result cell it reports (same line, same printed text), or
to the one its ``relation`` field names. Figures are matched by position: the truth's ``context``
located in the passage, the tool's ``Provenance.span`` of each cell.

The held-out split is refused unless ``allow_heldout`` is given, and its misses are never listed.
The paraphrase set (corpus/prose/paraphrase/, ``paraphrase=True``) is scored apart with the same rules:
its ``dev`` part for development, its ``check`` part (the lead's measure of robustness to wording)
refused like the held-out split.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile.prosegolden import FIRST_CONTACT_WAVES as _prosegolden_waiting

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus" / "prose"
TRUTH = ROOT / "golden" / "prose"
SPLITS = ("dev", "heldout")
PARAPHRASE_TRUTH = TRUTH / "paraphrase"
PARAPHRASE_PARTS = ("dev", "check")
SEVERITY_RANK = {"none": 0, "info": 1, "warning": 2, "error": 3}

# Families: kinds whose arithmetic is the same statement over the same figures.
FAMILY = {
    "ratio": "quotient", "share": "quotient", "per_capita": "quotient", "times": "quotient",
    "growth:index": "quotient", "growth:increase": "growth", "growth:decrease": "growth",
    "avg_growth": "avg_growth",
    "partition": "sum", "count_sum": "sum", "difference": "sum", "subset": "subset",
    "shares_sum": "shares_sum", "range_shares_sum": "range_shares_sum", "count_list": "count_list",
}
# Roles per kind, renamed to the family's: (numerator, denominator, result) for quotients ...
ROLE_OF = {
    "ratio": {"actual": "num", "plan": "den", "ratio": "out"},
    "share": {"part": "num", "total": "den", "share": "out"},
    "per_capita": {"total": "num", "base": "den", "rate": "out"},
    "times": {"numerator": "num", "denominator": "den", "factor": "out"},
    "growth": {"current": "num", "base": "den", "rate": "out"},
    "avg_growth": {"start": "start", "end": "end", "rate": "out"},
    "partition": {"total": "total", "parts": "part", "part": "part"},
    "count_sum": {"total": "total", "parts": "part", "part": "part"},
    "subset": {"total": "total", "parts": "part", "part": "part"},
    "difference": {"minuend": "total", "subtrahend": "part", "difference": "part"},
    "count_list": {"count": "count"},
}


class HeldOutError(Exception):
    """The held-out split was asked for without ``--heldout``."""


def guard(paths: Iterable[str | Path], *, allow_heldout: bool) -> None:
    """Refuse any held-out path (or the split itself) unless allowed."""
    if allow_heldout:
        return
    for p in paths:
        parts = Path(p).resolve().parts
        if "paraphrase" in parts and "check" in parts[parts.index("paraphrase"):]:
            raise HeldOutError(f"{p} is in the paraphrase set's check part: the lead runs it, with --heldout")
        if "heldout" in parts or str(p) == "heldout":
            raise HeldOutError(
                f"{p} is in the held-out split: it is run once, at the end, with --heldout (see corpus/prose/README.md)"
            )


# ----------------------------------------------------------------------------------------- truth


@dataclass(frozen=True)
class Place:
    """Where a figure is printed: 1-based line, characters [start, end) in it."""

    line: int
    start: int
    end: int

    def overlaps(self, other: Place) -> bool:
        return self.line == other.line and self.start < other.end and other.start < self.end


def locate(text: str, context: str, figure: str) -> Place:
    """The printed figure ``figure`` inside the first occurrence of ``context`` in ``text``."""
    at = text.find(context)
    if at < 0:
        raise ValueError(f"context {context!r} not in the passage")
    # the figure as a whole number: "55" in "55,9/55tạ/ha" is the second 55, not the head of 55,9
    whole = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", context)
    inner = whole.start() if whole is not None else context.find(figure)
    if inner < 0:
        raise ValueError(f"figure {figure!r} not in its context {context!r}")
    pos = at + inner
    line_start = text.rfind("\n", 0, pos) + 1
    line = text.count("\n", 0, pos) + 1
    return Place(line, pos - line_start, pos - line_start + len(figure))


@dataclass(frozen=True)
class TruthRelation:
    id: str
    kind: str  # with growth's form: "growth:index"
    verdict: str
    roles: tuple[tuple[str, frozenset[str]], ...]  # family role -> figure ids
    items: int = 0

    @property
    def family(self) -> str:
        return FAMILY[self.kind]

    @property
    def base_kind(self) -> str:
        return self.kind.split(":")[0]

    @property
    def figures(self) -> frozenset[str]:
        out: set[str] = set()
        for _, ids in self.roles:
            out |= ids
        return frozenset(out)


def truth_relations(truth: dict[str, Any]) -> list[TruthRelation]:
    out: list[TruthRelation] = []
    for rel in truth["relations"]:
        kind = rel["kind"]
        roles: dict[str, set[str]] = defaultdict(set)
        items = 0
        if kind == "growth":
            kind = f"growth:{rel['form']}"
            names = ROLE_OF["growth"]
        else:
            names = ROLE_OF.get(kind, {})
        if kind in ("shares_sum",):
            for term in rel["terms"]:
                sign = "+" if int(term.get("sign", 1)) > 0 else "-"
                roles[f"term{sign}"].add(term["figure"])
            roles[f"target{rel['target']}"] = set()
        elif kind == "range_shares_sum":
            for pair in rel["ranges"]:
                roles["range"].add("|".join(pair))
        elif kind == "count_list":
            roles["count"].add(rel["count"])
            items = len(rel["items"])
        else:
            for role, family_role in names.items():
                value = rel.get(role)
                if value is None:
                    continue
                for fid in value if isinstance(value, list) else [value]:
                    roles[family_role].add(fid)
        out.append(TruthRelation(rel["id"], kind, rel["verdict"],
                                 tuple(sorted((k, frozenset(v)) for k, v in roles.items())), items))
    return out


# ----------------------------------------------------------------------------------------- tool


@dataclass(frozen=True)
class ToolRelation:
    key: str
    kind: str
    roles: tuple[tuple[str, frozenset[str]], ...]
    severity: str  # strongest finding on it: "error", "warning", "info" or "none"
    messages: tuple[str, ...]
    items: int = 0
    unplaced: bool = False  # one of its cells could not be placed on a truth figure
    # role -> each cell as printed with the truth figures it was placed on: "464,67=F6", "237,98=?"
    shown: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def family(self) -> str:
        return FAMILY.get(self.kind, self.kind)

    def describe(self) -> str:
        """``share part 464,67=F6 | total 237,98=? | share 1,96=F7``: what a reader needs to judge it by hand."""
        return " | ".join(f"{role} {' + '.join(cells)}" for role, cells in self.shown)


def _tool_kind(rel: Any) -> str:
    if rel.kind == "growth":
        return f"growth:{rel.form or 'increase'}"
    return str(rel.kind)


def _cell_figures(doc: Any, places: dict[str, Place]) -> dict[tuple[int, int], frozenset[str]]:
    """Tool cell -> the truth figures printed where it was read."""
    out: dict[tuple[int, int], frozenset[str]] = {}
    for row in doc.rows:
        for pos, cell in enumerate(row.cells):
            prov = cell.provenance
            if prov.line is None or prov.span is None:
                continue
            here = Place(prov.line, prov.span[0], prov.span[1])
            out[(row.index, pos)] = frozenset(fid for fid, p in places.items() if p.overlaps(here))
    return out


def tool_relations(doc: Any, findings: Sequence[Any], places: dict[str, Place]) -> list[ToolRelation]:
    from reconcile.engine.checks.evidence import shown
    from reconcile.engine.explain import all_relations

    rows = {r.index: r for r in doc.rows}
    cell_figs = _cell_figures(doc, places)
    rels = all_relations(doc)  # the relations the rules state and those arithmetic explains
    by_result: dict[tuple[int | None, str], list[str]] = defaultdict(list)
    by_cells: dict[frozenset[str], list[str]] = defaultdict(list)
    for rel in rels:
        by_cells[_cell_set(rel.key)].append(rel.key)
        if rel.result is not None:
            row = rows[rel.result[0]]
            cell = row.cells[rel.result[1]]
            by_result[(cell.provenance.line or row.provenance.line, shown(cell))].append(rel.key)
    severity: dict[str, str] = defaultdict(lambda: "none")
    messages: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if f.document != doc.id:
            continue
        extra = dict(f.extra)
        if "relation" in extra:
            # the finding names the cells of the relation it judged
            keys = by_cells.get(_cell_set(extra["relation"]), [])
        else:
            keys = by_result.get((f.line, f.reported or ""), [])
        for key in keys:
            if SEVERITY_RANK[f.severity] > SEVERITY_RANK[severity[key]]:
                severity[key] = f.severity
            messages[key].append(f"{f.severity}: {f.message}")
    out: list[ToolRelation] = []
    for rel in rels:
        kind = _tool_kind(rel)
        names = ROLE_OF.get(rel.kind, {})
        roles: dict[str, set[str]] = defaultdict(set)
        printed: dict[str, list[str]] = defaultdict(list)
        unplaced = False
        for (role, ref), sign in zip(rel.figures, rel.signs or (1,) * len(rel.figures), strict=False):
            figs = cell_figs.get(ref, frozenset())
            if not figs:
                unplaced = True
            printed[role].append(f"{shown(rows[ref[0]].cells[ref[1]])}={'/'.join(sorted(figs)) or '?'}")
            if rel.kind == "shares_sum":
                roles[f"term{'+' if sign > 0 else '-'}"] |= figs
            elif rel.kind == "range_shares_sum":
                roles["range"].add("|".join(sorted(figs)))
            else:
                roles[names.get(role, role)] |= figs
        if rel.kind == "shares_sum":
            target = rel.target if rel.target is not None else 100
            roles[f"target{int(target)}"] = set()
        out.append(ToolRelation(rel.key, kind, tuple(sorted((k, frozenset(v)) for k, v in roles.items())),
                                severity[rel.key], tuple(messages[rel.key]), len(rel.items), unplaced,
                                tuple((role, tuple(cells)) for role, cells in printed.items())))
    return out


def _cell_set(key: str) -> frozenset[str]:
    """ "sum:3.0,4.0,5.0" -> {"3.0", "4.0", "5.0"}: a relation's cells, whatever its kind is called."""
    return frozenset(key.partition(":")[2].split(","))


def _ranges_equal(truth: TruthRelation, tool: ToolRelation) -> bool:
    """Ranges are printed as one figure each side ("73,1% - 73,6%"): compare as sets of pairs."""
    def pairs(roles: tuple[tuple[str, frozenset[str]], ...]) -> set[frozenset[str]]:
        return {frozenset(p.split("|")) for k, v in roles if k == "range" for p in v}

    return pairs(truth.roles) == pairs(tool.roles)


def same_relation(truth: TruthRelation, tool: ToolRelation) -> bool:
    if truth.family != tool.family:
        return False
    if truth.family == "range_shares_sum":
        return _ranges_equal(truth, tool)
    if truth.family == "count_list":
        return dict(truth.roles) == dict(tool.roles) and truth.items == tool.items
    if truth.family == "shares_sum":
        t, o = dict(truth.roles), dict(tool.roles)
        # a term's sign is only known when the changes' words are read; the figures must be the same
        return set(t) == set(o) and all(t[k] == o[k] for k in t)
    return dict(truth.roles) == dict(tool.roles)


# ----------------------------------------------------------------------------------------- scoring


@dataclass
class Outcome:
    """One truth relation against the tool."""

    file: str
    truth: TruthRelation
    tool: ToolRelation | None

    @property
    def extracted(self) -> bool:
        return self.tool is not None

    @property
    def severity(self) -> str:
        return self.tool.severity if self.tool is not None else "none"


@dataclass
class DocumentScore:
    file: str
    outcomes: list[Outcome] = field(default_factory=list)
    spurious: list[ToolRelation] = field(default_factory=list)  # tool relations the truth does not hold
    kind_confusions: list[tuple[str, str]] = field(default_factory=list)


def score_document(file: str, text: str, truth: dict[str, Any], doc: Any, findings: Sequence[Any]) -> DocumentScore:
    return score_places(file, truth_places(text, truth), truth, doc, findings)


def truth_places(text: str, truth: dict[str, Any]) -> dict[str, Place]:
    """Where each of the truth's figures is printed in ``text`` (figure id -> place)."""
    return {fig["id"]: locate(text, fig["context"], fig["text"]) for fig in truth["figures"]}


def score_places(file: str, places: dict[str, Place], truth: dict[str, Any], doc: Any,
                 findings: Sequence[Any]) -> DocumentScore:
    """``score_document`` with the truth's figures already placed (benchmarks/bench_rewordings.py carries
    them through a rewording of the passage)."""
    truths = truth_relations(truth)
    tools = tool_relations(doc, findings, places)
    score = DocumentScore(file)
    used: set[str] = set()
    for t in truths:
        match = next((o for o in tools if o.key not in used and same_relation(t, o)), None)
        if match is not None:
            used.add(match.key)
            if match.kind != t.kind and not (t.kind in ("count_sum", "partition") and match.kind in ("count_sum", "partition")):
                score.kind_confusions.append((t.kind, match.kind))
        score.outcomes.append(Outcome(file, t, match))
    truth_figures = set().union(*(t.figures for t in truths)) if truths else set()
    for o in tools:
        if o.key in used:
            continue
        # a relation over figures the truth also relates, differently, or over figures it leaves alone
        score.spurious.append(o)
    del truth_figures
    return score


@dataclass
class KindTally:
    relations: int = 0
    extracted: int = 0
    inconsistent: int = 0
    found: int = 0
    flagged: int = 0  # inconsistent and raised as an error or a warning (a warning says why it is no error)
    consistent: int = 0  # consistent or rounding only
    false_errors: int = 0
    strictly_consistent: int = 0
    false_warnings: int = 0


def tally(scores: Sequence[DocumentScore]) -> tuple[dict[str, KindTally], dict[str, int]]:
    kinds: dict[str, KindTally] = defaultdict(KindTally)
    for s in scores:
        for o in s.outcomes:
            k = kinds[o.truth.base_kind]
            k.relations += 1
            k.extracted += o.extracted
            if o.truth.verdict == "inconsistent":
                k.inconsistent += 1
                k.found += o.severity == "error"
                k.flagged += o.severity in ("error", "warning")
            else:
                k.consistent += 1
                k.false_errors += o.severity == "error"
                if o.truth.verdict == "consistent":
                    k.strictly_consistent += 1
                    k.false_warnings += o.severity == "warning"
    extra = Counter()
    for s in scores:
        for o in s.spurious:
            extra["relations"] += 1
            extra["errors"] += o.severity == "error"
            extra["warnings"] += o.severity == "warning"
    return dict(kinds), dict(extra)


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    –  "


def format_report(scores: Sequence[DocumentScore], *, split: str, show_misses: bool, wave: int | None = None,
                  paraphrase: bool = False) -> str:
    kinds, extra = tally(scores)
    order = sorted(kinds, key=lambda k: -kinds[k].relations)
    total = KindTally()
    for k in kinds.values():
        for name in total.__dataclass_fields__:
            setattr(total, name, getattr(total, name) + getattr(k, name))
    lines = [
        f"{'paraphrase set' if paraphrase else 'prose corpus'}, {split} "
        f"{'part' if paraphrase else 'split'}{'' if wave is None else f', wave {wave}'}: {len(scores)} passages, "
        f"{total.relations} relations",
        "",
        f"{'kind':<17}{'rel':>5}{'extracted':>18}{'incons.':>9}{'found':>16}{'cons.':>7}{'false err':>11}"
        f"{'false warn':>16}",
    ]

    def row(name: str, k: KindTally) -> str:
        return (
            f"{name:<17}{k.relations:>5}{k.extracted:>6} {_pct(k.extracted, k.relations):>11}{k.inconsistent:>9}"
            f"{k.found:>6} {_pct(k.found, k.inconsistent):>9}{k.consistent:>7}{k.false_errors:>11}"
            f"{k.false_warnings:>6} {_pct(k.false_warnings, k.strictly_consistent):>9}"
        )

    for name in order:
        lines.append(row(name, kinds[name]))
    lines.append(row("all", total))
    lines.append("")
    lines.append(
        f"relations the truth does not hold: {extra.get('relations', 0)} read by the tool, "
        f"{extra.get('errors', 0)} with an error, {extra.get('warnings', 0)} with a warning"
    )
    lines.append(
        f"inconsistencies flagged as an error or a warning: {total.flagged} of {total.inconsistent}; "
        f"of the flagged, still an error: {total.found} ({_pct(total.found, total.flagged).strip()})"
    )
    confusions = Counter(c for s in scores for c in s.kind_confusions)
    if confusions:
        lines.append("kind read differently (same figures, same arithmetic): " + ", ".join(
            f"{a} as {b} ×{n}" for (a, b), n in sorted(confusions.items())))
    if show_misses:
        lines.append("")
        hidden = [s for s in scores if not paraphrase and wave_of_file(s.file) in VALIDATION_WAVES]
        if hidden:
            lines.append(f"  (misses of {len(hidden)} passages of validation waves "
                         f"{', '.join(map(str, sorted(VALIDATION_WAVES)))} not listed: their totals only)")
        scores = [s for s in scores if all(s is not h for h in hidden)]
        for s in scores:
            for o in s.outcomes:
                problem = None
                if not o.extracted:
                    problem = "not extracted"
                elif o.truth.verdict == "inconsistent" and o.severity != "error":
                    problem = f"inconsistent, tool says {o.severity}"
                elif o.truth.verdict != "inconsistent" and o.severity == "error":
                    problem = "false error"
                elif o.truth.verdict == "consistent" and o.severity == "warning":
                    problem = "false warning"
                if problem:
                    lines.append(f"  {s.file} {o.truth.id} {o.truth.kind} ({o.truth.verdict}): {problem}")
                    if o.tool is not None:
                        lines.extend(f"      {m}" for m in o.tool.messages)
        lines.extend(unrecorded_listing(scores))
    return "\n".join(lines)


def unrecorded_listing(scores: Sequence[DocumentScore]) -> list[str]:
    """Every error and warning on a relation the truth does not hold, with its figures as printed and the
    truth figures they sit on ("=?" for none): each is a false claim or a relation the truth lacks, and
    only reading the passage tells which (the scorer judges neither)."""
    claims = [(s.file, t) for s in scores for t in s.spurious if t.severity in ("error", "warning")]
    if not claims:
        return []
    lines = ["", f"relations the truth does not hold, raised as an error or a warning ({len(claims)}):"]
    for file, t in claims:
        lines.append(f"  {file} {t.severity} {t.kind}: {t.describe()}")
        lines.extend(f"      {m}" for m in t.messages)
    return lines


def summary_json(scores: Sequence[DocumentScore], *, split: str, wave: int | None = None,
                 paraphrase: bool = False) -> dict[str, Any]:
    kinds, extra = tally(scores)
    return {
        **({"set": "paraphrase"} if paraphrase else {}),
        "split": split,
        "wave": wave if wave is not None else "all",
        "passages": len(scores),
        "kinds": {k: vars(v) for k, v in sorted(kinds.items())},
        "unrecorded": extra,
    }


def truth_files(split: str, paraphrase: bool = False) -> list[Path]:
    return sorted(((PARAPHRASE_TRUTH if paraphrase else TRUTH) / split).glob("*.json"))


def district_waves() -> dict[str, int]:
    """District slug -> wave (corpus/prose/districts.tsv): wave 2 was added after wave 1 was scored."""
    import csv

    with (CORPUS / "districts.tsv").open(encoding="utf-8", newline="") as fh:
        return {r["slug"]: int(r["wave"]) for r in csv.DictReader(fh, delimiter="\t")}


# Waves whose development passages wait for their first contact (the round's starting reader is run on
# them once, before any rule sees them): a run that does not name such a wave with --wave leaves it out,
# so that no default run of a benchmark reads it first (round 14's wave was read in totals that way).
# One set for the benchmarks and ``doisoat golden``: it lives in reconcile.prosegolden, which the
# reconcile layer can read (reconcile never imports benchmarks). A wave is listed there by the commit
# that lists its districts, and taken out after its first contact.
FIRST_CONTACT_WAVES: frozenset[int] = _prosegolden_waiting

# Waves whose development thirds a round keeps as validation: helpers read their totals (``--wave N``)
# but never their misses, so that a rule is judged on passages it was not written from. The lead moves
# the oldest into development each round.
VALIDATION_WAVES: frozenset[int] = frozenset({45, 46, 47, 48, 49})


def wave_of_file(file: str) -> int | None:
    """The wave of a corpus passage's district, from its file name (``slug_N[_planted_kind].txt``)."""
    return district_waves().get(Path(file).name.split("_")[0])


def of_waves(truths: Sequence[dict[str, Any]], waves: Sequence[int] = ()) -> list[dict[str, Any]]:
    """The truths of the districts of ``waves``; with none named, of every wave but those waiting for
    their first contact (``FIRST_CONTACT_WAVES``)."""
    wave_of = district_waves()
    if waves:
        return [t for t in truths if wave_of[t["district"]] in waves]
    return [t for t in truths if wave_of[t["district"]] not in FIRST_CONTACT_WAVES]


def run(split: str, *, allow_heldout: bool, only: Sequence[str] = (), jobs: int = 1,
        wave: int | None = None, paraphrase: bool = False) -> list[DocumentScore]:
    """Read every passage of ``split`` (of one ``wave`` of districts, or all) with doisoat and score it;
    with ``paraphrase``, of the paraphrase set's part ``split`` ("dev" or "check")."""
    if split not in (PARAPHRASE_PARTS if paraphrase else SPLITS):
        raise ValueError(f"unknown {'part' if paraphrase else 'split'} {split!r}")
    guard([split, *only], allow_heldout=allow_heldout or split == "dev")
    if split == "heldout" and not allow_heldout:
        raise HeldOutError("the held-out split is run once, at the end, with --heldout")
    if split == "check" and not allow_heldout:
        raise HeldOutError("the paraphrase set's check part is the lead's measure: it is run with --heldout")
    from reconcile.api import check

    files = truth_files(split, paraphrase)
    truths = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    if only:
        wanted = {Path(o).stem for o in only}
        truths = [t for t in truths if Path(t["file"]).stem in wanted]
    truths = of_waves(truths, () if wave is None else (wave,))
    paths = [str(ROOT / t["file"]) for t in truths]
    result = check(paths, batch_settings={"jobs": jobs})
    if result.failures:
        raise RuntimeError("; ".join(f"{f.path}: {f.reason}" for f in result.failures))
    docs = {d.id: d for d in result.documents}
    scores: list[DocumentScore] = []
    for truth in truths:
        path = ROOT / truth["file"]
        doc = docs[path.name]
        text = path.read_text(encoding="utf-8")
        scores.append(score_document(path.name, text, truth, doc, result.findings))
    return scores


_ = re  # kept for callers that filter file names
