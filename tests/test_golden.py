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


def _one_spec_golden(tmp_path: Path) -> Path:
    """A golden folder with seed 004's spec, one golden finding removed (so its error is 'new')."""
    import json

    spec = json.loads((ROOT / "golden" / "findings" / "004_check.json").read_text(encoding="utf-8"))
    spec["findings"] = spec["findings"][1:]
    folder = tmp_path / "golden"
    (folder / "findings").mkdir(parents=True)
    (folder / "findings" / "004_check.json").write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return folder


def test_update_asks_and_keeps_the_file_when_told_no(tmp_path: Path) -> None:
    folder = _one_spec_golden(tmp_path)
    before = (folder / "findings" / "004_check.json").read_text(encoding="utf-8")
    asked: list[str] = []
    code = run_golden(str(ROOT / "corpus"), str(folder), update=True, echo=lambda _: None,
                      confirm=lambda q: asked.append(q) or False)
    assert code == 1 and len(asked) == 1 and "004_check.json" in asked[0]
    assert (folder / "findings" / "004_check.json").read_text(encoding="utf-8") == before


def test_update_with_yes_rewrites_new_entries_marked_todo(tmp_path: Path) -> None:
    import json

    folder = _one_spec_golden(tmp_path)
    lines: list[str] = []
    code = run_golden(str(ROOT / "corpus"), str(folder), update=True, echo=lines.append)  # confirm=None: --yes
    assert code == 0, "\n".join(lines)
    spec = json.loads((folder / "findings" / "004_check.json").read_text(encoding="utf-8"))
    todo = [e for e in spec["findings"] if e["why"].startswith("TODO")]
    assert len(todo) == 1 and todo[0]["reported"] == "24,3%"
    assert run_golden(str(ROOT / "corpus"), str(folder), echo=lambda _: None) == 0
