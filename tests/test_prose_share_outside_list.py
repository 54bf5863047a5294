"""A share that names a whole outside the passage ("chiếm 6,44% diện tích tự nhiên toàn tỉnh"), issue 12.

The development corpus prints such shares often (ba-che, ben-luc, cam-my, da-bac, kbang, phu-hoa, phung-hiep,
thuan-nam …), always of the district's own total, where they were already not recomputed. Printed for a part
of a "trong đó" list, or after two figures of one clause, they were recomputed on the list's total or on the
figure before (a false error, a false warning). Reworded from those sentences, other figures; each wording
must stay silent, and the near-miss (the same sentence naming the district's own whole) must still be read.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import document_to_findings, passage, relations

OUTSIDE = [
    # a part of a "trong đó" list, its share of the province's land
    "Diện tích tự nhiên 50.000 ha, trong đó đất nông nghiệp 40.000 ha, chiếm 12% diện tích toàn tỉnh.",
    # the same in parentheses, the province named
    "Tổng diện tích tự nhiên 46.445 ha, trong đó đất lâm nghiệp 30.120 ha (chiếm 7,9% diện tích lâm nghiệp của "
    "tỉnh Đồng Nai).",
    # people, "cả tỉnh"
    "Dân số 100.000 người, trong đó đồng bào dân tộc thiểu số 30.000 người, chiếm 5% dân số cả tỉnh.",
    # no list: two figures of one clause, read by position before
    "Năm 2020, huyện có 100.000 người, đồng bào dân tộc thiểu số 30.000 người, chiếm 5% đồng bào dân tộc thiểu "
    "số toàn tỉnh.",
]


@pytest.mark.parametrize("text", OUTSIDE)
def test_a_share_of_a_whole_outside_the_passage_is_not_recomputed(text: str) -> None:
    doc = passage(text)
    assert relations(doc, "share") == []
    assert [f for f in document_to_findings(doc) if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize("whole", ["diện tích tự nhiên toàn huyện", "diện tích tự nhiên", ""])
def test_a_share_of_the_district_own_whole_is_still_recomputed(whole: str) -> None:
    # the near-miss: the words name the district's own whole (or none), so the list's total is it
    text = f"Diện tích tự nhiên 50.000 ha, trong đó đất nông nghiệp 40.000 ha, chiếm 12% {whole}".rstrip() + "."
    doc = passage(text)
    assert len(relations(doc, "share")) == 1
    (f,) = [f for f in document_to_findings(doc) if f.severity == "error"]
    assert f.reported == "12%" and "40.000 / 50.000" in f.message


def test_a_province_total_named_so_is_the_whole_of_its_list() -> None:
    # a province's own report names its total by the same words ("toàn tỉnh"): the share is of that total
    text = "GRDP toàn tỉnh đạt 50.000 tỷ đồng, trong đó nông nghiệp 10.000 tỷ đồng, chiếm 25% GRDP toàn tỉnh."
    (f,) = [f for f in document_to_findings(passage(text)) if f.severity == "error"]
    assert f.reported == "25%" and "10.000 / 50.000" in f.message
