"""A scanned table's header left as running text above it (extractor.ocr_header_lines)."""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.ocr_header_lines import header_from_lines
from extractor.rows import grid_to_rows

Box = tuple[float, float, float, float]


def _cell(text: str, box: Box) -> GridCell:
    return GridCell(text, Provenance(page=1, bbox=box))


def _line(text: str, box: Box) -> TextLine:
    return TextLine(text, Provenance(page=1, bbox=box))


# Dev scan v13030 page 1 (OCR_VERSION 43; unruled, 300 dpi, skewed 1.45 degrees): the second table's
# header pieces came out as lines; the grid starts at its column numbers "A B c 4 5 6 7".
_ROWS = (
    (_cell("A", (83.8, 674.0, 89.6, 682.3)), _cell("B", (195.9, 671.2, 200.9, 679.5)),
     _cell("c", (315.9, 668.4, 321.3, 676.7)), _cell("4", (351.1, 666.3, 356.1, 674.6)),
     _cell("5", (385.7, 666.6, 390.4, 674.9)), _cell("6", (422.4, 665.5, 427.4, 673.7)),
     _cell("7", (485.4, 662.9, 490.0, 671.2))),
    (_cell("LẺ", (84.4, 686.9, 89.7, 695.2)), _cell("Phát triển kinh tế", (98.8, 685.0, 164.8, 694.9)),
     _cell("", (304.9, 680.8, 332.4, 689.7)), _cell("", (340.6, 679.9, 367.2, 688.8)),
     _cell("", (378.8, 679.2, 397.5, 687.8)), _cell("", (407.8, 678.1, 438.5, 687.1)),
     _cell("", (446.9, 676.1, 518.9, 686.1))),
    (_cell("1", (85.6, 704.2, 89.1, 712.5)), _cell("Thu NSNN trên địa bàn", (99.0, 699.0, 286.5, 720.1)),
     _cell("Tỷ đồng", (305.3, 697.9, 332.9, 706.7)), _cell("52.99", (344.9, 697.1, 364.1, 705.7)),
     _cell("57.45", (379.5, 696.2, 397.9, 704.8)), _cell("Vượt", (408.5, 695.5, 424.5, 704.1)),
     _cell("", (447.4, 693.1, 519.5, 711.3))),
)
_GRID = Grid(rows=_ROWS, header_rows=1, provenance=Provenance(page=1, bbox=(83.81, 662.2, 521.55, 801.52)),
             method="ocr-words")
_LINES = [
    _line("KẾT QUẢ THỰC HIỆN CÁC", (169.13, 578.33, 293.51, 604.49)),
    _line("CHỦ YẾU NĂM 2023", (337.07, 574.77, 434.82, 600.25)),
    _line("(Kèm theo Báo cáo số 806/BC-UBND của UBND huyện Nam Đông)", (193.16, 595.99, 411.46, 609.66)),
    _line("Ke", (347.37, 613.92, 357.65, 622.33)), _line("hoạch", (341.33, 621.68, 363.85, 630.4)),
    _line("năm", (344.66, 629.92, 360.94, 638.48)), _line("Ước đạt", (372.62, 624.81, 401.86, 633.7)),
    _line("Mức độ", (410.29, 623.9, 437.85, 632.75)), _line("Số", (80.75, 636.98, 90.79, 645.38)),
    _line("Tên chỉ tiêu", (175.13, 637.33, 219.48, 646.6)), _line("ĐVT", (309.72, 634.64, 326.0, 643.21)),
    _line("năm", (379.06, 632.89, 395.58, 641.46)), _line("hoàn", (414.57, 631.93, 433.49, 640.56)),
    _line("Ghi chú", (472.39, 630.23, 500.91, 639.1)), _line("TT", (80.69, 644.41, 91.22, 652.83)),
    _line("2023", (343.66, 638.05, 362.34, 646.67)), _line("được", (343.86, 645.97, 362.3, 654.59)),
    _line("2023", (378.07, 641.02, 396.75, 649.64)), _line("thành", (412.86, 640.05, 435.38, 648.77)),
]


