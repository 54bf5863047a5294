"""``score_variants.py --misses`` prints each variant's misses as soon as it is scored: a run of a
thousand seeds under load takes hours, and misses printed only at its end were of no use while
it ran. The totals printed at the end stay what they were."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks.score_variants import main
from benchmarks.variant_score import Result, cache_folder, format_report, run, score_document, summarise
from extractor.documents import file_to_document
from reconcile.engine import document_to_findings

SAMPLE = Path(__file__).parent / "data" / "variants"


def _cache_with_one_wrong_cell(tmp_path: Path) -> tuple[Path, str]:
    """A variant cache holding v0004 and v0011, whose v0004 truth has one cell the page does not print."""
    cache = tmp_path / "cache"
    folder = cache_folder(cache)
    folder.mkdir(parents=True)
    for name in ("v0004.pdf", "v0004.truth.json", "v0011.pdf", "v0011.truth.json"):
        shutil.copy(SAMPLE / name, folder / name)
    truth = json.loads((folder / "v0004.truth.json").read_text(encoding="utf-8"))
    row, cell = next((r, c) for t in truth["tables"] for r in t["rows"] for c in r["cells"] if c["kind"] == "number")
    cell["value"] = cell["value"] + 1000003
    (folder / "v0004.truth.json").write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    return cache, row["indicator"]


def test_misses_are_printed_before_the_totals_and_the_totals_do_not_change(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    cache, indicator = _cache_with_one_wrong_cell(tmp_path)
    assert main(["4,11", "--jobs", "1", "--cache", str(cache), "--misses"]) == 0
    out = capsys.readouterr().out
    head = out.index("--- v0004 text")
    assert head < out.index("== text layer ==")
    assert f"   missed   {indicator} |" in out[head:]
    assert main(["4,11", "--jobs", "1", "--cache", str(cache)]) == 0
    plain = capsys.readouterr().out
    assert "--- v0004" not in plain
    assert _tables(out) == _tables(plain)


def _tables(out: str) -> list[str]:
    """The report's totals and per-feature table, without the timing that changes from run to run."""
    report = out[out.index("== text layer =="):out.index("wall time")]
    return [line for line in report.splitlines() if not line.startswith("seconds per page")]


def test_each_result_is_handed_over_as_it_finishes_in_a_pool_too(tmp_path: Path) -> None:
    cache, _ = _cache_with_one_wrong_cell(tmp_path)
    seen: list[Result] = []
    done: list[int] = []

    def progress(k: int, total: int) -> None:
        done.append(k)
        # A result is handed over before its progress tick, not gathered until the pool ends.
        assert len(seen) == k

    results = run([4, 11], ["text"], cache=cache, jobs=2, progress=progress, on_result=seen.append)
    assert done == [1, 2]
    assert sorted(r.seed for r in seen) == [4, 11]
    assert any(r.missed for r in seen if r.seed == 4)
    assert format_report(summarise(seen)) == format_report(summarise(results))


def test_a_broken_table_without_a_doubt_is_a_miss_of_its_variant(tmp_path: Path) -> None:
    """The end run of 8000-8999 counted one broken variant without a doubt, but --misses did not
    say which: a broken variant had no miss lines at all."""
    truth = json.loads((SAMPLE / "v0004.truth.json").read_text(encoding="utf-8"))
    truth["broken"] = True
    truth["tables"][0]["broken"] = "columns_shuffled"
    doc = file_to_document(SAMPLE / "v0004.pdf")
    findings = [f for f in document_to_findings(doc) if f.kind != "extraction_doubt"]
    score, missed, _ = score_document(truth, doc, findings)
    assert (score.broken, score.broken_with_doubt) == (1, 0)
    assert missed == ["no extraction_doubt on a broken table (columns_shuffled)"]


def test_an_ellipsis_read_as_three_dots_is_the_same_name() -> None:
    from benchmarks.variant_score import norm

    assert norm("Số hộ dân sử dụng dịch vụ giao dịch tài chính số,…)") == norm("Số hộ dân sử dụng dịch vụ giao dịch tài chính số,...)")
    assert norm("Tỷ lệ che phủ rừng") != norm("Tỷ lệ che phủ rừng...")
