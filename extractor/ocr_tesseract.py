"""Running Tesseract ``vie`` on page regions and cell images, and reading the words it found.

Tesseract runs in this process through ``tesserocr`` (the Python binding of its C++ API): one
engine per page-segmentation mode is loaded once per process and kept, and images are handed over
as pixels. Started as a command, Tesseract spent about 0.25 s of CPU loading ``vie`` on every run,
and a page takes five or more runs (first readings, second opinions, digits only); on the
development variants' scans a page cost 5.9 s of CPU with the command and 3.6 s in process
(``benchmarks/bench_ocr.py --variants``). Each image is read on its own, so one cell's words can
never run into its neighbour's.

Without ``tesserocr`` (or with ``DOISOAT_TESSERACT=cli``) the ``tesseract`` command is run instead,
with ``OMP_THREAD_LIMIT=1`` (its OpenMP threads fought over the machine's two cores: a 300-dpi page
took 28.5 s with default threading, 5.6 s with one thread), all images of a call written to a
temporary directory and read by one run over an image list, each image a "page" of its own.
Either way parallelism comes from a process pool over pages (``extractor.ocr``), and the
installed ``tesseract`` command tells where the ``vie`` data is.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from numpy.typing import NDArray

LANG = "vie"
INSTALL_HINT = "apt-get install tesseract-ocr tesseract-ocr-vie"
# What a printed number can contain: digits, separators, sign, percent, fractions and bounds.
DIGIT_WHITELIST = "0123456789.,-%/<> "
TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class OcrWord:
    """One word Tesseract read.

    image:  0-based index of the image it was read from (the cell, for a batch of cells).
    line:   (block, paragraph, line) numbers: words with the same key share a printed line.
    box:    (x0, y0, x1, y1) in pixels of that image.
    conf:   Tesseract's confidence, 0..100.
    alternatives: per character of ``text``, the characters Tesseract's LSTM weighed for it (the
            one it chose among them), in small letters; empty when it cannot say (the command's
            TSV has no choices, and a word whose symbols do not line up with its text has none).
    near:   per character of ``text``, the characters the LSTM found nearly as likely as the one it
            chose (cost within ``NEAR_COST`` of it), the chosen one first, then by cost; what the
            OCR cache keeps of the choices (``extractor.ocr_choices.near_by_syllable``). Empty
            when ``alternatives`` is.
    """

    image: int
    line: tuple[int, int, int]
    box: tuple[int, int, int, int]
    conf: float
    text: str
    alternatives: tuple[str, ...] = ()
    near: tuple[str, ...] = ()


# How much more an LSTM choice may cost than the chosen one (its cost is a negative log) to be a
# reading the ink nearly gave. On dev scans 13000, 13080, 13240, 13340 and 13500 the printed letter
# a proper name lost stood 1 to 7 above the chosen one ("Thắm" for "Thẳm": ắ 2.3, ẳ 3.3; "Thâu"
# for "Thầu": â 2.1, ầ 7.9), and a clean letter's first other choice 13 to 35 above.
NEAR_COST = 8.0


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["OMP_THREAD_LIMIT"] = "1"
    return env


@functools.lru_cache(maxsize=8)
def _probe(path_env: str, tessdata: str) -> tuple[bool, str, str]:
    """(ok, reason, version) for the tesseract found on ``path_env``; cached per PATH."""
    binary = shutil.which("tesseract", path=path_env)
    if binary is None:
        return False, f"Tesseract is not installed ({INSTALL_HINT})", ""
    try:
        version = subprocess.run(
            [binary, "--version"], capture_output=True, text=True, timeout=30, env=_env(), check=False
        )
        langs = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, env=_env(), check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return False, f"Tesseract cannot be run ({exc})", ""
    first = (version.stdout or version.stderr).strip().splitlines()
    version_line = first[0].strip() if first else "tesseract (unknown version)"
    names = {line.strip() for line in (langs.stdout + "\n" + langs.stderr).splitlines()}
    if LANG not in names:
        return False, "Tesseract has no Vietnamese data 'vie' (apt-get install tesseract-ocr-vie)", version_line
    return True, "", f"{version_line}; {binary}"


def probe() -> tuple[bool, str, str]:
    """(ok, reason, version) of the Tesseract on the current PATH."""
    return _probe(os.environ.get("PATH", ""), os.environ.get("TESSDATA_PREFIX", ""))


def _parse_tsv(text: str) -> list[OcrWord]:
    words: list[OcrWord] = []
    reader = csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if not header:
        return words
    for fields in reader:
        if len(fields) < 12 or fields[0] != "5":
            continue
        word = fields[11].strip()
        if not word:
            continue
        left, top, width, height = (int(v) for v in fields[6:10])
        words.append(
            OcrWord(
                image=int(fields[1]) - 1,
                line=(int(fields[2]), int(fields[3]), int(fields[4])),
                box=(left, top, left + width, top + height),
                conf=float(fields[10]),
                text=word,
            )
        )
    return words


_LANGS_DIR_RE = re.compile(r'"([^"]+)"')


@functools.lru_cache(maxsize=8)
def _tessdata_dir(path_env: str) -> str | None:
    """The folder the ``tesseract`` on ``path_env`` reads its language data from."""
    binary = shutil.which("tesseract", path=path_env)
    if binary is None:
        return None
    try:
        done = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=30, env=_env(), check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    m = _LANGS_DIR_RE.search(done.stdout + done.stderr)
    return m.group(1) if m else None


def tessdata_dir() -> str | None:
    """Where the installed Tesseract keeps ``vie.traineddata`` (None when it cannot say)."""
    return _tessdata_dir(os.environ.get("PATH", ""))


# One Tesseract engine per page-segmentation mode, kept for the life of the process (a worker
# reads many pages): loading ``vie`` costs about 0.25 s of CPU, as much as reading 20 cells.
_ENGINES: dict[tuple[str, int, str], Any] = {}
# Data folders the library failed to start an engine on (the command is used for them).
_BROKEN: set[str] = set()


def _in_process() -> Any | None:
    """The ``tesserocr`` module when Tesseract can be run in this process, else None.

    ``DOISOAT_TESSERACT=cli`` forces the ``tesseract`` command (to compare the two)."""
    if os.environ.get("DOISOAT_TESSERACT", "").lower() == "cli":
        return None
    try:
        import tesserocr  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError:
        return None
    return tesserocr


def engine_version() -> str:
    """How pages will be read: the in-process library's Tesseract version, or "cli".

    Part of the OCR cache key, so it names the engine that really reads: when the library cannot
    start an engine on the command's data (``run_tesseract`` then falls back to the command), it
    says "cli", not the library's version. Starting the engine costs about 0.25 s of CPU once per
    process; it is kept, and reads the pages this process reads itself."""
    module, folder = _in_process(), tessdata_dir()
    if module is None or folder is None or not _engine_starts(module, folder):
        return "cli"
    return "tesserocr " + " ".join(str(module.tesseract_version()).split()[:2])


def _engine_starts(module: Any, folder: str) -> bool:
    """True when the library can start an engine on ``folder``; a failure marks it broken."""
    if folder in _BROKEN:
        return False
    try:
        _engine(module, folder, 6)
    except RuntimeError:
        _BROKEN.add(folder)
        return False
    return True


def _engine(module: Any, folder: str, psm: int, lang: str = LANG) -> Any:
    key = (folder, psm, lang)
    if key not in _ENGINES:
        api = module.PyTessBaseAPI(path=folder.rstrip("/") + "/", lang=lang, psm=psm)
        # The LSTM's best choices per symbol (``OcrWord.alternatives``): what the ink left open is
        # the evidence a word-list correction needs (``extractor.ocr_choices``). About a quarter
        # more CPU on a cell of words.
        api.SetVariable("lstm_choice_mode", "2")
        _ENGINES[key] = api
    return _ENGINES[key]


def _alternatives(word: Any, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Per character of ``text``, the characters the LSTM weighed for it (small letters), and
    those within ``NEAR_COST`` of the chosen one (chosen first, by cost: ``OcrWord.near``); both
    empty when its symbols do not line up one to one with the characters."""
    try:
        symbols = word.GetBestLSTMSymbolChoices()
    except (AttributeError, RuntimeError):
        return (), ()
    # A word's first symbol is at times the space before it.
    kept = [sym for sym in symbols if sym and sym[0][0] != " "]
    if len(kept) != len(text):
        return (), ()
    out, near = [], []
    for char, sym in zip(text, kept, strict=True):
        if sym[0][0] != char:
            return (), ()
        out.append("".join(sorted({c.lower() for c, _ in sym if c.strip()})))
        close = [char.lower()]
        for c, cost in sorted(sym[1:], key=lambda s: s[1]):
            if cost - sym[0][1] <= NEAR_COST and c.strip() and c.lower() not in close:
                close.append(c.lower())
        near.append("".join(close))
    return tuple(out), tuple(near)


