"""The library face: ``from reconcile import check, reconcile, diff, extract`` and its DataFrames.

Columns and dtypes are pinned here, so a change to them is a deliberate change to this file; the
README's Python example is run as written.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from reconcile import check, diff, extract, reconcile
from reconcile.frames import CHANGE_COLUMNS, DOCUMENT_COLUMNS, FINDING_COLUMNS, ROW_COLUMNS
from reconcile.results import CheckResult

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "corpus" / "000_6a5e51584c6108a1.txt"
SEED_001 = ROOT / "corpus" / "001_cafb4d1805646ef3.txt"
RULED_PDF = ROOT / "corpus" / "pdf" / "bieu01_ruled.pdf"

FINDING_DTYPES = {
    "kind": "category", "severity": "category", "document": "string", "path": "string",
    "other_document": "string", "page": "Int64", "line": "Int64", "x0": "Float64", "top": "Float64",
    "x1": "Float64", "bottom": "Float64", "indicator": "string", "key": "string", "column": "string",
    "role": "category", "period": "string", "reported": "string", "expected": "string", "message": "string",
    "interval_low": "Float64", "interval_high": "Float64", "culprit": "string", "context": "string",
    "other_page": "Int64", "other_line": "Int64", "confidence": "float64", "fingerprint": "string",
    "suppressed": "boolean",
}
ROW_DTYPES = {
    "document": "string", "path": "string", "page": "Int64", "line": "Int64", "table": "Int64", "row": "Int64",
    "index": "Int64", "parent": "Int64", "section": "string", "indicator": "string", "key": "string",
    "unit": "string", "source": "string", "row_confidence": "float64", "repaired": "boolean",
    "column": "string", "column_index": "Int64", "role": "category", "period": "string", "raw": "string",
    "value_kind": "category", "value": "Float64", "low": "Float64", "high": "Float64", "op": "string",
    "den": "Float64", "label": "string", "decimals": "Int64", "percent": "string", "unparsed": "string",
    "cell_confidence": "Float64", "base_value": "Float64", "base_unit": "string", "cell_page": "Int64",
    "cell_line": "Int64", "x0": "Float64", "top": "Float64", "x1": "Float64", "bottom": "Float64",
}
CHANGE_DTYPES = {
    "indicator": "string", "key": "string", "section": "string", "column": "string", "role": "category",
    "period": "string", "old": "string", "new": "string", "old_value": "Float64", "new_value": "Float64",
    "old_page": "Int64", "old_line": "Int64", "new_page": "Int64", "new_line": "Int64",
}


def _dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {column: str(dtype) for column, dtype in frame.dtypes.items()}


@cache
def _reconciled() -> CheckResult:
    return reconcile([SEED_000, SEED_001, RULED_PDF], {"ocr": False})


def test_findings_frame_columns_and_dtypes_are_pinned() -> None:
    frame = _reconciled().findings_frame()
    assert _dtypes(frame) == FINDING_DTYPES == {c: str(t) for c, t in FINDING_COLUMNS.items()}
    assert list(frame.dtypes["severity"].categories) == ["info", "warning", "error"]
    assert frame.dtypes["severity"].ordered
    assert list(frame.dtypes["kind"].categories)[:3] == ["ratio_mismatch", "sum_mismatch", "label_mismatch"]


def test_findings_frame_holds_every_finding_with_nothing_lost_to_a_dtype() -> None:
    result = _reconciled()
    frame = result.findings_frame()
    assert len(frame) == len(result.findings) > 50
    assert frame["kind"].notna().all() and frame["severity"].notna().all()
    # A categorical turns an unknown value into <NA> silently: count what was there.
    assert frame["role"].notna().sum() == sum(f.role is not None for f in result.findings)
    assert list(frame["fingerprint"]) == [f.fingerprint() for f in result.findings]
    assert frame["confidence"].between(0, 1).all()
    errors = frame[frame["severity"] >= "error"]
    assert len(errors) == sum(f.severity == "error" for f in result.findings)
    cross = frame[frame["kind"] == "value_mismatch"]
    assert cross["other_document"].notna().all() and cross["other_line"].notna().any()


def test_findings_frame_keeps_provenance() -> None:
    frame = _reconciled().findings_frame()
    text = frame[frame["document"] == SEED_000.name]
    assert text["line"].notna().all() and text["path"].eq(str(SEED_000)).all()
    pdf = frame[frame["document"] == RULED_PDF.name]
    assert len(pdf) and pdf["page"].notna().all()
    assert pdf[["x0", "top", "x1", "bottom"]].notna().all(axis=None)


def test_rows_frame_columns_dtypes_and_one_line_per_printed_value() -> None:
    result = _reconciled()
    frame = result.rows_frame()
    assert _dtypes(frame) == ROW_DTYPES == {c: str(t) for c, t in ROW_COLUMNS.items()}
    cells = [(d.id, r.index, c) for d in result.documents for r in d.rows for c in r.cells]
    empty_rows = sum(1 for d in result.documents for r in d.rows if not r.cells)
    assert len(frame) == len(cells) + empty_rows
    assert frame["role"].notna().sum() == len(cells)
    assert frame["value_kind"].notna().sum() == len(cells)
    grain = frame[(frame["document"] == SEED_000.name) & (frame["indicator"] == "Tổng sản lượng lương thực có hạt")]
    plan = grain[grain["column"] == "KH năm 2024"].iloc[0]
    assert (plan["role"], plan["period"], plan["raw"], plan["value"], plan["unit"]) == ("plan", "2024", "41.100", 41100.0, "Tấn")
    money = frame[(frame["indicator"] == "Thu NSNN trên địa bàn") & (frame["column"] == "KH năm 2024")].iloc[0]
    assert (money["value"], money["base_value"], money["base_unit"]) == (48.1, 48100000000.0, "đồng")
    pdf = frame[frame["document"] == RULED_PDF.name]
    assert pdf["cell_page"].notna().all() and pdf[["x0", "top", "x1", "bottom"]].notna().all(axis=None)


def test_a_value_that_is_not_a_number_is_na_never_zero() -> None:
    frame = _reconciled().rows_frame()
    words = frame[frame["value_kind"].isin(["label", "range", "unparsed"])]
    assert len(words) > 10 and words["value"].isna().all()
    ranges = frame[frame["value_kind"] == "range"]
    assert len(ranges) and ranges["low"].notna().all() and ranges["high"].notna().all()
    labels = frame[frame["value_kind"] == "label"]
    assert set(labels["label"].dropna()) >= {"Đạt"}


def test_changes_frame_and_documents_frame() -> None:
    result = diff(SEED_000, ROOT / "corpus" / "clean" / "000_clean.txt")
    changes = result.changes_frame()
    assert _dtypes(changes) == CHANGE_DTYPES == {c: str(t) for c, t in CHANGE_COLUMNS.items()}
    assert len(changes) == len(result.changes) > 5
    assert [d.id for d in result.documents] == [SEED_000.name, "000_clean.txt"]
    docs = extract([SEED_000]).documents_frame()
    assert {c: str(t) for c, t in DOCUMENT_COLUMNS.items()} == _dtypes(docs)
    assert docs.loc[0, "district"] == "Tam Đường" and docs.loc[0, "rows"] > 100


def test_empty_results_give_empty_frames_with_the_same_dtypes(tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_text("")
    result = check([tmp_path / "rong.txt"])
    assert result.findings == () and len(result.failures) == 1
    assert _dtypes(result.findings_frame()) == FINDING_DTYPES
    assert _dtypes(result.rows_frame()) == ROW_DTYPES


def test_suppressed_findings_come_only_when_asked() -> None:
    plain = check([SEED_000])
    accepted = {f.fingerprint(): "đã giải trình" for f in plain.findings[:2]}
    result = check([SEED_000], baseline=accepted)
    assert len(result.findings_frame()) == len(plain.findings) - 2
    both = result.findings_frame(include_suppressed=True)
    assert both["suppressed"].sum() == 2 and len(both) == len(plain.findings)


def test_settings_objects_are_taken_as_dicts_or_instances() -> None:
    from reconcile.api import BatchSettings, CheckSettings

    as_dict = check([SEED_001], check_settings={"checks": ["places"]})
    as_object = check([SEED_001], check_settings=CheckSettings(checks=("places",)), batch_settings=BatchSettings())
    assert as_dict.findings == as_object.findings and {f.kind for f in as_dict.findings} == {"place_name"}
    with pytest.raises(ValueError, match="unknown check settings: tolerance"):
        check([SEED_001], check_settings={"tolerance": 1})
    with pytest.raises(ValueError, match="unknown batch settings: job"):
        check([SEED_001], batch_settings={"job": 2})


def _readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### An analyst in Python", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert match, "the README's Python example is missing"
    return match.group(1)


def test_the_readme_python_example_runs_as_written(tmp_path: Path) -> None:
    script = tmp_path / "vi_du.py"
    script.write_text(_readme_example(), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DOISOAT_CACHE": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ratio_mismatch" in done.stdout and "value_mismatch" in done.stdout
    assert "Tỷ lệ" in done.stdout  # indicators as printed, not escaped or folded
