"""Headers as districts print them (issue 9, section 1): column-number rows, the usual names of the
layout columns, two- and three-level headers, and whole-table evidence when the header is unclear.

The header strings are those the issue quotes and the seeds print; the body values are real rows
of seed 000's BIỂU 01.
"""

from __future__ import annotations

import pytest

from extractor.colnumbers import (
    damaged_column_number_row,
    is_column_number_row,
    read_column_number,
    split_inline_number,
)
from extractor.evidence import garbled_header
from extractor.headers import header_period, header_to_columns, join_header_rows, read_header
from extractor.rows import grid_to_rows
from tests.grids import text_grid

BODY = [
    ["A", "CHỈ TIÊU KINH TẾ", "", "", "", ""],
    ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "48,10", "96,20"],
    ["2", "Tổng sản lượng lương thực có hạt", "Tấn", "41.100", "39.500,00", "96,11"],
    ["3", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30", "98,99"],
    ["4", "Số xã đạt chuẩn nông thôn mới", "Xã", "8", "8", "100,00"],
]


# ----------------------------------------------------------------------------- column numbers


@pytest.mark.parametrize(
    "row",
    [
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"],
        ["1", "2", "3", "4", "5", "6"],
        ["A", "B", "1", "2", "3", "4"],
        ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)"],
        ["", "", "", "(4)", "(5)", "(6)=(5)/(4)"],
        ["1", "2", "3", "4", "5", "6=5/4"],
    ],
)
def test_column_number_rows_are_recognised(row: list[str]) -> None:
    assert is_column_number_row(row)


@pytest.mark.parametrize(
    "row",
    [
        ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "48,10", "96,20"],
        ["4", "8", "8", "100"],
        ["STT", "Chỉ tiêu", "Đơn vị tính"],
        ["1", "5", "9", "12"],
    ],
)
def test_body_and_header_rows_are_not_column_numbers(row: list[str]) -> None:
    assert not is_column_number_row(row)


def test_formula_names_the_columns_it_divides() -> None:
    assert read_column_number("(7) = (5) : (3) x 100%").divides == ("5", "3")  # type: ignore[union-attr]
    assert split_inline_number("Tỷ lệ % (6)=(5)/(4)")[1].divides == ("5", "4")  # type: ignore[union-attr]


def test_numbered_header_keeps_the_indicator_column() -> None:
    """The issue's failure: "Chỉ tiêu / (2)" was read as a target column and every name was lost."""
    cols = header_to_columns(
        [
            ["STT", "Chỉ tiêu", "Đơn vị tính", "KH năm 2024", "TH năm 2024", "So sánh TH/KH (%)"],
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"],
        ]
    )
    assert [c.role for c in cols] == ["number", "indicator", "unit", "plan", "actual", "ratio"]
    assert [c.header for c in cols][:2] == ["STT", "Chỉ tiêu"]
    assert cols[5].divides == (4, 3)


def test_formula_decides_a_ratio_column_whose_words_say_nothing() -> None:
    cols = header_to_columns(
        [["TT", "Nội dung", "ĐVT", "Năm 2023", "Năm 2024", "Tỷ lệ %"], ["A", "B", "1", "2", "3", "4=3/2"]]
    )
    assert [c.role for c in cols] == ["number", "indicator", "unit", "other", "other", "ratio"]
    assert cols[5].divides == (4, 3)


def test_inline_column_numbers_are_left_out_of_the_names() -> None:
    cols = header_to_columns(
        [["STT (1)", "Chỉ tiêu (2)", "ĐVT (3)", "KH 2024 (4)", "TH 2024 (5)", "TH 2024/KH 2024 (6)"]]
    )
    assert [c.header for c in cols] == ["STT", "Chỉ tiêu", "ĐVT", "KH 2024", "TH 2024", "TH 2024/KH 2024"]
    assert [c.role for c in cols] == ["number", "indicator", "unit", "plan", "actual", "ratio"]
    assert cols[5].divides == (4, 3)


def test_numbered_table_reads_every_name() -> None:
    head = [["STT", "Chỉ tiêu", "Đơn vị tính", "KH năm 2024", "TH năm 2024", "TH/KH (%)"]]
    for numbers in (["(1)", "(2)", "(3)", "(4)", "(5)", "(6)=(5)/(4)"], ["1", "2", "3", "4", "5", "6"]):
        result = grid_to_rows(text_grid([*head, numbers, *BODY]), document="d", table_number=0)
        assert [r.indicator for r in result.rows][:2] == [
            "Thu nhập bình quân đầu người/ năm",
            "Tổng sản lượng lương thực có hạt",
        ]
        assert len(result.rows) == 4
        assert result.table.quality is not None and result.table.quality.doubts == ()


def test_a_column_number_row_ocr_damaged_is_header_not_a_body_row() -> None:
    # g10 scan v2210 (unruled, seal): "A B C 1 2 3 4 5 6" read "A B G 1 2 - 4 _ 5" (the header,
    # body and OCR readings are the variant's). Taken for a
    # body row named "B", its small numbers flipped the table's number style: "379.224" read as
    # 379,224 and 13 of 14 cells lost.
    rows = [
        ["STT", "Tên chỉ tiêu", "Đơn vị tỉnh", "Quyết toán năm 2023", "Năm 2024", "Năm 2024", "So sánh (%)",
         "So sánh (%)", "So sánh (%)"],
        ["", "", "", "", "Dự toán giao", "Ước TH", "Dự toán", "Ước TH năm 2024 so với", "Cùng kỳ"],
        ["A", "B", "G", "1", "2", "-", "4", "", "5"],
        ["1", "Thu bổ sung từ ngân sách cấp trên", "Triệu đồng", "379.224", "383.388", "-", "", "", ""],
        ["", "Chia ra: Bổ sung cân đối", "Triệu đồng", "241.417", "233.777", "", "", "", ""],
        ["2", "Tổng chi ngân sách địa phương", "Triệu đồng", "214.495", "204.001", "", "", "-", "-"],
        ["", "Bao gồm: Chi đầu tư phát triển", "Triệu đồng", "37,847", "41.739", "", "", "", ""],
        ["-", "Chi thường xuyên", "Triệu đồng", "109.271", "98.140", "", "", "", ""],
    ]
    result = grid_to_rows(text_grid(rows, method="ocr-words", header_rows=2), document="d", table_number=0)
    assert result.rows[0].indicator == "Thu bổ sung từ ngân sách cấp trên"
    assert [c.value.value for c in result.rows[0].cells][:2] == [379224.0, 383388.0]
    assert result.rows[0].section == "1"


