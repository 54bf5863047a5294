"""A change printed in another scale of its levels' unit (issue 12, round 30: luc-ngan-bac-giang_1, "ước thu
được 3.282 tỷ đồng … (năm 2018 … 2.260 tỷ đồng) … tăng hơn 1 nghìn tỷ đồng so với năm 2018").

The difference check took |a − b| in the levels' unit against the change as printed, so a change in "nghìn tỷ
đồng", "triệu đồng" or "ha" of levels in "tỷ đồng" or "km2" was a false error ("3,282 − 2,26 = 1, reported
1.022"). The levels' difference is now converted into the change's unit, as a share's part is into its whole's.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage
from tests.test_prose_links import text_triples as _triples

ROLES = ("minuend", "subtrahend", "difference")

WORDINGS = [
    # (text with {d} for the change, the right change, the later level, the earlier level)
    ("Giá trị vụ vải năm 2018 là 2.260 tỷ đồng, năm 2019 là 3.282 tỷ đồng; năm 2019 tăng {d} nghìn tỷ đồng so "
     "với năm 2018.", "1,022", "3.282", "2.260"),
    ("Thu ngân sách năm 2018 là 2,26 tỷ đồng, năm 2019 là 3,282 tỷ đồng; năm 2019 tăng {d} triệu đồng so với "
     "năm 2018.", "1.022", "3,282", "2,26"),
    ("Diện tích rừng năm 2015 là 12,5 km2, năm 2020 là 13,1 km2; năm 2020 tăng {d} ha so với năm 2015.",
     "60", "13,1", "12,5"),
]


@pytest.mark.parametrize(("text", "change", "later", "earlier"), WORDINGS)
def test_a_change_in_another_scale_is_converted(text: str, change: str, later: str, earlier: str) -> None:
    doc = passage(text.format(d=change))
    assert (later, earlier, change) in _triples(text.format(d=change), "difference", ROLES)
    assert errors(doc) == []


@pytest.mark.parametrize(("text", "change", "later", "earlier"), WORDINGS)
def test_a_slip_in_a_change_in_another_scale_is_an_error(text: str, change: str, later: str, earlier: str) -> None:
    slip = change.replace(change[0], "8", 1) if change[0] != "8" else change.replace(change[0], "5", 1)
    (f,) = errors(passage(text.format(d=slip)))
    assert "converted" in f.message and later in f.message and earlier in f.message


def test_a_change_in_a_unit_that_does_not_convert_is_no_difference() -> None:
    """Households are no scale of people: the change is not judged against the population's levels."""
    doc = passage("Dân số năm 2015 là 45.200 người, năm 2020 là 48.700 người; năm 2020 tăng 900 hộ so với năm 2015.")
    assert _triples("Dân số năm 2015 là 45.200 người, năm 2020 là 48.700 người; năm 2020 tăng 900 hộ so với năm 2015.",
                    "difference", ROLES) == []
    assert errors(doc) == []
