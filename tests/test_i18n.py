"""Vietnamese by default, English with --lang en, through one gettext catalog (issue 13 §4).

The catalog must hold every message id the source and templates use, translated, with the same
placeholders; every seed finding must carry its message as data and render in both languages;
numbers the tool computes are printed in the document's own style, not the reader's language.
"""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po
from click.testing import CliRunner

from extractor.documents import file_to_document
from reconcile.cli import main
from reconcile.engine import documents_to_findings
from reconcile.engine.findings import Finding
from reconcile.engine.messages import Msg, Num
from reconcile.i18n import DEFAULT_LANGUAGE, Language, catalog, translator
from reconcile.writers import html, json_writer, table
from tests.test_writers import seed_check_result

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED = {p.name[:3]: p for p in CORPUS.glob("00[0-4]_*.txt")}
PO = ROOT / "reconcile" / "locale" / "vi" / "LC_MESSAGES" / "doisoat.po"
POT = ROOT / "reconcile" / "locale" / "doisoat.pot"
CLICK_PO = ROOT / "reconcile" / "locale" / "vi" / "LC_MESSAGES" / "click.po"
CLICK_POT = ROOT / "reconcile" / "locale" / "click.pot"


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _ids(path: Path) -> dict[str | tuple[str, ...], object]:
    with path.open("rb") as fh:
        return {(m.id if isinstance(m.id, str) else tuple(m.id)): m.string for m in read_po(fh) if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str | tuple[str, ...], object]:
    """What ``make messages`` extracts from the source and templates now."""
    out = tmp_path_factory.mktemp("pot") / "doisoat.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(ROOT / "babel.cfg"), "-k", "N_",
                                "-k", "Np_:1,2", "--no-location", "-o", str(out), str(ROOT)])
    return _ids(out)


def test_every_message_id_in_the_source_has_a_vietnamese_translation(extracted: dict) -> None:
    assert len(extracted) > 200
    vi = catalog("vi")
    missing = [k for k in extracted if k not in vi]
    assert missing == [], "run `make messages` and translate these in the vi catalog (docs/messages.md)"
    assert set(extracted) == set(_ids(POT)), "reconcile/locale/doisoat.pot is out of step: run `make messages`"


def test_every_word_click_says_is_in_the_catalog_and_translated(tmp_path: Path) -> None:
    """click's own strings (usage, errors, help), extracted from the click installed now, as ``make
    messages`` does: a click upgrade with new words fails here until they are translated."""
    import click

    out = tmp_path / "click.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-k", "_", "-k", "ngettext:1,2", "--no-location",
                                "-o", str(out), str(Path(click.__file__).parent)])
    extracted = _ids(out)
    assert len(extracted) > 50 and "Usage:" in extracted
    assert set(extracted) == set(_ids(CLICK_POT)), "reconcile/locale/click.pot is out of step with click: run `make messages`"
    vi = catalog("vi")
    assert [k for k in extracted if k not in vi] == [], "translate these in vi/LC_MESSAGES/click.po"


@pytest.mark.parametrize("po_file", [PO, CLICK_PO], ids=["doisoat", "click"])
def test_every_translation_keeps_the_placeholders_of_its_id(po_file: Path) -> None:
    with po_file.open("rb") as fh:
        po = read_po(fh, locale="vi")
    for m in po:
        if not m.id:
            continue
        ids = (m.id,) if isinstance(m.id, str) else tuple(m.id)
        strings = (m.string,) if isinstance(m.string, str) else tuple(m.string)
        assert strings and all(strings), f"untranslated: {m.id!r}"
        for s in strings:
            assert _placeholders(s) == _placeholders(ids[-1]), (m.id, s)
            assert "%(" not in ids[0] or set(re.findall(r"%\((\w+)\)", s)) == set(re.findall(r"%\((\w+)\)", ids[0]))


