"""A structure's shares printed one sentence each (issue 12, round 31).

"… năm 2017 nông - lâm - ngư nghiệp chiếm 58,6% cơ cấu kinh tế. Công nghiệp, tiểu thủ công nghiệp chiếm 27,0%;
thương mại, dịch vụ chiếm 36,7%" and "Dịch vụ chiếm tỷ trọng lớn nhất, 51,4%. Công nghiệp đứng thứ hai với 30,5%;
nông nghiệp 18,1%" (the news-style rewordings of the paraphrase set) print the sectors' shares one sentence each.
The reader closed a run of shares at a sentence break, so the sum was never read. By the grammar: a sentence that
opens with another category of the classification every share of the run names (the three sectors, urban /
rural …) goes on the run. Wordings: the sectors with "chiếm" across ";" and ".", ranked ("lớn nhất", "đứng thứ
hai với"), three sentences after "Trong cơ cấu kinh tế,", urban / rural. Each is read with true shares (no
finding) and with one share broken (an error). Near misses: a sentence that names a category again (another
year's share of the same sector), another classification (the poor households) or another whole (the labour,
then the output) starts anew.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed

# (text with the last share open, the shares in order, the last share's true value)
BY_SENTENCE = [
    ("Năm 2017 nông - lâm - ngư nghiệp chiếm 48,6% cơ cấu kinh tế. Công nghiệp, tiểu thủ công nghiệp chiếm "
     "17,0%; thương mại, dịch vụ chiếm {}%.", ("48,6%", "17,0%"), "34,4"),
    ("Dịch vụ chiếm tỷ trọng lớn nhất, 51,4%. Công nghiệp đứng thứ hai với 30,5%; nông nghiệp {}%.",
     ("51,4%", "30,5%"), "18,1"),
    ("Trong cơ cấu kinh tế, nông nghiệp chiếm 40,2%. Công nghiệp - xây dựng chiếm 25,3%. Thương mại - dịch vụ "
     "chiếm {}%.", ("40,2%", "25,3%"), "34,5"),
    ("Dân số thành thị chiếm 12,5%. Dân số nông thôn chiếm {}%.", ("12,5%",), "87,5"),
]


def _sums(text: str) -> list[tuple[str, ...]]:
    doc = passage(text)
    return [tuple(printed(doc, r, "term")) for r in document_relations(doc) if r.kind == "shares_sum"]


@pytest.mark.parametrize(("text", "first", "last"), BY_SENTENCE)
def test_shares_one_sentence_each_add_up(text: str, first: tuple[str, ...], last: str) -> None:
    sentence = text.format(last)
    assert (*first, f"{last}%") in _sums(sentence)
    assert errors(passage(sentence)) == []


@pytest.mark.parametrize(("text", "first", "last"), BY_SENTENCE)
def test_a_broken_share_one_sentence_each_is_an_error(text: str, first: tuple[str, ...], last: str) -> None:
    broken = text.format(last.replace(",", ",9") if "," in last else f"{last},9")
    found = errors(passage(broken))
    assert len(found) == 1 and "100 %" in found[0].message


@pytest.mark.parametrize("text", [
    "Năm 2015, nông nghiệp chiếm 40,2%. Năm 2020 nông nghiệp chiếm 35,1%.",
    "Nông nghiệp chiếm 45,2% cơ cấu kinh tế. Hộ nghèo chiếm 5,1% tổng số hộ.",
    "Năm 2010 nông nghiệp chiếm 40,2%. Năm 2015 công nghiệp - xây dựng chiếm 35,3%. Năm 2020 thương mại - dịch vụ "
    "chiếm 34,5%.",
    "Lao động nông nghiệp chiếm 60,1% tổng số lao động. Công nghiệp - xây dựng chiếm 25,2% giá trị sản xuất; dịch "
    "vụ chiếm 24,3% giá trị sản xuất.",
])
def test_a_sentence_of_another_year_or_classification_starts_anew(text: str) -> None:
    assert _sums(text) == []
    assert errors(passage(text)) == []
