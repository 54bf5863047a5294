"""A remark in parentheses after a counted name is no name (issue 12).

"9 đơn vị hành chính là: xã …, xã Hòa Hội và thị trấn Phú Hòa (được UBND tỉnh công nhận là đô thị loại
V năm 2016)": the year inside the remark cut the list in the middle of it, and nothing was counted.
Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations


def _items(text: str) -> list[tuple[str, ...]]:
    doc = passage(text)
    rows = {r.index: r for r in doc.rows}
    return [rows[r.refs("count")[0][0]].cells[r.refs("count")[0][1]].items for r in relations(doc, "count_list")]


@pytest.mark.parametrize(("text", "count"), [
    ("Huyện có 5 đơn vị hành chính là: xã Tân An, xã Tân Bình, xã Tân Lộc, xã Tân Phú và thị trấn Tân Thành "
     "(được công nhận là đô thị loại V năm 2019).", 5),
    ("Thị xã có 4 phường: phường Bắc Sơn (thành lập năm 2008), phường Nam Sơn, phường Đông Sơn và phường Tây Sơn.", 4),
    ("Toàn huyện có 3 xã đạt chuẩn nông thôn mới nâng cao gồm: xã Yên Lạc, xã Yên Hòa (đã được công nhận từ năm "
     "2021) và xã Yên Phong.", 3),
])
def test_a_remark_after_a_name_is_left_out(text: str, count: int) -> None:
    (items,) = _items(text)
    assert len(items) == count and errors(passage(text)) == []


def test_a_count_that_the_names_do_not_match_is_still_an_error() -> None:
    (f,) = errors(passage("Huyện có 6 đơn vị hành chính là: xã Tân An, xã Tân Bình, xã Tân Lộc, xã Tân Phú và thị trấn "
                          "Tân Thành (được công nhận là đô thị loại V năm 2019)."))
    assert f.kind == "value_mismatch" or "5" in f.message


def test_a_parenthesis_with_figures_that_is_no_remark_keeps_the_list_unread() -> None:
    # "(gồm 2 thôn)" is not a remark on the name: the names are not all there, nothing is counted
    text = "Xã có 3 thôn là: thôn Đông, thôn Tây (gồm 2 xóm) và thôn Nam."
    assert errors(passage(text)) == []
