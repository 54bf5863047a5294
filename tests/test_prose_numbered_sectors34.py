"""The three sectors numbered "khu vực I, II, III" cover the economy (issue 12, round 34).

"tổng giá trị sản xuất thực hiện 7.491,82 tỷ đồng, trong đó khu vực I thực hiện 3.359,67 tỷ đồng, khu vực II thực
hiện 2.195,12 tỷ đồng, khu vực III thực hiện 1.937,03 tỷ đồng" (chau-thanh-tra-vinh_1) and "trong cơ cấu kinh tế
năm 2008 của huyện, khu vực I đạt chỉ tiêu 45,51%, khu vực II đạt 27,01% và khu vực III đạt 27,14%"
(cai-be-tien-giang_1): statistics number the sectors, so the parts add up to the total and the shares to 100 %.
A commune "khu vực I" is a class of ethnic-minority area ("có 03 xã khu vực I, 02 xã khu vực II"), no sector.
"""

from __future__ import annotations

from extractor.prose_categories import categories_named, covers
from tests.test_prose_links import errors, passage, relations, sums


def test_numbered_sectors_partition_their_total() -> None:
    text = ("Tổng giá trị sản xuất đến tháng 10/2020 thực hiện 7.491,82 tỷ đồng, trong đó khu vực I thực hiện 3.359,67 tỷ "
            "đồng, khu vực II thực hiện 2.195,12 tỷ đồng, khu vực III thực hiện 1.937,03 tỷ đồng.")
    doc = passage(text)
    assert sums(doc) == [("7.491,82", ["3.359,67", "2.195,12", "1.937,03"])] and errors(doc) == []
    (f,) = errors(passage(text.replace("1.937,03", "1.973,03")))
    assert f.kind == "sum_mismatch"


def test_numbered_sector_shares_make_100() -> None:
    doc = passage("Trong cơ cấu kinh tế năm 2008 của huyện, khu vực I đạt chỉ tiêu 45,51%, khu vực II đạt 27,01% và khu "
                  "vực III đạt 27,14%.")
    (rel,) = [r for r in relations(doc, "shares_sum") if len(r.figures) == 3]
    assert rel.target == 100 and rel.form is None
    assert [f.kind for f in errors(doc)] == ["sum_mismatch"]


def test_communes_of_an_area_class_are_no_sectors() -> None:
    assert categories_named("xã khu vực I", "sectors") == frozenset()
    assert covers(["xã khu vực I", "xã khu vực II", "xã khu vực III"]) is None
    assert covers(["khu vực I", "khu vực II", "khu vực III"]) == "sectors"
    assert categories_named("khu vực II", "sectors") == frozenset({"industry"})
