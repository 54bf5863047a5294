"""Ratio recomputation on printed precision, on real rows of the seed reports."""

from __future__ import annotations

import math
from dataclasses import replace
from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reconcile.engine.checks import document_to_findings
from reconcile.engine.checks.intervals import Grade, Printed, grade, quotient, round_half_up, truncate
from reconcile.engine.checks.ratios import check_ratios
from reconcile.engine.settings import CheckSettings
from tests.checks_fixtures import (
    SEED000_BIEU01,
    SEED000_BIEU01_ROWS,
    SEED000_BIEU02,
    SEED000_BIEU02_ROWS,
    SEED001_APPENDIX,
    SEED001_APPENDIX_ROWS,
    SEED001_BIEU02_ROWS,
    Col,
    DocBuilder,
    P,
    Prose,
    R,
    table_document,
)

DEFAULTS = CheckSettings()
HOUSEHOLDS = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa")


def _ratios(doc, settings: CheckSettings = DEFAULTS):
    return [f for f in check_ratios(doc, settings) if f.kind == "ratio_mismatch"]


def _with_cells(row: R, **changes: str) -> R:
    """The row with some value cells reprinted: keys are column positions as ``c3`` ... ``c11``."""
    cells = list(row.cells)
    for key, text in changes.items():
        cells[int(key[1:]) - 3] = text
    return replace(row, cells=cells)


def test_seed000_bieu01_every_ratio_recomputes_and_range_targets_are_warnings() -> None:
    findings = _ratios(table_document(SEED000_BIEU01, SEED000_BIEU01_ROWS))
    assert [f.severity for f in findings] == ["warning", "warning"]
    assert {f.indicator for f in findings} == {"Tăng trưởng đàn gia súc"}
    first = findings[0]
    assert first.reported == "0,0"
    assert "6,60 / 5 (lower bound of '5-6') = 132,0 %" in first.message
    assert "6,60 / 6 (upper bound of '5-6') = 110,0 %" in first.message
    assert "each bound" in first.message


def test_seed000_bieu02_ratios_recompute() -> None:
    assert _ratios(table_document(SEED000_BIEU02, SEED000_BIEU02_ROWS)) == []


def test_brief_row_consistent_then_misprinted_is_an_error_with_the_interval() -> None:
    assert _ratios(table_document(SEED000_BIEU01, [HOUSEHOLDS])) == []
    doc = table_document(SEED000_BIEU01, [_with_cells(HOUSEHOLDS, c9="98,4")])
    (f,) = _ratios(doc)
    assert f.severity == "error"
    assert f.message.startswith("83,9 / 88,5 = 94,8 % (interval 94,69–94,92), reported 98,4")
    assert (f.reported, f.expected) == ("98,4", "94,8")
    assert f.interval is not None and 94.69 < f.interval[0] < 94.70 and 94.91 < f.interval[1] < 94.92
    assert f.column == "So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024"
    assert (f.role, f.period, f.line) == ("ratio", "2024", 2)
    assert f.key == "ty le ho gia dinh dat tieu chuan van hoa"
    assert f.context == "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa | % | 88,0 | 88,5 | 83,9 | 88,0 | 83,9 | 88,0 | 98,4 | 95,3 | 100"
    # 98,4 is 94,8 with two digits swapped, and no single input explains it.
    assert f.culprit == "So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024: 98,4 -> 94,8"


def test_a_ratio_consistent_only_by_input_rounding_gives_no_finding() -> None:
    # Seed 001's appendix: 48.1 / 48 = 100,2 %, printed 100 (0 decimals).
    rows = [r for r in SEED001_APPENDIX_ROWS if r.indicator == "Thu NSNN trên địa bàn"]
    assert _ratios(table_document(SEED001_APPENDIX, rows, style="en")) == []


