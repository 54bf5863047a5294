"""Baselines: findings an auditor has accepted, kept by fingerprint and document identity, each
with a justification.

A finding is suppressed by an entry when both name the same finding (``Finding.fingerprint()``
with the document ids left out: kind, indicator, role, period, and for some kinds the printed
text) in the same document. The same document is one with the same ``relative_path`` (so an
accepted finding survives edits elsewhere in the report) or the same content (``sha256``: so it
survives a move or a rename); for a finding between two documents, both. Two districts'
``bao_cao.txt`` are different documents: one's baseline never hides the other's errors.

Version 1 files (entries with a fingerprint and a file name, no identity) are still read: an
entry suppresses a finding whose fingerprint it equals, which needs the document's id to be that
file name, that is unique in the run. Entries naming a file name the run holds twice suppress
nothing, and the run says so; ``--write-baseline`` writes version 2.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from extractor.errors import BadInputError, os_reason
from extractor.model import Document
from normalizers.messages import N_, Said, msg
from reconcile.engine.findings import Finding

BASELINE_VERSION = 2
# A baseline is a list of flat entries: anything nested deeper is not one (and would exhaust the
# parser's recursion); anything bigger is not one an auditor wrote.
_MAX_BYTES = 256 * 1024 * 1024
_MAX_DEPTH = 8


def _identity(doc: Document | None) -> dict[str, Any]:
    return {"relative_path": doc.relative_path if doc else None, "sha256": doc.sha256 if doc else None}


def finding_kernel(f: Finding) -> str:
    """What a finding is, without which documents it is in: its fingerprint with the ids blanked."""
    return replace(f, document="", other_document=None).fingerprint()


def write_baseline(
    findings: Sequence[Finding],
    path: str | Path,
    *,
    documents: Iterable[Document] = (),
    justification: str = "",
) -> None:
    """Write every finding as accepted; each entry has a ``justification`` the auditor can edit.

    ``documents``: the run's documents, whose identity (relative path, content hash) each entry
    records. Raises OSError when the file cannot be written.
    """
    by_id = {d.id: d for d in documents}
    entries = []
    for f in findings:
        doc, other = by_id.get(f.document), by_id.get(f.other_document or "")
        entry: dict[str, Any] = {
            "fingerprint": f.fingerprint(),
            "kind": f.kind,
            "document": f.document,
            **_identity(doc),
        }
        if f.other_document:
            entry["other_document"] = f.other_document
            entry["other_relative_path"] = other.relative_path if other else None
            entry["other_sha256"] = other.sha256 if other else None
        entry.update(indicator=f.indicator, reported=f.reported, expected=f.expected, justification=justification)
        entries.append(entry)
    text = json.dumps({"version": BASELINE_VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n"
    Path(path).write_text(text, encoding="utf-8")


@dataclass(frozen=True)
class _Entry:
    fingerprint: str
    kernel: str | None
    document: str
    relative_path: str | None
    sha256: str | None
    other_document: str | None
    other_relative_path: str | None
    other_sha256: str | None
    justification: str


def _same(doc: Document | None, relative_path: str | None, sha256: str | None) -> bool:
    if doc is None:
        return False
    return (relative_path is not None and relative_path == doc.relative_path) or (sha256 is not None and sha256 == doc.sha256)


@dataclass(frozen=True)
class Baseline:
    """The accepted findings of a baseline file (``read_baseline``).

    source:  the file it was read from (for messages).
    version: its format version (1: fingerprints only; 2: with document identity).
    """

    entries: tuple[_Entry, ...]
    source: str = "baseline"
    version: int = BASELINE_VERSION
    _by_kernel: dict[str, list[_Entry]] = field(default_factory=dict, compare=False, repr=False)
    _by_fingerprint: dict[str, list[_Entry]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for e in self.entries:
            if e.kernel is not None:
                self._by_kernel.setdefault(e.kernel, []).append(e)
            else:
                self._by_fingerprint.setdefault(e.fingerprint, []).append(e)

    @classmethod
    def from_mapping(cls, accepted: Mapping[str, str], source: str = "baseline") -> Baseline:
        """Fingerprint -> justification (the library's form before version 2): matched by fingerprint."""
        return cls(
            tuple(_Entry(fp, None, fp.split("|", 1)[0], None, None, None, None, None, j) for fp, j in accepted.items()),
            source=source,
            version=1,
        )

    def __len__(self) -> int:
        return len(self.entries)

    def justification(self, f: Finding, documents: Mapping[str, Document]) -> str | None:
        """The justification of the entry that accepts ``f``, or None when none does."""
        for e in self._by_kernel.get(finding_kernel(f), ()):
            if not _same(documents.get(f.document), e.relative_path, e.sha256):
                continue
            if f.other_document is None and e.other_document is None:
                return e.justification
            if f.other_document is not None and e.other_document is not None and _same(
                documents.get(f.other_document), e.other_relative_path, e.other_sha256
            ):
                return e.justification
        for e in self._by_fingerprint.get(f.fingerprint(), ()):
            return e.justification
        return None

    def split(
        self, findings: Sequence[Finding], documents: Iterable[Document]
    ) -> tuple[list[Finding], list[Finding], list[str]]:
        """(new findings, suppressed findings, warnings). Suppressed ones carry the justification
        in ``extra``; a warning names version-1 entries that cannot tell the run's documents apart."""
        docs = {d.id: d for d in documents}
        new, suppressed = [], []
        for f in findings:
            why = self.justification(f, docs)
            if why is None:
                new.append(f)
            else:
                suppressed.append(replace(f, extra=(*f.extra, ("justification", why))))
        return new, suppressed, self._ambiguous(docs.values())

    def _ambiguous(self, documents: Iterable[Document]) -> list[str]:
        names: dict[str, list[str]] = defaultdict(list)
        for d in documents:
            if d.relative_path:
                names[d.relative_path.rsplit("/", 1)[-1]].append(d.id)
        out: list[str] = []
        for name, ids in sorted(names.items()):
            if len(ids) < 2:
                continue
            n = sum(len(es) for fp, es in self._by_fingerprint.items() if fp.split("|", 1)[0] == name)
            if n:
                template = (
                    N_("{source}: {n} accepted finding of '{name}' suppress nothing: this run holds {files} files of "
                       "that name ({ids}); check the findings and write the baseline again with --write-baseline (it "
                       "then records which file each one is in)") if n == 1 else
                    N_("{source}: {n} accepted findings of '{name}' suppress nothing: this run holds {files} files of "
                       "that name ({ids}); check the findings and write the baseline again with --write-baseline (it "
                       "then records which file each one is in)")
                )
                out.append(Said(msg(template, source=str(self.source), n=n, name=name, files=len(ids), ids=", ".join(ids))))
        return out


def read_baseline(path: str | Path) -> Baseline:
    """A baseline file -> ``Baseline``. A missing or malformed file is bad input (one line)."""
    name = str(path)
    try:
        raw = Path(path).read_bytes()
        if len(raw) > _MAX_BYTES:
            raise BadInputError(name, msg(N_("not a doisoat baseline (larger than {limit} MiB)"), limit=_MAX_BYTES // (1024 * 1024)))
        if _nesting(raw) > _MAX_DEPTH:
            raise BadInputError(name, msg(N_("not a doisoat baseline (nested too deep)")))
        data = json.loads(raw.decode("utf-8"))
        version = data.get("version", 1)
        entries = tuple(_entry(e, version) for e in data["findings"])
    except FileNotFoundError:
        raise BadInputError(name, msg(N_("baseline file not found"))) from None
    except IsADirectoryError:
        raise BadInputError(name, msg(N_("is a directory, not a baseline file"))) from None
    except OSError as exc:
        raise BadInputError(name, msg(N_("baseline cannot be read ({detail})"), detail=os_reason(exc))) from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
        raise BadInputError(name, msg(N_("not a doisoat baseline ({detail})"), detail=exc.__class__.__name__)) from None
    return Baseline(entries, source=name, version=version if isinstance(version, int) else 1)


def _entry(e: Any, version: int) -> _Entry:
    if not isinstance(e, dict) or not isinstance(e.get("fingerprint"), str):
        raise TypeError("an entry without a fingerprint")

    def text(key: str) -> str | None:
        v = e.get(key)
        if v is not None and not isinstance(v, str):
            raise TypeError(f"{key} is not text")
        return v

    fingerprint = e["fingerprint"]
    justification = text("justification") or ""
    if version >= 2 and (text("relative_path") or text("sha256")):
        kernel = _kernel_of(fingerprint, text("document") or "", text("other_document"))
        return _Entry(fingerprint, kernel, text("document") or "", text("relative_path"), text("sha256"),
                      text("other_document"), text("other_relative_path"), text("other_sha256"), justification)
    return _Entry(fingerprint, None, text("document") or "", None, None, text("other_document"), None, None, justification)


def _kernel_of(fingerprint: str, document: str, other: str | None) -> str | None:
    """The fingerprint with its two document ids blanked (``finding_kernel``'s form)."""
    head = f"{document}|{other or ''}|"
    return "||" + fingerprint[len(head):] if fingerprint.startswith(head) else None


def _nesting(raw: bytes) -> int:
    """How deep brackets nest (outside strings), without parsing: a file nested 100,000 deep is
    refused before the JSON parser recurses into it."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > _MAX_DEPTH:
                    return deepest
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest


def split_by_baseline(
    findings: Sequence[Finding], accepted: Mapping[str, str] | Baseline, documents: Iterable[Document] = ()
) -> tuple[list[Finding], list[Finding]]:
    """(new findings, suppressed findings); suppressed ones carry the justification in ``extra``."""
    baseline = accepted if isinstance(accepted, Baseline) else Baseline.from_mapping(accepted)
    new, suppressed, _ = baseline.split(findings, documents)
    return new, suppressed
