"""Score the extractor on seeded layout variants: ``python benchmarks/score_variants.py 0-499``.

Options: ``--scan`` also (``--scan-only`` only) the scanned copies (Tesseract); ``--every K``
takes every K-th seed of the range; ``--jobs N`` worker processes (default 2, run at nice 10);
``--json FILE`` writes the full summary; ``--misses`` prints what was missed per variant (the
development range only) as soon as that variant is scored, before the totals. Variants are cached outside git in ``.variants-cache/`` (``--cache``),
remade when the generator's source changes.

OCR'd pages are cached (``--ocr-cache DIR``, default ``$DOISOAT_CACHE/ocr``, the folder the
``doisoat`` CLI uses, else ``~/.cache/doisoat/ocr``) under the key ``extractor/ocr.py`` gives a
page: file hash, page, dpi, Tesseract version, ``OCR_VERSION``, layout settings. A re-score after
a change outside OCR (headers, stitching, reconcile) then reads no image and costs seconds per
variant; a change to what OCR reads bumps ``OCR_VERSION`` and misses. The report counts the pages
read from the cache: their seconds per page are no OCR speed. ``--no-ocr-cache`` OCRs every page
(to time OCR).

``--producer chromium`` prints the same variants (content, layout, truth) as HTML through headless
Chromium instead of our reportlab drawing (``corpus/variant_html.py``): other text runs, borders as
rectangles, merged header cells by rowspan/colspan, Chromium's page breaks. Text layer only; the
truth's pages are where Chromium put the rows. ``--producer libreoffice`` opens that HTML in
LibreOffice Writer and exports the PDF (``corpus/variant_writer.py``): Writer's text runs, cell borders,
page breaks and rows split across them; the truth's pages are read back from the printed text.

``--force continuation_no_header,stt_in_name`` turns layout features on in every variant of
the range (development seeds only; ``corpus.variants.FORCIBLE``), to study a rare feature and its
combinations over hundreds of seeds; forced variants are cached apart.

Seeds 0-499 are the development range. Seeds 500-999 are held out: refused without ``--heldout``,
and their misses are never printed. See corpus/variants.py. Seeds from 1000 on are accepted: each
further thousand is a fresh range, run once untouched (a check of what the last fixes carry to
layouts nobody tuned on) before it becomes development material; README.md says which have been.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.variant_score import (  # noqa: E402
    DEFAULT_CACHE,
    PRODUCERS,
    HeldOutError,
    Result,
    check_range,
    format_report,
    run,
    summarise,
)
from corpus.variants import check_force, parse_seeds  # noqa: E402
from reconcile.cache import default_cache_root  # noqa: E402


def print_misses(r: Result) -> None:
    """One variant's misses, flushed at once (a run of a thousand seeds under load takes hours)."""
    if r.error or r.missed or r.spurious:
        lines = [f"--- v{r.seed:04d} {r.path}: {r.error or ''}"]
        lines += [f"   missed   {m}" for m in r.missed]
        lines += [f"   spurious {m}" for m in r.spurious]
        print("\n".join(lines), flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the extractor on seeded layout variants.")
    parser.add_argument("seeds", help="seed range, e.g. 0-499 or 0-49,77")
    parser.add_argument("--scan", action="store_true", help="score the scanned copies too")
    parser.add_argument("--scan-only", action="store_true", help="score only the scanned copies")
    parser.add_argument("--every", type=int, default=1, help="take every K-th seed")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--json", type=Path, help="write the summary as JSON")
    parser.add_argument("--misses", action="store_true", help="print missed and spurious cells per variant")
    parser.add_argument("--heldout", action="store_true", help="allow the held-out seeds 500-999")
    parser.add_argument("--ocr-cache", type=Path, default=None,
                        help="cache OCR'd pages here [default: $DOISOAT_CACHE/ocr, else ~/.cache/doisoat/ocr]")
    parser.add_argument("--no-ocr-cache", action="store_true", help="OCR every page (to time OCR)")
    parser.add_argument("--force", default="", help="features forced on, comma-separated (dev seeds only)")
    parser.add_argument("--producer", choices=PRODUCERS, default="reportlab",
                        help="what prints the PDFs: our reportlab drawing, or HTML through headless Chromium or LibreOffice Writer (text only)")
    args = parser.parse_args(argv)
    seeds = parse_seeds(args.seeds)[:: max(1, args.every)]
    force = [f for f in args.force.split(",") if f.strip()]
    try:
        check_range(seeds, args.heldout)
        check_force(force, seeds)
        if args.producer != "reportlab" and (args.scan or args.scan_only):
            raise ValueError(f"the {args.producer} producer makes no scanned copies: drop --scan")
    except (HeldOutError, ValueError) as exc:
        print(f"score_variants: {exc}", file=sys.stderr)
        return 2
    ocr_cache = None if args.no_ocr_cache else (args.ocr_cache or default_cache_root() / "ocr")
    paths = ["scan"] if args.scan_only else (["text", "scan"] if args.scan else ["text"])
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done % 25 == 0 or done == total:
            print(f"  {done}/{total} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)

    results = run(seeds, paths, cache=args.cache, jobs=args.jobs, heldout=args.heldout, progress=progress, force=force,
                  ocr_cache=ocr_cache, on_result=print_misses if args.misses and not args.heldout else None,
                  producer=args.producer)
    summary = summarise(results)
    summary["run"] = {"producer": args.producer, "seeds": args.seeds, "every": args.every, "force": sorted(set(force)), "n": len(seeds), "paths": paths,
                      "wall_seconds": round(time.perf_counter() - started, 1), "heldout": args.heldout,
                      "ocr_cache": str(ocr_cache) if ocr_cache is not None else None}
    print(format_report({k: v for k, v in summary.items() if k != "run"}))
    print(f"wall time {summary['run']['wall_seconds']} s for {len(results)} variant runs on {args.jobs} workers")
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