def test_decision_flip_is_named_and_an_ambiguous_culprit_is_not() -> None:
    power = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Tỷ lệ hộ được sử dụng điện lưới quốc gia")
    (f,) = _ratios(table_document(SEED000_BIEU01, [_with_cells(power, c5="93,0")]))
    assert f.severity == "error"
    assert "decision flips" in f.message and "met (≥ 100 %)" in f.message
    # 93,0 -> 99,0 and the plan 99,00 -> 93,00 both restore 100,0: no single cell to blame.
    assert f.culprit is None


def test_culprit_ocr_confusion_3_for_8() -> None:
    # 83,9 printed as 88,9 (3↔8): only the estimate has a one-slip reading that restores 94,8.
    (f,) = _ratios(table_document(SEED000_BIEU01, [_with_cells(HOUSEHOLDS, c5="88,9")]))
    assert f.severity == "error"
    assert f.culprit == "Ước thực hiện năm 2024: 88,9 -> 83,9"
    assert "probably 'Ước thực hiện năm 2024' should read 83,9 (printed 88,9, 8→3)" in f.message


def test_culprit_swapped_digits_in_the_printed_ratio() -> None:
    (f,) = _ratios(table_document(SEED000_BIEU01, [_with_cells(HOUSEHOLDS, c10="93,5")]))
    assert f.culprit == "So sánh / Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH: 93,5 -> 95,3"


def test_culprit_shared_denominator_fixes_both_ratios() -> None:
    # Seed 001's OCR'd Biểu 01 prints the target of "Trong đó: Diện tích trồng mới" as 600 (seed 000: 400);
    # both ratios against it fail and one digit of the target explains both.
    row = R("Trong đó: Diện tích trồng mới", "Ha", ["600", "70.00", "90.00", "60.00", "386.28", "446.28", "128.6", "96.6", "112"])
    findings = _ratios(table_document(SEED000_BIEU01, [row], style="en"))
    assert [f.severity for f in findings] == ["error", "error"]
    assert {f.culprit for f in findings} == {"Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025): 600 -> 400"}


def test_no_culprit_when_two_cells_are_damaged() -> None:
    # Seed 001 Biểu 01 "Tỷ lệ gieo phủ rừng 90.5 91.3 ...": 50,50 and 51,30 both lost a digit to OCR.
    row = R("Tỷ lệ gieo phủ rừng", "%", ["90.5", "91.3", "91.3", "91.82", "91.30", "91.82", "100.0", "101.6", "104"])
    findings = _ratios(table_document(SEED000_BIEU01, [row], style="en"))
    assert len(findings) == 2 and all(f.culprit is None for f in findings)


def test_seed001_bieu02_ocr_damage() -> None:
    findings = _ratios(table_document(SEED000_BIEU02, SEED001_BIEU02_ROWS, style="en"))
    by_indicator = {f.indicator[:20]: f for f in findings}
    clubs = by_indicator["Xây dựng 06 câu lạc "]
    assert clubs.severity == "error" and clubs.reported == "250%" and clubs.expected == "350"
    assert clubs.culprit is not None and clubs.culprit.endswith(": 250% -> 350")
    fraction = by_indicator["Đẩy tin 95% hoạt độn"]
    assert fraction.severity == "warning" and "printed as a fraction" in fraction.message
    assert fraction.expected == "105,3"
    assert len(findings) == 2  # 8/5 = 160 %, 1/3 = 33,33 %, 510/1022 = 49,9 % all recompute


def test_seed001_appendix_truncates_only_its_counted_party_members() -> None:
    # 16.90/16.75 "100.8", >90 96.2 "106.8", >90 96.1 "106.7" are right for inputs within their own
    # printed precision (16,895/16,755 = 100,84): no truncation to report and no evidence of a
    # truncation convention. Party members are counted, so 90/85 = 105,88 exactly and "105.8" is
    # truncated: a warning, the table showing no truncation convention. (Before issue 13 the four
    # were infos under a "truncation (4 of 6 telling ratios)" convention.)
    doc = table_document(SEED001_APPENDIX, SEED001_APPENDIX_ROWS, style="en")
    findings = _ratios(doc)
    assert [(f.indicator, f.severity) for f in findings] == [("Kết nạp đảng viên mới", "warning")]
    # Computed numbers are printed the way the table prints its own ("105.8": English-style OCR).
    assert findings[0].message.startswith("90 / 85 = 105.9 %") and "agrees only if truncated" in findings[0].message


