"""A comparison's base year after "thực hiện", or printed without its "năm" (issue 12, round 37).

"tăng 13,6% so với thực hiện năm 2023" (the seed reports), "tăng 4,1% so với thực hiện 2016"
(quang-tri-quang-tri_2): what a year achieved is that year's figure, the base "so với năm 2023" names. The rewording
benchmark's ``sovoi_thuchien`` ("so với năm 2010" -> "so với thực hiện năm 2010") lost 13 relations over 230
development passages (times, difference, growth); ``sovoi_year_bare`` ("so với 2010", hau-loc-thanh-hoa_2) kept 7
passages broken where a reading after the figure wanted "năm": the year after "lần" and the earlier year of a
comparison of two years of a series. Real sentences of development passages, reworded as the test says.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations

_SERIES = ("Theo số liệu của Phòng Nông Nghiệp huyện, diện tích mía là 7.806 ha năm 2011, 7.956 ha năm 2012 và 8.215 ha "
           "năm 2013. Diện tích trồng mía như vậy đều tăng qua các năm: năm 2012 tăng lên 150 ha so với năm 2011, và "
           "đến năm 2013 thì tăng thêm 259 ha so với năm 2012.")


def _differences(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "difference")[0], printed(doc, r, "minuend")[0], printed(doc, r, "subtrahend")[0])
            for r in relations(doc, "difference")]


@pytest.mark.parametrize("against", ["so với năm", "so với thực hiện năm", "so với"])
def test_a_later_year_compared_with_an_earlier_one_keeps_its_base(against: str) -> None:
    # cu-lao-dung-soc-trang_3, its comparisons reworded
    text = _SERIES.replace("so với năm", against)
    assert _differences(text) == [("150", "7.956", "7.806"), ("259", "8.215", "7.956")]


def test_the_achieved_figure_of_a_year_is_its_base() -> None:
    # quang-tri-quang-tri_2 prints it
    doc = passage("Năm 2017, giá trị sản xuất Nông lâm thủy sản thực hiện 98,3 tỷ đồng, tăng 4,1% so với thực hiện 2016 "
                  "(KH: 4-6%).")
    rows = {r.index: r for r in doc.rows}
    growth = [c for r in rows.values() for c in r.cells if c.value.raw == "4,1%"]
    assert growth and growth[0].column == "tăng so với năm 2016"


@pytest.mark.parametrize("against", ["so với năm", "so với thực hiện năm", "so với"])
def test_the_year_after_times_is_read_after_thuc_hien_or_without_nam(against: str) -> None:
    # cam-xuyen-ha-tinh_3, its comparison reworded
    text = ("Năm 2010, thu nhập bình quân đầu người đạt 15 triệu đồng/năm. Đến năm 2020, thu nhập bình quân đầu người "
            "lên hơn 41,31 triệu đồng/năm (tăng 2,75 lần so với năm 2010); tỷ lệ hộ nghèo còn 3,41%.").replace(
        "so với năm", against)
    doc = passage(text)
    assert [printed(doc, r, "factor") for r in relations(doc, "times")] == [["2,75"]]


def test_a_year_compared_with_after_thuc_hien_leaves_the_paragraphs_year() -> None:
    # ia-pa-gia-lai_4, "so với năm 2021" and "so với năm 2022" reworded: the 2022 paragraph's area is the base of
    # the 2023 index, "so với thực hiện năm 2021" no other date of its figures
    text = ("Năm 2022, hầu hết chỉ tiêu kinh tế - xã hội của huyện đạt và vượt kế hoạch. Tổng thu ngân sách nhà nước trên "
            "địa bàn là 32,99 tỷ đồng, đạt 182,7% kế hoạch tỉnh giao, tăng 49% so với thực hiện năm 2021. Tổng diện tích "
            "gieo trồng toàn huyện 35.578 ha, bằng 101,3% kế hoạch.\n"
            "Năm 2023, huyện thực hiện đạt và vượt 17/19 chỉ tiêu. Tổng diện tích gieo trồng toàn huyện là 37.407 ha, đạt "
            "104,1% kế hoạch và bằng 105,1% so với thực hiện năm 2022.")
    doc = passage(*text.split("\n"))
    assert ["35.578"] in [printed(doc, r, "base") for r in relations(doc, "growth")]


@pytest.mark.parametrize("against", ["so với năm", "so với thực hiện năm", "so với"])
def test_a_change_printed_after_its_unit_keeps_its_base_year(against: str) -> None:
    # tuy-phuoc-binh-dinh_1_planted_difference (27,0 printed 29,0: a figure that does not add up is read by its
    # base year alone), its comparison reworded
    text = ("Khi bắt đầu xây dựng nông thôn mới, huyện có điểm xuất phát thấp: thu nhập bình quân đầu người của các xã "
            "đạt 18,8 triệu đồng/người/năm, tỷ lệ hộ nghèo 9,84%, bình quân đạt 5 tiêu chí/xã. Đến năm 2020, thu nhập "
            "bình quân đầu người toàn huyện đạt 45,8 triệu đồng/người/năm (tăng 29,0 triệu đồng/người/năm so với năm "
            "2011), tỷ lệ hộ nghèo giảm xuống còn 1,92% (giảm 7,92% so với năm 2011). Năm 2011, giá trị sản xuất nông lâm "
            "thủy sản chiếm 38,6%, công nghiệp xây dựng chiếm 43,9%, thương mại dịch vụ chiếm 17,5%.").replace("so với năm", against)
    assert ("29,0", "45,8", "18,8") in _differences(text)
    assert any("reported 29,0" in f.message for f in errors(passage(text)))
