"""Column headers -> what each column holds: role, period, and for ratio columns what they divide.

Headers are read on their folded form (no diacritics, lower case) so OCR damage to accents
("Số sánh", "Chi chú", "KHI năm 2024") does not change the reading.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz

from extractor.colnumbers import (
    ColumnNumber,
    damaged_column_number_row,
    is_column_number_row,
    read_column_number,
    split_inline_number,
    unreadable_marks_row,
)
from extractor.model import Column
from normalizers.text import fold, strip_markup

# What a column is, beyond the value roles of the contract: the row label columns.
LAYOUT_KINDS = ("number", "indicator", "unit")

_YEAR_RANGE_RE = re.compile(r"((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)")
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_SPACE_RE = re.compile(r"\s+")
# Three copies of a vowel or more, folded: OCR's reading of one vowel whose marks it read apart.
_VOWEL_RUN_RE = re.compile(r"([aeiouy])\1{2,}")


# How districts head the indicator column: "Nội dung (chỉ tiêu)", "Tên chỉ tiêu", "Danh mục", "Hạng
# mục", "Các chỉ tiêu chủ yếu", "Tên Nghị quyết/Đề án" (a bare "Chỉ tiêu" is tested apart: with more
# words it is a resolution's target column, "Chỉ tiêu (mục tiêu) chủ yếu của Đề án").
_INDICATOR_WORDS = (
    "ten nghi quyet", "noi dung", "tao nghi quyet", "ten nghi", "the nghi quyet", "ten chi tieu",
    "danh muc", "hang muc", "cac chi tieu",
)  # fmt: skip


# OCR reads the slash of "Ước TH 2023/TH 2022 (%)" as a fraction or division slash at times (v4040):
# the ratio's sides are split on "/".
_SLASHES = str.maketrans({"\u2044": "/", "\u2215": "/"})


def _slashes(text: str) -> str:
    return text.translate(_SLASHES)


@dataclass(frozen=True)
class HeaderReading:
    """What one header text says: a layout kind ("number", "indicator", "unit") or a value role."""

    kind: str
    period: str | None


@cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a call site's words: a header is searched once, not once per word (a
    dozen ``re.search`` per header text, each through ``re``'s cache, was a tenth of reading a
    text-layer page)."""
    return re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z])")


def _has_word(folded: str, *words: str) -> bool:
    """Does ``folded`` hold one of ``words`` as whole words (not inside a longer word)?"""
    return _words_pattern(words).search(folded) is not None


# A span's end year read with a digit too many ("giai đoạn 2021-29024", dev scan v9420 at 200 dpi:
# a speck beside the 2 read as a 9); read as the start year alone, the column's figures went to
# another period.
_SPAN_END_MISREAD_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*(\d{5})(?!\d)")
# How far a plan's or a term's span reaches.
_SPAN_YEARS = 10
# A span whose dash OCR lost ("Ước giai đoạn 2021 2024", dev scan v12600 at 200 dpi: the thin
# dash between two years is a pixel high): only after words that announce a span.
_SPAN_DASH_LOST_RE = re.compile(r"(?:giai đoạn|gđ|nhiệm kỳ)\s*((?:19|20)\d\d)\s+((?:19|20)\d\d)(?!\d)", re.IGNORECASE)


