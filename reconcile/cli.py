"""The ``doisoat`` command line: parse options, call one library function, render the result.

Every command ends through ``DoisoatGroup.invoke``, the one handler that turns an exception into
its message and exit code (``reconcile.errors``: 0 ran and nothing at or above ``--fail-on``; 1 a
finding at or above it; 2 bad usage or bad input; 3 a bug; 130 Ctrl-C). Tracebacks only with
``--debug``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import tomllib
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

import reconcile.api as api
from extractor.documents import ExtractSettings
from extractor.errors import os_reason
from reconcile.baseline import read_baseline, write_baseline
from reconcile.batch import BatchSettings, Progress
from reconcile.cache import DocumentCache, default_cache_root
from reconcile.cli_i18n import PathArg, argv_language, language, say, speaking, templated
from reconcile.engine.findings import severity_rank
from reconcile.engine.messages import N_, Msg, Np_, Said, msg, text
from reconcile.engine.messages import say as said_in
from reconcile.engine.settings import CHECK_NAMES, CheckSettings
from reconcile.errors import (
    ExitCode,
    NothingReadError,
    OutputError,
    SettingsError,
    describe,
    one_line,
    saying,
)
from reconcile.i18n import DEFAULT_LANGUAGE, LANGUAGES, Language, translator
from reconcile.inputs import is_own_output
from reconcile.results import CheckResult, DiffResult, ExtractResult
from reconcile.writers import WRITERS
from reconcile.writers import render as render_result

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "csv", "xlsx", "html", "sarif")


class DoisoatGroup(click.Group):
    """The ``doisoat`` group: every command, and every subcommand of ``cache``, ends here. It
    starts here too: the language (``--lang``, ``$DOISOAT_LANG``) is read before click parses, so
    click's own words (usage, errors, help) are said in it (``reconcile.cli_i18n``)."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,  # type: ignore[override]
             complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        lang = argv_language(sys.argv[1:] if args is None else args, os.environ)
        with speaking(lang, self):
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise  # click's own endings: exit codes, usage errors (2) with their message
        except BaseException as exc:  # the one place every failure is mapped to a message and code
            if ctx.params.get("debug"):
                raise
            code, line = describe(exc, translator(ctx.meta.get(_LANG_KEY, language())))
            click.echo(line, err=True)
            ctx.exit(code)


_LANG_KEY = "doisoat.lang"


_LANG_SOURCE_KEY = "doisoat.lang.source"


def _remember_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str:
    """``--lang`` of the group (``doisoat --lang en check ...``) or of a command (``doisoat check
    --lang en``): the command's own on the command line wins, then the group's, then
    ``$DOISOAT_LANG``, then Vietnamese. ctx.meta is shared by the whole context chain, so the
    group's handler words a failure that ends the command in the language asked for."""
    source = ctx.get_parameter_source(param.name) if param.name else None
    given_here = source is click.core.ParameterSource.COMMANDLINE
    given_before = ctx.meta.get(_LANG_SOURCE_KEY) is click.core.ParameterSource.COMMANDLINE
    if value is None or (given_before and not given_here):
        value = ctx.meta.get(_LANG_KEY, value or DEFAULT_LANGUAGE)
    else:
        ctx.meta[_LANG_SOURCE_KEY] = source
    ctx.meta[_LANG_KEY] = value
    return str(value)


def _options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    def apply(func: F) -> F:
        for deco in reversed(decorators):
            func = deco(func)
        return func

    return apply


input_options = _options(
    click.option("--no-ocr", is_flag=True, help=N_("Do not OCR image-only pages (they are reported instead).")),
    click.option("--ocr-dpi", type=click.IntRange(72, 600), default=300, show_default=True, metavar="DPI",
                 help=N_("Rasterisation for OCR.")),
    click.option("--no-prose", is_flag=True, help=N_("Only tables: do not read figures from running text.")),
)
input_options.__doc__ = "Options of every command that reads reports: how a file is read."

