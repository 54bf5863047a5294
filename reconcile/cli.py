"""The ``doisoat`` command line: parse options, call one library function, render the result.

Exit codes (contract): 0 ran and nothing at or above ``--fail-on``; 1 a finding at or above it;
2 bad usage or bad input (a file that could not be read, even when the others were checked).
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from extractor.documents import ExtractSettings
from extractor.errors import BadInputError, DoisoatError
from reconcile import api
from reconcile.baseline import read_baseline, write_baseline
from reconcile.engine.findings import severity_rank
from reconcile.results import CheckResult, DiffResult, ExtractResult
from reconcile.writers.json_writer import check_to_json, diff_to_json, extract_to_json, to_json_text

F = TypeVar("F", bound=Callable[..., Any])

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130
FORMATS = ("table", "json", "csv", "xlsx", "html", "sarif")


def _render(result: ExtractResult | CheckResult | DiffResult, fmt: str, command: str, output: str | None = None) -> bytes:
    """Result -> bytes in the chosen format (JSON here; the other writers live in reconcile.writers)."""
    if fmt == "json":
        if isinstance(result, ExtractResult):
            return to_json_text(extract_to_json(result)).encode()
        if isinstance(result, DiffResult):
            return to_json_text(diff_to_json(result)).encode()
        return to_json_text(check_to_json(result)).encode()
    from reconcile.writers import WRITERS, result_kind

    writer = WRITERS[fmt]
    if result_kind(result) not in writer.supports:
        raise click.UsageError(f"--format {fmt} is not available for '{command}'")
    if fmt == "table" and output:
        # Colour codes belong on a terminal, not in a file.
        from reconcile.writers.table import render as render_table

        return render_table(result, title=f"doisoat {command}", color=False)
    return writer.render(result, title=f"doisoat {command}")


def _emit(data: bytes, output: str | None, fmt: str) -> None:
    if fmt in ("xlsx", "html") and not output:
        raise click.UsageError(f"--format {fmt} needs -o FILE")
    if output:
        Path(output).write_bytes(data)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def _report_failures(result: ExtractResult | CheckResult, quiet: bool) -> None:
    for failure in result.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if not quiet and isinstance(result, CheckResult):
        n_err = sum(f.severity == "error" for f in result.findings)
        n_warn = sum(f.severity == "warning" for f in result.findings)
        cells = sum(f.covered for f in result.findings)
        click.echo(
            f"{len(result.documents)} documents read, {len(result.failures)} failed; "
            f"{len(result.findings)} findings ({n_err} errors, {n_warn} warnings; one per root cause, "
            f"covering {cells} cells), {len(result.suppressed)} suppressed by baseline",
            err=True,
        )


def input_options(func: F) -> F:
    """Options every command that reads reports shares."""
    decorators = [
        click.option("--no-ocr", is_flag=True, help="Do not OCR image-only pages (they are reported instead)."),
        click.option("--ocr-dpi", type=click.IntRange(72, 600), default=300, show_default=True, help="Rasterisation for OCR."),
        click.option(
            "--cache-dir", type=click.Path(file_okay=False), default=None,
            help="Cache read documents and OCR pages here [default: $DOISOAT_CACHE or ~/.cache/doisoat].",
        ),
        click.option("--no-cache", is_flag=True, help="Read every file again; neither use nor fill the cache."),
        click.option(
            "--jobs", "-j", type=click.IntRange(1, 256), default=None,
            help="Documents read in parallel [default: all cores; one file alone uses them for OCR pages].",
        ),
        click.option(
            "--timeout-per-document", type=click.FloatRange(min=0, min_open=True), default=None,
            help="Seconds per document; a slower one is reported as a failed file and the rest go on.",
        ),
        click.option(
            "--executor", type=click.Choice(["serial", "process", "dask"]), default=None,
            help="How documents are read in parallel [default: serial for one job or file, else process].",
        ),
        click.option(
            "--scheduler", default=None, metavar="ADDRESS",
            help="With --executor dask: a running scheduler (tcp://host:8786); default a local cluster.",
        ),
        click.option("--no-prose", is_flag=True, help="Only tables: do not read figures from running text."),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def output_options(func: F) -> F:
    """Options of every command that prints a result."""
    decorators = [
        click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help="Output format."),
        click.option("-o", "--output", type=click.Path(dir_okay=False), default=None, help="Write to FILE instead of stdout."),
        click.option("--quiet", "-q", is_flag=True, help="No summary or progress on stderr."),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def finding_options(func: F) -> F:
    """Options of the commands that report findings."""
    decorators = [
        click.option(
            "--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
            help="Exit 1 when a finding at or above this severity is reported.",
        ),
        click.option("--baseline", type=click.Path(dir_okay=False), default=None, help="Accepted findings: listed as suppressed."),
        click.option("--write-baseline", type=click.Path(dir_okay=False), default=None, help="Write all findings as a baseline file."),
        click.option(
            "--store", default=None, metavar="PATH|URL",
            help="Record this run's documents and findings: a SQLite file, or postgresql://user@host/db.",
        ),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def _read_options(opts: dict[str, Any]) -> tuple[ExtractSettings, dict[str, Any]]:
    """The extraction settings and the batch keywords of ``reconcile.api`` from the input options."""
    from reconcile.cache import DocumentCache, default_cache_root

    root = None if opts["no_cache"] else Path(opts["cache_dir"] or default_cache_root())
    jobs = opts["jobs"] or os.cpu_count() or 1
    settings = ExtractSettings(
        ocr=not opts["no_ocr"], ocr_dpi=opts["ocr_dpi"], cache_dir=str(root / "ocr") if root else None,
        jobs=jobs, prose=not opts["no_prose"],
    )
    batch = {
        "jobs": jobs,
        "executor": opts["executor"],
        "scheduler": opts["scheduler"],
        "cache": DocumentCache(root) if root else None,
        "timeout_per_document": opts["timeout_per_document"],
    }
    return settings, batch


def _progress(quiet: bool) -> api.Progress | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str) -> None:
        click.echo(f"\r[{done}/{total}] {Path(path).name[:60]:<60}", err=True, nl=done == total)

    return show


def handle_errors(func: F) -> F:
    """The one place domain errors become exit codes; tracebacks only with ``--debug``."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except BadInputError as exc:
            if debug:
                raise
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except DoisoatError as exc:
            if debug:
                raise
            click.echo(f"error: {exc}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except KeyboardInterrupt as exc:
            # Click would print "Aborted!" and exit 1; a batch says what it kept for the re-run.
            if debug:
                raise
            click.echo(f"doisoat: {exc or 'interrupted'}", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks.")
@click.version_option(package_name="doisoat")
def main(debug: bool) -> None:
    """doisoat (đối soát): cross-check the indicator tables and figures of Vietnamese district reports."""


def _check_exit(result: CheckResult, fail_on: str) -> int:
    if result.failures:
        return EXIT_BAD_INPUT
    if fail_on == "never":
        return EXIT_OK
    threshold = severity_rank(fail_on)
    return EXIT_FINDINGS if any(severity_rank(f.severity) >= threshold for f in result.findings) else EXIT_OK


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@input_options
@output_options
@handle_errors
def extract(paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, **opts: Any) -> None:
    """Extract indicator rows from report files (PDF, scanned PDF, text renderings) or directories."""
    if fmt == "sarif":
        raise click.UsageError("--format sarif is only for check/reconcile")
    settings, batch = _read_options(opts)
    result = api.extract(paths, settings, progress=_progress(quiet), **batch)
    _emit(_render(result, fmt, "extract", output), output, fmt)
    _report_failures(result, quiet)
    sys.exit(EXIT_BAD_INPUT if result.failures else EXIT_OK)


def _run_check(command: str, paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, fail_on: str,
               baseline: str | None, write_baseline_to: str | None, store: str | None, opts: dict[str, Any]) -> None:
    from datetime import UTC, datetime

    accepted = read_baseline(baseline) if baseline else None
    settings, batch = _read_options(opts)
    started = datetime.now(UTC)
    result = api.check(paths, settings, baseline=accepted, progress=_progress(quiet),
                       across_documents=command == "reconcile", **batch)
    if write_baseline_to:
        write_baseline([*result.findings, *result.suppressed], write_baseline_to)
        click.echo(f"wrote baseline {write_baseline_to} ({len(result.findings) + len(result.suppressed)} findings)", err=True)
    if store:
        from reconcile.store import FindingsStore

        with FindingsStore(store) as db:
            run_id = db.record_run(command, sys.argv[1:], result, started_at=started, finished_at=datetime.now(UTC),
                                   justifications=accepted or None)
        if not quiet:
            click.echo(f"recorded run {run_id} in {store}", err=True)
    _emit(_render(result, fmt, command, output), output, fmt)
    _report_failures(result, quiet)
    sys.exit(_check_exit(result, fail_on))


def _finding_command(name: str, help_text: str) -> None:
    """Register ``check`` or ``reconcile``: the same options, one library call each."""

    def command(paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, fail_on: str,
                baseline: str | None, write_baseline: str | None, store: str | None, **opts: Any) -> None:
        _run_check(name, paths, fmt, output, quiet, fail_on, baseline, write_baseline, store, opts)

    command.__doc__ = help_text
    decorated = handle_errors(command)
    for deco in (finding_options, output_options, input_options,
                 click.argument("paths", nargs=-1, required=True, type=click.Path())):
        decorated = deco(decorated)
    main.command(name)(decorated)


_finding_command("check", "Check each document on its own: ratios, sums, labels, units, place names, unreadable cells.")
_finding_command("reconcile", "Check documents and cross-check those about the same district against each other.")


@main.command()
@click.argument("old", type=click.Path())
@click.argument("new", type=click.Path())
@input_options
@output_options
@click.option("--fail-on-change", is_flag=True, help="Exit 1 when anything changed.")
@handle_errors
def diff(old: str, new: str, fmt: str, output: str | None, quiet: bool, fail_on_change: bool, **opts: Any) -> None:
    """Diff two versions of a report: changed values, added and removed indicators."""
    if fmt == "sarif":
        raise click.UsageError("--format sarif is only for check/reconcile")
    settings, _batch = _read_options(opts)
    result = api.diff(old, new, settings)
    _emit(_render(result, fmt, "diff", output), output, fmt)
    if not quiet:
        click.echo(
            f"{len(result.changes)} changed values, {len(result.added)} added, {len(result.removed)} removed indicators",
            err=True,
        )
    changed = bool(result.changes or result.added or result.removed)
    sys.exit(EXIT_FINDINGS if fail_on_change and changed else EXIT_OK)


@main.command()
@click.option("--corpus", type=click.Path(exists=True, file_okay=False), default="corpus", show_default=True,
              help="Folder of corpus documents the golden files name.")
@click.option("--golden", "golden_dir", type=click.Path(file_okay=False), default="golden", show_default=True,
              help="Folder of golden files (findings/, extraction/).")
@click.option("--update", is_flag=True, help="Rewrite golden files after showing the difference.")
@click.option("--yes", is_flag=True, help="With --update: do not ask for confirmation.")
@handle_errors
def golden(corpus: str, golden_dir: str, update: bool, yes: bool) -> None:
    """Run on the corpus, compare with golden/: precision and recall per kind; exit 1 on any regression."""
    from reconcile.golden import run_golden

    code = run_golden(corpus, golden_dir, update=update, assume_yes=yes, echo=click.echo)
    sys.exit(code)





@main.command()
@click.option("--store", default=None, metavar="PATH|URL",
              help="Findings store [default: $DOISOAT_STORE or ~/.local/share/doisoat/findings.sqlite].")
@click.option("--document", "document_id", default=None, help="One document's findings, run after run (its file name).")
@click.option("--open", "show_open", is_flag=True, help="With --document: list the still-open findings too.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the last N runs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output format.")
@handle_errors
def history(store: str | None, document_id: str | None, show_open: bool, limit: int | None, fmt: str) -> None:
    """Runs recorded with --store, or how one document's findings changed between runs (new, fixed, open)."""
    from reconcile import history as hist
    from reconcile.store import FindingsStore

    with FindingsStore(store) as db:
        if document_id:
            diffs = db.document_history(document_id)
            if fmt == "json":
                click.echo(to_json_text(hist.document_history_to_json(document_id, diffs)), nl=False)
            else:
                click.echo(hist.document_history_to_text(document_id, diffs, show_open=show_open), nl=False)
        else:
            runs = db.runs(limit=limit)
            click.echo(to_json_text(hist.runs_to_json(runs)) if fmt == "json" else hist.runs_to_text(runs), nl=False)


@main.group()
def cache() -> None:
    """The on-disk cache of read documents and OCR pages."""


@cache.command("clear")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Cache folder [default: $DOISOAT_CACHE or ~/.cache/doisoat].")
def cache_clear(cache_dir: str | None) -> None:
    """Remove every cached document and OCR page."""
    import shutil

    from reconcile.cache import DocumentCache, default_cache_root

    root = Path(cache_dir or default_cache_root())
    removed = DocumentCache(root).clear()
    if (root / "ocr").is_dir():
        shutil.rmtree(root / "ocr")
    click.echo(f"removed {removed} cached documents and the OCR cache from {root}", err=True)


@cache.command("info")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None,
              help="Cache folder [default: $DOISOAT_CACHE or ~/.cache/doisoat].")
def cache_info(cache_dir: str | None) -> None:
    """How many documents the cache holds and how much space it takes."""
    from reconcile.cache import DocumentCache, default_cache_root

    click.echo(str(DocumentCache(cache_dir or default_cache_root()).stats()))
