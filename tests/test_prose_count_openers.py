"""Counts after "trong (tổng số) N …" that opens a clause after an adverbial ("Năm 2023, …", "… năm 2023: …").

Reworded from district reports (son-ha, van-yen, cam-khe, yen-lap print the opener after a clause mark); the
counts are read as the whole's parts only when their words cover it (statuses), never as a guessed subset.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations, sums


@pytest.mark.parametrize("text", [
    "Các phong trào thi đua góp phần thực hiện nhiệm vụ năm 2023: trong tổng số 15 chỉ tiêu chủ yếu có 09/15 chỉ"
    " tiêu vượt (chiếm 60%), 03/15 chỉ tiêu đạt (chiếm 20%), 02/15 chỉ tiêu không đạt, 01/15 chỉ tiêu đạt một phần.",
    "Năm 2023, trong tổng số 15 chỉ tiêu chủ yếu có 09 chỉ tiêu vượt, 03 chỉ tiêu đạt, 02 chỉ tiêu không đạt và 01"
    " chỉ tiêu đạt một phần.",
    "Theo báo cáo của UBND huyện, trong 15 chỉ tiêu chủ yếu có 09 chỉ tiêu vượt kế hoạch, 03 chỉ tiêu đạt kế hoạch, 02"
    " chỉ tiêu không đạt, 01 chỉ tiêu đạt một phần.",
])
def test_counts_that_cover_the_statuses_after_an_adverbial(text: str) -> None:
    assert sums(passage(text), "count_sum") == [("15", ["09", "03", "02", "01"])]


def test_a_count_short_of_its_whole_is_an_error() -> None:
    doc = passage("Kết quả năm 2023: trong tổng số 15 chỉ tiêu chủ yếu có 09/15 chỉ tiêu vượt, 03/15 chỉ tiêu đạt, 04/15"
                  " chỉ tiêu không đạt và 01/15 chỉ tiêu đạt một phần.")
    assert sums(doc, "count_sum") == [("15", ["09", "03", "04", "01"])]
    assert errors(doc)


@pytest.mark.parametrize("text", [
    # one count, some of the whole: not guessed after an adverbial
    "Theo đó, trong 24.217 hộ dân cư của huyện có 5.128 hộ nghèo.",
    # poor and near-poor households are not all households
    "Năm 2016, trong tổng số 38.598 hộ dân cư có 7.067 hộ nghèo; hộ cận nghèo có 5.290 hộ.",
    # criteria met overlap
    "Năm 2023, trong tổng số 26 xã, có 26 xã đạt tiêu chí lao động, 25 xã đạt tiêu chí tổ chức sản xuất.",
])
def test_counts_that_need_not_cover_the_whole_are_not_read(text: str) -> None:
    doc = passage(text)
    assert not relations(doc, "count_sum") and not relations(doc, "subset") and not relations(doc, "partition")
