"""A numbered heading whose title runs over the names' column's edge into the next column only is
one cell after its number (``extractor.pdf_words._heading_across``).

v29085 (text seed 29085, reportlab, unruled, Biểu 02 of resolutions; round 34's text first
contact, development now): the heading "1 Phát triển Chính quyền điện tử … hiệu lực hoạt động",
printed on one line, ran over the names' column's edge, its last word under the unit column: the
heading was read as a row "… hoạt | động", and the diff with its edited copy, where the word fell
the other way, read it removed (the range's one wrong added/removed row).
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.variant_score import match_diff
from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.pdf_words import Word, _heading_across
from reconcile.engine import documents_to_diff


def test_a_numbered_heading_over_the_names_edge_is_one_cell_and_no_row_of_the_diff(tmp_path: Path) -> None:
    write_seed(29085, tmp_path)
    doc = file_to_document(tmp_path / "v29085.pdf")
    names = [r.indicator for r in doc.rows if r.table is not None]
    assert not any(n.startswith("Phát triển Chính quyền điện tử") for n in names)
    new = file_to_document(tmp_path / "v29085_edited.pdf")
    edits = json.loads((tmp_path / "v29085_edited.truth.json").read_text(encoding="utf-8"))["edits"]
    _, missed, spurious = match_diff(edits, documents_to_diff(doc, new))
    assert missed == [] and spurious == []


# v29085 page 2's columns as the reader measures them (numbers, names, unit, …) and the heading's
# last words (the PDF's own boxes): "hoạt" ends past the names' column, "động" under the unit's.
COLUMNS = [(70.0, 74.0), (83.0, 340.0), (357.0, 367.0), (383.0, 394.0)]


def _line(*words: tuple[str, float, float]) -> list[list[Word]]:
    label, *title = (Word(t, x0, 100.0, x1, 108.0, 2) for t, x0, x1 in words)
    return [[label], list(title)]


def test_a_title_running_over_the_gutter_into_one_more_column_is_one_cell() -> None:
    segs = _line(("1", 70.0, 74.0), ("hiệu", 300.0, 313.0), ("lực", 325.0, 334.0), ("hoạt", 336.0, 348.0),
                 ("động", 350.0, 365.0))
    cells = _heading_across(segs, COLUMNS)
    assert cells is not None and [w.text for w in cells[1]] == ["hiệu", "lực", "hoạt", "động"]


def test_a_name_and_its_unit_across_the_gutter_are_no_heading() -> None:
    # "1 | Dân số trung bình | người": two columns, no word between them.
    segs = _line(("1", 70.0, 74.0), ("Dân", 300.0, 313.0), ("số", 315.0, 325.0), ("người", 357.0, 367.0))
    assert _heading_across(segs, COLUMNS) is None
