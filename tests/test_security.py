"""Security of what doisoat writes and keeps: formula cells in CSV/XLSX, a cache that cannot run
code, credentials never stored or printed, ``cache clear`` removing only its own entries.

Every input is generated here; each test checks the message, the exit code and that the rest of
the batch was still read.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cache import CACHE_SCHEMA
from reconcile.cli import main
from reconcile.store import FindingsStore, redact_credentials
from reconcile.writers.flat import formula_like
from tests import hostile

SEED_000 = hostile.SEED_000
FORMULA_NAMES = ("=HYPERLINK(1).txt", "+cmd.txt", "@SUM(A1).txt", "-2+3.txt")


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _hostile_names(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FORMULA_NAMES:
        shutil.copy(SEED_000, folder / name)
    # A row whose indicator and unit start like formulas, in a table like the seeds'.
    (folder / "bang.tsv").write_text(
        "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\tSo sánh (%)\n"
        "1\t=1+1 Diện tích lúa\t@ha\t1.000\t900\t90,0\n"
        "2\t-cmd|' /C calc'!A0 Sản lượng\t+tấn\t2.000\t2.100\t-105,0\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("command", ["check", "extract"])
def test_csv_never_holds_a_formula_and_numbers_stay_numbers(tmp_path: Path, command: str) -> None:
    folder = _hostile_names(tmp_path)
    out = tmp_path / "out.csv"
    code, _out, err = _run(command, str(folder), "--format", "csv", "-o", str(out), "-q")
    assert code in (0, 1), err
    records = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [c for rec in records[1:] for c in rec]
    assert cells
    assert not [c for c in cells if formula_like(c)]
    # The file names and the row's text are there, neutralised with an apostrophe.
    assert {f"'{n}" for n in FORMULA_NAMES} <= set(cells) | {f"'{c[1:]}" for c in cells if c.startswith("'")}
    # Plain numbers, negative ones included, are written as numbers.
    assert any(c.startswith("-") and c[1:2].isdigit() for c in cells) or command == "check"
    assert all(not c.startswith("'") or not c[1:].replace(",", "").replace(".", "").lstrip("-").isdigit() for c in cells)


def test_xlsx_keeps_formula_like_text_as_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    folder = _hostile_names(tmp_path)
    out = tmp_path / "out.xlsx"
    code, _out, err = _run("check", str(folder), "--format", "xlsx", "-o", str(out), "-q")
    assert code == 1, err
    wb = load_workbook(out)
    texts = [c for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(c.value in FORMULA_NAMES for c in texts)
    assert all(c.data_type == "s" for c in texts if c.value[:1] in "=+-@")


# ----------------------------------------------------------------------------- the cache


class _Planted:
    """Unpickling this writes a marker file: what a planted cache entry used to be able to do."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, str]]:
        return (shutil.copy, (str(SEED_000), str(self.marker)))


def _cache_entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("documents-v*/??/*"))


