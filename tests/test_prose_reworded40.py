"""Round 39's kept rewordings, read as development in round 40 (issue 12): the reader's classes they showed.

- ``trieudong_trd``: "năm 2017 lần lượt 1.552.557 triệu, 544.278 triệu và 1.112.783 tr.đ" (gio-linh-quang-tri_2
  reworded): a list of one scale printed once bare ("triệu") and once abbreviated ("tr.đ"), its total's year in a
  parenthesis after the abbreviation ("3.209.618 tr.đ (năm 2017)").
Each test reads a development passage as printed and as reworded: both must give the same relations.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.test_prose_links import passage

ROOT = Path(__file__).resolve().parent.parent


def _read(name: str, old: str, new: str, kinds: tuple[str, ...]) -> list[set[str]]:
    """The figures of each relation of ``kinds`` the passage states, as printed, with ``old`` made ``new``."""
    from reconcile.engine.explain import all_relations

    text = re.sub(old, new, (ROOT / name).read_text(encoding="utf-8"))
    doc = passage(*text.split("\n"))
    rows = {r.index: r for r in doc.rows}
    return [{rows[ri].cells[pi].value.raw for _, (ri, pi) in r.figures} for r in all_relations(doc) if r.kind in kinds]


@pytest.mark.parametrize("last", ["triệu đồng", "tr.đ"])
def test_a_years_sectors_in_bare_and_abbreviated_millions(last: str) -> None:
    # gio-linh-quang-tri_2 (paraphrase p1): "lên 3.209.618 triệu đồng (năm 2017) …; năm 2017 lần lượt 1.552.557
    # triệu, 544.278 triệu và 1.112.783 triệu đồng"
    read = _read("corpus/prose/paraphrase/dev/gio-linh-quang-tri_2_p1.txt", r"(?<=\d) triệu đồng\b", f" {last}",
                 ("partition",))
    assert {"3.209.618", "1.552.557", "544.278", "1.112.783"} in read


@pytest.mark.parametrize("last", ["triệu đồng", "tr.đ"])
def test_sectors_in_the_sentences_after_their_whole_in_one_scale(last: str) -> None:
    # gio-linh-quang-tri_2 (paraphrase p2): "Hai năm sau, tổng giá trị sản xuất lên 3.209.618 triệu đồng. … Nông,
    # lâm, ngư nghiệp năm 2017 đạt 1.552.557 triệu, công nghiệp, tiểu thủ công nghiệp 544.278 triệu, còn thương mại,
    # dịch vụ 1.112.783 triệu đồng"
    read = _read("corpus/prose/paraphrase/dev/gio-linh-quang-tri_2_p2.txt", r"(?<=\d) triệu đồng\b", f" {last}",
                 ("partition",))
    assert {"3.209.618", "1.552.557", "544.278", "1.112.783"} in read
