"""A scanned page image -> its skew, and the ruled tables on it as rectangles of cells.

Stages, each a pure function of a grayscale ``numpy`` image (ink dark, paper light):
``binarize`` -> ``line_masks`` (morphological opening with long thin kernels keeps only rules) ->
``estimate_skew`` (angle of the long horizontal rules; the text lines when there are none) ->
``deskew`` -> ``find_tables`` (rule intersections give column and row boundaries; a missing rule
between two neighbouring cells merges them, as in the "So sánh" header spanning three columns).

Nothing here runs Tesseract; ``extractor.ocr_tesseract`` reads the cells this module finds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

# OpenCV's stubs type every image loosely; 8-bit grayscale is what flows through here.
Image = NDArray[Any]

# Skews beyond this are not a crooked sheet but a rotated page (a different problem, not guessed).
MAX_SKEW_DEGREES = 5.0


@dataclass(frozen=True)
class CellBox:
    """One (possibly merged) cell of a ruled table, in pixels of the deskewed page.

    row, col:          top-left base cell (0-based).
    row_span, col_span: how many base rows / columns it covers.
    box:               (x0, y0, x1, y1) inside the rules, in pixels.
    """

    row: int
    col: int
    row_span: int
    col_span: int
    box: tuple[int, int, int, int]


@dataclass(frozen=True)
class TableBox:
    """A ruled table: its outline, its base grid lines and its cells (pixels, deskewed page)."""

    box: tuple[int, int, int, int]
    row_lines: tuple[int, ...]
    col_lines: tuple[int, ...]
    cells: tuple[CellBox, ...]

    @property
    def n_rows(self) -> int:
        return len(self.row_lines) - 1

    @property
    def n_cols(self) -> int:
        return len(self.col_lines) - 1


def binarize(gray: Image) -> Image:
    """Ink as 255 on 0, by Otsu's threshold (scans have an even paper tone, so one threshold fits)."""
    blurred = cv2.GaussianBlur(gray, (3, 3), 0)
    _, ink = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    return ink


def line_masks(ink: Image, *, dpi: int) -> tuple[Image, Image]:
    """(horizontal rules, vertical rules) of a binarised page.

    A rule is a run of ink much longer than any letter: at least 1/4 inch. The short kernel keeps
    rules that a 0.4° skew or a faint scan has broken into pieces, then a closing joins the pieces.
    """
    min_len = max(15, dpi // 4)
    h_kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (min_len, 1))
    v_kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, min_len))
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, h_kernel)
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, v_kernel)
    gap = max(3, dpi // 50)
    horizontal = cv2.morphologyEx(horizontal, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 3)))
    vertical = cv2.morphologyEx(vertical, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (3, gap)))
    return horizontal, vertical


