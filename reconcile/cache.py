"""An on-disk cache of extracted ``Document``s, so a re-run only reads the files that changed.

Key: the file's bytes (sha256), its name (the document id is part of every row), the tool's
version and the source of the extractor, and the ``ExtractSettings`` fields that change what is
extracted. Value: the pickled ``Document``. Failures are never cached: once the tool is fixed, the
file is retried. Entries are written to a temporary file and renamed into place, so a run killed
mid-write leaves either the whole entry or none.

Only open caches you wrote yourself: entries are pickles, and unpickling runs code.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import tempfile
import time
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path

from extractor.documents import ExtractSettings
from extractor.model import Document

# Bump when the pickled layout of Document (or of what is stored beside it) changes.
CACHE_SCHEMA = 1
ENTRY_SUFFIX = ".pickle"
_TMP_PREFIX = ".tmp-"
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
    """sha256 of a file's bytes, read in blocks so a 200-page scan does not sit in memory twice."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
            # The document id (file name) is written into every row, so two names are two entries.
            f"name={os.path.basename(os.fspath(path))}",
            *(f"{name}={getattr(settings, name)!r}" for name in KEY_SETTINGS),
        ]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()

    def _entry(self, key: str) -> Path:
        # Two-level fan-out keeps directories small at 10,000+ documents.
        return self.dir / key[:2] / f"{key}{ENTRY_SUFFIX}"

    def get(self, key: str, path: str | os.PathLike[str]) -> Document | None:
        """The cached document for ``key`` with its path set to ``path``, or None.

        An unreadable entry (a different Python, a damaged disk) counts as a miss and is removed.
        """
        entry = self._entry(key)
        try:
            with open(entry, "rb") as fh:
                payload = pickle.load(fh)
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            self.misses += 1
            with contextlib.suppress(OSError):
                entry.unlink()
            return None
        doc = payload.get("document") if isinstance(payload, dict) else None
        if not isinstance(doc, Document) or payload.get("schema") != CACHE_SCHEMA:
            self.misses += 1
            return None
        self.hits += 1
        # The same bytes under the same name may have moved (another checkout, another cwd).
        return replace(doc, path=os.fspath(path))

    def put(self, key: str, document: Document) -> None:
        """Store a document atomically: write a temporary file beside the entry, then rename."""
        entry = self._entry(key)
        entry.parent.mkdir(parents=True, exist_ok=True)
        payload = {"schema": CACHE_SCHEMA, "version": tool_version(), "stored_at": time.time(), "document": document}
        fd, tmp = tempfile.mkstemp(prefix=_TMP_PREFIX, suffix=ENTRY_SUFFIX, dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(payload, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        self.writes += 1

    def _files(self) -> list[Path]:
        if not self.dir.is_dir():
            return []
        return [p for p in self.dir.rglob(f"*{ENTRY_SUFFIX}") if p.is_file() and not p.name.startswith(_TMP_PREFIX)]

    def clear(self) -> int:
        """Remove every entry (and leftovers of killed runs); returns the number of entries removed."""
        removed = 0
        for path in self._files():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
        self._sweep_temporaries(max_age=0.0)
        return removed

    def _sweep_temporaries(self, max_age: float = _STALE_TMP_SECONDS) -> None:
        if not self.dir.is_dir():
            return
        now = time.time()
        for tmp in self.dir.rglob(f"{_TMP_PREFIX}*"):
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
