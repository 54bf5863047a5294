"""A header repeated on a continuation page: which of its rows repeat the header above, and which are
the body's (``extractor.stitch._repeated_rows``)."""

from __future__ import annotations

from extractor.stitch import _repeated_rows

HEADER = [["Số thứ tự", "Tên chỉ tiêu", "Đơn vị", "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 (5)", "Ghi chú (8)"]]


def test_a_paragraph_under_one_column_is_the_cut_rows_rest_not_the_header() -> None:
    # v11250 by Writer: the rest of a row of running text, read into the repeat of the header.
    rest = ["", "", "", "khoa học kỹ thuật vào chuỗi sản xuất, chế biến, tiêu thụ sản phẩm. Duy trì", ""]
    assert _repeated_rows(HEADER, [HEADER[0], rest]) == 1


def test_the_headers_own_lines_cut_otherwise_are_repeated_rows() -> None:
    # The same words cut into two rows by the repeat's reader: all header.
    first = ["Số thứ tự", "Tên chỉ tiêu", "Đơn vị", "Lũy kế thực hiện từ khi ban hành", "Ghi chú"]
    second = ["", "", "", "ĐA, NQ đến hết năm 2024 (5)", "(8)"]
    assert _repeated_rows(HEADER, [first, second]) == 2


def test_a_short_sub_header_the_first_copy_lacked_is_kept_as_header() -> None:
    # Too few words to say it is no header's: the rule does not guess.
    assert _repeated_rows(HEADER, [HEADER[0], ["", "", "", "Ước thực hiện", ""]]) == 2


def test_column_numbers_are_no_paragraph() -> None:
    numbers = ["1", "2", "3", "4", "5"]
    assert _repeated_rows(HEADER, [HEADER[0], numbers]) == 2


def test_a_child_marker_at_the_top_of_a_page_is_no_rest_of_the_name_above() -> None:
    from extractor.stitch import _goes_on_name

    # v11065's edited copy by Writer: "Chia ra:" under a name ending in "trên", a word a name
    # cannot end on, was glued to it.
    assert not _goes_on_name("Thu bổ sung từ ngân sách cấp trên", "Chia ra:")
    assert not _goes_on_name("Tổng vốn đầu tư của", "Trong đó:")
    assert _goes_on_name("Tỷ lệ cơ sở dữ liệu được liên thông với tỉnh,", "Trung ương")
    assert _goes_on_name("Tổng vốn đầu tư của", "Nhà nước và doanh nghiệp") is True


def test_a_bracket_opened_mid_sentence_goes_on_with_the_name() -> None:
    from extractor.stitch import _goes_on_name

    # v14740 by Writer: the bracket of a name cut at the page's foot, alone at the next page's top.
    assert _goes_on_name("Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số",
                         "(chăm sóc sức khỏe từ xa, học trực tuyến nâng cao, giao dịch tài chính số,…)")
    # A bracket in capitals opens no sentence: a heading or a note of its own.
    assert not _goes_on_name("Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số", "(Theo số liệu thống kê)")


def test_a_section_in_roman_numerals_is_no_acronym_a_name_goes_on_with() -> None:
    from extractor.stitch import _goes_on_name

    # v16730 by Chromium (development after first contact): "III Tài nguyên và môi trường" at the
    # top of page 2, the STT inside the names' column, was glued to the last name of page 1 as if
    # "III" were an acronym ("OCOP, nông sản ...").
    assert not _goes_on_name("4 Tỷ lệ trường học được xây dựng kiên cố", "III Tài nguyên và môi trường")
    assert not _goes_on_name("Tỷ lệ trường học được xây dựng kiên cố", "IV. Văn hóa - Xã hội")
    assert _goes_on_name("Tỷ lệ hợp tác xã có sản phẩm", "OCOP, nông sản gắn với chuỗi giá trị")
    assert _goes_on_name("Số trường đạt chuẩn", "CLC được công nhận mới")


def test_an_acronym_alone_in_its_bracket_goes_on_with_the_name_above() -> None:
    from extractor.stitch import _goes_on_name

    # v18390 by Writer (unruled): row 19's name cut at page 1's foot, "(LGSP)" alone under the
    # header repeated on page 2. Left a row of its own, the name lost its abbreviation.
    above = "Tỷ lệ dữ liệu của các cơ quan, ban, ngành được tích hợp với trục liên thông dữ liệu cấp tỉnh"
    assert _goes_on_name(above, "(LGSP)")
    # A note in brackets is words, and a Roman section heads the rows below.
    assert not _goes_on_name(above, "(Theo số liệu thống kê)")
    assert not _goes_on_name(above, "(I)")
