"""``fold``: the key every name, place and keyword match is made on."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from normalizers.text import fold


def _fold_by_category(text: str) -> str:
    """The definition: đ -> d, decompose, drop every nonspacing mark, lower case."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def test_a_seed_indicator_folds_to_plain_letters() -> None:
    assert fold("Tỷ lệ che phủ rừng") == "ty le che phu rung"
    assert fold("Đường giao thông nông thôn được cứng hóa") == "duong giao thong nong thon duoc cung hoa"


def test_marks_outside_the_vietnamese_block_are_dropped_too() -> None:
    assert fold("Tân Dương\u20d7 – 48,1 ‰") == "tan duong – 48,1 ‰"


@given(st.text())
def test_fold_is_the_definition_on_any_text(text: str) -> None:
    assert fold(text) == _fold_by_category(text)
