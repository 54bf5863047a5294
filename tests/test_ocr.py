"""Scanned PDFs through Tesseract ``vie``: Biểu 01 scanned at 0.4° read cell by cell against its truth.

``corpus/pdf/bieu01_ruled_scanned.pdf`` is made by ``corpus/make_scans.py`` from the text-layer
``bieu01_ruled.pdf`` (generated from seed 000 by ``corpus/generate_pdfs.py``); the truth is the
generator's ``bieu01_ruled.truth.json``, written from the strings it printed, never by a reader.
Tests that run Tesseract are skipped, with the reason, when it or its Vietnamese data is missing;
the scanned file is OCR'd once per session (two pages) and shared.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pdfplumber
import pypdfium2 as pdfium
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from corpus import make_scans
from extractor.errors import OcrUnavailableError
from extractor.grid import Grid
from extractor.ocr import (
    OcrPage,
    ocr_pdf_pages,
    page_from_json,
    page_to_json,
    page_warnings,
    tesseract_available,
)
from extractor.ocr_grid import binarize, deskew, estimate_skew, find_tables, line_masks
from extractor.ocr_numbers import InkNumber, Mark, ink_number, reread_marks
from extractor.ocr_orient import page_orientation
from extractor.ocr_page import is_crisp, looks_numeric
from extractor.ocr_stamps import remove_stamps
from extractor.ocr_tesseract import clean_cell_text
from extractor.ocr_words import ink_to_chunks

ROOT = Path(__file__).resolve().parent.parent
PDF_DIR = ROOT / "corpus" / "pdf"
SOURCE = PDF_DIR / "bieu01_ruled.pdf"
SCANNED = PDF_DIR / "bieu01_ruled_scanned.pdf"
TRUTH = PDF_DIR / "bieu01_ruled.truth.json"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

OK, REASON = tesseract_available()
needs_tesseract = pytest.mark.skipif(not OK, reason=f"OCR tests need Tesseract with 'vie': {REASON}")


def _truth() -> dict[str, Any]:
    return json.loads(TRUTH.read_text(encoding="utf-8"))


def _expected_rows(page: int) -> list[list[str]]:
    """Header rows (repeated on every page of the generated PDF) then the body rows of ``page``."""
    table = _truth()["tables"][0]
    return [list(r) for r in table["header"]] + [r["cells"] for r in table["body"] if r["page"] == page]


@pytest.fixture(scope="session")
def ocr_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ocr-cache")


@pytest.fixture(scope="session")
def scanned_pages(ocr_cache: Path) -> list[OcrPage]:
    if not OK:
        pytest.skip(f"OCR tests need Tesseract with 'vie': {REASON}")
    return ocr_pdf_pages(SCANNED, [1, 2], cache_dir=ocr_cache)


def _cell_scores(pages: list[OcrPage]) -> tuple[tuple[int, int], tuple[int, int], list[str]]:
    """((numeric exact, numeric total), (text exact, text total), differences) over both pages."""
    num, txt, diffs = [0, 0], [0, 0], []
    for page in pages:
        assert len(page.grids) == 1, f"page {page.number}: {len(page.grids)} tables"
        got = [[c.text for c in row] for row in page.grids[0].rows]
        want = _expected_rows(page.number)
        assert len(got) == len(want), f"page {page.number}: {len(got)} rows, truth has {len(want)}"
        for r, (want_row, got_row) in enumerate(zip(want, got, strict=True)):
            assert len(got_row) == len(want_row)
            for c, (w, g) in enumerate(zip(want_row, got_row, strict=True)):
                score = num if looks_numeric(w) else txt
                score[1] += 1
                score[0] += w == g
                if w != g:
                    diffs.append(f"p{page.number} r{r} c{c}: {w!r} read {g!r}")
    return (num[0], num[1]), (txt[0], txt[1]), diffs


# ------------------------------------------------------------------------------ scanned Biểu 01


@needs_tesseract
def test_scanned_bieu01_numeric_cells_match_the_truth(scanned_pages: list[OcrPage]) -> None:
    (num_ok, num_n), (txt_ok, txt_n), diffs = _cell_scores(scanned_pages)
    print(f"numeric cells {num_ok}/{num_n}, text cells {txt_ok}/{txt_n}; differences: {diffs}")
    assert num_n > 200
    assert num_ok / num_n >= 0.98, diffs
    # Text cells (indicator names, units, headers) are reported; Vietnamese accents are harder.
    assert txt_ok / txt_n >= 0.90, diffs


@needs_tesseract
def test_scanned_bieu01_header_title_and_running_text(scanned_pages: list[OcrPage]) -> None:
    first = scanned_pages[0]
    grid = first.grids[0]
    assert grid.method == "ocr"
    assert grid.header_rows == 2  # "STT" and the others span both header rows
    # "So sánh" spans the three ratio columns: the grid convention repeats it in each.
    assert [c.text for c in grid.rows[0][9:12]] == ["So sánh"] * 3
    assert grid.title == "BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU"
    texts = [line.text for line in first.lines]
    assert "BIỂU 01: KẾT QUẢ THỰC HIỆN MỘT SỐ CHỈ TIÊU CHỦ YẾU" in texts
    assert any("1108/BC-UBND" in t and "Tam Đường" in t for t in texts)
    assert all(line.provenance.page == 1 and line.provenance.bbox for line in first.lines)
    assert 0.5 < first.mean_confidence <= 1.0


@needs_tesseract
def test_scanned_cell_bboxes_land_on_the_printed_words(scanned_pages: list[OcrPage]) -> None:
    """Cell boxes go back through the deskew rotation to points of the page as printed."""
    with pdfplumber.open(SOURCE) as pdf:
        words = pdf.pages[0].extract_words()
    grid = scanned_pages[0].grids[0]
    checked = 0
    for row in grid.rows[2:]:
        for cell in row:
            if not re.fullmatch(r"\d{1,3}(\.\d{3})*,\d+", cell.text):
                continue
            printed = [w for w in words if w["text"] == cell.text]
            assert cell.provenance.page == 1 and cell.provenance.bbox is not None
            x0, top, x1, bottom = cell.provenance.bbox
            assert any(
                x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1 and top - 1 <= w["top"] and w["bottom"] <= bottom + 1
                for w in printed
            ), f"{cell.text!r} at {cell.provenance.bbox} not over any printed {cell.text!r}"
            checked += 1
    assert checked > 50


@needs_tesseract
def test_second_run_comes_from_the_cache(scanned_pages: list[OcrPage], ocr_cache: Path) -> None:
    again = ocr_pdf_pages(SCANNED, [1, 2], cache_dir=ocr_cache)
    assert [p.from_cache for p in again] == [True, True]
    assert [p.grids for p in again] == [p.grids for p in scanned_pages]
    assert [p.lines for p in again] == [p.lines for p in scanned_pages]
    assert not any(p.from_cache for p in scanned_pages)


@needs_tesseract
def test_a_damaged_cache_entry_is_a_miss_not_an_error(scanned_pages: list[OcrPage], tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = ocr_pdf_pages(SCANNED, [2], cache_dir=cache)
    [entry] = list(cache.rglob("*.json"))
    entry.write_text('{"ocr_version": "1", "grids": [', encoding="utf-8")
    again = ocr_pdf_pages(SCANNED, [2], cache_dir=cache)
    assert not again[0].from_cache
    assert again[0].grids == first[0].grids == scanned_pages[1].grids
    assert ocr_pdf_pages(SCANNED, [2], cache_dir=cache)[0].from_cache  # rewritten whole


@needs_tesseract
def test_cache_json_round_trips(scanned_pages: list[OcrPage]) -> None:
    page = scanned_pages[1]
    back = page_from_json(json.loads(json.dumps(page_to_json(page))), seconds=page.seconds, from_cache=False)
    assert back == page


@needs_tesseract
def test_page_outside_the_file_names_the_file(tmp_path: Path) -> None:
    from extractor.errors import BadInputError

    with pytest.raises(BadInputError, match=r"bieu01_ruled_scanned\.pdf: no page 3"):
        ocr_pdf_pages(SCANNED, [3])


# ------------------------------------------------------------------------- Tesseract missing


def test_tesseract_missing_from_path_is_reported_and_raises_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    ok, reason = tesseract_available()
    assert ok is False
    assert reason == "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"
    with pytest.raises(OcrUnavailableError) as info:
        ocr_pdf_pages(SCANNED, [1])
    assert str(SCANNED) in str(info.value)
    assert "Tesseract is not installed" in str(info.value)


# ---------------------------------------------------------------------------- make_scans


def test_make_scans_is_byte_deterministic_image_only_and_small(tmp_path: Path) -> None:
    first = make_scans.scan_pdf(SOURCE, tmp_path / "a.pdf")
    second = make_scans.scan_pdf(SOURCE, tmp_path / "b.pdf")
    data = first.read_bytes()
    assert data == second.read_bytes()
    with pdfplumber.open(first) as pdf:
        assert len(pdf.pages) == 2
        assert all(not page.chars for page in pdf.pages)  # no text layer at all
        assert all(len(page.images) == 1 for page in pdf.pages)
    assert len(data) / 2 <= 170 * 1024


def test_committed_scan_matches_the_generator_when_built_alike(tmp_path: Path) -> None:
    with pdfplumber.open(SCANNED) as pdf:
        made_with = pdf.metadata.get("Subject")
    if made_with != make_scans.generator_versions():
        pytest.skip(f"the committed scan was made with {made_with!r}; JPEG bytes differ between builds")
    fresh = make_scans.scan_pdf(SOURCE, tmp_path / "x.pdf").read_bytes()
    assert fresh == SCANNED.read_bytes(), "bieu01_ruled.pdf changed: run python corpus/make_scans.py"


# -------------------------------------------------------------------- image stages, no OCR


def _render(path: Path, page: int, dpi: int = 300) -> np.ndarray:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return np.asarray(pdf[page - 1].render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()


@pytest.mark.parametrize("angle", [-1.5, -0.4, 0.0, 0.6, 2.0])
def test_skew_of_a_rotated_page_is_found_from_its_rules(angle: float) -> None:
    gray = _render(SOURCE, 1, dpi=150)
    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    rotated = cv2.warpAffine(gray, m, (w, h), borderValue=255)
    # A counter-clockwise turn by ``angle`` makes the rules climb to the right (negative slope).
    assert math.isclose(estimate_skew(rotated, dpi=150), -angle, abs_tol=0.05)


def test_ruled_grid_of_the_scan_has_the_truths_rows_and_merged_header() -> None:
    gray = _render(SCANNED, 1)
    level, _ = deskew(gray, estimate_skew(gray, dpi=300))
    [table] = find_tables(level, dpi=300)
    assert (table.n_rows, table.n_cols) == (len(_expected_rows(1)), 13)
    spans = {(c.row, c.col): (c.row_span, c.col_span) for c in table.cells}
    assert spans[(0, 0)] == (2, 1)  # STT over both header rows
    assert spans[(0, 9)] == (1, 3)  # So sánh over the three ratio columns
    assert spans[(1, 9)] == (1, 1)


@pytest.mark.parametrize("dpi", [200, 300])
def test_crisp_renderings_are_told_from_blurred_scans(dpi: int) -> None:
    for path, crisp in ((SOURCE, True), (SCANNED, False)):
        gray = _render(path, 2, dpi=dpi)
        assert is_crisp(gray, binarize(gray), dpi=dpi) is crisp, path.name


def _number_image(text: str, size: int = 28) -> np.ndarray:
    font = ImageFont.truetype(FONT, size)
    image = Image.new("L", (size * len(text) + 40, size * 2), 255)
    ImageDraw.Draw(image).text((20, size // 3), text, font=font, fill=0)
    return np.asarray(image)


@pytest.mark.parametrize(
    ("printed", "marks"),
    [("98,4", ","), ("2.200,00", ".,"), ("39.500", "."), ("111,1", ","), ("600.000,0", ".,"), ("100", "")],
)
def test_ink_tells_commas_from_periods(printed: str, marks: str) -> None:
    ink = ink_number(_number_image(printed))
    assert ink is not None
    assert "".join(m.char for m in ink.marks) == marks
    # Whatever Tesseract made of the marks, the ink puts the printed ones back.
    assert reread_marks(printed.replace(",", "."), ink) == printed
    assert reread_marks(printed.replace(",", "").replace(".", ""), ink) == printed


def test_reread_marks_keeps_text_when_the_ink_cannot_say() -> None:
    unsure = InkNumber(digits=((0, 9), (11, 20), (22, 31), (40, 49)), marks=(Mark(35.0, ""),))
    assert reread_marks("1111", unsure) == "1111"  # a dropped mark of unclear shape is not guessed
    assert reread_marks("111.1", unsure) == "111.1"
    assert reread_marks("Tấn", unsure) == "Tấn"
    assert reread_marks("98,4", None) == "98,4"


@given(
    digits=st.lists(st.integers(0, 9), min_size=1, max_size=9),
    marks=st.lists(st.tuples(st.integers(1, 8), st.sampled_from([",", ".", ""])), max_size=3),
)
def test_reread_marks_never_changes_the_digits(digits: list[int], marks: list[tuple[int, str]]) -> None:
    spans = tuple((i * 12, i * 12 + 9) for i in range(len(digits)))
    ink = InkNumber(digits=spans, marks=tuple(Mark(k * 12 - 1.5, ch) for k, ch in marks))
    text = "".join(map(str, digits))
    out = reread_marks(text, ink)
    assert re.sub(r"[.,]", "", out) == text
    assert not out.startswith((",", ".")) and not out.endswith((",", "."))


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("| 39.500,00 ]", "39.500,00"),
        ("Tổng sản lượng lương thực có hạt_", "Tổng sản lượng lương thực có hạt"),
        ("[Ha", "Ha"),
        ("— 51,30 |", "51,30"),
        ("—", "—"),
        ("-", "-"),
        ("|", ""),
        ("Trong đó : Diện tích trồng mới", "Trong đó : Diện tích trồng mới"),
    ],
)
def test_rule_artefacts_are_stripped_at_cell_edges_only(raw: str, clean: str) -> None:
    assert clean_cell_text(raw) == clean


@given(st.text(alphabet="|[]_—{} -,.0123456789aăâđêôơưTấnHa", max_size=30))
def test_cleaning_only_removes_from_the_edges(raw: str) -> None:
    out = clean_cell_text(raw)
    assert clean_cell_text(out) == out
    squeezed = re.sub(r"\s+", " ", raw)
    assert out in squeezed or out in ("—", "-", "–")


# ---------------------------------------------------------- orientation, seals, line pieces


def test_an_upside_down_page_is_turned_over_by_its_accents() -> None:
    """Vietnamese tone marks sit above their letters: turned over, the same page has them below."""
    gray = _render(SCANNED, 1)
    ink = binarize(gray)
    rules = cv2.bitwise_or(*line_masks(ink, dpi=300))
    upright = page_orientation(gray, rules)
    assert upright.degrees == 0
    assert upright.above > 100 and upright.share_above > 0.75
    flipped = page_orientation(np.ascontiguousarray(gray[::-1, ::-1]), np.ascontiguousarray(rules[::-1, ::-1]))
    assert flipped.degrees == 180
    assert (flipped.above, flipped.below) == (upright.below, upright.above)


def test_a_blank_page_is_left_as_it_is() -> None:
    blank = np.full((400, 300), 240, dtype=np.uint8)
    assert page_orientation(blank, np.zeros_like(blank)).degrees == 0


def _sealed(ink: tuple[int, int, int], *, colour: bool) -> tuple[np.ndarray, np.ndarray, tuple[float, float, float]]:
    """Page 2 of Biểu 01 at 300 dpi with the variants' round seal over its figures, scanned.

    Returns (the scanned page without the seal, the same with it, the seal's centre and radius).
    """
    from corpus.variant_scan import _seal, degrade

    pdf = pdfium.PdfDocument(str(SOURCE))
    try:
        page = pdf[1].render(scale=300 / 72.0, grayscale=False).to_pil().convert("RGB")
    finally:
        pdf.close()
    centre, radius = (2300.0, 800.0), 170.0
    stamped = _seal(page, centre, radius, ink, np.random.RandomState(7))
    plain = np.asarray(degrade(page, seed=3, skew=0.0, colour=colour))
    sealed = np.asarray(degrade(stamped, seed=3, skew=0.0, colour=colour))
    return plain, sealed, (*centre, radius)


@pytest.mark.parametrize("colour", [False, True])
def test_a_seal_over_the_figures_is_painted_out_and_the_figures_stay(colour: bool) -> None:
    from corpus.variant_scan import SEAL_INK

    plain, sealed, (cx, cy, r) = _sealed(SEAL_INK["red" if colour else "grey"], colour=colour)
    gray_plain = cv2.cvtColor(plain, cv2.COLOR_RGB2GRAY) if colour else plain
    gray = cv2.cvtColor(sealed, cv2.COLOR_RGB2GRAY) if colour else sealed
    clean, found = remove_stamps(gray, sealed if colour else None, dpi=300)
    assert len(found.boxes) == 1
    x0, y0, x1, y1 = found.boxes[0]
    assert abs((x0 + x1) / 2 - cx) < 15 and abs((y0 + y1) / 2 - cy) < 15
    disc = np.zeros(gray.shape, dtype=bool)
    yy, xx = np.ogrid[: gray.shape[0], : gray.shape[1]]
    disc[(xx - cx) ** 2 + (yy - cy) ** 2 <= r**2] = True
    text = disc & (gray_plain < 100)  # printed figures under the seal
    paper = disc & (gray_plain > 200)  # paper under the seal, where only its ink is
    assert np.mean(gray[paper] < 200) > 0.1  # the seal was there ...
    assert np.mean(clean[paper] < 200) < 0.01  # ... and is gone,
    assert np.mean(clean[text] < 150) > 0.9  # while the figures under it stay dark


@needs_tesseract
def test_a_figure_under_a_red_seals_star_keeps_its_leading_digit(tmp_path: Path) -> None:
    """Dev scan v6880 page 1 (300 dpi, red seal): the seal's star sits on "89,90". Read through
    the seal's colour, the "8" came back mid-grey, and the seal's shape pass painted it out with
    the faint stroke edges: the cell read "9,90" (and the row's ratio with it)."""
    from corpus.variants import write_seed

    truth = write_seed(6880, tmp_path, scan_copy=True, edits=False)
    name = "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh đạt chuẩn"
    printed = {r["indicator"]: [c["raw"] for c in r["cells"]] for t in truth["tables"] for r in t["rows"]}
    assert "89,90" in printed[name]
    assert truth["scan_marks"]["seal"][0] == 1
    (page,) = ocr_pdf_pages(tmp_path / "v6880_scan.pdf", [1])
    (row,) = [[c.text.replace(".", ",") for c in row] for g in page.grids for row in g.rows
              if len(row) > 6 and row[1].text.endswith(name)]  # "Trong đó: Tỷ lệ ..."
    assert "89,90" in row
    # Two rows up, the seal's removal broke the last "0" of "100,00" in two and the "00" before
    # the comma touch: five components for five digits put the comma after the second ("10,000").
    water = "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh"
    assert printed[water][2] == "100,00"
    (row,) = [[c.text for c in row] for g in page.grids for row in g.rows if len(row) > 6 and row[1].text == water]
    assert row[5] == "100,00"


def test_two_touching_digits_and_a_broken_one_never_move_a_mark() -> None:
    """The ink of "100,00" on dev scan v6880 page 1 (300 dpi, red seal ring over the cell): "00"
    touching (one component 36 px wide at a digit height of 24), the last "0" in two pieces."""
    ink = InkNumber(digits=((10, 21), (25, 61), (72, 89), (91, 98), (100, 108)), marks=(Mark(66.0, ","),), height=23.67)
    assert reread_marks("100,00", ink) == "100,00"
    assert reread_marks("100.00", ink) == "100,00"  # the mark's shape is still read


def _grey_sealed_ruled_seed() -> int:
    """The first development seed whose scan has a grey seal and only fully ruled tables (found
    from the layouts alone, so a change of the generator moves the test to another seed)."""
    from corpus.variants import DEV_RANGE, variant

    for seed in DEV_RANGE:
        v = variant(seed)
        tables = v.layout.tables
        if v.layout.scan.seal == "grey" and all(t.ruling == "grid" and not t.broken for t in tables):
            return seed
    pytest.skip("no development variant has a grey seal over ruled tables")


def test_the_rules_under_a_grey_seal_are_kept_and_its_cells_stay_apart(tmp_path: Path) -> None:
    """On a gray scan the seal is painted out with the paper's tone, and the thin rules under it
    went with it: the cells under the seal merged across rows and columns into one. The rules
    that run up to the seal are read again inside it from the page as scanned (not the seal's
    rings): the grid is the one of the same page rendered from its text layer."""
    from corpus.variants import write_seed
    from extractor.ocr_grid import long_rules, rules_under_stamps
    from extractor.ocr_page import _level_boxes

    seed = _grey_sealed_ruled_seed()
    truth = write_seed(seed, tmp_path, scan_copy=True, edits=False)
    page = int(truth["scan_marks"]["seal"][0])
    name = f"v{seed:04d}"

    def grids(gray: np.ndarray, *, restore: bool) -> list[set[tuple[int, int, int, int]]]:
        clean, found = remove_stamps(gray, None, dpi=300)
        angle = estimate_skew(clean, dpi=300)
        level, matrix = deskew(clean, angle)
        masks = long_rules(*line_masks(binarize(level), dpi=300), dpi=300)
        if restore and found.boxes:
            masks = rules_under_stamps(masks, binarize(deskew(gray, angle)[0]), _level_boxes(found.boxes, matrix), dpi=300)
        return [{(c.row, c.col, c.row_span, c.col_span) for c in t.cells} for t in find_tables(level, dpi=300, masks=masks)]

    printed = grids(_render(tmp_path / f"{name}.pdf", page), restore=False)
    scanned = _render(tmp_path / f"{name}_scan.pdf", page)
    assert grids(scanned, restore=False) != printed  # the seal's removal took rules with it ...
    assert grids(scanned, restore=True) == printed  # ... and they are back, the seal's rings not


def test_a_page_without_a_seal_is_not_touched() -> None:
    gray = _render(SCANNED, 2)
    clean, found = remove_stamps(gray, None, dpi=300)
    assert found.pixels == 0 and found.boxes == ()
    assert clean is gray


def test_accents_and_dots_below_join_their_line_piece() -> None:
    """"Tổng số" and "BIỂU 02" are one line piece each, stacked accents included."""
    font = ImageFont.truetype(FONT, 30)
    image = Image.new("L", (700, 220), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 20), "Tổng số học sinh", font=font, fill=0)
    draw.text((20, 110), "BIỂU 02", font=font, fill=0)
    draw.text((450, 110), "39.500,00", font=font, fill=0)
    gray = np.asarray(image)
    chunks = ink_to_chunks(gray, binarize(gray))
    assert len(chunks) == 3
    tops = sorted(c.box[1] for c in chunks)
    assert tops[0] < 20  # the first line's accents are inside its piece
    assert all(c.lines == 1 for c in chunks)


def _sealed_upside_down_seed() -> int:
    """The first development seed whose scan has every hard feature at once: one unruled table,
    fed upside down, 200 dpi, a grey seal over the figures and a signature (found from the
    layouts alone, so a change of the generator moves the test to another seed, not away)."""
    from corpus.variants import DEV_RANGE, variant

    for seed in DEV_RANGE:
        v = variant(seed)
        scan, tables = v.layout.scan, v.layout.tables
        if (
            scan.upside_down_page == 1 and scan.dpi == 200 and scan.seal == "grey" and v.layout.signature
            and len(tables) == 1 and tables[0].ruling == "none" and not tables[0].broken
        ):
            return seed
    pytest.skip("no development variant has all the scan features at once")


def _figures(grids: Sequence[Grid]) -> Counter[tuple[int, str]]:
    """(column, text) of every number printed in a table's body."""
    return Counter(
        (c, cell.text) for g in grids for row in g.rows[max(0, g.header_rows) :] for c, cell in enumerate(row)
        if looks_numeric(cell.text)
    )


@needs_tesseract
def test_a_sealed_signed_upside_down_200_dpi_scan_of_an_unruled_table_reads_like_its_text_layer(tmp_path: Path) -> None:
    from corpus.variants import write_seed
    from extractor.pdf_tables import read_pdf

    seed = _sealed_upside_down_seed()
    truth = write_seed(seed, tmp_path, scan_copy=True, edits=False)
    name = f"v{seed:04d}"
    pages = list(range(1, truth["pages"] + 1))
    scanned = ocr_pdf_pages(tmp_path / f"{name}_scan.pdf", pages)
    notes = [n for p in scanned for n in p.notes]
    assert any("lộn ngược" in n for n in notes) and any("con dấu" in n for n in notes), notes
    want = _figures(read_pdf(tmp_path / f"{name}.pdf").grids)
    got = _figures([g for p in scanned for g in p.grids])
    same = sum((want & got).values())
    print(f"seed {seed}: {same} of {sum(want.values())} figures in the right column; extra {dict(got - want)}; missed {dict(want - got)}")
    assert sum(want.values()) >= 20
    # Measured on seed 312: 36 of 39. The ratio column is right-aligned and the evaluation column
    # after it left-aligned: OCR's word boxes put them 0.4-0.55 of the text size apart, as far as
    # the widest word spaces, and with boxes widened like a text layer's the two columns merged
    # ("109 Vượt": 30 of 39) unless a figure-word gap is told from a word space (``_column_gaps``).
    assert same >= 0.85 * sum(want.values())
    assert same >= 0.95 * sum(got.values())


def test_page_warnings_count_unread_cells_and_name_seals() -> None:
    page = OcrPage(
        3, (), (), 0.9, 1.0, False,
        (
            "trang 3: 1 con dấu tròn đã được tách khỏi chữ in trước khi đọc",
            "trang 3: trang quét bị lộn ngược, đã xoay 180° trước khi đọc",
            "trang 3, bảng 1, dòng 4, cột 5: có chữ in nhưng OCR không đọc được",
            "trang 3, bảng 1, dòng 7, cột 5: số đọc chưa chắc ('4l.1')",
            "trang 3, bảng 1, dòng 8, cột 4: dấu phân cách đọc lại từ nét mực ('98.4' -> '98,4')",
        ),
    )
    from normalizers.messages import say
    from reconcile.i18n import translator

    # Said in the reader's language (the HTML reading notes, Document.warning_messages) ...
    assert [say(w, translator("vi")) for w in page_warnings(page)] == [
        "trang 3: 1 con dấu tròn đã được tách khỏi chữ in trước khi đọc",
        "trang 3: 2 ô OCR đọc chưa chắc hoặc không đọc được "
        "(trang 3, bảng 1, dòng 4, cột 5: có chữ in nhưng OCR không đọc được)",
    ]
    # ... and English where programs read them (JSON warnings) and for --lang en.
    assert page_warnings(page) == [
        "page 3: 1 round seal(s) taken apart from the print before reading",
        "page 3: 2 cell(s) OCR read uncertainly or could not read "
        "(page 3, table 1, row 4, column 5: printed, but OCR could not read it)",
    ]
    failed = OcrPage(4, (), (), 0.0, 1.0, False, ("trang 4: OCR thất bại (tesseract exited 1)",))
    assert page_warnings(failed) == ["page 4: OCR failed (tesseract exited 1)"]
    assert [say(w, translator("vi")) for w in page_warnings(failed)] == ["trang 4: OCR thất bại (tesseract exited 1)"]


# Misreadings Tesseract ``vie`` made on the layout variants' 200-dpi scans (the hỏi hook read as an
# acute), and words it read right that must stay as they are.
@needs_tesseract
@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Số xã đạt chuấn nông thôn mới", "Số xã đạt chuẩn nông thôn mới"),
        ("Phát triến kinh tế", "Phát triển kinh tế"),
        ("Dân số từ 15 tuối trở lên", "Dân số từ 15 tuổi trở lên"),
        ("Tỷ lệ trường đạt chuấn quốc gia", "Tỷ lệ trường đạt chuẩn quốc gia"),
        # Real syllables are never changed, even where the phrase wants another ("thiểu số").
        ("dân tộc thiếu số", "dân tộc thiếu số"),
        ("Khấu hao tài sản cố định 41.100,5", "Khấu hao tài sản cố định 41.100,5"),
        ("Xã Pá Vây Sử, Ea H'Leo", "Xã Pá Vây Sử, Ea H'Leo"),
        # A circumflex under a hook read as one tilde over the bare vowel (fresh dev variants 1010, 1090).
        ("Tỷ lệ hộ được sử dụng điện lưới quốc gia đạt chuãn", "Tỷ lệ hộ được sử dụng điện lưới quốc gia đạt chuẩn"),
        ("thành sản phãm OCOP du lịch", "thành sản phẩm OCOP du lịch"),
        ("ĐẠT CHUÃN", "ĐẠT CHUẨN"),
        # A tilde that is a syllable as read is left alone.
        ("đã đạt", "đã đạt"),
    ],
)
def test_tone_marks_that_make_no_syllable_are_swapped_for_one_that_does(read: str, meant: str) -> None:
    from extractor.ocr_lexicon import fix_tones, vie_syllables

    assert len(vie_syllables()) > 3000  # Tesseract's own Vietnamese word list, read from vie.traineddata
    assert fix_tones(read) == meant