batch_options = _options(
    click.option(
        "--cache-dir", type=PathArg(file_okay=False), default=None, metavar=N_("FOLDER"),
        help=N_("Cache read documents and OCR pages here [default: $DOISOAT_CACHE or ~/.cache/doisoat]."),
    ),
    click.option("--no-cache", is_flag=True, help=N_("Read every file again; neither use nor fill the cache.")),
    click.option(
        "--jobs", "-j", type=click.IntRange(1, 256), default=None, metavar="N",
        help=N_("Documents read and checked in parallel [default: all cores; one file alone uses them for OCR pages]."),
    ),
    click.option(
        # Validated by BatchSettings (a number of seconds above 0, at most a week; not nan or inf).
        "--timeout-per-document", type=float, default=None, metavar=N_("SECONDS"),
        help=N_("Seconds per document (reading and checking it); a slower one is reported as a failed file and the rest go on."),
    ),
    click.option(
        "--executor", type=click.Choice(["serial", "process", "dask"]), default=None,
        help=N_("How documents are read in parallel [default: serial for one job or file, else process]."),
    ),
    click.option(
        "--scheduler", default=None, metavar=N_("ADDRESS"),
        help=N_("With --executor dask: a running scheduler (tcp://host:8786); default a local cluster."),
    ),
)
batch_options.__doc__ = "Options of every command that reads reports: how many at once, cache, timeouts."

output_options = _options(
    click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True, help=N_("Output format.")),
    click.option("-o", "--output", type=PathArg(dir_okay=False), default=None, metavar=N_("FILE"),
                 help=N_("Write to FILE instead of stdout.")),
    click.option("--quiet", "-q", is_flag=True, help=N_("No summary or progress on stderr.")),
    click.option(
        "--lang", type=click.Choice(LANGUAGES), default=DEFAULT_LANGUAGE, show_default=True, envvar="DOISOAT_LANG",
        callback=_remember_lang,
        help=N_("Language of the messages and the report's words: vi (tiếng Việt) or en. Also $DOISOAT_LANG."),
    ),
)
output_options.__doc__ = "Options of every command that prints a result."


def _check_names(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in CHECK_NAMES]
    if unknown or not names:
        raise click.BadParameter(say(msg(N_("unknown check {names}; choose from {known}"),
                                         names=", ".join(unknown) if unknown else msg(N_("(none given)")),
                                         known=", ".join(CHECK_NAMES))))
    return names


finding_options = _options(
    click.option(
        "--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
        help=N_("Exit 1 when a finding at or above this severity is reported."),
    ),
    click.option(
        "--checks", callback=_check_names, default=None, metavar="NAME[,NAME...]",
        help=templated(N_("Run only these checks [default: all]: {names}."), names=", ".join(CHECK_NAMES)),
    ),
    click.option(
        "--config", "config_file", type=PathArg(dir_okay=False), default=None, metavar=N_("FILE.toml"),
        help=N_("Check settings from the [check] table of a TOML file (fields of CheckSettings, docs/rules.md)."),
    ),
    click.option("--baseline", type=PathArg(dir_okay=False), default=None, metavar=N_("FILE"),
                 help=N_("Accepted findings: listed as suppressed.")),
    click.option("--write-baseline", type=PathArg(dir_okay=False), default=None, metavar=N_("FILE"),
                 help=N_("Write all findings as a baseline file.")),
    click.option(
        "--store", default=None, metavar=N_("PATH|URL"),
        help=N_("Record this run's documents and findings: a SQLite file, or postgresql://user@host/db."),
    ),
)
finding_options.__doc__ = "Options of the commands that report findings."


# ------------------------------------------------------------------------------------ settings


def _extract_settings(opts: Mapping[str, Any], batch: BatchSettings) -> ExtractSettings:
    return ExtractSettings(
        ocr=not opts["no_ocr"], ocr_dpi=opts["ocr_dpi"], jobs=batch.workers(), prose=not opts["no_prose"]
    )


def _batch_settings(opts: Mapping[str, Any]) -> BatchSettings:
    cache_dir = None if opts["no_cache"] else str(Path(opts["cache_dir"] or default_cache_root()))
    try:
        return BatchSettings.resolve(
            {
                "jobs": opts["jobs"],  # None: all cores
                "executor": opts["executor"],
                "scheduler": opts["scheduler"],
                "cache_dir": cache_dir,
                "timeout_per_document": opts["timeout_per_document"],
            }
        )
    except ValueError as exc:
        raise click.UsageError(say(_reason(exc)).replace("timeout_per_document", "--timeout-per-document")) from None


def _check_settings(checks: tuple[str, ...] | None, config_file: str | None) -> CheckSettings:
    values: dict[str, Any] = {}
    if config_file:
        try:
            with open(config_file, "rb") as fh:
                values = dict(tomllib.load(fh).get("check", {}))
        except OSError as exc:
            raise saying(SettingsError, msg(N_("{path}: cannot be read ({detail})"), path=config_file,
                                            detail=os_reason(exc))) from None
        except tomllib.TOMLDecodeError as exc:
            raise saying(SettingsError, msg(N_("{path}: not valid TOML ({detail})"), path=config_file,
                                            detail=str(exc))) from None
    if checks is not None:
        values["checks"] = checks
    try:
        return CheckSettings.resolve(values)
    except ValueError as exc:
        reason = _reason(exc)
        raise saying(SettingsError, msg(N_("{path}: [check] {reason}"), path=config_file, reason=reason)
                     if config_file else reason) from None


