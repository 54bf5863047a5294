"""Where a text layer broke one word over two lines, as its own spaces tell.

Writer draws the space at which it wraps a cell's line: the line's last glyph is that space, and
the next glyph in the content stream is the next line's first. Unicode line breaking also lets it
break where there is no space, after a comma before an ellipsis ("tài chính số," / "…)", v15760,
v18550, v17155) or after a hyphen: that line ends on the word's glyph, and the next line's first
glyph follows it in the stream with no space between. Joining the two lines with a space then
makes "số, …)" of "số,…)". A page whose wraps never draw their space (our reportlab drawing puts
each line apart, Chromium draws no spaces at all) says nothing either way, so a word is taken as
broken only on a page that draws the space at some other wrap.

``broken_words`` finds such words in pdfplumber's words and the page's chars (in content order);
``extractor.pdf_words`` joins a cell's lines without a space after them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

__all__ = ["broken_words"]

# Two glyphs one after the other in the stream are on one printed run (a cell's line) when on one
# baseline and at most this many glyph heights apart: wider gaps are the next cell of the row.
_RUN_GAP = 1.0

# A wrap without its space goes on this close (points) to the leading of a wrap with one.
_PITCH = 0.5

# A column of left-aligned cells has at least this many lines starting at its left edge on the page.
_COLUMN_LINES = 4

# A wrapped line starts where the run it goes on from started (a left-aligned cell's edge), to
# within this many points.
_SAME_START = 1.0


def _line_under(upper: dict[str, Any], lower: dict[str, Any]) -> bool:
    """``lower`` (a glyph or word) is on the line right under ``upper``'s: between half a line and two
    lines of ``upper``'s height lower."""
    height = upper["bottom"] - upper["top"]
    return 0.5 * height < lower["top"] - upper["top"] < 2.0 * height


def _starts_like(glyph: dict[str, Any], start: dict[str, Any]) -> bool:
    """``glyph`` opens a line at ``start``'s left edge, in its face: a line of the same cell."""
    return abs(glyph["x0"] - start["x0"]) <= _SAME_START and glyph.get("fontname") == start.get("fontname")


def _goes_on(word: dict[str, Any], start: float, nxt: dict[str, Any]) -> bool:
    """``nxt`` starts the line under ``word``'s, at the left edge where ``word``'s line started."""
    return _line_under(word, nxt) and abs(nxt["x0"] - start) <= _SAME_START and nxt["x0"] < word["x0"]


def _runs(chars: Sequence[dict[str, Any]]) -> list[int]:
    """For each char of the stream, the index of the first char of the printed run (one cell's
    line) it belongs to: the glyphs after it on its baseline, none more than a glyph height on."""
    firsts: list[int] = []
    for i, cur in enumerate(chars):
        if i:
            prev = chars[i - 1]
            height = cur["bottom"] - cur["top"]
            if abs(prev["top"] - cur["top"]) <= 0.5 and -0.5 * height <= cur["x0"] - prev["x1"] <= _RUN_GAP * height:
                firsts.append(firsts[-1])
                continue
        firsts.append(i)
    return firsts


def _cell_reach(chars: Sequence[dict[str, Any]], firsts: Sequence[int], i: int) -> float:
    """The farthest right any glyph of the cell of the stream's char ``i`` reaches (a wrap's drawn
    space counts): its lines are the runs before and after ``i``'s in the stream that start at
    the same left edge in the same face, each one line under the one before (a bold heading
    row over it, run on across the columns, is another row: v21190)."""
    start = chars[firsts[i]]
    lo = firsts[i]
    while lo > 0:
        prev = firsts[lo - 1]
        if not (_starts_like(chars[prev], start) and _line_under(chars[prev], chars[lo])):
            break
        lo = prev
    hi = i
    while hi + 1 < len(chars):
        nxt = hi + 1
        while nxt < len(chars) and firsts[nxt] == firsts[hi]:
            nxt += 1
        if nxt >= len(chars):
            hi = nxt - 1
            break
        if nxt != firsts[nxt] or not (_starts_like(chars[nxt], start) and _line_under(chars[hi], chars[nxt])):
            hi = nxt - 1
            break
        hi = nxt
    return float(max(c["x1"] for c in chars[lo:hi + 1]))


def _right_edge(word: dict[str, Any], reach: float, start: float, chars: Sequence[dict[str, Any]],
                v_rules: Sequence[tuple[float, float, float, float]]) -> float:
    """How far right ``word``'s cell surely reaches: its farthest glyph (``reach``), or the rule on
    its right less the padding it leaves on its left (the rule just left of its lines' ``start``,
    half a glyph height at most from it), when both rules are the cell's own (no glyph between
    the word and the right one)."""
    height = word["bottom"] - word["top"]
    # Rules of the word's own table: reaching to within a few lines of it (a ruled header over
    # unruled rows, v15760), not a table higher up the page.
    near = [r[0] for r in v_rules if r[1] - 6 * height <= word["top"] and r[3] + 6 * height >= word["bottom"]]
    left = max((x for x in near if start - 0.5 * height <= x <= start), default=None)
    right = min((x for x in near if x > word["x1"]), default=None)
    if left is None or right is None:
        return reach
    band = (word["top"] - 4 * height, word["bottom"] + 4 * height)
    if any(word["x1"] < c["x0"] < right and band[0] <= c["top"] <= band[1] for c in chars):
        return reach
    return max(reach, right - (start - left))


