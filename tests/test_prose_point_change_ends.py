"""A change in percentage points with both of its rates printed in its sentence (issue 12, round 29:
my-hao-hung-yen_3, van-yen-yen-bai_1 in corpus/prose/dev/; the same class, changes in points of a rate, is in
yen-son-tuyen-quang_2, cam-xuyen-ha-tinh_3 and tuy-phuoc-binh-dinh_1).

Sentences reworded from those passages' constructions, with figures of their own. Each wording is checked with
its arithmetic right (read, no error) and with a slip (exactly one error): before round 29 only the arithmetic
read these (``differences_explained``), so a slip was read as nothing.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_triples as _triples

ROLES = ("minuend", "subtrahend", "difference")

# (wording with {d} for the change, the right change, the larger rate, the smaller rate)
EARLIER_CLAUSE = [
    # my-hao-hung-yen_3: the later rate's clause opens with its own year ("đến năm 2015 chỉ còn")
    ("Năm 2010 tỷ trọng ngành nông nghiệp vẫn còn 24,3%, đến năm 2020 chỉ còn 9,8%, giảm {d}%.", "14,5", "24,3%", "9,8%"),
    ("Năm 2015 tỷ lệ hộ nghèo của huyện là 12,6%, đến năm 2020 còn 4,2%, giảm {d}%.", "8,4", "12,6%", "4,2%"),
    ("Tỷ lệ che phủ rừng năm 2015 đạt 52,4%, sang năm 2021 đạt 57,9%, tăng {d}%.", "5,5", "57,9%", "52,4%"),
    # "… là 56,15% thì năm 2015 đã đạt 63,20%": "thì" before the later year
    ("Tỷ lệ lao động qua đào tạo năm 2016 là 41,5% thì năm 2020 đã lên 60,2%, tăng {d}%.", "18,7", "60,2%", "41,5%"),
]

IN_PARENTHESIS = [
    # van-yen-yen-bai_1: "tăng 0,93% so với năm 2013 (năm 2013 tăng 14,29%)"
    ("Năm 2022 kinh tế của huyện tăng trưởng 9,15%, tăng {d}% so với năm 2021 (năm 2021 tăng 7,95%).",
     "1,2", "9,15%", "7,95%"),
    ("Tỷ lệ hộ nghèo cuối năm 2023 còn 2,86%, giảm {d}% so với năm 2022 (4,5%).", "1,64", "4,5%", "2,86%"),
    # "cao hơn 1,55% so với tốc độ chung của tỉnh (13,07%)"
    ("Giai đoạn 2016 - 2020, tăng trưởng chung của huyện ước đạt 12,4%, cao hơn {d}% so với mức chung của tỉnh (10,1%).",
     "2,3", "12,4%", "10,1%"),
]


@pytest.mark.parametrize(("text", "change", "big", "small"), EARLIER_CLAUSE + IN_PARENTHESIS)
def test_a_change_in_points_with_both_rates_printed(text: str, change: str, big: str, small: str) -> None:
    right = text.format(d=change)
    assert (big, small, f"{change}%") in _triples(right, "difference", ROLES)
    assert errors(passage(right)) == []


@pytest.mark.parametrize(("text", "change", "big", "small"), EARLIER_CLAUSE + IN_PARENTHESIS)
def test_a_slip_in_a_change_in_points_is_an_error(text: str, change: str, big: str, small: str) -> None:
    slip = change.replace(",", ",9") if "9" not in change else change.replace(",", ",0")
    (f,) = errors(passage(text.format(d=slip)))
    assert big.rstrip("%") in f.message and small.rstrip("%") in f.message


@pytest.mark.parametrize("text", [
    # the growth of the rate is the closer reading (20 → 15 is −25 %): not points, not read here
    "Năm 2010 tỷ lệ hộ nghèo là 20%, đến năm 2015 còn 15%, giảm 25%.",
    # the later clause names another indicator: no change of one rate
    "Năm 2010 tỷ lệ hộ nghèo là 21,75%, đến năm 2015 tỷ lệ che phủ rừng đạt 46,1%, tăng 25,35%.",
    # the parenthesis prints a place's figure, not the base the change is compared with
    "Cả giai đoạn, tăng trưởng chung của huyện ước đạt 14,62%, cao hơn 1,75% so với tốc độ chung của tỉnh (Nghĩa Lộ 16,6%).",
    # the parenthesis is dated to another year than the one compared with
    "Tỷ lệ hộ nghèo năm 2023 còn 3,41%, giảm 10,63% so với năm 2010 (năm 2012 là 13,77%).",
    # a change per year is not the whole change
    "Năm 2010 tỷ lệ hộ nghèo là 21,75%, đến năm 2015 còn 6,1%, giảm 3,9%/năm.",
])
def test_near_misses_are_not_read_as_points(text: str) -> None:
    assert _triples(text, "difference", ROLES) == []
    assert errors(passage(text)) == []
