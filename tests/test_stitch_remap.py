"""A continuation page read from whitespace whose columns came out otherwise than the page before's.

Strings and boxes (points of the page as stored) are those of dev scan v12100 (Biểu 02, 300 dpi,
grey seal, skewed): page 3 reads the header in 8 columns, page 4 in 9 ("Lũy kế thực hiện từ khi" |
"ban hành ĐA, NQ …" cut apart), its figures under the wrong whitespace columns. Long accounts are
cut short here; their boxes are as read.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import stitch_grids

Box = tuple[float, float, float, float]

PAGE_3: list[list[tuple[str, Box]]] = [
    [("TT", (66, 67, 75, 74)), ("Chỉ tiêu", (192, 70, 215, 78)), ("Đơn vị tính", (335, 70, 356, 85)),
     ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)", (367, 67, 422, 91)),
     ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 (5)", (449, 76, 627, 88)),
     ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra (6)", (653, 70, 724, 101)),
     ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (Œ)", (728, 47, 758, 128)),
     ("Ghi chú (8)", (763, 80, 786, 96))],
    [("III", (67, 117, 72, 123)),
     ("Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai "
      "đoạn 2021 - 2025 định hướng đến năm 2030", (80, 117, 314, 137)),
     ("", (326, 123, 355, 481)),
     ("~ Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc chẽ tập trung 400 ha.", (358, 124, 422, 366)),
     ("~ Hình thành các vùng sản xuất nông nghiệp hàng hóa tập trung và phát triển các sản phẩm hàng hóa chủ lực.",
      (417, 125, 648, 488)),
     ("- Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800 ha, đạt 36,3% NQ.", (645, 130, 724, 395)),
     ("", (719, 132, 756, 491)), ("", (753, 133, 785, 492))],
    [("", (55, 507, 64, 514)),
     ("Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm", (70, 508, 299, 520)),
     ("%", (332, 514, 339, 521)), ("30", (406, 516, 413, 523)), ("", (416, 516, 638, 528)),
     ("30", (707, 523, 715, 530)), ("Đạt", (718, 523, 729, 530)), ("", (752, 524, 776, 531))],
]
# The same header, its column (5) cut in two and the mark of column (7) read otherwise.
HEADER_4: list[tuple[str, Box]] = [
    ("TT", (58, 81, 66, 87)), ("Chỉ tiêu", (184, 80, 206, 86)), ("Đơn vị tính", (326, 74, 347, 87)),
    ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)", (358, 69, 414, 92)),
    ("Lũy kế thực hiện từ khi", (440, 75, 507, 82)), ("ban hành ĐA, NQ đến hết năm 2024 (5)", (510, 74, 620, 81)),
    ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra (6)", (644, 61, 717, 90)),
    ("Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (7)", (720, 35, 750, 116)),
    ("Ghi chú (8)", (755, 68, 778, 82)),
]
BODY_4: list[list[tuple[str, Box]]] = [
    [("", (59, 130, 67, 137)),
     ("Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên từ 10% trở lên", (73, 127, 285, 136)),
     ("%", (335, 127, 341, 133)), ("", (359, 126, 396, 132)), ("50", (408, 126, 415, 132)), ("", (511, 122, 642, 130)),
     ("50", (710, 121, 717, 127)), ("Đạt", (722, 121, 732, 127)), ("", (756, 121, 779, 127))],
    [("", (59, 186, 68, 207)),
     ("80% dịch vụ công có đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4",
      (73, 183, 310, 207)),
     ("%", (336, 183, 342, 189)), ("", (360, 182, 397, 203)), ("80", (409, 182, 417, 188)), ("80", (635, 179, 642, 185)),
     ("100", (707, 178, 718, 184)), ("Đạt", (723, 177, 733, 183)), ("", (756, 176, 780, 198))],
]


def _grid(rows: list[list[tuple[str, Box]]], page: int) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=b)) for t, b in row) for row in rows)
    boxes = [b for row in rows for _, b in row]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Grid(rows=cells, header_rows=1, provenance=Provenance(page=page, bbox=box), method="ocr-words")


def test_a_repeated_header_cut_into_more_columns_with_a_mark_misread_continues_the_table() -> None:
    [table] = stitch_grids([_grid(PAGE_3, 3), _grid([HEADER_4, *BODY_4], 4)])
    assert len(table.rows) == len(PAGE_3) + len(BODY_4)
    rows = {r[1].text: [c.text for c in r] for r in table.rows}
    # Under page 3's columns: target, result, ratio, evaluation.
    assert rows[BODY_4[1][1][0]][2:7] == ["%", "80", "80", "100", "Đạt"]
    assert rows[BODY_4[0][1][0]][2:7] == ["%", "50", "", "50", "Đạt"]


def test_a_header_naming_another_column_still_heads_a_table_of_its_own() -> None:
    other = [(t.replace("Ghi chú", "Ghi chú khác"), b) for t, b in HEADER_4]
    assert len(stitch_grids([_grid(PAGE_3, 3), _grid([other, *BODY_4], 4)])) == 2
