"""False claims on raw report text (issue 12, precision on pages that are not the corpus's).

Raw socio-economic pages of provinces, ministries and statistics offices drew errors on relations their
text does not state: the change of a part held to the change of its whole, a month's rate measured on
the seven months' total printed after "và", an item restated without some revenue read as a second
part beside the first, a national average in parentheses recomputed as the province's rate, a share's
whole found through "năm học" and a factor "lần" taken for an indicator's unit. Each class carries a
rewording of the raw sentence (its figures kept) and a second rewording with figures of its own; the
true relations next to them are still read and judged.
"""

from __future__ import annotations

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, printed, relations


def _warnings_and_errors(text: str) -> list[str]:
    return [f.message for f in document_to_findings(passage(text)) if f.severity in ("error", "warning")]


# ---------------------------------------------------------------------------------------------
# A subset bounds its parts' levels, not their changes: the whole's change is net


@pytest.mark.parametrize("text", [
    "Tính đến cuối quý II, cả nước có 5.775 xã đạt chuẩn nông thôn mới (tăng 160 xã so với cuối năm 2021), trong "
    "đó 764 xã đạt chuẩn nâng cao (tăng 261 xã so với cuối năm 2021) và 83 xã đạt chuẩn kiểu mẫu (tăng 40 xã so "
    "với cuối năm 2021).",
    "Năm 2023 huyện có 120 doanh nghiệp (tăng 5 doanh nghiệp so với năm 2022), trong đó 40 doanh nghiệp công nghệ "
    "cao (tăng 12 doanh nghiệp so với năm 2022).",
])
def test_a_part_may_grow_by_more_than_its_whole(text: str) -> None:
    assert _warnings_and_errors(text) == []


def test_a_part_above_its_whole_is_still_an_error() -> None:
    text = ("Năm 2023 huyện có 120 doanh nghiệp (tăng 5 doanh nghiệp so với năm 2022), trong đó 140 doanh nghiệp "
            "công nghệ cao (tăng 12 doanh nghiệp so với năm 2022).")
    (f,) = errors(passage(text))
    assert "140" in f.message and "120" in f.message


# ---------------------------------------------------------------------------------------------
# "so với tháng trước và 7 tháng đạt …": the comparison ends at "và"; the next figure is no base


@pytest.mark.parametrize("text", [
    "Xuất khẩu của khu vực FDI tháng 7/2017 đạt hơn 12,15 tỷ USD, giảm 1,6% so với tháng trước và lũy kế 7 tháng "
    "đạt 81,09 tỷ USD.",
    "Doanh thu du lịch tháng 3 ước đạt 420 tỷ đồng, tăng 5,2% so với tháng trước và cả quý I đạt 1.150 tỷ đồng.",
])
def test_a_figure_after_va_is_no_base_of_the_rate_before_it(text: str) -> None:
    doc = passage(text)
    assert relations(doc, "growth") == []
    assert errors(doc) == []


def test_a_base_printed_after_so_voi_is_still_read() -> None:
    doc = passage("Sản lượng lương thực năm 2023 đạt 41.160 tấn, giảm 2,0% so với năm 2022 (43.000 tấn).")
    (f,) = errors(doc)
    assert "41.160 / 43.000" in f.message


# ---------------------------------------------------------------------------------------------
# An item restated without something ("thu nội địa không kể …") is some of that item, not a sibling


@pytest.mark.parametrize(("text", "outer", "inner"), [
    ("Ước đến hết tháng 11, tổng thu ngân sách trên địa bàn là 26.497 tỷ đồng; trong đó thu nội địa 20.107 tỷ "
     "đồng, thu nội địa không kể tiền sử dụng đất, thu xổ xố kiến thiết 19.836 tỷ đồng.", "20.107", "19.836"),
    ("Tổng vốn đầu tư toàn xã hội đạt 9.800 tỷ đồng, trong đó: vốn ngoài nhà nước 6.300 tỷ đồng; vốn ngoài nhà "
     "nước không tính vốn vay ngân hàng 4.100 tỷ đồng.", "6.300", "4.100"),
])
def test_an_item_restated_without_something_is_held_by_it(text: str, outer: str, inner: str) -> None:
    doc = passage(text)
    assert errors(doc) == []
    assert (outer, [inner]) in [(printed(doc, r, "total")[0], printed(doc, r, "part")) for r in relations(doc, "subset")]


