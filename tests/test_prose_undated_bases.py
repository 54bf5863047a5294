"""A change against a year the passage names only in the comparison (issue 12).

"Khi bắt đầu …, thu nhập … đạt 18,8 triệu đồng/người/năm …. Đến năm 2020, thu nhập … đạt 45,8 triệu
đồng/người/năm (tăng 27,0 triệu đồng/người/năm so với năm 2011)": the base year prints no figure, so the one
earlier figure of the indicator printed with no year at all is the base. The development passage is
tuy-phuoc-binh-dinh_1 (wave 14, corpus/prose/dev/); the rewordings are written for these tests, own wording
and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_triples as _triples

TUY_PHUOC = (  # tuy-phuoc-binh-dinh_1 (planted copies: 27,0 printed 29,0; 9,84 printed 8,94)
    "Khi bắt đầu xây dựng nông thôn mới, huyện có điểm xuất phát thấp: thu nhập bình quân đầu người của các xã đạt "
    "18,8 triệu đồng/người/năm, tỷ lệ hộ nghèo {poor}%, bình quân đạt 5 tiêu chí/xã. Đến năm 2020, thu nhập bình quân "
    "đầu người toàn huyện đạt 45,8 triệu đồng/người/năm (tăng {gain} triệu đồng/người/năm so với năm 2011), tỷ lệ hộ "
    "nghèo giảm xuống còn 1,92% (giảm 7,92% so với năm 2011). Năm 2011, giá trị sản xuất nông lâm thủy sản chiếm "
    "38,6%, công nghiệp xây dựng chiếm 43,9%, thương mại dịch vụ chiếm 17,5%."
)
REWORDED = (
    "Đầu nhiệm kỳ, sản lượng lương thực của huyện đạt 41.200 tấn, tỷ lệ lao động nông nghiệp {rate}%. Năm 2025 "
    "sản lượng lương thực ước đạt 46.900 tấn, tăng {gain} tấn so với năm 2020; tỷ lệ lao động nông nghiệp giảm còn "
    "41,1%, giảm 17,3% so với năm 2020."
)
ROLES = ("minuend", "subtrahend", "difference")


@pytest.mark.parametrize(("text", "want"), [
    (TUY_PHUOC.format(poor="9,84", gain="27,0"), [("45,8", "18,8", "27,0"), ("9,84%", "1,92%", "7,92%")]),
    (REWORDED.format(rate="58,4", gain="5.700"), [("46.900", "41.200", "5.700"), ("58,4%", "41,1%", "17,3%")]),
])
def test_the_undated_figure_is_the_base_of_a_year_printed_only_in_the_comparison(
        text: str, want: list[tuple[str, str, str]]) -> None:
    assert sorted(_triples(text, "difference", ROLES)) == sorted(want) and errors(passage(text)) == []


@pytest.mark.parametrize(("text", "reported"), [
    (TUY_PHUOC.format(poor="9,84", gain="29,0"), "29,0"),
    (TUY_PHUOC.format(poor="8,94", gain="27,0"), "7,92%"),
    (REWORDED.format(rate="58,4", gain="7.500"), "7.500"),
    (REWORDED.format(rate="53,4", gain="5.700"), "17,3%"),
])
def test_a_change_its_undated_base_does_not_give_is_an_error(text: str, reported: str) -> None:
    (f,) = errors(passage(text))
    assert f.reported == reported


@pytest.mark.parametrize("text", [
    # the base year prints a figure of the indicator: that one is the base, not the undated one
    "Sản lượng lương thực đạt 41.200 tấn. Năm 2020 sản lượng lương thực đạt 43.000 tấn. Năm 2025 sản lượng lương "
    "thực ước đạt 46.900 tấn, tăng 3.900 tấn so với năm 2020.",
    # two undated figures of the indicator: which one is the base is not said
    "Đầu nhiệm kỳ, sản lượng lương thực của huyện đạt 41.200 tấn; sản lượng lương thực vụ đông 9.300 tấn. Năm 2025 "
    "sản lượng lương thực ước đạt 46.900 tấn, tăng 8.000 tấn so với năm 2020.",
])
def test_no_undated_base_when_the_year_or_two_figures_compete(text: str) -> None:
    assert ("46.900", "41.200", "3.900") not in _triples(text, "difference", ROLES)
    assert errors(passage(text)) == []
