"""The HTML report in a real browser (headless Chromium): hostile text stays text, filters work.

Chromium loads the report from a file URL whose hash selects a filter (``#kind=place_name``), runs
its script under a virtual-time budget, and prints the resulting DOM (``--dump-dom``); the test
reads which findings are hidden from that DOM. Console messages reach stderr with
``--enable-logging=stderr``; the report logs nothing itself, so any of them is a failure (a script
error, or the page's own Content-Security-Policy blocking its own script).
"""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode

import pytest

from reconcile.api import reconcile
from reconcile.results import CheckResult
from reconcile.writers import html
from tests.test_writers import HOSTILE, HOSTILE_DOC, ID_000, seed_check_result

CHROMIUM = Path("/usr/bin/chromium")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"headless Chromium not installed at {CHROMIUM}"),
]

# Test-only instrumentation: records dialogs and console.error instead of letting them block or vanish.
HOOK = (
    "<script>(function () { var root = document.documentElement;"
    " window.alert = window.confirm = window.prompt = function (m) { root.setAttribute('data-dialog', String(m)); };"
    " console.error = function () { root.setAttribute('data-console-error', Array.from(arguments).join(' ')); };"
    " })();</script>"
)


class DumpedDom(HTMLParser):
    """What the test reads back from the DOM Chromium printed."""

    def __init__(self) -> None:
        super().__init__()
        self.findings: list[dict[str, str | None]] = []  # tbody.item of #findings-table
        self.root: dict[str, str | None] = {}
        self.scripts = 0
        self.visible_count: str | None = None
        self.js_errors: dict[str, str | None] | None = None
        self.js_error_text = ""
        self.cell_texts: list[str] = []
        self.text = ""  # every text node, in order
        self.headings: list[str] = []  # h2 texts
        self._table: str | None = None
        self._capture: str | None = None
        self._td_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "html":
            self.root = a
        elif tag == "script":
            self.scripts += 1
        elif tag == "table":
            self._table = a.get("id")
        elif tag == "tbody" and self._table == "findings-table" and "item" in (a.get("class") or "").split():
            self.findings.append(a)
        elif tag == "output" and a.get("id") == "visible-count":
            self._capture, self.visible_count = "count", ""
        elif tag == "pre" and a.get("id") == "js-errors":
            self._capture, self.js_errors = "errors", a
        elif tag == "h2":
            self._capture = "heading"
            self.headings.append("")
        elif tag == "td" and self._table == "findings-table":
            self._td_depth += 1
            self.cell_texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("output", "pre", "h2"):
            self._capture = None
        elif tag == "table":
            self._table = None
        elif tag == "td" and self._td_depth:
            self._td_depth -= 1

    def handle_data(self, data: str) -> None:
        self.text += data
        if self._capture == "count":
            self.visible_count = (self.visible_count or "") + data
        elif self._capture == "errors":
            self.js_error_text += data
        elif self._capture == "heading":
            self.headings[-1] += data
        if self._td_depth:
            self.cell_texts[-1] += data


def load(page: Path, fragment: dict[str, str], tmp_path: Path) -> tuple[DumpedDom, list[str]]:
    """Open ``page#fragment`` in headless Chromium; the DOM after its script ran, and console lines."""
    url = page.resolve().as_uri() + "#" + urlencode(fragment, quote_via=quote)
    cmd = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=5000", "--dump-dom", url,
    ]
    # A dialog that fired would block --dump-dom: the timeout turns that into a failure, not a hang.
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = DumpedDom()
    dom.feed(proc.stdout)
    console = [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]
    return dom, console


def visible(dom: DumpedDom) -> list[dict[str, str | None]]:
    return [f for f in dom.findings if "hidden" not in f]


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("html") / "bao-cao.html"
    path.write_bytes(html.render(seed_check_result(hostile=True), title="doisoat reconcile"))
    return path


def test_report_runs_without_errors_and_filters_by_kind_from_the_hash(report: Path, tmp_path: Path) -> None:
    dom, console = load(report, {"kind": "place_name"}, tmp_path)
    assert console == []
    assert dom.js_errors is not None and "hidden" in dom.js_errors and dom.js_error_text == ""
    assert len(dom.findings) == 4
    assert [f["data-kind"] for f in visible(dom)] == ["place_name"]
    assert dom.visible_count == "1"


