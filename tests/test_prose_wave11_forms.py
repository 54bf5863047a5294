"""General constructions of report prose the tool did not read in the development waves (issue 12,
prose11): how writers print funds by source, hedged average rates, summaries of years printed
sentences before. Sentences written for these tests, own wording and figures; each names the
construction.
"""

from __future__ import annotations

import pytest

from extractor.prose_categories import covers, cross_classified
from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_sums as _sums
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# "trong đó vốn ngân sách nhà nước …, vốn đóng góp của cộng đồng dân cư …": funds by who put them up


FUNDS = ("Giai đoạn 2016 - 2020, huyện huy động được {total} tỷ đồng để xây dựng nông thôn mới, trong đó vốn ngân "
         "sách nhà nước 2.450 tỷ đồng và vốn đóng góp của cộng đồng dân cư 1.380 tỷ đồng.")


def test_two_kinds_of_capital_with_a_long_name_are_some_of_the_funds() -> None:
    # the second name has 7 words: a long name is a kind when it opens with the head noun of another item
    assert _sums(FUNDS.format(total="4.900"), "subset") == [("4.900", ["2.450", "1.380"])]
    assert errors(passage(FUNDS.format(total="4.900"))) == []


def test_capital_by_source_exceeding_the_funds_is_an_error() -> None:
    (f,) = errors(passage(FUNDS.format(total="3.100")))
    assert "3.100" in f.message


def test_the_people_and_enterprises_are_owners_like_the_state() -> None:
    # the state, enterprises, the people: one way of classifying money, not two
    assert not cross_classified(["vốn ngân sách nhà nước", "vốn đóng góp của cộng đồng dân cư"])
    assert not cross_classified(["vốn ngân sách nhà nước", "vốn doanh nghiệp", "vốn dân cư"])
    # ... while a list that names the state and a kind of work still mixes two ways
    assert cross_classified(["vốn nhà nước", "vốn xây dựng trường học"])


STATE_FIRMS_PEOPLE = ("Tổng vốn đầu tư phát triển toàn xã hội ước {total} tỷ đồng, đạt 52,4% kế hoạch, trong đó vốn ngân "
                      "sách nhà nước 215 tỷ đồng, vốn doanh nghiệp 640 tỷ đồng, vốn dân cư 382,5 tỷ đồng.")


def test_state_enterprises_and_people_cover_the_capital() -> None:
    assert covers(["vốn ngân sách nhà nước", "vốn doanh nghiệp", "vốn dân cư"]) == "funding"
    assert covers(["vốn ngân sách nhà nước", "vốn dân cư"]) is None  # others (enterprises, loans) may be left out
    assert _sums(STATE_FIRMS_PEOPLE.format(total="1.237,5"), "partition") == [("1.237,5", ["215", "640", "382,5"])]
    assert errors(passage(STATE_FIRMS_PEOPLE.format(total="1.237,5"))) == []


def test_capital_of_state_enterprises_and_people_short_of_the_total_is_an_error() -> None:
    (f,) = errors(passage(STATE_FIRMS_PEOPLE.format(total="1.327,5")))
    assert "1.327,5" in f.message


def test_parts_printed_in_another_scale_are_left_out_of_a_subset() -> None:
    # "hơn 340 triệu đồng" beside "tỷ đồng" parts: summed as printed it read 34 + 1,2 + 340 > 41,2 (a false error)
    text = ("Tổng thu ngân sách trên địa bàn được hơn 52 tỷ 300 triệu đồng, đạt trên 35% dự toán; trong đó thu công "
            "thương nghiệp ngoài quốc doanh được hơn 40 tỷ đồng (đạt hơn 44%), thu khác ngân sách hơn 2,1 tỷ đồng (đạt "
            "trên 31%), các khoản thu tại xã hơn 460 triệu đồng (đạt gần 40%).")
    assert _sums(text, "subset") == [("52 tỷ 300 triệu", ["hơn 40", "hơn 2,1"])]
    assert errors(passage(text)) == []


# ---------------------------------------------------------------------------------------------
# "tăng bình quân trên 43%/năm": a hedged average rate between two printed years


