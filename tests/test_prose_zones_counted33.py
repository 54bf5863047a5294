"""The count of the zones a whole is divided into is no part of it (issue 12, round 33).

"Về địa hình, diện tích tổng cộng là 12.029,55 ha, chia thành 2 vùng chính: vùng đồi núi … với diện tích 9700 ha;
vùng đồng bằng …, với diện tích 2300 ha" (phuc-yen-vinh-phuc_2, wave 35): "vùng" was no count noun, so the "2"
took the whole's "ha" and was read as the first zone's area (a warning "2 + 2300", the 9700 left out). "vùng",
"tiểu vùng" and "khu vực" after a figure count zones, as "chia làm 3 khu vực:" (ea-kar-dak-lak_3) and
"chia thành 3 tiểu vùng:" (lang-giang-bac-giang_2) print them.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

_PHUC_YEN = (
    "Về địa hình, diện tích tổng cộng là 12.029,55 ha, chia thành 2 vùng chính: vùng đồi núi bán sơn địa gồm các "
    "khu vực Ngọc Thanh, Cao Minh và Xuân Hoà, với diện tích 9700 ha; vùng đồng bằng gồm các xã, phường Nam Viêm, "
    "Tiền Châu, Phúc Thắng, Hùng Vương, Trưng Trắc, Trưng Nhị, với diện tích 2300 ha."
)


def test_the_zones_counted_before_the_colon_are_not_a_part() -> None:
    doc = passage(_PHUC_YEN)
    assert sums(doc) == [("12.029,55", ["9700", "2300"])]
    assert [f.severity for f in errors(doc)] == ["error"]  # 12.000 against 12.029,55, as published


def test_zones_that_add_up_are_no_error() -> None:
    for noun in ("vùng", "khu vực", "tiểu vùng"):
        text = _PHUC_YEN.replace("12.029,55", "12.000").replace("2 vùng chính", f"2 {noun} chính")
        doc = passage(text)
        assert sums(doc) == [("12.000", ["9700", "2300"])], noun
        assert errors(doc) == [], noun