def _reason(exc: ValueError) -> Msg:
    """A settings error's reason as a message (``Settings.validate`` raises a ``Said`` line)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first.said if isinstance(first, Said) else text(str(exc))


# ------------------------------------------------------------------------------------ output


def _emit(result: ExtractResult | CheckResult | DiffResult, fmt: str, command: str, output: str | None,
          lang: str = DEFAULT_LANGUAGE) -> None:
    """Render through the writers registry (``_refuse_early`` has checked the format) and write
    to ``-o FILE`` or stdout, in ``lang``."""
    data = render_result(fmt, result, title=f"doisoat {command}", to_file=output is not None, lang=lang)
    if output:
        _write_file(output, data)
        click.echo(say(msg(N_("wrote {path}"), path=one_line(output))), err=True)
        return
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    except OSError as exc:
        _stdout_to_devnull()
        raise saying(OutputError, msg(N_("cannot write to standard output ({detail})"), detail=os_reason(exc))) from None


def _write_file(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all: a temporary file beside it, renamed into
    place, so a full disk never leaves half a report that looks whole. A device or FIFO
    (``-o /dev/stdout``) is written directly. OSError (missing or read-only folder, full disk)
    goes to the one handler: "error: PATH: reason", exit 2."""
    target = Path(path)
    try:
        if target.exists() and not target.is_file():
            with open(target, "wb") as fh:
                fh.write(data)
            return
        mode = _new_file_mode(target)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _unwritten(path, exc) from None
    try:
        # mkstemp makes the file private (0600) and os.replace keeps that mode: give the report the
        # mode any new file gets here (the umask's), or the mode of the report it replaces.
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _unwritten(path, exc) from None
        raise


def _new_file_mode(target: Path) -> int:
    """The permission bits ``target`` gets: those of the file it replaces, else 0666 less the umask
    (what ``open(path, "w")`` would give)."""
    with contextlib.suppress(OSError):
        st = target.stat()
        if stat.S_ISREG(st.st_mode):
            return stat.S_IMODE(st.st_mode)
    umask = os.umask(0o022)  # read the umask (os.umask sets it and returns the old one) ...
    os.umask(umask)  # ... and put it back at once
    return 0o666 & ~umask


def _unwritten(path: str, exc: OSError) -> Exception:
    return saying(OutputError, msg(N_("cannot write {path} ({detail}): no report was written"), path=path,
                                   detail=os_reason(exc)))


def _stdout_to_devnull() -> None:
    # Python flushes stdout again on exit; on a full or closed stdout that would print a second
    # error ("Exception ignored ...") and change the exit code.
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _refuse_early(fmt: str, output: str | None, kind: str, command: str, paths: tuple[str, ...] = ()) -> None:
    """Usage errors that need no reading: said before reading a province's worth of files.
    ``kind``: the result the command makes ("extract", "check", "diff"; see ``result_kind``)."""
    writer = WRITERS[fmt]
    if kind not in writer.supports:
        raise click.UsageError(say(msg(N_("--format {format} is only for check/reconcile"), format=fmt)) if fmt == "sarif"
                               else say(msg(N_("--format {format} is not available for '{command}'"), format=fmt,
                                            command=command)))
    if writer.needs_file and not output:
        raise click.UsageError(say(msg(N_("--format {format} needs -o FILE"), format=fmt)))
    if output:
        overwritten = _input_overwritten_by(output, paths)
        if overwritten is not None:
            raise click.UsageError(say(msg(N_("-o {output} would overwrite an input report ({input}): write the output "
                                              "somewhere else"), output=one_line(output), input=one_line(overwritten))))


def _input_overwritten_by(output: str, paths: tuple[str, ...]) -> str | None:
    """The input that ``-o output`` would overwrite: a file named on the command line, or a report
    file inside a folder named there (a report doisoat wrote before may be overwritten)."""
    from extractor.documents import SUPPORTED_SUFFIXES

    target = Path(output)
    if not target.is_file() or is_own_output(target):
        return None
    for raw in paths:
        given = Path(raw)
        try:
            if given.is_dir():
                inside = target.resolve().is_relative_to(given.resolve())
                if inside and target.suffix.lower() in SUPPORTED_SUFFIXES:
                    return str(target)
            elif given.exists() and os.path.samefile(given, target):
                return raw
        except (OSError, RuntimeError):  # RuntimeError: a symbolic link loop (Path.resolve, Python < 3.13)
            continue
    return None


