"""The kind of a percentage follows the words that govern it (issue 12, prose19a).

A percentage of a fraction printed "a/b" is what was done over what was due, a ratio, whatever verb
governs it ("chiếm" included); a percentage printed "so với cùng kỳ" is the current figure over the
earlier period's, a growth index, not a ratio to a plan. Each case: a dev sentence (its file named) and two
wordings of our own (another verb, another order); the broken form is still an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

FRACTIONS = [
    # son-ha-quang-ngai_1: "chiếm" governs the percentage of a fraction
    ("Trong tổng số 15 chỉ tiêu chủ yếu năm 2023 có 09/15 chỉ tiêu vượt, chiếm {rate}; 03/15 chỉ tiêu đạt, chiếm 20%.",
     "60%", "66%", ("09", "15")),
    # our wording: "bằng", the fraction after the subject
    ("Toàn huyện có 18/22 xã, thị trấn đạt chuẩn nông thôn mới nâng cao, bằng {rate}, đứng đầu toàn tỉnh.",
     "81,8%", "72,7%", ("18", "22")),
    # our wording: "tỷ lệ", the count named before the fraction
    ("Số thôn đạt danh hiệu làng văn hóa là 125/204 thôn, tỷ lệ {rate}.", "61,3%", "65,3%", ("125", "204")),
]


@pytest.mark.parametrize(("text", "good", "bad", "operands"), FRACTIONS)
def test_the_percentage_of_a_printed_fraction_is_a_ratio(text: str, good: str, bad: str,
                                                          operands: tuple[str, str]) -> None:
    ok = text.format(rate=good)
    assert (*operands, good) in text_triples(ok, "ratio", ("actual", "plan", "ratio"))
    assert not any(t[:2] == operands for t in text_triples(ok, "share", ("part", "total", "share")))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))


def test_a_share_of_a_whole_printed_apart_stays_a_share() -> None:
    # the part and its whole are two figures, no fraction: a share
    text = "Toàn huyện có 204 thôn, trong đó 125 thôn đạt danh hiệu làng văn hóa, chiếm 61,3%."
    assert ("125", "204", "61,3%") in text_triples(text, "share", ("part", "total", "share"))


EARLIER_PERIOD = [
    # kong-chro-gia-lai_4: the base is the earlier year's figure, printed in the sentence before
    ("Cuối năm 2021, huyện ước tổng thu ngân sách trên địa bàn đạt gần 60 tỷ đồng, vượt trên 147% nghị quyết, tăng gần "
     "114% so với cùng kỳ. Thu ngân sách trên địa bàn được 40,154 tỷ đồng, đạt 190,66% nghị quyết giao, bằng {rate} so "
     "với cùng kỳ năm 2021.", None, None, ("40,154", "gần 60")),
    # our wording: "so với cùng kỳ" with the base in parentheses after it
    ("Thu ngân sách trên địa bàn năm 2022 được 45 tỷ đồng, bằng {rate} so với cùng kỳ (60 tỷ đồng).", "75%", "85%",
     ("45", "60")),
    # our wording: "so với năm 2021", the year named
    ("Năm 2022, doanh thu dịch vụ đạt 45 tỷ đồng, tương đương {rate} so với năm 2021 (60 tỷ đồng).", "75%", "85%",
     ("45", "60")),
]


@pytest.mark.parametrize(("text", "good", "bad", "operands"), EARLIER_PERIOD)
def test_a_percentage_against_an_earlier_period_is_a_growth_index(text: str, good: str | None, bad: str | None,
                                                                   operands: tuple[str, str]) -> None:
    ok = text.format(rate=good or "72,89%")
    triples = text_triples(ok, "growth", ("current", "base", "rate"))
    assert (*operands, good or "72,89%") in triples
    assert not text_triples(ok, "ratio", ("actual", "plan", "ratio"))
    if good is not None and bad is not None:
        assert errors(passage(ok)) == []
        assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))