def _msgs(m: object) -> list[Msg]:
    if isinstance(m, Msg):
        return [m, *(x for _, v in m.params for x in _msgs(v))]
    if isinstance(m, tuple):
        return [x for v in m for x in _msgs(v)]
    return []


@pytest.fixture(scope="module")
def seed_findings() -> list[Finding]:
    findings, _ = documents_to_findings([file_to_document(SEED[k]) for k in sorted(SEED)], across_documents=True)
    return findings


def test_every_seed_finding_is_a_message_id_with_parameters_rendered_in_both_languages(seed_findings: list[Finding]) -> None:
    vi, en = translator("vi"), translator("en")
    for f in seed_findings:
        assert f.text is not None, (f.kind, f.line, f.message)
        assert f.render(en) == f.message == f.text.render()
        for m in _msgs(f.text):
            # Only the joining templates ("{parts}", "{text}") are the same in both languages.
            assert vi(m.id) != m.id or not re.search(r"[^\W\d_]", re.sub(r"\{\w+\}", "", m.id)), m.id
        assert f.render(vi) != f.message, f.message


def test_numbers_in_messages_keep_the_documents_own_style(seed_findings: list[Finding]) -> None:
    vi = translator("vi")
    by_line = {(f.document[:3], f.line, f.kind): f for f in seed_findings}
    # Seed 000 writes "10.700" and "92,5": the computed ratio is "92,5" in either language.
    f000 = by_line[("000", 71, "ratio_mismatch")]
    assert "9.900 / 10.700 = 92,5 %" in f000.render(vi) and "9.900 / 10.700 = 92,5 %" in f000.message
    # Seed 001's OCR'd appendix writes "91.3": the computed ratio is "105.9", also in Vietnamese.
    f001 = by_line[("001", 430, "ratio_mismatch")]
    assert f001.render(vi).startswith("90 / 85 = 105.9 % (khoảng 105.88–105.89), báo cáo ghi 105.8")
    assert f001.message.startswith("90 / 85 = 105.9 % (interval 105.88–105.89), reported 105.8")
    nums = [v for m in _msgs(f001.text) for _, v in m.params if isinstance(v, Num)]
    assert nums and {n.style for n in nums} == {"en"}


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_the_terminal_speaks_vietnamese_by_default_and_english_with_lang_en() -> None:
    assert DEFAULT_LANGUAGE == "vi"
    code_vi, out_vi, err_vi = _invoke("check", str(SEED["003"]))
    code_en, out_en, err_en = _invoke("check", str(SEED["003"]), "--lang", "en")
    assert code_vi == code_en == 1
    assert out_vi.splitlines()[-1].startswith("Tóm tắt: 4 lỗi, ")
    assert out_en.splitlines()[-1].startswith("Summary: 4 errors, ")
    assert "  ratio_mismatch (3): Tỷ lệ không khớp với số liệu" in out_vi
    assert "  ratio_mismatch (3): Ratio does not recompute" in out_en
    assert "    lỗi " in out_vi and "    error " in out_en
    assert "đã đọc 1 văn bản" in err_vi and "1 documents read" in err_en
    assert _invoke("check", str(SEED["003"]), "--lang", "fr")[0] == 2


def test_json_message_follows_the_language_and_programs_read_the_id_and_parameters() -> None:
    runs = {lang: json.loads(_invoke("check", str(SEED["003"]), "--format", "json", "--lang", lang)[1])
            for lang in ("vi", "en")}
    assert runs["vi"]["findings"] and len(runs["vi"]["findings"]) == len(runs["en"]["findings"])
    for fv, fe in zip(runs["vi"]["findings"], runs["en"]["findings"], strict=True):
        assert fe["message"] == fe["message_en"] == fv["message_en"]
        assert fv["message"] != fe["message"]
        same = ("kind", "reported", "expected", "message_id", "message_params", "fingerprint")
        assert [fv.get(k) for k in same] == [fe.get(k) for k in same]
    label = next(f for f in runs["vi"]["findings"] if f["kind"] == "label_mismatch")
    assert label["message"] == "ghi 'Chưa đạt' nhưng đã đạt chỉ tiêu: 100 đạt 'trên 99,5%'"
    assert label["message_en"] == "'Chưa đạt' but the target was reached: 100 satisfies 'trên 99,5%'"
    assert label["message_id"] == "'{label}' but the target was reached: {outcome}"
    assert label["message_params"] == {"label": "Chưa đạt", "outcome": "100 satisfies 'trên 99,5%'"}


