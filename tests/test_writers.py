"""Output writers (table, csv, xlsx, html, sarif) and PDF region crops, on results built from seed strings.

The results are constructed directly (the writers' input is a dataclass, not a file): rows and
findings carry the values printed in seeds 000 (Tam Đường UBND appendix, 1108/BC-UBND) and 001
(Tam Đường Huyện ủy report, 641-BC/HU), with the line numbers where the seeds print them. The PDF
for the crop tests is drawn with reportlab and its cell position found by pdfplumber.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import openpyxl
import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractor.model import Cell, Document, Provenance, Row
from normalizers.numbers import parse_value
from reconcile.engine.findings import KINDS, Finding
from reconcile.results import Change, CheckResult, DiffResult, ExtractResult, Failure
from reconcile.writers import WRITERS, csv_writer, html, render, result_kind, sarif, table, xlsx
from reconcile.writers.crop import PdfCropper, crop_png
from reconcile.writers.flat import CELL_COLUMNS, CHANGE_COLUMNS, FINDING_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
ID_000 = "000_6a5e51584c6108a1.txt"
ID_001 = "001_cafb4d1805646ef3.txt"
FAMILY = "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa"
GRAIN = "Tổng sản lượng lương thực có hạt"
FOREST = "Tập trung quản lý, bảo vệ tốt rừng hiện có"
HOSTILE = "<script>alert(1)</script>"
HOSTILE_DOC = 'bao-cao"><img src=x onerror=alert(2)>.txt'
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# --- seed-built results ------------------------------------------------------------------------


def cell(column: str, role: str, raw: str, period: str | None = None, *, line: int | None = None,
         page: int | None = None, bbox: tuple[float, float, float, float] | None = None) -> Cell:
    return Cell(column=column, role=role, value=parse_value(raw), period=period,
                provenance=Provenance(page=page, line=line, bbox=bbox))


def rows_000() -> tuple[Row, ...]:
    """Two rows of BIỂU 01 in seed 000 (lines 12 and 37)."""
    grain = Row(
        document=ID_000, index=0, indicator=GRAIN, key="tong san luong luong thuc co hat", table=0, row=4,
        section="A.2", unit="Tấn", provenance=Provenance(line=12),
        cells=(
            cell("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "target", "39.500,00", "2020-2025", line=12),
            cell("KH năm 2024", "plan", "41.100", "2024", line=12),
            cell("Ước thực hiện năm 2024", "estimate", "41.160", "2024", line=12),
            cell("So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024", "ratio", "100,1", "2024", line=12),
        ),
    )
    family = Row(
        document=ID_000, index=1, indicator=FAMILY, key="ty le ho gia dinh dat tieu chuan van hoa", table=1, row=2,
        section="B.9", unit="%", provenance=Provenance(line=37),
        cells=(
            cell("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "target", "88,0", "2020-2025", line=37),
            cell("KH năm 2024", "plan", "88,5", "2024", line=37),
            cell("Ước thực hiện năm 2024", "estimate", "83,9", "2024", line=37),
            cell("So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024", "ratio", "94,8", "2024", line=37),
        ),
    )
    return grain, family


def seed_documents(extra_rows: tuple[Row, ...] = ()) -> tuple[Document, Document]:
    doc000 = Document(
        id=ID_000, path=f"corpus/{ID_000}", sha256="0" * 64, pages=1, format="tsv", rows=rows_000() + extra_rows,
        district="Tam Đường", province="Lai Châu", issuer="UBND", number="1108/BC-UBND",
        title="BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU", date="2024-11-20",
    )
    doc001 = Document(
        id=ID_001, path=f"corpus/{ID_001}", sha256="1" * 64, pages=1, format="markdown",
        district="Tam Đường", province="Lai Châu", issuer="Huyện ủy", number="641-BC/HU", date="2024-12-05",
    )
    return doc000, doc001


VALUE = Finding(
    kind="value_mismatch", severity="error", document=ID_000, other_document=ID_001, line=37, other_line=421,
    indicator=FAMILY, key="ty le ho gia dinh dat tieu chuan van hoa", column="Ước thực hiện năm 2024",
    role="estimate", period="2024", reported="83,9", expected="88,5",
    message=f"83,9 in {ID_000} but 88.5 in {ID_001}",
    context="Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa\t%\t88,0\t88,5\t83,9\t88,0\t83,9\t88,0\t94,8\t95,3\t100",
)
PLACE = Finding(
    kind="place_name", severity="error", document=ID_001, line=495, reported="Tân Dương", expected="Tam Đường",
    message="'Tân Dương' is no district of Lai Châu; the report is about Tam Đường",
    context="*(Kèm theo Báo cáo số 641-BC/HC ngày 05/12/2024 của Huyện ủy Tân Dương)*",
)
RATIO = Finding(
    kind="ratio_mismatch", severity="warning", document=ID_001, line=236,
    indicator="số hộ gia đình đạt tiêu chuẩn văn hóa", key="so ho gia dinh dat tieu chuan van hoa",
    column="đạt ... % Nghị quyết", role="ratio", reported="100,7", expected="100,8",
    message="88,7 / 88 = 100,80 %, reported 100,7", interval=(100.74, 100.85),
    context="88,7/88% số hộ gia đình đạt tiêu chuẩn văn hóa, đạt 100,7% Nghị quyết",
)
ACCEPTED = Finding(
    kind="ratio_mismatch", severity="warning", document=ID_000, line=54, indicator=FOREST,
    key="tap trung quan ly bao ve tot rung hien co", column="Lũy kế ... so với chỉ tiêu", role="ratio",
    reported="105,7", expected="105,6", message="34.898 / 33.032 = 105,65 %, reported 105,7",
    context="(1) Tập trung quản lý, bảo vệ tốt 34.898/33.032 ha rừng hiện có, đạt 105,7% NQ",
)


def seed_check_result(*, hostile: bool = False) -> CheckResult:
    """Findings of seed 000 vs 001; with ``hostile`` a finding whose text is script markup."""
    docs: tuple[Document, ...] = seed_documents()
    findings: tuple[Finding, ...] = (PLACE, VALUE, RATIO)
    if hostile:
        bad_doc = Document(id=HOSTILE_DOC, path=HOSTILE_DOC, sha256="2" * 64, pages=1, format="text")
        docs = (*docs, bad_doc)
        findings += (Finding(
            kind="parse_error", severity="info", document=HOSTILE_DOC, line=3, indicator=HOSTILE,
            column="KH năm 2024", reported=HOSTILE, message=f"could not read {HOSTILE}",
            context=f"{HOSTILE}\t%\t88,5",
        ),)
    return CheckResult(
        documents=docs, findings=findings, suppressed=(ACCEPTED,),
        failures=(Failure(path="corpus/khong-doc-duoc.pdf", reason="encrypted PDF: no password given"),),
    )


def seed_extract_result() -> ExtractResult:
    return ExtractResult(documents=seed_documents()[:1])


def seed_diff_result() -> DiffResult:
    old, _ = seed_documents()
    added = Row(document=ID_000, index=2, indicator="Tỷ lệ xã đạt chuẩn nông thôn mới", key="ty le xa dat chuan nong thon moi",
                cells=(), unit="%", provenance=Provenance(line=19))
    new = Document(id="000_sua.txt", path="corpus/000_sua.txt", sha256="3" * 64, pages=1, format="tsv",
                   rows=(*rows_000(), added))
    change = Change(indicator=FAMILY, key="ty le ho gia dinh dat tieu chuan van hoa", column="Ước thực hiện năm 2024",
                    role="estimate", period="2024", old="83,9", new="88,5", old_value=83.9, new_value=88.5,
                    section="B.9", old_line=37, new_line=37)
    removed = rows_000()[0]
    return DiffResult(old=old, new=new, changes=(change,), added=(added,), removed=(removed,))


# --- a real PDF --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bieu_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, tuple[float, float, float, float]]:
    """A landscape page with two BIỂU 01 rows; returns its path and the bbox of "83,9" as pdfplumber reads it."""
    path = tmp_path_factory.mktemp("pdf") / "bieu01.pdf"
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", FONT))
    size = landscape(A4)
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setFont("DejaVu", 9)
    xs = (40, 70, 330, 380, 450, 520, 600)
    rows = (
        ("STT", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ", "KH năm 2024", "Ước TH 2024", "So sánh"),
        ("", GRAIN, "Tấn", "39.500,00", "41.100", "41.160", "100,1"),
        ("", FAMILY, "%", "88,0", "88,5", "83,9", "94,8"),
    )
    for i, row in enumerate(rows):
        for x, text in zip(xs, row, strict=True):
            c.drawString(x, size[1] - 120 - 18 * i, text)
    c.showPage()
    c.save()
    with pdfplumber.open(path) as pdf:
        word = next(w for w in pdf.pages[0].extract_words() if w["text"] == "83,9")
    return str(path), (word["x0"], word["top"], word["x1"], word["bottom"])


def pdf_check_result(path: str, bbox: tuple[float, float, float, float], n: int = 1) -> CheckResult:
    doc = Document(id="bieu01.pdf", path=path, sha256="4" * 64, pages=1, format="pdf")
    findings = tuple(
        Finding(kind="value_mismatch", severity="error", document="bieu01.pdf", other_document=ID_001, page=1,
                bbox=bbox, other_line=421, indicator=FAMILY, column="Ước thực hiện năm 2024", role="estimate",
                period="2024", reported="83,9", expected="88,5", message=f"83,9 vs 88.5 ({i})")
        for i in range(n)
    )
    return CheckResult(documents=(doc,), findings=findings)


# --- registry ----------------------------------------------------------------------------------

RESULTS = {"check": seed_check_result, "extract": seed_extract_result, "diff": seed_diff_result}


def test_registry_lists_every_format_with_what_it_supports() -> None:
    assert set(WRITERS) == {"table", "json", "csv", "xlsx", "html", "sarif"}
    assert WRITERS["sarif"].supports == frozenset({"check"})
    assert {name for name, w in WRITERS.items() if w.needs_file} == {"xlsx", "html"}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("kind", sorted(RESULTS))
def test_every_writer_renders_what_it_supports_and_refuses_the_rest(fmt: str, kind: str) -> None:
    result = RESULTS[kind]()
    assert result_kind(result) == kind
    if kind in WRITERS[fmt].supports:
        data = render(fmt, result, title="doisoat test")
        assert isinstance(data, bytes) and len(data) > 100
    else:
        with pytest.raises(ValueError, match=f"--format {fmt}"):
            render(fmt, result, title="doisoat test")


# --- table -------------------------------------------------------------------------------------
# The layout tests read the English (--lang en); the Vietnamese default is tests/test_i18n.py's.


def test_table_groups_by_document_then_kind_and_keeps_suppressed_apart() -> None:
    text = table.render(seed_check_result(), title="doisoat reconcile", color=False, width=200, lang="en").decode()
    lines = text.splitlines()
    i000, i001 = lines.index(ID_000), lines.index(ID_001)
    i_supp = next(i for i, line in enumerate(lines) if line.startswith("Suppressed (accepted by auditor): 1"))
    assert i000 < i001 < i_supp
    # Within 001: ratio_mismatch before place_name (the contract's order of kinds).
    i_ratio = next(i for i, line in enumerate(lines) if line.startswith("  ratio_mismatch (1)"))
    i_place = next(i for i, line in enumerate(lines) if line.startswith("  place_name (1)"))
    assert i001 < i_ratio < i_place < i_supp
    value_line = next(line for line in lines if "83,9 → 88,5" in line)
    assert value_line.split()[:3] == ["error", "line", "37"]
    assert FAMILY in value_line and f"[vs {ID_001} line 421]" in value_line
    assert "Tân Dương → Tam Đường" in lines[i_place + 1]
    # The accepted finding is listed only under the suppressed heading.
    assert [i for i, line in enumerate(lines) if "105,7 → 105,6" in line] == [i_supp + 3]
    assert lines[-1] == (
        "Summary: 2 errors, 1 warning, 0 info · 3 root causes covering 3 cells · 2 documents · 1 failed to read"
        " · 1 suppressed"
    )
    assert "corpus/khong-doc-duoc.pdf: encrypted PDF: no password given" in text
    assert "\033[" not in text


def test_table_cuts_long_indicators_to_the_width_and_keeps_the_message() -> None:
    text = table.render(seed_check_result(), title="t", color=False, width=80, lang="en").decode()
    value_line = next(line for line in text.splitlines() if "83,9 → 88,5" in line)
    assert FAMILY not in value_line
    # 28 % of 80 columns for the indicator, 18 % (14) for the column header, "…" where cut; the
    # position is padded to "line 236" of another finding so the columns line up.
    assert "error    line 37   Tỷ lệ hộ gia đình đạt…  Ước thực hiện…  83,9 → 88,5" in value_line
    assert VALUE.message in value_line  # the arithmetic is never cut


def test_table_never_passes_control_characters_from_documents_to_the_terminal() -> None:
    # An ESC sequence in a damaged or hostile file would otherwise clear or rewrite the terminal.
    bad = Finding(kind="parse_error", severity="info", document=ID_000, line=12, indicator="Thu NSNN\x1b[2J\ttrên địa bàn",
                  reported="48,10\r\n", message="could not read \x1b]0;owned\x07")
    text = table.render(CheckResult(documents=seed_documents()[:1], findings=(bad,)), title="t", color=False).decode()
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "Thu NSNN\ufffd[2J trên địa bàn" in text
    assert len([line for line in text.splitlines() if "48,10" in line]) == 1


def test_table_colours_only_when_asked() -> None:
    coloured = table.render(seed_check_result(), title="t", color=True, lang="en").decode()
    assert "\033[31merror" in coloured
    # Under pytest stdout is not a terminal: no colour by default.
    assert "\033[" not in table.render(seed_check_result(), title="t").decode()


def test_table_extract_lists_rows_with_role_period_and_raw() -> None:
    text = table.render(seed_extract_result(), title="doisoat extract", color=False, lang="en").decode()
    assert f"A.2  {GRAIN} [Tấn]" in text
    assert "target 2020-2025: 39.500,00 · plan 2024: 41.100 · estimate 2024: 41.160" in text
    # Cells are packed to the width without splitting one: "ratio 2024: 100,1" stays whole.
    narrow = table.render(seed_extract_result(), title="t", color=False, width=80, lang="en").decode()
    assert "      target 2020-2025: 39.500,00 · plan 2024: 41.100 · estimate 2024: 41.160\n" \
           "      ratio 2024: 100,1\n" in narrow
    assert text.splitlines()[-1] == "Summary: 1 document · 2 rows · 0 failed to read"


def test_table_diff_lists_changes_added_and_removed() -> None:
    text = table.render(seed_diff_result(), title="doisoat diff", color=False, lang="en").decode()
    assert f"~ {FAMILY} · Ước thực hiện năm 2024: 83,9 → 88,5" in text
    assert "  + Tỷ lệ xã đạt chuẩn nông thôn mới" in text
    assert f"  - {GRAIN}" in text


# --- csv ---------------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_check_round_trips_one_row_per_finding() -> None:
    rows = read_csv(csv_writer.render(seed_check_result(hostile=True)))
    assert list(rows[0]) == list(FINDING_COLUMNS)
    assert len(rows) == 5
    value = next(r for r in rows if r["kind"] == "value_mismatch")
    assert (value["reported"], value["expected"], value["document"], value["other_document"]) == (
        "83,9", "88,5", ID_000, ID_001)
    assert value["fingerprint"] == VALUE.fingerprint()
    assert value["page"] == "" and value["line"] == "37"
    bad = next(r for r in rows if r["kind"] == "parse_error")
    assert bad["indicator"] == HOSTILE and bad["context"] == f"{HOSTILE}\t%\t88,5"  # tabs survive quoting
    assert bad["document"] == HOSTILE_DOC
    assert [r["suppressed"] for r in rows] == ["false"] * 4 + ["true"]
    assert rows[-1]["reported"] == "105,7"


def test_csv_extract_has_one_row_per_printed_value() -> None:
    rows = read_csv(csv_writer.render(seed_extract_result()))
    assert list(rows[0]) == list(CELL_COLUMNS)
    assert len(rows) == 8
    plan = next(r for r in rows if r["indicator"] == GRAIN and r["role"] == "plan")
    assert (plan["raw"], plan["value"], plan["unit"], plan["period"], plan["line"]) == ("41.100", "41100", "Tấn", "2024", "12")
    target = next(r for r in rows if r["indicator"] == FAMILY and r["role"] == "target")
    assert target["value"] == "88"  # 88,0 printed, a plain number here


def test_csv_diff_has_changes_then_added_and_removed() -> None:
    rows = read_csv(csv_writer.render(seed_diff_result()))
    assert list(rows[0]) == list(CHANGE_COLUMNS)
    assert [(r["change"], r["indicator"]) for r in rows] == [
        ("changed", FAMILY), ("added", "Tỷ lệ xã đạt chuẩn nông thôn mới"), ("removed", GRAIN)]
    assert (rows[0]["old"], rows[0]["new"], rows[0]["old_value"], rows[0]["new_value"]) == ("83,9", "88,5", "83.9", "88.5")


# --- xlsx --------------------------------------------------------------------------------------


def load_xlsx(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def sheet_records(ws: Any) -> list[dict[str, Any]]:
    values = list(ws.values)
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_xlsx_check_has_summary_one_sheet_per_kind_and_suppressed() -> None:
    wb = load_xlsx(xlsx.render(seed_check_result(hostile=True), title="doisoat reconcile"))
    assert wb.sheetnames == ["Tóm tắt", "ratio_mismatch", "value_mismatch", "place_name", "parse_error", "Đã chấp nhận"]
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(ws.max_column)}{ws.max_row}"
        assert ws.column_dimensions["A"].width and ws.column_dimensions["A"].width >= 8
    [value] = sheet_records(wb["value_mismatch"])
    assert (value["indicator"], value["reported"], value["expected"], value["line"]) == (FAMILY, "83,9", "88,5", 37)
    [place] = sheet_records(wb["place_name"])
    assert (place["reported"], place["expected"]) == ("Tân Dương", "Tam Đường")
    [accepted] = sheet_records(wb["Đã chấp nhận"])
    assert (accepted["kind"], accepted["indicator"], accepted["reported"]) == ("ratio_mismatch", FOREST, "105,7")
    summary = {row[0]: row for row in wb["Tóm tắt"].iter_rows(values_only=True) if row[0]}
    assert summary["kind"][:7] == ("kind", "Loại", "error", "warning", "info", "total", "suppressed")
    assert summary["ratio_mismatch"][2:7] == (0, 1, 0, 1, 1)
    assert summary["total"][2:7] == (2, 1, 1, 4, 1)
    assert summary["corpus/khong-doc-duoc.pdf"][1] == "encrypted PDF: no password given"
    assert summary[ID_000][4:8] == ("Tam Đường", "Lai Châu", "UBND", "1108/BC-UBND")


def test_xlsx_keeps_document_text_that_looks_like_a_formula_as_text() -> None:
    formula = Finding(kind="parse_error", severity="info", document=ID_000, line=5, reported="=SUM(E5:E9)",
                      context="-\t=SUM(E5:E9)\x0c", message="could not read =SUM(E5:E9)")
    result = CheckResult(documents=seed_documents()[:1], findings=(formula,))
    ws = load_xlsx(xlsx.render(result))["parse_error"]
    reported = ws.cell(row=2, column=list(next(ws.values)).index("reported") + 1)
    assert reported.value == "=SUM(E5:E9)" and reported.data_type == "s"
    [rec] = sheet_records(ws)
    assert rec["context"] == "-\t=SUM(E5:E9)"  # the form feed OCR left is dropped, not fatal


def test_xlsx_extract_and_diff_sheets() -> None:
    wb = load_xlsx(xlsx.render(seed_extract_result()))
    assert wb.sheetnames == ["Tóm tắt", "Chỉ tiêu"]
    recs = sheet_records(wb["Chỉ tiêu"])
    assert len(recs) == 8 and recs[1]["raw"] == "41.100" and recs[1]["value"] == 41100
    assert wb["Chỉ tiêu"].auto_filter.ref == "A1:Y9"
    wb = load_xlsx(xlsx.render(seed_diff_result()))
    assert wb.sheetnames == ["Tóm tắt", "Thay đổi", "Thêm mới", "Bị xoá"]
    [change] = sheet_records(wb["Thay đổi"])
    assert (change["old"], change["new"], change["old_value"], change["new_value"]) == ("83,9", "88,5", 83.9, 88.5)


# --- html --------------------------------------------------------------------------------------


class _Tables(HTMLParser):
    """Collects, per table id, the data-* attributes of its findings (tbody), and every <script> body."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, list[dict[str, str | None]]] = {}
        self.scripts: list[str] = []
        self._table: str | None = None
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self._table = a.get("id") or ""
            self.rows.setdefault(self._table, [])
        elif tag in ("tbody", "tr") and self._table is not None and "data-kind" in a:
            self.rows[self._table].append(a)
        elif tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._table = None
        elif tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def parse_html(page: str) -> _Tables:
    parser = _Tables()
    parser.feed(page)
    return parser


