"""Figures as district pages type them (issue 12, prose24n): a unit glued to its digits, a colon typed after
a hedge or a verb, a comma typed between the digits and their unit.

thai-thuy-thai-binh_1 prints "ước đạt gần 10.487tỷ đồng": the tokenizer kept "10.487tỷ" whole, a code like
"QL1A", and the partition of the district's output lost its total. A unit glued after the digits is read as
that unit; one letter ("1A", "30a", "4G") stays a code. go-quao-kien-giang_2 prints "đạt trên: 86% kế
hoạch, tăng: 1,8% so cùng kỳ" and go-quao-kien-giang_1 "đạt hơn 5.166,tỷ đồng".
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.prose_figures import LineFigures
from extractor.prose_patterns import glued_unit, patterns
from tests.test_prose_links import errors, passage, text_sums

# units pages glue to the digits: money scales, a currency, areas, masses, counts
UNITS = st.sampled_from(["tỷ đồng", "tỷ", "tỉ đồng", "triệu đồng", "triệu", "tỷđồng", "USD", "ha", "Ha", "hécta",
                         "tấn", "tạ", "km2", "Km2", "kg", "người", "hộ", "con"])


def figures(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    line = LineFigures(text, style=None)
    return [(f.text, f.unit, f.hedge, f.role) for f in (line.figs[k] for k in line.fig_keys)]


def vi_number(whole: int, decimals: int | None) -> str:
    printed = f"{whole:,}".replace(",", ".")
    return printed if decimals is None else f"{printed},{decimals}"


@settings(max_examples=200, deadline=None)
# (from 2: "trên 1 ha", "trên 1 tỷ đồng" name what a figure is per, no figure of its own)
@given(whole=st.integers(min_value=2, max_value=10**7), decimals=st.one_of(st.none(), st.integers(1, 99)),
       unit=UNITS, hedge=st.sampled_from(["", "gần ", "hơn ", "trên ", "khoảng "]))
def test_a_unit_glued_to_its_digits_reads_like_one_after_a_space(whole: int, decimals: int | None, unit: str,
                                                                  hedge: str) -> None:
    number = vi_number(whole, decimals)
    spaced = f"Năm 2023, tổng giá trị ước đạt {hedge}{number} {unit}, tăng 5,2% so với cùng kỳ."
    glued = spaced.replace(f"{number} {unit}", f"{number}{unit}")
    assert figures(glued) == figures(spaced)
    assert figures(glued)[0][:2] == (number, unit)


@pytest.mark.parametrize("code", ["1A", "3B", "30a", "4G", "5S", "12A", "123docz"])
def test_a_letter_glued_to_digits_is_a_code_not_a_unit(code: str) -> None:
    assert not glued_unit(code.lstrip("0123456789"))
    assert figures(f"Huyện có tuyến quốc lộ {code} chạy qua.") == []


def test_a_code_in_a_road_name_keeps_its_letters() -> None:
    tokens = [t.text for t in patterns().nlp("trên trục đường Quốc lộ 12A, cách Đồng Hới 120km về phía Tây Bắc")]
    assert "12A" in tokens
    assert tokens[-6:-4] == ["120", "km"]


def test_the_output_of_thai_thuy_with_its_glued_total_is_a_partition() -> None:
    text = ("Sáu tháng đầu năm 2018, tổng giá trị sản xuất của huyện ước đạt gần 10.487tỷ đồng, tăng hơn 31% so với "
            "cùng kỳ năm 2017. Trong đó giá trị sản xuất nông, lâm, ngư nghiệp ước đạt hơn 2.559 tỷ đồng, công "
            "nghiệp, tiểu thủ công nghiệp và xây dựng cơ bản ước đạt 6.114 tỷ đồng, thương mại, dịch vụ ước đạt hơn "
            "1.813 tỷ đồng.")
    assert text_sums(text, "partition") == [("gần 10.487", ["hơn 2.559", "6.114", "hơn 1.813"])]
    assert errors(passage(text)) == []
    assert [f.kind for f in errors(passage(text.replace("6.114", "6.914")))] == ["sum_mismatch"]


def test_a_colon_typed_after_a_hedge_or_a_verb_leaves_them_the_figure() -> None:
    text = ("giá trị sản xuất nông lâm thủy sản hơn 3.406 tỷ đồng, đạt trên: 86% kế hoạch, tăng: 1,8% so cùng kỳ")
    assert figures(text)[1:] == [("86%", "%", "trên", "DAT"), ("1,8%", "%", None, "UP")]
    # a colon after a label stays the label's, and one set apart by a space opens what follows
    assert figures("Kế hoạch: 100 tỷ đồng")[0][3] == "PLAN"
    assert figures("Tăng : 5 hộ")[0][3] is None


def test_a_comma_typed_between_digits_and_their_measure() -> None:
    assert figures("đạt hơn 5.166,tỷ đồng, bằng 104,74% kế hoạch")[0] == ("5.166", "tỷ đồng", "hơn", "DAT")
    # a space or a capital after the comma, a count or a word that is no unit: a list goes on, no unit
    assert figures("đạt hơn 5.166, tỷ đồng")[0][1] is None
    assert figures("có 3,xã Tân Lập và 4 hộ")[0][1] is None
    assert figures("đạt 5,tỷ lệ hộ nghèo 3%")[0][1] is None
