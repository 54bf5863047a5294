"""One amount printed in two scales a thousand apart (issue 12, round 34).

"đón 3 triệu 150 ngàn lượt khách, …, trong đó 1 triệu 610 ngàn lượt khách lưu trú" (cua-lo-nghe-an_2) was read as
"3", "150 ngàn", "1" and "610 ngàn", so the stay-over guests, 610, were a part above their whole, 150: a false error.
"Toàn huyện có 24 nghìn 680 ha đất nông nghiệp" (lang-giang-bac-giang_3) was read as 24 and 680 ha; "1 triệu 698
ngàn con" (phu-giao-binh-duong_1) as 1 and 698. "96 tỷ 894 triệu đồng" (bau-bang-binh-duong_1) was read already.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.test_prose_links import errors, passage, sums


def _values(text: str) -> list[tuple[float, str | None]]:
    doc = passage(text)
    return [(c.value.value, r.unit) for r in doc.rows for c in r.cells if c.value.value is not None]


def test_millions_and_thousands_are_one_figure() -> None:
    doc = passage("Cho năm 2021, thị xã Cửa Lò đặt một số chỉ tiêu du lịch: đón 3 triệu 150 ngàn lượt khách, tăng 42,5% "
                  "so với năm 2020, trong đó 1 triệu 610 ngàn lượt khách lưu trú, tăng 46 % so với năm 2020.")
    assert sums(doc, "subset") == [("3 triệu 150 ngàn", ["1 triệu 610 ngàn"])]
    assert errors(doc) == []


def test_thousands_and_units_are_one_figure() -> None:
    doc = passage("Toàn huyện có 24 nghìn 680 ha đất nông nghiệp, trong đó diện tích cấy lúa có 14 nghìn 900 ha.")
    assert sums(doc, "subset") == [("24 nghìn 680", ["14 nghìn 900"])]
    assert _values("Toàn huyện có 24 nghìn 680 ha đất nông nghiệp.")[0] == (24680.0, "ha")
    assert _values("Tổng đàn gia cầm đạt 1 triệu 698 ngàn con.")[0] == (1.698, "triệu con")


def test_a_part_above_its_whole_in_two_scales_is_still_an_error() -> None:
    (f,) = errors(passage("Toàn huyện có 24 nghìn 680 ha đất nông nghiệp, trong đó diện tích cấy lúa có 34 nghìn 900 ha."))
    assert f.reported == "24 nghìn 680"


def test_billions_and_millions_with_the_other_spelling() -> None:
    assert _values("Tổng vốn đầu tư đạt 50 tỉ 100 triệu đồng.")[0] == (50.1, "tỷ đồng")


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(["nghìn", "ngàn"]))
def test_thousands_read_exactly(high: int, low: int, scale: str) -> None:
    assert _values(f"Huyện có {high} {scale} {low} ha đất lúa.")[0] == (high * 1000 + low, "ha")


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from(["nghìn", "ngàn"]))
def test_millions_read_exactly(high: int, low: int, scale: str) -> None:
    value, unit = _values(f"Thị xã đón {high} triệu {low} {scale} lượt khách.")[0]
    assert round(value * 1000) == high * 1000 + low and unit == "triệu lượt khách"