@needs_tesseract
def test_the_library_and_the_command_read_a_cell_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    """``tesserocr`` in process and the ``tesseract`` command give the same words, lines and boxes."""
    from extractor import ocr_tesseract

    pytest.importorskip("tesserocr")
    image = Image.new("L", (700, 120), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    draw.text((12, 10), "Tổng sản lượng lương thực", font=font, fill=0)
    draw.text((12, 60), "41.100,5 Tấn", font=font, fill=0)
    cell = np.asarray(image)
    in_process = ocr_tesseract.run_tesseract([cell, cell[:55]], psm=6)
    monkeypatch.setenv("DOISOAT_TESSERACT", "cli")
    command = ocr_tesseract.run_tesseract([cell, cell[:55]], psm=6)
    assert [w.text for w in in_process] == [w.text for w in command] == [
        "Tổng", "sản", "lượng", "lương", "thực", "41.100,5", "Tấn", "Tổng", "sản", "lượng", "lương", "thực"]
    assert [(w.image, w.line) for w in in_process] == [(w.image, w.line) for w in command]
    assert all(abs(a - b) <= 2 for w, v in zip(in_process, command, strict=True) for a, b in zip(w.box, v.box, strict=True))
    digits = ocr_tesseract.run_tesseract([cell[55:]], psm=7, whitelist=ocr_tesseract.DIGIT_WHITELIST)
    monkeypatch.delenv("DOISOAT_TESSERACT")
    assert [w.text for w in ocr_tesseract.run_tesseract([cell[55:]], psm=7, whitelist=ocr_tesseract.DIGIT_WHITELIST)] \
        == [w.text for w in digits]
    # The whitelist applies to its own call only.
    assert "Tấn" in [w.text for w in ocr_tesseract.run_tesseract([cell[55:]], psm=7)]


# Misreadings Tesseract ``vie`` made on the layout variants' scans whose wrong tone still makes a
# syllable (only the word it belongs to says it is wrong), and phrases printed right that must stay.
@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Tỷ lệ đồng bào dân tộc thiếu số được xem truyền hình", "Tỷ lệ đồng bào dân tộc thiểu số được xem truyền hình"),
        ("Hàng năm tố chức hoạt động Tuần Văn hóa du lịch", "Hàng năm tổ chức hoạt động Tuần Văn hóa du lịch"),
        ("Tỷ lệ doanh nghiệp có hoạt động đối mới sáng tạo", "Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo"),
        ("Tống sản lượng lương thực có hạt", "Tổng sản lượng lương thực có hạt"),
        ("Thu bố sung từ ngân sách cấp trên", "Thu bổ sung từ ngân sách cấp trên"),
        ("Doanh thu từ địch vụ du lịch", "Doanh thu từ dịch vụ du lịch"),
        ("20% trở lên hoạt động kiếm tra được thực hiện", "20% trở lên hoạt động kiểm tra được thực hiện"),
        ("Năng suất lao động hàng năm tăng tối thiếu 7%", "Năng suất lao động hàng năm tăng tối thiểu 7%"),
        ("TỐNG SỐ", "TỔNG SỐ"),
        # Two neighbours misread together, neither making a word with anything (dev variants 50, 150).
        ("Tống chỉ ngân sách địa phương", "Tổng chi ngân sách địa phương"),
        # Printed right: left as they are.
        ("Tổng chi ngân sách địa phương", "Tổng chi ngân sách địa phương"),
        ("bằng 116,5% dự toán tỉnh giao", "bằng 116,5% dự toán tỉnh giao"),
        ("Tỷ lệ doanh nghiệp thực hiện chuyên đổi số", "Tỷ lệ doanh nghiệp thực hiện chuyên đổi số"),
        ("Thu nhập bình quân đầu người năm vùng đồng bào dân tộc thiểu số", "Thu nhập bình quân đầu người năm vùng đồng bào dân tộc thiểu số"),
        ("Xã Pá Vây Sử, Ea H'Leo", "Xã Pá Vây Sử, Ea H'Leo"),
        # Syllables a comma or a figure separates are no word.
        ("thiếu, số 5", "thiếu, số 5"),
    ],
)
def test_a_tone_that_still_makes_a_syllable_is_read_from_the_word_it_belongs_to(read: str, meant: str) -> None:
    from extractor.ocr_lexicon import fix_phrase

    assert fix_phrase(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A misread that makes no dictionary word either way: the counts of real report prose
        # (corpus/prose/dev) say which reading stands free beside these neighbours.
        ("Tống lượt khách du lịch", "Tổng lượt khách du lịch"),
        ("Tống doanh thu ngành du lịch", "Tổng doanh thu ngành du lịch"),
        ("Chỉ thường xuyên", "Chi thường xuyên"),
        ("Tỷ trọng kinh phí từ xã hội trên kinh phí chỉ cho nghiên cứu", "Tỷ trọng kinh phí từ xã hội trên kinh phí chi cho nghiên cứu"),
        # Inside a word as read ("đối số"), but another word the prose prints ("chuyển đổi").
        ("Chỉ số chuyển đối số cấp huyện", "Chỉ số chuyển đổi số cấp huyện"),
        # Two neighbours misread together, the prose printing them together the other way.
        ("công nghệ, đổi mới sáng tạo và chuyến đối số", "công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        # Printed right, and the prose prints it so: left as it is.
        ("thu ngân sách chỉ đạt 43% kế hoạch", "thu ngân sách chỉ đạt 43% kế hoạch"),
        # A word as printed ("giải quyết") is not undone by a neighbour the other reading has
        # in the prose ("trong giai đoạn").
        ("thanh toán trực tuyến trong giải quyết TTHC", "thanh toán trực tuyến trong giải quyết TTHC"),
        # A line opening on a small letter goes on from the line above ("bảo tồn văn / hóa
        # truyền thống", fresh dev variants 1270, 1860): its first syllable is not read from
        # how often it stands free.
        ("hóa truyền thống các dân tộc tại địa phương", "hóa truyền thống các dân tộc tại địa phương"),
        # A capitalised syllable inside a phrase is a name's: left as it is.
        ("các xã Lũng Cao, Thánh Sơn", "các xã Lũng Cao, Thánh Sơn"),
    ],
)
def test_a_tone_that_makes_no_word_either_way_is_read_from_report_prose_counts(read: str, meant: str) -> None:
    from extractor.ocr_lexicon import fix_phrase

    assert fix_phrase(read) == meant


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # A syllable the report prose never prints free, read with a tone other than the narrow
        # confusions allow, when another tone makes it a word (fresh dev variants 1000-2999).
        ("Tỷ lệ dẫn số đô thị được cung cấp nước sạch", "Tỷ lệ dân số đô thị được cung cấp nước sạch"),
        ("Tỷ lệ thủ tục hành chính đủ điểu kiện", "Tỷ lệ thủ tục hành chính đủ điều kiện"),
        ("Tỷ lệ xử lý văn bản, hổ sơ công việc", "Tỷ lệ xử lý văn bản, hồ sơ công việc"),
        ("Tỷ lệ người dân có tải khoản định danh điện tử", "Tỷ lệ người dân có tài khoản định danh điện tử"),
        ("Tỷ trọng kình tế số trong ngành", "Tỷ trọng kinh tế số trong ngành"),
        # Its vowel's hat lost or misread, the tone kept (fresh dev variants 3150, 3930).
        ("Tỏ chức chính quyền cơ sở đạt từ khá trở lên", "Tổ chức chính quyền cơ sở đạt từ khá trở lên"),
        ("Cất giảm ít nhất 30% tổng thời gian", "Cắt giảm ít nhất 30% tổng thời gian"),
        # A syllable that stands free ("bản", a village; "bảy", seven) joined to a neighbour the
        # prose never prints free ("địa", "trưng"), fresh dev variants 3100, 3150, 3240.
        ("Thu NSNN trên địa bản", "Thu NSNN trên địa bàn"),
        ("xây dựng 03 điểm trưng bảy, giới thiệu sản phẩm", "xây dựng 03 điểm trưng bày, giới thiệu sản phẩm"),
        # A syllable the prose prints free ("tỉnh", "thu") keeps its tone beside a word of the other.
        ("bằng 116,5% dự toán tỉnh giao", "bằng 116,5% dự toán tỉnh giao"),
        ("Trong đó, thu từ thuế, phí", "Trong đó, thu từ thuế, phí"),
    ],
)
def test_a_syllable_never_printed_free_is_read_with_any_tone_that_makes_a_word(read: str, meant: str) -> None:
    from extractor.ocr_lexicon import fix_phrase

    assert fix_phrase(read) == meant


