"""Shares said respectively after a series of parts (issue 12, round 30).

"thu nội địa và thu bổ sung lần lượt là 600 tỷ đồng và 400 tỷ đồng, chiếm 60% và 40%": a series of percentages
joined by nothing but "và", a comma or a dash, printed after a series of figures of one quantity, gives each figure
its share in order. The first share stands right after the last figure, so the reader took it as the share of that
figure in the one before it (400 / 600 = 67 % against 60 %: a false error on a consistent sentence) and left the
others unread. Read by the grammar (a series after a series, the parts listed under one whole), each share is its
own part over that whole. The wordings are the ways district reports print a structure's parts (budget revenue,
the population by sex, farming by branch, crops by area; "lần lượt là", "chiếm", "chiếm tỷ trọng", "tương ứng");
each is run with true shares (read, no finding) and with the first share broken (an error on the first part).
Near misses: a share printed after each part, or joined to a growth, is no series; a series of rates of a plan
("tương ứng 95% và 90% dự toán") is no share; a series whose parts hang from no printed whole is not read, never
read by place.
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed

# (text with the first share left open, the parts in order, the whole, the shares in order)
RESPECTIVE = [
    ("Tổng thu ngân sách trên địa bàn huyện đạt 1.000 tỷ đồng, trong đó thu nội địa và thu bổ sung lần lượt là 600 "
     "tỷ đồng và 400 tỷ đồng, chiếm {}% và 40%.", ("600", "400"), "1.000", "40%"),
    ("Dân số toàn huyện có 50.000 người, trong đó nam và nữ lần lượt là 24.000 người và 26.000 người, chiếm {}% và "
     "52%.", ("24.000", "26.000"), "50.000", "52%"),
    ("Giá trị sản xuất ngành nông nghiệp đạt 1.000 tỷ đồng, trong đó trồng trọt 600 tỷ đồng, chăn nuôi 400 tỷ đồng, "
     "chiếm tỷ trọng {}% và 40%.", ("600", "400"), "1.000", "40%"),
    ("Diện tích gieo trồng cả năm đạt 10.000 ha, trong đó diện tích lúa 6.000 ha và diện tích màu 4.000 ha, tương "
     "ứng {}% và 40%.", ("6.000", "4.000"), "10.000", "40%"),
]
TRUE_FIRST = {"600": "60", "24.000": "48", "6.000": "60"}


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
            for r in document_relations(doc) if r.kind == "share"]


@pytest.mark.parametrize(("text", "parts", "whole", "second"), RESPECTIVE)
def test_each_share_of_a_respective_series_is_its_own_part_over_the_whole(
        text: str, parts: tuple[str, str], whole: str, second: str) -> None:
    first = TRUE_FIRST[parts[0]]
    sentence = text.format(first)
    found = _shares(sentence)
    assert (parts[0], whole, f"{first}%") in found
    assert (parts[1], whole, second) in found
    assert errors(passage(sentence)) == []


@pytest.mark.parametrize(("text", "parts", "whole", "second"), RESPECTIVE)
def test_a_broken_first_share_of_a_series_is_an_error_on_its_own_part(
        text: str, parts: tuple[str, str], whole: str, second: str) -> None:
    sentence = text.format("65" if parts[0] != "24.000" else "43")
    # never the last part over the one before it (400 / 600): the first share is the first part's
    assert not [s for s in _shares(sentence) if s[1] == parts[0]]
    assert any(f"{parts[0]} / {whole}" in f.message for f in errors(passage(sentence)))


def test_a_share_after_each_part_is_no_series() -> None:
    text = ("Tổng thu ngân sách trên địa bàn huyện đạt 1.000 tỷ đồng, trong đó thu nội địa 600 tỷ đồng, chiếm {}%, và "
            "thu bổ sung 400 tỷ đồng, chiếm 40%.")
    assert ("600", "1.000", "60%") in _shares(text.format("60"))
    assert errors(passage(text.format("65")))


def test_a_share_joined_to_a_growth_is_no_series() -> None:
    text = ("Tổng thu ngân sách trên địa bàn huyện đạt 1.000 tỷ đồng, trong đó thu nội địa 600 tỷ đồng, chiếm {}% và "
            "tăng 5% so với năm trước.")
    assert _shares(text.format("60")) == [("600", "1.000", "60%")]
    assert errors(passage(text.format("65")))


def test_rates_of_a_plan_in_series_are_no_shares() -> None:
    text = ("Tổng thu ngân sách đạt 1.000 tỷ đồng, trong đó thu nội địa 600 tỷ đồng và thu bổ sung 400 tỷ đồng, tương "
            "ứng 95% và 90% dự toán.")
    assert _shares(text) == []
    assert errors(passage(text)) == []


def test_a_series_under_no_printed_whole_is_not_read_by_place() -> None:
    # the whole of the households is in the clause before and the parts are not listed under it: the series
    # is not read, and 200 / 300 is never a share
    text = "Toàn huyện có 10.000 hộ; hộ nghèo 300 hộ và hộ cận nghèo 200 hộ, chiếm 3% và 2% tổng số hộ."
    assert not [s for s in _shares(text) if s[:2] == ("200", "300")]
    assert errors(passage(text)) == []
