"""A passage of running text as the document-level prose rules read it: its figures in reading order,
each with the words around it, its unit and the sentence it is printed in.

The line walker (``prose_groups``) reads one line at a time; what it leaves to this level is
arithmetic that spans clauses, sentences and lines — a total printed in one sentence and its parts
in the next, a density whose population and area were printed earlier. ``Passage.of`` rebuilds the
reading order from the rows' cells (``Provenance.span``) and the cleaned text of their lines.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property, lru_cache

from extractor.model import Cell, Row, TextLine
from extractor.prose_item_sentences import join_item_sentences
from extractor.prose_patterns import unclassified
from extractor.prose_text import clean_line
from normalizers.text import fold
from normalizers.value_words import role_colons_as_spaces

Ref = tuple[int, int]  # (Row.index, position in Row.cells)

VALUE_ROLES = frozenset({"actual", "estimate", "plan", "target", "other"})
# "…" ends a sentence as "..." does: "nhiều thành phần dân tộc cùng sinh sống: Kinh, Ê Đê, Chăm … Tổng diện tích
# đất là 88.664 ha, phân theo …" opens a new statement, whose list is no ";"-item of the one before
# "TP. Hồ Chí Minh", "Tp. Bến Cát", "TX. …": the period of a city's or town's abbreviation ends no sentence
_SENTENCE_END_RE = re.compile(r"(?<!(?<![^\W\d_])T[Pp])(?<!(?<![^\W\d_])T[Xx])[.!?…](?=\s+[\"“'(*\-–]?[A-ZĐÀ-Ỹ0-9])")


@lru_cache(maxsize=65536)
def _exact(printed: str) -> Fraction:
    """A figure's value as an exact fraction; the passage readers ask for the same figures many times over."""
    return Fraction(printed)


@dataclass(frozen=True)
class PassageLine:
    """One cleaned line of the passage: its document line number, text and sentence starts; ``mark``, the
    list mark the printed line opened with ("-", "+", "•"), which cleaning takes off."""

    number: int | None
    text: str
    sentence_starts: tuple[int, ...]
    mark: str = ""

    def sentence_at(self, offset: int) -> int:
        """Index (within the line) of the sentence holding character ``offset``."""
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def sentence_span(self, k: int) -> tuple[int, int]:
        start = self.sentence_starts[k]
        end = self.sentence_starts[k + 1] if k + 1 < len(self.sentence_starts) else len(self.text)
        return start, end


# a line of a bulleted list: "- Tỷ lệ che phủ rừng 59,2%", "+ …", "• …"
# "Công nghiệp - xây dựng tăng 17,4% so với năm 2022, đạt 26.465 tỷ đồng": the level a rate printed first is of,
# after the rate's comparison and a verb of reaching ("đạt mức" is "đạt"); it is named by the rate's words
_LEVEL_AFTER_RATE_RE = re.compile(r"\s*%?\s*(?:so\s+(?:với\s+)?[^\d,;()]{0,30}?(?:\d{4})?)?\s*,\s*(?:và\s+)?(?:lên|lên\s+mức|lên\s+(?:tới|đến)|đạt|đạt\s+mức|ước\s+đạt|"
                                  r"đạt\s+được|thực\s+hiện|ước\s+thực\s+hiện|là|còn|xuống\s+còn)\s*", re.IGNORECASE)
_LIST_MARK_RE = re.compile(r"^\s*([-–•+*])\s+(?=\S)")


def _sentence_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for m in _SENTENCE_END_RE.finditer(text):
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        starts.append(nxt)
    return tuple(starts)


@dataclass(frozen=True)
class Mention:
    """One printed figure of the passage, where it stands and what it is.

    ref:      the cell it was read into (row index, position).
    line:     index of its line in ``Passage.lines``; ``start``/``end`` its characters there.
    sentence: index of its sentence in the whole passage (reading order).
    order:    its position among the passage's figures.
    """

    ref: Ref
    row: Row
    cell: Cell
    line: int
    start: int
    end: int
    sentence: int
    order: int

    @property
    def value(self) -> Fraction | None:
        v = self.cell.value
        if v.kind in ("number", "comparator", "fraction") and v.value is not None:
            return _exact(str(v.value))
        return None

    @property
    def percent(self) -> bool:
        return bool(self.cell.value.percent) or self.cell.role == "ratio" or (self.row.unit or "").strip() == "%"

    @property
    def is_value(self) -> bool:
        """A quantity (not a percentage, ratio or label) that can be a total, a part or an operand."""
        return (
            self.cell.role in VALUE_ROLES and self.cell.relation not in ("share", "share_change", "growth", "difference")
            and self.cell.value.kind in ("number", "comparator", "fraction") and not self.cell.value.percent
            and (self.row.unit or "").strip() not in ("%", "‰")
        )

    @property
    def unit(self) -> str | None:
        return self.row.unit

    @property
    def hedge(self) -> str | None:
        return self.cell.value.hedge