def test_an_exclamation_mark_after_a_word_is_a_slash() -> None:
    """Fresh dev variant 3090: "đầu người! năm" cost the row's nine cells."""
    from extractor.ocr_tesseract import restore_slashes

    assert restore_slashes("Thu nhập bình quân đầu người! năm") == "Thu nhập bình quân đầu người/ năm"


def test_a_small_l_against_a_capital_is_a_capital_i() -> None:
    """Fresh dev variants 3140 ("(VNelD)") and g10's "Khu vực IIl" lost their rows' names."""
    from extractor.ocr_tesseract import clean_cell_text

    assert clean_cell_text("Tỷ lệ người dân có tài khoản định danh điện tử (VNelD)").endswith("(VNeID)")
    assert clean_cell_text("Khu vực IIl") == "Khu vực III"
    assert clean_cell_text("Khu vực Il, lô 5") == "Khu vực Il, lô 5"


def test_a_straight_quote_closing_a_curly_quotation_is_curly() -> None:
    """Fresh dev variants (g10): "thuộc diện “phi tiếp xúc\"" cost the row's name."""
    from extractor.ocr_tesseract import clean_cell_text

    assert clean_cell_text('Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc"') == "Tỷ lệ giao dịch hành chính thuộc diện “phi tiếp xúc”"
    assert clean_cell_text('thuộc diện "phi tiếp xúc” vùng') == "thuộc diện “phi tiếp xúc” vùng"
    assert clean_cell_text('thuộc diện "phi tiếp xúc"') == 'thuộc diện "phi tiếp xúc"'