def long_rules(horizontal: Image, vertical: Image, *, dpi: int) -> tuple[Image, Image]:
    """The rule masks without the short pieces that are not rules at all.

    At 200 dpi the blurred tops of a small word ("nghèo") run together into a quarter-inch line
    that ``line_masks`` keeps; painted out as a rule, it took the upper half of the word with
    it. A real rule belongs to a network of rules (a table's grid, a run of horizontal rules)
    or is long on its own: pieces whose network spans less than 0.6 inch either way are dropped.
    """
    both = cv2.bitwise_or(horizontal, vertical)
    joined = cv2.dilate(both, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    span = 0.6 * dpi
    short = (stats[:, cv2.CC_STAT_WIDTH] < span) & (stats[:, cv2.CC_STAT_HEIGHT] < span)
    short[0] = False
    if not short.any():
        return horizontal, vertical
    drop = short[labels]
    horizontal, vertical = horizontal.copy(), vertical.copy()
    horizontal[drop] = 0
    vertical[drop] = 0
    return horizontal, vertical


def rules_under_stamps(
    rules: tuple[Image, Image], unstamped_ink: Image, boxes: Sequence[tuple[int, int, int, int]], *, dpi: int
) -> tuple[Image, Image]:
    """The rule masks with the rules a seal's removal took out put back.

    A seal is painted out with the paper's tone, and on a gray scan the thin rules under it go
    with it: the cells under the seal then lose the rules between them and merge across rows and
    columns into one cell holding a dozen figures. Each rule that runs up to a seal (a vertical
    rule above or below its box, a horizontal one left or right of it) is read again inside the
    box from the page as scanned (``unstamped_ink``, binarised like the page, deskewed), and only
    there: the seal's own rings and lettering, which pass for short rules too, are never taken.
    ``boxes``: the seals' boxes in pixels of the deskewed page.
    """
    horizontal, vertical = rules[0].copy(), rules[1].copy()
    height, width = horizontal.shape[:2]
    reach = max(15, dpi // 4)  # how far outside the box a rule is looked for (line_masks' shortest)
    band = max(2, dpi // 75)
    for bx0, by0, bx1, by1 in boxes:
        x0, y0, x1, y1 = max(0, bx0), max(0, by0), min(width, bx1), min(height, by1)
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        # The page as scanned around the box, with room for line_masks' kernels.
        cx0, cy0, cx1, cy1 = max(0, x0 - reach), max(0, y0 - reach), min(width, x1 + reach), min(height, y1 + reach)
        found_h, found_v = line_masks(unstamped_ink[cy0:cy1, cx0:cx1], dpi=dpi)
        inner = (slice(y0 - cy0, y1 - cy0), slice(x0 - cx0, x1 - cx0))
        # Columns where a vertical rule reaches the box from above or below.
        outside_v = np.vstack([vertical[max(0, y0 - reach) : y0, x0:x1], vertical[y1 : y1 + reach, x0:x1]])
        cols = outside_v.max(axis=0) if outside_v.size else np.zeros(x1 - x0, dtype=np.uint8)
        cols = cv2.dilate(cols.reshape(1, -1), np.ones((1, 2 * band + 1), np.uint8)).reshape(-1)
        # Rows where a horizontal rule reaches it from the left or the right.
        outside_h = np.hstack([horizontal[y0:y1, max(0, x0 - reach) : x0], horizontal[y0:y1, x1 : x1 + reach]])
        rows = outside_h.max(axis=1) if outside_h.size else np.zeros(y1 - y0, dtype=np.uint8)
        rows = cv2.dilate(rows.reshape(-1, 1), np.ones((2 * band + 1, 1), np.uint8)).reshape(-1)
        v_back = found_v[inner] & (cols[None, :] > 0).astype(np.uint8) * 255
        h_back = found_h[inner] & (rows[:, None] > 0).astype(np.uint8) * 255
        vertical[y0:y1, x0:x1] = cv2.bitwise_or(vertical[y0:y1, x0:x1], v_back)
        horizontal[y0:y1, x0:x1] = cv2.bitwise_or(horizontal[y0:y1, x0:x1], h_back)
    return horizontal, vertical


def _rule_angles(horizontal: Image, min_width: int) -> list[tuple[float, float]]:
    """(angle in degrees, length) of each long horizontal rule, from a least-squares line fit."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(horizontal, connectivity=8)
    out: list[tuple[float, float]] = []
    for label in range(1, n):
        x, y, w, h, _area = stats[label]
        if w < min_width or h > w / 10:
            continue
        ys, xs = np.nonzero(labels[y : y + h, x : x + w] == label)
        if len(xs) < w:
            continue
        slope = np.polyfit(xs.astype(np.float64), ys.astype(np.float64), 1)[0]
        out.append((math.degrees(math.atan(slope)), float(w)))
    return out


def _profile_skew(ink: Image) -> float:
    """Skew of running text: the angle whose row projection is sharpest (text lines line up)."""
    small = cv2.resize(ink, (ink.shape[1] // 4, ink.shape[0] // 4), interpolation=cv2.INTER_AREA)
    if int(np.count_nonzero(small)) < 200:
        return 0.0
    h, w = small.shape
    centre = (w / 2.0, h / 2.0)
    best, best_score = 0.0, -1.0
    for angle in np.arange(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES + 1e-9, 0.1):
        m = cv2.getRotationMatrix2D(centre, float(angle), 1.0)
        rotated = cv2.warpAffine(small, m, (w, h), flags=cv2.INTER_NEAREST, borderValue=0)
        profile = rotated.sum(axis=1, dtype=np.float64)
        score = float(np.sum(np.diff(profile) ** 2))
        if score > best_score:
            best, best_score = float(angle), score
    # Rotating by ``best`` levels the lines, which is what ``deskew`` will do with the slope.
    return best


def estimate_skew(gray: Image, *, dpi: int) -> float:
    """Angle in degrees by which the page's horizontal lines descend to the right (image coords).

    Read from the long horizontal rules when there are any (a table page), weighted by length;
    otherwise from the text lines by projection profile. 0.0 for a blank page.
    """
    ink = binarize(gray)
    horizontal, _ = line_masks(ink, dpi=dpi)
    angles = _rule_angles(horizontal, min_width=max(60, gray.shape[1] // 6))
    if len(angles) >= 2:
        values = np.array([a for a, _ in angles])
        weights = np.array([w for _, w in angles])
        order = np.argsort(values)
        cumulative = np.cumsum(weights[order])
        median = float(values[order][np.searchsorted(cumulative, cumulative[-1] / 2.0)])
        if abs(median) <= MAX_SKEW_DEGREES:
            return median
    return _profile_skew(ink)


def deskew(gray: Image, angle: float) -> tuple[Image, NDArray[Any]]:
    """Rotate the page so its lines are level; returns (image, 2x3 matrix original -> deskewed)."""
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2.0, h / 2.0), angle, 1.0)
    if abs(angle) < 0.02:
        return gray, m
    rotated = cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    return rotated, m


def _cluster(values: list[float], tolerance: float) -> list[int]:
    """Sorted positions, with positions closer than ``tolerance`` merged into their mean."""
    if not values:
        return []
    values = sorted(values)
    groups: list[list[float]] = [[values[0]]]
    for v in values[1:]:
        if v - groups[-1][-1] <= tolerance:
            groups[-1].append(v)
        else:
            groups.append([v])
    return [round(sum(g) / len(g)) for g in groups]


def _segments(mask: Image, *, vertical: bool, min_len: int) -> list[tuple[float, int, int]]:
    """(position across, start, end along) of each rule segment in ``mask``."""
    n, _, stats, centroids = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out: list[tuple[float, int, int]] = []
    for label in range(1, n):
        x, y, w, h, _ = stats[label]
        if vertical and h >= min_len:
            out.append((float(centroids[label][0]), int(y), int(y + h)))
        elif not vertical and w >= min_len:
            out.append((float(centroids[label][1]), int(x), int(x + w)))
    return out


def _coverage(mask: Image, *, vertical: bool, at: int, start: int, end: int, band: int) -> float:
    """Share of the stretch [start, end) along a rule position ``at`` that has rule ink."""
    if end <= start:
        return 0.0
    if vertical:
        strip = mask[start:end, max(0, at - band) : at + band + 1]
        hits = strip.max(axis=1) if strip.size else np.zeros(0)
    else:
        strip = mask[max(0, at - band) : at + band + 1, start:end]
        hits = strip.max(axis=0) if strip.size else np.zeros(0)
    return float(np.count_nonzero(hits)) / float(end - start)


def _table_cells(
    horizontal: Image, vertical: Image, rows: list[int], cols: list[int], band: int
) -> tuple[CellBox, ...]:
    """Base cells between neighbouring rules, merged where the rule between two of them is missing."""
    n_rows, n_cols = len(rows) - 1, len(cols) - 1
    parent = list(range(n_rows * n_cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    # Only the middle of an edge is checked: the corners are where the crossing rule's own ink is.
    for r in range(n_rows):
        for c in range(n_cols):
            y0, y1, x0, x1 = rows[r], rows[r + 1], cols[c], cols[c + 1]
            if c + 1 < n_cols:
                inset = (y1 - y0) // 4
                if _coverage(vertical, vertical=True, at=x1, start=y0 + inset, end=y1 - inset, band=band) < 0.5:
                    union(r * n_cols + c, r * n_cols + c + 1)
            if r + 1 < n_rows:
                inset = (x1 - x0) // 4
                if _coverage(horizontal, vertical=False, at=y1, start=x0 + inset, end=x1 - inset, band=band) < 0.5:
                    union(r * n_cols + c, (r + 1) * n_cols + c)

    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(n_rows):
        for c in range(n_cols):
            groups.setdefault(find(r * n_cols + c), []).append((r, c))
    cells: list[CellBox] = []
    for members in groups.values():
        r0 = min(r for r, _ in members)
        r1 = max(r for r, _ in members)
        c0 = min(c for _, c in members)
        c1 = max(c for _, c in members)
        cells.append(CellBox(r0, c0, r1 - r0 + 1, c1 - c0 + 1, (cols[c0], rows[r0], cols[c1 + 1], rows[r1 + 1])))
    cells.sort(key=lambda cb: (cb.row, cb.col))
    return tuple(cells)


def find_tables(gray: Image, *, dpi: int, masks: tuple[Image, Image] | None = None) -> list[TableBox]:
    """Ruled tables on a level page, top to bottom.

    A table is a connected set of rules with at least two horizontal and two vertical rules and at
    least two base cells. Row and column boundaries are the rules' positions inside it.
    ``masks``: the page's (horizontal, vertical) ``line_masks`` when the caller has them already.
    """
    horizontal, vertical = masks if masks is not None else line_masks(binarize(gray), dpi=dpi)
    joined = cv2.dilate(cv2.bitwise_or(horizontal, vertical), cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    n, _labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    tolerance = max(4.0, dpi / 40.0)
    band = max(2, dpi // 75)
    tables: list[TableBox] = []
    for label in range(1, n):
        x, y, w, h = (int(v) for v in stats[label][:4])
        if w < dpi // 2 or h < dpi // 6:
            continue
        sub_h = horizontal[y : y + h, x : x + w]
        sub_v = vertical[y : y + h, x : x + w]
        h_segs = _segments(sub_h, vertical=False, min_len=max(15, dpi // 8))
        v_segs = _segments(sub_v, vertical=True, min_len=max(15, dpi // 8))
        rows = _cluster([p for p, _, _ in h_segs], tolerance)
        cols = _cluster([p for p, _, _ in v_segs], tolerance)
        if len(rows) < 2 or len(cols) < 2 or (len(rows) - 1) * (len(cols) - 1) < 2:
            continue
        cells = _table_cells(sub_h, sub_v, rows, cols, band)
        shifted = tuple(
            CellBox(c.row, c.col, c.row_span, c.col_span, (c.box[0] + x, c.box[1] + y, c.box[2] + x, c.box[3] + y))
            for c in cells
        )
        tables.append(
            TableBox(
                box=(int(x), int(y), int(x + w), int(y + h)),
                row_lines=tuple(r + int(y) for r in rows),
                col_lines=tuple(c + int(x) for c in cols),
                cells=shifted,
            )
        )
    tables.sort(key=lambda t: (t.box[1], t.box[0]))
    return tables
