"""The findings store: runs recorded in SQLite and in a real PostgreSQL server, history by fingerprint.

The acceptance scenario: a district re-issues report 000 with two lines corrected
(corpus/clean/000_clean.txt); the second run's history shows those findings as fixed.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import api
from reconcile.errors import StoreError
from reconcile.history import document_history_to_json, document_history_to_text, runs_to_json, runs_to_text
from reconcile.store import FindingsStore, default_store_url, store_url

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REPORT = CORPUS / "000_6a5e51584c6108a1.txt"
CORRECTED = CORPUS / "clean" / "000_clean.txt"


# ------------------------------------------------------------------------------ PostgreSQL server


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for version_dir in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (version_dir / name).exists():
            return str(version_dir / name)
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    """A throwaway PostgreSQL cluster (initdb + pg_ctl) on 127.0.0.1, removed after the session."""
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not initdb or not pg_ctl:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    pytest.importorskip("psycopg", reason="psycopg not installed (pip install 'psycopg[binary]')")
    # /tmp itself, not pytest's tmp_path: the server user must be able to reach the directory.
    base = Path(tempfile.mkdtemp(prefix="doisoat-pg-"))
    prefix: list[str] = []
    if os.geteuid() == 0:
        # PostgreSQL refuses to run as root; use its own system user when there is one.
        runuser = shutil.which("runuser")
        user = next((u for u in ("postgres", "nobody") if _user_exists(u)), None)
        if not runuser or not user:
            shutil.rmtree(base, ignore_errors=True)
            pytest.skip("running as root without a 'postgres' user and runuser: cannot start PostgreSQL")
        shutil.chown(base, user=user)
        prefix = [runuser, "-u", user, "--"]
    data, log = base / "data", base / "server.log"
    port = _free_port()
    try:
        init = subprocess.run(
            [*prefix, initdb, "-D", str(data), "-U", "doisoat", "--auth=trust", "-E", "UTF8", "--no-locale"],
            capture_output=True, text=True, timeout=120,
        )
        if init.returncode != 0:
            pytest.skip(f"initdb failed: {(init.stderr or init.stdout).strip().splitlines()[-1:]}")
        options = f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off"
        start = subprocess.run(
            [*prefix, pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "60", "start"],
            capture_output=True, text=True, timeout=90,
        )
        if start.returncode != 0:
            tail = log.read_text(errors="replace").strip().splitlines()[-1:] if log.exists() else start.stderr
            pytest.skip(f"PostgreSQL did not start: {tail}")
        yield f"postgresql+psycopg://doisoat@127.0.0.1:{port}/postgres"
    finally:
        if (data / "postmaster.pid").exists():
            subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(base, ignore_errors=True)


def _user_exists(name: str) -> bool:
    import pwd

    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[FindingsStore]:
    if request.param == "sqlite":
        url = str(tmp_path / "soat.sqlite")
    else:
        url = request.getfixturevalue("postgres_url")
    s = FindingsStore(url)
    if request.param == "postgresql":
        # One server for the session: each test starts from empty tables.
        from reconcile.store import metadata

        metadata.drop_all(s.engine)
        metadata.create_all(s.engine)
    yield s
    s.close()


# ------------------------------------------------------------------------------ the two runs


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object, Path]:
    """Check report 000 and a second copy (002), correct 000 in place, check again."""
    folder = tmp_path_factory.mktemp("district")
    shutil.copy(REPORT, folder / REPORT.name)
    other = CORPUS / "002_03b77514fb71b314.txt"
    shutil.copy(other, folder / other.name)
    first = api.check([folder])
    (folder / REPORT.name).write_bytes(CORRECTED.read_bytes())
    second = api.check([folder])
    return first, second, folder


def _changed_lines() -> set[int]:
    """1-based line numbers of the report that the corrected version rewrites."""
    old = REPORT.read_text(encoding="utf-8").splitlines()
    new = CORRECTED.read_text(encoding="utf-8").splitlines()
    changed: set[int] = set()
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            changed.update(range(i1 + 1, i2 + 1))
    return changed


def test_history_shows_findings_fixed_by_the_corrected_report(store: FindingsStore, two_runs: tuple) -> None:
    first, second, folder = two_runs
    run1 = store.record_run("check", [str(folder)], first)
    run2 = store.record_run("check", [str(folder)], second)
    assert run2 > run1

    history = store.document_history(REPORT.name)
    assert [d.run.id for d in history] == [run1, run2]
    assert store.document_history(str(folder / REPORT.name)) == history  # a path names its file
    initial, after = history
    assert initial.previous_run is None and not initial.changed
    assert {f.fingerprint for f in initial.new} == {f.fingerprint() for f in first.findings if REPORT.name in (f.document, f.other_document)}
    assert after.previous_run == run1 and after.changed

    # What the store calls fixed is what the two results say, by fingerprint...
    before = {f.fingerprint() for f in first.findings if f.document == REPORT.name}
    now = {f.fingerprint() for f in second.findings if f.document == REPORT.name}
    assert before - now, "the corrected report should fix at least one finding"
    assert {f.fingerprint for f in after.fixed} == before - now
    assert {f.fingerprint for f in after.new} == now - before
    assert {f.fingerprint for f in after.still_open} == before & now
    # ...and every fixed finding sits on a line the correction rewrote.
    lines = {f.line for f in first.findings if f.fingerprint() in before - now}
    assert lines and lines <= _changed_lines()

    # The other document did not change: nothing fixed, nothing new.
    other = store.document_history("002_03b77514fb71b314.txt")
    assert len(other) == 2 and not other[1].changed and not other[1].fixed and not other[1].new

    text = document_history_to_text(REPORT.name, history)
    assert f"run {run2}" in text and "file changed" in text and f"fixed {len(after.fixed)}" in text
    assert "fixed" in text.splitlines()[-1]
    data = json.loads(json.dumps(document_history_to_json(REPORT.name, history), ensure_ascii=False))
    assert data["runs"][1]["counts"]["fixed"] == len(after.fixed)
    assert data["runs"][1]["fixed"][0]["kind"] == after.fixed[0].kind


def test_runs_lists_both_runs_with_counts(store: FindingsStore, two_runs: tuple) -> None:
    first, second, folder = two_runs
    store.record_run("check", ["--format", "json", str(folder)], first)
    store.record_run("reconcile", [str(folder)], second)
    runs = store.runs()
    assert [r.command for r in runs] == ["check", "reconcile"]
    assert runs[0].documents == len(first.documents) == 2
    assert runs[0].findings == len(first.findings)
    assert runs[1].findings == len(second.findings)
    assert runs[0].args == ("--format", "json", str(folder))
    assert runs[0].started_at.tzinfo is not None and runs[0].finished_at is not None
    assert [r.id for r in store.runs(limit=1)] == [runs[1].id]
    table = runs_to_text(runs)
    assert "reconcile" in table.splitlines()[2] and str(folder) in table
    assert runs_to_json(runs)["runs"][1]["findings"] == len(second.findings)


def test_suppressed_findings_keep_their_justification(store: FindingsStore, tmp_path: Path) -> None:
    shutil.copy(REPORT, tmp_path / REPORT.name)
    plain = api.check([tmp_path])
    accepted = plain.findings[0].fingerprint()
    baseline = {accepted: "Số liệu đã được Phòng TC-KH xác nhận"}
    result = api.check([tmp_path], baseline=baseline)
    assert result.suppressed
    run = store.record_run("check", [str(tmp_path)], result, justifications=baseline, include_rows=True)
    records = store.findings(run)
    suppressed = [r for r in records if r.suppressed]
    assert {r.fingerprint for r in suppressed} == {accepted}
    assert suppressed[0].justification == "Số liệu đã được Phòng TC-KH xác nhận"
    assert store.runs()[0].suppressed == len(suppressed)
    # The Vietnamese text went through the database unchanged.
    assert {r.indicator for r in records} == {f.indicator for f in (*result.findings, *result.suppressed)}


def test_failures_are_recorded(store: FindingsStore, tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_text("")
    shutil.copy(REPORT, tmp_path / REPORT.name)
    result = api.check([tmp_path, tmp_path / "khong-co.pdf"])
    run = store.record_run("check", [str(tmp_path)], result)
    info = store.runs()[-1]
    assert info.id == run and info.failures == len(result.failures) == 2
    # A document that failed to read has no history entry for that run.
    assert store.document_history("rong.txt") == []


def test_store_url_accepts_paths_and_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert store_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert store_url("postgresql://ktv@db/doisoat") == "postgresql+psycopg://ktv@db/doisoat"
    assert store_url("postgresql+psycopg://ktv@db/doisoat") == "postgresql+psycopg://ktv@db/doisoat"
    monkeypatch.setenv("DOISOAT_STORE", str(tmp_path / "env.sqlite"))
    assert default_store_url() == f"sqlite:///{tmp_path / 'env.sqlite'}"
    monkeypatch.delenv("DOISOAT_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_url() == f"sqlite:///{tmp_path / 'xdg' / 'doisoat' / 'findings.sqlite'}"


def test_unreachable_server_is_a_one_line_store_error_without_password() -> None:
    port = _free_port()  # nothing listens there
    with pytest.raises(StoreError) as info:
        FindingsStore(f"postgresql+psycopg://ktv:matkhau-bi-mat@127.0.0.1:{port}/doisoat?connect_timeout=5")
    message = str(info.value)
    assert "\n" not in message and "matkhau-bi-mat" not in message and str(port) in message


def test_unwritable_sqlite_path_is_a_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open findings store"):
        FindingsStore(blocker / "sub" / "soat.sqlite")


def test_empty_store_renders_a_hint(tmp_path: Path) -> None:
    with contextlib.closing(FindingsStore(tmp_path / "s.sqlite")) as s:
        assert s.runs() == [] and s.document_history("x.pdf") == []
        assert "no runs recorded" in runs_to_text(s.runs())
        assert "not in any recorded run" in document_history_to_text("x.pdf", [])