def test_syllable_counts_count_free_syllables_and_neighbours() -> None:
    """The counts the reader ships are made from prose by ``corpus/prose/syllable_counts.py``."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("syllable_counts", "corpus/prose/syllable_counts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from extractor.ocr_lexicon import _key

    printed, free, pairs = module.count(["Tổng chi ngân sách đạt 120 tỷ đồng, chi thường xuyên tăng."])
    chi, tong, ngan, dat, ty = (_key(s) for s in ("chi", "tổng", "ngân", "đạt", "tỷ"))
    assert printed[chi] == 2 and printed[tong] == 1
    # "tổng chi", "ngân sách" and "thường xuyên" are words: the second "chi" alone stands free.
    assert free[chi] == 1 and free[tong] == 0 and free[ngan] == 0
    assert pairs[(tong, chi)] == 1 and pairs[(chi, _key("thường"))] == 1
    # A figure or a comma ends a phrase: no pair across it.
    assert pairs[(_key("đồng"), chi)] == 0 and pairs[(dat, ty)] == 0


def test_syllable_counts_leave_a_waiting_wave_out() -> None:
    """A wave waiting for its first contact must not reach the OCR reader through the counts."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("syllable_counts", "corpus/prose/syllable_counts.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    from reconcile.prosegolden import district_waves

    waves = district_waves(Path("."))
    wave16 = [p for p in sorted(Path("corpus/prose/dev").glob("*.txt"))
              if "_planted_" not in p.name and waves.get(p.name.split("_")[0]) == 16]
    assert wave16
    everything = module.dev_passages(waiting=frozenset())
    without = module.dev_passages(waiting=frozenset({16}))
    assert len(everything) - len(without) == len(wave16)
    assert unicodedata.normalize("NFC", wave16[0].read_text(encoding="utf-8")) not in without


