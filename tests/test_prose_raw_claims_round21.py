"""False claims on raw real text (issue 12, round 21): the misreadings the lead found in round 20's kept-apart
pages, and those of this round's fresh sample, each stated as a rule.

- A base belongs to the same subject and the same comparison: a growth "so với cùng kỳ" is against the same part
  of the year before, never an undated level; a heading ("Hà Nội") opens another subject's section, whose
  figures are no bases of the next one's; a base printed after a second comparison ("và cao gần 1,3 lần so với
  năm 2019 (81.000 lượt)", "và vượt mục tiêu 19.000 tỷ đồng") is that comparison's.
- A per-unit figure pairs with its own crop's totals: a yield of spring rice is no soybean harvest over the
  summer rice area; a yield is no part of a whole, and the percentage after it is no share.
- "lúa 1 vụ" names a class of land (single-season rice), not a count of seasons.

Each rule carries a rewording of the raw sentence (its figures kept) and a second rewording with figures of its
own; next to them, the true relations of the same shape are still read and judged.
"""

from __future__ import annotations

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations


def _claims(*lines: str) -> list[str]:
    """Every finding on a prose relation or a unit, info included: an info on a misread relation is a false
    statement too."""
    return [f.message for f in document_to_findings(passage(*lines))
            if f.kind in ("sum_mismatch", "ratio_mismatch", "unit_mismatch")]


# ---------------------------------------------------------------------------------------------
# A base belongs to the same subject: another section's figure is no base


@pytest.mark.parametrize("lines", [
    # round 20's Hà Nội page, reworded (figures kept): 16,4 million is Hồ Chí Minh City's, 343.100 the country's
    ("Cả nước 6 tháng đầu năm đón 5,6 triệu lượt khách quốc tế và tổng thu từ khách du lịch ước đạt 343.100 tỷ đồng.",
     "TP. HCM",
     "Doanh thu du lịch của thành phố ước đạt 80.833 tỷ đồng, tăng 62,7% so với cùng kỳ năm 2022. Khách du lịch nội "
     "địa ước đạt 16,4 triệu lượt, tăng 48%.",
     "Hà Nội",
     "Sáu tháng đầu năm 2023, tổng khách du lịch đến thủ đô đạt 12,33 triệu lượt, tăng 42% so với cùng kỳ năm 2022. "
     "Khách du lịch nội địa đạt 10,3 triệu lượt, tăng 22,6% so với cùng kỳ năm 2022. Tổng thu từ khách du lịch ước "
     "đạt 44.900 tỷ đồng, tăng 74,4% so với cùng kỳ năm trước."),
    # a second rewording, figures of its own, a year's comparison this time
    ("Tỉnh A",
     "Năm 2022, doanh thu du lịch của tỉnh đạt 9.000 tỷ đồng.",
     "Tỉnh B",
     "Năm 2023, doanh thu du lịch của tỉnh đạt 6.500 tỷ đồng, tăng 18% so với năm 2022."),
])
def test_a_base_belongs_to_the_same_subject(lines: tuple[str, ...]) -> None:
    doc = passage(*lines)
    assert errors(doc) == []
    assert _claims(*lines) == []
    assert relations(doc, "growth") == []


def test_a_growth_against_its_own_subjects_year_is_still_judged() -> None:
    # same section, no heading between: 6.500 / 9.000 − 1 = −28 %, printed 18 %
    (f,) = errors(passage("Năm 2022, doanh thu du lịch của tỉnh đạt 9.000 tỷ đồng.",
                          "Năm 2023, doanh thu du lịch của tỉnh đạt 6.500 tỷ đồng, tăng 18% so với năm 2022."))
    assert "9.000" in f.message


# ---------------------------------------------------------------------------------------------
# A base belongs to the same comparison: a base printed after a second comparison is that one's


@pytest.mark.parametrize("text", [
    # round 20's Sa Pa page, reworded (figures kept): 81.000 is 2019's, the base of the 1,3 times (103/81 = 1,27)
    "Theo số liệu tổng hợp, tổng lượt khách trong 5 ngày nghỉ lễ ước đạt 103.000 lượt, bằng 105% so cùng kỳ 2022 và "
    "cao gần 1,3 lần so với trước dịch năm 2019 (81.000 lượt).",
    # this round's fresh page, reworded (figures kept): 19.000 is the target the revenue exceeds
    "10 tháng năm 2022, tổng doanh thu du lịch của tỉnh là 20.864 tỷ đồng, gấp 4 lần cùng kỳ năm ngoái và vượt mục "
    "tiêu 19.000 tỷ đồng đặt ra từ đầu năm.",
    # a second rewording, figures of its own
    "Tổng lượt khách dịp Tết ước đạt 56.000 lượt, bằng 118% so cùng kỳ 2023 và cao gần 1,4 lần so với năm 2019 "
    "(40.000 lượt).",
])
def test_a_base_after_a_second_comparison_is_that_ones(text: str) -> None:
    doc = passage(text)
    assert errors(doc) == []
    assert _claims(text) == []


