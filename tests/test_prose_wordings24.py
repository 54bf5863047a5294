"""Round 24 (issue 12): constructions of growth, ratios and differences written by their grammar, each
tested in several wordings district reports use (reworded real strings, figures as published)."""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations

PLAN_AND_RESULT = ("Kế hoạch thu ngân sách năm của huyện là 68,6 tỷ đồng. Đến đầu tháng 12, huyện đã thu được "
                   "61,7 tỷ đồng, bằng 89,7% kế hoạch.")


# a heading is a markdown "#" line, a wholly bold line, or a numbered line with no figure (``prose._update_section``)
@pytest.mark.parametrize("heading", [
    "Chợ Đồn: nhiều chỉ tiêu năm 2016 đạt và vượt kế hoạch",
    "# Kông Chro cơ bản bảo đảm các chỉ tiêu năm 2021",
    "II. Huyện hoàn thành vượt mức nhiều chỉ tiêu kinh tế - xã hội",
    "**Quế Sơn thực hiện đạt và vượt chỉ tiêu kế hoạch**",
])
def test_a_heading_that_reports_results_against_targets_heads_results(heading: str) -> None:
    # "chỉ tiêu" is the object of a verb of result: the figures under it are what was done, so the ratio
    # to the plan of the sentence before is read (61,7 / 68,6 = 89,94 %, printed 89,7: an error)
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", heading, PLAN_AND_RESULT)
    (ratio,) = relations(doc, "ratio")
    assert printed(doc, ratio, "actual") == ["61,7"] and printed(doc, ratio, "plan") == ["68,6"]
    assert len(errors(doc)) == 1


@pytest.mark.parametrize("heading", [
    "# Đông Hưng đặt mục tiêu tăng trưởng cao cho năm tới",
    "II. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "**Giao chỉ tiêu thu ngân sách năm 2017**",
])
def test_a_heading_that_sets_targets_still_heads_targets(heading: str) -> None:
    # "đặt" (sets) folds to "dat" as "đạt" (reached) does: read unfolded, it is no result
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", heading, PLAN_AND_RESULT)
    assert relations(doc, "ratio") == []
