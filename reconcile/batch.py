"""Many files -> Documents at auditor scale: worker processes, a cache, timeouts, resumable runs.

``documents_from_paths`` is the one way files are read, by the library and the command line alike:
every input ends as a Document or a Failure, nothing is dropped, output in input order whatever
the completion order, and ``BatchSettings`` say how:

- executors: ``serial`` (in this process), ``process`` (our own worker processes, each killed and
  replaced when a document hangs or crashes it), ``dask`` (a ``dask.distributed`` cluster);
- a ``DocumentCache``: documents already read are taken from disk, and every document is written
  there as soon as it is read, so an interrupted run resumes where it stopped;
- ``timeout_per_document``: a document that takes longer becomes a Failure and the rest go on.

Ctrl-C raises ``BatchInterrupted`` (a ``KeyboardInterrupt``) after the workers are stopped; the
command line prints its one-line message and exits 130.

``pool_map(jobs)`` runs the engine's pure per-document and per-group stages in worker processes.
"""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import math
import multiprocessing
import os
import signal
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from typing import Any, ClassVar

from extractor.documents import ExtractSettings, file_to_document
from extractor.errors import BadInputError, os_reason
from extractor.model import Document
from normalizers.messages import N_, Msg, Said, msg
from reconcile.cache import DocumentCache, UnsafeCacheError
from reconcile.engine.settings import Settings, refused
from reconcile.errors import SchedulerError
from reconcile.inputs import InputFile, expand_inputs, with_identity
from reconcile.results import Failure

log = logging.getLogger(__name__)

# (done, total, path, from_cache): called in the parent as each input is settled.
Progress = Callable[[int, int, str, bool], None]
Result = Document | Failure
OnResult = Callable[["_Task", Result], None]

