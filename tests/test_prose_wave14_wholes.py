"""Wholes of wave 14's development passages: which figure a part or a share is of (issue 12).

Each construction is pinned by the development passage it was found in (corpus/prose/dev/, named above the
test) and by a rewording written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations, text_sums


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in relations(doc, "share")]


# ---------------------------------------------------------------------------------------------
# A share of a whole the passage names but does not print


HIEP_HOA = (  # hiep-hoa-bac-giang_2
    "Tổng giá trị sản xuất toàn huyện 5 tháng đầu năm 2022 ước đạt 5.017 tỷ đồng, tăng trưởng 14,3%, đạt 37% kế "
    "hoạch. Các doanh nghiệp, hợp tác xã tạo việc làm cho trên 20.000 lao động và nộp ngân sách trên 41,5 tỷ đồng, "
    "chiếm 24,73% tổng thu ngân sách trên địa bàn."
)


@pytest.mark.parametrize("text", [
    HIEP_HOA,
    # reworded: the named whole (tax revenue) is another quantity than the production value printed before
    "Giá trị sản xuất công nghiệp năm 2023 đạt 2.840 tỷ đồng. Các hợp tác xã nộp thuế 52,3 tỷ đồng, bằng 18,6% "
    "tổng thu ngân sách của huyện.",
])
def test_a_share_of_a_whole_named_but_not_printed_is_not_recomputed(text: str) -> None:
    assert _shares(text) == [] and errors(passage(text)) == []
    assert relations(passage(text), "subset") == []


def test_a_share_of_a_named_whole_printed_under_its_name_is_recomputed() -> None:
    text = ("Giá trị sản xuất công nghiệp năm 2023 đạt 2.840 tỷ đồng. Tổng thu ngân sách của huyện đạt 281,2 tỷ đồng. "
            "Các hợp tác xã nộp thuế 52,3 tỷ đồng, bằng {share}% tổng thu ngân sách của huyện.")
    assert _shares(text.format(share="18,6")) == [("52,3", "281,2", "18,6%")]
    assert errors(passage(text.format(share="18,6"))) == []
    (f,) = errors(passage(text.format(share="28,6")))
    assert "52,3 / 281,2" in f.message
