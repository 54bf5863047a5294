"""Printed words of a scanned page outside its ruled tables, found by ink geometry and read by Tesseract.

Tesseract's own page layout (``--psm 3``) groups a table's words into blocks that run down a
column or across two rows ("Quyết nàm 2024 toán năm Dự toán 2025"), which no table reader can
undo. So the layout is read from the ink instead, the way a text layer gives it:

``ink_to_chunks`` -> each printed line piece (letters joined across word spaces, not across the
wider gaps between table columns) with the accents and dots above and below it, isolated on a
white crop -> ``read_chunks`` (all crops of a page in one Tesseract run, ``--psm 7``: one line
each; taller crops, whose lines touch, ``--psm 6``) -> ``Word``s with Tesseract's word boxes
mapped back to the page and the height of their printed line, which
``extractor.pdf_words.words_to_layout`` turns into whitespace tables and running text exactly as
it does a text layer's words. Numbers whose digits or separators disagree with their ink are read
again (``extractor.ocr_cells.improve_reads``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

from extractor.ocr_cells import (
    CellRead,
    improve_reads,
    looks_numeric,
    mostly_digits,
    tight_reading_kept,
    tight_reading_wanted,
    tight_readings,
)
from extractor.ocr_choices import choices_by_syllable, held_to_ink
from extractor.ocr_lexicon import fix_phrase, fix_tones
from extractor.ocr_lost_ink import figure_like, lost_ink_box, regain_digits
from extractor.ocr_numbers import PURE_NUMBER_RE, ink_number, reread_marks
from extractor.ocr_tesseract import (
    OcrWord,
    clean_cell_text,
    pair_quotes,
    restore_slashes,
    run_tesseract,
    words_by_image,
)
from normalizers.text import nfc

Image = NDArray[Any]

# Letters closer than this x letter height are one chunk (a word space is about 0.35).
JOIN_GAP = 0.9
# A mark (accent, dot) belongs to the line piece whose letters it is within this x letter height of.
MARK_REACH = 0.6


@dataclass(frozen=True)
class Chunk:
    """One printed line piece, isolated on white.

    box:      where its image sits on the page, in pixels (x0, y0, x1, y1), padding included
              (a dash read from its shape: its own ink).
    image:    its ink and the page's gray around it, everything else white.
    lines:    printed lines it holds (more than one when lines touch: read as a block).
    core_top: top of its letters without their separate accents (capitals, ascenders, digits).
    baseline: where its letters stand: the lowest row that a third of the busiest row's ink
              reaches (descenders are sparse), in page pixels.
    text:     what it says when its shape alone tells (a lone dash), else "" (Tesseract reads it).
    """

    box: tuple[int, int, int, int]
    image: Image
    lines: int
    core_top: int
    baseline: int
    text: str = ""


@dataclass(frozen=True)
class PixelWord:
    """A word read from a chunk: its text, its box in page pixels, its line's extent, confidence."""

    text: str
    box: tuple[int, int, int, int]
    line_top: int
    line_bottom: int
    conf: float


def letter_height(ink: Image) -> float:
    """Median height of letter-sized ink components (pixels); 0.0 on a page without text."""
    _n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    h = stats[1:, cv2.CC_STAT_HEIGHT]
    area = stats[1:, cv2.CC_STAT_AREA]
    keep = (area >= 12) & (h >= 5)
    return float(np.median(h[keep])) if np.count_nonzero(keep) >= 5 else 0.0


