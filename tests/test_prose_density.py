"""Densities printed with a superscript unit or hedged figures (issue 12, wave-6 first contact).

"người/km²" was read as "người" and the density was recomputed without converting hectares: a
consistent density became a false error. Sentences written for these tests, own wording and figures.
"""

from __future__ import annotations

import pytest

from tests.test_prose_links import errors, passage, printed, relations


def _density(text: str) -> list[tuple[str, str, str]]:
    doc = passage(text)
    return [(printed(doc, r, "total")[0], printed(doc, r, "base")[0], printed(doc, r, "rate")[0])
            for r in relations(doc, "per_capita")]


@pytest.mark.parametrize(("text", "rel"), [
    ("Diện tích tự nhiên 52.300 ha, dân số 91.540 người, mật độ dân số 175 người/km², có 18 dân tộc cùng sinh sống.",
     ("91.540", "52.300", "175")),
    ("Huyện rộng 31.870 ha; dân số năm 2022 là 64.020 người; mật độ bình quân 201 người/ km².",
     ("64.020", "31.870", "201")),
    ("Xã có diện tích 2.460 ha, 7.390 nhân khẩu, mật độ dân số khoảng 300 người/km².", ("7.390", "2.460", "khoảng 300")),
])
def test_a_density_per_km2_over_an_area_in_hectares(text: str, rel: tuple[str, str, str]) -> None:
    assert _density(text) == [rel] and errors(passage(text)) == []


def test_a_wrong_density_per_km2_is_an_error_with_the_converted_arithmetic() -> None:
    (f,) = errors(passage("Diện tích tự nhiên 52.300 ha, dân số 91.540 người, mật độ dân số 157 người/km²."))
    assert "175" in f.message and "1,8" not in f.message  # 91.540 / 523 km² = 175,03, not 91.540 / 52.300


@pytest.mark.parametrize(("text", "rel"), [
    ("Tổng diện tích tự nhiên hơn 612,5 km², dân số khoảng 48.300 người; mật độ dân số khoảng 79 người/km².",
     ("khoảng 48.300", "hơn 612,5", "khoảng 79")),
    ("Diện tích tự nhiên trên 405 km², dân số 37.260 người, mật độ 92 người/km².", ("37.260", "trên 405", "92")),
    ("Diện tích tự nhiên 1.120 km², dân số hơn 58.000 người, mật độ dân số 52 người/km².", ("hơn 58.000", "1.120", "52")),
])
def test_a_density_over_hedged_figures(text: str, rel: tuple[str, str, str]) -> None:
    assert _density(text) == [rel] and errors(passage(text)) == []


def test_a_density_far_from_its_hedged_figures_is_an_error() -> None:
    (f,) = errors(passage("Diện tích tự nhiên trên 405 km², dân số 37.260 người, mật độ 129 người/km²."))
    assert "trên 405" in f.message


@pytest.mark.parametrize("text", [
    # a harvest printed as a bound is no season's harvest to divide
    "Cây chè 1.850 ha, năng suất bình quân 95 tạ/ha, sản lượng hằng năm hơn 14.000 tấn.",
    "Lúa cả năm 6.300 ha, năng suất 58 tạ/ha, sản lượng trên 30.000 tấn.",
])
def test_a_yield_is_not_recomputed_from_a_bound(text: str) -> None:
    assert relations(passage(text), "per_capita") == [] and errors(passage(text)) == []