def test_a_planted_or_damaged_cache_entry_runs_nothing_and_is_a_miss(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(4):
        shutil.copy(SEED_000, folder / f"bao_cao_{i}.txt")
        with open(folder / f"bao_cao_{i}.txt", "a", encoding="utf-8") as fh:
            fh.write("\n" * (i + 1))  # four contents: four entries
    cache = tmp_path / "cache"
    code, first, err = _run("check", str(folder), "--cache-dir", str(cache), "--format", "json")
    assert code == 1, err
    entries = _cache_entries(cache)
    assert len(entries) == 4
    marker = tmp_path / "pwned"
    damage = [
        pickle.dumps({"schema": 1, "document": _Planted(marker)}),
        b'{"schema": %d, "document": ' % CACHE_SCHEMA + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"schema": %d, "document": {"id": 1e999999' % CACHE_SCHEMA + b', "rows": "' + b"9" * 5000 + b'"}}',
        entries[3].read_bytes()[: len(entries[3].read_bytes()) // 2],
    ]
    for entry, data in zip(entries, damage, strict=True):
        entry.write_bytes(data)
    code, again, err = _run("check", str(folder), "--cache-dir", str(cache), "--format", "json")
    assert code == 1, err
    assert not marker.exists()
    assert "Traceback" not in err and "error:" not in err
    assert json.loads(again)["findings"] == json.loads(first)["findings"]
    # The damaged entries were replaced by good ones.
    assert all(json.loads(e.read_bytes())["schema"] == CACHE_SCHEMA for e in _cache_entries(cache))


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_a_cache_folder_others_may_write_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    code, out, err = _run("check", str(folder), "--cache-dir", str(cache), "--format", "json")
    assert code == 1
    assert "có thể bị người dùng khác ghi vào" in err and "chạy không dùng bộ đệm" in err
    assert any("may be written by other users" in w and "running without the cache" in w for w in json.loads(out)["warnings"])
    assert [d["id"] for d in json.loads(out)["documents"]] == ["ok.txt"]
    assert _cache_entries(cache) == []


def test_cache_clear_removes_only_its_own_entries(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    cache = tmp_path / "cache"
    assert _run("check", str(folder), "--cache-dir", str(cache), "-q")[0] == 1
    assert _cache_entries(cache)
    keep = [cache / "ocr" / "important.txt", cache / "ocr" / "ocr" / "ab" / "notes.txt", cache / "mine.json",
            cache / f"documents-v{CACHE_SCHEMA}" / "ab" / "not-an-entry.json"]
    for path in keep:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("keep me", encoding="utf-8")
    code, _out, err = _run("cache", "clear", "--cache-dir", str(cache))
    assert code == 0, err
    assert "đã xoá 1 văn bản và" in err
    assert all(p.read_text(encoding="utf-8") == "keep me" for p in keep)
    assert [p for p in _cache_entries(cache) if p.name != "not-an-entry.json"] == []


# ----------------------------------------------------------------------------- credentials


def test_a_store_password_is_never_kept_nor_printed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    db = tmp_path / "findings.sqlite"
    from reconcile import api

    result = api.check([folder])
    args = ["check", str(folder), "--store", "postgresql://ktv:mat-khau-bi-mat@db.local/doisoat",
            "--other=https://u:p4ss@example.org/x?token=abc123"]
    with contextlib.closing(FindingsStore(db)) as store:
        store.record_run("check", args, result)
    # A run recorded by an older doisoat, password and all: masked when read.
    with contextlib.closing(sqlite3.connect(db)) as conn:
        raw = conn.execute("SELECT args FROM runs").fetchone()[0]
        conn.execute("INSERT INTO runs (started_at, command, args, tool_version, store_schema) VALUES "
                     "('2026-01-01 00:00:00', 'check', ?, 'old', 1)",
                     (json.dumps(["--store", "postgresql://ktv:cu-bi-mat@db/doisoat"]),))
        conn.commit()
    assert "mat-khau-bi-mat" not in raw and "p4ss" not in raw and "abc123" not in raw
    for fmt in ("table", "json"):
        code, out, err = _run("history", "--store", str(db), "--format", fmt)
        assert code == 0, err
        assert "mat-khau-bi-mat" not in out and "cu-bi-mat" not in out and "p4ss" not in out
        assert "ktv:***@db" in out


def test_an_unreachable_store_with_a_password_is_one_line_without_it(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_000, folder / "ok.txt")
    report = tmp_path / "r.json"
    code, _out, err = _run("check", str(folder), "--store",
                           "postgresql://ktv:mat-khau-bi-mat@127.0.0.1:1/doisoat?connect_timeout=3",
                           "--format", "json", "-o", str(report), "-q")
    assert code == 2
    assert "mat-khau-bi-mat" not in err
    assert len([ln for ln in err.splitlines() if ln.startswith("error:")]) == 1
    assert json.loads(report.read_text(encoding="utf-8"))["documents"]


def test_redaction_keeps_everything_but_the_secret() -> None:
    assert redact_credentials("postgresql+psycopg://ktv:pw@db:5432/x") == "postgresql+psycopg://ktv:***@db:5432/x"
    assert redact_credentials("postgresql://db/x?user=a&password=pw") == "postgresql://db/x?user=a&password=***"
    assert redact_credentials("corpus/huyenA") == "corpus/huyenA"
