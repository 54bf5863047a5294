"""The third PDF producer (``corpus/variant_writer.py``): the variant's HTML in the dialect LibreOffice
Writer's import reads (borders and shading as table attributes, a footer with a page field), and,
with the real ``soffice``, a few development seeds printed, every row's page read back from the
printed text, and the real extractor reading them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.variant_html import document_html
from corpus.variant_writer import FOOTER, SOFFICE, _find, _split_over, write_seed_libreoffice, writer_table
from corpus.variants import _blocks, _grids, _rng, variant
from tests.variant_reads import assert_pages_read_back, assert_read_exactly


def _html(seed: int) -> str:
    v = variant(seed, ())
    return document_html(_blocks(v, _rng(seed, "render")), _grids(v), v.layout, seed, table=writer_table, footer=FOOTER)[0]


def test_borders_and_shading_are_table_attributes_writer_reads() -> None:
    # Seed 2: a ruled table (its header repeated) and one ruled across only.
    html = _html(2)
    assert '<table border="1" cellpadding' in html
    assert 'frame="hsides" rules="groups"' in html
    assert "<thead>" in html and "<col width=" in html
    assert "<sdfield type=PAGE" in html
    # No Chromium marker, no CSS class Writer would ignore on a body cell.
    assert "@t0r0@" not in html and '<td class="' not in html


def test_a_header_printed_once_is_a_group_of_its_own() -> None:
    # Seed 2's second table does not repeat its header: it is a <tbody> of its own, so the rule
    # between groups is drawn under it.
    table = _html(2).split("<table ")[-1]
    assert "<thead>" not in table and table.count("<tbody>") == 2


def test_a_row_is_found_after_the_row_before() -> None:
    words = [["Tỷ", "lệ", "hộ", "nghèo", "Tỷ", "lệ"], ["Tỷ", "lệ", "che", "phủ"]]
    assert _find(words, ["Tỷ", "lệ"], (0, 0)) == (0, 0)
    assert _find(words, ["Tỷ", "lệ"], (0, 1)) == (0, 4)
    assert _find(words, ["Tỷ", "lệ", "che"], (0, 5)) == (1, 0)
    assert _find(words, ["Diện", "tích"], (0, 0)) is None
    # A name wrapped after its first words: the row's other cells' first lines come between.
    assert _find([["Riêng", "đạt", "%", "100", "100", "chuẩn"]], ["Riêng", "đạt", "chuẩn"], (0, 0)) == (0, 0)


def test_a_row_split_over_a_page_break_is_placed_where_it_opens() -> None:
    # Writer's print of v20680's edited copy: "Tăng trưởng đàn gia súc" closes page 1 as "Tăng trưởng"
    # and its "đàn gia súc" opens page 2, where an added row "Tăng trưởng đàn gia súc (bổ sung)" follows.
    key = ["Tăng", "trưởng", "đàn"]
    words = [["8.", "Tăng", "trưởng", "%", "7,7", "8,9", "1"],
             ["đàn", "gia", "súc", "Tăng", "trưởng", "đàn", "gia", "súc", "(bổ", "sung)", "%"]]
    whole, opening = _find(words, key, (0, 0)), _find(words, key[:2], (0, 0))
    assert whole == (1, 3) and opening == (0, 1)
    assert _split_over(words, key, opening, whole)
    # A table's title closing a page ("... THỰC HIỆN CHỈ TIÊU NĂM 2023") is no split row: the key's
    # third word on the next page stands inside the whole key, not ahead of it.
    title = [["KẾT", "QUẢ", "CHỈ", "TIÊU", "NĂM", "2023"], ["Số", "TT", "CHỈ", "TIÊU", "KINH", "TẾ", "1"]]
    key = ["CHỈ", "TIÊU", "KINH"]
    assert not _split_over(title, key, _find(title, key[:2], (0, 0)), _find(title, key, (0, 0)))


@pytest.mark.office
@pytest.mark.skipif(not SOFFICE.exists(), reason=f"LibreOffice not installed at {SOFFICE}")
# 235: a header row Writer cut at the page break; 5550: the header repeated on page 2, read apart
# from its body; 8050: a name cut inside a place's name; 13760: a name's rest alone on the last
# page, read as running text; 5509: a table that ended at the foot of page 1, its header (and
# column numbers "A B C 1 2 ...") repeated over no row on page 2, read line by line; 12549 (large
# font): a figure right-aligned against the next column's text (">80 Các doanh nghiệp"), one cell;
# 7625 (large font): the letterhead's national name wrapped before "Nam", read as a table, doubted.
# 14770 (large font): a dash for a blank ratio printed a padding before its label ("- Đạt"), the
# ratio and label columns read as one. 14550: the header repeated over a name's rest ("triển
# (R&D)") read as eight header lines of a table of its own, doubted, the name left cut. 14870: a
# header alone at the page's foot, its wrapped lines one row, left as running text: the body on
# the next page under no header, doubted. 32170: the header repeated over a name's rest and the
# signature, read line by line, its first line ("Số | Chỉ tiêu" × 5) taken for the whole repeat:
# its lines became body rows ("năm 2025" … read as figures, doubted), the name left cut.
@pytest.mark.parametrize("seed", [2, 127, 235, 5550, 8050, 13760, 5509, 12549, 7625, 14770, 14550, 14870, 32170])
def test_libreoffice_prints_the_variant_and_the_extractor_reads_it(seed: int, tmp_path: Path) -> None:
    truth = write_seed_libreoffice(seed, tmp_path)
    assert truth["producer"] == "libreoffice" and "rotated" not in truth["features"]
    # Every row's page was read back from the printed text, within the document, in order.
    assert_pages_read_back(truth)
    assert not truth["broken"]
    assert_read_exactly(truth, tmp_path / f"v{seed:04d}.pdf")


@pytest.mark.office
@pytest.mark.skipif(not SOFFICE.exists(), reason=f"LibreOffice not installed at {SOFFICE}")
# Page breaks that fall elsewhere in the edited copy. 3700: names cut there ("... hoạt động đổi" /
# "mới sáng tạo đạt chuẩn" under a header whose first column is the names') were rows of their own,
# and the diff reported both halves as rows added and removed. 13990: a row of running text over
# three pages came out as nameless rows, their texts changed cells. 13800: a header cut under
# "Năm" (its years on the next page) made a row of years added. 8200: a name's rest under the
# header repeated line by line made five rows added. 11250: a row of running text over pages 2 to
# 4, a header repeated on each, its rest on page 4 read into that repeat and dropped with it: the
# cell changed. 8108: the header repeated apart from its body, whose first row is a heading ("Văn
# hóa - Xã hội") and whose lines print "2024" alone: a table of nameless rows added. 14410: a
# name's rest of three lines under the repeated header on page 2, only its first line joined: the
# name cut, and reported removed and added. 32020: the header repeated on page 3 printed shorter
# ("Cơ quan / chủ trì / thực" for page 2's "… thực / hiện chỉ / tiêu (9)"), its centred last line
# "thực" taken for a cut row's rest: the body's leading measured from it, every wrapped name under
# it was a row of its own, and a name cut elsewhere in the edited copy was reported removed and added.
# 33620: the two-level header repeated over a name's rest ("10% trở lên") and the signature, read
# line by line; "2024", printed twice in the header ("Năm 2024", "UTH 2025/TH 2024"), was taken as
# read at its first line, so its second lone line stayed a nameless row (its "2024" a ratio), the
# name was left cut, and the diff reported the cut name removed.
@pytest.mark.parametrize("seed", [3700, 13990, 13800, 8200, 11250, 8108, 14410, 32020, 33620])
def test_a_diff_of_two_writer_prints_reports_only_the_rows_edited(seed: int, tmp_path: Path) -> None:
    from benchmarks.variant_score import match_diff
    from extractor.documents import file_to_document
    from reconcile.engine import documents_to_diff

    truth = write_seed_libreoffice(seed, tmp_path)
    name = f"v{seed:04d}"
    assert_read_exactly(truth, tmp_path / f"{name}.pdf")
    edited = json.loads((tmp_path / f"{name}_edited.truth.json").read_text(encoding="utf-8"))
    assert_read_exactly(edited, tmp_path / f"{name}_edited.pdf")
    diff = documents_to_diff(file_to_document(tmp_path / f"{name}.pdf"), file_to_document(tmp_path / f"{name}_edited.pdf"))
    score, missed, spurious = match_diff(edited["edits"], diff)
    assert score.rows_changed_truth > 0 and (missed, spurious) == ([], [])



@pytest.mark.office
@pytest.mark.skipif(not SOFFICE.exists(), reason=f"LibreOffice not installed at {SOFFICE}")
def test_a_body_under_a_header_repeated_apart_from_it_after_a_lone_foot_header_is_diffed_by_its_columns(
        tmp_path: Path) -> None:
    # 9625's edited copy: the second table's header alone at the foot of page 1, read as lines
    # without a header ("2022" alone on a line), printed again on page 2 apart from its body. The
    # body went under no header and the diff reported all its rows' cells changed; under the foot
    # header it is diffed column by column. Read without a body, that header was cut into fewer
    # columns ("KH Ước TH" one) until its column numbers "(5) (6)" cut it as they cut a body's: the
    # edited copy then read 23 of its 42 cells.
    from benchmarks.variant_score import match_diff
    from extractor.documents import file_to_document
    from reconcile.engine import documents_to_diff

    write_seed_libreoffice(9625, tmp_path)
    edited = json.loads((tmp_path / "v9625_edited.truth.json").read_text(encoding="utf-8"))
    assert_read_exactly(edited, tmp_path / "v9625_edited.pdf")
    diff = documents_to_diff(file_to_document(tmp_path / "v9625.pdf"), file_to_document(tmp_path / "v9625_edited.pdf"))
    score, missed, spurious = match_diff(edited["edits"], diff)
    assert score.diff_truth > 0 and (missed, spurious) == ([], [])


@pytest.mark.office
@pytest.mark.skipif(not SOFFICE.exists(), reason=f"LibreOffice not installed at {SOFFICE}")
def test_a_cut_units_rest_centred_under_the_repeat_is_the_units(tmp_path: Path) -> None:
    # v33770 (unruled, centred unit column): row 3's unit "Triệu / đồng" is cut by the page break,
    # and "đồng" prints under the header repeated on page 2, centred as every "Triệu đồng" of the
    # column is (not from their left): read as the repeat's third line, the unit was "Triệu".
    truth = write_seed_libreoffice(33770, tmp_path)
    assert "unruled" in truth["features"] and "continuation_repeated_header" in truth["features"]
    assert_read_exactly(truth, tmp_path / "v33770.pdf", rows=True)