@pytest.mark.parametrize(("rate", "wrong"), [("32", False), ("43", True)])
def test_a_hedged_average_rate_is_recomputed_within_its_hedge(rate: str, wrong: bool) -> None:
    text = ("Kinh tế tăng trưởng khá. Thu nhập bình quân đầu người từ 11 triệu đồng năm 2011 lên 18,2 triệu đồng năm "
            "2015. Thu ngân sách trên địa bàn năm 2011 gần 16 tỷ đồng, năm 2015 dự kiến đạt 52 tỷ đồng, tăng bình quân "
            f"trên {rate}%/ năm.")
    # the year after the income figures of the sentence before belongs to them, not to "gần 16"
    assert _triples(text, "avg_growth", ("start", "end", "rate")) == [("gần 16", "52", f"trên {rate}%")]
    assert bool(errors(passage(text))) == wrong


# ---------------------------------------------------------------------------------------------
# "Như vậy, bình quân giai đoạn 2011 - 2015 … tăng 10% mỗi năm": both years printed sentences before


SUMMED_UP = ("Theo giá so sánh, tổng giá trị sản xuất của huyện năm 2016 là 3.820,5 tỷ đồng, gồm nông nghiệp 900 tỷ "
             "đồng, công nghiệp - xây dựng 1.600,5 tỷ đồng và dịch vụ 1.320 tỷ đồng. Đến năm 2020 con số này là "
             "5.210 tỷ đồng: nông nghiệp 1.010 tỷ đồng, công nghiệp - xây dựng 2.350 tỷ đồng, dịch vụ 1.850 tỷ đồng. "
             "Như vậy, bình quân giai đoạn 2016 - 2020 tổng giá trị sản xuất tăng ở mức {rate}% mỗi năm.")


def test_an_average_rate_sums_up_the_years_printed_sentences_before() -> None:
    # (5.210 / 3.820,5)^(1/4) − 1 = 8,06 %
    text = SUMMED_UP.format(rate="8,1")
    assert _triples(text, "avg_growth", ("start", "end", "rate")) == [("3.820,5", "5.210", "8,1%")]
    assert errors(passage(text)) == []


def test_a_wrong_average_rate_summing_up_years_printed_before_is_an_error() -> None:
    (f,) = [x for x in errors(passage(SUMMED_UP.format(rate="9,1"))) if "9,1%" in x.message]
    assert "5.210" in f.message


def test_an_average_rate_of_another_indicator_takes_no_figures_printed_before() -> None:
    # the rate names the population, the years' figures are output: nothing is recomputed
    text = SUMMED_UP.format(rate="8,1").replace("tổng giá trị sản xuất tăng", "dân số tăng")
    assert _triples(text, "avg_growth", ("start", "end", "rate")) == []


# ---------------------------------------------------------------------------------------------
# "đạt và vượt 42/42 chỉ tiêu, trong đó 12 chỉ tiêu vượt và 30 chỉ tiêu đạt": exceeded + met = all met


@pytest.mark.parametrize(("met", "wrong"), [("26", False), ("25", True)])
def test_targets_exceeded_and_met_make_up_those_met_or_exceeded(met: str, wrong: bool) -> None:
    text = f"Năm 2023 huyện đạt và vượt 35/35 chỉ tiêu, trong đó 9 chỉ tiêu vượt và {met} chỉ tiêu đạt nghị quyết."
    assert _sums(text, "count_sum") == [("35", ["9", met])]
    assert bool(errors(passage(text))) == wrong


def test_targets_exceeded_and_met_under_a_plain_count_are_some_of_it() -> None:
    # "thực hiện 35 chỉ tiêu": some may be unmet, so exceeded + met is only some of the 35
    text = "Năm 2023 huyện thực hiện 35 chỉ tiêu, trong đó 9 chỉ tiêu vượt và 20 chỉ tiêu đạt nghị quyết."
    assert _sums(text, "count_sum") == []


# ---------------------------------------------------------------------------------------------
# "tỷ lệ nghèo đa chiều 12,40%, tổng số hộ nghèo và cận nghèo 816 hộ; chia ra …": the total's rate first


@pytest.mark.parametrize("joint", [", tổng số hộ nghèo và cận nghèo", " với"])
def test_a_rate_printed_before_its_total_is_the_sum_of_the_parts_rates(joint: str) -> None:
    text = (f"Khu vực thành thị: tỷ lệ nghèo đa chiều 12,40%{joint} 816 hộ; chia ra hộ nghèo 302 hộ, tỷ lệ "
            "4,59%, hộ cận nghèo 514 hộ, tỷ lệ 7,81%.")
    assert _sums(text, "partition") == [("12,40%", ["4,59%", "7,81%"])]
    (f,) = errors(passage(text.replace("7,81%", "8,81%")))
    assert "12,40" in f.message
