"""Score doisoat on the prose corpus: ``python benchmarks/score_prose.py`` (the development split).

Per relation kind: relations extracted with the right figures and roles, inconsistencies found
(published and planted together), false errors on consistent relations, false warnings; and the
relations the tool reads that the truth does not hold. See benchmarks/prose_score.py for the rules.

    python benchmarks/score_prose.py                 # dev split
    python benchmarks/score_prose.py --misses        # ... and every miss, false error and false warning, and
                                                     # every error or warning on a relation the truth lacks
    python benchmarks/score_prose.py --only buon-ho-dak-lak_1 --misses
    python benchmarks/score_prose.py --wave 2        # wave-2 districts only (corpus/prose/districts.tsv)
    python benchmarks/score_prose.py --split heldout --heldout --wave 1   # run once before
    python benchmarks/score_prose.py --split heldout --heldout --wave 2   # run once before
    python benchmarks/score_prose.py --wave 3        # wave-3 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 3   # run once before
    python benchmarks/score_prose.py --wave 4        # wave-4 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 4   # run once before
    python benchmarks/score_prose.py --wave 5        # wave-5 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 5   # run once before
    python benchmarks/score_prose.py --wave 6        # wave-6 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 6   # once, at the end of its session
    python benchmarks/score_prose.py --wave 7        # wave-7 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 7   # once, at the end of the session listing wave 8
    python benchmarks/score_prose.py --wave 8        # wave-8 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 8   # once, at the end of the session listing wave 9
    python benchmarks/score_prose.py --wave 9        # wave-9 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 9   # once, at the end of the session listing wave 10
    python benchmarks/score_prose.py --wave 10       # wave-10 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 10  # once, at the end of the session listing wave 11
    python benchmarks/score_prose.py --wave 11       # wave-11 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 11  # once, at the end of the session listing wave 12
    python benchmarks/score_prose.py --wave 12       # wave-12 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 12  # once, at the end of the session listing wave 13
    python benchmarks/score_prose.py --wave 13       # wave-13 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 13  # once, at the end of the session listing wave 14
    python benchmarks/score_prose.py --wave 14       # wave-14 development passages
    python benchmarks/score_prose.py --split heldout --heldout --wave 14  # once, at the end of round 14 (old and new reader)
    python benchmarks/score_prose.py --wave 17       # wave 17 waits for its first contact (the lead's, end of round 18)
    python benchmarks/score_prose.py --wave 18       # wave 18 (first contact: the lead's, end of round 19)
    python benchmarks/score_prose.py --wave 19       # wave 19 (first contact: the lead's, end of round 20)
    python benchmarks/score_prose.py --wave 20       # wave 20 (first contact done at the end of round 21)
    python benchmarks/score_prose.py --wave 21       # wave 21 (first contact done at the end of round 22)
    python benchmarks/score_prose.py --wave 22       # wave 22 (first contact done at the end of round 23)
    python benchmarks/score_prose.py --wave 23       # wave 23 (first contact done at the end of round 24)
    python benchmarks/score_prose.py --wave 24       # wave 24 (first contact done at the end of round 25)
    python benchmarks/score_prose.py --wave 25       # wave 25 (first contact done at the end of round 26)
    python benchmarks/score_prose.py --wave 26       # wave 26 (first contact done at the end of round 27)
    python benchmarks/score_prose.py --wave 27       # wave 27 (first contact done at the end of round 28)
    python benchmarks/score_prose.py --wave 28       # wave 28 (first contact done at the end of round 29)
    python benchmarks/score_prose.py --wave 29       # wave 29 (first contact done at the end of round 30)
    python benchmarks/score_prose.py --wave 30       # wave 30 (first contact done at the end of round 31)
    python benchmarks/score_prose.py --wave 31       # wave 31 (first contact done at the end of round 31)
    python benchmarks/score_prose.py --wave 32       # wave 32 (first contact done at the end of round 32)
    python benchmarks/score_prose.py --wave 33       # wave 33 (first contact done at the end of round 32)
    python benchmarks/score_prose.py --wave 34       # wave 34 (first contact done at the end of round 33)
    python benchmarks/score_prose.py --wave 35       # wave 35 (first contact done at the end of round 33)
    python benchmarks/score_prose.py --wave 36       # wave 36 (first contact done at the end of round 34)
    python benchmarks/score_prose.py --wave 37       # wave 37 (first contact done at the end of round 34)
    python benchmarks/score_prose.py --wave 38       # wave 38 (first contact done at the end of round 35)
    python benchmarks/score_prose.py --wave 39       # wave 39 (first contact done at the end of round 35)
    python benchmarks/score_prose.py --wave 40       # wave 40 (first contact done at the end of round 36)
    python benchmarks/score_prose.py --wave 41       # wave 41 (first contact done at the end of round 36)
    python benchmarks/score_prose.py --wave 42       # wave 42 (first contact done at the end of round 37)
    python benchmarks/score_prose.py --wave 43       # wave 43 (first contact done at the end of round 37)
    python benchmarks/score_prose.py --wave 44       # wave 44 (first contact done at the end of round 38)
    python benchmarks/score_prose.py --wave 45       # wave 45 (first contact done at the end of round 38)
    python benchmarks/score_prose.py --wave 46       # wave 46 (first contact done at the end of round 39)
    python benchmarks/score_prose.py --wave 47       # wave 47 (first contact done at the end of round 39)
    python benchmarks/score_prose.py --wave 48       # wave 48 (first contact done at the end of round 40)
    python benchmarks/score_prose.py --wave 49       # wave 49 (first contact done at the end of round 40)

    python benchmarks/score_prose.py --paraphrase --misses   # the paraphrase set's dev part (apart from the above)
    python benchmarks/score_prose.py --paraphrase --split check --heldout   # the lead's measure only

The held-out split (corpus/prose/heldout/) is refused without ``--heldout``, and its misses are
never printed: the figures are all a held-out run may show. The paraphrase set (corpus/prose/paraphrase/,
re-wordings of development passages, see corpus/prose/README.md) is a separate instrument: scored only
with ``--paraphrase``, never in the default figures; its ``check`` part is refused like the held-out split.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.prose_score import HeldOutError, format_report, guard, run, summary_json  # noqa: E402


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score doisoat on the prose corpus (issue 12).")
    parser.add_argument("--split", choices=("dev", "heldout", "check"), default="dev",
                        help="dev / heldout; with --paraphrase: dev / check")
    parser.add_argument("--paraphrase", action="store_true",
                        help="score the paraphrase set (corpus/prose/paraphrase/) instead of the corpus")
    parser.add_argument("--heldout", action="store_true", help="allow the held-out split (run once, at the end)")
    parser.add_argument("--only", action="append", default=[], help="score only this passage (stem or path); repeatable")
    parser.add_argument("--misses", action="store_true", help="list misses, false errors and false warnings (dev only; not of the validation waves, prose_score.VALIDATION_WAVES)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    parser.add_argument("--json", type=Path, help="write the per-kind figures as JSON")
    parser.add_argument("--wave", type=int, choices=(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49),
                        help="only the districts of this wave (default: all); every held-out third has been run at the end of its round")
    args = parser.parse_args(argv)
    try:
        guard(args.only, allow_heldout=args.heldout)
        if args.split == "heldout" and not args.heldout:
            raise HeldOutError("the held-out split is run once, at the end: add --heldout")
        if args.split == "check" and not args.paraphrase:
            raise HeldOutError("the check part belongs to the paraphrase set: add --paraphrase")
        if args.split == "heldout" and args.paraphrase:
            raise HeldOutError("the paraphrase set has parts dev and check, no held-out split")
        if args.split == "check" and not args.heldout:
            raise HeldOutError("the paraphrase set's check part is the lead's measure of robustness to wording: "
                               "add --heldout")
        scores = run(args.split, allow_heldout=args.heldout, only=args.only, jobs=args.jobs, wave=args.wave,
                     paraphrase=args.paraphrase)
    except HeldOutError as exc:
        print(f"score_prose: {exc}", file=sys.stderr)
        return 2
    print(format_report(scores, split=args.split, show_misses=args.misses and args.split == "dev", wave=args.wave,
                        paraphrase=args.paraphrase))
    if args.json:
        summary = summary_json(scores, split=args.split, wave=args.wave, paraphrase=args.paraphrase)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
