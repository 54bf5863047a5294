"""Document identity: a document is its path under the input root (NFC) plus its content hash, in
ids, baselines, SARIF, the store and history; the same file given twice is read once; a store
that fails never costs the report; ``-o`` never overwrites an input nor is read back as one.

Every input is generated here (copies of seed 000 under district folders).
"""

from __future__ import annotations

import json
import os
import shutil
import unicodedata
from pathlib import Path

from click.testing import CliRunner

from reconcile.cli import main
from tests import hostile

SEED_000 = hostile.SEED_000


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _two_districts(tmp_path: Path) -> tuple[Path, Path]:
    """huyenA/bao_cao.txt and huyenB/bao_cao.txt: the same findings, different files (B has one
    more blank line at the end, so a different content hash)."""
    a = tmp_path / "huyenA" / "bao_cao.txt"
    b = tmp_path / "huyenB" / "bao_cao.txt"
    for path in (a, b):
        path.parent.mkdir()
    shutil.copy(SEED_000, a)
    b.write_bytes(SEED_000.read_bytes() + b"\n")
    return a, b


def test_two_districts_reports_of_one_name_are_two_documents(tmp_path: Path) -> None:
    _two_districts(tmp_path)
    code, out, err = _run("check", str(tmp_path / "huyenA"), str(tmp_path / "huyenB"), "--format", "json")
    assert code == 1, err
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["huyenA/bao_cao.txt", "huyenB/bao_cao.txt"]
    assert [d["relative_path"] for d in data["documents"]] == ["huyenA/bao_cao.txt", "huyenB/bao_cao.txt"]
    per_doc = {d: sum(f["document"] == d for f in data["findings"]) for d in ("huyenA/bao_cao.txt", "huyenB/bao_cao.txt")}
    assert per_doc["huyenA/bao_cao.txt"] == per_doc["huyenB/bao_cao.txt"] > 0


