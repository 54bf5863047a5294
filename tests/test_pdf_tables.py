"""Tables read from text-layer PDFs: the generated Biểu 01/02 PDFs cell by cell, bad files, layout rules.

The PDFs in corpus/pdf/ are made by corpus/generate_pdfs.py from seed 000; each has a truth file
written by the generator from the strings it printed (never by the reader under test).
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas

from corpus import generate_pdfs
from extractor.errors import BadInputError
from extractor.grid import Grid
from extractor.pdf_tables import PdfContent, Word, read_pdf, stitch_grids, words_to_grids
from extractor.pdf_words import is_row_label, is_value

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "corpus" / "pdf"
NAMES = ("bieu01_ruled", "bieu01_unruled", "bieu02_wrapped")


def _truth(name: str) -> dict[str, Any]:
    return json.loads((PDF_DIR / f"{name}.truth.json").read_text(encoding="utf-8"))


def _texts(grid: Grid) -> list[list[str]]:
    return [[c.text for c in row] for row in grid.rows]


@pytest.fixture(scope="module")
def contents() -> dict[str, PdfContent]:
    return {name: read_pdf(PDF_DIR / f"{name}.pdf") for name in NAMES}


# ------------------------------------------------------------------------------ generated corpus


@pytest.mark.parametrize("name", NAMES)
def test_every_cell_equals_the_printed_string(contents: dict[str, PdfContent], name: str) -> None:
    truth = _truth(name)
    content = contents[name]
    # One grid per source table, although each runs over several pages with its header repeated.
    assert len(content.grids) == len(truth["tables"])
    assert len(content.pages) == truth["pages"] > 1
    for grid, table in zip(content.grids, truth["tables"], strict=True):
        want = table["header"] + [row["cells"] for row in table["body"]]
        got = _texts(grid)
        mismatches = [(i, w, g) for i, (w, g) in enumerate(zip(want, got, strict=False)) if w != g]
        assert not mismatches, mismatches[:3]
        assert len(got) == len(want)
        assert grid.header_rows == len(table["header"])
        assert grid.title == table["title"]


@pytest.mark.parametrize("name", NAMES)
def test_each_row_keeps_the_page_it_was_printed_on(contents: dict[str, PdfContent], name: str) -> None:
    for grid, table in zip(contents[name].grids, _truth(name)["tables"], strict=True):
        n_head = len(table["header"])
        assert [row[0].provenance.page for row in grid.rows[n_head:]] == [r["page"] for r in table["body"]]
        assert {c.provenance.page for c in grid.rows[0]} == {1}
        page_sizes = {p.number: (p.width, p.height) for p in contents[name].pages}
        for row in grid.rows:
            page = row[0].provenance.page
            assert page is not None
            for cell in row:
                assert cell.provenance.page == page
                x0, top, x1, bottom = cell.provenance.bbox or (0.0, 0.0, -1.0, -1.0)
                width, height = page_sizes[page]
                assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height


def test_methods_follow_the_evidence_on_each_page(contents: dict[str, PdfContent]) -> None:
    assert contents["bieu01_ruled"].grids[0].method == "pdfplumber-lines"
    assert contents["bieu02_wrapped"].grids[0].method == "pdfplumber-lines"
    assert contents["bieu01_unruled"].grids[0].method == "words"


def test_merged_header_cell_is_repeated_over_the_columns_it_spans(contents: dict[str, PdfContent]) -> None:
    for name in ("bieu01_ruled", "bieu01_unruled"):
        top, sub = _texts(contents[name].grids[0])[:2]
        assert top[9:12] == ["So sánh"] * 3
        assert sub[9] == "Ước thực hiện năm 2024/Kế hoạch năm 2024"
        # Merged over the two header rows: text in the top row only.
        assert (top[0], sub[0]) == ("STT", "")


def test_running_text_lines_are_outside_the_tables(contents: dict[str, PdfContent]) -> None:
    lines = contents["bieu02_wrapped"].lines
    texts = [ln.text for ln in lines]
    assert texts[:4] == [
        "BIỂU 02:",
        "TỔNG HỢP TÌNH HÌNH THỰC HIỆN CHỈ TIÊU ĐỀ ÁN, NGHỊ QUYẾT CỦA",
        "BCH ĐẢNG BỘ TỈNH, BAN THƯỜNG VỤ TỈNH ỦY KHÓA XIV, NHIỆM KỲ 2020-2025",
        "(Kèm theo Báo cáo số: 1108/BC-UBND ngày 20/11/2024 của UBND huyện Tam Đường)",
    ]
    # "Trang 1" ... "Trang 6" at the foot of the pages are page numbers, not running text.
    assert not [t for t in texts if t.startswith("Trang")]
    assert not any("Nghị quyết" in t for t in texts)
    assert all(not p.lines or p.has_text for p in contents["bieu02_wrapped"].pages)
    assert contents["bieu02_wrapped"].pages_needing_ocr == ()


def _page_words(path: Path) -> list[tuple[list[Word], float, float, int]]:
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            words = [
                Word(w["text"], w["x0"], w["top"], w["x1"], w["bottom"], page.page_number)
                for w in page.extract_words()
            ]
            out.append((words, float(page.width), float(page.height), page.page_number))
    return out


@pytest.mark.parametrize("name", ["bieu01_ruled", "bieu02_wrapped"])
def test_words_alone_read_the_ruled_tables_too(name: str) -> None:
    """What OCR hands over when it finds no rules: the whitespace analysis must still get every cell."""
    grids: list[Grid] = []
    for words, width, height, number in _page_words(PDF_DIR / f"{name}.pdf"):
        grids += words_to_grids(words, page=number, page_width=width, page_height=height)
    grids = stitch_grids(grids)
    table = _truth(name)["tables"][0]
    assert len(grids) == 1
    assert _texts(grids[0]) == table["header"] + [row["cells"] for row in table["body"]]
    assert grids[0].header_rows == len(table["header"])
    assert grids[0].method == "words"


def test_regenerating_gives_byte_identical_files(tmp_path: Path) -> None:
    generate_pdfs.generate(tmp_path)
    for name in NAMES:
        for suffix in (".pdf", ".truth.json"):
            fresh = (tmp_path / f"{name}{suffix}").read_bytes()
            assert fresh == (PDF_DIR / f"{name}{suffix}").read_bytes(), (
                f"{name}{suffix} drifted from the generator"
            )
        assert (tmp_path / f"{name}.pdf").stat().st_size < 120_000


# -------------------------------------------------------------------------------------- bad files


def _text_pdf(path: Path, *, encrypt: StandardEncryption | None = None, pages: int = 1) -> Path:
    generate_pdfs.register_fonts()
    canvas = Canvas(str(path), pagesize=A4, encrypt=encrypt, invariant=1)
    for n in range(pages):
        canvas.setFont(generate_pdfs.REGULAR, 11)
        canvas.drawString(72, 760, f"Tỷ lệ che phủ rừng đạt 51,30%, trang {n + 1} của báo cáo Tam Đường")
        canvas.showPage()
    canvas.save()
    return path


def _assert_bad(path: Path, reason: str, **kwargs: Any) -> None:
    with pytest.raises(BadInputError) as info:
        read_pdf(path, **kwargs)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path)), message
    assert reason in info.value.reason, message


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "rong.pdf").write_bytes(b"")
    _assert_bad(tmp_path / "rong.pdf", "empty file")


def test_png_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "anh.pdf"
    Image.new("RGB", (40, 20), "white").save(path, format="PNG")
    _assert_bad(path, "not a PDF (the file is a PNG image)")


def test_missing_file(tmp_path: Path) -> None:
    _assert_bad(tmp_path / "khong_co.pdf", "no such file")


def test_truncated_pdf(tmp_path: Path) -> None:
    data = (PDF_DIR / "bieu01_ruled.pdf").read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    _assert_bad(path, "truncated PDF")


def test_broken_xref_and_trailer(tmp_path: Path) -> None:
    data = (PDF_DIR / "bieu01_ruled.pdf").read_bytes()
    path = tmp_path / "xref.pdf"
    # The xref table and the trailer (which names the /Root) are gone: nothing to rebuild from.
    path.write_bytes(data[: data.rfind(b"\nxref\n")] + b"\nxref\n0 99 garbage\n%%EOF\n")
    _assert_bad(path, "corrupt PDF, cannot be opened")


def test_wrong_startxref_is_repaired_not_rejected(tmp_path: Path) -> None:
    """A stale startxref offset (an editor's botched save) still reads: pdfminer rebuilds the xref."""
    data = (PDF_DIR / "bieu01_ruled.pdf").read_bytes()
    path = tmp_path / "offset.pdf"
    path.write_bytes(data[: data.rfind(b"startxref")] + b"startxref\n123\n%%EOF\n")
    content = read_pdf(path)
    assert _texts(content.grids[0])[3][:2] == ["1", "Thu nhập bình quân đầu người/ năm"]


def test_encrypted_with_user_password(tmp_path: Path) -> None:
    path = _text_pdf(tmp_path / "mat.pdf", encrypt=StandardEncryption("tamduong", ownerPassword="chu"))
    _assert_bad(path, "encrypted PDF (needs a password)")
    _assert_bad(path, "encrypted PDF (wrong password)", password="sai")
    content = read_pdf(path, password="tamduong")
    assert content.lines[0].text.startswith("Tỷ lệ che phủ rừng đạt 51,30%")


def test_encrypted_without_user_password_opens_like_any_viewer(tmp_path: Path) -> None:
    path = _text_pdf(tmp_path / "chu.pdf", encrypt=StandardEncryption("", ownerPassword="chu", canCopy=0))
    assert read_pdf(path).lines[0].text.startswith("Tỷ lệ che phủ rừng")


def test_zero_page_pdf(tmp_path: Path) -> None:
    path = tmp_path / "trong.pdf"
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    _assert_bad(path, "PDF has no pages")


def test_text_file_renamed_pdf(tmp_path: Path) -> None:
    path = tmp_path / "bao_cao.pdf"
    path.write_text("BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU\n", encoding="utf-8")
    _assert_bad(path, "not a PDF (no %PDF header)")


def test_scanned_page_is_listed_for_ocr_and_blank_page_is_not(tmp_path: Path) -> None:
    scan = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(scan).text((20, 80), "Ty le che phu rung 51,30", fill=0)
    image = tmp_path / "scan.png"
    scan.save(image)
    path = tmp_path / "mixed.pdf"
    generate_pdfs.register_fonts()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont(generate_pdfs.REGULAR, 11)
    canvas.drawString(72, 760, "Tổng sản lượng lương thực có hạt ước đạt 41.160 tấn, vượt kế hoạch")
    canvas.showPage()
    canvas.drawImage(str(image), 40, 400, width=500, height=170)
    canvas.showPage()
    canvas.showPage()  # a blank page: nothing to read, nothing to OCR
    canvas.save()
    content = read_pdf(path)
    assert [p.has_text for p in content.pages] == [True, False, False]
    assert content.pages_needing_ocr == (2,)


def test_prose_page_gives_lines_and_no_table(tmp_path: Path) -> None:
    """A narrative page (seed 003) with the two-column heading of every report: no grid, every line kept."""
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from normalizers.text import strip_markup

    generate_pdfs.register_fonts()
    style = ParagraphStyle("p", fontName=generate_pdfs.REGULAR, fontSize=11, leading=14, alignment=TA_JUSTIFY)
    seed = (ROOT / "corpus" / "003_58059cd68c956849.txt").read_text(encoding="utf-8").splitlines()
    paragraphs = [strip_markup(line) for line in seed if len(line) > 200][:3]
    heading = Table(
        [
            ["UBND HUYỆN NAM ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 125/BC-UBND", "Độc lập - Tự do - Hạnh phúc"],
        ],
        style=[("FONT", (0, 0), (-1, -1), generate_pdfs.REGULAR, 10)],
    )
    path = tmp_path / "prose.pdf"
    SimpleDocTemplate(str(path), pagesize=A4, invariant=1).build(
        [heading] + [Paragraph(p, style) for p in paragraphs]
    )
    content = read_pdf(path)
    assert content.grids == ()
    texts = [ln.text for ln in content.lines]
    assert texts[:2] == ["UBND HUYỆN NAM ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert " ".join(texts).count("274,816 tỷ đồng") == 1


# ------------------------------------------------------------------------------------- stitching


def _grid(page: int, rows: list[list[str]], header_rows: int, title: str | None = None) -> Grid:
    from extractor.grid import GridCell
    from extractor.model import Provenance

    cells = tuple(tuple(GridCell(t, Provenance(page=page)) for t in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, title=title, provenance=Provenance(page=page))


def test_stitching_needs_the_same_table_on_the_next_page() -> None:
    head = [["TT", "Chỉ tiêu", "Đơn vị tính"]]
    first = _grid(1, [*head, ["1", "Diện tích cây chè", "Ha"]], 1, "BIỂU 01: KẾT QUẢ")
    continued = _grid(2, [*head, ["2", "Tỷ lệ che phủ rừng", "%"]], 1)
    assert len(stitch_grids([first, continued])) == 1
    assert stitch_grids([first, continued])[0].rows[2][1].provenance.page == 2
    # A captioned table on the next page is a new table, even with the same columns.
    assert len(stitch_grids([first, _grid(2, [*head, ["1", "Xã", "Xã"]], 1, "BIỂU 02")])) == 2
    # Different width, or two pages further on: not the same table.
    assert len(stitch_grids([first, _grid(2, [["TT", "Chỉ tiêu"], ["1", "Xã"]], 1)])) == 2
    assert len(stitch_grids([first, _grid(3, [*head, ["2", "Tỷ lệ", "%"]], 1)])) == 2



def test_a_year_ocr_lost_in_a_header_is_read_from_the_header_repeated_on_the_next_page() -> None:
    # Dev variant 475's scan (200 dpi): page 1 read the header "KH năm 2024" as "KH năm 02" and
    # page 2, which repeats the header, read it right; the stitched table kept page 1's header
    # and every plan value of the table lost its period.
    head1 = [["TT", "Danh mục", "Đơn vị", "KH năm 02", "Ước thực hiện giai đoạn 2021", "Ghi chú"]]
    head2 = [["TT", "Danh mục", "Đơn vị", "KH năm 2024", "Ước thực hiện giai đoạn 2021 - 2024", "Ghi chú"]]
    first = _grid(1, [*head1, ["1", "Diện tích cây chè", "Ha", "2.202,34", "2.222,34", ""]], 1, "BIỂU 01: KẾT QUẢ")
    continued = _grid(2, [*head2, ["2", "Tỷ lệ che phủ rừng", "%", "51,30", "51,82", ""]], 1)
    [table] = stitch_grids([first, continued])
    assert [c.text for c in table.rows[0]] == head2[0]
    assert [r[1].text for r in table.rows[1:]] == ["Diện tích cây chè", "Tỷ lệ che phủ rừng"]
    # Two years that differ are two readings, not a lost one: the first page's stays.
    other = _grid(2, [["TT", "Danh mục", "Đơn vị", "KH năm 2025", "Ước thực hiện giai đoạn 2021", "Ghi chú"],
                      ["2", "Tỷ lệ che phủ rừng", "%", "51,30", "51,82", ""]], 1)
    first_ok = _grid(1, [[*head1[0][:3], "KH năm 2024", *head1[0][4:]], ["1", "Chè", "Ha", "2", "3", ""]], 1, "BIỂU 01")
    [kept] = stitch_grids([first_ok, other])
    assert kept.rows[0][3].text == "KH năm 2024"


def test_a_header_cell_ocr_garbled_is_read_from_the_header_repeated_on_the_next_page() -> None:
    # g10 scan v2240 (200 dpi): page 1 read "Mục tiêu 2024 (tỷ lệ %)" as "Mục êu tiêu 24 (tỷ lệ 20
    # nhà", which names no column: the whole target column was dropped; page 2 read it right.
    head1 = [["STT", "Hạng mục", "Mục êu tiêu 24 (tỷ lệ 20 nhà", "Kết quả thực hiện năm 2024 (tỷ lệ %)"]]
    head2 = [["STT", "Hạng mục", "Mục tiêu 2024 (tỷ lệ 2o)", "Kết quả thực hiện năm 2024 (tỷ lệ %)"]]
    first = _grid(1, [*head1, ["1.1", "Tỷ lệ người dân có chữ ký số", "78", "71"]], 1, "Biểu 7")
    continued = _grid(2, [*head2, ["2.10", "Mức giảm tỷ lệ hộ nghèo", "6", "6"]], 1)
    [table] = stitch_grids([first, continued])
    assert table.rows[0][2].text == "Mục tiêu 2024 (tỷ lệ 2o)"
    # A readable cell that differs is kept as page 1 read it.
    first_ok = _grid(1, [[*head1[0][:2], "Chỉ tiêu năm 2024", head1[0][3]], ["1", "Chè", "7", "8"]], 1, "Biểu 7")
    [kept] = stitch_grids([first_ok, continued])
    assert kept.rows[0][2].text == "Chỉ tiêu năm 2024"


def test_continuation_page_starting_with_the_end_of_a_split_row_continues_the_table() -> None:
    # A row split over the page break left its last lines ("Ứng dụng rộng rãi ...", "Đạt") at the
    # top of the next page; taken for a header that did not repeat the table's, the page became a
    # table of its own whose header nobody understood (every value cell unread).
    head = [["TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả"]]
    first = _grid(1, [*head, ["1", "Diện tích cây chè", "Ha", "Đạt"]], 1, "BIỂU 02: KẾT QUẢ")
    split = ["", "Ứng dụng rộng rãi công nghệ số", "", "Đạt"]
    continued = _grid(2, [split, ["2", "Tỷ lệ che phủ rừng", "%", "Vượt"]], 1)
    stitched = stitch_grids([first, continued])
    assert len(stitched) == 1 and stitched[0].header_rows == 1
    assert [r[1].text for r in stitched[0].rows[1:]] == ["Diện tích cây chè", split[1], "Tỷ lệ che phủ rừng"]
    # A header that names its columns differently is another table's.
    other = _grid(2, [["STT", "Nội dung", "ĐVT", "KH 2025"], ["1", "Xã", "Xã", "5"]], 1)
    assert len(stitch_grids([first, other])) == 2



def test_repeated_header_over_columns_split_otherwise_joins_under_the_first_page_s_columns() -> None:
    # BIỂU 02 read from whitespace: on page 4 the target column held only blanks and centred
    # figures, and its words made two columns there; the page repeated the header word for word
    # but had one column more, so it became a table of its own and "60" sat under "Lũy kế".
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(40, 60), (70, 250), (260, 300), (310, 420), (430, 540), (550, 600), (610, 660)]

    def row(page: int, texts: list[str], spans: list[tuple[float, float]], top: float) -> tuple[GridCell, ...]:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None)) for t, (a, b) in zip(texts, spans, strict=True))

    head = ["TT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ",
            "Lũy kế thực hiện đến hết năm 2024", "Tỷ lệ (%)", "Đánh giá"]
    first = Grid(rows=(row(1, head, xs, 100), row(1, ["1", "Hàng năm bảo tồn ít nhất 01 di sản văn hóa", "Di sản", "5", "13", "260", "Vượt"], xs, 120)),
                 header_rows=1, title="BIỂU 02", provenance=Provenance(page=1, bbox=(40, 100, 660, 128)), method="words")
    # Page 4: the target column came out as two ((310, 350) and (355, 420)).
    xs4 = [*xs[:3], (310, 350), (355, 420), *xs[4:]]
    head4 = [*head[:3], head[3], "", *head[4:]]
    body4 = ["", "Trên 60% hệ thống thông tin của huyện", "%", "", "60", "", "100", "Đạt"]
    xs4_body = [*xs[:3], (310, 350), (360, 380), (430, 540), (550, 600), (610, 660)]
    page4 = Grid(rows=(row(4, head4, xs4, 40), row(4, body4, xs4_body, 60)), header_rows=1,
                 provenance=Provenance(page=4, bbox=(40, 40, 660, 68)), method="words")
    # (The page before it ends the table on page 3, so the pages follow one another.)
    page2 = Grid(rows=(row(2, head, xs, 40), row(2, ["2", "Duy trì phát triển các bản du lịch", "Bản", "3", "3", "100", "Đạt"], xs, 60)),
                 header_rows=1, provenance=Provenance(page=2, bbox=(40, 40, 660, 68)), method="words")
    page3 = replace(page2, rows=tuple(tuple(replace(c, provenance=replace(c.provenance, page=3)) for c in r) for r in page2.rows),
                    provenance=Provenance(page=3, bbox=(40, 40, 660, 68)))
    stitched = stitch_grids([first, page2, page3, page4])
    assert len(stitched) == 1
    last = [c.text for c in stitched[0].rows[-1]]
    assert last == ["", "Trên 60% hệ thống thông tin của huyện", "%", "60", "", "100", "Đạt"]



