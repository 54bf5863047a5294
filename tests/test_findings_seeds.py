"""Issue 13 on the seeds: every example of a wrong, repeated or missing finding, as it ends now.

Seed 000 is the UBND Tam Đường appendix as typed; seed 001 the Huyện ủy report of the same
district, a text rendering of an OCR'd scan (its tables print "91.3" where its text writes
"51,3"); seed 003 a narrative report. The two Tam Đường reports are reconciled together, as
``doisoat reconcile`` does. Each test is named for what the tool got wrong before.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from extractor.documents import file_to_document
from extractor.model import Document
from reconcile.engine import documents_to_findings
from reconcile.engine.findings import Finding
from reconcile.engine.reading import assess_reading

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
S000, S001, S003 = "000_6a5e51584c6108a1.txt", "001_cafb4d1805646ef3.txt", "003_58059cd68c956849.txt"


@cache
def _doc(name: str) -> Document:
    return file_to_document(CORPUS / name)


@cache
def _tam_duong() -> tuple[Finding, ...]:
    findings, _ = documents_to_findings([_doc(S000), _doc(S001)], across_documents=True)
    return tuple(findings)


@cache
def _seed003() -> tuple[Finding, ...]:
    findings, _ = documents_to_findings([_doc(S003)])
    return tuple(findings)


def _at(document: str, line: int, kind: str | None = None) -> list[Finding]:
    return [f for f in _tam_duong() if f.document == document and f.line == line and (kind is None or f.kind == kind)]


def _touching(document: str, line: int) -> list[Finding]:
    """Findings with a cell printed on ``line`` of ``document`` (either side of a pair)."""
    out = []
    for f in _tam_duong():
        refs = [(c.document, c.line) for c in f.cells] or [(f.document, f.line)]
        if (document, line) in refs or (f.other_document == document and f.other_line == line):
            out.append(f)
    return out


def test_seed001_is_taken_for_an_ocr_copy_and_seed000_is_not() -> None:
    assert assess_reading(_doc(S001)).ocr
    assert not assess_reading(_doc(S000)).ocr


def test_a_row_with_5_read_as_9_is_one_probable_misread_not_nine_errors() -> None:
    # 001 line 452 "Tỷ lệ gieo phủ rừng % 90.5 91.3 91.3 91.82 91.30 91.82 100.0 101.6": its own
    # ratio 101,6 is 51,30/50,50 and 001 prints 51.3 at line 401 and 51,3 at line 222.
    found = _touching(S001, 452)
    assert [(f.kind, f.severity) for f in found] == [("probable_misread", "warning")]
    misread = found[0]
    assert {(c.printed, c.likely) for c in misread.cells} >= {("90.5", "50.5"), ("91.3", "51.3"), ("91.82", "51.82")}
    assert any(e.document == S001 and e.line == 401 for e in misread.evidence)
    assert "5 read as 9" in misread.message
    assert not _touching(S000, 15)  # the typed copy's row no longer draws six value mismatches


def test_the_tea_target_printed_600_is_a_misread_of_400_not_four_errors() -> None:
    misread = _at(S001, 451, "probable_misread")
    assert len(misread) == 1 and misread[0].reported == "600" and misread[0].expected == "400"
    assert any("96.6 = 386.28 / 400" in e.text for e in misread[0].evidence)
    # What remains between the two reports is their real difference: the 2025 plan, 75 against 60.
    pair = [f for f in _touching(S000, 14) if f.kind == "value_mismatch"]
    assert len(pair) == 1 and pair[0].severity == "error"
    assert {c.printed for c in pair[0].cells} == {"75,00", "60.00", "461,28", "446.28"}


def test_a_lost_cell_no_longer_makes_the_ratio_check_suggest_a_wrong_fix() -> None:
    # 001 line 483 prints 8 values for 9 columns: "90.0 90.0 96.2 93.1 93.1 106.9 103.4 103.4".
    # Read with 'Kế hoạch năm 2025' empty, 106,9 = 96,2/90 and 103,4 = 93,1/90: no "should read 93,0".
    # Read so, the block is consistent: no ratio finding and no misreading either (the hand reading,
    # golden/hand 001-n4: "there is no 'Kế hoạch năm 2025' cell").
    assert not [f for line in range(482, 487) for f in _touching(S001, line)
                if f.kind in ("ratio_mismatch", "probable_misread")]


def test_a_shifted_block_of_nq09_rows_is_one_misread_not_four_value_mismatches() -> None:
    # 001 line 566 "80% dịch vụ công ..." carries "80 90 123,8 Vượt": the figures 000 prints for the
    # next indicator, "80% hồ sơ công việc ..." (80 99 123,8); line 565 carries 000's "80 80 100".
    assert not [f for f in _tam_duong() if f.kind == "value_mismatch" and f.line in (78, 79)]
    at566 = _at(S001, 566, "probable_misread")
    assert {("moved one row" in f.message) for f in at566} == {True, False}
    digit = next(f for f in at566 if "moved one row" not in f.message)
    assert (digit.reported, digit.expected) == ("90", "99")


def test_names_stating_different_quantities_are_not_one_indicator() -> None:
    # 000 line 75 "Trên 50% đơn vị ..." against 001 line 561 "Trên 90% đơn vị ...", and 000 line 79
    # "80% hồ sơ công việc ..." against 001 line 567 "60% bộ sơ công việc ...".
    assert not [f for f in _touching(S000, 75) if f.kind == "value_mismatch"]
    assert not [f for f in _touching(S001, 567) if f.kind == "value_mismatch"]


def test_ocr_misspelt_communes_are_one_misread_per_commune() -> None:
    places = [f for f in _tam_duong() if f.document == S001 and f.indicator is None and f.kind in ("place_name", "probable_misread")]
    expected = [f.expected for f in places]
    assert len(expected) == len(set(expected)), expected  # one finding per place
    ban_bo = next(f for f in places if f.expected == "Bản Bo")
    assert ban_bo.kind == "probable_misread" and {c.printed for c in ban_bo.cells} >= {"Ban Bơ", "Bàn Bò"}
    assert len(places) <= 12  # was 20 findings for about 10 communes


def test_ban_ho_is_not_offered_ban_hon_when_the_text_lists_both() -> None:
    # 001 line 136: "xã Bàn Hồ đạt xuất sắc; xã Bàn Hòn, Sơn Bình đạt loại giỏi" — two communes.
    ban_ho = [c for f in _tam_duong() if f.document == S001 for c in f.cells if c.printed == "Bàn Hồ"]
    assert ban_ho and {c.likely for c in ban_ho} == {"Bản Bo"}


def test_a_table_convention_is_one_finding_for_its_rows() -> None:
    # Biểu 02 of 001 prints the achieved figure again in its "so với chỉ tiêu" column.
    repeats = [f for f in _tam_duong() if dict(f.extra).get("pattern") == "ratio column repeats an operand"]
    assert len(repeats) == 1 and repeats[0].severity == "warning"
    assert len(repeats[0].cells) >= 15


def test_a_term_figure_is_not_compared_with_a_year_figure() -> None:
    # 001 line 242 "97,4% tổ chức cơ sở của Mặt trận ..., đạt 129,8% Nghị quyết" (the term so far)
    # against line 486's 2024 estimate; line 94's 2024 "60%" against Biểu 02's running total (599).
    assert not [f for f in _touching(S001, 242) if f.kind == "internal_mismatch"]
    assert not [f for f in _touching(S001, 94) if f.kind == "internal_mismatch"]


def test_cases_over_places_are_not_summed() -> None:
    # 001 line 627: "57 vụ/72 địa phương ... 57 vụ/55 tụ điểm ... YPHC 04 vụ/07 địa phương".
    assert not [f for f in _at(S001, 627) if f.kind == "sum_mismatch"]


def test_a_plan_printed_twice_with_different_values_is_reported() -> None:
    # 003 line 89 "sản lượng nuôi trồng và đánh bắt được 102/275 tấn" and line 105 "sản lượng khai
    # thác và đánh bắt ước đạt 102/264 tấn".
    twice = [f for f in _seed003() if f.kind == "internal_mismatch" and f.line == 89 and f.other_line == 105]
    assert len(twice) == 1 and twice[0].severity == "error"
    assert {c.printed for c in twice[0].cells} == {"275", "264"}
    assert any(e.line == 215 for e in twice[0].evidence)  # "ước đạt 275 tấn" in the plan section


def test_mismatch_messages_show_the_other_label_as_printed_and_the_match_score() -> None:
    # 000 line 37 "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa" 83,9 against 001 line 421's 88.5.
    pair = [f for f in _touching(S000, 37) if f.kind == "value_mismatch"]
    assert len(pair) == 1
    f = pair[0]
    assert f.score == 100.0 and "names match 100/100" in f.message and "('Thực hiện năm 2024')" in f.message
    assert f.favours is None and "favours neither" in f.message  # both reports recompute their own ratios


def test_a_mismatch_that_is_one_reports_own_inconsistency_is_that_report_s_finding() -> None:
    # 001 prints "99.9 99.9" for 2024 household electricity in its appendix (line 407) and "99.0"
    # in Biểu 01 (line 464); 000 prints 99,0: 001 disagrees with itself, the evidence favours 464.
    assert not [f for f in _touching(S000, 27) if f.kind == "value_mismatch"]
    own = [f for f in _at(S001, 407) if f.kind == "internal_mismatch"]
    assert len(own) == 1 and own[0].severity == "error" and own[0].favours == "line 464"
    assert any(e.document == S000 for e in own[0].evidence)


def test_unreadable_ocr_text_is_not_an_error() -> None:
    # 001 line 648: "6-App" where a target should be.
    found = _at(S001, 648, "parse_error")
    assert len(found) == 1 and found[0].severity == "warning"


def test_ocr_arithmetic_that_no_misreading_explains_is_one_warning() -> None:
    # 001 line 609, the NQ 10 cell: three totals that do not add up in OCR-damaged text.
    sums = [f for f in _at(S001, 609) if f.kind == "sum_mismatch"]
    assert len(sums) == 1 and sums[0].severity == "warning" and len(sums[0].cells) == 3


def test_identical_text_blocks_are_checked_once() -> None:
    # 001 lines 519 and 520 print the same Nghị quyết 05 row, 5,885 characters, twice.
    assert _at(S001, 519) and not _at(S001, 520)


def test_a_figure_one_slip_from_the_typed_copy_is_a_misread_of_the_ocr_copy() -> None:
    # 001 line 578 "30 20,3 68,3" (000: "30 20,5 68,3"); line 576 "70 20 28,0" (000: 28,6); the
    # NQ 05 cell's "9.000/10.700" (000 and 001's own footnote: 9.900).
    assert {(f.reported, f.expected) for f in _at(S001, 578, "probable_misread")} == {("20,3", "20,5")}
    assert {(f.reported, f.expected) for f in _at(S001, 576, "probable_misread")} == {("28,0", "28,6")}
    assert ("9.000", "9.900") in {(f.reported, f.expected) for f in _at(S001, 519, "probable_misread")}
    # Read right, that cell repeats 000's own error ("đạt 99,5%" for 92,5 %): reported once, on 000.
    assert not [f for f in _at(S001, 519) if f.kind == "ratio_mismatch"]
    assert [f.severity for f in _at(S000, 71, "ratio_mismatch")] == ["error"]


def test_the_name_stated_target_decides_which_figure_was_misread() -> None:
    # "Trên 50% người dân ... 20 60 120": the target, 50; "60% cơ sở giáo dục ... 60 40 100 Đạt":
    # the achieved figure, 60.
    assert {(f.reported, f.expected) for f in _at(S001, 597, "probable_misread")} == {("20", "50")}
    assert {(f.reported, f.expected) for f in _at(S001, 601, "probable_misread")} == {("40", "60")}
    assert not _at(S001, 601, "label_mismatch") and not _at(S001, 601, "ratio_mismatch")


def test_a_misread_the_evidence_cannot_pin_lists_both_readings() -> None:
    # "90% cơ sở dữ liệu ... 60 80 100 Đạt": 60 read for 80, or 80 for 60.
    found = _at(S001, 587, "probable_misread")
    assert len(found) == 1 and found[0].undecided
    assert {(c.printed, c.likely) for c in found[0].cells} == {("60", "80"), ("80", "60")}
    assert not _at(S001, 587, "ratio_mismatch")


def test_errors_on_the_typed_reports_stay_errors() -> None:
    assert [f.severity for f in _at(S000, 71, "ratio_mismatch")] == ["error"]
    khoai = [f for f in _seed003() if f.kind == "ratio_mismatch" and f.line == 95]
    assert len(khoai) == 1 and khoai[0].severity == "error" and "should read 53" in khoai[0].message
