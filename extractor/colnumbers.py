"""Column numbers printed in table headers: the ``(1) (2) … (13)`` row and inline ``(7)`` marks.

District tables number their columns so that the text can say "cột (6) = (5)/(4)". The numbering
comes in several forms, all of which are header, never body:

- a row of its own under the header: ``(1) (2) (3) …``, ``1 2 3 …``, ``A B 1 2 3 …``, with formula
  cells such as ``(6)=(5)/(4)`` or ``(7)=(5)/(3)x100%``;
- a mark at the end of a header cell: ``TH 2024/KH 2024 (7)``, ``Tỷ lệ % (6)=(5)/(4)``.

A formula names the columns a ratio column divides, which is better evidence than its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from normalizers.text import strip_markup

_REF = r"\(?\s*(\d{1,2}|[A-Z])\s*\)?"
# "(6)=(5)/(4)", "6=5/4", "(7) = (5):(3) x 100%", "(8)=(6)-(5)".
_FORMULA_RE = re.compile(
    rf"^{_REF}\s*=\s*{_REF}\s*([/:÷*x×+\-–])\s*{_REF}(?:\s*[x×*]\s*100\s*%?)?$", re.IGNORECASE
)
_PLAIN_RE = re.compile(r"^\(\s*(\d{1,2}|[A-Z])\s*\)$|^(\d{1,2}|[A-Z])$")
# A mark at the end of a header cell: "... (7)" or "... (6)=(5)/(4)" (also "(6) = (5) : (4) x 100%").
_INLINE_RE = re.compile(
    r"\s*\(\s*(\d{1,2})\s*\)(?:\s*=\s*\(\s*(\d{1,2})\s*\)\s*([/:÷])\s*\(\s*(\d{1,2})\s*\)(?:\s*[x×*]\s*100\s*%?)?)?\s*$"
)


@dataclass(frozen=True)
class ColumnNumber:
    """What a column's number mark says.

    label:   the column's own number as printed ("6", "B").
    divides: for a quotient formula ``(6)=(5)/(4)``, the (numerator, denominator) labels.
    """

    label: str
    divides: tuple[str, str] | None = None


def read_column_number(text: str) -> ColumnNumber | None:
    """One cell of a column-number row -> its mark; None when the cell is something else.

    >>> read_column_number("(6)=(5)/(4)")
    ColumnNumber(label='6', divides=('5', '4'))
    >>> read_column_number("3")
    ColumnNumber(label='3', divides=None)
    >>> read_column_number("Chỉ tiêu") is None
    True
    """
    t = strip_markup(text).strip()
    plain = _PLAIN_RE.match(t)
    if plain:
        return ColumnNumber(plain.group(1) or plain.group(2))
    formula = _FORMULA_RE.match(t)
    if formula:
        label, num, op, den = formula.groups()
        return ColumnNumber(label.upper(), (num.upper(), den.upper()) if op in "/:÷" else None)
    return None


def is_column_number_row(texts: Sequence[str]) -> bool:
    """True for a row that only numbers the columns above it.

    ``['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)']``, ``['1', '2', '3', '4', '5']`` and
    ``['A', 'B', '1', '2', '3']`` are; a body row ``['1', 'Dân số', 'Người', '45.200']`` is not (it
    holds words and figures that do not count up). At least three cells must be marks, every
    non-empty cell a mark, and the numeric labels must count up one by one (a skipped merged cell
    may leave a gap of two).
    """
    cells = [strip_markup(t).strip() for t in texts]
    filled = [c for c in cells if c]
    if len(filled) < 3:
        return False
    marks = [read_column_number(c) for c in filled]
    if any(m is None for m in marks):
        return False
    numbers = [int(m.label) for m in marks if m is not None and m.label.isdigit()]
    if len(numbers) < 2:
        # Letters only ("A B C D"): a column-lettering row if they run in alphabetical order.
        letters = [m.label for m in marks if m is not None]
        return all(ord(b) - ord(a) == 1 for a, b in pairwise(letters))
    steps = [b - a for a, b in pairwise(numbers)]
    return all(1 <= s <= 2 for s in steps) and sum(s == 1 for s in steps) * 2 >= len(steps)


# A cell of a column-number row as OCR may read it: a short token ("(4)", "@)", "cC", "Œ)", "q3)"),
# never a figure with a separator ("50,00") or more than two digits in a row.
_SHORT_TOKEN_RE = re.compile(r"^\S{1,4}$")
_NO_MARK_RE = re.compile(r"\d[.,]\d|\d{3}")
_WORD_RE = re.compile(r"[^\W\d_]{2}")
# One mark OCR read as two short pieces ("ko ˆ", "bo Ì" for a row's first marks, "Lr 7l" for its
# last: dev scans v25470, v27990, v26220): a row of marks counting up with their columns keeps
# one such cell (the row was read as body: its marks became figures, and its junk a row number
# that hid the first heading's "A" below it).
_SPLIT_MARK_RE = re.compile(r"^\S{1,2} \S{1,2}$")


def damaged_mark(text: str) -> bool:
    """A cell a column-number row may hold once OCR damaged it: a mark, a short token, or a
    formula with junk in it ("(Œ7)=(6/)")."""
    if read_column_number(text) is not None:
        return True
    if "=" in text and len(text) <= 16:
        return not _WORD_RE.search(text)
    return bool(_SHORT_TOKEN_RE.match(text)) and not _NO_MARK_RE.search(text)


def _split_mark(text: str) -> bool:
    """One mark read as two short pieces with no figure in them (``_SPLIT_MARK_RE``: "ko ˆ")."""
    return bool(_SPLIT_MARK_RE.match(text)) and not _NO_MARK_RE.search(text)


def damaged_column_number_row(texts: Sequence[str]) -> dict[int, ColumnNumber] | None:
    """The marks of a column-number row whose glyphs OCR damaged, by position; None for any other row.

    Under a scanned header "(1) (2) (3)" comes back as "@) @) @) (4) @®) (6) Œ) (8)", and
    "A B C 1 2 3" as "A B G 1 2 - 4 B 6": a row of short tokens, one per column, that
    ``is_column_number_row`` rejects, so it was read as a body row ("B" an indicator, its column
    numbers figures). The row is one when every filled cell is a short token (no figure with a
    separator, no run of three digits; one cell may be two short pieces of one mark, "ko ˆ"), and
    at least three of its numeric marks, and a quarter of its cells, count up with their columns
    (the same ``label - position`` for each). Only those marks are returned: a damaged one ("(1)"
    over column 11) would name the wrong column.

    >>> sorted(damaged_column_number_row(["@)", "@)", "@)", "(4)", "@®)", "(6)", "Œ)", "(8)"]))
    [3, 5, 7]
    >>> damaged_column_number_row(["1", "Dân số", "Người", "45.200"]) is None
    True
    """
    cells = [strip_markup(t).strip() for t in texts]
    filled = [i for i, c in enumerate(cells) if c]
    unmarked = [cells[i] for i in filled if not damaged_mark(cells[i])]
    if len(filled) < 4 or len(unmarked) > 1 or not all(_split_mark(c) for c in unmarked):
        return None
    numeric = {i: m for i in filled if (m := read_column_number(cells[i])) is not None and m.label.isdigit()}
    offsets = [int(m.label) - i for i, m in numeric.items()]
    if not offsets:
        return None
    offset = max(set(offsets), key=offsets.count)
    fitting = {i: m for i, m in numeric.items() if int(m.label) - i == offset}
    # A quarter: a 200 dpi scan of thirteen columns kept four marks of "(1) … (13)" ("(Đ @®) @)
    # (4) @®) (6) Œ) (8) @) (10) a1) 2) (3)", v4490), read as a header level they unmade it.
    if len(fitting) < 3 or 4 * len(fitting) < len(filled):
        return None
    return fitting


def numbers_row(texts: Sequence[str]) -> bool:
    """A row of column numbers ("(1) (2) … (8)=(6)/(4)"), whole or as OCR damaged it ("œ@) @®) @)
    (4) @®) (6) (Œ7)=(6/)": g10 v2120)."""
    return is_column_number_row(texts) or damaged_column_number_row(texts) is not None