def _boxed(page: int, rows: list[list[tuple[str, tuple[float, float, float, float]]]], header_rows: int,
           bbox: tuple[float, float, float, float], method: str, title: str | None = None) -> Grid:
    from extractor.grid import GridCell
    from extractor.model import Provenance

    cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=b)) for t, b in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, title=title, provenance=Provenance(page=page, bbox=bbox), method=method)


def _stitched_one(foot: Grid, body: Grid) -> Grid:
    """``foot`` (a header at the foot of a page) and ``body`` (the next page) stitched: one table,
    under the header's caption."""
    stitched = stitch_grids([foot, body])
    assert len(stitched) == 1
    assert stitched[0].title == foot.title
    return stitched[0]


def test_header_alone_at_the_foot_of_a_page_heads_the_body_on_the_next() -> None:
    # Variant 16 (forced continuation_no_header, stt_in_name): the header of a ruled table fell
    # at the foot of page 1, read from its words one printed line a row, with no body to place
    # its columns; page 2 started with the column numbers and the body. The page-2 table had no
    # header (a doubt, every column a guess) and a diff of two versions reported changes under
    # role "other".
    foot = _boxed(1, [
        [("", (263.0, 505.1, 321.8, 515.3)), ("", (501.9, 505.1, 565.4, 515.3)), ("", (580.4, 505.1, 627.3, 515.3)),
         ("Ước TH", (647.9, 505.1, 690.6, 515.3)), ("", (701.9, 505.1, 753.4, 515.3))],
        [("", (263.0, 511.4, 321.8, 521.6)), ("", (501.9, 511.4, 565.4, 521.6)), ("KH năm", (580.4, 511.4, 627.3, 521.6)),
         ("", (647.9, 511.4, 690.6, 521.6)), ("Đánh giá", (701.9, 511.4, 753.4, 521.6))],
        [("Hạng mục", (263.0, 517.6, 321.8, 527.8)), ("Đơn vị tính", (501.9, 517.6, 565.4, 527.8)),
         ("", (580.4, 517.6, 627.3, 527.8)), ("năm", (656.8, 517.6, 681.6, 527.8)), ("", (701.9, 517.6, 753.4, 527.8))],
        [("", (263.0, 523.8, 321.8, 534.0)), ("", (501.9, 523.8, 565.4, 534.0)), ("2025", (589.6, 523.8, 618.0, 534.0)),
         ("", (647.9, 523.8, 690.6, 534.0)), ("kết quả", (706.1, 523.8, 749.1, 534.0))],
        [("", (263.0, 530.0, 321.8, 540.2)), ("", (501.9, 530.0, 565.4, 540.2)), ("", (580.4, 530.0, 627.3, 540.2)),
         ("2025", (650.8, 530.0, 679.2, 540.2)), ("", (701.9, 530.0, 753.4, 540.2))],
    ], 1, (263.0, 505.1, 753.4, 540.2), "words", "Biểu số 03 KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025")
    xs = [(85.5, 499.3), (499.3, 568.1), (568.1, 639.6), (639.6, 698.8), (698.8, 756.4)]

    def ruled(texts: list[str], top: float) -> list[tuple[str, tuple[float, float, float, float]]]:
        return [(t, (a, top, b, top + 17.4)) for t, (a, b) in zip(texts, xs, strict=True)]

    body = _boxed(2, [
        ruled(["(1)", "(2)", "(3)", "(4)", "(5)"], 36.0),
        ruled(["I CHỈ TIÊU KINH TẾ", "", "", "", ""], 53.4),
        ruled(["1 Tổng doanh thu ngành du lịch giai đoạn 2021 - 2025 đạt 1.022 tỷ đồng", "Tỷ đồng", "967", "989", "Vượt"], 70.9),
        ruled(["2 Thu nhập bình quân đầu người năm", "Triệu đồng", "41", "40", "Chưa đạt"], 88.3),
    ], 1, (85.5, 36.0, 756.4, 105.8), "pdfplumber-lines")
    table = _stitched_one(foot, body)
    assert table.title == foot.title and table.header_rows == 2
    assert [c.text for c in table.rows[0]] == ["Hạng mục", "Đơn vị tính", "KH năm 2025", "Ước TH năm 2025", "Đánh giá kết quả"]
    assert [c.text for c in table.rows[-1]][2:4] == ["41", "40"]
    # A header is not taken for a body: the same foot followed by a captioned table stays apart.
    assert len(stitch_grids([foot, replace(body, title="Biểu số 04")])) == 2


