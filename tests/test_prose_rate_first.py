"""A growth or an index printed before the figure it is of, its comparison between them (issue 12,
prose18a): "tăng 20% so với năm 2012, đạt 7.170 tỷ đồng", "bằng 120% so với năm trước, đạt …". The
paraphrase-dev sentence (its file named) and wordings of our own with another verb or clause order; the
broken form is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

RATE_FIRST = [
    # yen-dinh-thanh-hoa_2_p2: the comparison opens the sentence, the index after "bằng", the figure after "đạt"
    ("Năm 2012, tổng giá trị sản xuất của huyện Yên Định là 5.986.334 triệu đồng. So với năm trước, năm 2013 bằng "
     "{rate}, đạt 7.170.343 triệu đồng.", "120%", "125%", ("7.170.343", "5.986.334")),
    # our wording: an increase, its comparison between the rate and the figure
    ("Năm 2021 doanh thu dịch vụ du lịch của huyện đạt 412 tỷ đồng. Năm 2022 doanh thu dịch vụ du lịch tăng {rate} "
     "so với năm 2021, đạt 478 tỷ đồng.", "16%", "19%", ("478", "412")),
    # our wording: an index against the same period, the figure after "ước đạt"
    ("Sáu tháng đầu năm 2022, giá trị sản xuất công nghiệp đạt 1.240 tỷ đồng. Sáu tháng đầu năm 2023, giá trị sản "
     "xuất công nghiệp bằng {rate} so với cùng kỳ, ước đạt 1.364 tỷ đồng.", "110%", "101%", ("1.364", "1.240")),
]


@pytest.mark.parametrize(("text", "good", "bad", "operands"), RATE_FIRST)
def test_a_rate_printed_before_its_figure(text: str, good: str, bad: str, operands: tuple[str, str]) -> None:
    ok = text.format(rate=good)
    assert (*operands, good) in text_triples(ok, "growth", ("current", "base", "rate"))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))


def test_an_index_before_a_plan_figure_is_no_growth() -> None:
    # "bằng 97% kế hoạch, đạt …" names a plan, not an earlier year: nothing is read as a growth
    text = "Năm 2012, tổng giá trị sản xuất là 5.986 tỷ đồng. Năm 2013 tổng giá trị sản xuất bằng 97% kế hoạch, đạt 7.170 tỷ đồng."
    assert text_triples(text, "growth", ("current", "base", "rate")) == []