def test_the_shipped_counts_are_read() -> None:
    from extractor.ocr_lexicon import syllable_counts

    counts = syllable_counts()
    from extractor.ocr_lexicon import _key

    assert counts.free.get(_key("tổng"), 0) > 10 and counts.free.get(_key("tống"), 0) == 0


def test_the_tone_check_runs_before_the_syllable_check() -> None:
    """"dí sản": "dí" is no syllable of Tesseract's list; the word "di sản" says which tone it is."""
    from extractor.ocr_lexicon import fix_phrase, fix_tones

    assert fix_tones(fix_phrase("ít nhất 01 dí sản văn hóa")) == "ít nhất 01 di sản văn hóa"


@given(st.text(alphabet="tổng sốthiếuchỉ đối mới,.0123456789 ", max_size=40))
def test_phrase_check_changes_letters_only(text: str) -> None:
    from extractor.ocr_lexicon import fix_phrase

    fixed = fix_phrase(text)
    assert re.sub(r"[^\W\d_]", "", fixed) == re.sub(r"[^\W\d_]", "", text)
    assert len(fixed.split(" ")) == len(text.split(" "))


@needs_tesseract
def test_the_command_reads_when_the_library_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """An engine the library cannot start (another Tesseract's data, a damaged install) costs the
    library, not the page: the command reads it."""
    from extractor import ocr_tesseract

    pytest.importorskip("tesserocr")

    def broken(module: Any, folder: str, psm: int, lang: str = "vie") -> Any:
        raise RuntimeError(f"Failed to init API, possibly an invalid tessdata path: {folder}")

    monkeypatch.setattr(ocr_tesseract, "_engine", broken)
    monkeypatch.setattr(ocr_tesseract, "_BROKEN", set())
    image = Image.new("L", (400, 60), 255)
    ImageDraw.Draw(image).text((10, 10), "41.100,5 Tấn", font=ImageFont.truetype(FONT, 30), fill=0)
    words = ocr_tesseract.run_tesseract([np.asarray(image)], psm=7)
    assert [w.text for w in words] == ["41.100,5", "Tấn"]
    assert ocr_tesseract._BROKEN == {ocr_tesseract.tessdata_dir()}


