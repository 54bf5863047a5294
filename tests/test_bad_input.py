"""Hostile files: one clear line naming the file, exit 2, the rest of a batch still processed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli import main
from tests import hostile

SEED_000 = hostile.SEED_000


def _run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    runner = CliRunner()
    result = runner.invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _assert_one_clear_line(path: Path, code: int, err: str) -> None:
    assert code == 2
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if path.name in line]
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")


@pytest.mark.parametrize(
    ("name", "content", "reason", "said"),
    [
        ("empty.txt", b"", "empty file", "tệp rỗng"),
        ("empty.pdf", b"", "empty file", "tệp rỗng"),
        ("blob.txt", bytes(range(256)) * 64, "binary", "nhị phân"),
        ("image.pdf", hostile.png_bytes(), "not a PDF (the file is a PNG image)", "không phải PDF (tệp này là một ảnh PNG)"),
        ("truncated.pdf", hostile.text_pdf()[:400], "truncated PDF", "PDF bị cắt cụt"),
        ("zero-pages.pdf", hostile.zero_page_pdf(), "page", "trang"),
        ("locked.pdf", hostile.encrypted_pdf("secret"), "encrypted", "mã hóa"),
    ],
)
def test_bad_file_gives_one_line_and_exit_2(tmp_path: Path, name: str, content: bytes, reason: str, said: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run("extract", str(path), "--format", "json")
    _assert_one_clear_line(path, code, err)
    # The line people read is in their language (Vietnamese by default); JSON keeps the English
    # reason programs already parse.
    assert said.lower() in err.lower()
    data = json.loads(out)
    assert data["failures"] == [{"path": str(path), "reason": data["failures"][0]["reason"]}]
    assert reason.lower() in data["failures"][0]["reason"].lower()
    _, _, err_en = _run("extract", str(path), "--format", "json", "--lang", "en")
    assert reason.lower() in err_en.lower()


def test_encrypted_with_empty_user_password_opens_or_fails_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(hostile.encrypted_pdf(""))
    code, _out, err = _run("extract", str(path), "--format", "json")
    assert "Traceback" not in err
    assert code in (0, 2)


def test_broken_xref_is_recovered_or_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken-xref.pdf"
    path.write_bytes(hostile.broken_xref_pdf())
    code, out, err = _run("extract", str(path), "--format", "json")
    assert "Traceback" not in err
    if code == 2:
        _assert_one_clear_line(path, code, err)
    else:
        assert json.loads(out)["documents"][0]["pages"] == 1


def test_utf16_and_windows_1258_renderings_read_like_utf8(tmp_path: Path) -> None:
    text = SEED_000.read_text(encoding="utf-8")
    utf8 = tmp_path / "bieu-utf8.txt"
    utf16 = tmp_path / "bieu-utf16.txt"
    cp1258 = tmp_path / "bieu-cp1258.txt"
    utf8.write_text(text, encoding="utf-8")
    utf16.write_text(text, encoding="utf-16")
    # Windows-1258 writes Vietnamese with combining tone marks: NFC on reading makes it equal again.
    cp1258.write_bytes(text.encode("cp1258", errors="strict") if _cp1258_ok(text) else _cp1258_decomposed(text))
    values = []
    for path in (utf8, utf16, cp1258):
        code, out, err = _run("extract", str(path), "--format", "json")
        assert code == 0, err
        values.append([(r["key"], [c["raw"] for c in r["cells"]]) for r in json.loads(out)["rows"] if r["table"] is not None])
    assert values[0] == values[1] == values[2]
    assert len(values[0]) > 30


def _cp1258_ok(text: str) -> bool:
    try:
        text.encode("cp1258")
    except UnicodeEncodeError:
        return False
    return True


def _cp1258_decomposed(text: str) -> bytes:
    """Encode as Windows-1258 does: precomposed base letters (â, ơ, ư, đ), tone marks combining."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in tones)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + tone).encode("cp1258")
    return bytes(out)


