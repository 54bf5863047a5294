"""An on-disk cache of extracted ``Document``s, so a re-run only reads the files that changed.

Key: the file's bytes (sha256), the tool's version and the source of the extractor, and the
``ExtractSettings`` fields that change what is extracted. Not its name: the batch gives every
document its identity in the run (``reconcile.inputs.with_identity``). Value: the ``Document`` as
JSON (``reconcile.frozen_json``), checked field by field when read back: an entry is data that can
only ever become a ``Document``, never code, and a damaged or foreign one is a miss (and removed).
Failures are never cached: once the tool is fixed, the file is retried. Entries are written to a
temporary file and renamed into place, so a run killed mid-write leaves either the whole entry or
none.

The folders are created private to the user (0700). A cache folder other users may write to is
not used (``UnsafeCacheError``): whoever can write an entry decides what a document "contains".
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import stat
import tempfile
import time
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

from extractor.documents import ExtractSettings
from extractor.errors import DoisoatError
from extractor.model import Document
from normalizers.messages import N_, Msg, msg
from reconcile.frozen_json import from_jsonable, to_jsonable

# Bump when the stored layout of Document (or of what is stored beside it) changes.
# 1: pickles (never read: unpickling runs code). 2: JSON. 3: table doubts stored as messages.
CACHE_SCHEMA = 3
ENTRY_SUFFIX = ".json"
# An entry bigger than this is not a document this tool wrote (a 12,000-row document is ~20 MiB).
MAX_ENTRY_BYTES = 512 * 1024 * 1024
_TMP_PREFIX = ".tmp-"
_ENTRY_RE = re.compile(r"[0-9a-f]{64}")
# A temporary file this old belongs to a run that was killed, not to one still writing.
_STALE_TMP_SECONDS = 3600.0
# Settings that change what is extracted; cache_dir and jobs only change how fast.
KEY_SETTINGS: tuple[str, ...] = ("ocr", "ocr_dpi", "prose", "layout", "quality")


def tool_version() -> str:
    """The installed doisoat version ("0.1.0"), or "0+unknown" when run from a bare checkout."""
    try:
        return metadata.version("doisoat")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """sha256 over the extractor's and normalizers' source and data files.

    The package version does not change while the extractor is being fixed, so a cache keyed on
    it alone would keep serving documents read by the old code.
    """
    import extractor
    import normalizers

    digest = hashlib.sha256()
    for package in (extractor, normalizers):
        root = Path(package.__file__ or ".").parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix != ".pyc" and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def default_cache_root() -> Path:
    """$DOISOAT_CACHE, else $XDG_CACHE_HOME/doisoat, else ~/.cache/doisoat."""
    env = os.environ.get("DOISOAT_CACHE")
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "doisoat"


def file_sha256(path: str | os.PathLike[str]) -> str:
    """sha256 of a file's bytes, read in blocks so a 200-page scan does not sit in memory twice.

    Raises OSError for anything but a regular file: a FIFO or ``/dev/zero`` would never end.
    """
    digest = hashlib.sha256()
    with open(path, "rb", opener=lambda p, flags: os.open(p, flags | getattr(os, "O_NONBLOCK", 0))) as fh:
        st = os.fstat(fh.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise OSError(f"{os.fspath(path)}: not a regular file")
        remaining = st.st_size
        while remaining > 0:
            block = fh.read(min(1 << 20, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest()


class UnsafeCacheError(DoisoatError):
    """A cache folder that other users may write to (or that is not a folder of this user's);
    ``said`` is the reason as a message, for the reader's language."""

    def __init__(self, said: Msg) -> None:
        self.said = said
        super().__init__(said.render())


def check_private(folder: Path) -> None:
    """Refuse ``folder`` when another user owns it or anyone may write to it (sticky /tmp-like
    folders included: an entry planted there would be taken for a document read by this tool).
    A group-writable folder is a team's shared cache, set up on purpose: it is used."""
    try:
        st = folder.stat()
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(st.st_mode):
        raise UnsafeCacheError(msg(N_("cache folder {folder} is not a folder"), folder=str(folder)))
    if hasattr(os, "getuid") and st.st_uid != os.getuid():
        raise UnsafeCacheError(msg(N_("cache folder {folder} belongs to another user: use --cache-dir with a folder of your own"),
                                   folder=str(folder)))
    if st.st_mode & stat.S_IWOTH:
        raise UnsafeCacheError(msg(
            N_("cache folder {folder} may be written by other users: run 'chmod go-w {folder}' or use another --cache-dir"),
            folder=str(folder)))


@dataclass(frozen=True)
class CacheStats:
    """What a cache holds, and how this instance has used it.

    root:    the directory of entries.
    entries: number of cached documents.
    bytes:   their size on disk.
    hits, misses, writes: counted by this ``DocumentCache`` object since it was made.
    """

    root: str
    entries: int
    bytes: int
    hits: int = 0
    misses: int = 0
    writes: int = 0


class DocumentCache:
    """Extracted documents on disk, keyed by file content, file name, tool and settings.

    >>> cache = DocumentCache(Path("/tmp/doisoat-cache"))
    >>> key = cache.key("corpus/000_6a5e51584c6108a1.txt", ExtractSettings())
    >>> cache.get(key, "corpus/000_6a5e51584c6108a1.txt") is None   # nothing read yet
    True

    ``root`` may be shared with the OCR cache: entries live under ``root/documents-v<schema>``.
    """

    def __init__(self, root: str | os.PathLike[str] | None = None) -> None:
        self.root = Path(root).expanduser() if root is not None else default_cache_root()
        self.dir = self.root / f"documents-v{CACHE_SCHEMA}"
        self.hits = 0
        self.misses = 0
        self.writes = 0

    def check(self) -> None:
        """Raise ``UnsafeCacheError`` when the cache's folders could hold entries planted by
        another user (see ``check_private``); a run then goes on without the cache."""
        for folder in (self.root, self.dir):
            check_private(folder)

    def __repr__(self) -> str:
        return f"DocumentCache({str(self.root)!r})"

    def key(self, path: str | os.PathLike[str], settings: ExtractSettings, *, sha256: str | None = None) -> str:
        """The entry name for ``path`` read with ``settings`` (reads the file to hash it).

        Raises OSError when the file cannot be read; callers let the extractor report that.
        """
        content = sha256 or file_sha256(path)
        parts = [
            f"schema={CACHE_SCHEMA}",
            f"version={tool_version()}",
            f"code={code_fingerprint()}",
            f"sha256={content}",
            *(f"{name}={getattr(settings, name)!r}" for name in KEY_SETTINGS),
        ]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        # Two-level fan-out keeps directories small at 10,000+ documents.
        return self.dir / key[:2] / f"{key}{ENTRY_SUFFIX}"

    def get(self, key: str, path: str | os.PathLike[str]) -> Document | None:
        """The cached document for ``key`` with its path set to ``path``, or None.

        An entry that is not a whole, well-formed document of this schema (a damaged disk, a
        planted file) counts as a miss and is removed; reading it never fails the run.
        """
        entry = self._entry(key)
        try:
            with open(entry, "rb") as fh:
                if os.fstat(fh.fileno()).st_size > MAX_ENTRY_BYTES:
                    raise ValueError("entry too large")
                payload = json.loads(fh.read())
            if not isinstance(payload, dict) or payload.get("schema") != CACHE_SCHEMA:
                raise ValueError("not an entry of this schema")
            doc = from_jsonable(Document, payload.get("document"))
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, ValueError, RecursionError, MemoryError, OverflowError, TypeError, UnicodeDecodeError):
            self.misses += 1
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        self.hits += 1
        # The same bytes may have moved (another checkout, another cwd): the path follows.
        return replace(doc, path=os.fspath(path))

    def put(self, key: str, document: Document) -> None:
        """Store a document atomically: write a temporary file beside the entry, then rename."""
        entry = self._entry(key)
        for folder in (self.root, self.dir, entry.parent):
            with contextlib.suppress(FileExistsError):
                folder.mkdir(mode=0o700, parents=True)
        payload = {"schema": CACHE_SCHEMA, "version": tool_version(), "stored_at": time.time(),
                   "document": to_jsonable(document)}
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=ENTRY_SUFFIX, dir=entry.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
            os.replace(tmp, entry)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self.writes += 1

    def _files(self) -> list[Path]:
        """Entries this cache wrote: ``documents-v<schema>/<2 hex>/<64 hex>.json`` (and those of
        earlier schemas, which are never read, only cleared). Nothing else in the folder is touched."""
        found = []
        older = [(schema, ENTRY_SUFFIX) for schema in range(2, CACHE_SCHEMA)]
        for schema, suffix in ((CACHE_SCHEMA, ENTRY_SUFFIX), *older, (1, ".pickle")):
            folder = self.root / f"documents-v{schema}"
            if not folder.is_dir() or folder.is_symlink():
                continue
            for path in folder.glob(f"??/*{suffix}"):
                key = path.name[: -len(suffix)]
                if _ENTRY_RE.fullmatch(key) and path.parent.name == key[:2] and path.is_file() and not path.is_symlink():
                    found.append(path)
        return found

    def clear(self) -> int:
        """Remove every entry (and leftovers of killed runs); returns the number of entries removed.

        Only files this cache wrote are removed, and then the folders they leave empty."""
        removed = 0
        for path in self._files():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
        self._sweep_temporaries(max_age=0.0)
        for schema in (CACHE_SCHEMA, 1):
            folder = self.root / f"documents-v{schema}"
            if folder.is_dir() and not folder.is_symlink():
                for sub in folder.glob("??"):
                    with contextlib.suppress(OSError):
                        sub.rmdir()  # only when empty
                with contextlib.suppress(OSError):
                    folder.rmdir()
        return removed

    def _sweep_temporaries(self, max_age: float = _STALE_TMP_SECONDS) -> None:
        if not self.dir.is_dir():
            return
        now = time.time()
        for tmp in self.dir.glob(f"??/{_TMP_PREFIX}*{ENTRY_SUFFIX}"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime >= max_age:
                    tmp.unlink()

    def stats(self) -> CacheStats:
        """Entries and bytes on disk, plus this instance's hits, misses and writes."""
        files = self._files()
        size = 0
        for path in files:
            with contextlib.suppress(OSError):
                size += path.stat().st_size
        return CacheStats(
            root=str(self.root), entries=len(files), bytes=size, hits=self.hits, misses=self.misses, writes=self.writes
        )