def test_a_tall_header_at_the_foot_of_a_page_heads_a_body_whose_last_column_is_empty() -> None:
    # v1038 (BIỂU 02, landscape, ruled): the header alone at the foot of page 1, read from its
    # words one printed line a row, made ten rows (the narrow "Đánh giá ..." cell wraps to ten
    # lines), and the body on page 2 noted nothing under "Ghi chú", so that column had no place.
    # The header's lines came out as body rows of a table without header, every cell role
    # "other", and a doubt on a clean table.
    cols = [(45.0, 70.0), (72.0, 400.0), (402.0, 440.0), (442.0, 520.0), (522.0, 600.0), (602.0, 700.0), (702.0, 790.0)]
    lines = [
        ["", "", "", "", "Lũy kế", "Đánh giá", ""],
        ["Số", "", "", "Chỉ tiêu", "thực hiện", "mức độ", ""],
        ["", "", "", "(mục tiêu)", "từ khi", "thực hiện", "Ghi chú"],
        ["thứ", "Nội dung", "ĐVT", "chủ yếu", "ban hành", "đến năm", "(7)"],
        ["", "", "", "của Đề án,", "ĐA, NQ", "2024 so", ""],
        ["tự", "", "", "NQ (4)", "đến hết", "với mục", ""],
        ["", "", "", "", "năm 2024", "tiêu đề ra", ""],
        ["", "", "", "", "(5)", "(đạt, vượt,", ""],
        ["", "", "", "", "", "chưa đạt)", ""],
        ["", "", "", "", "", "(6)", ""],
    ]
    foot = _boxed(1, [[(t, (a + 2, 400.0 + 10 * r, b - 2, 408.0 + 10 * r)) for t, (a, b) in zip(texts, cols, strict=True)]
                      for r, texts in enumerate(lines)], 1, (45.0, 400.0, 790.0, 500.0), "words", "BIỂU 02: TỔNG HỢP")

    def ruled(texts: list[str], top: float) -> list[tuple[str, tuple[float, float, float, float]]]:
        return [(t, (a, top, b, top + 17.4)) for t, (a, b) in zip(texts, cols, strict=True)]

    body = _boxed(2, [
        ruled(["1", "Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa", "Di sản", "5", "13", "Vượt", ""], 36.0),
        ruled(["2", "Duy trì phát triển các bản du lịch đã được công nhận", "Bản", "3", "3", "Đạt", ""], 53.4),
        ruled(["", "Công nhận mới 02 điểm du lịch", "Bản", "2", "1", "Chưa đạt", ""], 70.8),
    ], 0, (45.0, 36.0, 790.0, 88.2), "pdfplumber-lines")
    table = _stitched_one(foot, body)
    assert table.title == foot.title and table.header_rows == 1
    assert [c.text for c in table.rows[0]] == [
        "Số thứ tự", "Nội dung", "ĐVT", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ (4)",
        "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024 (5)",
        "Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt) (6)", "Ghi chú (7)"]
    assert [c.text for c in table.rows[-1]][3:5] == ["2", "1"]


def test_a_heading_across_a_ruled_table_measures_no_column_and_is_no_header_level() -> None:
    # v1712 (BIỂU 1, ruled): the header and the heading "CHỈ TIÊU KINH TẾ" (one cell merged across
    # the table) at the foot of page 1, the body on page 2 with another such heading. The merged
    # cells, repeated in every column, made each column of page 2 as wide as the table: the header
    # could not be put over it (no header, a doubt, 21 cells lost); and the heading went into the
    # header ("Danh mục CHỈ TIÊU KINH TẾ").
    cols = [(40.0, 60.0), (60.0, 400.0), (400.0, 440.0), (440.0, 500.0), (500.0, 560.0), (560.0, 620.0)]

    def ruled(texts: list[str], top: float, merged: bool = False) -> list[tuple[str, tuple[float, float, float, float]]]:
        if merged:  # "" under TT, then one cell merged over the rest, repeated in each column
            return [("", (cols[0][0], top, cols[0][1], top + 17.0))] + [(texts[0], (cols[1][0], top, cols[-1][1], top + 17.0))] * 5
        return [(t, (a, top, b, top + 17.0)) for t, (a, b) in zip(texts, cols, strict=True)]

    foot = _boxed(1, [ruled(["TT", "Danh mục", "ĐVT", "Chỉ tiêu năm 2022", "Kết quả năm 2022", "Ghi chú"], 500.0),
                      ruled(["CHỈ TIÊU KINH TẾ"], 517.0, merged=True)], -1, (40.0, 500.0, 620.0, 534.0), "pdfplumber-lines",
                  "Biểu 1 ĐÁNH GIÁ KẾT QUẢ")
    body = _boxed(2, [
        ruled(["1.", "Trên 50% đơn vị sự nghiệp công lập tự chủ", "%", "48", "51", ""], 36.0),
        ruled(["2.", "Tỷ lệ giao dịch không dùng tiền mặt", "%", "69", "74", ""], 53.0),
        ruled(["Lĩnh vực xã hội"], 70.0, merged=True),
        ruled(["1.", "Tỷ lệ trường học được xây dựng kiên cố", "%", "100", "99", ""], 87.0),
    ], 0, (40.0, 36.0, 620.0, 104.0), "pdfplumber-lines")
    [table] = stitch_grids([foot, body])
    assert table.header_rows == 1 and table.title == foot.title
    assert [c.text for c in table.rows[0]] == ["TT", "Danh mục", "ĐVT", "Chỉ tiêu năm 2022", "Kết quả năm 2022", "Ghi chú"]
    assert [c.text for c in table.rows[1]][1] == "CHỈ TIÊU KINH TẾ"
    assert [c.text for c in table.rows[2]][:5] == ["1.", "Trên 50% đơn vị sự nghiệp công lập tự chủ", "%", "48", "51"]


def test_a_name_printed_after_its_row_number_is_a_body_row() -> None:
    from extractor.pdf_words import is_body_row

    assert is_body_row(["19 Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên", "%", "Khoảng 53", "47", "Chưa đạt"])
    assert is_body_row(["1.2. Tỷ lệ xã đạt chuẩn nông thôn mới", "%", "89-94", "83,22"])
    assert not is_body_row(["Hạng mục", "Đơn vị tính", "KH năm 2025", "Ước TH năm 2025", "Đánh giá"])
    assert not is_body_row(["2024 (%)", "Chỉ tiêu", "ĐVT"])



def test_a_heading_across_the_table_does_not_widen_the_names_column_for_the_next_page() -> None:
    # Variant 55 (forced seed000-bieu02): page 1 of BIỂU 02 read from whitespace has headings
    # printed across the figure columns ("I | Nghị quyết 03-NQ/TU ..."); page 2, without a header,
    # came out with more whitespace columns and was put under page 1's columns by x-position. The
    # headings made the names' column as wide as the table, and every figure of page 2 went into
    # the names: a quarter of the table's cells read, and no doubt.
    xs = [(58, 69), (75, 350), (360, 390), (399, 447), (458, 649), (655, 717), (722, 751)]

    def row(page: int, texts: list[str], spans: list[tuple[float, float]], top: float) -> tuple:
        from extractor.grid import GridCell
        from extractor.model import Provenance

        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None)) for t, (a, b) in zip(texts, spans, strict=True))

    from extractor.model import Provenance

    wide = [xs[0], (75, 711), *xs[2:]]
    first = Grid(rows=(
        row(1, ["TT", "Các chỉ tiêu chủ yếu", "ĐVT", "Chỉ tiêu", "Lũy kế thực hiện", "Tỷ lệ", "Đánh giá"], xs, 100),
        row(1, ["I", "Nghị quyết 03-NQ/TU của Ban Chấp hành Đảng bộ huyện về phát triển du lịch", "", "", "", "", ""], wide, 115),
        row(1, ["1", "Hàng năm bảo tồn và duy trì ít nhất 01 di sản văn hóa", "Di sản", "5", "13", "260", "Vượt"], xs, 130),
    ), header_rows=1, title="BIỂU 02", provenance=Provenance(page=1, bbox=(58, 100, 751, 138)), method="words")
    xs2 = [(61, 67), (75, 340), (363, 386), (396, 406), (430, 447), (636, 649), (700, 717), (722, 749)]
    page2 = Grid(rows=(
        row(2, ["6", "Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", "", "20", "17,5", "87,5", "Chưa đạt"], xs2, 40),
    ), header_rows=0, provenance=Provenance(page=2, bbox=(61, 40, 749, 48)), method="words")
    stitched = stitch_grids([first, page2])
    assert len(stitched) == 1
    assert [c.text for c in stitched[0].rows[-1]] == ["6", "Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", "20", "17,5", "87,5", "Chưa đạt"]


