"""normalizers.units: the seeds' unit spellings, conversions, and what must not convert."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normalizers.numbers import parse_value
from normalizers.units import DIMENSIONS, Unit, convert, convertible, find_unit, parse_unit, to_base

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("text", "canonical", "dimension", "scale", "base"),
    [
        ("Tỷ đồng", "tỷ đồng", "money", 1e9, "đồng"),
        ("<b>Tỷ đồng</b>", "tỷ đồng", "money", 1e9, "đồng"),
        ("Triệu đồng", "triệu đồng", "money", 1e6, "đồng"),
        ("tr.đ", "triệu đồng", "money", 1e6, "đồng"),
        ("triệu", "triệu đồng", "money", 1e6, "đồng"),
        ("nghìn đồng", "nghìn đồng", "money", 1e3, "đồng"),
        ("đồng", "đồng", "money", 1.0, "đồng"),
        ("Tấn", "tấn", "mass", 1000.0, "kg"),
        ("tạ", "tạ", "mass", 100.0, "kg"),
        ("kg", "kg", "mass", 1.0, "kg"),
        ("Ha", "ha", "area", 1e4, "m²"),
        ("Hà", "ha", "area", 1e4, "m²"),
        ("m<sup>2</sup>", "m²", "area", 1.0, "m²"),
        ("m2", "m²", "area", 1.0, "m²"),
        ("m²", "m²", "area", 1.0, "m²"),
        ("m3", "m³", "volume", 1.0, "m³"),
        ("m<sup>3</sup>", "m³", "volume", 1.0, "m³"),
        ("km", "km", "length", 1000.0, "m"),
        ("%", "%", "percent", 1.0, "%"),
        ("%GRDP", "%", "percent", 1.0, "%"),
        ("‰", "‰", "permille", 1.0, "‰"),
        ("%o", "‰", "permille", 1.0, "‰"),
        ("Người", "người", "count", 1.0, "người"),
        ("Lượt", "lượt", "count", 1.0, "lượt"),
        ("lượt người", "lượt người", "count", 1.0, "lượt người"),
        ("con", "con", "count", 1.0, "con"),
        ("Xã", "xã", "count", 1.0, "xã"),
        ("xã", "xã", "count", 1.0, "xã"),
        ("hộ", "hộ", "count", 1.0, "hộ"),
        ("Bản", "bản", "count", 1.0, "bản"),
        ("CLB", "câu lạc bộ", "count", 1.0, "câu lạc bộ"),
        ("Đội", "đội", "count", 1.0, "đội"),
        ("Điểm", "điểm", "count", 1.0, "điểm"),
        ("Di sản", "di sản", "count", 1.0, "di sản"),
        ("Hoạt động", "hoạt động", "count", 1.0, "hoạt động"),
        ("Đảng viên", "đảng viên", "count", 1.0, "đảng viên"),
        ("Tiêu chí", "tiêu chí", "count", 1.0, "tiêu chí"),
        ("Trung tâm", "trung tâm", "count", 1.0, "trung tâm"),
        ("Doanh nghiệp", "doanh nghiệp", "count", 1.0, "doanh nghiệp"),
        ("sản phẩm", "sản phẩm", "count", 1.0, "sản phẩm"),
        ("thẻ", "thẻ", "count", 1.0, "thẻ"),
        ("lớp", "lớp", "count", 1.0, "lớp"),
        ("cơ sở", "cơ sở", "count", 1.0, "cơ sở"),
        ("Điểm nhóm", "điểm nhóm", "count", 1.0, "điểm nhóm"),
        ("Xã, thị trấn", "xã, thị trấn", "count", 1.0, "xã, thị trấn"),
        ("nghìn người", "nghìn người", "count", 1000.0, "người"),
        ("tạ/ha", "tạ/ha", "other", 0.01, "kg/m²"),
        ("Người/vạn dân", "người/vạn dân", "other", 1e-4, "người/dân"),
    ],
)
def test_seed_unit_spellings(text: str, canonical: str, dimension: str, scale: float, base: str) -> None:
    unit = parse_unit(text)
    assert (unit.raw, unit.canonical, unit.dimension, unit.base) == (text, canonical, dimension, base)
    assert unit.scale == pytest.approx(scale)


def test_unknown_and_empty() -> None:
    assert parse_unit("").dimension == "none"
    assert parse_unit("   ").dimension == "none"
    thu_bac = parse_unit("Thứ bậc")
    assert (thu_bac.dimension, thu_bac.canonical) == ("other", "thứ bậc")
    hdi = parse_unit("Chỉ số phát triển con người (HDI)")
    assert hdi.canonical == "chỉ số phát triển con người (hdi)"
    assert parse_unit(None).dimension == "none"  # type: ignore[arg-type]


def test_every_seed_unit_column_cell_is_understood() -> None:
    """The 'Đơn vị tính' column of seed 000's tables: every cell a known unit."""
    lines = next(CORPUS.glob("000_*.txt")).read_text(encoding="utf-8").splitlines()
    units = {line.split("\t")[2] for line in lines if line.count("\t") >= 6 and line.split("\t")[2]}
    # A shifted row puts "100,00" there, and one indicator's unit is printed as the label "Đạt".
    units = {u for u in units if u != "Đơn vị tính" and parse_value(u).kind not in ("number", "label")}
    assert len(units) >= 8
    unknown = [u for u in units if parse_unit(u).dimension in ("other", "none")]
    assert not unknown


