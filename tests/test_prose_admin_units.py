"""A district's administrative units and their classes, whatever word joins them (issue 12).

"gồm 18 xã và 01 thị trấn" was read by its list word; "với …", "(… , …)" and a total printed after
the classes were read only when they added up, so a count that did not was never seen.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


@pytest.mark.parametrize(
    ("text", "total", "parts"),
    [
        # hai-lang-quang-tri_5
        ("Huyện Hải Lăng có 20 đơn vị hành chính với 19 xã và 01 thị trấn; tổng diện tích tự nhiên là 42.500 ha.",
         "20", ["19", "01"]),
        ("Một luận văn ghi huyện có tổng diện tích tự nhiên 34026,51ha với 33 đơn vị hành chính (32 xã, 1 thị trấn).",
         "33", ["32", "1"]),
        # huu-lung-lang-son_4
        ("Huyện gồm 1 thị trấn và 23 xã, tổng cộng 24 đơn vị hành chính.", "24", ["1", "23"]),
    ],
)
def test_the_classes_of_units_are_all_of_them(text: str, total: str, parts: list[str]) -> None:
    doc = passage(text)
    assert sums(doc, "count_sum") == [(total, parts)]
    assert not errors(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Huyện Hải Lăng có 20 đơn vị hành chính với 18 xã và 01 thị trấn; tổng diện tích tự nhiên là 42.500 ha.",
        "Huyện gồm 1 thị trấn và 23 xã, tổng cộng 26 đơn vị hành chính.",
    ],
)
def test_classes_that_miss_the_count_are_an_error(text: str) -> None:
    assert len(errors(passage(text))) == 1


def test_communes_qualified_further_are_some_of_them() -> None:
    doc = passage("Huyện có 10 đơn vị hành chính cấp xã, trong đó có 08 xã biên giới giáp nước bạn Lào, với tổng "
                  "chiều dài đường biên giới hơn 76 km.")
    assert sums(doc, "count_sum") == []
    assert not errors(doc)
