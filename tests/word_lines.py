"""A page's words as the tests that pin word-box layouts write them: per printed line its top, its
height and its words with their left and right edges (the PDF's own, from pdfplumber)."""

from __future__ import annotations

from extractor.pdf_words import Word

Lines = list[tuple[float, float, list[tuple[str, float, float]]]]


def page_words(lines: Lines, page: int) -> list[Word]:
    """The ``Word``s of ``lines`` on ``page``."""
    return [Word(text, x0, top, x1, top + h, page) for top, h, words in lines for text, x0, x1 in words]