def _report_failures(result: ExtractResult | CheckResult, quiet: bool, lang: str = DEFAULT_LANGUAGE) -> None:
    # "error:" stays a fixed tag scripts can grep; the reason is in the reader's language.
    translate = translator(lang)
    for failure in result.failures:
        click.echo(one_line(f"error: {failure.path}: {failure.render(translate)}"), err=True)
    for warning in result.warnings:
        click.echo(one_line(f"warning: {said_in(warning, translate)}"), err=True)
    if not quiet and isinstance(result, CheckResult):
        say = Language(lang)
        n_err = sum(f.severity == "error" for f in result.findings)
        n_warn = sum(f.severity == "warning" for f in result.findings)
        cells = sum(f.covered for f in result.findings)
        n_doubt = sum(f.kind == "extraction_doubt" for f in result.findings)
        line = say._(
            "{documents} documents read, {failed} failed; {findings} findings ({errors} errors, {warnings} warnings; "
            "one per root cause, covering {cells} cells), {suppressed} suppressed by baseline"
        ).format(documents=len(result.documents), failed=len(result.failures), findings=len(result.findings),
                 errors=n_err, warnings=n_warn, cells=cells, suppressed=len(result.suppressed))
        if n_doubt:
            line += "; " + say.count(n_doubt, *Np_("{n} table not read reliably (extraction_doubt)",
                                                  "{n} tables not read reliably (extraction_doubt)"))
        click.echo(line, err=True)


def _something_read(result: ExtractResult | CheckResult, paths: tuple[str, ...]) -> None:
    """"0 documents read" is never a success: with no failure to say why (those exit 2 already),
    raise ``NothingReadError`` (exit 2, one line)."""
    if result.documents or result.failures:
        return
    named = msg(N_("{paths} and {n} more"), paths=", ".join(paths[:3]), n=len(paths) - 3) if len(paths) > 3 \
        else text(", ".join(paths))
    why = msg(N_("everything there was skipped (see the warnings)")) if result.warnings else msg(N_("no report files found"))
    raise saying(NothingReadError, msg(N_("no report was read from {paths}: {why}"), paths=named, why=why))


def _progress(quiet: bool) -> Progress | None:
    if quiet or not sys.stderr.isatty():
        return None

    def show(done: int, total: int, path: str, from_cache: bool) -> None:
        click.echo(f"\r[{done}/{total}] {Path(path).name[:60]:<60}", err=True, nl=done == total)

    return show


def _check_exit(result: CheckResult, fail_on: str) -> ExitCode:
    if result.failures:
        return ExitCode.BAD_INPUT
    if fail_on == "never":
        return ExitCode.OK
    threshold = severity_rank(fail_on)
    return ExitCode.FINDINGS if any(severity_rank(f.severity) >= threshold for f in result.findings) else ExitCode.OK


# ------------------------------------------------------------------------------------ commands


def _show_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    # click's own --version fixes its sentence when the command is defined; this one says it in the
    # language of the run.
    if not value or ctx.resilient_parsing:
        return
    from importlib import metadata

    click.echo(say(msg(N_("{prog}, version {version}"), prog=ctx.find_root().info_name or "doisoat",
                       version=metadata.version("doisoat"))))
    ctx.exit()


@click.group(cls=DoisoatGroup, context_settings={"help_option_names": ["-h", "--help"]},
             help=N_("doisoat (đối soát): cross-check the indicator tables and figures of Vietnamese district reports."))
@click.option("--debug", is_flag=True, help=N_("Show tracebacks."))
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, envvar="DOISOAT_LANG", expose_value=False,
              is_eager=True, callback=_remember_lang,
              help=N_("Language of the command that follows: vi (tiếng Việt, the default) or en. Also $DOISOAT_LANG."))
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_show_version,
              help=N_("Show the version and exit."))
def main(debug: bool) -> None:
    """The ``doisoat`` group (its help is the ``help=`` above, a message id)."""