def test_first_rows_that_name_no_column_are_body_of_a_continuation_with_other_columns() -> None:
    # Variant 25 (forced seed000-bieu02): the last page starts with a row of one figure ("70% diện
    # tích rừng ... | % | 70 | Chưa triển khai | | Chưa đạt"), taken for a header; its columns came
    # out otherwise than page 4's, so it stood apart as a table without a header (a doubt).
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(40, 60), (70, 250), (260, 300), (310, 420), (430, 540), (550, 600), (610, 660)]

    def row(page: int, texts: list[str], spans: list[tuple[float, float]], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None)) for t, (a, b) in zip(texts, spans, strict=True))

    head = ["TT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Chỉ tiêu (mục tiêu)", "Lũy kế thực hiện năm 2024", "Tỷ lệ (%)", "Đánh giá"]
    first = Grid(rows=(row(1, head, xs, 100), row(1, ["1", "Hàng năm bảo tồn ít nhất 01 di sản văn hóa", "Di sản", "5", "13", "260", "Vượt"], xs, 120)),
                 header_rows=1, title="BIỂU 02", provenance=Provenance(page=1, bbox=(40, 100, 660, 128)), method="words")
    xs2 = [(40, 60), (70, 250), (260, 300), (330, 350), (430, 500), (505, 540), (550, 600), (610, 660)]
    last = Grid(rows=(
        row(2, ["", "70% diện tích rừng được kiểm soát", "%", "70", "Chưa triển khai", "", "", "Chưa đạt"], xs2, 40),
        row(2, ["", "100% sản phẩm OCOP được đưa lên sàn", "%", "100", "100", "", "100", "đạt"], xs2, 60),
    ), header_rows=1, provenance=Provenance(page=2, bbox=(40, 40, 660, 68)), method="words")
    stitched = stitch_grids([first, last])
    assert len(stitched) == 1 and stitched[0].header_rows == 1
    assert [c.text for c in stitched[0].rows[2]][3:5] == ["70", "Chưa triển khai"]



def _spill_tables(spill: list[str], *, repeat: bool = False, numbered: bool = False,
                  cut_name: str = "Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh") -> list[Grid]:
    """Variant 315 printed by Chromium (BIỂU 02, unruled): section III's row was taller than the
    room left on page 3, and the rest of its longest cell's paragraph ("39/41 sản phẩm OCOP ...")
    was printed alone at the top of page 4, where the whitespace reader took it for a header and
    read its columns one fewer; ``spill`` is that first row on page 4, ``repeat`` prints the
    header again above it."""
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(88, 98), (104, 331), (340, 374), (382, 429), (434, 619), (624, 683), (688, 722)]

    def row(page: int, texts: list[str], spans: list[tuple[float, float]], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None))
                     for t, (a, b) in zip(texts, spans, strict=True))

    head = ["Số TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu (mục tiêu) chủ yếu", "Lũy kế thực hiện từ khi ban hành",
            "Lũy kế ước thực hiện đến hết năm 2025", "Đánh giá mức độ thực hiện"]
    cut = ["III", cut_name, "", "- Phát triển các sản phẩm",
           "- Hình thành các vùng sản xuất nông nghiệp hàng hóa tập trung; toàn huyện có",
           "- Phát triển các sản phẩm", ""]
    numbers = [row(1, [str(k) for k in range(1, 8)], xs, 110)] if numbered else []
    first = Grid(rows=(row(1, head, xs, 100), *numbers,
                       row(1, ["1", "Hàng năm bảo tồn ít nhất 01 di sản văn hóa", "Di sản", "5", "13", "260", "Vượt"], xs, 120),
                       row(1, cut, xs, 140)),
                 header_rows=1 + len(numbers), title="BIỂU 02", provenance=Provenance(page=1, bbox=(88, 100, 722, 500)),
                 method="words")
    xs2 = [(89, 97), (104, 332), (351, 363), (382, 485), (519, 534), (624, 663), (688, 718)]
    rows = [row(2, spill, xs2, 40),
            row(2, ["IV", "Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh", "", "", "", "", ""], xs2, 60),
            row(2, ["", "Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC", "%", "30", "", "30", "Đạt"], xs2, 80),
            row(2, ["", "Trên 50% đơn vị sự nghiệp công lập đảm bảo chi thường xuyên", "%", "50", "", "50", "Đạt"], xs2, 100)]
    if repeat:
        rows.insert(0, row(2, head, xs2, 20))
    page2 = Grid(rows=tuple(rows), header_rows=2 if repeat else 1, provenance=Provenance(page=2, bbox=(88, 20, 722, 108)),
                 method="words")
    return stitch_grids([first, page2])


def test_the_rest_of_a_row_cut_at_the_page_break_goes_back_into_that_row() -> None:
    rest = "39/41 sản phẩm OCOP, đạt 95,1% so đề án của tỉnh."
    for repeat in (False, True):
        [table] = _spill_tables(["", "", "", "", rest, "", ""], repeat=repeat)
        assert table.header_rows == 1
        texts = [[c.text for c in r] for r in table.rows]
        assert texts[2][4].endswith("toàn huyện có " + rest)
        assert [t[0] for t in texts[3:]] == ["IV", "", ""]
        assert texts[4][2:] == ["%", "30", "", "30", "Đạt"]


def test_a_name_cut_at_the_page_break_under_a_numbered_header_goes_back_into_its_row() -> None:
    # v1500 printed by LibreOffice (ruled): "Số kết quả khoa học ... thực tiễn" on page 1, "sau 12
    # tháng nghiệm thu" alone at the top of page 2. The header's column numbers ("1 2 3 ...") read as
    # "number" headers had made every column a numbers column, and nothing was a row's rest.
    [table] = _spill_tables(["", "sau 12 tháng nghiệm thu", "", "", "", "", ""], numbered=True)
    texts = [[c.text for c in r] for r in table.rows]
    assert table.header_rows == 2
    assert texts[3][1] == "Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh sau 12 tháng nghiệm thu"
    assert texts[4][0] == "IV"


def test_a_name_cut_after_a_comma_or_before_a_word_in_capitals_goes_back_into_its_row() -> None:
    # Writer's prints of v4200 and v4250: the rest of the name starts with a capital, which a
    # heading printed without a number does too, but the name above stopped on a comma, or the
    # rest goes on in small letters after a word in capitals.
    for cut, rest in (("Tỷ lệ cơ sở dữ liệu của huyện được số hóa và liên thông với tỉnh,", "Trung ương"),
                      ("xây dựng 03 điểm trưng bày, giới thiệu sản phẩm văn hóa, sản phẩm",
                       "OCOP, nông sản gắn với các điểm tham quan, du lịch"),
                      # v8050: cut inside a place's name, after its first syllable.
                      ("xây dựng bản du lịch Sì Thầu Chải, xã Hồ", "Thầu thành sản phẩm OCOP du lịch")):
        [table] = _spill_tables(["", rest, "", "", "", "", ""], cut_name=cut)
        texts = [[c.text for c in r] for r in table.rows]
        assert texts[2][1] == f"{cut} {rest}" and texts[3][0] == "IV"
    # A name that ended: a heading in capitals, or one that opens a list of parts, stays a row.
    for heading in ("Lĩnh vực xã hội", "CHỈ TIÊU XÃ HỘI", "HĐND huyện giao:"):
        for cut in ("Số xã đạt chuẩn nông thôn mới", "Số bản du lịch tại xã Hồ Thầu"):
            [table] = _spill_tables(["", heading, "", "", "", "", ""], cut_name=cut)
            assert [r[1].text for r in table.rows][2:4] == [cut, heading]


def _names_first_tables(spill: str) -> list[Grid]:
    """v3700 printed by LibreOffice (ruled): the header's first column is the names' ("Các chỉ tiêu
    chủ yếu"), each name numbered inside itself ("1.9 Tỷ lệ ..."); page 1 ends on a row whose name
    was cut ("Trong đó: Tỷ lệ doanh nghiệp có hoạt động đổi"), and ``spill`` is printed alone in
    the first column at the top of page 2."""
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(62, 300), (305, 340), (345, 390), (395, 440), (445, 490), (495, 540), (545, 600), (605, 660)]

    def row(page: int, texts: list[str], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None))
                     for t, (a, b) in zip(texts, xs, strict=True))

    head = ["Các chỉ tiêu chủ yếu", "Đơn vị tính", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "Năm 2023", "Ước năm 2024",
            "Ước giai đoạn 2021- 2024", "Ước TH giai đoạn 2021- 2024/Mục tiêu NQ (%)", "Đánh giá đến năm 2024"]
    first = Grid(rows=(row(1, head, 100),
                       row(1, ["1.9 Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "76", "74", "66", "81", "106,6", "Vượt"], 120),
                       row(1, ["Trong đó: Tỷ lệ doanh nghiệp có hoạt động đổi", "%", "75", "63", "54", "82", "109,3", ""], 140)),
                 header_rows=1, title="Phụ lục I", provenance=Provenance(page=1, bbox=(62, 100, 660, 148)), method="lattice")
    page2 = Grid(rows=(row(2, [spill, "", "", "", "", "", "", ""], 40),
                       row(2, ["1.10 Xuất khẩu địa phương", "Tỷ đồng", "121,32", "133,91", "103,34", "108,20", "89,19%", "Chưa đạt"], 60)),
                 header_rows=0, provenance=Provenance(page=2, bbox=(62, 40, 660, 68)), method="lattice")
    return stitch_grids([first, page2])


def test_a_name_cut_at_the_page_break_under_a_names_first_header_goes_back_into_its_row() -> None:
    # The first column was taken for a number column whatever the header named it, so the rest of
    # the name counted as text under a number: the row stood apart, and a diff of two versions
    # whose page breaks fell elsewhere reported both halves as rows added and removed.
    [table] = _names_first_tables("mới sáng tạo đạt chuẩn")
    texts = [[c.text for c in r] for r in table.rows]
    assert texts[2][0] == "Trong đó: Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt chuẩn"
    assert texts[3][0] == "1.10 Xuất khẩu địa phương" and len(texts) == 4
    # A heading of its own (capitalised) there stays a row.
    [table] = _names_first_tables("Chỉ tiêu xã hội")
    assert [r[0].text for r in table.rows][2:] == ["Trong đó: Tỷ lệ doanh nghiệp có hoạt động đổi", "Chỉ tiêu xã hội",
                                                   "1.10 Xuất khẩu địa phương"]


def _cut_header_tables(top: list[str]) -> list[Grid]:
    """v0235 printed by LibreOffice (ruled): Biểu số 05's header row, taller than the room left on
    page 1, printed its first lines there alone ("Số | Nội dung chỉ tiêu | Đơn vị | Kế hoạch | Ước
    thực | Đánh giá"); ``top`` is page 2's first row, over its column numbers and body."""
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(62, 80), (85, 400), (405, 450), (455, 520), (525, 600), (605, 660)]

    def row(page: int, texts: list[str], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None))
                     for t, (a, b) in zip(texts, xs, strict=True))

    head = Grid(rows=(row(1, ["Số", "Nội dung chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước thực", "Đánh giá"], 700),),
                header_rows=-1, title="Biểu số 05 KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025",
                provenance=Provenance(page=1, bbox=(62, 700, 660, 708)), method="lattice")
    page2 = Grid(rows=(row(2, top, 40), row(2, ["A", "B", "C", "1", "2", "3"], 60),
                       row(2, ["1", "Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi", "%", "100", "87",
                               "Chưa đạt"], 80),
                       row(2, ["2", "Xuất khẩu địa phương", "Tỷ đồng", "175,95", "150,82", "Chưa đạt"], 100)),
                 header_rows=2, provenance=Provenance(page=2, bbox=(62, 40, 660, 108)), method="lattice")
    return stitch_grids([head, page2])


def test_a_header_row_cut_at_the_page_break_is_one_header_row() -> None:
    # The rest of the header's lines came out as rows of the body: the column numbers a row named
    # "B" with figures 1, 2, 3, and the plan and estimate columns without their year.
    [table] = _cut_header_tables(["TT", "", "", "năm 2025", "hiện năm 2025", ""])
    texts = [[c.text for c in r] for r in table.rows]
    assert texts[0] == ["Số TT", "Nội dung chỉ tiêu", "Đơn vị", "Kế hoạch năm 2025", "Ước thực hiện năm 2025", "Đánh giá"]
    assert table.header_rows == 2 and texts[1] == ["A", "B", "C", "1", "2", "3"]
    assert texts[2][0] == "1" and len(texts) == 4
    # The header printed again over page 2 is no rest of it: it is dropped as a repeat.
    [table] = _cut_header_tables(["Số", "Nội dung chỉ tiêu", "Đơn vị", "Kế hoạch", "Ước thực", "Đánh giá"])
    assert [c.text for c in table.rows[0]][3] == "Kế hoạch"


