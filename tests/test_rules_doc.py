"""docs/rules.md writes out every prose construction the tool reads, one real example each (issue 12)."""

from __future__ import annotations

from pathlib import Path

from extractor.prose_rules_doc import BEGIN, END, constructions, rewrite, section

RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_md_holds_the_constructions_as_the_code_states_them() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    assert BEGIN in text and END in text
    assert rewrite(text) == text, "docs/rules.md is stale: run python -m extractor.prose_rules_doc docs/rules.md"


def test_every_construction_is_named_and_quotes_an_example() -> None:
    for module, doc in constructions():
        assert doc.startswith("**"), f"{module}: a rule's docstring opens with its construction's name in bold"
        assert "\"" in doc or "“" in doc, f"{module}: {doc[:40]} quotes no example"


def test_a_changed_docstring_makes_the_page_stale() -> None:
    text = RULES_MD.read_text(encoding="utf-8")
    stale = text.replace(section(), section().replace("**Listed parts.**", "**Listed part.**"))
    assert rewrite(stale) == text and stale != text