def test_a_column_number_row_with_one_mark_read_as_two_pieces_is_header() -> None:
    # Dev scan v25470 page 1 (BIỂU 01, unruled), as OCR read it: "(1) (2) (3)" read "„ œ ko ˆ",
    # the third mark two pieces. Read as a body row, its junk "„" stood as a row number above the
    # first heading, whose "A" (read "n") was then no table's first: its 25 rows lost section "A".
    rows = [
        ["Số thứ tự", "Nội dung chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024",
         "Ước thực hiện năm 2024", "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 - 2024",
         "Ước thực hiện giai đoạn 2021 - 2025", "Ước thực hiện năm 2024/Kế hoạch", "So sánh",
         "Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ ĐH", "Ghi chú"],
        ["", "", "", "", "", "", "", "", "", "2024", "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "", ""],
        ["„", "œ", "ko ˆ", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13"],
        ["n", "CHỈ TIÊU KINH TẾ", "", "", "", "", "", "", "", "", "", "", ""],
        ["1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "46,00", "46,0", "50,0", "46,0", "50,0",
         "100,0", "92,0", "100", ""],
        ["2", "Các chỉ tiêu nông nghiệp, nông thôn mới", "", "", "", "", "", "", "", "", "", "", ""],
        ["", "Tổng sản lượng lương thực có hạt", "Tấn", "39.500,00", "41.100", "41.160", "40.450,0", "41.160,0",
         "40.450,0", "100,1", "104,2", "102", ""],
    ]
    assert damaged_column_number_row(rows[2]) is not None
    result = grid_to_rows(text_grid(rows, method="ocr-words", header_rows=2), document="d", table_number=0)
    assert [(r.indicator, r.section) for r in result.rows][:2] == [
        ("Thu nhập bình quân đầu người/ năm", "A.1"), ("Tổng sản lượng lương thực có hạt", "A.2")]
    # Dev scans v26220 ("Lr 7l" last) and v27990 ("bo Ì" first): one such cell, no more; a name
    # and a unit beside figures are no marks.
    assert damaged_column_number_row(["", "®", "LÒ", "3", "4", "5", "6", "Lr 7l"]) is not None
    assert damaged_column_number_row(["bo Ì", "2", "s", "", "5", "6", "", "8", "9"]) is not None
    assert damaged_column_number_row(["bo Ì", "ko ˆ", "s", "", "5", "6", "", "8", "9"]) is None
    assert damaged_column_number_row(["1", "Dân số", "Người", "4", "5", "6"]) is None


def test_a_column_headed_by_a_bare_year_takes_the_role_a_ratio_header_names() -> None:
    # g10 scan v2430 (ruled): the narrow cells "TH 2024" and "KH 2025" came back as "2024" and
    # "2025"; the ratio headers beside them still name an actual 2024 and a plan 2025 (93 cells).
    cols = header_to_columns([
        ["STT", "Chỉ tiêu", "Đơn vị tỉnh", "2024", "2025", "Ước TH 2025", "Ước TH 2025/KH 2025 (%)",
         "Ước TH 2025/TH 2024 (%)", "Kế hoạch năm 2026", "Ghi chú"],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    ])
    assert [(c.role, c.period) for c in cols[3:5]] == [("actual", "2024"), ("plan", "2025")]
    assert cols[6].divides == (5, 4) and cols[7].divides == (5, 3)
    # Years under a group title keep the group's reading; a year no ratio names stays unread.
    cols = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "2023", "2024", "TH 2024/KH 2024"]])
    assert [c.role for c in cols[3:5]] == ["other", "other"]
    # g10 v2220: "Tỷ lệ TH/KH 2024 (%)" names an actual and a plan of 2024: the bare "2024" beside a
    # target is either.
    cols = header_to_columns([["TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu giao năm 2024", "2024", "Tỷ lệ TH/KH 2024 (%)"]])
    assert cols[4].role == "other"


def test_a_column_whose_year_ocr_misread_takes_the_year_a_ratio_names_for_its_role() -> None:
    # Dev scan v4670 (unruled, 200 dpi, skewed): "KH 2024" read "KH 2824"; the ratio "UTH/KH năm
    # 2024" names a plan of 2024 no column held (27 cells of the plan column scored wrong).
    header = [["Số TT", "Tên chỉ tiêu", "ĐVT", "TH 2023", "KH 2824", "Ước TH 2024", "So sánh UTH/KH năm 2024 (%)",
               "So với cùng kỳ năm 2023 (%)", "KH 2025"], ["A", "B", "€", "4", "5", "6", "76/5", "8=6/4", "9"]]
    cols = header_to_columns(header)
    assert (cols[4].role, cols[4].period) == ("plan", "2024")
    assert cols[6].divides == (5, 4)
    # A plan no ratio names keeps its misread year unread: which year it was is not said.
    cols = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2824", "Ước TH 2024"]])
    assert (cols[4].role, cols[4].period) == ("plan", None)


def test_a_column_whose_role_word_ocr_misread_takes_the_role_the_ratio_naming_it_says() -> None:
    # Dev scan v4070 (unruled, 200 dpi, red seal): "Ước thực hiện năm 2024" read "ốc thực hiện năm
    # 2024", an actual; the ratio beside it still names the 2024 estimate, which no column held.
    top = ["Số TT", "Danh mục", "Đơn vị", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "ốc thực hiện năm 2024",
           "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 - 2024", "Ước thực hiện giai đoạn 2021 - 2025", "So sánh",
           "So sánh", "So sánh", "Ghi chú"]
    sub = ["", "", "", "", "", "", "", "", "", "Ước thực hiện năm 2024/Kế hoạch năm 2024",
           "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ ĐH", ""]
    cols = header_to_columns([top, sub])
    assert (cols[5].role, cols[5].period) == ("estimate", "2024")
    assert cols[9].divides == (5, 4)
    # The ratio's side may be the misread copy: an estimate is not made an actual (dev scan v5900).
    cols = header_to_columns([
        ["Số TT", "Danh mục", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "Kết quả thực hiện", "Kết quả thực hiện",
         "Kết quả thực hiện", "óc TH giai đoạn 2021-2024/Mục tiêu NQ (%)"],
        ["", "", "", "", "Năm 2023", "Ước năm 2024", "Ước giai đoạn 2021-2024", ""]])
    assert (cols[6].role, cols[6].period) == ("estimate", "2021-2024")
    # An actual column the ratio does not resemble stays the actual.
    cols = header_to_columns([["STT", "Chỉ tiêu", "KH năm 2024", "Thực hiện năm 2024", "Ước TH/KH năm 2024 (%)"]])
    assert (cols[3].role, cols[3].period) == ("actual", "2024")


