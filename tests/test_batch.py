"""Batches at auditor scale: worker processes, the document cache, timeouts, crashes, Ctrl-C.

Inputs are the corpus files (text renderings and text-layer PDFs) and copies of them; the slow
input is a real 3,000-page PDF (bieu02_wrapped.pdf 500 times over), which takes minutes to read.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.documents import ExtractSettings
from reconcile import api
from reconcile.batch import BatchOutcome, documents_from_paths
from reconcile.cache import DocumentCache, default_cache_root
from reconcile.i18n import translator
from reconcile.writers.json_writer import finding_to_dict

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEXTS = sorted(CORPUS.glob("0*.txt"))
PDFS = [CORPUS / "pdf" / "bieu01_ruled.pdf", CORPUS / "pdf" / "bieu02_wrapped.pdf"]
SETTINGS = ExtractSettings()


def _copy(files: list[Path], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(f, folder / f.name)) for f in files]


def _ids(outcome: BatchOutcome) -> list[str]:
    return [d.id for d in outcome.documents]


def test_two_workers_give_the_serial_documents_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_text("")
    inputs = [*TEXTS, *PDFS, tmp_path / "rong.txt", tmp_path / "khong-co.pdf"]
    serial = documents_from_paths(inputs, SETTINGS, {"executor": "serial"})
    seen: list[tuple[int, int, str, bool]] = []
    pooled = documents_from_paths(inputs, SETTINGS, {"jobs": 2, "executor": "process"}, progress=lambda *a: seen.append(a))
    assert pooled.documents == serial.documents  # equal frozen dataclasses, same order
    assert pooled.failures == serial.failures
    assert _ids(pooled) == [Path(p).name for p in inputs if Path(p).name in set(_ids(serial))]
    # The empty file and the missing path are failures in input order, never dropped.
    reasons = {Path(f.path).name: f.reason for f in pooled.failures}
    assert reasons["rong.txt"] == "empty file" and "no such file" in reasons["khong-co.pdf"]
    assert pooled.skipped == 1 and pooled.read == len(pooled.documents) and pooled.from_cache == 0
    assert pooled.total == len(inputs)
    assert sorted(d for d, *_ in seen) == list(range(1, len(inputs) + 1)) and {t for _, t, *_ in seen} == {len(inputs)}
    # The library's extract (serial by default) reads the same.
    result = api.extract(inputs, SETTINGS)
    assert (result.documents, result.failures) == (pooled.documents, pooled.failures)


def test_second_run_comes_from_the_cache_and_is_equal(tmp_path: Path) -> None:
    files = _copy([*TEXTS, *PDFS], tmp_path / "in")
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths(files, SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)})
    assert first.read == len(first.documents) and first.from_cache == 0
    assert cache.stats().entries == len(first.documents) == first.read
    flags: list[bool] = []
    second = documents_from_paths(files, SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)}, progress=lambda d, t, p, c: flags.append(c))
    assert second.read == 0 and second.from_cache == len(first.documents)
    assert second.documents == first.documents and second.failures == first.failures
    assert flags.count(True) == len(first.documents)
    # The same bytes under the same names elsewhere (another checkout) still hit; path follows.
    moved = _copy(files, tmp_path / "moved")
    third = documents_from_paths(moved, SETTINGS, {"jobs": 2, "cache_dir": str(tmp_path / "cache")})
    assert third.read == 0 and third.from_cache == len(first.documents)
    assert [d.path for d in third.documents] == [str(p) for p in moved if p.name in set(_ids(first))]
    assert [d.rows for d in third.documents] == [d.rows for d in first.documents]


def test_adding_one_file_processes_only_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "huyen"
    _copy(TEXTS[:3], folder)
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths([folder], SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)})
    shutil.copy(PDFS[0], folder / PDFS[0].name)
    read: list[str] = []
    second = documents_from_paths([folder], SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)}, progress=lambda d, t, p, c: None if c else read.append(Path(p).name))
    assert read == [PDFS[0].name]
    assert second.read == 1 and second.from_cache == first.read + first.from_cache
    # A changed file is read again; the others still come from the cache.
    target = folder / TEXTS[0].name
    target.write_bytes(target.read_bytes().replace("Tam Đường".encode(), "Tam  Đường".encode(), 1))
    third = documents_from_paths([folder], SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)})
    assert third.read == 1 and third.from_cache == len(second.documents) - 1


def test_cache_key_follows_content_and_settings_not_the_name(tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path)
    a = Path(shutil.copy(TEXTS[0], tmp_path / "a.txt"))
    b = Path(shutil.copy(TEXTS[0], tmp_path / "b.txt"))
    c = tmp_path / "c.txt"
    c.write_bytes(TEXTS[0].read_bytes() + b"\n")
    key = cache.key(a, SETTINGS)
    assert key == cache.key(a, ExtractSettings(jobs=4, cache_dir="/tmp/ocr"))  # speed knobs only
    assert key != cache.key(a, ExtractSettings(prose=False))
    assert key != cache.key(a, ExtractSettings(ocr_dpi=200))
    # The batch gives each document its id in the run; the entry is the content's.
    assert key == cache.key(b, SETTINGS)
    assert key != cache.key(c, SETTINGS)


def test_one_entry_serves_two_names_each_under_its_own_id(tmp_path: Path) -> None:
    files = [Path(shutil.copy(TEXTS[0], tmp_path / n)) for n in ("a.txt", "b.txt")]
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths(files, SETTINGS, {"executor": "serial", "cache_dir": str(cache.root)})
    again = documents_from_paths(files, SETTINGS, {"executor": "serial", "cache_dir": str(cache.root)})
    assert cache.stats().entries == 1 and again.from_cache == 2
    assert _ids(again) == _ids(first) == ["a.txt", "b.txt"]
    assert [{r.document for r in d.rows} for d in again.documents] == [{"a.txt"}, {"b.txt"}]


def test_failures_are_not_cached_so_a_fixed_tool_retries_them(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rong.txt").write_bytes(b"")
    (tmp_path / "in" / "anh.txt").write_bytes(bytes(range(256)) * 64)  # binary, not a report
    good = _copy(TEXTS[:1], tmp_path / "in")
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths([tmp_path / "in"], SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)})
    assert first.failed == 2 and first.read == 1
    second = documents_from_paths([tmp_path / "in"], SETTINGS, {"jobs": 2, "cache_dir": str(cache.root)})
    assert second.failed == 2 and second.from_cache == 1 and second.failures == first.failures
    assert cache.stats().entries == 1 and [d.path for d in second.documents] == [str(good[0])]


def test_damaged_entries_and_leftovers_of_killed_runs(tmp_path: Path) -> None:
    files = _copy(TEXTS[:2], tmp_path / "in")
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths(files, SETTINGS, {"executor": "serial", "cache_dir": str(cache.root)})
    entries = sorted(cache.dir.rglob("*.json"))
    entries[0].write_bytes(b'{"schema": 2, "document": {"id": "half')
    (entries[0].parent / ".tmp-half-written.json").write_bytes(b'{"sch')
    assert cache.stats().entries == 2  # the temporary file is not an entry
    again = documents_from_paths(files, SETTINGS, {"executor": "serial", "cache_dir": str(cache.root)})
    assert again.read == 1 and again.from_cache == 1 and again.documents == first.documents
    for entry in cache.dir.rglob("*.json"):
        if not entry.name.startswith(".tmp-"):
            assert json.loads(entry.read_bytes())["document"]["id"] in {f.name for f in files}
    assert cache.clear() == 2
    assert cache.stats().entries == 0 and not list(cache.dir.rglob(".tmp-*"))


def test_default_cache_root_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOISOAT_CACHE", str(tmp_path / "c"))
    assert default_cache_root() == tmp_path / "c"
    assert DocumentCache().root == tmp_path / "c"
    monkeypatch.delenv("DOISOAT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_root() == tmp_path / "xdg" / "doisoat"


def test_a_document_over_the_timeout_fails_and_the_rest_succeed(big_pdf: Path) -> None:
    fast = [TEXTS[0], *PDFS, TEXTS[1]]
    inputs = [TEXTS[0], big_pdf, *PDFS, TEXTS[1]]
    # The budget is what the fast documents cost here and now, read exactly as below (two fresh
    # workers, which load the prose models on their first text), three times over and at least 30 s:
    # the whole batch without the slow document, so any one fast document is far inside it whatever
    # the load. A warm read of one PDF in this process (the old budget) left out the workers' start
    # and failed under load. big_pdf is 500 of those PDFs: minutes at least, far over the budget.
    started = time.monotonic()
    alone = documents_from_paths(fast, SETTINGS, {"jobs": 2, "executor": "process"})
    budget = max(30, int(3 * (time.monotonic() - started)) + 1)
    assert alone.failures == () and _ids(alone) == [p.name for p in fast]
    outcome = documents_from_paths(inputs, SETTINGS, {"jobs": 2, "timeout_per_document": budget})
    assert [(Path(f.path).name, f.reason) for f in outcome.failures] == [(big_pdf.name, f"timed out after {budget} s")]
    assert _ids(outcome) == [TEXTS[0].name, *(p.name for p in PDFS), TEXTS[1].name]
    assert outcome.failed == 1 and outcome.read == 4


def test_serial_executor_enforces_the_timeout_too(big_pdf: Path, timeout_budget: Callable[[float, float], int]) -> None:
    budget = timeout_budget(4, 10)  # in this process: warm, so the text after the big PDF reads at once
    outcome = documents_from_paths([big_pdf, TEXTS[0]], SETTINGS, {"executor": "serial", "timeout_per_document": budget})
    assert [f.reason for f in outcome.failures] == [f"timed out after {budget} s"]
    assert _ids(outcome) == [TEXTS[0].name]


def test_a_worker_that_dies_is_a_failure_and_is_replaced(big_pdf: Path) -> None:
    psutil = pytest.importorskip("psutil")
    me = psutil.Process()
    killed: list[int] = []

    def kill_the_worker() -> None:
        # Workers are forked by the forkserver and lead their own process group; Tesseract
        # children and the forkserver itself do not.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            for child in me.children(recursive=True):
                try:
                    if os.getpgid(child.pid) == child.pid and "forkserver" in " ".join(child.cmdline()):
                        time.sleep(1.0)  # let it get into the 3,000 pages
                        os.kill(child.pid, signal.SIGKILL)
                        killed.append(child.pid)
                        return
                except (ProcessLookupError, psutil.NoSuchProcess):
                    continue
            time.sleep(0.05)

    # One worker and the biggest file first: the worker killed is the one reading the big PDF.
    thread = threading.Thread(target=kill_the_worker, daemon=True)
    thread.start()
    outcome = documents_from_paths([TEXTS[0], big_pdf, TEXTS[1]], SETTINGS, {"jobs": 1, "executor": "process"})
    thread.join(5)
    assert killed
    assert [(Path(f.path).name, f.reason) for f in outcome.failures] == [(big_pdf.name, "worker crashed: killed by SIGKILL")]
    assert _ids(outcome) == [TEXTS[0].name, TEXTS[1].name]


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown executor"):
        documents_from_paths([TEXTS[0]], None, {"executor": "threads"})
    with pytest.raises(ValueError, match="jobs"):
        documents_from_paths([TEXTS[0]], None, {"jobs": 0})
    with pytest.raises(ValueError, match="timeout"):
        documents_from_paths([TEXTS[0]], None, {"timeout_per_document": 0})


# ------------------------------------------------------------------------------ Ctrl-C and resume

DRIVER = textwrap.dedent(
    """
    import json, sys
    from reconcile.batch import BatchInterrupted, documents_from_paths
    from reconcile.engine import documents_to_findings
    from reconcile.cache import DocumentCache
    from reconcile.writers.json_writer import finding_to_dict

    def main():
        folder, cache_dir = sys.argv[1], sys.argv[2]
        def progress(done, total, path, cached):
            print(f"[{done}/{total}] {'cache' if cached else 'read'} {path}", file=sys.stderr, flush=True)
        try:
            out = documents_from_paths([folder], None, {"jobs": 2, "cache_dir": cache_dir}, progress=progress)
        except BatchInterrupted as exc:
            print(f"doisoat: {exc}", file=sys.stderr, flush=True)
            sys.exit(130)
        findings, _ = documents_to_findings(out.documents, across_documents=True)
        print(f"read {out.read} from_cache {out.from_cache}", file=sys.stderr)
        print(json.dumps(sorted((finding_to_dict(f) for f in findings), key=json.dumps), ensure_ascii=False))

    if __name__ == "__main__":
        main()
    """
)


def _twenty_copies(tmp_path: Path) -> Path:
    """A folder of 20 corpus files (texts and PDFs), numbered so their order is fixed. Copies of
    one source differ by trailing blank lines (a comment line after a PDF's end): twenty contents,
    twenty cache entries. The two narrative seeds (001, 003) are left out: their prose takes seconds
    each, three passes of twenty documents made these the suite's slowest tests by far, and what is
    tested (interrupt, cache, resume) does not depend on what a document holds."""
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    sources = [t for t in TEXTS if not t.name.startswith(("001_", "003_"))] + PDFS
    for i in range(20):
        src = sources[i % len(sources)]
        tail = b"\n" * (i // len(sources)) if src.suffix == ".txt" else b"\n%" * (i // len(sources))
        (folder / f"{i:02d}_{src.name}").write_bytes(src.read_bytes() + tail)
    return folder


def _interruptible() -> None:
    """Give the child Ctrl-C back: a shell's background job (CI, `make test &`) starts with SIGINT ignored,
    and Python then installs no KeyboardInterrupt handler, so the child would never see the interrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_interrupted_run_resumes_from_the_cache_with_the_same_findings(tmp_path: Path) -> None:
    folder = _twenty_copies(tmp_path)
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER)
    cache_dir = tmp_path / "cache"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(driver), str(folder), str(cache_dir)]

    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_interruptible)
    assert proc.stderr is not None
    read_before = 0
    lines: list[str] = []
    for line in proc.stderr:
        lines.append(line)
        read_before += " read " in line
        if read_before >= 3:
            proc.send_signal(signal.SIGINT)
            break
    _, rest = proc.communicate(timeout=120)
    lines.extend(rest.splitlines())
    assert proc.returncode == 130, lines
    message = [line for line in lines if line.startswith("doisoat: interrupted")]
    assert len(message) == 1 and "of 20 documents" in message[0] and "re-run to resume" in message[0]

    cache = DocumentCache(cache_dir)
    kept = cache.stats().entries
    assert 3 <= kept < 20
    # Every entry left behind is whole.
    for entry in cache.dir.rglob("*.json"):
        assert json.loads(entry.read_bytes())["document"]["id"].startswith(tuple(f"{i:02d}_" for i in range(20)))

    resumed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    summary = resumed.stderr.strip().splitlines()[-1]
    assert summary.endswith(f"from_cache {kept}"), summary

    reference = api.reconcile([folder])
    expected = sorted((finding_to_dict(f) for f in reference.findings), key=json.dumps)
    assert json.loads(resumed.stdout) == json.loads(json.dumps(expected, ensure_ascii=False))


