""""tr.đ" for triệu đồng (issue 12, round 39): the rewording benchmark's trieudong_trd.

"Thu nhập bình quân đầu người đạt 70 tr.đ/người" (yen-thanh-nghe-an_1) abbreviates triệu đồng with its dot. The
tokenizer split it at the dot (a unit "tr", a full stop, a word "đ"), so "hơn 771 tr.đ/650 tr.đ, đạt 118,56% kế
hoạch" (duc-linh-binh-thuan_1 reworded) was no fraction: only "hơn 771" was read.
"""

from __future__ import annotations

import pytest

from extractor.prose_patterns import patterns
from tests.test_prose_links import passage, printed, relations


@pytest.mark.parametrize("unit", ["tr.đ", "Tr.đ", "tr.đồng", "trđ"])
def test_tr_d_is_one_word(unit: str) -> None:
    doc = patterns().nlp(f"Thu nhập bình quân đầu người đạt 70 {unit}/người, tăng 5 triệu đồng")
    assert [t.text for t in doc][7:11] == ["70", unit, "/", "người"]


@pytest.mark.parametrize("unit", ["triệu đồng", "tr.đ", "trđ"])
def test_a_fraction_of_amounts_in_tr_d_is_read_with_its_rate(unit: str) -> None:
    # duc-linh-binh-thuan_1: "cả năm toàn huyện vận động được hơn 771 triệu đồng/650 triệu đồng, đạt 118,56% kế
    # hoạch tỉnh giao"
    doc = passage(f"Năm 2017, tỉnh giao huyện Đức Linh vận động Quỹ 'Vì người nghèo' 650 {unit}. Nhờ làm tốt tuyên"
                  f" truyền, cả năm toàn huyện vận động được hơn 771 {unit}/650 {unit}, đạt 118,56% kế hoạch tỉnh giao.")
    read = [[[v.replace(f" {unit}", "") for v in printed(doc, r, role)] for role in ("actual", "plan", "ratio")]
            for r in relations(doc, "ratio")]
    assert [["hơn 771"], ["650"], ["118,56%"]] in read
