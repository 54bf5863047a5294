"""``extraction_doubt``: a table the extractor could not read is said in every output, never silent.

Fixtures: a BIỂU 01 text rendering built from seed 000's rows, once readable and once with the
indicator names lost (as the OCR'd seed 001 loses some), and seed 001 itself.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from extractor.documents import file_to_document
from reconcile.cli import main
from reconcile.engine.checks import document_to_findings

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = ROOT / "corpus" / "001_cafb4d1805646ef3.txt"
HEADER = "STT\tChỉ tiêu\tĐơn vị tính\tKH năm 2024\tƯớc thực hiện năm 2024\tSo sánh UTH/KH (%)"
ROWS = [
    ("1", "Thu nhập bình quân đầu người/ năm", "Triệu đồng", "50,00", "48,10", "96,20"),
    ("2", "Tổng sản lượng lương thực có hạt", "Tấn", "41.100", "39.500", "96,11"),
    ("3", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30", "98,99"),
    ("4", "Số xã đạt chuẩn nông thôn mới", "Xã", "8", "8", "100,00"),
    ("5", "Tỷ lệ hộ nghèo", "%", "10,50", "9,80", "93,33"),
]


def _report(tmp_path: Path, name: str, *, names: bool) -> Path:
    lines = ["UBND HUYỆN TAM ĐƯỜNG", "BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU R&D", HEADER]
    for i, (stt, ind, *rest) in enumerate(ROWS):
        lines.append("\t".join([stt, ind if names or i == 0 else "", *rest]))
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_table_with_nameless_rows_is_a_warning_finding(tmp_path: Path) -> None:
    doc = file_to_document(_report(tmp_path, "mat_ten.txt", names=False))
    found = [f for f in document_to_findings(doc) if f.kind == "extraction_doubt"]
    assert len(found) == 1
    f = found[0]
    assert (f.severity, f.line, f.indicator) == ("warning", 3, None)
    assert f.reported == "4 of 5 rows have no indicator name"
    assert "table 1 'BIỂU 01" in f.message and "may be incomplete" in f.message
    assert doc.warnings == ("table 1 (line 3) 'BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU R&D': 4 of 5 rows have no indicator name",)


def test_a_readable_table_has_no_doubt(tmp_path: Path) -> None:
    doc = file_to_document(_report(tmp_path, "du_ten.txt", names=True))
    assert not [f for f in document_to_findings(doc) if f.kind == "extraction_doubt"]
    assert doc.warnings == ()


def test_fail_on_warning_catches_it_and_the_json_carries_it(tmp_path: Path) -> None:
    path = str(_report(tmp_path, "mat_ten.txt", names=False))
    assert _run("check", path, "--format", "json")[0] == 0
    code, out, _ = _run("check", path, "--format", "json", "--fail-on", "warning")
    assert code == 1
    data = json.loads(out)
    doubts = [f for f in data["findings"] if f["kind"] == "extraction_doubt"]
    assert [(d["severity"], d["line"], d["reported"]) for d in doubts] == [
        ("warning", 3, "4 of 5 rows have no indicator name")
    ]
    assert data["documents"][0]["warnings"]


def test_summary_line_and_html_report_show_it(tmp_path: Path) -> None:
    path = str(_report(tmp_path, "mat_ten.txt", names=False))
    _, out, err = _run("check", path, "--lang", "en")
    assert "1 table not read reliably" in out.splitlines()[-1]
    assert "1 table not read reliably (extraction_doubt)" in err
    assert "1 bảng đọc không chắc chắn" in _run("check", path)[1].splitlines()[-1]  # Vietnamese by default
    html_path = tmp_path / "r.html"
    _run("check", path, "--format", "html", "-o", str(html_path))
    html = html_path.read_text(encoding="utf-8")
    assert "Bảng đọc không chắc chắn" in html and "extraction_doubt" in html
    # The title comes from the document: escaped like any document text.
    assert "CHỈ TIÊU R&amp;D" in html and "CHỈ TIÊU R&D" not in html


def test_the_ocr_damaged_seed_001_says_which_tables_it_could_not_read() -> None:
    doc = file_to_document(SEED_001)
    doubts = [f for f in document_to_findings(doc) if f.kind == "extraction_doubt"]
    assert [(f.line, f.reported) for f in doubts] == [
        (522, "only 11 of 25 ratio cells recompute from the columns they divide (columns misread?)"),
        (608, "1 of 3 rows have no indicator name"),
        (
            624,
            "header and body disagree: names found in another column than the header's: "
            "the header names column 'Tạo Nghị quyết/Đề án'; 4 of 8 rows have no indicator name",
        ),
    ]


def test_the_doubt_is_said_in_the_readers_language_and_reported_in_english(tmp_path: Path) -> None:
    """An auditor reading Vietnamese gets the whole doubt in Vietnamese; ``reported`` keeps the English
    programs read (the contract), and the document cache gives the same reasons back."""
    from reconcile.cache import DocumentCache
    from reconcile.i18n import translator

    doc = file_to_document(SEED_001)
    cache = DocumentCache(tmp_path / "cache")
    cache.put("k" * 64, doc)
    again = cache.get("k" * 64, str(SEED_001))
    assert again is not None and [t.quality for t in again.tables] == [t.quality for t in doc.tables]
    last = [f for f in document_to_findings(again) if f.kind == "extraction_doubt"][-1]
    assert last.reported.startswith("header and body disagree: names found in another column")
    said = last.text.render(translator("vi"))
    assert said == (
        "bảng 12 (dòng 624) đọc không chắc chắn: tiêu đề và nội dung bảng không khớp: tên chỉ tiêu nằm ở cột khác "
        "với cột tiêu đề chỉ ra: tiêu đề chỉ cột 'Tạo Nghị quyết/Đề án'; 4 trên 8 dòng không có tên chỉ tiêu; các "
        "phát hiện trên bảng có thể chưa đủ"
    )
    _, out, _ = _run("check", str(SEED_001), "--format", "json")
    assert "4 trên 8 dòng không có tên chỉ tiêu" in json.dumps(json.loads(out), ensure_ascii=False)


def test_a_grid_without_a_header_or_any_figure_is_no_table_to_doubt() -> None:
    # g10 scans v2980 and v2400: the signature block under a table's last page, read as a grid of
    # its own ("£_£, CHL PHÓ CHỦ TỊCH"; a dash), was doubted for its missing header on a clean scan.
    # A headerless grid with figures still is (a header removed).
    from extractor.grid import Grid, GridCell
    from extractor.rows import grid_to_rows

    def grid(rows: list[list[str]]) -> Grid:
        return Grid(rows=tuple(tuple(GridCell(t) for t in r) for r in rows), header_rows=0, method="ocr-words")

    signed = grid_to_rows(grid([["", "£_£, CHL PHÓ CHỦ TỊCH", ""], ["", "-", ""]]), document="d", table_number=1)
    assert signed.table.quality is not None and signed.table.quality.doubts == ()
    bare = grid_to_rows(grid([["1", "Tỷ lệ che phủ rừng", "%", "51,82", "51,30"]]), document="d", table_number=1)
    assert bare.table.quality is not None and bare.table.quality.doubts
