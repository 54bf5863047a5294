"""A count and the statuses of its items, printed after it without a list word (issue 12).

"thực hiện 41 chỉ tiêu …: cuối năm có 09 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu đạt …, 12 chỉ tiêu không
đạt" was read only when the statuses added up, so a count that did not was never seen.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# cho-don-bac-kan_2
TARGETS = ("Năm 2019 Đảng bộ huyện lãnh đạo thực hiện {n} chỉ tiêu về kinh tế – xã hội – môi trường, an ninh – quốc "
           "phòng và xây dựng Đảng: cuối năm có 09 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu đạt và dự kiến đạt, 12 chỉ tiêu "
           "không đạt.")


def test_the_statuses_are_all_the_targets() -> None:
    doc = passage(TARGETS.format(n="43"))
    assert sums(doc, "count_sum") == [("43", ["09", "22", "12"])]
    assert not errors(doc)


def test_statuses_that_miss_the_count_are_an_error() -> None:
    assert len(errors(passage(TARGETS.format(n="41")))) == 1


def test_a_count_that_names_a_status_is_no_whole_of_the_others() -> None:
    doc = passage("Năm 2022 có 20 chỉ tiêu đạt, 3 chỉ tiêu không đạt.")
    assert sums(doc, "count_sum") == []
    assert not errors(doc)


def test_statuses_that_do_not_cover_are_not_added() -> None:
    # two kinds of met targets may overlap: no partition of the 35
    doc = passage("Theo báo cáo, trong 35 chỉ tiêu chủ yếu đề ra cho năm 2022, Văn Yên có 27 chỉ tiêu vượt kế hoạch và 6 "
                  "chỉ tiêu đạt 100% kế hoạch.")
    assert sums(doc, "count_sum") == []
