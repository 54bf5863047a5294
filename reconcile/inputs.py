"""Command-line paths -> the report files to read, who each one is, and what was left out and why.

Every path given ends as a file to read, a failure (missing, unreadable folder, not a regular
file) or a warning that names what was skipped: nothing is dropped without a word.

A document's identity (docs/cli-contract.md, "Document identity"):

- ``relative_path``: its path under the input root, prefixed by the root folder's own name, NFC,
  "/"-separated. The input root is the folder named on the command line, or for a file named
  directly the folder holding it, so ``doisoat check huyenA/`` and ``doisoat check
  huyenA/bao_cao.txt`` both name the file "huyenA/bao_cao.txt", from any working directory.
- its content hash (``Document.sha256``);
- ``id``: the short name the contract has always used, the file name (NFC), when no other file of
  the run has that name; else its ``relative_path`` (with more parent folders when even those are
  equal), so two districts' ``bao_cao.txt`` are "huyenA/bao_cao.txt" and "huyenB/bao_cao.txt".

The same file given twice (``ok.txt ./ok.txt``, a link and its target) is read once.

In a folder, only report files are read (``SUPPORTED_SUFFIXES``). The rest is named in one warning
per kind: other files, README and truth files beside a corpus, files a ``.doisoatignore`` lists
(one glob pattern a line, relative to the folder holding it: the place for a project's own
metadata), reports doisoat itself wrote (``-o report.html`` inside the input folder), hidden
entries and links to folders (not followed: a link could lead out of the tree or round in a
loop; name the target to read it).
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from extractor.documents import SUPPORTED_SUFFIXES
from extractor.errors import os_reason
from extractor.model import Document
from normalizers.messages import N_, Msg, Said, msg, text
from normalizers.text import nfc

IGNORE_FILE = ".doisoatignore"
# The first bytes of every report doisoat writes in a format it could read back (html, table):
# a file that starts with one of these is our own output, not an input.
GENERATOR_MARK = "doisoat-report"
_OWN_OUTPUT_HEAD = 4096
# Names listed in a warning before "and N more".
_LISTED = 5


@dataclass(frozen=True)
class InputFile:
    """One file to read (or that could not be), and who it is.

    path:          the path as given or as found under a folder: what the reader opens and what a
                   failure names.
    relative_path: path under its input root, prefixed by the root's name ("huyenA/bao_cao.txt").
    id:            the document id: file name when unique in the run, else a relative path.
    problem:       None, or why it cannot be read ("no such file or directory"), as a message.
    explicit:      named on the command line (not found in a folder).
    """

    path: str
    relative_path: str
    id: str
    problem: Msg | None = None
    explicit: bool = False


@dataclass(frozen=True)
class Inputs:
    """What the command line's paths expand to.

    files:    in input order: every path named, then each folder's files in sorted order.
    warnings: one line each: what a folder held that is not read, and inputs given twice.
    """

    files: tuple[InputFile, ...]
    warnings: tuple[str, ...] = ()


def with_identity(doc: Document, file: InputFile) -> Document:
    """The document read from ``file`` under its identity in this run (``id`` in every row too)."""
    if doc.id == file.id and doc.relative_path == file.relative_path and doc.path == file.path:
        return doc
    rows = doc.rows if doc.id == file.id else tuple(replace(r, document=file.id) for r in doc.rows)
    return replace(doc, id=file.id, relative_path=file.relative_path, path=file.path, rows=rows)


# A folder's own documentation, by the names projects give it: never a district's report.
_DOCUMENTATION_STEMS = frozenset({"README", "SOURCES", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "AUTHORS"})


def is_sidecar(path: Path) -> bool:
    """Truth files beside corpus documents and a folder's own documentation (README.md,
    SOURCES.md, LICENSE) are not reports."""
    return path.name.endswith(".truth.json") or path.stem.upper() in _DOCUMENTATION_STEMS


# How each output doisoat writes in a text format begins: the HTML page carries GENERATOR_MARK;
# the table view starts with its title line; JSON and SARIF with their first key; CSV (with a BOM)
# with its header.
_OWN_OUTPUT_RE = re.compile(
    rb"^(?:\xef\xbb\xbf)?(?:"
    rb"doisoat (?:extract|check|reconcile|diff)\r?\n"
    rb"|\{\s*\"(?:documents|old|\$schema)\"\s*:"
    rb"|(?:kind,severity,document|document,page,line|change,indicator,key),"
    rb")"
)


def is_own_output(path: str | os.PathLike[str]) -> bool:
    """True for a report doisoat wrote (``-o report.html`` left in an input folder): an HTML page
    with ``GENERATOR_MARK``, or a table, JSON, SARIF or CSV output by how it begins."""
    try:
        with open(path, "rb", opener=lambda p, flags: os.open(p, flags | getattr(os, "O_NONBLOCK", 0))) as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return False
            head = fh.read(_OWN_OUTPUT_HEAD)
    except OSError:
        return False
    return GENERATOR_MARK.encode() in head or _OWN_OUTPUT_RE.match(head) is not None


def _listing(names: Sequence[str]) -> Msg:
    shown = text(", ".join(names[:_LISTED]))
    return msg(N_("{names} and {n} more"), names=shown, n=len(names) - _LISTED) if len(names) > _LISTED else shown


def _root_name(folder: str) -> str:
    return nfc(Path(os.path.abspath(folder)).name)


def _joined(*parts: str) -> str:
    return "/".join(p for p in parts if p)


class _Walk:
    """One folder named on the command line, walked without following links to folders."""

    def __init__(self, root: str) -> None:
        self.root = root
        self.files: list[tuple[tuple[str, ...], str]] = []  # (parts under root, path)
        self.failures: list[InputFile] = []
        self.skipped: dict[str, list[str]] = defaultdict(list)

    def run(self) -> None:
        self._folder(Path(self.root), (), [])

    def _folder(self, folder: Path, parts: tuple[str, ...], ignores: list[tuple[tuple[str, ...], list[str]]]) -> None:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            where = _joined(_root_name(self.root), *parts)
            self.failures.append(
                InputFile(str(folder), where, where,
                          problem=msg(N_("folder cannot be read ({detail}): the reports in it were not checked"),
                                      detail=os_reason(exc)))
            )
            return
        patterns = _read_ignore(folder / IGNORE_FILE)
        if patterns:
            ignores = [*ignores, (parts, patterns)]
        for entry in entries:
            sub = (*parts, entry.name)
            shown = "/".join(sub)
            if entry.name == IGNORE_FILE:
                continue
            if any(_ignored(sub[len(base):], pats, _is_dir(entry)) for base, pats in ignores):
                self.skipped["ignored"].append(shown)
                continue
            if entry.name.startswith("."):
                self.skipped["hidden"].append(shown)
                continue
            if entry.is_symlink() and _is_dir(entry):
                self.skipped["links"].append(shown)
                continue
            if _is_dir(entry):
                self._folder(Path(entry.path), sub, ignores)
                continue
            path = Path(entry.path)
            if is_sidecar(path):
                self.skipped["sidecars"].append(shown)
                continue
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                self.skipped["other"].append(shown)
                continue
            if not _is_regular(entry):
                broken = entry.is_symlink() and not os.path.exists(entry.path)
                where = _joined(_root_name(self.root), *sub)
                self.failures.append(InputFile(entry.path, where, where,
                                               problem=msg(_link_problem(entry.path) if broken else _NOT_REGULAR)))
                continue
            if is_own_output(path):
                self.skipped["own"].append(shown)
                continue
            self.files.append((sub, entry.path))

    def warnings(self) -> list[str]:
        return [
            Said(msg(_SKIPPED[what][len(names) != 1], root=self.root, n=len(names), file=IGNORE_FILE, names=_listing(names)))
            for what, names in self.skipped.items()
        ]


# One line per kind of entry skipped in a folder: (one entry, several).
_SKIPPED = {
    "ignored": (N_("{root}: skipped {n} entry listed in {file}: {names}"),
                N_("{root}: skipped {n} entries listed in {file}: {names}")),
    "hidden": (N_("{root}: skipped {n} hidden file or folder: {names}"),
               N_("{root}: skipped {n} hidden files and folders: {names}")),
    "links": (N_("{root}: skipped {n} link to a folder, not followed (name the target to read it): {names}"),
              N_("{root}: skipped {n} links to folders, not followed (name the target to read it): {names}")),
    "sidecars": (N_("{root}: skipped {n} documentation or truth file (README, SOURCES, *.truth.json), not a report: {names}"),
                 N_("{root}: skipped {n} documentation and truth files (README, SOURCES, *.truth.json), not reports: "
                    "{names}")),
    "other": (N_("{root}: skipped {n} file that is not a report file (.pdf, .txt, .md, .tsv, .html): {names}"),
              N_("{root}: skipped {n} files that are not report files (.pdf, .txt, .md, .tsv, .html): {names}")),
    "own": (N_("{root}: skipped {n} report written by doisoat: {names}"),
            N_("{root}: skipped {n} reports written by doisoat: {names}")),
}


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _is_regular(entry: os.DirEntry[str]) -> bool:
    try:
        return stat.S_ISREG(entry.stat(follow_symlinks=True).st_mode)
    except OSError:
        return False


_BROKEN_LINK = N_("broken link: its target does not exist")
_LINK_LOOP = N_("a loop of symbolic links: it never leads to a file")


def _link_problem(path: str) -> str:
    """Why a link does not lead to a file: its target is missing, or the links go round in a loop."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return _LINK_LOOP
    return _BROKEN_LINK
