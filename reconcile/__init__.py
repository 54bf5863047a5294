"""Rows in, findings and reports out; holds the ``doisoat`` command line.

The library face: everything the command line does, in Python::

    from reconcile import check, reconcile, diff, extract

Layout (a reader sees from the folder which part is pure):

- ``reconcile.engine``: the pure engine, documents in, findings out (checks, cross-document
  matching, diff); no files, no processes.
- the application around it: ``api`` (the four commands as functions), ``batch`` (many files in
  parallel), ``cache``, ``store`` and ``history`` (runs kept over time), ``baseline``, ``golden``,
  ``results`` (what the commands return) and ``frames`` (the same as pandas DataFrames),
  ``errors`` (exit codes, and the one mapping from a failure to its message), ``writers`` (every
  output format) and ``cli`` (the thin ``doisoat`` command).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reconcile.api import BatchSettings, CheckSettings, ExtractSettings, check, diff, extract, reconcile

# The face is loaded on first use, so that importing the pure engine (``reconcile.engine``) does
# not load the PDF readers, the process pool and the cache that ``reconcile.api`` needs.
_FACE = {
    name: "reconcile.api"
    for name in ("check", "reconcile", "diff", "extract", "ExtractSettings", "CheckSettings", "BatchSettings")
}


def __getattr__(name: str) -> Any:
    module = _FACE.get(name)
    if module is None:
        raise AttributeError(f"module 'reconcile' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


__all__ = ["BatchSettings", "CheckSettings", "ExtractSettings", "check", "diff", "extract", "reconcile"]
