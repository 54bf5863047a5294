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


def test_figures_read_either_way_without_evidence_are_said_in_a_warning(tmp_path: Path) -> None:
    # v3350: a budget table in English separators, every amount "765,054" triệu đồng beside plain
    # ratios, read as Vietnamese decimals from the ratios' magnitudes: nothing in the report can
    # decide, so the document says which reading it took, and what the other would give.
    lines = ["BIỂU 06: ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2023",
             "STT\tChỉ tiêu\tĐơn vị tính\tDự toán năm 2023\tƯớc thực hiện năm 2023\tSo sánh (%)",
             "1\tTổng chi ngân sách địa phương\tTriệu đồng\t765,054\t800,598\t105",
             "2\tChi đầu tư phát triển\tTriệu đồng\t269,007\t282,950\t105",
             "3\tChi thường xuyên\tTriệu đồng\t316,407\t289,274\t91"]
    path = tmp_path / "bieu06.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    doc = file_to_document(path)
    [note] = [w for w in doc.warnings if "either way" in w]
    assert "6 figures" in note and "'765,054' (table 1, line " in note and "',' as the decimal mark" in note
    # One unambiguous figure ("1,006,807.4") in the report decides: nothing to say.
    path.write_text("\n".join([*lines, "4\tChi sự nghiệp giáo dục\tTriệu đồng\t1,006,807.4\t1,102,530.0\t109"]) + "\n",
                    encoding="utf-8")
    assert not [w for w in file_to_document(path).warnings if "either way" in w]
