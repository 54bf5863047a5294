"""Constructions waves 43 and 44 print that the reader missed while they were validation (issue 12, round 40).

- The rest of a whole named after the last share, with no figure (con-cuong-nghe-an_1: "dân tộc Thái có 45.531
  người, chiếm 70,4% …, tộc người Đan Lai có 2.837 người, chiếm 4,2%, số còn lại là các dân tộc khác như Hoa,
  Nùng, Êđê"; the shares' lists of huong-khe-ha-tinh_1 "…(10%), còn lại là đất khác", yen-chau-son-la_2,
  na-hang-tuyen-quang_2 end the same way): shares adding to 100 % within the rounding of a whole percentage made
  the parts all of the whole, and their sum against it was an error on a relation that holds.

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, text_sums


def test_parts_with_shares_then_the_unfigured_rest_are_some_of_the_whole() -> None:
    text = ("Năm 2010 dân số toàn huyện là 52.310 người; dân tộc Mường có 36.840 người, chiếm 70,4% dân số, tiếp "
            "theo là dân tộc Kinh với 12.900 người, chiếm 25%, người Dao có 2.200 người, chiếm 4,2%, số còn lại là "
            "các dân tộc khác như Tày, Nùng.")
    assert text_sums(text, "subset") == [("52.310", ["36.840", "12.900", "2.200"])]
    assert text_sums(text, "partition") == [] and text_sums(text, "count_sum") == []
    assert errors(passage(text)) == []
    # the parts still may not exceed the whole
    wrong = text.replace("36.840 người", "38.840 người")
    assert errors(passage(wrong)) != []


def test_shares_to_100_without_a_rest_still_make_the_whole() -> None:
    # the same list without the rest: the printed shares add up to 100 %, so the parts are all of it
    text = ("Năm 2010 dân số toàn huyện là 52.310 người; dân tộc Mường có 36.830 người, chiếm 70,4% dân số, tiếp "
            "theo là dân tộc Kinh với 13.280 người, chiếm 25,4%, người Dao có 2.200 người, chiếm 4,2%.")
    sums = text_sums(text, "count_sum") + text_sums(text, "partition")
    assert sums == [("52.310", ["36.830", "13.280", "2.200"])]
    assert errors(passage(text)) == []
