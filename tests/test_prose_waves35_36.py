"""Constructions waves 35 and 36 print that the reader missed while they were validation (issue 12, round 36):
a factor after the two levels it compares (yen-phong-bac-ninh_2: "tăng từ 207 nghìn người năm 2006 lên 3743
nghìn người năm 2011, tức gấp 18 lần"), and communes counted by a figure-bearing qualifier with their names in
parentheses (krong-pac-dak-lak_2: "5 xã đạt 19 tiêu chí (Ea Kly, …)", the form nghia-dan-nghe-an_3 prints with
"là").

Sentences written for these tests in the passages' constructions, own names and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_counted_names import assert_count_checked, listed_counts
from tests.test_prose_links import errors, passage, relations
from tests.test_prose_links import text_triples as _triples

# ---------------------------------------------------------------------------------------------
# "tăng từ A lên B, (tức) gấp N lần": B / A = N

FREIGHT = ("Về hàng hóa, khối lượng vận chuyển tăng từ 1.250 nghìn tấn năm 2015 lên 3.010 nghìn tấn năm 2020, "
           "tức gấp {f1} lần, và khối lượng luân chuyển tăng từ 40.100 lên 98.300 nghìn tấn.km, gấp {f2} lần.")


def test_factors_after_two_levels_are_their_quotients() -> None:
    text = FREIGHT.format(f1="2,4", f2="2,5")
    assert sorted(_triples(text, "times", ("numerator", "denominator", "factor"))) == [
        ("3.010", "từ 1.250", "2,4"), ("98.300", "từ 40.100", "2,5")]
    assert errors(passage(text)) == []


def test_a_wrong_factor_after_two_levels_is_an_error() -> None:
    (f,) = errors(passage(FREIGHT.format(f1="2,4", f2="3,5")))
    assert f.reported == "3,5"


@pytest.mark.parametrize("gloss", ["tức", "tức là", "tương đương"])
def test_a_glossed_factor_without_gap_is_read(gloss: str) -> None:
    text = f"Số lượt khách tăng từ 12.000 lên 30.500 lượt, {gloss} 2,5 lần."
    assert _triples(text, "times", ("numerator", "denominator", "factor")) == [("30.500", "từ 12.000", "2,5")]


def test_a_bare_lan_after_two_levels_without_a_gloss_is_no_factor() -> None:
    # "…, 2,5 lần khách quốc tế": no "gấp" nor gloss says the figure is the later level over the earlier
    doc = passage("Số lượt khách tăng từ 12.000 lên 30.500 lượt, 2,5 lần so với khách quốc tế.")
    assert relations(doc, "times") == [] and errors(doc) == []


# ---------------------------------------------------------------------------------------------
# "N xã đạt X tiêu chí (A, B, …)": the names of a count whose words carry a figure of their own

def test_names_in_parentheses_after_a_qualified_count_are_counted() -> None:
    assert_count_checked("Trong số đó, {} xã đạt 15-18 tiêu chí (Tân Lập, Ea Sar, Cư Bao); "
                         "2 xã đạt 10-14 tiêu chí (Hòa Thắng, Ea Nam).", 3)


def test_every_class_of_a_qualified_breakdown_is_counted() -> None:
    doc = passage("Trong số đó, 4 xã đạt 19 tiêu chí (Tân Lập, Ea Sar, Cư Bao, Hòa Phong); 3 xã đạt 15-18 tiêu chí "
                  "(Hòa Thắng, Ea Nam, Cư Pơng) và 2 xã đạt 5-9 tiêu chí (Ea Drơng, Ea Tul).")
    assert sorted(listed_counts(doc)) == [("2", 2), ("3", 3), ("4", 4)]
    assert errors(doc) == []


@pytest.mark.parametrize("aside", ["(chiếm 20%)", "(theo báo cáo của UBND huyện)", "(Theo báo cáo của UBND huyện)",
                                   "(nông thôn mới, đô thị văn minh)"])
def test_a_parenthesis_of_no_names_after_a_qualified_count_is_no_list(aside: str) -> None:
    doc = passage(f"Huyện có 3 xã đạt 19 tiêu chí {aside}.")
    assert relations(doc, "count_list") == [] and errors(doc) == []
