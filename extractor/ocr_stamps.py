"""Office seals and signatures on a scanned page, found and painted out before anything is read.

A district report is stamped with the office's round seal, often half over the last rows of a
table, in red ink (or grey, on a black-and-white scan), and signed in blue. Left in, the seal's
rings pass for table rules (a circle has long near-horizontal stretches) and its lettering for
text; its strokes over a figure turn "114.888" into "114.8Š/``".

Two kinds of evidence, both in ``stamp_mask``:

- colour: text is black, seals are red and signatures blue. On a colour scan every pixel whose
  hue is far from grey is stamp or signature ink;
- stroke: on any scan, seal ink is translucent and lighter than text. A seal stroke is a band
  of mid-grey with no dark core anywhere near it; a printed letter, even under the seal, has one
  (the seal darkens the paper around a figure more than the figure). Mid-grey pixels far from
  any dark core are kept as stamp candidates only where they make up a shape far larger than a
  letter (a ring, a star): a thin comma in a pale scan is never taken for a seal.

``remove_stamps`` paints those pixels with the paper's tone; the text under the seal stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

Image = NDArray[Any]

# A pixel is coloured when its channels differ by more than this (0..255); scan noise on grey
# paper stays under 25.
MIN_CHROMA = 40
# A dark core is darker than this share of the way from ink to paper; seal ink (translucent)
# never is.
CORE_SHARE = 0.3
# Stamp shapes are at least this many inches across (a round seal is about an inch and a half).
MIN_STAMP_INCHES = 0.4


@dataclass(frozen=True)
class Stamps:
    """What was painted out of a page.

    pixels:  how many pixels were painted with the paper's tone.
    boxes:   (x0, y0, x1, y1) in pixels of each stamp shape found by its strokes.
    coloured: pixels painted because of their colour.
    """

    pixels: int
    boxes: tuple[tuple[int, int, int, int], ...]
    coloured: int


def _chroma(rgb: Image) -> Image:
    """Per pixel, how far its colour is from grey: its largest channel less its smallest."""
    r, g, b = cv2.split(rgb)
    return cv2.subtract(cv2.max(cv2.max(r, g), b), cv2.min(cv2.min(r, g), b))


def _levels(gray: Image) -> tuple[float, float]:
    """(ink, paper): the tone of printed text and of the sheet."""
    sample = np.ascontiguousarray(gray[::3, ::3])  # the tones of a page, at a ninth of the cost
    otsu, _ = cv2.threshold(sample, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    dark = sample < otsu
    paper = float(np.median(sample[~dark])) if (~dark).any() else 255.0
    ink = float(np.percentile(sample[dark], 5)) if dark.any() else 0.0
    return ink, paper


def find_seals(gray: Image, *, dpi: int, ink: float, paper: float) -> list[tuple[int, int, int]]:
    """Round seals on a gray page: (x, y, radius) in pixels.

    Circles of an office seal's size (0.35 to 0.8 inch across the radius) found by the Hough
    transform on the page at 75 dpi, kept when most of their circumference is inked in a tone
    lighter than printed text (the seal's translucent ink, not a table's rules or a bold "O").
    """
    scale = 75.0 / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 1.5)
    found = cv2.HoughCircles(
        small, cv2.HOUGH_GRADIENT, dp=1, minDist=50, param1=80, param2=28, minRadius=26, maxRadius=60
    )
    if found is None:
        return []
    out: list[tuple[int, int, int, float]] = []
    height, width = gray.shape[:2]
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    blurred = cv2.blur(gray, (5, 5))
    inked_below = paper - 0.2 * (paper - ink)
    pale_above = ink + CORE_SHARE * (paper - ink)
    for cx, cy, r in found[0][:6]:
        x, y = cx / scale, cy / scale
        # Hough finds one of the seal's rings; its outer ring lies up to 1.6 times further out.
        profile: list[tuple[float, float, float]] = []
        for radius in np.linspace(0.85, 1.8, 24) * (r / scale):
            best = np.full(len(angles), 255.0)
            for dr in np.linspace(-0.04, 0.04, 5) * radius:
                xs = np.clip((x + (radius + dr) * np.cos(angles)).astype(int), 0, width - 1)
                ys = np.clip((y + (radius + dr) * np.sin(angles)).astype(int), 0, height - 1)
                best = np.minimum(best, blurred[ys, xs])
            inked = best < inked_below
            pale = float(np.mean(inked & (best > pale_above)))
            profile.append((float(radius), float(np.mean(inked)), pale))
        rings = [p for p in profile if p[1] >= 0.75 and p[2] >= 0.6]
        if not rings:
            continue
        outer = max(p[0] for p in profile if p[1] >= 0.6)
        if any(abs(x - ox) + abs(y - oy) < outer for ox, oy, _, _ in out):
            continue
        out.append((int(x), int(y), int(outer * 1.06 + 4), 0.0))
    return [(x, y, r) for x, y, r, _ in out]


def stamp_mask(gray: Image, rgb: Image | None, *, dpi: int) -> tuple[Image, Stamps]:
    """(mask of stamp and signature pixels, 255 on 0; what was found) for a page.

    ``gray``: the page in gray; ``rgb``: the same page in colour, or None for a gray scan.
    Inside a seal its ink sits at one tone; a figure printed under the translucent ink is darker
    by at least a fifth of the ink-to-paper range (the seal lets that much of the figure's
    contrast through), so within a seal everything lighter than the seal's tone less an eighth of
    the range is seal, and what is darker is the figure.
    """
    ink, paper = _levels(gray)
    core = ink + CORE_SHARE * (paper - ink)
    mask = np.zeros(gray.shape, dtype=np.uint8)
    seals = find_seals(gray, dpi=dpi, ink=ink, paper=paper)
    height, width = gray.shape[:2]
    for x, y, radius in seals:
        x0, y0, x1, y1 = max(0, x - radius), max(0, y - radius), min(width, x + radius + 1), min(height, y + radius + 1)
        patch = gray[y0:y1, x0:x1]
        disc = np.zeros(patch.shape, dtype=np.uint8)
        cv2.circle(disc, (x - x0, y - y0), radius, 255, -1)
        # The seal's tone: its inked pixels that have no printed text (dark core) near them.
        darkest = cv2.erode(patch, np.ones((5, 5), np.uint8))
        tones = patch[(disc > 0) & (patch < paper - 0.2 * (paper - ink)) & (darkest > core)]
        level = float(np.median(tones)) if tones.size else core
        cut = max(core, level - 0.12 * (paper - ink))
        mask[y0:y1, x0:x1][(disc > 0) & (patch > cut)] = 255
    coloured = 0
    if rgb is not None:
        chroma = _chroma(rgb) > MIN_CHROMA
        coloured = int(np.count_nonzero(chroma))
        if coloured:
            near = cv2.dilate(chroma.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
            mask[near & (gray > core)] = 255
    boxes = tuple((x - r, y - r, x + r, y + r) for x, y, r in seals)
    return mask, Stamps(int(np.count_nonzero(mask)), boxes, coloured)


def has_colour(rgb: Image) -> bool:
    """True when a page carries coloured ink (a red seal, a blue signature), judged at 1/16 size."""
    return int(np.count_nonzero(_chroma(np.ascontiguousarray(rgb[::4, ::4])) > MIN_CHROMA)) >= 50


def remove_stamps(gray: Image, rgb: Image | None, *, dpi: int) -> tuple[Image, Stamps]:
    """The page with seal and signature ink painted in the paper's tone, and what was painted."""
    mask, found = stamp_mask(gray, rgb, dpi=dpi)
    if not found.pixels:
        return gray, found
    _, paper = _levels(gray)
    clean = gray.copy()
    clean[mask > 0] = round(paper)
    return clean, found
