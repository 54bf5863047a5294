"""Junk OCR read at a name's opening, read as the word the table's names open with
(``extractor.ocr_openings.junk_at_opening``, run by ``extractor.ocr_names.names_by_words``). The
names are what the reader made of development scans v23080, v24000, v23580 and v23700 (OCR v49);
what they are read back to is what the seeds print."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.model import Row
from extractor.ocr_names import names_by_words
from extractor.ocr_openings import junk_at_opening
from normalizers.names import indicator_key

# v23080 table 1 as read: a letter doubled at one name's opening.
V23080 = [
    "Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”",
    "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
    "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện",
    "TTỷ lệ hồ sơ TTHC xử lý trực tuyến",
    "Tỷ lệ sử dụn dịch vụ công trực tuyến của người dân và doanh nghiệp",
    "Tỷ lệ cấp kết quả giải quyết TTHC điện tử",
]
# v24000 table 1 (part) as read: two letters of the margin's junk before one name's opening.
V24000 = [
    "Kinh phí chi cho nghiên cứu phát triển (R&D)",
    "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)",
    "Tỷ lệ cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số căn bản",
    "Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 tháng nghiệm thu",
    "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo",
    "Chỉ số chuyển đổi số cấp huyện",
    "Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”",
    "SP Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa",
    "Tỷ lệ hồ sơ TTHC xử lý trực tuyến",
]


def _rows(names: list[str]) -> list[Row]:
    return [Row(document="d", index=i, indicator=n, key=indicator_key(n), cells=()) for i, n in enumerate(names)]


def test_a_doubled_letter_or_junk_before_the_table_s_opening_word_is_read_as_that_word() -> None:
    read = [r.indicator for r in names_by_words(_rows(V23080))]
    assert read[3] == "Tỷ lệ hồ sơ TTHC xử lý trực tuyến"
    assert read[:3] + read[4:] == V23080[:3] + V23080[4:]
    rows = names_by_words(_rows(V24000))
    assert rows[7].indicator == "Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa"
    assert rows[7].key == indicator_key("Tỷ lệ hồ sơ, kết quả giải quyết TTHC được số hóa")
    assert any("SP Tỷ" in note for note in rows[7].notes)
    assert [r.indicator for i, r in enumerate(rows) if i != 7] == [n for i, n in enumerate(V24000) if i != 7]


def test_a_first_syllable_misread_with_a_stray_mark_after_it_is_read_as_the_table_s_opening() -> None:
    # v23580: "Tỷ" read "ý,"; v23700: "Tỷ" read "kệ:" (their names lost other words too).
    names = [*V23080[:3], "ý, lệ cấp kết quả giải quyết TTHC điện"]
    assert junk_at_opening(names)[3] == ("Tỷ lệ cấp kết quả giải quyết TTHC điện", [("ý,", "Tỷ")])
    names = [*V23080[:3], "kệ: lệ dịch vụ công trực tuyến toàn trình trên ng số TTHC có đủ điều kiện"]
    assert junk_at_opening(names)[3][0] == "Tỷ lệ dịch vụ công trực tuyến toàn trình trên ng số TTHC có đủ điều kiện"


def test_names_that_open_with_a_word_of_their_own_or_a_table_with_no_habit_are_left_as_read() -> None:
    # Two names alike are no habit; a word of the name's own ("Tỉ lệ", "Số lượng"), a syllable
    # with no stray mark ("Tý lệ" is for the tone repairs), a section's numeral, an acronym of
    # four letters, and a word after junk that is not the table's are all left alone.
    assert not any(c for _, c in junk_at_opening(["Tỷ lệ hộ nghèo", "Tỷ lệ che phủ rừng", "TTỷ lệ hồ sơ"]))
    names = [*V23080[:3], "Tỉ lệ hộ nghèo", "Tý lệ hộ", "II Tỷ lệ hộ nghèo", "GRDP Tỷ lệ", "SP Số lượng", "Số lượng"]
    assert junk_at_opening(names)[3:] == [(n, []) for n in names[3:]]
    # Two words open as many names each: neither is the table's.
    names = ["Tỷ lệ hộ nghèo", "Tỷ lệ che phủ rừng", "Số lượng xã", "Số lượng hộ", "TTỷ lệ hồ sơ"]
    assert junk_at_opening(names)[4] == ("TTỷ lệ hồ sơ", [])


_SYLLABLE = st.sampled_from(["Tỷ", "lệ", "hồ", "sơ", "Số", "xã", "đạt", "chuẩn", "SP", "TT", "ý", "kệ", "dân"])


@given(st.lists(st.lists(_SYLLABLE, min_size=1, max_size=6).map(" ".join), max_size=8))
def test_only_a_name_s_opening_changes_and_the_rest_is_kept(names: list[str]) -> None:
    out = junk_at_opening(names)
    assert len(out) == len(names)
    for name, (text, changed) in zip(names, out, strict=True):
        if not changed:
            assert text == name
            continue
        # The name's words after its junk and the word's second syllable are kept as read.
        kept = len(name.split()) - 2
        assert kept > 0 and text.split()[-kept:] == name.split()[-kept:]
        assert len(text.split()) in (len(name.split()), len(name.split()) - 1)
