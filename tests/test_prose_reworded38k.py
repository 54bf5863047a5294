"""Round 38's kept rewordings read after the fact (issue 12): a colon after a verb before its figure
("sản lượng đạt: 307.580 tấn", go-quao-kien-giang_2; "đạt: 12.438,791 triệu đồng", the seed corpus/001) and
"tr.đ" for "triệu đồng" ("70 tr.đ/người", yen-thanh-nghe-an_1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.prose_patterns import patterns
from extractor.prose_text import clean_line
from tests.test_prose_links import passage, relations

ROOT = Path(__file__).resolve().parent.parent


def test_a_colon_between_a_verb_and_its_figure_is_dropped() -> None:
    # go-quao-kien-giang_2 as printed
    text = "hơn 3.406 tỷ đồng, đạt trên: 86% kế hoạch, tăng: 1,8% so cùng kỳ; sản lượng đạt: 307.580 tấn"
    assert clean_line(text).text == ("hơn 3.406 tỷ đồng, đạt trên 86% kế hoạch, tăng 1,8% so cùng kỳ; sản lượng"
                                     " đạt 307.580 tấn")
    assert clean_line("giải ngân đến nay đạt:12.438,791 triệu đồng").text.endswith("đạt 12.438,791 triệu đồng")
    # a colon before a list of named parts is left alone
    assert clean_line("tăng: lúa 5 ha, ngô 3 ha").text == "tăng: lúa 5 ha, ngô 3 ha"


def _ratios(text: str) -> list[tuple[tuple[str, str], ...]]:
    doc = passage(*text.split("\n"))
    rows = {r.index: r for r in doc.rows}
    return [tuple((role, rows[ri].cells[pi].value.raw) for role, (ri, pi) in r.figures) for r in relations(doc, "ratio")]


@pytest.mark.parametrize("unit", ["triệu đồng", "tr.đ", "trđ"])
def test_a_fraction_of_amounts_in_abbreviated_millions(unit: str) -> None:
    # duc-linh-binh-thuan_1: "vận động được hơn 771 triệu đồng/650 triệu đồng, đạt 118,56% kế hoạch tỉnh giao"
    text = (ROOT / "corpus/prose/dev/duc-linh-binh-thuan_1.txt").read_text(encoding="utf-8")
    read = _ratios(text.replace(" triệu đồng", f" {unit}"))
    assert (("actual", f"hơn 771 {unit}"), ("plan", f"650 {unit}"), ("ratio", "118,56%")) in read


def test_tr_d_is_one_word() -> None:
    doc = patterns().nlp.make_doc("đạt 70 tr.đ/người.")
    assert [t.text for t in doc] == ["đạt", "70", "tr.đ", "/", "người", "."]
