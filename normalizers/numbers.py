"""Vietnamese (and OCR'd English-style) number parsing into typed values that keep what was printed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueKind = Literal["number", "range", "comparator", "fraction", "label", "blank", "unparsed"]
NumberStyle = Literal["vi", "en", "plain", "ambiguous"]


@dataclass(frozen=True)
class ParsedValue:
    """One printed value, parsed.

    raw:        the text exactly as printed (markup included).
    kind:       what the text turned out to be.
    value:      the number (None for ranges, labels, blanks, unparsed); for fractions the numerator;
                for comparators the bound ("> 90" -> 90).
    low, high:  range bounds ("5-6" -> 5, 6).
    op:         comparator: ">", ">=", "<", "<=" ("trên 99,5%" -> ">", "tối thiểu 90%" -> ">=").
    den:        fraction denominator ("16/19" -> 19).
    label:      qualitative value, canonical spelling ("Đạt", "Vượt", "Chưa đạt", "Không đạt",
                "HTTNV", "Có", "Chưa triển khai", "Hoàn thành").
    decimals:   decimals printed for ``value`` ("48,10" -> 2, "41.100" read as thousands -> 0).
    den_decimals: decimals printed for ``den``.
    percent:    "%" or "‰" when printed beside the number, else None.
    style:      how separators were read: "vi" (1.234,5), "en" (1,234.5), "plain" (no separator
                or unambiguous), "ambiguous" (decided without evidence).
    confidence: 0..1, how sure the separator reading is (1.0 for unambiguous text).
    hedge:      a hedge word printed before the figure ("khoảng", "gần", "ước", "hơn"), else None.
    note:       text in parentheses or footnote markers dropped from the value ("trên 3% trở lên").
    reason:     for ``unparsed`` why; for a decided ambiguous form the evidence used.
    """

    raw: str
    kind: ValueKind
    value: float | None = None
    low: float | None = None
    high: float | None = None
    op: str | None = None
    den: float | None = None
    label: str | None = None
    decimals: int | None = None
    den_decimals: int | None = None
    percent: str | None = None
    style: NumberStyle = "plain"
    confidence: float = 1.0
    hedge: str | None = None
    note: str | None = None
    reason: str | None = None
