"""Running the ``tesseract`` command on page regions and cell images, and reading its TSV output.

Tesseract is run as a subprocess with ``OMP_THREAD_LIMIT=1``: its OpenMP threads fight over the
machine's two cores (a 300-dpi page took 28.5 s with default threading, 5.6 s with one thread), so
parallelism comes from a process pool over pages instead (``extractor.ocr``).

Cells are not sent one process each (loading the model dominates): all cell images of a page are
written to a temporary directory and read by a single ``tesseract`` run over an image list, each
image a "page" of its own, so one cell's words can never run into its neighbour's.
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
    """

    image: int
    line: tuple[int, int, int]
    box: tuple[int, int, int, int]
    conf: float
    text: str


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


def run_tesseract(images: Sequence[NDArray[Any]], *, psm: int, whitelist: str | None = None) -> list[OcrWord]:
    """Read each grayscale image with one ``tesseract -l vie`` process; words carry their image index.

    >>> # words = run_tesseract([cell_image], psm=7)  ->  [OcrWord(image=0, ..., text="Tấn")]
    """
    if not images:
        return []
    ok, reason, _ = probe()
    if not ok:
        raise RuntimeError(reason)
    binary = shutil.which("tesseract") or "tesseract"
    args = ["-l", LANG, "--psm", str(psm)]
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
    return re.sub(r"\s+", " ", cleaned)
