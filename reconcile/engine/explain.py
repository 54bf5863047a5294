"""Printed percentages that no rule of the prose reader relates, explained by arithmetic.

The prose rules (``extractor.prose_*``) read a percentage when they know its wording. This reader
does not depend on wording: after them, every percentage of running text (and every "gấp N lần"
factor) that no relation uses is tried against the figures printed around it.

1. **Candidates.** The figures of its sentence and of the sentence before it (same paragraph),
   nearest first and at most ``EXPLAIN_FIGURES``, paired in both orders; only pairs whose units are
   the same or convert (ha and km², triệu and tỷ đồng), in the readings its clause's words allow
   (``explain_cues``: "chiếm" a share, "tăng" a growth, "bằng … kế hoạch" a ratio, "bình quân
   …/năm" an average growth over the years printed, no cue a share or a ratio). Two figures of one
   breakdown (two parts of one whole, or the whole and a part) are of one time, so neither is a growth's
   earlier level: "thương mại - dịch vụ ước gần 1.900 tỷ đồng, tăng hơn 7,8%; công nghiệp - xây dựng ước
   gần 2.000 tỉ đồng, tăng gần 2,2%" is no 2.000 / 1.900 − 1.
2. **Explained.** When the candidates that hold under the verdict rules (``prose_arith.judge``:
   rounding, truncation, hedges) all use the same figures, that reading is the relation
   (``HOW_ARITHMETIC``): it is read, and consistent. "Năm 2023 đạt 820 tỷ đồng, tăng 9,3% so với năm
   2022 (750 tỷ đồng)" -> 820 / 750 − 1 = 9,33 %: growth of 820 over 750.
3. **By position.** When none holds but the clause leaves one reading by position, it is read
   (``HOW_POSITION``) and judged; its failure is a warning, never an error, since nothing but the
   order of the figures ties them together: "kế hoạch 2.040 tỷ đồng, thực hiện 1.250 tỷ đồng, đạt
   65%" -> 1.250 / 2.040 = 61,3 %, read by position only.
4. **Unchecked.** Otherwise nothing is read, and the percentage is listed (``unchecked_percentages``)
   so that the document says it was not checked.

Chance is the risk: with enough figures nearby some pair recomputes any percentage.
``benchmarks/bench_prose_coincidence.py`` measures how often a random percentage is "explained"
on the development passages; the limits here are tuned on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from extractor.model import Cell, Document, Provenance, Row
from normalizers.quantities import conversion_factor, same_quantity
from normalizers.share_wholes import named_whole_words
from reconcile.engine.checks.prose_arith import judge
from reconcile.engine.explain_cues import clause_around, cue_kinds
from reconcile.engine.memo import by_identity
from reconcile.engine.relations import Ref, Relation, document_relations

__all__ = ["EXPLAIN_FIGURES", "HOW_ARITHMETIC", "HOW_POSITION", "Percentage", "Reading", "all_relations", "explain_percentage",
           "explained_relations", "percentage_at", "reading_of", "relations_read", "unchecked_percentages", "unread_percentages"]

HOW_ARITHMETIC = "explained by arithmetic"
HOW_POSITION = "read by position only"
# The sentences before a percentage's own whose figures may explain it.
EXPLAIN_SENTENCES = 1
# At most this many figures around a percentage are tried (nearest first): more pairs, more chance.
EXPLAIN_FIGURES = 6
# Pairs without an anchor are tried only for a percentage printed with at least this many decimals.
FREE_DECIMALS = 1
# Read a percentage no arithmetic explains by the order of its figures (a warning at most).
POSITION_READING = True
# A percentage printed with fewer decimals is explained only by a reading that rounds to it exactly
# (no truncation, no hedge's tolerance): "5%" is within truncation of one pair in fifty.
COARSE_DECIMALS = 1
_HOLDS = ("consistent", "rounding")
_QUOTIENTS = ("ratio", "share", "growth", "avg_growth", "times", "per_capita")
_SENTENCE_END = re.compile(r"[.!?…](?:\s+|$)")
_FACTOR_AFTER = re.compile(r"\s*lần")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# A figure printed right after these words is a change of some amount, neither a part nor a whole nor
# a level ("(tăng 220 ha so với cuối năm 2020)", "tăng thêm 200 ha"; "tăng lên 6.730 ha" is a level).
_CHANGE_BEFORE = re.compile(r"(?<![a-z0-9])(?:tang|giam|them|vuot|hon)\s*$")


@dataclass(frozen=True)
class Percentage:
    """A printed percentage (or factor) of running text and where it sits.

    ref:      its cell.
    line:     index of its line in ``Document.lines``.
    span:     its characters in that line.
    factor:   a "gấp N lần" factor rather than a percentage.
    """

    ref: Ref
    line: int
    span: tuple[int, int]
    factor: bool = False


@dataclass(frozen=True)
class _Placed:
    ref: Ref
    line: int
    span: tuple[int, int]


def _line_key(p: Provenance) -> Provenance:
    return replace(p, span=None)


def _line_index(doc: Document) -> dict[Provenance, int]:
    return {_line_key(t.provenance): n for n, t in enumerate(doc.lines)}


def _is_percentage(cell: Cell) -> bool:
    v = cell.value
    return v.percent == "%" and v.kind in ("number", "comparator") and v.value is not None


def _is_operand(row: Row, cell: Cell) -> bool:
    v = cell.value
    return (v.kind == "number" and v.value is not None and not v.percent and row.unit != "%"
            and cell.relation not in ("share", "share_change", "growth", "avg_growth", "times", "count_list"))


def _placed(doc: Document, lines: dict[Provenance, int]) -> Iterator[tuple[Row, int, Cell, int]]:
    for row in doc.rows:
        if row.table is not None:
            continue
        for pos, cell in enumerate(row.cells):
            prov = cell.provenance
            if prov.span is None:
                continue
            at = lines.get(_line_key(prov))
            if at is not None:
                yield row, pos, cell, at


def unread_percentages(doc: Document, relations: Sequence[Relation]) -> list[Percentage]:
    """The printed percentages (and "gấp N lần" factors) of running text no relation uses, in order."""
    used = {ref for rel in relations for _, ref in rel.figures}
    lines = _line_index(doc)
    out: list[Percentage] = []
    for row, pos, cell, at in _placed(doc, lines):
        if (row.index, pos) in used:
            continue
        span = cell.provenance.span
        assert span is not None
        if _is_percentage(cell):
            out.append(Percentage((row.index, pos), at, span))
        elif cell.value.kind == "number" and _FACTOR_AFTER.match(doc.lines[at].text, span[1]):
            out.append(Percentage((row.index, pos), at, span, factor=True))
    return out


def percentage_at(doc: Document, ref: Ref) -> Percentage | None:
    """The cell ``ref`` as a ``Percentage`` (whether or not a relation uses it), or None when it is
    no printed percentage or factor of running text."""
    for row, pos, cell, at in _placed(doc, _line_index(doc)):
        if (row.index, pos) != ref:
            continue
        span = cell.provenance.span
        assert span is not None
        if _is_percentage(cell):
            return Percentage(ref, at, span)
        if cell.value.kind == "number" and _FACTOR_AFTER.match(doc.lines[at].text, span[1]):
            return Percentage(ref, at, span, factor=True)
    return None


def _sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _window(doc: Document, p: Percentage) -> list[tuple[int, int, int]]:
    """(line, start, end) pieces of text whose figures may explain ``p``: its sentence first, then the
    ``EXPLAIN_SENTENCES`` before it (from the line before when it opens its line, same page)."""
    text = doc.lines[p.line].text
    sents = _sentences(text)
    k = next((n for n, (a, b) in enumerate(sents) if a <= p.span[0] < b), len(sents) - 1)
    a, b = sents[k] if sents else (0, len(text))
    pieces = [(p.line, a, b)]
    line, earlier = p.line, sents[:k]
    while len(pieces) <= EXPLAIN_SENTENCES:
        if earlier:
            pieces.append((line, *earlier.pop()))
            continue
        prev = doc.lines[line - 1] if line > 0 else None
        if prev is None or not prev.text.strip() or prev.provenance.page != doc.lines[line].provenance.page:
            break
        line, earlier = line - 1, _sentences(prev.text)
        if not earlier:
            break
    return pieces


@dataclass(frozen=True)
class Reading:
    """What the reader needs of a document, built once (``reading_of``).

    rows:    the rows by ``Row.index``.
    placed:  every figure of running text with its line and span, by line (``Document.lines`` index).
    related: the pairs of figures a stated quotient already divides: the text gave them their
             meaning, so they explain no other percentage ("730,63/697,8 tỷ đồng, đạt 104,7% kế
             hoạch, tăng 4,7% so với năm 2019": 4,7 is not 730,63 over the plan).
    """

    rows: dict[int, Row]
    placed: dict[int, tuple[_Placed, ...]]
    related: frozenset[frozenset[Ref]]


def reading_of(doc: Document, stated: Sequence[Relation]) -> Reading:
    """The ``Reading`` of ``doc`` given the relations its rules state."""
    lines = _line_index(doc)
    by_line: dict[int, list[_Placed]] = {}
    for row, pos, cell, at in _placed(doc, lines):
        if cell.provenance.span is not None:
            by_line.setdefault(at, []).append(_Placed((row.index, pos), at, cell.provenance.span))
    placed = {at: tuple(figs) for at, figs in by_line.items()}
    related = frozenset(frozenset((a, b)) for rel in stated if rel.kind in _QUOTIENTS
                        for _, a in rel.figures for _, b in rel.figures if a != b)
    return Reading({r.index: r for r in doc.rows}, placed, related)


def _operands(doc: Document, p: Percentage, reading: Reading) -> tuple[list[_Placed], list[_Placed]]:
    """The figures that may explain ``p``: (anchors, others); for a factor, percentages too ("chiếm 6,4%
    dân số … chiếm 17,6% diện tích, bằng 0,4 lần"). An anchor is the figure the percentage
    is of (part, actual, current, end): the nearest printed before it in its sentence (both of an
    "a/b" printed there). The others, nearest first, are at most ``EXPLAIN_FIGURES``: its sentence
    up to the end of its clause group (the next ";"), and the sentence before."""
    rows = reading.rows
    pieces = _window(doc, p)
    text = doc.lines[p.line].text
    own = pieces[0]
    stop = text.find(";", p.span[1], own[2])
    limit = own[2] if stop < 0 else stop

    def inside(f: _Placed) -> bool:
        if f.line == p.line and own[1] <= f.span[0] < own[2]:
            return f.span[0] < limit
        return any(f.line == ln and a <= f.span[0] < b for ln, a, b in pieces[1:])

    def distance(f: _Placed) -> int:
        if f.line == p.line:
            return abs(f.span[0] - p.span[0])
        return p.span[0] + len(doc.lines[f.line].text) - f.span[0]

    candidates = (f for ln in {ln for ln, _, _ in pieces} for f in reading.placed.get(ln, ()))
    near = sorted((f for f in candidates if inside(f) and f.ref != p.ref
                   and (_is_operand(rows[f.ref[0]], rows[f.ref[0]].cells[f.ref[1]])
                        or (p.factor and _is_percentage(rows[f.ref[0]].cells[f.ref[1]])))), key=distance)
    before = [f for f in near if f.line == p.line and f.span[1] <= p.span[0]]
    anchors = before[:1]
    if len(before) > 1 and text[before[1].span[1]:before[0].span[0]].strip() == "/":
        anchors = [before[1]]  # "1.662/1.909 tỷ đồng, đạt 87%": the figure before the slash
    return anchors, near[:EXPLAIN_FIGURES]


def _units_fit(a: Row, b: Row) -> Fraction | None:
    """What converts a's unit to b's, or None when they are not one quantity (both unprinted fits)."""
    if not a.unit and not b.unit:
        return Fraction(1)
    if not a.unit or not b.unit or not same_quantity(a.unit, b.unit):
        return None
    return conversion_factor(a.unit, b.unit)


def _restated(a: Cell, b: Cell, scale: Fraction) -> bool:
    """One amount printed twice, in two units ("46.445 ha (464,45 km2)"): no relation between them."""
    x, y = a.value.value, b.value.value
    if x is None or y is None or y == 0:
        return False
    if scale == 1:
        return x == y
    return abs(float(Fraction(x) * scale) / y - 1) < 0.005


def _year(doc: Document, cell: Cell, f: _Placed) -> int | None:
    for text in (cell.period or "",):
        years = _YEAR.findall(text)
        if years:
            return int(years[-1])
    line = doc.lines[f.line].text
    years = _YEAR.findall(line[max(0, f.span[0] - 40): f.span[0]])
    return int(years[-1]) if years else None


def _candidate(kind: str, form: str | None, a: Ref, b: Ref, out: Ref, scale: Fraction, years: int | None) -> Relation | None:
    if kind == "share":
        return Relation("share", (("part", a), ("total", b), ("share", out)), out, scale=scale, how=HOW_ARITHMETIC)
    if kind == "ratio":
        return Relation("ratio", (("actual", a), ("plan", b), ("ratio", out)), out, scale=scale, how=HOW_ARITHMETIC)
    if kind == "times":
        if scale != 1:
            return None
        return Relation("times", (("numerator", a), ("denominator", b), ("factor", out)), out, how=HOW_ARITHMETIC)
    if kind == "growth":
        if scale != 1:
            return None
        return Relation("growth", (("current", a), ("base", b), ("rate", out)), out, form=form, how=HOW_ARITHMETIC)
    if kind == "avg_growth":
        if scale != 1 or not years:
            return None
        return Relation("avg_growth", (("start", b), ("end", a), ("rate", out)), out, form=form, years=years,
                        how=HOW_ARITHMETIC)
    return None


def _pairs(doc: Document, p: Percentage, reading: Reading, *, free: bool) -> list[Relation]:
    """Candidate readings of ``p``: its anchors over the figures around it, or with ``free`` every
    ordered pair of those figures."""
    rows = reading.rows
    anchors, near = _operands(doc, p, reading)
    line = doc.lines[p.line].text
    kinds = cue_kinds(clause_around(line, *p.span), factor=p.factor)
    # "giảm 657 ha (bằng 0,85%)": the rate of a change is over the earlier level, which is not printed;
    # the change over the current level (657 / 76.627) or over any other figure is no reading of it
    of_change = rows[p.ref[0]].cells[p.ref[1]].relation == "growth"
    out: list[Relation] = []
    for kind, form in kinds:
        for fa in near if free else anchors:
            for fb in near:
                if fa.ref == fb.ref or frozenset((fa.ref, fb.ref)) in reading.related:
                    continue
                ra, rb = rows[fa.ref[0]], rows[fb.ref[0]]
                ca, cb = ra.cells[fa.ref[1]], rb.cells[fb.ref[1]]
                if of_change and "difference" in (ca.relation, cb.relation):
                    continue
                if kind in ("growth", "avg_growth") and _one_breakdown(ra, rb):
                    # "thương mại - dịch vụ ước gần 1.900 tỷ đồng, tăng hơn 7,8%; công nghiệp - xây dựng ước gần
                    # 2.000 tỉ đồng, tăng gần 2,2%": parts of one whole are figures of one time, so neither is
                    # the other's earlier level (2.000 / 1.900 − 1 was "explained" within the hedges)
                    continue
                pa, pb = _is_percentage(ca), _is_percentage(cb)
                if pa != pb:
                    continue
                # two percentages are of one unit, whatever their rows count ("6,4% dân số", "17,6% diện tích")
                scale = Fraction(1) if pa else _units_fit(ra, rb)
                if scale is None or _restated(ca, cb, scale):
                    continue
                years = None
                if kind == "avg_growth":
                    ya, yb = _year(doc, ca, fa), _year(doc, cb, fb)
                    if ya is None or yb is None or ya <= yb:
                        continue
                    years = ya - yb
                rel = _candidate(kind, form, fa.ref, fb.ref, p.ref, scale, years)
                if rel is not None:
                    out.append(rel)
    return out


def _one_breakdown(a: Row, b: Row) -> bool:
    """Two rows of one breakdown: two parts of one whole, or a whole and one of its parts (one row's own
    figures, its plan and what was done, are no two rows)."""
    if a.index == b.index:
        return False
    return (a.parent is not None and a.parent == b.parent) or a.parent == b.index or b.parent == a.index


def _precise(rel: Relation, rows: dict[int, Row]) -> bool:
    """A reading precise enough to be tried over free pairs: its result printed with two decimals or
    more, and no hedged figure among it."""
    cells = [rows[r].cells[k] for _, (r, k) in rel.figures]
    out = rows[rel.result[0]].cells[rel.result[1]] if rel.result else None
    return out is not None and (out.value.decimals or 0) >= FREE_DECIMALS and not any(c.value.hedge for c in cells)


def _unique(holding: Sequence[Relation]) -> Relation | None:
    figure_sets = {frozenset(ref for _, ref in rel.figures) for rel in holding}
    return holding[0] if len(figure_sets) == 1 else None


def explain_percentage(doc: Document, p: Percentage, reading: Reading) -> Relation | None:
    """The one reading arithmetic gives ``p`` (``HOW_ARITHMETIC``), or None when none or several do.

    Anchored readings (the percentage of the figure printed just before it) are tried first; when
    none holds, every pair of the figures around it, for a precise percentage only, and with no
    rounding beyond the printed point."""
    holding = []
    coarse = (reading.rows[p.ref[0]].cells[p.ref[1]].value.decimals or 0) < COARSE_DECIMALS
    for rel in _pairs(doc, p, reading, free=False):
        verdict = judge(rel, reading.rows)
        if verdict is None or verdict.grade not in _HOLDS:
            continue
        # a whole percentage holds for one pair in a hundred: only when it recomputes exactly
        if coarse and (verdict.grade != "consistent" or verdict.how):
            continue
        holding.append(rel)
    if holding:
        return _unique(holding)
    for rel in _pairs(doc, p, reading, free=True):
        if not _precise(rel, reading.rows):
            continue
        verdict = judge(rel, reading.rows)
        if verdict is not None and verdict.grade == "consistent":
            holding.append(rel)
    return _unique(holding) if holding else None


def _is_change(line: str, f: _Placed) -> bool:
    return _CHANGE_BEFORE.search(clause_around(line, *f.span).before) is not None


def _by_position(doc: Document, p: Percentage, reading: Reading) -> Relation | None:
    """The one reading the order of the figures gives ``p``, or None: the two figures printed
    nearest before it in its clause group (after the last ";"), with a cue word that names one kind
    and figures whose roles say which is which: an "a/b" pair, a part after its whole for a share,
    the figure whose role is the plan for a ratio, the earlier year for a growth. The "a/b" pair may
    print a's words before the slash: "còn 48 hộ nghèo/2.254 hộ, chiếm tỷ lệ 1,91%" is 48 / 2.254, not
    2.254 / 48 (round 24). A change ("tăng
    220 ha") is none of these and is passed over. Two parts listed under one whole (siblings in the
    passage's rows) are no part and whole of a share: "773 trang trại (202 trang trại quy mô vừa, 571
    trang trại quy mô nhỏ), chiếm 51,82% tổng đàn lợn" is not read as 571 / 202."""
    line = doc.lines[p.line].text
    kinds = cue_kinds(clause_around(line, *p.span), factor=p.factor)
    rows = reading.rows
    printed = rows[p.ref[0]].cells[p.ref[1]].value
    if len(kinds) != 1 or kinds[0][0] in ("times", "avg_growth") or printed.hedge or printed.kind != "number":
        return None  # a hedged figure says too little to be called wrong on the order of its figures alone
    kind, form = kinds[0]
    if kind == "share" and named_whole_words(line[p.span[1]:p.span[1] + 80]) == "":
        # "đất nông nghiệp 40.000 ha, chiếm 12% diện tích toàn tỉnh": a share of a whole outside the passage
        # has no whole among its figures, whatever their order (40.000 / 50.000 was a false warning)
        return None
    own = _window(doc, p)[0]
    start = max(own[1], line.rfind(";", 0, p.span[0]) + 1)
    here = reading.placed.get(p.line, ())
    before = sorted((f for f in here if start <= f.span[0] and f.span[1] <= p.span[0]
                     and _is_operand(rows[f.ref[0]], rows[f.ref[0]].cells[f.ref[1]]) and not _is_change(line, f)),
                    key=lambda f: -f.span[0])
    if len(before) < 2:
        return None
    near, far = before[0], before[1]
    if frozenset((near.ref, far.ref)) in reading.related:
        return None
    between = [f for f in here if far.span[1] <= f.span[0] < near.span[0]
               and _is_percentage(rows[f.ref[0]].cells[f.ref[1]])]
    if between:
        return None  # "106.260 người (chiếm 67,33%), người Chăm 84.012 người (chiếm 30,42%)": not one clause
    a_row, b_row = rows[far.ref[0]], rows[near.ref[0]]
    scale = _units_fit(a_row, b_row)
    if scale is None:
        return None
    a_cell, b_cell = a_row.cells[far.ref[1]], b_row.cells[near.ref[1]]
    # "48/2.254", and "48 hộ nghèo/2.254 hộ": the first figure's words may stand before the slash
    slash = re.fullmatch(r"[^\d,;:()/]{0,30}/", line[far.span[1]:near.span[0]].strip()) is not None
    if slash and kind not in ("ratio", "share"):
        return None  # "a/b" is an actual over its plan: the pair of a ratio, no growth
    if slash:
        num, den = far, near
    elif kind == "share":
        if a_row.parent is not None and a_row.parent == b_row.parent and a_row.index != b_row.index:
            # "773 trang trại gia cầm (202 trang trại quy mô vừa, 571 trang trại quy mô nhỏ), chiếm 51,82% tổng
            # đàn lợn": two parts the passage lists under one whole are neither's whole
            return None
        num, den = near, far
    elif kind == "ratio":
        plans = [f for f, c in ((far, a_cell), (near, b_cell)) if c.role in ("plan", "target")]
        if len(plans) != 1:
            return None
        den = plans[0]
        num = near if den is far else far
    else:
        ya, yb = _year(doc, a_cell, far), _year(doc, b_cell, near)
        if ya is None or yb is None or ya == yb:
            return None
        num, den = (far, near) if ya > yb else (near, far)
    fit = _units_fit(rows[num.ref[0]], rows[den.ref[0]])
    if fit is not None and _restated(rows[num.ref[0]].cells[num.ref[1]], rows[den.ref[0]].cells[den.ref[1]], fit):
        return None
    rel = _candidate(kind, form, num.ref, den.ref, p.ref, fit, None) if fit is not None else None
    return replace(rel, how=HOW_POSITION) if rel is not None else None


def explained_relations(doc: Document, stated: Sequence[Relation]) -> tuple[Relation, ...]:
    """The relations arithmetic explains among the percentages ``stated`` leaves unread."""
    reading = reading_of(doc, stated)
    out: list[Relation] = []
    left: list[Percentage] = []
    for p in unread_percentages(doc, stated):
        rel = explain_percentage(doc, p, reading)
        if rel is not None:
            out.append(rel)
        else:
            left.append(p)
    if not POSITION_READING:
        return tuple(out)
    # by position only after arithmetic read what it could: a pair it explains is taken
    reading = reading_of(doc, (*stated, *out))
    for p in left:
        rel = _by_position(doc, p, reading)
        if rel is not None:
            out.append(rel)
            reading = reading_of(doc, (*stated, *out))
    return tuple(out)


@by_identity(maxsize=16)
def relations_read(doc: Document) -> tuple[tuple[Relation, ...], tuple[Relation, ...]]:
    """The relations the rules state (``document_relations``) and those arithmetic explains after them."""
    stated = document_relations(doc)
    return stated, explained_relations(doc, stated)


def all_relations(doc: Document) -> tuple[Relation, ...]:
    """``document_relations`` and, after them, the relations arithmetic explains."""
    stated, explained = relations_read(doc)
    return (*stated, *explained)


def unchecked_percentages(doc: Document) -> list[Percentage]:
    """The printed percentages of running text that no relation, stated or explained, uses."""
    return unread_percentages(doc, all_relations(doc))
