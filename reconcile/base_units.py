"""A printed value in its unit's base, as the contract reports it beside the printed one.

One computation for every output that shows it (the JSON writer's ``base_value``/``base_unit``,
the DataFrames' columns of the same names), so they cannot disagree.
"""

from __future__ import annotations

from extractor.model import Cell
from normalizers.units import parse_unit, to_base


def base_value(cell: Cell, unit: str | None) -> tuple[float, str] | None:
    """A cell's value in its unit's base, when the unit converts to another one (48,1 tỷ đồng ->
    (48100000000, "đồng")); None for ratios, evaluations, blanks and units already in base."""
    v = cell.value
    if not unit or v.value is None or cell.role in ("ratio", "evaluation"):
        return None
    parsed = parse_unit(unit)
    base = to_base(v.value, parsed)
    if base is None or base[1] == parsed.canonical:
        return None
    return base
