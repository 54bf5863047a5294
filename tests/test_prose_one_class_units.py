"""A count of administrative units whose one listed class is all of them (issue 12, waves 18 and 23's development
passages): "có 11 đơn vị hành chính cấp xã trực thuộc, bao gồm 11 xã: …" is 11 = 11, a count_sum of one part,
not a subset. One class after "trong đó", a class narrowed by its words, a second list under the whole, or a
unit of another class named later without a figure keep it a subset.

The strings are reworded from dev passages (muong-nhe-dien-bien_1, nam-po-dien-bien_1, dien-bien-dien-bien_1,
ben-cat-binh-duong_1); the names and figures are changed.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums

ALL_COMMUNES = "Huyện có {total} đơn vị hành chính cấp xã trực thuộc, bao gồm {part} xã: Pa Lang, Nà Vảy, Huổi Sen."


def test_one_class_after_bao_gom_is_every_unit() -> None:
    doc = passage(ALL_COMMUNES.format(total=3, part=3))
    assert sums(doc, "count_sum") == [("3", ["3"])]
    assert not sums(doc, "subset")
    assert not errors(doc)


def test_one_class_that_does_not_add_up_to_the_units_is_an_error() -> None:
    # 4 units, all communes, 3 of them: the count_sum is the error a subset (3 <= 4) could not see
    doc = passage(ALL_COMMUNES.format(total=4, part=3))
    assert sums(doc, "count_sum") == [("4", ["3"])]
    assert errors(doc)


@pytest.mark.parametrize("text", [
    "Huyện có 16 đơn vị hành chính, trong đó có 5 xã đặc biệt khó khăn.",
    "Huyện có 16 đơn vị hành chính, gồm 5 xã đặc biệt khó khăn.",
    "Thị xã có 9 đơn vị hành chính cấp xã, gồm 6 phường: Tân Lập, Hòa Bình, Phú Mỹ, An Lạc, Đông Hòa, Tây Sơn "
    "và xã Bình An, xã Phước Long.",
])
def test_one_class_that_may_be_some_of_the_units_stays_a_subset(text: str) -> None:
    doc = passage(text)
    assert not sums(doc, "count_sum")
    assert not errors(doc)


def test_a_second_list_under_partitioned_units_stays_a_subset() -> None:
    doc = passage("Huyện có 14 đơn vị hành chính, gồm 13 xã và 1 thị trấn. Trong đó có 4 xã đạt chuẩn nông thôn mới.")
    assert sums(doc, "count_sum") == [("14", ["13", "1"])]
    assert ("14", ["4"]) not in sums(doc, "count_sum")
    assert not errors(doc)
