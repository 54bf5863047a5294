"""Units of parts, wholes and rates (normalizers.quantities, relations.per_capita_scale)."""

from __future__ import annotations

from fractions import Fraction

import pytest

from normalizers.quantities import same_quantity, stock_unit
from reconcile.engine.relations import per_capita_scale


@pytest.mark.parametrize(("printed", "stock"), [
    ("tấn/vụ", "tấn"),           # tuy-phong-binh-thuan_2: "sản lượng bình quân 3.366 tấn/vụ"
    ("tỷ đồng/năm", "tỷ đồng"),
    ("người/km2", "người/km2"),  # a density is a rate, not an amount per period
    ("tạ/ha", "tạ/ha"),
    ("ha", "ha"),
    (None, None),
])
def test_stock_unit_drops_only_a_period(printed: str | None, stock: str | None) -> None:
    assert stock_unit(printed) == stock


def test_a_harvest_per_season_is_a_mass_like_any_other() -> None:
    assert same_quantity(stock_unit("tấn/vụ"), "tạ")


@pytest.mark.parametrize(("total", "base", "rate", "scale"), [
    ("tấn/vụ", "ha", "tạ", Fraction(10)),      # "6 tạ trở lên/ha/vụ": the row keeps "tạ" only
    ("tấn", "ha", "tạ/ha", Fraction(10)),
    ("người", "ha", "người/km2", Fraction(100)),
    ("người", "km2", "người/km2", Fraction(1)),
])
def test_per_capita_scale(total: str, base: str, rate: str, scale: Fraction) -> None:
    assert per_capita_scale(total, base, rate) == scale
