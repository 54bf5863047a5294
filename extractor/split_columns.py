"""One scanned column whose header names two years and whose cells each hold two figures -> two.

An unruled table's columns are read from where its texts are printed (``extractor.pdf_words``).
Two narrow year columns printed close together under one stacked heading ("Chỉ tiêu / năm /
2030" beside "Chỉ tiêu / năm / 2035") can come out as one column headed "Chỉ tiêu Chỉ tiêu năm năm
2030 2035" whose cells read "100 100" (dev scan v19260). The page itself says what was printed:
the heading's words come twice, once over each year, and every filled cell holds two figures, one
under each year. So the column is split in two, the heading's words once over each year and each
figure under its year, in the order printed. A cell of one figure, or a heading naming one year,
leaves the column as it is: nothing tells which year it was printed under. Words of the heading
printed once (a third column's name, "Cơ quan chủ trì") with text after the figures in the cells
make a third column of that name and text.

The same reading joins a unit column to the names beside it: a header "Hạng mục Đơn vị" (the
indicator's name and the unit's, which read alone name two columns) over cells ending in a unit
("… trên 01 Gbps/s %"). The unit printed last in the cell is moved to a unit column of its own.

And it sets a unit column apart from the figures right of it: a heading opening with the unit
column's name, wrapped lines interleaved with its neighbour's ("Đơn vị Chỉ tiêu Chỉ tiêu tính
2022 2023" for "Đơn vị / tính" beside "Chỉ tiêu / 2022" and "Chỉ tiêu / 2023", dev scan v26130),
over cells each opening with a known unit and then only figures ("Tấn 32149,02 34359,73"). The unit
words go to a column of their own and the rest stays a figure column (split further above when it
names two years over two figures each).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from extractor.grid import GridCell
from extractor.headers import header_to_columns, read_header
from extractor.pdf_words import is_value
from normalizers.text import strip_markup
from normalizers.units import parse_unit

T = TypeVar("T")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Filled cells of the column that must hold two figures for the pattern to count.
_LEAST_ROWS = 2


def _heading(texts: Sequence[str]) -> tuple[str, str, str, str] | None:
    """``("Chỉ tiêu năm", "2030", "2035", "")`` for "Chỉ tiêu Chỉ tiêu năm năm 2030 2035": the words
    printed twice (once each), the two years, and the words printed once; None unless the heading
    names exactly two years, in order."""
    words = " ".join(t for t in texts if t.strip()).split()
    years = [w for w in words if _YEAR.match(w)]
    if len(years) != 2 or not years[0] < years[1]:
        return None
    rest = [w for w in words if not _YEAR.match(w)]
    counts = Counter(rest)
    if any(n > 2 for n in counts.values()):
        return None
    twice: list[str] = []
    once: list[str] = []
    seen: set[str] = set()
    for w in rest:
        if w in seen:
            continue
        seen.add(w)
        (twice if counts[w] == 2 else once).append(w)
    return " ".join(twice), years[0], years[1], " ".join(once)


def _words_before(header: Sequence[Sequence[str]], c: int, year_row: int) -> list[str]:
    """The heading's words down to its years, each once, in the order printed."""
    words = " ".join(r[c] for r in header[: year_row + 1] if c < len(r)).split()
    return list(dict.fromkeys(words))


def _figures(text: str) -> tuple[str, str, str] | None:
    """``("100", "100", "Phòng Tài chính")`` for "100 100 Phòng Tài chính"; None unless the text
    opens with exactly two figures."""
    words = strip_markup(text).split()
    if len(words) < 2 or not is_value(words[0]) or not is_value(words[1]):
        return None
    if len(words) > 2 and is_value(words[2]):
        return None
    return words[0], words[1], " ".join(words[2:])


