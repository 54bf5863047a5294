"""False claims on a fresh sample of raw district- and commune-level text (issue 12, round 20: measured
before any fix).

District portals and provincial papers' news of a district's results drew an error and an info on
relations their text does not state: the attractions' visitors listed after "Cụ thể," summed into the
international visitors printed inside the parenthesis of the sentence before (helped by "làng gốm", pottery,
folded into the opener "gồm"); and a year's revenue floor "không thấp hơn 48.000 tỉ đồng" read as a change
"thấp hơn", which sent the floor's parts to the total of the year before. Each class carries a rewording of
the raw sentence (its figures kept) and a second rewording with figures of its own; the true relations next
to them are still read and judged.
"""

from __future__ import annotations

import pytest

from reconcile.engine.checks import document_to_findings
from tests.test_prose_links import errors, passage, relations


def _claims(text: str) -> list[str]:
    """Every finding on a prose relation, info included: a within-tolerance info on a misread whole is a
    false statement too."""
    return [f.message for f in document_to_findings(passage(text)) if f.kind in ("sum_mismatch", "ratio_mismatch")]


# ---------------------------------------------------------------------------------------------
# A list the next sentence opens breaks down no figure printed inside a parenthesis


@pytest.mark.parametrize("text", [
    # the raw page, reworded (figures kept): the sites' visitors are no part of the international visitors
    "Cả năm 2022 lượng khách đến thành phố ước đạt 1,536 triệu lượt (khách nước ngoài ước đạt 614 nghìn lượt, khách "
    "trong nước ước đạt 922 nghìn lượt).\nCụ thể, khách thăm khu phố cổ ước đạt 548 nghìn lượt, đạt trên 425% kế "
    "hoạch; khách thăm làng gốm ước đạt 104 nghìn lượt; khách thăm rừng dừa ước đạt 432 nghìn lượt; khách ra đảo "
    "khoảng 118 nghìn lượt.",
    # a second rewording, figures of its own
    "Năm 2023 tổng lượt khách lưu trú trên địa bàn huyện ước đạt 2,1 triệu lượt (khách quốc tế ước đạt 820 nghìn "
    "lượt, khách nội địa ước đạt 1.280 nghìn lượt).\nCụ thể, khách nghỉ tại khách sạn ước đạt 700 nghìn lượt; khách "
    "nghỉ tại nhà nghỉ ước đạt 450 nghìn lượt; khách nghỉ tại homestay khoảng 160 nghìn lượt.",
])
def test_a_list_after_a_sentence_breaks_down_no_figure_of_its_parenthesis(text: str) -> None:
    doc = passage(text)
    assert errors(doc) == []
    assert _claims(text) == []


def test_a_list_after_a_sentence_still_breaks_down_its_figure_outside_the_parenthesis() -> None:
    # the figure outside the parenthesis is still the whole: 300 + 250 > 520 is judged
    text = ("Tổng diện tích cây ăn quả của huyện đạt 520 ha (tăng 40 ha so với năm trước).\nCụ thể, cây bưởi 300 ha; "
            "cây cam 250 ha.")
    (f,) = errors(passage(text))
    assert "520" in f.message


@pytest.mark.parametrize("text", [
    # pottery and collecting are no "gồm" (consist of): the items after them are no parts of the figure before
    "Khách tham quan làng nghề ước đạt 548 nghìn lượt; khách tham quan làng gốm Thanh Hà ước đạt 104 nghìn lượt, "
    "rừng dừa 432 nghìn lượt và đảo 118 nghìn lượt.",
    "Lượng rác thải sinh hoạt phát sinh 45 tấn/ngày, được thu gom 52 tấn/ngày, xử lý 40 tấn/ngày.",
])
def test_words_that_only_fold_to_an_opener_open_no_list(text: str) -> None:
    assert errors(passage(text)) == []


def test_gom_with_its_marks_still_opens_a_list() -> None:
    (f,) = errors(passage("Toàn huyện có 12 đơn vị hành chính, gồm 7 xã và 6 thị trấn."))
    assert "12" in f.message


# ---------------------------------------------------------------------------------------------
# "không thấp hơn X" is a floor (at least X), not a change "thấp hơn" of X


@pytest.mark.parametrize(("text", "whole"), [
    # the raw page, reworded (figures kept): the floor 48.000 is the whole of 2020's two parts, not 2019's 45.900
    ("Năm 2019, tỉnh thu ngân sách nhà nước đạt trên 45.900 tỉ đồng. Trong đó, thu nội địa đạt trên 34.300 tỉ "
     "đồng.\nNăm 2020, tỉnh phấn đấu tăng trưởng kinh tế trên 12%, thu ngân sách không thấp hơn 48.000 tỉ đồng. "
     "Trong đó, thu nội địa tối thiểu 37.000 tỉ đồng, thu xuất nhập khẩu trên 11.000 tỉ đồng.", "48.000"),
    # a second rewording, figures of its own
    ("Năm 2023, huyện thu ngân sách đạt 612 tỷ đồng.\nNăm 2024, huyện phấn đấu thu ngân sách không ít hơn 700 tỷ "
     "đồng. Trong đó, thu nội địa 560 tỷ đồng, thu tiền sử dụng đất 140 tỷ đồng.", "700"),
])
def test_a_floor_is_a_figure_not_a_change(text: str, whole: str) -> None:
    doc = passage(text)
    assert _claims(text) == []
    floors = [c for r in doc.rows for c in r.cells if c.value.raw.endswith(whole)]
    assert floors and all(c.relation is None and c.value.op == ">=" for c in floors)


def test_a_floor_still_bounds_its_parts() -> None:
    # parts above the floor's own figure are still judged against it
    text = ("Năm 2024, huyện phấn đấu thu ngân sách không thấp hơn 500 tỷ đồng. Trong đó, thu nội địa 420 tỷ đồng, "
            "thu tiền sử dụng đất 190 tỷ đồng.")
    assert relations(passage(text), "partition") or relations(passage(text), "subset")


def test_a_lower_figure_is_still_a_change() -> None:
    # "thấp hơn" without "không" is still a difference
    doc = passage("Tỷ lệ hộ nghèo của huyện còn 3,4%, thấp hơn 1,2% so với năm trước.")
    cells = [c for r in doc.rows for c in r.cells if c.value.raw == "1,2%"]
    assert cells and cells[0].relation == "difference"
