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

A landscape table page is often fed into the scanner sideways, and its image is turned 90° or 270°.
``quarter_turn`` tells a sideways page from a level one before anything else is read, for about
20 ms: printed lines run across a level page, so its ink, profiled row by row within inch-wide
strips, alternates between lines and gaps, while profiled column by column it is flat; on a sideways
page the two swap. A sideways page is turned a quarter and the tone marks then tell 90° from 270°.
Tesseract's detector is asked only when the profiles cannot tell (``osd_turn``), and a page neither
can decide says so in its notes rather than being read as junk.
"""

from __future__ import annotations

from collections.abc import Callable
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

# The profiles are taken at this resolution (a 300-dpi page shrinks 16 times: about 20 ms), in strips
# an inch wide or tall, so a 2° skew smears a line by under 3 px within a strip.
PROFILE_DPI = 75
# log(row sharpness / column sharpness) beyond which a page is level (above) or sideways (below
# minus it). On the 41 scanned pages of development seeds 5-245 (every 10th) level pages scored 0.35
# to 3.1 and the same pages turned a quarter either way -0.31 to -3.2: within the margin Tesseract is
# asked.
SIDEWAYS_MARGIN = 0.2
# Fewer ink pixels than this share of the shrunk page: nothing to read, no question to ask.
MIN_INK_SHARE = 0.002


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


def _strip_sharpness(ink: Image, strip: int) -> float:
    """Sum over strips ``strip`` pixels wide of the squared steps of each strip's row profile."""
    h, w = ink.shape
    n = w // strip
    if n == 0 or h < 2:
        return 0.0
    profiles = ink[:, : n * strip].reshape(h, n, strip).sum(axis=2, dtype=np.float64)
    rest = ink[:, n * strip :].sum(axis=1, dtype=np.float64)[:, None]
    steps = np.diff(np.hstack([profiles, rest]), axis=0)
    return float(np.sum(steps * steps))


def level_score(gray: Image, *, dpi: int) -> float | None:
    """log(sharpness of row profiles / sharpness of column profiles) of a page: about +0.4 to +2
    for a level page of print, as much below zero for a sideways one; None for a page with
    next to no ink (nothing to decide)."""
    f = PROFILE_DPI / dpi
    small = cv2.resize(gray, (max(1, round(gray.shape[1] * f)), max(1, round(gray.shape[0] * f))), interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    if int(np.count_nonzero(ink)) < MIN_INK_SHARE * ink.size:
        return None
    rows = _strip_sharpness(ink, PROFILE_DPI)
    cols = _strip_sharpness(np.ascontiguousarray(ink.T), PROFILE_DPI)
    return float(np.log((rows + 1.0) / (cols + 1.0)))


@dataclass(frozen=True)
class QuarterTurn:
    """Whether a page is level or sideways, and how that was decided.

    sideways: True (to be turned a quarter before reading), False (level), None (undecided).
    score:    ``level_score`` of the page as stored (None: a page with next to no ink).
    by:       "profiles", "tesseract" (the profiles could not tell), or "" (nobody could).
    degrees:  Tesseract's answer when it was asked (how far the stored page is turned), else None.
    """

    sideways: bool | None
    score: float | None
    by: str
    degrees: int | None = None

    def left_after_turn(self) -> int | None:
        """How far the page still lies turned after ``np.rot90`` (a quarter counter-clockwise),
        0 or 180, as far as Tesseract said which way the stored page lay; else None. A page it
        found turned 90° (clockwise) is level after the quarter turn, one turned 270° upside
        down: pinned on a real page in tests/test_ocr_orient.py."""
        return self.degrees - 90 if self.sideways and self.degrees in (90, 270) else None


def quarter_turn(gray: Image, *, dpi: int, ask_tesseract: Callable[[Image], int | None] | None = None) -> QuarterTurn:
    """Level or sideways, from the page's ink profiles; within ``SIDEWAYS_MARGIN`` of neither
    ``ask_tesseract(gray)`` (degrees the page is turned, or None: unsure) is asked when given."""
    score = level_score(gray, dpi=dpi)
    if score is None:
        return QuarterTurn(False, None, "profiles")
    if abs(score) >= SIDEWAYS_MARGIN:
        return QuarterTurn(score < 0, score, "profiles")
    degrees = ask_tesseract(gray) if ask_tesseract is not None else None
    if degrees is None:
        return QuarterTurn(None, score, "")
    return QuarterTurn(degrees in (90, 270), score, "tesseract", degrees)


def after_quarter_turn(matrix: NDArray[Any], shape: tuple[int, ...]) -> NDArray[Any]:
    """A 2x3 affine map (turned page -> level page) preceded by ``np.rot90`` (a quarter turn
    counter-clockwise) of the original page of ``shape``, which takes pixel (x, y) to
    (y, width - 1 - x): the map original page -> level page."""
    w = shape[1]
    quarter = np.array([[0.0, 1.0, 0.0], [-1.0, 0.0, w - 1.0], [0.0, 0.0, 1.0]])
    return (np.vstack([matrix, [0.0, 0.0, 1.0]]) @ quarter)[:2]


def turned_over(matrix: NDArray[Any], shape: tuple[int, ...]) -> NDArray[Any]:
    """A 2x3 affine map (original page -> level page) followed by a half turn of the level page."""
    h, w = shape[:2]
    half_turn = np.array([[-1.0, 0.0, w - 1.0], [0.0, -1.0, h - 1.0], [0.0, 0.0, 1.0]])
    return (half_turn @ np.vstack([matrix, [0.0, 0.0, 1.0]]))[:2]
