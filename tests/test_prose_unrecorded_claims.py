"""Errors the tool raised on relations the truth does not hold (issue 12, findings13), each judged by hand
(golden/prose/unrecorded_verdicts.md) and, when false, fixed at its cause. Each test: the real sentence, two
re-wordings, and the same construction with figures that do not agree, which must still be an error.
"""

from __future__ import annotations

from extractor.model import Document
from tests.test_prose_counted_names import _counts
from tests.test_prose_links import errors, passage


def _count_lists(text: str) -> list[tuple[str, int]]:
    doc: Document = passage(text)
    return _counts(doc)


# ---------------------------------------------------------------------------------------------
# ly-nhan-ha-nam_3: "là" after a status says what the counted things are, not which they are


def test_a_status_after_la_is_no_list_of_names() -> None:
    real = ("Huyện có 13 trường (11 trường tiểu học và 2 trường trung học cơ sở) đạt chuẩn quốc gia; 58 làng và 56 đơn "
            "vị được công nhận là làng văn hóa, đơn vị văn hóa, trong đó cấp tỉnh 48 làng và 43 đơn vị, cấp huyện 10 "
            "làng và 13 đơn vị.")
    assert _count_lists(real) == [] and errors(passage(real)) == []
    reworded = ("Toàn huyện có 42 thôn và 17 cơ quan được công nhận là thôn văn hóa, đơn vị văn hóa.",
                "Đến nay 9 xã đạt danh hiệu là xã nông thôn mới, xã an toàn khu.")
    for text in reworded:
        assert _count_lists(text) == [] and errors(passage(text)) == [], text


def test_names_after_la_are_still_counted() -> None:
    assert _count_lists("Huyện có 2 xã được công nhận là xã Tân Phú và xã Tân Bình.") == [("2", 2)]
    (f,) = errors(passage("Huyện có 3 xã được công nhận là xã Tân Phú và xã Tân Bình."))
    assert f.reported == "3"
    (f,) = errors(passage("Có 4 dân tộc chính là Kinh, Tày và Nùng."))
    assert f.reported == "4"
