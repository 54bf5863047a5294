"""Known small faults of the prose reader fixed in round 23 (issue 12): words that only fold to a list
word. Sentences reworded from dev passages (khanh-son-khanh-hoa), figures invented."""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums


def test_sau_rieng_durian_opens_no_list() -> None:
    # "sầu riêng" folds to "sau rieng": its "riêng" was read as the opener, and the other fruits became
    # parts of the durian's 1.200 tấn (1.400 > 1.200, a false error)
    doc = passage("Vụ này, nông dân trong xã thu hoạch 1.200 tấn sầu riêng, 900 tấn bơ và 500 tấn chôm chôm.")
    assert sums(doc, "subset") == [] and sums(doc, "partition") == []
    assert errors(doc) == []


def test_rieng_before_sau_rieng_still_opens_its_part() -> None:
    doc = passage("Năm 2023, sản lượng trái cây toàn xã đạt 4.300 tấn; riêng sầu riêng 1.200 tấn.")
    assert sums(doc, "subset") == [("4.300", ["1.200"])]
    assert [f.reported for f in errors(passage("Năm 2023, sản lượng trái cây toàn xã đạt 1.100 tấn; riêng sầu riêng "
                                               "1.200 tấn."))] == ["1.100"]
