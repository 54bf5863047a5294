"""Column headers -> what each column holds: role, period, and for ratio columns what they divide.

Headers are read on their folded form (no diacritics, lower case) so OCR damage to accents
("Số sánh", "Chi chú", "KHI năm 2024") does not change the reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from extractor.model import Column
from normalizers.text import fold, strip_markup

# What a column is, beyond the value roles of the contract: the row label columns.
LAYOUT_KINDS = ("number", "indicator", "unit")

_YEAR_RANGE_RE = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class HeaderReading:
    """What one header text says: a layout kind ("number", "indicator", "unit") or a value role."""

    kind: str
    period: str | None


def _has_word(folded: str, *words: str) -> bool:
    return any(re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", folded) for w in words)


def header_period(text: str) -> str | None:
    """Period printed in a header: ``'Ước thực hiện giai đoạn 2021 - 2024'`` -> ``'2021-2024'``.

    A single year gives that year; a range gives ``"start-end"``. When a ratio header names two
    periods only the first side is read by the caller.
    """
    cleaned = strip_markup(text)
    years_range = _YEAR_RANGE_RE.search(cleaned)
    if years_range:
        return f"{years_range.group(1)}-{years_range.group(2)}"
    year = _YEAR_RE.search(cleaned)
    return year.group(1) if year else None


def _value_role(folded: str) -> str:
    """Role of a value column from its folded header (one side of a ratio header, or a whole one)."""
    if _has_word(folded, "danh gia", "thanh qua", "bieu gia", "thanh tich") or "(dat, vuot" in folded:
        return "evaluation"
    if _has_word(folded, "ghi chu", "chi chu", "gia cua"):
        return "note"
    if _has_word(folded, "uoc thuc hien", "uoc th", "uoc dat", "uoc tinh", "uoc"):
        return "estimate"
    if _has_word(folded, "thuc hien", "luy ke", "lay ke", "lay so", "luu ke", "loi ich", "lay le", "th", "tthien"):
        return "actual"
    if _has_word(folded, "ke hoach", "kh", "khi", "du toan"):
        return "plan"
    if _has_word(folded, "muc tieu", "chi tieu", "muc chi tieu", "nq", "no dh", "nq dh", "de an", "muc tang"):
        return "target"
    return "other"


def read_header(text: str) -> HeaderReading:
    """Read one (joined) header text.

    >>> read_header("KH năm 2024")
    HeaderReading(kind='plan', period='2024')
    >>> read_header("So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024").kind
    'ratio'
    """
    cleaned = _SPACE_RE.sub(" ", strip_markup(text)).strip()
    folded = fold(cleaned)
    period = header_period(cleaned)
    if not folded:
        return HeaderReading("other", None)
    if re.fullmatch(r"(s?tt|yt|stt\.?|so tt|\d+)", folded):
        return HeaderReading("number", None)
    if _has_word(folded, "don vi tinh", "dvt", "don vi", "dem y tinh", "dua v/ tinh", "diem % tinh", "dam vi") or (
        "tinh" in folded and len(folded) <= 14 and not period
    ):
        return HeaderReading("unit", None)
    # "Đánh giá ... so với mục tiêu đề ra (đạt, vượt, chưa đạt)" says "so với" but holds words.
    if _value_role(folded) == "evaluation":
        return HeaderReading("evaluation", period)
    if _is_ratio_header(folded):
        return HeaderReading("ratio", period)
    if _has_word(folded, "ten nghi quyet", "noi dung", "tao nghi quyet", "ten nghi", "the nghi quyet") or (
        folded in ("chi tieu", "chi tieu,", "chi tieu kinh te") or fuzz.ratio(folded, "chi tieu") >= 85
    ):
        return HeaderReading("indicator", None)
    return HeaderReading(_value_role(folded), period)


def _is_ratio_header(folded: str) -> bool:
    # "(tỷ lệ %)" after a header only says the values are percentages (seed 004), not a ratio.
    if _has_word(folded, "so sanh", "so sach", "so voi") or fuzz.partial_ratio("so sanh", folded) >= 86:
        return True
    # "Ước thực hiện năm 2024/Kế hoạch năm 2024": two column descriptions around a slash.
    sides = [s for s in folded.split("/") if s.strip()]
    if len(sides) >= 2 and all(_value_role(s) != "other" for s in sides[:2]):
        return True
    return "(%)" in folded and "so" in folded.split()


def _ratio_sides(header: str) -> list[str]:
    """The column descriptions a ratio header divides, in order (numerator first)."""
    cleaned = strip_markup(header)
    # Drop the spanning group name ("So sánh / ...") joined in front of the sub-header.
    if " / " in cleaned and fold(cleaned.split(" / ", 1)[0]).strip() in ("so sanh", "so sach", "ty le"):
        cleaned = cleaned.split(" / ", 1)[1]
    folded = fold(cleaned)
    if "so voi" in folded:
        left, right = folded.split("so voi", 1)
        return [left, right]
    return [s for s in folded.split("/") if s.strip()]


def _pick_column(side: str, candidates: Sequence[Column], *, default_role: str | None) -> Column | None:
    """The non-ratio column that one side of a ratio header names (same role and period first)."""
    role = _value_role(side) if side.strip() else (default_role or "other")
    period = header_period(side)
    outcome = ("actual", "estimate")
    same_role = [c for c in candidates if c.role == role or (role in outcome and c.role in outcome)]
    if period:
        exact = [c for c in same_role if c.period == period]
        if exact:
            return exact[0]
    if len(same_role) == 1:
        return same_role[0]
    if same_role:
        scored = sorted(same_role, key=lambda c: -fuzz.token_set_ratio(fold(c.header), side))
        return scored[0]
    return None


def resolve_divides(columns: Sequence[Column]) -> list[Column]:
    """Fill ``divides`` of ratio columns from what their headers say.

    "Ước thực hiện năm 2024/Kế hoạch năm 2024" -> (estimate 2024 column, plan 2024 column);
    "Lũy kế ... so với chỉ tiêu (mục tiêu)" -> (the cumulative actual column, the target column);
    "So sánh với kế hoạch năm 2024 (%)" -> (actual/estimate of 2024, plan of 2024).
    A ratio header that names nothing usable keeps ``divides=None`` (the checker reports it).
    """
    values = [c for c in columns if c.role in ("target", "plan", "actual", "estimate")]
    resolved: list[Column] = []
    for col in columns:
        if col.role != "ratio":
            resolved.append(col)
            continue
        sides = _ratio_sides(col.header)
        num = den = None
        if len(sides) >= 2:
            num = _pick_column(sides[0], [c for c in values if c.index < col.index], default_role="actual")
            # OCR sometimes repeats a fragment ("…năm 2024/Kế 2024/Kế hoạch năm 2024"): the last side
            # is the denominator.
            den = _pick_column(sides[-1], [c for c in values if c.index < col.index], default_role="plan")
        else:
            # One side only: "So sánh với kế hoạch năm 2024" names the denominator, "So sánh /
            # Thực hiện năm 2024" the numerator; the other is the same period's counterpart.
            side = sides[0] if sides else ""
            side_role = _value_role(side)
            period = header_period(side) or col.period
            before = [c for c in values if c.index < col.index]

            def same_period(c: Column, period: str | None = period) -> bool:
                return period is None or c.period == period

            actuals = [c for c in before if c.role in ("actual", "estimate") and same_period(c)]
            if side_role in ("actual", "estimate"):
                dens = [c for c in before if c.role == "plan" and same_period(c)] or [
                    c for c in before if c.role == "target"
                ]
            else:
                den_role = "plan" if side_role in ("plan", "other") else side_role
                dens = [c for c in before if c.role == den_role and same_period(c)]
            num = actuals[0] if actuals else None
            den = dens[0] if dens else None
        if num is not None and den is not None and num.index != den.index:
            resolved.append(Column(col.index, col.header, col.role, col.period or num.period, (num.index, den.index)))
        else:
            resolved.append(col)
    return resolved


def join_header_rows(rows: Sequence[Sequence[str]]) -> list[str]:
    """Join a multi-row header into one full name per column.

    A cell of an upper row that spans the columns to its right (they are empty in that row and
    filled in the next) is repeated over them: ("So sánh", "", "") over ("A/B", "C/D", "E/F")
    becomes "So sánh / A/B", "So sánh / C/D", "So sánh / E/F".
    """
    width = max((len(r) for r in rows), default=0)
    grid = [[strip_markup(r[i]) if i < len(r) else "" for i in range(width)] for r in rows]
    names = [""] * width
    for depth, row in enumerate(grid):
        below = grid[depth + 1] if depth + 1 < len(grid) else None
        span_text = ""
        for i, text in enumerate(row):
            if text:
                span_text = text if below is not None and below[i] else ""
                names[i] = f"{names[i]} / {text}" if names[i] else text
            elif span_text and below is not None and below[i]:
                names[i] = f"{names[i]} / {span_text}" if names[i] else span_text
            else:
                span_text = ""
    return [_SPACE_RE.sub(" ", n).strip() for n in names]


def header_to_columns(header_rows: Sequence[Sequence[str]]) -> list[Column]:
    """Header rows of a table -> ``Column``s with role, period and ratio divisions.

    Layout columns (number, indicator, unit) get those words as their role; value columns one of
    the contract's roles.
    """
    names = join_header_rows(header_rows)
    columns: list[Column] = []
    for index, name in enumerate(names):
        reading = read_header(name)
        kind = reading.kind
        # Only the first indicator-like column names the row; a later "Chỉ tiêu" is an OCR'd "Ghi chú".
        if kind in LAYOUT_KINDS and any(c.role == kind for c in columns):
            kind = "note" if kind == "indicator" else "other"
        columns.append(Column(index=index, header=name, role=kind, period=reading.period))
    return resolve_divides(columns)