def _tall_row_tables(page3: list[list[str]]) -> list[Grid]:
    """v13990 printed by LibreOffice (unruled rows): section III's row, three columns of running
    text, starts at the foot of page 2, fills page 3 and ends at the top of page 4 (under the
    header printed again). ``page3`` is page 3's rows in those three columns: the whitespace
    reader starts a row where a line starts with a figure ("1.090 đàn ong. ...")."""
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(72, 84), (92, 326), (341, 364), (378, 431), (435, 625), (630, 694), (698, 736), (743, 771)]

    def row(page: int, texts: list[str], top: float, spans: list[tuple[float, float]] = xs) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None))
                     for t, (a, b) in zip(texts, spans, strict=True))

    head = ["Số thứ tự", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ",
            "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024",
            "Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra",
            "Đánh giá mức độ thực hiện đến năm 2024 so với mục tiêu đề ra (đạt, vượt, chưa đạt)", "Ghi chú"]
    cut = ["III", "Nghị quyết 05-NQ/TU của Ban Chấp hành Đảng bộ tỉnh: Về phát triển nông nghiệp hàng hóa tập trung", "",
           "- Phát triển các sản phẩm nông nghiệp",
           "- Phát triển các sản phẩm nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600 ha; cơ cấu giống chủ yếu",
           "- Phát triển các sản phẩm hàng hóa chủ lực: Trồng mới cây mắc ca 290,1/800ha", "", ""]
    first = Grid(rows=(row(2, head, 67),
                       row(2, ["6", "Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", "20", "17,5", "87,5", "Chưa đạt", ""], 392),
                       row(2, cut, 420)),
                 header_rows=1, provenance=Provenance(page=2, bbox=(72, 39, 771, 547)), method="words")
    middle = Grid(rows=tuple(row(3, texts, 127 + 100 * k, xs[3:6]) for k, texts in enumerate(page3)), header_rows=1,
                  provenance=Provenance(page=3, bbox=(378, 127, 694, 543)), method="words")
    last = Grid(rows=(row(4, head, 67),
                      row(4, ["", "", "", "", "\"CHETAMDUONG\" hiện có; tập trung xác định các sản phẩm hàng hóa", "", "", ""], 127),
                      row(4, ["IV", "Nghị quyết 08-NQ/TU của Ban Chấp hành Đảng bộ tỉnh", "", "", "", "", "", ""], 271),
                      row(4, ["", "Cắt giảm ít nhất 30% tổng thời gian giải quyết TTHC", "%", "30", "", "30", "Đạt", ""], 312)),
                header_rows=1, provenance=Provenance(page=4, bbox=(72, 39, 771, 548)), method="words")
    return stitch_grids([first, middle, last])


def test_the_rest_of_a_row_taller_than_a_page_read_as_several_rows_goes_back_into_that_row() -> None:
    # Only page 3's first row went back into the row: the others, and page 4's rest under them,
    # stayed nameless rows, and a diff of two prints whose breaks fell elsewhere reported their
    # texts as changed cells (3 spurious changes of 32 on 13000-13999 every 10th).
    page3 = [["hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600 ha. Phát triển mới",
              "Seng cù, DS1, Hương thơm số 1. Tuy nhiên đã thu hút 02 doanh nghiệp tại xã Bàn",
              "2.306/4.328 cây chè cổ thụ, đạt 53,3% NQ. Phát triển chăn nuôi theo hướng gia trại, trang"],
             ["1.090 đàn ong. Thê tích bề nuôi cá nước lạnh", "Giang, Thèn Sin; 06 cơ sở chế biến chè tại các xã",
              "trại, an toàn sinh học; thu hút phát triển mới 38/9 cơ sở chăn nuôi tập"],
             ["15.913 m3. Phát triển công nghiệp chế biến", "- Đổi mới, nâng cao hiệu quả. Duy trì, nâng cao hiệu quả nhãn hiệu",
              "trung, đạt 422,2% NQ."]]
    [table] = _tall_row_tables(page3)
    texts = [[c.text for c in r] for r in table.rows]
    assert [r[0] for r in texts] == ["Số thứ tự", "6", "III", "IV", ""]
    assert texts[2][3].endswith("nông nghiệp hàng hóa đặc sản: Diện tích lúa hàng hóa thực hiện 600 ha. Phát triển mới "
                                "1.090 đàn ong. Thê tích bề nuôi cá nước lạnh 15.913 m3. Phát triển công nghiệp chế biến")
    assert texts[2][4].endswith("tại xã Bàn Giang, Thèn Sin; 06 cơ sở chế biến chè tại các xã - Đổi mới, nâng cao hiệu quả. "
                                "Duy trì, nâng cao hiệu quả nhãn hiệu \"CHETAMDUONG\" hiện có; tập trung xác định các sản phẩm hàng hóa")
    assert texts[2][1].endswith("hàng hóa tập trung") and texts[2][0] == "III"
    # A row with a figure of its own under the rest stays a row.
    [table] = _tall_row_tables([*page3[:2], ["", "", "87,5"]])
    assert [c.text for c in table.rows[3]] == ["", "", "", "", "", "87,5", "", ""]


def test_a_header_row_cut_under_years_and_a_cell_merged_down_is_one_header_row() -> None:
    # v13800's edited copy printed by LibreOffice (ruled): the second table's two header rows were
    # cut at the foot of page 1, "Số thứ" (a cell merged down both rows) and "Năm" under each
    # "Mức chỉ tiêu"; page 2 went on with "tự" and the years. The years read as figures and "tự"
    # sat under an empty cell of the cut row, so the rest became a nameless row of five figures,
    # which a diff against the print whose header was not cut reported as a row added.
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(74, 107), (107, 357), (357, 408), (408, 462), (462, 517), (517, 572), (572, 626), (626, 681), (681, 768)]

    def row(page: int, texts: list[str], top: float, bottom: float | None = None) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, bottom or top + 19)))
                     for t, (a, b) in zip(texts, xs, strict=True))

    # A cell merged down over both header rows is in both with one box.
    upper = row(1, ["Số thứ", "Chỉ tiêu", "Đơn vị", *["Mức chỉ tiêu"] * 5, "Cơ quan chủ trì"], 506, 542)
    lower = row(1, ["", "", "", *["Năm"] * 5, ""], 526, 542)
    lower = tuple(u if j in (0, 1, 2, 8) else c for j, (u, c) in enumerate(zip(upper, lower, strict=True)))
    lower = tuple(replace(c, text="") if j in (0, 1, 2, 8) else c for j, c in enumerate(lower))
    head = Grid(rows=(upper, lower),
                header_rows=-1, title="Phụ lục I DANH MỤC CÁC CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN",
                provenance=Provenance(page=1, bbox=(74, 506, 768, 542)), method="pdfplumber-lines")
    years = ["2025", "2030", "2035", "2040", "2045"]
    page2 = Grid(rows=(row(2, ["tự", "", "", *years, ""], 36),
                       row(2, ["V", *["Phát triển chuyển đổi số"] * 8], 55),
                       row(2, ["20.", "Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số", "%", ">30", ">60",
                               ">85", "100", "100", ""], 74)),
                 header_rows=1, provenance=Provenance(page=2, bbox=(74, 36, 768, 107)), method="pdfplumber-lines")
    [table] = stitch_grids([head, page2])
    texts = [[c.text for c in r] for r in table.rows]
    assert texts[0] == ["Số thứ tự", "Chỉ tiêu", "Đơn vị", *(f"Mức chỉ tiêu Năm {y}" for y in years), "Cơ quan chủ trì"]
    assert table.header_rows == 1 and [r[0] for r in texts[1:]] == ["V", "20."]
    # A row of other figures there is body, not the header's rest.
    page2 = replace(page2, rows=(row(2, ["", "", "", "75", "81", "70", "90", "95", ""], 36), *page2.rows[1:]))
    [table] = stitch_grids([head, page2])
    assert "75" not in [c.text for r in table.rows[:table.header_rows] for c in r]


def test_a_header_repeated_line_by_line_over_the_rest_of_a_cut_name_is_dropped_and_the_name_joined() -> None:
    # v8200's edited copy printed by LibreOffice (unruled): the header printed again on page 2 is
    # tall, its texts mid-row, and came out as five lines of the page's first table; under them,
    # the rest of row 22's name cut at page 1's foot. The rest was not found under the lines, and
    # a diff against the other print reported "... ngân hàng hoặc các", "Nội dung", two nameless
    # rows and "tổ chức được phép khác" as rows added.
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(75, 93), (100, 158), (174, 202), (212, 247), (254, 289), (297, 332), (340, 375), (382, 417), (439, 508)]

    def row(page: int, texts: list[str], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8))) for t, (a, b) in zip(texts, xs, strict=True))

    years = ["2025", "2030", "2035", "2040", "2045"]
    first = Grid(rows=(row(1, ["STT", "Nội dung", "Đơn vị tính", *(f"Chỉ tiêu năm {y}" for y in years), "Cơ quan chủ trì"], 343),
                       row(1, ["21.", "Tỷ lệ người dân có tài khoản định danh điện tử (VNeID)", "%", ">60", ">80", ">95", "100",
                               "100", ""], 684),
                       row(1, ["22.", "Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các", "%", "-", "95",
                               "100", "100", "100", ""], 733)),
                 header_rows=1, title="Phụ lục I DANH MỤC CÁC CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN",
                 provenance=Provenance(page=1, bbox=(75, 332, 523, 786)), method="words")
    lines = [["", "", "", *["Chỉ tiêu"] * 5, ""], ["", "", "Đơn vị", *[""] * 6], ["STT", "Nội dung", "", *["năm"] * 5,
             "Cơ quan chủ trì"], ["", "", "tính", *[""] * 6], ["", "", "", *years, ""]]
    rest = ["", "tổ chức được phép khác", *[""] * 7]
    page2 = Grid(rows=(*(row(2, t, 39 + 5.5 * k) for k, t in enumerate(lines)), row(2, rest, 77)), header_rows=0,
                 provenance=Provenance(page=2, bbox=(75, 39, 508, 96)), method="words")
    [table] = stitch_grids([first, page2])
    assert [r[0].text for r in table.rows] == ["STT", "21.", "22."]
    assert table.rows[2][1].text == "Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng hoặc các tổ chức được phép khác"
    # Lines with a word the header does not print are no repeat of it.
    other = [*lines[:4], ["", "", "", *years[:4], "2050", ""]]
    page2 = replace(page2, rows=(*(row(2, t, 39 + 5.5 * k) for k, t in enumerate(other)), row(2, rest, 77)))
    assert any(c.text == "2050" for t in stitch_grids([first, page2]) for r in t.rows for c in r)