def test_without_convention_detection_only_the_counted_ratio_is_flagged() -> None:
    doc = table_document(SEED001_APPENDIX, SEED001_APPENDIX_ROWS, style="en")
    assert [f.indicator for f in _ratios(doc, CheckSettings(detect_convention=False))] == ["Kết nạp đảng viên mới"]


def test_truncation_only_ratio_is_a_warning_under_rounding_and_info_under_truncation() -> None:
    # 386,28 / 400,00 = 96,57: rounded 96,6, truncated 96,5; the inputs are precise enough to tell.
    new_tea = R("Trong đó : Diện tích trồng mới", "Ha", ["400,00", "70,00", "90,00", "75,00", "386,28", "461,28", "128,6", "96,5", "115"])
    (f,) = _ratios(table_document(SEED000_BIEU01, [*SEED000_BIEU01_ROWS[:3], new_tea]))
    assert f.severity == "warning" and "agrees only if truncated" in f.message
    # A table whose counted ratios are all truncated (exact inputs: no rounding can explain them).
    counted = [
        R("Kết nạp đảng viên mới", "Đảng viên", ["85", "90", "105,8", "Vượt", ""]),
        R("Xây dựng câu lạc bộ văn nghệ", "CLB", ["6", "7", "116,6", "Vượt", ""]),
        R("Phát triển đội văn nghệ quần chúng", "Đội", ["7", "8", "114,2", "Vượt", ""]),
        R("Duy trì câu lạc bộ khèn Mông", "CLB", ["7", "9", "128,5", "Vượt", ""]),
        R("Điểm trưng bày sản phẩm OCOP", "Điểm", ["3", "5", "166,6", "Vượt", ""]),
    ]
    tea = R("Trồng mới chè tập trung", "Ha", ["400,00", "386,28", "96,5", "Chưa đạt", ""])
    findings = _ratios(table_document(SEED000_BIEU02, [*counted, tea]))
    assert {f.severity for f in findings} == {"info"} and len(findings) == 6
    assert all("truncation (5 of 5 telling ratios)" in f.message or "(6 of 6" in f.message for f in findings)


def test_comparator_target_divides_by_the_bound() -> None:
    row = SEED000_BIEU01_ROWS[-1]
    assert row.indicator == "Tổ chức chính quyền cơ sở đạt từ khá trở lên"
    assert _ratios(table_document(SEED000_BIEU01, [row])) == []
    (f,) = _ratios(table_document(SEED000_BIEU01, [_with_cells(row, c9="115,0")]))
    assert f.severity == "warning"
    assert "100,0 / 90 (bound of '> 90') = 111,1 %" in f.message


def test_lower_is_better_ratio_may_be_plan_over_actual() -> None:
    row = next(r for r in SEED001_APPENDIX_ROWS if r.indicator.endswith("thể thấp còi"))
    assert _ratios(table_document(SEED001_APPENDIX, [row], style="en")) == []  # 22.50 / 22.38 = 100,5
    higher_better = replace(row, indicator="Tỷ lệ trẻ em dưới 5 tuổi được tiêm chủng đầy đủ")
    (f,) = _ratios(table_document(SEED001_APPENDIX, [higher_better], style="en"))
    assert f.severity == "error" and f.message.startswith("22.38 / 22.50 = 99.5 %")  # in the table's own style


def test_ratio_column_that_repeats_the_actual_is_a_warning() -> None:
    # Seed 001 Biểu 02 section IV: "Cán bộ là người dân tộc thiểu số trong BCH Đảng bộ | % | 40 | 31,4 | 31,4".
    row = R("Cán bộ là người dân tộc thiểu số trong BCH Đảng bộ", "%", ["40", "31,4", "31,4", "", ""])
    (f,) = _ratios(table_document(SEED000_BIEU02, [row]))
    assert f.severity == "warning" and "repeats the numerator's figure" in f.message


