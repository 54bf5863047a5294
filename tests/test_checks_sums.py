"""Totals against their parts, on breakdowns printed in seed 003 (Nam Đông) and the seed 000 tables."""

from __future__ import annotations

from dataclasses import replace

from reconcile.engine.checks.sums import check_sums
from reconcile.engine.settings import CheckSettings
from tests.checks_fixtures import SEED000_BIEU01, SEED000_BIEU01_ROWS, DocBuilder, P, Prose, R, table_document

DEFAULTS = CheckSettings()

# Seed 003: "Tổng giá trị sản xuất ngành Nông - Lâm - Thủy sản trong 6 tháng là 184,693 tỷ đồng ... Trong đó:
# Giá trị sản xuất nông nghiệp là 119,008 tỷ đồng ...; lâm nghiệp là 57,589 tỷ đồng ...; thủy sản là 8,096 tỷ đồng".
VALUE_PARTS = [("nông nghiệp", "119,008"), ("lâm nghiệp", "57,589"), ("thủy sản", "8,096")]


def _production(total: str = "184,693", parts=VALUE_PARTS, unit: str = "tỷ đồng", part_unit: str | None = None):
    b = DocBuilder(doc_id="003.txt")
    b.prose(Prose("Tổng giá trị sản xuất ngành Nông - Lâm - Thủy sản", [P("actual", total)], unit, partition=True))
    for name, value in parts:
        b.prose(Prose(f"Giá trị sản xuất {name}", [P("actual", value)], part_unit or unit, parent=0))
    return b.build()


def _herds(cattle: str = "2.830"):
    # "Phát triển đàn gia súc 4.755/5.450 con, đạt 87,24%KH (trong đó: Đàn bò 2.830/3.400 con đạt 83,23% KH;
    # đàn trâu 1.925/2.050 con, đạt 93,9%KH)"
    def figures(actual: str, plan: str, ratio: str) -> list[P]:
        return [P("actual", actual), P("plan", plan), P("ratio", ratio, "ratio", (0, 1))]

    b = DocBuilder(doc_id="003.txt")
    b.prose(Prose("Phát triển đàn gia súc", figures("4.755", "5.450", "87,24%"), "con", partition=True))
    b.prose(Prose("Đàn bò", figures(cattle, "3.400", "83,23%"), "con", parent=0))
    b.prose(Prose("Đàn trâu", figures("1.925", "2.050", "93,9%"), "con", parent=0))
    return b.build()


def test_seed003_production_value_adds_up() -> None:
    assert check_sums(_production(), DEFAULTS) == []


def test_a_misread_part_is_an_error_with_its_culprit() -> None:
    parts = [("nông nghiệp", "119,608"), *VALUE_PARTS[1:]]
    (f,) = check_sums(_production(parts=parts), DEFAULTS)
    assert (f.kind, f.severity) == ("sum_mismatch", "error")
    assert f.message.startswith("119,608 + 57,589 + 8,096 = 185,293 tỷ đồng")
    assert (f.reported, f.expected) == ("184,693", "185,293")
    assert f.culprit == "Giá trị sản xuất nông nghiệp / actual: 119,608 -> 119,008"
    assert f.indicator == "Tổng giá trị sản xuất ngành Nông - Lâm - Thủy sản"


def test_herd_breakdown_adds_up_in_both_columns() -> None:
    assert check_sums(_herds(), DEFAULTS) == []


def test_swapped_digits_break_the_sum_and_the_ratio_and_one_cell_explains_both() -> None:
    from reconcile.engine.checks.ratios import check_ratios

    doc = _herds(cattle="2.380")
    (total,) = check_sums(doc, DEFAULTS)
    assert total.severity == "error" and total.culprit == "Đàn bò / actual: 2.380 -> 2.830"
    (ratio,) = [f for f in check_ratios(doc, DEFAULTS) if f.severity == "error"]
    assert ratio.indicator == "Đàn bò" and ratio.culprit == "actual: 2.380 -> 2.830"


def test_within_the_rounding_of_the_printed_parts() -> None:
    # "Tổng sản lượng lương thực có hạt là 2.640/4.450 tấn ... (trong đó lúa 1.744,6 tấn; ngô 895,9 tấn)":
    # 2.640,5 against 2.640 is within h = 0,5 + 0,05 + 0,05.
    b = DocBuilder(doc_id="003.txt")
    b.prose(Prose("Tổng sản lượng lương thực có hạt", [P("actual", "2.640")], "tấn", partition=True))
    b.prose(Prose("lúa", [P("actual", "1.744,6")], "tấn", parent=0))
    b.prose(Prose("ngô", [P("actual", "895,9")], "tấn", parent=0))
    doc = b.build()
    assert check_sums(doc, DEFAULTS) == []
    (f,) = check_sums(doc, CheckSettings(sum_policy="exact"))
    assert f.severity == "error" and f.expected == "2.641"


