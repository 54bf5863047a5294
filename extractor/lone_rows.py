"""A table's last rows alone at the top of the next page, too few to be read as a table -> rows of
the table they end.

The page layout reads a run of lines as a table when at least ``min_rows`` of them hold several
cells, or one line holds four cells or more with two figures (``extractor.pdf_words``). The last row
of a table pushed alone onto the next page often holds less: "Tỷ lệ lao động qua đào tạo trong năm
| % | 85" (v4471), three cells and one figure, came out as three lines of running text, and the row
was lost without a word. Its cells sit in the columns of the table at the foot of the page before:
``attach_lone_rows`` reads such lines as that table's rows. Lines that hold figures there but do not
fall in its columns stay running text, and are said (a row may be lost).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.pdf_words import is_row_label, is_value
from extractor.stitch import column_ranges
from normalizers.messages import N_, Said, msg
from normalizers.text import fold, strip_markup

# Lines of one printed line: their middles closer than this x the text height.
_SAME_LINE = 0.5
# Lines of one row: the next printed line starts within this x the text height of the last's top
# (a wrapped name); rows further apart are another thing (a paragraph, the signature block).
_NEXT_LINE = 1.8

_UNREAD = N_("page {page}: the line at the top of the page, \u201c{text}\u201d, holds figures like a row of the "
             "table at the foot of page {previous}, but its cells are not in that table's columns: read as "
             "running text, not as a row")

BBox = tuple[float, float, float, float]


@dataclass(frozen=True)
class PageParts:
    """One page's tables (top to bottom) and running-text lines, as the page layout read them."""

    page: int
    grids: tuple[Grid, ...]
    lines: tuple[TextLine, ...]


def _box(line: TextLine) -> BBox:
    assert line.provenance.bbox is not None
    return line.provenance.bbox


def _printed_lines(lines: Sequence[TextLine]) -> list[list[TextLine]]:
    """Text lines (blocks of one printed line each) grouped into printed lines, top to bottom, each
    left to right."""
    out: list[list[TextLine]] = []
    for ln in sorted(lines, key=lambda ln: (_box(ln)[1], _box(ln)[0])):
        b = _box(ln)
        if out:
            a = _box(out[-1][0])
            height = max(1.0, a[3] - a[1])
            if abs((a[1] + a[3]) / 2 - (b[1] + b[3]) / 2) <= _SAME_LINE * height:
                out[-1].append(ln)
                continue
        out.append([ln])
    return [sorted(group, key=lambda ln: _box(ln)[0]) for group in out]


def _column_of(box: BBox, ranges: Sequence[tuple[float, float] | None], slack: float) -> int | None:
    """The column whose x-range holds the block's middle (the narrowest, when several do: a long
    name overlaps the figure columns), or lies within ``slack`` of it; None when none is near."""
    centre = (box[0] + box[2]) / 2
    best: tuple[float, float, int] | None = None
    for k, r in enumerate(ranges):
        if r is None:
            continue
        lo, hi = r
        distance = 0.0 if lo <= centre <= hi else min(abs(centre - lo), abs(centre - hi))
        if distance > slack:
            continue
        key = (distance, hi - lo, k)
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _cells(line: Sequence[TextLine], ranges: Sequence[tuple[float, float] | None]) -> dict[int, tuple[str, BBox]] | None:
    """One printed line's blocks put in the table's columns; None when a block falls in no column
    or two blocks in one. A row number printed a word space before its name ("1.3 Tăng trưởng
    ...", one block of running text) goes back to the number column it starts in."""
    out: dict[int, tuple[str, BBox]] = {}
    for ln in line:
        box = _box(ln)
        height = max(1.0, box[3] - box[1])
        k = _column_of(box, ranges, height)
        if k is None:
            return None
        parts = ln.text.split(maxsplit=1)
        start = _column_of((box[0], box[1], box[0], box[3]), ranges, 0.0)
        if len(parts) == 2 and is_row_label(parts[0]) and start is not None and start < k and start not in out:
            out[start] = (parts[0], box)
            ln = replace(ln, text=parts[1])
        if k in out:
            return None
        out[k] = (ln.text, box)
    return out


_MARKER_RE = re.compile(r"^(?:trong do|chia ra|bao gom|gom|cu the)\s*:?$")


def _marker_alone(line: Sequence[TextLine]) -> bool:
    """A printed line holding only a child marker ("Trong đó:", "Chia ra:")."""
    return len(line) == 1 and bool(_MARKER_RE.match(fold(strip_markup(line[0].text)).strip()))


def _figures(cells: dict[int, tuple[str, BBox]]) -> set[int]:
    return {k for k, (t, _) in cells.items() if is_value(strip_markup(t))}


