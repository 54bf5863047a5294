"""A growth rate printed after two years' figures of one quantity in one sentence (issue 12).

"Năm 2022 … đạt 52 triệu đồng, năm 2023 đạt 56,5 triệu đồng, tăng 8,7%": the rate is the later year
against the earlier. Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _growths(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "current")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "growth")]


@pytest.mark.parametrize(("text", "want"), [
    ("Năm 2022 thu nhập bình quân đầu người đạt 52 triệu đồng, năm 2023 đạt 56,5 triệu đồng, tăng 8,7%.",
     ("56,5", "52", "8,7%")),
    ("Năm 2021 tổng thu ngân sách trên địa bàn đạt 410 tỷ đồng; năm 2022 đạt 452 tỷ đồng, tăng 10,2%.",
     ("452", "410", "10,2%")),
    ("Năm 2021 toàn huyện có 1.520 hộ nghèo; đến năm 2023 còn 1.245 hộ, giảm 18,1%.", ("1.245", "1.520", "18,1%")),
])
def test_a_bare_rate_against_the_one_earlier_year(text: str, want: tuple[str, str, str]) -> None:
    assert _growths(text) == [want] and errors(passage(text)) == []


def test_a_rate_that_does_not_recompute() -> None:
    (f,) = errors(passage("Năm 2021 tổng thu ngân sách trên địa bàn đạt 410 tỷ đồng; năm 2022 đạt 452 tỷ đồng, tăng 12,4%."))
    assert (f.kind, f.reported) == ("ratio_mismatch", "12,4%")


@pytest.mark.parametrize("text", [
    # the later year first: which figure the rate follows is not its base
    "Giá trị sản xuất nông nghiệp năm 2023 đạt 2.150 tỷ đồng, năm 2022 đạt 1.980 tỷ đồng, tăng 8,6%.",
    # two earlier years: which one is the base is not said
    "Năm 2020 đạt 380 tỷ đồng, năm 2021 đạt 410 tỷ đồng, năm 2022 đạt 452 tỷ đồng, tăng 9%.",
])
def test_rates_whose_base_year_is_not_said(text: str) -> None:
    assert _growths(text) == [] and errors(passage(text)) == []


def test_a_bare_factor_against_the_one_earlier_year() -> None:
    doc = passage("Năm 2016 thu nhập bình quân 26,5 triệu đồng/người; năm 2023 đạt 58,3 triệu đồng/người, gấp 2,2 lần.")
    (rel,) = relations(doc, "times")
    assert (printed(doc, rel, "numerator"), printed(doc, rel, "denominator")) == (["58,3"], ["26,5"])
    assert errors(doc) == []
    (f,) = errors(passage("Năm 2016 thu nhập bình quân 26,5 triệu đồng/người; năm 2023 đạt 58,3 triệu đồng/người, gấp 2,6 "
                          "lần."))
    assert f.reported == "2,6"
    # a factor of another whole named after "lần" is not against the earlier year
    doc = passage("Năm 2016 thu nhập bình quân 26,5 triệu đồng/người; năm 2023 đạt 58,3 triệu đồng/người, gấp 1,2 lần "
                  "bình quân cả tỉnh.")
    assert relations(doc, "times") == [] and errors(doc) == []


def test_a_change_in_the_unit_against_the_one_earlier_year() -> None:
    doc = passage("Năm 2021 toàn huyện có 2.140 hộ nghèo; đến năm 2023 còn 1.655 hộ, giảm 485 hộ.")
    (rel,) = relations(doc, "difference")
    assert printed(doc, rel, "minuend") == ["2.140"] and errors(doc) == []
    (f,) = errors(passage("Năm 2021 toàn huyện có 2.140 hộ nghèo; đến năm 2023 còn 1.655 hộ, giảm 458 hộ."))
    assert f.reported == "458"
    # the earlier figure printed after the change: nothing to recompute from what was read so far
    doc = passage("Số hộ nghèo năm 2023 là 1.655 hộ, giảm 485 hộ so với năm 2021; năm 2021 có 2.140 hộ nghèo.")
    assert errors(doc) == []