def test_a_ratio_header_whose_slash_ocr_read_as_a_fraction_slash_divides_its_sides() -> None:
    # Dev scan v4040 (ruled, 200 dpi): "Ước TH 2023/TH 2022 (%)" came back with U+2044.
    cols = header_to_columns([["STT", "Hạng mục", "Đơn vị", "TH 2022", "KH 2023", "Ước TH 2023",
                               "Ước TH 2023/KH 2023 (%)", "Ước TH 2023\u2044TH 2022 (%)"]])
    assert (cols[7].role, cols[7].period, cols[7].divides) == ("ratio", "2023", (5, 3))
    assert read_header("Ước TH 2023\u2215TH 2022 (%)").kind == "ratio"


def test_a_ratio_header_with_a_speck_in_its_percent_brackets_is_a_ratio() -> None:
    # Dev scan v4980 (ruled, 200 dpi): "So dự toán năm 2023 (%)" read "(®%)", its formula "(6)=(5M(4)".
    cols = header_to_columns([["Chỉ tiêu", "ĐVT", "Thực hiện năm 2022 @)", "Dự toán năm 2023 (4)",
                               "Ước thực hiện năm 2023 (5)", "So dự toán năm 2023 (®%) (6)=(5M(4)",
                               "So cùng kỳ năm 2022 (%) (7)=(5)/(3)", "Ghi chú (8)"]])
    assert (cols[5].role, cols[5].period, cols[5].divides) == ("ratio", "2023", (4, 3))
    assert read_header("Số dự án (cái)").kind != "ratio"


@pytest.mark.parametrize(
    "row",
    [
        ["@)", "@)", "@)", "(4)", "@®)", "(6)", "Œ)", "(8)", "@®)", "(10)", "(1)", "(12)", "q3)"],
        ["^", "B", "cC", "1", "2", "8", "4", "5"],
    ],
)
def test_column_number_rows_as_ocr_damaged_them_are_still_column_numbers(row: list[str]) -> None:
    # f10 scans v1550 and v1080: the marks that still count up with their columns say what the row is.
    assert damaged_column_number_row(row) is not None
    assert damaged_column_number_row(["4", "8", "8", "100"]) is None
    assert damaged_column_number_row(["1", "Thu nhập", "Triệu đồng", "50,00", "48,10"]) is None


# ------------------------------------------------------------------------------- usual names


@pytest.mark.parametrize(
    "header",
    ["Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu", "Danh mục", "Hạng mục", "Các chỉ tiêu chủ yếu"],
)
def test_indicator_column_under_its_usual_names(header: str) -> None:
    assert read_header(header).kind == "indicator"


@pytest.mark.parametrize("header", ["STT", "TT", "Số TT", "Số thứ tự"])
def test_number_column_under_its_usual_names(header: str) -> None:
    assert read_header(header).kind == "number"


@pytest.mark.parametrize("header", ["ĐVT", "Đơn vị tính", "Đơn vị"])
def test_unit_column_under_its_usual_names(header: str) -> None:
    assert read_header(header).kind == "unit"


# -------------------------------------------------------------------------- multi-level headers


def test_year_group_over_plan_actual_and_ratio() -> None:
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2024", "", "", "Năm 2025"],
        ["", "", "", "KH", "TH", "TH/KH (%)", "KH"],
    ]
    cols = header_to_columns(rows)
    assert [(c.role, c.period) for c in cols[3:]] == [
        ("plan", "2024"), ("actual", "2024"), ("ratio", "2024"), ("plan", "2025"),
    ]  # fmt: skip
    assert cols[5].divides == (4, 3)


def test_three_level_header() -> None:
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Kết quả", "", "", ""],
        ["", "", "", "Năm 2023", "Năm 2024", "", ""],
        ["", "", "", "TH", "KH", "TH", "So sánh (%)"],
    ]
    cols = header_to_columns(rows, spread=True)
    assert [(c.role, c.period) for c in cols[3:6]] == [("actual", "2023"), ("plan", "2024"), ("actual", "2024")]


def test_so_sanh_group_over_several_ratio_columns() -> None:
    rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "TH 2023", "KH 2024", "TH 2024", "So sánh (%)", "So sánh (%)", "Ghi chú"],
        ["", "", "", "", "", "", "TH 2024/KH 2024", "TH 2024/TH 2023", ""],
    ]
    cols = header_to_columns(rows, spread=False)
    assert [c.role for c in cols[6:]] == ["ratio", "ratio", "note"]
    assert [c.divides for c in cols[6:8]] == [(5, 4), (5, 3)]


def test_a_group_spans_only_the_columns_under_it() -> None:
    """A PDF reader repeats a merged cell over its columns: "Ghi chú" beside them keeps its own name."""
    rows = [
        ["STT", "Chỉ tiêu", "So sánh", "So sánh", ""],
        ["", "", "A/B", "C/D", "Ghi chú"],
    ]
    assert join_header_rows(rows, spread=False)[2:] == ["So sánh / A/B", "So sánh / C/D", "Ghi chú"]
    assert join_header_rows(rows, spread=True)[4] == "Ghi chú"


# ---------------------------------------------------------------------------- whole-table evidence


def test_text_column_without_figures_is_the_indicator_whatever_its_header() -> None:
    head = [["Số", "Mô tả", "ĐVT", "KH năm 2024", "TH năm 2024", "TH/KH"]]
    result = grid_to_rows(text_grid(head + BODY), document="d", table_number=0)
    assert [c.role for c in result.table.columns][:2] == ["number", "indicator"]
    assert result.rows[0].indicator == "Thu nhập bình quân đầu người/ năm"
    assert result.rows[0].section == "A.1"


def test_column_that_recomputes_as_a_quotient_is_a_ratio_column() -> None:
    head = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH năm 2024", "Cột 6"]]
    result = grid_to_rows(text_grid(head + BODY), document="d", table_number=0)
    ratio = result.table.columns[5]
    assert (ratio.role, ratio.divides, ratio.period) == ("ratio", (4, 3), "2024")


def test_nameless_rows_make_the_table_doubtful() -> None:
    head = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH năm 2024", "TH/KH (%)"]]
    body = [[r[0], "" if i % 2 else r[1], *r[2:]] for i, r in enumerate(BODY)]
    quality = grid_to_rows(text_grid(head + body), document="d", table_number=0).table.quality
    assert quality is not None
    assert quality.named == 0.5
    assert "2 of 4 rows have no indicator name" in quality.doubts


def test_table_without_header_is_doubtful() -> None:
    quality = grid_to_rows(text_grid(BODY, header_rows=0), document="d", table_number=0).table.quality
    assert quality is not None and not quality.header
    assert any("no header" in d for d in quality.doubts)