def test_the_rest_of_a_name_read_as_the_next_pages_first_line_goes_back_into_its_row() -> None:
    # v13760 printed by LibreOffice: the table ends page 1 on a row whose name was cut ("... vùng
    # đồng"); page 2 prints no table, only the name's rest over the signatures, and it was read as
    # running text: the row's name and its figure were missed.
    from extractor.grid import GridCell
    from extractor.model import Provenance, TextLine

    xs = [(85, 100), (110, 446), (460, 518), (530, 580), (590, 650), (660, 700), (710, 761)]

    def row(texts: list[str], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=1, bbox=(a, top, b, top + 9) if t else None))
                     for t, (a, b) in zip(texts, xs, strict=True))

    cut = "Trong đó: Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo vùng đồng"
    table = Grid(rows=(row(["TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu năm 2022", "Kết quả thực hiện năm 2022", "Tỷ lệ (%)",
                            "Đánh giá (Đạt/Vượt/Chưa đạt)"], 381),
                       row(["4.", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "71", "-", "", "Đạt"], 515),
                       row(["", cut, "%", "61", "", "", ""], 532)),
                 header_rows=1, title="Biểu 6 ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2022",
                 provenance=Provenance(page=1, bbox=(85, 355, 761, 542)), method="words")

    def line(page: int, text: str, box: tuple[float, float, float, float]) -> TextLine:
        return TextLine(text, Provenance(page=page, bbox=box))

    page2 = [line(2, "bào dân tộc thiểu số", (110, 38, 206, 47)), line(2, "Nơi nhận:", (38, 55, 84, 65)),
             line(2, "TM. ỦY BAN NHÂN DÂN", (95, 55, 215, 65))]
    [read] = stitch_grids([table], lines=page2)
    assert read.rows[2][1].text == f"{cut} bào dân tộc thiểu số"
    # Not when running text follows the table on its page, nor for a line that opens a sentence.
    [read] = stitch_grids([table], lines=[line(1, "Ghi chú: số liệu ước", (85, 560, 300, 569)), *page2])
    assert read.rows[2][1].text == cut
    [read] = stitch_grids([table], lines=[line(2, "Nơi nhận:", (110, 38, 160, 47)), *page2[1:]])
    assert read.rows[2][1].text == cut


def test_a_header_repeated_apart_from_its_body_at_the_top_of_a_page_is_dropped_as_a_repeat() -> None:
    # v5550 printed by LibreOffice (unruled): the header repeated on page 2 is a tall row whose
    # texts sit mid-row, far above the body, and the whitespace reader read its lines as a table
    # of five rows of their own: they went under page 1's table as body rows ("2025" a figure of
    # a nameless row), and the body under them became a table without header.
    from extractor.grid import GridCell
    from extractor.model import Provenance

    xs = [(62, 80), (85, 400), (405, 450), (455, 500), (505, 550), (555, 600), (605, 660)]

    def row(page: int, texts: list[str], top: float) -> tuple:
        return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None))
                     for t, (a, b) in zip(texts, xs, strict=True))

    head = ["Số TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu năm 2025", "Kết quả thực hiện năm 2025", "Tỷ lệ (%)",
            "Đánh giá (Đạt/Vượt/Chưa đạt)"]
    first = Grid(rows=(row(1, head, 100), row(1, ["8.", "Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng",
                                                  "%", "76,91", "73,86", "96,0", "Chưa đạt"], 120)),
                 header_rows=1, title="Biểu số 01 ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CHỈ TIÊU NĂM 2025",
                 provenance=Provenance(page=1, bbox=(62, 100, 660, 128)), method="words")
    lines = [["", "", "", "Chỉ tiêu", "Kết quả", "", "Đánh giá"], ["Số", "", "", "", "", "", ""],
             ["", "Chỉ tiêu", "Đơn vị", "năm", "thực hiện", "Tỷ lệ (%)", "(Đạt/Vượt/Chưa"], ["TT", "", "", "", "", "", ""],
             ["", "", "", "2025", "năm 2025", "", "đạt)"]]
    repeat = Grid(rows=tuple(row(2, t, 30 + 8 * i) for i, t in enumerate(lines)), header_rows=0,
                  provenance=Provenance(page=2, bbox=(62, 30, 660, 70)), method="words")
    body = Grid(rows=(row(2, ["9.", "Duy trì hoạt động của câu lạc bộ khèn Mông", "CLB", "-", "4", "-", "Đạt"], 110),
                      row(2, ["11.", "Mức giảm tỷ suất sinh", "‰", "1,0", "1,1", "110,0", "Vượt"], 130)),
                header_rows=0, provenance=Provenance(page=2, bbox=(62, 110, 660, 138)), method="words")
    [table] = stitch_grids([first, repeat, body])
    assert table.header_rows == 1
    assert [r[0].text for r in table.rows] == ["Số TT", "8.", "9.", "11."]


def test_a_heading_or_a_numbered_row_at_the_top_of_the_next_page_stays_a_row_of_its_own() -> None:
    # The names' column alone in capitals is a heading printed without a number; a row with a
    # number of its own, or under a column the cut row left empty, is no rest of it.
    for first in (["", "Lĩnh vực nông nghiệp", "", "", "", "", ""],
                  ["1", "", "", "", "toàn huyện có 39/41 sản phẩm", "", ""],
                  ["", "", "", "", "", "", "ghi chú của huyện"]):
        [table] = _spill_tables(first)
        texts = [[c.text for c in r] for r in table.rows]
        assert texts[2][4].endswith("toàn huyện có")
        assert texts[3] == first and texts[4][0] == "IV"


# ------------------------------------------------------------------------------ layout properties

_TEXTS = (
    "Tổng sản lượng lương thực có hạt",
    "Diện tích cây chè",
    "Trong đó: Diện tích trồng mới",
    "Tỷ lệ che phủ rừng",
    "Số xã đạt chuẩn nông thôn mới",
    "Thu NSNN trên địa bàn",
    "Tổng lượt khách du lịch",
)
_VALUES = ("39.500,00", "41.160", "2.222,34", "100,0", "> 90", "7,2", "500.000", "51,82", "")
_HEADERS = ("Đơn vị tính", "KH năm 2024", "Ước thực hiện", "Kế hoạch năm 2025", "So sánh (%)", "Ghi chú")
CHAR, HEIGHT, PITCH, ROW_GAP = 4.0, 7.0, 9.0, 6.0


def _place(text: str, x: float, top: float, page: int = 1) -> list[Word]:
    words, pos = [], x
    for token in text.split():
        words.append(Word(token, pos, top, pos + CHAR * len(token), top + HEIGHT, page))
        pos += CHAR * (len(token) + 0.5)
    return words


def _width(text: str) -> float:
    return CHAR * (len(text) + 0.5 * text.count(" "))


@st.composite
def _tables(draw: st.DrawFn) -> tuple[list[str], list[list[str]], list[int]]:
    n_values = draw(st.integers(1, 5))
    header = ["STT", "Chỉ tiêu", *draw(st.permutations(_HEADERS))[:n_values]]
    n_rows = draw(st.integers(2, 8))
    body, wraps = [], []
    for i in range(n_rows):
        label = str(i + 1) if i == 0 or draw(st.booleans()) else ""
        values = [draw(st.sampled_from(_VALUES)) for _ in range(n_values)]
        body.append([label, draw(st.sampled_from(_TEXTS)), *values])
        wraps.append(draw(st.integers(0, 2)))  # words of the text moved to a second line
    return header, body, wraps


def _layout(header: list[str], body: list[list[str]], wraps: list[int], *, ruled: bool):
    """Words (and rules) of a table printed like the generator does: text left, figures right."""
    lines_of = []
    for row, wrap in zip(body, wraps, strict=True):
        tokens = row[1].split()
        cut = len(tokens) - wrap if 0 < wrap < len(tokens) else len(tokens)
        lines_of.append([" ".join(tokens[:cut]), " ".join(tokens[cut:])] if cut < len(tokens) else [row[1]])
    widths = []
    for c, head in enumerate(header):
        texts = [head] + ([ln for ls in lines_of for ln in ls] if c == 1 else [r[c] for r in body])
        widths.append(max(_width(t) for t in texts) + 8.0)
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    words: list[Word] = []
    y = 100.0
    h_rules = [(xs[0], y - 3, xs[-1], y - 3)]
    for c, head in enumerate(header):
        words += _place(head, xs[c] + (widths[c] - _width(head)) / 2, y)
    y += PITCH + ROW_GAP
    h_rules.append((xs[0], y - 3, xs[-1], y - 3))
    for row, lines in zip(body, lines_of, strict=True):
        for c, text in enumerate(row):
            if c == 1:
                for k, line in enumerate(lines):
                    words += _place(line, xs[c] + 4, y + k * PITCH)
            elif text:
                x = xs[c] + (widths[c] - _width(text)) / 2 if c == 0 else xs[c + 1] - 4 - _width(text)
                words += _place(text, x, y)
        y += PITCH * len(lines) + ROW_GAP
        h_rules.append((xs[0], y - 3, xs[-1], y - 3))
    v_rules = [(x, h_rules[0][1], x, h_rules[-1][1]) for x in xs]
    return words, (h_rules if ruled else []), (v_rules if ruled else [])


@settings(max_examples=60, deadline=None)
@given(_tables(), st.booleans())
def test_words_to_grids_recovers_any_printed_table(table: Any, ruled: bool) -> None:
    header, body, wraps = table
    words, h_rules, v_rules = _layout(header, body, wraps, ruled=ruled)
    grids = words_to_grids(words, page=1, page_width=842, page_height=595, h_rules=h_rules, v_rules=v_rules)
    assert len(grids) == 1
    assert _texts(grids[0]) == [header, *body]
    assert grids[0].header_rows == 1
    assert grids[0].method == ("pdfplumber-lines" if ruled else "words")


@given(st.integers(1, 999))
def test_row_numbers_are_labels_and_years_are_not_values(n: int) -> None:
    assert is_row_label(str(n)) and is_row_label(f"{n}.")
    year = 1900 + n % 200
    assert not is_value(str(year)), "a bare year in a wrapped header is not a figure"


@given(st.integers(0, 10**9), st.integers(0, 99))
def test_vietnamese_figures_are_values(whole: int, frac: int) -> None:
    printed = f"{whole:,}".replace(",", ".") + f",{frac:02d}"
    assert is_value(printed) and is_value(f"> {whole % 100}") and is_value(f"{frac}%")
    assert not is_row_label("STT") and not is_row_label("TT") and not is_value("2020-2025")


def test_lines_of_a_vertically_centred_header_do_not_interleave(tmp_path: Path) -> None:
    # Header cells centred at every offset chained two lines ("Ước năm" over "2024") into one, whose
    # words, sorted by x, interleaved: "Ướ c n ăm 2 0 2 4", a header the reader could not understand.
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = tmp_path / "header.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(842, 595))
    pdf.setFont("DejaVuSans", 7.7)
    # (x, top, text): two lines of one cell 9.4 pt apart, and cells of other columns between them.
    for x, top, text in ((607.7, 188.2, "Ước năm"), (615.1, 197.6, "2024"), (100.0, 190.6, "Kết quả"),
                         (200.0, 193.0, "thực hiện"), (300.0, 195.4, "Đơn vị")):
        pdf.drawString(x, 595 - top - 7.7 * 0.76, text)
    pdf.save()
    content = read_pdf(path)
    texts = [ln.text for ln in content.lines] + [c.text for g in content.grids for row in g.rows for c in row]
    assert "Ước năm" in texts and "2024" in texts