_NOT_REGULAR = N_("not a regular file: doisoat reads regular files only")


def _read_ignore(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _ignored(parts: tuple[str, ...], patterns: Sequence[str], is_dir: bool) -> bool:
    """gitignore-like: a pattern without "/" matches a name at any depth; with one, the path from
    the ignore file's folder; a trailing "/" matches folders only."""
    rel = "/".join(parts)
    for pattern in patterns:
        folder_only = pattern.endswith("/")
        pat = pattern.rstrip("/")
        if folder_only and not is_dir:
            continue
        if "/" in pat:
            if fnmatch.fnmatchcase(rel, pat.lstrip("/")):
                return True
        elif fnmatch.fnmatchcase(parts[-1], pat):
            return True
    return False


def _explicit(raw: str) -> InputFile:
    """A path named on the command line that is not a folder."""
    where = _joined(_root_name(os.path.dirname(os.path.abspath(raw)) or "/"), nfc(Path(raw).name))
    try:
        st = os.stat(raw)
    except FileNotFoundError:
        problem = _BROKEN_LINK if os.path.islink(raw) else N_("no such file or directory")
        return InputFile(raw, where, where, problem=msg(problem), explicit=True)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputFile(raw, where, where, problem=msg(_LINK_LOOP), explicit=True)
        return InputFile(raw, where, where, problem=msg(N_("cannot be read ({detail})"), detail=os_reason(exc)),
                         explicit=True)
    if stat.S_ISREG(st.st_mode) and is_own_output(raw):
        return InputFile(raw, where, where, problem=msg(N_("a report doisoat wrote, not a report to check")), explicit=True)
    if not stat.S_ISREG(st.st_mode):
        kind = N_("a FIFO: doisoat reads regular files only") if stat.S_ISFIFO(st.st_mode) \
            else N_("a device: doisoat reads regular files only") if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) \
            else N_("a socket: doisoat reads regular files only") if stat.S_ISSOCK(st.st_mode) else _NOT_REGULAR
        return InputFile(raw, where, where, problem=msg(kind), explicit=True)
    return InputFile(raw, where, where, explicit=True)


