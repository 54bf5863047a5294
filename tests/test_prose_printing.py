"""How figures and units are printed: glued units, "km2" after a slash, a legacy font's letters (issue 12).

Sentences written for these tests, own figures. A density "người/km2" over an area in hectares is
per 100 ha; read as "người" alone it was a false error.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


@pytest.mark.parametrize("text", [
    "Diện tích tự nhiên của huyện là 31.240,5 ha; dân số năm 2022 là 121.600 người; mật độ dân số 389 người/km2.",
    "Diện tích tự nhiên của huyện là 31.240,5ha; dân số năm 2022 là 121.600 người; mật độ dân số 389người/km2.",
    "Huyện có diện tích tự nhiên 31.240,5 ha, dân số 121.600 ngƣời, mật độ dân số là 389 ngƣời/km2.",
    "Diện tích tự nhiên 312,405 km2, dân số 121.600 người, mật độ 389 người/km2.",
])
def test_a_density_per_square_kilometre_over_an_area_in_hectares(text: str) -> None:
    doc = passage(text)
    (rel,) = relations(doc, "per_capita")
    assert (printed(doc, rel, "total"), printed(doc, rel, "rate")) == (["121.600"], ["389"])
    assert errors(doc) == []


def test_a_density_that_does_not_recompute() -> None:
    (f,) = errors(passage("Huyện có diện tích tự nhiên 31.240,5 ha, dân số 121.600 ngƣời, mật độ dân số là 398 ngƣời/km2."))
    assert (f.kind, f.reported) == ("ratio_mismatch", "398")


def test_the_legacy_letter_is_read_as_u_horn() -> None:
    doc = passage("Số ngƣời tham gia bảo hiểm y tế 96.300 ngƣời.")
    assert [r.unit for r in doc.rows] == ["người"]
