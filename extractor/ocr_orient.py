"""Which way up a scanned page is, from where Vietnamese puts its diacritics.

A page fed into the scanner upside down reads as junk, and its tables come out with rows and
columns reversed. Tesseract's orientation detector (``--psm 0``, the Debian package
``tesseract-ocr-osd``) answers the question, but costs about 1.3 s of CPU per 300-dpi page (measured
on Biểu pages of the layout variants) against a budget of 3 s for the whole page, and its
confidence on table pages is low (0.2-9). The page's ink answers it for free: Vietnamese text
carries a tone mark or a circumflex on most syllables, and those marks sit *above* their letters;
the only marks below are the dot of the "nặng" tone and a few commas. Upside down, the marks sit
below. So ``page_orientation`` counts small marks whose nearest letter is just below them against
marks whose nearest letter is just above them.

Only 0° and 180° are decided here: the landscape pages of district reports reach us either as
rotated PDF pages (which the renderer turns upright) or scanned upright.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

Image = NDArray[Any]

# At least this many marks, and this share of them below their letters, before a page is turned.
# On the 134 scanned pages of development variants 0-490 (every 10th seed) upright pages had at
# least 60 % of their marks above, upside-down ones at most 31 %.
MIN_MARKS = 20
MIN_SHARE = 0.6


@dataclass(frozen=True)
class Orientation:
    """The verdict on one page.

    degrees: 0 (upright) or 180 (to be turned over before reading).
    above, below: diacritic-sized marks found just above / just below a letter.
    """

    degrees: int
    above: int
    below: int

    @property
    def share_above(self) -> float:
        total = self.above + self.below
        return self.above / total if total else 0.5


def count_marks(text_ink: Image) -> tuple[int, int]:
    """(marks above a letter, marks below a letter) in a binarised page (ink 255, rules removed)."""
    n, _, stats, _ = cv2.connectedComponentsWithStats(text_ink, connectivity=8)
    if n < 10:
        return 0, 0
    x, y, w, h, area = (stats[1:, k].astype(np.float64) for k in range(5))
    sizeable = (area >= 12) & (h >= 6)
    if int(sizeable.sum()) < 10:
        return 0, 0
    letter_h = float(np.median(h[sizeable]))
    letters = sizeable & (h >= 0.6 * letter_h) & (h <= 1.8 * letter_h) & (w <= 2.5 * letter_h)
    marks = (area >= 3) & (h <= 0.45 * letter_h) & (w <= 1.2 * letter_h) & (h >= 1)
    if not letters.any() or not marks.any():
        return 0, 0
    lx0, lx1, ly0, ly1 = x[letters], x[letters] + w[letters], y[letters], y[letters] + h[letters]
    mx0, mx1, my0, my1 = x[marks], x[marks] + w[marks], y[marks], y[marks] + h[marks]
    above = below = 0
    reach = 0.5 * letter_h
    # In chunks, to keep the mark x letter matrices small on dense pages.
    for start in range(0, len(mx0), 512):
        sl = slice(start, start + 512)
        cx = ((mx0[sl] + mx1[sl]) / 2.0)[:, None]
        over = (cx >= lx0[None, :]) & (cx <= lx1[None, :])
        gap_down = np.where(over, ly0[None, :] - my1[sl][:, None], np.inf)  # letter starts below the mark
        gap_up = np.where(over, my0[sl][:, None] - ly1[None, :], np.inf)  # letter ends above the mark
        gap_down[gap_down < -1] = np.inf
        gap_up[gap_up < -1] = np.inf
        down, up = gap_down.min(axis=1), gap_up.min(axis=1)
        above += int(np.count_nonzero((down <= reach) & (down < up)))
        below += int(np.count_nonzero((up <= reach) & (up < down)))
    return above, below


def mark_ink(gray: Image, rules: Image) -> Image:
    """The page's text ink cut at 0.8 of Otsu's threshold, rules (255 in ``rules``) removed.

    The cut is darker than the one that reads the page: at 0.6 cm accents blurred into their
    letters come apart again (on the variants' 8-point scans about three times as many marks).
    """
    otsu, _ = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    _, ink = cv2.threshold(gray, 0.8 * otsu, 255, cv2.THRESH_BINARY_INV)
    grown = cv2.dilate(rules, cv2.getStructuringElement(cv2.MORPH_RECT, (5, 5)))
    return cv2.bitwise_and(ink, cv2.bitwise_not(grown))


def page_orientation(gray: Image, rules: Image) -> Orientation:
    """0 or 180 degrees for a level page (``rules``: its ruling mask); 0 when the marks cannot say.

    An upright page of a variant's table has a hundred or more marks, most of them above its
    letters; turned over, the shares swap.
    """
    above, below = count_marks(mark_ink(gray, rules))
    total = above + below
    flipped = total >= MIN_MARKS and below / total >= MIN_SHARE
    return Orientation(180 if flipped else 0, above, below)


def turned_over(matrix: NDArray[Any], shape: tuple[int, ...]) -> NDArray[Any]:
    """A 2x3 affine map (original page -> level page) followed by a half turn of the level page."""
    h, w = shape[:2]
    half_turn = np.array([[-1.0, 0.0, w - 1.0], [0.0, -1.0, h - 1.0], [0.0, 0.0, 1.0]])
    return (half_turn @ np.vstack([matrix, [0.0, 0.0, 1.0]]))[:2]
