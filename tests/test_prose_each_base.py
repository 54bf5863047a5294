"""A rate whose base is named before its figure, after "mỗi" ("bình quân mỗi hộ có 3,14 khẩu"), issue 12.

The development sentence (ly-nhan-ha-nam_2) and a rewording written for this file (other figures, nouns
and verbs), each consistent and with the rate broken.
"""

from __future__ import annotations

from tests.test_prose_links import errors, passage, printed, relations


def _rates(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "per_capita")]


DEV = ("Tổng số lao động của huyện là 104.740 người; lao động nông nghiệp 66.373 người, chiếm 63,37%, lao động phi "
       "nông nghiệp 38.367 người, chiếm 36,63%. Tính với 177.600 nhân khẩu và 56.580 hộ, bình quân mỗi hộ có {a} khẩu "
       "và {b} lao động.")
REWORDED = "Năm 2020 xã có 5.120 lao động. Xã có 12.400 nhân khẩu với 3.100 hộ; bình quân mỗi hộ có {a} nhân khẩu và {b} lao động."


def test_the_base_after_each_and_the_figure_joined_by_and() -> None:
    text = DEV.format(a="3,14", b="1,85")
    assert _rates(text) == [("177.600", "56.580", "3,14"), ("104.740", "56.580", "1,85")]
    assert errors(passage(text)) == []
    text = REWORDED.format(a="4,0", b="1,65")
    assert _rates(text) == [("12.400", "3.100", "4,0"), ("5.120", "3.100", "1,65")]
    assert errors(passage(text)) == []


def test_a_wrong_rate_after_each_is_an_error() -> None:
    (f,) = errors(passage(DEV.format(a="3,41", b="1,85")))
    assert f.reported == "3,41" and "3,14" in f.message
    (f,) = errors(passage(REWORDED.format(a="4,0", b="1,95")))
    assert f.reported == "1,95"
