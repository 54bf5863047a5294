"""Targets counted by outcome (issue 12, round 22): "đạt và vượt N/N chỉ tiêu, trong đó có A chỉ tiêu vượt,
B chỉ tiêu đạt; …". The outcomes cover the whole, so A + B = N is checked. Sentences reworded, figures our own.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, sums

# a list of counts printed figure first after "trong đó có", closed by ";" before another set's clause
TWO_SETS = ("Kết thúc năm, theo nghị quyết của tỉnh, huyện có 31/31 chỉ tiêu đạt và vượt kế hoạch, trong đó có "
            "{exceeded} chỉ tiêu vượt, 9 chỉ tiêu đạt kế hoạch; còn theo chương trình riêng của huyện, 44/44 chỉ tiêu "
            "đều đạt và vượt, trong đó: 30 chỉ tiêu vượt, 14 chỉ tiêu đạt.")


def test_counts_by_outcome_after_trong_do_co_cover_their_whole() -> None:
    doc = passage(TWO_SETS.format(exceeded="22"))
    assert ("31", ["22", "9"]) in sums(doc, "count_sum")
    assert all("30" not in parts for _, parts in sums(doc, "subset"))  # the other set's count is no part of 31
    assert errors(doc) == []


def test_counts_by_outcome_that_miss_their_whole_are_an_error() -> None:
    found = errors(passage(TWO_SETS.format(exceeded="20")))
    assert len(found) == 1 and found[0].reported == "31"


# a count printed as N/N after words that name a plan ("theo kế hoạch riêng của huyện") is still the whole
OWN_PLAN = ("Năm 2023, còn theo kế hoạch riêng của huyện, 44/44 chỉ tiêu đều đạt và vượt kế hoạch, trong đó: 30 chỉ "
            "tiêu vượt, {met} chỉ tiêu đạt.")


def test_outcomes_of_a_count_printed_twice_after_a_plan_name_cover_it() -> None:
    doc = passage(OWN_PLAN.format(met="14"))
    assert sums(doc, "count_sum") == [("44", ["30", "14"])]
    assert errors(doc) == []


def test_outcomes_of_a_count_printed_twice_that_miss_it_are_an_error() -> None:
    found = errors(passage(OWN_PLAN.format(met="12")))
    assert len(found) == 1 and found[0].reported == "44"
