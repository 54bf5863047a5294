"""Pages of figures under a scanned page whose rows print only text (dev scan v17390 pages 1-2).

Page 1 of dev scan v17390 (unruled, skewed, red seal, 200 dpi) prints only rows of running text;
page 2 goes on with rows of figures under page 1's header. The grids are those OCR stored for the
two pages (OCR_VERSION 46, boxes on the page as scanned), their long texts cut to a few words. The
expected cells come from the page as printed, never from doisoat.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import remap_columns


def _grid(page: int, rows: list[list[tuple[str, tuple[float, float, float, float]]]], header_rows: int,
          bbox: tuple[float, float, float, float]) -> Grid:
    cells = tuple(tuple(GridCell(text, Provenance(page=page, bbox=box)) for text, box in row) for row in rows)
    return Grid(cells, header_rows=header_rows, provenance=Provenance(page=page, bbox=bbox), method="ocr-words")


# Page 1's long text cells make its actual and ratio columns overlap (actual 436-636, ratio
# 633-704); page 2, scanned with another skew, lies some 4 pt right of page 1. (Page 1's unit
# column, empty there, is read into the target's header: a limit of the whitespace reader.)
V17390_P1_GRID = [
    [('TT', (74.3, 190.4, 84.8, 198.2)), ('Hạng mục - - - -', (124.6, 185.4, 235.7, 238.7)), ('- Đơn vị tính tiêu) của', (350.7, 138.7, 435.4, 200.0)), ('- Lũy kế thực hiện từ', (436.3, 159.9, 627.7, 218.0)), ('Lũy kế ước thực hiện đến', (631.8, 157.4, 694.9, 196.7)), ('Đánh giá mức độ thực hiện', (695.9, 128.7, 731.9, 217.8)), ('- Ghi chú (8)', (733.0, 142.2, 762.3, 180.3))],
    [('I', (79.8, 242.8, 82.7, 250.3)), ('Nghị quyết 03-NQ/TU của Ban Chấp', (91.6, 234.4, 336.2, 257.1)), ('1) Tập trung quản lý, bảo', (387.1, 231.0, 446.2, 518.4)), ('Quan tâm chỉ đạo cơ quan', (440.1, 224.6, 635.7, 377.2)), ('(1) Tập trung quản lý, bảo', (633.2, 222.5, 704.3, 495.3)), ('', (698.9, 221.2, 741.5, 508.0)), ('', (735.6, 220.2, 773.2, 506.8))],
]
V17390_P2_GRID = [
    [('1', (86.5, 32.9, 89.3, 39.7)), ('Hàng năm bảo tồn và duy', (98.3, 33.4, 343.6, 52.0)), ('Di sản', (362.0, 38.4, 383.4, 45.5)), ('5', (439.5, 39.9, 444.4, 46.7)), ('13', (629.8, 43.8, 637.8, 50.7)), ('260', (690.5, 45.0, 702.3, 51.9)), ('Vượt', (707.0, 45.3, 722.0, 52.3))],
    [('2', (85.6, 52.6, 89.4, 59.4)), ('-+ “yYỶ;PyyYyytynynyxynanwsxnaynuxxxa 1,', (97.9, 52.8, 341.8, 64.2)), ('Bản', (366.1, 57.9, 378.8, 64.9)), ('3', (439.1, 59.3, 443.8, 66.2)), ('3', (632.7, 63.3, 637.2, 70.1)), ('100', (690.6, 64.4, 702.0, 71.3)), ('Đạt', (706.9, 64.7, 718.3, 71.7))],
    [('', (85.0, 72.2, 89.7, 79.5)), ('Công nhận mới 02 điểm du', (97.0, 72.5, 274.0, 82.6)), ('Bản', (365.8, 77.9, 378.6, 84.8)), ('2', (438.7, 79.3, 443.4, 86.1)), ('1', (632.8, 83.0, 636.1, 89.8)), ('50', (693.5, 84.4, 701.6, 91.3)), ('Chưa đạt', (706.3, 84.4, 734.7, 91.7))],
]


def test_a_figure_ending_where_an_overlapping_column_ends_goes_under_it() -> None:
    """"13" (629.8-637.8) lies inside page 1's actual column and inside the narrower ratio column
    that overlaps it; it ends where the actual column ends, right-aligned there. Put under the
    narrower, it and every figure after it went one column right (the actual read as the ratio,
    the ratio joined to the evaluation, "260 Vượt")."""
    prev = _grid(1, V17390_P1_GRID, 1, (72.92, 127.61, 774.05, 555.32))
    grid = _grid(2, V17390_P2_GRID, 0, (81.6, 32.88, 735.47, 269.71))
    moved = remap_columns(grid, prev)
    assert moved is not None
    rows = [[c.text for c in row] for row in moved.rows]
    assert rows[0][3:6] == ["13", "260", "Vượt"]
    assert rows[1][3:6] == ["3", "100", "Đạt"]
    assert rows[2][3:6] == ["1", "50", "Chưa đạt"]