def test_table_without_numbers_is_not_a_report(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("STT\tChỉ tiêu\tĐơn vị tính\tGhi chú\n1\tMột\tHai\tBa\n2\tBốn\tNăm\tSáu\n", encoding="utf-8")
    code, _out, err = _run("extract", str(path), "--format", "json")
    _assert_one_clear_line(path, code, err)


def test_directory_mixing_good_and_bad_files_still_extracts_the_good(tmp_path: Path) -> None:
    shutil.copy(SEED_000, tmp_path / SEED_000.name)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(hostile.png_bytes())
    code, out, err = _run("extract", str(tmp_path), "--format", "json")
    assert code == 2
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == [SEED_000.name]
    assert sorted(Path(f["path"]).name for f in data["failures"]) == ["empty.txt", "fake.pdf"]
    assert len(data["rows"]) > 30
    assert "Traceback" not in err


def test_missing_path_is_reported_not_dropped(tmp_path: Path) -> None:
    code, out, err = _run("check", str(tmp_path / "nope.pdf"), str(SEED_000), "--format", "json")
    assert code == 2
    assert "nope.pdf" in err
    data = json.loads(out)
    assert data["failures"][0]["path"].endswith("nope.pdf")
    assert [d["id"] for d in data["documents"]] == [SEED_000.name]


def test_image_only_pdf_without_tesseract_says_so_and_batch_goes_on(tmp_path: Path) -> None:
    # A real process with a PATH that holds no tesseract (worker processes inherit it).
    import subprocess
    import sys

    scan = tmp_path / "scan.pdf"
    scan.write_bytes(hostile.image_only_pdf())
    shutil.copy(SEED_000, tmp_path / SEED_000.name)
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {**os.environ, "PATH": str(empty_bin), "DOISOAT_CACHE": str(tmp_path / "cache")}
    done = subprocess.run(
        [sys.executable, "-m", "reconcile", "extract", str(tmp_path), "--format", "json", "--jobs", "2"],
        capture_output=True, text=True, env=env, timeout=300,
    )
    _assert_one_clear_line(scan, done.returncode, done.stderr)
    assert "tesseract" in done.stderr.lower()
    assert [d["id"] for d in json.loads(done.stdout)["documents"]] == [SEED_000.name]


def test_two_hundred_page_pdf_is_read_without_trouble(tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(hostile.text_pdf(pages=200, lines=2))
    code, out, err = _run("extract", str(path), "--format", "json", "--no-ocr")
    assert "Traceback" not in err
    assert code == 0, err
    data = json.loads(out)
    assert data["documents"][0]["pages"] == 200
    assert len(data["rows"]) >= 200  # one prose figure per line at least


def test_huge_page_is_read_without_trouble(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    path.write_bytes(hostile.text_pdf(size=(14400, 14400)))
    code, _out, err = _run("extract", str(path), "--format", "json")
    assert "Traceback" not in err
    assert code == 0, err


@pytest.mark.skipif(os.name != "posix", reason="permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can read a chmod 000 file")
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    code, _out, err = _run("extract", str(path))
    _assert_one_clear_line(path, code, err)


# ------------------------------------------------------------------ the hardening sweep (legacy encodings, link loops, huge pages)


@pytest.mark.parametrize(("encoding", "encode", "said"), [
    ("TCVN3", hostile.tcvn3_bytes, "bảng mã phông chữ tiếng Việt cũ TCVN3 (ABC)"),
    ("VNI", hostile.vni_bytes, "bảng mã phông chữ tiếng Việt cũ VNI"),
])
def test_a_text_in_a_legacy_vietnamese_font_encoding_is_read_converted_and_said(
        tmp_path: Path, encoding: str, encode: object, said: str) -> None:
    """A TCVN3 (ABC) or VNI file read as Windows-1258 would give "Tæng s¶n l­îng" for every name and
    exit 0; it was then refused. It is read converted by the encoding's table: the same rows as
    the Unicode file, and the document's warning says how it was read."""
    legacy = tmp_path / f"bao_cao_{encoding.lower()}.txt"
    legacy.write_bytes(encode(SEED_000.read_text(encoding="utf-8")))  # type: ignore[operator]
    code, out, err = _run("extract", str(legacy), str(SEED_000), "--format", "json", "--no-ocr")
    assert code == 0, err
    docs = {d["id"]: d for d in json.loads(out)["documents"]}
    assert set(docs) == {legacy.name, SEED_000.name}
    rows = json.loads(out)["rows"]

    def cells(doc: str) -> list[tuple[str, list[str]]]:
        return [(r["indicator"], [c["raw"] for c in r["cells"]]) for r in rows if r["document"] == doc]

    assert cells(legacy.name) == cells(SEED_000.name) and len(cells(SEED_000.name)) > 30
    (warning,) = [w for w in docs[legacy.name]["warnings"] if "legacy" in w]
    assert warning.startswith(f"the text is in the legacy Vietnamese font encoding {encoding}")
    code, out, err = _run("extract", str(legacy), "--no-ocr")
    assert code == 0 and said in out, out


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "sarif", "html", "xlsx"])
def test_a_loop_of_symbolic_links_is_one_line_in_every_format(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "huyen"
    folder.mkdir()
    shutil.copy(SEED_000, folder / SEED_000.name)
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    out_file = tmp_path / f"report.{fmt}"
    extra = ["-o", str(out_file)] if fmt in ("html", "xlsx", "sarif") else []
    code, _, err = _run("check", str(folder), "--format", fmt, *extra, "--fail-on", "never")
    assert code == 2 and "Traceback" not in err and "internal error" not in err, err
    for name in ("a.txt", "b.txt"):
        lines = [line for line in err.splitlines() if f"{name}:" in line]
        assert lines == [f"error: {folder / name}: liên kết vòng: các liên kết trỏ vòng lại nhau, không dẫn tới tệp nào"], err
    code, _, err = _run("check", str(folder / "a.txt"), str(SEED_000), "--format", fmt, *extra, "--lang", "en")
    assert code == 2 and f"error: {folder / 'a.txt'}: a loop of symbolic links: it never leads to a file" in err.splitlines()


def test_a_page_drawn_too_large_for_memory_is_ocrd_at_a_resolution_that_fits() -> None:
    """A PDF page may be 200 inches square: 3.6 billion pixels at 300 dpi. A page over
    ``MAX_PAGE_PIXELS`` is rasterised at the resolution that fits, down to ``MIN_OCR_DPI``; one too
    big even for that is not OCR'd; the page's warnings say which (benchmarks measure the memory;
    here, the decision and what the reader is told)."""
    from extractor.ocr import MAX_PAGE_PIXELS, MIN_OCR_DPI, OcrPage, _render_scale, page_warnings
    from normalizers.messages import say
    from reconcile.i18n import translator

    assert _render_scale((842.0, 1191.0), 300, 1) == (300 / 72, ())  # A3: as asked
    scale, notes = _render_scale((2384.0, 3370.0), 300, 1)  # A0: fewer dots an inch, still OCR'd
    assert scale is not None and (2384 * scale) * (3370 * scale) <= MAX_PAGE_PIXELS + 1 and scale * 72 >= MIN_OCR_DPI
    said = page_warnings(OcrPage(1, (), (), 0.0, 1.0, False, notes))
    assert said == ["page 1: page too large (2384 x 3370 points), OCR'd at 108 dpi instead of 300 dpi"]
    assert [say(w, translator("vi")) for w in said] == ["trang 1: trang quá lớn (2384 x 3370 điểm), OCR ở 108 dpi thay vì 300 dpi"]
    scale, notes = _render_scale((14400.0, 14400.0), 300, 2)
    assert scale is None
    said = page_warnings(OcrPage(2, (), (), 0.0, 1.0, False, notes))
    assert said == ["page 2: page too large to OCR (14400 x 14400 points): not read"]
    assert [say(w, translator("vi")) for w in said] == ["trang 2: trang quá lớn (14400 x 14400 điểm) để OCR: không đọc trang này"]


def test_a_huge_image_page_is_one_line_and_the_batch_goes_on(tmp_path: Path) -> None:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    huge = tmp_path / "ban_do.pdf"
    c = canvas.Canvas(str(huge), pagesize=(14400, 14400))
    c.drawImage(ImageReader(Image.new("L", (400, 400), 255)), 0, 0, 14400, 14400)
    c.showPage()
    c.save()
    shutil.copy(SEED_000, tmp_path / SEED_000.name)
    code, out, err = _run("extract", str(tmp_path), "--format", "json", "--jobs", "1")
    _assert_one_clear_line(huge, code, err)
    data = json.loads(out)
    assert [d["id"] for d in data["documents"]] == [SEED_000.name]
    # The line says what was not read and why, page by page: not "no tables found (not a report?)".
    (failure,) = data["failures"]
    assert failure["reason"] == ("nothing could be read: page 1: page too large to OCR (14400 x 14400 points): not read")
    assert "trang 1: trang quá lớn (14400 x 14400 điểm) để OCR: không đọc trang này" in err
    assert "không phải báo cáo" not in err


def test_a_broken_link_named_and_inside_its_named_folder_is_one_failure(tmp_path: Path) -> None:
    folder = tmp_path / "huyen"
    folder.mkdir()
    shutil.copy(SEED_000, folder / SEED_000.name)
    dead = folder / "bao_cao.txt"
    dead.symlink_to(tmp_path / "khong_co.txt")
    code, out, err = _run("check", str(folder), str(dead), "--format", "json", "--fail-on", "never")
    assert code == 2
    assert [f["path"] for f in json.loads(out)["failures"]] == [str(dead)]
    assert [line for line in err.splitlines() if line.startswith("error:")] == [
        f"error: {dead}: liên kết hỏng: tệp đích không tồn tại"]


def _zip(parts: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return buf.getvalue()


@pytest.mark.parametrize(("name", "content", "said"), [
    ("bao_cao.docx", _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}),
     "một văn bản Word (.docx), không phải tệp báo cáo doisoat đọc được (PDF, .txt, .md, .tsv, .html): "
     "lưu thành PDF (Tệp > Lưu thành) rồi đọc tệp PDF"),
    ("bieu.xlsx", _zip({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}), "một bảng tính Excel (.xlsx)"),
    ("ho_so.zip", _zip({"bao_cao.txt": "x"}), "một tệp nén ZIP (tệp Word hoặc Excel?), không phải tệp báo cáo doisoat đọc được"),
    ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "một văn bản Office định dạng cũ"),
])
def test_a_file_of_another_kind_named_is_said_for_what_it_is(tmp_path: Path, name: str, content: bytes, said: str) -> None:
    """Word, Excel, archives and images named on the command line were 'binary content, not a text
    report' (a TIFF came out as a table of garbage 'with no figures'): the line says what the file is
    and how to get a file doisoat reads from it, and the batch goes on."""
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = _run("extract", str(path), str(SEED_000), "--format", "json", "--no-ocr")
    _assert_one_clear_line(path, code, err)
    assert f"error: {path}: {said}" in err, err
    assert [d["id"] for d in json.loads(out)["documents"]] == [SEED_000.name]


def test_an_image_is_read_by_ocr_or_said_when_it_cannot_be(tmp_path: Path) -> None:
    """A PNG/JPEG/TIFF page is OCR'd (tests/test_ocr.py reads one); with OCR off, or an image Pillow
    cannot decode, one line says so, and the batch goes on."""
    png = tmp_path / "anh.png"
    png.write_bytes(hostile.png_bytes())
    broken = tmp_path / "trang.tif"
    broken.write_bytes(b"II*\x00" + bytes(200))
    code, out, err = _run("extract", str(png), str(SEED_000), "--format", "json", "--no-ocr")
    _assert_one_clear_line(png, code, err)
    assert f"error: {png}: một ảnh, và OCR đang tắt" in err
    assert [d["id"] for d in json.loads(out)["documents"]] == [SEED_000.name]
    code, out, err = _run("extract", str(broken), str(SEED_000), "--format", "json", "--no-cache")
    _assert_one_clear_line(broken, code, err)
    assert f"error: {broken}: không giải mã được ảnh" in err
