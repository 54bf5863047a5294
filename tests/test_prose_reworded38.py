""""lên tới" / "lên đến" for "lên" (issue 12, round 38): the rewording benchmark's len_toi.

"dân cư nông thôn lên tới 125.576 người" (yen-khanh-ninh-binh_2): "tới" or "đến" after "lên" stresses the
level reached, which is as exact as after "lên" alone. Rewording "lên" so lost 25 relations of 22 development
passages (structure shares moved to, a chain of levels and their indexes, a year compared with the one before,
the level after a rate, a figure pointed back to): each reader of a level after "lên" now takes "lên tới" and
"lên đến" too. Each test reads a development passage as printed, and with its "lên" reworded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_prose_links import passage, relations

ROOT = Path(__file__).resolve().parent.parent
VERBS = ("lên", "lên tới", "lên đến")


def _read(name: str, verb: str) -> list[tuple[tuple[str, str], ...]]:
    """The passage's relations as (role, printed figure) pairs, with every "lên" before a figure made ``verb``."""
    text = re.sub(r"\blên (?=\d)", verb + " ", (ROOT / name).read_text(encoding="utf-8"))
    doc = passage(*text.split("\n"))
    rows = {r.index: r for r in doc.rows}
    return [tuple((role, rows[ri].cells[pi].value.raw) for role, (ri, pi) in r.figures)
            for kind in ("shares_sum", "growth", "difference") for r in relations(doc, kind)]


@pytest.mark.parametrize("verb", VERBS)
def test_structure_shares_moved_to_add_up(verb: str) -> None:
    # kien-xuong-thai-binh_2: "đến năm 2020 … giảm còn 24,1%, công nghiệp - xây dựng cơ bản tăng lên 52,1%, thương
    # mại, dịch vụ tăng lên 23,8%": the shares moved to cover the three sectors
    read = _read("corpus/prose/dev/kien-xuong-thai-binh_2.txt", verb)
    assert (("term", "24,1%"), ("term", "52,1%"), ("term", "23,8%")) in read


@pytest.mark.parametrize("verb", VERBS)
def test_a_chain_of_levels_and_their_indexes(verb: str) -> None:
    # yen-dinh-thanh-hoa_2: "từ 5.986.334 triệu đồng năm 2012 lên 7.170.343 triệu đồng năm 2013, bằng 120% năm
    # trước, rồi lên 8.225.242 triệu đồng năm 2014, bằng 115% năm 2013"
    read = _read("corpus/prose/dev/yen-dinh-thanh-hoa_2.txt", verb)
    assert (("current", "7.170.343"), ("base", "từ 5.986.334"), ("rate", "120%")) in read
    assert (("current", "8.225.242"), ("base", "7.170.343"), ("rate", "115%")) in read


@pytest.mark.parametrize("verb", VERBS)
def test_a_year_compared_with_the_one_before(verb: str) -> None:
    # cu-lao-dung-soc-trang_3: "năm 2012 tăng lên 150 ha so với năm 2011": 7.956 − 7.806 = 150
    read = _read("corpus/prose/dev/cu-lao-dung-soc-trang_3.txt", verb)
    assert (("minuend", "7.956"), ("subtrahend", "7.806"), ("difference", "150")) in read


@pytest.mark.parametrize("verb", VERBS)
def test_the_level_after_a_rate_is_that_years(verb: str) -> None:
    # hau-loc-thanh-hoa_2_p2 (paraphrase set): "giá trị sản xuất tăng 15,3%, lên 8.550 tỷ đồng" is 2019's level,
    # which 2020's "Mức tăng là 12,1%" is against
    read = _read("corpus/prose/paraphrase/dev/hau-loc-thanh-hoa_2_p2.txt", verb)
    assert (("current", "9.585"), ("base", "8.550"), ("rate", "12,1%")) in read


@pytest.mark.parametrize("verb", VERBS)
def test_a_figure_pointed_back_to(verb: str) -> None:
    # yen-dinh-thanh-hoa_2_p2 with its planted index: "Năm 2014, con số này lên 8.225.242 triệu đồng, bằng 125%
    # năm 2013" is the sentence before's 7.170.343, grown
    read = _read("corpus/prose/paraphrase/dev/yen-dinh-thanh-hoa_2_p2_planted_growth.txt", verb)
    assert (("current", "8.225.242"), ("base", "7.170.343"), ("rate", "125%")) in read