def test_doisoat_reconcile_interrupted_with_sigint_resumes_with_the_same_findings(tmp_path: Path) -> None:
    """The acceptance test through the real command line: start, SIGINT halfway, run again."""
    folder = _twenty_copies(tmp_path)
    cache_dir = tmp_path / "cache"
    command = [sys.executable, "-m", "reconcile", "reconcile", str(folder), "--format", "json",
               "--cache-dir", str(cache_dir), "--jobs", "2", "--fail-on", "never"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_interruptible)
    cache = DocumentCache(cache_dir)
    # Generous: on a machine loaded by other test suites a fresh CLI takes minutes for 3 documents,
    # and interrupting before the third one is in the cache would test nothing.
    deadline = time.monotonic() + 600
    while cache.stats().entries < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be interrupted"
    assert cache.stats().entries >= 3, "three documents not read in 600 s"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert [line for line in err.splitlines() if line.startswith("doisoat: interrupted")], err
    kept = cache.stats().entries
    assert 3 <= kept < 20

    resumed = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    assert cache.stats().entries == 20
    reference = api.reconcile([folder])
    expected = [finding_to_dict(f, translator()) for f in reference.findings]  # the CLI's default language
    assert json.loads(resumed.stdout)["findings"] == json.loads(json.dumps(expected, ensure_ascii=False))
