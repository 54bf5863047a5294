"""A total that prints its share of the province is still the whole of its own parts (issue 12).

"dân số huyện là 131.134 người, chiếm gần 2,20 % dân số toàn tỉnh; … khối nông nghiệp 121.347 người,
chiếm 92,54%": the district's population is a part of the province, which the passage does not print,
and the whole of its own parts' shares. Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in relations(doc, "share")]


@pytest.mark.parametrize(("text", "shares"), [
    ("Dân số huyện là 86.400 người, chiếm 3,1% dân số toàn tỉnh. Dân số nông thôn 71.712 người, chiếm 83%.",
     [("71.712", "86.400", "83%")]),
    ("Tổng diện tích tự nhiên là 31.250,6 ha, chiếm 6,8% diện tích cả tỉnh; đất lâm nghiệp khoảng 12.500 ha, chiếm "
     "khoảng 40%.", [("khoảng 12.500", "31.250,6", "khoảng 40%")]),
    ("Toàn huyện có 24.300 hộ, chiếm 4,5% số hộ của tỉnh. Hộ sản xuất nông nghiệp 17.010 hộ, chiếm 70%; hộ kinh doanh "
     "dịch vụ 3.645 hộ, chiếm 15%.", [("17.010", "24.300", "70%"), ("3.645", "24.300", "15%")]),
])
def test_a_total_with_its_share_of_the_province_is_the_whole(text: str, shares: list[tuple[str, str, str]]) -> None:
    assert _shares(text) == shares and errors(passage(text)) == []


def test_a_wrong_share_of_such_a_total_is_an_error() -> None:
    (f,) = errors(passage("Dân số huyện là 86.400 người, chiếm 3,1% dân số toàn tỉnh. Dân số nông thôn 71.712 người, "
                          "chiếm 88%."))
    assert "71.712 / 86.400" in f.message


def test_a_part_with_its_share_of_the_passage_is_no_whole() -> None:
    # 18.000 ha is itself a share of the 30.000 printed before: 6.000 ha is not "chiếm 20%" of it
    text = ("Diện tích tự nhiên 30.000 ha. Đất nông nghiệp 18.000 ha, chiếm 60%. Đất chưa sử dụng 6.000 ha, "
            "chiếm 20%.")
    assert ("6.000", "30.000", "20%") in _shares(text) and errors(passage(text)) == []