def test_html_escapes_document_text() -> None:
    page = html.render(seed_check_result(hostile=True), title="doisoat check").decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    parsed = parse_html(page)
    assert len(parsed.scripts) == 1 and "alert" not in parsed.scripts[0]
    # The hostile id comes back intact as an attribute value (so the document filter can match it).
    assert HOSTILE_DOC in {r["data-document"] for r in parsed.rows["findings-table"]}


def test_html_extract_and_diff_views_escape_document_text_too() -> None:
    """Escaping is the templates' default (autoescape), so every view escapes, not only the check view."""
    from dataclasses import replace

    bad_row = replace(rows_000()[0], indicator=HOSTILE, section=HOSTILE, unit=HOSTILE, context=HOSTILE)
    bad_doc = Document(id=HOSTILE_DOC, path=HOSTILE_DOC, sha256="4" * 64, pages=1, format="text", rows=(bad_row,),
                       title=HOSTILE, warnings=(HOSTILE,))
    extract_page = html.render(ExtractResult(documents=(bad_doc,), failures=(Failure(HOSTILE_DOC, HOSTILE),)), title=HOSTILE)
    diff = seed_diff_result()
    diff_page = html.render(replace(diff, old=bad_doc, added=(bad_row,), renamed=((bad_row, bad_row),)), title="t")
    for page in (extract_page.decode(), diff_page.decode()):
        assert "<script>alert" not in page and "<img src=x" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert len(parse_html(page).scripts) == 1


