"""Counts printed over one shared denominator, read as parts of it by their words (issue 12).

"6/12 chỉ tiêu đạt và 6/12 chỉ tiêu vượt": each count says what it is out of, and each names its own result;
when the results name every result (down to the shortfalls, or after a colon that opens "các chỉ tiêu"), the
counts are all of the denominator's things whatever they add up to, so a slip in one count is an error.
Wordings are reworded from quynh-luu-nghe-an_1, than-uyen-lai-chau_1 and son-ha-quang-ngai_1 (and its
paraphrase p2); the near misses from phu-giao-binh-duong_2 and giao-thuy-nam-dinh_2.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_sums

# the whole is the denominator itself: a colon after "các chỉ tiêu" opens the split
MET_EXCEEDED = ("Năm 2015 các chỉ tiêu chủ yếu về kinh tế - xã hội của huyện cơ bản đều đạt và vượt kế hoạch: "
                "6/12 chỉ tiêu đạt và {} chỉ tiêu vượt.")
BY_LEVEL = ("Trong 9 tháng, các chỉ tiêu cơ bản đạt tiến độ kế hoạch: 23/26 chỉ tiêu đạt từ 70-100%, "
            "{} chỉ tiêu đạt từ 50-70% kế hoạch.")
# the results reach the shortfalls: every result is named, no colon needed
DOWN_TO_UNMET = "Năm 2021 huyện có 18/21 chỉ tiêu đạt và vượt kế hoạch, {} chỉ tiêu không đạt."
# the whole printed just before with the denominator's value, the counts over three sentences
SENTENCES = ("Huyện có 15 chỉ tiêu chủ yếu. Số chỉ tiêu vượt là 09/15, chiếm 60%. Có 03/15 chỉ tiêu đạt. "
             "Còn {} chỉ tiêu không đạt và 01/15 chỉ tiêu đạt một phần so với Nghị quyết.")


@pytest.mark.parametrize(("text", "right", "wrong", "total", "parts"), [
    (MET_EXCEEDED, "6/12", "8/12", "12", ["6", "{}"]),
    (BY_LEVEL, "3/26", "4/26", "26", ["23", "{}"]),
    (DOWN_TO_UNMET, "3/21", "5/21", "21", ["18", "{}"]),
    (SENTENCES, "02/15", "04/15", "15", ["09", "03", "{}", "01"]),
])
def test_counts_over_one_denominator_are_all_of_it(text: str, right: str, wrong: str, total: str,
                                                   parts: list[str]) -> None:
    def numerators(count: str) -> list[str]:
        return [count.partition("/")[0] if x == "{}" else x for x in parts]

    assert (total, numerators(right)) in text_sums(text.format(right), "count_sum")
    assert errors(passage(text.format(right))) == []
    assert (total, numerators(wrong)) in text_sums(text.format(wrong), "count_sum")
    (f,) = errors(passage(text.format(wrong)))
    assert total in f.message


@pytest.mark.parametrize("text", [
    # nested results: the 9 communes of "nâng cao" are among the 10 of "nông thôn mới"
    "Đến nay huyện có 10/10 xã đạt chuẩn nông thôn mới, 09/10 xã đạt chuẩn nông thôn mới nâng cao.",
    # good results only, nothing says the list is complete: 3 targets may be left unsaid
    "Năm 2023 có 09/15 chỉ tiêu vượt kế hoạch, 03/15 chỉ tiêu đạt kế hoạch.",
    # "trong đó": the exceeded targets are some of the met ones, no part beside them
    "Năm 2022, các chỉ tiêu chủ yếu đều đạt kế hoạch: 20/20 chỉ tiêu đạt, trong đó 8/20 chỉ tiêu vượt kế hoạch.",
    # one count is all of them: the others are among it, whatever their words
    "Các xã trên địa bàn huyện: 12/12 xã đạt chuẩn nông thôn mới, 2/12 xã đạt chuẩn kiểu mẫu.",
    # one result holds the other's words: the exceeded targets are some of those met or exceeded
    "Năm 2020 các chỉ tiêu chủ yếu cơ bản đạt kế hoạch: 15/20 chỉ tiêu đạt và vượt, 10/20 chỉ tiêu vượt kế hoạch.",
    # over different denominators: two wholes, no shared one
    "Toàn huyện có 18/22 xã, thị trấn đạt chuẩn nông thôn mới nâng cao, 8/20 xã đạt chuẩn nông thôn mới kiểu mẫu.",
])
def test_counts_that_do_not_name_all_of_it_are_no_parts(text: str) -> None:
    doc = passage(text)
    assert text_sums(text, "count_sum") == []
    assert errors(doc) == []
