"""Counts of things followed right by the things' names (issue 12, ``prose_named_things``).

Wordings reworded from chon-thanh-binh-phuoc_2 (industrial parks after "tại"), ben-cat-binh-duong_1 (cities, the
list going on with another kind), ba-be-bac-kan_2 (rivers after a classifier), cu-lao-dung-soc-trang_3 (river
mouths, here without "là") and an-phu-an-giang_2 (provinces abroad); the near misses are the same grammar where the
capitalised words say where the things come from, rank them or abbreviate what they are.
"""

from __future__ import annotations

import pytest

from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage

PARKS = ("Theo báo cáo đến cuối năm 2017, có 60 doanh nghiệp FDI và 20 doanh nghiệp trong nước đang hoạt động tại {} khu "
         "công nghiệp Minh Hưng – Hàn Quốc, Minh Hưng III, Chơn Thành I và Chơn Thành II.")
CITIES = ("Thị xã có diện tích tự nhiên 234,35 km2; phía nam giáp {} thành phố Tân Uyên, Thủ Dầu Một, các huyện Bàu Bàng, "
          "Bắc Tân Uyên.")
RIVERS = "Địa hình bị chia cắt bởi sông, suối, núi; trên địa bàn có {} con sông Năng và Chợ Lùng chảy qua."
MOUTHS = "Huyện cù lao ở vị trí quan trọng, án ngữ {} cửa sông lớn Định An, Trần Đề của sông Hậu."


@pytest.mark.parametrize(("text", "names"), [(PARKS, 4), (CITIES, 2), (RIVERS, 2), (MOUTHS, 2)])
def test_names_right_after_the_noun_are_counted(text: str, names: int) -> None:
    assert_count_checked(text, names)


@pytest.mark.parametrize("text", [
    # a country after the noun says where the things come from, it names none of them
    "Năm 2023 trên địa bàn huyện có 5 công ty Hàn Quốc và Nhật Bản đầu tư vào khu công nghiệp.",
    # ranks, no names
    "Đoàn vận động viên của huyện giành 5 huy chương Vàng và Bạc tại đại hội.",
    # an acronym says what the things are ("nông thôn mới")
    "Chương trình 135 đầu tư cho 8 khu vực ĐBKK và Bãi ngang ven biển của huyện.",
    # the count's words are a clause ("của"): the names are whose the things are
    "Huyện có 3 trang trại của Vinamilk và TH True Milk.",
    # a count of people: the names say where they come from
    "Trong năm có 12 lao động Nghệ An và Hà Tĩnh đến làm việc tại khu công nghiệp.",
    # "tại" before a place with no names after it stays a qualifier, no count
    "Có 20 doanh nghiệp đang hoạt động tại 4 khu công nghiệp của huyện.",
])
def test_capitalised_words_that_name_no_thing_are_not_counted(text: str) -> None:
    doc = passage(text)
    assert listed_counts(doc) == []
    assert errors(doc) == []


# reworded from an-phu-an-giang_2: provinces abroad, one word each, right after "tỉnh" (``prose_lists``)
PROVINCES = ("Phía tây huyện giáp các huyện Angkor Boray, Borey Cholsar và thành phố Sampov Poun của {} tỉnh Kandal và "
             "Takeo thuộc Vương quốc Campuchia.")


def test_one_word_provinces_whose_list_ends_at_a_clause_word_are_counted() -> None:
    doc = passage(PROVINCES.format("02"))
    assert ("02", 2) in listed_counts(doc)
    assert errors(doc) == []
    (f,) = errors(passage(PROVINCES.format("03")))
    assert f.reported == "03" and "2 names" in f.message


@pytest.mark.parametrize("text", [
    # a one-word name that lower case goes on may be a region's in sentence case
    "Huyện hợp tác phát triển du lịch với 3 tỉnh Bắc và Duyên hải miền Trung.",
    # an acronym is no province's name
    "Sản phẩm được bán ở 5 tỉnh ĐBSCL và TP Hồ Chí Minh.",
])
def test_one_word_names_that_may_not_be_provinces_are_not_counted(text: str) -> None:
    doc = passage(text)
    assert listed_counts(doc) == []
    assert errors(doc) == []
