"""Growth read from the construction, not the wording (issue 12, prose20a): an average over a series of dated
levels said with "tốc độ phát triển bình quân" or "bình quân cả giai đoạn", and an index "bằng p%" after the two
levels of "từ A xuống / lên B". Each: a dev or paraphrase-dev sentence (file named) and two wordings of our own
(another verb, another order); the broken form is an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, text_triples

AVERAGE_SPEED = [
    # van-ban-lao-cai_1: the index printed without "%", after "tốc độ phát triển bình quân của chỉ tiêu này là"
    ("Theo Phòng NN&PTNT và Chi cục Thống kê huyện, giá trị sản phẩm thu được trên 1 hecta đất trồng trọt năm 2016 "
     "đạt 59,7 triệu đồng, năm 2017 đạt 62,3 triệu đồng và năm 2018 đạt 64,9 triệu đồng, tăng 5,2 triệu đồng trên 1 "
     "hecta so với năm 2016; tốc độ phát triển bình quân của chỉ tiêu này là {rate}.",
     ("59,7", "64,9"), "104,26", "106,26"),
    # our wording: the years after the levels, "trung bình", "đạt", the rate with "%"
    ("Giá trị sản xuất trên 1 ha đất canh tác của xã là 80,0 triệu đồng năm 2019, 86,0 triệu đồng năm 2020 và 93,3 "
     "triệu đồng năm 2021; tốc độ phát triển trung bình đạt {rate}.", ("80,0", "93,3"), "108,0%", "109,0%"),
    # our wording: a count, "có", the rate after "với"
    ("Năm 2019 đàn bò của huyện có 12.100 con, năm 2020 có 12.650 con và năm 2021 có 13.310 con, với tốc độ phát "
     "triển bình quân {rate}.", ("12.100", "13.310"), "104,88", "106,88"),
]


@pytest.mark.parametrize(("text", "levels", "good", "bad"), AVERAGE_SPEED)
def test_an_average_speed_over_a_series_of_dated_levels(text: str, levels: tuple[str, str], good: str, bad: str) -> None:
    ok = text.format(rate=good)
    assert (*levels, good) in text_triples(ok, "avg_growth", ("start", "end", "rate"))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))


WHOLE_SPAN = [
    # thanh-mien-hai-duong_2: the yearly indices, then the average over the whole span, an index
    ("Tổng giá trị sản xuất (giá cố định 1994) tăng từ 497,3 tỷ đồng năm 2007 lên 538,2 tỷ đồng năm 2008 và 583,6 tỷ "
     "đồng năm 2009; năm 2008 bằng 108,2% năm 2007, năm 2009 bằng 108,4% năm 2008, bình quân cả giai đoạn {rate}.",
     ("497,3", "583,6"), "108,3%", "109,3%"),
    # our wording: "là" before each level, the verb before "bình quân", an increase
    ("Diện tích cây ăn quả năm 2019 là 1.200 ha, năm 2020 là 1.310 ha, năm 2021 là 1.452 ha, tăng bình quân cả giai "
     "đoạn {rate}.", ("1.200", "1.452"), "10%", "12%"),
    # our wording: "trong giai đoạn", the verb after it, the levels with "có"
    ("Dân số của huyện năm 2019 có 50.000 người, năm 2021 có 51.005 người; bình quân trong giai đoạn tăng {rate}.",
     ("50.000", "51.005"), "1,0%", "1,5%"),
]


@pytest.mark.parametrize(("text", "levels", "good", "bad"), WHOLE_SPAN)
def test_an_average_over_the_whole_span(text: str, levels: tuple[str, str], good: str, bad: str) -> None:
    ok = text.format(rate=good)
    assert any(t[1:] == (levels[1], good) and t[0].endswith(levels[0])
               for t in text_triples(ok, "avg_growth", ("start", "end", "rate")))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))


def test_a_phase_number_is_still_no_figure() -> None:
    # "giai đoạn 2" names a phase; only a percentage after "giai đoạn" is a figure
    text = "Dự án giai đoạn 2 có tổng vốn 120 tỷ đồng, trong đó vốn ngân sách tỉnh 80 tỷ đồng."
    assert all(t[0] != "2" for t in text_triples(text, "share", ("part", "total", "share")))
    assert errors(passage(text)) == []


FROM_TO_INDEX = [
    # can-loc-ha-tinh_2_p2 (paraphrase): "giảm từ A xuống B, bằng p%"
    ("Đất chưa sử dụng giảm từ 1.998,5 ha xuống 1.897,5 ha, bằng {rate}, chiếm 6,29% diện tích.",
     ("1.897,5", "1.998,5"), "94,95%", "96,95%"),
    # our wording: an increase, the years in parentheses after each level
    ("Diện tích rừng trồng tăng từ 2.400 ha (năm 2019) lên 2.760 ha (năm 2021), bằng {rate}.",
     ("2.760", "2.400"), "115%", "125%"),
    # our wording: no verb before "từ", "xuống còn", "tương đương … so với năm 2015"
    ("Số lao động nông nghiệp từ 24.000 người năm 2015 xuống còn 19.200 người năm 2020, tương đương {rate} so với "
     "năm 2015.", ("19.200", "24.000"), "80%", "85%"),
]


@pytest.mark.parametrize(("text", "levels", "good", "bad"), FROM_TO_INDEX)
def test_an_index_after_two_levels_from_and_to(text: str, levels: tuple[str, str], good: str, bad: str) -> None:
    ok = text.format(rate=good)
    found = passage(ok)
    assert any(t[0] == levels[0] and t[1].endswith(levels[1]) and t[2] == good
               for t in text_triples(ok, "growth", ("current", "base", "rate")))
    assert errors(found) == []
    assert any(bad in f.message for f in errors(passage(text.format(rate=bad))))


def test_an_index_between_two_percentages_is_not_read() -> None:
    # "từ 12,5% xuống 8,3%, bằng 66,4%": points or a quotient, the words do not say which
    text = "Tỷ lệ hộ nghèo giảm từ 12,5% xuống 8,3%, bằng 66,4%."
    assert text_triples(text, "growth", ("current", "base", "rate")) == []
    assert errors(passage(text)) == []


YEAR_COMPARISONS = [
    # cu-lao-dung-soc-trang_3 (wave 17): a year series, then "năm B tăng (thêm) X so với năm A", a difference
    ("Theo số liệu của Phòng Nông Nghiệp huyện, diện tích mía là 7.806 ha năm 2011, 7.956 ha năm 2012 và 8.215 ha năm "
     "2013. Diện tích trồng mía như vậy đều tăng qua các năm: năm 2012 tăng lên 150 ha so với năm 2011, và đến năm "
     "2013 thì tăng thêm {x} ha so với năm 2012.", "difference", ("8.215", "7.956"), "259", "295"),
    # our wording: a decrease, the series with "là", "riêng" opening the year clause
    ("Số hộ nghèo năm 2020 là 1.520 hộ, năm 2021 là 1.390 hộ, năm 2022 là 1.245 hộ; riêng năm 2022 giảm {x} hộ so "
     "với năm 2021.", "difference", ("1.390", "1.245"), "145", "154"),
    # our wording: an index after "đạt", the years after the levels
    ("Giá trị sản xuất công nghiệp đạt 320 tỷ đồng năm 2019 và 352 tỷ đồng năm 2020; năm 2020 đạt {x} so với năm "
     "2019.", "growth", ("352", "320"), "110%", "112%"),
    # thanh-mien-hai-duong_2: "năm 2008 bằng 108,2% năm 2007" after "tăng từ … năm 2007 lên … năm 2008"
    ("Tổng giá trị sản xuất (giá cố định 1994) tăng từ 497,3 tỷ đồng năm 2007 lên 538,2 tỷ đồng năm 2008 và 583,6 tỷ "
     "đồng năm 2009; năm 2008 bằng {x} năm 2007, năm 2009 bằng 108,4% năm 2008.", "growth", ("538,2", "497,3"),
     "108,2%", "110,2%"),
]


@pytest.mark.parametrize(("text", "kind", "levels", "good", "bad"), YEAR_COMPARISONS)
def test_a_later_year_compared_with_an_earlier_one_of_a_series(text: str, kind: str, levels: tuple[str, str],
                                                              good: str, bad: str) -> None:
    ok = text.format(x=good)
    roles = ("minuend", "subtrahend", "difference") if kind == "difference" else ("current", "base", "rate")
    assert any(t[0] == levels[0] and t[1].endswith(levels[1]) and t[2] == good for t in text_triples(ok, kind, roles))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(x=bad))))


def test_a_level_restated_after_tang_len_is_no_change() -> None:
    # "năm 2012 tăng lên 7.956 ha so với năm 2011": the later level itself, not a change of 7.956
    text = ("Diện tích mía là 7.806 ha năm 2011, 7.956 ha năm 2012 và 8.215 ha năm 2013: năm 2012 tăng lên 7.956 ha "
            "so với năm 2011.")
    assert text_triples(text, "difference", ("minuend", "subtrahend", "difference")) == []
    assert errors(passage(text)) == []


CHANGE_BEFORE_ITS_FIGURE = [
    # after quynh-luu-nghe-an_2_p2 (paraphrase), its years printed: "tăng X …, lên C"
    ("Năm 2020, mỗi người dân có thu nhập bình quân 44,57 triệu đồng. So với năm 2020, năm 2021 thu nhập bình quân "
     "đầu người tăng {x} triệu đồng, lên 49,15 triệu đồng.", ("49,15", "44,57"), "4,58", "5,58"),
    # our wording: "đạt" joins the figure, "so với năm trước" opens the sentence
    ("Diện tích lúa năm 2021 đạt 3.400 ha. So với năm trước, diện tích lúa năm 2022 tăng {x} ha, đạt 3.570 ha.",
     ("3.570", "3.400"), "170", "190"),
    # our wording: a decrease, the comparison between the change and "còn"
    ("Năm 2022 tổng đàn trâu của huyện có 12.400 con. Năm 2023 tổng đàn trâu giảm {x} con so với năm 2022, còn "
     "12.050 con.", ("12.400", "12.050"), "350", "530"),
]


@pytest.mark.parametrize(("text", "levels", "good", "bad"), CHANGE_BEFORE_ITS_FIGURE)
def test_a_change_printed_before_its_figure(text: str, levels: tuple[str, str], good: str, bad: str) -> None:
    ok = text.format(x=good)
    assert (*levels, good) in text_triples(ok, "difference", ("minuend", "subtrahend", "difference"))
    assert errors(passage(ok)) == []
    assert any(bad in f.message for f in errors(passage(text.format(x=bad))))
