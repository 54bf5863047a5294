"""The nam / nữ pair reads "nam" as men, never the "Nam" that ends a place's name or says a direction.

Reworded from district reports that list communes by name ("Cam An Bắc …, Cam An Nam …", "Hòa Quang Nam",
"Cam Hiệp Nam") or parts of a district by direction ("phía Nam"); before, each such figure was read as the men
of a pair, a subset of the larger figure printed before it in the sentence.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import passage, sums


@pytest.mark.parametrize("text", [
    "Diện tích từng xã là: Cam Tân 2.929,97 ha, Cam Phước Tây 8.769,74 ha, Cam An Nam 1.934,45 ha.",
    "Huyện có 120.000 người; xã Hòa Quang Nam có 9.000 người.",
    "Tổng chiều dài các tuyến đường là 300 km; tuyến phía Nam 120 km.",
    "Sơn Tân rộng 5.532,38 ha, Cam Hiệp Bắc 1.489,17 ha, Cam Hiệp Nam 2.010,24 ha.",
])
def test_a_place_or_a_direction_named_nam_is_no_half_of_a_pair(text: str) -> None:
    assert sums(passage(text), "subset") == []


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Sơn Tây có 18.962 người, nam 9.550 người, nữ 9.412 người.", "count_sum", [("18.962", ["9.550", "9.412"])]),
    ("Dân số trung bình là 175.205 người, gồm 86.166 nam và 89.039 nữ.", "count_sum",
     [("175.205", ["86.166", "89.039"])]),
    ("Dân số 175.205 người, trong đó Nam 86.166 người, Nữ 89.039 người.", "count_sum",
     [("175.205", ["86.166", "89.039"])]),
    ("Tổng số lao động 5.000 người; lao động nam 2.600 người.", "subset", [("5.000", ["2.600"])]),
])
def test_men_are_still_read(text: str, kind: str, expected: list[tuple[str, list[str]]]) -> None:
    assert sums(passage(text), kind) == expected