def test_every_writer_says_its_own_words_in_the_chosen_language() -> None:
    result = seed_check_result()
    vi, en = html.render(result, title="t").decode(), html.render(result, title="t", lang="en").decode()
    assert '<html lang="vi">' in vi and '<html lang="en">' in en
    assert "<h2>Văn bản</h2>" in vi and "<h2>Documents</h2>" in en
    assert ">Phát hiện (3)</h2>" in vi and ">Findings (3)</h2>" in en
    tv = table.render(result, title="t", color=False).decode()
    assert tv.splitlines()[-1].startswith("Tóm tắt: 2 lỗi, 1 cảnh báo, 0 thông tin")
    data = json.loads(json_writer.render(result, title="t"))
    assert data["findings"][0]["message_en"] == result.findings[0].message
    say = Language("vi")
    assert say.where(2, 41) == "tr.2 dòng 41" and Language("en").where(2, 41) == "p.2 line 41"
    assert say.count(3, "{n} error", "{n} errors") == "3 lỗi"


def test_a_file_that_cannot_be_read_is_explained_in_the_readers_language(tmp_path: Path) -> None:
    empty = tmp_path / "bao_cao_rong.pdf"
    empty.write_bytes(b"")
    png = tmp_path / "anh_chup.pdf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    args = ("check", str(SEED["003"]), str(empty), str(png))
    code, out, err = _invoke(*args)
    assert code == 2
    assert f"error: {empty}: tệp rỗng" in err.splitlines()
    assert f"error: {png}: không phải PDF (tệp này là một ảnh PNG)" in err.splitlines()
    assert f"  {empty}: tệp rỗng" in out.splitlines()
    code, out, err = _invoke(*args, "--lang", "en")
    assert f"error: {png}: not a PDF (the file is a PNG image)" in err.splitlines()
    assert f"  {png}: not a PDF (the file is a PNG image)" in out.splitlines()
    report = tmp_path / "bao_cao.html"
    _invoke(*args, "--format", "html", "-o", str(report))
    page = report.read_text(encoding="utf-8")
    assert "<td>không phải PDF (tệp này là một ảnh PNG)</td>" in page
    # Programs read the English reason, whatever the language of the run.
    data = json.loads(_invoke(*args, "--format", "json")[1])
    assert [f["reason"] for f in data["failures"]] == ["empty file", "not a PDF (the file is a PNG image)"]


@pytest.mark.parametrize("po_file", [PO, CLICK_PO], ids=["doisoat", "click"])
def test_the_vietnamese_catalogs_have_one_plural_form(po_file: Path) -> None:
    """Vietnamese has one plural form (CLDR; nplurals=1): the header says so and every counted phrase
    has exactly one translation. (The templates carry two empty forms, as a .pot has no language:
    Babel drops the second, with "msg has more translations than num_plurals of catalog", when
    ``make messages`` first creates a catalog from one; docs/messages.md.)"""
    with po_file.open("rb") as fh:
        po = read_po(fh, locale="vi")
    assert (po.num_plurals, po.plural_expr) == (1, "0")
    assert "msgstr[1]" not in po_file.read_text(encoding="utf-8")
    plural = [m for m in po if m.id and not isinstance(m.id, str)]
    assert plural and all(len(m.string) == 1 for m in plural)
