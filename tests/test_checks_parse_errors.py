"""Unreadable cells where a figure belongs, on seed rows."""

from __future__ import annotations

from dataclasses import replace

from reconcile.engine.checks import document_to_findings
from reconcile.engine.checks.parse_errors import check_parse_errors
from reconcile.engine.settings import CheckSettings
from tests.checks_fixtures import (
    SEED000_BIEU01,
    SEED000_BIEU01_ROWS,
    SEED000_BIEU02,
    SEED000_BIEU02_ROWS,
    R,
    table_document,
)

DEFAULTS = CheckSettings()


def test_seed001_target_6_app_hides_a_ratio() -> None:
    # Seed 001 line 648 (OCR): target "6-App", actual "3 (Thực hiện đề án đến 2024-2026 từ 2-4 năm nữa)", ratio 3.
    row = R(
        "Máy dùng chỉ cần trong tôn giáo. Quan tâm công tác bồi dưỡng, kết hợp với Đảng để với quản công an",
        "Cột cầu", ["6-App", "3 (Thực hiện đề án đến 2024-2026 từ 2-4 năm nữa)", "3", "", ""],
    )
    (f,) = check_parse_errors(table_document(SEED000_BIEU02, [row]), DEFAULTS)
    assert (f.kind, f.severity, f.reported) == ("parse_error", "error", "6-App")
    assert f.column == "Chỉ tiêu (mục tiêu) chủ yếu của Đề án, NQ"
    assert "the ratio 'Lũy kế ước thực hiện đến hết năm 2024 so với chỉ tiêu (mục tiêu) ĐA, NQ đề ra' (3) was not checked" in f.message
    # The ratio check itself stays silent about it: one finding per problem.
    assert [g.kind for g in document_to_findings(table_document(SEED000_BIEU02, [row]))] == ["parse_error"]


def test_unreadable_ratio_is_an_error_and_other_cells_warnings() -> None:
    households = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa")
    cells = list(households.cells)
    cells[6] = "94,8,1"  # ratio column 9: "Ước thực hiện năm 2024/Kế hoạch năm 2024"
    cells[3] = "88..0"  # column 6: "Kế hoạch năm 2025", no ratio reads it
    findings = check_parse_errors(table_document(SEED000_BIEU01, [replace(households, cells=cells)]), DEFAULTS)
    by_column = {f.column: f for f in findings}
    assert by_column["So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024"].severity == "error"
    assert "its own recomputation was not checked" in by_column["So sánh / Ước thực hiện năm 2024/Kế hoạch năm 2024"].message
    assert by_column["Kế hoạch năm 2025"].severity == "warning"


def test_labels_and_blanks_are_not_parse_errors() -> None:
    assert check_parse_errors(table_document(SEED000_BIEU02, SEED000_BIEU02_ROWS), DEFAULTS) == []
    assert check_parse_errors(table_document(SEED000_BIEU01, SEED000_BIEU01_ROWS), DEFAULTS) == []


def test_a_sentence_in_a_value_column_is_not_a_damaged_figure() -> None:
    # Seed 001 line 646: a paragraph landed under the target header of an OCR'd table.
    row = R("", "", ["Cán bộ, công chức làm công tác tôn giáo được tập huấn, bồi dưỡng kiến thức về tôn giáo", "24", "24", "", ""])
    assert check_parse_errors(table_document(SEED000_BIEU02, [row]), DEFAULTS) == []
