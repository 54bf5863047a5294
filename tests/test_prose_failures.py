"""A prose reading that fails is said in the document's warnings, never dropped in silence."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor.prose_links as prose_links
from extractor.documents import ExtractSettings, file_to_document

ROOT = Path(__file__).resolve().parent.parent
NAM_DONG = ROOT / "corpus" / "003_58059cd68c956849.txt"


def test_a_document_whose_prose_rules_all_work_has_no_failure_warning() -> None:
    doc = file_to_document(NAM_DONG, ExtractSettings(cache_dir=None))
    assert not any("readings failed" in w for w in doc.warnings)


def test_a_passage_rule_that_raises_is_named_in_the_warnings_and_the_rows_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    before = file_to_document(NAM_DONG, ExtractSettings(cache_dir=None))

    def share_rule_that_breaks(passage: object, edits: object) -> None:
        raise ValueError("an odd passage")

    monkeypatch.setattr(prose_links, "RULES", (*prose_links.RULES, share_rule_that_breaks))
    after = file_to_document(NAM_DONG, ExtractSettings(cache_dir=None))
    said = [w for w in after.warnings if "readings failed" in w]
    assert len(said) == 1 and "share_rule_that_breaks" in said[0]
    assert len(after.rows) == len(before.rows)