def has_language(lang: str) -> bool:
    """True when the installed Tesseract data holds ``lang`` (``eng`` comes with Debian's
    ``tesseract-ocr``, but a hand-made install may have ``vie`` alone)."""
    folder = tessdata_dir()
    return folder is not None and (Path(folder) / f"{lang}.traineddata").is_file()


def _read_in_process(
    module: Any, folder: str, images: Sequence[NDArray[Any]], psm: int, whitelist: str | None, lang: str = LANG
) -> list[OcrWord]:
    """The same words as the command's TSV (image index, block/paragraph/line, box, confidence)."""
    api = _engine(module, folder, psm, lang)
    level = module.RIL
    api.SetVariable("tessedit_char_whitelist", whitelist or "")
    words: list[OcrWord] = []
    try:
        for index, image in enumerate(images):
            gray = np.ascontiguousarray(image, dtype=np.uint8)
            height, width = gray.shape[:2]
            api.SetImageBytes(gray.tobytes(), width, height, 1, width)
            api.Recognize()
            iterator = api.GetIterator()
            if iterator is None:
                continue
            block = par = line = 0
            for word in module.iterate_level(iterator, level.WORD):
                if word.IsAtBeginningOf(level.BLOCK):
                    block, par, line = block + 1, 0, 0
                if word.IsAtBeginningOf(level.PARA):
                    par, line = par + 1, 0
                if word.IsAtBeginningOf(level.TEXTLINE):
                    line += 1
                try:
                    text = word.GetUTF8Text(level.WORD)
                except RuntimeError:  # an empty word: no text to return
                    continue
                box = word.BoundingBox(level.WORD)
                if not text or not text.strip() or box is None:
                    continue
                x0, y0, x1, y1 = (int(v) for v in box)
                text = text.strip()
                words.append(OcrWord(index, (block, par, line), (x0, y0, x1, y1), float(word.Confidence(level.WORD)), text,
                                     *_alternatives(word, text)))
    finally:
        api.SetVariable("tessedit_char_whitelist", "")
        api.Clear()
    return words


