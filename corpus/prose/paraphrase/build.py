"""Render the paraphrase drafts into passages and their truth: ``python corpus/prose/paraphrase/build.py``.

A draft (``drafts/<part>/<source stem>.txt``) holds the hand-written paraphrases of one development
passage, each under a ``=== p1`` / ``=== p2`` line, with every figure of the source's truth written as
its id in braces (``{F3}``) instead of its digits. Rendering puts back the figure exactly as the
source's truth prints it, so a paraphrase cannot change a figure by a slip of the pen; the same draft
rendered with a planted copy's figures gives that copy's paraphrase, so a planted error survives.

The truth of each rendered passage is the source's truth (figures, relations, verdicts, notes) with
each figure's ``context`` taken around its marker in the new text (widened to the hedge word and until
it occurs once), ``file`` and ``split`` set, and ``paraphrase_of`` / ``register`` naming its source.
Outputs: ``corpus/prose/paraphrase/<part>/<stem>_<register>[_planted_<what>].txt`` and
``golden/prose/paraphrase/<part>/`` likewise ``.json``. ``golden/prose/verify_truth.py`` checks them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SOURCE_CORPUS = ROOT / "corpus" / "prose" / "dev"  # development passages only: never heldout/
SOURCE_TRUTH = ROOT / "golden" / "prose" / "dev"
TRUTH = ROOT / "golden" / "prose" / "paraphrase"
MARKER = re.compile(r"\{(F\d+)\}")
REGISTER = re.compile(r"^=== (p\d)\s*$", re.M)
sys.path.insert(0, str(HERE))
from split import part as part_of  # noqa: E402


class DraftError(Exception):
    pass


def read_draft(path: Path) -> dict[str, str]:
    """register -> draft text (markers kept)."""
    text = path.read_text(encoding="utf-8")
    chunks = REGISTER.split(text)
    if chunks[0].strip():
        raise DraftError(f"{path}: text before the first '=== p1'")
    out: dict[str, str] = {}
    for register, body in zip(chunks[1::2], chunks[2::2], strict=True):
        out[register] = body.strip("\n") + "\n"
    return out


def context_around(text: str, start: int, end: int, figure: str, hedge: str | None) -> str:
    """The shortest run of whole words around text[start:end] (within its line) that holds the hedge
    word, occurs once in the text, and in which the figure's first occurrence is this one (the scorer
    and the checker look a figure up inside its context that way)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    left_cuts = [start, *[line_start + m.end() for m in re.finditer(r"\s+", text[line_start:start])][::-1]]
    left_cuts = [*dict.fromkeys([*left_cuts, line_start])]
    right_cuts = [*dict.fromkeys([end] + [end + m.start() for m in re.finditer(r"\s+", text[end:line_end])]
                                 + [line_end])]
    for width in range(1, len(left_cuts) + len(right_cuts)):
        for left_n in range(width + 1):
            right_n = width - left_n
            if left_n >= len(left_cuts) or right_n >= len(right_cuts):
                continue
            if right_n == 0 and len(right_cuts) > 1:  # keep the unit or the word after the figure
                continue
            lo, hi = left_cuts[left_n], right_cuts[right_n]
            ctx = text[lo:hi]
            if hedge and hedge not in text[lo:start]:
                continue
            if text.count(ctx) != 1 or ctx.find(figure) != start - lo:
                continue
            first = re.search(rf"(?<![\d.,]){re.escape(figure)}(?!\d|[.,]\d)", ctx)
            if first is not None and first.start() != start - lo:
                continue
            return ctx
    raise DraftError(f"no unique context for {figure!r} at {start}")


def render(draft: str, truth: dict[str, Any], name: str) -> tuple[str, dict[str, str]]:
    """The passage text and figure id -> context."""
    figs = {f["id"]: f for f in truth["figures"]}
    pieces: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    pos = 0
    at = 0
    for m in MARKER.finditer(draft):
        fid = m.group(1)
        if fid not in figs:
            raise DraftError(f"{name}: unknown figure {fid}")
        if fid in spans:
            raise DraftError(f"{name}: figure {fid} marked twice")
        pieces.append(draft[pos:m.start()])
        at += m.start() - pos
        text = figs[fid]["text"]
        spans[fid] = (at, at + len(text))
        pieces.append(text)
        at += len(text)
        pos = m.end()
    pieces.append(draft[pos:])
    passage = "".join(pieces)
    missing = sorted(set(figs) - set(spans), key=lambda f: int(f[1:]))
    if missing:
        raise DraftError(f"{name}: figures not written: {', '.join(missing)}")
    contexts = {fid: context_around(passage, s, e, figs[fid]["text"], figs[fid].get("hedge"))
                for fid, (s, e) in spans.items()}
    return passage, contexts


def planted_copies(source: str) -> list[tuple[str, dict[str, Any]]]:
    out = []
    for path in sorted(SOURCE_TRUTH.glob(f"{source}_planted_*.json")):
        truth = json.loads(path.read_text(encoding="utf-8"))
        if Path(truth["planted"]["original"]).stem == source:
            out.append((path.stem, truth))
    return out


def build_source(draft_path: Path) -> list[Path]:
    source = draft_path.stem
    part = draft_path.parent.name
    if part_of(source) != part:
        raise DraftError(f"{draft_path}: source {source} belongs to {part_of(source)}")
    if not (SOURCE_CORPUS / f"{source}.txt").exists():
        raise DraftError(f"{draft_path}: {source} is not a development passage")
    drafts = read_draft(draft_path)
    original = json.loads((SOURCE_TRUTH / f"{source}.json").read_text(encoding="utf-8"))
    written: list[Path] = []
    for register, draft in drafts.items():
        stem = f"{source}_{register}"
        for variant, truth in [(stem, original)] + [
            (f"{stem}_planted_{p.split('_planted_', 1)[1]}", t) for p, t in planted_copies(source)
        ]:
            passage, contexts = render(draft, truth, f"{draft_path.name} {variant}")
            out = json.loads(json.dumps(truth))  # a deep copy
            out["file"] = f"corpus/prose/paraphrase/{part}/{variant}.txt"
            out["split"] = part
            out["paraphrase_of"] = truth["file"]
            out["register"] = register
            if out.get("planted"):
                out["planted"] = dict(out["planted"], original=f"corpus/prose/paraphrase/{part}/{stem}.txt")
            for fig in out["figures"]:
                fig["context"] = contexts[fig["id"]]
            text_path = HERE / part / f"{variant}.txt"
            truth_path = TRUTH / part / f"{variant}.json"
            text_path.parent.mkdir(parents=True, exist_ok=True)
            truth_path.parent.mkdir(parents=True, exist_ok=True)
            text_path.write_text(passage, encoding="utf-8")
            truth_path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            written.append(text_path)
    return written


def main(argv: list[str]) -> int:
    drafts = [Path(a) for a in argv] or sorted((HERE / "drafts").glob("*/*.txt"))
    failed = 0
    count = 0
    for path in drafts:
        try:
            count += len(build_source(path.resolve()))
        except DraftError as exc:
            print(f"FAIL {exc}", file=sys.stderr)
            failed += 1
    print(f"{count} paraphrases written from {len(drafts) - failed} drafts" + (f", {failed} failed" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