def test_header_at_the_foot_of_a_page_heads_a_body_that_starts_with_column_letters() -> None:
    # Variant 41: the second "Phụ lục I" table's header fell at the foot of page 1, its names
    # ("STT", "Nội dung", "ĐVT") centred between the two lines of "Chỉ tiêu / năm 2025", read
    # from whitespace with no header row found; page 2 began with "A B C 4 5 … 9". The column
    # letters read as a repeated header, the page joined the foot as a continuation, and the
    # header's three lines became body rows (a false extraction_doubt, figures "năm 2025").
    foot = _boxed(1, [
        [("", (60.1, 527.5, 78.6, 537.3)), ("", (209.5, 527.5, 247.9, 537.3)), ("", (387.6, 527.5, 408.3, 537.3)),
         ("Chỉ tiêu", (430.2, 527.5, 463.7, 537.3)), ("Chỉ tiêu", (481.2, 527.5, 514.6, 537.3)), ("", (697.9, 527.5, 764.6, 537.3))],
        [("STT", (60.1, 533.4, 78.6, 543.2)), ("Nội dung", (209.5, 533.4, 247.9, 543.2)), ("ĐVT", (387.6, 533.4, 408.3, 543.2)),
         ("", (426.7, 533.4, 467.2, 543.2)), ("", (477.6, 533.4, 518.2, 543.2)), ("Cơ quan chủ trì", (697.9, 533.4, 764.6, 543.2))],
        [("", (60.1, 539.4, 78.6, 549.2)), ("", (209.5, 539.4, 247.9, 549.2)), ("", (387.6, 539.4, 408.3, 549.2)),
         ("năm 2025", (426.7, 539.4, 467.2, 549.2)), ("năm 2030", (477.6, 539.4, 518.2, 549.2)), ("", (697.9, 539.4, 764.6, 549.2))],
    ], 0, (60.1, 527.5, 764.6, 549.2), "words", "Phụ lục I DANH MỤC CÁC CHỈ TIÊU VÀ PHÂN CÔNG THỰC HIỆN")
    body = _boxed(2, [
        [("A", (65.8, 40.6, 72.9, 50.4)), ("B", (225.5, 40.6, 232.0, 50.4)), ("C", (394.7, 40.6, 401.2, 50.4)),
         ("4", (444.5, 40.6, 449.4, 50.4)), ("5", (495.4, 40.6, 500.3, 50.4)), ("6", (728.8, 40.6, 733.7, 50.4))],
        [("17.", (63.2, 74.6, 75.5, 84.4)), ("Tỷ lệ hệ thống thông tin của huyện được vận hành trên nền tảng điện toán đám mây",
                                             (85.6, 74.6, 355.7, 96.3)),
         ("%", (393.9, 74.6, 402.0, 84.4)), (">40", (454.6, 74.6, 469.9, 84.4)), (">70", (505.6, 74.6, 520.9, 84.4)),
         ("Các cơ quan, ban, ngành", (678.8, 74.6, 775.4, 84.4))],
        [("18.", (63.2, 103.5, 75.5, 113.3)), ("Tỷ lệ cơ sở dữ liệu của huyện được số hóa và liên thông với tỉnh, Trung ương",
                                              (85.6, 103.5, 367.0, 125.3)),
         ("%", (393.9, 103.5, 402.0, 113.3)), ("50", (460.1, 103.5, 469.9, 113.3)), (">80", (505.6, 103.5, 520.9, 113.3)),
         ("", (678.8, 103.5, 775.4, 125.3))],
    ], 1, (63.2, 40.6, 775.4, 125.3), "words")
    table = _stitched_one(foot, body)
    header = [c.text for c in table.rows[table.header_rows - 2]]
    assert header[:3] == ["STT", "Nội dung", "ĐVT"] and header[3].startswith("Chỉ tiêu") and "2025" in header[3]
    assert [c.text for c in table.rows[table.header_rows - 1]][:3] == ["A", "B", "C"]
    assert [c.text for c in table.rows[table.header_rows]][:4] == ["17.", body.rows[1][1].text, "%", ">40"]


def test_body_starting_with_a_numbered_heading_under_a_header_at_the_foot_of_the_page_before() -> None:
    # Variant 5208: "Biểu 6"'s header (and its column numbers) alone at the foot of page 1; page 2
    # starts with the heading "1. Kinh tế", one phrase, which the whitespace reader took for a
    # header line. The body was then no body without header: a table of its own, doubted, and the
    # header a table of no rows; the diff of the report's two versions lost the rows' names.
    def cells(top: float, texts: list[str], xs: list[tuple[float, float]]) -> list[tuple[str, tuple[float, float, float, float]]]:
        return [(t, (a, top, b, top + 7.9)) for t, (a, b) in zip(texts, xs, strict=True)]

    head_x = [(317.2, 344.2), (583.9, 606.5), (619.0, 669.8), (678.8, 711.5), (723.2, 749.3)]
    foot = _boxed(1, [
        cells(499.5, ["", "", "", "", "Mức độ"], head_x),
        cells(504.3, ["", "", "Kế hoạch năm", "Ước đạt", ""], head_x),
        cells(509.1, ["Chỉ tiêu", "Đơn vị", "", "", "hoàn"], head_x),
        cells(513.9, ["", "", "2025 được giao", "năm 2025", ""], head_x),
        cells(518.7, ["", "", "", "", "thành"], head_x),
        cells(533.4, ["(1)", "(2)", "(3)", "(4)", "(5)"], head_x),
    ], 1, (317.2, 499.5, 749.3, 541.3), "words", "Biểu 6 KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2025")
    body_x = [(87.6, 383.7), (581.3, 609.2), (618.1, 670.7), (682.3, 708.0), (718.2, 749.9)]
    body = _boxed(2, [
        cells(40.2, ["1. Kinh tế", "", "", "", ""], body_x),
        cells(57.2, ["1.1 100% các cơ quan được triển khai các giải pháp đảm an toàn thông tin theo mô hình 4 lớp", "%",
                     "93", "91", "Chưa đạt"], body_x),
        cells(71.8, ["Trong đó: Riêng trong năm", "%", "78", "94", ""], body_x),
        cells(88.0, ["1.2 Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo", "%", "76.8", "70.8", "Chưa đạt"], body_x),
    ], 1, (87.6, 40.2, 749.9, 126.0), "words")
    table = _stitched_one(foot, body)
    names = [c.text for c in table.rows[table.header_rows - 1]]
    assert names[0].startswith("Chỉ tiêu") and names[4].startswith("Mức độ hoàn thành")
    assert table.rows[table.header_rows][0].text == "1. Kinh tế"
    assert len(table.rows) - table.header_rows == 4


def test_header_at_a_page_foot_names_a_column_its_body_leaves_empty_and_gives_its_heading_back() -> None:
    # Variant 5464: "Chỉ tiêu | Đơn vị | Mục tiêu năm 2024 | 2025 | 2030 | Ghi chú" and the heading
    # "A CHỈ TIÊU KINH TẾ" alone at the foot of page 1; the body on page 2 notes nothing, so it has
    # no "Ghi chú" column. Its name went into the last figure column's ("Mục tiêu Ghi chú năm
    # 2030": the figures lost their role), and the heading into the names' column's name.
    def cells(top: float, bottom: float, texts: list[str], xs: list[tuple[float, float]]) -> list[tuple[str, tuple[float, float, float, float]]]:
        return [(t, (a, top, b, bottom)) for t, (a, b) in zip(texts, xs, strict=True)]

    head_x = [(288.3, 326.2), (539.6, 570.7), (590.6, 610.6), (636.2, 656.2), (681.9, 701.9), (718.8, 755.7)]
    foot = _boxed(1, [
        cells(486.5, 505.8, ["", "", "Mục tiêu", "Mục tiêu", "Mục tiêu", ""], head_x),
        cells(502.4, 511.1, ["Chỉ tiêu", "Đơn vị", "", "", "", "Ghi chú"], head_x),
        cells(507.7, 527.0, ["", "", "năm 2024", "năm 2025", "năm 2030", ""], head_x),
        [("A CHỈ TIÊU KINH TẾ", (84.5, 533.9, 178.8, 542.6)), *cells(533.9, 542.6, ["", "", "", "", ""], head_x[1:])],
    ], 0, (288.3, 486.5, 755.7, 542.6), "words", "Phụ lục I MỤC TIÊU PHÁT TRIỂN KINH TẾ - XÃ HỘI GIAI ĐOẠN 2024-2030")
    body_x = [(84.5, 501.5), (545.6, 564.7), (584.9, 620.9), (630.6, 666.5), (676.2, 712.2)]
    body = _boxed(2, [
        cells(40.6, 49.3, ["1 Tổng lượt khách du lịch", "Lượt", "473,700", "416,534", "477,924"], body_x),
        cells(108.6, 117.3, ["2 Diện tích trồng mới", "Ha", "497.33", "-", "467.56"], body_x),
        cells(151.8, 160.5, ["4 Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%", "%", "5", "4", "5"], body_x),
    ], 0, (84.5, 40.6, 712.2, 160.5), "words")
    table = _stitched_one(foot, body)
    header = [c.text for c in table.rows[table.header_rows - 1]]
    assert header == ["Chỉ tiêu", "Đơn vị", "Mục tiêu năm 2024", "Mục tiêu năm 2025", "Mục tiêu năm 2030", "Ghi chú"]
    assert [c.text for c in table.rows[table.header_rows]] == ["A CHỈ TIÊU KINH TẾ", "", "", "", "", ""]
    assert [c.text for c in table.rows[-1]] == ["4 Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%", "%", "5", "4", "5", ""]


def test_rows_cut_off_under_a_whitespace_table_on_the_same_page_are_its_rows() -> None:
    # Variant 190, page 4: the whitespace reader cut the last rows of a BIỂU 02 off as a table of
    # their own (their numbers column empty, "Chưa triển khai" printed under a figure column):
    # seven columns without header, an extraction_doubt on a clean report, and the header
    # repeated on page 5 no longer continued the table.
    head = [("Số thứ tự", (92.4, 67.2, 102.0, 84.4)), ("Chỉ tiêu", (212.5, 73.3, 234.7, 78.3)),
            ("Đơn vị tính", (350.9, 70.2, 368.8, 81.3)), ("Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ", (380.2, 67.2, 428.8, 84.4)),
            ("Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", (446.0, 73.3, 614.2, 78.3)),
            ("Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) (%)", (632.7, 64.1, 691.3, 87.4)),
            ("Đánh giá mức độ thực hiện", (698.2, 39.7, 723.5, 111.8)), ("Ghi chú", (734.3, 70.2, 744.6, 81.3))]

    def row(top: float, texts: list[str]) -> list[tuple[str, tuple[float, float, float, float]]]:
        xs = [(92.4, 102.0), (107.5, 334.6), (357.5, 362.3), (401.3, 407.7), (525.4, 534.9), (657.2, 666.8), (697.7, 709.6), (734.3, 744.6)]
        return [(t, (a, top, b, top + 5.0)) for t, (a, b) in zip(texts, xs, strict=True)]

    table = _boxed(4, [
        head,
        row(432.2, ["", "Tỷ trọng kinh tế số trong ngành, lĩnh vực đạt tối thiểu 5%", "%", "5", "5", "100", "Đạt", ""]),
        row(449.4, ["", "Phần đầu 20% doanh nghiệp trên địa bàn huyện ứng dụng chuyển đổi số", "%", "20", "90", "450", "Vượt", ""]),
        row(466.6, ["", "60% doanh nghiệp thực hiện giao dịch điện tử trong các hoạt động về tài chính", "%", "60", "100", "167", "Vượt", ""]),
    ], 1, (92.4, 39.7, 744.6, 471.6), "words")
    cut = _boxed(4, [
        [("70% diện tích rừng được kiểm soát, theo dõi, giám sát bằng các hệ thống quản lý rừng thông minh",
          (107.5, 483.6, 326.9, 494.7)), ("%", (357.5, 483.6, 362.3, 488.6)), ("70", (401.3, 483.6, 407.7, 488.6)),
         ("Chưa triển khai", (434.0, 483.6, 473.5, 488.6)), ("", (525.4, 483.6, 534.9, 494.7)), ("", (656.4, 483.6, 667.6, 494.7)),
         ("Chưa đạt", (697.7, 483.6, 720.7, 488.6))],
        [("100% sản phẩm OCOP được đưa lên sàn thương mại điện tử của quốc gia và tỉnh", (107.5, 500.8, 312.1, 505.8)),
         ("%", (357.5, 500.8, 362.3, 505.8)), ("100", (399.7, 500.8, 409.3, 505.8)), ("", (434.0, 500.8, 473.5, 505.8)),
         ("100", (525.4, 500.8, 534.9, 505.8)), ("100", (657.2, 500.8, 666.8, 505.8)), ("đạt", (697.7, 500.8, 705.9, 505.8))],
    ], 0, (107.5, 483.6, 720.7, 505.8), "words")
    stitched = stitch_grids([table, cut])
    assert len(stitched) == 1
    # Its cells go under the columns of the same place: the names, the unit, the target, the
    # figures, the evaluation.
    assert [c.text for c in stitched[0].rows[-2]] == ["", cut.rows[0][0].text, "%", "70", "Chưa triển khai", "", "Chưa đạt", ""]
    assert [c.text for c in stitched[0].rows[-1]] == ["", cut.rows[1][0].text, "%", "100", "100", "100", "đạt", ""]
    # Further below than the table's rows are apart, or under a caption of its own, it is another table.
    far = replace(cut, provenance=replace(cut.provenance, bbox=(107.5, 520.0, 720.7, 545.0)))
    assert len(stitch_grids([table, far])) == 2
    assert len(stitch_grids([table, replace(cut, title="Biểu số 04")])) == 2