def test_errors_on_rows_repaired_from_ocr_damage_are_warnings() -> None:
    # Seed 001 line 483: OCR shifted the row right by one column and lost a value; the extractor moved
    # the rest back, so a ratio now sits under a value header.
    row = R("Tổ chức cơ sở đảng hoàn thành các nhiệm vụ trọng tâm", "%", ["90.0", "90.0", "96.2", "93.1", "93.1", "106.9", "103.4", "103.4", ""])
    errors = _ratios(table_document(SEED000_BIEU01, [row], style="en"))
    assert errors and all(f.severity == "error" for f in errors)
    repaired = _ratios(table_document(SEED000_BIEU01, [replace(row, repaired=True)], style="en"))
    assert [f.severity for f in repaired] == ["warning"] * len(errors)
    assert all(f.message.endswith("so its columns may be misaligned") and f.confidence == 0.7 for f in repaired)


def test_blank_or_label_inputs_are_not_checked() -> None:
    rows = [r for r in SEED000_BIEU02_ROWS if r.cells[1] in ("", "Chưa triển khai", "đạt")]
    assert len(rows) >= 4
    assert _ratios(table_document(SEED000_BIEU02, rows)) == []


def test_undivided_ratio_column_is_reported_once() -> None:
    columns = (Col("KH năm 2024", "plan", "2024"), Col("Thực hiện năm 2024", "actual", "2024"), Col("Tỷ lệ %", "ratio"))
    rows = [R("Thu nhập bình quân đầu người năm", "Triệu đồng", ["46", "46", "100"]), R("Tổng lượt khách du lịch", "Lượt", ["500.000", "500.000", "100"])]
    (f,) = _ratios(table_document(columns, rows))
    assert f.severity == "info" and "does not say what it divides: its 2 values" in f.message


def test_prose_ratio_seed003() -> None:
    sentence = "Tổng số đã giải ngân vốn năm 2022 là 13.636/20.676 triệu đồng, đạt 66,0% kế hoạch"
    figures = [P("actual", "13.636"), P("plan", "20.676"), P("ratio", "66,0%", "ratio", (0, 1))]
    doc = DocBuilder().prose(Prose("Tổng số đã giải ngân vốn năm 2022", figures, "triệu đồng", sentence)).build()
    assert _ratios(doc) == []
    wrong = [P("actual", "13.636"), P("plan", "20.676"), P("ratio", "76,0%", "ratio", (0, 1))]
    doc = DocBuilder().prose(Prose("Tổng số đã giải ngân vốn năm 2022", wrong, "triệu đồng", sentence)).build()
    (f,) = _ratios(doc)
    assert f.severity == "error" and f.context == sentence
    assert f.message.startswith("13.636 / 20.676 = 66,0 %")


def test_prose_hedged_figure_is_judged_with_its_hedge() -> None:
    # Seed 000 Biểu 02: "Khoanh nuôi xúc tiến tái sinh tự nhiên trên 2.500/3.500 ha, đạt 71,4% NQ" (reprinted 75,4).
    # The ratio rule leaves hedged prose to prose_arith, which allows "trên" 5 % upward (issue 12):
    # 71,4 % and 74 % agree, 75,4 % (2.639 ha) is beyond what "trên 2.500" can mean.
    from reconcile.engine.checks.prose_relations import check_prose_relations

    def doc_with(ratio: str):
        figures = [P("actual", "trên 2.500"), P("target", "3.500"), P("ratio", ratio, "ratio", (0, 1))]
        return DocBuilder().prose(Prose("Khoanh nuôi xúc tiến tái sinh tự nhiên", figures, "ha")).build()

    assert _ratios(doc_with("75,4%")) == []
    assert check_prose_relations(doc_with("71,4%"), CheckSettings()) == []
    (info,) = check_prose_relations(doc_with("74%"), CheckSettings())
    assert info.severity == "info" and "within the hedge's tolerance" in info.message
    (f,) = check_prose_relations(doc_with("75,4%"), CheckSettings())
    assert f.kind == "ratio_mismatch" and f.severity == "error" and "beyond what the hedge" in f.message