def test_a_header_left_above_its_column_numbers_goes_back_over_them() -> None:
    [grid], lines = header_from_lines([_GRID], _LINES)
    assert grid.header_rows == 2
    assert [c.text for c in grid.rows[0]] == [
        "Số TT", "Tên chỉ tiêu", "ĐVT", "Ke hoạch năm 2023 được", "Ước đạt năm 2023", "Mức độ hoàn thành", "Ghi chú"]
    # The title over it, which spans columns, stays running text.
    assert [ln.text for ln in lines] == [ln.text for ln in _LINES[:3]]
    rows = grid_to_rows(grid, document="d", table_number=0).rows
    assert [(c.role, c.period, c.value.value) for c in rows[0].cells[:2]] == [
        ("plan", "2023", 52.99), ("estimate", "2023", 57.45)]


def test_a_grid_with_a_header_of_its_own_or_pieces_too_few_is_left_as_it_is() -> None:
    header = tuple(_cell(t, c.provenance.bbox) for t, c in zip(  # type: ignore[arg-type]
        ["STT", "Chỉ tiêu", "ĐVT", "KH 2023", "Ước 2023", "Mức độ", "Ghi chú"], _ROWS[0], strict=True))
    headed = Grid(rows=(header, *_ROWS), header_rows=2, provenance=_GRID.provenance, method="ocr-words")
    assert header_from_lines([headed], _LINES) == ([headed], _LINES)
    # Two pieces (a page number, a stray word) are no header.
    few = [_LINES[0], _LINES[8], _LINES[14]]
    assert header_from_lines([_GRID], few) == ([_GRID], few)
    # A text layer's grid is what was printed.
    words = Grid(rows=_ROWS, header_rows=1, provenance=_GRID.provenance, method="words")
    assert header_from_lines([words], _LINES) == ([words], _LINES)


def test_a_header_above_the_section_headings_of_a_headerless_grid() -> None:
    # Dev scan v13460 page 1 (rotated, unruled, 300 dpi): the grid starts at its first figures
    # row, with no header; between it and the header's pieces, two section headings merged
    # across the table ("Nghị quyết 0x-NQ/TU ..."); a header line runs past its column's figures.
    row = (_cell("1", (91.1, 374.7, 94.5, 381.5)), _cell("Hàng năm bảo tồn và duy trì ít nhất 01 di sản", (104.2, 374.8, 332.6, 391.3)),
           _cell("Di sản", (344.0, 376.5, 363.8, 383.4)), _cell("5", (398.0, 377.1, 402.4, 383.9)),
           _cell("13", (520.9, 378.0, 528.9, 384.8)), _cell("260", (649.8, 378.9, 661.1, 385.7)),
           _cell("Vượt", (691.1, 379.2, 706.5, 386.0)))
    grid = Grid(rows=(row,), header_rows=0, provenance=Provenance(page=1, bbox=(89.49, 374.74, 718.72, 545.44)),
                method="ocr-words")
    lines = [
        _line("mức độ", (694.5, 260.9, 719.1, 267.8)), _line("thực hiện", (691.4, 268.5, 721.6, 275.5)),
        _line("Lũy kế ước thực", (630.4, 276.5, 682.5, 283.6)), _line("đến năm", (692.8, 276.7, 720.1, 283.6)),
        _line("Chỉ tiêu (mục", (379.8, 278.4, 421.8, 285.4)), _line("Số", (89.3, 280.4, 98.3, 287.2)),
        _line("hiện đến hết năm", (629.6, 284.2, 683.4, 291.3)), _line("2024 so", (694.4, 284.9, 718.9, 291.8)),
        _line("tiêu) chủ yếu", (380.2, 286.3, 421.0, 293.3)),
        _line("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (433.5, 286.6, 617.6, 294.6)),
        _line("thứ", (87.8, 288.3, 99.7, 295.1)), _line("Chỉ tiêu", (207.1, 289.1, 231.4, 296.0)),
        _line("ĐVT", (348.0, 290.1, 362.0, 296.9)), _line("2024 so với chỉ tiêu", (625.7, 292.1, 686.4, 299.2)),
        _line("với mục", (693.4, 292.5, 719.3, 299.4)), _line("của Đề án, NQ", (378.2, 294.2, 423.1, 301.2)),
        _line("@)", (521.0, 296.4, 529.7, 303.2)), _line("tự", (89.7, 296.2, 97.7, 303.0)),
        _line("(mục tiêu) ĐA, NQ", (628.0, 300.2, 684.2, 307.4)), _line("tiêu đề ra", (691.6, 300.7, 721.4, 307.6)),
        _line("(4)", (396.4, 303.4, 404.8, 310.2)), _line("đề ra (6)", (643.1, 308.3, 669.0, 315.2)),
        _line("(đạt,", (699.2, 308.7, 713.5, 315.5)), _line("vượt,", (697.5, 316.6, 715.1, 323.4)),
        _line("chưa đạt)", (691.2, 324.4, 721.3, 331.4)), _line("Œ)", (702.0, 333.4, 710.4, 340.2)),
        _line("Nghị quyết 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển rừng bền vững",
              (104.8, 341.0, 492.4, 350.4)),
        _line("Nghị quyết 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về bảo tồn, phát huy bản sắc văn hóa",
              (104.4, 358.0, 740.9, 369.2)),
    ]
    [fixed], left = header_from_lines([grid], lines)
    assert [c.text for c in fixed.rows[0]][:5] == [
        "Số thứ tự", "Chỉ tiêu", "ĐVT", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)",
        "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 @)"]
    assert [ln.text[:15] for ln in left] == ["Nghị quyết 03-N", "Nghị quyết 04-N"]
    cells = grid_to_rows(fixed, document="d", table_number=0).rows[0].cells
    assert [(c.role, c.value.value) for c in cells[:3]] == [("target", 5.0), ("actual", 13.0), ("ratio", 260.0)]


