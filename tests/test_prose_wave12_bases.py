"""The base of a printed change, found by the words that mark it wherever the clause prints it
(issue 12, prose12a): "so với năm 2023 (50,8 triệu đồng)", "(năm 2023 đạt 50,8 triệu đồng)",
"(năm 2023: …)", "so với năm trước là …", "từ … lên …", "đầu năm …, cuối năm còn …". Each family opens
with a development sentence (named) and re-words it the ways reports do; figures of the re-wordings are
the dev sentence's or our own.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed, text_triples

GROWTH = ("current", "base", "rate")
TIMES = ("numerator", "denominator", "factor")
DIFFERENCE = ("minuend", "subtrahend", "difference")

# ---------------------------------------------------------------------------------------------
# growth: 55,5 / 50,8 − 1 = 9,25 %

INCOME = [
    # dev sentence (thuong-tin-ha-noi_4): the base after "so với năm 2023", in parentheses
    "Thu nhập bình quân đầu người ước đạt 55,5 triệu đồng, tăng {r}% so với năm 2023 (50,8 triệu đồng).",
    # the earlier year's figure in parentheses beside the current one, the rate after both
    "Năm 2024 thu nhập bình quân đầu người ước đạt 55,5 triệu đồng (năm 2023 đạt 50,8 triệu đồng), tăng {r}%.",
    # the comparison before the verb
    "Thu nhập bình quân đầu người ước đạt 55,5 triệu đồng, so với năm 2023 (50,8 triệu đồng) tăng {r}%.",
    # the base in parentheses after the rate, with a colon
    "Thu nhập bình quân đầu người năm 2024 ước đạt 55,5 triệu đồng, tăng {r}% (năm 2023: 50,8 triệu đồng).",
    # "so với năm trước là …"
    "Thu nhập bình quân đầu người ước đạt 55,5 triệu đồng, tăng {r}% so với năm trước là 50,8 triệu đồng.",
    # the comparison first, then the current figure
    "So với năm 2023 (50,8 triệu đồng), thu nhập bình quân đầu người năm 2024 ước đạt 55,5 triệu đồng, tăng {r}%.",
    # "so cùng kỳ" with the base in its own parenthesis
    "Thu nhập bình quân đầu người ước đạt 55,5 triệu đồng, tăng {r}% so cùng kỳ (cùng kỳ đạt 50,8 triệu đồng).",
]


@pytest.mark.parametrize("text", INCOME)
def test_a_growth_takes_the_base_its_words_mark(text: str) -> None:
    doc = text.format(r="9,25")
    assert text_triples(doc, "growth", GROWTH) == [("55,5", "50,8", "9,25%")]
    assert errors(passage(doc)) == []


@pytest.mark.parametrize("text", INCOME)
def test_a_growth_that_does_not_recompute_against_its_marked_base_is_an_error(text: str) -> None:
    (f,) = errors(passage(text.format(r="19,25")))
    assert "19,25" in f.message


def test_a_decrease_against_the_year_before_printed_after_the_comparison() -> None:
    # 41.160 / 42.000 − 1 = −2,0 %
    text = "Sản lượng lương thực đạt 41.160 tấn, so với năm trước là 42.000 tấn thì giảm 2,0%."
    assert text_triples(text, "growth", GROWTH) == [("41.160", "42.000", "2,0%")]


def test_an_excess_over_the_estimate_named_after_so_voi() -> None:
    # 136 / 98,5 − 1 = 38,07 %
    text = "Tổng thu ngân sách đạt 136 tỷ đồng, vượt 38,07% so với dự toán giao 98,5 tỷ đồng."
    assert text_triples(text, "growth", GROWTH) == [("136", "98,5", "38,07%")]


# ---------------------------------------------------------------------------------------------
# times: 55,1 / 13,4 = 4,11

PER_HEAD = [
    # dev sentence (base not printed there): "thu nhập bình quân đầu người năm 2020 đạt 55,1 triệu đồng, gấp 4,1 lần
    # năm 2010"; here with the 2010 figure in the ways reports print it
    "Thu nhập bình quân đầu người năm 2020 đạt 55,1 triệu đồng, gấp {t} lần năm 2010 (13,4 triệu đồng).",
    "Thu nhập bình quân đầu người năm 2020 đạt 55,1 triệu đồng (năm 2010 là 13,4 triệu đồng), gấp {t} lần.",
    "Thu nhập bình quân đầu người năm 2020 đạt 55,1 triệu đồng, tăng gấp {t} lần so với năm 2010 là 13,4 triệu đồng.",
    "Thu nhập bình quân đầu người từ 13,4 triệu đồng năm 2010 tăng lên 55,1 triệu đồng năm 2020, gấp {t} lần.",
]


@pytest.mark.parametrize("text", PER_HEAD)
def test_a_factor_takes_the_base_its_words_mark(text: str) -> None:
    doc = text.format(t="4,1")
    (triple,) = text_triples(doc, "times", TIMES)
    assert (triple[0], triple[1].removeprefix("từ "), triple[2]) == ("55,1", "13,4", "4,1")
    assert errors(passage(doc)) == []


@pytest.mark.parametrize("text", PER_HEAD)
def test_a_factor_that_does_not_recompute_is_an_error(text: str) -> None:
    assert len(errors(passage(text.format(t="5,1")))) == 1


# ---------------------------------------------------------------------------------------------
# a change in the figure's own unit: 1.520 − 1.245 = 275

POOR = [
    "Số hộ nghèo đầu năm {a} hộ, cuối năm còn 1.245 hộ, giảm 275 hộ.",
    "Số hộ nghèo cuối năm là 1.245 hộ, giảm 275 hộ so với đầu năm ({a} hộ).",
    "Số hộ nghèo giảm 275 hộ, từ {a} hộ xuống còn 1.245 hộ.",
]


@pytest.mark.parametrize("text", POOR)
def test_a_change_in_households_against_the_start_of_the_year(text: str) -> None:
    doc = text.format(a="1.520")
    (triple,) = text_triples(doc, "difference", DIFFERENCE)
    assert sorted(x.removeprefix("từ ") for x in triple) == ["1.245", "1.520", "275"]
    assert errors(passage(doc)) == []
    assert len(errors(passage(text.format(a="1.620")))) == 1


# ---------------------------------------------------------------------------------------------
# what is no base


def test_a_figure_of_a_later_year_is_no_base() -> None:
    text = "Doanh thu năm 2023 đạt 820 tỷ đồng (kế hoạch năm 2024 là 900 tỷ đồng), tăng 9,3%."
    assert text_triples(text, "growth", GROWTH) == []


def test_another_indicator_after_the_comparison_is_no_base() -> None:
    text = "Doanh thu đạt 820 tỷ đồng, tăng 9,3% so với năm 2022, giá trị xuất khẩu 300 tỷ đồng."
    assert text_triples(text, "growth", GROWTH) == []


def test_two_marked_figures_leave_the_base_unread() -> None:
    text = ("Doanh thu năm 2023 đạt 820 tỷ đồng (năm 2021 đạt 700 tỷ đồng, năm 2022 đạt 750 tỷ đồng), "
            "tăng 9,3%.")
    assert text_triples(text, "growth", GROWTH) == []


def test_a_same_period_base_in_parentheses_of_a_dated_figure() -> None:
    # the line walker dates every figure of the sentence 2024: the base's own words print no year
    text = "Năm 2024 thu nhập bình quân đầu người ước đạt 55,5 triệu đồng, tăng 9,25% so với cùng kỳ (50,8 triệu đồng)."
    assert text_triples(text, "growth", GROWTH) == [("55,5", "50,8", "9,25%")]


# ---------------------------------------------------------------------------------------------
# an index against a marked base: 37.407 / 35.578 = 105,14 %

SOWN = [
    # dev sentence (ia-pa-gia-lai_4): the 2022 figure printed in an earlier clause, "bằng … so với năm 2022"
    "Diện tích gieo trồng năm 2022 toàn huyện {b} ha; năm 2023 là 37.407 ha, bằng 105,1% so với năm 2022.",
    "Diện tích gieo trồng năm 2023 là 37.407 ha (năm 2022: {b} ha), bằng 105,1%.",
    "Diện tích gieo trồng năm 2023 là 37.407 ha, so với năm 2022 là {b} ha thì bằng 105,1%.",
    "Diện tích gieo trồng năm 2023 là 37.407 ha, chỉ bằng 105,1% cùng kỳ (cùng kỳ gieo trồng {b} ha).",
]


@pytest.mark.parametrize("text", SOWN)
def test_an_index_takes_the_base_its_words_mark(text: str) -> None:
    doc = passage(text.format(b="35.578"))
    rels = [r for r in document_relations(doc) if r.kind in ("growth", "ratio")]
    assert [sorted(printed(doc, r, role)[0] for role in ("current", "base", "actual", "plan") if printed(doc, r, role))
            for r in rels] == [["35.578", "37.407"]]
    assert errors(doc) == []
    assert len(errors(passage(text.format(b="36.578")))) == 1


# ---------------------------------------------------------------------------------------------
# a rate printed before its figure, or in a sentence of its own: 4.400 / 4.000 − 1 = 10 %

YEARS = "Năm 2021, giá trị sản xuất nông nghiệp của huyện đạt 4.000 tỷ đồng. "
APART = [
    # dev form (hau-loc-thanh-hoa_2): "Năm 2022 giá trị sản xuất đạt 4.400 tỷ đồng, tăng 10% so với cùng kỳ"
    YEARS + "Năm 2022, giá trị sản xuất nông nghiệp đạt 4.400 tỷ đồng, tăng {r}% so với cùng kỳ.",
    # the rate before its figure, joined by "lên" / "đạt" / "thực hiện được"
    YEARS + "Năm 2022, so với cùng kỳ, giá trị sản xuất nông nghiệp tăng {r}%, lên 4.400 tỷ đồng.",
    YEARS + "Sang năm 2022, giá trị sản xuất nông nghiệp tăng {r}%, đạt 4.400 tỷ đồng.",
    YEARS + "Năm 2022, con số này tăng {r}%, thực hiện được 4.400 tỷ đồng.",
    # the rate alone in the next sentence
    YEARS + "Năm 2022, giá trị sản xuất nông nghiệp đạt 4.400 tỷ đồng. Mức tăng là {r}%.",
    YEARS + "Năm 2022, giá trị sản xuất nông nghiệp đạt 4.400 tỷ đồng. So với năm 2021, giá trị sản xuất tăng {r}%.",
    YEARS + "Sang năm 2022, con số này ước đạt 4.400 tỷ đồng. So với năm trước, mức tăng là {r}%.",
]


@pytest.mark.parametrize("text", APART)
def test_a_rate_apart_from_its_figure_is_of_that_figure_over_the_year_before(text: str) -> None:
    assert text_triples(text.format(r="10"), "growth", GROWTH) == [("4.400", "4.000", "10%")]
    assert errors(passage(text.format(r="10"))) == []
    (f,) = errors(passage(text.format(r="14")))
    assert "14" in (f.reported or "")


@pytest.mark.parametrize("text", [
    # the rate's own words name another indicator
    YEARS + "Năm 2022, giá trị sản xuất nông nghiệp đạt 4.400 tỷ đồng. Dịch vụ tăng 10%.",
    # two figures in the sentence before: which one grew is not said
    YEARS + "Năm 2022, giá trị sản xuất nông nghiệp đạt 4.400 tỷ đồng, dịch vụ 2.100 tỷ đồng. Mức tăng là 10%.",
    # a target, not a result
    YEARS + "Năm 2022, huyện phấn đấu giá trị sản xuất nông nghiệp tăng 10%, đạt 4.400 tỷ đồng.",
])
def test_a_rate_apart_that_names_no_figure_is_not_read(text: str) -> None:
    assert text_triples(text, "growth", GROWTH) == []


# ---------------------------------------------------------------------------------------------
# the plan in the sentence before the result: 2.885 / 3.000 = 96,17 %

PLAN_BEFORE = [
    # dev sentence (vung-liem-vinh-long_1)
    "Theo kế hoạch năm 2019, huyện giới thiệu việc làm mới cho {plan} lao động. Từ đầu năm đến nay, huyện đã giới "
    "thiệu được 2.885 lao động có việc làm (đạt 96,2%).",
    "Kế hoạch giải quyết việc làm năm 2019 là {plan} lao động. Đến tháng 11, huyện đã giải quyết việc làm cho 2.885 "
    "lao động, bằng 96,2% kế hoạch.",
    "Chỉ tiêu giao giải quyết việc làm là {plan} lao động. Huyện thực hiện được 2.885 lao động, đạt 96,2% KH.",
]


@pytest.mark.parametrize("text", PLAN_BEFORE)
def test_the_plan_opening_the_sentence_before(text: str) -> None:
    doc = passage(text.format(plan="3.000"))
    assert text_triples(text.format(plan="3.000"), "ratio", ("actual", "plan", "ratio")) == [("2.885", "3.000", "96,2%")]
    assert errors(doc) == []
    assert len(errors(passage(text.format(plan="3.100")))) == 1


def test_a_figure_before_that_names_no_plan_is_no_plan() -> None:
    text = "Năm 2022 huyện giải quyết việc làm cho 3.000 lao động. Năm 2023 huyện giải quyết việc làm cho 2.885 lao động, đạt 96,2%."
    assert text_triples(text, "ratio", ("actual", "plan", "ratio")) == []
