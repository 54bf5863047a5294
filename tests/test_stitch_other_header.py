"""The next page's table, with a header of its own, is no continuation of the table above: sharing the
label columns every indicator table prints ("TT | Tên chỉ tiêu | ĐVT") and one head ("Mục tiêu") does
not make its header a repeat of the header above, nor its years row the rest of the row above
(``extractor.stitch._spilled_row``).

v7640 (dev seed, text layer, landscape). Page 1 ends with "Phụ lục II" ("Số TT | Chỉ tiêu | ĐVT |
Mục tiêu" over "2024 | 2025 | 2030"), its last row "5. Số xã đạt chuẩn nông thôn mới | Xã | 17/19 |
19/19 | 14/19". Page 2 holds "Biểu 5", whose header reads "TT | Tên chỉ tiêu | ĐVT | Mục tiêu Nghị
quyết … | Kết quả thực hiện (×3) | So với mục tiêu NQ (%) | Đánh giá …" over "2023 | Ước 2024 | Ước
lũy kế 2021-2024". Its first header row was taken for a repeat of Phụ lục II's, so its years' row
for the rest of row 5 cut at the page break: the years went into Phụ lục II's row 5 and Biểu 5's
figures came out without their years (61 of 77 cells exact; the class's only instance among the
development PDFs). A row of periods is a header's: it is no cut row's rest. The first mend (a repeat as
wide as the header it repeats) lost a true spill under a repeat that a Writer print's reader cut into
one more column (v13990's edited copy in test_variant_writer).
The boxes below are those the reader gives for the PDF.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import _spilled_row


def _row(page: int, cells: list[tuple[str, tuple[float, float, float, float]]]) -> tuple[GridCell, ...]:
    return tuple(GridCell(t, Provenance(page=page, bbox=box)) for t, box in cells)


PHU_LUC_II = Grid(
    rows=(
        _row(1, [("Số TT", (91.7, 406.7, 103.1, 426.4)), ("Chỉ tiêu", (326.3, 412.1, 358.9, 421.0)),
                 ("ĐVT", (587.9, 412.1, 605.7, 421.0)), ("Mục tiêu", (630.1, 404.2, 652.4, 426.4)),
                 ("Mục tiêu", (669.5, 404.2, 705.6, 413.1)), ("Mục tiêu", (722.7, 404.2, 745.0, 426.4))]),
        _row(1, [("", (91.7, 420.6, 103.1, 429.5)), ("", (112.3, 420.6, 435.7, 429.5)), ("", (587.9, 420.6, 605.7, 429.5)),
                 ("2024", (631.4, 420.6, 651.2, 429.5)), ("2025", (677.7, 420.6, 697.5, 429.5)),
                 ("2030", (723.9, 420.6, 743.7, 429.5))]),
        _row(1, [("5.", (93.7, 516.9, 101.1, 525.8)), ("Số xã đạt chuẩn nông thôn mới", (112.3, 516.9, 236.4, 525.8)),
                 ("Xã", (591.3, 516.9, 602.2, 525.8)), ("17/19", (630.1, 516.9, 652.4, 525.8)),
                 ("19/19", (676.4, 516.9, 698.7, 525.8)), ("14/19", (722.7, 516.9, 745.0, 525.8))]),
    ),
    header_rows=2, provenance=Provenance(page=1, bbox=(91.7, 404.2, 745.0, 525.8)), method="words",
    title="Phụ lục II MỤC TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2024-2030")

BIEU_5 = Grid(
    rows=(
        _row(2, [("TT", (70.0, 97.7, 80.8, 106.6)), ("Tên chỉ tiêu", (246.2, 97.7, 295.6, 106.6)),
                 ("ĐVT", (466.4, 97.7, 484.2, 106.6)),
                 ("Mục tiêu Nghị quyết Đại hội nhiệm kỳ 2020-2025", (499.7, 70.5, 542.3, 133.7)),
                 ("Kết quả thực hiện", (558.5, 70.5, 589.0, 133.7)), ("Kết quả thực hiện", (578.0, 75.0, 653.7, 83.9)),
                 ("Kết quả thực hiện", (640.8, 70.5, 683.9, 133.7)), ("So với mục tiêu NQ (%)", (691.2, 86.8, 727.8, 117.4)),
                 ("Đánh giá mức độ thực hiện năm 2024", (735.5, 81.4, 776.1, 122.9))]),
        _row(2, [("", (70.0, 99.2, 80.8, 129.8)), ("", (90.4, 99.2, 363.9, 129.8)), ("", (459.3, 99.2, 491.4, 129.8)),
                 ("", (499.7, 99.2, 542.8, 129.8)), ("2023", (558.5, 110.1, 578.3, 119.0)),
                 ("Ước 2024", (594.2, 110.1, 635.2, 119.0)), ("Ước lũy kế 2021-2024", (640.8, 99.2, 683.4, 129.8)),
                 ("", (691.2, 99.2, 730.2, 129.8)), ("", (735.2, 99.2, 776.1, 129.8))]),
        _row(2, [("1.", (71.7, 140.7, 79.1, 149.6)), ("Tổng sản lượng lương thực", (90.4, 140.7, 200.1, 149.6)),
                 ("Tấn", (467.7, 140.7, 483.0, 149.6)), ("50.762", (515.5, 140.7, 542.8, 149.6)),
                 ("48.109", (561.8, 140.7, 589.0, 149.6)), ("56.416", (608.1, 140.7, 635.3, 149.6)),
                 ("46.899", (656.7, 140.7, 683.9, 149.6)), ("92,4", (712.8, 140.7, 730.2, 149.6)),
                 ("Chưa đạt", (735.2, 140.7, 772.3, 149.6))]),
    ),
    header_rows=2, provenance=Provenance(page=2, bbox=(70.0, 70.5, 776.1, 215.3)), method="words")


def test_the_next_tables_years_row_is_no_rest_of_the_last_row_above() -> None:
    assert _spilled_row(PHU_LUC_II, 1, BIEU_5, True) is None
