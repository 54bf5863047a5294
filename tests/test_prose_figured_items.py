"""Counted names that carry a figure each (issue 12, ``prose_figured_items``).

Wordings reworded from kien-luong-kien-giang_3 (peoples with their members and shares), cai-be-tien-giang_1
(communes with their areas after ":"), khanh-son-khanh-hoa_2 (communes with households after "là", the count here
in figures) and dong-van-ha-giang_1 (peoples with their shares, here a complete list); the near misses are the same
grammar where the list names some of the things only.
"""

from __future__ import annotations

import pytest

from extractor.prose_figured_items import figured_names
from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage

PEOPLES = ("Huyện có 2.500 hộ, với {} dân tộc chính: dân tộc Kinh 8.526 khẩu (85,26%), Khmer 1.186 khẩu (11,86%) "
           "và Hoa 288 khẩu (2,88%).")
AREAS = ("Diện tích trồng lúa 3 vụ lớn. Huyện có {} xã diện tích đất nông nghiệp tương đối rộng, đó là xã Hậu Mỹ "
         "Trinh: 29.600 ha, Hậu Mỹ Bắc A: 25.260 ha và Hội Cư: 24.120 ha.")
HOUSEHOLDS = "Các xã giảm nhiều hộ nghèo trong năm; {} xã giảm ít là Ba Cụm Nam 47 hộ và Sơn Trung 49 hộ."
SHARES = "Trên địa bàn huyện có {} dân tộc cùng sinh sống: Mông 87,75%, Tày 8,5% và Kinh 3,75%."


@pytest.mark.parametrize(("text", "names"), [(PEOPLES, 3), (AREAS, 3), (HOUSEHOLDS, 2), (SHARES, 3)])
def test_names_with_a_figure_each_are_counted(text: str, names: int) -> None:
    assert_count_checked(text, names)


@pytest.mark.parametrize("text", [
    # "trong đó": the peoples listed are some of the 20
    "Huyện có 20 dân tộc cùng sinh sống, trong đó: Kinh 106.260 người, Chăm 48.012 người và Hoa 3.551 người.",
    "Huyện có 20 dân tộc cùng sinh sống, trong đó đông nhất là Kinh 106.260 người, Chăm 48.012 người và Hoa 3.551 người.",
    # a superlative picks the largest: a ranking, not all of the counted
    "Huyện có 20 dân tộc cùng sinh sống, đông nhất là Kinh 106.260 người, Chăm 48.012 người và Hoa 3.551 người.",
    "Năm nay có 12 xã giảm hộ nghèo, tiêu biểu là Sơn Bình 80 hộ, Thành Sơn 75 hộ và Ba Cụm Bắc 92 hộ.",
    # the rest after the list: the names are not all of them
    "Huyện có 17 dân tộc cùng sinh sống: Mông 35.000 người, Tày 1.200 người, Kinh 900 người, còn lại các dân tộc khác "
    "3.000 người.",
    # shares that fall short of the whole: the largest are listed, not all
    "Huyện có 17 dân tộc cùng sinh sống: Mông 87,75%, Tày 2,67% và Kinh 2,4%.",
    # an item without a figure of its own
    "Có 4 xã đạt chuẩn: Sơn Bình 19 tiêu chí, Sơn Trung 19 tiêu chí và Ba Cụm Nam.",
])
def test_lists_that_may_name_some_only_are_not_counted(text: str) -> None:
    doc = passage(text)
    assert listed_counts(doc) == []
    assert errors(doc) == []


def test_a_number_that_ends_a_name_is_no_figure_of_its_own() -> None:
    # "Chợ 1, Chợ 2": the numbers are the names' (``prose_lists.masked_names``), no figures with a unit
    assert figured_names("Chợ 1, Chợ 2 và Chợ 3.", "ấp") is None


def test_items_in_two_units_are_no_list_of_one_kind() -> None:
    assert figured_names("Sơn Bình 80 hộ, Sơn Trung 49 ha và Ba Cụm Nam 47 hộ.", "xã") is None
    assert figured_names("Sơn Bình 80 hộ, Sơn Trung 49 hộ và Ba Cụm Nam 47 hộ.", "xã") == "Sơn Bình, Sơn Trung và Ba Cụm Nam"
