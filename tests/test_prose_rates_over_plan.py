"""A rate printed after a count is no share of the total printed before it when it cannot be one
(``extractor.prose_wholes.count_rates_printed``): over 100 %, or naming the plan it is done over.

Reworded from the wordings prose28c met while testing "tỷ lệ" shares: "Thu nội địa 320 tỷ đồng, tỷ lệ
112%" under a total of 520 tỷ đồng and "… 2.500 lao động, tỷ lệ 95% kế hoạch" were held to the total
printed before and drew a false error. The true finding of the same shape stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.documents import file_to_document
from reconcile.engine import document_to_findings


def _errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "bao_cao.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return [f.message for f in document_to_findings(file_to_document(path)) if f.severity == "error"]


@pytest.mark.parametrize(
    "text",
    [
        "Tổng thu ngân sách trên địa bàn năm 2024 đạt 520 tỷ đồng. Thu nội địa 320 tỷ đồng, tỷ lệ 112%.",
        "Toàn huyện có 12.000 hộ dân cư; năm 2024 đã hỗ trợ sinh kế cho 1.200 hộ, tỷ lệ 12% kế hoạch.",
        "Toàn huyện có 12.000 hộ dân cư; năm 2024 đã hỗ trợ sinh kế cho 1.200 hộ, tỷ lệ 95% so với kế hoạch.",
        "Toàn huyện có 12.000 hộ dân cư; năm 2024 có 1.200 hộ được vay vốn, tỷ lệ 120% cùng kỳ.",
    ],
)
def test_a_rate_over_a_plan_is_no_share_of_the_total(tmp_path: Path, text: str) -> None:
    assert _errors(tmp_path, text) == []


def test_a_share_of_the_total_is_still_checked(tmp_path: Path) -> None:
    assert _errors(tmp_path, "Toàn huyện có 12.000 hộ dân cư; còn 1.200 hộ nghèo, tỷ lệ 10%.") == []
    (error,) = _errors(tmp_path, "Toàn huyện có 12.000 hộ dân cư; còn 1.200 hộ nghèo, tỷ lệ 12%.")
    assert "1.200 / 12.000" in error
