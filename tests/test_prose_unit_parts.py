"""Wholes counted in units and their parts: communes and towns, cooperatives by status (issue 12).

Sentences written for these tests, in their own wording and figures: a count of administrative
units broken down by kind after "trong đó" (the list closed by ";") or in parentheses after a long
noun, and parts whose figure comes before their noun ("38 hợp tác xã đang hoạt động").
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums


def test_administrative_units_by_kind_before_a_semicolon() -> None:
    for text in ("Toàn huyện có 16 đơn vị hành chính, trong đó 15 xã và 01 thị trấn; dân số năm 2022 là 98.400 người.",
                 "Huyện có 13 đơn vị hành chính, trong đó 2 phường, 11 xã; diện tích tự nhiên 412,5 km2."):
        doc = passage(text)
        (total, parts), = sums(doc, "count_sum")
        assert (total, len(parts)) in (("16", 2), ("13", 2)) and errors(doc) == []
    (f,) = errors(passage("Toàn huyện có 16 đơn vị hành chính, trong đó 14 xã và 01 thị trấn; dân số năm 2022 là 98.400 "
                          "người."))
    assert (f.reported, f.expected) == ("16", "15")


def test_administrative_units_in_parentheses_after_a_long_noun() -> None:
    doc = passage("Huyện có 11 đơn vị hành chính trực thuộc cấp xã (2 thị trấn, 9 xã).")
    assert sums(doc, "count_sum") == [("11", ["2", "9"])] and errors(doc) == []
    (f,) = errors(passage("Huyện có 12 đơn vị hành chính trực thuộc cấp xã (2 thị trấn, 9 xã)."))
    assert f.reported == "12"


def test_parts_named_after_their_figure_and_noun() -> None:
    doc = passage("Toàn huyện có 120 hợp tác xã với hơn 2.300 thành viên; trong đó 95 hợp tác xã hoạt động hiệu quả, "
                  "14 tạm dừng hoạt động và 6 đã giải thể.")
    assert sums(doc, "subset") == [("120", ["95", "14", "6"])] and errors(doc) == []
    (f,) = errors(passage("Toàn huyện có 120 hợp tác xã; trong đó 95 hợp tác xã hoạt động hiệu quả, 24 tạm dừng hoạt động "
                          "và 6 đã giải thể."))
    assert f.reported == "120" and "cannot exceed" in f.message


def test_a_later_clause_after_the_semicolon_is_no_part() -> None:
    doc = passage("Huyện có 16 đơn vị hành chính, trong đó 15 xã; năm 2023 có 3 xã đạt chuẩn nông thôn mới nâng cao.")
    assert sums(doc, "count_sum") == [] and errors(doc) == []


def test_a_count_of_communes_and_towns_with_its_kinds_in_parentheses() -> None:
    doc = passage("Toàn huyện có 19 xã, thị trấn (17 xã và 2 thị trấn) với 160 thôn, tổ dân phố.")
    assert sums(doc, "count_sum") == [("19", ["17", "2"])] and errors(doc) == []
    (f,) = errors(passage("Toàn huyện có 19 xã, thị trấn (16 xã và 2 thị trấn) với 160 thôn, tổ dân phố."))
    assert f.reported == "19"
    # a comma before the parenthesis of any other whole still ends its name
    doc = passage("Tổng đàn gia súc 41.200 con, ổn định so với cùng kỳ (trâu 8.100 con, bò 12.400 con).")
    assert sums(doc, "count_sum") == [] and errors(doc) == []
