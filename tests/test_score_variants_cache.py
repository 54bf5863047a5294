"""The variant scorer's OCR cache (benchmarks/variant_score.py ``ocr_cache``): a re-score reads
its pages from the cache, scores the same, and says that its seconds are no OCR speed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.variant_score import format_report, run_one, summarise
from extractor.ocr import tesseract_available

SAMPLE = Path(__file__).parent / "data" / "variants"
OK, REASON = tesseract_available()


@pytest.mark.skipif(not OK, reason=f"needs Tesseract with 'vie': {REASON}")
def test_a_second_score_of_a_scan_reads_its_pages_from_the_ocr_cache_and_scores_the_same(tmp_path: Path) -> None:
    folder = tmp_path / "variants"
    folder.mkdir()
    for name in ("v0004.truth.json", "v0004.pdf", "v0004_scan.pdf"):
        shutil.copy(SAMPLE / name, folder / name)
    cache = tmp_path / "ocr"

    first = run_one(4, "scan", str(folder), True, ocr_cache=str(cache))
    assert first.error is None
    assert first.score.pages_ocr_cached == 0, "nothing was cached yet"
    assert list((cache / "ocr").rglob("*.json")), "the OCR'd page was written to the cache"

    second = run_one(4, "scan", str(folder), True, ocr_cache=str(cache))
    assert second.score.pages_ocr_cached == second.score.pages == 1
    assert (second.score.cells_exact, second.score.cells_extracted, second.missed) == (
        first.score.cells_exact, first.score.cells_extracted, first.missed)
    assert second.score.cells_exact > 0

    report = format_report(summarise([second]))
    assert "1 read from the OCR cache" in report
    assert "read from the OCR cache" not in format_report(summarise([first]))

    uncached = run_one(4, "scan", str(folder), True)
    assert uncached.score.pages_ocr_cached == 0
    assert uncached.score.cells_exact == first.score.cells_exact
