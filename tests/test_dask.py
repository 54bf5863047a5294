"""The Dask executor: a LocalCluster of two worker processes gives what the serial run gives."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from extractor.documents import ExtractSettings
from reconcile.batch import documents_from_paths
from reconcile.cache import DocumentCache

distributed = pytest.importorskip("distributed", reason="dask.distributed not installed (pip install 'dask[distributed]')")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
INPUTS = [
    CORPUS / "000_6a5e51584c6108a1.txt",
    CORPUS / "002_03b77514fb71b314.txt",
    CORPUS / "004_7b8a2838134414c2.txt",
    CORPUS / "pdf" / "bieu01_ruled.pdf",
]
SETTINGS = ExtractSettings()


@pytest.fixture(scope="module")
def cluster() -> object:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR
    ) as local:
        yield local


def test_dask_cluster_gives_the_serial_documents_in_input_order(cluster: object, tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_text("")
    inputs = [*INPUTS, tmp_path / "rong.txt", tmp_path / "khong-co.pdf"]
    serial = documents_from_paths(inputs, SETTINGS, {"executor": "serial"})
    progress: list[tuple[int, int, str, bool]] = []
    dask = documents_from_paths(inputs, SETTINGS, {"executor": "dask", "scheduler": cluster.scheduler_address}, progress=lambda *a: progress.append(a))
    assert dask.documents == serial.documents
    assert dask.failures == serial.failures
    assert [d.id for d in dask.documents] == [p.name for p in INPUTS]
    assert dask.read == len(INPUTS) and dask.failed == 1 and dask.skipped == 1
    assert len(progress) == len(inputs)
    # Both workers took part: the scheduler saw tasks on each.
    client = distributed.Client(cluster)
    try:
        assert len(client.scheduler_info()["workers"]) == 2
    finally:
        client.close()


def test_dask_uses_the_cache_like_the_process_pool(cluster: object, tmp_path: Path) -> None:
    files = [Path(shutil.copy(f, tmp_path / f.name)) for f in INPUTS[:3]]
    cache = DocumentCache(tmp_path / "cache")
    first = documents_from_paths(files, SETTINGS, {"executor": "dask", "scheduler": cluster.scheduler_address, "cache_dir": str(cache.root)})  # type: ignore[attr-defined]
    second = documents_from_paths(files, SETTINGS, {"executor": "dask", "scheduler": cluster.scheduler_address, "cache_dir": str(cache.root)})  # type: ignore[attr-defined]
    assert first.read == 3 and second.from_cache == 3 and second.read == 0
    assert second.documents == first.documents


def test_dask_without_a_scheduler_starts_its_own_local_cluster() -> None:
    outcome = documents_from_paths(INPUTS[:2], SETTINGS, {"executor": "dask", "jobs": 2})
    assert [d.id for d in outcome.documents] == [p.name for p in INPUTS[:2]]
    assert outcome.read == 2 and not outcome.failures


def test_a_document_over_the_timeout_fails_on_dask_too(
    cluster: object, big_pdf: Path, timeout_budget: Callable[[float, float], int]
) -> None:
    # A fresh Dask worker loads the prose models on its first text: leave room for that.
    budget = timeout_budget(10, 20)
    outcome = documents_from_paths(
        [big_pdf, *INPUTS[:2]], SETTINGS, {"executor": "dask", "scheduler": cluster.scheduler_address, "timeout_per_document": budget}
    )
    assert [(Path(f.path).name, f.reason) for f in outcome.failures] == [(big_pdf.name, f"timed out after {budget} s")]
    assert [d.id for d in outcome.documents] == [p.name for p in INPUTS[:2]]