@main.command(help=N_("Extract indicator rows from report files (PDF, scanned PDF, text renderings) or directories."))
@click.argument("paths", nargs=-1, required=True, type=PathArg(), metavar=N_("PATHS..."))
@input_options
@batch_options
@output_options
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, lang: str,
            **opts: Any) -> None:
    _refuse_early(fmt, output, "extract", "extract", paths)
    batch = _batch_settings(opts)
    result = api.extract(paths, _extract_settings(opts, batch), batch_settings=batch, progress=_progress(quiet))
    _emit(result, fmt, "extract", output, lang)
    _report_failures(result, quiet, lang)
    _something_read(result, paths)
    ctx.exit(ExitCode.BAD_INPUT if result.failures else ExitCode.OK)


def _finding_command(name: str, help_text: str) -> None:
    """Register ``check`` or ``reconcile``: the same options, one library call each."""

    @click.pass_context
    def command(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str | None, quiet: bool, lang: str,
                fail_on: str, checks: tuple[str, ...] | None, config_file: str | None, baseline: str | None,
                write_baseline: str | None, store: str | None, **opts: Any) -> None:
        _refuse_early(fmt, output, "check", name, paths)
        check_settings = _check_settings(checks, config_file)
        accepted = read_baseline(baseline) if baseline else None
        batch = _batch_settings(opts)
        started = datetime.now(UTC)
        run = api.reconcile if name == "reconcile" else api.check
        result = run(paths, _extract_settings(opts, batch), check_settings=check_settings, batch_settings=batch,
                     baseline=accepted, progress=_progress(quiet))
        # The report first: a baseline or store that cannot be written is reported after it
        # (exit 2, one line), never at the cost of the output.
        _emit(result, fmt, name, output, lang)
        _report_failures(result, quiet, lang)
        _something_read(result, paths)
        if write_baseline:
            _write_baseline(result, write_baseline)
        if store:
            _record(store, name, result, started, quiet)
        ctx.exit(_check_exit(result, fail_on))

    decorated: Any = command
    for deco in (finding_options, output_options, batch_options, input_options,
                 click.argument("paths", nargs=-1, required=True, type=PathArg(), metavar=N_("PATHS..."))):
        decorated = deco(decorated)
    main.command(name, help=help_text)(decorated)


def _write_baseline(result: CheckResult, path: str) -> None:
    findings = [*result.findings, *result.suppressed]
    write_baseline(findings, path, documents=result.documents)
    click.echo(say(msg(N_("wrote baseline {path} ({n} findings)"), path=one_line(path), n=len(findings))), err=True)


def _record(store: str, command: str, result: CheckResult, started: datetime, quiet: bool) -> None:
    from reconcile.store import FindingsStore  # SQLAlchemy loads only for runs that keep a store

    with FindingsStore(store) as db:
        # The store keeps the arguments with any password masked (``store.redact_credentials``).
        run_id = db.record_run(command, sys.argv[1:], result, started_at=started, finished_at=datetime.now(UTC))
        where = db.display_url
    if not quiet:
        click.echo(say(msg(N_("recorded run {run} in {store}"), run=run_id, store=one_line(where))), err=True)


_finding_command("check", N_("Check each document on its own: ratios, sums, labels, units, place names, unreadable cells."))
_finding_command("reconcile", N_("Check documents and cross-check those about the same district against each other."))


@main.command(help=N_("Diff two versions of a report: changed values, added and removed indicators."))
@click.argument("old", type=PathArg(), metavar=N_("OLD"))
@click.argument("new", type=PathArg(), metavar=N_("NEW"))
@input_options
@batch_options
@output_options
@click.option("--fail-on-change", is_flag=True, help=N_("Exit 1 when anything changed."))
@click.pass_context
def diff(ctx: click.Context, old: str, new: str, fmt: str, output: str | None, quiet: bool, lang: str,
         fail_on_change: bool, **opts: Any) -> None:
    _refuse_early(fmt, output, "diff", "diff", (old, new))
    batch = _batch_settings(opts)
    result = api.diff(old, new, _extract_settings(opts, batch), batch_settings=batch, progress=_progress(quiet))
    _emit(result, fmt, "diff", output, lang)
    for warning in result.warnings:
        click.echo(one_line(f"warning: {said_in(warning, translator(lang))}"), err=True)
    if not quiet:
        click.echo(
            Language(lang)._("{changed} changed values, {added} added, {removed} removed indicators").format(
                changed=len(result.changes), added=len(result.added), removed=len(result.removed)),
            err=True,
        )
    changed = bool(result.changes or result.added or result.removed)
    ctx.exit(ExitCode.FINDINGS if fail_on_change and changed else ExitCode.OK)


