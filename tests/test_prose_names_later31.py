"""Names of a counted kind listed later in a clause of their own (issue 12, round 31).

``prose_lists.names_later`` read "Huyện gồm 1 thị trấn và 23 xã. … Các xã là: A, B, …" (a sentence or ";"-clause
opening with "Các xã là:"). District reports also open that clause after a ",", "và" or "còn": "huyện gồm 1 thị
trấn và 10 xã, là thị trấn Nậm Nhùn và các xã: Mường Mô, …" (nam-nhun_1), ", các xã gồm: …"; or name the
communes right after the town's name with no "là" or ":" ("ghi thị trấn Chợ Rã (huyện lỵ) và các xã Bành Trạch,
…", ba-be_1). Counted in waves 1-27 and paraphrase dev: nam-nhun_1, ba-be_1, tran-van-thoi_3, phu-my_2 (the last
two stay unread: a ";"-separated list after ", còn các xã gồm", an aside tests/test_prose_semicolon_items.py keeps
unread; a count of "đơn vị").

Near misses: another count of the kind between the count and the names ("10 xã, trong đó 4 xã đạt chuẩn, các xã
là: …": the names are the 4's); the town and some communes as the subject of a clause that goes on ("thị trấn Nậm Nhùn và các xã Mường Mô, Hua
Bum được công nhận …").
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, relations


def _lists(text: str) -> dict[str, int]:
    doc = passage(text)
    rows = {r.index: r for r in doc.rows}
    return {rows[ref[0]].cells[ref[1]].value.raw: len(r.items or ()) for r in relations(doc, "count_list")
            for _, ref in r.figures}


_NAMES = "Mường Mô, Hua Bum, Nậm Manh, Nậm Chà, Nậm Hàng, Lê Lợi, Pú Đao, Nậm Ban, Nậm Pì và Trung Chải"


@pytest.mark.parametrize("text", [
    f"Diện tích tự nhiên của huyện là 1.388 km2; huyện gồm 1 thị trấn và 10 xã, là thị trấn Nậm Nhùn và các xã: {_NAMES}.",
    f"Huyện có 10 xã và 1 thị trấn: thị trấn Nậm Nhùn là huyện lỵ, các xã gồm: {_NAMES}.",
    f"Huyện có 11 đơn vị hành chính, gồm 1 thị trấn, 10 xã; danh sách ghi thị trấn Nậm Nhùn (huyện lỵ) và các xã {_NAMES}.",
    f"Toàn huyện có 1 thị trấn và 10 xã, trong đó thị trấn Nậm Nhùn là huyện lỵ, các xã là: {_NAMES}.",
])
def test_names_of_the_counted_kind_in_a_clause_of_their_own(text: str) -> None:
    assert _lists(text).get("10") == 10
    assert errors(passage(text)) == []
    wrong = text.replace(" 10 xã", " 11 xã")
    assert _lists(wrong).get("11") == 10
    assert errors(passage(wrong))


@pytest.mark.parametrize("text", [
    "Huyện có 10 xã, trong đó 4 xã đạt chuẩn nông thôn mới, các xã là: Mường Mô, Hua Bum, Nậm Manh, Nậm Chà.",
    # the town and some communes, the subject of a clause that goes on: not the 10's names
    "Huyện có 1 thị trấn và 10 xã. Năm 2023, thị trấn Nậm Nhùn và các xã Mường Mô, Hua Bum được công nhận đạt "
    "chuẩn nông thôn mới.",
])
def test_names_that_are_not_the_count_s(text: str) -> None:
    assert "10" not in _lists(text)
    assert errors(passage(text)) == []
