"""The layout-variation generator (corpus/variants.py), its truth, and the variant scorer.

The committed sample in ``tests/data/variants/`` (see its README) is regenerated and compared byte
for byte; the truth is checked against pdfplumber's own words and against its own arithmetic,
never against doisoat's extractor. The scorer is checked on documents built from the truth.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from benchmarks.variant_score import HeldOutError, check_range, score_diff, score_document
from corpus.variants import ALL_FEATURES, DEV_RANGE, relayout, render, scan, variant, write_seed
from extractor.model import Cell, Document, Row
from normalizers.numbers import ParsedValue

SAMPLE = Path(__file__).parent / "data" / "variants"
SAMPLE_SEEDS = (4, 6, 10, 11, 23)
NUMERIC = ("number", "range", "comparator", "fraction")


def _truth(name: str) -> dict[str, Any]:
    return json.loads((SAMPLE / f"{name}.truth.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------- determinism


@pytest.mark.parametrize("seed", SAMPLE_SEEDS)
def test_regenerated_sample_is_byte_identical(seed: int, tmp_path: Path) -> None:
    write_seed(seed, tmp_path)
    for made in sorted(tmp_path.glob(f"v{seed:04d}*")):
        committed = SAMPLE / made.name
        assert committed.is_file(), f"{made.name} is not in the sample: run python tests/data/variants/make_sample.py"
        assert made.read_bytes() == committed.read_bytes(), f"{made.name} drifted: generator changed?"


def test_same_seed_twice_gives_the_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_seed(77, a)
    write_seed(77, b)
    names = sorted(p.name for p in a.iterdir())
    assert names and names == sorted(p.name for p in b.iterdir())
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_scan_is_deterministic_and_image_only(tmp_path: Path) -> None:
    from corpus.make_scans import generator_versions

    v = variant(4)
    truth = render(v, tmp_path, "v0004")
    first = scan(v, truth, tmp_path, "v0004").read_bytes()
    second = scan(v, truth, tmp_path, "v0004").read_bytes()
    assert first == second
    with pdfplumber.open(tmp_path / "v0004_scan.pdf") as pdf:
        assert all(not page.chars for page in pdf.pages), "a scan has no text layer"
        assert pdf.metadata.get("Subject") == generator_versions()
        committed = (SAMPLE / "v0004_scan.pdf").read_bytes()
        if (SAMPLE / "v0004_scan.pdf").is_file() and generator_versions() in committed.decode("latin-1"):
            assert first == committed, "v0004_scan.pdf drifted: run python tests/data/variants/make_sample.py"


# ---------------------------------------------------------------------------------------- truth vs pdfplumber


def _page_tokens(pdf: Any, page: int) -> Counter:
    words = pdf.pages[page - 1].extract_words(use_text_flow=False)
    return Counter(w["text"] for w in words)


@pytest.mark.parametrize("name", [f"v{s:04d}" for s in SAMPLE_SEEDS] + ["v0006_edited", "v0010_edited"])
def test_truth_is_what_pdfplumber_reads_on_the_page(name: str) -> None:
    """Every name, figure and header word of the truth is printed on the page the truth says."""
    truth = _truth(name)
    with pdfplumber.open(SAMPLE / f"{name}.pdf") as pdf:
        assert len(pdf.pages) == truth["pages"]
        tokens = {p: _page_tokens(pdf, p) for p in range(1, truth["pages"] + 1)}
        for table in truth["tables"]:
            assert table["pages"], "every table is printed somewhere"
            for row in table["rows"]:
                assert row["page"] in table["pages"]
                page_words = tokens[row["page"]]
                need = Counter(row["printed"].split())
                for cell in row["cells"]:
                    need.update(cell["raw"].split())
                missing = need - page_words
                assert not missing, f"{name} p{row['page']}: {dict(missing)} of {row['printed']!r} not printed"
            # Centred header cells of different heights chain into one "line" in pdfplumber's word
            # clustering, so the header is checked on characters: a merged cell prints its text
            # once where the grid repeats it along the row.
            chars = Counter(c["text"] for c in pdf.pages[table["pages"][0] - 1].chars if not c["text"].isspace())
            printed = [t for r in table["header"] for k, t in enumerate(r) if t and (k == 0 or r[k - 1] != t)]
            need_chars = Counter(ch for t in printed for ch in t if not ch.isspace())
            assert not need_chars - chars, dict(need_chars - chars)


# ---------------------------------------------------------------------------------------- truth arithmetic


def _rows(truth: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(t, r) for t in truth["tables"] for r in t["rows"]]


@pytest.mark.parametrize("seed", range(0, 60))
def test_truth_arithmetic_holds(seed: int, tmp_path: Path) -> None:
    """Synthetic ratios recompute, "Chia ra" children add up, parents precede children, labels fit."""
    truth = write_seed(seed, tmp_path, edits=False)
    for table, row in _rows(truth):
        synthetic = table["source"].startswith("synthetic")
        if row["parent"] is not None:
            assert 0 <= row["parent"] < table["rows"].index(row)
            assert table["rows"][row["parent"]]["kind"] == "indicator"
        if row["section"] is not None:
            assert re.fullmatch(r"[A-Za-z0-9]+(\.[A-Za-z0-9]+)*", row["section"]), row["section"]
        for cell in row["cells"]:
            assert cell["kind"] in (*NUMERIC, "label", "dash")
            if cell["kind"] == "comparator":
                assert cell["op"] in (">", ">=", "<", "<=")
            if cell["kind"] == "range":
                assert cell["low"] < cell["high"]
        if not synthetic:
            continue
        # Ratio columns: find the printed ratio and check it against some quotient of the row's figures.
        figures = [c for c in row["cells"] if c["kind"] == "number" and c["role"] != "ratio"]
        for c in row["cells"]:
            if c["role"] == "ratio" and c["kind"] == "number":
                decimals = len(c["raw"].rstrip("%").replace(",", ".").split(".")[1]) if re.search(r"[.,]\d+%?$", c["raw"]) else 0
                tol = 0.5 * 10 ** -decimals + 1e-9
                assert any(
                    b["value"] and math.isclose(a["value"] / b["value"] * 100, c["value"], abs_tol=tol)
                    for a in figures for b in figures if a is not b
                ), f"v{seed}: ratio {c['raw']} of {row['indicator']!r} does not recompute"
    for table in truth["tables"]:
        for k, row in enumerate(table["rows"]):
            if not row["partition"]:
                continue
            kids = [r for r in table["rows"] if r["parent"] == k]
            assert kids
            for cell in row["cells"]:
                if cell["kind"] != "number" or cell["role"] == "ratio":
                    continue
                parts = [c["value"] for r in kids for c in r["cells"] if c["column_index"] == cell["column_index"]]
                assert math.isclose(sum(parts), cell["value"], abs_tol=1e-6), (row["indicator"], cell["raw"], parts)


def test_broken_variants_expect_a_doubt_and_clean_ones_none() -> None:
    for seed in SAMPLE_SEEDS:
        truth = _truth(f"v{seed:04d}")
        assert truth["expect_doubt"] == truth["broken"] == any(t["broken"] for t in truth["tables"])
    assert _truth("v0011")["broken"]


def test_edit_pair_truth_lists_every_changed_printed_cell() -> None:
    for seed in (6, 10):
        old, new = _truth(f"v{seed:04d}"), _truth(f"v{seed:04d}_edited")
        edits = new["edits"]
        k = edits["table"]
        before = Counter((r["indicator"], c["column"], c["raw"]) for r in old["tables"][k]["rows"] for c in r["cells"])
        after = Counter((r["indicator"], c["column"], c["raw"]) for r in new["tables"][k]["rows"] for c in r["cells"])
        renamed_new = {b for _, b in edits["renamed"]}
        renamed_old = {a for a, _ in edits["renamed"]}
        gone = {key for key in before - after if key[0] not in set(edits["removed"]) | renamed_old}
        came = {key for key in after - before if key[0] not in set(edits["added"]) | renamed_new}
        assert gone == {(c["indicator"], c["column"], c["old"]) for c in edits["changes"] if c["old"]}
        assert came == {(c["indicator"], c["column"], c["new"]) for c in edits["changes"] if c["new"]}
        assert edits["changes"], "every edit pair changes at least one figure"


# ---------------------------------------------------------------------------------------- coverage


# The rarest feature's first seed today (broken_header_garbled: seed 164; every other feature is
# drawn by seed 20), tried first: the loop then stops after ~22 seeds, not 165 (each drawn to a PDF,
# the suite's slowest test). Only the order changes: the whole range follows, so a feature that moves
# to another seed is still found there, and one that no seed draws still fails the test.
_RARE_FEATURE_SEEDS = (164,)


def test_every_feature_is_reachable_from_the_development_range(tmp_path: Path) -> None:
    seen: set[str] = set()
    for seed in dict.fromkeys((*_RARE_FEATURE_SEEDS, *DEV_RANGE)):
        truth = write_seed(seed, tmp_path, edits=False)
        seen.update(truth["features"])
        seen.update(truth["scan_features"])
        if seen >= ALL_FEATURES:
            break
    assert ALL_FEATURES <= seen, f"never generated in 0-499: {sorted(ALL_FEATURES - seen)}"
    assert seen <= ALL_FEATURES, f"features missing from ALL_FEATURES: {sorted(seen - ALL_FEATURES)}"


def test_relayout_prints_the_same_content_differently(tmp_path: Path) -> None:
    """The metamorphic API: one content, two layouts, the same truth cells."""
    v = variant(12)
    w = relayout(v, 1012)
    assert w.layout != v.layout and w.contents == v.contents
    a, b = render(v, tmp_path, "a"), render(w, tmp_path, "b")

    def cells(truth: dict[str, Any]) -> Counter:
        return Counter((r["indicator"], c["role"], c["period"], c["raw"].replace(".", "").replace(",", ""))
                       for _, r in _rows(truth) for c in r["cells"] if c["kind"] == "number" and c["raw"].isascii())

    values = lambda t: Counter((r["indicator"], c["role"], c["period"], c.get("value")) for _, r in _rows(t) for c in r["cells"])  # noqa: E731
    assert values(a) == values(b)
    assert cells(a)


def test_held_out_seeds_are_refused_without_the_flag() -> None:
    with pytest.raises(HeldOutError):
        check_range([499, 500], heldout=False)
    check_range([500, 999], heldout=True)
    check_range(range(0, 500), heldout=False)
    from benchmarks.score_variants import main

    assert main(["500-502"]) == 2


# ---------------------------------------------------------------------------------------- scorer


def _perfect_document(truth: dict[str, Any]) -> Document:
    """The document a perfect extractor would return for this truth (built from the truth itself)."""
    rows = []
    for t, r in _rows(truth):
        cells = []
        for c in r["cells"]:
            kind = c["kind"] if c["kind"] != "dash" else "blank"
            pv = ParsedValue(raw=c["raw"], kind=kind, value=c.get("value"), low=c.get("low"), high=c.get("high"),
                             op=c.get("op"), den=c.get("den"), label=c.get("label"))
            cells.append(Cell(column=c["column"], role=c["role"], value=pv, period=c["period"], column_index=c["column_index"]))
        parent = None
        if r["parent"] is not None:
            parent = len(rows) - t["rows"].index(r) + r["parent"]
        rows.append(Row(document="x", index=len(rows), indicator=r["indicator"], key="", cells=tuple(cells),
                        table=t["number"], section=r["section"], unit=r["unit"], parent=parent))
    return Document(id="x", path="x", sha256="", pages=truth["pages"], format="pdf", rows=tuple(rows))


def test_scorer_gives_a_perfect_document_full_marks_and_counts_one_wrong_cell() -> None:
    truth = _truth("v0004")
    doc = _perfect_document(truth)
    score, missed, spurious = score_document(truth, doc, [])
    assert score.cells_truth > 50 and score.cells_exact == score.cells_truth == score.cells_extracted
    assert score.names_exact == score.names_truth and score.sections_exact == score.rows_matched
    assert score.parents_exact == score.parents_truth and score.labels_exact == score.labels_truth
    assert score.clean == 1 and score.clean_with_doubt == 0 and not missed and not spurious
    # One figure read under the wrong period is one miss and one spurious cell.
    row = next(r for r in doc.rows if r.cells)
    bad = row.cells[0].__class__(**{**row.cells[0].__dict__, "period": "1999"})
    worse = [r if r is not row else r.__class__(**{**r.__dict__, "cells": (bad, *r.cells[1:])}) for r in doc.rows]
    score2, missed2, spurious2 = score_document(truth, Document(**{**doc.__dict__, "rows": tuple(worse)}), [])
    assert score2.cells_exact == score.cells_exact - 1 and len(missed2) == len(spurious2) == 1


def test_scorer_lists_a_row_filed_under_another_heading() -> None:
    truth = _truth("v0004")
    doc = _perfect_document(truth)
    row = next(r for r in doc.rows if r.cells and r.section)
    worse = [r if r is not row else r.__class__(**{**r.__dict__, "section": "A. KINH TẾ GARBLED"}) for r in doc.rows]
    score, missed, _ = score_document(truth, Document(**{**doc.__dict__, "rows": tuple(worse)}), [])
    assert score.sections_exact == score.rows_matched - 1
    assert missed == [f"section {row.indicator} | want {row.section!r} | got 'A. KINH TẾ GARBLED'"]


def test_scorer_counts_doubts_on_broken_variants() -> None:
    truth = _truth("v0011")

    class Finding:
        kind = "extraction_doubt"

    assert score_document(truth, _perfect_document(truth), [Finding()])[0].broken_with_doubt == 1
    assert score_document(truth, _perfect_document(truth), [])[0].broken_with_doubt == 0


def test_diff_scorer_matches_changes_by_indicator_role_period_and_values() -> None:
    from reconcile.engine.diff import Change, Diff

    edits = _truth("v0006_edited")["edits"]
    right = [Change(indicator=c["indicator"], key="", column=c["column"], role=c["role"], period=c["period"],
                    old=c["old"], new=c["new"], old_value=c["old_value"], new_value=c["new_value"]) for c in edits["changes"]]
    empty = Document(id="x", path="x", sha256="", pages=1, format="pdf")
    s = score_diff(edits, Diff(old=empty, new=empty, changes=tuple(right), added=(), removed=(), renamed=()))
    assert s.diff_matched == s.diff_truth == s.diff_reported > 0
    wrong = [*right, Change(indicator="?", key="", column="", role="plan", period=None, old="1", new="2", old_value=1, new_value=2)]
    s = score_diff(edits, Diff(old=empty, new=empty, changes=tuple(wrong), added=(), removed=(), renamed=()))
    assert s.diff_reported == s.diff_truth + 1 and s.diff_matched == s.diff_truth


def test_an_evaluation_word_retyped_in_another_case_is_no_expected_change() -> None:
    # v0348's edited copy: the row's figures changed, its ratio still >= 100, and the generator
    # printed its evaluation "Đạt" where the original printed "đạt". Printed differently but
    # equal (the diff compares evaluation words by their canonical form): not a change to find.
    from reconcile.engine.diff import Change, Diff

    edits = _truth("v0006_edited")["edits"]
    right = [Change(indicator=c["indicator"], key="", column=c["column"], role=c["role"], period=c["period"],
                    old=c["old"], new=c["new"], old_value=c["old_value"], new_value=c["new_value"]) for c in edits["changes"]]
    retyped = {**edits["changes"][0], "role": "evaluation", "period": None, "old": "đạt", "new": "Đạt",
               "old_value": None, "new_value": None}
    relabelled = {**retyped, "old": "Chưa đạt"}
    empty = Document(id="x", path="x", sha256="", pages=1, format="pdf")
    s = score_diff({**edits, "changes": [*edits["changes"], retyped]}, Diff(old=empty, new=empty, changes=tuple(right), added=(), removed=(), renamed=()))
    assert s.diff_truth == s.diff_matched == s.diff_reported == len(edits["changes"])
    # A verdict that changed is a change.
    s = score_diff({**edits, "changes": [*edits["changes"], relabelled]}, Diff(old=empty, new=empty, changes=tuple(right), added=(), removed=(), renamed=()))
    assert s.diff_truth == len(edits["changes"]) + 1


def test_an_edited_row_is_named_under_the_truth_s_convention_without_its_trailing_semicolon() -> None:
    # v3212, v3411, v3516, v3722: an edit pair changed a figure of "... phổ cập kỹ năng số cơ bản;"
    # (a list item ending with ';'); the truth's rows drop that trailing punctuation, the edits
    # kept it, and a right diff counted as one false and one missed change.
    from reconcile.engine.diff import Change, Diff

    edits = _truth("v0006_edited")["edits"]
    listed = [{**c, "indicator": c["indicator"] + ";"} for c in edits["changes"]]
    right = [Change(indicator=c["indicator"], key="", column=c["column"], role=c["role"], period=c["period"],
                    old=c["old"], new=c["new"], old_value=c["old_value"], new_value=c["new_value"]) for c in edits["changes"]]
    empty = Document(id="x", path="x", sha256="", pages=1, format="pdf")
    s = score_diff({**edits, "changes": listed}, Diff(old=empty, new=empty, changes=tuple(right), added=(), removed=(), renamed=()))
    assert s.diff_matched == s.diff_truth == s.diff_reported > 0


def test_a_period_the_header_does_not_print_may_be_read_as_none_and_only_then(tmp_path: Path) -> None:
    """'So sánh (%) / UTH/KH' prints no year: None is accepted beside the numerator's period."""
    truth = write_seed(9, tmp_path, edits=False)
    loose = [c for _, r in _rows(truth) for c in r["cells"] if not c["period_printed"]]
    strict = [c for _, r in _rows(truth) for c in r["cells"] if c["period_printed"] and c["period"]]
    assert loose and strict
    doc = _perfect_document(truth)

    def with_period_none(columns: set[str]) -> Document:
        rows = []
        for row in doc.rows:
            cells = tuple(c.__class__(**{**c.__dict__, "period": None}) if c.column in columns else c for c in row.cells)
            rows.append(row.__class__(**{**row.__dict__, "cells": cells}))
        return Document(**{**doc.__dict__, "rows": tuple(rows)})

    full = score_document(truth, doc, [])[0].cells_exact
    assert score_document(truth, with_period_none({c["column"] for c in loose}), [])[0].cells_exact == full
    assert score_document(truth, with_period_none({strict[0]["column"]}), [])[0].cells_exact < full


