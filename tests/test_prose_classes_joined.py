"""Two classes joined by "và", each with its own figure, and a second classification of one whole
(issue 12, round 30: tra-bong-quang-ngai_2_p2 in corpus/prose/paraphrase/dev/, "Thành thị có 8.064 người
và nông thôn 24.266 người", after "Nam nhiều hơn nữ: 16.286 người so với 16.044 người").

The words of a figure ended at "và" only when a figure followed it at once, so "8.064 người và nông thôn"
named both classes and the run of town and country was never found. Now "và" ends them when a figure follows
later in its clause (a year is no such figure). The sum read by arithmetic of a whole that already holds a
list printed after it (the sexes before the town and country) is a second classification, no rival reading.

Sentences reworded from that construction, with figures of their own: each is read, and a slip in it is
exactly one error (before round 30 a slip made them read as nothing).
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums

WORDINGS = [
    # (text with {b} for the last part, the whole, the parts, the right last part, the kind)
    ("Dân số toàn huyện năm 2020 là 45.210 người. Thành thị có 12.300 người và nông thôn {b} người.",
     "45.210", ["12.300"], "32.910", "count_sum"),
    ("Năm 2021 huyện có 28.400 lao động. Nam có 15.100 người và nữ {b} người.",
     "28.400", ["15.100"], "13.300", "count_sum"),
    ("Tổng giá trị sản xuất năm 2022 đạt 5.120 tỷ đồng. Nông, lâm nghiệp và thủy sản đạt 1.820 tỷ đồng và "
     "công nghiệp - xây dựng 1.500 tỷ đồng, dịch vụ {b} tỷ đồng.", "5.120", ["1.820", "1.500"], "1.800", "partition"),
]

SLIPS = {"32.910": "33.910", "13.300": "13.900", "1.800": "1.900"}  # one digit off each


@pytest.mark.parametrize(("text", "whole", "parts", "last", "kind"), WORDINGS)
def test_classes_joined_by_va_are_read(text: str, whole: str, parts: list[str], last: str, kind: str) -> None:
    doc = passage(text.format(b=last))
    assert (whole, [*parts, last]) in sums(doc, kind)
    assert errors(doc) == []


@pytest.mark.parametrize(("text", "whole", "parts", "last", "kind"), WORDINGS)
def test_a_slip_in_classes_joined_by_va_is_an_error(text: str, whole: str, parts: list[str], last: str, kind: str) -> None:
    slip = SLIPS[last]
    (f,) = errors(passage(text.format(b=slip)))
    assert whole in f.message and slip in f.message


def test_a_second_classification_of_one_whole() -> None:
    """tra-bong-quang-ngai_2_p2: the sexes (read by their sum) and the town and country (read by their
    classes) are two lists of the same population."""
    doc = passage("Số liệu sơ bộ năm 2016 cho thấy dân số trung bình đạt 32.330 người. Nam nhiều hơn nữ: 16.286 người "
                  "so với 16.044 người. Thành thị có 8.064 người và nông thôn 24.266 người.")
    got = sums(doc, "count_sum")
    assert ("32.330", ["16.286", "16.044"]) in got
    assert ("32.330", ["8.064", "24.266"]) in got
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    # the figure after "và" counts another thing (communes), not the country's people
    "Dân số năm 2020 là 45.210 người. Thành thị có 12.300 người và nông thôn có 9 xã.",
    # the country's figure is another year's
    "Dân số năm 2020 là 45.210 người. Thành thị có 12.300 người và nông thôn năm 2019 có 31.100 người.",
])
def test_near_misses_are_not_read(text: str) -> None:
    doc = passage(text)
    assert sums(doc, "count_sum") == [] and sums(doc, "partition") == []
    assert errors(doc) == []
