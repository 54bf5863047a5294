"""The index verbs ("bằng" and "tương đương", its rewording) come from one place (normalizers.index_words).

Round 25 taught nine patterns of four modules "tương đương" one by one; a tenth rule written with "bằng"
alone would read "bằng 105% năm trước" and miss "tương đương 105% năm trước". The shared piece is tested
here; the readings it serves are tested with real sentences in tests/test_prose_rewordings25.py, and the
guard below keeps new rules from spelling the alternation out again.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalizers.index_words import INDEX_VERB, INDEX_VERB_FOLDED, as_bang, says_index
from normalizers.text import fold
from reconcile.engine.relations import KIND_ROLES, document_relations
from tests.test_prose_links import passage, printed

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("printed_words", ["bằng", "tương đương", "Tương đương", "tương  đương"])
def test_every_wording_matches_as_printed_and_folded(printed_words: str) -> None:
    assert re.fullmatch(rf"(?:{INDEX_VERB})", printed_words, re.IGNORECASE)
    assert re.fullmatch(rf"(?:{INDEX_VERB_FOLDED})", fold(printed_words).lower())
    assert says_index(f"tong gia tri {fold(printed_words).lower()} 105% nam truoc")


@pytest.mark.parametrize("words", ["tang 5% so voi nam truoc", "tuong ung 1.200 ha", "bangs", "dat 98% ke hoach",
                                   "tuong dai liet si"])
def test_other_words_are_no_index_verb(words: str) -> None:
    assert not says_index(words)
    assert as_bang(words) == words


def test_as_bang_rewrites_the_rewording_only() -> None:
    assert as_bang("tuong duong 105,12% nam truoc") == "bang 105,12% nam truoc"
    assert as_bang("bang 94,95%, tuong duong 120%") == "bang 94,95%, bang 120%"
    assert as_bang("huong duong") == "huong duong"  # a word that ends like it is another word


@given(st.text(alphabet="abcdeghnoSstuy %,0123456789", max_size=40))
def test_as_bang_keeps_what_it_does_not_rewrite(words: str) -> None:
    out = as_bang(words)
    assert says_index(out) == says_index(words)
    assert "tuong duong" not in out or "tuong duong" in words.replace("tuong duong", "")


# the same sentences with "bằng" and with "tương đương" read the same index (yen-dinh_2 and can-loc_2, as printed
# and reworded): one module's rule per sentence
@pytest.mark.parametrize("text", [
    "Tổng giá trị sản xuất tăng từ 5.986.334 triệu đồng năm 2012 lên 7.170.343 triệu đồng năm 2013, {} 119,78% năm "
    "trước.",
    "Đất chưa sử dụng giảm từ 1.998,5 ha xuống 1.897,5 ha, {} 94,95%.",
])
def test_both_wordings_read_the_same_index(text: str) -> None:
    def read(verb: str) -> list[tuple[str, ...]]:
        doc = passage(text.format(verb))
        return [(r.kind, *(printed(doc, r, role)[0] for role in KIND_ROLES[r.kind])) for r in document_relations(doc)
                if r.kind == "growth"]
    assert read("bằng")
    assert read("tương đương") == read("bằng")


def test_no_rule_spells_the_alternation_out_again() -> None:
    # a pattern that lists "bằng" next to "tương đương" (printed or folded) belongs in normalizers.index_words
    spelled = re.compile(r"(?:bằng|bang)\|(?:tương|tuong)|(?:tương|tuong)(?:\\s\+| )(?:đương|duong)\|(?:bằng|bang)")
    offenders = [f"{path.relative_to(ROOT)}:{n}" for package in ("normalizers", "extractor", "reconcile")
                 for path in sorted((ROOT / package).rglob("*.py")) if path.name != "index_words.py"
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if spelled.search(line)]
    assert offenders == []
