"""Nothing a Vietnamese reader sees is left in English (issue 13 §4, the leaks found after it).

Each test runs a real path on real input (seed files, strings printed in them) in the default
language and asserts the Vietnamese wording and the absence of the English one; programs keep the
English where the contract says they read it (JSON ``unparsed``, ``reported``, ``message_en``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normalizers.numbers import parse_value
from reconcile.cli import main
from reconcile.i18n import translator

ROOT = Path(__file__).resolve().parent.parent
SEED_001 = ROOT / "corpus" / "001_cafb4d1805646ef3.txt"


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False, prog_name="doisoat")
    return result.exit_code, result.stdout, result.stderr


# Cells printed in the seeds (001 is OCR'd: "6-App" at line 648) and the reasons they are not read.
@pytest.mark.parametrize(("printed", "english", "vietnamese"), [
    ("6-App", "unexpected text after the number: '-App'", "có chữ lạ sau số: '-App'"),
    ("Chưa có số liệu", "no number and not a known label", "không có số và không phải nhãn đã biết"),
    ("từ 5 đến 7 và 9 hộ", "3 numbers in one cell: free text, not a value", "3 số trong một ô: đoạn chữ, không phải một giá trị"),
    ("41.1.00", "malformed digit groups '41.1.00'", "nhóm chữ số sai dạng '41.1.00'"),
])
def test_an_unreadable_cells_reason_is_a_message_in_either_language(printed: str, english: str, vietnamese: str) -> None:
    got = parse_value(printed)
    assert got.kind == "unparsed"
    assert got.reason == english  # what JSON's "unparsed" carries, as before
    assert got.said is not None and got.said.render() == english
    assert got.said.render(translator("vi")) == vietnamese


@pytest.fixture(scope="module")
def seed_001_check() -> dict[str, tuple[int, str, str]]:
    return {fmt: _invoke("check", str(SEED_001), "--no-ocr", "--format", fmt, "--fail-on", "never")
            for fmt in ("table", "json")}


def test_an_unreadable_cell_and_a_doubted_table_read_in_vietnamese_in_the_terminal(seed_001_check: dict) -> None:
    code, out, _ = seed_001_check["table"]
    assert code == 0
    line = next(x for x in out.splitlines() if "6-App" in x)
    assert "6-App → một số" in line and "(có chữ lạ sau số: '-App')" in line
    assert "a number" not in line and "unexpected text" not in line
    doubt = next(x for x in out.splitlines() if "dòng 608" in x and "bảng 10" in x)
    # The table's "as printed" column of an extraction_doubt is its reasons, said in Vietnamese too.
    assert "1 trên 3 dòng không có tên chỉ tiêu  bảng 10" in doubt
    assert "rows have no indicator name" not in out


def test_programs_keep_the_english_reasons(seed_001_check: dict) -> None:
    data = json.loads(seed_001_check["json"][1])
    parse = next(f for f in data["findings"] if f["kind"] == "parse_error" and f["reported"] == "6-App")
    assert parse["expected"] == "a number"
    assert "(unexpected text after the number: '-App')" in parse["message_en"]
    assert "(có chữ lạ sau số: '-App')" in parse["message"]
    doubt = next(f for f in data["findings"] if f["kind"] == "extraction_doubt" and f["line"] == 608)
    assert doubt["reported"] == "1 of 3 rows have no indicator name"
    document = next(d for d in data["documents"] if d["id"] == SEED_001.name)
    assert "table 10 (line 608): 1 of 3 rows have no indicator name" in document["warnings"]


def test_the_html_report_says_the_doubts_in_vietnamese(tmp_path: Path) -> None:
    report = tmp_path / "bao_cao.html"
    code, _, _ = _invoke("check", str(SEED_001), "--no-ocr", "--format", "html", "-o", str(report), "--fail-on", "never")
    assert code == 0
    page = report.read_text(encoding="utf-8")
    assert '<span class="val">1 trên 3 dòng không có tên chỉ tiêu</span>' in page
    assert '<span class="val">một số</span>' in page
    assert ">a number<" not in page
    # The documents table's reading notes: the document's warnings, said in Vietnamese too.
    assert "bảng 10 (dòng 608): 1 trên 3 dòng không có tên chỉ tiêu" in page
    assert "rows have no indicator name" not in page and "table 10 (line 608)" not in page


# ------------------------------------------------------------------ click's own words and our help


@pytest.mark.parametrize(("args", "vietnamese", "english"), [
    (["check"], ["Cách dùng: doisoat check [TÙY_CHỌN] ĐƯỜNG_DẪN...", "Xem hướng dẫn: 'doisoat check --help'.",
                 "Lỗi: Thiếu đối số 'ĐƯỜNG_DẪN...'."],
     ["Usage: doisoat check [OPTIONS] PATHS...", "Try 'doisoat check --help' for help.",
      "Error: Missing argument 'PATHS...'."]),
    (["reconcile", "--bogus", str(SEED_001)], ["Lỗi: Không có tùy chọn '--bogus'. Có phải ý bạn là '--jobs'?"],
     ["Error: No such option '--bogus'. Did you mean '--jobs'?"]),
    (["extract", "--jobs", "0", str(SEED_001)],
     ["Lỗi: Giá trị không hợp lệ cho '--jobs' / '-j': 0 không nằm trong khoảng 1<=x<=256."],
     ["Error: Invalid value for '--jobs' / '-j': 0 is not in the range 1<=x<=256."]),
    (["diff", str(SEED_001)], ["Cách dùng: doisoat diff [TÙY_CHỌN] CŨ MỚI", "Lỗi: Thiếu đối số 'MỚI'."],
     ["Usage: doisoat diff [OPTIONS] OLD NEW", "Error: Missing argument 'NEW'."]),
    (["check", "--format", "html", str(SEED_001)], ["Lỗi: --format html cần -o TỆP"], ["Error: --format html needs -o FILE"]),
    (["extract", "--format", "sarif", str(SEED_001)], ["Lỗi: --format sarif chỉ dùng cho lệnh check/reconcile"],
     ["Error: --format sarif is only for check/reconcile"]),
    # click names the kind of path it refused ("File", "Directory") in words it took at import time.
    (["check", str(SEED_001), "-o", str(ROOT)], [f"Lỗi: Giá trị không hợp lệ cho '-o' / '--output': Tệp '{ROOT}' là một thư mục."],
     [f"Error: Invalid value for '-o' / '--output': File '{ROOT}' is a directory."]),
    (["check", str(SEED_001), "--cache-dir", str(SEED_001)],
     [f"Lỗi: Giá trị không hợp lệ cho '--cache-dir': Thư mục '{SEED_001}' là một tệp."],
     [f"Error: Invalid value for '--cache-dir': Directory '{SEED_001}' is a file."]),
    (["kiemtra"], ["Cách dùng: doisoat [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]...", "Lỗi: Không có lệnh 'kiemtra'."],
     ["Usage: doisoat [OPTIONS] COMMAND [ARGS]...", "Error: No such command 'kiemtra'."]),
])
def test_usage_errors_are_vietnamese_by_default_and_english_with_lang_en(
        args: list[str], vietnamese: list[str], english: list[str]) -> None:
    code, _, err = _invoke(*args)
    assert code == 2
    assert set(vietnamese) <= set(err.splitlines()), err
    # --lang anywhere on the line (read before click parses it), or $DOISOAT_LANG for the group.
    code, _, err = _invoke(*args, "--lang", "en") if args[0] != "kiemtra" else _invoke_env(args, DOISOAT_LANG="en")
    assert code == 2
    assert set(english) <= set(err.splitlines()), err


def _invoke_env(args: list[str], **env: str) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(main, args, catch_exceptions=False, prog_name="doisoat")
    return result.exit_code, result.stdout, result.stderr


def test_every_help_page_is_vietnamese_by_default_and_english_with_the_environment() -> None:
    pages = [[], ["extract"], ["check"], ["reconcile"], ["diff"], ["golden"], ["history"], ["cache"], ["cache", "clear"],
             ["cache", "info"]]
    for page in pages:
        code, out, _ = _invoke(*page, "--help")
        assert code == 0
        assert out.startswith("Cách dùng: doisoat") and "Tùy chọn:" in out and "Hiện hướng dẫn này rồi thoát." in out
        for english in ("Usage:", "Options:", "Show this message", "[default:", "Commands:", "Output format", "Read every"):
            assert english not in out, (page, english)
        code, out, _ = _invoke_env([*page, "--help"], DOISOAT_LANG="en")
        assert code == 0 and out.startswith("Usage: doisoat") and "Show this message and exit." in out
    _, out, _ = _invoke("check", "--help")
    assert "Chỉ chạy các kiểm tra này [mặc định: tất cả]: misreads, ratios," in " ".join(out.split())
    assert "Run only these checks [default: all]: misreads, ratios," in " ".join(_invoke("check", "--help", "--lang", "en")[1].split())
    assert _invoke("--version")[1].startswith("doisoat, phiên bản ")
    assert _invoke_env(["--version"], DOISOAT_LANG="en")[1].startswith("doisoat, version ")


def test_the_command_line_leaves_click_as_it_found_it() -> None:
    import gettext

    import click.core
    import click.exceptions

    _invoke("check", "--bogus")
    assert click.core._ is gettext.gettext and click.exceptions.ngettext is gettext.ngettext  # type: ignore[attr-defined]
    assert main.commands["check"].help == "Check each document on its own: ratios, sums, labels, units, place names, unreadable cells."


# English that used to reach a Vietnamese reader; none of it may come back in the default language.
KNOWN_ENGLISH = (
    "Usage:", "Error:", "Options:", "Commands:", "Show this message", "for help.", "[default:",
    "unexpected text after the number", "no number and not a known label", "numbers in one cell",
    "rows have no indicator name", "ratio cells recompute", "header and body disagree", "→ a number",
    "was not read reliably", "documents read", "wrote ", "no report was read", "(a bug in doisoat",
)


def test_every_command_on_the_corpus_says_nothing_in_english_by_default(tmp_path: Path) -> None:
    seeds = sorted(str(p) for p in (ROOT / "corpus").glob("00[013]_*.txt"))
    clean = str(ROOT / "corpus" / "clean" / "000_clean.txt")
    said: list[str] = []
    runs = [["extract", *seeds], ["check", *seeds], ["reconcile", *seeds], ["diff", seeds[0], clean]]
    for n, args in enumerate(runs):
        for extra in ([], ["--format", "html", "-o", str(tmp_path / f"r{n}.html")]):
            code, out, err = _invoke(*args, "--no-ocr", *extra)
            assert code in (0, 1), err
            said += [out, err]
        said.append((tmp_path / f"r{n}.html").read_text(encoding="utf-8"))
        said.append(_invoke(args[0], "--help")[1])
    said += [_invoke("--help")[1], _invoke("check")[2], _invoke("check", "--bogus")[2], _invoke("check", str(tmp_path))[2]]
    text = "\n".join(said)
    assert [e for e in KNOWN_ENGLISH if e in text] == []


def test_the_handlers_own_lines_are_vietnamese_by_default(tmp_path: Path) -> None:
    empty = tmp_path / "trong"
    empty.mkdir()
    code, _, err = _invoke("check", str(empty))
    assert code == 2
    assert f"error: không đọc được báo cáo nào từ {empty}: không tìm thấy tệp báo cáo nào" in err.splitlines()
    target = tmp_path / "khong_co" / "bao_cao.json"
    code, _, err = _invoke("check", str(SEED_001), "--no-ocr", "--format", "json", "-o", str(target), "-q")
    assert code == 2
    assert f"error: không ghi được {target} (không có tệp hay thư mục này): chưa ghi báo cáo nào" in err.splitlines()


# ------------------------------------------------------------------ settings, the interrupted line, --lang on the group


@pytest.mark.parametrize(("args", "vietnamese", "english"), [
    (["--timeout-per-document", "0"],
     "Lỗi: --timeout-per-document phải là số giây lớn hơn 0 và không quá 604800 (một tuần), không phải 0.0",
     "Error: --timeout-per-document must be a number of seconds above 0 and at most 604800 (a week), not 0.0"),
    (["--scheduler", "tcp://127.0.0.1:1", "--executor", "process"],
     "Lỗi: địa chỉ bộ điều phối chỉ dùng được với --executor dask", "Error: a scheduler address needs the dask executor"),
])
def test_a_bad_batch_setting_is_said_in_the_language(args: list[str], vietnamese: str, english: str) -> None:
    code, _, err = _invoke("check", str(SEED_001), *args)
    assert code == 2 and vietnamese in err.splitlines(), err
    code, _, err = _invoke("check", str(SEED_001), *args, "--lang", "en")
    assert code == 2 and english in err.splitlines(), err


@pytest.mark.parametrize(("toml", "vietnamese", "english"), [
    ('checks = ["ratio"]', "[check] không có kiểm tra: ratio (các kiểm tra có: ", "[check] unknown checks: ratio (known: "),
    ("convention_share = 2.0", "[check] convention_share phải nằm trong khoảng từ 0,5 đến 1",
     "[check] convention_share must be between 0.5 and 1"),
    ("share_slack = -1", "[check] share_slack không được là số âm", "[check] share_slack must not be negative"),
    ("sum_polcy = 1", "[check] thiết lập kiểm tra không có mục: sum_polcy", "[check] unknown check settings: sum_polcy"),
])
def test_a_bad_config_value_is_said_in_the_language(tmp_path: Path, toml: str, vietnamese: str, english: str) -> None:
    config = tmp_path / "doisoat.toml"
    config.write_text(f"[check]\n{toml}\n", encoding="utf-8")
    for lang, expected in (("vi", vietnamese), ("en", english)):
        code, _, err = _invoke("check", str(SEED_001), "--config", str(config), "--lang", lang)
        assert code == 2 and err.startswith(f"error: {config}: {expected}"), err


def test_library_callers_keep_the_english_of_a_settings_error() -> None:
    from reconcile.batch import BatchSettings
    from reconcile.engine.settings import CheckSettings

    with pytest.raises(ValueError, match=r"^sum_policy must be 'printed' or 'exact'$"):
        CheckSettings.resolve({"sum_policy": "loose"})
    with pytest.raises(ValueError, match=r"^jobs must be at least 1$"):
        BatchSettings.resolve({"jobs": 0})


def test_the_interrupted_line_keeps_its_tag_and_says_the_rest_in_the_language() -> None:
    from reconcile.batch import BatchInterrupted, BatchOutcome
    from reconcile.errors import describe

    outcome = BatchOutcome(documents=(), failures=(), read=5, from_cache=2, skipped=0, failed=0, seconds=1.0)
    kept = BatchInterrupted(outcome, 20, cached=True)
    assert str(kept) == "interrupted after 7 of 20 documents (7 kept in the cache: re-run to resume)"
    assert describe(kept, translator("vi"))[1] == (
        "doisoat: interrupted sau 7 trên 20 văn bản (đã lưu 7 văn bản trong bộ nhớ đệm: chạy lại để làm tiếp)")
    assert describe(kept)[1] == "doisoat: interrupted after 7 of 20 documents (7 kept in the cache: re-run to resume)"
    lost = BatchInterrupted(outcome, 20, cached=False)
    assert describe(lost, translator("vi"))[1] == (
        "doisoat: interrupted sau 7 trên 20 văn bản (không dùng bộ nhớ đệm: chạy lại sẽ đọc lại từ đầu)")


def test_lang_is_accepted_before_the_command_too() -> None:
    code, out, _ = _invoke("--lang", "en", "--help")
    assert code == 0 and out.startswith("Usage: doisoat") and "--lang [vi|en]" in out
    code, out, _ = _invoke("--lang", "en", "check", "--help")
    assert code == 0 and out.startswith("Usage: doisoat check")
    missing = str(SEED_001.parent / "khong_co.txt")
    # The group's --lang sets the command's language; the command's own --lang wins over it, and
    # either wins over $DOISOAT_LANG.
    for args, env, english in [
        (["--lang", "en", "check", missing], {}, True),
        (["--lang", "en", "check", missing, "--lang", "vi"], {}, False),
        (["check", missing, "--lang", "en"], {}, True),
        (["--lang", "en", "check", missing], {"DOISOAT_LANG": "vi"}, True),
        (["--lang", "vi", "check", missing], {"DOISOAT_LANG": "en"}, False),
        (["check", missing], {"DOISOAT_LANG": "en"}, True),
    ]:
        code, out, err = _invoke_env([*args, "--format", "json"], **env)
        assert code == 2, (args, err)
        line = f"error: {missing}: " + ("no such file or directory" if english else "không có tệp hay thư mục này")
        assert line in err.splitlines(), (args, env, err)
        assert json.loads(out)["failures"][0]["reason"] == "no such file or directory"  # JSON keeps its English


# ------------------------------------------------------------------ extract's cells, OCR page notes


def test_extract_says_the_cells_roles_in_the_language(tmp_path: Path) -> None:
    seed_000 = str(ROOT / "corpus" / "000_6a5e51584c6108a1.txt")
    seed_002 = str(ROOT / "corpus" / "002_03b77514fb71b314.txt")  # a flow-text table with rows of words
    code, out, _ = _invoke("extract", seed_000, seed_002, "--no-ocr")
    assert code == 0
    flat = " ".join(out.split())
    assert "kế hoạch 2024: 41.100" in flat and "mục tiêu 2020-2025: 39.500,00" in flat
    assert "(số liệu ghi bằng chữ; không đọc)" in flat
    assert "plan 2024" not in flat and "target 2020" not in flat and "values printed as text" not in flat
    code, out, _ = _invoke("extract", seed_000, seed_002, "--no-ocr", "--lang", "en")
    flat = " ".join(out.split())
    assert "plan 2024: 41.100" in flat and "(values printed as text; not read)" in flat
    html = tmp_path / "extract.html"
    code, _, _ = _invoke("extract", seed_000, seed_002, "--no-ocr", "--format", "html", "-o", str(html))
    page = html.read_text(encoding="utf-8")
    assert code == 0 and "kế hoạch 2024: 41.100" in page and "(số liệu ghi bằng chữ; không đọc)" in page
    assert "plan 2024:" not in page and "values printed as text" not in page
    # JSON keeps the role names and the row's text as the extractor wrote it.
    _, out, _ = _invoke("extract", seed_000, seed_002, "--no-ocr", "--format", "json")
    cells = [c for r in json.loads(out)["rows"] for c in r["cells"]]
    assert {"plan", "target"} <= {c["role"] for c in cells}
    assert "(values printed as text; not read)" in {c["raw"] for c in cells}


def test_history_speaks_the_language(tmp_path: Path) -> None:
    store = str(tmp_path / "soat.sqlite")
    code, _, err = _invoke("history", "--store", store)
    assert code == 0
    _, out, _ = _invoke("history", "--store", store)
    assert out == "chưa ghi lần chạy nào (ghi bằng lệnh: doisoat check ĐƯỜNG_DẪN... --store TỆP)\n"
    assert _invoke("--lang", "en", "history", "--store", store)[1].startswith("no runs recorded yet")
    seed = str(ROOT / "corpus" / "000_6a5e51584c6108a1.txt")
    for _round in range(2):
        code, _, err = _invoke("check", seed, "--store", store, "--format", "json", "-q")
        assert code in (0, 1), err
    _, out, _ = _invoke("history", "--store", store)
    assert out.splitlines()[0].split()[:3] == ["LẦN", "BẮT", "ĐẦU"] and "RUN" not in out
    _, out, _ = _invoke("history", "--store", store, "--document", Path(seed).name)
    assert out.startswith(f"lịch sử của {Path(seed).name}") and "lần chạy đầu" in out and "tệp không đổi" in out
    assert "first run" not in out and "still open" not in out
    _, out, _ = _invoke("history", "--store", store, "--document", Path(seed).name, "--lang", "en")
    assert out.startswith(f"history of {Path(seed).name}") and "first run" in out and "file unchanged" in out


def test_two_languages_in_one_process_keep_their_own() -> None:
    """The language flows with the running command (a context variable), not a process global: two
    commands at once in two threads, one English and one Vietnamese, each say their own words,
    and click is as it was once both have ended."""
    import gettext
    import threading

    import click.core

    from normalizers.messages import N_, msg
    from reconcile.cli_i18n import language, say, speaking

    both_inside = threading.Barrier(2, timeout=30)
    said: dict[str, tuple[str, str, str]] = {}

    def run(lang: str) -> None:
        with speaking(lang, click.Command(f"cmd_{lang}", help=N_("Output format."))):
            both_inside.wait()  # each is inside its command while the other is too
            said[lang] = (language(), say(msg(N_("no report files found"))), click.core._("Usage:"))  # type: ignore[attr-defined]
            both_inside.wait()

    threads = [threading.Thread(target=run, args=(lang,)) for lang in ("en", "vi")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert said["en"] == ("en", "no report files found", "Usage:")
    assert said["vi"] == ("vi", "không tìm thấy tệp báo cáo nào", "Cách dùng:")
    assert language() == "vi" and click.core._ is gettext.gettext  # type: ignore[attr-defined]
