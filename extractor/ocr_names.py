"""Indicator names of scanned tables with a syllable OCR misread put back from the dictionary.

OCR reads a tone or a vowel's hat wrong often enough that a name no longer matches the same
indicator in another document ("nóng thôn mới" for "nông thôn mới"). The reader's own
correction (``extractor.ocr_lexicon.fix_phrase``) runs on each cell as it is read and trusts
only the commonest confusions; this pass reads each row's whole name again with
``join_orphans``: a syllable that leaves itself and a neighbour outside any dictionary word
(pyvi's word list, ``extractor/data/vi_words.txt``), and that one other reading joins into a
word, is read that way (``join_orphans``, and ``join_stranded`` when the misread syllable makes a
word with its other neighbour); an acute beside a neighbour the office printed without its tone
mark read as the hook or grave that makes a word with that neighbour toned
(``join_unmarked_neighbour``: "chuyên đối số" -> "chuyên đổi số"); a syllable read in capitals whose letters look alike in both
cases ("thiểu SỐ") is put back in small letters (``case_by_shape``); and a name's opening
syllable that makes no word is read the way the table's other names open (``opening_in_table``:
"Chí sự nghiệp y tế" among "Chi đầu tư phát triển", "Chi thường xuyên"), after a few letters of
junk at a name's opening are read as the word the table's names open with (``junk_at_opening``:
"TTỷ lệ hồ sơ", "SP Tỷ lệ hồ sơ" among names that open "Tỷ lệ"). A word that is no
Vietnamese syllable at all is read as the one syllable it misreads (``read_non_syllables``:
"sản hượng" -> "sản lượng", "Thẳằm" -> "Thẳm"), a syllable real prose never printed with the
one tone the prose prints beside its neighbour (``read_unprinted``: "đản gia súc" -> "đàn gia
súc"), and sibling names ending in a Roman numeral's strokes are read I, II, III from their
place (``numerals_in_sequence``: "Khu vực H" -> "Khu vực II"). Once all of a document's tables
are read, a syllable the document prints otherwise between the same two neighbours elsewhere is
read that way (``names_by_document``: "chuyển đối số" where the same name prints "chuyển đổi số"),
as is a tone mark read over a syllable the document prints without one beside the same neighbour
("chỉ cho" where other names print "chi cho") and a capital "Số" the document prints small.
Every name changed says so in its row's notes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial

from extractor.model import Row, Table
from extractor.ocr_document_names import (
    read_as_printed_beside,
    read_as_printed_elsewhere,
    read_by_choices,
    read_speck_as_printed,
    small_as_printed,
)
from extractor.ocr_lexicon import (
    case_by_shape,
    join_orphans,
    join_stranded,
    join_unmarked_neighbour,
    marks_read_apart,
    opening_in_table,
    read_non_syllables,
    read_unprinted,
)
from extractor.ocr_numerals import numerals_in_sequence
from extractor.ocr_openings import junk_at_opening
from extractor.ocr_ratios import OCR_METHODS
from normalizers.names import indicator_key

__all__ = ["names_by_document", "names_by_words"]

# Each repair in turn, with what its row note says of the syllables it changed.
_REPAIRS: tuple[tuple[Callable[[str], tuple[str, list[tuple[str, str]]]], str], ...] = (
    (marks_read_apart, "its hat and tone read apart as a quote mark; the one reading that makes a word with the syllable before"),
    (read_non_syllables, "no Vietnamese syllable as read; the one syllable it is a misreading of"),
    (join_orphans, "the one reading that makes a dictionary word with a neighbour that makes none as read"),
    (join_stranded, "the one reading that joins a neighbour left in no word and leaves none"),
    (join_unmarked_neighbour,
     "the hook or grave OCR reads as an acute, the one that makes a word with the neighbour printed without its tone mark"),
    (read_unprinted, "never printed in real prose; the one reading it prints beside this neighbour"),
    (case_by_shape, "a capital OCR cannot tell from the small letter after a small syllable"),
)


# The per-mille sign as OCR reads it: Tesseract's ``vie`` model has no "‰" among its characters,
# so the sign's two small rings come out as a letter o, a zero or a degree sign after the "%" (dev
# scans 13000-14749: "%o" for 27 printed "‰"). A "%" with one of them after it and nothing else is
# no unit of its own; ``normalizers.units`` reads "%o" as per mille already, and the row says "‰".
_PER_MILLE_RE = re.compile(r"^%\s?[oO0º°]$")


def names_by_words(rows: Sequence[Row]) -> list[Row]:
    """``rows`` (one OCR'd table's) with their names' orphaned syllables read into words, a unit
    read "%o" put back as the "‰" OCR cannot print, and a note on each row changed ("name: 'nóng'
    read as 'nông', ...")."""
    out: list[Row] = []
    for row in rows:
        if row.unit is not None and _PER_MILLE_RE.match(row.unit.strip()):
            note = f"unit: {row.unit!r} read as '‰': the per-mille sign, which OCR has no character for"
            row = replace(row, unit="‰", notes=(*row.notes, note), repaired=True)
        text, notes = row.indicator, []
        for repair, why in _REPAIRS:
            text, changed = repair(text)
            if changed:
                said = ", ".join(f"{read!r} read as {taken!r}" for read, taken in changed)
                notes.append(f"name: {said}: {why}")
        if not notes:
            out.append(row)
            continue
        out.append(replace(row, indicator=text, key=indicator_key(text), notes=(*row.notes, *notes), repaired=True))
    out = _by_table(out, junk_at_opening,
                    "junk OCR read at the name's opening, read as the word the table's other names open with")
    out = _by_table(out, opening_in_table,
                    "the reading other names of the table open with, free, where none opens with it as read")
    return _by_table(out, numerals_in_sequence, "the Roman numeral of its place among sibling names that open alike")


def _by_table(rows: list[Row], read_names: Callable[[Sequence[str]], list[tuple[str, list[tuple[str, str]]]]],
              why: str) -> list[Row]:
    """``rows`` with their names read again, all of one table at once, by ``read_names``
    (``junk_at_opening``, ``opening_in_table``, ``numerals_in_sequence``); a row changed says so in its notes."""
    read = read_names([r.indicator for r in rows])
    out: list[Row] = []
    for row, (text, changed) in zip(rows, read, strict=True):
        if not changed:
            out.append(row)
            continue
        out.append(_renamed(row, text, changed, why))
    return out


def _renamed(row: Row, text: str, changed: Sequence[tuple[str, str]], why: str) -> Row:
    """``row`` named ``text``, its notes saying which words were read as what and ``why``."""
    said = ", ".join(f"{a!r} read as {b!r}" for a, b in changed)
    return replace(row, indicator=text, key=indicator_key(text), notes=(*row.notes, f"name: {said}: {why}"), repaired=True)


def names_by_document(rows: Sequence[Row], tables: Sequence[Table],
                      choices: Mapping[str, tuple[str, ...]] | None = None) -> list[Row]:
    """``rows`` (all of one document's table rows) with the names of OCR'd tables read again
    against the whole document (``read_as_printed_elsewhere``, ``read_as_printed_beside``), then as a letter the LSTM nearly
    read where the document or the word list accepts only that reading (``read_by_choices``;
    ``choices``: the document's grids' ``Grid.choices``); every row's name is evidence, a text
    layer's too, but only an OCR'd row is changed, and it says so in its notes."""
    scanned = [r.table is not None and r.table < len(tables) and tables[r.table].method.split(";")[0].strip() in OCR_METHODS
               for r in rows]
    if not any(scanned):
        return list(rows)
    out = list(rows)
    for read_names, why in (
        (read_as_printed_elsewhere, "the reading the document prints between the same neighbours elsewhere"),
        (read_as_printed_beside, "its acute or grave read leaning the other way, as the document prints it beside the same neighbour"),
        (read_speck_as_printed, "a speck read as its tone mark: the document prints it with none beside the same neighbour"),
        (small_as_printed, "a capital OCR cannot tell from the small letter: the document prints it small elsewhere"),
        (partial(read_by_choices, choices=choices or {}),
         "a letter OCR nearly read, the one reading the document prints beside a neighbour or a word list holds"),
    ):
        read = read_names([r.indicator for r in out])
        out = [_renamed(row, text, changed, why) if ocr and changed else row
               for row, ocr, (text, changed) in zip(out, scanned, read, strict=True)]
    return out
