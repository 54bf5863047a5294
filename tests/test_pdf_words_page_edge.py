"""Words across a page's side edge (``extractor.pdf_words.words_to_layout``).

v34747 (text seed 34747, our reportlab drawing, round 39's text first contact, development now): a
``text_column`` table drawn a few points wider than its portrait page (595.3 pt; the last rule at
x 603). In the edited copy, set 5 pt further right, "huyện" of "Các cơ quan, đơn vị cấp huyện"
spans x 571.8-597.4, and "TT" of the header's "Số TT" starts at x -1.3. Only words wholly on the
page were read: the name lost "huyện", and the diff of the two copies reported two text cells
changed that the edit did not touch. Text drawn wholly beside the page is hidden and stays unread.
"""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from benchmarks.variant_score import match_diff
from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.pdf_words import Word, words_to_layout
from reconcile.engine import documents_to_diff
from tests.variant_reads import assert_read_exactly

WIDTH, HEIGHT = 595.3, 841.9


def _texts(words: list[Word]) -> list[str]:
    layout = words_to_layout(words, page=1, page_width=WIDTH, page_height=HEIGHT)
    return [line.text for line in layout.lines]


def test_a_word_crossing_the_right_edge_is_read_and_one_beside_the_page_is_not() -> None:
    # v34747's edited copy, row II.6's last cell (top 368.5, 8.3 pt type); then "92" of v33764 (a
    # table drawn past the edge), wholly beside the page.
    line = [("Các", 468.7, 484.7), ("cơ", 487.3, 497.0), ("quan,", 499.6, 523.2), ("đơn", 525.8, 541.5),
            ("vị", 544.1, 551.5), ("cấp", 554.1, 569.1), ("huyện", 571.8, 597.4)]
    words = [Word(t, x0, 368.5, x1, 376.8, 1) for t, x0, x1 in line] + [Word("92", 597.3, 390.0, 607.3, 398.3, 1)]
    assert _texts(words) == ["Các cơ quan, đơn vị cấp huyện"]


def test_a_word_crossing_the_left_edge_is_read() -> None:
    # The same copy's header line at top 91.9: "TT" of "Số TT" from x -1.3.
    line = [("TT", -1.3, 11.1), ("Chỉ", 94.3, 110.1), ("tiêu", 113.0, 131.3)]
    words = [Word(t, x0, 91.9, x1, 100.2, 1) for t, x0, x1 in line]
    assert "TT" in " ".join(_texts(words)).split()


@given(st.floats(-80.0, WIDTH + 80.0), st.floats(1.0, 60.0))
def test_a_word_is_read_when_any_of_it_is_on_the_page(x0: float, width: float) -> None:
    x1 = x0 + width
    word = Word("huyện", x0, 300.0, x1, 310.0, 1)
    assert _texts([word]) == (["huyện"] if x1 >= 0 and x0 <= WIDTH else [])


def test_a_table_drawn_past_the_edge_reads_the_same_in_both_copies_and_the_diff_holds_only_the_edits(tmp_path: Path) -> None:
    truth = write_seed(34747, tmp_path)
    assert "text_column" in truth["features"] and "portrait" in truth["features"]
    assert_read_exactly(truth, tmp_path / "v34747.pdf")
    edited = json.loads((tmp_path / "v34747_edited.truth.json").read_text(encoding="utf-8"))
    assert_read_exactly(edited, tmp_path / "v34747_edited.pdf")
    diff = documents_to_diff(file_to_document(tmp_path / "v34747.pdf"), file_to_document(tmp_path / "v34747_edited.pdf"))
    _, missed, spurious = match_diff(edited["edits"], diff)
    assert missed == [] and spurious == []