def test_money_conversions() -> None:
    ty, trieu, dong = parse_unit("Tỷ đồng"), parse_unit("Triệu đồng"), parse_unit("đồng")
    # Seed 000 prints 48,10 tỷ đồng; the same figure in triệu đồng is 48.100.
    value = parse_value("48,1").value
    assert value is not None
    assert convert(value, ty, trieu) == parse_value("48.100", style="vi").value
    assert convert(48100.0, trieu, ty) == 48.1
    assert to_base(48.1, ty) == (48100000000.0, "đồng")
    assert convert(524655.0, trieu, dong) == 524655000000.0


@pytest.mark.parametrize(("text", "canonical"), [
    ("triệu VNĐ", "triệu đồng"), ("triệu VND", "triệu đồng"), ("tỷ VNĐ", "tỷ đồng"), ("tỉ VNĐ", "tỷ đồng"),
    ("nghìn VNĐ", "nghìn đồng"), ("ngàn VND", "nghìn đồng"),
])
def test_the_currency_by_its_code_after_a_scale(text: str, canonical: str) -> None:
    """"650 triệu VNĐ" is 650 triệu đồng (the rewording benchmark's tydong_vnd: "triệu VNĐ" was an unknown unit,
    and "bằng 118%" of a growth in "triệu VNĐ" read against another base)."""
    assert parse_unit(text).canonical == canonical
    assert parse_unit(text).scale == parse_unit(canonical).scale


def test_mass_and_area_conversions() -> None:
    tan, ta, kg = parse_unit("Tấn"), parse_unit("tạ"), parse_unit("kg")
    assert convert(41.1, tan, ta) == 411.0
    assert convert(56.28, ta, kg) == 5628.0
    assert convert(1.5, tan, kg) == 1500.0
    ha, m2 = parse_unit("Ha"), parse_unit("m<sup>2</sup>")
    assert convert(0.23, ha, m2) == 2300.0
    assert convert(9900.0, m2, parse_unit("Hà")) == 0.99
    assert to_base(2.5, parse_unit("km")) == (2500.0, "m")
    assert convert(56.28, parse_unit("tạ/ha"), parse_unit("tấn/ha")) == 5.628


@pytest.mark.parametrize(
    ("a", "b"),
    [("tấn", "ha"), ("Xã", "Hộ"), ("Tỷ đồng", "Tấn"), ("%", "‰"), ("Lượt", "Lượt người"), ("năm", "ngày"),
     ("Thứ bậc", "Chỉ số"), ("", "")],
)
def test_not_convertible(a: str, b: str) -> None:
    ua, ub = parse_unit(a), parse_unit(b)
    assert not convertible(ua, ub)
    with pytest.raises(ValueError, match="cannot convert"):
        convert(1.0, ua, ub)