@needs_tesseract
def test_the_cache_key_names_the_command_when_the_library_cannot_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OCR cache key names the engine that reads: pages the command read after the library
    failed to start are not filed under the library's version."""
    from extractor import ocr_tesseract

    pytest.importorskip("tesserocr")
    monkeypatch.setattr(ocr_tesseract, "_BROKEN", set())
    assert ocr_tesseract.engine_version().startswith("tesserocr ")

    def broken(module: Any, folder: str, psm: int) -> Any:
        raise RuntimeError(f"Failed to init API, possibly an invalid tessdata path: {folder}")

    monkeypatch.setattr(ocr_tesseract, "_engine", broken)
    monkeypatch.setattr(ocr_tesseract, "_BROKEN", set())
    assert ocr_tesseract.engine_version() == "cli"
    assert ocr_tesseract._BROKEN == {ocr_tesseract.tessdata_dir()}


def test_a_figure_and_a_word_aligned_down_the_rows_are_two_columns() -> None:
    """A right-aligned ratio column then a left-aligned evaluation column: OCR's boxes put "104,3"
    and "Vượt" as far apart as a wide word space. The boxes are widened like a text layer's except
    across such a gap, where the evaluation starts at the same place on three lines; a figure one
    word space from its word ("02 điểm") stays one phrase."""
    from extractor.ocr_tesseract import OcrWord
    from extractor.ocr_words import _boxed, _ReadLine

    def line(n: int, words: list[tuple[str, int, int]]) -> _ReadLine:
        y = 100 * n
        return _ReadLine(n, tuple(OcrWord(0, (1, 1, n), (x0, y, x1, y + 30), 95.0, t) for t, x0, x1 in words), y + 30.0, 30.0)

    lines = [  # size 40 px (rise 30 / 0.75): word spaces 15 px, the column gap 23 px
        line(0, [("Tăng", 0, 60), ("trưởng", 75, 180), ("dân", 195, 250), ("104,3", 400, 470), ("Vượt", 493, 560)]),
        line(1, [("Huyện", 0, 80), ("đạt", 95, 140), ("107", 420, 470), ("Vượt", 493, 560)]),
        line(2, [("Tỷ", 0, 30), ("lệ", 45, 70), ("95", 440, 470), ("Chưa", 493, 570), ("đạt", 585, 630)]),
        line(3, [("Công", 0, 60), ("nhận", 75, 140), ("mới", 155, 200), ("02", 215, 245), ("điểm", 260, 330)]),
    ]
    boxes = {(w.text, w.box[1] // 100): w.box for w in _boxed(lines)}
    assert boxes[("104,3", 0)][2] == 470 and boxes[("Vượt", 0)][0] == 493
    assert boxes[("95", 2)][2] == 470 and boxes[("Chưa", 2)][0] == 493
    assert boxes[("Chưa", 2)][2] == 573  # widened where no column gap is
    assert boxes[("02", 3)][2] == 248 and boxes[("điểm", 3)][0] == 257


def test_a_figure_and_a_word_in_two_line_pieces_aligned_down_the_rows_are_two_columns() -> None:
    """Dev variant 410's 300 dpi scan: the ratio ("87,8", "-") and the evaluation after it ("Chưa
    đạt", "Đạt") were read as two line pieces of each printed line. The column gap between pieces
    was not looked at, both boxes were widened, and in the row "- Đạt" the dash and the word came
    out one word space apart (0.45 of the size): one cell bridging the two columns, which merged
    for the whole table (26 ratios read as evaluations). Between pieces as within one, a gap
    where the word starts at the same place on three lines is a column boundary."""
    from extractor.ocr_tesseract import OcrWord
    from extractor.ocr_words import _boxed, _ReadLine

    def piece(chunk: int, n: int, words: list[tuple[str, int, int]]) -> _ReadLine:
        y = 100 * n
        return _ReadLine(chunk, tuple(OcrWord(chunk, (1, 1, 1), (x0, y, x1, y + 30), 95.0, t) for t, x0, x1 in words), y + 30.0, 30.0)

    lines = [  # size 40 px: word spaces 15 px, the column gap 23 px, each side in its own piece
        piece(0, 0, [("Tăng", 0, 60), ("trưởng", 75, 180), ("dân", 195, 250), ("gia", 265, 300)]),
        piece(1, 0, [("87,8", 400, 470)]),
        piece(2, 0, [("Chưa", 493, 570), ("đạt", 585, 630)]),
        piece(3, 1, [("Huyện", 0, 80), ("đạt", 95, 140), ("nông", 155, 220)]),
        piece(4, 1, [("-", 455, 470)]),
        piece(5, 1, [("Đạt", 493, 545)]),
        piece(6, 2, [("Tỷ", 0, 30), ("lệ", 45, 70), ("hộ", 85, 115)]),
        piece(7, 2, [("101,0", 400, 470)]),
        piece(8, 2, [("Vượt", 493, 560)]),
    ]
    boxes = {(w.text, w.box[1] // 100): w.box for w in _boxed(lines)}
    assert boxes[("87,8", 0)][2] == 470 and boxes[("Chưa", 0)][0] == 493
    assert boxes[("-", 1)][2] == 470 and boxes[("Đạt", 1)][0] == 493
    assert boxes[("Chưa", 0)][2] == 573 and boxes[("lệ", 2)][0] == 42  # widened where no column gap is


# Slashes the ``vie`` model read as strokes in the ratio headers of dev scans (v0335, v0390, v0045).
@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Ước TH 2025ITH 2024 (%) (8)=(6)1(4)", "Ước TH 2025/TH 2024 (%) (8)=(6)/(4)"),
        ("Ước TH 2025IKH 2025 (%) (7)=(6)!(5)", "Ước TH 2025/KH 2025 (%) (7)=(6)/(5)"),
        ("Ước thực hiện năm 2024iKế hoạch năm 2024", "Ước thực hiện năm 2024/Kế hoạch năm 2024"),
        # A year before a lower-case word, digits after a year, and column numbers apart stay.
        ("đầu năm 2023 là 274,816 tỷ đồng", "đầu năm 2023 là 274,816 tỷ đồng"),
        ("20251 lượt", "20251 lượt"),
        ("(1) (2) (3) (4)=(3)/(2)", "(1) (2) (3) (4)=(3)/(2)"),
    ],
)
def test_a_slash_read_as_a_stroke_between_a_year_and_a_name_or_two_column_numbers_is_a_slash(read: str, meant: str) -> None:
    from extractor.ocr_tesseract import restore_slashes

    assert restore_slashes(read) == meant


# "Ước" in dev scans' headers (v0085, v0160): the horn of ư/ơ read as a second marked vowel.
@needs_tesseract
@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Uốóc 2024", "Ước 2024"),
        ("UỐóC TH năm 2022", "Ước TH năm 2022"),
        ("UÚÓC THỰC HIỆN", "ƯỚC THỰC HIỆN"),
        ("Vaccine, OCOP, PHƯƯ", "Vaccine, OCOP, PHƯƯ"),
    ],
)
def test_a_horn_read_as_a_second_vowel_is_read_back_when_one_syllable_fits(read: str, meant: str) -> None:
    from extractor.ocr_lexicon import fix_tones

    assert fix_tones(read) == meant