def test_a_base_marked_for_the_rate_itself_is_still_judged() -> None:
    # one comparison, its base in parentheses: 820 / 750 − 1 = 9,3 % is read, and a wrong rate is an error
    doc = passage("Doanh thu năm 2023 đạt 820 tỷ đồng, tăng 15% so với năm 2022 (750 tỷ đồng).")
    (f,) = errors(doc)
    assert "750" in f.message


# ---------------------------------------------------------------------------------------------
# A per-unit figure pairs with its own crop's totals


@pytest.mark.parametrize("text", [
    # round 20's Bảo Thắng page, reworded (figures kept): soybeans over the summer rice area is no spring rice yield
    "Năng suất ngô 38,8 tạ/ha, sản lượng 8.008,3 tấn; sản lượng đậu tương đạt 53,28 tấn, năng suất lúa xuân 57,27 "
    "tạ/ha, sản lượng 11.645,8 tấn, đến nay diện tích lúa 1 vụ mùa đã cấy 102 ha.",
    # a second rewording, figures of its own
    "Sản lượng lạc đạt 310 tấn, năng suất lúa đông xuân 61,5 tạ/ha, diện tích lúa hè thu đã gieo 850 ha.",
])
def test_a_yield_pairs_with_its_own_crops_totals(text: str) -> None:
    doc = passage(text)
    assert errors(doc) == []
    assert _claims(text) == []
    assert relations(doc, "per_capita") == []


def test_a_yield_with_its_own_crops_totals_is_still_judged() -> None:
    # 8.000 tấn / 1.200 ha = 66,7 tạ/ha, printed 60
    (f,) = errors(passage("Vụ xuân, diện tích lúa 1.200 ha, năng suất lúa xuân 60 tạ/ha, sản lượng lúa 8.000 tấn."))
    assert "8.000" in f.message


# ---------------------------------------------------------------------------------------------
# "lúa 1 vụ" is a class of land, not a count of seasons


@pytest.mark.parametrize("text", [
    # round 20's Bảo Thắng page, reworded (figures kept)
    "Đến nay diện tích lúa 1 vụ mùa đã cấy được 102 ha.",
    # a second rewording, figures of its own
    "Diện tích đất 2 vụ lúa của xã là 215 ha.",
])
def test_the_seasons_of_a_land_class_are_no_count(text: str) -> None:
    assert _claims(text) == []


# ---------------------------------------------------------------------------------------------
# A yield is no part of a whole, and the percentage after it is no share


@pytest.mark.parametrize("text", [
    # this round's Nam Định page, reworded (figures kept): the percentages compare each district with its own
    # spring 2019, never with the province's 69,45 tạ/ha; yields do not add up to it
    "Năng suất lúa bình quân toàn tỉnh đạt 69,45 tạ/ha. Kết quả của các huyện như sau: thành phố: 689ha, 54,25 "
    "tạ/ha (100,46%); Mỹ Lộc: 3.197ha, 58,3 tạ/ha (99,18%); Vụ Bản: 8.113ha, 61,35 tạ/ha (100,36%); Ý Yên: "
    "12.627ha, 61,75 tạ/ha (100,32%).",
    # a second rewording, figures of its own
    "Thu nhập bình quân toàn tỉnh đạt 52 triệu đồng/người. Theo từng huyện: huyện A 48 triệu đồng/người (104%); "
    "huyện B 55 triệu đồng/người (106%); huyện C 60 triệu đồng/người (103%).",
])
def test_a_yield_is_no_part_and_its_percentage_no_share(text: str) -> None:
    doc = passage(text)
    assert errors(doc) == []
    assert _claims(text) == []
    assert relations(doc, "share") == [] and relations(doc, "subset") == []


def test_a_yield_that_is_no_harvest_over_its_area_is_still_judged() -> None:
    # the district's own area, yield and harvest: 3.755 tấn / 689 ha = 54,50 tạ/ha, printed 54,25
    (f,) = errors(passage("Thành phố Nam Định: 689ha, 54,25 tạ/ha (100,46%), 3.755 tấn."))
    assert "689" in f.message


# ---------------------------------------------------------------------------------------------
# A figure in a parenthesis right after a listed part breaks that part down: no sibling of it


@pytest.mark.parametrize("text", [
    # this round's Hưng Yên page, reworded (figures kept; the page's excerpt ends inside the parenthesis)
    "Năm 2020, toàn tỉnh có 176 cơ sở y tế, trong đó có 21 bệnh viện, bao gồm 11 bệnh viện tuyến tỉnh (8 bệnh viện "
    "công lập,",
    # a second rewording, figures of its own
    "Huyện có 40 trường học, bao gồm 25 trường tiểu học (18 trường đạt chuẩn quốc gia, 7 trường chưa đạt) và 15 "
    "trường trung học cơ sở.",
])
def test_a_parenthesis_after_a_part_breaks_that_part_down(text: str) -> None:
    assert _claims(text) == []


def test_parts_listed_by_position_are_still_judged() -> None:
    # no parenthesis: 11 + 8 = 19 is still judged against 21 (a warning: read by position only)
    (f,) = [f for f in document_to_findings(passage("Toàn tỉnh có 21 bệnh viện, bao gồm 11 bệnh viện tuyến tỉnh, "
                                                    "8 bệnh viện tuyến huyện."))
            if f.kind == "sum_mismatch"]
    assert "21" in f.message
