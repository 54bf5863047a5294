"""Unruled tables of scanned pages: what the whitespace column finder makes of OCR's word boxes.

The word boxes are those Tesseract read on dev scan v16440 page 1 (turned sideways, unruled,
300 dpi), one box per phrase as the column finder segments them (points of the deskewed page).
The end-to-end tests render dev variants and their scans from the generator and OCR one page;
the expected cells come from the variant's truth, never from doisoat.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.documents import grids_to_rows
from extractor.ocr import ocr_pdf_pages, tesseract_available
from extractor.pdf_words import Word, words_to_layout

# (top, bottom, [(x0, x1, text), ...]) per printed line, as OCR read dev scan v16440 page 1.
V16440_P1 = [
    (145.0, 151.2, [(721, 748, 'Đánh giá')]),
    (152.9, 159.1, [(724, 746, 'mức độ')]),
    (160.8, 167.0, [(721, 749, 'thực hiện')]),
    (168.7, 175.0, [(653, 713, 'Lũy kế ước thực hiện'), (722, 748, 'đến năm')]),
    (172.8, 179.3, [(61, 69, 'Số'), (384, 437, 'Chỉ tiêu (mục tiêu)')]),
    (176.6, 182.9, [(654, 712, 'đến hết năm 2024 so'), (725, 746, '2024 so')]),
    (180.7, 187.2, [(60, 70, 'thứ'), (199, 223, 'Chỉ tiêu'), (354, 374, 'Đơn vị'), (383, 438, 'chủ yếu của Đề án,'), (458, 628, 'Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024'), (757, 780, 'Ghi chú')]),
    (184.6, 190.8, [(652, 714, 'với chỉ tiêu (mục tiêu)'), (724, 747, 'với mục')]),
    (188.6, 195.1, [(61, 68, 'tự'), (405, 416, 'NQ')]),
    (192.5, 198.7, [(664, 702, 'ĐA, NQ đề ra'), (722, 750, 'tiêu đề ra')]),
    (200.6, 206.9, [(728, 742, '(đạt,')]),
    (208.3, 214.6, [(727, 743, 'vượt,')]),
    (216.5, 222.7, [(721, 749, 'chưa đạt)')]),
    (225.6, 234.7, [(408, 413, '4'), (733, 737, '7')]),
    (229.2, 235.7, [(63, 66, '1'), (208, 212, '2'), (362, 366, '3'), (541, 546, '5'), (681, 685, '6'), (767, 771, '8')]),
    (242.2, 248.6, [(64, 66, 'I'), (76, 428, 'Nghị quyết 03-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển rừng bền vững giai đoạn 2021-2025, định hướng đến năm 2030')]),
    (259.2, 265.7, [(62, 67, 'H'), (76, 634, 'Nghị quyết 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về bảo tồn, phát huy bản sắc văn hóa truyền thống tốt đẹp của các dân tộc gắn với phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm'), (637, 652, '2030')]),
    (276.2, 282.7, [(63, 66, '1'), (77, 345, 'Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết, âm thực, dân'), (355, 374, 'Di sản'), (433, 437, '5'), (639, 646, '13'), (706, 716, '260'), (721, 735, 'Vượt')]),
    (284.4, 290.6, [(76, 183, 'ca, dân vũ, nghề thủ công truyền thống...')]),
    (297.1, 303.6, [(63, 67, '°'), (75, 285, 'Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1,'), (288, 316, 'Bản Thắm)'), (359, 370, 'Bản'), (433, 437, '3'), (642, 646, '3'), (706, 716, '100'), (721, 731, 'Đạt')]),
    (314.2, 320.6, [(76, 231, 'Công nhận mới 02 điểm du lịch (Lao Tỳ Phùng, Chu Va 6)'), (359, 370, 'Bản'), (433, 437, '2'), (642, 645, '1'), (709, 716, '50'), (721, 745, 'Chưa đạt')]),
    (331.2, 337.7, [(63, 66, '3'), (76, 282, 'xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch'), (359, 370, 'Bản'), (433, 437, '2'), (642, 646, '2'), (706, 716, '100'), (721, 731, 'Đạt')]),
    (348.0, 354.5, [(75, 317, 'Xây dựng 06 câu lạc bộ văn nghệ dân gian truyền thống tiêu biểu cho 06 dân tộc huyện Tam'), (319, 338, 'Đường'), (358, 371, 'CLB'), (433, 437, '6'), (639, 645, '21'), (706, 716, '350'), (721, 735, 'Vượt')]),
    (356.4, 362.6, [(76, 186, '(Dân tộc Dao, Thái, Mông, Dáy, Lào, Lự)')]),
    (368.9, 375.4, [(75, 287, 'Phát triển 08 đội văn nghệ quần chúng thành sản phẩm du lịch phục vụ du khách'), (359, 370, 'Đội'), (433, 437, '8'), (639, 646, '10'), (706, 716, '125'), (721, 735, 'Vượt')]),
    (385.9, 392.4, [(75, 212, 'Duy trì 95% hoạt động của đội văn nghệ tại các bản'), (361, 368, '%'), (430, 437, '95'), (636, 646, '100'), (701, 716, '105,3'), (721, 735, 'Vượt')]),
    (402.5, 409.4, [(75, 176, 'Duy trì hoạt động của câu lạc bộ khèn'), (179, 194, 'Mông'), (358, 371, 'CLB'), (433, 437, '4'), (642, 646, '7'), (706, 716, '175'), (721, 735, 'Vượt')]),
    (419.5, 426.5, [(63, 67, '4'), (77, 341, '100% các trường học có chương trình hoạt động ngoại khóa gắn với nội dung bảo tồn văn hóa truyền'), (362, 367, '%'), (427, 437, '100'), (636, 646, '100'), (706, 716, '100'), (721, 731, 'Đạt')]),
    (428.2, 434.4, [(75, 162, 'thống các dân tộc tại địa phương')]),
    (440.9, 447.4, [(63, 66, '5'), (76, 101, 'Hàng năm'), (105, 261, 'tổ chức hoạt động Tuần Văn hóa du lịch huyện Tam'), (243, 261, 'Đường'), (351, 379, 'Hoạt động'), (433, 437, '5'), (642, 646, '5'), (706, 716, '100'), (721, 731, 'Đạt')]),
    (457.9, 464.4, [(75, 255, 'xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa, sản phẩm'), (258, 333, 'OCOP, nông sản gắn với các'), (357, 372, 'Điểm'), (433, 437, '3'), (642, 645, '1'), (704, 716, '33.3'), (720, 745, 'Chưa đạt')]),
    (466.1, 472.3, [(76, 140, 'điểm tham quan, du lịch')]),
    (478.8, 485.3, [(63, 66, '6'), (76, 201, 'Tốc độ tăng trưởng khách du lịch đạt 209%/năm'), (362, 367, '%'), (430, 437, '20'), (634, 646, '17,5'), (704, 716, '87,5'), (721, 745, 'Chưa đạt')]),
    (495.8, 502.3, [(76, 261, 'Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng'), (352, 376, 'Tỷ đồng'), (422, 437, '1.022'), (635, 646, '510'), (704, 716, '49,9'), (721, 745, 'Chưa đạt')]),
    (512.9, 519.1, [(61, 69, 'Hi)'), (76, 482, 'Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021 - 2025 định hướng đến năm'), (485, 498, '2030')]),
    (529.9, 536.2, [(61, 69, 'IV'), (76, 687, 'Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030')]),
]


def _words(lines: list[tuple[float, float, list[tuple[int, int, str]]]]) -> list[Word]:
    return [Word(text, x0, top, x1, bottom, page=1) for top, bottom, cells in lines for x0, x1, text in cells]


def _v16440_grid() -> list[list[str]]:
    [grid] = words_to_layout(_words(V16440_P1), page=1, page_width=841.92, page_height=595.68).grids
    return [[c.text for c in row] for row in grid.rows]


def test_a_heading_printed_across_the_columns_does_not_merge_them() -> None:
    """"II | Nghị quyết 04-NQ/TU ... định hướng đến năm | 2030" runs over the unit and target
    columns that the fourteen rows under it keep apart: it shaped the name, unit and target columns
    into one ("... (Sì Thầu Chải, Lao Chải 1, Bản Thắm) Bản 3"), and the header over them."""
    rows = _v16440_grid()
    named = {row[1]: row[2:] for row in rows if len(row) > 3}
    assert named["Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thắm)"][:5] == [
        "Bản", "3", "3", "100", "Đạt"]
    assert named["Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch huyện Tam Đường"][:5] == [
        "Hoạt động", "5", "5", "100", "Đạt"]
    assert rows[0][1:3] == ["Chỉ tiêu", "Đơn vị"]
    # The heading is one cell after its number, its last word "2030" no figure: read as a row of
    # figures, it was no section heading and the rows under it lost their section.
    [heading] = [row for row in rows if row[0] == "H"]
    assert heading[1].startswith("Nghị quyết 04-NQ/TU") and heading[1].endswith("định hướng đến năm 2030")
    assert not any(heading[2:])


def test_column_numbers_read_a_little_higher_are_header_not_a_row() -> None:
    """"4 | 7" read just above "1 | 2 | 3 | 5 | 6 | 8": taken for the first body row (a row "4"),
    the numbers under it made columns of their own and the figures came out one column right of
    their headers ("Lũy kế thực hiện ..." over an empty column, its figures under the ratio's)."""
    rows = _v16440_grid()
    header = rows[0]
    row = next(r for r in rows if r[1].startswith("Duy trì 95% hoạt động"))
    cumulative = header.index("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024")
    assert row[cumulative:cumulative + 3] == ["100", "105,3", "Vượt"]
    assert not any(r[0] == "4" and not any(r[1:3]) for r in rows)
    assert ["1", "2", "3", "4", "5", "6", "7", "8"] in rows


OK, REASON = tesseract_available()
needs_ocr = pytest.mark.skipif(not OK, reason=f"OCR tests need Tesseract with 'vie': {REASON}")


def _found(seed: int, page: int, tmp_path: Path, wanted_roles: list[tuple[str, str | None]]) -> dict[tuple[str, str | None], tuple[int, int]]:
    from corpus.variants import write_seed

    truth = write_seed(seed, tmp_path, scan_copy=True, edits=False)
    [scanned] = ocr_pdf_pages(tmp_path / f"v{seed:04d}_scan.pdf", [page])
    _, rows = grids_to_rows(list(scanned.grids), document="d")
    got = {(c.role, c.period, c.value.value) for r in rows for c in r.cells if c.value.value is not None}
    out = {}
    for role, period in wanted_roles:
        wanted = [c["value"] for t in truth["tables"] for r in t["rows"] if r.get("page") == page for c in r["cells"]
                  if (c["role"], c["period"]) == (role, period) and c.get("value") is not None]
        out[(role, period)] = (sum((role, period, v) in got for v in wanted), len(wanted))
    return out


@needs_ocr
def test_a_sideways_unruled_page_keeps_its_name_unit_and_figure_columns_apart(tmp_path: Path) -> None:
    """Dev scan v16440 page 1: its 39 figures were lost under columns merged by a heading and
    shifted by column numbers read a little higher."""
    found = _found(16440, 1, tmp_path, [("target", None), ("actual", "2024"), ("ratio", "2024")])
    for key, (hit, total) in found.items():
        assert total >= 10 and hit >= 0.8 * total, (key, hit, total)


@needs_ocr
def test_a_header_cell_read_with_a_word_two_lines_tall_is_read_again(tmp_path: Path) -> None:
    """Dev scan v16100 page 1 (skewed 1.2°): "Kết quả thực hiện năm 2025 (tỷ lệ %)" was read
    "Kết quả In năm hiện 2025", its "In" boxed over two lines; the column lost its role."""
    found = _found(16100, 1, tmp_path, [("actual", "2025")])
    hit, total = found[("actual", "2025")]
    assert total >= 5 and hit == total, (hit, total)
