"""Test-wide settings and inputs: the document cache goes to a temporary folder, never the user's
~/.cache; the slow input and the load-scaled budget that the timeout tests (process pool, serial, Dask)
share."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Input generation is timed against the wall clock; on a loaded 2-core machine (CI beside other jobs)
# "too slow" fails a property test that found nothing wrong. Properties keep their examples and shrinking.
settings.register_profile("doisoat", suppress_health_check=[HealthCheck.too_slow], deadline=None)
settings.load_profile("doisoat")

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


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


@pytest.fixture(scope="session")
def big_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real 3,000-page text-layer PDF: slow to read for real, no sleep() anywhere. It takes 500
warm reads of bieu02_wrapped.pdf, so it overruns any budget of ``timeout_budget`` (a few of those
reads, with a floor of seconds) however fast or loaded the machine is; built in a fraction of a second."""
    pdfium = pytest.importorskip("pypdfium2")
    src = pdfium.PdfDocument(str(CORPUS / "pdf" / "bieu02_wrapped.pdf"))
    out = pdfium.PdfDocument.new()
    for _ in range(500):
        out.import_pages(src)
    path = tmp_path_factory.mktemp("slow") / "bieu02_3000_trang.pdf"
    out.save(str(path))
    return path


@pytest.fixture(scope="session")
def timeout_budget() -> Callable[[float, float], int]:
    """``budget(multiple, floor)``: a timeout scaled to how fast this (shared) machine reads right
now: ``multiple`` times a warm read of bieu02_wrapped.pdf, and at least ``floor`` seconds, so a
corpus file read by a fresh worker on a loaded machine (four test suites on two cores) stays well
inside it while ``big_pdf`` overruns it. A fixed few seconds failed whenever the machine was busy."""
    from extractor.documents import ExtractSettings, file_to_document

    settings = ExtractSettings()

    def budget(multiple: float, floor: float) -> int:
        file_to_document(CORPUS / "000_6a5e51584c6108a1.txt", settings)  # warm: prose models and readers loaded
        file_to_document(CORPUS / "pdf" / "bieu02_wrapped.pdf", settings)
        started = time.perf_counter()
        file_to_document(CORPUS / "pdf" / "bieu02_wrapped.pdf", settings)
        return max(int(floor), int(multiple * (time.perf_counter() - started)) + 1)

    return budget
