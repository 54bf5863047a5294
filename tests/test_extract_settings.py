"""One settings object for the extractor, resolved and validated by one rule (issue 10)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extractor.documents import file_to_document
from extractor.grid import Grid, GridCell
from extractor.model import Provenance
from extractor.settings import ExtractSettings, LayoutSettings, QualitySettings
from extractor.stitch import stitch_grids

ROOT = Path(__file__).resolve().parent.parent


def test_nested_dicts_resolve_to_nested_settings() -> None:
    s = ExtractSettings.resolve({"ocr_dpi": 200, "layout": {"segment_gap": 0.5}, "quality": {"min_named": 0.9}})
    assert s.ocr_dpi == 200
    assert s.layout == LayoutSettings(segment_gap=0.5)
    assert s.quality == QualitySettings(min_named=0.9)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"ocr_dpi": 20}, "ocr_dpi"),
        ({"colour": 1}, "unknown ExtractSettings keys: colour"),
        ({"layout": {"segment_gapp": 1}}, "unknown LayoutSettings keys: segment_gapp"),
        ({"layout": {"wrap_gap": 0}}, "wrap_gap"),
        ({"quality": {"min_named": 1.5}}, "min_named"),
    ],
)
def test_every_settings_object_rejects_bad_values_the_same_way(value: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ExtractSettings.resolve(value)


def test_layout_settings_reach_the_pdf_reader_from_file_to_document() -> None:
    """A tolerance so small no word gap counts as a column break leaves no unruled table to read."""
    path = ROOT / "corpus" / "pdf" / "bieu01_unruled.pdf"
    assert file_to_document(path).tables
    with pytest.raises(Exception, match=r"no indicator tables|hold no figures"):
        file_to_document(path, {"prose": False, "layout": {"min_columns": 40}})


def _grid(page: int, rows: list[list[str]], header_rows: int, bbox: tuple[float, float, float, float]) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(page=page)) for t in row) for row in rows)
    return Grid(rows=cells, header_rows=header_rows, provenance=Provenance(page=page, bbox=bbox))


def test_continuation_page_without_repeated_header_joins_when_its_columns_line_up() -> None:
    head = [["TT", "Chỉ tiêu", "Đơn vị tính", "KH năm 2024"]]
    first = _grid(1, [*head, ["1", "Diện tích cây chè", "Ha", "3.120"]], 1, (40, 100, 550, 700))
    follows = _grid(2, [["2", "Tỷ lệ che phủ rừng", "%", "51,82"]], 0, (41, 60, 549, 200))
    shifted = _grid(2, [["2", "Tỷ lệ che phủ rừng", "%", "51,82"]], 0, (140, 60, 549, 200))
    assert len(stitch_grids([first, follows])) == 1
    assert len(stitch_grids([first, shifted])) == 2
    # The second table on a page is not a continuation of the last page's table.
    other = _grid(2, [["1", "Số xã", "Xã", "8"]], 0, (40, 300, 550, 400))
    assert len(stitch_grids([first, follows, other])) == 2


def _words_grid(page: int, rows: list[list[str]], header_rows: int, right: float) -> Grid:
    """A whitespace grid: STT, name, unit, two right-aligned figures and a left-aligned notes column
    whose longest text ends at ``right``."""
    x = [(58.0, 70.0), (75.0, 200.0), (205.0, 230.0), (240.0, 280.0), (290.0, 330.0), (340.0, right)]
    cells = tuple(
        tuple(GridCell(t, Provenance(page=page, bbox=(x[c][0], 100.0 + 12 * r, x[c][1], 108.0 + 12 * r)) if t else Provenance(page=page))
              for c, t in enumerate(row))
        for r, row in enumerate(rows)
    )
    return Grid(rows=cells, header_rows=header_rows, method="words",
                provenance=Provenance(page=page, bbox=(58.0, 100.0, right, 100.0 + 12 * len(rows))))


def test_continuation_whose_notes_column_ends_elsewhere_joins_when_its_columns_line_up() -> None:
    # v0303: page 3 began with "Trong đó:" (read as a one-row header naming no column) and its
    # notes column's longest text, "Số liệu sơ bộ", ended 13 pt left of page 1's "Theo số liệu
    # thống kê": the page became a table of its own, without header, and was doubted.
    head = ["TT", "Chỉ tiêu", "ĐVT", "KH 2023", "Ước TH 2023", "Ghi chú"]
    first = _words_grid(1, [head, ["8", "Tỷ lệ lao động qua đào tạo", "%", "100,00", "95,51", "Theo số liệu thống kê"]], 1, 508.8)
    follows = _words_grid(2, [["", "Trong đó:", "", "", "", ""], ["", "Riêng vùng đồng bào dân tộc thiểu số", "%", "90,8", "86,7", ""],
                              ["7", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom", "%", "81,4", "93,1", "Số liệu sơ bộ"]], 1, 495.6)
    stitched = stitch_grids([first, follows])
    assert len(stitched) == 1 and [r[1].text for r in stitched[0].rows][-3:] == [
        "Trong đó:", "Riêng vùng đồng bào dân tộc thiểu số", "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom"]
    # Moved left by more than the tolerance, it is another table.
    moved = replace(follows, provenance=replace(follows.provenance, bbox=(120.0, 100.0, 495.6, 136.0)))
    assert len(stitch_grids([first, moved])) == 2


def test_a_body_row_read_into_a_repeated_header_stays_a_body_row() -> None:
    # v0145 (page 5), v0162's edited copy (page 3): the first row of a BIỂU 02 page holds one
    # figure beside "Chưa triển khai", so the whitespace reader took it for a second header row;
    # the header repeated the page before's and both rows were dropped, the row lost (a diff
    # reported it removed).
    head = ["TT", "Các chỉ tiêu chủ yếu", "Đơn vị tính", "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ",
            "Lũy kế thực hiện từ khi ban hành ĐA, NQ đến hết năm 2024", "Đánh giá"]
    first = _grid(4, [head, ["", "80% cơ sở dữ liệu về tài nguyên môi trường được xây dựng", "%", "80", "80", "Đạt"]], 1,
                  (43.6, 40.0, 798.6, 500.0))
    row = ["", "70% diện tích rừng được kiểm soát, theo dõi, giám sát bằng các hệ thống quản lý rừng thông minh",
           "%", "70", "Chưa triển khai", "Chưa đạt"]
    follows = _grid(5, [head, row, ["", "100% sản phẩm OCOP được đưa lên sàn thương mại điện tử của quốc gia và tỉnh",
                                    "%", "100", "100", "đạt"]], 2, (43.6, 39.8, 798.6, 245.6))
    stitched = stitch_grids([first, follows])
    assert len(stitched) == 1
    assert [[c.text for c in r] for r in stitched[0].rows[1:]] == [
        [c.text for c in first.rows[1]], row, [c.text for c in follows.rows[2]]]
    # A second header line of this page (no figure beside a name) is dropped with the header.
    wrapped = _grid(5, [head, ["", "", "", "", "năm 2024", ""], *[list(r) for r in ([c.text for c in follows.rows[2]],)]], 2,
                    (43.6, 39.8, 798.6, 245.6))
    assert [c.text for c in stitch_grids([first, wrapped])[0].rows[-1]] == [c.text for c in follows.rows[2]]
    assert len(stitch_grids([first, wrapped])[0].rows) == 3


def test_a_short_named_row_with_its_unit_and_one_figure_under_a_repeated_header_is_body() -> None:
    # v3914: the last part of a "Bao gồm" list ("Thu phí, lệ phí | Triệu đồng | 182702", one
    # figure) at the top of page 2 under the repeated header was read as a second header row and
    # dropped with it: its name has four words, and only names of five or more counted. Its unit
    # under the header's "ĐVT" says it is a row.
    head = ["STT", "Các chỉ tiêu chủ yếu", "ĐVT", "Quyết toán năm 2021", "Dự toán giao năm 2022"]
    first = _grid(2, [head, ["1.1", "Thu nội địa", "Triệu đồng", "95.120", "99.000"]], 1, (43.6, 40.0, 798.6, 500.0))
    row = ["", "Thu phí, lệ phí", "Triệu đồng", "182702", ""]
    follows = _grid(3, [head, row, ["1.2", "Tổng chi ngân sách địa phương", "Triệu đồng", "617409", "659211"]], 2,
                    (43.6, 39.8, 798.6, 245.6))
    [table] = stitch_grids([first, follows])
    assert [r[1].text for r in table.rows[1:]] == ["Thu nội địa", "Thu phí, lệ phí", "Tổng chi ngân sách địa phương"]


def test_rows_under_other_column_numbers_are_not_remapped_under_the_table_above() -> None:
    # v2214: the first table of page 2, read from whitespace, starts with its column numbers
    # "A B 3 4" (its header stayed at the foot of page 1); the table above, ruled, is numbered
    # "(1) … (6)". Its four columns were remapped under the six above as a continuation, silently.
    # A continuation repeats its table's column numbers.
    def boxed(page: int, rows: list[list[str]], xs: list[tuple[float, float]], method: str) -> Grid:
        cells = tuple(tuple(GridCell(t, Provenance(page=page, bbox=(xs[c][0], 60.0 + 12 * r, xs[c][1], 68.0 + 12 * r)))
                            for c, t in enumerate(row)) for r, row in enumerate(rows))
        return Grid(rows=cells, header_rows=2, method=method,
                    provenance=Provenance(page=page, bbox=(xs[0][0], 60.0, xs[-1][1], 60.0 + 12 * len(rows))))

    six = [(60.0, 80.0), (90.0, 300.0), (310.0, 340.0), (350.0, 400.0), (410.0, 460.0), (470.0, 560.0)]
    above = boxed(1, [["STT", "Tên chỉ tiêu", "Đơn vị", "Năm 2025", "Năm 2030", "Cơ quan chủ trì"],
                      ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"],
                      ["1", "Tỷ lệ cán bộ được đào tạo", "%", "80", "100", "Các cơ quan"]], six, "pdfplumber-lines")
    four = [(62.0, 80.0), (90.0, 300.0), (400.0, 420.0), (480.0, 560.0)]
    body = [["A", "B", "3", "4"], ["1.", "Tỷ lệ giao dịch không dùng tiền mặt", "> 75", "72.16"],
            ["2.", "Tỷ lệ xã đạt chuẩn nông thôn mới", "85.6", "94.7"]]
    follows = replace(boxed(2, body, four, "words"), header_rows=1)
    assert len(stitch_grids([above, follows])) == 2
    # Numbered alike, it continues the table above.
    same = replace(boxed(2, [["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"], ["2", "Tỷ lệ xã đạt chuẩn", "%", "85", "90", ""]],
                         [(60.0, 80.0), (90.0, 300.0), (310.0, 340.0), (350.0, 400.0), (410.0, 460.0), (470.0, 520.0)], "words"),
                   header_rows=1)
    assert len(stitch_grids([above, same])) == 1


@pytest.mark.parametrize(
    ("value", "english", "vietnamese"),
    [
        ({"ocr_dpi": 20}, "ocr_dpi must be between 72 and 600", "ocr_dpi phải nằm trong khoảng từ 72 đến 600"),
        ({"colour": 1}, "unknown ExtractSettings keys: colour", "ExtractSettings không có mục: colour"),
        ({"layout": {"wrap_gap": 0}}, "layout setting wrap_gap must be positive", "thiết lập bố cục wrap_gap phải là số dương"),
        ({"quality": {"min_ratio_cells": 0}}, "quality setting min_ratio_cells must be at least 1",
         "thiết lập chất lượng min_ratio_cells phải từ 1 trở lên"),
    ],
)
def test_a_settings_error_keeps_its_english_and_is_said_in_vietnamese(value: dict, english: str, vietnamese: str) -> None:
    """Library callers get the English line they always got; whoever shows it to a reader says it
    in the reader's language (the extractor's settings errors were English only)."""
    from normalizers.messages import Said
    from reconcile.i18n import translator

    with pytest.raises(ValueError) as raised:
        ExtractSettings.resolve(value)
    (line,) = raised.value.args
    assert str(raised.value) == english
    assert isinstance(line, Said) and line.said.render(translator("vi")) == vietnamese
