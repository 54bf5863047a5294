"""The rest of a whole after what was done with part of it (issue 12).

"có W …; đã làm P …, còn lại N …" states W − P = N. Sentences written for these tests, own wording and
figures; the part opens with a deed ("đã", "được", "giải ngân" …) or follows "trong đó".
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _differences(text: str) -> list[tuple[str, str, str]]:
    """whole, done, rest: as a difference, or as a total with its two parts (the same arithmetic)."""
    doc = passage(text)
    out = [(printed(doc, r, "minuend")[0], printed(doc, r, "subtrahend")[0], printed(doc, r, "difference")[0])
           for r in relations(doc, "difference")]
    for kind in ("count_sum", "partition"):
        for r in relations(doc, kind):
            parts = printed(doc, r, "part")
            if len(parts) == 2:
                out.append((printed(doc, r, "total")[0], parts[0], parts[1]))
    return out


@pytest.mark.parametrize(("text", "want"), [
    ("Huyện có 312 hồ sơ đề nghị cấp giấy chứng nhận, đã cấp 248 hồ sơ, còn lại 64 hồ sơ đang thẩm định.",
     ("312", "248", "64")),
    ("Năm 2023 có 420 hộ đăng ký vay vốn; đã giải ngân cho 310 hộ với 9,3 tỷ đồng, số còn lại 110 hộ đang chờ duyệt.",
     ("420", "310", "110")),
    ("Tổng số 1.250 lao động được đào tạo nghề, được giới thiệu việc làm 870 lao động, còn lại là 380 lao động tự tạo "
     "việc làm.", ("1.250", "870", "380")),
])
def test_the_rest_after_a_deed(text: str, want: tuple[str, str, str]) -> None:
    assert _differences(text) == [want] and errors(passage(text)) == []


def test_a_rest_that_does_not_recompute_is_an_error() -> None:
    (f,) = errors(passage("Năm 2023 có 420 hộ đăng ký vay vốn; đã giải ngân cho 310 hộ, số còn lại 120 hộ đang chờ duyệt."))
    assert (f.kind, f.reported, f.expected) == ("sum_mismatch", "120", "110")


@pytest.mark.parametrize("text", [
    # kinds listed, not a deed: the last is one more kind, not a rest
    "Tổng đàn trâu 5.000 con, bò 3.000 con, còn lại 2.500 con lợn.",
    # a third figure of the quantity: which two make the rest is not said
    "Có 420 hộ đăng ký, 35 hộ rút hồ sơ, đã giải ngân cho 310 hộ, còn lại 75 hộ đang chờ.",
    # the rest is larger than the whole: another whole
    "Có 120 hộ thoát nghèo, đã hỗ trợ 35 hộ, còn lại 1.200 hộ nghèo.",
])
def test_figures_beside_a_rest_that_are_not_its_whole(text: str) -> None:
    assert relations(passage(text), "difference") == [] and errors(passage(text)) == []
