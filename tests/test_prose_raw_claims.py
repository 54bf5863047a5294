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
from tests.test_prose_links import errors, passage


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
# "lần" counts how many times one figure is another: no unit of the indicator


@pytest.mark.parametrize("text", [
    "Tỷ lệ phụ thuộc của nhóm hộ nghèo nhất cao hơn nhóm hộ giàu nhất tới 1,8 lần.",
    "Tỷ lệ hộ nghèo ở vùng cao cao hơn 3 lần so với vùng đồng bằng.",
])
def test_a_factor_is_no_unit_of_a_rate(text: str) -> None:
    assert [f for f in document_to_findings(passage(text)) if f.kind == "unit_mismatch"] == []
