"""A whole in one sentence and its parts in the next (issue 12, ``extractor.prose_carry``).

Reworded from district reports and their paraphrases (hoa-vang: "Huyện có 11 xã với 119 thôn. Có 3 xã đồng
bằng, …"; chuong-my: "25/30 xã đạt chuẩn nông thôn mới. 5 xã còn lại …"; chu-pah: "14 đơn vị hành chính
cấp xã. Trong đó có 2 thị trấn … 12 xã còn lại …"). The parts carry on only when their sentence opens with
a list word or with the rest itself, and counts the same noun; a new subject or another year is refused.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


@pytest.mark.parametrize(
    ("text", "kind", "total", "parts"),
    [
        # class_counts: terrain after the count of communes
        ("Huyện có 11 xã với 119 thôn. Có 3 xã đồng bằng, 4 xã trung du và 4 xã miền núi.",
         "count_sum", "11", ["3", "4", "4"]),
        ("Toàn huyện gồm 9 xã. Trong đó có 3 xã khu vực I, 2 xã khu vực II và 4 xã khu vực III.",
         "count_sum", "9", ["3", "2", "4"]),
        ("Xã có 9 thôn. Có 3 thôn khu vực I, 2 thôn khu vực II và 4 thôn khu vực III.", "count_sum", "9", ["3", "2", "4"]),
        ("Toàn huyện có 12 xã, 1 thị trấn. Có 1 xã vùng III, 4 xã vùng II và 7 xã vùng I.",
         "count_sum", "12", ["1", "4", "7"]),
        # read before by the list word "trong đó" across the full stop: the step must not read it twice
        ("Huyện có 12 xã. Trong đó, có 1 xã vùng III và 4 xã vùng II.", "subset", "12", ["1", "4"]),
    ],
)
def test_classes_of_places_carry_on_into_the_next_sentence(text: str, kind: str, total: str, parts: list[str]) -> None:
    doc = passage(text)
    assert sums(doc, kind) == [(total, parts)], text
    assert not errors(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Đến giữa năm 2019, huyện có 25/30 xã đạt chuẩn nông thôn mới. 5 xã còn lại đều đạt và cơ bản đạt từ 15 tiêu chí.",
        "Huyện có 25/30 xã đạt chuẩn nông thôn mới. Có 5 xã còn lại đạt từ 15 tiêu chí trở lên.",
        "Năm 2023 có 18/21 chỉ tiêu đạt và vượt kế hoạch. Có 3 chỉ tiêu không đạt.",
        "Huyện hoàn thành 18/21 chỉ tiêu. 3 chỉ tiêu còn lại không đạt.",
    ],
)
def test_the_rest_of_a_fraction_carries_on_into_the_next_sentence(text: str) -> None:
    doc = passage(text)
    assert len(sums(doc, "count_sum")) == 1, text
    assert not errors(doc)


def test_a_rest_in_the_next_sentence_that_misses_the_whole_is_an_error() -> None:
    doc = passage("Huyện có 25/30 xã đạt chuẩn nông thôn mới. 6 xã còn lại đều đạt từ 15 tiêu chí.")
    assert sums(doc, "count_sum") == [("30", ["25", "6"])]
    assert len(errors(doc)) == 1


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Chư Păh có 14 đơn vị hành chính cấp xã. Trong đó có 2 thị trấn là Phú Hòa (huyện lỵ) và Ia Ly. 12 xã còn lại"
         " gồm Chư Đang Ya, Hà Tây, Hòa Phú, Ia Ka, Ia Khươl, Ia Kreng, Ia Mơ Nông, Ia Nhin, Ia Phí, Nghĩa Hòa, Nghĩa"
         " Hưng và Đắk Tơ Ver.", ["2", "12"]),
        ("Huyện có 18 đơn vị hành chính. Có 17 xã và 1 thị trấn.", ["17", "1"]),
        ("Thị xã có 10 đơn vị hành chính cấp xã. Gồm 6 phường. 4 xã còn lại nằm ở phía tây.", ["6", "4"]),
        ("Huyện có 24 đơn vị hành chính cấp xã. Trong đó có 1 thị trấn. 23 xã còn lại nằm ở vùng nông thôn.",
         ["1", "23"]),
    ],
)
def test_classes_of_units_carry_on_into_the_next_sentences(text: str, parts: list[str]) -> None:
    doc = passage(text)
    assert [found for _, found in sums(doc, "count_sum")] == [parts], text
    assert not errors(doc)


@pytest.mark.parametrize(
    "text",
    [
        # a new subject opens the next sentence: the town's communes, not the district's
        "Huyện có 11 xã với 119 thôn. Thị xã có 3 xã đồng bằng, 4 xã trung du và 4 xã miền núi.",
        # another year: the communes of 2020, not of the count before
        "Huyện có 25/30 xã đạt chuẩn nông thôn mới. Năm 2020 có 3 xã còn lại đạt chuẩn.",
        "Huyện có 11 xã với 119 thôn. Có 3 xã đồng bằng năm 2020, 4 xã trung du và 4 xã miền núi.",
        # the whole's sentence goes on counting the same noun: the whole is not its last count
        "Huyện có 11 xã, 9 xã đạt chuẩn. Có 3 xã đồng bằng, 4 xã trung du và 4 xã miền núi.",
        # another noun
        "Huyện có 25/30 xã đạt chuẩn nông thôn mới. 5 thôn còn lại đều đạt từ 15 tiêu chí.",
        # the next paragraph is another statement
        "Huyện có 11 xã với 119 thôn.\nCó 3 xã đồng bằng, 4 xã trung du và 4 xã miền núi.",
    ],
)
def test_a_new_statement_does_not_carry_on(text: str) -> None:
    doc = passage(*text.split("\n"))
    assert not sums(doc, "count_sum"), text
    assert not errors(doc)


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        # ia-pa-gia-lai_1's communes by zone, printed after the list word "trong đó", in one sentence and split
        ("Huyện có 09 xã, trong đó có 03 xã khu vực I, 02 xã khu vực II và 04 xã khu vực III.", "09", ["03", "02", "04"]),
        ("Huyện có 09 xã. Trong đó có 03 xã khu vực I, 02 xã khu vực II và 04 xã khu vực III.", "09", ["03", "02", "04"]),
        # kbang-gia-lai_1's communes by zone after "trong đó"
        ("Huyện có 12 xã, trong đó 01 xã vùng III, 04 xã vùng II và 07 xã vùng I.", "12", ["01", "04", "07"]),
    ],
)
def test_classes_naming_every_class_after_trong_do_are_a_partition(text: str, total: str, parts: list[str]) -> None:
    """Classes of one classification that name every class cover every place of the whole: a count_sum
    whatever list word led to them, not the subset "trong đó" alone would read."""
    doc = passage(text)
    assert sums(doc, "count_sum") == [(total, parts)], text
    assert not sums(doc, "subset"), text
    assert not errors(doc)


@pytest.mark.parametrize(
    "text",
    [
        # one commune short of the whole: a subset would pass it
        "Huyện có 09 xã, trong đó có 03 xã khu vực I, 02 xã khu vực II và 03 xã khu vực III.",
        "Huyện có 09 xã. Trong đó có 03 xã khu vực I, 02 xã khu vực II và 03 xã khu vực III.",
        # one commune more than the whole
        "Huyện có 12 xã, trong đó 01 xã vùng III, 04 xã vùng II và 08 xã vùng I.",
    ],
)
def test_classes_naming_every_class_that_miss_the_whole_are_an_error(text: str) -> None:
    doc = passage(text)
    assert len(sums(doc, "count_sum")) == 1, text
    assert [f.kind for f in errors(doc)] == ["sum_mismatch"], text


def test_some_classes_after_trong_do_stay_a_subset() -> None:
    doc = passage("Huyện có 12 xã, trong đó có 1 xã vùng III và 4 xã vùng II.")
    assert sums(doc, "subset") == [("12", ["1", "4"])]
    assert not sums(doc, "count_sum")
    assert not errors(doc)
