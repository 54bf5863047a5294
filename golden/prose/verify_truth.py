"""Check the hand-written truth of the prose corpus with exact decimal arithmetic.

The truth files (golden/prose/{dev,heldout}/*.json) were written by reading each passage; this script
is independent of doisoat: its number parser, its tolerances and its arithmetic are its own (see
golden/prose/README.md for the rules it implements). It asserts, for every truth file:

- the passage file exists, sits in the split its district is assigned to (corpus/prose/split.py),
  and every passage file has exactly one truth file;
- every figure's ``context`` occurs in the passage, its ``text`` occurs in the context, and this
  script's own parse of ``text`` equals the recorded exact ``value``;
- every relation, recomputed with ``decimal.Decimal``, gets the recorded verdict
  (consistent / rounding_only / inconsistent);
- a planted copy differs from its original only by the recorded changes, each recorded as the
  figure's text ``from`` -> ``to``, and is kept in its original's split.

``python golden/prose/verify_truth.py`` prints the counts per split, kind and verdict; exit 1 on any
failed assertion (each one printed).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, getcontext
from pathlib import Path
from typing import Any

getcontext().prec = 60

ROOT = Path(__file__).resolve().parents[2]
TRUTH = ROOT / "golden" / "prose"
CORPUS = ROOT / "corpus" / "prose"
SPLITS = ("dev", "heldout")
VERDICTS = ("consistent", "rounding_only", "inconsistent")
KINDS = (
    "ratio", "growth", "avg_growth", "share", "shares_sum", "range_shares_sum", "partition", "subset",
    "difference", "count_sum", "count_list", "times", "per_capita",
)
# A hedge widens the figure's interval by this share of its value, on the side(s) the word allows.
HEDGE_SHARE = Decimal("0.05")
HEDGES = {
    # word: (allows below, allows above)
    "khoảng": (True, True),
    "xấp xỉ": (True, True),
    "gần": (True, False),
    "dưới": (True, False),
    "hơn": (False, True),
    "trên": (False, True),
    "trở lên": (False, True),
    # "ước" (estimated) marks the period's figure as an estimate, not an imprecise number: the
    # figures printed together must still agree, so it earns no tolerance beyond rounding.
    "ước": (False, False),
}


class TruthError(Exception):
    pass


# ------------------------------------------------------------------------------------ numbers


def parse_printed(text: str, decimal_mark: str = ",") -> Decimal:
    """The exact value of a figure as printed in Vietnamese text: '.' groups thousands, ',' marks
    decimals, unless the figure's own quirk says the source used '.' as the decimal mark."""
    s = text.strip().rstrip("%").strip()
    if decimal_mark == ",":  # "1.002, 8": a space printed after the decimal comma
        s = re.sub(r",\s+(?=\d)", ",", s)
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:,\d+)?", s):  # "137 312": a space groups thousands (wave 12)
        s = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3}\. \d{3}", s):  # "4. 673": a space printed after the thousands dot (wave 42)
        s = s.replace(" ", "")
    if s.endswith(" nghìn") and s.removesuffix(" nghìn").isdigit():  # "hơn 1 nghìn tỷ đồng": known to the thousand
        return Decimal(int(s.removesuffix(" nghìn"))) * 1000
    if " nghìn " in s:  # "1 nghìn 676,2"
        thousands, rest = s.split(" nghìn ", 1)
        return Decimal(int(thousands)) * 1000 + parse_printed(rest, decimal_mark)
    if s.endswith(" tiệu") and " tỷ " in s:  # "890 tỷ 435 tiệu đồng": a source's misspelt "triệu" (wave 7)
        s = s.removesuffix(" tiệu") + " triệu"
    if s.endswith(" triệu") and " tỷ " in s:  # "423 tỷ 536 triệu" (đồng), a value in tỷ: 423,536
        billions, millions = s.removesuffix(" triệu").split(" tỷ ", 1)
        if not millions.isdigit() or len(millions) > 3:
            raise TruthError(f"not a printed number: {text!r}")
        return parse_printed(billions, decimal_mark) + Decimal(int(millions)) / 1000
    if decimal_mark == ",":
        if s.count(",") > 1:
            raise TruthError(f"two decimal commas in {text!r}")
        whole, _, frac = s.partition(",")
        whole = whole.replace(".", "")
    elif decimal_mark == ".":
        whole, _, frac = s.rpartition(".")
        if not whole:
            whole, frac = frac, ""
        whole = whole.replace(".", "").replace(",", "")
    else:
        raise TruthError(f"unknown decimal mark {decimal_mark!r}")
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise TruthError(f"not a printed number: {text!r}")
    return Decimal(f"{whole}.{frac}" if frac else whole)


