"""The golden corpus gate runs in the test suite: a lost golden finding or a new error fails it."""

from pathlib import Path

from reconcile.golden import run_golden

ROOT = Path(__file__).resolve().parent.parent


def test_golden_corpus_has_no_regressions() -> None:
    lines: list[str] = []
    code = run_golden(str(ROOT / "corpus"), str(ROOT / "golden"), echo=lines.append)
    report = "\n".join(lines)
    assert code == 0, report
    assert "no regressions" in report


def test_every_golden_finding_is_justified() -> None:
    import json

    for spec_file in sorted((ROOT / "golden" / "findings").glob("*.json")):
        spec = json.loads(spec_file.read_text(encoding="utf-8"))
        for entry in [*spec["findings"], *spec.get("tolerated", [])]:
            assert entry.get("why") and "TODO" not in entry["why"], (spec_file.name, entry)


def test_reference_findings_of_seed_000_against_001_are_golden() -> None:
    import json

    spec = json.loads((ROOT / "golden" / "findings" / "000_001_reconcile.json").read_text(encoding="utf-8"))
    pairs = {(e["kind"], e["reported"], e["expected"]) for e in spec["findings"]}
    assert ("value_mismatch", "83,9", "88.5") in pairs  # hộ gia đình văn hóa, 2024
    assert ("value_mismatch", "99,0", "99.9") in pairs  # điện lưới quốc gia
    assert ("place_name", "Tân Dương", "Tam Đường") in pairs
