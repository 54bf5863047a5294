"""Row names a scan split apart, put back together before the rows are read.

A whitespace table read from a scan (``method`` "ocr-words") finds its rows from the printed
lines and its columns from the gaps between words. OCR's line boxes are less even than a text
layer's, and two misreadings keep coming back:

- ``join_wrapped_names``: the second line of a wrapped name comes out as a row of its own, its
  other cells empty ("Tỷ lệ hệ thống thông tin ... trên nền tảng điện toán" over "đám mây",
  v6040). Read as a row it is a heading with no figures, and the name above it is cut short.
- ``join_stray_name_columns``: wide word gaps in one name make columns of their own, with no
  header above them ("... (Sì Thầu Chải," | "Lao Chải 1," | "Bản Thẳm)", v6390).
- ``join_lone_cells``: a row number or a figure printed a little off its row's line comes out as
  a row of its own ("7" over the row it numbers, v6170), and a blank cell read again from the
  ink under it then holds the same figure a second time (v6860: "77" over a row whose "77" was
  read from that ink), leaving a row with no name.
- ``tidy_misread_text`` (ruled tables too): a comma read as a full stop ("Thu phí. lệ phí",
  v4980) and a syllable read in capitals ("TỶ lệ người ...", v4720) inside a name; a heading in
  capitals read into the name above it ("Riêng trong năm CHỈ TIÊU XÃ HỘI", v13710) is put back
  as a row of its own under that row; a speck read as a full stop closing the one name of its
  column that prints one ("… tiêu chuẩn văn hóa.", v20140) is dropped.

Both only join text that geometry and writing say is one name; a row they change is marked
repaired (``Grid.repaired_rows``), so the row says it was put together by the reader.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, bbox_union
from extractor.ocr_lexicon import vie_syllables
from extractor.ocr_ratios import OCR_METHODS
from extractor.pdf_words import child_mark, is_row_label, is_value
from extractor.rows import split_header
from normalizers.names import clean_indicator
from normalizers.text import strip_markup

__all__ = ["join_lone_cells", "join_stray_name_columns", "join_wrapped_names", "repair_names", "tidy_misread_text"]

# The second line of a wrapped cell starts this close under the first (its top at most this many
# line heights below the bottom of the line above): the leading of one cell, not the padding
# between two rows (v6040: 1.9 pt under a line 10.8 pt high, where rows are 6-7 pt apart).
_WRAP_GAP = 0.4
# A column is a stray piece of the names when at most this share of the body's rows fills it.
_STRAY_SHARE = 0.2


def _text(cell: GridCell) -> str:
    return strip_markup(cell.text).strip()


def _letters(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _speck(text: str) -> bool:
    """Ink with no figure in it that a seal or dirt left in a cell: a lone mark, one or two
    letters ("H", "ưZ" where a grey seal crossed a figure column, dev scan v9700), or marks only
    ("- - -"). No cell of a row that holds a name or a figure reads so."""
    return not any(ch.isdigit() for ch in text) and (len(text) <= 2 or not any(ch.isalnum() for ch in text))


def _body_start(grid: Grid) -> int:
    return max(0, split_header(grid) if grid.header_rows < 0 else grid.header_rows)


def _joined(a: GridCell, b: GridCell) -> GridCell:
    box = bbox_union(a.provenance.bbox, b.provenance.bbox, missing="first")
    return GridCell(f"{a.text.rstrip()} {b.text.strip()}", replace(a.provenance, bbox=box))


def _goes_on(above: str, line: str, above_row: Sequence[str]) -> bool:
    """Does ``line`` read as the rest of the name ``above``? It opens in small letters (a name
    starts with a capital, its wrapped part mid-sentence: "đám mây", "trở lên"), or it closes a
    bracket ``above`` left open, or a heading in capitals goes on in capitals ("CHỈ TIÊU XÂY DỰNG
    ĐẢNG, HỆ THỐNG" over "CHÍNH TRỊ", in a row of no figures). A numbered line or one that opens a
    list of parts ("Trong đó:") is a row of its own."""
    if clean_indicator(line).numbering is not None or child_mark(line):
        return False
    if line[:1].islower() or above.count("(") > above.count(")"):
        return True
    capitals = line.upper() == line and above.upper() == above
    return capitals and not any(is_value(t) for t in above_row if t)


def _word(text: str) -> bool:
    """Is a short text a word in small letters ("lý" closing "... thu gom và xử", v18140), not
    the speck it would pass for by its length? Every syllable is in the word list; a seal's
    crumbs read as letters rarely are, and never alone in a name's column under the name's end
    (``join_wrapped_names`` asks that too)."""
    words = text.rstrip(",.;:)").split()
    syllables = vie_syllables()
    return bool(words) and text.islower() and all(w.isalpha() and w in syllables for w in words)


def _would_not_fit(above: GridCell, line: GridCell, right: float, line_height: float) -> bool:
    """Text wraps because its next word does not fit: the line's first word (its width taken
    from the line's own letters) and a space after the last word above reach past the column's
    right edge ``right``. A heading or a short name above leaves room, and a row under it is
    another row. A box ``line_height`` (one printed line) would fit twice or more holds that
    many lines ("trấn tại các" over "huyện, thành" in one word box, v18140): its letters are
    as wide as its width times its lines over its length, not its width over its length."""
    a, b = above.provenance.bbox, line.provenance.bbox
    text = _text(line)
    if a is None or b is None or not text:
        return False
    lines = max(1, round((b[3] - b[1]) / line_height)) if line_height > 0 else 1
    per_letter = (b[2] - b[0]) * lines / len(text)
    first = len(text.split()[0]) * per_letter
    return a[2] + per_letter + first > right


def join_wrapped_names(grid: Grid) -> Grid:
    """``grid`` with each wrapped line of a name that OCR made a row of its own joined to the
    name above it (``_goes_on``, close under it, and its first word would not have fitted on the
    line above). Other cells of such a row may hold a lone mark ("-" a speck under a figure);
    only OCR'd whitespace tables are read this way.

    >>> from extractor.model import Provenance as P
    >>> rows = ((GridCell("5", P(1, bbox=(67, 299, 74, 310))), GridCell("Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán", P(1, bbox=(88, 299, 524, 310))), GridCell("%", P(1, bbox=(540, 299, 548, 310)))),
    ...         (GridCell("", P(1, bbox=(63, 312, 79, 323))), GridCell("đám mây", P(1, bbox=(88, 312, 141, 323))), GridCell("", P(1, bbox=(540, 312, 548, 323)))),
    ...         (GridCell("6", P(1, bbox=(67, 330, 74, 340))), GridCell("Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi", P(1, bbox=(88, 330, 533, 340))), GridCell("%", P(1, bbox=(540, 330, 548, 340)))))
    >>> [r[1].text for r in join_wrapped_names(Grid(rows, header_rows=0, method="ocr-words")).rows]
    ['Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây', 'Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi']
    """
    if grid.method != "ocr-words":
        return grid
    start = _body_start(grid)
    rows = [list(r) for r in grid.rows]
    width = max((len(r) for r in rows), default=0)
    right = [max((c.provenance.bbox[2] for r in rows[start:] if k < len(r) and (c := r[k]).provenance.bbox and _text(c)),
                 default=0.0) for k in range(width)]
    # One printed line's height in each column: the median box of its text (most hold one line).
    heights = [sorted(c.provenance.bbox[3] - c.provenance.bbox[1] for r in rows[start:]
                      if k < len(r) and (c := r[k]).provenance.bbox and _text(c)) for k in range(width)]
    line_height = [h[len(h) // 2] if h else 0.0 for h in heights]
    out: list[list[GridCell]] = rows[: start + 1]
    joined: list[int] = []  # indexes in ``out`` of the rows a line was joined to
    moved: dict[int, int] = {}  # old row index -> new
    # A row of specks only between a name and its wrapped line (a seal's ink read as a line of
    # its own, v9700) is held back: dropped when the line joins the name, kept otherwise.
    specks: list[int] = []
    for i in range(start + 1, len(rows)):
        row, above = rows[i], out[-1]
        texts = [_text(c) for c in row]
        if all(_speck(t) and not _word(t) for t in texts) and any(texts) and not specks:
            specks.append(i)
            continue
        named = [k for k, t in enumerate(texts) if _letters(t) and (not _speck(t) or _word(t))]
        k = named[0] if len(named) == 1 else -1
        # Beside the wrapped line, specks only ("-" under a figure, "H" where a seal crossed one).
        others_marks = all(_speck(t) for j, t in enumerate(texts) if t and j != k)
        above_text = _text(above[k]) if 0 <= k < len(above) else ""
        a, b = (above[k].provenance.bbox, row[k].provenance.bbox) if 0 <= k < len(above) else (None, None)
        close = a is not None and b is not None and -0.5 * (b[3] - b[1]) <= b[1] - a[3] <= _WRAP_GAP * (b[3] - b[1])
        if (k >= 0 and others_marks and _letters(above_text) and not is_value(above_text) and close
                and _goes_on(above_text, texts[k], [_text(c) for c in above])
                and _would_not_fit(above[k], row[k], right[k], line_height[k])):
            above[k] = _joined(above[k], row[k])
            joined.append(len(out) - 1)
            moved[i] = len(out) - 1
            for j in specks:
                moved[j] = len(out) - 1
            specks = []
            continue
        for j in specks:
            moved[j] = len(out)
            out.append(rows[j])
        specks = []
        moved[i] = len(out)
        out.append(row)
    for j in specks:
        moved[j] = len(out)
        out.append(rows[j])
    if not joined:
        return grid
    for i in range(start + 1):
        moved[i] = i
    repaired = frozenset(moved[i] for i in grid.repaired_rows if i in moved) | frozenset(joined)
    return replace(grid, rows=tuple(tuple(r) for r in out), repaired_rows=repaired)


def join_stray_name_columns(grid: Grid) -> Grid:
    """``grid`` with a column that no header names, filled in a few rows only and there with
    words beside a name, folded into that name (v6390: "Duy trì phát triển các bản du lịch đã
    được công nhận (Sì Thầu Chải," | "Lao Chải 1," | "Bản Thẳm)" under "Danh mục" | "" | "").
    Only OCR'd whitespace tables with a header are read this way.

    >>> from extractor.model import Provenance as P
    >>> c = lambda t: GridCell(t, P(1, bbox=(0, 0, 1, 1)))
    >>> rows = ((c("TT"), c("Danh mục"), c(""), c(""), c("Đơn vị tính"), c("KH năm 2025")),
    ...         (c("2"), c("Số doanh nghiệp công nghệ số"), c(""), c(""), c("%"), c("2")),
    ...         (c("3"), c("Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải,"), c("Lao Chải 1,"), c("Bản Thẳm)"), c("Bản"), c("4")),
    ...         (c("4"), c("Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi"), c(""), c(""), c("%"), c("85,01")),
    ...         (c("5"), c("Tổng lượt khách du lịch"), c(""), c(""), c("Lượt"), c("538.345")))
    >>> [[x.text for x in r] for r in join_stray_name_columns(Grid(rows, header_rows=1, method="ocr-words")).rows][2]
    ['3', 'Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)', 'Bản', '4']
    """
    if grid.method != "ocr-words":
        return grid
    start = _body_start(grid)
    if start == 0:
        return grid
    rows = [list(r) for r in grid.rows]
    width = max((len(r) for r in rows), default=0)
    rows = [r + [GridCell("")] * (width - len(r)) for r in rows]
    head, body = rows[:start], rows[start:]
    changed: set[int] = set()
    c = 1
    while c < len(rows[0]):
        filled = [r for r, row in enumerate(body) if _text(row[c])]
        names = [_text(row[c - 1]) for row in body if _text(row[c - 1])]
        stray = (
            filled
            and not any(_text(row[c]) for row in head)
            and len(filled) <= max(1, int(_STRAY_SHARE * len(body)))
            and all(_letters(_text(body[r][c])) and not is_value(_text(body[r][c])) and _letters(_text(body[r][c - 1]))
                    for r in filled)
            and sum(_letters(t) and not is_value(t) for t in names) * 2 > len(body)
        )
        if not stray:
            c += 1
            continue
        for r in filled:
            body[r][c - 1] = _joined(body[r][c - 1], body[r][c])
            changed.add(start + r)
        rows = [row[:c] + row[c + 1 :] for row in head + body]
        head, body = rows[:start], rows[start:]
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in rows), repaired_rows=grid.repaired_rows | frozenset(changed))


# A lone cell is a row number or a short figure, no longer than this.
_LONE_MAX = 6


def _overlap(a: Provenance, b: Provenance) -> float:
    """How far the boxes ``a`` and ``b`` share their heights (negative: apart)."""
    if a.bbox is None or b.bbox is None:
        return -1.0
    return min(a.bbox[3], b.bbox[3]) - max(a.bbox[1], b.bbox[1])


def join_lone_cells(grid: Grid) -> Grid:
    """``grid`` with each row of one short cell (a row number, a figure) that shares part of its
    height with the row next to it put into that row: into its empty cell, or dropped when that
    cell holds the same text (read twice). Only OCR'd whitespace tables are read this way.

    >>> from extractor.model import Provenance as P
    >>> rows = ((GridCell("6", P(1, bbox=(76, 226, 80, 233))), GridCell("Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", P(1, bbox=(90, 226, 300, 233))), GridCell("88", P(1, bbox=(694, 226, 703, 233)))),
    ...         (GridCell("7", P(1, bbox=(76, 236, 80, 243))), GridCell("", P(1, bbox=(90, 236, 400, 243))), GridCell("", P(1, bbox=(683, 236, 714, 243)))),
    ...         (GridCell("", P(1, bbox=(73, 240, 84, 248))), GridCell("Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa", P(1, bbox=(90, 240, 310, 248))), GridCell("77", P(1, bbox=(694, 240, 703, 248)))))
    >>> [[c.text for c in r] for r in join_lone_cells(Grid(rows, header_rows=0, method="ocr-words")).rows]
    [['6', 'Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa', '88'], ['7', 'Tỷ lệ thôn, bản, khu dân cư có nhà văn hóa', '77']]
    """
    if grid.method != "ocr-words":
        return grid
    start = _body_start(grid)
    rows = [list(r) for r in grid.rows]
    changed: set[int] = set()
    dropped: set[int] = set()
    for i in range(start, len(rows)):
        filled = [k for k, c in enumerate(rows[i]) if _text(c)]
        if len(filled) != 1:
            continue
        k = filled[0]
        lone = rows[i][k]
        text = _text(lone)
        if len(text) > _LONE_MAX or not (is_value(text) or is_row_label(text)):
            continue
        near = [j for j in (i + 1, i - 1) if start <= j < len(rows) and j not in dropped and k < len(rows[j])
                and _overlap(lone.provenance, rows[j][k].provenance) > 0
                and any(_letters(_text(c)) for c in rows[j])]
        if len(near) != 1:
            continue
        j = near[0]
        there = _text(rows[j][k])
        if there and there != text:
            continue
        if not there:
            rows[j][k] = GridCell(lone.text, lone.provenance)
        dropped.add(i)
        changed.add(j)
    if not dropped:
        return grid
    new_index: dict[int, int] = {}
    for i in range(len(rows)):
        if i not in dropped:
            new_index[i] = len(new_index)
    kept = [r for i, r in enumerate(rows) if i not in dropped]
    repaired = frozenset(new_index[i] for i in grid.repaired_rows | changed if i in new_index)
    return replace(grid, rows=tuple(tuple(r) for r in kept), repaired_rows=repaired)


# ------------------------------------------------------------------ punctuation and case as misread

# A comma read as a full stop inside a name ("Thu phí. lệ phí", v4980; "y tế. giáo dục", v6270):
# after a whole word and before one in small letters. An abbreviation ("Tp. Hồ Chí Minh", "tr.
# đồng") is no Vietnamese syllable, and a sentence goes on in capitals.
_STOP_RE = re.compile(r"([^\W\d_]{2,})\. (?=[^\W\d_])")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _comma_for_stop(text: str, syllables: frozenset[str]) -> str:
    def put(m: re.Match[str]) -> str:
        after = text[m.end() : m.end() + 1]
        return f"{m.group(1)}, " if after.islower() and m.group(1).lower() in syllables else m.group(0)

    return _STOP_RE.sub(put, text)


def _marked(word: str) -> bool:
    return any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", word))


def _small_for_capitals(text: str, syllables: frozenset[str]) -> str:
    """A Vietnamese syllable read in capitals between words in small letters ("TỶ lệ người",
    v4720): the ``vie`` model at times reads a marked small letter as its capital. An acronym
    ("UBND", "ĐVT", "OCOP") carries no vowel mark and is no syllable; a heading is capitals
    throughout."""
    words = list(_WORD_RE.finditer(text))
    out = text
    for k, m in enumerate(words):
        w = m.group(0)
        if len(w) < 2 or not w.isupper() or not _marked(w) or w.lower() not in syllables:
            continue
        before = words[k - 1].group(0) if k else ""
        after = words[k + 1].group(0) if k + 1 < len(words) else ""
        if after[:1].islower() and (not before or before[:1].islower()):
            # A word that opens the text or follows a colon ("Trong đó: TỶ lệ ...", v13370)
            # opens a name: its first letter stays a capital.
            opens = not before or ":" in text[words[k - 1].end() : m.start()]
            small = w[:1] + w[1:].lower() if opens else w.lower()
            out = out[: m.start()] + small + out[m.end() :]
    return out


# A heading in capitals read into the name above it: a scanned whitespace table's line boxes put
# the heading's line in the cell of the name it follows ("Riêng trong năm CHỈ TIÊU XÃ HỘI", v13710).
_HEADING_TAIL_WORDS = 2


def _heading_tail(text: str, syllables: frozenset[str]) -> tuple[str, str] | None:
    """(name, heading) when ``text`` ends in a run of at least ``_HEADING_TAIL_WORDS`` words in
    capitals that are all Vietnamese syllables, one at least marked, after a word in small
    letters; else None. An acronym ("UBND", "TTHC", "LGSP") is no syllable and carries no mark,
    and a name goes on in small letters after a syllable it prints in capitals ("thiểu SỐ")."""
    words = list(_WORD_RE.finditer(text))
    k = len(words)
    while k > 0 and words[k - 1].group(0).isupper() and len(words[k - 1].group(0)) > 1:
        k -= 1
    run = [m.group(0) for m in words[k:]]
    if k == 0 or len(run) < _HEADING_TAIL_WORDS or not words[k - 1].group(0).islower():
        return None
    if not all(w.lower() in syllables for w in run) or not any(_marked(w) for w in run):
        return None
    head, tail = text[: words[k].start()].rstrip(), text[words[k].start() :].strip()
    # Only words and spaces between the run's words: a name's bracketed or listed capitals
    # ("(KINH TẾ)", "XÃ, PHƯỜNG") are printed inside it, not under it.
    if any(not (ch.isalpha() or ch.isspace() or unicodedata.combining(ch)) for ch in tail):
        return None
    return head, tail


def _heading_rows(row: list[GridCell], syllables: frozenset[str]) -> list[list[GridCell]]:
    """``row``, and under it the heading in capitals its name cell read in (``_heading_tail``),
    as a row of its own with only that text, in the same column; the row alone when none is, or
    when the row holds no figure (a heading or a header line is capitals all through)."""
    if not any(is_value(c.text) for c in row):
        return [row]
    for k, cell in enumerate(row):
        if not _letters(cell.text) or is_value(cell.text):
            continue
        split = _heading_tail(cell.text, syllables)
        if split is None:
            continue
        name, heading = split
        named = [*row[:k], GridCell(name, cell.provenance, cell.readings), *row[k + 1 :]]
        under = [GridCell("", c.provenance) for c in row]
        under[k] = GridCell(heading, cell.provenance)
        return [named, under]
    return [row]


# A full stop closing a cell after a whole word ("… đạt tiêu chuẩn văn hóa.", dev scan v20140):
# not an ellipsis ("truyền thống...") nor an abbreviation.
_CLOSING_STOP_RE = re.compile(r"(?<![.\s])(?<=[^\W\d_]{2})\.$")
# A column's other cells of words that must close without a full stop before one that does is
# taken for a speck: the column's own way of printing its names.
_UNSTOPPED_NAMES = 3


def _stops_misread(rows: list[list[GridCell]], start: int, syllables: frozenset[str]) -> set[tuple[int, int]]:
    """The body cells (row, column) whose closing full stop is a speck OCR read after the last
    word: a syllable in small letters closes the cell (an abbreviation opens in a capital), the
    cell is the only one of its column that closes with a full stop (an ellipsis aside), and at
    least ``_UNSTOPPED_NAMES`` other cells of words in the column close without one (dev scans
    v20140 "… tiêu chuẩn văn hóa.", v20020 "… số liệu chuyên dùng.": the names print none; a
    speck of the page's noise or the seal sat after the last word)."""
    found: set[tuple[int, int]] = set()
    width = max((len(r) for r in rows[start:]), default=0)
    for k in range(width):
        texts = [(r, rows[r][k].text.strip()) for r in range(start, len(rows)) if k < len(rows[r])]
        worded = [(r, t) for r, t in texts if _letters(t) and not is_value(t) and len(t.split()) >= 2]
        stopped = [(r, t) for r, t in worded if _CLOSING_STOP_RE.search(t)]
        if len(stopped) != 1 or len(worded) - 1 < _UNSTOPPED_NAMES:
            continue
        r, t = stopped[0]
        last = _WORD_RE.findall(t)
        if last and last[-1].islower() and last[-1] in syllables:
            found.add((r, k))
    return found


def tidy_misread_text(grid: Grid) -> Grid:
    """``grid`` (read by OCR, ruled or not) with its body's words freed of three misreadings that a
    name cannot print: a comma read as a full stop (``_comma_for_stop``), a syllable read in
    capitals (``_small_for_capitals``) and a speck read as a full stop closing the one name of its
    column that prints one (``_stops_misread``). Figures are left alone; without the ``vie`` word list
    nothing changes."""
    if grid.method not in OCR_METHODS:
        return grid
    syllables = vie_syllables()
    if not syllables:
        return grid
    start = _body_start(grid)
    rows = [list(r) for r in grid.rows]
    changed = False
    stops = _stops_misread(rows, start, syllables)
    for r in range(start, len(rows)):
        for k, cell in enumerate(rows[r]):
            text = cell.text
            if not _letters(text) or is_value(text):
                continue
            if (r, k) in stops:
                text = text.rstrip()[:-1]
            tidy = _small_for_capitals(_comma_for_stop(text, syllables), syllables)
            if tidy != cell.text:
                rows[r][k] = GridCell(tidy, cell.provenance)
                changed = True
    out: list[list[GridCell]] = []
    repaired: set[int] = set()
    for r, row in enumerate(rows):
        split = _heading_rows(row, syllables) if r >= start else [row]
        if r in grid.repaired_rows or len(split) > 1:
            repaired.update(range(len(out), len(out) + len(split)))
        changed = changed or len(split) > 1
        out.extend(split)
    if not changed:
        return grid
    return replace(grid, rows=tuple(tuple(r) for r in out), repaired_rows=frozenset(repaired))


def repair_names(grid: Grid) -> Grid:
    """A scanned grid's names with their stray pieces, wrapped lines and lone row numbers put
    back, and their misread punctuation and capitals read again."""
    return tidy_misread_text(join_wrapped_names(join_lone_cells(join_stray_name_columns(grid))))
