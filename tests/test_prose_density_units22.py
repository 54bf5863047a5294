"""Densities whose population or area is printed with a missing or misprinted unit (issue 12, round 22).

A density "người/km²" divides the passage's population by its area. Four printings kept it unread: a
population with no unit ("số dân là 101.500"), a population counted as "dân" ("có 9.680 dân"), an area
printed in "km" ("diện tích tự nhiên 60 km") and a land list after "trong đó" whose last item was taken
for the whole area. Each is read by the words that name the figure; sentences reworded, figures our own.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _density(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "per_capita")]


UNITLESS = "Huyện có diện tích 84,6 km², gồm 11 xã, 1 thị trấn; số dân là 92.300, mật độ {rate} người/km²."
PEOPLE = ("Huyện gồm 1 thị trấn và 12 xã; thị trấn Bắc Hà rộng 28,4 km², năm 2020 có 7.250 dân, mật độ {rate} "
          "người/km².")
KM = "Thị xã có diện tích tự nhiên 72 km, dân số trung bình 96.480 người (năm 2010), mật độ {rate} người/ km2."
LIST = ("Huyện có diện tích 612Km2, trong đó 250km2 là đất sản xuất nông nghiệp, 198km2 đất lâm nghiệp và 14km2 "
        "đất ở; dân số 148.200 người, mật độ xấp xỉ {rate} người/km2.")


@pytest.mark.parametrize(("text", "rate", "rel"), [
    (UNITLESS, "1.091", ("92.300", "84,6", "1.091")),
    (PEOPLE, "255", ("7.250", "28,4", "255")),
    (KM, "1.340", ("96.480", "72", "1.340")),
    (LIST, "242", ("148.200", "612", "xấp xỉ 242")),
])
def test_a_density_is_read_over_the_figures_its_words_name(text: str, rate: str, rel: tuple[str, str, str]) -> None:
    consistent = text.format(rate=rate)
    assert rel in _density(consistent)
    assert errors(passage(consistent)) == []


@pytest.mark.parametrize(("text", "rate"), [(UNITLESS, "1.190"), (PEOPLE, "295"), (KM, "1.520"), (LIST, "292")])
def test_a_wrong_density_over_those_figures_is_an_error(text: str, rate: str) -> None:
    found = errors(passage(text.format(rate=rate)))
    assert len(found) == 1 and rate in found[0].reported


@pytest.mark.parametrize("text", [
    # "dân tộc" counts peoples, not people; a road's "dài 60 km" is a length, not the area
    "Xã rộng 45 km², có 18 dân tộc cùng sinh sống, mật độ 410 người/km².",
    "Huyện có 60 km quốc lộ đi qua, dân số 52.000 người, mật độ 130 người/km2.",
])
def test_figures_no_word_names_as_population_or_area_are_not_read(text: str) -> None:
    assert _density(text) == [] and errors(passage(text)) == []
