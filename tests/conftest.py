"""Test-wide settings: the document cache goes to a temporary folder, never the user's ~/.cache."""

from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_cache_dir() -> object:
    with tempfile.TemporaryDirectory(prefix="doisoat-cache-") as folder:
        old = os.environ.get("DOISOAT_CACHE")
        os.environ["DOISOAT_CACHE"] = folder
        yield folder
        if old is None:
            os.environ.pop("DOISOAT_CACHE", None)
        else:
            os.environ["DOISOAT_CACHE"] = old
