"""Areas printed by the thousand ("9,3 nghìn ha", issue 12, wave 23's development third): the scale word
before "ha" is part of the unit, as before a mass or a count, so the figure is an area and a part printed
after it ("trong đó … hơn 8,9 nghìn ha") is read as some of it.

The strings are reworded from dev passages (van-ninh-khanh-hoa_2, phong-tho-lai-chau_4); the names and
figures are changed.
"""

from __future__ import annotations

from normalizers.units import find_unit, parse_unit
from tests.test_prose_links import errors, passage, sums


def test_a_scale_word_before_an_area_unit_scales_it() -> None:
    unit = parse_unit("nghìn ha")
    assert (unit.dimension, unit.scale, unit.base) == ("area", 1e7, "m²")
    assert parse_unit("ngàn ha").canonical == "nghìn ha"
    found = find_unit("rộng 87,45 nghìn ha, chủ yếu là đồi núi")
    assert found is not None and found[0].canonical == "nghìn ha"


def test_a_scale_word_alone_is_still_money_and_a_length_is_not_scaled() -> None:
    found = find_unit("ủng hộ hơn 450 triệu, trong đó")
    assert found is not None and found[0].dimension == "money"
    assert parse_unit("nghìn km").dimension == "other"


SOWN = ("Tổng diện tích gieo trồng cây hàng năm đạt hơn 7,4 nghìn ha, bằng 103% kế hoạch, trong đó diện tích "
        "trồng cây lương thực, thực phẩm hơn {part} nghìn ha.")


def test_a_part_of_an_area_by_the_thousand_is_read_as_some_of_it() -> None:
    doc = passage(SOWN.format(part="6,8"))
    assert sums(doc, "subset") == [("hơn 7,4", ["hơn 6,8"])]
    assert not errors(doc)


def test_a_part_larger_than_its_area_by_the_thousand_is_an_error() -> None:
    assert [f.severity for f in errors(passage(SOWN.format(part="8,1")))] == ["error"]
