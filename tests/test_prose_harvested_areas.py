"""The area harvested after the area it is harvested from (``extractor.prose_harvest``): a clause of nothing
but the harvest makes its figure some of the area sown or grown before it (issue 12, round 26). Sentences
reworded from development passages (Long Hồ, Tân Biên and its rewordings, Khánh Sơn), figures and crops
changed."""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


def _subsets(text: str) -> list[tuple[str, list[str]]]:
    return sums(passage(text), "subset")


@pytest.mark.parametrize(("text", "total", "part"), [
    # "và thu hoạch N ha" after the area sown
    ("Trong tháng, toàn huyện đã xuống giống 5.200 ha lúa vụ Hè Thu và thu hoạch 1.350 ha.", "5.200", "1.350"),
    # the harvested area in a ";"-clause of its own, a change between
    ("Diện tích gieo trồng vụ Đông Xuân ước đạt 9.480,5 ha, tăng 2,3% so cùng kỳ; diện tích thu hoạch 4.120 ha.",
     "9.480,5", "4.120"),
    # the harvest after its figure, passive
    ("Nông dân đã gieo trồng 8.350 ha, tăng 1,5% so cùng kỳ năm 2022; 3.900 ha đã được thu hoạch.", "8.350", "3.900"),
    # an area the commune has, then "thì có … đang cho thu hoạch"
    ("Toàn xã có 250ha sầu riêng thì có đến 180ha đang cho thu hoạch; sản lượng ước đạt 2.000 tấn.", "250", "180"),
])
def test_the_harvested_area_is_some_of_the_area_before_it(text: str, total: str, part: str) -> None:
    doc = passage(text)
    assert (total, [part]) in sums(doc, "subset")
    assert errors(doc) == []


def test_a_bearing_area_after_with_under_a_listed_crop() -> None:
    # "với diện tích cho thu hoạch" under a crop that is itself an item of "trong đó"
    found = _subsets("Tổng diện tích gieo trồng là 3.900ha, trong đó có 1.500ha bơ, với diện tích cho thu hoạch khoảng 700ha.")
    assert ("3.900", ["1.500"]) in found
    assert any(total == "1.500" and parts[0].endswith("700") for total, parts in found)


def test_more_bearing_than_planted_is_an_error() -> None:
    # an area the commune has bounds what of it bears fruit
    doc = passage("Toàn xã có 250ha sầu riêng thì có đến 280ha đang cho thu hoạch; sản lượng ước đạt 2.000 tấn.")
    assert ("250", ["280"]) in sums(doc, "subset")
    assert len(errors(doc)) == 1


def test_more_harvested_than_sown_in_the_month_is_not_read() -> None:
    # near miss: what a month harvests may have been sown before it; read, it would be a false error
    doc = passage("Trong tháng, toàn huyện đã xuống giống 300 ha rau màu và thu hoạch 450 ha.")
    assert sums(doc, "subset") == []
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    # the harvested figure has a name of its own: an item of the list before it
    "Diện tích gieo trồng 3.700 ha: lúa 2.712 ha, bắp 905 ha, rau các loại 141 ha đang được thu hoạch.",
    # an area of a deed is no area grown
    "Toàn huyện có 200 ha cà phê trồng mới, thu hoạch 3.000 ha.",
    "Toàn huyện có 150 ha lúa bị thiệt hại, đã thu hoạch 2.300 ha.",
    # the harvest names its crop
    "Toàn huyện đã xuống giống 5.200 ha lúa, thu hoạch lúa 6.000 ha.",
    # another sentence, no opener (rules.md §11)
    "Trên địa bàn có 800 ha cà phê. Đến nay, 500 ha đã thu hoạch.",
])
def test_near_misses_read_no_harvest_subset(text: str) -> None:
    doc = passage(text)
    assert sums(doc, "subset") == []
    assert errors(doc) == []
