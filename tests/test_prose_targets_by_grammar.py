"""Counts of targets by their result, read by their words, not by their sum agreeing (issue 12).

A list of results read only when it adds up to the targets set is lost exactly when one figure is wrong.
Each case reads a reworded real passage twice: as printed (the counts add up, no error) and with the
whole changed, as the planted copies change it (the same sum, now an error).
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_sums

# u-minh: down the scale to "đạt dưới 50%", the targets set before a ';' and an adverbial
TERM = ("Nghị quyết Đại hội Đảng bộ huyện lần thứ X đề ra {} chỉ tiêu phấn đấu; đến cuối nhiệm kỳ, có 12 chỉ tiêu "
        "đạt và vượt, có 3 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu đạt dưới 50%.")
# cho-don: exceeded, met (with "dự kiến đạt"), unmet, after a colon (a wording rule on main reads it too; kept so
# that the two readings go on agreeing)
YEAR = ("Năm 2019 Đảng bộ huyện lãnh đạo thực hiện {} chỉ tiêu về kinh tế, xã hội, quốc phòng và xây dựng Đảng: cuối "
        "năm có 09 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu đạt và dự kiến đạt, 10 chỉ tiêu không đạt.")


@pytest.mark.parametrize(("text", "right", "wrong", "parts"), [
    (TERM, "16", "19", ["12", "3", "1"]),
    (YEAR, "41", "44", ["09", "22", "10"]),
])
def test_a_changed_whole_keeps_its_results(text: str, right: str, wrong: str, parts: list[str]) -> None:
    assert (right, parts) in text_sums(text.format(right), "count_sum")
    assert errors(passage(text.format(right))) == []
    assert (wrong, parts) in text_sums(text.format(wrong), "count_sum")
    (f,) = errors(passage(text.format(wrong)))
    assert wrong in f.message


# van-yen: only the good results are named; the unmet targets may be left unsaid, so a sum that does not add up
# is no error (it is read only by its arithmetic when it does)
GOOD_ONLY = ("Theo báo cáo tổng kết của huyện, trong {} chỉ tiêu chủ yếu đề ra cho năm 2022, Văn Yên có 27 chỉ tiêu "
             "vượt kế hoạch và 8 chỉ tiêu đạt 100% kế hoạch.")


def test_good_results_alone_say_nothing_of_the_rest() -> None:
    assert errors(passage(GOOD_ONLY.format("38"))) == []