def unreadable_marks_row(texts: Sequence[str]) -> bool:
    """A header row of column marks OCR damaged past counting: every filled cell (three or more) a
    short token with no word in it, one of them a clean mark ("@) | : | @) | 4 | @®)" for "(1) (2)
    (3) (4) (5)", dev scan v6750's Biểu 05, read into a six-column header as its third row).
    ``damaged_column_number_row`` needs three marks that count up with their columns; with fewer
    the row was read as header words, and "4" under "Mục tiêu / 2024" made that column the row
    numbers', its figures lost. Such a row names nothing and numbers nothing that can be trusted.

    >>> unreadable_marks_row(["@)", ":", "@)", "4", "@®)", ""])
    True
    >>> unreadable_marks_row(["", "", "", "KH", "TH", "%"])
    False
    """
    cells = [strip_markup(t).strip() for t in texts]
    filled = [c for c in cells if c]
    if len(filled) < 3 or not all(damaged_mark(c) and not _WORD_RE.search(c) for c in filled):
        return False
    return any((m := read_column_number(c)) is not None and m.label.isdigit() for c in filled)


def stray_marks_line(texts: Sequence[str]) -> bool:
    """A header's column marks OCR read as a line of their own under it, too few and too damaged
    for ``damaged_column_number_row``: nothing in the first two columns (the row numbers and the
    names), every filled cell (three or more) a short token with no word (``unreadable_marks_row``),
    and each clean numeric mark the number of its own column, counted from 1 or after "A B"
    ("4) | @®) | (6)" under "Mục tiêu năm 2023 (4) … 2030 (6)", dev scan v14010: read as a
    nameless body row, its "(6)" a figure, the table doubted for a row with no name).

    >>> stray_marks_line(["", "", "", "4)", "@®)", "(6)"])
    True
    >>> stray_marks_line(["", "", "", "12", "15", "(6)"])
    False
    >>> stray_marks_line(["1", "Dân số", "", "4", "5", "6"])
    False
    """
    cells = [strip_markup(t).strip() for t in texts]
    if any(cells[:2]) or not unreadable_marks_row(cells):
        return False
    numeric = [(i, int(m.label)) for i, c in enumerate(cells)
               if c and (m := read_column_number(c)) is not None and m.label.isdigit()]
    return all(label - i in (1, -1) for i, label in numeric)


def split_inline_number(text: str) -> tuple[str, ColumnNumber | None]:
    """A header cell with a number mark at its end -> (the words, the mark).

    >>> split_inline_number("Tỷ lệ % (6)=(5)/(4)")
    ('Tỷ lệ %', ColumnNumber(label='6', divides=('5', '4')))
    >>> split_inline_number("TH 2024/KH 2024 (7)")
    ('TH 2024/KH 2024', ColumnNumber(label='7', divides=None))
    >>> split_inline_number("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)")
    ('Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)', None)
    """
    m = _INLINE_RE.search(text)
    if not m or not text[: m.start()].strip():
        return text, None
    label, num, _op, den = m.groups()
    return text[: m.start()].rstrip(), ColumnNumber(label, (num, den) if num and den else None)


__all__ = [
    "ColumnNumber", "damaged_column_number_row", "is_column_number_row", "numbers_row", "read_column_number",
    "split_inline_number", "stray_marks_line", "unreadable_marks_row",
]
