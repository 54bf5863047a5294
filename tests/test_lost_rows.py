"""Whole rows lost (and stray cells made) on text-layer tables of the development variants (6000-8999, issue 9), each
generated afresh by ``corpus.variants`` and read by the real extractor, scored against the
generator's truth (never the extractor's output):

- v6638: a header alone at the foot of page 1, with a numbered heading ("1. Kinh tế") under it
  and a cell centred on lines of its own ("Tỷ lệ / (%)"): page 2 went under the header's first
  line alone, every role a guess;
- v6628: a column number centred over a column of left-aligned labels ("8" beside "đạt") cut
  that column in two, and the rows below a gap lost the header;
- v6960: a section heading ("A CHỈ TIÊU KINH TẾ") as far above the first row as rows are apart
  was cut off with the header above it;
- v6990: a continuation page of as many columns as the page above, one of them split in two
  ("Chưa triển khai" beside the figures) and "Ghi chú" left empty: joined cell by cell, every
  figure right of the split went one column right;
- v6373, v6705: a header cell whose inline column number follows its last words ("năm / 2022
  (9)", "thực / hiện (6)") printed a line under the other numbers: read as a nameless body row,
  its year or number became a figure;
- v7187: a header alone at the foot of page 1 over a heading numbered in a column of its own
  ("I. | Phát triển kinh tế"), two of its columns read as one; page 2 repeats it, read right,
  and its rows went under page 1's columns: nameless rows, figures lost;
- v7347: the header at the foot of page 1 over one row, two of its columns read as one ("Ước Kế
  thực hoạch hiện"), repeated on page 2 cut right: page 2's plan and estimate went into one cell;
- v8108: a heading without a number ("Văn hóa - Xã hội") right under a short row, the STT in a
  column of its own: read as the row's name wrapped, and the rows under it lost their section.
  Only its face tells it: the heading is bold, the name above it is not;
- v8855: a wrapped name of a table numbered inside its names, whose second line starts with the
  bracket its first left open ("… (Lao Tỳ Phùng, Chu Va" over "6) vùng đồng bào …"): read as a
  row numbered "6)", the name cut short;
- v8376: a wrapped name whose last line starts with a count printed with its zero ("... tốc độ
  trên" over "01 Gbps/s"): read as a row numbered "01", the name cut short;
- v7278, v8561, v8577 (diffs): on the edited copy (on v8577's original, ruled), a row of a name and labels only ("Ứng dụng rộng rãi ... |
  Đạt | Đạt | đạt | đạt | Đạt") first under the header repeated on page 3 was taken into the
  header; on the original, page 2 cut into 13 columns put a heading running across the table
  ("V | Nghị quyết 09-NQ/TU ...") under "ĐVT" by its centre, a nameless row the diff said removed;
- v6672 (a diff): a row number after a skipped one stayed in the name of the edited copy's row,
  which the diff then reported removed and added.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.variant_score import match_diff, score_document
from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.rows import misread_numbers_in_names, numbered_in_names
from normalizers.names import clean_indicator
from reconcile.engine import document_to_findings
from tests.variant_reads import assert_read_exactly


@pytest.mark.parametrize("seed", [6638, 6628, 6960, 6990, 6373, 6705, 7187, 7347, 8108, 8376, 8855])
def test_every_row_of_the_variant_is_read_with_its_header(seed: int, tmp_path: Path) -> None:
    assert_variant_read_exactly(seed, tmp_path)


def assert_variant_read_exactly(seed: int, tmp_path: Path, *, labels: bool = False) -> None:
    """The clean variant ``seed``, generated into ``tmp_path`` and read from its text layer: every
    cell and name exact, no stray cell, no doubt (and, with ``labels``, every label exact)."""
    truth = write_seed(seed, tmp_path, edits=False)
    assert not truth["broken"]
    assert_read_exactly(truth, tmp_path / f"v{seed:04d}.pdf", labels=labels)


def test_a_row_number_after_a_skipped_one_is_taken_out_of_the_name() -> None:
    # v6672's edited copy: row 7 taken out, the rest not renumbered; "8 xây dựng bản du lịch ..."
    # (a name in lower case, which ``clean_indicator`` alone does not split) followed "6".
    names = numbered_in_names([clean_indicator(t) for t in (
        "5 Tỷ lệ hộ nghèo", "6 Tốc độ tăng trưởng khách du lịch", "8 xây dựng bản du lịch Sì Thầu Chải")])
    assert [(n.numbering, n.text) for n in names][2] == ("8", "xây dựng bản du lịch Sì Thầu Chải")
    # Two numbers skipped, or a count that runs on past it, say the figure is the name's.
    far = numbered_in_names([clean_indicator(t) for t in ("5 Tỷ lệ hộ nghèo", "9 xã đạt chuẩn nông thôn mới")])
    assert far[1].numbering is None and far[1].text == "9 xã đạt chuẩn nông thôn mới"
    between = numbered_in_names([clean_indicator(t) for t in (
        "3 Tỷ lệ hộ nghèo", "5 xã đạt chuẩn nông thôn mới", "4 Tỷ lệ che phủ rừng")])
    assert between[1].numbering is None


def test_a_row_number_ocr_misread_into_letters_is_taken_out_of_the_name_where_the_count_says_so() -> None:
    # Dev scan v23430 (unruled, 200 dpi; numbers printed in the names' cell): "2." read "2L", and
    # "3." (the first row of the next page) read "đi"; v21360: "7." read "ự.".
    read = ("1. Chỉ số chuyển đổi số cấp huyện",
            "2L Tỷ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa TW và địa phương",
            "đi Tỷ lệ TTHC liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến")
    names = misread_numbers_in_names([clean_indicator(t) for t in read])
    assert [(n.numbering, n.text) for n in names][1:] == [
        ("2.", "Tỷ lệ TTHC được tiếp nhận, giải quyết phi địa giới hành chính giữa TW và địa phương"),
        ("3.", "Tỷ lệ TTHC liên quan đến đào tạo, nghiên cứu, sản xuất, kinh doanh phải được thực hiện trực tuyến")]
    names = misread_numbers_in_names([clean_indicator(t) for t in (
        "6. Tỷ lệ cán bộ, công chức cấp huyện được bồi dưỡng kỹ năng số căn bản",
        "ự. Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số", "8. Tỷ lệ dân số trưởng thành")])
    assert (names[1].numbering, names[1].text) == ("7.", "Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số")
    # No count before it, a count that does not leave room, a figure that is not the count, a
    # capitalised word or an abbreviation of the name's own: the name as read.
    for texts in (("đi Tỷ lệ hộ nghèo", "2. Tỷ lệ che phủ rừng"),
                  ("1. Tỷ lệ hộ nghèo", "đi Tỷ lệ che phủ rừng", "2. Số xã"),
                  ("1. Tỷ lệ hộ nghèo", "5L Tỷ lệ che phủ rừng"),
                  ("1. Tỷ lệ hộ nghèo", "Xã Hương Phú đạt chuẩn", "3. Số xã"),
                  ("1. Tỷ lệ hộ nghèo", "TP Lai Châu đạt chuẩn", "3. Số xã")):
        names = misread_numbers_in_names([clean_indicator(t) for t in texts])
        assert [n.text for n in names] == [clean_indicator(t).text for t in texts], texts


def test_a_row_number_misread_as_another_figure_or_a_foreign_word_is_taken_out_in_a_gap_of_one() -> None:
    # Dev scan v24000 (unruled, numbers printed in the names): "7." read "1," between "6." and
    # "8.", and on the next page "7." read "Ji" between "6." and "8.".
    read = ("6. Tỷ lệ cán bộ, công chức cấp huyện được bồi dưỡng kỹ năng số căn bản",
            "1, Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành",
            "8. Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông")
    names = misread_numbers_in_names([clean_indicator(t) for t in read])
    assert (names[1].numbering, names[1].text) == (
        "7.", "Tỷ lệ cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành")
    read = ("6. Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện",
            "Ji Tỷ lệ hồ sơ TTHC xử lý trực tuyến",
            "8. Tỷ lệ sử dụn dịch vụ công trực tuyến của người dân và doanh nghiệp")
    names = misread_numbers_in_names([clean_indicator(t) for t in read])
    assert (names[1].numbering, names[1].text) == ("7.", "Tỷ lệ hồ sơ TTHC xử lý trực tuyến")
    # Outside a gap of one (no row after, or room for more than one row), with a Vietnamese word
    # or an abbreviation, or with two figures: the name as read.
    for texts in (("6. Tỷ lệ hộ nghèo", "1, Tỷ lệ che phủ rừng"),
                  ("6. Tỷ lệ hộ nghèo", "Ji Tỷ lệ che phủ rừng", "9. Số xã"),
                  ("6. Tỷ lệ hộ nghèo", "Xã Hương Phú đạt chuẩn", "8. Số xã"),
                  ("6. Tỷ lệ hộ nghèo", "TP Lai Châu đạt chuẩn", "8. Số xã"),
                  ("6. Tỷ lệ hộ nghèo", "12, Tỷ lệ che phủ rừng", "8. Số xã")):
        names = misread_numbers_in_names([clean_indicator(t) for t in texts])
        assert [n.text for n in names] == [clean_indicator(t).text for t in texts], texts


def test_an_edited_row_after_a_row_taken_out_is_a_changed_row_not_removed_and_added(tmp_path: Path) -> None:
    from reconcile.engine import documents_to_diff

    write_seed(6672, tmp_path)
    old, new = (file_to_document(tmp_path / f"v6672{s}.pdf") for s in ("", "_edited"))
    diff = documents_to_diff(old, new)
    name = "xây dựng bản du lịch Sì Thầu Chải, xã Hồ Thầu thành sản phẩm OCOP du lịch"
    assert [r.indicator for r in diff.added] == []
    assert [r.indicator for r in diff.removed if r.indicator == name] == []
    assert {(c.role, c.old_value, c.new_value) for c in diff.changes if c.indicator == name} >= {
        ("actual", 2.0, 3.0), ("ratio", 100.0, 150.0)}


@pytest.mark.parametrize("seed", [7278, 8561, 8577])
def test_the_edited_copy_diffs_exactly_its_edits(seed: int, tmp_path: Path) -> None:
    from reconcile.engine import documents_to_diff

    truth = write_seed(seed, tmp_path)
    old, new = (file_to_document(tmp_path / f"v{seed}{s}.pdf") for s in ("", "_edited"))
    edits = json.loads((tmp_path / f"v{seed}_edited.truth.json").read_text(encoding="utf-8"))["edits"]
    score, missed, spurious = match_diff(edits, documents_to_diff(old, new))
    assert score.diff_matched == score.diff_reported == score.diff_truth, (missed, spurious)
    assert score.rows_changed_matched == score.rows_changed_reported == score.rows_changed_truth, (missed, spurious)
    read, missed, _ = score_document(truth, old, document_to_findings(old))
    assert read.labels_exact == read.labels_truth, missed
