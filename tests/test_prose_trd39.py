""""tr.đ" for triệu đồng (issue 12, round 39): the rewording benchmark's trieudong_trd.

"Thu nhập bình quân đầu người đạt 70 tr.đ/người" (yen-thanh-nghe-an_1) abbreviates triệu đồng with its dot. The
tokenizer split it at the dot (a unit "tr", a full stop, a word "đ"), so "hơn 771 tr.đ/650 tr.đ, đạt 118,56% kế
hoạch" (duc-linh-binh-thuan_1 reworded) was no fraction: only "hơn 771" was read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.prose_patterns import patterns
from tests.test_prose_links import passage, printed, relations

ROOT = Path(__file__).resolve().parent.parent


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


def _read(name: str, unit: str, kinds: tuple[str, ...]) -> list[set[str]]:
    """The figures of each relation of ``kinds`` the passage states, as printed, with "triệu đồng" made ``unit``."""
    from reconcile.engine.explain import all_relations

    text = (ROOT / name).read_text(encoding="utf-8").replace("triệu đồng", unit)
    doc = passage(*text.split("\n"))
    rows = {r.index: r for r in doc.rows}
    return [{rows[ri].cells[pi].value.raw for _, (ri, pi) in r.figures} for r in all_relations(doc) if r.kind in kinds]


@pytest.mark.parametrize("unit", ["triệu đồng", "tr.đ"])
def test_parts_in_parentheses_after_a_whole_in_tr_d(unit: str) -> None:
    # yen-dinh-thanh-hoa_1: "Năm 2013 tổng giá trị sản xuất đạt 7.170.343 triệu đồng (nông, lâm, thủy sản 2.633.564;
    # CN-XDCB 2.082.324; dịch vụ 2.454.455)": the dot of "tr.đ" ended the words before the parenthesis
    read = _read("corpus/prose/dev/yen-dinh-thanh-hoa_1.txt", unit, ("partition",))
    assert {"7.170.343", "2.633.564", "2.082.324", "2.454.455"} in read
    assert {"8.225.242", "3.010.295", "2.469.274", "2.745.673"} in read


@pytest.mark.parametrize("unit", ["triệu đồng", "tr.đ"])
def test_a_chain_of_levels_in_tr_d_and_their_indexes(unit: str) -> None:
    # yen-dinh-thanh-hoa_2: "tăng từ 5.986.334 triệu đồng năm 2012 lên 7.170.343 triệu đồng năm 2013, bằng 120% năm
    # trước, rồi lên 8.225.242 triệu đồng năm 2014, bằng 115% năm 2013"
    read = _read("corpus/prose/dev/yen-dinh-thanh-hoa_2.txt", unit, ("growth",))
    assert {"7.170.343", "từ 5.986.334", "120%"} in read
    assert {"8.225.242", "7.170.343", "115%"} in read
