"""Interval arithmetic on printed precision (the statcheck / XBRL Calculation 1.1 rule).

A number printed with d decimals stands for every value that rounds to it:
``83,9`` is [83,85, 83,95]. A ratio recomputed from printed inputs is therefore an interval, and
the printed result (r, with d_r decimals) is consistent iff round(R_lo, d_r) ≤ r ≤ round(R_hi, d_r).

All arithmetic is on exact rationals (``fractions.Fraction``) so a tie such as 105,85 is decided
by the rule, not by binary floating point.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from fractions import Fraction

from normalizers.numbers import format_vi

ONE_HUNDRED = Fraction(100)


def round_half_up(x: Fraction, decimals: int) -> Fraction:
    """Round half away from zero (what Excel's ROUND and most authors do): 105,85 -> 105,9."""
    scale = 10**decimals
    magnitude = math.floor(abs(x) * scale + Fraction(1, 2))
    return Fraction(magnitude if x >= 0 else -magnitude, scale)


def truncate(x: Fraction, decimals: int) -> Fraction:
    """Drop digits beyond ``decimals`` (toward zero): 105,882 -> 105,8."""
    scale = 10**decimals
    magnitude = math.floor(abs(x) * scale)
    return Fraction(magnitude if x >= 0 else -magnitude, scale)


def floor_to(x: Fraction, decimals: int) -> Fraction:
    scale = 10**decimals
    return Fraction(math.floor(x * scale), scale)


def ceil_to(x: Fraction, decimals: int) -> Fraction:
    scale = 10**decimals
    return Fraction(math.ceil(x * scale), scale)


def fmt(x: Fraction | float, decimals: int) -> str:
    """A value as a Vietnamese report prints it, rounded half up: ``Fraction(9479, 100), 1`` -> "94,8"."""
    return format_vi(float(round_half_up(Fraction(x), decimals)), decimals)


@dataclass(frozen=True)
class Interval:
    """A closed interval [lo, hi] of exact rationals."""

    lo: Fraction
    hi: Fraction

    @classmethod
    def point(cls, x: Fraction) -> Interval:
        return cls(x, x)

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def scale(self, k: Fraction) -> Interval:
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def shift(self, k: Fraction) -> Interval:
        return Interval(self.lo + k, self.hi + k)

    def contains_zero(self) -> bool:
        return self.lo <= 0 <= self.hi

    def divide(self, other: Interval) -> Interval | None:
        """self / other, or None when ``other`` may be zero (the quotient is unbounded)."""
        if other.contains_zero():
            return None
        ends = [self.lo / other.lo, self.lo / other.hi, self.hi / other.lo, self.hi / other.hi]
        return Interval(min(ends), max(ends))

    def magnitude(self) -> Interval:
        """|x| for x in the interval."""
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return Interval(-self.hi, -self.lo)
        return Interval(Fraction(0), max(-self.lo, self.hi))

    def overlaps(self, other: Interval) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def as_floats(self) -> tuple[float, float]:
        return float(self.lo), float(self.hi)

    def outward(self, decimals: int) -> tuple[Fraction, Fraction]:
        """The interval rounded outward to ``decimals`` (what messages print)."""
        return floor_to(self.lo, decimals), ceil_to(self.hi, decimals)

    def show(self, decimals: int) -> str:
        """Outward-rounded, for messages: [94,6922…, 94,9125…] at 2 decimals -> "94,69–94,92"."""
        return f"{format_vi(float(floor_to(self.lo, decimals)), decimals)}–{format_vi(float(ceil_to(self.hi, decimals)), decimals)}"


@dataclass(frozen=True)
class Printed:
    """A printed number as the exact decimal it shows and its precision.

    value:    the exact decimal (``"88,5"`` -> 177/2).
    decimals: digits printed after the decimal separator.
    exact:    the figure is exact, not rounded: a count of people, communes or party members
              ("90" đảng viên is 90, not [89,5; 90,5]).
    """

    value: Fraction
    decimals: int
    exact: bool = False

    @classmethod
    def of(cls, value: float, decimals: int | None) -> Printed:
        """From a parsed float and its printed decimals (None: read them off the float)."""
        if decimals is None:
            text = repr(float(value))
            decimals = 0 if "e" in text or text.endswith(".0") else len(text.split(".")[1])
        decimals = max(0, decimals)
        scale = 10**decimals
        return cls(Fraction(round(value * scale), scale), decimals)

    @property
    def unit(self) -> Fraction:
        """One unit of the last printed digit."""
        return Fraction(1, 10**self.decimals)

    @property
    def half(self) -> Fraction:
        return Fraction(0) if self.exact else Fraction(1, 2 * 10**self.decimals)

    @property
    def interval(self) -> Interval:
        return Interval(self.value - self.half, self.value + self.half)

    def point(self) -> Interval:
        """The printed value alone, taken as exact."""
        return Interval.point(self.value)

    def text(self) -> str:
        return fmt(self.value, self.decimals)


class Grade(IntEnum):
    """How well a printed result agrees with what its printed inputs give (lower is better)."""

    EXACT = 0  # the inputs taken as exact round to the printed result
    ROUNDING = 1  # agrees once each input may be off by half a unit of its last printed digit
    TRUNCATED = 2  # agrees only if the author truncated (inputs taken as exact)
    TRUNCATED_ROUNDING = 3  # agrees only if truncated, within the inputs' printed precision
    INCONSISTENT = 4


@dataclass(frozen=True)
class Recomputation:
    """One recomputed result against the printed one.

    point:    the result of the printed inputs taken as exact.
    interval: every result the printed inputs allow.
    grade:    see ``Grade``.
    point_truncates: the exact point, truncated, gives the printed value (a telling sign of a
              truncation convention when rounding does not).
    """

    point: Fraction
    interval: Interval
    reported: Printed
    grade: Grade
    point_rounds: bool
    point_truncates: bool

    @property
    def telling(self) -> str | None:
        """"truncation"/"rounding" when the exact point tells the conventions apart, else None."""
        d = self.reported.decimals
        if round_half_up(self.point, d) == truncate(self.point, d):
            return None
        if self.point_truncates:
            return "truncation"
        if self.point_rounds:
            return "rounding"
        return None


def rounds_to(interval: Interval, reported: Printed) -> bool:
    """round(lo, d) ≤ r ≤ round(hi, d): some value in the interval rounds to the printed one."""
    d = reported.decimals
    return round_half_up(interval.lo, d) <= reported.value <= round_half_up(interval.hi, d)


def truncates_to(interval: Interval, reported: Printed, tolerance: Fraction = Fraction(1)) -> bool:
    """Some value in the interval, truncated (up to ``tolerance`` units of the last digit), prints r."""
    r, width = reported.value, tolerance * reported.unit
    if r > 0:
        return interval.hi >= r and interval.lo < r + width
    if r < 0:
        return interval.lo <= r and interval.hi > r - width
    return interval.lo < width and interval.hi > -width


def grade(point: Fraction, interval: Interval, reported: Printed, *, truncation_tolerance: Fraction = Fraction(1)) -> Recomputation:
    """Grade a printed result against the exact point and the interval of its printed inputs."""
    d = reported.decimals
    point_rounds = round_half_up(point, d) == reported.value
    point_truncates = truncate(point, d) == reported.value
    if point_rounds:
        g = Grade.EXACT
    elif rounds_to(interval, reported):
        g = Grade.ROUNDING
    elif point_truncates:
        g = Grade.TRUNCATED
    elif truncates_to(interval, reported, truncation_tolerance):
        g = Grade.TRUNCATED_ROUNDING
    else:
        g = Grade.INCONSISTENT
    return Recomputation(point, interval, reported, g, point_rounds, point_truncates)


def quotient(a: Printed, b: Printed, factor: Fraction = ONE_HUNDRED) -> tuple[Fraction, Interval] | None:
    """a / b · factor, exact and as an interval; None when b may be zero.

    >>> point, iv = quotient(Printed.of(83.9, 1), Printed.of(88.5, 1))
    >>> fmt(point, 1), iv.show(2)
    ('94,8', '94,69–94,92')
    """
    if b.value == 0:
        return None
    iv = a.interval.divide(b.interval)
    if iv is None:
        return None
    return a.value / b.value * factor, iv.scale(factor)


def difference(a: Printed, b: Printed) -> tuple[Fraction, Interval]:
    """a − b: "vượt 204,4 tấn so với kế hoạch" is actual − plan."""
    return a.value - b.value, a.interval - b.interval


def growth(current: Printed, base: Printed) -> tuple[Fraction, Interval] | None:
    """(current / base − 1) · 100: "tăng 5,7% so với cùng kỳ"."""
    q = quotient(current, base)
    if q is None:
        return None
    point, iv = q
    return point - ONE_HUNDRED, iv.shift(-ONE_HUNDRED)


def total(parts: Iterable[tuple[Printed, Fraction]], *, with_precision: bool = True) -> tuple[Fraction, Interval]:
    """Σ parts (each with the factor converting it to the total's unit), exact and as an interval."""
    point = Fraction(0)
    iv = Interval.point(Fraction(0))
    for printed, factor in parts:
        point += printed.value * factor
        iv = iv + (printed.interval if with_precision else printed.point()).scale(factor)
    return point, iv
