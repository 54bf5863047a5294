"""A count that calls itself "the rest" ("5 xã còn lại") closes its list, and "nông thôn mới" is no rural half.

Reworded from district reports (chuong-my, bac-son, tan-son, phu-xuyen print "N xã còn lại" after a count of
the same noun); the words after "còn lại" describe the rest and often carry a figure of their own.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, relations, sums


def test_the_rest_after_a_count_with_a_figure_of_its_own_closes_the_list() -> None:
    for text in (
        "Đến giữa năm 2019: tổng số 30 xã, trong đó 25 xã đạt chuẩn nông thôn mới, 5 xã còn lại đạt và cơ bản đạt"
        " từ 15 tiêu chí trở lên.",
        "Huyện có 30 xã; trong đó 25 xã đã đạt chuẩn nông thôn mới, 5 xã còn lại đạt từ 15 tiêu chí trở lên.",
        "Đến giữa năm 2019, huyện có 25/30 xã đạt chuẩn nông thôn mới, 5 xã còn lại đều đạt và cơ bản đạt từ 15 tiêu"
        " chí trở lên.",
    ):
        assert sums(passage(text), "count_sum") == [("30", ["25", "5"])], text


def test_a_rest_that_does_not_close_the_whole_is_an_error() -> None:
    doc = passage("Toàn huyện có 30 xã, trong đó 25 xã đạt chuẩn nông thôn mới, 6 xã còn lại đạt từ 15 tiêu chí trở lên.")
    assert sums(doc, "count_sum") == [("30", ["25", "6"])]
    assert errors(doc)


def test_new_countryside_is_no_rural_half() -> None:
    # one count of communes meeting the standard is some of the communes, read once (no pair half)
    doc = passage("Huyện có 30 xã, trong đó 25 xã đạt chuẩn nông thôn mới.")
    assert sums(doc, "subset") == [("30", ["25"])]
    # the urban / rural pair is still read
    doc = passage("Dân số năm 2019 là 10.000 người, trong đó thành thị 3.000 người, nông thôn 7.000 người.")
    assert relations(doc, "count_sum") or relations(doc, "partition")
    doc = passage("Dân số trung bình 178.775 người; số người sống ở nông thôn là 170.224 người.")
    assert sums(doc, "subset") == [("178.775", ["170.224"])]