def run_tesseract(
    images: Sequence[NDArray[Any]], *, psm: int, whitelist: str | None = None, lang: str = LANG
) -> list[OcrWord]:
    """Read each grayscale image with Tesseract ``vie`` (or ``lang``, when ``has_language`` says
    it is installed); words carry their image index.

    In this process through ``tesserocr`` when it is installed (no process to start, no model to
    load again, no image files), else with one ``tesseract -l vie`` process per call over an
    image list. Both read the installed ``vie.traineddata``.

    >>> # words = run_tesseract([cell_image], psm=7)  ->  [OcrWord(image=0, ..., text="Tấn")]
    """
    if not images:
        return []
    ok, reason, _ = probe()
    if not ok:
        raise RuntimeError(reason)
    module, folder = _in_process(), tessdata_dir()
    if module is not None and folder is not None and folder not in _BROKEN:
        try:
            return _read_in_process(module, folder, images, psm, whitelist, lang)
        except RuntimeError:
            # The library could not load ``vie`` from the command's data (another Tesseract
            # version, a damaged install): the command reads the page instead of the page
            # failing, and the library is not tried again in this process.
            _BROKEN.add(folder)
    binary = shutil.which("tesseract") or "tesseract"
    args = ["-l", lang, "--psm", str(psm)]
    if whitelist is not None:
        args += ["-c", f"tessedit_char_whitelist={whitelist}"]
    with tempfile.TemporaryDirectory(prefix="doisoat-ocr-") as tmp:
        names: list[str] = []
        for i, image in enumerate(images):
            name = str(Path(tmp) / f"{i:05d}.png")
            # PNG level 1: these small images are written and read once.
            cv2.imwrite(name, image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
            names.append(name)
        if len(names) == 1:
            source = names[0]
        else:
            source = str(Path(tmp) / "images.txt")
            Path(source).write_text("\n".join(names) + "\n", encoding="utf-8")
        done = subprocess.run(
            [binary, source, "stdout", *args, "tsv"],
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=_env(),
            check=False,
        )
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RuntimeError(f"tesseract failed: {message[-1] if message else done.returncode}")
    return _parse_tsv(done.stdout.decode("utf-8", "replace"))


def words_by_image(words: Sequence[OcrWord], count: int) -> list[list[OcrWord]]:
    """Words grouped per image index (``count`` lists, some empty)."""
    out: list[list[OcrWord]] = [[] for _ in range(count)]
    for w in words:
        if 0 <= w.image < count:
            out[w.image].append(w)
    return out


def words_to_lines(words: Sequence[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into printed lines, top to bottom, each line left to right."""
    lines: dict[tuple[int, int, int, int], list[OcrWord]] = {}
    for w in words:
        lines.setdefault((w.image, *w.line), []).append(w)
    ordered = sorted(lines.values(), key=lambda ws: (ws[0].image, min(w.box[1] for w in ws)))
    return [sorted(ws, key=lambda w: w.box[0]) for ws in ordered]


# Rule remnants Tesseract reads at a cell's edges; never cell content on their own.
_EDGE_JUNK = "|[]_—{}¦"
_EDGE_JUNK_RE = re.compile(rf"^[{re.escape(_EDGE_JUNK)}\s]+|[{re.escape(_EDGE_JUNK)}\s]+$")
_STRAY_QUOTE_RE = re.compile(r"^['‘’`](?=[^\W\d_])")


# A slash the ``vie`` model reads as a stroke letter or digit (I, l, 1, !, |, i) where no other
# character can stand: between a year and the capital that starts the next column's name
# ("Ước TH 2025ITH 2024 (%)" for "2025/TH 2024", "năm 2024iKế hoạch" for "2024/Kế hoạch"), and
# between two bracketed column numbers of a formula ("(8)=(6)1(4)" for "(6)/(4)"). Printed text
# never runs a year into a capitalised word, nor two column numbers into each other.
_SLASH_AFTER_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)[Il1!|i](?=[^\W\d_])")
# An exclamation mark closing a word before the next word is a slash ("đầu người! năm" for
# "đầu người/ năm", fresh dev variant 3090): a table's names and headers never exclaim.
_SLASH_AS_BANG_RE = re.compile(r"(?<=[^\W\d_])!(?= [^\W\d_])")
_SLASH_IN_FORMULA_RE = re.compile(r"(\(\d{1,2}\))[Il1!|i](?=\(\d{1,2}\))")


def restore_slashes(text: str) -> str:
    """``text`` with slashes OCR misread as strokes put back (see ``_SLASH_AFTER_YEAR_RE``).

    >>> restore_slashes("Ước TH 2025ITH 2024 (%) (8)=(6)1(4)")
    'Ước TH 2025/TH 2024 (%) (8)=(6)/(4)'
    >>> restore_slashes("năm 2024iKế hoạch; năm 2023 là; 20251 lượt; (1) (2)")
    'năm 2024/Kế hoạch; năm 2023 là; 20251 lượt; (1) (2)'
    >>> restore_slashes("Thu nhập bình quân đầu người! năm")
    'Thu nhập bình quân đầu người/ năm'
    """
    text = _SLASH_AFTER_YEAR_RE.sub(lambda m: m.group(1) + "/" if m.string[m.end()].isupper() else m.group(0), text)
    return _SLASH_AS_BANG_RE.sub("/", _SLASH_IN_FORMULA_RE.sub(r"\1/", text))


def pair_quotes(text: str) -> str:
    """``text`` with a straight double quote that closes (or opens) a curly quotation made curly.

    A document prints its quotation marks in one style; the ``vie`` model reads a curly closing
    mark as a straight one now and then ("thuộc diện “phi tiếp xúc\"" for "“phi tiếp xúc”"), so a
    straight mark paired with a curly one is a misreading of its curly partner. Straight marks on
    both sides are left as read.

    >>> pair_quotes('thuộc diện “phi tiếp xúc"'), pair_quotes('diện "phi tiếp xúc” vùng')
    ('thuộc diện “phi tiếp xúc”', 'diện “phi tiếp xúc” vùng')
    >>> pair_quotes('"phi tiếp xúc"')
    '"phi tiếp xúc"'
    """
    if '"' not in text or not ("“" in text or "”" in text):
        return text
    chars = list(text)
    opened = False
    for k, ch in enumerate(chars):
        if ch == "“":
            opened = True
        elif ch == "”":
            opened = False
        elif ch == '"':
            if opened:
                chars[k], opened = "”", False
            elif "”" in text[k + 1 :] and "“" not in text[k + 1 : text.index("”", k + 1)]:
                chars[k], opened = "“", True
    return "".join(chars)


_CAPS_WORD_RE = re.compile(r"\S*[^\W\d_]\S*")


def capital_i(text: str) -> str:
    """A small "l" beside a capital, in a word of two or more capitals, is the capital "I" the
    ``vie`` model read as one ("VNelD" for "VNeID", "Khu vực IIl" for "III"): Vietnamese spells no
    word with a small "l" against a capital.

    >>> capital_i("tài khoản định danh điện tử (VNelD)"), capital_i("Khu vực IIl"), capital_i("Il lô")
    ('tài khoản định danh điện tử (VNeID)', 'Khu vực III', 'Il lô')
    """
    if "l" not in text:
        return text

    def fixed(m: re.Match[str]) -> str:
        word = m.group(0)
        if "l" not in word or sum(ch.isupper() for ch in word) < 2:
            return word
        chars = list(word)
        for k, ch in enumerate(word):
            if ch == "l" and ((k > 0 and word[k - 1].isupper()) or (k + 1 < len(word) and word[k + 1].isupper())):
                chars[k] = "I"
        return "".join(chars)

    return _CAPS_WORD_RE.sub(fixed, text)


def clean_cell_text(text: str) -> str:
    """Strip table-rule artefacts at the cell's edges, keep everything inside.

    >>> clean_cell_text("| 39.500,00 ]")
    '39.500,00'
    >>> clean_cell_text("Tổng sản lượng lương thực có hạt_")
    'Tổng sản lượng lương thực có hạt'
    >>> clean_cell_text("—")
    '—'
    >>> clean_cell_text("'Tỷ lệ trường đạt chuẩn quốc gia")
    'Tỷ lệ trường đạt chuẩn quốc gia'
    """
    stripped = text.strip()
    cleaned = _EDGE_JUNK_RE.sub("", stripped)
    # A lone opening quote before a letter is a speck on the rule beside it: no quotation is ever
    # opened without being closed in a cell.
    m = _STRAY_QUOTE_RE.match(cleaned)
    if m and not any(q in cleaned[1:] for q in "'‘’`"):
        cleaned = cleaned[1:]
    if not cleaned and stripped in ("—", "-", "–"):
        # A lone dash is how these reports print "nothing to report"; it is content.
        return stripped
    return capital_i(pair_quotes(re.sub(r"\s+", " ", cleaned)))


# Tesseract's orientation detector below this confidence is a guess (on table pages of the layout
# variants it said 0.07 for a page turned 90° and 3.8 for a level one).
OSD_MIN_CONFIDENCE = 1.0
_ORIENTATION = re.compile(r"Orientation in degrees:\s*(\d+)\s+.*?Orientation confidence:\s*([\d.]+)", re.S)


def osd_degrees(gray: NDArray[Any]) -> int | None:
    """How many degrees Tesseract's orientation detector (``--psm 0``, ``osd.traineddata``) finds
    the page turned (0, 90, 180, 270), or None when it is unsure, fails or is not installed.

    It costs about 1.3 s of CPU on a 300-dpi page (several seconds on a busy machine), so it is
    asked only about pages the cheap tests of ``extractor.ocr_orient`` cannot decide."""
    if not has_language("osd"):
        return None
    module, folder = _in_process(), tessdata_dir()
    image = np.ascontiguousarray(gray, dtype=np.uint8)
    if module is not None and folder is not None and folder not in _BROKEN:
        try:
            api = _engine(module, folder, int(module.PSM.OSD_ONLY), "osd")
            height, width = image.shape[:2]
            api.SetImageBytes(image.tobytes(), width, height, 1, width)
            found = api.DetectOrientationScript()
            api.Clear()
        except RuntimeError:
            return None
        if not found or found.get("orient_conf", 0.0) < OSD_MIN_CONFIDENCE:
            return None
        return int(found["orient_deg"]) % 360
    binary = shutil.which("tesseract") or "tesseract"
    with tempfile.TemporaryDirectory(prefix="doisoat-osd-") as tmp:
        name = str(Path(tmp) / "page.png")
        cv2.imwrite(name, image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
        done = subprocess.run([binary, name, "stdout", "--psm", "0"], capture_output=True, timeout=TIMEOUT_SECONDS,
                              env=_env(), check=False)
    m = _ORIENTATION.search(done.stdout.decode("utf-8", "replace"))
    if done.returncode != 0 or m is None or float(m.group(2)) < OSD_MIN_CONFIDENCE:
        return None
    return int(m.group(1)) % 360