def test_filters_combine_and_match_any_document_id(report: Path, tmp_path: Path) -> None:
    dom, console = load(report, {"kind": "value_mismatch", "severity": "error", "document": ID_000}, tmp_path)
    assert console == []
    assert [(f["data-kind"], f["data-document"]) for f in visible(dom)] == [("value_mismatch", ID_000)]
    assert dom.visible_count == "1"
    # An unknown value in the hash means "all", not "nothing".
    dom, _ = load(report, {"kind": "no_such_kind"}, tmp_path)
    assert len(visible(dom)) == len(dom.findings) == 4 and dom.visible_count == "4"


def test_script_text_from_a_document_is_shown_not_run_even_without_the_csp(report: Path, tmp_path: Path) -> None:
    # Without its Content-Security-Policy the page relies on escaping alone: test exactly that.
    page = report.read_text(encoding="utf-8")
    page, n = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", page)
    assert n == 1
    bare = tmp_path / "no-csp.html"
    bare.write_text(page.replace("<head>", "<head>" + HOOK, 1), encoding="utf-8")
    dom, console = load(bare, {"document": HOSTILE_DOC}, tmp_path)
    assert "data-dialog" not in dom.root and "data-console-error" not in dom.root, dom.root
    assert console == []
    assert dom.scripts == 2  # the hook and the report's own: nothing from the documents
    assert [f["data-kind"] for f in visible(dom)] == ["parse_error"]  # the hostile id matched as a string
    # The indicator cell (indicator, then column header) reads the markup as text.
    assert f"{HOSTILE}KH năm 2024" in dom.cell_texts
    assert dom.js_error_text == ""


@pytest.mark.parametrize(("lang", "headings"), [
    ("vi", ["Văn bản", "Phát hiện (4)"]),
    ("en", ["Documents", "Findings (4)"]),
])
def test_report_speaks_the_chosen_language_and_its_filters_still_work(lang: str, headings: list[str],
                                                                      tmp_path: Path) -> None:
    page = tmp_path / f"bao-cao-{lang}.html"
    page.write_bytes(html.render(seed_check_result(hostile=True), title="doisoat reconcile", lang=lang))
    dom, console = load(page, {"kind": "place_name"}, tmp_path)
    assert console == [] and dom.js_error_text == ""
    assert dom.root.get("lang") == lang
    assert [h for h in dom.headings if h in headings] == headings
    assert [f["data-kind"] for f in visible(dom)] == ["place_name"] and dom.visible_count == "1"


# ------------------------------------------------------------------ real findings in both languages

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def tam_duong() -> CheckResult:
    """``doisoat reconcile`` of the two Tam Đường reports (001 is an OCR'd copy): real findings,
    misreadings among them, with their messages as ids and parameters."""
    return reconcile([str(CORPUS / "000_6a5e51584c6108a1.txt"), str(CORPUS / "001_cafb4d1805646ef3.txt")])


@pytest.mark.parametrize(("lang", "said", "not_said"), [
    ("vi", ["Có lẽ OCR đọc nhầm", "có lẽ OCR đọc nhầm", "Mỗi nguyên nhân một phát hiện", "Nguyên nhân"],
     ["probably misread by OCR", "One finding per root cause"]),
    ("en", ["Probably misread by OCR", "probably misread by OCR", "One finding per root cause", "Root causes"],
     ["có lẽ OCR đọc nhầm", "Mỗi nguyên nhân một phát hiện"]),
])
def test_misreadings_of_an_ocr_copy_read_in_the_chosen_language_in_a_browser(
        tam_duong: CheckResult, lang: str, said: list[str], not_said: list[str], tmp_path: Path) -> None:
    # Issue 13: the messages themselves (not only the chrome) follow --lang; the summary counts root
    # causes; filtering on the new kind works on the page Chromium ran.
    page = tmp_path / f"tam-duong-{lang}.html"
    page.write_bytes(html.render(tam_duong, title="doisoat reconcile", lang=lang))
    dom, console = load(page, {"kind": "probable_misread"}, tmp_path)
    assert console == [] and dom.js_error_text == ""
    assert dom.root.get("lang") == lang
    misreads = [f for f in tam_duong.findings if f.kind == "probable_misread"]
    assert misreads and len(dom.findings) == len(tam_duong.findings)
    assert [f["data-kind"] for f in visible(dom)] == ["probable_misread"] * len(misreads)
    assert dom.visible_count == str(len(misreads))
    for words in said:
        assert words in dom.text, (lang, words)
    for words in not_said:
        assert words not in dom.text, (lang, words)
    # "Tỷ lệ gieo phủ rừng" (001 line 452): one finding whose cells list every figure misread,
    # printed and likely value side by side, whatever the language.
    assert "90.5 → 50.5" in dom.text and "91.82 → 51.82" in dom.text
