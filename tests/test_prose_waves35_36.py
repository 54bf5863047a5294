"""Constructions waves 35 and 36 print that the reader missed while they were validation (issue 12, round 36):
a factor after the two levels it compares (yen-phong-bac-ninh_2: "tăng từ 207 nghìn người năm 2006 lên 3743
nghìn người năm 2011, tức gấp 18 lần"), and communes counted by a figure-bearing qualifier with their names in
parentheses (krong-pac-dak-lak_2: "5 xã đạt 19 tiêu chí (Ea Kly, …)", the form nghia-dan-nghe-an_1 prints with
"là").

Sentences written for these tests in the passages' constructions, own names and figures.
"""

from __future__ import annotations

import pytest

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
