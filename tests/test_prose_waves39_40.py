"""Constructions waves 39 and 40 print that the reader missed while they were validation (issue 12, round 38):
a structure followed by the structure of the year or the target it is compared with, after ", so với …
là" (van-giang-hung-yen_1: "Cơ cấu kinh tế năm 2011 (nông nghiệp - công nghiệp xây dựng - thương mại dịch vụ)
là 32,1% : 29,2% : 38,7%, so với năm 2005 là 42,66% : 24,45% : 32,89%"; thach-that-ha-noi_2, wave 38:
"… Nông, lâm nghiệp, thủy sản 6,6%, so với mục tiêu Đại hội là 70% - 21% - 9%"). The two series were read
as one run of six shares (200 %, nothing summed). And counted names after ", gồm" that a long qualifier, one with
figures of its own or with an abbreviation in parentheses keeps from its count (muong-la-son-la_1: "Có 9 xã đặc
biệt khó khăn thuộc Chương trình 135 giai đoạn II, gồm Chiềng Lao, …"; van-quan-lang-son_2: "11/16 xã đã hoàn
thành quy hoạch chung xây dựng nông thôn mới được UBND huyện phê duyệt, gồm Khánh Khê, …"; thoi-lai-can-tho_3:
"4/12 xã được công nhận đạt chuẩn nông thôn mới (NTM) nâng cao, gồm các xã Trường Thành, …").

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

import pytest

from extractor.model import Document
from reconcile.engine.relations import Relation
from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage, printed, relations, sums


def _terms(doc: Document, rel: Relation) -> list[str]:
    return printed(doc, rel, "term")


def _shares_sums(text: str) -> list[list[str]]:
    doc = passage(text)
    return [_terms(doc, r) for r in relations(doc, "shares_sum")]


NAMED_COLONS = ("Cơ cấu kinh tế năm 2020 (nông nghiệp - công nghiệp xây dựng - thương mại dịch vụ) là 28,4% : 33,1% : 38,5%, "
                "so với năm 2015 là 37,2% : {industry}% : 35,3%.")


def test_a_named_structure_and_the_year_it_is_compared_with_are_two_sums() -> None:
    doc = passage(NAMED_COLONS.format(industry="27,5"))
    assert sorted(_terms(doc, r) for r in relations(doc, "shares_sum")) == [
        ["28,4%", "33,1%", "38,5%"], ["37,2%", "27,5%", "35,3%"]]
    assert errors(doc) == []


@pytest.mark.parametrize("compared", ["so với năm 2015", "so năm 2015", "so với cùng kỳ năm 2015"])
def test_the_compared_year_may_be_said_short(compared: str) -> None:
    doc = passage(NAMED_COLONS.format(industry="27,5").replace("so với năm 2015", compared))
    assert len(relations(doc, "shares_sum")) == 2
    assert errors(doc) == []


def test_a_wrong_share_of_the_compared_year_is_an_error_of_that_year_only() -> None:
    (f,) = errors(passage(NAMED_COLONS.format(industry="28,5")))
    assert f.message.startswith("37,2% + 28,5% + 35,3%")


TARGET = ("Đến năm 2020, tỷ trọng công nghiệp, tiểu thủ công nghiệp chiếm 62,3%, thương mại, dịch vụ 27,5%, nông, lâm "
          "nghiệp, thủy sản 10,2%, so với {compared} là 60% - {services}% - 15%.")


@pytest.mark.parametrize("compared", ["mục tiêu Đại hội", "mục tiêu Nghị quyết", "kế hoạch", "năm 2015",
                                      "mục tiêu đề ra", "cùng kỳ năm 2015"])
def test_the_bare_series_of_a_target_after_a_structure_is_that_targets_structure(compared: str) -> None:
    doc = passage(TARGET.format(compared=compared, services="25"))
    assert sorted(_terms(doc, r) for r in relations(doc, "shares_sum")) == [
        ["60%", "25%", "15%"], ["62,3%", "27,5%", "10,2%"]]
    assert errors(doc) == []


def test_a_target_series_that_does_not_make_100_is_an_error() -> None:
    (f,) = errors(passage(TARGET.format(compared="mục tiêu Đại hội", services="20")))
    assert f.message.startswith("60% + 20% + 15%")


def test_a_change_compared_with_a_year_does_not_cut_the_shares() -> None:
    # "giảm 1,2% so với năm 2015" is how a part changed; the shares after it are still the year's
    assert _shares_sums("Năm 2020, cơ cấu kinh tế: nông nghiệp chiếm 20,5%, giảm 1,2% so với năm 2015, công nghiệp "
                        "- xây dựng chiếm 41,3%, dịch vụ chiếm 38,2%.") == [["20,5%", "41,3%", "38,2%"]]


def test_a_series_of_another_length_after_the_comparison_is_not_summed() -> None:
    # two figures against a structure of three: which share is whose is not said
    sums = _shares_sums("Đến năm 2020, tỷ trọng công nghiệp chiếm 62,3%, dịch vụ 27,5%, nông nghiệp 10,2%, so với "
                        "mục tiêu Đại hội là 60% và 25%.")
    assert sums == [["62,3%", "27,5%", "10,2%"]]


# ---------------------------------------------------------------------------------------------
# counted names after ", gồm", past a qualifier of the count


@pytest.mark.parametrize("text", [
    "Toàn huyện có {} xã đặc biệt khó khăn thuộc Chương trình 135 giai đoạn II, gồm Nà Nghịu, Chiềng Sung, Mường Bon "
    "và Cò Nòi.",
    "Đến nay {} xã đã hoàn thành quy hoạch chung xây dựng nông thôn mới được Ủy ban nhân dân huyện phê duyệt, gồm Nà "
    "Nghịu, Chiềng Sung, Mường Bon, Cò Nòi.",
    "Năm 2022 huyện có {} xã được công nhận đạt chuẩn nông thôn mới (NTM) nâng cao, gồm các xã Nà Nghịu, Chiềng Sung, "
    "Mường Bon và Cò Nòi.",
    "Huyện có {} xã thuộc vùng III theo Quyết định 861/QĐ-TTg, bao gồm: Nà Nghịu, Chiềng Sung, Mường Bon và Cò Nòi.",
])
def test_names_after_gom_past_the_counts_qualifier_are_counted(text: str) -> None:
    assert_count_checked(text, 4)


def test_a_fraction_counts_the_names_after_a_long_qualifier() -> None:
    doc = passage("Đến nay 4/12 xã đã hoàn thành quy hoạch chung xây dựng nông thôn mới được Ủy ban nhân dân huyện phê "
                  "duyệt, gồm Nà Nghịu, Chiềng Sung, Mường Bon, Cò Nòi.")
    assert listed_counts(doc) == [("4/12", 4)]
    assert errors(doc) == []


@pytest.mark.parametrize(("text", "count"), [
    # another count of a counted noun in the qualifier: the names are not the first count's
    ("Có 16 thôn thuộc 3 xã đặc biệt khó khăn của huyện, gồm Nà Nghịu, Chiềng Sung và Mường Bon.", "16"),
    # what the qualifier's things are, in lower case: no names
    ("Có 5 xã đạt 19 tiêu chí theo Quyết định 1600, gồm các tiêu chí giao thông, thủy lợi và điện.", "5"),
    # a parenthesis that is no abbreviation ends the count's words
    ("Có 5 xã đạt chuẩn (chiếm 20% số xã toàn tỉnh), gồm Nà Nghịu, Chiềng Sung và Mường Bon.", "5"),
])
def test_names_the_qualifier_does_not_reach_are_not_counted(text: str, count: str) -> None:
    doc = passage(text)
    assert [c for c, _ in listed_counts(doc)].count(count) == 0
    assert errors(doc) == []


# ---------------------------------------------------------------------------------------------
# "Nam" that opens a place's name counts no men (uong-bi-quang-ninh_3: "11 đơn vị trực thuộc, trong đó 7 phường
# là Nam Khê, Trưng Vương, … và 4 xã là …" read 7 as the men of a nam / nữ pair, a subset of 11)


@pytest.mark.parametrize("opener", ["trong đó", "gồm"])
def test_wards_listed_from_a_nam_name_are_parts_of_the_units(opener: str) -> None:
    doc = passage(f"Thị xã có 9 đơn vị hành chính, {opener} 6 phường là Nam Sơn, Đông Hòa, Tây Lộc, Bắc Hà, Trung "
                  "Tâm, Phú Thọ và 3 xã là Hòa Bình, Hòa Tiến, Hòa Lạc.")
    assert sums(doc, "count_sum") == [("9", ["6", "3"])]
    assert errors(doc) == []


def test_a_wrong_total_of_units_listed_from_a_nam_name_is_an_error() -> None:
    (f,) = errors(passage("Thị xã có 10 đơn vị hành chính, gồm 6 phường là Nam Sơn, Đông Hòa, Tây Lộc, Bắc Hà, Trung "
                          "Tâm, Phú Thọ và 3 xã là Hòa Bình, Hòa Tiến, Hòa Lạc."))
    assert f.message.startswith("6 + 3")


def test_men_printed_as_nam_before_their_figure_are_still_a_half() -> None:
    doc = passage("Dân số 175.205 người, trong đó Nam 86.166 người, Nữ 89.039 người.")
    assert sums(doc, "count_sum") == [("175.205", ["86.166", "89.039"])]


# ---------------------------------------------------------------------------------------------
# "con" before a counted thing is its classifier (muong-la-son-la_1: "5 con suối lớn là Nậm Mu, Nậm Chiến, Nậm Trai,
# Nậm Pàn, Nậm Pia chảy qua")


@pytest.mark.parametrize("text", [
    "Địa bàn huyện có sông Mã và {} con suối lớn là Nậm Lạnh, Nậm Công, Nậm Ty chảy qua.",
    "Trên địa bàn có {} con sông lớn là Sông Mã, Sông Bưởi và Sông Lò.",
])
def test_things_counted_with_their_classifier_are_counted(text: str) -> None:
    assert_count_checked(text, 3)


# ---------------------------------------------------------------------------------------------
# each share printed with the level it moved from: the year after that level is its label, no doubt on the shares'
# year (tu-son-bac-ninh_1: "dịch vụ tăng 8,7% từ 18,76 % năm 2008 lên 27,46 % năm 2012; nông nghiệp giảm 1,35% từ
# 3,09% năm 2008 xuống còn 1,74% năm 2012; …"; thieu-hoa-thanh-hoa_2: "giảm từ 34% năm 2015 xuống ước còn 23,5% năm
# 2020; công nghiệp - xây dựng tăng từ 36,2% lên 43,4%; …")

MOVED = ("Cơ cấu kinh tế chuyển dịch đúng hướng: tỷ trọng nông, lâm nghiệp và thủy sản giảm từ 32% năm 2015 xuống còn "
         "21,5% năm 2020; công nghiệp - xây dựng tăng từ {industry}% lên 45,4%; dịch vụ tăng từ 29,8% lên 33,1%.")


def test_shares_each_moved_from_a_labelled_level_are_held_to_100() -> None:
    # the levels of 2015 moved from: 32 + 37,2 + 29,8 = 99, though "năm 2020" is printed between them
    (f,) = errors(passage(MOVED.format(industry="37,2")))
    assert f.message.startswith("từ 32% + từ 37,2% + từ 29,8%")


def test_shares_each_moved_from_a_labelled_level_that_add_up_raise_nothing() -> None:
    doc = passage(MOVED.format(industry="38,2"))
    assert len(relations(doc, "shares_sum")) == 2
    assert errors(doc) == []


def test_a_year_printed_between_shares_away_from_a_level_still_doubts_them() -> None:
    # "bằng 38,1% năm 2020" compares with another year: the shares may be of two years, a warning and no error
    doc = passage("Trong cơ cấu kinh tế, nông nghiệp chiếm 30,5%, công nghiệp chiếm 40,2% (bằng 38,1% năm 2020), dịch "
                  "vụ chiếm 25,1%.")
    assert [_terms(doc, r) for r in relations(doc, "shares_sum")] == [["30,5%", "40,2%", "25,1%"]]
    assert errors(doc) == []