def test_prose_times_relation_gap_2_58() -> None:
    # "gấp 2,58 lần (24.013/9.278)": 2,5882… rounds to 2,59; 2,58 is what truncation prints.
    figures = [P("actual", "24.013"), P("other", "9.278"), P("ratio", "2,58", "times", (0, 1))]
    doc = DocBuilder().prose(Prose("Thu ngân sách", figures)).build()
    (f,) = _ratios(doc)
    # "lần" in Vietnamese messages, "times" in the English ones (the message catalog, issue 13 §4).
    assert f.severity == "warning" and "2,59 times" in f.message and "agrees only if truncated" in f.message


def test_findings_are_sorted_by_line_then_kind() -> None:
    doc = table_document(SEED000_BIEU01, [_with_cells(HOUSEHOLDS, c9="98,4", c10="90,0"), SEED000_BIEU01_ROWS[5]])
    lines = [f.line or 0 for f in document_to_findings(doc)]
    assert lines == sorted(lines)


# --- properties of the interval rule -------------------------------------------------------------

printed_inputs = st.tuples(
    st.integers(min_value=1, max_value=10**7), st.integers(min_value=0, max_value=3)
).map(lambda t: Printed(Fraction(t[0], 10 ** t[1]), t[1]))


@settings(max_examples=300, deadline=None)
@given(a=printed_inputs, b=printed_inputs, d=st.integers(min_value=0, max_value=3), times=st.booleans())
def test_property_a_correctly_rounded_ratio_is_consistent(a: Printed, b: Printed, d: int, times: bool) -> None:
    factor = Fraction(1) if times else Fraction(100)
    q = quotient(a, b, factor)
    assert q is not None
    printed = Printed(round_half_up(q[0], d), d)
    assert grade(q[0], q[1], printed).grade == Grade.EXACT
    truncated = Printed(truncate(q[0], d), d)
    assert grade(q[0], q[1], truncated).grade <= Grade.TRUNCATED


@settings(max_examples=300, deadline=None)
@given(a=printed_inputs, b=printed_inputs, d=st.integers(min_value=0, max_value=2), k=st.integers(min_value=2, max_value=50), up=st.booleans())
def test_property_a_ratio_two_units_outside_the_interval_is_flagged(a: Printed, b: Printed, d: int, k: int, up: bool) -> None:
    point, iv = quotient(a, b) or (Fraction(0), None)
    assert iv is not None
    unit = Fraction(1, 10**d)
    off = (round_half_up(iv.hi, d) + k * unit) if up else (round_half_up(iv.lo, d) - k * unit)
    assert grade(point, iv, Printed(off, d)).grade == Grade.INCONSISTENT


@settings(max_examples=200, deadline=None)
@given(a=printed_inputs, b=printed_inputs, d=st.integers(min_value=0, max_value=2), k=st.integers(min_value=2, max_value=9))
def test_property_check_ratios_flags_a_perturbed_printed_ratio(a: Printed, b: Printed, d: int, k: int) -> None:
    q = quotient(a, b)
    assert q is not None
    point, iv = q
    width_units = math.ceil((iv.hi - iv.lo) * 10**d)
    good = round_half_up(point, d)
    bad = good + (k + width_units) * Fraction(1, 10**d)
    assume(bad not in (a.value, b.value))  # a ratio column repeating an input is its own (warning) rule
    columns = (Col("KH năm 2024", "plan", "2024"), Col("Thực hiện năm 2024", "actual", "2024"), Col("So sánh", "ratio", "2024", (4, 3)))
    ok_row = R("Chỉ tiêu", "Tấn", [b.text(), a.text(), Printed(good, d).text()])
    bad_row = R("Chỉ tiêu", "Tấn", [b.text(), a.text(), Printed(bad, d).text()])
    assert _ratios(table_document(columns, [ok_row], style="vi")) == []
    (f,) = _ratios(table_document(columns, [bad_row], style="vi"))
    assert f.severity == "error"