def split_year_columns(
    header: list[list[str]], body: list[list[GridCell]]
) -> tuple[list[list[str]], list[list[GridCell]]]:
    """The header and body with each column of two years' figures read as one split in two (three
    when a third column's name and text were read into it too)."""
    width = max([len(r) for r in header] + [len(r) for r in body], default=0)
    for c in reversed(range(width)):
        in_years = [i for i, r in enumerate(header) if c < len(r) and any(_YEAR.match(w) for w in r[c].split())]
        if not in_years:
            continue
        # The heading is read down to its years; a row of column numbers below it names nothing.
        year_row = in_years[-1]
        heading = _heading([r[c] for r in header[: year_row + 1] if c < len(r)])
        if heading is None:
            continue
        filled = [r[c] for r in body if c < len(r) and strip_markup(r[c].text).strip()]
        split = [_figures(cell.text) for cell in filled]
        if len(filled) < _LEAST_ROWS or any(s is None for s in split):
            continue
        twice, first_year, second_year, once = heading
        # Text after the figures is a third column's, named by the words printed once beside the
        # two years' shared words; without such text, words printed once head both years ("Mục
        # tiêu" spanning "2024 2030").
        third = any(s[2] for s in split if s)
        if third and not (twice and once):
            continue
        if not third:
            twice, once = " ".join(w for w in _words_before(header, c, year_row) if not _YEAR.match(w)), ""
        added = 2 if third else 1
        header_parts: list[list[str]] = []
        for i, r in enumerate(header):
            if i == year_row:
                header_parts.append([f"{twice} {first_year}", f"{twice} {second_year}"] + ([once] if third else []))
            elif i < year_row:
                # The stacked heading's upper lines are already in the year row's names.
                header_parts.append([""] * (added + 1))
            else:
                header_parts.append([r[c] if c < len(r) else ""] + [""] * added)
        body_parts: list[list[GridCell]] = []
        for row in body:
            source = row[c] if c < len(row) else GridCell("")
            got = _figures(source.text)
            if got is None:
                body_parts.append([source] + [GridCell("", source.provenance)] * added)
            else:
                body_parts.append([replace(source, text=t, readings=()) for t in (got if third else got[:2])])
        header, body = _splice(header, c, width, "", header_parts), _splice(body, c, width, GridCell(""), body_parts)
        width += added
    return header, body


def _splice(rows: Sequence[Sequence[T]], c: int, width: int, pad: T, parts: Sequence[list[T]]) -> list[list[T]]:
    """``rows`` padded to ``width`` with ``pad``, column ``c`` of each row replaced by its ``parts``."""
    out = []
    for r, new in zip(rows, parts, strict=True):
        cells = list(r) + [pad] * (width - len(r))
        out.append(cells[:c] + new + cells[c + 1 :])
    return out


def _names_and_unit(text: str) -> int | None:
    """How many of the heading's words name the indicator's column when the rest name the unit's:
    2 for "Hạng mục Đơn vị"; None unless the heading as a whole reads as the unit's alone."""
    words = text.split()
    whole = header_to_columns([[text]])
    if len(words) < 2 or not whole or whole[0].role != "unit":
        return None
    for k in range(1, len(words)):
        cols = header_to_columns([[" ".join(words[:k]), " ".join(words[k:])]])
        if [c.role for c in cols] == ["indicator", "unit"]:
            return k
    return None


def _unit_last(text: str) -> tuple[str, str] | None:
    """``("Tỷ lệ …", "%")`` for "Tỷ lệ … %": a name and the known unit printed after it."""
    words = strip_markup(text).split()
    if len(words) < 3 or parse_unit(words[-1]).dimension in ("other", "none"):
        return None
    return " ".join(words[:-1]), words[-1]


def split_unit_from_names(
    header: list[list[str]], body: list[list[GridCell]]
) -> tuple[list[list[str]], list[list[GridCell]]]:
    """The header and body with a unit column read into the names beside it set apart again."""
    width = max([len(r) for r in header] + [len(r) for r in body], default=0)
    for c in range(width):
        named = [i for i, r in enumerate(header) if c < len(r) and r[c].strip()]
        if not named:
            continue
        # The first row naming the column is its heading; rows below may hold its number.
        top = named[0]
        k = _names_and_unit(header[top][c])
        ended = [_unit_last(r[c].text) for r in body if c < len(r)]
        if k is None or sum(1 for e in ended if e) < _LEAST_ROWS:
            continue
        words = header[top][c].split()
        header_parts = [[" ".join(words[:k]), " ".join(words[k:])] if i == top else [r[c] if c < len(r) else "", ""]
                        for i, r in enumerate(header)]
        body_parts: list[list[GridCell]] = []
        for row in body:
            source = row[c] if c < len(row) else GridCell("")
            got = _unit_last(source.text)
            body_parts.append([source, GridCell("", source.provenance)] if got is None
                              else [replace(source, text=got[0]), replace(source, text=got[1])])
        return _splice(header, c, width, "", header_parts), _splice(body, c, width, GridCell(""), body_parts)
    return header, body


