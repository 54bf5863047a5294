"""A scanned name's tone mark or capital read back the way the same document prints it elsewhere.

The strings are names as Tesseract (OCR v49) read them on development scans, beside the document's
other names as read:
- seed 23340 (and 25660) prints "(trong đó năm 2025 chi cho chuyển đổi số ...)"; OCR read "chỉ cho"
  while three other names print "chi cho" (``read_speck_as_printed``);
- seed 26410 prints "Kinh phí chi cho nghiên cứu phát triển (R&D)"; OCR read "chí cho" (and "chì
  cho" in another name), two other names "chi cho";
- seed 26170 prints "... tiếp cận dịch vụ số trong y tế ..."; OCR read "dịch vụ Số" while the next
  name prints "dịch vụ số" (``small_as_printed``).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.model import Row, Table
from extractor.ocr_document_names import read_as_printed_elsewhere, read_speck_as_printed, small_as_printed
from extractor.ocr_lexicon import marks_read_apart
from extractor.ocr_names import names_by_document, names_by_words
from normalizers.names import indicator_key

# Dev scan v23340's names (abridged to the phrases that matter), as OCR read them.
V23340 = [
    "Tỷ lệ chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (trong đó "
    "năm 2025 chỉ cho chuyển đổi số tối thiểu từ 1%) trong tổng chi ngân sách địa phương",
    "Tỷ lệ chi cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong GRDP",
    "Kinh phí chi cho nghiên cứu phát triển (R&D)",
    "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)",
]
# Dev scan v26410's, as read.
V26410 = [
    "Tỷ lệ chi ngân sách địa phương cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (trong đó "
    "năm 2025 chi cho chuyển đổi số tối thiểu từ 1%) trong tổng chi ngân sách địa phương",
    "Tỷ lệ chì cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong GRDP",
    "Kinh phí chí cho nghiên cứu phát triển (R&D)",
    "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)",
]
# Dev scan v26170's, as read.
V26170 = [
    "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ Số trong y tế, giáo dục, bảo hiểm, giao thông",
    "Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số (chăm sóc sức khỏe từ xa, học trực tuyến "
    "nâng cao, giao dịch tài chính số,.. .)",
    "Chỉ số chuyển đổi số cấp huyện",
]


def test_a_speck_read_as_a_tone_mark_is_read_as_the_document_prints_it_beside_the_same_neighbour() -> None:
    out = read_speck_as_printed(V23340)
    assert out[0] == (V23340[0].replace("chỉ cho", "chi cho"), [("chỉ", "chi")])
    assert [changed for _, changed in out[1:]] == [[], [], []]
    out = read_speck_as_printed(V26410)
    assert out[2] == ("Kinh phí chi cho nghiên cứu phát triển (R&D)", [("chí", "chi")])
    # A grave is no speck the model reads over a toneless syllable: "chì cho" stays as read.
    assert out[1][1] == []


def test_a_tone_mark_stays_without_two_other_copies_or_where_the_document_prints_it_too() -> None:
    # Beside "chi cho" once only (v25430: one other name): one copy is no evidence.
    names = ["Trên 50% đơn vị sự nghiệp công lập đảm bảo chí thường xuyên từ 10% trở lên",
             "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu phát triển (R&D)"]
    assert [changed for _, changed in read_speck_as_printed(names)] == [[], []]
    # The document prints the reading as read beside the same neighbour elsewhere too: printed so.
    names = ["chỉ cho xã", "chỉ cho huyện", "chi cho xã", "chi cho huyện"]
    assert [changed for _, changed in read_speck_as_printed(names)] == [[], [], [], []]
    # A capitalised syllable may be a place's name; one that makes a dictionary word stays.
    names = ["xã Chí Cho", "chi cho xã", "chi cho huyện", "chỉ tiêu cho xã"]
    assert [changed for _, changed in read_speck_as_printed(names)] == [[], [], [], []]


# Dev scan v20260's two names that print "kinh phí chi cho" (v29990 reads the same), as read: one
# copy each way, and no other name prints "chi" or "chí" beside "phí" or "cho".
V20260 = ["Kinh phí chi cho nghiên cứu phát triển (R&D)",
          "Tỷ trọng kinh phí từ xã hội trên kinh phí chí cho nghiên cứu phát triển (R&D)"]


def test_of_two_copies_the_one_without_the_acute_a_speck_reads_as_is_the_printed_one() -> None:
    read = read_as_printed_elsewhere(V20260)
    assert read[0] == (V20260[0], [])
    assert read[1] == (V20260[1].replace("chí cho", "chi cho"), [("chí", "chi")])


def test_a_lone_copy_decides_no_hook_and_no_capital() -> None:
    # The model loses a printed hook more often than it reads one over nothing ("đảng số" read "đang
    # số", 8 dev variants): two copies that differ by a hook stay as read, as do capitals (names).
    for names in (["hệ thống đảng số, chính quyền số", "xây dựng hệ thống đang số, chính quyền"],
                  ["Kinh phí Chí cho nghiên cứu", "Tỷ trọng kinh phí Chi cho nghiên cứu"]):
        assert [changed for _, changed in read_as_printed_elsewhere(names)] == [[], []]


@given(st.lists(st.sampled_from(["chi cho", "Tỷ lệ chi", "kinh phí", "số hộ", "tổng chi", "xã Sơn", "năm 2025"]),
                min_size=1, max_size=6))
def test_names_read_with_no_acute_and_no_hook_are_never_changed(parts: list[str]) -> None:
    names = [" ".join(parts[: i + 1]) for i in range(len(parts))]
    assert [name for name, _ in read_speck_as_printed(names)] == names


def test_a_capital_that_looks_like_its_small_letter_is_put_small_where_the_document_prints_it_so() -> None:
    out = small_as_printed(V26170)
    assert out[0] == (V26170[0].replace("vụ Số", "vụ số"), [("Số", "số")])
    assert [changed for _, changed in out[1:]] == [[], []]
    # A proper name (its next syllable capitalised too, or making a word with it), one the document
    # capitalises inside another name, or one it prints small fewer than twice elsewhere, stays.
    for names in (["Số hộ tại xã Sơn Thủy", "sơn tường", "màu sơn"],
                  ["dịch vụ Số trong y tế", "dịch vụ số", "chuyển đổi số", "có Số sức khỏe"],
                  ["dịch vụ Số trong y tế", "dịch vụ số"],
                  # dev scan v28720: "Chính phủ" is an institution's name, and "chính phủ" a word.
                  ["kết nối với Hệ thống thông tin báo cáo Chính phủ", "tài chính số", "chính quyền số"]):
        assert small_as_printed(names)[0][1] == []


def test_the_document_pass_changes_only_the_scanned_rows_and_says_why() -> None:
    rows = [Row(document="v.pdf", index=i, indicator=n, key=indicator_key(n), cells=(), table=i) for i, n in enumerate(V23340)]
    layer = "Tỷ lệ chí cho xã"  # read from a text layer: printed so, never changed
    rows.append(Row(document="v.pdf", index=4, indicator=layer, key=indicator_key(layer), cells=(), table=4))
    tables = [Table(number=i, title=None, columns=(), method=m)
              for i, m in enumerate(["ocr-words", "ocr", "ocr", "ocr", "pdfplumber"])]
    out = names_by_document(rows, tables)
    assert out[0].indicator == V23340[0].replace("chỉ cho", "chi cho") and out[0].repaired
    assert out[0].key == indicator_key(out[0].indicator) and "speck" in out[0].notes[-1]
    assert out[4] is rows[4]


def test_a_hat_and_tone_read_apart_as_a_quote_are_put_back_on_the_syllable() -> None:
    # Dev scans v26820 and v28560: "trên tổng số TTHC" read "trên tổng so “ TTHC".
    read = "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng so “ TTHC có đủ điều kiện"
    assert marks_read_apart(read) == (read.replace("so “ ", "số "), [("so", "số")])
    rows = [Row(document="v.pdf", index=0, indicator=read, key=indicator_key(read), cells=(), table=0)]
    [row] = names_by_words(rows)
    assert row.indicator == read.replace("so “ ", "số ") and "quote" in row.notes[-1]
    # A quote with its pair, one against a syllable, after a word as read or a marked syllable, stays.
    for text in ("thuộc diện “ phi tiếp xúc”", "thuộc diện “phi tiếp xúc", "so sánh “ TTHC", "trên tổng số “ TTHC",
                 "trên tổng sô “ TTHC"):
        assert marks_read_apart(text) == (text, [])
