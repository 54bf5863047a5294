"""Errors on relations a passage does not state (issue 12, wave 22's development third): each misreading is
pinned as a refusal (or the right reading), beside a true finding of the same shape the fix must keep.

The strings are reworded from dev passages (ben-cat-binh-duong_1 and _4, hoc-mon-ho-chi-minh_4,
nam-nhun-lai-chau_2); the names and figures are changed.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations, sums, text_triples

WARDS = "An Lạc, An Phú, Bình Hòa, Hòa Mỹ, Mỹ Lộc, Tân Hưng, Thới An"


def lists(text: str) -> dict[str, tuple[str, ...]]:
    doc = passage(text)
    return {printed(doc, r, "count")[0]: r.items for r in relations(doc, "count_list")}


def test_wards_before_a_commune_typed_as_one_are_the_wards_counted() -> None:
    text = f"Về hành chính, thành phố có 8 đơn vị hành chính cấp xã, gồm 7 phường: {WARDS} và xã Phú Lộc."
    assert lists(text)["7"] == tuple(WARDS.split(", "))
    assert not errors(passage(text))


def test_one_ward_too_many_before_the_commune_is_still_an_error() -> None:
    text = f"Về hành chính, thành phố có 9 đơn vị hành chính cấp xã, gồm 7 phường: {WARDS}, Tân Lộc và xã Phú Lộc."
    assert len(lists(text)["7"]) == 8
    assert [f.severity for f in errors(passage(text))] == ["error"]


def test_a_parenthesis_saying_where_a_named_place_is_names_no_counted_place() -> None:
    text = ("Huyện hiện có 3 xã tiếp giáp với huyện Mường Tè (tỉnh Phong Thổ, nước Lào), với tổng chiều dài "
            "đường biên giới là 24,6km.")
    assert lists(text) == {}
    assert not errors(passage(text))


def test_untyped_names_after_a_neighbour_are_the_counted_places() -> None:
    text = "Huyện có 4 xã biên giới giáp nước Lào (Sín Thầu, Chung Chải, Mù Cả) với 31km đường biên giới."
    assert lists(text) == {"4": ("Sín Thầu", "Chung Chải", "Mù Cả")}
    assert [f.severity for f in errors(passage(text))] == ["error"]


def test_a_running_total_after_the_parts_is_no_part() -> None:
    text = ("Thu hút đầu tư tăng 12,5%; huyện có 1.050 dự án đầu tư, trong đó thu hút đầu tư nước ngoài 640 dự án, "
            "nâng tổng số dự án trên địa bàn lên 4.870 dự án. Toàn huyện có 07 chợ.")
    doc = passage(text)
    assert sums(doc, "count_sum") == [] and sums(doc, "partition") == []
    assert sums(doc, "subset") == [("1.050", ["640"])]
    assert not errors(doc)


def test_a_part_above_its_whole_before_a_running_total_is_still_an_error() -> None:
    text = ("Thu hút đầu tư tăng 12,5%; huyện có 605 dự án đầu tư, trong đó thu hút đầu tư nước ngoài 640 dự án, "
            "nâng tổng số dự án trên địa bàn lên 4.870 dự án. Toàn huyện có 07 chợ.")
    doc = passage(text)
    assert sums(doc, "subset") == [("605", ["640"])]
    assert [f.severity for f in errors(doc)] == ["error"]


DENSITY = ("Huyện nằm ở ngoại thành, cách trung tâm thành phố 25km; phía Bắc giáp huyện Củ Chi. Diện tích tự "
           "nhiên của huyện là 120,5km2; dân số năm 2020 đạt 480.200 người, {words} khoảng {rate} người/km.")


def test_a_density_per_km_is_over_the_area_never_a_distance() -> None:
    text = DENSITY.format(words="mật độ trung bình", rate="3.985")
    assert text_triples(text, "per_capita", ("total", "base", "rate")) == [("480.200", "120,5", "khoảng 3.985")]
    assert not errors(passage(text))


def test_a_density_per_km_that_does_not_recompute_is_an_error() -> None:
    text = DENSITY.format(words="mật độ trung bình", rate="3.100")
    assert text_triples(text, "per_capita", ("total", "base", "rate")) == [("480.200", "120,5", "khoảng 3.100")]
    assert [f.severity for f in errors(passage(text))] == ["error"]


def test_people_per_km_with_no_density_named_are_not_read() -> None:
    text = DENSITY.format(words="bình quân", rate="3.985")
    assert relations(passage(text), "per_capita") == []
