"""Indicator names of scanned tables with a syllable OCR misread put back from the dictionary.

OCR reads a tone or a vowel's hat wrong often enough that a name no longer matches the same
indicator in another document ("nóng thôn mới" for "nông thôn mới"). The reader's own
correction (``extractor.ocr_lexicon.fix_phrase``) runs on each cell as it is read and trusts
only the commonest confusions; this pass reads each row's whole name again with
``join_orphans``: a syllable that leaves itself and a neighbour outside any dictionary word
(pyvi's word list, ``extractor/data/vi_words.txt``), and that one other reading joins into a
word, is read that way. Every name changed says so in its row's notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from extractor.model import Row
from extractor.ocr_lexicon import join_orphans
from normalizers.names import indicator_key

__all__ = ["names_by_words"]


def names_by_words(rows: Sequence[Row]) -> list[Row]:
    """``rows`` (one OCR'd table's) with their names' orphaned syllables read into words, and a
    note on each row changed ("name: 'nóng' read as 'nông', ...")."""
    out: list[Row] = []
    for row in rows:
        text, changed = join_orphans(row.indicator)
        if not changed:
            out.append(row)
            continue
        said = ", ".join(f"{read!r} read as {taken!r}" for read, taken in changed)
        note = f"name: {said}: the one reading that makes a dictionary word with a neighbour that makes none as read"
        out.append(replace(row, indicator=text, key=indicator_key(text), notes=(*row.notes, note), repaired=True))
    return out