def test_a_dash_right_under_a_figure_is_a_stroke_not_a_dash() -> None:
    """Seed 312's scan: a stroke under the "2" of a row (a seal's edge) is shaped like a dash;
    kept, it joined the figure's cell as "- 2". A dash alone in its cell, a row away from the
    figure above it, stays, and so does one beside a figure whose box Tesseract drew over it."""
    from extractor.ocr_text import drop_stray_dashes
    from extractor.ocr_words import PixelWord

    two = PixelWord("2", (2422, 1905, 2440, 1923), 1889, 1921, 97.0)
    stroke = PixelWord("-", (2420, 1922, 2437, 1930), 1911, 1943, 100.0)
    dash = PixelWord("-", (2420, 1970, 2437, 1978), 1955, 1987, 100.0)
    assert [w.text for w in drop_stray_dashes([two, stroke])] == ["2"]
    assert [w.text for w in drop_stray_dashes([two, dash])] == ["2", "-"]
    # v0475: "2021 - 2024" in a header, the dash's box drawn tall and over the year's.
    year = PixelWord("2021", (2301, 682, 2389, 705), 681, 712, 95.0)
    beside = PixelWord("-", (2372, 678, 2391, 714), 681, 712, 89.8)
    assert [w.text for w in drop_stray_dashes([year, beside])] == ["2021", "-"]


def test_a_lone_dash_gets_the_box_of_its_own_ink() -> None:
    """A dash is read from its shape, and its box was the joined piece's, widened by half the join
    gap each side: it stood half a word space closer to the evaluation after it ("- Đạt"), and
    that one row glued the figures column and the evaluation column together."""
    font = ImageFont.truetype(FONT, 30)
    image = Image.new("L", (700, 200), 255)
    draw = ImageDraw.Draw(image)
    draw.text((20, 30), "Tỷ lệ hộ nghèo", font=font, fill=0)
    draw.text((300, 110), "-", font=font, fill=0)
    draw.text((360, 110), "Đạt", font=font, fill=0)
    gray = np.asarray(image)
    ink = binarize(gray)
    [dash] = [c for c in ink_to_chunks(gray, ink) if c.text == "-"]
    cols = np.flatnonzero(ink[90:, 280:350].any(axis=0)) + 280
    assert abs(dash.box[0] - cols[0]) <= 1 and abs(dash.box[2] - (cols[-1] + 1)) <= 1


@pytest.mark.parametrize(
    ("first", "tight", "kept"),
    [
        ("1043", "104,3", "104,3"),  # the comma the line's reading dropped
        ("72", "7,2", "7,2"),
        ("1864", "186,4", "186,4"),
        ("2020-2235)", "2020-2025)", "2020-2025)"),  # an end of a span that is no year
        ("2021-202", "2021-2024i", "2021-2024"),
        ("95", "85", "95"),  # other digits: not a lost mark
        ("519", "51,30", "519"),  # "9" is no digit of "5130": not the same number
        ("87,5", "875", "87,5"),  # a mark is never dropped
        ("2020-2025", "2020-2024", "2020-2025"),  # a plausible span stays
    ],
)
def test_a_word_s_own_crop_restores_only_what_its_first_reading_lost(first: str, tight: str, kept: str) -> None:
    from extractor.ocr_cells import tight_reading_kept, tight_reading_wanted

    assert tight_reading_wanted(first) == (first not in ("87,5", "2020-2025"))
    assert tight_reading_kept(first, tight) == kept


@needs_tesseract
def test_a_200_dpi_scan_keeps_the_commas_and_the_header_years_its_line_readings_lost(tmp_path: Path) -> None:
    """Dev variant 200, an unruled Biểu 01 scanned at 200 dpi: the comma of "186,4" touches its
    digits, no ink check sees it, and the reading of the whole line piece (and the enlarged second
    opinion) dropped it; "nhiệm kỳ 2020-2025" read "2020-2235". Each word read again from its own
    crop as it is (psm 7) gives them back."""
    from corpus.variants import write_seed

    write_seed(200, tmp_path, scan_copy=True, edits=False)
    [page] = ocr_pdf_pages(tmp_path / "v0200_scan.pdf", [1])
    table = page.grids[0]
    assert table.rows[0][3].text == "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)"
    got = _figures([table])
    assert got[(4, "186,4")] == 1 and got[(5, "7,2")] == 1, sorted(got)


def test_a_double_quote_opening_a_line_piece_and_closed_nowhere_is_a_speck() -> None:
    # Dev variant 200 (200 dpi): "“Thu NSNN trên địa bàn" and "“Triệu đồng" named no indicator or unit.
    from extractor.ocr_words import _stray_opening_quote_dropped as dropped

    assert dropped(["“Thu", "NSNN", "trên", "địa", "bàn"], [0, 30, 60, 90, 120]) == ["Thu", "NSNN", "trên", "địa", "bàn"]
    assert dropped(['"Triệu', "đồng"], [0, 40]) == ["Triệu", "đồng"]
    # A quotation closed on its line stays, at the start of the piece or inside it.
    assert dropped(["“phi", "tiếp", "xúc”"], [0, 30, 60]) == ["“phi", "tiếp", "xúc”"]
    assert dropped(["thuộc", "diện", "“phi", "tiếp", "xúc”"], [0, 30, 60, 90, 120])[2] == "“phi"


