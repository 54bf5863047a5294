"""A comparison's year printed without its "năm": "so với 2010", "so với cùng kỳ 2011" (issue 12, round 36).

District reports print both "tăng 4,5 lần so với 2010" (cam-xuyen-ha-tinh_3) and "so với năm 2010"; the
reader stopped the base at "so với" when no "năm" stood before the year, so the growth, times and difference
relations that need the base year were lost (the rewording benchmark's sovoi_year_bare: 493 -> 449 relations
read). The year is now read into the base as "so với năm 2010" is (``prose_figures.FigureFinder._base``); a
figure compared with ("so với 2010 tấn") is no year.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import passage, printed

DEV = Path(__file__).resolve().parent.parent / "corpus" / "prose" / "dev"


def _read(text: str) -> list[tuple[str, tuple[tuple[str, str], ...]]]:
    """Every relation read: its kind and the printed figure of each of its roles."""
    doc = passage(*text.splitlines())
    rows = {r.index: r for r in doc.rows}
    return sorted((r.kind, tuple(sorted((role, rows[i].cells[k].value.raw) for role, (i, k) in r.figures)))
                  for r in document_relations(doc))


@pytest.mark.parametrize("name", ["thuong-tin-ha-noi_3.txt", "hau-loc-thanh-hoa_2.txt", "dong-hung-thai-binh_2.txt", "ia-pa-gia-lai_4.txt",
                                  "kong-chro-gia-lai_4.txt", "quynh-luu-nghe-an_2.txt"])
def test_a_bare_year_after_so_voi_reads_as_the_year_with_nam(name: str) -> None:
    text = (DEV / name).read_text(encoding="utf-8")
    bare = re.sub(r"\b(so với(?: cùng kỳ)?) năm (?=\d{4}\b)", r"\1 ", text)
    assert bare != text
    assert _read(bare) == _read(text)


def test_a_figure_after_so_voi_is_no_year() -> None:
    """ "so với 2010 tấn" compares with a quantity: it is no base year, so no growth is dated by it."""
    doc = passage("Sản lượng lương thực năm 2023 đạt 2.110 tấn, tăng 100 tấn so với 2010 tấn của năm 2022.")
    assert all("2010" not in printed(doc, r, "base") or r.kind != "growth" for r in document_relations(doc))
