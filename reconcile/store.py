"""A findings store with history: every ``check``/``reconcile`` run, its documents and findings.

SQLAlchemy Core, so the same code writes a local SQLite file (the default, no server) or a
shared PostgreSQL database (``postgresql+psycopg://user@host/db``). Findings are compared across
runs by ``Finding.fingerprint()``, which survives re-extraction and edits elsewhere in a report:
``document_history`` says, run after run, which findings of a document are new, fixed, still open.

A document is followed across runs by its ``relative_path`` (``reconcile.inputs``), so two
districts' ``bao_cao.txt`` have two histories. Credentials never reach the store: the arguments of
a run are kept with any password masked (``redact_credentials``), and runs recorded before that
are masked when read.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    inspect,
    or_,
    select,
    text,
)
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from extractor.model import Document
from reconcile.cache import tool_version
from reconcile.engine.findings import Finding
from reconcile.errors import DoisoatError, StoreError
from reconcile.results import CheckResult, ExtractResult
from reconcile.writers.json_writer import finding_to_dict

STORE_SCHEMA = 2

metadata = MetaData()

runs_table = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("command", String(40), nullable=False),
    Column("args", JSON, nullable=False),
    Column("tool_version", String(40), nullable=False),
    Column("store_schema", Integer, nullable=False, default=STORE_SCHEMA),
)

documents_table = Table(
    "documents",
    metadata,
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("document", String(500), nullable=False),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("format", String(20)),
    Column("district", String(200)),
    Column("province", String(200)),
    Column("issuer", String(50)),
    Column("number", String(100)),
    Column("date", String(10)),
    Column("title", Text),
    Column("pages", Integer),
    Column("rows", Integer),
    # Added in store schema 2 (older stores get the column on opening; their rows hold NULL, read
    # as the document id).
    Column("relative_path", Text),
    Index("ix_documents_document_run", "document", "run_id"),
)

rows_table = Table(
    "rows",
    metadata,
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("document", String(500), nullable=False),
    Column("row_index", Integer, nullable=False),
    Column("section", String(50)),
    Column("indicator", Text, nullable=False),
    Column("key", Text, nullable=False),
    Column("unit", String(100)),
    Column("page", Integer),
    Column("line", Integer),
    Column("cells", JSON, nullable=False),
    Index("ix_rows_run_document", "run_id", "document"),
)

findings_table = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("fingerprint", Text, nullable=False),
    Column("kind", String(40), nullable=False),
    Column("severity", String(10), nullable=False),
    Column("document", String(500), nullable=False),
    Column("other_document", String(500)),
    Column("page", Integer),
    Column("line", Integer),
    Column("indicator", Text),
    Column("column", Text),
    Column("reported", Text),
    Column("expected", Text),
    Column("message", Text, nullable=False),
    Column("suppressed", Boolean, nullable=False, default=False),
    Column("justification", Text),
    Index("ix_findings_document_run", "document", "run_id"),
    Index("ix_findings_other_run", "other_document", "run_id"),
)

failures_table = Table(
    "failures",
    metadata,
    Column("run_id", Integer, ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
    Column("path", Text, nullable=False),
    Column("reason", Text, nullable=False),
)


@dataclass(frozen=True)
class RunInfo:
    """One recorded run.

    id:           run number, increasing.
    started_at, finished_at: UTC.
    command:      "check" or "reconcile" (or "extract").
    args:         the command line's arguments as given.
    tool_version: doisoat version that ran.
    documents, findings, suppressed, failures: counts.
    """

    id: int
    started_at: datetime
    finished_at: datetime | None
    command: str
    args: tuple[str, ...]
    tool_version: str
    documents: int = 0
    findings: int = 0
    suppressed: int = 0
    failures: int = 0


@dataclass(frozen=True)
class FindingRecord:
    """A finding as stored (the fields an auditor reads, plus its fingerprint)."""

    fingerprint: str
    kind: str
    severity: str
    document: str
    message: str
    other_document: str | None = None
    page: int | None = None
    line: int | None = None
    indicator: str | None = None
    column: str | None = None
    reported: str | None = None
    expected: str | None = None
    suppressed: bool = False
    justification: str | None = None


@dataclass(frozen=True)
class RunDiff:
    """One run of a document against the previous run that read it.

    run:          the run.
    previous_run: id of the previous run with this document, None for its first run.
    sha256, previous_sha256: the file's content hash then and before.
    new:          findings whose fingerprint the previous run did not have (all of them in the first).
    fixed:        findings of the previous run gone in this one.
    still_open:   findings of this run the previous run had too.
    """

    run: RunInfo
    previous_run: int | None
    sha256: str
    previous_sha256: str | None
    new: tuple[FindingRecord, ...]
    fixed: tuple[FindingRecord, ...]
    still_open: tuple[FindingRecord, ...]

    @property
    def changed(self) -> bool:
        """True when the file's bytes differ from the previous run's."""
        return self.previous_sha256 is not None and self.previous_sha256 != self.sha256


def default_store_url() -> str:
    """$DOISOAT_STORE, else a SQLite file in $XDG_DATA_HOME/doisoat (~/.local/share/doisoat)."""
    env = os.environ.get("DOISOAT_STORE")
    if env:
        return store_url(env)
    xdg = os.environ.get("XDG_DATA_HOME")
    base = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return store_url(base / "doisoat" / "findings.sqlite")


def store_url(path_or_url: str | os.PathLike[str]) -> str:
    """What ``--store`` accepts -> a SQLAlchemy URL.

    >>> store_url("baocao/soat.sqlite")                     # doctest: +SKIP
    'sqlite:////home/ktv/baocao/soat.sqlite'
    >>> store_url("postgresql://ktv@db.so-tc.local/doisoat")
    'postgresql+psycopg://ktv@db.so-tc.local/doisoat'
    """
    text = os.fspath(path_or_url)
    if "://" not in text:
        return "sqlite:///" + str(Path(text).expanduser().resolve())
    # SQLAlchemy's default PostgreSQL driver is psycopg2; we ship psycopg 3.
    for prefix in ("postgresql://", "postgres://"):
        if text.startswith(prefix):
            return "postgresql+psycopg://" + text[len(prefix) :]
    return text


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    # SQLite hands back naive datetimes; everything stored here is UTC.
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


_FINDING_COLUMNS = ("fingerprint", "kind", "severity", "document", "other_document", "page", "line",
                    "indicator", "column", "reported", "expected", "message")


def _finding_row(run_id: int, f: Finding, suppressed: bool, justifications: Mapping[str, str]) -> dict[str, Any]:
    # The stored columns are the contract's JSON fields of a finding (one mapping for both).
    d = finding_to_dict(f)
    # A suppressed finding carries its baseline justification (``baseline.Baseline.split``).
    justification = d.get("justification", justifications.get(d["fingerprint"])) if suppressed else None
    return {
        "run_id": run_id,
        **{k: d[k] for k in _FINDING_COLUMNS},
        "suppressed": suppressed,
        "justification": justification,
    }


_URL_PASSWORD_RE = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*://)(?P<user>[^:/@\s]*):(?P<password>[^@/\s]*)@")
_QUERY_SECRET_RE = re.compile(r"(?i)(?P<key>[?&;](?:password|passwd|pwd|secret|token|sslpassword)=)[^&;\s]*")


def redact_credentials(arg: str) -> str:
    """One command-line argument with any password in a URL masked.

    >>> redact_credentials("--store=postgresql://ktv:mat-khau@db.so-tc.local/doisoat")
    '--store=postgresql://ktv:***@db.so-tc.local/doisoat'
    >>> redact_credentials("corpus/")
    'corpus/'
    """
    masked = _URL_PASSWORD_RE.sub(lambda m: f"{m['scheme']}{m['user']}:***@", arg)
    return _QUERY_SECRET_RE.sub(lambda m: f"{m['key']}***", masked)


def _document_row(run_id: int, d: Document) -> dict[str, Any]:
    return {
        "run_id": run_id,
        "document": d.id,
        "path": d.path,
        "sha256": d.sha256,
        "format": d.format,
        "district": d.district,
        "province": d.province,
        "issuer": d.issuer,
        "number": d.number,
        "date": d.date,
        "title": d.title,
        "pages": d.pages,
        "rows": len(d.rows),
        "relative_path": d.relative_path,
    }


def _row_rows(run_id: int, d: Document) -> Iterable[dict[str, Any]]:
    for r in d.rows:
        yield {
            "run_id": run_id,
            "document": d.id,
            "row_index": r.index,
            "section": r.section,
            "indicator": r.indicator,
            "key": r.key,
            "unit": r.unit,
            "page": r.provenance.page,
            "line": r.provenance.line,
            "cells": [
                {"column": c.column, "role": c.role, "period": c.period, "raw": c.value.raw, "value": c.value.value}
                for c in r.cells
            ],
        }


class FindingsStore:
    """Runs, documents and findings in a database; history by fingerprint.

    >>> store = FindingsStore("sqlite:///soat.sqlite")       # or a path, or postgresql+psycopg://...
    >>> run_id = store.record_run("check", ["corpus/"], api.check(["corpus/"]))  # doctest: +SKIP
    >>> [len(d.fixed) for d in store.document_history("000_6a5e51584c6108a1.txt")]  # doctest: +SKIP
    [0, 2]

    Raises ``StoreError`` (one line, password hidden) when the database cannot be opened.
    """

    def __init__(self, url: str | os.PathLike[str] | None = None) -> None:
        self.url = store_url(url) if url is not None else default_store_url()
        try:
            if self.url.startswith("sqlite:///"):
                Path(self.url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(self.url)
            metadata.create_all(self.engine)
            self._migrate()
        except (SQLAlchemyError, ArgumentError, NoSuchModuleError, ImportError, OSError, ValueError) as exc:
            raise StoreError(
                f"cannot open findings store {self.display_url}: {_one_line(exc)} (nothing was recorded)"
            ) from None

    def _migrate(self) -> None:
        """Columns added since a store was created (schema 2: ``documents.relative_path``)."""
        columns = {c["name"] for c in inspect(self.engine).get_columns("documents")}
        if "relative_path" not in columns:
            with self.engine.begin() as conn:
                conn.execute(text("ALTER TABLE documents ADD COLUMN relative_path TEXT"))

    @property
    def display_url(self) -> str:
        """The URL with any password masked, for messages."""
        try:
            from sqlalchemy.engine import make_url

            return make_url(self.url).render_as_string(hide_password=True)
        except (ArgumentError, ValueError):
            return "<invalid store URL>"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> FindingsStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def record_run(
        self,
        command: str,
        args: Sequence[str],
        result: CheckResult | ExtractResult,
        *,
        started_at: datetime | None = None,
        finished_at: datetime | None = None,
        justifications: Mapping[str, str] | None = None,
        include_rows: bool = False,
    ) -> int:
        """Store one run in a single transaction; returns its id.

        justifications: baseline fingerprint -> justification, stored with suppressed findings.
        include_rows:   also store every extracted row with its cells (large: off by default).
        """
        just = justifications or {}
        started = started_at or _now()
        finished = finished_at or _now()
        try:
            with self.engine.begin() as conn:
                run_id = conn.execute(
                    runs_table.insert().values(
                        started_at=started, finished_at=finished, command=command,
                        args=[redact_credentials(str(a)) for a in args],
                        tool_version=tool_version(), store_schema=STORE_SCHEMA,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
                docs = [_document_row(run_id, d) for d in result.documents]
                if docs:
                    conn.execute(documents_table.insert(), docs)
                if include_rows:
                    rows = [r for d in result.documents for r in _row_rows(run_id, d)]
                    if rows:
                        conn.execute(rows_table.insert(), rows)
                findings = [_finding_row(run_id, f, False, just) for f in getattr(result, "findings", ())]
                findings += [_finding_row(run_id, f, True, just) for f in getattr(result, "suppressed", ())]
                if findings:
                    conn.execute(findings_table.insert(), findings)
                failures = [{"run_id": run_id, "path": f.path, "reason": f.reason} for f in result.failures]
                if failures:
                    conn.execute(failures_table.insert(), failures)
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot write to findings store {self.display_url}: {_one_line(exc)} (this run was not recorded)"
            ) from None
        return int(run_id)

    def runs(self, *, limit: int | None = None) -> list[RunInfo]:
        """Recorded runs, oldest first (the last ``limit`` when given)."""
        return self._runs(limit=limit)

    def _runs(self, *, ids: Sequence[int] | None = None, limit: int | None = None) -> list[RunInfo]:
        def count(table: Table, *where: Any) -> Any:
            return (
                select(func.count()).select_from(table).where(table.c.run_id == runs_table.c.id, *where).scalar_subquery()
            )

        query = select(
            runs_table,
            count(documents_table).label("n_documents"),
            count(findings_table, findings_table.c.suppressed.is_(False)).label("n_findings"),
            count(findings_table, findings_table.c.suppressed.is_(True)).label("n_suppressed"),
            count(failures_table).label("n_failures"),
        )
        if ids is not None:
            query = query.where(runs_table.c.id.in_(list(ids)))
        query = query.order_by(runs_table.c.id.desc() if limit else runs_table.c.id)
        if limit:
            query = query.limit(limit)
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(query).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read findings store {self.display_url}: {_one_line(exc)}") from None
        infos = [
            RunInfo(
                id=r["id"],
                started_at=_utc(r["started_at"]) or _now(),
                finished_at=_utc(r["finished_at"]),
                command=r["command"],
                args=tuple(redact_credentials(str(a)) for a in r["args"] or ()),
                tool_version=r["tool_version"],
                documents=r["n_documents"],
                findings=r["n_findings"],
                suppressed=r["n_suppressed"],
                failures=r["n_failures"],
            )
            for r in rows
        ]
        return sorted(infos, key=lambda info: info.id)

    def findings(self, run_id: int, document_id: str | None = None) -> list[FindingRecord]:
        """The findings of one run (of one document, as ``document`` or ``other_document``)."""
        query = select(findings_table).where(findings_table.c.run_id == run_id)
        if document_id is not None:
            query = query.where(
                or_(findings_table.c.document == document_id, findings_table.c.other_document == document_id)
            )
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(query.order_by(findings_table.c.id)).mappings().all()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read findings store {self.display_url}: {_one_line(exc)}") from None
        return [
            FindingRecord(**{name: r[name] for name in FindingRecord.__dataclass_fields__})
            for r in rows
        ]

    def document_history(self, document: str) -> list[RunDiff]:
        """For each run that read ``document`` (oldest first): findings new, fixed, still open.

        ``document``: its relative path ("huyenA/bao_cao.txt"), or a file name or id when that
        names one relative path only in the store; ``AmbiguousDocumentError`` lists the
        candidates otherwise. Runs compare with the previous run that read the same relative
        path; a run where the file failed to read is not in its history.
        """
        relative_path = self.resolve_document(document)
        path_of = func.coalesce(documents_table.c.relative_path, documents_table.c.document)
        try:
            with self.engine.connect() as conn:
                seen = conn.execute(
                    select(documents_table.c.run_id, documents_table.c.sha256, documents_table.c.document)
                    .where(path_of == relative_path)
                    .order_by(documents_table.c.run_id)
                ).all()
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read findings store {self.display_url}: {_one_line(exc)}") from None
        infos = {info.id: info for info in self._runs(ids=[run_id for run_id, _, _ in seen])}
        history: list[RunDiff] = []
        previous: tuple[int, str, dict[str, list[FindingRecord]]] | None = None
        for run_id, sha256, document_id in seen:
            current = _by_fingerprint(self.findings(run_id, document_id))
            before = previous[2] if previous else {}
            history.append(
                RunDiff(
                    run=infos[run_id],
                    previous_run=previous[0] if previous else None,
                    sha256=sha256,
                    previous_sha256=previous[1] if previous else None,
                    new=_flatten(current, exclude=before),
                    fixed=_flatten(before, exclude=current),
                    still_open=_flatten(current, only=before),
                )
            )
            previous = (run_id, sha256, current)
        return history

    def resolve_document(self, document: str) -> str:
        """The relative path ``document`` names: itself when recorded as one, else the one
        relative path recorded for that id or file name. Raises ``AmbiguousDocumentError`` when it
        names several; returns ``document`` unchanged when it names none."""
        from normalizers.text import nfc

        wanted = nfc(document).replace(os.sep, "/")
        name = wanted.rsplit("/", 1)[-1]
        path_of = func.coalesce(documents_table.c.relative_path, documents_table.c.document)
        try:
            with self.engine.connect() as conn:
                exact = conn.execute(select(path_of).where(path_of == wanted).limit(1)).first()
                if exact is not None:
                    return wanted
                found = sorted({
                    row[0] for row in conn.execute(
                        select(path_of).where(or_(documents_table.c.document == wanted, documents_table.c.document == name,
                                                  path_of.endswith(f"/{name}", autoescape=True)))
                        .distinct()
                    )
                })
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read findings store {self.display_url}: {_one_line(exc)}") from None
        # A path given whole ("/data/huyenA/bao_cao.txt") names the relative path it ends with.
        tails = [f for f in found if wanted.endswith(f"/{f}")]
        if len(tails) == 1:
            return tails[0]
        if len(found) > 1:
            shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
            raise AmbiguousDocumentError(f"'{document}' names {len(found)} documents in the store: {shown}; "
                                         "give its relative path with --document")
        return found[0] if found else wanted


class AmbiguousDocumentError(DoisoatError):
    """``history --document NAME`` where NAME is the file name of several documents."""


def _by_fingerprint(records: Iterable[FindingRecord]) -> dict[str, list[FindingRecord]]:
    out: dict[str, list[FindingRecord]] = {}
    for record in records:
        out.setdefault(record.fingerprint, []).append(record)
    return out


def _flatten(
    groups: Mapping[str, list[FindingRecord]],
    *,
    exclude: Mapping[str, object] | None = None,
    only: Mapping[str, object] | None = None,
) -> tuple[FindingRecord, ...]:
    return tuple(
        record
        for fp, records in groups.items()
        if (exclude is None or fp not in exclude) and (only is None or fp in only)
        for record in records
    )


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (text[0] if text else exc.__class__.__name__)[:200]


def runs_to_dicts(runs: Sequence[RunInfo]) -> list[dict[str, Any]]:
    """RunInfo -> plain dicts (JSON-ready; datetimes as ISO 8601 UTC)."""
    return [
        {
            "run": r.id,
            "started_at": r.started_at.isoformat(),
            "finished_at": r.finished_at.isoformat() if r.finished_at else None,
            "command": r.command,
            "args": list(r.args),
            "tool_version": r.tool_version,
            "documents": r.documents,
            "findings": r.findings,
            "suppressed": r.suppressed,
            "failures": r.failures,
        }
        for r in runs
    ]


def record_to_dict(record: FindingRecord) -> dict[str, Any]:
    return {name: getattr(record, name) for name in FindingRecord.__dataclass_fields__}
