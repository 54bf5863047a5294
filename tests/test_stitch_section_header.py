"""A continuation page whose first row, a section's heading, was read as the header of a new table.

Strings and boxes (points of the page as stored) are those OCR read on dev scan v19030 (BIỂU 02,
unruled, skewed, grey seal, 300 dpi): page 3 opens with the row of "Nghị quyết 05-NQ/TU ...", whose
goals' columns print the resolution's aims as a list ("~ Phát triển ...", "- Phát triển ...");
the whitespace reader took that row for a header of seven columns under page 1's eight. Taken for a
new table's, its body (pages 3 to 5) went under columns named by the aims: targets read from the
ratio column, actuals as plans.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.stitch import stitch_grids

Box = tuple[float, float, float, float]

PAGE_1_19030: list[list[tuple[str, Box]]] = [
    [('Số TT', (72, 124, 81, 137)), ('Chỉ tiêu', (211, 122, 236, 130)), ('Đơn vị', (371, 117, 392, 124)), ('Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ', (404, 109, 449, 130)), ('Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024', (461, 106, 628, 125)), ('Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra', (640, 94, 696, 129)), ('Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)', (701, 69, 732, 150)), ('Ghi chú', (736, 105, 760, 112))],
    [('', (77, 176, 79, 182)), ('', (87, 167, 348, 189)), ('', (372, 165, 396, 227)), ('(1) Tập trung quản lý, bảo vệ tốt 33.032 ha rừng hiện có; tỷ lệ che phủ rừng đạt 51,82%. (2) Khoanh nuôi xúc tiến tái sinh tự nhiên trên', (404, 164, 451, 225)), ('Quan tâm chỉ đạo cơ quan tham mưu: thực hiện đồng bộ các hoạt động quản lý, bảo vệ, khoanh nuôi xúc tiến tái sinh rừng, trồng rừng, khai thác, chế biến, thương mại lâm sản, dịch vụ môi trường rừng, phát triển du lịch sinh thái,... Thành lập Ban Chỉ huy phòng cháy chữa cháy rừng; tăng cường kiểm tra, giám sát thực hiện tốt công tác phòng cháy, chữa cháy rừng với quan điểm phòng là chính; đấu tranh, ngăn chặn, xử lý các hành vi vi phạm pháp luật về lâm nghiệp; kiểm soát chặt chẽ các dự án có chuyên mục đích sử dụng rừng sang mục đích khác. Xây dựng 01', (455, 158, 638, 224)), ('(1) Tập trung quản lý, bảo vệ tốt 34.898/33.032 ha rừng hiện có, đạt 105,7% NQ; tỷ lệ che phủ rừng đạt 51,3/51,82% đạt 99% NQ. (2) Khoanh nuôi xúc tiến tái sinh', (641, 156, 701, 217)), ('', (703, 154, 734, 216)), ('', (737, 153, 763, 215))],
    [('', (81, 423, 91, 443)), ('Nghị quyết 04-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về bảo tồn, phát huy bản sắc văn hóa truyền thống tốt đẹp của các dân tộc gắn với phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030', (96, 413, 370, 442)), ('', (381, 412, 403, 433)), ('', (412, 410, 460, 432)), ('', (464, 404, 645, 430)), ('', (648, 402, 708, 424)), ('', (712, 401, 741, 422)), ('', (745, 400, 770, 421))],
    [('1', (85, 448, 88, 454)), ('Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa như: Lễ hội truyền thống, chữ viết, âm thực, dân ca, dân vũ, nghề thủ công truyền thống...', (96, 439, 370, 461)), ('Di sản', (383, 438, 402, 444)), (')', (456, 436, 460, 442)), ('13', (638, 430, 646, 436)), ('260', (697, 428, 708, 434)), ('Vượt', (712, 427, 726, 434)), ('', (746, 425, 770, 439))],
]
PAGE_2_19030: list[list[tuple[str, Box]]] = [
    [('', (85, 32, 89, 39)), ('Duy trì hoạt động của câu lạc bộ khèn Mông', (97, 33, 219, 41)), ('CLB', (387, 39, 399, 45)), ('4', (456, 39, 461, 45)), ('7', (642, 43, 646, 49)), ('175', (697, 45, 708, 51)), ('Vượt', (713, 45, 726, 51))],
    [('4', (84, 49, 89, 55)), ('100% các trường học có chương trình hoạt động ngoại khóa gắn với nội dung bảo tồn văn hóa truyền thống các dân tộc tại địa phương', (96, 50, 356, 68)), ('%', (390, 56, 396, 62)), ('100', (449, 57, 460, 63)), ('100', (635, 60, 646, 67)), ('100', (697, 62, 708, 68)), ('Đạt', (713, 62, 723, 68))],
]
PAGE_3_19030: list[list[tuple[str, Box]]] = [
    [('IH', (70, 50, 77, 57)), ('Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung giai đoạn 2021 - 2025 định hướng đến năm 2030', (84, 41, 356, 63)), ('', (376, 40, 384, 100)), ('~ Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc chẽ tập trung 400 ha. Trồng mới chè cổ thụ 65 ha; bảo tồn', (401, 38, 448, 100)), ('~ Hình thành các vùng sản xuất nông nghiệp hàng hóa tập trung và phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800ha, đạt 36,3% so đề án của tỉnh, đưa tổng diện tích cây mắc ca đạt 1.002,8 ha; trồng mới chè tập trung 386,28/400 ha đạt 96,57% so đề án của tỉnh, tổng diện tích chè đến hết năm 2024 đạt 2.222,3 ha. Trồng mới chè cổ thụ diện tích 64,5/65 ha, đạt 99,23% so đề án của tỉnh nâng diện tích vùng chè cổ thụ lên 110,32 ha; bảo tồn 2.306/4.328 cây chè cổ thụ đạt 53,3% so đề', (451, 32, 634, 98)), ('- Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800 ha, đạt 36,3% NQ; trồng mới chè tập trung 386,28/400 ha, đạt 96,57% NQ.', (637, 30, 697, 92)), ('', (699, 29, 712, 90))],
    [('', (72, 111, 91, 486)), ('', (85, 102, 370, 486)), ('', (378, 101, 397, 476)), ('4.328 cây chè cổ thụ. - Phát triển các sản phẩm nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600 ha. Trồng mới cây ăn quả tập trung 638 ha. Phát triển chăn nuôi theo hướng gia trại, trang trại, an toàn sinh học; thu hút phát triển mới 9 cơ sở chăn nuôi tập trung. Phát triển mới 1.090 đàn ong. Thể tích bề nuôi cả nước lạnh 15.913 m3. Phát triển công nghiệp chế biến: thu hút được doanh nghiệp vào khảo sát, đầu tư xây dựng cơ sở chế biến qua tươi (chuối, chanh leo).', (403, 99, 456, 361)), ('án của tỉnh. - Phát triển các sản phẩm nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600 ha, đạt 100% so đề án của tỉnh, sản lượng 3.240 tấn; cơ cấu giồng chủ yếu Seng cù, DS1, Hương thơm số 1. Thu hút được 02 Công ty thực hiện liên kết sản xuất và tiêu thụ sản phẩm lúa Seng Cù, Tè rầu. Trồng mới cây ăn quả tập trung đạt 619,82/638 ha, đạt 97,2% so đề án của tỉnh. Thu hút phát triển mới 38/9 cơ sở chăn nuôi tập trung đạt 422,2% so đề án của tỉnh (lũy kế 58 cơ sở). Phát triển mới 1.540/1.090 đàn ong đạt 141,3% so đề án của tỉnh, nâng tổng số đàn ong lên 4.798 đàn. Thành lập mới 03 doanh nghiệp, 03 hợp tác xã nuôi cá nước lạnh; thể tích bề nuôi mới 16.000 m3 (lũy kế tổng 32.500 3/15.913 m3 thể tích nuôi) đạt 204,2% so đề án của tỉnh. - Phát triển công nghiệp chế biến: Đến nay, huyện chưa thu hút được doanh nghiệp vào khảo sát, đầu tư xây dựng cơ sở chế biến qua tươi (chuối, chanh leo). Tuy nhiên đã thu hút 01 chủ thể đầu tư 01 cơ sở chế biến gạo tại xã Thèn Sin; 02 doanh nghiệp đầu tư dự án xây dựng nhà máy chế biến chè tại xã Bàn Giang, Thèn Sin; 06 cơ sở chế biến chè tại các xã: Sơn Bình, Bàn Bo, Tạ Lặng; 01 cơ sở sản xuất miền dong tại xã Bình Lư. Tiếp tục khuyến khích nâng cao hiệu quả hoạt động các cơ sở chế biến hiện có. - Đổi mới, nâng cao hiệu qua các hình thức tổ chức sản xuất, quản lý trong nông nghiệp, nông thôn: Tập trung đổi mới hình thức tổ chức sản xuất nông nghiệp theo chuỗi giá trị; phát triển các mô hình liên kết sản xuất - tiêu thụ nông sản thông qua hợp đồng kinh tế giữa nông dân với doanh nghiệp, hợp tác xã. Các mô hình liên kết, sản xuất hàng hóa mang lại hiệu quả kinh tế cho người dân, như: mô hình chăn nuôi ngừ, nuôi lợn, mô hình liên kết sản xuất chè, lúa té rầu, chanh leo, cây ăn quả ôn đới. Đẩy mạnh phát triển kinh tế hợp tác, trang trại và kinh tế hộ gia đình. Cùng cổ hợp tác xã nông nghiệp hoạt động theo đúng Luật Hợp tác xã, thành lập mới 15 HTX (lũy kế 29 hợp tác xã hoạt động trong lĩnh vực nông nghiệp; trong đó có 04 hợp tác xã xây dựng sản phẩm OCOP); duy trì nâng cao hiệu quả hoạt động của 03 làng nghề sản xuất miền dong. - Ứng dụng khoa học - công nghệ, đổi mới sáng tạo, xây dựng nhãn hiệu, thương hiệu sản phẩm trong sản xuất nông nghiệp hàng hóa: Quan tâm chỉ đạo cơ quan, đẩy mạnh ứng dụng khoa học kỹ thuật vào chuỗi sản xuất, chế biến, tiêu thụ sản phẩm. Duy trì, nâng cao hiệu quả nhãn hiệu "CHETAMDUONG" hiện có; tập trung xác định các sản phẩm hàng hóa có lợi thế cạnh tranh nhưng chưa được cấp giấy chứng nhận nhãn hiệu hàng hóa để tập trung hỗ trợ; hướng dẫn doanh nghiệp xây dựng thành công 06 nhãn hiệu hàng hóa, 39/41 sản phẩm OCOP, đạt 95,1% so đề án của tỉnh. Toàn huyện có 9.900/10.700 m2 diện tích sản xuất nông nghiệp áp dụng nhà màng, nhà lưới đạt 99,5% so đề án của tỉnh, triển khai hỗ trợ 06/03 hệ thống tưới, đạt 200% so đề án của tỉnh, cấp chứng nhận 05 giấy chứng nhận, đạt 100% so đề án của tỉnh với 32,112 ha ; có 02 cơ sở sản xuất giống cây Sâm Lai Châu đã được cấp mã số cơ sở trồng. Thực hiện hỗ trợ xây dựng 01 điểm giới thiệu bản hàng các sản phẩm nông nghiệp, sản phẩm OCOP trên địa bàn.', (453, 92, 647, 474)), ('Trồng mới chè cổ thụ 64,5/65 ha, đạt 99,2% NQ; bảo tồn 2.306/4.328 cây chè cổ thụ, đạt 53,3% NQ. - Phát triển các sản phẩm nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600/600 ha, đạt 100% NQ. Trồng mới cây ăn quả tập trung 619,82/638 ha, đạt 97,2% NQ. Phát triển chăn nuôi theo hướng gia trại, trang trại, an toàn sinh học; thu hút phát triển mới 38/9 cơ sở chăn nuôi tập trung, đạt 422,2% NQ. Phát triển mới 1.540/1.090 đàn ong đạt 141,3% NQ. Thê tích bề nuôi cả nước lạnh 32.500/15.913 m3 đạt 204,2% NQ. Phát triển công nghiệp chế biến: Chưa thu hút được doanh nghiệp vào khảo sát, đầu tư xây dựng cơ sở chế biến qua tươi (chuối, chanh leo).', (639, 90, 706, 381)), ('', (701, 90, 724, 466))],
    [('IV', (85, 492, 92, 498)), ('Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về đẩy mạnh cải cách hành chính, cải thiện môi trường đầu tư kinh doanh, nâng cao năng lực cạnh tranh cấp tỉnh giai đoạn 2021-2025, định hướng đến năm 2030', (98, 482, 364, 511)), ('', (391, 481, 398, 501)), ('', (415, 479, 462, 500)), ('', (466, 473, 648, 499)), ('', (651, 471, 710, 493)), ('', (714, 471, 725, 491))],
    [('', (86, 517, 92, 523)), ('Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC của các TTHC rà soát hằng năm', (99, 509, 333, 523)), ('%', (392, 507, 398, 513)), ('30', (455, 504, 463, 511)), ('', (467, 498, 648, 511)), ('30', (703, 496, 710, 503)), ('Đạt', (715, 496, 725, 503))],
    [('', (87, 552, 94, 559)), ('Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên từ 10% trở lên', (99, 545, 316, 558)), ('%', (393, 542, 399, 548)), ('50', (456, 540, 464, 546)), ('', (468, 534, 649, 546)), ('50', (704, 532, 711, 538)), ('Đạt', (716, 531, 726, 538))],
]


def _grid(rows: list[list[tuple[str, Box]]], page: int, header_rows: int, title: str | None = None) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=b)) for t, b in row) for row in rows)
    boxes = [b for row in rows for _, b in row]
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return Grid(rows=cells, header_rows=header_rows, provenance=Provenance(page=page, bbox=box), method="ocr-words",
                title=title)


def _row(table: Grid, name: str) -> list[str]:
    return next([c.text for c in r] for r in table.rows if r[1].text.startswith(name))


TITLE = ("BIỂU 02: TỔNG HỢP TÌNH HÌNH THỰC HIỆN CHỈ TIÊU ĐỀ ÁN, NGHỊ QUYẾT CỦA BCH ĐẢNG BỘ TỈNH, BAN THƯỜNG VỤ "
         "TỈNH ỦY KHÓA XIV, NHIỆM KỲ 2020-2025")


def test_a_section_row_listing_aims_taken_for_a_header_continues_the_table() -> None:
    grids = [_grid(PAGE_1_19030, 1, 2, TITLE), _grid(PAGE_2_19030, 2, 0), _grid(PAGE_3_19030, 3, 1)]
    [table] = stitch_grids(grids)
    assert table.header_rows == 2
    assert max(len(r) for r in table.rows) == len(PAGE_1_19030[0])
    # Under page 1's columns: unit, goal, done, ratio, evaluation.
    assert _row(table, "Cắt giảm ít nhất 30%")[2:7] == ["%", "30", "", "30", "Đạt"]
    assert _row(table, "Nghị quyết 05-NQ/TU")[0] == "IH"


def test_a_row_naming_columns_over_a_page_read_otherwise_is_another_tables_header() -> None:
    # The same row with the aims printed as column names (no list items): a header of its own.
    named = [[("Kế hoạch năm 2025", b) if t.startswith(("~", "-")) else (t, b) for t, b in PAGE_3_19030[0]],
             *PAGE_3_19030[1:]]
    grids = [_grid(PAGE_1_19030, 1, 2, TITLE), _grid(PAGE_2_19030, 2, 0), _grid(named, 3, 1)]
    assert len(stitch_grids(grids)) == 2