def test_a_rule_read_inside_a_merged_header_cell_splits_it_into_its_columns() -> None:
    """Dev scan v0220: the short rules between the years under "Mức chỉ tiêu" were not found, so
    the five year cells came out one cell over five columns, read "2025 | 2030 | 2035 | 2040 |
    2045" (the rules as glyphs), and every column got all five years (28 figures with the wrong
    period). Cut at the rules it read into as many texts as columns, each column gets its own."""
    from extractor.ocr_cells import CellRead
    from extractor.ocr_grid import CellBox, TableBox
    from extractor.ocr_page import _Geometry, _grid

    xs = [0, 100, 200, 300, 400, 500]
    cells = (
        CellBox(0, 0, 1, 5, (0, 0, 500, 40)),
        CellBox(1, 0, 1, 5, (0, 40, 500, 80)),
        CellBox(2, 0, 1, 2, (0, 80, 200, 120)),
        CellBox(2, 2, 1, 3, (200, 80, 500, 120)),
    )
    table = TableBox((0, 0, 500, 120), (0, 40, 80, 120), tuple(xs), cells)
    reads = {
        (0, 0): CellRead("Mức chỉ tiêu", 95.0),
        (1, 0): CellRead("2025 | 2030 | 2035 | 2040 | 2045", 90.0),
        (2, 0): CellRead("Dự toán | Cùng kỳ", 90.0),
        (2, 2): CellRead("Dự toán | Cùng kỳ", 90.0),
    }
    grid = _grid(table, reads, _Geometry(np.array([[1.0, 0, 0], [0, 1.0, 0]]), 72), 1, None)
    assert [c.text for c in grid.rows[0]] == ["Mức chỉ tiêu"] * 5
    assert [c.text for c in grid.rows[1]] == ["2025", "2030", "2035", "2040", "2045"]
    # Two texts over two columns split; two texts over three columns say nothing of where.
    assert [c.text for c in grid.rows[2]] == ["Dự toán", "Cùng kỳ", "Dự toán | Cùng kỳ", "Dự toán | Cùng kỳ", "Dự toán | Cùng kỳ"]


# Ratio headers of dev scans v0390 and v0475 whose slash ("2021-2025/ Mục tiêu") OCR lost.
@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("Ước thực hiện giai đoạn 2021-2025 Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH"),
        ("Ước thực hiện giai đo 2021-2024 Mục tiêu NQ ĐH", "Ước thực hiện giai đo 2021-2024/Mục tiêu NQ ĐH"),
        # g10 v2700 (shaded header, 200 dpi): the slash read as "%".
        ("Ước thực hiện giai đoạn 2021-2025% Mục tiêu NQ ĐH", "Ước thực hiện giai đoạn 2021-2025/Mục tiêu NQ ĐH"),
        # One description, a slash already there, a lower-case word after the year: as read.
        ("Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)", "Mục tiêu NQ ĐH (nhiệm kỳ 2020-2025)"),
        ("Ước thực hiện năm 2024/Kế hoạch năm 2024", "Ước thực hiện năm 2024/Kế hoạch năm 2024"),
        ("Kế hoạch năm 2025 (triệu đồng)", "Kế hoạch năm 2025 (triệu đồng)"),
        ("Ước TH năm 2024 so với KH năm 2024", "Ước TH năm 2024 so với KH năm 2024"),
    ],
)
def test_a_ratio_header_s_lost_slash_is_put_back_between_two_value_columns_names(read: str, meant: str) -> None:
    from extractor.ocr_text import header_slash

    assert header_slash(read) == meant


@needs_tesseract
def test_a_header_cell_naming_a_year_is_not_read_again_as_a_number() -> None:
    """g10 scan v2300: the ruled header cells "TH 2021", "KH 2022", "KH 2023" came back as "2021",
    "2922", "2023": four digits in six letters passed for a number with junk in it, and the
    digits-only second reading dropped the words. The columns lost their roles (143 cells)."""
    from extractor.ocr_cells import CellRead, mostly_digits, reread_numbers

    image = Image.new("L", (260, 60), 255)
    ImageDraw.Draw(image).text((10, 10), "TH 2021", font=ImageFont.truetype(FONT, 30), fill=0)
    reads = reread_numbers([np.asarray(image)], [CellRead("TH 2021", 91.0)])
    assert reads[0].text == "TH 2021"
    assert mostly_digits("4l.100") and mostly_digits("39.5O0,00") and not mostly_digits("KH 2022")


@needs_tesseract
def test_a_merged_header_cell_with_short_rules_inside_is_read_between_them() -> None:
    """Dev variant 3720 (200 dpi): the years row under "Mục tiêu" has short rules the line finder
    missed, so its three cells came as one crop, which Tesseract read as nothing; the three
    columns lost their periods (25 cells). Read piece by piece, they split over the columns."""
    from extractor.ocr_cells import CellRead, read_split_cells, rule_pieces

    image = Image.new("L", (370, 66), 255)
    draw = ImageDraw.Draw(image)
    for x, year in ((10, "2024"), (140, "2025"), (275, "2030")):
        draw.text((x, 18), year, font=ImageFont.truetype(FONT, 24), fill=40)
    for x in (115, 250):
        draw.rectangle((x, 8, x + 3, 56), fill=60)
    crop = np.asarray(image)
    assert rule_pieces(crop, 2) is None and len(rule_pieces(crop, 3) or []) == 3
    [read] = read_split_cells([crop], [3], [CellRead("", 100.0)])
    assert read.text == "2024 | 2025 | 2030"
    # A cell read already, or one of a single column, is left as it is.
    assert read_split_cells([crop, crop], [3, 1], [CellRead("2024 2025 2030", 90.0), CellRead("", 100.0)]) == [
        CellRead("2024 2025 2030", 90.0), CellRead("", 100.0)]


@needs_tesseract
def test_the_tables_of_a_page_turned_over_come_top_first() -> None:
    """Dev variant 3920 (upside down, 200 dpi): the page's tables were listed by their boxes on
    the page as stored, bottom first, so a table printed without a header came after the one
    below it and read its columns by that header: a broken variant without a doubt."""
    from extractor.ocr_page import image_to_page

    names = ["Tỷ lệ hộ nghèo giảm", "Số xã đạt chuẩn nông thôn mới", "Tổng sản lượng lương thực", "Diện tích cây chè",
             "Tỷ lệ trường đạt chuẩn quốc gia"]
    image = Image.new("L", (1700, 1500), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 30)
    for top, head in ((100, ("Chỉ tiêu", "Kế hoạch năm 2024")), (800, ("Nội dung", "Ước thực hiện năm 2025"))):
        xs, rows = (80, 900, 1600), [head] + [(n, f"{10 + k},5") for k, n in enumerate(names)]
        for r, row in enumerate(rows):
            draw.line((xs[0], top + r * 90, xs[-1], top + r * 90), fill=0, width=3)
            for c, text in enumerate(row):
                draw.text((xs[c] + 15, top + r * 90 + 25), text, font=font, fill=0)
        bottom = top + len(rows) * 90
        draw.line((xs[0], bottom, xs[-1], bottom), fill=0, width=3)
        for x in xs:
            draw.line((x, top, x, bottom), fill=0, width=3)
    page = image_to_page(np.asarray(image.rotate(180)), page=1, dpi=300)
    assert any("lộn ngược" in n for n in page.notes)
    assert [g.rows[0][0].text for g in page.grids] == ["Chỉ tiêu", "Nội dung"]


# ------------------------------------------------------------------------------ image files


@needs_tesseract
def test_a_scanned_page_saved_as_an_image_reads_as_the_scanned_pdf_page(scanned_pages: list[OcrPage], ocr_cache: Path,
                                                                        tmp_path: Path) -> None:
    """An auditor's folder holds scans as PNG/JPEG/TIFF files: Pillow decodes them and the same OCR
    reads them. Page 1 of the scanned Biểu 01, saved as a 300-dpi PNG, gives the PDF page's table
    cell for cell; a multi-page TIFF gives one page per frame."""
    import io

    import pypdfium2 as pdfium
    from PIL import Image

    from extractor.ocr import ocr_image_pages

    pdf = pdfium.PdfDocument(str(SCANNED))
    try:
        image = pdf[0].render(scale=300 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    png = io.BytesIO()
    image.save(png, "PNG", dpi=(300, 300))
    (page,) = ocr_image_pages("bieu01.png", png.getvalue(), cache_dir=ocr_cache)
    assert [[c.text for c in row] for g in page.grids for row in g.rows] == \
        [[c.text for c in row] for g in scanned_pages[0].grids for row in g.rows]
    tiff = io.BytesIO()
    blank = Image.new("L", (1240, 1754), 255)
    blank.save(tiff, "TIFF", dpi=(150, 150), save_all=True, append_images=[blank.copy()])
    assert [p.number for p in ocr_image_pages("hai_trang.tif", tiff.getvalue())] == [1, 2]