# A comparator OCR printed apart from its figure ("> 76") is one figure.
_COMPARATORS = frozenset({">", "<", "≥", "≤", ">=", "<="})


def _figure_words(words: Sequence[str]) -> bool:
    """True when ``words`` are one or more figures and nothing else, a lone comparator joined to
    the figure after it."""
    pieces: list[str] = []
    for w in words:
        if pieces and pieces[-1] in _COMPARATORS:
            pieces[-1] += w
        else:
            pieces.append(w)
    return bool(pieces) and all(is_value(p) for p in pieces)


def _unit_first(text: str) -> tuple[str, str] | None:
    """``("Tấn", "32149,02 34359,73")`` for "Tấn 32149,02 34359,73": a known unit of one to three
    words and then figures only; ``("Tấn", "")`` for a unit alone; None otherwise."""
    words = strip_markup(text).split()
    for k in range(1, min(3, len(words)) + 1):
        if is_value(words[k - 1]):
            return None
        if parse_unit(" ".join(words[:k])).dimension in ("other", "none"):
            continue
        rest = words[k:]
        if not rest or _figure_words(rest):
            return " ".join(words[:k]), " ".join(rest)
    return None


def _unit_words(texts: Sequence[str]) -> list[str] | None:
    """The words of a heading that name the unit's column when it opens with them and the rest
    name another: ``["Đơn", "vị", "tính"]`` for "Đơn vị Chỉ tiêu Chỉ tiêu tính 2022 2023" (a
    wrapped "Đơn vị / tính" read line by line with its neighbour's lines); None otherwise."""
    words = " ".join(t for t in texts if t.strip()).split()
    for k in (1, 2):
        if len(words) <= k or read_header(" ".join(words[:k])).kind != "unit":
            continue
        unit, rest = words[:k], words[k:]
        # The unit heading's wrapped second line ("tính") comes after the neighbour's first line.
        if read_header(" ".join([*unit, "tính"])).kind == "unit" and "tính" in rest:
            rest.remove("tính")
            unit.append("tính")
        # The rest names a figure column: a value role, or a year ("ĐVT 2023", v19040).
        reading = read_header(" ".join(rest))
        if reading.kind in ("unit", "indicator", "number") or (reading.kind == "other" and reading.period is None):
            return None
        return unit
    return None


def split_unit_column(
    header: list[list[str]], body: list[list[GridCell]]
) -> tuple[list[list[str]], list[list[GridCell]]]:
    """The header and body with a unit column read into the figure column right of it set apart:
    the heading's unit words and each cell's unit go to a column of their own."""
    width = max([len(r) for r in header] + [len(r) for r in body], default=0)
    headings = [[r[c] for r in header if c < len(r)] for c in range(width)]
    units = [_unit_words(h) for h in headings]
    # A table that already has a unit column printed none inside another.
    if any(read_header(" ".join(h)).kind == "unit" and u is None for h, u in zip(headings, units, strict=True)):
        return header, body
    for c, unit in enumerate(units):
        if unit is None:
            continue
        filled = [r[c] for r in body if c < len(r) and strip_markup(r[c].text).strip()]
        split = [_unit_first(cell.text) for cell in filled]
        if sum(1 for s in split if s and s[1]) < _LEAST_ROWS or any(s is None for s in split):
            continue
        left = list(unit)
        header_parts: list[list[str]] = []
        for r in header:
            words = (r[c] if c < len(r) else "").split()
            taken = []
            for w in list(words):
                if left and w == left[0]:
                    taken.append(left.pop(0))
                    words.remove(w)
            header_parts.append([" ".join(taken), " ".join(words)])
        body_parts: list[list[GridCell]] = []
        for row in body:
            source = row[c] if c < len(row) else GridCell("")
            got = _unit_first(source.text)
            body_parts.append([GridCell("", source.provenance), source] if got is None
                              else [replace(source, text=got[0], readings=()), replace(source, text=got[1], readings=())])
        return _splice(header, c, width, "", header_parts), _splice(body, c, width, GridCell(""), body_parts)
    return header, body


__all__ = ["split_unit_column", "split_unit_from_names", "split_year_columns"]