def places(text: str, decimal_mark: str = ",") -> int:
    s = text.strip().rstrip("%").strip()
    if decimal_mark == ",":
        s = re.sub(r",\s+(?=\d)", ",", s)
    if s.endswith(" nghìn") and s.removesuffix(" nghìn").isdigit():  # to the thousand: places -3
        return -3
    if " nghìn " in s:
        s = s.split(" nghìn ", 1)[1]
    if s.endswith((" triệu", " tiệu")) and " tỷ " in s:  # to the million: three decimals of a tỷ
        return 3
    if decimal_mark == ",":
        return len(s.partition(",")[2])
    return len(s.rpartition(".")[2]) if "." in s else 0


@dataclass(frozen=True)
class Fig:
    id: str
    text: str
    value: Decimal
    places: int
    hedge: str | None
    exact: bool

    @property
    def significant_places(self) -> int:
        """Decimals without the trailing zeros: "120,0" -> 0, "12,60" -> 1."""
        return max(0, -self.value.normalize().as_tuple().exponent) if self.value else 0

    @property
    def half_unit(self) -> Decimal:
        return Decimal(0) if self.exact else Decimal(5) / Decimal(10) ** (self.places + 1)

    def interval(self, hedged: bool) -> tuple[Decimal, Decimal]:
        lo, hi = self.value - self.half_unit, self.value + self.half_unit
        if hedged and self.hedge:
            below, above = HEDGES[self.hedge]
            if below:
                lo = self.value * (1 - HEDGE_SHARE) - self.half_unit
            if above:
                hi = self.value * (1 + HEDGE_SHARE) + self.half_unit
        return lo, hi


def round_to(x: Decimal, n: int, mode: str = ROUND_HALF_UP) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-n), rounding=mode)


Interval = tuple[Decimal, Decimal]


def combine(f: Callable[..., Decimal], increasing: list[bool], args: list[Interval]) -> Interval:
    """Interval of f over a box, f monotone in each argument (increasing[i] says which way)."""
    lo_args = [a[0] if inc else a[1] for a, inc in zip(args, increasing, strict=True)]
    hi_args = [a[1] if inc else a[0] for a, inc in zip(args, increasing, strict=True)]
    return f(*lo_args), f(*hi_args)


def overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


# ------------------------------------------------------------------------------------ relations


@dataclass(frozen=True)
class Check:
    """A relation reduced to: result = f(inputs), f monotone; result printed or a fixed target."""

    f: Callable[..., Decimal]
    increasing: list[bool]
    inputs: list[Fig]
    result: Fig | None
    target: Decimal | None = None
    one_sided: bool = False  # subset: only sum(parts) > total is a problem


def cagr(start: Decimal, end: Decimal, years: int) -> Decimal:
    return (((end / start).ln() / years).exp() - 1) * 100


