"""The check registry, its settings object, and the order findings come out in."""

from __future__ import annotations

import pytest

from reconcile.engine.checks import CHECKS, document_to_findings
from reconcile.engine.findings import KINDS
from reconcile.engine.settings import CHECK_NAMES, CheckSettings
from tests.checks_fixtures import SEED000_BIEU01, SEED000_BIEU01_ROWS, SEED000_BIEU02, DocBuilder, R


def test_registry_names_match_the_settings() -> None:
    assert tuple(CHECKS) == CHECK_NAMES


def test_resolve_none_dict_instance() -> None:
    assert CheckSettings.resolve(None) == CheckSettings()
    s = CheckSettings(min_convention_ratios=3)
    assert CheckSettings.resolve(s) is s
    resolved = CheckSettings.resolve({"checks": ["ratios", "labels"], "truncation_tolerance": 2})
    assert resolved.checks == ("ratios", "labels") and resolved.truncation_tolerance == 2


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"tolerance": 1}, "unknown check settings: tolerance"),
        ({"checks": ["ratio"]}, "unknown checks: ratio"),
        ({"sum_policy": "loose"}, "sum_policy"),
        ({"convention_share": 0.3}, "convention_share"),
        ({"truncation_tolerance": 0}, "truncation_tolerance"),
        ({"label_tolerance": -1}, "label_tolerance"),
    ],
)
def test_resolve_refuses_bad_values(value: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        CheckSettings.resolve(value)


def test_resolve_refuses_other_types() -> None:
    with pytest.raises(TypeError):
        CheckSettings.resolve("ratios")  # type: ignore[arg-type]


def test_lower_is_better_keywords() -> None:
    s = CheckSettings()
    assert s.is_lower_better("Tỷ lệ hộ nghèo")
    assert s.is_lower_better("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể nhẹ cân")
    assert not s.is_lower_better("Mức giảm tỷ lệ hộ nghèo")
    assert not s.is_lower_better("Tỷ lệ hộ được sử dụng điện lưới quốc gia")


def _mixed_document():
    households = next(r for r in SEED000_BIEU01_ROWS if r.indicator == "Tỷ lệ hộ gia đình đạt tiêu chuẩn văn hóa")
    bad_ratio = R(households.indicator, "Ha", [*households.cells[:6], "98,4", *households.cells[7:]])
    b = DocBuilder(doc_id="000.txt")
    b.table(SEED000_BIEU01, [bad_ratio, SEED000_BIEU01_ROWS[5]])
    b.table(SEED000_BIEU02, [R("Tốc độ tăng trưởng khách du lịch đạt 20%/năm", "%", ["20", "17,5", "87,5", "Đạt", ""])])
    return b.build()


def test_findings_sorted_by_line_then_kind_then_indicator() -> None:
    findings = document_to_findings(_mixed_document())
    keys = [(f.line or 0, KINDS.index(f.kind), f.indicator or "") for f in findings]
    assert keys == sorted(keys)
    assert {f.kind for f in findings} == {"ratio_mismatch", "unit_mismatch", "label_mismatch"}
    assert [f.kind for f in findings if f.line == 2] == ["ratio_mismatch", "unit_mismatch"]


def test_only_enabled_checks_run() -> None:
    findings = document_to_findings(_mixed_document(), {"checks": ["labels"]})
    assert {f.kind for f in findings} == {"label_mismatch"}


def test_every_finding_names_its_document_and_row() -> None:
    for f in document_to_findings(_mixed_document()):
        assert f.document == "000.txt" and f.indicator and f.key and f.context and f.message