def expand_inputs(paths: Iterable[str | os.PathLike[str]]) -> Inputs:
    """The files the command line names, with their identities; see the module's docstring.

    >>> [f.id for f in expand_inputs(["huyenA/bao_cao.txt", "huyenB/bao_cao.txt"]).files]  # doctest: +SKIP
    ['huyenA/bao_cao.txt', 'huyenB/bao_cao.txt']
    """
    found: list[InputFile] = []
    warnings: list[str] = []
    for given in paths:
        raw = os.fspath(given)
        if os.path.isdir(raw):
            walk = _Walk(raw)
            walk.run()
            root = _root_name(raw)
            found.extend(InputFile(path, _joined(root, nfc("/".join(parts))), "") for parts, path in sorted(walk.files))
            found.extend(walk.failures)
            warnings.extend(walk.warnings())
        else:
            found.append(_explicit(raw))
    found = _once_each(found, warnings)
    return Inputs(files=tuple(_with_ids(found)), warnings=tuple(warnings))


def _once_each(files: list[InputFile], warnings: list[str]) -> list[InputFile]:
    """The same file (device and inode) named twice is read once; the warning names both. An entry
    that cannot be read (a broken link, a loop of links) named twice, as itself and inside its
    folder, is one failure: the link's own inode tells it is the same entry."""
    seen: dict[tuple[bool, int, int], InputFile] = {}
    out = []
    for file in files:
        failing = file.problem is not None
        try:
            st = os.lstat(file.path) if failing else os.stat(file.path)
        except OSError:
            out.append(file)
            continue
        key = (failing, st.st_dev, st.st_ino)
        if key in seen:
            said = N_("{path}: the same entry as {other}, reported once") if failing \
                else N_("{path}: the same file as {other}, read once")
            warnings.append(Said(msg(said, path=file.path, other=seen[key].path)))
            continue
        seen[key] = file
        out.append(file)
    return out


def _with_ids(files: list[InputFile]) -> list[InputFile]:
    """Ids: the file name where unique among the files to read, else the shortest unique tail of
    the relative path (then of the absolute path)."""
    readable = [f for f in files if f.problem is None]
    by_name: dict[str, list[InputFile]] = defaultdict(list)
    for f in readable:
        by_name[f.relative_path.rsplit("/", 1)[-1]].append(f)
    ids: dict[int, str] = {}
    for name, same in by_name.items():
        if len(same) == 1:
            ids[id(same[0])] = name
            continue
        tails = [_tails(f) for f in same]
        depth = 1
        while depth < max(len(t) for t in tails) and len({"/".join(t[-depth - 1:]) for t in tails}) < len(same):
            depth += 1
        for f, tail in zip(same, tails, strict=True):
            ids[id(f)] = "/".join(tail[-depth - 1:])
    return [replace(f, id=ids.get(id(f), f.id or f.relative_path)) for f in files]


def _tails(f: InputFile) -> list[str]:
    """Path components to tell files apart: the relative path's, then the absolute path's above it."""
    parts = f.relative_path.split("/")
    above = [nfc(p) for p in Path(os.path.abspath(f.path)).parts[:-len(parts)] if p != os.sep]
    return [*above, *parts]


__all__ = ["GENERATOR_MARK", "IGNORE_FILE", "InputFile", "Inputs", "expand_inputs", "is_own_output", "with_identity"]