def build(rel: dict[str, Any], figs: dict[str, Fig]) -> Check:
    kind = rel["kind"]
    g = figs.__getitem__
    scale = Decimal(rel.get("scale", "1"))  # unit conversion, e.g. triệu over tỷ = 0.001
    if kind == "ratio":
        return Check(lambda a, p: a / p * 100 * scale, [True, False], [g(rel["actual"]), g(rel["plan"])],
                     g(rel["ratio"]))
    if kind == "share":
        # scale: the part and the total printed in different units ("71.000 ha, chiếm 38,5%" of "1.842,43 km2": 0.01)
        return Check(lambda a, t: a / t * 100 * scale, [True, False], [g(rel["part"]), g(rel["total"])], g(rel["share"]))
    if kind == "growth":
        form = rel["form"]
        fn = {
            "index": lambda c, b: c / b * 100,
            "increase": lambda c, b: (c / b - 1) * 100,
            "decrease": lambda c, b: (1 - c / b) * 100,
        }[form]
        inc = [False, True] if form == "decrease" else [True, False]
        return Check(fn, inc, [g(rel["current"]), g(rel["base"])], g(rel["rate"]))
    if kind == "avg_growth":
        years = int(rel["years"])
        shift = Decimal(100) if rel.get("form", "increase") == "index" else Decimal(0)
        return Check(lambda s, e: cagr(s, e, years) + shift, [False, True], [g(rel["start"]), g(rel["end"])],
                     g(rel["rate"]))
    if kind == "times":
        return Check(lambda n, d: n / d, [True, False], [g(rel["numerator"]), g(rel["denominator"])], g(rel["factor"]))
    if kind == "per_capita":
        return Check(lambda t, b: t / b * scale, [True, False], [g(rel["total"]), g(rel["base"])], g(rel["rate"]))
    if kind == "difference":
        return Check(lambda a, b: a - b, [True, False], [g(rel["minuend"]), g(rel["subtrahend"])], g(rel["difference"]))
    if kind in ("partition", "count_sum", "subset"):
        parts = [g(p) for p in rel["parts"]]
        return Check(lambda *xs: sum(xs, Decimal(0)) * scale, [True] * len(parts), parts, g(rel["total"]),
                     one_sided=kind == "subset")
    if kind == "shares_sum":
        terms = [(g(t["figure"]), int(t.get("sign", 1))) for t in rel["terms"]]
        signs = [s for _, s in terms]
        return Check(lambda *xs: sum((x * s for x, s in zip(xs, signs, strict=True)), Decimal(0)),
                     [s > 0 for s in signs], [f for f, _ in terms], None, Decimal(rel["target"]))
    raise TruthError(f"unknown relation kind {kind!r}")


def verdict(rel: dict[str, Any], figs: dict[str, Fig]) -> str:
    kind = rel["kind"]
    if kind == "count_list":  # a stated count against the items the passage enumerates, as printed
        # a name printed twice is listed twice and named in "repeated" (README, convention rule 3): the list
        # and its count cannot both be right, whatever the count
        repeated = rel.get("repeated", [])
        if any(rel["items"].count(name) < 2 for name in repeated):
            raise TruthError(f"a name in 'repeated' is not listed twice: {repeated!r}")
        same = Decimal(len(rel["items"])) == figs[rel["count"]].value
        return "consistent" if same and not repeated else "inconsistent"
    if kind == "range_shares_sum":
        target = Decimal(rel["target"])
        lows = [figs[lo] for lo, _ in rel["ranges"]]
        highs = [figs[hi] for _, hi in rel["ranges"]]
        lo_sum = sum((f.value for f in lows), Decimal(0))
        hi_sum = sum((f.value for f in highs), Decimal(0))
        if lo_sum <= target <= hi_sum:
            return "consistent"
        slack = sum((f.half_unit for f in [*lows, *highs]), Decimal(0))
        return "rounding_only" if lo_sum - slack <= target <= hi_sum + slack else "inconsistent"
    check = build(rel, figs)
    used = [*check.inputs, *([check.result] if check.result else [])]
    hedged = any(f.hedge and f.hedge != "ước" for f in used)
    point = check.f(*[f.value for f in check.inputs])
    if check.result is None:  # a fixed target: shares must sum to exactly it
        assert check.target is not None
        if point == check.target:
            return "consistent"
        lo, hi = combine(check.f, check.increasing, [f.interval(hedged) for f in check.inputs])
        if lo <= check.target <= hi:
            return "consistent" if hedged else "rounding_only"
        return "inconsistent"
    res = check.result
    if check.one_sided:
        if point <= res.value:
            return "consistent"
        lo, _ = combine(check.f, check.increasing, [f.interval(hedged) for f in check.inputs])
        if lo <= res.interval(hedged)[1]:
            return "consistent" if hedged else "rounding_only"
        return "inconsistent"
    if round_to(point, res.places) == res.value:
        return "consistent"
    computed = combine(check.f, check.increasing, [f.interval(hedged) for f in check.inputs])
    if (overlap(computed, res.interval(hedged))
            or round_to(point, res.places, ROUND_DOWN) == res.value  # truncated, not rounded
            or round_to(point, res.significant_places) == res.value):  # "120,0" printed for 120
        return "consistent" if hedged else "rounding_only"
    return "inconsistent"