def _rows(lines: Sequence[Sequence[TextLine]], ranges: Sequence[tuple[float, float] | None]
          ) -> tuple[list[dict[int, tuple[str, BBox]]], int]:
    """The rows the first printed lines make, and how many lines they take: lines a line apart,
    each in the table's columns; a line putting a figure where the row has one starts another.
    A last row without a figure (a heading, the start of a paragraph) is not taken."""
    rows: list[dict[int, tuple[str, BBox]]] = []
    ends: list[int] = []  # the lines taken up to the end of each row
    for k, line in enumerate(lines):
        marker = k > 0 and _marker_alone(lines[k - 1])
        if k:
            above, here = _box(lines[k - 1][0]), _box(line[0])
            # A child marker alone ("Trong đó:") opens the row under it, printed as far below it
            # as rows are apart (v7175's edited copy: the marker and its part pushed onto page 2,
            # a blank line between; the part was lost, unsaid).
            reach = _NEXT_LINE * (2 if marker else 1)
            if here[1] - above[1] > reach * max(1.0, above[3] - above[1]):
                break
        cells = _cells(line, ranges)
        if cells is None:
            break
        if not rows or marker or _figures(cells) & _figures(rows[-1]):
            rows.append({})
            ends.append(0)
        row = rows[-1]
        for c, (t, b) in cells.items():
            if c in row:
                t0, b0 = row[c]
                row[c] = (f"{t0} {t}", (min(b0[0], b[0]), min(b0[1], b[1]), max(b0[2], b[2]), max(b0[3], b[3])))
            else:
                row[c] = (t, b)
        ends[-1] = k + 1
    while rows and not _figures(rows[-1]):
        rows.pop()
        ends.pop()
    return rows, ends[-1] if ends else 0


def _loose_row(lines: Sequence[Sequence[TextLine]], taken: int) -> Sequence[TextLine] | None:
    """The first printed line after the ``taken`` ones, in the block of lines a line apart at the
    top of the page, that holds figures in cells like a row; None when there is none.

    Such a line was not read as a row of the table above (its cells are not in the table's
    columns), so it must be said: under a heading or a wrapped name without figures, or under
    a row that was taken, it was lost without a word before (only the page's first line was
    looked at)."""
    for k, line in enumerate(lines):
        if k:
            above, here = _box(lines[k - 1][0]), _box(line[0])
            if here[1] - above[1] > _NEXT_LINE * 2 * max(1.0, above[3] - above[1]):
                return None
        if k >= taken and len(line) >= 2 and any(is_value(strip_markup(ln.text)) for ln in line):
            return line
    return None


def _foot_table(parts: PageParts) -> Grid | None:
    """The table at the foot of the page: the lowest, with no running text under it (the page
    number is not running text)."""
    boxed = [g for g in parts.grids if g.provenance.bbox is not None and g.rows]
    if not boxed:
        return None
    grid = max(boxed, key=lambda g: g.provenance.bbox[3])  # type: ignore[index]
    bottom = grid.provenance.bbox[3]  # type: ignore[index]
    if any(ln.provenance.bbox is not None and ln.provenance.bbox[1] >= bottom - 1.0 for ln in parts.lines):
        return None
    return grid


def attach_lone_rows(pages: Sequence[PageParts]) -> tuple[list[PageParts], list[str]]:
    """Each page's first printed lines, above any table on it, read as the last rows of the table at
    the foot of the page before when their cells fall in its columns and hold a figure. Returns the
    pages (the rows added to that table, their lines no longer running text) and a warning for each
    page whose first line holds figures under such a table but is not in its columns."""
    out = list(pages)
    warnings: list[str] = []
    for i in range(1, len(out)):
        prev, here = out[i - 1], out[i]
        if prev.page + 1 != here.page:
            continue
        table = _foot_table(prev)
        if table is None:
            continue
        top = min((g.provenance.bbox[1] for g in here.grids if g.provenance.bbox is not None), default=float("inf"))
        lines = _printed_lines([ln for ln in here.lines if ln.provenance.bbox is not None and ln.provenance.bbox[3] <= top])
        if not lines:
            continue
        ranges = column_ranges(table)
        rows, taken = _rows(lines, ranges)
        loose = _loose_row(lines, taken)
        if loose is not None:
            text = " | ".join(ln.text for ln in loose)
            warnings.append(Said(msg(_UNREAD, page=here.page, text=text, previous=prev.page)))
        if not rows:
            continue
        width = len(ranges)
        new_rows = tuple(
            tuple(GridCell(row[c][0], Provenance(page=here.page, bbox=row[c][1])) if c in row
                  else GridCell("", Provenance(page=here.page)) for c in range(width))
            for row in rows
        )
        used = {id(ln) for line in lines[:taken] for ln in line}
        grown = replace(table, rows=table.rows + new_rows)
        out[i - 1] = replace(prev, grids=tuple(grown if g is table else g for g in prev.grids))
        out[i] = replace(here, lines=tuple(ln for ln in here.lines if id(ln) not in used))
    return out, warnings


__all__ = ["PageParts", "attach_lone_rows"]
