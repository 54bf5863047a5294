"""Deliberately broken tables (issue 9) must always carry an ``extraction_doubt``.

v8549 (development, 8000-8999): a five-row table of Phụ lục I with its columns shuffled under
"Số TT | Tên chỉ tiêu | Đơn vị tính | Mức chỉ tiêu (Năm 2025 … 2045) | Cơ quan chủ trì". The
names happened to land under "Tên chỉ tiêu" and the units under "Đơn vị tính", so the table
read like a clean one: the targets of 2025 (">40", "50", ">60") stood under "Số TT" and the row
numbers ("16." to "20.") under a year. No doubt was raised: the one broken variant of 8000-8999
that passed unsaid.

Forced breaks on development seeds (textwild10, 2,400 of them over every layout feature) found
the shapes no check covered:
- v6980 with its header removed (rotated pages): a table of ratios, "STT + name | target % |
  result %", read under the guessed "STT | Chỉ tiêu | Đơn vị tính": the names under "STT", the
  figures under name and unit, rows without a figure, and no doubt;
- v0031 with its columns shuffled (Vietnamese numbers without grouping): the section row "CHỈ TIÊU
  KINH TẾ" taken into the header made "TT / CHỈ TIÊU KINH TẾ" the names' column, where the names
  were; the row numbers stood under "ĐVT", the units under "Đánh giá", and nothing was said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.variant_score import DOUBT
from corpus.variants import write_seed
from extractor.documents import file_to_document
from extractor.evidence import guessed_header, header_contradictions
from extractor.grid import GridCell
from extractor.model import Column
from reconcile.engine import document_to_findings


def _body(*rows: tuple[str, ...]) -> list[list[GridCell]]:
    return [[GridCell(t) for t in r] for r in rows]


COLUMNS = (Column(0, "Số TT", "number"), Column(1, "Tên chỉ tiêu", "indicator"),
           Column(2, "Năm 2025", "target", "2025"), Column(3, "Năm 2030", "target", "2030"))


def test_the_shuffled_variant_8549_carries_a_doubt(tmp_path: Path) -> None:
    truth = write_seed(8549, tmp_path, edits=False)
    assert truth["broken"] and truth["tables"][0]["broken"] == "columns_shuffled"
    doc = file_to_document(tmp_path / "v8549.pdf")
    doubts = [f.message for f in document_to_findings(doc) if f.kind == DOUBT]
    assert len(doubts) == 1 and "page 1" in doubts[0]


def test_figures_under_the_row_number_header_are_a_contradiction() -> None:
    body = _body(("95", "Tỷ lệ người dân hài lòng", "100", "16."), (">40", "Tỷ lệ hệ thống thông tin", "100", "17."),
                 ("50", "Tỷ lệ cơ sở dữ liệu số hóa", "100", "18."), (">60", "Tỷ lệ dữ liệu tích hợp", "100", "19."),
                 (">30", "Tỷ lệ doanh nghiệp số", "100", "20."))
    said = [m.render() for m in header_contradictions(COLUMNS, body)]
    assert any("'Số TT' (number) holds figures" in s for s in said)
    assert any("'Năm 2030' (target) holds row numbers" in s for s in said)


def test_row_numbers_and_figures_in_their_own_columns_are_no_contradiction() -> None:
    body = _body(("16.", "Tỷ lệ người dân hài lòng", "95", "100"), ("17.", "Tỷ lệ hệ thống thông tin", ">40", "100"),
                 ("a)", "Tỷ lệ cơ sở dữ liệu số hóa", "50", "17"), ("1.2", "Tỷ lệ dữ liệu tích hợp", ">60", "18"),
                 ("II", "Tỷ lệ doanh nghiệp số", ">30", "19"))
    assert header_contradictions(COLUMNS, body) == []


RATIO_COLUMNS = (Column(0, "Số TT / CHỈ TIÊU KINH TẾ", "indicator"), Column(1, "Đơn vị", "note"),
                 Column(2, "Mục tiêu năm 2024", "target", "2024"), Column(3, "Tỷ lệ đạt (%)", "ratio", "2024"),
                 Column(4, "Đánh giá", "evaluation", "2024"))


def test_row_numbers_of_sub_rows_under_a_ratio_are_a_contradiction() -> None:
    # v20475 (text first contact of round 25, read after the start run): the columns shuffled, the row
    # numbers of a table with "Chia ra:" and "Trong đó:" sub-rows stood under the ratio header.
    rows = (("Số xã đạt chuẩn nông thôn mới", "Xã", "13", "1.", "12-13"), ("Xã vùng thấp", "Xã", "7", "a)", ""),
            ("Xã vùng cao", "Xã", "6", "b)", ""), ("Tỷ lệ thủ tục hành chính", "%", "84", "2.", "84"),
            ("Tỷ trọng kinh tế số", "%", "4", "3.", "5-6"), ("Tỷ trọng kinh tế số đạt chuẩn", "%", "4", "-", ""),
            ("Tỷ lệ thôn, bản có đường", "%", "86.1", "4.", "100.0"))
    said = [m.render() for m in header_contradictions(RATIO_COLUMNS, _body(*rows))]
    assert any("'Tỷ lệ đạt (%)' (ratio) holds row numbers" in s for s in said), said
    # ratios with dashes where nothing was due are figures, not row numbers
    clean = _body(*((r[0], r[1], r[2], v, "Đạt") for r, v in zip(rows, ("100", "-", "-", "100", "-", "-", "86,1"), strict=True)))
    assert header_contradictions(RATIO_COLUMNS, clean) == []


def test_figures_counting_up_without_a_point_from_anywhere_but_one_are_figures() -> None:
    # "17, 18, 19, 20, 21" may be counts of a year; only a count from 1 or numbers printed as
    # row numbers ("16.") say the row numbers moved.
    body = _body(*((str(k), f"Chỉ tiêu {k}", "100", str(16 + k)) for k in range(1, 6)))
    assert header_contradictions(COLUMNS, body) == []


@pytest.mark.parametrize(("seed", "force"), [(6980, ("broken_header_removed", "rotated")),
                                             (31, ("broken_columns_shuffled", "numbers_vi_plain"))])
def test_forced_breaks_that_passed_unsaid_carry_a_doubt(seed: int, force: tuple[str, ...], tmp_path: Path) -> None:
    truth = write_seed(seed, tmp_path, force=force, edits=False)
    assert truth["broken"]
    doc = file_to_document(tmp_path / f"v{seed:04d}.pdf")
    doubts = [f.message for f in document_to_findings(doc) if f.kind == DOUBT]
    assert len(doubts) == 1 and "page 1" in doubts[0]


def test_a_headerless_table_of_names_and_ratios_is_guessed_from_its_body() -> None:
    body = _body(("1.1. Tỷ lệ hộ được sử dụng điện lưới quốc gia", "90", "99"),
                 ("1.2. Tỷ lệ thủ tục hành chính mức độ 4", "100", "97"),
                 ("1.3. Tỷ lệ người dân có chữ ký số", "Tối thiểu 67", "77"))
    assert guessed_header(body, 3) == ["Chỉ tiêu", "Cột 2", "Cột 3"]
    usual = _body(("1", "Diện tích lúa", "Ha", "1.200"), ("2", "Sản lượng lương thực", "Tấn", "9.500"),
                  ("3", "Thu nhập bình quân", "Triệu đồng", "52,4"))
    assert guessed_header(usual, 4) == ["STT", "Chỉ tiêu", "Đơn vị tính", "Cột 4"]
    # No column of names: the usual guess, nothing invented.
    assert guessed_header(_body(("1", "2", "3"), ("4", "5", "6")), 3) == ["STT", "Chỉ tiêu", "Đơn vị tính"]


SHUFFLED = (Column(0, "TT / CHỈ TIÊU KINH TẾ", "indicator"), Column(1, "ĐVT", "unit"),
            Column(2, "Chỉ tiêu năm 2023", "target", "2023"), Column(3, "Đánh giá", "evaluation", "2023"))


def test_row_numbers_under_the_unit_and_units_under_the_evaluation_are_contradictions() -> None:
    names = ("Tăng trưởng đàn gia súc", "Số xã đạt chuẩn nông thôn mới", "Diện tích cây chè", "Thu NSNN", "Số doanh nghiệp")
    body = _body(*((name, str(k), "8,0", unit) for k, (name, unit) in enumerate(zip(names, ("%", "Xã", "Ha", "Tỷ đồng", "%"), strict=True), 1)))
    said = [m.render() for m in header_contradictions(SHUFFLED, body)]
    assert any("'ĐVT' (unit) holds row numbers" in s for s in said)
    assert any("'Đánh giá' (evaluation) holds units" in s for s in said)
    clean = _body(*((name, unit, "8,0", label) for name, unit, label in zip(
        names, ("%", "Xã", "Ha", "Tỷ đồng", "%"), ("Đạt", "Vượt", "Chưa đạt", "Đạt", "Đạt"), strict=True)))
    assert header_contradictions(SHUFFLED, clean) == []
    labels = _body(*((name, label, "8,0", "Đạt") for name, label in zip(names, ("Đạt", "Vượt", "Chưa đạt", "Đạt", "Vượt"), strict=True)))
    assert any("'ĐVT' (unit) holds evaluation labels" in m.render() for m in header_contradictions(SHUFFLED, labels))


NOTED = (Column(0, "Số thứ tự / CHỈ TIÊU KINH TẾ", "indicator"), Column(1, "Nội dung / I.", "note"),
         Column(2, "Mục tiêu 2023 (tỷ lệ %)", "target", "2023"), Column(3, "Kết quả thực hiện năm 2023 (tỷ lệ %)", "actual", "2023"))


def test_row_numbers_read_as_notes_are_a_contradiction() -> None:
    """v22434 (text seed, read by the lead after its first contact): the columns shuffled, the section
    row taken into the header; the names came out right, the STT column's 1 … 5 as notes, and
    nothing was said."""
    names = ("Tỷ lệ thủ tục hành chính đủ điều kiện", "100% các cơ quan được triển khai các giải pháp",
             "Tỷ lệ hộ được sử dụng điện lưới quốc gia", "Số doanh nghiệp có hoạt động đổi mới",
             "Tỷ lệ thôn, bản có đường xe máy")
    body = _body(*((name, str(k), "87,53", "86,00") for k, name in enumerate(names, 1)))
    said = [m.render() for m in header_contradictions(NOTED, body)]
    assert any("'Nội dung / I.' (note) holds row numbers" in s for s in said)
    # Notes that are words, or a figure now and then, are notes.
    notes = _body(*((name, note, "87,53", "86,00") for name, note in zip(
        names, ("Số liệu sơ bộ", "", "Ước", "3", ""), strict=True)))
    assert header_contradictions(NOTED, notes) == []


V25059 = (Column(0, "Số thứ tự / CHỈ TIÊU KINH TẾ", "indicator"), Column(1, "Chỉ tiêu", "unit"),
          Column(2, "Đơn vị tính / 1.", "number"), Column(3, "Kế hoạch năm 2025", "plan", "2025"),
          Column(4, "Ước thực hiện năm 2025", "estimate", "2025"), Column(5, "Đánh giá", "evaluation", "2025"))
V25059_ROWS = (("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", "1.1", "Chưa đạt", "19", "16"),
               ("Số xã đạt chuẩn nông thôn mới", "Xã", "1.2", "Chưa đạt", "12", "11"),
               ("Văn hóa - Xã hội", "", "2.", "", "", ""),
               ("Mức giảm tỷ suất sinh", "‰", "2.1", "Chưa đạt", "1,00", "0,86"),
               ("Duy trì hoạt động của câu lạc bộ khèn Mông", "CLB", "2.2", "Đạt", "4", "4"),
               ("Tỷ lệ số xã được thu gom, xử lý rác thải", "%", "2.3", "Vượt", "93", "100"))


def test_whole_figures_under_the_evaluation_header_are_a_contradiction() -> None:
    # v25059 (text first contact of round 30, read after the start run): the columns shuffled, the
    # labels under "Kế hoạch" and the estimates under "Đánh giá"; whole figures ("16", "11", "4",
    # "100") profile as row labels, so the evaluation column's figures went unsaid.
    said = [m.render() for m in header_contradictions(V25059, _body(*V25059_ROWS))]
    assert any("'Đánh giá' (evaluation) holds figures" in s for s in said), said
    # the same table unshuffled: labels under the evaluation, figures under plan and estimate
    clean = _body(*((r[0], r[1], r[2], r[4], r[5], r[3]) for r in V25059_ROWS))
    assert header_contradictions(V25059, clean) == []
    # row numbers counting down an evaluation column are said as row numbers, not figures
    numbered = _body(*((r[0], r[1], r[2], r[4], r[5], str(k)) for k, r in enumerate(V25059_ROWS, 1)))
    assert any("'Đánh giá' (evaluation) holds row numbers" in m.render() for m in header_contradictions(V25059, numbered))


V32484 = (Column(0, "Số TT / CHỈ TIÊU KINH TẾ", "indicator"), Column(1, "Chỉ tiêu / A", "target"),
          Column(2, "Mục tiêu 2024 (tỷ lệ %)", "target", "2024"),
          Column(3, "Kết quả thực hiện năm 2024 (tỷ lệ %)", "actual", "2024"))
V32484_ROWS = (("Số doanh nghiệp công nghệ số", "1.", "2", "2"), ("Tăng trưởng đàn gia súc", "2.", "5,9", "6,4"),
               ("Tỷ lệ thôn, bản được cứng hóa, có đường xe máy hoặc ô tô đi lại thuận lợi", "3.", "100", "100"),
               ("Tỷ lệ hộ được sử dụng điện lưới quốc gia", "4.", "93,86", "100,00"),
               ("Tỷ lệ thôn, bản có đường xe máy hoặc ô tô đi lại thuận lợi", "5.", "76,4", "86,9"),
               ("Văn hóa - Xã hội", "B", "", ""), ("Năng suất lao động hàng năm tăng tối thiểu 7%", "1.", "8", "Trên 7"),
               ("Tỷ lệ trường đạt chuẩn quốc gia", "2.", "79,6", "89,8"),
               ("Số kết quả khoa học và công nghệ được ứng dụng thực tiễn", "3.", "69,8", ""),
               ("Tỷ lệ lao động qua đào tạo", "4.", "86", "Trên 86"), ("Tỷ lệ học sinh mẫu giáo đến trường", "5.", "100", "100"),
               ("CHỈ TIÊU MÔI TRƯỜNG", "C", "", ""),
               ("Tỷ lệ số xã được thu gom, xử lý rác thải sinh hoạt", "1.", "100", "100"),
               ("Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý", "2.", "99,9", "< 99"),
               ("Tỷ lệ số xã, phường, thị trấn được thu gom, xử lý rác thải sinh hoạt", "3.", "100,0", "100,0"),
               ("20% trở lên hoạt động kiểm tra được thực hiện thông qua môi trường số", "4.", "21", "21"),
               ("Tỷ lệ dân số đô thị được cung cấp nước sạch", "5.", "81,68", "77-82"))


def test_row_numbers_starting_again_under_section_letters_are_a_contradiction() -> None:
    # v32484 (text first contact of round 37, development now): the columns shuffled, the first
    # section's row "CHỈ TIÊU KINH TẾ | A" read into the header, so the names stood under an
    # indicator header; the row numbers, with the letters of the later sections among them, stood
    # under "Chỉ tiêu / A" (a target) and nothing was said.
    said = [m.render() for m in header_contradictions(V32484, _body(*V32484_ROWS))]
    assert any("'Chỉ tiêu / A' (target) holds row numbers" in s for s in said), said
    # the numbering must start again at 1 under each letter: a letter among counts is no numbering
    numbers = [f"{k}." for k in range(1, 16)]
    counts = _body(*((r[0], r[1] if r[1] in ("B", "C") else numbers.pop(0), r[2], r[3]) for r in V32484_ROWS))
    assert header_contradictions(V32484, counts) == []


def test_the_shuffled_variant_32484_with_a_lettered_section_in_its_header_carries_a_doubt(tmp_path: Path) -> None:
    truth = write_seed(32484, tmp_path, edits=False)
    assert truth["broken"] and truth["tables"][0]["broken"] == "columns_shuffled"
    doc = file_to_document(tmp_path / "v32484.pdf")
    doubts = [f.message for f in document_to_findings(doc) if f.kind == DOUBT]
    assert len(doubts) == 1 and "row numbers" in doubts[0]