def computed_text(rel: dict[str, Any], figs: dict[str, Fig]) -> str:
    """The recomputed value, for messages."""
    kind = rel["kind"]
    if kind == "count_list":
        return str(len(rel["items"]))
    if kind == "range_shares_sum":
        lo = sum((figs[a].value for a, _ in rel["ranges"]), Decimal(0))
        hi = sum((figs[b].value for _, b in rel["ranges"]), Decimal(0))
        return f"[{lo}, {hi}]"
    check = build(rel, figs)
    return str(round_to(check.f(*[f.value for f in check.inputs]), 6))


# ------------------------------------------------------------------------------------ files


def _split_module() -> Any:
    sys.path.insert(0, str(CORPUS))
    try:
        import split as split_module  # corpus/prose/split.py
    finally:
        sys.path.pop(0)
    return split_module


def load_split_rule() -> dict[str, str]:
    return dict(_split_module().split())


def load_waves() -> dict[str, int]:
    return dict(_split_module().wave())


def figures_of(truth: dict[str, Any], passage: str, errors: list[str], name: str) -> dict[str, Fig]:
    figs: dict[str, Fig] = {}
    for raw in truth["figures"]:
        fid = raw["id"]
        mark = raw.get("decimal_mark", ",")
        if fid in figs:
            errors.append(f"{name}: figure {fid} defined twice")
        if raw["context"] not in passage:
            errors.append(f"{name}: {fid} context not in passage: {raw['context']!r}")
        if raw["text"] not in raw["context"]:
            errors.append(f"{name}: {fid} text {raw['text']!r} not in its context {raw['context']!r}")
        if raw.get("hedge") and raw["hedge"] not in HEDGES:
            errors.append(f"{name}: {fid} unknown hedge {raw['hedge']!r}")
        if raw.get("hedge") and raw["hedge"] not in raw["context"]:
            errors.append(f"{name}: {fid} hedge word {raw['hedge']!r} not in its context")
        try:
            parsed = parse_printed(raw["text"], mark)
        except (TruthError, ArithmeticError) as exc:
            errors.append(f"{name}: {fid} {exc}")
            continue
        if parsed != Decimal(raw["value"]):
            errors.append(f"{name}: {fid} printed {raw['text']!r} parses to {parsed}, truth says {raw['value']}")
        figs[fid] = Fig(fid, raw["text"], Decimal(raw["value"]), places(raw["text"], mark), raw.get("hedge"),
                        bool(raw.get("exact", False)))
    return figs


def check_planted(truth: dict[str, Any], passage: str, split: str, errors: list[str], name: str,
                  truth_root: Path = TRUTH) -> None:
    planted = truth["planted"]
    original_file = ROOT / planted["original"]
    if not original_file.exists():
        errors.append(f"{name}: planted original {planted['original']} missing")
        return
    if original_file.parent.name != split:
        errors.append(f"{name}: planted copy not in its original's split")
    original = original_file.read_text(encoding="utf-8")
    original_truth = json.loads(
        (truth_root / split / (original_file.stem + ".json")).read_text(encoding="utf-8"))
    orig_figs = {f["id"]: f for f in original_truth["figures"]}
    figs = {f["id"]: f for f in truth["figures"]}
    restored = passage
    for change in planted["changes"]:
        fid = change["figure"]
        if orig_figs.get(fid, {}).get("text") != change["from"]:
            errors.append(f"{name}: original {fid} is not printed {change['from']!r}")
        if figs.get(fid, {}).get("text") != change["to"]:
            errors.append(f"{name}: planted {fid} is not printed {change['to']!r}")
        ctx_planted = figs[fid]["context"]
        ctx_original = ctx_planted.replace(change["to"], change["from"], 1)
        if restored.count(ctx_planted) != 1:
            errors.append(f"{name}: planted context of {fid} is not unique in the copy")
        restored = restored.replace(ctx_planted, ctx_original, 1)
    if restored != original:
        errors.append(f"{name}: planted copy differs from its original beyond the recorded changes")