# ---------------------------------------------------------------------------------------- forcing


def test_forcing_turns_features_on_for_development_seeds_only(tmp_path: Path) -> None:
    from corpus.variants import FORCIBLE, check_force

    with pytest.raises(ValueError, match="development seeds"):
        check_force(["stt_in_name"], [12, 500])
    with pytest.raises(ValueError, match="cannot force"):
        check_force(["no_such_feature"], [12])
    assert check_force([], [500]) == frozenset()
    assert "continuation_no_header" in FORCIBLE
    from benchmarks.score_variants import main

    assert main(["498-501", "--force", "rotated"]) == 2
    # Seed 4 draws none of these; forced, its truth says it has them.
    plain = variant(4)
    assert not plain.layout.tables[0].stt_in_name and plain.layout.orientation != "rotated"
    truth = write_seed(4, tmp_path, force=["stt_in_name", "rotated", "unruled"], edits=False)
    assert {"stt_in_name", "rotated", "unruled"} <= set(truth["features"])
    assert truth["forced"] == ["rotated", "stt_in_name", "unruled"]
    # Forcing never changes the unforced variant (the committed sample stays byte-identical).
    assert variant(4) == plain


def test_a_page_fed_sideways_is_drawn_from_seed_11000_on_only_and_forced_anywhere(tmp_path: Path) -> None:
    from corpus.variants import LATE_FEATURES, LATE_FEATURES_FROM

    # The measured ranges are defined by the generator: no seed below 11000 draws it.
    assert not any(variant(seed).layout.scan.sideways for seed in range(0, 1500, 3))
    late = [variant(seed).layout for seed in range(LATE_FEATURES_FROM, LATE_FEATURES_FROM + 60)]
    turned = [lay for lay in late if lay.scan.sideways]
    assert turned and all(lay.orientation != "portrait" for lay in turned)
    assert {lay.scan.sideways[1] for lay in turned} == {90, 270}
    assert "page_sideways" in LATE_FEATURES and not LATE_FEATURES & ALL_FEATURES
    # Forced on seed 4 (one landscape page): the scan's page is the text layer's page turned.
    truth = write_seed(4, tmp_path, force=["page_sideways"], scan_copy=True, edits=False)
    assert "page_sideways" in truth["scan_features"] and tuple(truth["layout"]["scan"]["sideways"]) in ((1, 90), (1, 270))
    with pdfplumber.open(tmp_path / "v0004.pdf") as text, pdfplumber.open(tmp_path / "v0004_scan.pdf") as scanned:
        w, h = text.pages[0].width, text.pages[0].height
        sw, sh = scanned.pages[0].width, scanned.pages[0].height
    assert w > h and sw < sh and math.isclose(sw, h, rel_tol=0.01) and math.isclose(sh, w, rel_tol=0.01)
    # Unforced, the truth does not even name the feature (truth files of old seeds stay byte-identical).
    assert "sideways" not in write_seed(4, tmp_path / "plain", edits=False)["layout"]["scan"]