def test_children_under_a_trong_do_line_belong_to_the_row_above() -> None:
    head = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH năm 2024", "TH/KH (%)"]]
    body = [
        ["II", "CHỈ TIÊU NÔNG NGHIỆP", "", "", "", ""],
        ["1", "Tổng sản lượng lương thực có hạt", "Tấn", "41.100", "39.500", "96,11"],
        ["", "Chia ra:", "", "", "", ""],
        ["-", "Lúa", "Tấn", "30.000", "29.000", "96,67"],
        ["-", "Ngô", "Tấn", "11.100", "10.500", "94,59"],
        ["a)", "Ngô vụ đông", "Tấn", "1.100", "1.000", "90,91"],
        ["2", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30", "98,99"],
    ]
    rows = grid_to_rows(text_grid(head + body), document="d", table_number=0).rows
    assert [(r.indicator, r.parent, r.section) for r in rows] == [
        ("Tổng sản lượng lương thực có hạt", None, "II.1"),
        ("Lúa", 0, "II.1"),
        ("Ngô", 0, "II.1"),
        ("Ngô vụ đông", 0, "II.1.a"),
        ("Tỷ lệ che phủ rừng", None, "II.2"),
    ]


def test_parts_listed_after_a_marker_inside_the_first_part_s_name_belong_to_the_row_above() -> None:
    # v3410, v3620, v3110: "Bao gồm: Thu nội địa" then "- Thu tiền sử dụng đất", "b) Thu phí, lệ
    # phí" or an unnumbered "Khu vực II": only the first part was a child, the others rows of their
    # own (18 % of the children of 3000-3999). The list goes on to the next numbered row. After
    # "Trong đó: X" (a subset, often of one part) only bulleted rows go on: seed 000's BIỂU 01
    # prints its next indicator unnumbered under "Trong đó : Diện tích trồng mới".
    head = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH năm 2024"]]
    body = [
        ["1", "Tổng thu ngân sách nhà nước", "Triệu đồng", "800.598", "765.054"],
        ["", "Bao gồm: Thu nội địa", "Triệu đồng", "282.950", "269.007"],
        ["-", "Thu tiền sử dụng đất", "Triệu đồng", "289.274", "316.407"],
        ["", "Thu phí, lệ phí", "Triệu đồng", "228.374", "179.640"],
        ["2", "Diện tích cây chè", "Ha", "2.200", "2.202"],
        ["", "Trong đó: Diện tích trồng mới", "Ha", "200", "190"],
        ["", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30"],
        ["", "Trong đó: Rừng phòng hộ", "%", "20,0", "21,0"],
        ["+", "Rừng đặc dụng", "%", "5,0", "5,1"],
        ["3", "Số xã đạt chuẩn nông thôn mới", "Xã", "10", "11"],
    ]
    rows = grid_to_rows(text_grid(head + body), document="d", table_number=0).rows
    assert [(r.indicator, r.parent) for r in rows] == [
        ("Tổng thu ngân sách nhà nước", None),
        ("Thu nội địa", 0), ("Thu tiền sử dụng đất", 0), ("Thu phí, lệ phí", 0),
        ("Diện tích cây chè", None),
        ("Diện tích trồng mới", 4),
        ("Tỷ lệ che phủ rừng", None),
        ("Rừng phòng hộ", 6), ("Rừng đặc dụng", 6),
        ("Số xã đạt chuẩn nông thôn mới", None),
    ]
    # "Bao gồm" lists every part: the total is their sum; "Trong đó" lists some.
    assert [r.indicator for r in rows if r.partition] == ["Tổng thu ngân sách nhà nước"]


def test_parts_of_a_rate_listed_by_chia_ra_are_no_partition() -> None:
    # Rates and averages do not add up: "Tỷ lệ hộ nghèo (%) / Chia ra: Khu vực I ...".
    head = [["STT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "TH năm 2024"]]
    body = [["1", "Tỷ lệ hộ nghèo", "%", "5,2", "4,9"], ["", "Chia ra:", "", "", ""],
            ["-", "Khu vực I", "%", "3,1", "3,0"], ["-", "Khu vực II", "%", "7,5", "7,2"],
            ["2", "Tổng số hộ", "Hộ", "15.000", "15.200"], ["", "Chia ra:", "", "", ""],
            ["-", "Thành thị", "Hộ", "5.000", "5.100"], ["-", "Nông thôn", "Hộ", "10.000", "10.100"]]
    rows = grid_to_rows(text_grid(head + body), document="d", table_number=0).rows
    assert [(r.indicator, r.parent, r.partition) for r in rows] == [
        ("Tỷ lệ hộ nghèo", None, False), ("Khu vực I", 0, False), ("Khu vực II", 0, False),
        ("Tổng số hộ", None, True), ("Thành thị", 3, False), ("Nông thôn", 3, False)]


def test_rows_numbered_inside_their_names_end_a_heading() -> None:
    # With the STT printed inside the name ("1.1 Tỷ lệ ..."), a heading ("1. CHỈ TIÊU KINH TẾ")
    # was never ended by a numbered row, and short rows far below it ("Chia ra: Các xã", parts
    # of "1.3 Diện tích trồng mới") were read as completing the heading: "CHỈ TIÊU KINH TẾ: Các xã".
    rows = [
        ["Chỉ tiêu", "Đơn vị", "Chỉ tiêu 2023", "Chỉ tiêu 2024"],
        ["1. CHỈ TIÊU KINH TẾ", "", "", ""],
        ["1.1 Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "89-94", "83,22"],
        ["1.2 Diện tích trồng mới", "Ha", "426,96", "479,73"],
        ["Chia ra: Các xã", "Ha", "250,04", "301,57"],
        ["b) Thị trấn", "Ha", "176,92", "178,16"],
    ]
    out = grid_to_rows(text_grid(rows, header_rows=1), document="d", table_number=0)
    assert [r.indicator for r in out.rows] == [
        "Tỷ lệ xã đạt chuẩn nông thôn mới", "Diện tích trồng mới", "Các xã", "Thị trấn",
    ]
    assert out.rows[2].parent == out.rows[1].index


def test_garbled_header_with_a_slash_and_a_percent_sign_is_not_a_ratio() -> None:
    # A garbled two-level header ("u@n xarb" over "fb{j ?%u!") joined with " / " held a slash and
    # a percent sign, and every such column was read as a ratio: the table looked understood and
    # raised no extraction_doubt.
    assert read_header("u@n xarb / fb{j ?%u!").kind == "other"
    assert read_header("UTH/DT 2023 (%)").kind == "ratio"
    assert read_header("Năm 2024 / TH/KH (%)").kind == "ratio"


def _doubts(rows: list[list[str]]) -> tuple[str, ...]:
    out = grid_to_rows(text_grid(rows, header_rows=1), document="d", table_number=0)
    assert out.table.quality is not None
    return out.table.quality.doubts


NAMES = [r[1] for r in BODY[1:]]


def test_shuffled_columns_with_labels_under_the_names_header_are_doubted() -> None:
    # Columns shuffled under their header: "Nội dung" stood over "Vượt / Đạt", read as names.
    header = ["Nội dung", "Ghi chú", "ĐVT", "KH 2024", "TH 2024"]
    body = [[label, name, "Tấn", "41.100", "39.500"] for label, name in zip(("Vượt", "Đạt", "Đạt", "Chưa đạt"), NAMES,
                                                                             strict=True)]
    assert any("evaluation labels" in d for d in _doubts([header, *body]))


def test_shuffled_columns_with_names_under_a_value_header_are_doubted() -> None:
    # "Chỉ tiêu" (with section labels run into it, read as targets) stood over figures and the
    # names were under "Thực hiện 2024": the header named no indicator column and nothing was doubted.
    header = ["STT", "Chỉ tiêu / I / II", "ĐVT", "KH 2024", "Thực hiện 2024"]
    body = [[str(k + 1), "50", "Tấn", "41.100", name] for k, name in enumerate(NAMES)]
    assert any("names found in another column" in d for d in _doubts([header, *body]))


def test_names_under_a_target_header_that_prints_a_year_are_doubted() -> None:
    # Shuffled: the names stood under "Mục tiêu 2022 (tỷ lệ %)" and the figures under "Chỉ tiêu".
    # A target header with a year heads figures; one without ("Chỉ tiêu (mục tiêu) chủ yếu của
    # Đề án, NQ") may head a resolution's names.
    # The header names no indicator column ("Chỉ tiêu" with the section letter run into it
    # reads as a target).
    header = ["Số thứ tự", "Chỉ tiêu / A", "Mục tiêu 2022 (tỷ lệ %) / Phát triển kinh tế", "Kết quả thực hiện 2022 (%)"]
    body = [[str(k + 1), "50,00", name, "48,10"] for k, name in enumerate(NAMES)]
    assert any("names found in another column" in d for d in _doubts([header, *body]))


def test_names_under_an_evaluation_header_are_doubted() -> None:
    header = ["STT", "ĐVT", "KH 2024", "TH 2024", "Đánh giá (Đạt/Vượt/Chưa đạt)"]
    body = [[str(k + 1), "Tấn", "41.100", "39.500", name] for k, name in enumerate(NAMES)]
    assert any("names found in another column" in d for d in _doubts([header, *body]))


def test_units_under_a_figure_header_and_names_under_stt_are_doubted() -> None:
    # Shuffled: "Tấn", "%", "Xã" under "Mục tiêu năm 2024"; the names under "STT".
    header = ["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu năm 2024", "Kết quả 2024"]
    body = [[name, str(k + 1), "41.100", unit, "39.500"]
            for k, (name, unit) in enumerate(zip(NAMES, ("Triệu đồng", "Tấn", "%", "Xã"), strict=True))]
    doubts = _doubts([header, *body])
    assert any("'Mục tiêu năm 2024' (target) holds units" in d for d in doubts)
    assert any("'STT' (number) holds words" in d for d in doubts)


def test_a_header_that_names_one_column_of_seven_is_doubted() -> None:
    # A BIỂU 02 header split inside its own rows: only "Lũy kế ước" still read as a column name.
    header = ["", "", "", "Lũy kế ước", "", "", ""]
    body = [[str(k + 1), name, "%", "80", "80", "100", "Đạt"] for k, name in enumerate(NAMES)]
    assert any("the header names only 1 of" in d for d in _doubts([header, *body]))


def test_a_read_header_with_one_column_it_does_not_know_is_not_doubted() -> None:
    # "Cơ quan chủ trì" and "Mức độ hoàn thành" are no role the reader knows: one such column
    # beside named figures is a table read well.
    header = ["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2025", "Chỉ tiêu năm 2030", "Cơ quan chủ trì"]
    body = [[str(k + 1), name, "%", "80", "90", "Phòng Nội vụ"] for k, name in enumerate(NAMES)]
    assert _doubts([header, *body]) == ()


def _ratio(columns: list, index: int) -> tuple:
    col = next(c for c in columns if c.index == index)
    return col.role, col.period, col.divides


def test_a_header_naming_only_the_denominator_takes_the_numerator_s_period() -> None:
    # "So với cùng kỳ năm 2022 (%)" prints the year of the column it divides by: the ratio is the
    # 2023 estimate over the 2022 result, a 2023 figure (as "(8)=(6)/(4)" would say).
    columns = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "TH 2022", "KH 2023", "Ước TH 2023",
                                  "So sánh UTH/KH năm 2023 (%)", "So với cùng kỳ năm 2022 (%)", "KH 2024"]])
    assert _ratio(columns, 6) == ("ratio", "2023", (5, 4))
    assert _ratio(columns, 7) == ("ratio", "2023", (5, 3))
    columns = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2022", "Dự toán năm 2023",
                                  "Ước TH năm 2023", "So dự toán năm 2023 (%)", "So cùng kỳ năm 2022 (%)"]])
    assert _ratio(columns, 6) == ("ratio", "2023", (5, 4))
    assert _ratio(columns, 7) == ("ratio", "2023", (5, 3))


