"""A ratio to the plan said with another verb of doing, and a count of indicators that is no plan (issue 12, round 27).

"đạt 98% kế hoạch" and "bằng 98% kế hoạch" were read as a ratio to the plan; "hoàn thành 98% kế hoạch", "thực hiện
98% kế hoạch" and "tức 98% dự toán" were not: the verb, not the grammar, decided. What makes the ratio is the
percentage of a plan after the figure; the verbs of doing before it say the same thing. Each case below is a real
development sentence (dat-do_2, duc-linh_1, hoa-vang_3, tay-giang_3, dien-khanh_1), reworded to another verb; the
ratio must hold on the printed figures, and the same text with a ratio the figures break is an error. A verb that is
part of a name ("khối lượng hoàn thành") says nothing of the figure before, so it is not read.

"thực hiện 17 chỉ tiêu: 12 chỉ tiêu đạt trên 90%" counts indicators: "chỉ tiêu" right after the 17 is what the 17
counts, not the label of a plan the 12 is. It drew a false error 17 / 12 = 142 %.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _ratios(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "actual")[0], printed(doc, r, "plan")[0], printed(doc, r, "ratio")[0])
            for r in document_relations(doc) if r.kind == "ratio"]


DONE = [
    # dat-do-ba-ria-vung-tau_2, "đạt" -> "thực hiện"
    ("Giải ngân 36,91/404,52 tỷ đồng vốn đầu tư công, thực hiện {}% kế hoạch năm.", "9,12", "12,9",
     ("36,91", "404,52", "9,12%")),
    # duc-linh-binh-thuan_1, "đạt" -> "hoàn thành"
    ("Cả năm toàn huyện vận động được hơn 771 triệu đồng/650 triệu đồng, hoàn thành {}% kế hoạch tỉnh giao.",
     "118,56", "108,56", ("hơn 771 triệu đồng", "650 triệu đồng", "118,56%")),
    # hoa-vang-da-nang_3, "đạt" -> "tức"
    ("Đã bàn giao mặt bằng 1.567 hồ sơ, chi trả 279,474 tỷ đồng/686,71 tỷ đồng, tức {}% kế hoạch.", "40,7", "47,0",
     ("279,474 tỷ đồng", "686,71 tỷ đồng", "40,7%")),
    # tay-giang-quang-nam_3, "đạt" -> "đã hoàn thành"
    ("Tổng diện tích trồng mới dược liệu là 179,26 ha/190 ha, đã hoàn thành {}% chỉ tiêu Nghị quyết HĐND năm 2019.",
     "94,37", "84,37", ("179,26 ha", "190 ha", "94,37%")),
]


@pytest.mark.parametrize(("text", "right", "wrong", "triple"), DONE)
def test_a_ratio_to_the_plan_is_read_whatever_verb_of_doing_says_it(text: str, right: str, wrong: str,
                                                                   triple: tuple[str, str, str]) -> None:
    assert triple in _ratios(text.format(right))
    assert errors(passage(text.format(right))) == []
    assert errors(passage(text.format(wrong)))


def test_a_verb_inside_a_name_reads_no_ratio() -> None:
    # dien-khanh-khanh-hoa_1, reworded: "khối lượng hoàn thành" names what is measured, not the 259.765
    text = ("Tổng thu ngân sách nhà nước trên địa bàn ước thực hiện năm 2023 là 259.765/286.000 triệu đồng, khối lượng "
            "hoàn thành 45% kế hoạch giao.")
    assert ("259.765", "286.000", "45%") not in _ratios(text)
    assert errors(passage(text)) == []


COUNTS = [
    # the sentence prose26c found, as written
    "Năm 2017, kết quả thực hiện 17 chỉ tiêu: 12 chỉ tiêu đạt trên 90%, 5 chỉ tiêu đạt dưới 80%.",
    # van-yen-yen-bai_5, reworded to a colon
    "Năm 2022, huyện thực hiện 35 chỉ tiêu: 27 chỉ tiêu đạt 100% kế hoạch.",
    # tran-yen-yen-bai_2, reworded
    "Năm 2020, huyện thực hiện 39 chỉ tiêu: 26 chỉ tiêu đạt trên 95%, 13 chỉ tiêu đạt 90%.",
    # nam-giang-quang-nam_1, reworded
    "Năm 2023 huyện đã hoàn thành 18 chỉ tiêu: 13 chỉ tiêu vượt kế hoạch, 5 chỉ tiêu đạt 95%.",
]


@pytest.mark.parametrize("text", COUNTS)
def test_a_count_of_indicators_is_no_plan(text: str) -> None:
    assert _ratios(text) == []
    assert errors(passage(text)) == []


@pytest.mark.parametrize(("text", "triple"), [
    # a plan word before the colon that follows no number is still the plan's label
    ("Giải quyết việc làm, chỉ tiêu: 2.000 người, thực hiện 2.308 người, đạt 115,4%.", ("2.308", "2.000", "115,4%")),
    ("Thu ngân sách kế hoạch: 45 tỷ đồng; ước thực hiện: 51 tỷ đồng, đạt 113,3%.", ("51", "45", "113,3%")),
])
def test_a_plan_label_before_a_colon_is_still_read(text: str, triple: tuple[str, str, str]) -> None:
    assert triple in _ratios(text)