def test_a_caption_at_the_foot_of_a_page_heads_the_next_page_s_table() -> None:
    # Variant 208 with its first table's columns shuffled: "BIỂU 06 / ƯỚC THỰC HIỆN THU, CHI NGÂN
    # SÁCH NHÀ NƯỚC NĂM 2025" was printed under that table at the foot of page 1, its table on
    # page 2. Without its caption the BIỂU 06 was stitched under the shuffled table (its header
    # "Số thứ tự | Tên chỉ tiêu | Đơn vị | Quyết toán năm 2024 …" taken for a repeat), filled half
    # its rows with names, and the shuffled table raised no doubt.
    from extractor.grid import GridCell
    from extractor.model import Provenance, TextLine
    from extractor.stitch import carry_captions

    def _grid(page: int, rows: list[list[str]], header_rows: int, bbox: tuple[float, float, float, float]) -> Grid:
        cells = tuple(tuple(GridCell(t, Provenance(page=page)) for t in row) for row in rows)
        return Grid(rows=cells, header_rows=header_rows, provenance=Provenance(page=page, bbox=bbox), method="words")

    def line(page: int, text: str, top: float) -> TextLine:
        return TextLine(text, Provenance(page=page, bbox=(200.0, top, 600.0, top + 11.0)))

    head = ["Số TT", "Danh mục", "Đơn vị tính", "Năm 2024", "Năm 2025", "Năm 2025", "So sánh (%)", "So sánh (%)", "Ghi chú"]
    first = _grid(1, [head, ["1.", "Xã nông thôn mới nâng cao", "Tiêu chí", "96", "103", "113", "93.2", "85.0", ""]], 1,
                  (62.1, 141.9, 779.8, 437.7))
    own = ["Số thứ tự", "Tên chỉ tiêu", "Đơn vị", "Quyết toán năm 2024", "Dự toán giao năm 2025", "Ước TH năm 2025",
           "UTH/DT 2025 (%)", "UTH 2025/TH 2024 (%)", "Ghi chú"]
    second = _grid(2, [own, ["1", "Thu bổ sung từ ngân sách cấp trên", "Triệu đồng", "785,714", "857,384", "-", "", "", ""]], 1,
                   (76.7, 40.7, 765.8, 285.3))
    lines = [line(1, "Biểu 3", 100.4), line(1, "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2025", 113.9),
             line(1, "BIỂU 06", 454.4), line(1, "ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2025", 467.9),
             line(1, "(Kèm theo Báo cáo số 1724/BC-UBND của UBND huyện Tủa Chùa)", 481.0)]
    assert len(stitch_grids([first, second])) == 1  # read without the page's lines: one table
    stitched = stitch_grids([first, second], None, lines)
    assert [g.title for g in stitched] == [None, "BIỂU 06 ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2025"]
    # A caption above the table on its own page is that table's; one that running text follows
    # on the next page is not carried over it.
    assert carry_captions([first, second], lines[:2]) == [first, second]
    prose = [*lines, line(2, "Tình hình thu ngân sách năm 2025 như sau:", 20.0)]
    assert carry_captions([first, second], prose)[1].title is None


def _spanned(page: int, texts: list[str], spans: list[tuple[float, float]], top: float) -> tuple:
    from extractor.grid import GridCell
    from extractor.model import Provenance

    return tuple(GridCell(t, Provenance(page=page, bbox=(a, top, b, top + 8) if t else None)) for t, (a, b) in zip(texts, spans, strict=True))


def _ocr_first_page(spans: list[tuple[float, float]], bbox: tuple[float, float, float, float]) -> Grid:
    from extractor.model import Provenance

    head = ["TT", "Chỉ tiêu", "ĐVT", "KH năm 2024", "Ước TH năm 2024", "So sánh (%)", "Ghi chú"]
    return Grid(rows=(
        _spanned(1, head, spans, 100),
        _spanned(1, ["1", "Thu NSNN trên địa bàn", "Tỷ đồng", "48,10", "48,10", "100,0", "Đạt KH"], spans, 115),
    ), header_rows=1, title="BIỂU 01", provenance=Provenance(page=1, bbox=bbox), method="ocr-words")


_XS = [(60, 80), (85, 280), (290, 330), (340, 380), (390, 430), (440, 480), (500, 560)]
# Page 2 of dev scan v0390: no header, the notes column empty on it (one column fewer).
_XS2 = [(62, 70), (84, 300), (292, 320), (350, 380), (398, 430), (450, 480)]


def _ocr_continuation() -> Grid:
    from extractor.model import Provenance

    return Grid(rows=(
        _spanned(2, ["", "Doanh thu từ dịch vụ du lịch", "Tỷ đồng", "186,4", "186,4", "100,0"], _XS2, 40),
        _spanned(2, ["5", "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", "99,00", "99,0", "100,0"], _XS2, 55),
    ), header_rows=0, provenance=Provenance(page=2, bbox=(62, 40, 480, 63)), method="ocr-words")


def test_a_scanned_continuation_without_header_and_a_column_fewer_goes_under_the_page_before() -> None:
    # Dev scan v0390: page 2 continues page 1's unruled table without its header, its notes
    # column empty. The whitespace tables of a scan ("ocr-words") were never put under the page
    # before's columns (only a text layer's "words" were): page 2 stood as a table of its own
    # without a header, its 124 figures without a role.
    stitched = stitch_grids([_ocr_first_page(_XS, (60, 100, 560, 123)), _ocr_continuation()])
    assert len(stitched) == 1
    assert [c.text for c in stitched[0].rows[-1]] == ["5", "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", "99,00", "99,0", "100,0", ""]


def test_a_continuation_goes_under_a_turned_over_page_s_columns_read_in_reading_order() -> None:
    # Dev scan v0315: page 1 was fed upside down. OCR turns it over to read it, and its cells keep
    # their places on the page as stored: the first column on the right. Matched by x as they
    # stand, page 2's names went under the ratio column; mirrored about the table's middle, the
    # columns run left to right like page 2's.
    mirrored = [(620 - b, 620 - a) for a, b in _XS]
    stitched = stitch_grids([_ocr_first_page(mirrored, (60, 100, 560, 123)), _ocr_continuation()])
    assert len(stitched) == 1
    assert [c.text for c in stitched[0].rows[-1]] == ["5", "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "%", "99,00", "99,0", "100,0", ""]


def test_a_caption_at_the_foot_of_a_page_turned_over_heads_the_next_page_s_table() -> None:
    # The page of the test above fed into the scanner upside down: OCR turns it before reading
    # but keeps its boxes where they lie on the page as stored, its foot at the top and its first
    # column on the right. "BIỂU 06" at its (upright) foot heads page 2's table, not the caption
    # "Biểu 3" printed over page 1's own table (taken before: its box lay lowest as stored).
    from extractor.grid import GridCell
    from extractor.model import Provenance, TextLine
    from extractor.stitch import carry_captions

    width, height = 842.0, 595.0

    def turned(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return (width - box[2], height - box[3], width - box[0], height - box[1])

    def _grid(page: int, rows: list[list[str]], top: float, flip: bool) -> Grid:
        def box(c: int, r: int) -> tuple[float, float, float, float]:
            upright = (60.0 + 80.0 * c, top + 20.0 * r, 130.0 + 80.0 * c, top + 20.0 * r + 15.0)
            return turned(upright) if flip else upright
        cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=box(c, r))) for c, t in enumerate(row))
                      for r, row in enumerate(rows))
        whole = (60.0, top, 60.0 + 80.0 * len(rows[0]), top + 20.0 * len(rows))
        return Grid(rows=cells, header_rows=1, provenance=Provenance(page=page, bbox=turned(whole) if flip else whole),
                    method="ocr")

    def line(page: int, text: str, top: float, flip: bool) -> TextLine:
        box = (200.0, top, 600.0, top + 11.0)
        return TextLine(text, Provenance(page=page, bbox=turned(box) if flip else box))

    head = ["Số TT", "Danh mục", "Đơn vị tính", "Năm 2024", "Năm 2025"]
    body = ["1.", "Xã nông thôn mới nâng cao", "Tiêu chí", "96", "103"]
    own = ["Số thứ tự", "Tên chỉ tiêu", "Đơn vị", "Quyết toán năm 2024", "Dự toán giao năm 2025"]
    second = _grid(2, [own, ["1", "Thu bổ sung từ ngân sách cấp trên", "Triệu đồng", "785,714", "857,384"]], 40.0, False)
    texts = [("Biểu 3", 100.4), ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU NĂM 2025", 113.9),
             ("BIỂU 06", 454.4), ("ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2025", 467.9)]
    for flip in (False, True):
        first = _grid(1, [head, body, body], 140.0, flip)
        # OCR lists a turned page's lines as read, in the upright page's order.
        lines = [line(1, text, top, flip) for text, top in texts]
        assert [g.title for g in carry_captions([first, second], lines)] == [
            None, "BIỂU 06 ƯỚC THỰC HIỆN THU, CHI NGÂN SÁCH NHÀ NƯỚC NĂM 2025"]
        # Page 2 turned over too: "above its table" is above in the upright page.
        below = [line(2, "Nguồn: Phòng Tài chính - Kế hoạch", 300.0, True)]
        second_turned = _grid(2, [own, ["1", "Thu bổ sung", "Triệu đồng", "785,714", "857,384"]], 40.0, True)
        assert carry_captions([first, second_turned], lines + below)[1].title is not None
        above = [line(2, "Tình hình thu ngân sách năm 2025 như sau:", 20.0, True)]
        assert carry_captions([first, second_turned], lines + above)[1].title is None


def test_header_repeated_with_its_group_title_cut_otherwise_continues_the_table(tmp_path: Path) -> None:
    # Variant 2537: the header of "Phụ lục I" repeated on page 2 over one row; read from whitespace
    # the group title "Kết quả thực hiện" was repeated over its three columns on page 1 and cut
    # whole on page 2, its columns otherwise: the repeat was a table of its own, without a doubt,
    # its row's figures under the wrong columns.
    from corpus.variants import write_seed

    write_seed(2537, tmp_path, edits=False)
    content = read_pdf(tmp_path / "v2537.pdf")
    assert len(content.grids) == 2
    last = [c.text for c in content.grids[1].rows[-1]]
    assert last[:7] == ["2", "Tỷ lệ dân số đô thị được cung cấp nước sạch qua hệ thống cấp nước tập trung", "%",
                        "87-92", "95,86", "100,00", "100,00"]
