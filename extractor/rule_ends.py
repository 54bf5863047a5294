"""A rule that ends on a crossing rule keeps reaching it after snapping.

pdfplumber's lattice first snaps rules that lie within a tolerance of one another to their mean
position, and the clusters chain: the double border of one table (x 64.5 to 66.75, Chromium's
``border-collapse`` draws each cell's side) and the border of another table on the same page fall
into one cluster whose mean, x 63.19, is 3.6 pt left of where the rows' rules end (x 66.75).
Those rules then stop short of the border by more than the intersection tolerance, the rows have
no corner on it, and every row under a merged heading was read as one cell with the heading
(Chromium v16000, four rows in one cell although their rules are printed). Widening the
tolerance would join rules that truly stop short; instead a rule whose end touches a crossing
rule before snapping is extended over the whole cluster that rule belongs to, so it reaches the
crossing rule wherever snapping puts it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from pdfplumber.utils import cluster_list

Rule = tuple[float, float, float, float]  # x0, top, x1, bottom


def _clusters(positions: Sequence[float], tolerance: float) -> dict[float, tuple[float, float]]:
    """Each position -> the (lowest, highest) position of its cluster, chained by pdfplumber's own
    ``cluster_list``, the one its snapping uses."""
    return {p: (group[0], group[-1]) for group in cluster_list(list(positions), tolerance) for p in group}


def _extended(
    rules: Sequence[Rule], crossing: Sequence[Rule], horizontal: bool, snap: float, touch: float
) -> list[Rule]:
    """``rules`` (horizontal ones when ``horizontal``) with each end that touches a ``crossing``
    rule stretched over that rule's snapping cluster."""

    def along(r: Rule) -> float:  # a crossing rule's position along ``rules``' direction
        return (r[0] + r[2]) / 2 if horizontal else (r[1] + r[3]) / 2

    def span(r: Rule) -> tuple[float, float]:  # a crossing rule's extent across it
        return (r[1], r[3]) if horizontal else (r[0], r[2])

    ordered = sorted(crossing, key=along)
    keys = [along(r) for r in ordered]
    ranges = _clusters(keys, snap)
    out: list[Rule] = []
    for rule in rules:
        lo, hi = (rule[0], rule[2]) if horizontal else (rule[1], rule[3])
        level = (rule[1] + rule[3]) / 2 if horizontal else (rule[0] + rule[2]) / 2
        new_lo, new_hi = lo, hi
        for end in (lo, hi):
            first = bisect.bisect_left(keys, end - touch)
            last = bisect.bisect_right(keys, end + touch)
            for k in range(first, last):
                a, b = span(ordered[k])
                if a - touch <= level <= b + touch:
                    c_lo, c_hi = ranges[keys[k]]
                    new_lo, new_hi = min(new_lo, c_lo), max(new_hi, c_hi)
        if (new_lo, new_hi) == (lo, hi):
            out.append(rule)
        elif horizontal:
            out.append((new_lo, rule[1], new_hi, rule[3]))
        else:
            out.append((rule[0], new_lo, rule[2], new_hi))
    return out


def reach_snapped(
    h_rules: Sequence[Rule], v_rules: Sequence[Rule], snap: float, touch: float
) -> tuple[list[Rule], list[Rule]]:
    """Horizontal and vertical rules, each end that touches (within ``touch``) a crossing rule
    stretched over the positions that rule may be snapped to (clusters chained within ``snap``)."""
    return (
        _extended(h_rules, v_rules, True, snap, touch),
        _extended(v_rules, h_rules, False, snap, touch),
    )