def test_so_voi_muc_tieu_compares_the_cumulative_estimate_nearest_it() -> None:
    columns = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "TH 2022",
                                  "Ước TH 2023", "Ước lũy kế 2021-2023", "So với mục tiêu NQ (%)"]])
    assert _ratio(columns, 7) == ("ratio", "2021-2023", (6, 3))


def test_cung_ky_under_a_three_level_header_divides_by_the_earlier_year() -> None:
    columns = header_to_columns([
        ["STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)", "So sánh (%)"],
        ["", "", "", "", "Dự toán", "Ước TH", "Ước TH năm 2023 so với", "Ước TH năm 2023 so với"],
        ["", "", "", "", "", "", "Dự toán", "Cùng kỳ"],
    ])
    assert _ratio(columns, 6) == ("ratio", "2023", (5, 4))
    assert _ratio(columns, 7) == ("ratio", "2023", (5, 3))


def test_bare_row_numbers_inside_names_are_numbering_when_they_continue_the_count() -> None:
    # No STT column: "5 100% các cơ quan ..." and "3 xây dựng 03 điểm ..." start with a figure or
    # a small letter, so the name cleaner alone cannot tell their numbers from the name; the
    # count of the rows around them can. Their place in the numbering is their section.
    rows = [
        ["Các chỉ tiêu chủ yếu", "Đơn vị tính", "KH 2023", "Ước TH 2023"],
        ["I. Kinh tế", "", "", ""],
        ["1 xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch", "Bản", "2", "2"],
        ["2 Tỷ lệ người dân có chữ ký số", "%", "79", "89"],
        ["3 100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "%", "93,98", "85,7"],
        ["II. CHỈ TIÊU XÃ HỘI", "", "", ""],
        ["1 Tỷ lệ lao động qua đào tạo", "%", "87", "92"],
        ["2 xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa", "Điểm", "2", "2"],
        ["100% các xã có điểm bưu điện văn hóa", "%", "100", "100"],
    ]
    out = grid_to_rows(text_grid(rows, header_rows=1), document="d", table_number=0)
    assert [(r.indicator, r.section) for r in out.rows] == [
        ("xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch", "I.1"),
        ("Tỷ lệ người dân có chữ ký số", "I.2"),
        ("100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "I.3"),
        ("Tỷ lệ lao động qua đào tạo", "II.1"),
        ("xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa", "II.2"),
        # "100" does not continue the count: it is the name's own figure.
        ("100% các xã có điểm bưu điện văn hóa", "II.2"),
    ]


def test_same_table_with_and_without_an_stt_column_gives_the_same_rows() -> None:
    # Metamorphic: the numbering in its own column or printed at the start of the names.
    body = [
        ("I.", "Kinh tế", "", "", ""),
        ("1", "xây dựng bản du lịch Sì Thầu Chải thành sản phẩm OCOP du lịch", "Bản", "2", "2"),
        ("2", "Tỷ lệ người dân có chữ ký số", "%", "79", "89"),
        ("3", "100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin", "%", "93,98", "85,7"),
    ]
    with_stt = [["STT", "Chỉ tiêu", "ĐVT", "KH 2023", "Ước TH 2023"], *[list(r) for r in body]]
    inside = [["Chỉ tiêu", "ĐVT", "KH 2023", "Ước TH 2023"], *[[f"{r[0]} {r[1]}", *r[2:]] for r in body]]
    a = grid_to_rows(text_grid(with_stt, header_rows=1), document="d", table_number=0).rows
    b = grid_to_rows(text_grid(inside, header_rows=1), document="d", table_number=0).rows
    def view(rows: tuple) -> list:
        return [(r.indicator, r.section, r.unit, [(c.role, c.period, c.value.value) for c in r.cells]) for r in rows]
    assert view(a) == view(b) and len(a) == 3


def test_section_letter_inside_a_mixed_case_heading_is_numbering_when_the_count_restarts() -> None:
    # "A Phát triển kinh tế" with the STT inside the names: "A" before a capitalised word is not
    # taken off alone ("A Lưới" is a district); the rows under it counting from "1." say it is.
    rows = [
        ["Chỉ tiêu", "Chỉ tiêu 2024 (%)", "Kết quả thực hiện năm 2024 (%)"],
        ["A Phát triển kinh tế", "", ""],
        ["1. Tỷ lệ người dân có chữ ký số", "77", "79"],
        ["2. Tăng trưởng dân gia súc", "6,4", "6,0"],
        ["A Lưới", "90", "91"],
    ]
    out = grid_to_rows(text_grid(rows, header_rows=1), document="d", table_number=0)
    assert [(r.indicator, r.section) for r in out.rows] == [
        ("Tỷ lệ người dân có chữ ký số", "A.1"), ("Tăng trưởng dân gia súc", "A.2"), ("A Lưới", "A.2"),
    ]


def test_a_garbled_header_that_seems_to_name_a_target_is_doubted() -> None:
    # A header garbled in the file (a font without its character map): "nq" among the garbage read
    # as "NQ", the resolution's target, and the one figure column it named made the table look read.
    header = ["!k{ / gxz", "??i nkv {h^y hib !in / %ww", "ynk a#xf c|ip pjn l& an / cyw",
              "xeo fd# dhlg d&g% ?@! cnxz u~a nq co / ik{"]
    body = [[str(k + 1), name, "85", "97"] for k, name in enumerate(NAMES)]
    assert any("the header reads as garbled text" in d for d in _doubts([header, *body]))


def test_the_seed_headers_read_as_vietnamese() -> None:
    # Seed 000's two header rows and seed 002's (Ea H'Leo), as printed.
    seed_000 = [
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "KH năm 2024", "Ước thực hiện năm 2024",
         "Kế hoạch năm 2025", "Ước thực hiện giai đoạn 2021 - 2024", "Ước thực hiện giai đoạn 2021 - 2025", "So sánh", "",
         "", "Ghi chú"],
        ["", "", "", "", "", "", "", "", "", "Ước thực hiện năm 2024/Kế hoạch năm 2024",
         "Ước thực hiện giai đoạn 2021-2024/ Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/ Mục tiêu NQ ĐH", ""],
    ]
    seed_002 = [["Stt", "Nội dung chỉ tiêu", "Đơn vị tính", "Mức chỉ tiêu", "Cơ quan chủ trì thực hiện chỉ tiêu"]]
    for rows in (seed_000, seed_002):
        assert garbled_header(header_to_columns(rows)) == []


def test_same_time_before_under_a_group_without_a_year_divides_the_latest_outcome_by_an_earlier_one() -> None:
    # v1215 (BIỂU 03): "So sánh (%)" over "UTH 2023/KH 2023 | Cùng kỳ" beside "Năm 2022 / TH" and
    # "Năm 2023 / KH | Ước TH". "Cùng kỳ" was read as TH 2022 / Ước TH 2023 (the nearest outcome
    # on the left taken for the earlier one), its period 2022: six ratio cells under the wrong year.
    cols = header_to_columns([
        ["TT", "Tên chỉ tiêu", "Đơn vị tính", "Năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)", "So sánh (%)"],
        ["", "", "", "TH", "KH", "Ước TH", "UTH 2023/KH 2023", "Cùng kỳ"],
    ])
    assert (cols[7].role, cols[7].divides, cols[7].period) == ("ratio", (5, 3), "2023")
    assert cols[6].divides == (5, 4)


def test_a_bare_year_after_so_voi_names_that_years_outcome() -> None:
    # Dev scans v27960 (Phụ lục II) and v27990 (BIỂU 02): "So sánh (%)" over "So dự toán | So với
    # năm 2022" beside "Quyết toán năm 2022" and "Năm 2023 / Dự toán giao | Ước TH" (headers as OCR
    # read them). "So với năm 2022" names 2022's settled accounts; it was read as a ratio of 2022
    # with nothing it divides, and the scan's repaired figures were too few to re-read it.
    for unit in ("Đơn vị tỉnh", "Đơn vị tính"):
        cols = header_to_columns([
            ["Số TT", "Các chỉ tiêu chủ yếu", unit, "Quyết toán năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)",
             "So sánh (%)"],
            ["", "", "", "", "Dự toán giao", "Ước TH", "So dự toán", "So với năm 2022"],
        ])
        assert (cols[7].role, cols[7].divides, cols[7].period) == ("ratio", (5, 3), "2023")
        assert (cols[6].divides, cols[6].period) == ((5, 4), "2023")


def test_a_column_whose_role_word_ocr_lost_takes_what_a_ratio_names_for_its_year() -> None:
    # Dev scan v27890 (Phụ lục II, red seal): "Năm 2023 / Thực hiện" read "Năm 2023 / hiện", a
    # column of no role; the ratio "UTH 2024/TH 2023" names the actual of 2023, which no column
    # held, and its figures (and the ratio's divisions) were lost.
    cols = header_to_columns([
        ["Số TT", "Danh mục", "Đơn vị", "Năm 2023", "Năm 2024", "Năm 2024", "So sánh (%)", "So sánh (%)"],
        ["", "", "", "hiện", "Kế hoạch", "Ước thực hiện", "UTHíKH", "UTH 2024/TH 2023"],
    ])
    assert (cols[3].role, cols[3].period) == ("actual", "2023")
    assert (cols[7].divides, cols[7].period) == ((5, 3), "2024")


def test_a_roleless_column_stays_when_two_could_be_the_one_a_ratio_names() -> None:
    # Two columns of 2023 with no role: which one the ratio's "TH 2023" names is not said.
    cols = header_to_columns([
        ["STT", "Chỉ tiêu", "ĐVT", "Năm 2023", "Năm 2023", "Năm 2024", "So sánh (%)"],
        ["", "", "", "hiện", "xyz", "Ước thực hiện", "UTH 2024/TH 2023"],
    ])
    assert cols[3].role == "other" and cols[4].role == "other"


def test_a_bare_year_only_a_plan_holds_still_names_the_plan() -> None:
    # "So với năm 2024" beside "Kế hoạch năm 2024 | Thực hiện năm 2024": no outcome of 2024 on the
    # left but the one compared, so the year names the plan, as before.
    cols = header_to_columns([
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Ước thực hiện năm 2025", "So với năm 2024"],
    ])
    assert cols[5].role == "ratio"
    assert cols[5].divides == (4, 3)


def test_an_estimate_side_without_a_year_is_the_estimate_column_not_an_earlier_actual() -> None:
    # v1967 (BIỂU 09): "So sánh (%)" over "UTH/KH | UTH 2025/TH 2024" beside "Năm 2024 / Thực
    # hiện" and "Năm 2025 / Kế hoạch | Ước thực hiện": "UTH/KH" was read as TH 2024 / KH 2025
    # (the nearer name by letters), its period 2024 (eight ratio cells under the wrong year).
    cols = header_to_columns([
        ["Số thứ tự", "Chỉ tiêu", "Đơn vị tính", "Năm 2024", "Năm 2025", "Năm 2025", "So sánh (%)", "So sánh (%)"],
        ["", "", "", "Thực hiện", "Kế hoạch", "Ước thực hiện", "UTH/KH", "UTH 2025/TH 2024"],
    ])
    assert (cols[6].divides, cols[6].period) == ((5, 4), "2025")
    assert (cols[7].divides, cols[7].period) == ((5, 3), "2025")


def test_headings_merged_across_a_sparse_ratio_column_do_not_make_it_hold_words() -> None:
    # Ruled PDFs repeat a merged section heading ("I. | CHỈ TIÊU KINH TẾ" over the whole row) in
    # every column it covers: a ratio column printed in 2 rows of 6 under 3 such headings was
    # said to hold words, and a table read right carried a doubt.
    header = ["Số TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu giao năm 2023", "TH 2023", "Tỷ lệ TH/KH 2023 (%)", "Kết quả đánh giá"]
    def heading(label: str, text: str) -> list[str]:
        return [label, *[text] * 6]
    rows = [
        header,
        heading("I.", "CHỈ TIÊU KINH TẾ"),
        ["1.", "Tỷ lệ giao dịch không dùng tiền mặt", "%", "Dưới 92", "88", "", "Đạt"],
        ["2.", "Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên", "%", "51", "54", "105,9", "Vượt"],
        heading("II.", "Lĩnh vực xã hội"),
        ["1.", "Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch", "Hoạt động", "5-6", "5", "", "Đạt"],
        ["2.", "Phát triển 08 đội văn nghệ quần chúng", "Đội", "6,8-7,0", "6", "", "Chưa đạt"],
        heading("III.", "Tài nguyên và môi trường"),
        ["1.", "20% trở lên hoạt động kiểm tra được thực hiện thông qua môi trường số", "%", "19-24", "18", "", "Chưa đạt"],
        ["2.", "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh", "%", "98,4", "90,6", "92,07", "Chưa đạt"],
    ]
    assert _doubts(rows) == ()


def test_row_numbers_under_a_figure_header_are_doubted() -> None:
    # v4716, columns shuffled: the figures under "Số TT" (read as row numbers, 98, 73, 76 …), the row
    # numbers 1, 2, 3 … under "Chỉ tiêu / I" (read as targets), the names under a target header
    # with a year (read as the names' column by the body). Nothing contradicted its header.
    header = ["Số TT", "Chỉ tiêu / I", "Chỉ tiêu 2023 (%) / CHỈ TIÊU KINH TẾ", "Kết quả thực hiện năm 2023 (%)"]
    figures = ["98", "73", "76", "62", "78", "25"]
    body = [[f, str(k + 1), name, "77"] for k, (f, name) in enumerate(zip(figures, [*NAMES, *NAMES][:6], strict=True))]
    assert any("row numbers in" in d for d in _doubts([header, *body]))
    # A column of figures that does not count up one by one is no numbering.
    counts = [[f, str(k + 1), name, "77"] for k, (f, name) in enumerate(zip(figures, [*NAMES, *NAMES][:6], strict=True))]
    counts = [[r[0], n, r[2], r[3]] for r, n in zip(counts, ["1", "2", "4", "5", "6", "7"], strict=True)]
    assert not any("row numbers in" in d for d in _doubts([header, *counts]))


def test_sub_header_under_a_group_ending_in_so_voi_names_the_denominator() -> None:
    # Variant 5434 (ruled BIỂU 4): "So sánh (%)" over "Ước TH năm 2024 so với" over "KH năm 2024 |
    # TH năm 2023". The second ratio compares the 2024 estimate with the 2023 actual: its period
    # is 2024, not the 2023 its own cell prints.
    rows = [["STT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023", "Năm 2024", "Năm 2024", "So sánh (%)", "So sánh (%)"],
            ["", "", "", "Thực hiện", "Kế hoạch", "Ước thực hiện", "Ước TH năm 2024 so với", "Ước TH năm 2024 so với"],
            ["", "", "", "", "", "", "KH năm 2024", "TH năm 2023"]]
    columns = header_to_columns(rows)
    assert [(c.role, c.period, c.divides) for c in columns[6:]] == [("ratio", "2024", (5, 4)), ("ratio", "2024", (5, 3))]


def test_a_plan_named_without_its_year_is_compared_with_the_outcome_of_its_year() -> None:
    # v0275 (budget table): "So sánh (%)" over "Dự toán | Cùng kỳ" beside "Thực hiện năm 2022" and
    # "Năm 2023 / Dự toán | Ước thực hiện". "Dự toán" was read as TH 2022 / DT 2023 (the first
    # outcome printed), its period 2022; the figures cannot tell (TH 2022 and Ước TH 2023 were
    # close), the plan's year can.
    cols = header_to_columns([
        ["TT", "Chỉ tiêu", "Đơn vị tính", "Thực hiện năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)", "So sánh (%)"],
        ["", "", "", "", "Dự toán", "Ước thực hiện", "Dự toán", "Cùng kỳ"],
    ])
    assert (cols[6].role, cols[6].divides, cols[6].period) == ("ratio", (5, 4), "2023")
    assert (cols[7].role, cols[7].divides, cols[7].period) == ("ratio", (5, 3), "2023")


def test_an_estimate_whose_u_ocr_lost_is_read_as_an_estimate_with_no_ratio_to_name_it() -> None:
    # Dev scan v9010 (300 dpi): "Ước TH năm 2023" read "ốc TH năm 2023" in a table with no ratio
    # column; read as the actual, its 22 figures were scored under the wrong role.
    cols = header_to_columns([["STT", "Chỉ tiêu", "ĐVT", "KH năm 2023", "ốc TH năm 2023", "Đánh giá kết quả"]])
    assert (cols[4].role, cols[4].period) == ("estimate", "2023")
    assert read_header("óc thực hiện năm 2024") == read_header("Ước thực hiện năm 2024")
    # "Thực hiện" alone, and a word that merely ends in "oc", stay what they were.
    assert read_header("Thực hiện năm 2023").kind == "actual"
    assert read_header("Học TH năm 2023").kind != "estimate"


def test_a_span_end_read_with_a_digit_too_many_is_the_one_year_it_can_be() -> None:
    # Dev scan v9420 (200 dpi): "giai đoạn 2021-2024" read "2021-29024" in a ratio header; read as
    # 2021, the ratio's 25 figures went to a period the table does not print.
    sub = "So sánh / Ước thực hiện giai đoạn 2021-29024/ Mục tiêu NQ ĐH"
    assert header_period(sub) == "2021-2024"
    # No year within a plan's reach can be made of "29099": the start year alone, as before.
    assert header_period("Ước thực hiện giai đoạn 2021-29099") == "2021"


def test_a_terms_start_read_with_a_digit_lost_is_the_one_year_it_can_be() -> None:
    # Dev scan v14380 (200 dpi, skewed): "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)" read "(nhiệm kỳ
    # 220-25)"; with no period, the target's 19 figures matched no column of the truth.
    head = "Mục tiêu NQ ĐH (nhiệm kỳ 220-25)"
    assert header_period(head) == "2020-2025"
    assert read_header(head).kind == "target"
    assert header_period("Ước thực hiện giai đoạn 221-2025") == "2021-2025"
    # "202" is 2020 to 2024 before 2025: no one year, the end alone as before.
    assert header_period("Ước thực hiện giai đoạn 202-2025") == "2025"
    # Not outside a span's words: three digits are a figure.
    assert header_period("Kế hoạch 220-25") is None


# Dev scan v10010 (unruled, 200 dpi, inline column numbers): the reader joined each column's header
# lines into one cell, so the group titles "Năm 2025" and "So sánh (%) / Ước TH năm 2025 so với"
# head only their first column, and the second ratio reads "TH năm 2024".
COLLAPSED = ["Chỉ tiêu Œ)", "Đơn vị (2)", "Năm 2024 Thực hiện @)", "Năm 2025 Kế hoạch (4)", "Ước thực hiện G6)",
             "So sánh (%) Ước TH năm 2025 so với KH năm 2025 (6)=(}/(4)", "TH năm 2024 Œ)»=@G)/G)"]
COLLAPSED_BODY = [
    ["1. Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp mức độ 4", "%", "92", "98", "82", "83,7", "89,1"],
    ["3. Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”", "%", "71", "65", "71", "109,2", "100,0"],
    ["4. Tổng doanh thu ngành du lịch", "Tỷ đồng", "1.118", "1.141", "1.074", "94,1", "96,1"],
    ["6. Số doanh nghiệp công nghệ số", "DN", "2", "2", "2", "100,0", "100,0"],
    ["8. Tỷ lệ doanh nghiệp thực hiện chuyển đổi số", "%", "26", "29", "29", "100", "111,54"],
    ["10. Thu NSNN trên địa bàn", "Tỷ đồng", "62", "68", "55", "80,9", "88,7"],
]


def test_a_column_the_ratio_divides_takes_the_year_the_ratio_names_for_it() -> None:
    cols = header_to_columns([COLLAPSED])
    assert (cols[4].role, cols[4].period) == ("estimate", "2025")
    # A year another column of that role already holds is not given twice.
    cols = header_to_columns([[*COLLAPSED[:4], "Ước thực hiện", "Ước TH năm 2025", COLLAPSED[5]]])
    assert [(c.role, c.period) for c in cols[4:6]] == [("estimate", None), ("estimate", "2025")]


@pytest.mark.parametrize("method", ["ocr-words", "words"])
def test_a_second_ratio_read_as_a_column_already_named_is_a_ratio_column(method: str) -> None:
    result = grid_to_rows(text_grid([COLLAPSED, *COLLAPSED_BODY], method=method, header_rows=1), document="d", table_number=0)
    last = result.table.columns[6]
    assert (last.role, last.divides, last.period) == ("ratio", (4, 2), "2025")
    assert [c.value.value for c in result.rows[0].cells if c.role == "ratio"] == [83.7, 89.1]


def test_a_column_named_twice_whose_figures_are_no_quotient_stays_as_read() -> None:
    body = [[*r[:6], r[2]] for r in COLLAPSED_BODY]
    last = grid_to_rows(text_grid([COLLAPSED, *body], method="ocr-words", header_rows=1), document="d", table_number=0).table.columns[6]
    assert (last.role, last.period) == ("actual", "2024")
