"""Faults around the files: one line and exit 2 for every failure (never a traceback with exit 1,
which means "findings"), nothing skipped without a word, and only regular files read.

Every input is generated here; each test checks the message, the exit code and that the rest of
the batch was still read.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.documents import PROSE_LINE_MAX, bounded_lines
from extractor.model import Provenance, TextLine
from reconcile.cli import main
from reconcile.errors import describe
from tests import hostile

SEED_000 = hostile.SEED_000
ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> tuple[int, str, str]:
    # English: these tests pin the reasons' wording; test_bad_input pins the Vietnamese default.
    result = CliRunner().invoke(main, list(args), env={"DOISOAT_LANG": "en"}, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("error:")]


def _batch(tmp_path: Path) -> Path:
    """A folder holding one good report."""
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    return folder


# ----------------------------------------------------------------------------- output that cannot be written


@pytest.mark.parametrize("where", ["missing-folder", "dev-full"])
def test_output_that_cannot_be_written_is_one_line_and_exit_2(tmp_path: Path, where: str) -> None:
    target = str(tmp_path / "missing" / "report.json") if where == "missing-folder" else "/dev/full"
    if where == "dev-full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    code, _out, err = _run("check", str(_batch(tmp_path)), "--format", "json", "-o", target, "-q")
    assert code == 2, err
    assert "Traceback" not in err
    assert _error_lines(err) == [_error_lines(err)[0]]
    assert target in _error_lines(err)[0] and "no report was written" in err
    # No temporary file left beside the target.
    assert not list(tmp_path.glob("**/.report.json.*"))


def test_stdout_to_a_full_device_is_one_line_and_exit_2(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "reconcile", "check", str(_batch(tmp_path)), "--format", "json", "-q"],
            stdout=full, stderr=subprocess.PIPE, text=True, timeout=300, cwd=ROOT,
        )
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == ["error: không ghi được ra đầu ra chuẩn (hết chỗ trống trên thiết bị)"]


def test_baseline_into_a_missing_folder_keeps_the_report(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    code, _out, err = _run("check", str(_batch(tmp_path)), "--format", "json", "-o", str(report),
                           "--write-baseline", str(tmp_path / "missing" / "baseline.json"), "-q")
    assert code == 2
    assert "Traceback" not in err
    [line] = _error_lines(err)
    assert "baseline.json" in line
    assert [d["id"] for d in json.loads(report.read_text(encoding="utf-8"))["documents"]] == ["ok.txt"]


def test_a_baseline_nested_100000_deep_is_bad_input(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, _out, err = _run("check", str(_batch(tmp_path)), "--baseline", str(deep), "-q")
    assert code == 2
    assert _error_lines(err) == [f"error: {deep}: not a doisoat baseline (nested too deep)"]


def test_a_malformed_scheduler_address_is_one_line_and_exit_2(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    code, _out, err = _run("check", str(_batch(tmp_path)), "--no-cache", "--executor", "dask",
                           "--scheduler", "not-an-address", "-q")
    assert code == 2, err
    [line] = _error_lines(err)
    assert line.startswith("error: cannot use the Dask scheduler not-an-address")


def test_interrupt_anywhere_says_so() -> None:
    assert describe(KeyboardInterrupt()) == (130, "doisoat: interrupted")


def test_a_file_name_with_terminal_escapes_cannot_forge_lines(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    evil = folder / "x\x1b[2J\rerror: forged.txt"
    evil.write_bytes(b"")
    code, _out, err = _run("check", str(folder), "-q")
    assert code == 2
    assert "\x1b" not in err and "\r" not in err
    [line] = _error_lines(err)
    assert "\\x1b[2J\\rerror: forged.txt" in line and line.endswith("empty file")


# ----------------------------------------------------------------------------- timeouts


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "1e10", "0", "-1"])
def test_timeout_must_be_a_finite_positive_number(tmp_path: Path, value: str) -> None:
    code, _out, err = _run("check", str(_batch(tmp_path)), "--timeout-per-document", value)
    assert code == 2
    assert "--timeout-per-document must be a number of seconds above 0" in err
    assert "Traceback" not in err


# ----------------------------------------------------------------------------- only regular files


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
def test_a_fifo_in_a_folder_or_named_is_refused_at_once(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    # Nobody writes to the FIFO: reading it would hang, so the test has a guard.
    done = subprocess.run(
        [sys.executable, "-m", "reconcile", "check", str(folder), str(fifo), "--format", "json", "-q", "--lang", "en"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    lines = _error_lines(done.stderr)
    assert lines and all("pipe.txt" in line and "regular files only" in line for line in lines)
    assert [d["id"] for d in json.loads(done.stdout)["documents"]] == ["ok.txt"]


@pytest.mark.parametrize("command", ["check", "diff"])
def test_dev_zero_is_refused_before_reading(tmp_path: Path, command: str) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    ok = _batch(tmp_path) / "ok.txt"
    code, out, err = _run(command, str(ok), "/dev/zero", "--format", "json")
    assert code == 2
    assert _error_lines(err) == ["error: /dev/zero: a device: doisoat reads regular files only"]
    if command == "check":
        assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]


# ----------------------------------------------------------------------------- nothing skipped silently


def test_a_folder_without_reports_is_not_a_success(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _out, err = _run("check", str(empty))
    assert code == 2
    assert _error_lines(err) == [f"error: no report was read from {empty}: no report files found"]


def test_a_folder_of_unsupported_files_names_them_and_fails(tmp_path: Path) -> None:
    folder = tmp_path / "docx"
    folder.mkdir()
    (folder / "bao_cao.docx").write_bytes(b"PK\x03\x04")
    code, _out, err = _run("check", str(folder))
    assert code == 2
    assert "bao_cao.docx" in err and "not a report file" in err
    assert _error_lines(err) == [f"error: no report was read from {folder}: everything there was skipped (see the warnings)"]


def test_corpus_metadata_is_skipped_by_name_and_by_ignore_file_and_said(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    prose = folder / "prose"
    prose.mkdir()
    (prose / "districts.tsv").write_text("slug\tunit\tdistrict\nan-khe\tthị xã\tAn Khê\n", encoding="utf-8")
    (prose / "SOURCES.md").write_text("# Sources\n\nBáo cáo số 12/BC-UBND, 2.500 ha đạt 71,4%.\n", encoding="utf-8")
    (prose / ".doisoatignore").write_text("# metadata\ndistricts.tsv\n", encoding="utf-8")
    code, out, err = _run("check", str(folder), "--format", "json")
    assert code == 1, err  # the seed's findings; nothing failed
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == ["ok.txt"]
    assert any("prose/SOURCES.md" in w and "documentation" in w for w in data["warnings"])
    assert any(".doisoatignore" in w and "prose/districts.tsv" in w for w in data["warnings"])
    assert not _error_lines(err)


def test_a_linked_folder_is_named_not_followed(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    target = tmp_path / "elsewhere"
    target.mkdir()
    shutil.copy(SEED_000, target / "other.txt")
    (folder / "linked").symlink_to(target, target_is_directory=True)
    code, out, err = _run("check", str(folder), "--format", "json")
    assert code == 1
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]
    assert "skipped 1 link to a folder, not followed" in err and "linked" in err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads a chmod 000 folder")
def test_an_unreadable_subfolder_is_a_failure(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    shutil.copy(SEED_000, locked / "hidden.txt")
    locked.chmod(0)
    try:
        code, out, err = _run("check", str(folder), "--format", "json")
    finally:
        locked.chmod(0o700)
    assert code == 2
    [line] = _error_lines(err)
    assert "locked" in line and "folder cannot be read" in line
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]


def test_a_paragraph_over_a_million_characters_keeps_its_figures() -> None:
    sentence = "Tổng sản lượng lương thực đạt 41.160 tấn, bằng 100,1% kế hoạch. "
    filler = "Các xã tiếp tục triển khai nhiệm vụ theo kế hoạch. " * 20_000
    text = sentence + filler + sentence + filler + sentence
    assert len(text) > 1_000_000
    line = TextLine(text, Provenance(page=1, line=1))
    pieces, notes = bounded_lines([line])
    assert "".join(p.text for p in pieces) == text
    assert all(len(p.text) <= PROSE_LINE_MAX for p in pieces)
    # Cut at sentence ends: every figure stays whole in one piece.
    assert sum(p.text.count("41.160 tấn, bằng 100,1% kế hoạch") for p in pieces) == 3
    # The count without a thousands separator: "1,000,000" is a million in English and one in Vietnamese.
    assert notes == [f"line 1: {len(text)} characters without a line break, read in {len(pieces)} pieces cut at sentence ends"]
    from normalizers.messages import say
    from reconcile.i18n import translator

    assert say(notes[0], translator("vi")).startswith(f"dòng 1: {len(text)} ký tự không xuống dòng")


def test_a_long_paragraph_file_is_read_end_to_end(tmp_path: Path) -> None:
    # Over the cut length (the spaCy limit itself would cost half a minute here): the figures at
    # both ends and in the middle are read, and the document says it was cut.
    sentence = "Tổng sản lượng lương thực đạt 41.160 tấn, bằng 100,1% kế hoạch. "
    filler = "Các xã tiếp tục triển khai nhiệm vụ theo kế hoạch. " * 1_500
    path = tmp_path / "long.txt"
    path.write_text(sentence + filler + sentence + filler + sentence + "\n", encoding="utf-8")
    assert path.stat().st_size > PROSE_LINE_MAX
    code, out, err = _run("extract", str(path), "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert sum(r["key"].startswith("tong san luong luong thuc") for r in data["rows"]) == 3
    assert any("without a line break" in w for w in data["documents"][0]["warnings"])


def test_unicode_normalisation_of_names_does_not_split_a_batch(tmp_path: Path) -> None:
    folder = _batch(tmp_path)
    shutil.copy(SEED_000, folder / unicodedata.normalize("NFD", "báo_cáo.txt"))
    code, out, _err = _run("extract", str(folder), "--format", "json")
    assert code == 0
    assert sorted(d["id"] for d in json.loads(out)["documents"]) == sorted(["ok.txt", "báo_cáo.txt"])


def test_diff_honours_the_timeout(tmp_path: Path) -> None:
    ok = _batch(tmp_path) / "ok.txt"
    cache = tmp_path / "cache"
    assert _run("extract", str(ok), "--cache-dir", str(cache), "-q")[0] == 0  # read once, cached
    # Twenty thousand figures in one paragraph: many seconds to read on any machine.
    slow = tmp_path / "slow.txt"
    slow.write_text("Tổng sản lượng lương thực đạt 41.160 tấn, bằng 100,1% kế hoạch. " * 20_000 + "\n", encoding="utf-8")
    code, _out, err = _run("diff", str(ok), str(slow), "--cache-dir", str(cache), "--timeout-per-document", "2")
    assert code == 2
    assert _error_lines(err) == [f"error: {slow}: timed out after 2 s"]


def test_an_ocr_cache_entry_of_the_wrong_shape_is_a_miss(tmp_path: Path) -> None:
    from extractor.ocr import OCR_VERSION, _read_cache

    entry = tmp_path / "entry.json"
    shapes = [
        [1, 2, 3],
        {"ocr_version": OCR_VERSION, "number": 1, "grids": "not a list", "lines": [], "mean_confidence": 90},
        {"ocr_version": OCR_VERSION, "number": 1, "grids": [], "lines": [{"text": 5, "provenance": {}}],
         "mean_confidence": 90},
        {"ocr_version": OCR_VERSION, "number": "1e999999", "grids": [], "lines": [], "mean_confidence": 1e999},
    ]
    for shape in shapes:
        entry.write_text(json.dumps(shape), encoding="utf-8")
        assert _read_cache(entry) is None
    entry.write_text("[" * 100_000, encoding="utf-8")
    assert _read_cache(entry) is None
