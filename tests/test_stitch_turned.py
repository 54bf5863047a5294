"""Stitching a table whose first page was fed into the scanner sideways (OCR turned it a quarter).

The OCR reader keeps each cell's box on the page as stored, so on such a page a row's cells run
down a portrait page while the next page's run across a landscape one. The boxes and strings are
those of dev scan v11980 (Biểu 02, first page fed turned 270°, continuation pages without header).
"""

from __future__ import annotations

from dataclasses import replace

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.rows import split_header
from extractor.stitch import quarter_turns, stitch_grids

# Column spans across the level (landscape) page, in points.
COLUMNS = [(58.0, 90.0), (95.0, 400.0), (405.0, 470.0), (475.0, 600.0), (605.0, 785.0)]
HEADER = ["STT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ",
          "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024"]
PAGE_1 = [
    HEADER,
    ["1", "Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết", "Di sản", "5", "13"],
    ["2", "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)", "Bản", "3", "3"],
]
PAGE_2 = [
    ["", "Công nhận mới 02 điểm du lịch (Lao Tỳ Phùng, Chu Va 6)", "Bản", "2", "1"],
    ["3", "xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch", "Bản", "2", "2"],
]
WIDTH, HEIGHT = 842.0, 595.0  # the level page; stored sideways it is HEIGHT wide and WIDTH tall


def _box(col: int, row: int, turn: int) -> tuple[float, float, float, float]:
    """The box of cell (row, col) on the level page (turn 0), or on that page stored turned a
    quarter: 1 with its columns running down the stored page, -1 up it."""
    x0, x1 = COLUMNS[col]
    y0, y1 = 60.0 + 40.0 * row, 90.0 + 40.0 * row
    if turn == 0:
        return x0, y0, x1, y1
    if turn > 0:
        return HEIGHT - y1, x0, HEIGHT - y0, x1
    return y0, WIDTH - x1, y1, WIDTH - x0


def _grid(rows: list[list[str]], page: int, turn: int) -> Grid:
    cells = tuple(
        tuple(GridCell(t, Provenance(page=page, bbox=_box(c, r, turn))) for c, t in enumerate(row)) for r, row in enumerate(rows)
    )
    boxes = [c.provenance.bbox for row in cells for c in row if c.provenance.bbox is not None]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Grid(rows=cells, provenance=Provenance(page=page, bbox=box), method="ocr")


def test_a_first_page_fed_sideways_is_continued_by_the_next_page_either_way() -> None:
    for turn in (1, -1):
        first, second = _grid(PAGE_1, 1, turn), _grid(PAGE_2, 2, 0)
        assert set(quarter_turns([*first.rows, *second.rows])) == {1}
        [table] = stitch_grids([first, second])
        assert [r[1].text for r in table.rows] == [r[1] for r in PAGE_1 + PAGE_2]
        assert split_header(table) == 1


def test_level_pages_are_not_taken_for_turned_ones() -> None:
    assert quarter_turns([*_grid(PAGE_1, 1, 0).rows, *_grid(PAGE_2, 2, 0).rows]) == {}


def test_a_level_table_elsewhere_on_the_next_page_is_still_a_table_of_its_own() -> None:
    first = _grid(PAGE_1, 1, 1)
    moved = Grid(rows=tuple(tuple(GridCell(c.text, Provenance(page=2, bbox=(c.provenance.bbox[0] + 150.0, *c.provenance.bbox[1:3],
                                                                           c.provenance.bbox[3]) if c.provenance.bbox else None))
                                  for c in row) for row in _grid(PAGE_2, 2, 0).rows),
                 provenance=Provenance(page=2, bbox=(208.0, 60.0, 935.0, 130.0)), method="ocr")
    assert len(stitch_grids([first, moved])) == 2


def test_a_continuation_page_opening_on_a_heading_beside_paragraphs_is_body() -> None:
    # v11980 page 3: the heading of part III, its target and result columns holding accounts of
    # 130 and 790 words that name "NQ" and "đạt" as a header would. OCR read its number "III" as "m",
    # so the row does not open like a numbered body row.
    account = ("- Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800 ha, đạt 36,3% NQ; trồng mới chè "
               "tập trung 386,28/400 ha, đạt 96,57% NQ. Trồng mới chè cổ thụ 64,5/65 ha, đạt 99,2% NQ; bảo tồn 2.306/4.328 "
               "cây chè cổ thụ, đạt 53,3% NQ. - Phát triển các sản phẩm nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng "
               "hóa thực hiện 600/600 ha, đạt 100% NQ.")
    third = [
        ["m", "Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai "
                "đoạn 2021 - 2025 định hướng đến năm 2030", "", account, account],
        ["", "Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm", "%", "30", "30"],
    ]
    [table] = stitch_grids([_grid(PAGE_1, 1, 0), _grid(PAGE_2, 2, 0), _grid(third, 3, 0)])
    assert split_header(table) == 1
    assert [r[0].text for r in table.rows[-2:]] == ["m", ""]


def test_a_whitespace_table_cut_in_two_on_a_page_fed_sideways_is_one_table() -> None:
    # v11630, page 1: OCR garbled a wrapped row, and the whitespace reader cut the table under it;
    # both parts were given the caption over the table, and the skew makes their rows overlap.
    caption = "BIỂU 02: TỔNG HỢP TÌNH HÌNH THỰC HIỆN CHỈ TIÊU ĐỀ ÁN, NGHỊ QUYẾT CỦA BCH ĐẢNG BỘ TỈNH"
    body = [["I", "Nghị quyết 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển rừng bền vững", "", "", ""], *PAGE_1[1:]]
    upper = replace(_grid([HEADER, *body], 1, 1), method="ocr-words", header_rows=1, title=caption)
    rows = [tuple(GridCell(c.text, Provenance(page=1, bbox=(b[0] - 140.0, b[1], b[2] - 140.0, b[3])))
                  for c in row if (b := c.provenance.bbox) is not None) for row in _grid(PAGE_2, 1, 1).rows]
    lower = Grid(rows=tuple(rows), provenance=Provenance(page=1, bbox=(
        min(c.provenance.bbox[0] for r in rows for c in r if c.provenance.bbox),
        min(c.provenance.bbox[1] for r in rows for c in r if c.provenance.bbox),
        max(c.provenance.bbox[2] for r in rows for c in r if c.provenance.bbox),
        max(c.provenance.bbox[3] for r in rows for c in r if c.provenance.bbox))), method="ocr-words", title=caption)
    [table] = stitch_grids([upper, lower])
    assert [[c.text for c in r] for r in table.rows[-2:]] == PAGE_2
