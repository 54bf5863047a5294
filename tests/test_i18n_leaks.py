"""Nothing a Vietnamese reader sees is left in English (issue 13 §4, the leaks found after it).

Each test runs a real path on real input (seed files, strings printed in them) in the default
language and asserts the Vietnamese wording and the absence of the English one; programs keep the
English where the contract says they read it (JSON ``unparsed``, ``reported``, ``message_en``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normalizers.numbers import parse_value
from reconcile.cli import main
from reconcile.i18n import translator

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = ROOT / "corpus" / "001_cafb4d1805646ef3.txt"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


# Cells printed in the seeds (001 is OCR'd: "6-App" at line 648) and the reasons they are not read.
@pytest.mark.parametrize(("printed", "english", "vietnamese"), [
    ("6-App", "unexpected text after the number: '-app'", "có chữ lạ sau số: '-app'"),
    ("Chưa có số liệu", "no number and not a known label", "không có số và không phải nhãn đã biết"),
    ("từ 5 đến 7 và 9 hộ", "3 numbers in one cell: free text, not a value", "3 số trong một ô: đoạn chữ, không phải một giá trị"),
    ("41.1.00", "malformed digit groups '41.1.00'", "nhóm chữ số sai dạng '41.1.00'"),
])
def test_an_unreadable_cells_reason_is_a_message_in_either_language(printed: str, english: str, vietnamese: str) -> None:
    got = parse_value(printed)
    assert got.kind == "unparsed"
    assert got.reason == english  # what JSON's "unparsed" carries, as before
    assert got.said is not None and got.said.render() == english
    assert got.said.render(translator("vi")) == vietnamese


@pytest.fixture(scope="module")
def seed_001_check() -> dict[str, tuple[int, str, str]]:
    return {fmt: _invoke("check", str(SEED_001), "--no-ocr", "--format", fmt, "--fail-on", "never")
            for fmt in ("table", "json")}


def test_an_unreadable_cell_and_a_doubted_table_read_in_vietnamese_in_the_terminal(seed_001_check: dict) -> None:
    code, out, _ = seed_001_check["table"]
    assert code == 0
    line = next(x for x in out.splitlines() if "6-App" in x)
    assert "6-App → một số" in line and "(có chữ lạ sau số: '-app')" in line
    assert "a number" not in line and "unexpected text" not in line
    doubt = next(x for x in out.splitlines() if "dòng 608" in x and "bảng 10" in x)
    # The table's "as printed" column of an extraction_doubt is its reasons, said in Vietnamese too.
    assert "1 trên 3 dòng không có tên chỉ tiêu  bảng 10" in doubt
    assert "rows have no indicator name" not in out


def test_programs_keep_the_english_reasons(seed_001_check: dict) -> None:
    data = json.loads(seed_001_check["json"][1])
    parse = next(f for f in data["findings"] if f["kind"] == "parse_error" and f["reported"] == "6-App")
    assert parse["expected"] == "a number"
    assert "(unexpected text after the number: '-app')" in parse["message_en"]
    assert "(có chữ lạ sau số: '-app')" in parse["message"]
    doubt = next(f for f in data["findings"] if f["kind"] == "extraction_doubt" and f["line"] == 608)
    assert doubt["reported"] == "1 of 3 rows have no indicator name"


def test_the_html_report_says_the_doubts_in_vietnamese(tmp_path: Path) -> None:
    report = tmp_path / "bao_cao.html"
    code, _, _ = _invoke("check", str(SEED_001), "--no-ocr", "--format", "html", "-o", str(report), "--fail-on", "never")
    assert code == 0
    page = report.read_text(encoding="utf-8")
    assert '<span class="val">1 trên 3 dòng không có tên chỉ tiêu</span>' in page
    assert '<span class="val">một số</span>' in page
    assert '<span class="val">1 of 3 rows' not in page and ">a number<" not in page
