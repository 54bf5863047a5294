"""A count's rate whose whole is found by its words, not by the rate agreeing with it (issue 12).

A whole taken only when the rate recomputes on it is read on consistent text and lost exactly when a
figure is wrong. Each case reads a reworded real passage twice: as printed (the rate agrees, no error)
and with one figure changed, as the planted copies change it (the same relation, now an error).
"""

from __future__ import annotations

import pytest

from reconcile.engine.relations import document_relations
from tests.test_prose_links import errors, passage, printed


def _shares(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return sorted((printed(doc, r, "part")[0], printed(doc, r, "total")[0], printed(doc, r, "share")[0])
                  for r in document_relations(doc) if r.kind == "share")


# households "dân cư" printed after their count: every household, the whole of the poor ones (ha-hoa, thanh-son)
RESIDENTS = ("Năm 2016, Hạ Hòa có 32.980 hộ dân cư; hộ nghèo 4.359 hộ, tỉ lệ {}%; hộ cận nghèo 3.148 hộ, tỉ lệ 9.55%.")
RESIDENTS_APART = ("Huyện Thanh Sơn có 32.453 hộ dân cư. Sau rà soát, huyện còn 5.159 hộ nghèo, tỉ lệ 15.90%, và "
                   "4.339 hộ cận nghèo, tỉ lệ {}%.")
# poor and near-poor households are two classes: the first count is no whole of the second (yen-lap)
SIBLING = ("Tổng số hộ dân cư của huyện Yên Lập là 24.217 hộ. Số hộ nghèo được phê duyệt là 5.128 hộ (tỉ lệ 21.18%); "
           "số hộ cận nghèo 3.024 hộ (tỉ lệ {}%).")


@pytest.mark.parametrize(("text", "right", "wrong", "part", "whole"), [
    (RESIDENTS, "13.22", "13.25", "4.359", "32.980"),
    (RESIDENTS_APART, "13.37", "13.34", "4.339", "32.453"),
    (SIBLING, "12.49", "12.42", "3.024", "24.217"),
])
def test_a_changed_rate_keeps_its_whole(text: str, right: str, wrong: str, part: str, whole: str) -> None:
    assert (part, whole, f"{right}%") in _shares(text.format(right))
    assert errors(passage(text.format(right))) == []
    assert (part, whole, f"{wrong}%") in _shares(text.format(wrong))
    (f,) = errors(passage(text.format(wrong)))
    assert part in f.message and whole in f.message

