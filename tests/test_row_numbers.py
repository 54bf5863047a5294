"""The STT column read as a count (extractor.row_numbers): section and row numbers OCR damaged.

The damaged readings are those OCR gave on dev scans (f10, every 10th of seeds 1000-1999); the
section paths they cost were 41 % of the rows' (58.8 % right before, 76.6 % after).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractor.row_numbers import ROMANS, doubled_letter, repair_numbers, roman_reading
from extractor.rows import grid_to_rows
from tests.grids import text_grid


def _headings(labels: list[str], heads: str) -> list[bool]:
    assert len(heads) == len(labels)
    return [h == "H" for h in heads]


def test_roman_section_numbers_read_as_letters_and_strokes() -> None:
    # v1430: "II" read "H" (its serifs touch), "III" read "1H"; v1330: "I." read "l.".
    assert roman_reading("H") == "II" and roman_reading("1H") == "III" and roman_reading("l.") == "I"
    assert roman_reading("L.") == "I" and roman_reading("H1)") == "III" and roman_reading("M") == "V"
    assert roman_reading("11") is None and roman_reading("B") is None and roman_reading("") is None


def test_a_count_of_sections_puts_back_what_ocr_damaged() -> None:
    # v1430 (ruled, 300 dpi): I / 1 2 _ 8 _ / H / 1 _ 2 _ 3 / 1H / 1 2 3.
    labels = ["I", "1", "2", "", "8", "", "H", "1", "", "2", "", "3", "1H", "1", "2", "3"]
    heads = "HVVVVVHVVVVVHVVV"
    assert repair_numbers(labels, _headings(labels, heads)) == [
        "I", "1", "2", "", "3", "", "II", "1", "", "2", "", "3", "III", "1", "2", "3"
    ]


def test_a_section_letter_read_twice_once_small_is_that_letter() -> None:
    # Dev scans v25860 and v25930: section "V" read "Vv" over rows 16. and 17.; v25660: "C" read "cC"
    # after section B's rows. A figure row's label is left alone: only a heading's is a section's.
    assert doubled_letter("Vv") == "V" and doubled_letter("cC") == "C" and doubled_letter("Xx.") == "X"
    assert doubled_letter("Il") is None and doubled_letter("VV") is None and doubled_letter("ab") is None
    labels = ["IV", "15.", "Vv", "16.", "17."]
    assert repair_numbers(labels, _headings(labels, "HVHVV")) == ["IV", "15.", "V", "16.", "17."]
    labels = ["B", "1", "2", "cC", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHV")) == ["B", "1", "2", "C", "1"]
    assert repair_numbers(["1", "Vv"], [False, False]) == ["1", "Vv"]


def test_a_section_number_read_as_nothing_or_with_a_stroke_less() -> None:
    # v1350: the first heading's "I" unread, "II" read "H", "III" unread (a count starting at 1 again).
    labels = ["", "1", "2", "H", "1", "", "-", "2", "", "1", "2", "", "+"]
    heads = "HVVHVVVVHVVHV"
    assert repair_numbers(labels, _headings(labels, heads))[:9] == ["I", "1", "2", "II", "1", "", "-", "2", "III"]
    # v1950-like: "III" read "II" after "II".
    labels = ["I", "1", "2", "II", "1", "II", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHVHV")) == ["I", "1", "2", "II", "1", "III", "1"]
    # g10 v2710: the first heading's "I" read "1" over rows counted from 1.
    labels = ["1", "1", "2", "3"]
    assert repair_numbers(labels, _headings(labels, "HVVV")) == ["I", "1", "2", "3"]


def test_a_bold_i_read_h_as_the_first_section_number_of_a_table() -> None:
    # g10 (every 10th of 2000-2999): a bold "I" reads "H" as often as "II" does. v2550: "H" then "H"
    # are I and II; v2030: a lone "H" over rows counted from 1 is I; v2470 and v2230 (a page that
    # starts at section II): "H" over rows numbered on from page 1 ("4.", "3.") is II.
    labels = ["H", "1", "2", "3", "", "-", "H", "1", "2"]
    assert repair_numbers(labels, _headings(labels, "HVVVHVHVV"))[::6] == ["I", "II"]
    labels = ["H", "1", "", "+", "2", "3"]
    assert repair_numbers(labels, _headings(labels, "HVHVVV"))[0] == "I"
    labels = ["H", "4.", "5.", "6.", "?Ẻ.", "8."]
    assert repair_numbers(labels, _headings(labels, "HVVVVV")) == ["II", "4.", "5.", "6.", "7", "8."]
    # v2240: "1." read "1L" on a heading of a table numbered 1., 1.1, 1.2: no roman number.
    labels = ["1L", "1.1", "L2", "1.3", "2.", "z1", "2.2"]
    assert repair_numbers(labels, _headings(labels, "HVVVHVV"))[0] == "1L"


def test_row_numbers_that_break_their_count() -> None:
    # v1970: "7." read "?."; v1570: "8" read "B" between 7 and 9; v1070: "1.2" read "12".
    labels = ["A", "1.", "", "2.", "3.", "4.", "5.", "6.", "?.", "8.", ""]
    assert repair_numbers(labels, _headings(labels, "HVVVVVVVVVV"))[8] == "7"
    labels = ["I", "5", "6", "7", "B", "", "-", "9", "10"]
    assert repair_numbers(labels, _headings(labels, "HVVVVHVVV"))[4] == "8"
    labels = ["1", "1.1", "12", "1.3"]
    assert repair_numbers(labels, _headings(labels, "HVVV"))[2] == "1.2"
    # v1960: "5." read "s", the only row between 4 and 6; "7." read "LÀ" between 6 and 8.
    labels = ["V", "1.", "2.", "3.", "4.", "s", "6.", "LÀ", "8."]
    assert repair_numbers(labels, _headings(labels, "HVVVVVVVV")) == [*labels[:5], "5", "6.", "7", "8."]
    # The only row between 6 and 8 is 7 whatever it reads (v13880 "+", v13800 "z" between 1 and 3,
    # v14610 "1,4" and "z3"); a first part "a)" of 6, or two rows between, say nothing of 7.
    labels = ["6", "+", "8", "1.3", "1,4", "1.5", "2.2", "z3", "", "2.4"]
    assert repair_numbers(labels, [False] * 10, ["x"] * 8 + ["", "x"])[1:9] == [
        "7", "8", "1.3", "1.4", "1.5", "2.2", "2.3", ""]
    for labels in (["6", "a)", "8"], ["6", "+", "-", "8"], ["6", "", "+", "8"]):
        assert repair_numbers(labels, [False] * len(labels), ["x"] * len(labels)) == labels


def test_letters_and_printed_counts_are_left_as_they_are() -> None:
    labels = ["A", "1", "2", "B", "1", "C", "1", "D", "E", "F", "G", "H", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHVHVHHHHHV")) == labels
    # A count that skips as printed (rows 5 and 6 of another table) is not "repaired".
    labels = ["I", "1", "2", "5", "6", "II", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVVVHV")) == labels


def test_a_heading_merged_across_the_row_with_its_number_misread_is_a_heading() -> None:
    # g10 v2220 (ruled): "l | Kinh tế | Kinh tế | …" (a merged cell repeated over the columns, "I"
    # read "l") had figures' columns holding words and was no heading: its number went uncounted.
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu giao năm 2024", "Kết quả thực hiện năm 2024"],
        ["l", "Kinh tế", "Kinh tế", "Kinh tế", "Kinh tế"],
        ["1", "Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "100", "100,00"],
        ["H", "Xã hội", "Xã hội", "Xã hội", "Xã hội"],
        ["1", "Tỷ lệ hộ nghèo", "%", "5", "4,5"],
    ]
    result = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0)
    assert [r.section for r in result.rows] == ["I.1", "II.1"]


def _clean_numbering(draw: st.DrawFn) -> tuple[list[str], list[bool]]:
    labels: list[str] = []
    heads: list[bool] = []
    style = draw(st.sampled_from(["roman", "letter", "digit"]))
    for s in range(draw(st.integers(1, 5))):
        labels.append(ROMANS[s] if style == "roman" else "ABCDEFGH"[s] if style == "letter" else f"{s + 1}")
        heads.append(True)
        for r in range(draw(st.integers(0, 6))):
            labels.append(f"{s + 1}.{r + 1}" if style == "digit" else f"{r + 1}{draw(st.sampled_from(['', '.']))}")
            heads.append(False)
            for _ in range(draw(st.integers(0, 2))):
                labels.append(draw(st.sampled_from(["", "-", "+", "a)", "b)"])))
                heads.append(False)
    return labels, heads


@given(st.composite(_clean_numbering)())
def test_a_clean_printed_numbering_is_never_changed(case: tuple[list[str], list[bool]]) -> None:
    # A text layer's numbering is read exactly: nothing to put back.
    labels, heads = case
    assert repair_numbers(labels, heads) == labels


def test_sections_of_rows_follow_the_repaired_numbers() -> None:
    rows = [
        ["TT", "Tên chỉ tiêu", "Đơn vị", "Kết quả thực hiện Năm 2024"],
        ["I", "CHỈ TIÊU KINH TẾ", "", ""],
        ["1", "Số doanh nghiệp công nghệ số", "%", "2,41"],
        ["H", "Văn hóa - Xã hội", "", ""],
        ["1", "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa", "%", "100"],
        ["1H", "CHỈ TIÊU MÔI TRƯỜNG", "", ""],
        ["1", "Tỷ lệ che phủ rừng", "%", "62,90"],
    ]
    result = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0)
    assert [r.section for r in result.rows] == ["I.1", "II.1", "III.1"]


def test_one_reader_of_roman_section_numbers() -> None:
    # Section numbers were read by three patterns ("[IVX]{1,5}", "[IVX]{1,4}" and the names'
    # numbering): "IIII" or "VX" counted as sections in a table, "XVIII" not before a heading.
    from extractor.rows import _section_of
    from normalizers.names import is_roman

    assert [is_roman(t) for t in ("I", "IV", "IX", "XIV", "XVIII", "XXXIX", "IIII", "VX", "IIV", "", "L")] == [
        True, True, True, True, True, True, False, False, False, False, False]
    assert _section_of("XIV.", "Giáo dục", ["A", "XIII", "2"]) == ["A", "XIV"]
    assert _section_of("IIII", "Giáo dục", ["A", "III"]) == ["A", "III"]


def test_row_numbers_read_as_junk_before_a_count_are_put_back_from_it() -> None:
    # Dev scan v7020 (300 dpi, skewed, DejaVu Serif, unruled): "1." read ", lì", "2." "Zì" and
    # "4." "A."; a wrapped line between them carries no number.
    labels = [", lì", "Zì", "", "3.", "A.", "5."]
    assert repair_numbers(labels, [False] * 6) == ["1", "2", "", "3.", "4", "5."]
    # Two junk rows where the count leaves one number: which is which nobody can say.
    labels = ["1.", "Zì", ", lì", "3."]
    assert repair_numbers(labels, [False] * 4) == labels


def test_a_section_number_read_as_junk_is_put_back_from_the_next_one() -> None:
    # Dev scan v7920 (unruled, rotated page): the first heading's "A" read "LỒ"; "B" follows.
    labels = ["LỒ", "1", "2", "", "B", "1", "C"]
    assert repair_numbers(labels, _headings(labels, "HVVVHVH"))[0] == "A"
    # A roman count: junk between "I" and "III" is "II".
    labels = ["I", "1", "Xy", "1", "III", "1"]
    assert repair_numbers(labels, _headings(labels, "HVHVHV"))[2] == "II"
    # Nothing after it to count from: junk no reading of "A" is left as read.
    labels = ["Xy", "1", "2"]
    assert repair_numbers(labels, _headings(labels, "HVV")) == labels


def test_a_first_heading_read_as_one_of_the_readings_of_a_is_a_without_a_later_letter() -> None:
    # Dev scans v25510 and v21410 ("LỘ"), v25740 ("^"), v24060 ("n"): the table's first heading,
    # over rows counted from 1, no lettered heading after it to confirm; each was "A" (24, 19, 7
    # and 25 rows lost their section).
    for first in ("LỘ", "LỒ", "^", "n"):
        labels = [first, "1.", "2.", "", "3."]
        assert repair_numbers(labels, _headings(labels, "HVVVV"), scanned=True)[0] == "A"
        # A text layer prints what it prints.
        assert repair_numbers(labels, _headings(labels, "HVVVV"))[0] == first
        # Not over a count that does not start at 1, nor with a row numbered above it.
        labels = [first, "4.", "5."]
        assert repair_numbers(labels, _headings(labels, "HVV"), scanned=True)[0] == first
        labels = ["1", first, "1", "2"]
        assert repair_numbers(labels, _headings(labels, "VHVV"), scanned=True)[1] == first
    # Dev scan v25680: ")8" over "Thu, chi ngân sách nhà nước" was "I": no reading of "A", left.
    labels = [")8", "ø", "-", "2.", "", "3."]
    assert repair_numbers(labels, _headings(labels, "HVVVHV"), scanned=True)[0] == ")8"


def test_the_first_section_s_i_read_e_is_put_back_from_the_count_under_it() -> None:
    # Dev scan v7100 (rotated page, DejaVu Sans, unruled BIỂU 04): the only heading's "I" read "E"
    # over rows "1" … "6"; every row's section was "E.1" … "E.6".
    labels = ["E", "1", "", "-", "-", "2", "3", "4", "5", "6"]
    heads = "HVHVVVVVVV"
    assert repair_numbers(labels, _headings(labels, heads))[0] == "I"
    labels = ["E", "1", "2", "H", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHV"))[:4] == ["I", "1", "2", "II"]
    # A lettered count goes on: "E" after "D", or an "E" the next heading "F" follows, stays.
    for labels, heads in ((["D", "1", "E", "1", "2"], "HVHVV"), (["E", "1", "2", "F", "1"], "HVVHV")):
        assert repair_numbers(labels, _headings(labels, heads)) == labels


def test_a_first_section_read_as_junk_before_a_later_letter_is_a() -> None:
    # Dev scan v7160 (landscape, DejaVu Sans, unruled BIỂU 01 printed in part): "A" read "^", the
    # numbered headings "2", "4", "10" of its rows, then section "C" read "c" (no "B" printed).
    labels = ["^", "1", "2", "", "3", "4", "", "10", "", "c", "1"]
    heads = "HVHVVHVHVHV"
    assert repair_numbers(labels, _headings(labels, heads))[0] == "A"
    # Before "H" (OCR's "II") it is a roman count's first; with no section after it, "A"
    # (``test_a_first_heading_read_as_one_of_the_readings_of_a_is_a_without_a_later_letter``).
    labels = ["^", "1", "2", "H", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHV"), scanned=True)[0] != "A"
    # Dev scan v7460: the first heading's "A" read "n", section "C" read "E"; a lower-case letter
    # after a numbered row numbers its parts.
    labels = ["n", "%", "2", "", "3", "4", "10", "E", "1"]
    assert repair_numbers(labels, _headings(labels, "HVHVVHHHV"))[0] == "A"
    labels = ["1", "a", "b", "C", "1"]
    assert repair_numbers(labels, _headings(labels, "VVVHV")) == labels


def test_a_section_heading_printed_again_with_its_name_is_the_same_section() -> None:
    # v14280 by Writer: a second table opening with the section the first ended in ("V Phát triển
    # chuyển đổi số"), read on from it: its rows were placed in section VI.
    labels = ["V", "21.", "22.", "V", "15.", "16."]
    headings = [True, False, False, True, False, False]
    names = ["phat trien chuyen doi so", "a", "b", "phat trien chuyen doi so", "c", "d"]
    assert repair_numbers(labels, headings, names) == labels
    # Another name under the repeated number: a stroke lost, the next section (the rule stands).
    other = [*names[:3], "phat trien khoa hoc", *names[4:]]
    assert repair_numbers(labels, headings, other)[3] == "VI"


def test_a_capital_on_a_row_of_figures_inside_a_count_opens_no_section() -> None:
    # Dev scans 13000-14499 (OCR_VERSION 43): a row number read as a capital letter, on a row of
    # figures, opened section "B" for every row below it ("B.8", "B.II.1" for "I.8", "II.1").
    # v14220: "5." read "B" between "4." and "6."; v13260: "11." read "H." between "10." and "12.".
    labels = ["", "1.", "2.", "3.", "4.", "", "B", "6.", "7."]
    assert repair_numbers(labels, _headings(labels, "HVVVVVVVV"))[6] == "5"
    labels = ["I", "9.", "10.", "H.", "12.", "H.", "1."]
    assert repair_numbers(labels, _headings(labels, "HVVVVHV"))[3:6] == ["11", "12.", "II"]
    # v13120: "6" read "B", "7" read "?" before "8": two numbers free, which is which nobody can
    # say, but neither row is a section.
    labels = ["I", "4", "", "B", "?", "", "8"]
    assert repair_numbers(labels, _headings(labels, "HVVVVVV"))[3] == ""
    # A lettered section with figures of its own, over a count that starts again at 1, stays.
    labels = ["A", "1", "2", "B", "1", "2"]
    assert repair_numbers(labels, _headings(labels, "HVVVVV")) == labels


def test_the_first_section_read_with_a_stroke_too_many_before_the_same_number() -> None:
    # Dev scan v13280: the first heading "I." read "lÍ" (its accent a second stroke: "II"), then
    # "II" read "H": the first of a count before II is I.
    labels = ["lÍ", "1", "2", "H", "1", "2"]
    assert repair_numbers(labels, _headings(labels, "HVVHVV"))[::3] == ["I", "II"]


def test_a_damaged_section_number_inside_a_heading_s_name_is_counted() -> None:
    # Dev scans v13250 and v14410 (no STT column, numbers printed in the names): "I. Kinh tế" read
    # "L. Kinh tế"; every row below lost its section ("1" for "I.1"). "H." before the next count
    # from 1 is section II, as it is in an STT column.
    rows = [
        ["Chỉ tiêu", "Chỉ tiêu 2025 (%)", "Kết quả thực hiện năm 2025 (%)"],
        ["L. Kinh tế", "", ""],
        ["1. Tỷ lệ thủ tục hành chính đủ điều kiện", "87", "99,1"],
        ["2. Tốc độ tăng trưởng khách du lịch", "21,3", "18,2"],
        ["H. Văn hóa - Xã hội", "", ""],
        ["1. Tỷ lệ hộ nghèo", "5", "4,5"],
    ]
    result = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0)
    assert [(r.section, r.indicator) for r in result.rows] == [
        ("I.1", "Tỷ lệ thủ tục hành chính đủ điều kiện"), ("I.2", "Tốc độ tăng trưởng khách du lịch"),
        ("II.1", "Tỷ lệ hộ nghèo")]


def test_a_dotted_count_read_without_its_dots() -> None:
    # Dev scan v13620 (numbering "1.1", 200 dpi): "1.1" read "L1", "1.5" "L5", "2.1" "21" under
    # the section "2." read "2,"; a part's "a)" read "8)" among them. Every row after "2," had the
    # section "21", "22" ... for "2.1", "2.2".
    labels = ["1.", "L1", "1.2", "1.3", "", "1.4", "", "8)", "b)", "L5", "16", "2,", "21", "22", "", "2.3"]
    heads = "HVVVHVHVVVVHVVVV"
    assert repair_numbers(labels, _headings(labels, heads)) == [
        "1.", "1.1", "1.2", "1.3", "", "1.4", "", "a)", "b)", "1.5", "1.6", "2,", "2.1", "2.2", "", "2.3"]
    from extractor.rows import _section_of

    assert _section_of("2,", "Văn hóa - Xã hội", ["1.6"]) == ["2"] and _section_of("3:", "x", ["2"]) == ["3"]


def test_junk_inside_a_count_that_goes_on_below_it_opens_no_letter_section() -> None:
    # Dev scan v14380 (BIỂU 01, skewed, lettered A then C: no section B is printed): the heading
    # "5 Hạ tầng nông thôn" read "kì" between row "4" and row "9" of section A. Read as the missing
    # "B", every row down to "C" lost its "A." path.
    labels = ["A", "1", "2", "", "", "3", "4", "", "kì", "", "", "9", "", "", "", "C", "1"]
    heads = "HVHVVVHVHVVVVHVHV"
    out = repair_numbers(labels, _headings(labels, heads))
    assert out[8] == "kì" and "B" not in out
    # A count that starts again at 1 under it: a new section, the letter the next one leaves.
    labels = ["A", "1", "2", "kì", "1", "2", "C", "1"]
    assert repair_numbers(labels, _headings(labels, "HVVHVVHV"))[3] == "B"


def test_the_letter_of_a_first_part_read_8_is_put_back() -> None:
    # Dev scans v13620 ("Gồm:" then "8)", "b)" among "1.4", "1.5"), v13290 ("5", "Trong đó:",
    # "8)", "6"), v13770 ("2.", "Chia ra:", "8)", "b)", "c)", "3.").
    cases = [
        (["1.4", "", "8)", "b)", "L5"], " H   ", ["1.4", "", "a)", "b)", "1.5"]),
        (["5", "", "8)", "6"], " H  ", ["5", "", "a)", "6"]),
        (["2.", "", "8)", "b)", "c)", "3."], " H    ", ["2.", "", "a)", "b)", "c)", "3."]),
    ]
    for labels, heads, fixed in cases:
        assert repair_numbers(labels, _headings(labels, heads)) == fixed
    # A row numbered 8 in its count stays 8: "7", "8)", "9)", and "8)" before a count that does
    # not go on past it.
    for labels in (["7)", "8)", "9)"], ["6", "8)", "9"], ["5", "8)"]):
        assert repair_numbers(labels, [False] * len(labels)) == labels
    rows = [
        ["TT", "Chỉ tiêu", "Đơn vị", "Ước thực hiện năm 2023"],
        ["5", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "41,2"],
        ["", "Trong đó:", "", ""],
        ["8)", "Thu nhập bình quân đầu người/ năm vùng đồng bào dân tộc thiểu số", "Triệu đồng", "32,5"],
        ["6", "Doanh thu từ dịch vụ du lịch", "Tỷ đồng", "120"],
    ]
    result = grid_to_rows(text_grid(rows, method="ocr", header_rows=1), document="d", table_number=0)
    assert [r.section for r in result.rows] == ["5", "5.a", "6"]
    assert result.rows[1].parent == result.rows[0].index


def test_headings_counted_down_from_the_next_section_number() -> None:
    # Dev scan v14470 (a Phụ lục page starting at section II): "H", a heading read as nothing,
    # "IV", "W"; v14050: "", "", "IV", "V" with the first two headings' numbers lost.
    labels = ["H", "", "7.", "", "6.", "IV", "4.", "W", "1."]
    assert repair_numbers(labels, _headings(labels, "HVVHVHVHV")) == [
        "II", "", "7.", "III", "6.", "IV", "4.", "V", "1."]
    labels = ["", "8.", "", "6.", "IV", "3.", "V", "1."]
    assert repair_numbers(labels, _headings(labels, "HVHVHVHV")) == ["II", "8.", "III", "6.", "IV", "3.", "V", "1."]
    # A line opening a row's parts ("Trong đó:") is no section of the count.
    labels = ["H", "7.", "", "", "", "6.", "IV", "4."]
    names = ["phat trien nguon luc", "x", "trong do:", "x", "phat trien khoa hoc", "x", "phat trien", "x"]
    assert repair_numbers(labels, _headings(labels, "HVHVHVHV"), names)[:5] == ["II", "7.", "", "", "III"]
    # "H" right before "IV" would be III, which "H" does not look like: left as read; and a
    # heading lettered between them is another level of the count.
    for labels, heads in ((["H", "1", "IV", "1"], "HVHV"), (["", "1", "A", "1", "IV", "1"], "HVHVHV")):
        assert repair_numbers(labels, _headings(labels, heads))[0] == labels[0]


def test_a_table_s_only_section_read_with_a_stroke_too_many_is_the_first() -> None:
    # Dev scans v14160 ("lÍ | Thu, chi ngân sách nhà nước") and v13440, v13970 ("l1. | Kinh tế"):
    # the table's only section, rows counted from 1 under it and none above it.
    for first in ("lÍ", "l1.", "H"):
        labels = [first, "1", "2", "", "3"]
        assert repair_numbers(labels, _headings(labels, "HVVHV"), ["x", "x", "x", "bao gom:", "x"])[0] == "I", first
    # Rows that go on from a count above it (a page starting at section II) leave it II.
    labels = ["lÍ", "6.", "7."]
    assert repair_numbers(labels, _headings(labels, "HVV"))[0] == "II"


def test_a_first_row_s_one_read_e_f_or_h_over_a_count_going_on_at_two_is_that_one() -> None:
    # Dev scan v27990 page 1 (BIỂU 09, STT column as OCR read it): "1." read "E" on the row of
    # figures "Tổng thu ngân sách nhà nước trên địa bàn", its parts under "Bao gồm:", then "2." and
    # "%." (3.): a section "E" filed every row below in it.
    labels = ["E", "", "", "", "", "2.", "", "", "", "%.", "", "+"]
    heads = "VHVVVVVVVVHV"
    names = ["tong thu ngan sach nha nuoc tren dia ban", "bao gom:", "x", "x", "x", "chi thuong xuyen",
             "x", "x", "x", "tong chi ngan sach dia phuong", "bao gom:", "x"]
    assert repair_numbers(labels, _headings(labels, heads), names, scanned=True)[:6] == ["1", "", "", "", "", "2."]
    # "F" (dev scan v23790, under "I" read "1."), "H" (v25500, under "II" read "H").
    f_row = ["1.", "F", "2.", "sŠ", "4.", "H.", "1."]
    assert repair_numbers(f_row, _headings(f_row, "HVVVVHV"), scanned=True) == ["I", "1", "2.", "3", "4.", "II", "1."]
    h_row = ["I", "1.", "2.", "H", "H", "2.", "3."]
    assert repair_numbers(h_row, _headings(h_row, "HVVHVVV"), scanned=True)[3:5] == ["II", "1"]
    # A text layer prints what it prints; a section "E" over rows counted from 1 is one; and "E"
    # after "D" is the count of letters going on.
    assert repair_numbers(labels, _headings(labels, heads), names)[0] == "E"
    for labels, heads in ((["E", "1", "2"], "VVV"), (["D", "E", "2"], "HVV")):
        assert repair_numbers(labels, _headings(labels, heads), scanned=True) == labels


def test_row_numbers_read_as_small_letters_between_a_section_and_its_count_are_put_back() -> None:
    # Dev scan v20380 (STT column as OCR read it): under "I" the rows "1." "2." "3." read "x",
    # "z:", "sc Â" before "4."; under "II" (read "H") "1." and "2." read "v hẢ" and "x" before
    # "3.": the letters were taken for parts of the row above and their rows filed as "I.x", "I.z".
    labels = ["I", "x", "z:", "sc Â", "4.", "H", "v hẢ", "x", "", "3."]
    out = repair_numbers(labels, _headings(labels, "HVVVVHVVVV"), scanned=True)
    assert out == ["I", "1", "2", "3", "4.", "II", "1", "2", "", "3."]
    # A list of parts opens with "a" and leaves the count going on at the next number: as read.
    labels = ["4.", "a)", "b)", "5."]
    assert repair_numbers(labels, _headings(labels, "VVVV"), scanned=True) == labels
    labels = ["4.", "c)", "6."]
    assert repair_numbers(labels, _headings(labels, "VVV"), scanned=True) == ["4.", "5", "6."]
