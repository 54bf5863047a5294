"""The rules of issue 13 on small documents built from seed rows: misreadings only on OCR'd text,
one finding per root cause, attribution, cells printed alike, whole counts."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner

from extractor.documents import file_to_document
from extractor.model import Document
from normalizers.names import numbers_conflict
from reconcile.cli import main
from reconcile.engine import documents_to_findings
from reconcile.engine.checks import document_to_findings
from tests.checks_fixtures import SEED000_BIEU01, SEED001_APPENDIX, Col, DocBuilder, R

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

FOREST = R("Tỷ lệ che phủ rừng", "%", ["50,50", "51,30", "51,30", "51,82", "51,30", "51,82", "100,0", "101,6", "103"])
# Seed 001 line 452 as OCR read it: every 5 of the row read as 9 (its last ratio as 000 prints it).
FOREST_OCR = R("Tỷ lệ gieo phủ rừng", "%", ["90.5", "91.3", "91.3", "91.82", "91.30", "91.82", "100.0", "101.6", "103"])
CULTURE = R("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "%", ["88,0", "88,5", "83,9", "88,0", "83,9", "88,0", "94,8", "95,3", "100"])


def _ocr(doc: Document) -> Document:
    return replace(doc, format="pdf-ocr")


def test_a_typed_report_is_never_misread() -> None:
    # The same slip in a report typed by its author is the author's: an error naming the culprit.
    doc = DocBuilder(doc_id="typed.txt", style="en").table(SEED000_BIEU01, [FOREST_OCR], style="en").build()
    findings = document_to_findings(doc)
    assert "probable_misread" not in {f.kind for f in findings}
    assert [f.severity for f in findings if f.kind == "ratio_mismatch"] == ["error"]


def test_an_ocr_copy_reads_one_confusion_in_every_figure_of_a_row() -> None:
    doc = _ocr(DocBuilder(doc_id="scan.pdf", style="en").table(SEED000_BIEU01, [FOREST_OCR], style="en").build())
    findings = document_to_findings(doc)
    assert [(f.kind, f.severity) for f in findings] == [("probable_misread", "warning")]
    assert {c.likely for c in findings[0].cells} == {"50.5", "51.3", "51.82", "51.30"}


def test_an_ocr_copy_without_a_reading_that_fits_keeps_a_warning_not_an_error() -> None:
    # "70 20 12,0": no single slip makes 20/70 print 12,0, and OCR may have done anything.
    cols = (Col("Chỉ tiêu", "target"), Col("Lũy kế thực hiện", "actual", "2024"),
            Col("So với chỉ tiêu", "ratio", "2024", (4, 3)))
    doc = _ocr(DocBuilder(doc_id="scan.pdf").table(cols, [R("70% tài liệu lưu trữ", "%", ["70", "20", "12,0"])]).build())
    findings = document_to_findings(doc)
    assert [(f.kind, f.severity) for f in findings] == [("ratio_mismatch", "warning")]
    assert "cannot be told apart" in findings[0].message


def test_the_misread_stage_can_be_turned_off() -> None:
    doc = _ocr(DocBuilder(doc_id="scan.pdf", style="en").table(SEED000_BIEU01, [FOREST_OCR], style="en").build())
    findings = document_to_findings(doc, {"checks": ["ratios"]})
    assert {f.kind for f in findings} == {"ratio_mismatch"}


def test_cells_printed_alike_are_never_different_values() -> None:
    # A consistent report of another district: "1.250" in an English-style table (read 1,25) and in
    # a Vietnamese one (read 1.250) drew "KH năm 2024: 1.250 here, 1.250 in table 2".
    cols = (Col("KH năm 2024", "plan", "2024"), Col("Thực hiện năm 2024", "actual", "2024"))
    b = DocBuilder(doc_id="other.txt")
    b.table(cols, [R("Sản lượng chè búp tươi", "Tấn", ["1.250", "48.1"]), R("Diện tích chè", "Ha", ["2,400.5", "60.27"])], style="en")
    b.table(cols, [R("Sản lượng chè búp tươi", "Tấn", ["1.250", "48,1"])], style="vi")
    doc = b.build()
    assert doc.rows[0].cells[0].value.value != doc.rows[2].cells[0].value.value  # read differently...
    assert not [f for f in document_to_findings(doc) if f.kind == "internal_mismatch"]  # ...printed alike


def test_a_count_of_people_is_a_whole_number(tmp_path: Path) -> None:
    # An English-style table (dot decimals, comma thousands) where "1.250" people must be 1.250.
    text = (
        "BIỂU 01: KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2024\n\n"
        "STT\tChỉ tiêu\tĐơn vị tính\tKế hoạch năm 2024\tThực hiện năm 2024\tSo sánh (%)\n"
        "1\tSố lao động được giải quyết việc làm\tNgười\t1.250\t1.320\t105.6\n"
        "2\tTổng sản lượng lương thực\tTấn\t41,100.5\t41,160.2\t100.1\n"
        "3\tTỷ lệ che phủ rừng\t%\t51.30\t51.30\t100.0\n"
    )
    path = tmp_path / "bieu01.txt"
    path.write_text(text, encoding="utf-8")
    row = next(r for r in file_to_document(path).rows if r.unit == "Người")
    assert [c.value.value for c in row.cells[:2]] == [1250.0, 1320.0]


def test_a_mismatch_says_which_side_its_own_ratios_favour() -> None:
    good = DocBuilder(doc_id="a.txt").table(SEED000_BIEU01, [CULTURE]).build()
    # The other report prints 88,5 but keeps the ratio 94,8 that only 83,9 gives.
    bad_cells = list(CULTURE.cells)
    bad_cells[2] = "88,5"
    bad = DocBuilder(doc_id="b.txt").table(SEED000_BIEU01, [R(CULTURE.indicator, "%", bad_cells)]).build()
    good, bad = (replace(d, district="Tam Đường", province="Lai Châu") for d in (good, bad))
    findings, _ = documents_to_findings([good, bad], across_documents=True)
    pair = [f for f in findings if f.kind == "value_mismatch"]
    assert len(pair) == 1 and pair[0].favours == "a.txt" and "favours a.txt" in pair[0].message
    assert {(c.document, c.printed) for c in pair[0].cells} == {("a.txt", "83,9"), ("b.txt", "88,5")}


def test_all_columns_of_a_row_pair_are_one_finding() -> None:
    a = DocBuilder(doc_id="a.txt").table(SEED001_APPENDIX, [R("Thu NSNN trên địa bàn", "Tỷ đồng", ["48,1", "50,0", "104,0", "55"])]).build()
    b = DocBuilder(doc_id="b.txt").table(SEED001_APPENDIX, [R("Thu NSNN trên địa bàn", "Tỷ đồng", ["46,0", "47,0", "102,2", "60"])]).build()
    a, b = (replace(d, district="Tam Đường", province="Lai Châu") for d in (a, b))
    findings, _ = documents_to_findings([a, b], across_documents=True)
    pairs = [f for f in findings if f.kind == "value_mismatch"]
    assert len(pairs) == 1 and pairs[0].covered == 6  # three columns, both sides


def test_names_with_different_quantities_or_codes_conflict() -> None:
    assert numbers_conflict("80% dịch vụ công có đủ điều kiện", "60% hồ sơ công việc có đủ điều kiện")
    assert numbers_conflict("Trên 50% đơn vị sự nghiệp công lập", "Trên 90% đơn vị sự nghiệp công lập")
    assert numbers_conflict("Nghị quyết 03-NQ/TU", "Nghị quyết 05-NQ/TU")
    assert not numbers_conflict("Xây dựng 06 câu lạc bộ văn nghệ cho 06 dân tộc", "Xây dựng 06 câu lạc bộ văn hóa")


def test_json_summary_counts_root_causes_and_the_cells_they_cover() -> None:
    result = CliRunner().invoke(
        main, ["check", str(CORPUS / "000_6a5e51584c6108a1.txt"), "--format", "json", "--no-cache", "--fail-on", "never"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    summary = data["summary"]
    assert summary["root_causes"] == summary["findings"] == len(data["findings"])
    assert summary["cells"] == sum(f["covers"] for f in data["findings"]) > summary["root_causes"]
    grouped = next(f for f in data["findings"] if f["kind"] == "ratio_mismatch" and f["line"] == 16)
    assert [c["printed"] for c in grouped["cells"]] == ["0,0", "0"]


def test_a_lost_separator_in_the_ratio_beats_a_reading_that_leaves_a_ratio_of_1043_percent() -> None:
    # A scanned variant (benchmarks/bench_misreads.py, seed 200): "150,00 156,50 1043" where the
    # report prints 104,3. Dropping a 0 from the plan (15,00) also makes 1043 recompute, but leaves
    # a plan/actual ratio of 1.043 %: the lost separator in the ratio is the likely reading.
    cols = (Col("KH năm 2024", "plan", "2024"), Col("Ước thực hiện năm 2024", "estimate", "2024"),
            Col("So sánh", "ratio", "2024", (4, 3)))
    doc = _ocr(DocBuilder(doc_id="scan.pdf").table(cols, [R("Xuất khẩu địa phương", "triệu USD", ["150,00", "156,50", "1043"])]).build())
    findings = [f for f in document_to_findings(doc) if f.kind == "probable_misread"]
    assert len(findings) == 1 and not findings[0].undecided
    assert (findings[0].reported, findings[0].expected) == ("1043", "104,3")



def test_an_undecided_misread_lists_each_cell_once() -> None:
    # A scanned variant (bench_misreads, seed 200): two shifts of an OCR-damaged row (gaps in two
    # different columns) moved the same cells the same way, and the finding listed every cell twice.
    from reconcile.engine.misreads import Change, Hypothesis, Judged, Verdict, verdict_to_finding
    from reconcile.engine.settings import CheckSettings

    doc = _ocr(DocBuilder(doc_id="scan.pdf", style="en").table(SEED000_BIEU01, [FOREST_OCR], style="en").build())
    row = doc.rows[-1]
    moved = (Change("Kế hoạch năm 2025", "", "91.3", row.cells[1], None),
             Change("Ước thực hiện năm 2024", "", "91.82", row.cells[3], None))
    candidates = tuple(Judged(Hypothesis(row, moved, "alignment", "a cell lost", 1, gap), 1, 0, ())
                       for gap in ("Kế hoạch năm 2024", "Ước thực hiện giai đoạn 2021-2025"))
    finding = verdict_to_finding(Verdict(row, None, candidates), "test", CheckSettings())
    assert finding.undecided and len(finding.cells) == 2
