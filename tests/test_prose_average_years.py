"""An average yearly growth after the figures of the years it spans (issue 12, wave-6 first contact).

"năm 2016 là A, năm 2020 tăng lên B, tốc độ tăng trung bình là x%/năm" and "năm 2015 là A, năm 2016
là B và năm 2017 là C; tỷ lệ tăng bình quân 3 năm là x%": the rate takes the first year's figure to
the last one's. Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _avg(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "start")[0], printed(doc, r, "end")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "avg_growth")]


@pytest.mark.parametrize(("text", "rel"), [
    # (58.900 / 52.400)^(1/3) − 1 = 3,97 %
    ("Dân số toàn huyện tăng đều: năm 2019 là 52.400 người, năm 2022 tăng lên 58.900 người, tốc độ tăng trung bình "
     "là 3,97%/năm, và dự kiến đạt 63.000 người vào năm 2025.", ("52.400", "58.900", "3,97%")),
    # (1.452 / 1.200)^(1/2) − 1 = 10,0 %
    ("Thu ngân sách tăng qua từng năm: năm 2021 là 1.200 tỷ đồng, năm 2022 là 1.310 tỷ đồng và năm 2023 là 1.452 "
     "tỷ đồng; tỷ lệ tăng bình quân 3 năm là 10,0%.", ("1.200", "1.452", "10,0%")),
    # (3.380 / 2.860)^(1/4) − 1 = 4,26 %
    ("Số hộ kinh doanh năm 2018 là 2.860 hộ, năm 2022 đạt 3.380 hộ, tăng bình quân 4,26% mỗi năm.",
     ("2.860", "3.380", "4,26%")),
])
def test_an_average_over_the_years_printed_before_it(text: str, rel: tuple[str, str, str]) -> None:
    assert _avg(text) == [rel] and errors(passage(text)) == []


def test_a_wrong_average_is_an_error() -> None:
    (f,) = errors(passage("Dân số toàn huyện tăng đều: năm 2019 là 52.400 người, năm 2022 tăng lên 58.900 người, tốc độ "
                          "tăng trung bình là 5,2%/năm."))
    assert "52.400" in f.message and "58.900" in f.message


@pytest.mark.parametrize("text", [
    # no word says the rate is a year's: an average of the levels, or of anything
    "Thu ngân sách năm 2021 là 1.200 tỷ đồng, năm 2023 là 1.452 tỷ đồng; bình quân đạt 95% dự toán.",
    # two figures of one year: which one starts the span is not sure
    "Năm 2019 là 52.400 người, năm 2019 có 12.300 hộ, năm 2022 là 58.900 người, tăng trung bình 3,97%/năm.",
])
def test_no_average_without_its_years_or_its_words(text: str) -> None:
    assert relations(passage(text), "avg_growth") == [] and errors(passage(text)) == []


def test_a_year_after_va_belongs_to_the_next_figure() -> None:
    # "1.310 tỷ đồng và năm 2023 là 1.452": 2023 is the year of 1.452, not of 1.310
    text = ("Thu ngân sách năm 2021 là 1.200 tỷ đồng, năm 2022 là 1.310 tỷ đồng và năm 2023 là 1.452 tỷ đồng; tăng bình "
            "quân 10,0%/năm.")
    assert _avg(text) == [("1.200", "1.452", "10,0%")] and errors(passage(text)) == []
