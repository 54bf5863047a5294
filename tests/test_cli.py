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
        assert code == 0 and "Cách dùng:" in out
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
    assert "phát hiện" in err  # the summary goes to stderr, in Vietnamese by default
    assert "findings" in _invoke("check", str(SEED["003"]), "--format", "json", "--lang", "en")[2]


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
    assert code == 2 and f"--format {fmt} cần -o TỆP" in err
    code, _, err = _invoke("check", str(SEED["000"]), "--format", fmt, "--lang", "en")
    assert code == 2 and f"--format {fmt} needs -o FILE" in err


def test_python_dash_m_reconcile_is_the_same_command() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "reconcile", "--help"], capture_output=True, text=True, check=True)
    assert "doisoat" in out.stdout


# ------------------------------------------------------------------------ exit codes, one handler


def test_exit_codes_are_an_intenum_matching_the_contract() -> None:
    from reconcile.errors import ExitCode

    assert [(c.name, int(c)) for c in ExitCode] == [
        ("OK", 0), ("FINDINGS", 1), ("BAD_INPUT", 2), ("INTERNAL_ERROR", 3), ("INTERRUPTED", 130)
    ]


def test_every_failure_maps_to_one_line_and_a_code() -> None:
    from extractor.errors import BadInputError, OcrUnavailableError
    from reconcile.batch import BatchInterrupted, BatchOutcome
    from reconcile.errors import ExitCode, SettingsError, StoreError, describe

    outcome = BatchOutcome(documents=(), failures=(), read=7, from_cache=0, skipped=0, failed=0, seconds=1.0)
    cases = [
        (BadInputError("bieu01.pdf", "encrypted PDF (needs a password)"), ExitCode.BAD_INPUT,
         "error: bieu01.pdf: encrypted PDF (needs a password)"),
        (OcrUnavailableError("scan.pdf", "image-only PDF and Tesseract is not installed"), ExitCode.BAD_INPUT,
         "error: scan.pdf: image-only PDF and Tesseract is not installed"),
        (StoreError("cannot open findings store x.sqlite: disk full"), ExitCode.BAD_INPUT,
         "error: cannot open findings store x.sqlite: disk full"),
        (SettingsError("a.toml: [check] sum_policy must be 'printed' or 'exact'"), ExitCode.BAD_INPUT,
         "error: a.toml: [check] sum_policy must be 'printed' or 'exact'"),
        (BatchInterrupted(outcome, 20, cached=True), ExitCode.INTERRUPTED,
         "doisoat: interrupted after 7 of 20 documents (7 kept in the cache: re-run to resume)"),
        (KeyboardInterrupt(), ExitCode.INTERRUPTED, "doisoat: interrupted"),
    ]
    for exc, code, line in cases:
        assert describe(exc) == (code, line)
    code, line = describe(ZeroDivisionError("division by zero"))
    assert code == ExitCode.INTERNAL_ERROR and "\n" not in line
    assert line.startswith("internal error: ZeroDivisionError: division by zero") and "--debug" in line


def test_an_unexpected_error_is_one_line_and_exit_3_not_a_findings_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile import api

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(api, "check", broken)
    result = CliRunner().invoke(main, ["check", str(SEED["000"])])
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        "internal error: ZeroDivisionError: division by zero "
        "(lỗi của doisoat: chạy lại với --debug để xem traceback và báo lại lỗi này)"
    ]
    with pytest.raises(ZeroDivisionError):
        CliRunner().invoke(main, ["--debug", "check", str(SEED["000"])], catch_exceptions=False)