# What the forkserver imports once, so each worker (and each replacement after a timeout) starts
# with pdfplumber, OpenCV and the extractor already loaded. Names that fail to import are skipped.
_PRELOAD = [
    "reconcile.batch",
    "extractor.documents",
    "extractor.prose",
    "extractor.pdf_tables",
    "extractor.ocr",
    "normalizers.places",
    "reconcile.batch_warm",  # the gazetteer and the spaCy pipeline, built before any worker is forked
]
# The longest timeout a document may be given: a week. Longer ones overflow the system's timers
# (an OverflowError deep in a wait), and nan or inf would never fire.
MAX_TIMEOUT = 7 * 24 * 3600.0
# How long to try to reach a --scheduler before the run fails (one line, exit 2).
_SCHEDULER_CONNECT_SECONDS = 10
# Tesseract uses every core by default; with one document per core that oversubscribes the machine.
_WORKER_ENV = {"OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True)
class BatchSettings(Settings):
    """How a batch runs: ``reconcile``'s application settings (the same resolve rule as
    ``CheckSettings``: None, a mapping, or an instance).

    jobs:      worker processes (None: one per core). Documents are read, and checked, in parallel.
    executor:  "serial" (this process), "process" (our own workers, each killed and replaced when a
               document hangs or crashes it) or "dask" (a ``dask.distributed`` cluster); None:
               serial when there is one job or one file and no timeout, else process.
    scheduler: with "dask", a running scheduler ("tcp://host:8786"); None: a local cluster.
    cache_dir: documents already read are taken from a ``DocumentCache`` here and new ones written
               to it at once, so an interrupted run resumes (None: no cache).
    timeout_per_document: seconds (above 0, at most ``MAX_TIMEOUT``); a document over it
               becomes the failure "timed out after 60 s".
    """

    jobs: int | None = 1
    executor: str | None = None
    scheduler: str | None = None
    cache_dir: str | None = None
    timeout_per_document: float | None = None

    label: ClassVar[str] = N_("batch settings")

    def validate(self) -> None:
        if self.jobs is not None and self.jobs < 1:
            raise refused(msg(N_("{name} must be at least 1"), name="jobs"))
        if self.executor is not None and self.executor not in EXECUTORS:
            raise refused(msg(N_("unknown executor {value} (choose one of: {known})"), value=repr(self.executor),
                               known=", ".join(EXECUTORS)))
        timeout = self.timeout_per_document
        if timeout is not None and (
            isinstance(timeout, bool) or not isinstance(timeout, int | float)
            or not math.isfinite(timeout) or not 0 < timeout <= MAX_TIMEOUT
        ):
            raise refused(msg(N_("{name} must be a number of seconds above 0 and at most {most} (a week), not {value}"),
                               name="timeout_per_document", most=f"{MAX_TIMEOUT:g}", value=repr(timeout)))
        if self.scheduler is not None and self.executor not in (None, "dask"):
            raise refused(msg(N_("a scheduler address needs the dask executor")))

    def workers(self) -> int:
        """Worker processes to start: ``jobs``, or one per core."""
        return self.jobs or os.cpu_count() or 1


@dataclass(frozen=True)
class BatchOutcome:
    """What a batch produced.

    documents:  the documents read, in input order, each under its identity in the run
                (``reconcile.inputs``: unique ``id``, ``relative_path``).
    failures:   inputs that could not be read, in input order, each with a one-line reason.
    warnings:   what was not read and is not a failure, one line each: files in a folder that are
                not reports, a file given twice, a cache that could not be used.
    read:       documents extracted in this run.
    from_cache: documents taken from the cache.
    skipped:    inputs never attempted (a path that does not exist).
    failed:     inputs attempted that failed (bad file, timeout, crashed worker).
    seconds:    wall time of the whole batch.

    read + from_cache + skipped + failed is the number of inputs.
    """

    documents: tuple[Document, ...]
    failures: tuple[Failure, ...]
    read: int
    from_cache: int
    skipped: int
    failed: int
    seconds: float
    warnings: tuple[str, ...] = ()

    @property
    def total(self) -> int:
        return self.read + self.from_cache + self.skipped + self.failed


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch: workers are stopped and what was read is already in the cache.

    ``outcome`` holds what was settled before the interrupt; ``str(exc)`` is one line for the user:
    "interrupted after 7 of 20 documents (7 kept in the cache: re-run to resume)".
    """

    def __init__(self, outcome: BatchOutcome, total: int, cached: bool) -> None:
        self.outcome = outcome
        self.total = total
        done = outcome.total
        tail = (msg(N_("{kept} kept in the cache: re-run to resume"), kept=outcome.read + outcome.from_cache) if cached
                else msg(N_("no cache: a re-run starts over")))
        # What follows the fixed tag "interrupted", as a message the command line says in the language.
        self.said = msg(N_("after {done} of {total} documents ({tail})"), done=done, total=total, tail=tail)
        super().__init__(f"interrupted {self.said.render()}")


@dataclass
class _Task:
    index: int
    path: str
    key: str | None
    size: int
    file: InputFile | None = None


class _DocumentTimeout(BaseException):
    # BaseException so the extractor's own ``except Exception`` clauses cannot swallow it.
    pass


_INTERNAL = N_("internal error: {detail}")
_UNWRITABLE_CACHE = N_("could not write to the cache {folder} ({detail}): documents are read again next time")


def _timeout_reason(seconds: float) -> Msg:
    return msg(N_("timed out after {seconds} s"), seconds=f"{seconds:g}")


def read_one(path: str, settings: ExtractSettings) -> Result:
    """One file -> Document, or a Failure with a one-line reason (never raises for bad input)."""
    try:
        return file_to_document(path, settings)
    except BadInputError as exc:
        return Failure.of(exc.path, exc.said)
    except (ValueError, OSError, RuntimeError, KeyError, IndexError, TypeError, AttributeError) as exc:
        # A reader library choked on a malformed file: report it like any other bad file.
        return Failure.of(path, msg(N_("could not be read ({detail})"), detail=f"{exc.__class__.__name__}: {str(exc)[:120]}"))


def read_guarded(path: str, settings: ExtractSettings) -> Result:
    """``read_one``, with an unexpected exception (a bug) turned into a Failure naming it.

    Runs in worker processes; a batch of 10,000 files must not stop at the first extractor bug.
    """
    try:
        return read_one(path, settings)
    except MemoryError:
        return Failure.of(path, msg(N_("out of memory while reading")))
    except RecursionError:
        return Failure.of(path, msg(_INTERNAL, detail="RecursionError"))
    except Exception as exc:
        return Failure.of(path, msg(_INTERNAL, detail=f"{exc.__class__.__name__}: {str(exc)[:160]}"))


# ------------------------------------------------------------------------------------ serial


def _run_serial(tasks: Sequence[_Task], settings: ExtractSettings, on_result: OnResult, *, jobs: int,
                timeout: float | None, scheduler: str | None) -> None:
    """In this process, one after another; a timeout uses SIGALRM (main thread, POSIX only)."""
    use_alarm = (
        timeout is not None
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )

    def on_alarm(signum: int, frame: Any) -> None:
        raise _DocumentTimeout

    for task in tasks:
        previous = signal.signal(signal.SIGALRM, on_alarm) if use_alarm else None
        try:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, float(timeout or 0))
            result = read_guarded(task.path, settings)
        except _DocumentTimeout:
            result = Failure.of(task.path, _timeout_reason(float(timeout or 0)))
        finally:
            if use_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
        on_result(task, result)


# ------------------------------------------------------------------------------------ process


def _one_thread_per_worker() -> None:
    """Keep a worker on one core: Tesseract (OpenMP) and OpenCV would each grab every core."""
    os.environ.update(_WORKER_ENV)
    with contextlib.suppress(ImportError, AttributeError):
        import cv2

        cv2.setNumThreads(1)


def _worker_main(conn: Connection, settings: ExtractSettings) -> None:
    """A worker: read (index, path) from the pipe, send back (index, Document | Failure)."""
    # Our own process group: Ctrl-C in the terminal reaches only the parent, which decides how to
    # stop; and a timeout kills the whole group, Tesseract children included.
    with contextlib.suppress(OSError):
        os.setpgrp()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _one_thread_per_worker()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return  # the parent is gone
        if message is None:
            return
        index, path = message
        result = read_guarded(path, settings)
        try:
            conn.send((index, result))
        except (EOFError, OSError, BrokenPipeError):
            return
        except Exception as exc:
            conn.send((index, Failure.of(path, msg(_INTERNAL, detail=f"result not transferable ({exc})"))))


def _context() -> multiprocessing.context.BaseContext:
    # Never "fork": the parent may hold threads (Dask, a GUI, pytest plugins) and forking those is
    # unsafe. forkserver forks workers from a clean, preloaded server instead.
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(_PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


class _Worker:
    """One worker process with its own pipe; replaced whole when it hangs or dies."""

    def __init__(self, ctx: multiprocessing.context.BaseContext, settings: ExtractSettings) -> None:
        parent, child = ctx.Pipe(duplex=True)
        # Not daemonic: a daemonic process may not start the OCR page pool. The worker exits when
        # its pipe closes, so a parent killed outright leaves no worker behind.
        self.process = ctx.Process(target=_worker_main, args=(child, settings), daemon=False)  # type: ignore[attr-defined]
        self.process.start()
        child.close()
        self.conn: Connection = parent
        self.task: _Task | None = None
        self.started = 0.0

    def assign(self, task: _Task) -> None:
        self.task = task
        self.started = time.monotonic()
        self.conn.send((task.index, task.path))

    def kill(self) -> None:
        """Kill the worker and everything it started (Tesseract), without waiting for politeness."""
        pid = self.process.pid
        if pid is not None and self.process.is_alive():
            try:
                os.killpg(pid, signal.SIGKILL)
            except (OSError, AttributeError):
                with contextlib.suppress(OSError):
                    self.process.kill()
        self.process.join(5)
        with contextlib.suppress(OSError):
            self.conn.close()

    def stop(self) -> None:
        """Ask an idle worker to exit; kill it if it does not."""
        with contextlib.suppress(OSError, BrokenPipeError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.kill()
        with contextlib.suppress(OSError):
            self.conn.close()

    def crash_reason(self) -> Msg:
        self.process.join(1)
        code = self.process.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            return msg(N_("worker crashed: killed by {signal}"), signal=name)
        return msg(N_("worker crashed: exit code {code}"), code=str(code))


def _run_process(tasks: Sequence[_Task], settings: ExtractSettings, on_result: OnResult, *, jobs: int,
                 timeout: float | None, scheduler: str | None) -> None:
    """Our own worker processes, one document at a time each, so a hung one can be killed."""
    if not tasks:
        return
    ctx = _context()
    # Biggest files first: a 200-page scan started last would leave the other workers idle.
    queue = collections.deque(sorted(tasks, key=lambda t: -t.size))
    workers: list[_Worker] = []
    n_workers = max(1, min(jobs, len(tasks)))
    try:
        while queue or any(w.task is not None for w in workers):
            while queue and len(workers) < n_workers:
                workers.append(_Worker(ctx, settings))
            for worker in workers:
                if worker.task is None and queue:
                    worker.assign(queue.popleft())
            busy = [w for w in workers if w.task is not None]
            wait_for: float | None = None
            if timeout is not None:
                now = time.monotonic()
                wait_for = max(0.0, min(w.started + timeout - now for w in busy))
            handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
            wait(handles, timeout=wait_for)
            now = time.monotonic()
            for worker in busy:
                task = worker.task
                assert task is not None
                result: Result | None = None
                replace_worker = False
                if worker.conn.poll():
                    try:
                        _, result = worker.conn.recv()
                    except (EOFError, OSError):
                        result = Failure.of(task.path, worker.crash_reason())
                        replace_worker = True
                elif not worker.process.is_alive():
                    result = Failure.of(task.path, worker.crash_reason())
                    replace_worker = True
                elif timeout is not None and now - worker.started >= timeout:
                    worker.kill()
                    result = Failure.of(task.path, _timeout_reason(timeout))
                    replace_worker = True
                if result is None:
                    continue
                worker.task = None
                if replace_worker:
                    worker.kill()
                    workers.remove(worker)
                on_result(task, result)
    finally:
        for worker in workers:
            if worker.task is None:
                worker.stop()
            else:
                worker.kill()


# ------------------------------------------------------------------------------------ dask


def _dask_read(path: str, settings: ExtractSettings) -> Result:
    """The task a Dask worker runs: ``read_guarded`` with the worker environment set."""
    _one_thread_per_worker()
    return read_guarded(path, settings)


def _run_dask(tasks: Sequence[_Task], settings: ExtractSettings, on_result: OnResult, *, jobs: int,
              timeout: float | None, scheduler: str | None) -> None:
    """A ``dask.distributed`` cluster: the one at ``scheduler``, or a LocalCluster of ``jobs`` workers.

    Dask cannot stop a running task, so a document past its timeout is reported as a Failure, its
    future cancelled and the worker running it restarted (through its nanny, where it has one).
    """
    if not tasks:
        return
    try:
        from distributed import Client, LocalCluster
        from distributed import wait as dask_wait
    except ImportError as exc:
        raise RuntimeError("the dask executor needs dask.distributed (pip install 'dask[distributed]')") from exc

    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout=_SCHEDULER_CONNECT_SECONDS)
        except (OSError, TimeoutError, ValueError, TypeError) as exc:
            detail = " ".join(str(exc).split()) or exc.__class__.__name__
            raise SchedulerError(f"cannot use the Dask scheduler {scheduler}: {detail}") from None
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0",
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    try:
        slots = max(1, sum(client.nthreads().values()))
        # No more in flight than there are worker threads, so "submitted" is close to "started"
        # and a submission time can stand for a start time in the timeout.
        queue = collections.deque(sorted(tasks, key=lambda t: -t.size))
        running: dict[Any, tuple[_Task, float]] = {}
        # Keys unique to this batch: on a shared scheduler, equal keys would share results.
        batch_id = uuid.uuid4().hex[:12]
        while queue or running:
            while queue and len(running) < slots:
                task = queue.popleft()
                future = client.submit(_dask_read, task.path, settings, pure=False, key=f"doisoat-read-{batch_id}-{task.index}")
                running[future] = (task, time.monotonic())
            wait_for = None
            if timeout is not None:
                now = time.monotonic()
                wait_for = max(0.05, min(start + timeout - now for _, start in running.values()))
            with contextlib.suppress(Exception):
                dask_wait(list(running), timeout=wait_for, return_when="FIRST_COMPLETED")
            now = time.monotonic()
            for future, (task, start) in list(running.items()):
                result: Result | None = None
                if future.status == "finished":
                    result = future.result()
                elif future.status in ("error", "cancelled", "lost"):
                    error = future.exception() if future.status == "error" else None
                    name = error.__class__.__name__ if error is not None else future.status
                    why = N_("worker crashed: {detail}") if name in ("KilledWorker", "lost") else _INTERNAL
                    result = Failure.of(task.path, msg(why, detail=f"{name}: {str(error or '')[:120]}".rstrip(": ")))
                elif timeout is not None and now - start >= timeout:
                    _restart_worker_of(client, future)
                    result = Failure.of(task.path, _timeout_reason(timeout))
                if result is not None:
                    del running[future]
                    on_result(task, result)
    finally:
        with contextlib.suppress(Exception):
            client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()


def _restart_worker_of(client: Any, future: Any) -> None:
    """Cancel a future and restart the worker thread stuck on it (best effort: needs a nanny)."""
    key = future.key
    with contextlib.suppress(Exception):
        stuck = [addr for addr, keys in client.processing().items() if key in keys]
        future.cancel()
        if stuck:
            client.restart_workers(stuck, timeout=30)


EXECUTORS: dict[str, Callable[..., None]] = {
    "serial": _run_serial,
    "process": _run_process,
    "dask": _run_dask,
}


# ------------------------------------------------------------------------------------ entry point


def documents_from_paths(
    paths: Iterable[str | os.PathLike[str]],
    settings: ExtractSettings | Mapping[str, Any] | None = None,
    batch_settings: BatchSettings | Mapping[str, Any] | None = None,
    *,
    progress: Progress | None = None,
) -> BatchOutcome:
    """Read every file (directories searched recursively); failures are kept, never dropped.

    >>> out = documents_from_paths(["corpus/"], batch_settings={"jobs": 2, "cache_dir": "/tmp/c"})  # doctest: +SKIP
    >>> [d.district for d in out.documents][:1], out.read, out.from_cache
    (['Tam Đường'], 9, 0)

    settings:        how each file is read (``ExtractSettings``; None: defaults). With a cache and
                     no OCR cache of its own, OCR'd pages are cached under ``cache_dir/ocr``.
    batch_settings:  how many files are read at once, by what, with what cache (``BatchSettings``).
    progress:        called with (done, total, path, from_cache) as each input is settled.

    Raises ``BatchInterrupted`` on Ctrl-C, ValueError for settings that do not validate.
    """
    batch = BatchSettings.resolve(batch_settings)
    resolved = ExtractSettings.resolve(dict(settings) if isinstance(settings, Mapping) else settings)
    warnings: list[str] = []
    cache = DocumentCache(batch.cache_dir) if batch.cache_dir else None
    if cache is not None:
        try:
            cache.check()
        except UnsafeCacheError as exc:
            warnings.append(Said(msg(N_("{reason}; running without the cache"), reason=exc.said)))
            cache = None
    if cache is not None and resolved.cache_dir is None:
        resolved = replace(resolved, cache_dir=str(cache.root / "ocr"))
    n_jobs = batch.workers()
    timeout_per_document = batch.timeout_per_document
    started = time.perf_counter()
    inputs = expand_inputs(paths)
    warnings.extend(inputs.warnings)
    items = inputs.files
    total = len(items)
    results: list[Result | None] = [None] * total
    counts = {"read": 0, "from_cache": 0, "skipped": 0, "failed": 0}
    done = 0

    def settle(index: int, result: Result, how: str) -> None:
        nonlocal done
        if isinstance(result, Document):
            result = with_identity(result, items[index])
        results[index] = result
        counts[how] += 1
        done += 1
        if progress is not None:
            progress(done, total, items[index].path, how == "from_cache")

    pending: list[_Task] = []
    for index, file in enumerate(items):
        if file.problem is not None:
            settle(index, Failure.of(file.path, file.problem), "skipped")
            continue
        path = file.path
        key: str | None = None
        size = 0
        with contextlib.suppress(OSError):
            size = os.path.getsize(path)
        if cache is not None:
            try:
                key = cache.key(path, resolved)
            except OSError:
                key = None  # unreadable: the extractor names the problem
            cached = cache.get(key, path) if key else None
            if cached is not None:
                settle(index, cached, "from_cache")
                continue
        pending.append(_Task(index=index, path=path, key=key, size=size, file=file))

    worker_settings = resolved
    if len(pending) > 1 and n_jobs > 1 and resolved.jobs > 1:
        # One document per worker already fills the machine; page-level OCR processes inside each
        # would oversubscribe it. A lone document keeps them. (jobs is not in the cache key.)
        worker_settings = replace(resolved, jobs=1)

    def on_result(task: _Task, result: Result) -> None:
        if isinstance(result, Document):
            if cache is not None and task.key:
                try:
                    cache.put(task.key, result)
                except OSError as exc:
                    if not any(isinstance(w, Said) and w.said.id == _UNWRITABLE_CACHE for w in warnings):
                        warnings.append(Said(msg(_UNWRITABLE_CACHE, folder=str(cache.root), detail=os_reason(exc))))
            settle(task.index, result, "read")
        else:
            settle(task.index, result, "failed")

    def outcome() -> BatchOutcome:
        return BatchOutcome(
            documents=tuple(r for r in results if isinstance(r, Document)),
            failures=tuple(r for r in results if isinstance(r, Failure)),
            seconds=time.perf_counter() - started,
            warnings=tuple(warnings),
            **counts,
        )

    executor = batch.executor or ("serial" if min(n_jobs, len(items)) <= 1 and timeout_per_document is None else "process")
    try:
        EXECUTORS[executor](
            pending, worker_settings, on_result, jobs=n_jobs, timeout=timeout_per_document, scheduler=batch.scheduler
        )
    except KeyboardInterrupt:
        raise BatchInterrupted(outcome(), total, cached=cache is not None) from None
    return outcome()


# ------------------------------------------------------------------------------------ engine stages


def _ignore_sigint() -> None:
    # The parent decides how to stop; a worker's traceback on Ctrl-C would only be noise.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _one_thread_per_worker()


class _TimedOut:
    """What ``_within`` returns for a call past its deadline (picklable across the pool)."""


def _within(func: Callable[[Any], Any], timeout: float, item: Any) -> Any:
    """``func(item)``, or a ``_TimedOut`` when it runs past ``timeout`` seconds. The deadline is a
    SIGALRM in the process that runs it (this one, or a pool worker: both call from their main
    thread); where there is no such timer, ``func`` runs unbounded."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return func(item)

    def on_alarm(signum: int, frame: Any) -> None:
        raise _DocumentTimeout

    previous = signal.signal(signal.SIGALRM, on_alarm)
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        return func(item)
    except _DocumentTimeout:
        return _TimedOut()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _document_of(item: Any) -> Document | None:
    """The document a per-document stage's item is about: the document, or (document, the others
    of its district) as ``engine.documents_to_findings`` maps them; None for a district group."""
    if isinstance(item, Document):
        return item
    if isinstance(item, tuple) and item and isinstance(item[0], Document):
        return item[0]
    return None


def _within_if_document(func: Callable[[Any], Any], timeout: float, item: Any) -> Any:
    return _within(func, timeout, item) if _document_of(item) is not None else func(item)


def timed_map(
    mapper: Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]], timeout: float, timed_out: list[Document]
) -> Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]:
    """``mapper`` with ``timeout`` seconds for each ``Document`` it is mapped over (the
    per-document checks; a district group's stage is not bounded). A document past it gives no
    findings and is appended to ``timed_out``, for the caller to report as a failure."""

    def mapped(func: Callable[[Any], Any], items: Iterable[Any]) -> Iterable[Any]:
        work = list(items)
        out: list[Any] = []
        for item, result in zip(work, mapper(functools.partial(_within_if_document, func, timeout), work), strict=True):
            document = _document_of(item)
            if isinstance(result, _TimedOut) and document is not None:
                timed_out.append(document)
                out.append([])
            else:
                out.append(result)
        return out

    return mapped


def checks_timed_out_reason(seconds: float) -> Msg:
    return msg(N_("checks timed out after {seconds} s (the file was read; its findings are not known)"), seconds=f"{seconds:g}")


def pool_map(jobs: int) -> Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]:
    """A ``map`` for ``engine.documents_to_findings``: over ``jobs`` worker processes when there is
    enough to share (at least two inputs per worker), else the builtin ``map``. Order is kept.

    The per-document checks and the per-group stage are pure functions of their input, so running
    them in another process changes nothing but the time.
    """

    def mapper(func: Callable[[Any], Any], items: Iterable[Any]) -> Iterable[Any]:
        work = list(items)
        if jobs <= 1 or len(work) < 2 * jobs:
            return list(map(func, work))
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs, mp_context=_context(), initializer=_ignore_sigint) as pool:
            return list(pool.map(func, work, chunksize=max(1, len(work) // (jobs * 4))))

    return mapper
