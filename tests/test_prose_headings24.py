"""Round 24 (issue 12): what a heading is in report prose. A heading is known by its form (a list mark and its
separator, or a line in capitals; a markdown or bold line), never by the letter a line starts with: a false heading switches target mode for the whole stretch under it."""

from __future__ import annotations

import pytest

from extractor.prose import _is_heading
from extractor.prose_groups import LineGroups
from extractor.prose_text import clean_line
from tests.test_prose_links import errors, passage, relations

PLAN_AND_RESULT = ("Kế hoạch thu ngân sách năm của huyện là 68,6 tỷ đồng. Đến đầu tháng 12, huyện đã thu được "
                   "61,7 tỷ đồng, bằng 89,7% kế hoạch.")
NO_GROUPS = LineGroups([], [])


@pytest.mark.parametrize(("line", "heading"), [
    ("I. Phương hướng, nhiệm vụ năm 2017", True),
    ("II- Chỉ tiêu chủ yếu năm 2017", True),
    ("IV: Các giải pháp", True),
    ("1. Sản xuất nông nghiệp", True),
    ("2) Về văn hóa - xã hội", True),
    ("1.1. Trồng trọt", True),
    ("2.3 Chăn nuôi", True),
    ("a) Cây lương thực", True),
    ("b. Thủy sản", True),
    ("A. KẾT QUẢ THỰC HIỆN", True),
    ("C. Phương hướng năm 2018", True),
    ("Phần II. Phương hướng, nhiệm vụ năm 2017", True),
    ("Phần I", True),
    ("Mục 2 Các chỉ tiêu chủ yếu", True),
    ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2016", True),
    ("**Giao chỉ tiêu thu ngân sách năm 2017**", True),
    ("# Kết quả năm 2016", True),
    # a passage's title on its own line, with no list mark, is no heading (see ``prose._is_heading``)
    ("Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025 (trích)", False),
    ("Chợ Đồn: nhiều chỉ tiêu năm 2016 đạt và vượt kế hoạch", False),
    ("Kông Chro cơ bản bảo đảm các chỉ tiêu năm 2021", False),
    # sentences and lead-ins, whatever letter they start with
    ("Chợ Đồn: các chỉ tiêu năm 2017 được giao sát với thực tế của huyện.", False),
    ("Các chỉ tiêu kinh tế - xã hội năm 2017 được giao từ đầu năm.", False),
    ("Về chỉ tiêu thu ngân sách, huyện giao cho các xã ngay từ đầu năm.", False),
    ("Đến nay, các mục tiêu đề ra cơ bản được triển khai.", False),
    ("Di Linh: chỉ tiêu thu ngân sách năm được giao như sau:", False),
    ("Mục tiêu năm 2018 là tiếp tục giữ vững tăng trưởng;", False),
    ("Phần lớn các xã hoàn thành kế hoạch.", False),
])
def test_a_heading_by_its_form(line: str, heading: bool) -> None:
    assert _is_heading(clean_line(line), NO_GROUPS) is heading


def test_a_numbered_line_with_figures_is_an_item_not_a_heading() -> None:
    doc = passage("HUYỆN NHƯ XUÂN (THANH HÓA)", "I. Về kinh tế",
                  "1. Tổng sản lượng lương thực 41.160/41.100 tấn, đạt 100,1% kế hoạch.")
    (ratio,) = relations(doc, "ratio")
    assert ratio.figures


@pytest.mark.parametrize("heading", [
    "II. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "II- Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "2. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "2.1. Các chỉ tiêu chủ yếu năm 2017",
    "b) Các chỉ tiêu chủ yếu năm 2017",
    "B. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "Phần II. Phương hướng, chỉ tiêu chủ yếu năm 2017",
    "Mục 2 Các chỉ tiêu chủ yếu năm 2017",
    "PHƯƠNG HƯỚNG, CHỈ TIÊU CHỦ YẾU NĂM 2017",
])
def test_a_target_heading_of_each_form_heads_targets(heading: str) -> None:
    # under a heading of targets the plan and the figure after it are both targets: no ratio is read
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", heading, PLAN_AND_RESULT)
    assert relations(doc, "ratio") == []


@pytest.mark.parametrize("sentence", [
    "Chợ Đồn: các chỉ tiêu năm 2017 được giao sát với thực tế của huyện.",
    "Các chỉ tiêu kinh tế - xã hội năm 2017 được giao từ đầu năm.",
    "Về chỉ tiêu thu ngân sách, huyện giao cho các xã ngay từ đầu năm.",
    "Đến nay, các mục tiêu đề ra cơ bản được triển khai.",
    "Di Linh: chỉ tiêu thu ngân sách năm được giao như sau:",
    # a passage's title
    "Phát triển xanh (theo Báo Yên Bái, bài Văn Yên hiện thực hóa mục tiêu phát triển xanh, viết lại)",
])
def test_a_sentence_or_a_source_naming_targets_sets_no_targets(sentence: str) -> None:
    # a sentence (or a list's lead-in) starting with a place name, "Các", "Về" or "Đến" sets no target mode: the
    # figures after it are results, so the ratio to the plan is read (61,7 / 68,6 = 89,94 %, printed 89,7)
    doc = passage("HUYỆN CHỢ ĐỒN (BẮC KẠN)", sentence, PLAN_AND_RESULT)
    assert len(relations(doc, "ratio")) == 1
    assert len(errors(doc)) == 1
