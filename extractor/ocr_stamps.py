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

import math
from collections.abc import Sequence
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
# Under red ink, read through its colour, print came back darker than this share of the way from
# ink to paper; the ghosts of the seal's stroke edges are paler.
THROUGH_SHARE = 0.6
# Pixels a piece of print has at least at 300 dpi (a digit of 6 points has about 200; the specks
# its rings' edges leave, under 20).
MIN_STROKE_AREA = 50
# Stamp shapes are at least this many inches across (a round seal is about an inch and a half).
MIN_STAMP_INCHES = 0.4


@dataclass(frozen=True)
class Stamps:
    """What was painted out of a page.

    pixels:  how many pixels were painted with the paper's tone or read from their colour.
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


def _ring_profile(
    blurred: Image, x: float, y: float, radii: NDArray[Any], *, inked_below: float, pale_above: float
) -> list[tuple[float, float, float]]:
    """(radius, share of the circle inked, share inked in a tone paler than text) per radius."""
    height, width = blurred.shape[:2]
    angles = np.linspace(0, 2 * np.pi, 180, endpoint=False)
    out: list[tuple[float, float, float]] = []
    for radius in radii:
        # The darkest tone within a few pixels of each point of the circle.
        best = np.full(len(angles), 255.0)
        for dr in np.linspace(-0.04, 0.04, 5) * radius:
            xs = np.clip((x + (radius + dr) * np.cos(angles)).astype(int), 0, width - 1)
            ys = np.clip((y + (radius + dr) * np.sin(angles)).astype(int), 0, height - 1)
            best = np.minimum(best, blurred[ys, xs])
        inked = best < inked_below
        out.append((float(radius), float(np.mean(inked)), float(np.mean(inked & (best > pale_above)))))
    return out


def _rings(profile: Sequence[tuple[float, float, float]]) -> list[int]:
    """Radii (indexes) where a seal's ring is: inked all round in a pale tone and standing out
    from its surroundings (within a tenth of its radius the circle is mostly paper again). A
    circle drawn through dense text, which Hough also finds, is inked at every radius alike."""
    fractions = [p[1] for p in profile]
    return [
        i for i, p in enumerate(profile)
        if p[1] >= 0.93 and p[2] >= 0.6 and min(fractions[max(0, i - 3) : i + 4]) <= p[1] - 0.3
    ]


def find_seals(gray: Image, *, dpi: int, ink: float, paper: float) -> list[tuple[int, int, int]]:
    """Round seals on a gray page: (x, y, radius) in pixels.

    Circles of an office seal's size (0.35 to 0.8 inch across the radius) found by the Hough
    transform on the page at 75 dpi (their centres only roughly: they are refined on the page),
    kept when one of their rings is inked all round in a tone lighter than printed text (the
    seal's translucent ink, not a table's rules, a bold "O" or a circle through dense text).
    """
    scale = 75.0 / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (5, 5), 1.5)
    found = cv2.HoughCircles(
        small, cv2.HOUGH_GRADIENT, dp=1, minDist=50, param1=80, param2=28, minRadius=26, maxRadius=60
    )
    if found is None:
        return []
    out: list[tuple[int, int, int]] = []
    blurred = cv2.blur(gray, (5, 5))
    levels = {"inked_below": paper - 0.2 * (paper - ink), "pale_above": ink + CORE_SHARE * (paper - ink)}
    step = 2.0 / scale  # two pixels of the 75-dpi page: how far off Hough's centre may be
    for cx, cy, r in found[0][:20]:
        x, y = cx / scale, cy / scale
        if any(math.hypot(x - ox, y - oy) < r_out for ox, oy, r_out in out):
            continue
        # Hough finds one of the seal's rings; its outer ring lies up to 1.6 times further out.
        radii = np.linspace(0.85, 1.8, 24) * (r / scale)
        best: tuple[float, float, list[tuple[float, float, float]]] | None = None
        if max(p[1] for p in _ring_profile(blurred, x, y, radii, **levels)) < 0.7:
            continue  # not inked most of the way round even roughly: no seal to centre
        for dx in (-step, 0.0, step):
            for dy in (-step, 0.0, step):
                profile = _ring_profile(blurred, x + dx, y + dy, radii, **levels)
                rings = _rings(profile)
                if rings and (best is None or len(rings) > len(_rings(best[2]))):
                    best = (x + dx, y + dy, profile)
        if best is None:
            continue
        bx, by, profile = best
        outer = max(p[0] for p in profile if p[1] >= 0.9)
        out.append((int(bx), int(by), int(outer * 1.06 + 4)))
    return out


def _decolour(gray: Image, rgb: Image, *, paper: float) -> tuple[Image, Image, int]:
    """(the page with its coloured ink taken out, where it was read through red ink, how many
    coloured pixels).

    Blue ink (a signature) is painted with the paper's tone. Red ink (a seal) is translucent: a
    figure printed under it shows through darker in every channel, while the seal itself is
    nearly white in its own colour's channel. So under red ink the page is read from each
    pixel's brightest channel, stretched so that the seal over bare paper becomes paper: a
    figure under the seal comes back dark. The stretch (2.5) undoes a seal letting through about
    two fifths of the print's contrast, as the variants' seals (alpha 150-200 of 255) do.
    """
    r, _, b = (c.astype(np.int16) for c in cv2.split(rgb))
    chroma = _chroma(rgb) > MIN_CHROMA
    coloured = int(np.count_nonzero(chroma))
    if not coloured:
        return gray, np.zeros(gray.shape, dtype=bool), 0
    near = cv2.dilate(chroma.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
    clean = gray.copy()
    blue = chroma & (b > r + MIN_CHROMA)
    red = near & ~cv2.dilate(blue.astype(np.uint8), np.ones((5, 5), np.uint8)).astype(bool)
    brightest = cv2.max(cv2.max(rgb[:, :, 0], rgb[:, :, 1]), rgb[:, :, 2]).astype(np.float32)
    sealed = chroma & red
    if sealed.any():
        seal_tone = float(np.median(brightest[sealed]))
        unmixed = np.clip(paper - (seal_tone - brightest) * 2.5, 0, 255).astype(np.uint8)
        clean[red] = unmixed[red]
    else:
        red[:] = False
    clean[cv2.dilate(blue.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0] = round(paper)
    return clean, red, coloured


def remove_stamps(gray: Image, rgb: Image | None, *, dpi: int) -> tuple[Image, Stamps]:
    """The page with seal and signature ink taken out, and what was found.

    ``gray``: the page in gray; ``rgb``: the same page in colour, or None for a gray scan.
    Coloured ink goes by its colour (``_decolour``). A seal found by its shape on a gray scan
    (``find_seals``) has its ink at one tone; a figure printed under the translucent ink is
    darker by at least a fifth of the ink-to-paper range (the seal lets that much of the
    figure's contrast through), so within the seal everything lighter than the seal's darkest
    strokes less a twelfth of the range is seal, painted with the paper's tone, and what is
    darker is the figure.
    """
    ink, paper = _levels(gray)
    core = ink + CORE_SHARE * (paper - ink)
    clean, unmixed, coloured = (gray, None, 0) if rgb is None else _decolour(gray, rgb, paper=paper)
    seals = find_seals(gray, dpi=dpi, ink=ink, paper=paper)
    height, width = gray.shape[:2]
    painted = 0
    for x, y, radius in seals:
        x0, y0, x1, y1 = max(0, x - radius), max(0, y - radius), min(width, x + radius + 1), min(height, y + radius + 1)
        # On a colour page the seal's ink is mostly gone already; what its colour did not give
        # away (faint stroke edges) goes the same way as on a gray page.
        patch = clean[y0:y1, x0:x1]
        disc = np.zeros(patch.shape, dtype=np.uint8)
        cv2.circle(disc, (x - x0, y - y0), radius, 255, -1)
        inside = disc > 0
        # The seal's tone: its inked pixels that have no printed text (dark core) near them.
        darkest = cv2.erode(patch, np.ones((5, 5), np.uint8))
        tones = patch[inside & (patch < paper - 0.2 * (paper - ink)) & (darkest > core)]
        # The seal's darkest strokes (most of a thin stroke's pixels are its lighter edges).
        level = float(np.percentile(tones, 10)) if tones.size else core
        cut = max(core, level - 0.08 * (paper - ink))
        seal_ink = inside & (patch > cut)
        if unmixed is not None:
            # Print read through red ink is judged on its own scale: a figure under a dense
            # seal's star comes back mid-grey, paler than the cut of the faint stroke edges, and
            # that cut painted out its leading digit ("89,90" -> "9,90" on dev scan v6880). What
            # came back darker than the middle of the ink-to-paper range there stays, when it is
            # part of a stroke (specks left of the seal's rings are not: "92,7" read as "93,").
            dark = (patch < ink + THROUGH_SHARE * (paper - ink)).astype(np.uint8)
            _, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
            stroke = stats[:, cv2.CC_STAT_AREA] >= MIN_STROKE_AREA * (dpi / 300.0) ** 2
            stroke[0] = False
            seal_ink &= ~(unmixed[y0:y1, x0:x1] & stroke[labels])
        if clean is gray:
            clean = gray.copy()
        clean[y0:y1, x0:x1][seal_ink] = round(paper)
        painted += int(np.count_nonzero(seal_ink))
    boxes = tuple((x - r, y - r, x + r, y + r) for x, y, r in seals)
    return clean, Stamps(painted + coloured, boxes, coloured)


def has_colour(rgb: Image) -> bool:
    """True when a page carries coloured ink (a red seal, a blue signature), judged at 1/16 size."""
    return int(np.count_nonzero(_chroma(np.ascontiguousarray(rgb[::4, ::4])) > MIN_CHROMA)) >= 50