def test_the_cache_command_goes_through_the_same_handler(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.cache import DocumentCache

    def refuse(self: DocumentCache) -> int:
        raise PermissionError(13, "Permission denied", str(tmp_path / "documents-v1"))

    monkeypatch.setattr(DocumentCache, "clear", refuse)
    result = CliRunner().invoke(main, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'documents-v1'}: không có quyền truy cập"]
    result = CliRunner(env={"DOISOAT_LANG": "en"}).invoke(main, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.stderr.strip().splitlines() == [f"error: {tmp_path / 'documents-v1'}: permission denied"]


# ------------------------------------------------------------------------ check settings on the command line


def test_checks_option_selects_checks_by_name() -> None:
    code, out, _ = _invoke("check", str(SEED["001"]), "--format", "json", "--checks", "places", "--fail-on", "never")
    kinds = {f["kind"] for f in json.loads(out)["findings"]}
    assert code == 0 and kinds == {"place_name"}
    _, out, _ = _invoke("check", str(SEED["001"]), "--format", "json", "--checks", "ratios,internal", "--fail-on", "never")
    assert {f["kind"] for f in json.loads(out)["findings"]} <= {"ratio_mismatch", "internal_mismatch", "parse_error"}


def test_unknown_check_name_is_a_usage_error() -> None:
    code, _, err = _invoke("check", str(SEED["000"]), "--checks", "ratio")
    assert code == 2 and "không có kiểm tra ratio" in err and "ratios" in err
    code, _, err = _invoke("check", str(SEED["000"]), "--checks", "ratio", "--lang", "en")
    assert code == 2 and "unknown check ratio" in err and "ratios" in err


def test_config_file_sets_check_settings(tmp_path: Path) -> None:
    config = tmp_path / "doisoat.toml"
    config.write_text('[check]\nchecks = ["labels"]\nlabel_tolerance = 0.5\n', encoding="utf-8")
    code, out, _ = _invoke("check", str(SEED["003"]), "--format", "json", "--config", str(config), "--fail-on", "never")
    assert code == 0 and {f["kind"] for f in json.loads(out)["findings"]} <= {"label_mismatch"}
    config.write_text('[check]\nsum_policy = "loose"\n', encoding="utf-8")
    code, _, err = _invoke("check", str(SEED["003"]), "--config", str(config))
    assert code == 2 and err.strip() == f"error: {config}: [check] sum_policy phải là 'printed' hoặc 'exact'"
    code, _, err = _invoke("check", str(SEED["003"]), "--config", str(config), "--lang", "en")
    assert code == 2 and err.strip() == f"error: {config}: [check] sum_policy must be 'printed' or 'exact'"


# ------------------------------------------------------------------------ diff honours the batch options


def test_diff_reads_through_the_batch_with_its_cache(tmp_path: Path) -> None:
    from reconcile.cache import DocumentCache

    cache = tmp_path / "cache"
    args = ("diff", str(SEED["000"]), str(CORPUS / "clean" / "000_clean.txt"), "--format", "json")
    code, first, _ = _invoke(*args, "--cache-dir", str(cache), "--jobs", "2", "--timeout-per-document", "120")
    assert code == 0 and DocumentCache(cache).stats().entries == 2
    code, second, _ = _invoke(*args, "--cache-dir", str(cache), "--executor", "serial")
    assert code == 0 and second == first and json.loads(first)["changes"]


def test_diff_of_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    code, _, err = _invoke("diff", str(CORPUS / "clean"), str(SEED["000"]))
    assert code == 2 and err.strip().endswith("là một thư mục: lệnh diff so sánh hai tệp báo cáo")
    code, _, err = _invoke("diff", str(CORPUS / "clean"), str(SEED["000"]), "--lang", "en")
    assert code == 2 and err.strip().endswith("is a folder: diff compares two report files")




# ------------------------------------------------------------------------ -o FILE: the report's mode


def test_a_report_written_with_o_gets_the_umasks_mode_not_a_private_one(tmp_path: Path) -> None:
    """The report is written to a temporary file (0600) renamed into place: it must still get the
    mode a new file gets here, so an auditor can share report.html; a report it replaces keeps its mode."""
    import os
    import stat

    out = tmp_path / "report.html"
    old = os.umask(0o022)
    try:
        code, _, _ = _invoke("check", str(SEED["000"]), "--format", "html", "-o", str(out), "--fail-on", "never")
        assert code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o644
        os.umask(0o027)
        fresh = tmp_path / "report.csv"
        code, _, _ = _invoke("check", str(SEED["000"]), "--format", "csv", "-o", str(fresh), "--fail-on", "never")
        assert code == 0 and stat.S_IMODE(fresh.stat().st_mode) == 0o640
        out.chmod(0o664)
        code, _, _ = _invoke("check", str(SEED["000"]), "--format", "html", "-o", str(out), "--fail-on", "never")
        assert code == 0 and stat.S_IMODE(out.stat().st_mode) == 0o664
    finally:
        os.umask(old)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left