def test_html_is_self_contained_and_its_script_is_allowed_by_its_policy() -> None:
    page = html.render(seed_check_result(), title="Đối soát Tam Đường").decode()
    assert '<meta charset="utf-8">' in page and "<title>Đối soát Tam Đường</title>" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(|@import""", page)
    script = parse_html(page).scripts[0]
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and f"script-src &#39;sha256-{digest}&#39;" in csp.group(1)
    assert "default-src &#39;none&#39;" in csp.group(1)


def test_html_findings_table_filters_and_side_by_side_values() -> None:
    page = html.render(seed_check_result(), title="t", lang="en").decode()
    parsed = parse_html(page)
    assert [(r["data-kind"], r["data-document"]) for r in parsed.rows["findings-table"]] == [
        ("value_mismatch", ID_000), ("ratio_mismatch", ID_001), ("place_name", ID_001)]
    assert [r["data-kind"] for r in parsed.rows["suppressed-table"]] == ["ratio_mismatch"]
    for name, options in (("kind", ["ratio_mismatch", "value_mismatch", "place_name"]),
                          ("severity", ["error", "warning", "info"]), ("document", [ID_000, ID_001])):
        select = re.search(rf'<select data-filter="{name}">(.*?)</select>', page)
        assert select and re.findall(r'<option value="([^"]*)"', select.group(1)) == ["", *options]
    value_row = page[page.index('data-kind="value_mismatch"'):]
    value_row = value_row[:value_row.index("</tr>")]
    assert (f'<div class="src">{ID_000} line 37</div><span class="val">83,9</span>' in value_row
            and f'<div class="src">{ID_001} line 421</div><span class="val">88,5</span>' in value_row)
    assert '<output id="visible-count" data-count-for="findings-table">3</output>' in page
    assert page.index('id="findings-table"') < page.index('id="suppressed"') < page.index("105,7")
    assert "corpus/khong-doc-duoc.pdf" in page


def test_html_embeds_a_crop_of_the_pdf_cell_and_caps_the_count(bieu_pdf: tuple[str, Any]) -> None:
    path, bbox = bieu_pdf
    page = html.render(pdf_check_result(path, bbox, n=3), title="t", max_images=2).decode()
    uris = re.findall(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(uris) == 2
    image = Image.open(io.BytesIO(base64.b64decode(uris[0])))
    assert image.format == "PNG" and abs(image.width - landscape(A4)[0] * 100 / 72) <= 1
    assert "Chỉ nhúng 2 ảnh đầu tiên; 1 phát hiện" in page
    # A finding on a text rendering never gets an image.
    assert "data:image" not in html.render(seed_check_result(), title="t").decode()


def test_html_extract_and_diff_views() -> None:
    page = html.render(seed_extract_result(), title="t").decode()
    assert f"<td>A.2</td><td>{GRAIN}</td>" in page
    assert '<span class="cell" title="KH năm 2024">kế hoạch 2024: 41.100</span>' in page  # the role in the language
    english = html.render(seed_extract_result(), title="t", lang="en").decode()
    assert '<span class="cell" title="KH năm 2024">plan 2024: 41.100</span>' in english
    assert '<output id="visible-count" data-count-for="rows-table">2</output>' in page
    page = html.render(seed_diff_result(), title="t").decode()
    assert '<td class="num removed">83,9</td><td class="num added">88,5</td>' in page
    assert "+ Tỷ lệ xã đạt chuẩn nông thôn mới" in page and f"− {GRAIN}" in page


# --- crop --------------------------------------------------------------------------------------


def is_red(px: tuple[int, ...]) -> bool:
    return px[0] > 180 and px[1] < 80 and px[2] < 80


def test_crop_shows_the_row_band_with_the_cell_boxed(bieu_pdf: tuple[str, Any]) -> None:
    path, (x0, top, x1, bottom) = bieu_pdf
    png = crop_png(path, 1, (x0, top, x1, bottom), dpi=100, margin_pt=36)
    assert png is not None
    image = Image.open(io.BytesIO(png)).convert("RGB")
    scale = 100 / 72
    assert abs(image.width - landscape(A4)[0] * scale) <= 1  # the full width of the page
    assert abs(image.height - (bottom - top + 72) * scale) <= 2
    # Red outline just outside the glyphs, above and below the middle of the cell...
    cx = int((x0 + x1) / 2 * scale)
    box_top, box_bottom = int(36 * scale) - 2, int((36 + bottom - top) * scale) + 2
    column = [image.getpixel((cx, y)) for y in range(image.height)]
    red_rows = [y for y, px in enumerate(column) if is_red(px)]
    assert red_rows and abs(red_rows[0] - box_top) <= 2 and abs(red_rows[-1] - box_bottom) <= 2
    # ...dark glyph pixels inside it, and nothing red far from it.
    inside = [image.getpixel((x, y)) for x in range(int(x0 * scale), int(x1 * scale))
              for y in range(box_top + 3, box_bottom - 2)]
    assert any(sum(px) < 300 for px in inside)
    assert not any(is_red(image.getpixel((x, y))) for x in range(0, int(x0 * scale) - 10) for y in range(image.height))


def test_crop_answers_none_when_there_is_nothing_to_show(bieu_pdf: tuple[str, Any], tmp_path: Path) -> None:
    path, bbox = bieu_pdf
    text = tmp_path / "bieu01.txt"
    text.write_text("Tổng sản lượng lương thực có hạt\tTấn\t41.100", encoding="utf-8")
    with PdfCropper() as cropper:
        assert cropper.png(str(tmp_path / "missing.pdf"), 1, bbox) is None
        assert cropper.png(str(text), 1, bbox) is None
        assert cropper.png(path, 2, bbox) is None
        assert cropper.png(path, 1, (900.0, 10.0, 950.0, 20.0)) is None  # right of a 842 pt page
        assert cropper.png(path, 1, (float("nan"), 10.0, 20.0, 20.0)) is None
        uri = cropper.data_uri(path, 1, bbox)
    assert uri is not None and uri.startswith("data:image/png;base64,iVBORw0KGgo")


# --- sarif -------------------------------------------------------------------------------------


def check_sarif_structure(log: dict[str, Any]) -> None:
    """The parts of the SARIF 2.1.0 schema a consumer relies on (required keys, types, enums)."""
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json" and log["version"] == "2.1.0"
    [run] = log["runs"]
    driver = run["tool"]["driver"]
    assert isinstance(driver["name"], str)
    rules = driver["rules"]
    assert all(isinstance(r["id"], str) and isinstance(r["shortDescription"]["text"], str) for r in rules)
    for res in run["results"]:
        assert isinstance(res["message"]["text"], str) and res["message"]["text"]
        assert res["level"] in ("none", "note", "warning", "error")
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        for loc in res["locations"] + res.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            assert isinstance(phys["artifactLocation"]["uri"], str)
            if "region" in phys:
                assert isinstance(phys["region"]["startLine"], int) and phys["region"]["startLine"] >= 1
        assert all(isinstance(v, str) for v in res["partialFingerprints"].values())
        for sup in res.get("suppressions", []):
            assert sup["kind"] in ("inSource", "external")
    for inv in run["invocations"]:
        assert isinstance(inv["executionSuccessful"], bool)
        for note in inv["toolExecutionNotifications"]:
            assert isinstance(note["message"]["text"], str)


def test_sarif_check_result(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    log = json.loads(sarif.render(seed_check_result(), title="doisoat check"))
    check_sarif_structure(log)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "doisoat"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == list(KINDS)
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("value_mismatch", "error"), ("ratio_mismatch", "warning"), ("place_name", "error"), ("ratio_mismatch", "warning")]
    value = results[0]
    phys = value["locations"][0]["physicalLocation"]
    assert phys["artifactLocation"]["uri"] == f"corpus/{ID_000}"
    assert phys["region"]["startLine"] == 37
    assert value["message"]["text"] == f"{FAMILY} · Ước thực hiện năm 2024: {VALUE.message}"
    assert value["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 421
    assert value["partialFingerprints"] == {sarif.FINGERPRINT_KEY: VALUE.fingerprint()}
    assert value["properties"]["reported"] == "83,9" and value["properties"]["expected"] == "88,5"
    assert "suppressions" not in value
    assert results[-1]["suppressions"] == [{"kind": "external", "justification": sarif.SUPPRESSION_JUSTIFICATION}]
    [inv] = run["invocations"]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"].startswith("corpus/khong-doc-duoc.pdf:")


def test_sarif_pdf_finding_has_page_and_no_line_region(bieu_pdf: tuple[str, Any]) -> None:
    path, bbox = bieu_pdf
    log = json.loads(sarif.render(pdf_check_result(path, bbox)))
    check_sarif_structure(log)
    [res] = log["runs"][0]["results"]
    phys = res["locations"][0]["physicalLocation"]
    assert "region" not in phys and phys["properties"] == {"page": 1}
    assert res["properties"]["bbox"] == list(bbox)


def test_sarif_info_is_a_note_and_unknown_kinds_get_a_rule() -> None:
    later = Finding(kind="period_mismatch", severity="info", document=ID_000, line=3, message="new kind")
    log = json.loads(sarif.render(CheckResult(documents=seed_documents()[:1], findings=(later,))))
    check_sarif_structure(log)
    [res] = log["runs"][0]["results"]
    assert res["level"] == "note" and res["ruleIndex"] == len(KINDS)


def test_sarif_uris_are_relative_under_the_base_and_file_uris_elsewhere(tmp_path: Path) -> None:
    inside = tmp_path / "báo cáo" / "Biểu 01.pdf"
    assert sarif.artifact_uri(str(inside), base=tmp_path) == "b%C3%A1o%20c%C3%A1o/Bi%E1%BB%83u%2001.pdf"
    assert sarif.artifact_uri("/srv/Biểu 01.pdf", base=tmp_path) == "file:///srv/Bi%E1%BB%83u%2001.pdf"
