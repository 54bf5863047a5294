"""The caption of the next page's table is no rest of a name cut at the page's foot (``extractor.stitch``).

v18145 printed by Chromium (dev seed, landscape). "Biểu 9" (ruled) ends page 2 with row 3, "Duy trì
phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)"; page 3 starts
with the caption of the next table, "BIỂU 06" over "ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023",
centred inside the names' column. Read as the rest of the name (a place's name "Bản Thẳm" cut
after its first syllable), it was glued to it: "... Bản Thẳm) BIỂU 06", and the row's five figures
were lost under the name they belong to. The boxes below are those the reader gives for the PDF.
"""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance, TextLine
from extractor.stitch import _goes_on_name, _rests_in_lines

NAME = "Duy trì phát triển các bản du lịch đã được công nhận (Sì Thầu Chải, Lao Chải 1, Bản Thẳm)"
XS = [77.6, 100.9, 468.4, 507.4, 550.1, 592.9, 635.6, 678.4, 721.9, 764.6]


def _row(texts: list[str], top: float, bottom: float) -> tuple[GridCell, ...]:
    return tuple(GridCell(t, Provenance(page=2, bbox=(XS[c], top, XS[c + 1], bottom))) for c, t in enumerate(texts))


def _tables() -> tuple[list[Grid], list[TextLine]]:
    header = _row(["Số thứ tự", "Nội dung chỉ tiêu", "ĐVT", "Năm 2022", "Năm 2023", "Năm 2023", "So sánh (%)",
                   "So sánh (%)", "Kế hoạch năm 2024"], 78.4, 140.6)
    last = _row(["3.", NAME, "Bản", "2", "2", "2", "100", "100.0", "-"], 219.4, 235.9)
    biểu9 = Grid(rows=(header, last), header_rows=1, provenance=Provenance(page=2, bbox=(77.6, 78.4, 764.6, 235.9)),
                 method="pdfplumber-lines", title="Biểu 9 KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2023")
    row = tuple(GridCell(t, Provenance(page=3, bbox=(74.6, 80.5, 768.2, 110.0))) for t in ["Số thứ tự", "Hạng mục"])
    biểu6 = Grid(rows=(row,), header_rows=1, provenance=Provenance(page=3, bbox=(74.6, 80.5, 768.2, 259.0)),
                 method="words", title="BIỂU 06 ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023")
    lines = [TextLine("BIỂU 06", Provenance(page=3, bbox=(401.9, 37.0, 440.4, 47.2))),
             TextLine("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2023", Provenance(page=3, bbox=(292.8, 49.7, 549.4, 59.9))),
             TextLine("(Kèm theo Báo cáo số 1872/BC-UBND của UBND huyện Tam Đường)",
                      Provenance(page=3, bbox=(293.5, 61.8, 548.7, 70.0)))]
    return [biểu9, biểu6], lines


def test_the_next_tables_caption_stays_out_of_the_last_name() -> None:
    grids, lines = _tables()
    out = _rests_in_lines(grids, [2, 3], lines)
    assert out[0].rows[-1][1].text == NAME


def test_a_place_name_closed_by_its_bracket_has_ended() -> None:
    assert not _goes_on_name(NAME, "BIỂU 06")
    assert not _goes_on_name("Số hộ dùng nước sạch ở xã Hồ.", "Thầu Chải đạt chuẩn")
    # Cut inside the place's name, after its first syllable, it goes on (v8050 by Writer).
    assert _goes_on_name("Phát triển các bản du lịch Sì Thầu Chải, xã Hồ", "Thầu thành sản phẩm OCOP du lịch")