@main.command(help=N_("Measure against the hand-read golden: precision and recall per kind; exit 1 on a regression."))
@click.option("--corpus", type=PathArg(exists=True, file_okay=False), default="corpus", show_default=True,
              metavar=N_("FOLDER"), help=N_("Folder of corpus documents the extraction truth names."))
@click.option("--golden", "golden_dir", type=PathArg(file_okay=False), default="golden", show_default=True,
              metavar=N_("FOLDER"), help=N_("Folder of golden sets (hand/, prose/, extraction/); their paths start at its parent."))
@click.option("--heldout", is_flag=True, help=N_("Also score the prose corpus's held-out split (the final measurement)."))
@click.option("--set", "sets", type=click.Choice(["hand", "prose", "extraction"]), multiple=True,
              help=N_("Only this golden set (repeatable) [default: all]."))
@click.pass_context
def golden(ctx: click.Context, corpus: str, golden_dir: str, heldout: bool, sets: tuple[str, ...]) -> None:
    from reconcile.golden import run_golden

    ctx.exit(run_golden(corpus, golden_dir, heldout=heldout, sets=sets or None, echo=click.echo))


@main.command(help=N_("Runs recorded with --store, or how one document's findings changed between runs (new, fixed, open)."))
@click.option("--store", default=None, metavar=N_("PATH|URL"),
              help=N_("Findings store [default: $DOISOAT_STORE or ~/.local/share/doisoat/findings.sqlite]."))
@click.option("--document", "document_id", default=None, metavar=N_("PATH"),
              help=N_("One document's findings, run after run: its relative path (huyenA/bao_cao.txt) or, when unique, its file name."))
@click.option("--open", "show_open", is_flag=True, help=N_("With --document: list the still-open findings too."))
@click.option("--limit", type=click.IntRange(1), default=None, metavar="N", help=N_("Only the last N runs."))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help=N_("Output format."))
@click.option("--lang", type=click.Choice(LANGUAGES), default=None, show_default=DEFAULT_LANGUAGE, envvar="DOISOAT_LANG",
              callback=_remember_lang, help=N_("Language of the text: vi (tiếng Việt) or en. Also $DOISOAT_LANG."))
def history(store: str | None, document_id: str | None, show_open: bool, limit: int | None, fmt: str, lang: str) -> None:
    import reconcile.history as hist
    from reconcile.store import FindingsStore
    from reconcile.writers.json_writer import to_json_text

    reader = Language(lang)
    with FindingsStore(store) as db:
        if document_id:
            diffs = db.document_history(document_id)
            if fmt == "json":
                click.echo(to_json_text(hist.document_history_to_json(document_id, diffs)), nl=False)
            else:
                click.echo(hist.document_history_to_text(document_id, diffs, show_open=show_open, lang=reader), nl=False)
        else:
            runs = db.runs(limit=limit)
            click.echo(to_json_text(hist.runs_to_json(runs)) if fmt == "json" else hist.runs_to_text(runs, reader), nl=False)


@main.group(help=N_("The on-disk cache of read documents and OCR pages."))
def cache() -> None:
    pass


@cache.command("clear", help=N_("Remove every cached document and OCR page (only the entries doisoat wrote; anything else "
                                  "in the folder stays)."))
@click.option("--cache-dir", type=PathArg(file_okay=False), default=None, metavar=N_("FOLDER"),
              help=N_("Cache folder [default: $DOISOAT_CACHE or ~/.cache/doisoat]."))
def cache_clear(cache_dir: str | None) -> None:
    from extractor.ocr import clear_ocr_cache

    root = Path(cache_dir or default_cache_root())
    removed = DocumentCache(root).clear()
    pages = clear_ocr_cache(root / "ocr")
    click.echo(say(msg(N_("removed {documents} cached documents and {pages} OCR pages from {folder}"), documents=removed,
                       pages=pages, folder=one_line(str(root)))), err=True)


@cache.command("info", help=N_("How many documents the cache holds and how much space it takes."))
@click.option("--cache-dir", type=PathArg(file_okay=False), default=None, metavar=N_("FOLDER"),
              help=N_("Cache folder [default: $DOISOAT_CACHE or ~/.cache/doisoat]."))
def cache_info(cache_dir: str | None) -> None:
    stats = DocumentCache(cache_dir or default_cache_root()).stats()
    click.echo(say(msg(N_("{folder}: {entries} cached documents, {size} MB"), folder=one_line(stats.root),
                       entries=stats.entries, size=f"{stats.bytes / 1e6:.1f}")))