def check_relations(truth: dict[str, Any], passage: str, figs: dict[str, Fig], errors: list[str],
                    name: str) -> list[tuple[str, str]]:
    """Recompute every relation's verdict; (kind, recorded verdict) of each relation that could be checked."""
    checked: list[tuple[str, str]] = []
    for rel in truth["relations"]:
        kind = rel["kind"]
        for item in rel.get("items", []):
            if item not in passage:
                errors.append(f"{name}: {rel['id']} item {item!r} not in passage")
        if kind not in KINDS or rel["verdict"] not in VERDICTS:
            errors.append(f"{name}: {rel['id']} has kind {kind!r} / verdict {rel['verdict']!r}")
            continue
        try:
            got = verdict(rel, figs)
        except (KeyError, TruthError, ArithmeticError) as exc:
            errors.append(f"{name}: {rel['id']} cannot be checked: {exc!r}")
            continue
        if got != rel["verdict"]:
            errors.append(f"{name}: {rel['id']} {kind} recorded {rel['verdict']}, recomputed {got} "
                          f"(computed {computed_text(rel, figs)})")
        checked.append((kind, rel["verdict"]))
    return checked


def load_sources() -> dict[str, set[str]]:
    """SOURCES.md table: source id -> passage files (relative to corpus/prose/) it lists."""
    table: dict[str, set[str]] = {}
    for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 6 and cells[0].startswith("S") and cells[0][1:].isdigit():
            table[cells[0]] = {f.strip() for f in cells[5].split(",") if f.strip()}
    return table


def verify(echo: Callable[[str], None] = print) -> int:
    errors: list[str] = []
    rule = load_split_rule()
    sources = load_sources()
    counts: Counter[tuple[str, str, str, str]] = Counter()  # (split, origin, kind, verdict)
    passages: Counter[tuple[str, str]] = Counter()
    planted_kinds: Counter[tuple[str, str]] = Counter()
    districts: dict[str, set[str]] = {s: set() for s in SPLITS}
    by_wave: Counter[tuple[str, int, str]] = Counter()  # (split, wave, origin) -> passages
    waves = load_waves()
    seen_files: set[Path] = set()
    for split in SPLITS:
        for truth_file in sorted((TRUTH / split).glob("*.json")):
            name = f"{split}/{truth_file.name}"
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            passage_file = ROOT / truth["file"]
            seen_files.add(passage_file.resolve())
            if passage_file.parent != CORPUS / split or passage_file.stem != truth_file.stem:
                errors.append(f"{name}: passage {truth['file']} is not corpus/prose/{split}/{truth_file.stem}.txt")
            if not passage_file.exists():
                errors.append(f"{name}: passage {truth['file']} missing")
                continue
            if rule.get(truth["district"]) != split:
                errors.append(f"{name}: district {truth['district']} belongs to {rule.get(truth['district'])}")
            passage = passage_file.read_text(encoding="utf-8")
            figs = figures_of(truth, passage, errors, name)
            origin = "planted" if truth.get("planted") else "published"
            if origin == "published":
                listed = truth["file"].removeprefix("corpus/prose/")
                for sid in truth["sources"] or ["(none)"]:
                    if listed not in sources.get(sid, set()):
                        errors.append(f"{name}: source {sid} does not list {listed} in corpus/prose/SOURCES.md")
            if truth.get("planted"):
                check_planted(truth, passage, split, errors, name)
                for change in truth["planted"]["changes"]:
                    planted_kinds[(split, change["kind"])] += 1
            passages[(split, origin)] += 1
            by_wave[(split, waves.get(truth["district"], 0), origin)] += 1
            districts[split].add(truth["district"])
            for kind, recorded in check_relations(truth, passage, figs, errors, name):
                counts[(split, origin, kind, recorded)] += 1
    for split in SPLITS:
        for passage_file in sorted((CORPUS / split).glob("*.txt")):
            if passage_file.resolve() not in seen_files:
                errors.append(f"corpus/prose/{split}/{passage_file.name}: no truth file")
    report(echo, counts, passages, planted_kinds, districts)
    for split in SPLITS:
        echo(f"{split} by wave: " + "; ".join(
            f"wave {w}: {by_wave[(split, w, 'published')]} passages + {by_wave[(split, w, 'planted')]} planted, "
            f"{len({d for d in districts[split] if waves.get(d) == w})} districts"
            for w in sorted(set(waves.values()))))
    verify_paraphrases(echo, errors)
    for e in errors:
        echo(f"FAIL {e}")
    echo(f"\n{len(errors)} failed assertions" if errors else "\nall truth assertions hold")
    return 1 if errors else 0


