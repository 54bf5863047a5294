"""``strip_markup``'s shortcut for plain text gives what every step of it gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from normalizers.text import _strip_markup_steps, strip_markup

# Cell texts as tables print them, and the characters each step of strip_markup acts on.
MARKUP_CHARS = st.sampled_from([
    *"<>/&;#*_ \t\n\u00a0\u2007\u202f", "<sup>", "</sup>", "<b>", "&amp;", "&lt;", "**", "  ",
    *"0123456789.,%()", "Tỷ", "lệ", "che", "phủ", "rừng", "Đơn vị", "tính", "Thực hiện",
    "e\u0301", "Trie\u0302\u0323u",  # decomposed Vietnamese, which NFC composes
])
TEXTS = st.one_of(st.lists(MARKUP_CHARS, max_size=12).map("".join), st.text(max_size=40))


@given(TEXTS, st.booleans())
def test_plain_text_shortcut_changes_nothing(text: str, keep_sup: bool) -> None:
    assert strip_markup(text, keep_sup=keep_sup) == _strip_markup_steps(text, keep_sup=keep_sup)


def test_cell_texts() -> None:
    assert strip_markup(" Tỷ lệ che phủ rừng ") == "Tỷ lệ che phủ rừng"
    assert strip_markup("Trie\u0302\u0323u đồng") == "Triệu đồng"
    assert strip_markup("Thực  hiện\u00a02024") == "Thực hiện 2024"
    assert strip_markup("524.655<sup>9</sup> &amp; **48,10**") == "524.655 & 48,10"
