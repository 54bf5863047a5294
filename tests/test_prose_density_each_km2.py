"""A density whose area is named before its figure, after "mỗi" ("bình quân mỗi km² có 384 người"), issue 12.

Reworded from the paraphrase set's dev part (buon-ho, da-bac, kon-plong: the news-style rewording prints the
density as "Bình quân mỗi km² (chỉ) có N người" instead of "mật độ N người/km²"), other figures and nouns; each
wording consistent and with the density broken, and one near-miss that must stay unread.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _rates(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "per_capita")]


# (text with {d} for the density, the population, the area, a density that recomputes, one that does not)
WORDINGS = [
    ("Thị xã rộng 196,4 km², gồm 6 phường và 4 xã. Năm 2021, toàn thị xã có 81.250 người. Khu vực thành thị có "
     "46.100 người, chiếm tỷ trọng 56,74%. Bình quân mỗi km² có {d} người.", "81.250", "196,4", "414", "441"),
    ("Huyện rộng 1.108,5 km². Ngày 1/4/2019, dân số toàn huyện là 31.640 người. Bình quân mỗi km² chỉ có {d} "
     "người.", "31.640", "1.108,5", "29", "92"),
    ("Với 642 km2 diện tích tự nhiên, huyện rộng thứ hai của tỉnh. Toàn huyện có 58.300 người, chiếm 7,1% dân số "
     "tỉnh. Bình quân mỗi km2 chỉ có {d} người sinh sống.", "58.300", "642", "91", "19"),
    ("Huyện có diện tích 415 km2 và 124.500 người, bình quân mỗi km2 có khoảng {d} người.", "124.500", "415",
     "300", "390"),
]


@pytest.mark.parametrize(("text", "people", "area", "good", "bad"), WORDINGS)
def test_a_density_after_each_km2_is_people_over_the_area(text: str, people: str, area: str, good: str,
                                                          bad: str) -> None:
    rates = _rates(text.format(d=good))
    assert [(t, b) for t, b, _ in rates] == [(people, area)]
    assert errors(passage(text.format(d=good))) == []
    (f,) = errors(passage(text.format(d=bad)))
    assert f.reported.endswith(bad)


def test_each_km_of_road_is_no_density() -> None:
    # "mỗi km đường": a length, no area; the people using a road are not the population over an area
    text = ("Huyện có diện tích 415 km2, 120 km đường giao thông nông thôn và 45.000 người; bình quân mỗi km đường "
            "có 375 người sử dụng.")
    assert _rates(text) == []
    assert errors(passage(text)) == []