def test_one_districts_baseline_does_not_hide_anothers_errors(tmp_path: Path) -> None:
    a, b = _two_districts(tmp_path)
    baseline = tmp_path / "baseline.json"
    code, _out, err = _run("check", str(a.parent), "--write-baseline", str(baseline), "-q")
    assert code == 1, err
    code_a, _out, _err = _run("check", str(a.parent), "--baseline", str(baseline), "-q")
    assert code_a == 0  # its own findings accepted
    code_b, out_b, err_b = _run("check", str(b.parent), "--baseline", str(baseline), "--format", "json")
    assert code_b == 1, err_b  # huyenB's findings are its own, not huyenA's
    data = json.loads(out_b)
    assert data["suppressed"] == [] and data["findings"]
    # Both together: A's accepted, B's reported.
    code, out, _err = _run("check", str(a.parent), str(b.parent), "--baseline", str(baseline), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert {f["document"] for f in data["suppressed"]} == {"huyenA/bao_cao.txt"}
    assert {f["document"] for f in data["findings"]} == {"huyenB/bao_cao.txt"}


def test_a_baseline_survives_an_nfc_to_nfd_rename(tmp_path: Path) -> None:
    folder = tmp_path / "huyen"
    folder.mkdir()
    nfc_name = unicodedata.normalize("NFC", "báo_cáo.txt")
    shutil.copy(SEED_000, folder / nfc_name)
    baseline = tmp_path / "baseline.json"
    assert _run("check", str(folder), "--write-baseline", str(baseline), "-q")[0] == 1
    os.rename(folder / nfc_name, folder / unicodedata.normalize("NFD", nfc_name))
    code, out, err = _run("check", str(folder), "--baseline", str(baseline), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["findings"] == [] and data["suppressed"]
    assert data["documents"][0]["relative_path"] == f"huyen/{nfc_name}"


def test_sarif_points_each_finding_at_its_own_file(tmp_path: Path) -> None:
    a, b = _two_districts(tmp_path)
    sarif = tmp_path / "out.sarif"
    code, _out, _err = _run("check", str(a.parent), str(b.parent), "--format", "sarif", "-o", str(sarif), "-q")
    assert code == 1
    run = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"] if r.get("locations")]
    assert any(u.endswith("huyenA/bao_cao.txt") for u in uris)
    assert any(u.endswith("huyenB/bao_cao.txt") for u in uris)
    assert len({a["location"]["uri"] for a in run["artifacts"]}) == 2


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    ok = tmp_path / "ok.txt"
    shutil.copy(SEED_000, ok)
    once_code, once, _ = _run("check", str(ok), "--format", "json")
    code, out, err = _run("check", str(ok), str(tmp_path / "." / "ok.txt"), "--format", "json")
    assert code == once_code == 1
    assert "cùng một tệp với" in err and "chỉ đọc một lần" in err  # said in the reader's language (vi by default)
    assert json.loads(out)["warnings"] == [f"{tmp_path / '.' / 'ok.txt'}: the same file as {ok}, read once"]  # JSON: English
    assert json.loads(out)["findings"] == json.loads(once)["findings"]
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]


def test_history_keeps_two_districts_apart(tmp_path: Path) -> None:
    a, b = _two_districts(tmp_path)
    store = tmp_path / "findings.sqlite"
    assert _run("check", str(a.parent), str(b.parent), "--store", str(store), "-q")[0] == 1
    code, _out, err = _run("history", "--store", str(store), "--document", "bao_cao.txt")
    assert code == 2
    assert "names 2 documents" in err and "huyenA/bao_cao.txt" in err and "huyenB/bao_cao.txt" in err
    code, out, err = _run("history", "--store", str(store), "--document", "huyenA/bao_cao.txt", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["runs"] and all(f["document"] == "huyenA/bao_cao.txt" for r in data["runs"] for f in r["new"])


def test_a_store_that_cannot_be_written_keeps_the_report(tmp_path: Path) -> None:
    ok = tmp_path / "in" / "ok.txt"
    ok.parent.mkdir()
    shutil.copy(SEED_000, ok)
    store = tmp_path / "not-a-database.sqlite"
    store.write_bytes(b"this is not SQLite " * 100)
    report = tmp_path / "report.json"
    code, _out, err = _run("check", str(ok.parent), "--store", str(store), "--format", "json", "-o", str(report), "-q")
    assert code == 2
    [line] = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "findings store" in line and "Traceback" not in err
    assert [d["id"] for d in json.loads(report.read_text(encoding="utf-8"))["documents"]] == ["ok.txt"]


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    ok = folder / "ok.txt"
    shutil.copy(SEED_000, ok)
    before = ok.read_bytes()
    for target, given in ((ok, str(ok)), (ok, str(folder))):
        code, _out, err = _run("check", given, "--format", "json", "-o", str(target))
        assert code == 2
        assert "sẽ ghi đè lên một báo cáo đầu vào" in err
        assert ok.read_bytes() == before


def test_a_report_written_into_the_input_folder_is_not_read_back(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    for fmt, name in (("html", "report.html"), ("json", "report.json.txt"), ("table", "report.txt")):
        code, _out, err = _run("check", str(folder), "--format", fmt, "-o", str(folder / name), "-q")
        assert code == 1, err
    code, out, err = _run("check", str(folder), "--format", "json")
    assert code == 1
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]
    assert "bỏ qua 3 báo cáo do doisoat viết ra: report.html, report.json.txt, report.txt" in err
    _, _, err = _run("check", str(folder), "--format", "json", "--lang", "en")
    assert "skipped 3 reports written by doisoat: report.html, report.json.txt, report.txt" in err


def test_history_takes_a_whole_path_for_its_relative_path(tmp_path: Path) -> None:
    a, b = _two_districts(tmp_path)
    store = tmp_path / "findings.sqlite"
    assert _run("check", str(a.parent), str(b.parent), "--store", str(store), "-q")[0] == 1
    code, out, err = _run("history", "--store", str(store), "--document", str(b), "--format", "json")
    assert code == 0, err
    assert {f["document"] for r in json.loads(out)["runs"] for f in r["new"]} == {"huyenB/bao_cao.txt"}


def test_a_store_locked_by_another_writer_keeps_the_report(tmp_path: Path) -> None:
    import sqlite3

    ok = tmp_path / "in" / "ok.txt"
    ok.parent.mkdir()
    shutil.copy(SEED_000, ok)
    store = tmp_path / "findings.sqlite"
    assert _run("check", str(ok.parent), "--store", str(store), "-q")[0] == 1  # the store exists
    report = tmp_path / "report.json"
    writer = sqlite3.connect(store, timeout=0)
    try:
        writer.execute("BEGIN EXCLUSIVE")  # another run holding the store
        code, _out, err = _run("check", str(ok.parent), "--store", str(store), "--format", "json",
                               "-o", str(report), "-q")
    finally:
        writer.rollback()
        writer.close()
    assert code == 2
    [line] = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert "findings store" in line and "locked" in line
    assert [d["id"] for d in json.loads(report.read_text(encoding="utf-8"))["documents"]] == ["ok.txt"]
