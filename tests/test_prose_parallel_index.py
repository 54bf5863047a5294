"""A part's bare "bằng P%" under a whole that states itself as an index of an earlier period
(``extractor.prose_wholes._bare_shares``, issue 12, round 27): "…, bằng 98,7% cùng kỳ năm trước, trong đó A đạt …,
bằng 97,9%" says of the part what it said of the whole, the part against its own past; read as the part's share
of the whole it was a false error. Seen on a paraphrase of Yên Định and three national crop reports (raw
development pages); sentences reworded, figures and names changed. The near miss keeps a whole whose change,
not an index, names the period: the part's bare "bằng" is then its share, and a wrong one is still an error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


@pytest.mark.parametrize(("text", "total", "part"), [
    ("Toàn tỉnh đã xuống giống được 1.788 ha lúa hè thu, bằng 98,7% cùng kỳ năm trước, trong đó vùng ven biển đạt "
     "1.418 ha, bằng 97,9%.", "1.788", "1.418"),
    ("Toàn huyện thu hoạch 4.260 ha lúa, bằng 101,5% năm 2022, trong đó lúa chất lượng cao 2.130 ha, bằng 112%.",
     "4.260", "2.130"),
    ("Sản lượng thủy sản ước đạt 12.400 tấn, bằng 103% so với cùng kỳ năm trước; trong đó nuôi trồng 8.100 tấn, "
     "bằng 105%.", "12.400", "8.100"),
    ("Tổng đàn gia cầm 412.000 con, tương đương 102% cùng kỳ, trong đó đàn gà 305.000 con, bằng 96%.",
     "412.000", "305.000"),
])
def test_a_bare_index_under_an_indexed_whole_is_no_share(text: str, total: str, part: str) -> None:
    doc = passage(text)
    assert (total, [part]) in sums(doc, "subset")
    assert errors(doc) == []


def test_under_a_whole_that_grew_the_bare_index_is_still_a_share() -> None:
    # near miss: "tăng 12% so với cùng kỳ" is the whole's change, not an index; 200 / 450 = 44,4 %, not 48,4
    doc = passage("Vốn đầu tư toàn xã hội đạt 450 tỷ đồng, tăng 12% so với cùng kỳ, trong đó vốn ngân sách 200 tỷ "
                  "đồng, bằng 48,4%.")
    assert len(errors(doc)) == 1
