"""Shares ("chiếm X%") the way other districts print them (issue 12, prose10).

Development shares were mostly read while every share of two held-out thirds was missed: the rules
knew the shapes the development passages print. These tests write the other shapes a report writer
uses (the whole after the share, the part after the share, the whole the figures are counted out
of, land by use), each with its own wording and figures, and pin that a share that does not
recompute is an error on its own figures while the constructions that state no sum stay silent.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_sums as _sums
from tests.test_prose_links import text_triples as _triples

SHARE = ("part", "total", "share")

# ---------------------------------------------------------------------------------------------
# The whole printed right after the name of the whole the share names ("chiếm X% tổng ... N")


@pytest.mark.parametrize(("text", "share"), [
    ("Diện tích lúa 5.200 ha chiếm 41,6% tổng diện tích gieo trồng 12.500 ha.", ("5.200", "12.500", "41,6%")),
    ("Có 45.300 người dân tộc thiểu số, chiếm 46,01% trong tổng số 98.450 người của huyện.",
     ("45.300", "98.450", "46,01%")),
    ("Khu vực nông, lâm, thủy sản đạt 1.020 tỷ đồng, chiếm tỷ trọng 31,38% trong tổng giá trị sản xuất toàn huyện "
     "3.250 tỷ đồng.", ("1.020", "3.250", "31,38%")),
])
def test_a_whole_printed_after_the_name_the_share_gives_it(text: str, share: tuple[str, str, str]) -> None:
    assert _triples(text, "share", SHARE) == [share]
    assert errors(passage(text)) == []


def test_a_wrong_share_of_a_whole_printed_after_it_is_an_error() -> None:
    (f,) = errors(passage("Diện tích lúa 5.200 ha chiếm 46,1% tổng diện tích gieo trồng 12.500 ha."))
    assert "5.200 / 12.500" in f.message and "46,1%" in f.message


# ---------------------------------------------------------------------------------------------
# The part printed after its share ("chiếm X% với N", "chiếm X%, tương ứng N")


@pytest.mark.parametrize(("text", "share"), [
    ("Tổng thu ngân sách nhà nước trên địa bàn 215,6 tỷ đồng; thu nội địa chiếm 85,2% với 183,7 tỷ đồng.",
     ("183,7", "215,6", "85,2%")),
    ("Giá trị sản xuất toàn huyện đạt 3.250 tỷ đồng, trong đó ngành dịch vụ chiếm 38,5%, tương ứng 1.251,3 tỷ đồng.",
     ("1.251,3", "3.250", "38,5%")),
    ("Lao động trong độ tuổi 52.300 người; trong đó lao động nông nghiệp chiếm 65,3% (tương đương 34.150 người).",
     ("34.150", "52.300", "65,3%")),
])
def test_a_part_printed_after_its_share(text: str, share: tuple[str, str, str]) -> None:
    assert _triples(text, "share", SHARE) == [share]
    assert errors(passage(text)) == []


def test_a_figure_after_with_that_opens_another_clause_is_not_the_part() -> None:
    # "với 183,7 tỷ đồng thu từ thuế": the figure is named by words after it, it is not the share's part
    text = "Tổng thu ngân sách 215,6 tỷ đồng; thu nội địa chiếm 85,2% với 12 khoản thu và 183,7 tỷ đồng thu từ thuế."
    assert ("183,7", "215,6", "85,2%") not in _triples(text, "share", SHARE)


# ---------------------------------------------------------------------------------------------
# The whole the figures are counted out of, printed after them ("trên tổng số N"): no sum


def test_shares_counted_out_of_a_total_printed_after_them_are_not_its_parts() -> None:
    text = ("Tổng số hộ nghèo 3.185 hộ (chiếm 13%), hộ cận nghèo 2.450 hộ (chiếm 10%) trên tổng số 24.500 hộ toàn "
            "huyện.")
    assert sorted(_triples(text, "share", SHARE)) == [("2.450", "24.500", "10%"), ("3.185", "24.500", "13%")]
    assert _sums(text, "partition") == [] and _sums(text, "count_sum") == []
    assert errors(passage(text)) == []


def test_a_sum_word_closing_a_list_is_still_its_total() -> None:
    text = "Số hộ nghèo cuối năm: xã Tân Lập 420 hộ, xã Tân Phú 643 hộ, tổng số 1.063 hộ."
    assert _sums(text, "partition") + _sums(text, "count_sum") == [("1.063", ["420", "643"])]


# ---------------------------------------------------------------------------------------------
# Land by use has three classes: farm and non-farm land are not all of a district's area


def test_farm_and_non_farm_land_are_a_subset_of_the_natural_area() -> None:
    text = ("Tổng diện tích tự nhiên của huyện là 45.120 ha. Đất nông nghiệp 30.250 ha, chiếm 67,04% tổng diện tích "
            "tự nhiên; đất phi nông nghiệp 9.870 ha, chiếm 21,88%.")
    assert sorted(_triples(text, "share", SHARE)) == [("30.250", "45.120", "67,04%"), ("9.870", "45.120", "21,88%")]
    assert _sums(text, "partition") == []
    assert errors(passage(text)) == []


def test_farm_and_non_farm_workers_are_still_all_of_the_workers() -> None:
    text = "Lao động toàn huyện 52.000 người, trong đó lao động nông nghiệp 31.200 người, lao động phi nông nghiệp 20.700 người."
    (f,) = errors(passage(text))
    assert "52.000" in f.message


# ---------------------------------------------------------------------------------------------
# A figure in parentheses after another of its quantity is another measure of the same thing: the
# shares and the list that follow are of the figure outside the parenthesis


ASIDE = ("Dân số thời điểm là 157.806 người (dân số trung bình 133.675 người), 35.545 hộ, thuộc 20 dân tộc; chủ yếu "
         "gồm người Kinh 106.260 người, chiếm 67,33%; người Chăm {cham} người, chiếm 30,42%; người Rắclây 3030 người, "
         "chiếm 1,92%; người Hoa 407 người, chiếm 0,26%; và 97 người của các dân tộc khác, chiếm 0,06%.")


def test_shares_after_an_aside_in_parentheses_are_of_the_figure_outside_it() -> None:
    # 67,33 is 106.260 / 157.806 = 67,336 % truncated: it still names 157.806 as the whole, never 133.675
    text = ASIDE.format(cham="48.012")
    assert sorted(_triples(text, "share", SHARE)) == [
        ("106.260", "157.806", "67,33%"), ("3030", "157.806", "1,92%"), ("407", "157.806", "0,26%"),
        ("48.012", "157.806", "30,42%"), ("97", "157.806", "0,06%")]
    assert errors(passage(text)) == []


def test_a_wrong_part_after_an_aside_is_an_error_on_its_share_and_on_the_sum() -> None:
    # the part read as the share of another sibling (106.260) is no whole that makes 84.012's share uncertain
    messages = [f.message for f in errors(passage(ASIDE.format(cham="84.012")))]
    assert any("84.012 / 157.806" in m for m in messages)
    assert any("84.012" in m and "reported 157.806" in m for m in messages)
