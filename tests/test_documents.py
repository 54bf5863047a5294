"""Document metadata read from the seeds: district, province, issuer, number, date, report year."""

from pathlib import Path

import pytest

from extractor.documents import file_to_document
from extractor.grid import Grid
from tests.grids import text_grid

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("name", "district", "province", "issuer", "number", "date", "period"),
    [
        ("000", "Tam Đường", "Lai Châu", "UBND", "1108/BC-UBND", "2024-11-20", "2024"),
        ("001", "Tam Đường", "Lai Châu", "Huyện ủy", "641-BC/HU", "2024-12-05", "2024"),
        ("002", "Ea H'Leo", "Đắk Lắk", "UBND", None, None, None),
        # 003 and 004 print no number or date of their own; the ones in their text are of documents
        # they cite (Nghị quyết số 18/NQ-HĐND, Công văn số 5393/UBND-KTN), which must not be taken.
        ("003", "Nam Đông", "Thừa Thiên Huế", "UBND", None, None, "2023"),
        ("004", "Tủa Chùa", "Điện Biên", "UBND", None, None, "2023"),
    ],
)
def test_seed_metadata(name: str, district: str, province: str, issuer: str, number: str | None,
                       date: str | None, period: str | None) -> None:
    doc = file_to_document(next(CORPUS.glob(f"{name}_*.txt")))
    assert (doc.district, doc.province, doc.issuer, doc.number, doc.date, doc.period) == (
        district, province, issuer, number, date, period
    )


def test_seed_002_flowing_layout_rows_keep_their_five_target_years() -> None:
    doc = file_to_document(next(CORPUS.glob("002_*.txt")))
    row = next(r for r in doc.rows if r.indicator == "Phủ sóng 6G trên dân số")
    assert [(c.period, c.raw) for c in row.cells if c.role == "target"] == [
        ("2025", ">30"), ("2030", ">40"), ("2035", ">50"), ("2040", "80"), ("2045", "100")
    ]
    assert row.unit == "%"
    # 75 indicators are announced in the note at the end; rows whose targets are words are kept.
    numbered = [r for r in doc.rows if r.table is not None]
    assert len(numbered) >= 70


def _grid(rows: list[list[str]]) -> Grid:
    return text_grid(rows, header_rows=1)


def test_a_table_of_only_ambiguous_separators_follows_the_document_s_convention() -> None:
    # v2081: "46,892" tonnes beside plain "271" and "100" read as 46.892 (the plain figures'
    # magnitudes voted for a decimal comma), in a report whose budget table prints "1,006,807.4".
    from extractor.documents import grids_to_rows

    targets = _grid([
        ["TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Chỉ tiêu 2025", "Chỉ tiêu 2030"],
        ["1", "Doanh thu từ dịch vụ du lịch", "Tỷ đồng", "271", "287"],
        ["2", "Tỷ lệ thôn, bản được cứng hóa", "%", "100", "100"],
        ["3", "Tổng sản lượng lương thực có hạt", "Tấn", "46,892", "45,657"],
    ])
    budget = _grid([
        ["Số TT", "Chỉ tiêu", "Đơn vị", "Quyết toán năm 2024", "Dự toán giao năm 2025"],
        ["1", "Chi thường xuyên", "Triệu đồng", "923,436.0", "1,006,807.4"],
        ["2", "Chi sự nghiệp y tế", "Triệu đồng", "239,090.8", "265,256.6"],
    ])
    _, rows = grids_to_rows([targets, budget], document="d")
    grain = next(r for r in rows if r.indicator.startswith("Tổng sản lượng"))
    assert [c.value.value for c in grain.cells] == [46892.0, 45657.0]
    # Alone, the table keeps its own reading: nothing else in the report says otherwise.
    _, alone = grids_to_rows([targets], document="d")
    grain = next(r for r in alone if r.indicator.startswith("Tổng sản lượng"))
    assert [c.value.value for c in grain.cells] == [46.892, 45.657]
