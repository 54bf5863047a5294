"""Every public normalizer takes any string without raising (the layer's promise to the extractor)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalizers.labels import canonical_label
from normalizers.names import clean_indicator, indicator_key, similarity
from normalizers.numbers import infer_style, parse_value, parse_values
from normalizers.places import find_mentions, resolve_document_place
from normalizers.text import drop_format_tags, fold, footnote_markers, strip_markup
from normalizers.units import find_unit, parse_unit

# Text drawn from the alphabet reports are made of, plus anything at all.
REPORT_CHARS = st.sampled_from(list("0123456789.,/%‰-–<>≥ ()[]:;\t\n") + list("aăâđeêioôơuưyÀÁẠẢÃĐxãhuyệnTamĐườngtỷđồngtấnha"))
TEXTS = st.one_of(st.text(REPORT_CHARS, max_size=60), st.text(max_size=60))

ONE_STRING: dict[str, Callable[[str], object]] = {
    "parse_value": parse_value,
    "parse_unit": parse_unit,
    "find_unit": find_unit,
    "canonical_label": canonical_label,
    "indicator_key": indicator_key,
    "clean_indicator": clean_indicator,
    "find_mentions": find_mentions,
    "resolve_document_place": resolve_document_place,
    "strip_markup": strip_markup,
    "drop_format_tags": drop_format_tags,
    "fold": fold,
    "footnote_markers": footnote_markers,
    "infer_style": lambda s: infer_style(s.split()),
    "parse_values": lambda s: parse_values(s.split("\t")),
    "similarity": lambda s: similarity(s, s[::-1]),
}


@pytest.mark.parametrize("name", sorted(ONE_STRING))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_public_normalizer_takes_any_string(name: str, text: str) -> None:
    ONE_STRING[name](text)


@pytest.mark.slow
@settings(max_examples=100_000, deadline=None)
@given(text=TEXTS)
def test_every_public_normalizer_takes_100000_strings(text: str) -> None:
    for function in ONE_STRING.values():
        function(text)