def test_a_restated_item_above_the_item_it_restates_is_an_error() -> None:
    text = ("Tổng vốn đầu tư toàn xã hội đạt 9.800 tỷ đồng, trong đó: vốn ngoài nhà nước 6.300 tỷ đồng; vốn ngoài "
            "nhà nước không tính vốn vay ngân hàng 6.900 tỷ đồng.")
    (f,) = errors(passage(text))
    assert "6.900" in f.message and "6.300" in f.message


# ---------------------------------------------------------------------------------------------
# A rate in parentheses after "so với …" is what a figure is compared with, not a rate to recompute


@pytest.mark.parametrize("text", [
    "Tổng số tiêu chí đã đạt là 1.286 tiêu chí/92 xã. Bình quân mỗi xã đạt 14 tiêu chí/1 xã, tăng 5,5 tiêu chí so "
    "với năm 2010; nhiều hơn 2,36 tiêu chí so với bình quân cả nước (11,64 tiêu chí/xã).",
    "Dân số huyện 96.300 người, diện tích tự nhiên 412 km2, mật độ dân số 234 người/km2, cao hơn nhiều so với mật "
    "độ bình quân của tỉnh (180 người/km2).",
])
def test_a_compared_rate_in_parentheses_is_not_recomputed(text: str) -> None:
    doc = passage(text)
    assert not any(printed(doc, r, "rate")[0] in ("11,64", "180") for r in relations(doc, "per_capita"))
    assert errors(doc) == []


def test_the_passage_own_rate_is_still_recomputed() -> None:
    (f,) = errors(passage("Dân số huyện 96.300 người, diện tích tự nhiên 412 km2, mật độ dân số 250 người/km2."))
    assert "96.300 / 412" in f.message


# ---------------------------------------------------------------------------------------------
# A share's named whole ("tổng số trường học") is one word: "năm học" and "trường đạt chuẩn" are not it


@pytest.mark.parametrize("text", [
    "Ngành giáo dục phấn đấu đến cuối năm học 2017 - 2018 toàn tỉnh có 202 trường đạt chuẩn quốc gia, tức là đạt "
    "thêm 12 trường, chiếm 46% tổng số trường học.",
    "Kết thúc năm học 2023 - 2024, huyện có 35 trường đạt chuẩn quốc gia, tức là có thêm 4 trường, chiếm 60% tổng "
    "số trường học.",
])
def test_a_named_whole_is_not_found_through_a_syllable_of_another_word(text: str) -> None:
    doc = passage(text)
    assert relations(doc, "share") == []
    assert errors(doc) == []


def test_a_whole_printed_under_the_named_words_is_still_used() -> None:
    text = ("Toàn huyện có 58 trường học. Bước vào năm học 2023 - 2024, huyện có 35 trường đạt chuẩn quốc gia, "
            "chiếm 70% tổng số trường học.")
    (f,) = errors(passage(text))
    assert "35 / 58" in f.message


# ---------------------------------------------------------------------------------------------
# "lần" counts how many times one figure is another: no unit of the indicator


@pytest.mark.parametrize("text", [
    "Tỷ lệ phụ thuộc của nhóm hộ nghèo nhất cao hơn nhóm hộ giàu nhất tới 1,8 lần.",
    "Tỷ lệ hộ nghèo ở vùng cao cao hơn 3 lần so với vùng đồng bằng.",
])
def test_a_factor_is_no_unit_of_a_rate(text: str) -> None:
    assert [f for f in document_to_findings(passage(text)) if f.kind == "unit_mismatch"] == []
