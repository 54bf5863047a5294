"""A density of people never divides an area its clause says takes up part of the land (issue 12, round 31).

song-cong_2 (wave 26) prints no area of the city; its one area is a soil's: "trong 10 loại đất chính, đất phù sa
chiếm một phần đáng kể (403,12 ha)". The reader divided the city's 109.409 people by it and called the printed
"Mật độ dân số trung bình là 1.112 người/km²" an error (27.141 per km²): an error on a relation the text does not
hold. An area whose own clause says "chiếm" (takes up) is a part of the land, never the place's area: with no
other area printed, the density is not read (``extractor.prose_rates._a_part_of_the_land``).
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage


def _densities(text: str) -> int:
    return sum(r.kind == "per_capita" for r in document_relations(passage(text)))


@pytest.mark.parametrize("text", [
    # song-cong_2's wording, reworded
    "Trong 10 loại đất chính, đất phù sa chiếm một phần đáng kể (403,12 ha). Dân số thành phố năm 2015 có "
    "109.409 người. Mật độ dân số trung bình là 1.112 người/km².",
    "Đất nông nghiệp chiếm 5.316 ha. Toàn huyện có 124.844 người; mật độ dân số 172 người/km2.",
    "Diện tích đất lâm nghiệp chiếm khoảng 2.030 ha. Dân số toàn huyện là 60.511 người, mật độ bình quân 82 "
    "người/km².",
])
def test_an_area_that_takes_up_part_of_the_land_is_no_base(text: str) -> None:
    assert _densities(text) == 0
    assert errors(passage(text)) == []


def test_the_whole_area_is_still_read() -> None:
    # near miss: "chiếm" after the area says what share of the province it is; the area is the district's own
    text = ("Huyện có diện tích tự nhiên 98,37 km², chiếm 2,8% diện tích tỉnh. Dân số năm 2015 là 109.409 người; "
            "mật độ dân số trung bình là 1.112 người/km².")
    assert _densities(text) == 1
    assert errors(passage(text)) == []
    assert errors(passage(text.replace("1.112 người", "1.312 người")))