class Passage:
    """The running text of one document (lines in order) and the figures read from it."""

    def __init__(self, rows: Sequence[Row], lines: Sequence[TextLine]) -> None:
        self.rows = {r.index: r for r in rows}
        self.lines: list[PassageLine] = []
        by_number: dict[int | None, int] = {}
        for line in lines:
            text = join_item_sentences(clean_line(line.text).text)  # as the line walker read it (extractor/prose.py)
            # "giá trị sản xuất đạt: 644,9 tỷ đồng": the colon a verb is typed with is no clause break for the rules
            text = role_colons_as_spaces(text)
            by_number.setdefault(line.provenance.line, len(self.lines))
            mark = _LIST_MARK_RE.match(line.text)
            self.lines.append(PassageLine(line.provenance.line, text, _sentence_starts(text),
                                          mark.group(1) if mark is not None else ""))
        self._sentence_base: list[int] = []
        total = 0
        for pl in self.lines:
            self._sentence_base.append(total)
            total += len(pl.sentence_starts)
        found: list[tuple[int, int, int, Ref, Row, Cell]] = []
        for row in rows:
            for pos, cell in enumerate(row.cells):
                span = cell.provenance.span
                line_no = cell.provenance.line if cell.provenance.line is not None else row.provenance.line
                if span is None or line_no not in by_number:
                    continue
                k = by_number[line_no]
                found.append((k, span[0], span[1], (row.index, pos), row, cell))
        found.sort(key=lambda t: (t[0], t[1], t[2]))
        self.mentions: list[Mention] = []
        self.by_ref: dict[Ref, Mention] = {}
        for order, (k, a, b, ref, row, cell) in enumerate(found):
            sent = self._sentence_base[k] + self.lines[k].sentence_at(a)
            m = Mention(ref, row, cell, k, a, b, sent, order)
            self.mentions.append(m)
            self.by_ref[ref] = m

    # -- text ------------------------------------------------------------------------------------

    def text(self, m: Mention) -> str:
        return self.lines[m.line].text[m.start : m.end]

    def sentence_bounds(self, m: Mention) -> tuple[int, int]:
        pl = self.lines[m.line]
        return pl.sentence_span(pl.sentence_at(m.start))

    # ``before`` and ``after`` are what the rules read a figure's noun and its names from: both drop the "đơn vị"
    # that classifies a kind ("gồm 15 đơn vị xã và 01 thị trấn" reads as "gồm 15 xã và 01 thị trấn"), once, here
    def before(self, m: Mention, *, limit: int = 200, in_sentence: bool = True) -> str:
        """The words printed before ``m`` on its line (within its sentence unless told otherwise), without the
        "đơn vị" that classifies a kind (``prose_patterns.unclassified``)."""
        start = self.sentence_bounds(m)[0] if in_sentence else 0
        return unclassified(self.lines[m.line].text[max(start, m.start - limit) : m.start])

    def after(self, m: Mention, *, limit: int = 200, in_sentence: bool = True) -> str:
        """The words printed after ``m`` on its line (within its sentence unless told otherwise), without the
        "đơn vị" that classifies a kind."""
        end = self.sentence_bounds(m)[1] if in_sentence else len(self.lines[m.line].text)
        return unclassified(self.lines[m.line].text[m.end : min(end, m.end + limit)])

    def between(self, a: Mention, b: Mention) -> str:
        """Text from the end of ``a`` to the start of ``b`` (same line; else the rest of a's line and b's head)."""
        if a.line == b.line:
            return self.lines[a.line].text[a.end : b.start]
        return self.lines[a.line].text[a.end :] + " \n " + self.lines[b.line].text[: b.start]

    def previous(self, m: Mention) -> Mention | None:
        return self.mentions[m.order - 1] if m.order > 0 else None

    def next(self, m: Mention) -> Mention | None:
        return self.mentions[m.order + 1] if m.order + 1 < len(self.mentions) else None

    def lead(self, m: Mention) -> str:
        """The words between the previous figure (or the sentence start) and ``m``."""
        prev = self.previous(m)
        start = self.sentence_bounds(m)[0]
        if prev is not None and prev.line == m.line and prev.end > start:
            start = prev.end
        return self.lines[m.line].text[start : m.start]

    def trail(self, m: Mention) -> str:
        """The words after ``m`` up to a clause break, "và", or a figure of another row ("03/15 chỉ
        tiêu đạt" -> "/15 chỉ tiêu đạt")."""
        end = self.sentence_bounds(m)[1]
        nxt = self.next(m)
        while nxt is not None and nxt.line == m.line and nxt.start < end:
            if nxt.row.index != m.row.index:
                end = nxt.start
                break
            nxt = self.next(nxt)
        text = self.lines[m.line].text[m.end : end]
        cut = re.search(r"[;,()]|\svà\s", text)
        return text[: cut.start()] if cut else text

    def name(self, m: Mention) -> str:
        """What ``m`` is a figure of, folded: the row's indicator, its lead and its trail; for a figure
        that restates the one before it in another unit ("1.964 hộ, 7.862 nhân khẩu"), that one's
        name too."""
        lead = self.lead(m)
        text = f"{m.row.indicator} {lead} {self.trail(m)}"
        prev = self.previous(m)
        if prev is not None and prev.sentence == m.sentence and (
                (len(re.findall(r"[^\W\d_]{2,}", lead)) <= 1 and ";" not in lead)
                or (prev.percent and _LEVEL_AFTER_RATE_RE.fullmatch(lead) is not None)):
            text = f"{prev.row.indicator} {self.lead(prev)} {text}"
        return fold(text)

    def sentence_head(self, m: Mention) -> str:
        """The sentence's words before ``m``."""
        return self.lines[m.line].text[self.sentence_bounds(m)[0] : m.start]

    def values(self) -> Iterator[Mention]:
        return (m for m in self.mentions if m.is_value)

    @cached_property
    def sentence_count(self) -> int:
        return sum(len(pl.sentence_starts) for pl in self.lines)
