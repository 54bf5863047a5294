"""The command line in-process: help texts, contract shapes, exit codes, determinism."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from reconcile.cli import main

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = {p.name[:3]: p for p in CORPUS.glob("0*.txt")}


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_every_command_has_help_text() -> None:
    for name, command in main.commands.items():
        assert command.help, name
        code, out, _ = _invoke(name, "--help")
        assert code == 0 and "Usage" in out
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"


def test_extract_json_follows_the_contract() -> None:
    code, out, _ = _invoke("extract", str(SEED["000"]), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert set(data) >= {"documents", "rows", "failures"}
    doc = data["documents"][0]
    assert doc["id"] == SEED["000"].name
    assert (doc["district"], doc["province"]) == ("Tam Đường", "Lai Châu")
    row = next(r for r in data["rows"] if r["indicator"] == "Tổng sản lượng lương thực có hạt")
    assert row["unit"] == "Tấn" and row["section"] == "A.2"
    plan = next(c for c in row["cells"] if c["column"] == "KH năm 2024")
    assert (plan["role"], plan["period"], plan["raw"], plan["value"]) == ("plan", "2024", "41.100", 41100)
    child = next(r for r in data["rows"] if r["indicator"] == "Diện tích trồng mới")
    parent = data["rows"][child["parent"]]
    assert parent["indicator"] == "Diện tích cây chè"


def test_money_cells_carry_base_value() -> None:
    _, out, _ = _invoke("extract", str(SEED["000"]), "--format", "json")
    row = next(r for r in json.loads(out)["rows"] if r["indicator"] == "Thu NSNN trên địa bàn")
    cell = next(c for c in row["cells"] if c["column"] == "KH năm 2024")
    assert (cell["value"], cell["base_value"], cell["base_unit"]) == (48.1, 48100000000, "đồng")


def test_json_output_is_byte_identical_across_runs() -> None:
    first = _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json")
    second = _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json")
    assert first[1] == second[1]


def test_fail_on_sets_the_exit_code() -> None:
    code_error, out, _ = _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json")
    findings = json.loads(out)["findings"]
    assert any(f["severity"] == "error" for f in findings)
    assert code_error == 1
    code_never, _, _ = _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json", "--fail-on", "never")
    assert code_never == 0


def test_json_stdout_holds_only_json() -> None:
    code, out, err = _invoke("check", str(SEED["003"]), "--format", "json")
    assert code == 1  # seed 003 has real errors
    json.loads(out)
    assert "findings" in err  # the summary goes to stderr


def test_baseline_suppresses_accepted_findings(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json", "--write-baseline", str(base))
    code, out, _ = _invoke("reconcile", str(SEED["000"]), str(SEED["001"]), "--format", "json", "--baseline", str(base))
    data = json.loads(out)
    assert data["findings"] == [] and data["suppressed"]
    assert code == 0


def test_diff_of_a_report_with_itself_is_empty() -> None:
    code, out, _ = _invoke("diff", str(SEED["000"]), str(SEED["000"]), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["changes"] == [] and data["added"] == [] and data["removed"] == []


@pytest.mark.parametrize("fmt", ["xlsx", "html"])
def test_file_formats_need_an_output_file(fmt: str) -> None:
    code, _, err = _invoke("check", str(SEED["000"]), "--format", fmt)
    assert code == 2 and "-o FILE" in err


def test_python_dash_m_reconcile_is_the_same_command() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "reconcile", "--help"], capture_output=True, text=True, check=True)
    assert "doisoat" in out.stdout
