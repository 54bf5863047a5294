"""Document metadata read from the seeds: district, province, issuer, number, date, report year."""

from pathlib import Path

import pytest

from extractor.documents import file_to_document

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
