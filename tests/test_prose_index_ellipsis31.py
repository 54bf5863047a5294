"""A bare index ("bằng 111,71%") after an index in its sentence that prints its comparison (issue 12, round 31).

Clauses that list one quantity's parts (or years) in one pattern print the comparison once and leave it out after:
"Năm 2015, tổng giá trị sản xuất đạt 5.639,30 tỷ đồng, bằng 109,36% năm 2014; trong đó nông nghiệp và thuỷ sản
đạt 1.460,50 tỷ đồng, bằng 102,61% năm trước; công nghiệp - TTCN - xây dựng đạt 3.053,80 tỷ đồng, bằng 111,71%"
(nam-sach_4, wave 27, until now validation). The growth "tăng 5,2%" after "tăng 8,5% so với năm 2021" already took
its base year this way; the index did not, and was read only when some pairing happened to fit, so a wrong index
was never an error. Now the bare index takes the distance in years of the nearest earlier index of its sentence
that prints its comparison ("năm trước", "năm 2014"); a bare index between them is passed over
(``extractor.prose_rates._inherited_index_year``).

Near misses (not read): an earlier index on a plan ("bằng 102% kế hoạch"), an index in the sentence before, and a
clause that prints its own base between the figure and the index (that base is the index's: the marked-base rule
reads it).
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _growths(text: str) -> list[tuple[str, ...]]:
    doc = passage(text)
    return [tuple(printed(doc, r, role)[0] for role, _ in r.figures) for r in document_relations(doc)
            if r.kind.startswith("growth")]


# industry 2.723,6 -> 3.053,8 tỷ đồng is 112,12 %; each wording prints the index bare after one that names its year
@pytest.mark.parametrize("text", [
    # parts of one year, "năm trước" printed once (nam-sach_4's wording)
    "Năm 2014, giá trị sản xuất nông nghiệp đạt 1.423,3 tỷ đồng, công nghiệp - xây dựng đạt 2.723,6 tỷ đồng. "
    "Năm 2015, nông nghiệp đạt 1.460,5 tỷ đồng, bằng 102,61% năm trước; công nghiệp - xây dựng đạt 3.053,8 tỷ "
    "đồng, bằng 112,12%.",
    # the year printed once, "so với năm 2014"
    "Năm 2014, giá trị sản xuất nông nghiệp đạt 1.423,3 tỷ đồng, công nghiệp - xây dựng đạt 2.723,6 tỷ đồng. "
    "Năm 2015, nông nghiệp đạt 1.460,5 tỷ đồng, bằng 102,61% so với năm 2014, công nghiệp - xây dựng đạt 3.053,8 "
    "tỷ đồng, bằng 112,12%.",
    # one quantity's years in a chain (yen-dinh_2's wording)
    "Giá trị sản xuất công nghiệp - xây dựng năm 2013 đạt 2.557 tỷ đồng; năm 2014 đạt 2.723,6 tỷ đồng, bằng "
    "106,52% năm trước; năm 2015 đạt 3.053,8 tỷ đồng, bằng 112,12%.",
    # a bare index between them is passed over
    "Năm 2014, giá trị sản xuất nông nghiệp đạt 1.423,3 tỷ đồng, dịch vụ 1.020,3 tỷ đồng, công nghiệp - xây "
    "dựng đạt 2.723,6 tỷ đồng. Năm 2015, nông nghiệp đạt 1.460,5 tỷ đồng, bằng 102,61% năm trước; dịch vụ đạt "
    "1.125 tỷ đồng, bằng 110,26%; công nghiệp - xây dựng đạt 3.053,8 tỷ đồng, bằng 112,12%.",
])
def test_a_bare_index_takes_the_comparison_printed_before_it(text: str) -> None:
    assert ("3.053,8", "2.723,6", "112,12%") in _growths(text)
    assert errors(passage(text)) == []
    wrong = text.replace("112,12%", "111,71%")
    assert ("3.053,8", "2.723,6", "111,71%") in _growths(wrong)
    assert errors(passage(wrong))


@pytest.mark.parametrize("text", [
    # the index before is on a plan: the bare one's comparison is not said
    "Năm 2014, giá trị sản xuất nông nghiệp đạt 1.423,3 tỷ đồng, công nghiệp - xây dựng đạt 2.723,6 tỷ đồng. "
    "Năm 2015, nông nghiệp đạt 1.460,5 tỷ đồng, bằng 102,61% kế hoạch; công nghiệp - xây dựng đạt 3.053,8 tỷ "
    "đồng, bằng 111,71%.",
    # the index naming its year is in the sentence before
    "Năm 2014, giá trị sản xuất nông nghiệp đạt 1.423,3 tỷ đồng, công nghiệp - xây dựng đạt 2.723,6 tỷ đồng. "
    "Năm 2015, nông nghiệp đạt 1.460,5 tỷ đồng, bằng 102,61% năm trước. Công nghiệp - xây dựng đạt 3.053,8 tỷ "
    "đồng, bằng 111,71%.",
])
def test_a_bare_index_with_no_comparison_said_is_not_read(text: str) -> None:
    assert not any(g[-1] == "111,71%" for g in _growths(text))
    assert errors(passage(text)) == []


def test_a_base_printed_in_the_clause_stays_the_index_s_own() -> None:
    text = ("Tổng giá trị sản xuất năm 2013 đạt 7.170.343 triệu đồng (năm 2012: 5.986.334 triệu đồng), bằng 120% "
            "năm trước; nông, lâm, thủy sản năm 2013 đạt 2.633.564 triệu đồng (năm 2012: 2.225.170 triệu đồng), "
            "bằng 118,35%.")
    assert ("2.633.564", "2.225.170", "118,35%") in _growths(text)
    assert errors(passage(text)) == []