def drop_strokes(painted: Image, ink: Image, *, dpi: int) -> int:
    """Clear ink shapes far larger than any printed character from ``ink`` (and paint them white in
    ``painted``): a signature's loops, a stamp's frame. Returns how many there were.

    A letter, even a word of letters that blur into each other, is well under half an inch wide
    and a third of an inch tall; a signature is one stroke an inch or more across. Left in, it
    reads as a line of junk ("~__kX*CÌNLWWY^") that glues the signature block to the table above.
    """
    _n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    big = np.flatnonzero((stats[1:, cv2.CC_STAT_WIDTH] > 0.6 * dpi) | (stats[1:, cv2.CC_STAT_HEIGHT] > 0.35 * dpi)) + 1
    for k in big:
        x, y, w, h = (int(v) for v in stats[k][:4])
        shape = labels[y : y + h, x : x + w] == k
        ink[y : y + h, x : x + w][shape] = 0
        grown = cv2.dilate(shape.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0
        painted[y : y + h, x : x + w][grown] = 255
    return len(big)


def _host(labels: Image, big: NDArray[Any], box: tuple[int, int, int, int], reach: int, own: int) -> int:
    """The line piece whose ink is nearest straight below (an accent's letter) or above (a dot
    below's letter) the mark in ``box``, within ``reach`` pixels; ``own`` when there is none.
    Accents are far more common than dots below, so a letter below wins unless one above is
    more than twice as close."""
    x0, y0, x1, y1 = box

    def first(band: Image, from_top: bool) -> tuple[int, int]:
        hits = big[band] & (band != own)
        rows = np.flatnonzero(hits.any(axis=1))
        if len(rows) == 0:
            return -1, reach + 1
        r = int(rows[0]) if from_top else int(rows[-1])
        label = int(band[r][hits[r]][0])
        return label, (r if from_top else band.shape[0] - 1 - r)

    down, d_down = first(labels[y1 : y1 + reach, x0:x1], True)
    up, d_up = first(labels[max(0, y0 - reach) : y0, x0:x1], False)
    if down >= 0 and (up < 0 or d_down <= 2 * d_up):
        return down
    return up if up >= 0 else own


def ink_to_chunks(painted: Image, ink: Image, unit: float | None = None) -> list[Chunk]:
    """Line pieces of the text ink ``ink`` (255 on 0), each cut from ``painted`` on white.

    Letters are joined horizontally across gaps under ``JOIN_GAP`` letter heights; a piece lower
    than half a letter (an accent row, a dot below, a lone dash) joins the piece whose letters it
    sits just above or below, or stays on its own when there is none. ``unit``: the ink's
    ``letter_height`` when the caller has it.
    """
    if unit is None:
        unit = letter_height(ink)
    if unit <= 0:
        return []
    gap = max(3, round(JOIN_GAP * unit))
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    if n <= 1:
        return []
    x, y, w, h = (stats[:, k].astype(np.int64) for k in range(4))
    owner = np.arange(n)
    big = h >= 0.6 * unit
    big[0] = False
    reach = max(2, int(MARK_REACH * unit))
    for k in np.flatnonzero(~big)[1:]:  # label 0 is the background
        owner[k] = _host(labels, big, (int(x[k]), int(y[k]), int(x[k] + w[k]), int(y[k] + h[k])), reach, k)
    owner[0] = 0
    chunk_of = owner[labels]
    chunk_of[joined == 0] = 0
    # Boxes of each chunk (a host and its marks).
    ids = np.unique(owner[1:])
    chunks: list[Chunk] = []
    pad = max(4, int(unit * 0.4))
    kernel = np.ones((3, 3), np.uint8)
    height, width = painted.shape[:2]
    for cid in ids:
        members = np.flatnonzero(owner == cid)
        members = members[members > 0]
        if len(members) == 0:
            continue
        x0 = int(x[members].min())
        y0 = int(y[members].min())
        x1 = int((x[members] + w[members]).max())
        y1 = int((y[members] + h[members]).max())
        if (x1 - x0) * (y1 - y0) < 20 or ((y1 - y0) < 0.3 * unit and (x1 - x0) < 0.3 * unit):
            continue  # a speck
        m = max(2, int(unit * 0.15))
        cx0, cy0, cx1, cy1 = max(0, x0 - m), max(0, y0 - m), min(width, x1 + m), min(height, y1 + m)
        mask = cv2.dilate((chunk_of[cy0:cy1, cx0:cx1] == cid).astype(np.uint8), kernel, iterations=2)
        crop = painted[cy0:cy1, cx0:cx1].copy()
        crop[mask == 0] = 255
        image = cv2.copyMakeBorder(crop, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=255)
        core = int(h[cid])
        hx, hy = int(x[cid]), int(y[cid])
        host = (labels[hy : hy + core, hx : hx + int(w[cid])] == cid) & (ink[hy : hy + core, hx : hx + int(w[cid])] > 0)
        profile = host.sum(axis=1)
        dense = np.flatnonzero(profile >= profile.max() / 3.0)
        baseline = hy + int(dense[-1]) + 1
        # Printed lines are the dense bands of the row profile (each line's letters between
        # its baseline and x-height); ascenders, accents and descenders are sparse.
        lines = 1 + int(np.count_nonzero(np.diff(dense) > 0.3 * unit))
        box = (cx0 - pad, cy0 - pad, cx1 + pad, cy1 + pad)
        if len(members) == 1 and core <= 0.3 * unit and max(1.5 * core, 0.3 * unit) <= w[cid] <= 2 * unit:
            # A lone dash ("nothing to report" in a figures column): Tesseract often reads a
            # single stroke as nothing at all, and its shape says what it is. It stands at
            # half the height of the letters beside it.
            # Its own ink, not the joined component's box (widened by half the join gap each
            # side: the dash then stood half a word space closer to the word after it).
            cols = np.flatnonzero(host.any(axis=0))
            dash = (hx + int(cols[0]), hy, hx + int(cols[-1]) + 1, hy + core) if len(cols) else (hx, hy, hx + int(w[cid]), hy + core)
            chunks.append(Chunk(dash, image, 1, hy - round(0.35 * unit), hy + round(core / 2 + 0.4 * unit), "-"))
            continue
        chunks.append(Chunk(box, image, lines, hy, baseline))
    chunks.sort(key=lambda c: (c.box[1], c.box[0]))
    return chunks


# Letters that reach below the baseline: their boxes say nothing about where the baseline is.
_DESCENDING = set("gpqyjạặậẹệịọộợụựỵỹ,;()[]{}|/ỵQ")


@dataclass(frozen=True)
class _ReadLine:
    """One line Tesseract read in a chunk: its words (page pixels), baseline and rise above it."""

    chunk: int
    words: tuple[OcrWord, ...]
    baseline: float
    rise: float
    alone: bool = True


def _lines_of(index: int, chunk: Chunk, words: Sequence[OcrWord], unit: float) -> list[_ReadLine]:
    """A chunk's words in page pixels, by printed line, with where each line's baseline is and how
    far its letters reach above it (in a block of lines, from where its words without descenders
    end and the top of its tallest word)."""
    ox, oy = chunk.box[0], chunk.box[1]
    by_line: dict[tuple[int, int, int], list[OcrWord]] = {}
    for w in words:
        if clean_cell_text(w.text):
            x0, y0, x1, y1 = w.box
            moved = OcrWord(w.image, w.line, (x0 + ox, y0 + oy, x1 + ox, y1 + oy), w.conf, w.text, w.alternatives)
            by_line.setdefault(w.line, []).append(moved)
    out: list[_ReadLine] = []
    for line in by_line.values():
        if chunk.lines == 1:
            # Tesseract's word boxes often span the whole image's height: the ink says where the
            # letters stand and how tall they are (not the accents: a stacked "Ể" reaches higher).
            out.append(_ReadLine(index, tuple(line), float(chunk.baseline), float(chunk.baseline - chunk.core_top)))
            continue
        flat = [w.box[3] for w in line if not (set(w.text) & _DESCENDING)]
        baseline = float(np.median(flat)) if flat else float(np.median([w.box[3] for w in line])) - 0.2 * unit
        out.append(_ReadLine(index, tuple(line), baseline, baseline - min(w.box[1] for w in line), False))
    return out


def _boxed(lines: Sequence[_ReadLine]) -> list[PixelWord]:
    """Words with text-layer-like boxes: 0.8 of the font size above the baseline, 0.2 below.

    A text layer's word box runs from the font's ascent to its descent whatever the letters;
    Tesseract's hug the ink ("100,0" has no ascent, "Số" two stacked accents), and the layout
    analysis measures column gaps and line overlaps in box heights. A table is set in one size, so
    every line gets the page's usual size (from the median rise: capitals, digits and ascenders
    reach about 0.75 of it) unless it is clearly set larger (a title).
    """
    if not lines:
        return []
    alone = [ln.rise for ln in lines if ln.alone]
    usual = float(np.median(alone or [ln.rise for ln in lines])) / 0.75
    sizes: list[float] = []
    for line in lines:
        # Only a line on its own can say it is set larger: in a block of touching lines the
        # tallest word's reach may be the line above.
        own = line.rise / 0.75 if line.alone else usual
        sizes.append(own if own > 1.3 * usual else usual)
    spaces = [g for line, size in zip(lines, sizes, strict=True) for g in _spaces(line.words, size)]
    # The page's word space (ink to ink, in sizes): Tesseract splits a line piece at word spaces
    # and at narrow column gaps alike ("109 Vượt": a right-aligned ratio, then a left-aligned
    # evaluation, 0.4-0.55 of the size apart, as far as the widest word spaces).
    space = float(np.median(spaces)) if len(spaces) >= 5 else 0.0
    bare = _column_gaps(_boundaries(lines, sizes), space)
    out: list[PixelWord] = []
    for n, (line, size) in enumerate(zip(lines, sizes, strict=True)):
        top, bottom = round(line.baseline - 0.8 * size), round(line.baseline + 0.2 * size)
        # A text layer's box also spans the glyphs' side bearings: a word space between boxes is
        # about a third of the size, between Tesseract's ink boxes nearly half.
        side = round(0.07 * size)
        texts = [nfc(restore_slashes(clean_cell_text(w.text))) for w in line.words]
        texts = _stray_opening_quote_dropped(texts, [w.box[0] for w in line.words])
        # The line's words are checked together: which syllables go together is the evidence
        # for a misread tone that still makes a syllable (``extractor.ocr_lexicon.fix_phrase``).
        read = restore_slashes(pair_quotes(" ".join(texts))).split(" ")
        phrase = fix_phrase(" ".join(read)).split(" ")
        if len(phrase) == len(texts) == len(read):
            # Each word's corrections only where the ink left room for them (``extractor.ocr_choices``).
            texts = [held_to_ink(was, fix_tones(now), choices_by_syllable([w]), opens=k == 0)
                     for k, (was, now, w) in enumerate(zip(read, phrase, line.words, strict=True))]
        else:
            texts = [fix_tones(text) for text in texts]
        for k, (w, text) in enumerate(zip(line.words, texts, strict=True)):
            x0, y0, x1, y1 = w.box
            left, right = (0 if (n, k, "left") in bare else side), (0 if (n, k, "right") in bare else side)
            out.append(PixelWord(text, (x0 - left, y0, x1 + right, y1), top, bottom, w.conf))
    return out


def _stray_opening_quote_dropped(texts: list[str], lefts: Sequence[int]) -> list[str]:
    """A double quote opening a line piece, closed nowhere in it, is a speck beside the text
    ("“Thu NSNN trên địa bàn", "“Triệu đồng" on dev variant 200's 200 dpi scan); a quotation
    opened in a table cell is closed on its line ("thuộc diện “phi tiếp xúc”")."""
    if not texts:
        return texts
    first = min(range(len(texts)), key=lambda k: lefts[k])
    text = texts[first]
    if len(text) < 2 or text[0] not in "“\"" or not text[1].isalpha():
        return texts
    if any(q in t for k, t in enumerate(texts) for q in "”\"" if k != first) or any(q in text[1:] for q in "”\""):
        return texts
    return [t[1:] if k == first else t for k, t in enumerate(texts)]


def _is_figure(text: str) -> bool:
    return looks_numeric(text) or text.strip() in ("-", "–", "—")


def _spaces(words: Sequence[OcrWord], size: float) -> list[float]:
    """The gaps between a line's neighbouring words, ink to ink, in sizes."""
    ordered = sorted(words, key=lambda w: w.box[0])
    return [(b.box[0] - a.box[2]) / size for a, b in pairwise(ordered) if size > 0]


# A gap between a figure and a word is a column boundary when it is at least ``COLUMN_SPACES``
# times the page's word space, or ``ALIGNED_SPACES`` times it and at least ``ALIGNED_ROWS``
# lines have such a gap with the word starting at the same place (a left-aligned column after a
# right-aligned one: "104,3 Vượt", "100 Đạt", "95 Chưa" down the rows). Within a cell a figure
# and its word are one space apart ("02 điểm du lịch").
COLUMN_SPACES = 2.0
ALIGNED_SPACES = 1.2
ALIGNED_ROWS = 3


@dataclass(frozen=True)
class _Boundary:
    line: int
    left: int
    right: int
    gap: float
    edge: float
    size: float
    right_line: int = -1  # the right word's line when it is another line piece (-1: ``line``)


def _boundary(n: int, a: OcrWord, ka: int, m: int, b: OcrWord, kb: int, size: float) -> _Boundary | None:
    """The figure-word boundary between word ``a`` (line ``n``) and word ``b`` (line ``m``) on its
    right, None when both are figures or both words."""
    figure_a, figure_b = _is_figure(a.text), _is_figure(b.text)
    if figure_a == figure_b:
        return None
    edge = float(b.box[0]) if figure_a else math.nan
    return _Boundary(n, ka, kb, (b.box[0] - a.box[2]) / size, edge, size, -1 if m == n else m)


def _boundaries(lines: Sequence[_ReadLine], sizes: Sequence[float]) -> list[_Boundary]:
    """Every place where a figure meets a word in a printed line: its gap (in sizes) and, when a
    figure is followed by a word, where the word starts (pixels).

    Within a line piece and between neighbouring line pieces of one printed line alike: a
    right-aligned ratio and the left-aligned evaluation beside it ("87,8 | Chưa đạt") are often
    read as two pieces, and the gap between them is a column boundary all the same.
    """
    out: list[_Boundary] = []
    for n, (line, size) in enumerate(zip(lines, sizes, strict=True)):
        if size <= 0:
            continue
        words = line.words
        order = sorted(range(len(words)), key=lambda k: words[k].box[0])
        for a, b in pairwise(order):
            found = _boundary(n, words[a], a, n, words[b], b, size)
            if found is not None:
                out.append(found)
    # Neighbouring pieces of one printed line: baselines within a third of the size.
    pieces = sorted((ln.baseline, n) for n, ln in enumerate(lines) if ln.words and sizes[n] > 0)
    rows: list[list[int]] = []
    for baseline, n in pieces:
        if rows and baseline - lines[rows[-1][0]].baseline <= 0.3 * sizes[rows[-1][0]]:
            rows[-1].append(n)
        else:
            rows.append([n])
    for row in rows:
        spans = sorted(
            (min(w.box[0] for w in lines[n].words), max(w.box[2] for w in lines[n].words), n) for n in row
        )
        for (_, right_a, n), (left_b, _, m) in pairwise(spans):
            if left_b < right_a:
                continue
            ka = max(range(len(lines[n].words)), key=lambda k: lines[n].words[k].box[2])
            kb = min(range(len(lines[m].words)), key=lambda k: lines[m].words[k].box[0])
            found = _boundary(n, lines[n].words[ka], ka, m, lines[m].words[kb], kb, sizes[n])
            if found is not None:
                out.append(found)
    return out


def _column_gaps(boundaries: Sequence[_Boundary], space: float) -> set[tuple[int, int, str]]:
    """(line, word index, side) of the words whose box is not widened on that side: both sides of
    a figure-word gap that is a column boundary, so that the layout analysis sees the column gap
    the text layer would have (its boxes' bearings are narrower than the gap's padding)."""
    if space <= 0:
        return set()
    out: set[tuple[int, int, str]] = set()
    for b in boundaries:
        aligned = 0
        if b.gap >= ALIGNED_SPACES * space and not math.isnan(b.edge):
            aligned = sum(
                1 for o in boundaries
                if o.gap >= ALIGNED_SPACES * space and not math.isnan(o.edge) and abs(o.edge - b.edge) <= 0.3 * b.size
            )
        # Between two line pieces only alignment tells: a wide gap there is already wide, and
        # boxes narrowed beside it can leave a header centred over right-aligned figures
        # ("Chỉ tiêu năm 2025" over "50", dev v0355) overlapping no column.
        wide = b.gap >= COLUMN_SPACES * space and b.right_line < 0
        if wide or aligned >= ALIGNED_ROWS:
            out |= {(b.line, b.left, "right"), (b.line if b.right_line < 0 else b.right_line, b.right, "left")}
    return out


def read_chunks(chunks: Sequence[Chunk], unit: float) -> list[PixelWord]:
    """Every chunk read by Tesseract (one run per line mode); numbers checked against their ink.

    ``unit``: the page's ``letter_height``, which places the baseline of a line whose every word
    descends.
    """
    single = [i for i, c in enumerate(chunks) if c.lines == 1 and not c.text]
    multi = [i for i, c in enumerate(chunks) if c.lines > 1 and not c.text]
    lines: list[_ReadLine] = []
    for i, chunk in enumerate(chunks):
        if chunk.text:
            x0, y0, x1, y1 = chunk.box
            word = OcrWord(i, (0, 0, 0), (x0, y0, x1, y1), 100.0, chunk.text)
            lines.append(_ReadLine(i, (word,), float(chunk.baseline), float(chunk.baseline - chunk.core_top)))
    for indexes, psm in ((single, 7), (multi, 6)):
        if not indexes:
            continue
        found = run_tesseract([chunks[i].image for i in indexes], psm=psm)
        for i, ws in zip(indexes, words_by_image(found, len(indexes)), strict=True):
            lines.extend(_lines_of(i, chunks[i], ws, unit))
    words = _boxed(lines)
    crops: list[Image] = []
    wide_crops: list[Image] = []
    # Figure words that may have lost digits: ink left out of their box, or junk among their
    # digits ("+2" for "7,2": the "7" read as a sign).
    doubtful: set[int] = set()
    for line in lines:
        chunk = chunks[line.chunk]
        for w in line.words:
            k = len(crops)
            wide = _lost_ink(chunk, w, line.words, unit)
            if wide is not None:
                words[k] = replace(words[k], box=(min(words[k].box[0], wide[0]), words[k].box[1],
                                                  max(words[k].box[2], wide[2]), words[k].box[3]))
            if wide is not None or (figure_like(w.text) and not looks_numeric(w.text)):
                doubtful.add(k)
            # The digits-only checks read the word's own box: over the widened one a header's
            # "2824" (of "KH 2824") came back "12924", past the year its ratio column repairs.
            crops.append(_crop(chunk, w.box))
            wide_crops.append(_crop(chunk, wide) if wide is not None else crops[-1])
    assert len(crops) == len(words)
    return _regain_lost_digits(_check_numbers(words, crops), wide_crops, doubtful)


def _lost_ink(chunk: Chunk, word: OcrWord, line: Sequence[OcrWord], unit: float) -> tuple[int, int, int, int] | None:
    """A figure word's box (page pixels) widened to the ink its reading left out, when it did
    (``extractor.ocr_lost_ink``); None for other words and for a box that covers its ink."""
    if not figure_like(word.text):
        return None
    ox, oy = chunk.box[0], chunk.box[1]
    x0, y0, x1, y1 = word.box
    # A chunk of one printed line is isolated on white: all of its height is the word's line.
    top, bottom = (0, chunk.image.shape[0]) if chunk.lines == 1 else (y0 - oy, y1 - oy)
    others = [(o.box[0] - ox, top, o.box[2] - ox, bottom) for o in line if o is not word]
    found = lost_ink_box(chunk.image, (x0 - ox, top, x1 - ox, bottom), others, unit)
    if found is None:
        return None
    return (found[0] + ox, y0, found[2] + ox, y1)


def _regain_lost_digits(words: list[PixelWord], crops: Sequence[Image], doubtful: set[int]) -> list[PixelWord]:
    """Figure words that may have lost digits: the digits lost, when the English model reads them
    over the word's whole ink (``extractor.ocr_lost_ink.regained_figure``)."""
    todo = sorted(doubtful)
    out = list(words)
    for k, text in zip(todo, regain_digits([out[k].text for k in todo], [crops[k] for k in todo]), strict=True):
        if text is not None:
            out[k] = replace(out[k], text=text)
    return out


def _crop(chunk: Chunk, box: tuple[int, int, int, int]) -> Image:
    """A word's image, cut from its chunk's isolated image (no neighbouring line can creep in)."""
    ox, oy = chunk.box[0], chunk.box[1]
    x0, y0, x1, y1 = box[0] - ox, box[1] - oy, box[2] - ox, box[3] - oy
    pad = max(2, (y1 - y0) // 5)
    crop = chunk.image[max(0, y0 - pad) : y1 + pad, max(0, x0 - pad) : x1 + pad]
    return cv2.copyMakeBorder(crop, 8, 8, 8, 8, cv2.BORDER_CONSTANT, value=255)


def _check_numbers(words: list[PixelWord], crops: Sequence[Image]) -> list[PixelWord]:
    """Number words read again from their own crop when they are unsure or disagree with their ink,
    then their separator marks set as the ink shows them (``extractor.ocr_numbers``: at 200 dpi
    Tesseract reads "75,9" as "75.9" about as often as not).

    A second reading replaces the first only when it is a clean number.
    """
    todo = [k for k, w in enumerate(words) if looks_numeric(w.text) or mostly_digits(w.text)]
    if not todo:
        return words
    reads = [CellRead(words[k].text, words[k].conf) for k in todo]
    better = improve_reads([crops[k] for k in todo], reads)
    out = list(words)
    for k, read in zip(todo, better, strict=True):
        old = words[k]
        # Punctuation printed after a number ("BIỂU 01:", "(8)") is not part of it: kept.
        tail = old.text[len(old.text.rstrip(":;)")) :]
        text = old.text
        if read.text != old.text and looks_numeric(read.text):
            text = read.text if read.text.endswith(tail) else read.text + tail
        if PURE_NUMBER_RE.match(text):
            text = reread_marks(text, ink_number(crops[k]))
        if text != old.text:
            out[k] = PixelWord(text, old.box, old.line_top, old.line_bottom, read.conf)
    # Marks and year digits the line's reading lost, read again from the word's own crop.
    again = [k for k in todo if tight_reading_wanted(out[k].text)]
    for k, tight in zip(again, tight_readings([crops[k] for k in again]), strict=True):
        old = out[k]
        text = tight_reading_kept(old.text, tight)
        if text != old.text:
            out[k] = PixelWord(text, old.box, old.line_top, old.line_bottom, old.conf)
    return out
