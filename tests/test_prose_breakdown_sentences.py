"""A sentence that announces a breakdown of the place and lists it under a total printed elsewhere
(``extractor.prose_breakdowns``, issue 12, round 28): "Diện tích từng đơn vị là: …", "Năm phường mới gồm: …",
"diện tích và dân số từng xã … như sau: …; cộng toàn huyện …", "địa hình chia làm 3 khu vực: …". Seen in Cam Lâm,
Hương Thủy, Nậm Pồ and Ea Kar (development passages); sentences reworded, figures and names changed. The near
misses are the readings the rule must refuse: a narrower measure than the place's, two totals that differ, a
list cut short, a total of another year.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, sums


def _all_sums(text: str) -> list[tuple[str, list[str]]]:
    doc = passage(text)
    return sums(doc, "partition") + sums(doc, "count_sum") + sums(doc, "subset")


@pytest.mark.parametrize(("text", "total", "parts", "slip"), [
    # Cam Lâm: "Diện tích từng đơn vị là: …", the total two sentences before
    ("Diện tích tự nhiên toàn huyện là 12.500 ha, dân số 80.200 người. Huyện có 4 xã. Diện tích từng xã là: Tân An "
     "3.100 ha, Tân Bình 2.900 ha, Tân Lộc 4.000 ha và Tân Phú 2.500 ha.",
     "12.500", ["3.100", "2.900", "4.000", "2.500"], ("Tân Lộc 4.000", "Tân Lộc 4.300")),
    # Nậm Pồ: the list's own total closes it, and is preferred to the one printed before
    ("Huyện rộng 356 km², dân số 48.300 người. Theo niên giám, diện tích và dân số từng xã năm 2022 như sau: Nà "
     "Hỳ 120,5 km² và 15.100 người; Nà Bủng 98,7 km² và 12.600 người; Pa Tần 137,0 km² và 20.600 người; cộng toàn "
     "huyện 356,2 km² với 48.300 người.",
     "356,2", ["120,5", "98,7", "137,0"], ("98,7 km²", "99,7 km²")),
    # Ea Kar's construction with one total: the land divided into zones ("khoảng" covers the gap)
    ("Diện tích tự nhiên toàn huyện là 48.350 ha. Theo độ cao, địa hình chia làm 3 vùng: vùng núi cao khoảng 20.000 "
     "ha; vùng đồi khoảng 18.000 ha; vùng đồng bằng ven sông khoảng 10.000 ha.",
     "48.350", ["khoảng 20.000", "khoảng 18.000", "khoảng 10.000"], ("khoảng 18.000 ha", "24.000 ha")),
    ("Tổng diện tích tự nhiên của huyện là 9.870 ha. Diện tích từng đơn vị hành chính như sau: thị trấn Phú Lộc "
     "1.870 ha, xã An Lạc 4.200 ha, xã An Hòa 3.800 ha.",
     "9.870", ["1.870", "4.200", "3.800"], ("4.200 ha", "4.020 ha")),
    # the head's measure is the whole's: the sown area of each commune under the district's
    ("Tổng diện tích gieo trồng toàn huyện năm 2023 đạt 2.150 ha. Diện tích gieo trồng từng xã như sau: Tân An 500 "
     "ha, Tân Bình 700 ha, Tân Lộc 950 ha.",
     "2.150", ["500", "700", "950"], ("Tân Bình 700", "Tân Bình 760")),
])
def test_each_unit_listed_is_a_partition_of_the_total_printed_elsewhere(text: str, total: str, parts: list[str],
                                                                         slip: tuple[str, str]) -> None:
    doc = passage(text)
    assert (total, parts) in sums(doc, "partition")
    assert errors(doc) == []
    # the same list with a slip: arithmetic alone reads no list that does not add up, this rule does
    assert len(errors(passage(text.replace(*slip)))) == 1


def test_the_people_of_each_unit_add_up_too() -> None:
    text = ("Huyện rộng 356,2 km², dân số 48.300 người. Theo niên giám, diện tích và dân số từng xã năm 2022 như sau: "
            "Nà Hỳ 120,5 km² và 15.100 người; Nà Bủng 98,7 km² và 12.600 người; Pa Tần 137,0 km² và 20.600 người; "
            "cộng toàn huyện 356,2 km² với 48.300 người.")
    assert ("48.300", ["15.100", "12.600", "20.600"]) in _all_sums(text)
    assert len(errors(passage(text.replace("12.600 người", "12.900 người")))) == 1


@pytest.mark.parametrize(("text", "expected"), [
    # Hương Thủy: the new wards are some of the town, which has communes too
    ("Thị xã được lập trên cơ sở toàn bộ 32.400 ha diện tích tự nhiên và 71.250 nhân khẩu của huyện. Ba phường mới "
     "gồm: An Hòa rộng 1.200 ha với 9.800 nhân khẩu; An Lạc rộng 950 ha với 7.400 nhân khẩu; An Phú rộng 1.630 ha "
     "với 11.020 nhân khẩu.",
     [("32.400", ["1.200", "950", "1.630"]), ("71.250", ["9.800", "7.400", "11.020"])]),
    ("Tổng diện tích tự nhiên của thành phố là 14.800 ha. Các phường mới gồm: Đông Hải 620 ha, Tây Sơn 480 ha và "
     "Nam Thành 710 ha.",
     [("14.800", ["620", "480", "710"])]),
    ("Sau khi điều chỉnh, thị xã có tổng diện tích tự nhiên 20.515 ha. Bốn phường trực thuộc gồm: Bình Minh 512 ha; "
     "Bình Tân 733 ha; Bình An 1.046 ha; Bình Hòa 610 ha.",
     [("20.515", ["512", "733", "1.046", "610"])]),
])
def test_the_units_named_are_some_of_the_total(text: str, expected: list[tuple[str, list[str]]]) -> None:
    doc = passage(text)
    for pair in expected:
        assert pair in sums(doc, "subset")
    assert sums(doc, "partition") == []
    assert errors(doc) == []


@pytest.mark.parametrize("text", [
    # a narrower measure than the place's: the rice of each commune is no part of the natural area
    "Diện tích tự nhiên toàn huyện là 12.500 ha. Diện tích lúa từng xã là: Tân An 310 ha, Tân Bình 290 ha và Tân "
    "Lộc 400 ha.",
    # Ea Kar: two totals of the land that differ, 101.892 ha and 1.037,47 km2: which one the zones make up is unsaid
    "Huyện có diện tích tự nhiên là 101892 ha; sau 25 năm xây dựng, tổng diện tích tự nhiên là 1.037,47 km2. Địa "
    "hình chia làm 3 khu vực: cao 700 – 800m khoảng 15.000 ha; cao 600 – 700m khoảng 12.000 ha; cao 400 – 500m "
    "khoảng 74.000 ha.",
    # "từng xã" naming 3 of the 15 communes the passage counts: not each of them
    "Diện tích tự nhiên toàn huyện là 12.500 ha. Huyện có 15 xã. Diện tích từng xã là: Tân An 3.100 ha, Tân Bình "
    "2.900 ha và Tân Lộc 4.000 ha.",
    # the province's total, not the district's the communes make up
    "Diện tích tự nhiên toàn tỉnh là 512.500 ha. Diện tích từng xã của huyện là: Tân An 3.100 ha, Tân Bình 2.900 "
    "ha và Tân Lộc 4.000 ha.",
    # a list cut short
    "Diện tích tự nhiên toàn huyện là 12.500 ha. Diện tích từng xã là: Tân An 3.100 ha, Tân Bình 2.900 ha, ...",
    # a total of another year than the list's
    "Năm 2010, diện tích tự nhiên toàn huyện là 12.500 ha. Năm 2020, diện tích từng xã là: Tân An 3.100 ha, Tân "
    "Bình 2.900 ha và Tân Lộc 4.000 ha.",
])
def test_no_breakdown_is_guessed(text: str) -> None:
    doc = passage(text)
    assert sums(doc, "partition") == []
    assert sums(doc, "subset") == []
    assert errors(doc) == []