# A term's start year read with a digit lost, its end printed or read in two digits ("Mục tiêu NQ ĐH
# (nhiệm kỳ 220-25)" for 2020-2025, dev scan v14380 at 200 dpi): only after words that announce a span.
_SPAN_START_SHORT_RE = re.compile(r"(?:giai đoạn|gđ|nhiệm kỳ)\s*(\d{3})\s*[-–—]\s*(\d{2}|(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


def _short_span(start: str, end: str) -> tuple[int, int] | None:
    """The one span (start, end) that a start read with one digit lost and an end of four digits,
    or of two in the start's century, give within ``_SPAN_YEARS``; None when none or several do.

    >>> _short_span("220", "25"), _short_span("220", "2025"), _short_span("202", "25")
    ((2020, 2025), (2020, 2025), None)
    """
    starts = {int(start[:k] + d + start[k:]) for k in range(len(start) + 1) for d in "0123456789"}
    spans = {(y, int(end) if len(end) == 4 else y // 100 * 100 + int(end)) for y in starts if 1900 <= y < 2100}
    found = [(a, b) for a, b in spans if 0 < b - a <= _SPAN_YEARS]
    return found[0] if len(found) == 1 else None


def _span_end(start: int, read: str) -> int | None:
    """The one year after ``start`` (within ``_SPAN_YEARS``) that ``read`` gives with one digit
    dropped, else None.

    >>> _span_end(2021, "29024"), _span_end(2021, "29099")
    (2024, None)
    """
    years = {int(read[:k] + read[k + 1 :]) for k in range(len(read))}
    ends = [y for y in years if start < y <= start + _SPAN_YEARS]
    return ends[0] if len(ends) == 1 else None


def header_period(text: str) -> str | None:
    """Period printed in a header: ``'Ước thực hiện giai đoạn 2021 - 2024'`` -> ``'2021-2024'``.

    A single year gives that year; a range gives ``"start-end"``, also when OCR lost its dash
    after "giai đoạn". When a ratio header names two periods only the first side is read by the
    caller.

    >>> header_period("Ước / giai đoạn 2021 2024"), header_period("Năm 2024 2025")
    ('2021-2024', '2024')
    """
    cleaned = strip_markup(text)
    years_range = _YEAR_RANGE_RE.search(cleaned)
    if years_range:
        return f"{years_range.group(1)}-{years_range.group(2)}"
    lost = _SPAN_DASH_LOST_RE.search(cleaned)
    if lost and 0 < int(lost.group(2)) - int(lost.group(1)) <= _SPAN_YEARS:
        return f"{lost.group(1)}-{lost.group(2)}"
    misread = _SPAN_END_MISREAD_RE.search(cleaned)
    if misread:
        end = _span_end(int(misread.group(1)), misread.group(2))
        if end is not None:
            return f"{misread.group(1)}-{end}"
    short = _SPAN_START_SHORT_RE.search(cleaned)
    if short:
        span = _short_span(short.group(1), short.group(2))
        if span is not None:
            return f"{span[0]}-{span[1]}"
    year = _YEAR_RE.search(cleaned)
    return year.group(1) if year else None


def _value_role(folded: str) -> str:
    """Role of a value column from its folded header (one side of a ratio header, or a whole one)."""
    if _has_word(folded, "danh gia", "thanh qua", "bieu gia", "thanh tich") or "(dat, vuot" in folded:
        return "evaluation"
    # "Mức độ hoàn thành" (how far the plan was completed) holds Đạt / Vượt / Chưa đạt; printed
    # with a percent sign it is the completion rate, a ratio.
    if _has_word(folded, "muc do hoan thanh") and "%" not in folded:
        return "evaluation"
    if _has_word(folded, "ghi chu", "chi chu", "gia cua"):
        return "note"
    # "Ước" is read "ốc" or "óc" when OCR loses the horn of its Ư (dev scans v4070, v5900, v9010):
    # no header prints "ốc" otherwise, and read as an actual the estimate's figures are misplaced.
    if _has_word(folded, "uoc thuc hien", "uoc th", "uoc dat", "uoc tinh", "uoc", "uth", "oc thuc hien", "oc th"):
        return "estimate"
    if _has_word(folded, "thuc hien", "quyet toan", "luy ke", "lay ke", "lay so", "luu ke", "loi ich", "lay le", "th", "tthien"):
        return "actual"
    if _has_word(folded, "ke hoach", "kh", "khi", "du toan", "dt"):
        return "plan"
    if _has_word(folded, "muc tieu", "chi tieu", "muc chi tieu", "nq", "no dh", "nq dh", "de an", "muc tang"):
        return "target"
    return "other"


# The layout analysis asks about the same cell texts many times (every candidate header row, on
# every page, and again when stitching): a reading is a pure function of the text.
@lru_cache(maxsize=8192)
def read_header(text: str) -> HeaderReading:
    """Read one (joined) header text.

    >>> read_header("KH năm 2024")
    HeaderReading(kind='plan', period='2024')
    >>> read_header("So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024").kind
    'ratio'
    """
    cleaned = _SPACE_RE.sub(" ", _slashes(strip_markup(text))).strip()
    folded = fold(cleaned)
    period = header_period(cleaned)
    if not folded:
        return HeaderReading("other", None)
    if re.fullmatch(r"(s?tt|yt|so tt|so thu tu|\d{1,2})\.?", folded):
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
    if _has_word(folded, *_INDICATOR_WORDS) or (
        folded in ("chi tieu", "chi tieu,", "chi tieu kinh te") or fuzz.ratio(folded, "chi tieu") >= 85
    ):
        return HeaderReading("indicator", None)
    role = _value_role(folded)
    if role == "other":
        # A vowel's horn or tone read apart as more copies of it ("Thực hiện" read "Thưựực hiện",
        # dev scan v23050, Liberation Serif at 300 dpi: its actual column of 31 figures was lost)
        # is a run no header word prints; read as one vowel it names the role.
        role = _value_role(_VOWEL_RUN_RE.sub(r"\1", folded))
    return HeaderReading(role, period)


_PERCENT_MARK_RE = re.compile(r"\([^\w\s]?%\)")


def _is_ratio_header(folded: str) -> bool:
    # "Tỷ lệ đạt (%)", "Tỷ lệ % (6)=(5)/(4)", "Tỷ lệ TH/KH": a column of rates of other columns.
    if folded.startswith("ty le") and len(folded.split()) <= 6 and not _has_word(folded, "ho", "dan so", "xa"):
        return True
    # "(tỷ lệ %)" after a header only says the values are percentages (seed 004), not a ratio.
    if _has_word(folded, "so sanh", "so sach", "so voi") or (len(folded) >= 6 and fuzz.partial_ratio("so sanh", folded) >= 86):
        return True
    sides = [s for s in folded.split("/") if s.strip()]
    # "UTH/DT 2023 (%)": a quotient printed in percent, of columns it names (a garbled header's
    # stray "/" and "%" make no quotient).
    if "/" in folded and "%" in folded and len(folded.split()) <= 8 and any(_value_role(s) != "other" for s in sides):
        return True
    # "Ước thực hiện năm 2024/Kế hoạch năm 2024": two column descriptions around a slash.
    if len(sides) >= 2 and all(_value_role(s) != "other" for s in sides[:2]):
        return True
    # "So dự toán năm 2023 (®%)": a speck OCR read inside the brackets does not unmake "(%)" (v4980).
    return _PERCENT_MARK_RE.search(folded) is not None and "so" in folded.split()


# The group title over ratio columns, with or without its "(%)".
_RATIO_GROUP_RE = re.compile(r"^(?:so sanh|so sach|ty le)(?:\s*\(\s*%\s*\))?$")
# A year glued to the role word after it: two sides of a ratio whose slash OCR lost.
_GLUED_SIDES_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=(?:kh|th|uth|uoc)\b)")


def _ratio_sides(header: str) -> list[str]:
    """The column descriptions a ratio header divides, in order (numerator first)."""
    cleaned = strip_markup(header)
    # Drop the spanning group name ("So sánh / ...") joined in front of the sub-header.
    if " / " in cleaned and _RATIO_GROUP_RE.match(fold(cleaned.split(" / ", 1)[0]).strip()):
        cleaned = cleaned.split(" / ", 1)[1]
    folded = fold(cleaned)
    if "so voi" in folded:
        left, right = folded.split("so voi", 1)
        return [left, right]
    if "/" not in folded:
        # The slash OCR lost between a side's year and the next side's role ("UTH 2022KH 2022",
        # dev scan v25550, shaded header): the year ends the first side.
        folded = _GLUED_SIDES_RE.sub(r"\1/", folded)
    return [s for s in folded.split("/") if s.strip()]


def _pick_column(
    side: str, candidates: Sequence[Column], *, default_role: str | None, period: str | None = None
) -> Column | None:
    """The non-ratio column that one side of a ratio header names (same role and period first);
    ``period`` stands for the side's when it prints none (a group "Năm 2024" above the ratio)."""
    role = _value_role(side) if side.strip() else (default_role or "other")
    period = header_period(side) or period
    outcome = ("actual", "estimate")
    same_role = [c for c in candidates if c.role == role or (role in outcome and c.role in outcome)]
    if role == "estimate":
        # "UTH", "Ước TH" name the estimate: beside "Năm 2024 / Thực hiện" it is the estimate's
        # column (v1967: "So sánh (%) / UTH/KH" read as TH 2024 / KH 2025, period 2024).
        same_role = [c for c in same_role if c.role == role] or same_role
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


# A comparison with the same time of an earlier year: "cùng kỳ", "năm trước", "kỳ trước".
_SAME_TIME_BEFORE = ("cung ky", "nam truoc", "ky truoc")
_AGAINST_RE = re.compile(r"^so(?:\s+sanh)?\s+voi\s+(.+)$|^so\s+(?!sanh\b|sach\b|voi\b)(.+)$")


def _denominator_text(header: str) -> str | None:
    """The folded description of the denominator when a ratio header names only that ("So với
    cùng kỳ năm 2022 (%)" -> "cung ky nam 2022 (%)", "So dự toán năm 2023", a sub-header "Cùng kỳ"
    under "Ước TH năm 2024 so với"); None when it names its numerator or both sides."""
    cleaned = strip_markup(header)
    if " / " in cleaned and fold(cleaned.split(" / ", 1)[0]).strip() in ("so sanh", "so sach", "ty le", "so sanh (%)"):
        cleaned = cleaned.split(" / ", 1)[1]
    folded = _SPACE_RE.sub(" ", fold(cleaned)).strip()
    if "/" in folded:
        return None
    m = _AGAINST_RE.match(folded)
    if m:
        return m.group(1) or m.group(2)
    return folded if _has_word(folded, *_SAME_TIME_BEFORE) else None


def _compared(against: str, before: Sequence[Column], group_period: str | None) -> tuple[Column | None, Column | None]:
    """(numerator, denominator) of a ratio whose header names only its denominator (``against``,
    folded): the denominator is the column so named (its role and year), nearest on the left; the
    numerator the outcome column (actual or estimate) it is compared with, of the group's year
    when a group prints one, else of the denominator's year when that is a plan or target
    ("So với kế hoạch năm 2024" compares the 2024 estimate), else the nearest on the left."""
    outcome = ("actual", "estimate")
    role = _value_role(against)
    period = header_period(against)
    earlier = _has_word(against, *_SAME_TIME_BEFORE)
    if earlier:
        dens = [c for c in before if c.role in outcome and (c.period == period if period else c.period != group_period)]
        years = {c.period for c in dens if c.period and c.period.isdigit()}
        if not period and group_period is None and len(years) >= 2:
            # "So sánh (%) / Cùng kỳ" beside "TH 2022 … Ước TH 2023": the same time of an earlier
            # year than the latest outcome, which is the numerator (v1215 took 2023 over 2022).
            dens = [c for c in dens if c.period != max(years)]
    elif role in outcome:
        dens = [c for c in before if c.role in outcome]
    elif role in ("plan", "target"):
        dens = [c for c in before if c.role == role]
    elif role == "other" and period:
        # "So sánh (%) / So với năm 2022" beside "Quyết toán năm 2022 | Năm 2023 / Dự toán | Ước
        # TH": a bare year names that year's outcome, not a plan (dev scans v27960, v27990, v20000
        # read the ratio as one of 2022, the denominator's year); a year only a plan or target
        # holds still names that.
        dens = [c for c in before if c.role in outcome and c.period == period] or [
            c for c in before if c.role in ("plan", "target")]
    else:
        dens = [c for c in before if c.role in ("plan", "target")]
    if period and not earlier:
        dens = [c for c in dens if c.period == period]
    elif group_period and not earlier:
        dens = [c for c in dens if c.period == group_period] or dens
    if not dens:
        return None, None
    den = dens[-1]
    nums = [c for c in before if c.role in outcome and c.index != den.index]
    for wanted in (group_period, den.period if den.role in ("plan", "target") else None):
        same = [c for c in nums if wanted and c.period == wanted]
        if same:
            return same[-1], den
    return (nums[-1] if nums else None), den


def resolve_divides(columns: Sequence[Column], *, leaves: Mapping[int, str] | None = None) -> list[Column]:
    """Fill ``divides`` of ratio columns from what their headers say.

    "Ước thực hiện năm 2024/Kế hoạch năm 2024" -> (estimate 2024 column, plan 2024 column);
    "Lũy kế ... so với chỉ tiêu (mục tiêu)" -> (the cumulative actual column, the target column);
    "So sánh với kế hoạch năm 2024 (%)" -> (actual/estimate of 2024, plan of 2024).
    A ratio header that names nothing usable keeps ``divides=None`` (the checker reports it).
    ``leaves``: a column's lowest header text when the header has levels ("TH/KH (%)" under "Năm
    2024"); its sides are read there, and the column's period stands for a side that prints none.
    """
    values = [c for c in columns if c.role in ("target", "plan", "actual", "estimate")]
    resolved: list[Column] = []
    for col in columns:
        if col.role != "ratio":
            resolved.append(col)
            continue
        text = leaves.get(col.index, col.header) if leaves else col.header
        sides = _ratio_sides(text)
        num = den = None
        against = _denominator_text(text)
        if against is not None:
            # "So với cùng kỳ năm 2022 (%)", "So dự toán năm 2023": the header names the
            # denominator only, and its year is the denominator's; the ratio's period is its
            # numerator's (as for a formula), the outcome column it compares.
            group_period = col.period if leaves and col.index in leaves and not header_period(text) else None
            before = [c for c in values if c.index < col.index]
            num, den = _compared(against, before, group_period)
            if num is not None and den is not None:
                resolved.append(Column(col.index, col.header, col.role, num.period or col.period, (num.index, den.index)))
            else:
                resolved.append(col)
            continue
        if len(sides) >= 2:
            before = [c for c in values if c.index < col.index]
            num = _pick_column(sides[0], before, default_role="actual", period=col.period)
            # OCR sometimes repeats a fragment ("…năm 2024/Kế 2024/Kế hoạch năm 2024"): the last side
            # is the denominator.
            den = _pick_column(sides[-1], before, default_role="plan", period=col.period)
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
            den = dens[0] if dens else None
            # A plan named without its year ("So sánh (%) / Dự toán" beside "Thực hiện năm 2022 |
            # Năm 2023 / Dự toán | Ước thực hiện") is compared with the outcome of its own year,
            # not the first outcome printed (v0275: TH 2022 / DT 2023, period 2022).
            if den is not None and side_role not in ("actual", "estimate") and den.period:
                actuals = [c for c in actuals if c.period == den.period] or actuals
            num = actuals[0] if actuals else None
        if num is not None and den is not None and num.index != den.index:
            resolved.append(Column(col.index, col.header, col.role, col.period or num.period, (num.index, den.index)))
        else:
            resolved.append(col)
    return resolved


def header_levels(rows: Sequence[Sequence[str]], *, spread: bool = True) -> list[list[str]]:
    """Each column's header texts from the top row down, spanning texts included.

    With ``spread`` (text renderings, which print a spanning cell once, on its left), a cell of an
    upper row whose right neighbours are empty in that row and filled in the next spans them:
    ("So sánh", "", "") over ("A/B", "C/D", "E/F") gives ["So sánh", "A/B"], ["So sánh", "C/D"],
    ["So sánh", "E/F"]. A text already repeated over its columns (the PDF and OCR readers'
    convention) spans exactly those columns and no further: a group spans only the columns under it.
    """
    width = max((len(r) for r in rows), default=0)
    grid = [[_SPACE_RE.sub(" ", strip_markup(r[i])).strip() if i < len(r) else "" for i in range(width)] for r in rows]
    levels: list[list[str]] = [[] for _ in range(width)]
    for depth, row in enumerate(grid):
        below = grid[depth + 1] if depth + 1 < len(grid) else None
        span_text = ""
        for i, text in enumerate(row):
            if text:
                repeated = (i > 0 and row[i - 1] == text) or (i + 1 < width and row[i + 1] == text)
                span_text = text if spread and not repeated and below is not None and below[i] else ""
                levels[i].append(text)
            elif span_text and below is not None and below[i]:
                levels[i].append(span_text)
            else:
                span_text = ""
    return levels


def join_header_rows(rows: Sequence[Sequence[str]], *, spread: bool = True) -> list[str]:
    """Join a multi-row header into one full name per column, levels separated by " / ".

    ("So sánh", "", "") over ("A/B", "C/D", "E/F") -> "So sánh / A/B", "So sánh / C/D", "So sánh / E/F"
    (see ``header_levels``).
    """
    return [_SPACE_RE.sub(" ", " / ".join(parts)).strip() for parts in header_levels(rows, spread=spread)]


def _compares_with(group: str) -> bool:
    """Does a group title end in "so với" ("Ước TH năm 2024 so với"), its sub-headers naming what
    it is compared with?"""
    return _SPACE_RE.sub(" ", fold(strip_markup(group))).strip().endswith("so voi")


def _read_levels(name: str, levels: Sequence[str]) -> HeaderReading:
    """Read a column from its levels: the lowest says what the column holds, the groups above it
    give the period ("Năm 2024" over "KH") and make a ratio ("So sánh (%)" over "TH 2024/TH 2023")."""
    whole = read_header(name)
    if len(levels) < 2:
        return whole
    leaf = read_header(levels[-1])
    groups = [read_header(g) for g in levels[:-1]]
    period = leaf.period or next((g.period for g in reversed(groups) if g.period), None)
    if _compares_with(levels[-2]) and groups[-1].period:
        # Under "Ước TH năm 2024 so với" the leaf ("TH năm 2023") names the denominator; the
        # ratio's period is the numerator's, the group's (v5434: read as 2023).
        period = groups[-1].period
    kind = leaf.kind
    if kind == "other":
        # A bare year under a group ("Kết quả thực hiện" over "2021"): the group says what it holds.
        kind = next((g.kind for g in reversed(groups) if g.kind not in ("other", *LAYOUT_KINDS)), whole.kind)
    if kind not in LAYOUT_KINDS and kind not in ("evaluation", "note") and any(g.kind == "ratio" for g in groups):
        kind = "ratio"
    if kind in LAYOUT_KINDS:
        period = None
    return HeaderReading(kind, period)


def _marks(header_rows: Sequence[Sequence[str]]) -> tuple[list[list[str]], dict[int, ColumnNumber]]:
    """Column-number rows and inline number marks taken out of the header, and what they say."""
    marks: dict[int, ColumnNumber] = {}
    kept: list[list[str]] = []
    for row in header_rows:
        if is_column_number_row(row):
            for i, text in enumerate(row):
                mark = read_column_number(text) if text.strip() else None
                if mark is not None:
                    marks[i] = mark
            continue
        damaged = damaged_column_number_row(row)
        if damaged is not None:
            for i, mark in damaged.items():
                marks.setdefault(i, mark)
            continue
        if kept and unreadable_marks_row(row):
            continue
        cleaned = []
        for i, text in enumerate(row):
            words, mark = split_inline_number(strip_markup(text))
            if mark is not None:
                marks.setdefault(i, mark)
            cleaned.append(words)
        kept.append(cleaned)
    return kept, marks


def _divides_from_marks(columns: list[Column], marks: dict[int, ColumnNumber]) -> list[Column]:
    """A formula mark ``(6)=(5)/(4)`` makes its column a ratio of the columns numbered 5 and 4."""
    by_label: dict[str, int] = {}
    for i, mark in marks.items():
        by_label.setdefault(mark.label, i)
    out = []
    for col in columns:
        own = marks.get(col.index)
        if own is not None and own.divides is not None and col.role not in LAYOUT_KINDS:
            num, den = by_label.get(own.divides[0]), by_label.get(own.divides[1])
            if num is not None and den is not None and num != den:
                # A ratio's period is its numerator's (the formula says which that is).
                period = next((c.period for c in columns if c.index == num), None) or col.period
                out.append(Column(col.index, col.header, "ratio", period, (num, den)))
                continue
        out.append(col)
    return out


def _evaluation_periods(columns: list[Column]) -> list[Column]:
    """An evaluation column that prints no period ("Đánh giá (Đạt/Vượt/Chưa đạt)") judges the
    columns before it: it takes the period of the nearest ratio column before it, else of the
    nearest value column that prints one."""
    out: list[Column] = []
    for c in columns:
        if c.role == "evaluation" and c.period is None:
            before = [b for b in out if b.period and b.role in ("ratio", "target", "plan", "actual", "estimate")]
            ratios = [b for b in before if b.role == "ratio"]
            source = (ratios or before)[-1] if (ratios or before) else None
            if source is not None:
                c = Column(c.index, c.header, c.role, source.period, c.divides)
        out.append(c)
    return out


def _cumulative_estimates(columns: list[Column]) -> list[Column]:
    """A cumulative column ("Lũy kế 2021-2022") that runs into a year the table only estimates
    ("Ước năm 2022") is an estimate too: its last year is not final."""
    estimated = {c.period for c in columns if c.role == "estimate" and c.period}
    out = []
    for c in columns:
        end = c.period.split("-")[-1] if c.period and "-" in c.period else None
        if c.role == "actual" and end in estimated and _has_word(fold(c.header), "luy ke", "tong", "ca giai doan"):
            c = Column(c.index, c.header, "estimate", c.period, c.divides)
        out.append(c)
    return out


def header_to_columns(header_rows: Sequence[Sequence[str]], *, spread: bool = True) -> list[Column]:
    """Header rows of a table -> ``Column``s with role, period and ratio divisions.

    Layout columns (number, indicator, unit) get those words as their role; value columns one of
    the contract's roles. Column-number rows ("(1) (2) … (13)", "A B 1 2 3") and inline marks
    ("TH 2024/KH 2024 (7)") are left out of the names; their formulas ("(6)=(5)/(4)") say what a
    ratio column divides. ``spread``: see ``join_header_rows``.
    """
    kept, marks = _marks([[_slashes(t) for t in row] for row in header_rows])
    levels = header_levels(kept, spread=spread)
    names = [" / ".join(parts) for parts in levels]
    columns: list[Column] = []
    for index, name in enumerate(names):
        reading = _read_levels(name, levels[index])
        kind = reading.kind
        # Only the first indicator-like column names the row; a later "Chỉ tiêu" is an OCR'd "Ghi chú".
        if kind in LAYOUT_KINDS and any(c.role == kind for c in columns):
            kind = "note" if kind == "indicator" else "other"
        columns.append(Column(index=index, header=name, role=kind, period=reading.period))
    columns = _years_under_one_group(columns, levels)
    columns = _years_named_by_ratios(columns, levels)
    columns = _columns_named_by_ratios(columns, levels)
    columns = _cumulative_estimates(columns)
    columns = _evaluation_periods(columns)
    columns = _spans_from_ratios(columns, levels)
    # A sub-header under a group ending in "so với" names the denominator: "So với TH năm 2023".
    leaves = {i: f"So với {lv[-1]}" if len(lv) >= 2 and _compares_with(lv[-2]) else lv[-1] for i, lv in enumerate(levels) if lv}
    return _periods_from_divides(_divides_from_marks(resolve_divides(columns, leaves=leaves), marks))


def _periods_from_divides(columns: list[Column]) -> list[Column]:
    """A value column without a period takes the year a ratio that divides it names for it.

    A group title over two columns ("Năm 2025" over "Kế hoạch | Ước thực hiện") that an unruled
    scan's reader joins into the first column's header only leaves the second without its year
    (dev scan v10010); the ratio "Ước TH năm 2025 so với KH năm 2025" that divides it still
    says "Ước TH năm 2025". Only a side of the column's own role, and only a year no column of
    that role already holds.
    """
    out = list(columns)
    for ratio in columns:
        if ratio.role != "ratio" or ratio.divides is None:
            continue
        for side, index in zip(_ratio_sides(ratio.header), ratio.divides, strict=False):
            col = out[index] if 0 <= index < len(out) and out[index].index == index else None
            period = header_period(side)
            if col is None or col.period is not None or period is None or _value_role(side) != col.role:
                continue
            if any(c.role == col.role and c.period == period for c in out):
                continue
            out[index] = replace(col, period=period)
    return out


_NOT_WORDS_RE = re.compile(r"[^a-z]+")
# Roles a group title over a run of years gives them ("Mức chỉ tiêu" over "2025 | 2030 | …").
_GROUP_ROLES = ("target", "plan", "actual", "estimate")


def _years_under_one_group(columns: list[Column], levels: Sequence[Sequence[str]]) -> list[Column]:
    """Columns headed by a bare year, side by side with others headed by a bare year under a group
    title, take the group's role when the run names one group only.

    A title centred over five years ("Mức chỉ tiêu" over "2025 | 2030 | 2035 | 2040 | 2045") is
    one line across them, but on an unruled scan its words cover only the middle columns, or OCR
    reads the title and the years as one line, and the outer years were left without a role (their
    figures dropped). The run ends at any column whose lowest header is not a bare year.
    """
    def bare_year(i: int) -> bool:
        leaf = read_header(levels[i][-1]) if levels[i] else None
        return leaf is not None and leaf.kind == "other" and leaf.period is not None
    out = list(columns)
    i = 0
    while i < len(out):
        if not bare_year(i):
            i += 1
            continue
        j = i
        while j + 1 < len(out) and bare_year(j + 1):
            j += 1
        run = range(i, j + 1)
        roles = {out[k].role for k in run if out[k].role != "other"}
        groups = {tuple(levels[k][:-1]) for k in run if out[k].role != "other"}
        if len(run) >= 3 and len(roles) == 1 and len(groups) == 1 and roles <= set(_GROUP_ROLES):
            role = roles.pop()
            out = [replace(c, role=role) if k in run and c.role == "other" else c for k, c in enumerate(out)]
        i = j + 1
    return out



def _named_by_ratios(columns: Sequence[Column], levels: Sequence[Sequence[str]]) -> dict[tuple[str, str], list[str]]:
    """The (role, period) of each column the table's ratio headers name, with the folded side
    texts naming it ("Ước TH 2025/KH 2025 (%)" names an estimate and a plan of 2025)."""
    named: dict[tuple[str, str], list[str]] = {}
    for c in columns:
        if c.role != "ratio":
            continue
        sides = _ratio_sides(levels[c.index][-1] if levels[c.index] else c.header)
        years = [header_period(side) for side in sides]
        for side, year in zip(sides, years, strict=True):
            # "TH/KH 2024 (%)": a side without a year has the other's.
            role, period = _value_role(side), year or next((y for y in years if y), None)
            if role in _GROUP_ROLES and period:
                named.setdefault((role, period), []).append(side)
    return named


def _words_only(text: str) -> str:
    return " ".join(_NOT_WORDS_RE.sub(" ", fold(strip_markup(text))).split())


# A 4-digit figure in a header that is no year: a year OCR misread ("KH 2824").
_MISREAD_YEAR_RE = re.compile(r"(?<!\d)[1-9]\d{3}(?!\d)")


def _columns_named_by_ratios(columns: list[Column], levels: Sequence[Sequence[str]]) -> list[Column]:
    """A value column whose header OCR misread takes the role and period a ratio header of the
    table names for it, when no column holds what that ratio names and exactly one could:

    - a column of that role whose year was misread ("KH 2824" beside "So sánh UTH/KH năm 2024
      (%)", v4670 at 200 dpi: the plan column had no period and its figures were scored as no
      plan of 2024);
    - a column of that year whose role word was misread, its words those of the ratio's side
      but for the damage ("ốc thực hiện năm 2024" beside "Ước thực hiện năm 2024/Kế hoạch năm
      2024", v4070: read as the actual, the estimate of 2024 named by the ratio held by none);
    - a column of that year under a group title whose own role word OCR lost whole ("Năm 2023 /
      hiện" beside "UTH 2024/TH 2023", v27890), when the ratios name one role for that year
      that no column holds.
    """
    named = _named_by_ratios(columns, levels)
    held = {(c.role, c.period) for c in columns}
    out = list(columns)
    for (role, period), sides in named.items():
        if (role, period) in held:
            continue
        values = [c for c in out if c.role in _GROUP_ROLES]
        misdated = [
            c for c in values
            if c.role == role and c.period is None and levels[c.index]
            and _MISREAD_YEAR_RE.search(strip_markup(levels[c.index][-1]))
        ]
        # Only an actual read for an estimate: OCR loses the "Ước" that makes one ("ốc thực hiện");
        # it does not print one where there was none, and the ratio's side may be the misread
        # copy ("óc TH giai đoạn 2021-2024/Mục tiêu NQ" beside "Ước giai đoạn 2021-2024", v5900).
        misread = [
            c for c in values
            if (c.role, role) == ("actual", "estimate") and c.period == period and (c.role, c.period) not in named
            and levels[c.index]
            and any(fuzz.ratio(_words_only(levels[c.index][-1]), _words_only(side)) >= 85 for side in sides)
        ]
        # A column whose year is a group title's spread over it, not its own ("Năm 2021" over
        # "TH", spread by the reader over "KH | Ước TH" beside it when OCR lost the shaded title
        # "Năm 2022" over those two, dev scan v25550 page 1): the ratio's year is the one printed.
        spread = [
            c for c in values
            if c.role == role and c.period not in (None, period) and (c.role, c.period) not in named
            and len(levels[c.index]) >= 2 and header_period(levels[c.index][-1]) is None
        ]
        # A column under a group title's year whose own role word OCR lost whole ("Năm 2023 /
        # hiện" for "Thực hiện" beside "UTH 2024/TH 2023", dev scan v27890 under a seal): read as
        # no role, its figures were filed under none. Only when the ratios name one role for that
        # year that no column holds; a bare year is `_years_named_by_ratios`'s to read.
        unheld = {r for r, p in named if p == period and (r, p) not in held}
        roleless = [
            c for c in out
            if c.role == "other" and c.period == period and len(unheld) == 1
            and len(levels[c.index]) >= 2 and header_period(levels[c.index][-1]) is None
            and _words_only(levels[c.index][-1])
        ]
        found = misdated + misread + spread + roleless
        if len(found) == 1:
            out[found[0].index] = replace(found[0], role=role, period=period)
    return out


def _years_named_by_ratios(columns: list[Column], levels: Sequence[Sequence[str]]) -> list[Column]:
    """A column headed by a bare year takes the role a ratio header of the table gives that year.

    A scan's narrow cell "TH / 2024" can come back as "2024" alone (OCR drops a short first line),
    and the column's figures were dropped with no role. The ratio columns still name what they
    divide: "Ước TH 2025/KH 2025 (%)" and "Ước TH 2025/TH 2024 (%)" say there is a plan 2025 and an
    actual 2024 column. A side's (role, year) goes to the one bare-year column of that year when no
    column already holds it.
    """
    named = _named_by_ratios(columns, levels)
    if not named:
        return columns
    held = {(c.role, c.period) for c in columns}
    wanted: dict[int, set[str]] = {}
    for role, period in named:
        bare = [
            c.index for c in columns
            if c.role == "other" and c.period == period and levels[c.index]
            and fold(levels[c.index][-1]).strip(" .:") in (period, f"nam {period}")
        ]
        if (role, period) not in held and len(bare) == 1:
            wanted.setdefault(bare[0], set()).add(role)
    # Two sides of one year missing ("TH 2024/KH 2024" over one bare "2024"): which is it? Left.
    return [replace(c, role=next(iter(wanted[c.index]))) if len(wanted.get(c.index, ())) == 1 else c for c in columns]


def _spans_from_ratios(columns: list[Column], levels: Sequence[Sequence[str]]) -> list[Column]:
    """A column whose header names one year where a ratio header names the same column with a
    span starting with that year ("Ước thực hiện giai đoạn 2021" beside "So sánh / Ước thực hiện
    giai đoạn 2021-2024/ Mục tiêu NQ ĐH"): the span, which OCR cut short in the column's own
    header. Read before the ratios are matched to their columns, which goes by period too."""
    sides = [side for c in columns if c.role == "ratio" for side in _ratio_sides(c.header)]
    spans = [(span, " ".join(_NOT_WORDS_RE.sub(" ", side).split())) for side in sides if (span := header_period(side)) and "-" in span]
    if not spans:
        return columns
    out = list(columns)
    for column in columns:
        if column.role == "ratio" or column.period is None or "-" in column.period:
            continue
        words = [" ".join(_NOT_WORDS_RE.sub(" ", fold(strip_markup(part))).split()) for part in levels[column.index]]
        found = {
            span for span, side in spans
            if span.startswith(column.period + "-") and any(w and fuzz.ratio(w, side) >= 90 for w in words)
        }
        # A span another column of the same role already prints is that column's ("… 2021-2025"
        # beside "… 2021" when the ratios name both "… 2021-2024" and "… 2021-2025").
        taken = {c.period for c in columns if c.role == column.role and c.index != column.index}
        if len(found) > 1:
            found -= taken
        if len(found) == 1:
            out[column.index] = replace(column, period=found.pop())
    return out
