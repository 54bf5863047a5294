"""A figure glued to its unit still votes for its passage's number style (issue 12, round 35).

kim-thanh-hai-duong_3 (wave 33) prints "Quốc lộ 17B dài 14,5km …, tỉnh lộ 389 dài 1,5km", "từ 1.500mm đến 1.700mm",
one source quirk "115.64 km2" and "diện tích canh tác là 14.552 ha". The style vote skipped every figure with letters
glued to it, so the one "115.64" called the passage English-style and "14.552 ha" read 14,552: the farm land that
exceeds the district (145,52 km² against 115,64 km²) drew nothing. A unit the tokenizer knows glued ("km", "mm",
"ha") is no code; letters it does not know ("17B", "3.5G") still keep the figure out of the vote.
"""

from __future__ import annotations

from pathlib import Path

from extractor.documents import _body_style, file_to_document
from extractor.textrender import text_to_content
from tests.test_prose_links import errors, sums

KIM_THANH = (
    "Huyện được bao bọc bởi các sông với chiều dài bao quanh 55km; có đường sắt và Quốc lộ 5 đi qua với chiều dài "
    "16km, Quốc lộ 17B dài 14,5km nối với An Dương – Hải Phòng, tỉnh lộ 389 dài 1,5km nối với Đông Triều, Quảng Ninh. "
    "Nhiệt độ trung bình là 23oC; độ ẩm trung bình hằng năm từ 78 đến 87%; lượng mưa trung bình hằng năm từ 1.500mm "
    "đến 1.700mm. Kim Thành có diện tích tự nhiên 115.64 km2, trong đó diện tích canh tác là 14.552 ha, còn lại là "
    "diện tích thổ cư, ao hồ và kênh rạch."
)


def style_of(text: str) -> str | None:
    return _body_style(list(text_to_content(text).lines))


def test_glued_units_vote() -> None:
    assert style_of(KIM_THANH) == "vi"
    assert style_of("Quốc lộ dài 14,5km và tỉnh lộ dài 1,5km; lượng mưa 1.500mm.") == "vi"


def test_glued_codes_do_not_vote() -> None:
    # "3.5G", "1.2a": letters no unit reader knows make a code, no figure (one "48.1" is all that votes)
    assert style_of("Mạng 3.5G phủ 1.2a xã; tỷ lệ đạt 48.1 điểm.") == style_of("Tỷ lệ đạt 48.1 điểm.")


def test_kim_thanh_farm_land_exceeds_the_district(tmp_path: Path) -> None:
    # read as the CLI reads a file, so the passage's own style decides "14.552"
    path = tmp_path / "kim-thanh.txt"
    path.write_text(f"UBND HUYỆN KIM THÀNH – TỈNH HẢI DƯƠNG\n\n{KIM_THANH}\n", encoding="utf-8")
    doc = file_to_document(path)
    assert sums(doc, "subset") == [("115.64", ["14.552"])]
    assert [f for f in errors(doc) if "14.552" in f.message]
