"""Constructions waves 41 and 42 print that the reader missed while they were validation (issue 12, round 39).

- Two ratios, each to a plan it names and prints in parentheses after it (lao-cai-lao-cai_2: "bằng 92% kế
  hoạch tỉnh giao (8.498,4 tỷ đồng) và bằng 86,8% kế hoạch thành phố giao (8.986 tỷ đồng)"; phuoc-son-quang-nam_2:
  "đạt 124,87 % so với chỉ tiêu tỉnh giao (390 hộ) và đạt tỷ lệ 121,75 % so với chỉ tiêu huyện giao (400 hộ)"): the
  second ratio was divided by the first plan and its own plan left to a row of its own.
- A ratio to an assigned target right after a reduction of households measures the reduction (phuoc-son-quang-nam_2:
  "còn 1.446 hộ …, giảm 487 hộ so với năm 2023, đạt 124,87 % so với chỉ tiêu tỉnh giao (390 hộ)";
  thang-binh-quang-nam_1: "giảm 128 hộ so với năm 2022, bằng 256% chỉ tiêu huyện giao").
- Names that repeat a counted noun's head after its classifier "con" (yen-dung-bac-giang_1: "3 con sông là sông Cầu,
  sông Thương và sông Lục Nam"; muong-la-son-la_1's "5 con suối lớn là Nậm Mu, …" was read last round): the list
  ended at ", sông Thương", a word that was not the head "con".
- Names after a long qualifier that carries its own figure, opened by their kind and its colon (ha-lang-cao-bang_1:
  "9 xã thuộc diện xã đặc biệt khó khăn nằm trong Chương trình 135 giai đoạn II là các xã: Cô Ngân, …";
  muong-la-son-la_1 prints the same qualifier before ", gồm Chiềng Lao, …", read last round).
- Shares of two classifications in one list after ";" (tu-mo-rong-kon-tum_1: "… 102.118 người thành thị và 226.556
  người nông thôn; cơ cấu tương ứng là nam 51,47%, nữ 48,53%, thành thị 31,07% và nông thôn 68,93%"): the first
  share's name ran back past ";" to "người nông thôn", so the four seemed one classification (200 %, a false error).
  Each share is then its part over the whole, the parts named after their figures and printed in the clause ";"
  closes, as the parts of a sentence before are.
- A count of the main ones whose names carry shares short of 100 % (ha-lang-cao-bang_1: "chủ yếu gồm 2 dân tộc
  chính là Nùng chiếm 53,44%, Tày chiếm 45,28%"; kien-luong-kien-giang_3: "03 dân tộc chính: dân tộc Kinh 70.812
  khẩu (85,26%), …"): the minor ones are left out of the count, the list of the largest is all it counts.

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

import pytest

from extractor.model import Document
from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage, printed, relations


def _ratios(doc: Document) -> list[tuple[str, str, str]]:
    return [(printed(doc, r, "actual")[0], printed(doc, r, "plan")[0], printed(doc, r, "ratio")[0])
            for r in relations(doc, "ratio")]


TWO_PLANS = ("Năm 2023 tổng thu ngân sách trên địa bàn đạt 5.130 tỷ đồng, bằng 95% kế hoạch tỉnh giao (5.400 tỷ đồng) "
             "và bằng {second}% kế hoạch thành phố giao (5.700 tỷ đồng).")


def test_a_second_ratio_takes_the_plan_it_names_in_parentheses() -> None:
    doc = passage(TWO_PLANS.format(second="90"))
    assert _ratios(doc) == [("5.130", "5.400", "95%"), ("5.130", "5.700", "90%")]
    assert errors(doc) == []


def test_a_wrong_second_ratio_is_an_error_against_its_own_plan() -> None:
    (f,) = errors(passage(TWO_PLANS.format(second="70")))
    assert "5.700" in f.message and "70%" in f.message


def test_a_ratio_naming_the_same_plan_again_keeps_it() -> None:
    # "bằng 95% kế hoạch (5.400 tỷ đồng), bằng 95% kế hoạch": the plan read first is still the plan
    doc = passage("Thu ngân sách đạt 5.130 tỷ đồng, bằng 95% kế hoạch (5.400 tỷ đồng) và bằng 95% kế hoạch (5.400 tỷ đồng).")
    assert all(plan == "5.400" for _, plan, _ in _ratios(doc))
    assert errors(doc) == []


REDUCTION = ("Số hộ nghèo cuối năm 2023 của huyện còn 2.310 hộ, giảm 260 hộ so với năm 2022, đạt {first}% so với chỉ "
             "tiêu tỉnh giao (200 hộ) và đạt tỷ lệ 104% so với chỉ tiêu huyện giao (250 hộ).")


def test_a_ratio_to_a_target_after_a_reduction_of_households_measures_the_reduction() -> None:
    doc = passage(REDUCTION.format(first="130"))
    assert _ratios(doc) == [("260", "200", "130%"), ("260", "250", "104%")]
    assert errors(doc) == []


def test_a_wrong_ratio_of_the_reduction_is_an_error() -> None:
    (f,) = errors(passage(REDUCTION.format(first="150")))
    assert f.message.startswith("260 / 200")


@pytest.mark.parametrize("text", [
    # a rise before the ratio: the level reaches the plan
    "Thu nhập bình quân đạt 60 triệu đồng/người, tăng 5 triệu đồng so với năm 2022, đạt 100% kế hoạch (60 triệu đồng/người).",
    # a reduction in money: the level left is what the plan measures
    "Chi thường xuyên còn 480 tỷ đồng, giảm 20 tỷ đồng so với năm 2022, bằng 96% dự toán (500 tỷ đồng).",
])
def test_the_level_stays_measured_elsewhere(text: str) -> None:
    doc = passage(text)
    (actual, _plan, _ratio), = _ratios(doc)
    assert actual in ("60", "480")
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    "Huyện được bao bọc bởi {} con sông là sông Đáy, sông Hoàng Long và sông Bôi.",
    "Trên địa bàn có {} con suối là suối Nậm Lay, suối Pá Ban và suối Nậm Khao, nhiều tiềm năng thủy điện.",
])
def test_names_after_the_head_of_a_noun_with_its_classifier(text: str) -> None:
    assert_count_checked(text, 3)


def test_a_clause_after_the_names_still_ends_them() -> None:
    doc = passage("Huyện có 2 con sông là sông Đáy và sông Bôi, chảy qua 12 xã.")
    assert listed_counts(doc) == [("2", 2)]
    assert errors(doc) == []


PROGRAMME = ("Trên địa bàn có {} xã thuộc diện đặc biệt khó khăn nằm trong Chương trình 135 giai đoạn III {opener} Đức Long, "
             "Thái Cường, Kim Loan, Minh Khai.")


@pytest.mark.parametrize("opener", ["là các xã:", "là các xã", ", gồm các xã:", ", gồm các xã"])
def test_names_after_a_qualifier_with_its_own_figure_opened_by_their_kind(opener: str) -> None:
    assert_count_checked(PROGRAMME.replace(" {opener}", opener if opener.startswith(",") else " " + opener), 4)


TWO_BREAKDOWNS = ("Lực lượng lao động năm 2023 là 52.000 người, gồm 27.040 nam và 24.960 nữ, hay chia theo khu vực là 13.000 "
                  "người thành thị và 39.000 người nông thôn; cơ cấu tương ứng là nam 52%, nữ {women}%, thành thị 25% và "
                  "nông thôn 75%.")


def test_shares_of_two_classifications_after_a_semicolon_are_two_sums() -> None:
    doc = passage(TWO_BREAKDOWNS.format(women="48"))
    assert sorted(printed(doc, r, "term") for r in relations(doc, "shares_sum")) == [["25%", "75%"], ["52%", "48%"]]
    assert errors(doc) == []


def test_a_wrong_share_is_an_error_of_its_own_classification() -> None:
    messages = [f.message for f in errors(passage(TWO_BREAKDOWNS.format(women="58")))]
    assert any(m.startswith("52% + 58% = 110") for m in messages)
    assert not any("25%" in m or "200" in m for m in messages)


def test_each_share_of_two_classifications_is_its_part_over_the_whole() -> None:
    doc = passage(TWO_BREAKDOWNS.format(women="48"))
    shares = {printed(doc, r, "share")[0]: (printed(doc, r, "part")[0], printed(doc, r, "total")[0])
              for r in relations(doc, "share")}
    assert shares == {"52%": ("27.040", "52.000"), "48%": ("24.960", "52.000"), "25%": ("13.000", "52.000"),
                      "75%": ("39.000", "52.000")}


def test_a_share_wrong_against_its_part_is_an_error() -> None:
    text = TWO_BREAKDOWNS.format(women="48").replace("thành thị 25% và nông thôn 75%", "thành thị 35% và nông thôn 65%")
    messages = sorted(f.message for f in errors(passage(text)))
    assert len(messages) == 2 and messages[0].startswith("13.000 / 52.000 = 25")


MAIN_PEOPLES = "Dân số toàn huyện năm 2020 là 31.400 người, chủ yếu gồm {} dân tộc {main}là Tày chiếm 61,2%, Dao chiếm 36,5%; mật độ dân số khoảng 80 người/km²."


def test_a_count_of_the_main_ones_names_them_though_their_shares_leave_a_rest() -> None:
    assert_count_checked(MAIN_PEOPLES.replace("{main}", "chính "), 2)


def test_without_main_the_largest_are_no_list_of_all() -> None:
    # "2 dân tộc là Tày chiếm 61,2%, Dao chiếm 36,5%": 97,7 %, some of the people are of others: not read
    assert listed_counts(passage(MAIN_PEOPLES.replace("{main}", "").format(2))) == []
