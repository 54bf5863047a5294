"""Round 25 (issue 12): constructions of growth, ratios and differences written by their grammar, each
tested in several wordings district reports use (reworded real strings), with a near miss the rule must
not read."""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations

IA_PA_2022 = ("Năm 2022, hầu hết chỉ tiêu kinh tế - xã hội của huyện đạt và vượt kế hoạch. Tổng diện tích gieo trồng "
              "toàn huyện 35.578 ha, bằng 101,3% kế hoạch.")
AN_KHE_2022 = ("Năm 2022, các chỉ tiêu kinh tế – xã hội của thị xã đều hoàn thành và vượt kế hoạch. Tổng thu ngân sách "
               "trên địa bàn đạt 180,5 tỷ đồng.")
NGHIA_DAN_2006 = ("Năm 2006: lượng hàng hóa luân chuyển trên địa bàn tăng khá, huyện quy hoạch khu thương mại trung tâm "
                  "thị trấn. Tổng mức bán lẻ hàng hóa đạt 420 tỷ đồng.")

# A paragraph opened by its year ("Năm 2022, …") whose first sentence prints no figure: the figures of its
# later sentences are of that year, so they are the bases of a later year's index. Each wording is 10 points
# off (37.407 / 35.578 = 105,1 %; 201,6 / 180,5 = 111,7 %; 483 / 420 = 115 %).
OPENED_BY_ITS_YEAR = [
    (IA_PA_2022, "Năm 2023, tổng diện tích gieo trồng toàn huyện là 37.407 ha, đạt 104,1% kế hoạch và bằng 115,1% "
     "so với năm 2022.", "35.578", "37.407"),
    ("Năm 2022, kinh tế của huyện tiếp tục phát triển. Tổng diện tích gieo trồng toàn huyện 35.578 ha.",
     "Năm 2023, tổng diện tích gieo trồng toàn huyện là 37.407 ha, bằng 115,1% năm trước.", "35.578", "37.407"),
    (AN_KHE_2022, "Năm 2023, tổng thu ngân sách trên địa bàn đạt 201,6 tỷ đồng, đạt 121,7% so với năm 2022.",
     "180,5", "201,6"),
    (NGHIA_DAN_2006, "Năm 2007, tổng mức bán lẻ hàng hóa đạt 483 tỷ đồng, bằng 125% so với năm 2006.", "420", "483"),
]


@pytest.mark.parametrize(("first", "later", "base", "current"), OPENED_BY_ITS_YEAR)
def test_a_paragraph_opened_by_its_year_dates_its_later_sentences(first: str, later: str, base: str,
                                                                   current: str) -> None:
    doc = passage("HUYỆN IA PA (GIA LAI)", first, later)
    (rel,) = relations(doc, "growth")
    assert rel.form == "index" and printed(doc, rel, "base") == [base] and printed(doc, rel, "current") == [current]
    assert len(errors(doc)) == 1


def test_a_paragraph_opened_by_its_year_as_printed_reads_consistent() -> None:
    doc = passage("HUYỆN IA PA (GIA LAI)", IA_PA_2022, OPENED_BY_ITS_YEAR[0][1].replace("115,1%", "105,1%"))
    assert len(relations(doc, "growth")) == 1 and errors(doc) == []


@pytest.mark.parametrize("first", [
    # another period is dated after the opening: the figure is of the half year, not of 2022
    "Năm 2022, các chỉ tiêu kinh tế – xã hội của thị xã đều hoàn thành. Sáu tháng đầu năm 2023, tổng thu ngân "
    "sách trên địa bàn đạt 180,5 tỷ đồng.",
    # a figure of another year is printed after the opening: the later figures are not surely of 2022
    "Năm 2022, các chỉ tiêu kinh tế – xã hội của thị xã đều hoàn thành. Tổng thu ngân sách trên địa bàn năm 2021 "
    "đạt 150 tỷ đồng, năm nay đạt 180,5 tỷ đồng.",
])
def test_a_paragraph_not_opened_by_its_year_alone_dates_nothing(first: str) -> None:
    doc = passage("HUYỆN AN KHÊ (GIA LAI)", first,
                  "Năm 2023, tổng thu ngân sách trên địa bàn đạt 201,6 tỷ đồng, bằng 121,7% so với năm 2022.")
    assert relations(doc, "growth") == [] and errors(doc) == []


@pytest.mark.parametrize(("first", "later", "base", "current"), [
    ("Năm 2022, tổng thu ngân sách trên địa bàn đạt 180,5 tỷ đồng. Giá trị sản xuất công nghiệp ước đạt 1.100 tỷ "
     "đồng.", "Năm 2023, giá trị sản xuất công nghiệp đạt 1.250 tỷ đồng, bằng 123,6% năm 2022.", "1.100", "1.250"),
    (AN_KHE_2022, "Năm 2023, tổng thu ngân sách trên địa bàn đạt 201,6 tỷ đồng, bằng 121,7% năm 2022.",
     "180,5", "201,6"),
    (IA_PA_2022, "Năm 2023, tổng diện tích gieo trồng toàn huyện là 37.407 ha, bằng 115,1% năm 2022.",
     "35.578", "37.407"),
    (NGHIA_DAN_2006, "Năm 2007, tổng mức bán lẻ hàng hóa đạt 483 tỷ đồng, bằng 125% năm 2006.", "420", "483"),
])
def test_a_percentage_of_a_year_is_an_index_on_it(first: str, later: str, base: str, current: str) -> None:
    # "bằng 123,6% năm 2022": the percentage governs the year itself, so it is the year's index (a growth), not
    # a ratio to a plan, even when the base figure prints no year of its own (each wording is 10 points off)
    doc = passage("HUYỆN IA PA (GIA LAI)", first, later)
    assert relations(doc, "ratio") == []
    (rel,) = relations(doc, "growth")
    assert rel.form == "index" and printed(doc, rel, "base") == [base] and printed(doc, rel, "current") == [current]
    assert len(errors(doc)) == 1


def test_a_percentage_of_a_plan_of_a_year_stays_a_ratio() -> None:
    doc = passage("HUYỆN IA PA (GIA LAI)", "Kế hoạch năm 2023 giao thu ngân sách trên địa bàn 200 tỷ đồng. Năm 2023, "
                  "thu ngân sách trên địa bàn đạt 190 tỷ đồng, bằng 85% kế hoạch năm 2023.")
    (rel,) = relations(doc, "ratio")
    assert printed(doc, rel, "plan") == ["200"] and relations(doc, "growth") == []
