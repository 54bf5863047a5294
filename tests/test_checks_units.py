"""Units against their indicators, on seed rows."""

from __future__ import annotations

from dataclasses import replace

from reconcile.engine.checks.units import check_units, expected_dimensions
from reconcile.engine.settings import CheckSettings
from tests.checks_fixtures import (
    SEED000_BIEU01,
    SEED000_BIEU01_ROWS,
    SEED000_BIEU02,
    SEED000_BIEU02_ROWS,
    SEED001_APPENDIX,
    SEED001_APPENDIX_ROWS,
    DocBuilder,
    P,
    Prose,
    R,
    table_document,
)

DEFAULTS = CheckSettings()


def test_seed_tables_have_fitting_units() -> None:
    assert check_units(table_document(SEED000_BIEU01, SEED000_BIEU01_ROWS), DEFAULTS) == []
    assert check_units(table_document(SEED000_BIEU02, SEED000_BIEU02_ROWS), DEFAULTS) == []
    assert check_units(table_document(SEED001_APPENDIX, SEED001_APPENDIX_ROWS, style="en"), DEFAULTS) == []


def test_seed003_sows_weighed_in_tonnes() -> None:
    # Seed 003: "đàn lợn nái 1.270/1.360 tấn, đạt 93,4%KH" (elsewhere "đàn lợn nái hiện có 1.270 con").
    figures = [P("actual", "1.270"), P("plan", "1.360"), P("ratio", "93,4%", "ratio", (0, 1))]
    doc = DocBuilder(doc_id="003.txt").prose(Prose("đàn lợn nái", figures, "tấn", "đàn lợn nái 1.270/1.360 tấn, đạt 93,4%KH")).build()
    (f,) = check_units(doc, DEFAULTS)
    assert (f.kind, f.severity, f.reported) == ("unit_mismatch", "warning", "tấn")
    assert f.expected is not None and f.expected.startswith("a count")


def test_a_rate_in_hectares_is_an_error() -> None:
    forest = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Tỷ lệ che phủ rừng")
    (f,) = check_units(table_document(SEED000_BIEU01, [replace(forest, unit="Ha")]), DEFAULTS)
    assert (f.severity, f.reported, f.expected) == ("error", "Ha", "%")


def test_an_area_counted_in_communes_is_a_warning() -> None:
    tea = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Diện tích cây chè")
    (f,) = check_units(table_document(SEED000_BIEU01, [replace(tea, unit="Xã")]), DEFAULTS)
    assert f.severity == "warning" and "'diện tích'" not in f.message and "('dien tich')" in f.message


def test_unreadable_units_are_not_judged() -> None:
    # Seed 000 line 19 as the rendering printed it: the unit column holds "100,00".
    row = R("Tỷ lệ xã đạt chuẩn nông thôn mới", "100,00", ["75,00", "75,00", "100,00", "75,00", "100,00", "100,0", "75,0", "100", ""])
    assert check_units(table_document(SEED000_BIEU01, [row]), DEFAULTS) == []


def test_same_indicator_in_two_dimensions() -> None:
    b = DocBuilder(doc_id="001.txt", style="en")
    b.table(SEED001_APPENDIX, [R("Diện tích trồng chè mới", "Hà", ["70", "90", "128.6", "60", ""])])
    b.table(SEED001_APPENDIX, [R("Diện tích trồng chè mới", "Tấn", ["70", "90", "128.6", "60", ""])])
    findings = check_units(b.build(), DEFAULTS)
    sibling = [f for f in findings if "here but in" in f.message]
    assert len(sibling) == 1 and sibling[0].expected == "Hà" and "at line 2" in sibling[0].message


def test_parts_of_a_total_in_another_dimension() -> None:
    b = DocBuilder(doc_id="003.txt")
    b.prose(Prose("Tổng đàn gia súc", [P("actual", "4.755")], "con", partition=True))
    b.prose(Prose("Đàn bò", [P("actual", "2.830")], "con", parent=0))
    b.prose(Prose("Đàn trâu", [P("actual", "1.925")], "tấn", parent=0))
    findings = check_units(b.build(), DEFAULTS)
    assert any(f.indicator == "Đàn trâu" and "is a part of" in f.message for f in findings)


def test_leading_words() -> None:
    assert expected_dimensions("Tỷ lệ giải ngân vốn đầu tư công") == ("ty le", frozenset({"percent", "permille"}))
    assert expected_dimensions("Sản lượng gỗ khai thác") == ("san luong", frozenset({"mass", "volume", "count"}))
    assert expected_dimensions("Kết nạp đảng viên mới") is None


def test_a_percentage_fits_any_indicator() -> None:
    # Seed 002: "Số doanh nghiệp sử dụng kết quả nghiên cứu từ viện, trường trong sản xuất, kinh doanh | %".
    row = R("Số doanh nghiệp sử dụng kết quả nghiên cứu từ viện, trường trong sản xuất, kinh doanh", "%", ["", "", "", "", "", "", "", "", ""])
    assert check_units(table_document(SEED000_BIEU01, [row]), DEFAULTS) == []