def test_same_count_converts_to_itself() -> None:
    assert convertible(parse_unit("Xã"), parse_unit("xã"))
    assert convert(12.0, parse_unit("Xã"), parse_unit("xã")) == 12.0
    assert convert(2.0, parse_unit("nghìn người"), parse_unit("Người")) == 2000.0


def test_to_base_unknown_is_none() -> None:
    assert to_base(3.0, parse_unit("Thứ bậc")) is None
    assert to_base(3.0, parse_unit("")) is None
    assert to_base(95.0, parse_unit("%")) == (95.0, "%")


@pytest.mark.parametrize(
    ("text", "canonical", "span_text"),
    [
        ("41.160/41.100 tấn đạt 100,1%", "tấn", "tấn"),
        ("Diện tích 2.301m² (kinh phí hỗ trợ 739.400.000 đồng)", "m²", "m²"),
        ("thể tích nuôi cá nước lạnh 32.500 m<sup>3</sup>, sản lượng 293 tấn", "m³", "m<sup>3</sup>"),
        ("tiêu hủy theo quy định 12 con lợn", "con", "con"),
        ("Xã Hương Xuân đạt 17/19 tiêu chí", "tiêu chí", "tiêu chí"),
        ("thu ngân sách trên địa bàn đạt 48,1 tỷ đồng, đạt 115,3%", "tỷ đồng", "tỷ đồng"),
        ("năng suất bình quân lúa nước vụ Đông Xuân đạt 56,28 tạ/ha", "tạ", "tạ"),
        ("Trồng mới cây mắc ca 290,1/800ha, đạt 36,3%", "ha", "ha"),
    ],
)
def test_find_unit_in_seed_prose(text: str, canonical: str, span_text: str) -> None:
    found = find_unit(text)
    assert found is not None
    unit, start, end = found
    assert unit.canonical == canonical
    assert text[start:end] == span_text


@pytest.mark.parametrize(
    ("text", "canonical", "dimension", "scale"),
    [
        # da-lat-lam-dong_a (tests/data/prose_precision): flowers counted by the million, not money
        ("hoa: sản lượng ước 2.251,714 triệu cành.", "triệu cành", "count", 1e6),
        ("sản lượng trứng gia cầm đạt 41,5 triệu quả, tăng 6%", "triệu quả", "count", 1e6),
        ("đón 1,2 triệu lượt khách du lịch", "triệu lượt khách", "count", 1e6),
        ("dân số trung bình 95,3 nghìn người", "nghìn người", "count", 1e3),
        ("sản lượng lương thực 1,05 triệu tấn", "triệu tấn", "mass", 1e9),
        # a scale word alone, or before anything but a count or a mass, is the money it shortens
        ("hỗ trợ 500 triệu cho các hộ bị thiệt hại", "triệu đồng", "money", 1e6),
        ("thu ngân sách 48,1 tỷ, đạt 115,3%", "tỷ đồng", "money", 1e9),
        ("vốn vay 12 triệu đồng/hộ", "triệu đồng", "money", 1e6),
    ],
)
def test_a_scale_word_before_a_count_noun_scales_the_count(text: str, canonical: str, dimension: str, scale: float) -> None:
    found = find_unit(text)
    assert found is not None
    unit = found[0]
    assert (unit.canonical, unit.dimension, unit.scale) == (canonical, dimension, scale)


def test_find_unit_needs_a_number() -> None:
    assert find_unit("Xã Bàn Bo có nhiều hộ nghèo") is None
    assert find_unit("") is None
    assert find_unit(" ha, đạt 71,4%", after_number=True) is not None
    assert find_unit(" ha, đạt 71,4%")[0].canonical == "%"  # type: ignore[index]


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=40))
def test_parse_unit_never_raises(text: str) -> None:
    unit = parse_unit(text)
    assert isinstance(unit, Unit)
    assert unit.dimension in DIMENSIONS
    assert unit.scale > 0
    find_unit(text)