def test_a_title_across_the_names_column_is_no_header_piece() -> None:
    # Dev scan v13930 page 1 (horizontal rules, DejaVu Serif): a four-column table whose header
    # (two target/outcome columns) came out as lines, 21 points above the grid; the title lines over
    # it cover no column from side to side, but run out of the names' column.
    rows = (
        (_cell("1.", (65.6, 151.3, 71.8, 159.0)), _cell("Tăng trưởng đàn gia súc", (80.0, 148.0, 169.9, 158.5)),
         _cell("7,9", (469.2, 137.3, 481.2, 145.2)), _cell("7,8", (503.1, 136.2, 515.3, 144.0))),
        (_cell("có", (65.5, 164.3, 72.5, 171.9)),
         _cell("Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%", (79.2, 157.2, 271.6, 171.2)),
         _cell("5", (476.9, 150.1, 481.9, 157.7)), _cell("4", (510.4, 148.9, 515.3, 156.5))),
    )
    grid = Grid(rows=rows, header_rows=0, provenance=Provenance(page=1, bbox=(64.84, 136.19, 518.67, 257.56)),
                method="ocr-words")
    lines = [
        _line("Kết quả thực hiện nhiệm vụ chuyển đổi số năm 2025", (159.1, 42.0, 411.1, 61.6)),
        _line("(Kèm theo Báo cáo số 588/BC-UBND của UBND huyện Nam Đông)", (174.9, 54.0, 396.0, 69.0)),
        _line("Kết quả", (483.4, 66.4, 512.7, 74.8)), _line("Chỉ", (457.8, 75.5, 471.0, 83.4)),
        _line("thực", (489.4, 74.3, 506.7, 82.3)), _line("tiêu", (457.1, 83.6, 472.2, 91.6)),
        _line("hiện", (490.2, 82.2, 507.0, 90.2)), _line("TT", (61.5, 101.1, 72.5, 108.9)),
        _line("Nội dung", (244.9, 94.0, 279.3, 102.7)), _line("2025", (455.7, 91.5, 474.4, 99.5)),
        _line("năm", (490.4, 90.1, 507.0, 98.1)), _line("(%)", (458.8, 99.7, 471.8, 107.6)),
        _line("2025", (489.5, 98.2, 508.2, 106.3)), _line("(%)", (492.7, 106.7, 505.7, 114.6)),
    ]
    [fixed], left = header_from_lines([grid], lines)
    assert [c.text for c in fixed.rows[0]] == ["TT", "Nội dung", "Chỉ tiêu 2025 (%)", "Kết quả thực hiện năm 2025 (%)"]
    assert [ln.text for ln in left] == [ln.text for ln in lines[:2]]
    cells = grid_to_rows(fixed, document="d", table_number=0).rows[0].cells
    assert [(c.role, c.period, c.value.value) for c in cells] == [("target", "2025", 7.9), ("actual", "2025", 7.8)]