# A figure and a dash ending a line ("2021-"), a figure opening the next ("2030").
_DASH_END_RE = re.compile(r"\d[-–]$")


def _dash_between_figures(word: str, nxt: str) -> bool:
    """Is a wrap after a dash between figures ("giai đoạn 2021-" over "2030")? A span is printed
    closed ("2021-2030") or spaced on both sides ("2021 - 2025", the dash a word of its own), not
    with a space after the dash only; and a dash that ends at the cell's edge leaves no room for a
    space, so whether the space would have fitted (the test for other words) cannot tell a broken
    span from a spaced one (v22820 by Writer: "2021-" at the edge in one copy, "2021-2030" whole
    on one line in its edited copy; joined with a space, the diff reported the cell changed)."""
    return bool(_DASH_END_RE.search(word)) and nxt[:1].isdigit()


def broken_words(words: Sequence[dict[str, Any]], chars: Sequence[dict[str, Any]],
                 v_rules: Sequence[tuple[float, float, float, float]] = ()) -> dict[int, tuple[float, float]]:
    """Of pdfplumber's ``words`` (made with ``return_chars``), those the producer broke over two
    lines: word index -> (x0, top) of the word it goes on in, on the next line.

    Writer draws a wrap's space only when it fits on the line, so a wrap without one is a broken
    word only where the space would have fitted: the word's end plus a space of its size reaches
    no farther than the column does (``_right_edge``; ``v_rules``: the page's vertical rules as
    (x0, top, x1, bottom)), while the next line's first word would not have fitted (else the line was broken on
    purpose). Empty unless the page draws a space at one of its wraps."""
    index = {id(c): i for i, c in enumerate(chars)}
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for k, w in enumerate(words):
        at = [index[id(c)] for c in w["chars"] if id(c) in index]
        if at:
            first[min(at)] = k
            last[k] = max(at)
    runs = _runs(chars)
    spaces: dict[float, float] = {}  # font size -> width of a space drawn at a wrap
    pitches: dict[float, list[float]] = {}  # font size -> how far below its line each such wrap goes on
    unspaced: list[tuple[int, int, int]] = []  # (word, the word it goes on in, its last char)
    for k, i in last.items():
        j = i + 1
        while j < len(chars) and not chars[j]["text"].strip():
            j += 1
        nxt = first.get(j)
        if nxt is None or not _goes_on(words[k], float(chars[runs[i]]["x0"]), words[nxt]) \
                or chars[i].get("fontname") != chars[j].get("fontname"):
            continue  # (a bold heading's last line and the next row's name in the regular face, v16230)
        size = round(float(chars[i].get("size", 0.0)), 1)
        if j > i + 1:
            spaces[size] = float(chars[i + 1]["x1"] - chars[i + 1]["x0"])
            pitches.setdefault(size, []).append(float(words[nxt]["top"] - words[k]["top"]))
        else:
            unspaced.append((k, nxt, i))
    lefts = sorted(float(chars[i]["x0"]) for i in set(runs))
    broken: dict[int, tuple[float, float]] = {}
    for k, nxt, i in unspaced:
        size = round(float(chars[i].get("size", 0.0)), 1)
        space = spaces.get(size)
        start = float(chars[runs[i]]["x0"])
        # A wrap goes on at the leading of the page's other wraps; farther down is the next row
        # ("Chia ra:" over "Khu vực I", v19040).
        if not any(abs(words[nxt]["top"] - words[k]["top"] - p) <= _PITCH for p in pitches.get(size, ())):
            continue
        # A left-aligned column's lines start at one edge, row after row; a centred cell's two
        # lines of one width start together by chance, and its padding is not its start.
        if space is None or bisect_right(lefts, start + 0.3) - bisect_left(lefts, start - 0.3) < _COLUMN_LINES:
            continue
        edge = _right_edge(words[k], _cell_reach(chars, runs, i), start, chars, v_rules)
        rest = words[nxt]["x1"] - words[nxt]["x0"]
        # The space would have fitted with a space to spare (the padding read off the rules is
        # good to a point), and the rest would not have: a wrap, not a line broken on purpose
        # (a signature's "Nơi nhận:" over "- Như trên;", with room to spare).
        if words[k]["x1"] + 2 * space <= edge < words[k]["x1"] + rest or (
                _dash_between_figures(words[k]["text"], words[nxt]["text"]) and edge < words[k]["x1"] + rest):
            broken[k] = (float(words[nxt]["x0"]), float(words[nxt]["top"]))
    return broken
