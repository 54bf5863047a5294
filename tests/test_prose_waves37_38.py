"""Constructions waves 37 and 38 print that the reader missed while they were validation (issue 12, round 37):
a population broken down twice in a row, by urban / rural and then by sex, in counts (ngu-hanh-son-da-nang_2:
"trong đó thành thị 805.320 người và nông thôn 120.698 người; chia theo giới tính, nam 450.761 người và nữ
475.257 người") and in shares (nha-trang-khanh-hoa_1: "thành thị chiếm 74,6%, nông thôn chiếm 25,4%; nam chiếm
48,5% và nữ chiếm 51,5%"); and the urban / rural shares of a population printed after "trong đó" without "chiếm"
(nga-bay-hau-giang_3: "71.000 người, trong đó thành thị 60,6% và nông thôn 39,4%"; ung-hoa-ha-noi_2: "204.800
người, trong đó thành thị 7%, nông thôn 93%").

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

import pytest

from extractor.model import Document
from reconcile.engine.relations import Relation
from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage, printed, relations, sums


def _terms(doc: Document, rel: Relation) -> list[str]:
    return printed(doc, rel, "term")


# ---------------------------------------------------------------------------------------------
# one whole, two classifications in a row

TWICE_COUNTS = ("Năm 2015, toàn huyện có 152.400 người, trong đó thành thị 31.250 người và nông thôn {rural} người; "
                "chia theo giới tính, nam 75.100 người và nữ 77.300 người.")


def test_a_sex_pair_after_an_urban_rural_pair_breaks_down_the_same_whole() -> None:
    doc = passage(TWICE_COUNTS.format(rural="121.150"))
    assert sorted(sums(doc, "count_sum")) == [("152.400", ["31.250", "121.150"]), ("152.400", ["75.100", "77.300"])]
    assert errors(doc) == []


def test_a_wrong_half_of_the_first_pair_is_an_error_of_that_pair_only() -> None:
    (f,) = errors(passage(TWICE_COUNTS.format(rural="121.510")))
    assert f.message.startswith("31.250 + 121.510")


def test_a_pair_right_after_a_half_is_still_nested_under_it() -> None:
    # the sex pair printed before "nông thôn" breaks down the urban half, not the whole
    doc = passage("Toàn huyện có 152.400 người, trong đó thành thị 31.250 người, gồm nam 15.100 người và nữ 16.150 "
                  "người; nông thôn 121.150 người.")
    assert ("31.250", ["15.100", "16.150"]) in sums(doc, "count_sum")
    assert errors(doc) == []


TWICE_SHARES = ("Theo số liệu năm 2019, huyện có 98.760 người, trong đó dân số thành thị chiếm 22,4%, nông thôn chiếm "
                "77,6%; nam chiếm {male}% và nữ chiếm 50,3%.")


def test_shares_of_two_classifications_each_make_100() -> None:
    doc = passage(TWICE_SHARES.format(male="49,7"))
    assert sorted(_terms(doc, r) for r in relations(doc, "shares_sum")) == [["22,4%", "77,6%"], ["49,7%", "50,3%"]]
    assert errors(doc) == []


def test_a_wrong_share_of_the_second_classification_is_an_error() -> None:
    (f,) = errors(passage(TWICE_SHARES.format(male="47,7")))
    assert "47,7% + 50,3%" in f.message


# ---------------------------------------------------------------------------------------------
# "N người, trong đó thành thị P%, nông thôn Q%": shares without "chiếm"

@pytest.mark.parametrize("opener", [", trong đó", ", trong đó:", ", trong số đó", ", trong đó có", ", gồm", ", bao gồm",
                                    ": trong đó", "; trong đó"])
def test_sex_percentages_after_an_opener_under_a_count_are_shares(opener: str) -> None:
    doc = passage(f"Lực lượng lao động có 52.300 người{opener} nam 51,2%, nữ 48,8%.")
    assert [_terms(doc, r) for r in relations(doc, "shares_sum")] == [["51,2%", "48,8%"]]
    assert errors(doc) == []


def test_urban_rural_percentages_under_a_count_are_shares() -> None:
    doc = passage("Diện tích 95,3 km²; dân số năm 2018 là 87.400 người, trong đó thành thị 12,5% và nông thôn 87,5%, "
                  "mật độ 917 người/km².")
    assert [_terms(doc, r) for r in relations(doc, "shares_sum")] == [["12,5%", "87,5%"]]
    assert errors(doc) == []


def test_urban_rural_percentages_under_a_count_that_miss_100_are_an_error() -> None:
    (f,) = errors(passage("Dân số năm 2018 là 87.400 người, trong đó thành thị 14,5%, nông thôn 87,5%; mật độ 917 "
                          "người/km²."))
    assert "14,5% + 87,5%" in f.message


def test_urban_rural_percentages_under_a_rate_are_their_own_rates() -> None:
    # "tỷ lệ hộ nghèo 4,2%, trong đó thành thị 1,1%, nông thôn 5,3%": the halves' own poverty rates
    doc = passage("Tỷ lệ hộ nghèo 4,2%, trong đó thành thị 1,1%, nông thôn 5,3%.")
    assert relations(doc, "shares_sum") == [] and errors(doc) == []


def test_percentages_under_a_count_that_name_no_whole_classification_are_not_summed() -> None:
    doc = passage("Toàn huyện có 21.300 hộ, trong đó hộ nghèo 6,1%, hộ cận nghèo 8,4%.")
    assert relations(doc, "shares_sum") == [] and errors(doc) == []


def test_a_pair_opened_by_gom_after_the_second_half_is_nested_under_it() -> None:
    doc = passage("Toàn huyện có 152.400 người, trong đó thành thị 31.250 người và nông thôn 121.150 người, gồm nam "
                  "60.000 người và nữ 61.150 người.")
    assert ("121.150", ["60.000", "61.150"]) in sums(doc, "count_sum")
    assert errors(doc) == []


# ---------------------------------------------------------------------------------------------
# "N khu phố: 1, 2, 3, …": units named by their numbers

@pytest.mark.parametrize(("text", "n"), [
    ("Về hành chính, thị trấn được chia thành {} khu phố: 1, 2, 3, 4, 5. Thị trấn được thành lập năm 1994.", 5),
    ("Địa bàn phường được chia thành {} khu phố: 1, 2, 3, Tân An, Phú Hòa và Bình Lợi.", 6),
    ("Thị xã có {} đơn vị hành chính cấp xã, bao gồm các phường 1, 2, 3 và các phường An Lạc, An Phú, An Hòa.", 6),
    ("Xã Tân Hòa có {} thôn, đánh số thôn 1, 2, 3, 4, 5, 6, 7; xã Tân Lập có 3 thôn: Đông, Đoài, Trung.", 7),
    ("Sau khi điều chỉnh địa giới, quận còn lại {} phường: 1, 2, 5, 7, 8, 11 và 14.", 7),
])
def test_units_listed_by_their_numbers_are_counted(text: str, n: int) -> None:
    assert_count_checked(text, n)


def test_numbers_with_a_unit_after_the_count_are_no_list() -> None:
    # "3 khu phố: 1, 2 ha" — figures of another measure, not the quarters' numbers
    doc = passage("Phường có 3 khu phố: 1,5 ha đất ở, 2 ha đất vườn.")
    assert listed_counts(doc) == [] and errors(doc) == []


def test_one_number_among_names_is_no_numbered_list() -> None:
    # a lone "1" may be a figure of anything; two or more numbers in a row are the units' own
    doc = passage("Thị trấn có 3 khu phố: 1, Tân An và Phú Hòa.")
    assert listed_counts(doc) == [] and errors(doc) == []
