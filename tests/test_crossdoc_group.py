"""Cross-document findings of a district group: the indexed group stage against its definition.

``document_pair_to_findings`` is the definition (every pair of documents matched table by table);
``group_to_findings`` must return exactly what it returns on every pair of the group, while
scoring each distinct name once and comparing only rows whose printed values differ. Checked on
the bundled corpus's Tam Đường group (text renderings, text-layer PDFs, a scan, a corrected copy)
and on a generated group whose copies differ in values, in OCR-damaged names (near-identical names,
so rows must go through one-to-one matching) and in repeated rows.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from extractor.documents import file_to_document
from extractor.model import Document
from reconcile.engine.blocking import NameIndex, length_factor
from reconcile.engine.crossdoc import document_pair_to_findings, group_documents, group_to_findings
from reconcile.engine.findings import Finding, finding_order
from reconcile.engine.matching import PairScores
from reconcile.engine.settings import CheckSettings  # noqa: F401  (the engine's public names load)

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _pairwise(group: list[Document]) -> list[Finding]:
    out: list[Finding] = []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            out.extend(document_pair_to_findings(a, b))
    return sorted(out, key=finding_order)


@cache
def _corpus_group() -> tuple[Document, ...]:
    paths = [
        CORPUS / "000_6a5e51584c6108a1.txt",
        CORPUS / "001_cafb4d1805646ef3.txt",
        CORPUS / "clean" / "000_clean.txt",
        CORPUS / "pdf" / "bieu01_ruled.pdf",
        CORPUS / "pdf" / "bieu02_wrapped.pdf",
    ]
    return tuple(file_to_document(p, {"ocr": False}) for p in paths)


def test_corpus_group_same_findings_as_every_pair() -> None:
    group = list(_corpus_group())
    assert len(group_documents(group)) == 1
    expected = _pairwise(group)
    assert [f.kind for f in expected].count("value_mismatch") > 20
    assert sorted(group_to_findings(group), key=finding_order) == expected


def test_the_order_of_the_documents_decides_which_is_first() -> None:
    group = list(reversed(_corpus_group()))
    assert sorted(group_to_findings(group), key=finding_order) == _pairwise(group)


_DECIMAL = re.compile(r"(?<![\d.,])(\d{2,3}),(\d)(?![\d.,])")


def _variant(text: str, rng: random.Random) -> str:
    """A resubmitted copy: some decimals changed, some indicator names OCR-damaged, a row repeated."""
    text = _DECIMAL.sub(lambda m: f"{m.group(1)},{(int(m.group(2)) + 3) % 10}" if rng.random() < 0.1 else m.group(0), text)
    lines = text.splitlines()
    for i, line in enumerate(lines):
        cells = line.split("\t")
        if len(cells) > 3 and rng.random() < 0.15:
            cells[1] = cells[1].replace("ư", "u", 1).replace("ệ", "ê", 1)  # OCR loses a diacritic
            lines[i] = "\t".join(cells)
    rows = [i for i, line in enumerate(lines) if line.count("\t") > 3]
    if rows and rng.random() < 0.5:
        i = rng.choice(rows)
        lines.insert(i + 1, lines[i])
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def generated_group(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    rng = random.Random(20241120)
    folder = tmp_path_factory.mktemp("tam-duong")
    sources = [CORPUS / "000_6a5e51584c6108a1.txt", CORPUS / "004_7b8a2838134414c2.txt"]
    docs = []
    for i in range(12):
        source = sources[i % 2]
        path = folder / f"{i:02d}_{source.name}"
        path.write_text(_variant(source.read_text(encoding="utf-8"), rng), encoding="utf-8")
        docs.append(file_to_document(path, {"prose": False}))
    return docs


def test_generated_group_same_findings_as_every_pair(generated_group: list[Document]) -> None:
    expected = _pairwise(generated_group)
    assert len(expected) > 50
    assert any("uncertain match" in f.message for f in expected) or len(expected) > 100
    assert sorted(group_to_findings(generated_group), key=finding_order) == expected


def test_name_index_finds_every_pair_the_full_matrix_finds(generated_group: list[Document]) -> None:
    rows = [r for d in generated_group for r in d.rows if r.key]
    index = NameIndex(r.key for r in rows)
    keys = index.keys
    full = PairScores([_Keyed(k, i) for i, k in enumerate(keys)], [_Keyed(k, i) for i, k in enumerate(keys)])
    matrix = full.block([_Keyed(k, i) for i, k in enumerate(keys)], [_Keyed(k, i) for i, k in enumerate(keys)])
    for i, a in enumerate(keys):
        for j, b in enumerate(keys):
            want = float(matrix[i, j]) if matrix[i, j] >= index.score_cutoff else 0.0
            assert index.score(a, b) == want, (a, b)
    assert index.pairs_scored <= len(keys) ** 2


class _Keyed:
    """The two attributes PairScores reads of a row."""

    def __init__(self, key: str, index: int) -> None:
        self.key = key
        self.index = index


def test_the_length_filter_follows_the_name_constants() -> None:
    # 0.8 x ratio + 20 >= 75.5 needs a character ratio of 69.4 %, so lengths within 1.88 x.
    assert length_factor() == pytest.approx(1.8829, abs=1e-3)
    assert length_factor(20.0) == float("inf")


def test_a_lone_document_has_no_cross_document_findings() -> None:
    assert group_to_findings([_corpus_group()[0]]) == []
