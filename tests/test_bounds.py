"""Resource bounds: within-document matching through a name index (never every row against every
row), colspan amplification, and --timeout-per-document over a document's checks.

Speed and memory are measured by benchmarks/bench_hostile.py; here the work is counted (pairs of
names scored), which does not depend on the machine.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from click.testing import CliRunner

from extractor.documents import file_to_document
from reconcile.cli import main
from reconcile.engine.blocking import NameIndex, TokenIndex
from reconcile.engine.checks import internal
from reconcile.engine.settings import CheckSettings
from tests import hostile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench_hostile import COLSPAN_HTML, report_text  # noqa: E402

SEED_000 = hostile.SEED_000


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _real_names_report(tmp_path: Path) -> Path:
    """Three tables of the seeds' own indicator names; the third prints 60 of them again with
    other values (each an internal_mismatch to find)."""
    import random

    names: list[str] = []
    for seed in sorted((ROOT / "corpus").glob("00*.txt")):
        names += [r.indicator for r in file_to_document(seed).rows if r.table is not None and r.indicator]
    names = list(dict.fromkeys(n.replace("\t", " ") for n in names if 8 <= len(n) <= 120))
    rng = random.Random(11)
    rng.shuffle(names)
    half = len(names) // 2
    tables = [names[:half], names[half:], rng.sample(names, 60)]
    lines = []
    for t, table in enumerate(tables, start=1):
        lines += ["", f"BIỂU {t:02d}", "", "STT\tChỉ tiêu\tĐơn vị tính\tKH năm 2024\tThực hiện năm 2024"]
        lines += [f"{i}\t{n}\tha\t{1000 + 7 * i + t}\t{900 + 5 * i + t}" for i, n in enumerate(table, start=1)]
    path = tmp_path / "bao_cao.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_blocked_names_find_what_scoring_every_pair_finds(tmp_path: Path) -> None:
    doc = file_to_document(_real_names_report(tmp_path))
    keys = {r.key for r in doc.rows if r.key}
    exact, blocked = NameIndex(keys), TokenIndex(keys)
    found = {(a, b) for a in exact.keys for b in exact.scores_of(a)}
    blocked_found = {(a, b) for a in blocked.keys for b in blocked.scores_of(a)}
    # Blocked scores are exact scores, and on real names every pair is found.
    assert blocked_found <= found
    assert len(blocked_found) >= 0.98 * len(found), (len(blocked_found), len(found))
    # The within-document check finds the same mismatches either way.
    settings = CheckSettings()
    with_exact = internal.check_internal(doc, settings)
    old_limit = internal.EXACT_NAMES
    internal.EXACT_NAMES = 0
    try:
        with_blocks = internal.check_internal(doc, settings)
    finally:
        internal.EXACT_NAMES = old_limit
    assert len(with_exact) >= 50
    assert with_blocks == with_exact


def test_blocked_index_on_generated_names_finds_every_repeated_name() -> None:
    # The benchmark's names share nothing but words common to hundreds of names ("xã ... thôn 1"):
    # there names are compared within a length window only, but a name printed twice is found.
    names = [line.split("\t")[1] for line in report_text(1500).splitlines() if line[:1].isdigit()]
    exact, blocked = NameIndex(names), TokenIndex(names)
    found = {(a, b) for a in exact.keys for b in exact.scores_of(a)}
    blocked_found = {(a, b) for a in blocked.keys for b in blocked.scores_of(a)}
    assert blocked_found <= found
    assert {(a, a) for a in exact.keys} <= blocked_found


def test_blocked_work_grows_linearly_with_the_names(tmp_path: Path) -> None:
    work = {}
    for rows in (3000, 6000, 12000):
        text = report_text(rows)
        names = [line.split("\t")[1] for line in text.splitlines() if line[:1].isdigit()]
        work[rows] = TokenIndex(names).pairs_scored
    assert work[12000] <= 2.5 * work[6000] and work[6000] <= 2.5 * work[3000], work
    # Far below every pair: 12,000 names all against all are 144 million pairs.
    assert work[12000] < 12000 * 12000 / 20, work


def test_colspan_cannot_amplify_a_small_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    (folder / "colspan.html").write_text(COLSPAN_HTML, encoding="utf-8")
    many = "".join('<td colspan="1000">x</td>' for _ in range(2100))
    (folder / "many.html").write_text(f"<table><tr>{many}</tr></table>", encoding="utf-8")
    code, out, err = _run("extract", str(folder), "--format", "json")
    assert code == 2, err
    data = json.loads(out)
    assert sorted(d["id"] for d in data["documents"]) == ["colspan.html", "ok.txt"]
    # The spanning header is cut to the table's real width: five columns, not five million.
    assert max(len(r["cells"]) for r in data["rows"] if r["document"] == "colspan.html") <= 5
    [line] = [ln for ln in err.splitlines() if ln.startswith("error:")]
    # Said in Vietnamese (it was English inside the Vietnamese line), English in JSON.
    assert "many.html" in line and "các bảng HTML trải ra hơn 2 triệu ô (không phải báo cáo)" in line
    assert [f["reason"] for f in data["failures"]] == ["HTML tables span more than 2 million cells (not a report)"]


def test_the_timeout_bounds_a_documents_checks(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    cache = tmp_path / "cache"
    assert _run("check", str(folder), "--cache-dir", str(cache), "-q")[0] == 1
    # Read from the cache (no reading to time out): the checks themselves run past the budget.
    code, out, err = _run("check", str(folder), "--cache-dir", str(cache), "--timeout-per-document", "0.0001",
                          "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["ok.txt"]
    assert data["failures"] == [{"path": str(folder / "ok.txt"),
                                 "reason": "checks timed out after 0.0001 s (the file was read; its findings are not known)"}]
    assert "kiểm tra quá thời gian 0.0001 giây" in err  # the reason people read, in Vietnamese by default
    # A budget the checks fit in changes nothing.
    code, out, _err = _run("check", str(folder), "--cache-dir", str(cache), "--timeout-per-document", "600",
                           "--format", "json")
    assert code == 1 and json.loads(out)["failures"] == [] and json.loads(out)["findings"]


def test_plans_printed_twice_pairs_are_the_full_matrix_pairs(tmp_path: Path) -> None:
    import itertools

    from normalizers.names import MATCH_CUTOFF, similarity_matrix

    doc = file_to_document(_real_names_report(tmp_path))
    rows = [r for r in doc.rows if r.key][:400]
    matrix = similarity_matrix([r.key for r in rows], [r.key for r in rows])
    full = [(i, j, float(matrix[i, j])) for i, j in itertools.combinations(range(len(rows)), 2)
            if matrix[i, j] >= MATCH_CUTOFF]
    assert full and internal._similar_pairs(rows) == full