def test_parts_in_other_convertible_units() -> None:
    parts = [("nông nghiệp", "119.008"), ("lâm nghiệp", "57.589"), ("thủy sản", "8.096")]
    assert check_sums(_production(parts=parts, part_unit="triệu đồng"), DEFAULTS) == []
    wrong = [("nông nghiệp", "119.008"), ("lâm nghiệp", "57.589"), ("thủy sản", "9.096")]
    (f,) = check_sums(_production(parts=wrong, part_unit="triệu đồng"), DEFAULTS)
    assert "(converted to tỷ đồng)" in f.message and f.expected == "185,693"


def test_parts_in_units_that_do_not_convert_are_an_info() -> None:
    (f,) = check_sums(_production(part_unit="ha"), DEFAULTS)
    assert f.severity == "info" and "do not convert" in f.message


def test_seed000_subset_is_not_a_sum() -> None:
    rows = SEED000_BIEU01_ROWS[2:4]
    assert rows[1].indicator.startswith("Trong đó") and rows[1].parent == 2
    shifted = [rows[0], replace(rows[1], parent=0)]
    assert check_sums(table_document(SEED000_BIEU01, shifted), DEFAULTS) == []


def test_a_subset_larger_than_its_whole_is_a_warning() -> None:
    # The planting column of "Trong đó: Diện tích trồng mới" reprinted with a slipped separator.
    tea, new = SEED000_BIEU01_ROWS[2], SEED000_BIEU01_ROWS[3]
    cells = list(new.cells)
    cells[4] = "3.862,8"
    (f,) = check_sums(table_document(SEED000_BIEU01, [tea, replace(new, cells=cells, parent=0)]), DEFAULTS)
    assert (f.severity, f.reported) == ("warning", "2.222,34")
    assert f.column == "Ước thực hiện giai đoạn 2021 - 2024" and "cannot exceed" in f.message


def test_percentages_are_never_summed_as_a_subset() -> None:
    rows = [
        R("Tỷ lệ hộ nghèo", "%", ["10,14", "", "", "", "", "", "", "", ""]),
        R("Trong đó: Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số", "%", ["16,81", "", "", "", "", "", "", "", ""], parent=0),
    ]
    assert check_sums(table_document(SEED000_BIEU01, rows), DEFAULTS) == []


def test_a_table_s_chia_ra_parts_that_miss_their_total_are_an_error(tmp_path) -> None:
    # Read from a table: "Chia ra:" lists every part of "Tổng số hộ", so they must add up to it
    # (a partition, as "chia ra" says in running text); "Trong đó" would list some only.
    from extractor.documents import ExtractSettings, file_to_document

    table = ("BIỂU 01\nSTT\tChỉ tiêu\tĐVT\tKH năm 2024\tTH năm 2024\n1\tTổng số hộ\tHộ\t15.000\t15.200\n\tChia ra:\t\t\t\n"
             "-\tThành thị\tHộ\t5.000\t5.100\n-\tNông thôn\tHộ\t10.000\t{rural}\n2\tDiện tích cây chè\tHa\t2.200\t2.202\n")
    path = tmp_path / "b.tsv"
    path.write_text(table.format(rural="10.100"), encoding="utf-8")
    assert check_sums(file_to_document(path, ExtractSettings()), DEFAULTS) == []
    path.write_text(table.format(rural="10.300"), encoding="utf-8")
    [f] = check_sums(file_to_document(path, ExtractSettings()), DEFAULTS)
    assert (f.kind, f.severity, f.indicator, f.reported) == ("sum_mismatch", "error", "Tổng số hộ", "15.200")
    # Listed by "Trong đó", the parts may leave some out: only more than the whole is wrong.
    path.write_text(table.format(rural="10.000").replace("Chia ra:", "Trong đó:"), encoding="utf-8")
    assert check_sums(file_to_document(path, ExtractSettings()), DEFAULTS) == []
    path.write_text(table.format(rural="10.300").replace("Chia ra:", "Trong đó:"), encoding="utf-8")
    assert [f.severity for f in check_sums(file_to_document(path, ExtractSettings()), DEFAULTS)] == ["warning"]
