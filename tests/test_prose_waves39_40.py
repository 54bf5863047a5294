"""Constructions waves 39 and 40 print that the reader missed while they were validation (issue 12, round 38):
a structure followed by the structure of the year or the target it is compared with, after ", so với …
là" (van-giang-hung-yen_1: "Cơ cấu kinh tế năm 2011 (nông nghiệp - công nghiệp xây dựng - thương mại dịch vụ)
là 32,1% : 29,2% : 38,7%, so với năm 2005 là 42,66% : 24,45% : 32,89%"; thach-that-ha-noi_2, wave 38:
"… Nông, lâm nghiệp, thủy sản 6,6%, so với mục tiêu Đại hội là 70% - 21% - 9%"). The two series were read
as one run of six shares (200 %, nothing summed).

Sentences written for these tests in the passages' constructions, own figures.
"""

from __future__ import annotations

import pytest

from extractor.model import Document
from reconcile.engine.relations import Relation
from tests.test_prose_links import errors, passage, printed, relations


def _terms(doc: Document, rel: Relation) -> list[str]:
    return printed(doc, rel, "term")


def _shares_sums(text: str) -> list[list[str]]:
    doc = passage(text)
    return [_terms(doc, r) for r in relations(doc, "shares_sum")]


NAMED_COLONS = ("Cơ cấu kinh tế năm 2020 (nông nghiệp - công nghiệp xây dựng - thương mại dịch vụ) là 28,4% : 33,1% : 38,5%, "
                "so với năm 2015 là 37,2% : {industry}% : 35,3%.")


def test_a_named_structure_and_the_year_it_is_compared_with_are_two_sums() -> None:
    doc = passage(NAMED_COLONS.format(industry="27,5"))
    assert sorted(_terms(doc, r) for r in relations(doc, "shares_sum")) == [
        ["28,4%", "33,1%", "38,5%"], ["37,2%", "27,5%", "35,3%"]]
    assert errors(doc) == []


def test_a_wrong_share_of_the_compared_year_is_an_error_of_that_year_only() -> None:
    (f,) = errors(passage(NAMED_COLONS.format(industry="28,5")))
    assert f.message.startswith("37,2% + 28,5% + 35,3%")


TARGET = ("Đến năm 2020, tỷ trọng công nghiệp, tiểu thủ công nghiệp chiếm 62,3%, thương mại, dịch vụ 27,5%, nông, lâm "
          "nghiệp, thủy sản 10,2%, so với {compared} là 60% - {services}% - 15%.")


@pytest.mark.parametrize("compared", ["mục tiêu Đại hội", "mục tiêu Nghị quyết", "kế hoạch", "năm 2015",
                                      "mục tiêu đề ra"])
def test_the_bare_series_of_a_target_after_a_structure_is_that_targets_structure(compared: str) -> None:
    doc = passage(TARGET.format(compared=compared, services="25"))
    assert sorted(_terms(doc, r) for r in relations(doc, "shares_sum")) == [
        ["60%", "25%", "15%"], ["62,3%", "27,5%", "10,2%"]]
    assert errors(doc) == []


def test_a_target_series_that_does_not_make_100_is_an_error() -> None:
    (f,) = errors(passage(TARGET.format(compared="mục tiêu Đại hội", services="20")))
    assert f.message.startswith("60% + 20% + 15%")


def test_a_change_compared_with_a_year_does_not_cut_the_shares() -> None:
    # "giảm 1,2% so với năm 2015" is how a part changed; the shares after it are still the year's
    assert _shares_sums("Năm 2020, cơ cấu kinh tế: nông nghiệp chiếm 20,5%, giảm 1,2% so với năm 2015, công nghiệp "
                        "- xây dựng chiếm 41,3%, dịch vụ chiếm 38,2%.") == [["20,5%", "41,3%", "38,2%"]]


def test_a_series_of_another_length_after_the_comparison_is_not_summed() -> None:
    # two figures against a structure of three: which share is whose is not said
    sums = _shares_sums("Đến năm 2020, tỷ trọng công nghiệp chiếm 62,3%, dịch vụ 27,5%, nông nghiệp 10,2%, so với "
                        "mục tiêu Đại hội là 60% và 25%.")
    assert sums == [["62,3%", "27,5%", "10,2%"]]
