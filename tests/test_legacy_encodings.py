"""Vietnamese text in the legacy font encodings (TCVN3/ABC, VNI) read as Unicode.

The tables are checked three ways: strings published by others in each encoding (converter
projects' own examples), every line of the seeds written in each encoding by the test encoders of
tests/hostile.py (TCVN3 by its byte table, VNI spelled from each letter's parts, not from the
decoder's table), and any text of Vietnamese letters (hypothesis).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalizers.legacy_encodings import decode_tcvn3, decode_vni, legacy_encoding
from tests import hostile
from tests.test_bad_input import _cp1258_decomposed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus").glob("0*.txt"))


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("hép møt tÕt", "hộp mứt tết"),
    ("Xin chµo, ®©y lµ mét dßng ch÷ bÞ lçi font", "Xin chào, đây là một dòng chữ bị lỗi font"),
    ("Tæng s¶n l­îng l­¬ng thùc ®¹t 41.160 tÊn", "Tổng sản lượng lương thực đạt 41.160 tấn"),
    ("B¸O C¸O KÕT QU¶ THùC HIÖN", "BÁO CÁO KẾT QUẢ THỰC HIỆN"),  # .VnTimeH capitals: small letters' bytes
    ("ñy ban nh©n d©n huyÖn Tam §­êng", "Ủy ban nhân dân huyện Tam Đường"),
    ("Sè 641-BC/HU", "Số 641-BC/HU"),  # one capital among acronyms: not a line in capitals
])
def test_tcvn3_strings_read_as_unicode(legacy: str, unicode: str) -> None:
    assert decode_tcvn3(legacy.encode("latin-1")) == unicode


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),
    ("Toång saûn löôïng löông thöïc ñaït 41.160 taán", "Tổng sản lượng lương thực đạt 41.160 tấn"),
    ("BAÙO CAÙO KEÁT QUAÛ THÖÏC HIEÄN", "BÁO CÁO KẾT QUẢ THỰC HIỆN"),
    ("UÛy ban nhaân daân huyeän Tam Ñöôøng; tyû leä hoä ngheøo", "Ủy ban nhân dân huyện Tam Đường; tỷ lệ hộ nghèo"),
    ("hoïc sinh, hieän, kyû, ñaàu, möôïn, thuûy, thaêm, Ñaék Laék", "học sinh, hiện, kỷ, đầu, mượn, thủy, thăm, Đắk Lắk"),
])
def test_vni_strings_read_as_unicode(legacy: str, unicode: str) -> None:
    assert decode_vni(legacy.encode("cp1252")) == unicode


def _seed_lines() -> list[str]:
    return [line for seed in SEEDS for line in unicodedata.normalize("NFC", seed.read_text(encoding="utf-8")).split("\n")]


def test_every_seed_line_in_vni_reads_back_exactly() -> None:
    lines = _seed_lines()
    assert len(lines) > 2000
    assert [decode_vni(hostile.vni_bytes(line)) for line in lines] == lines


def test_seed_lines_in_tcvn3_read_back_with_every_letter_and_tone_and_nearly_every_capital() -> None:
    """TCVN3 has no codes for capitals with tone marks: the letters and tones come back exactly,
    the case of those capitals is guessed (words in capitals, a sentence's first letter, 'Ủy ban').
    Measured: 2,725 of 2,730 seed lines exactly; the five others are 'chủ/Ứng', 'Ủy viên' and an
    'ủy ban' printed small."""
    lines = [line for line in _seed_lines() if b"?" not in hostile.tcvn3_bytes(line) or "?" in line]
    read = [decode_tcvn3(hostile.tcvn3_bytes(line)) for line in lines]
    assert [r.lower() for r in read] == [line.lower() for line in lines]
    exact = sum(r == line for r, line in zip(read, lines, strict=True))
    assert exact >= 0.998 * len(lines), (exact, len(lines))


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_which_legacy_encoding_a_seed_is_written_in(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    assert legacy_encoding(hostile.tcvn3_bytes(text)) == "TCVN3"
    assert legacy_encoding(hostile.vni_bytes(text)) == "VNI"
    assert legacy_encoding(_cp1258_decomposed(text)) is None  # what the same text is in Windows-1258


_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxy" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_TEXT = st.text(alphabet=st.sampled_from(_LETTERS + _LETTERS.upper() + " ,.;:%()-/0123456789\t"), max_size=80)


@given(_TEXT)
def test_any_vietnamese_text_in_vni_reads_back_exactly(text: str) -> None:
    assert decode_vni(hostile.vni_bytes(text)) == text


@given(_TEXT)
def test_any_vietnamese_text_in_tcvn3_reads_back_but_for_the_case_of_toned_capitals(text: str) -> None:
    assert decode_tcvn3(hostile.tcvn3_bytes(text)).lower() == text.lower()