# ------------------------------------------------------------------------------------ paraphrases

PARAPHRASE_TRUTH = TRUTH / "paraphrase"
PARAPHRASE_CORPUS = CORPUS / "paraphrase"
PARAPHRASE_PARTS = ("dev", "check")
PRINTED_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
YEAR = re.compile(r"(19|20)\d\d")


def _paraphrase_split() -> Any:
    import importlib.util

    # loaded by path: corpus/prose/split.py is already imported under the same name "split"
    spec = importlib.util.spec_from_file_location("paraphrase_split", PARAPHRASE_CORPUS / "split.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def origin_stem(stem: str) -> str:
    """The development passage a paraphrase (or a planted copy's paraphrase) was written from."""
    return re.sub(r"_p\d+(_planted_.*)?$", "", stem)


def verify_paraphrases(echo: Callable[[str], None], errors: list[str]) -> None:
    """The paraphrase set (corpus/prose/paraphrase/): each passage re-words one development passage (or
    one of its planted copies), keeps its truth's figures, relations and verdicts, adds no number, and
    sits in the part its source's stem gives (corpus/prose/paraphrase/split.py)."""
    if not PARAPHRASE_TRUTH.exists():
        return
    rule = _paraphrase_split()
    listed = rule.sources()
    for source, part in listed.items():
        if rule.part(source) != part:
            errors.append(f"paraphrase/sources.tsv: {source} listed in {part}, the rule says {rule.part(source)}")
        if not (CORPUS / "dev" / f"{source}.txt").exists():
            errors.append(f"paraphrase/sources.tsv: {source} is not a development passage")
    counts: Counter[tuple[str, str, str]] = Counter()  # (part, kind, verdict)
    passages: Counter[tuple[str, str]] = Counter()
    written: dict[str, set[str]] = {}  # origin -> paraphrase stems
    seen: set[Path] = set()
    for part in PARAPHRASE_PARTS:
        for truth_file in sorted((PARAPHRASE_TRUTH / part).glob("*.json")):
            name = f"paraphrase/{part}/{truth_file.name}"
            truth = json.loads(truth_file.read_text(encoding="utf-8"))
            stem = truth_file.stem
            passage_file = PARAPHRASE_CORPUS / part / f"{stem}.txt"
            seen.add(passage_file)
            if truth["file"] != f"corpus/prose/paraphrase/{part}/{stem}.txt" or truth.get("split") != part:
                errors.append(f"{name}: file / split do not name corpus/prose/paraphrase/{part}/{stem}.txt")
            source_path = str(truth.get("paraphrase_of", ""))
            if not source_path.startswith("corpus/prose/dev/") or not (ROOT / source_path).exists():
                errors.append(f"{name}: paraphrase_of {source_path!r} is not a development passage")
                continue
            origin = origin_stem(stem)
            written.setdefault(origin, set()).add(stem)
            if listed.get(origin) != part or rule.part(origin) != part:
                errors.append(f"{name}: source {origin} is not listed in part {part} (sources.tsv, split rule)")
            if not passage_file.exists():
                errors.append(f"{name}: passage missing")
                continue
            source_truth = json.loads((TRUTH / "dev" / (Path(source_path).stem + ".json")).read_text(encoding="utf-8"))
            passage = passage_file.read_text(encoding="utf-8")
            for key in ("district", "sources", "relations"):
                if truth[key] != source_truth[key]:
                    errors.append(f"{name}: {key} differs from its source's truth")
            strip = ("context",)
            if [{k: v for k, v in f.items() if k not in strip} for f in truth["figures"]] != [
                    {k: v for k, v in f.items() if k not in strip} for f in source_truth["figures"]]:
                errors.append(f"{name}: figures differ from its source's beyond their contexts")
            for fig in truth["figures"]:
                if passage.count(fig["context"]) > 1:
                    errors.append(f"{name}: {fig['id']} context occurs more than once: {fig['context']!r}")
            source_text = (ROOT / source_path).read_text(encoding="utf-8")
            printed = Counter(PRINTED_NUMBER.findall(source_text))
            added = Counter(PRINTED_NUMBER.findall(passage)) - printed
            # a year the source prints may be repeated (a report names its base year again); nothing else
            added = Counter({n: c for n, c in added.items() if not (YEAR.fullmatch(n) and n in printed)})
            if added:
                errors.append(f"{name}: numbers not printed in its source: {sorted(added)}")
            figs = figures_of(truth, passage, errors, name)
            if source_truth.get("planted"):
                register = truth.get("register")
                expected = f"corpus/prose/paraphrase/{part}/{origin}_{register}.txt"
                if not truth.get("planted") or truth["planted"].get("original") != expected or \
                        {k: v for k, v in truth["planted"].items() if k != "original"} != \
                        {k: v for k, v in source_truth["planted"].items() if k != "original"}:
                    errors.append(f"{name}: planted must be its source's, with original {expected}")
                else:
                    check_planted(truth, passage, part, errors, name, truth_root=PARAPHRASE_TRUTH)
            elif truth.get("planted"):
                errors.append(f"{name}: planted, but its source is not")
            passages[(part, "planted" if truth.get("planted") else "published")] += 1
            for kind, recorded in check_relations(truth, passage, figs, errors, name):
                counts[(part, kind, recorded)] += 1
        for passage_file in sorted((PARAPHRASE_CORPUS / part).glob("*.txt")):
            if passage_file not in seen:
                errors.append(f"corpus/prose/paraphrase/{part}/{passage_file.name}: no truth file")
    for origin, stems in sorted(written.items()):
        planted = sorted(p.stem for p in (TRUTH / "dev").glob(f"{origin}_planted_*.json"))
        registers = {s.removeprefix(origin + "_").split("_")[0] for s in stems}
        expected = {f"{origin}_{r}" for r in registers} | {
            f"{origin}_{r}_planted_{p.split('_planted_', 1)[1]}" for r in registers for p in planted}
        if not {"p1", "p2"} <= registers or stems != expected:
            errors.append(f"paraphrase {origin}: wants p1, p2 and each planted copy's paraphrases; "
                          f"missing {sorted(expected - stems) or sorted({'p1', 'p2'} - registers)}")
    for part in PARAPHRASE_PARTS:
        sources_written = sum(1 for o in written if listed.get(o) == part)
        echo(f"== paraphrase {part}: {sources_written} sources, {passages[(part, 'published')]} paraphrases + "
             f"{passages[(part, 'planted')]} of planted copies")
        for kind in sorted({k for p, k, _ in counts if p == part}):
            cells = " ".join(f"{counts[(part, kind, v)]:>13}" for v in VERDICTS)
            echo(f"  {kind:<17} {cells}")


def report(echo: Callable[[str], None], counts: Counter[tuple[str, str, str, str]],
           passages: Counter[tuple[str, str]], planted_kinds: Counter[tuple[str, str]],
           districts: dict[str, set[str]]) -> None:
    for split in SPLITS:
        echo(f"== {split}: {passages[(split, 'published')]} passages + {passages[(split, 'planted')]} planted copies,"
             f" {len(districts[split])} districts")
        for origin in ("published", "planted"):
            rows = sorted({k for s, o, k, _ in counts if s == split and o == origin})
            if not rows:
                continue
            echo(f"  {origin:<10} {'kind':<17} " + " ".join(f"{v:>13}" for v in VERDICTS))
            for kind in rows:
                cells = " ".join(f"{counts[(split, origin, kind, v)]:>13}" for v in VERDICTS)
                echo(f"  {'':<10} {kind:<17} {cells}")
            total = " ".join(f"{sum(c for (s, o, _, vv), c in counts.items() if s == split and o == origin and vv == v):>13}"
                             for v in VERDICTS)
            echo(f"  {'':<10} {'(all)':<17} {total}")
        kinds = sorted(k for s, k in planted_kinds if s == split)
        if kinds:
            echo("  planted changes: " + ", ".join(f"{k} {planted_kinds[(split, k)]}" for k in kinds))


def iter_truth() -> Iterable[Path]:
    for split in SPLITS:
        yield from sorted((TRUTH / split).glob("*.json"))


if __name__ == "__main__":
    sys.exit(verify())
