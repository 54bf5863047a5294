"""Whether a relation of the running text was assembled without doubt, before its failure is an error.

The prose reader pairs figures by their words: a part with the whole its list hangs from, a share
with the total before it, a rate with the population and area printed nearby. When the wording is
one the rules were not written for, the pairing can be wrong, and a relation that does not
recompute then says nothing about the report: the tool read arithmetic that is not there. An
auditor takes an ``error`` as a claim that the printed numbers cannot all be right, so a prose
relation that fails is an error only when nothing suggests another pairing. Otherwise it is an
``info`` that names the doubt and the arithmetic that was not confirmed.

A doubt (``assembly_doubt``) is another reading of the same sentences under which the relation
holds:

- **another figure fits**: putting another printed figure of the same quantity (a percentage for a
  percentage, a unit that converts), from the sentences the relation spans, in place of one of its
  figures (not the same item's other figure: its plan, a fraction's other side) makes the relation
  hold. "Dân số năm 2010 là 17.825 người, trong đó nam 9.165 người và nữ
  8.660 người; năm 2016 là 19.174 người": read as 9.165 + 19.174 ≤ 17.825 it fails, with 8.660 in
  place of 19.174 it adds up exactly, so the reading, not the report, is in doubt. A figure the text
  gives its own place is no other reading: the part of its own share ("đồng bằng 9.120 ha (13,3%),
  đồi bãi 9.600 ha (16%)": 9.600 / 55.811 = 17,2 % is an error, though 9.120 would make 16 %). The printed
  result is never swapped, and "holds" means consistent or within rounding (a hedge's tolerance
  included), not truncated. For a subset only parts that add up to the whole count: a smaller
  figure always fits under a whole. A subset of one part has no such reading: "Trong tổng số 26
  xã, có 26 xã đạt tiêu chí A, 52 xã đạt tiêu chí B" -- 26 in place of 52 only repeats the whole.
  A share whose part and whole are both printed again in another unit (households beside people) holds
  or fails with that pair in place of both: "hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm 41,96%)" of "16.516 hộ,
  82.741 khẩu" is 6.930 / 16.516, the households' share.
- **the list was read short**: one more figure of the same quantity printed in those sentences
  completes parts that must add up (a partition, shares that cover a whole).
- **a series, not parts**: two parts printed side by side with nothing but "," or "và" between them
  ("trong đó hộ nông nghiệp 20.506, 21.337 và 22.664 hộ, hộ phi nông nghiệp 2.747, ...") are one
  item's figures for several years, not items of a list, which each print their own name.

Dropping a part is no evidence (a slip in the total often equals a small part), and neither is a
result far from the printed one (real reports print parts twice their whole). Measured on the
development passages with the code of before this round's adaptation (benchmarks/score_prose.py;
see docs/rules.md): most first-contact errors on relations the truth does not hold were of the
first kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from extractor.model import Cell, Document, Row
from normalizers.quantities import same_quantity
from reconcile.engine.checks.evidence import shown
from reconcile.engine.checks.intervals import Interval
from reconcile.engine.checks.prose_arith import figure, judge
from reconcile.engine.checks.prose_certainty import reading_doubt
from reconcile.engine.findings import Finding
from reconcile.engine.messages import N_, Msg, clauses, msg, text
from reconcile.engine.relations import (
    CHANGE_RELATIONS,
    VALUE_ROLES,
    Ref,
    Relation,
    cell_at,
    document_relations,
    relation_refs,
)

_JUDGED = ("ratio_mismatch", "sum_mismatch")
_AT_MOST = ("subset",)


def _number(cell: Cell) -> bool:
    return cell.value.kind in ("number", "comparator") and cell.value.value is not None


def _same_kind(rows: dict[int, Row], ref: Ref, other: Ref) -> bool:
    """Two printed figures of one quantity: both percentages, or in units that convert."""
    a, b = cell_at(rows, ref), cell_at(rows, other)
    if a is None or b is None or not _number(b):
        return False
    if bool(a.value.percent) != bool(b.value.percent):
        return False
    if a.value.percent:
        return True
    ua, ub = rows[ref[0]].unit, rows[other[0]].unit
    if not ua or not ub:
        return False
    return ua == ub or same_quantity(ua, ub)


def _sentences(rel: Relation, rows: dict[int, Row]) -> set[str]:
    return {rows[r].context or "" for _, (r, _p) in rel.figures if r in rows}


def _candidates(rel: Relation, rows: dict[int, Row]) -> list[Ref]:
    """Printed figures of the sentences the relation spans that it does not use."""
    used = {ref for _, ref in rel.figures}
    spans = _sentences(rel, rows) - {""}
    out: list[Ref] = []
    for row in rows.values():
        if row.table is not None or (row.context or "") not in spans:
            continue
        for pos, cell in enumerate(row.cells):
            ref = (row.index, pos)
            if ref in used or not _number(cell):
                continue
            if cell.role not in (*VALUE_ROLES, "ratio") and not cell.relation:
                continue
            out.append(ref)
    return out


def _holds(rel: Relation, rows: dict[int, Row]) -> bool:
    verdict = judge(rel, rows)
    if verdict is None:
        return False
    if rel.kind in _AT_MOST or rel.form == "at_most":
        # a smaller figure always fits under a whole: only parts that add up to it count
        whole = _whole(rel, rows)
        return whole is not None and verdict.interval.lo <= whole.hi and whole.lo <= verdict.interval.hi
    # truncation and trailing zeros explain a printed figure, not a guessed pairing
    return verdict.grade == "consistent" or (verdict.grade == "rounding" and verdict.how == "within rounding")


def _whole(rel: Relation, rows: dict[int, Row]) -> Interval | None:
    """The values the printed result (a total, a count, a rate) stands for; a sum of shares' target."""
    if rel.result is None:
        return Interval.point(rel.target) if rel.target is not None else None
    row = rows.get(rel.result[0])
    cell = cell_at(rows, rel.result)
    if row is None or cell is None:
        return None
    fig = figure(row, cell)
    return fig.strict if fig is not None else None


def _other_structure(rel: Relation, rows: dict[int, Row], ref: Ref) -> bool:
    """A share the reader put in another structure of the same sentences (the other year's: "nông
    nghiệp từ 36% giảm còn 33,51%; công nghiệp từ 30% lên 30,43% …"): no other reading of this one."""
    if rel.kind != "shares_sum":
        return False
    parent = rows[ref[0]].parent if ref[0] in rows else None
    own = {rows[r].parent for _, (r, _p) in rel.figures if r in rows}
    return parent is not None and parent not in own and parent in rows and rows[parent].indicator == "cơ cấu"


def _sum_kinds(rel: Relation) -> bool:
    return rel.kind in ("partition", "count_sum", "subset") or (rel.kind == "shares_sum" and rel.form != "at_most")


def _taken(rows: dict[int, Row], ref: Ref, other: Ref) -> bool:
    """A figure the text already gives its own place, so it is no other reading of ``ref``: the part of
    its own share ("đồng bằng 9.120 ha (13,3%), đồi bãi 9.600 ha (16%)": 9.120 is no other reading of
    9.600). (An item of another list still is: read across a ";", the other year's figure is the doubt.)"""
    theirs = rows.get(other[0])
    if theirs is None:
        return False
    return any(c.relation == "share" and c.refs and c.refs[0] == other for c in theirs.cells)


def _a_change(rows: dict[int, Row], ref: Ref) -> bool:
    """A figure the text prints as a change of another ("hơn 950 ha (tăng hơn 222 ha so với năm 2022), tập
    trung ở phường A (320 ha) …"): how much the whole grew is no part of it, so no other reading of one."""
    cell = cell_at(rows, ref)
    return cell is not None and cell.relation in CHANGE_RELATIONS


_BESIDES_RE = re.compile(r"\bngoài ra\b", re.IGNORECASE)


def _set_apart(rel: Relation, rows: dict[int, Row], lines: dict[int, str], ref: Ref) -> bool:
    """A figure printed after "ngoài ra" that follows the relation's figures on their line: the text
    says it is besides them ("chủ yếu ở xã Hoang Thèn 89 ha, … xã Ma Li Pho 12 ha; ngoài ra người dân tự
    trồng 8ha ở xã Khổng Lào (5ha) và xã Mường So (3 ha)"), no other reading of one of them."""
    cell = cell_at(rows, ref)
    if cell is None or cell.provenance.span is None or cell.provenance.line not in lines:
        return False
    line = cell.provenance.line
    ends = [c.provenance.span[1] for _, r in rel.figures if (c := cell_at(rows, r)) is not None
            and c.provenance.line == line and c.provenance.span is not None]
    if not ends or max(ends) > cell.provenance.span[0]:
        return False
    return _BESIDES_RE.search(lines[line][max(ends):cell.provenance.span[0]]) is not None


def another_figure_fits(rel: Relation, rows: dict[int, Row], lines: dict[int, str] | None = None
                        ) -> tuple[str, Ref, Ref | None] | None:
    """How another reading of the sentence makes the relation hold, or None:
    ("instead", figure, the printed figure that fits in its place) or ("added", the figure of the
    sentence that completes the parts, None).
    The printed result itself is never swapped: that would only say which figure the text prints.
    ``lines`` (line number -> text): figures the text sets apart with "ngoài ra" are left out."""
    if rel.kind in ("count_list", "range_shares_sum"):
        return None
    candidates = [c for c in _candidates(rel, rows) if not _other_structure(rel, rows, c)
                  and not _set_apart(rel, rows, lines or {}, c)]
    lone_part = rel.kind in _AT_MOST and sum(role == "part" for role, _ in rel.figures) == 1
    for i, (role, ref) in enumerate(rel.figures):
        if ref == rel.result or lone_part:
            continue  # one part that adds up to its whole is only a figure equal to it: no other reading
        for other in candidates:
            if other[0] == ref[0] or not _same_kind(rows, ref, other):
                continue  # the same item's other figure (its plan, a fraction's numerator) is no other reading
            if _taken(rows, ref, other) or (_sum_kinds(rel) and _a_change(rows, other)):
                continue
            figures = (*rel.figures[:i], (role, other), *rel.figures[i + 1:])
            if _holds(replace(rel, figures=figures), rows):
                return "instead", ref, other
    if not _sum_kinds(rel):
        return None
    part_role = "term" if rel.kind == "shares_sum" else "part"
    parts = [ref for role, ref in rel.figures if role == part_role]
    if not parts:
        return None
    for other in candidates:
        if _same_kind(rows, parts[0], other) and _holds(
                replace(rel, figures=(*rel.figures, (part_role, other)),
                        signs=(*rel.signs, 1) if rel.signs else rel.signs), rows):
            return "added", other, None
    # (Dropping a part is no evidence: a digit slip in the total often equals a small part.)
    return None


# The note ``extractor.prose_wholes`` gives shares whose structure names their parts (the engine does
# not import the reader: tests/test_prose_structure.py pins that the two strings are the same).
STRUCTURE_NAMED = "the parts the structure names"


def unnamed_neighbours(rel: Relation, rows: dict[int, Row], lines: dict[int, str]) -> tuple[Cell, Cell] | None:
    """Two parts printed side by side with nothing but "," or "và" between them ("hộ nông nghiệp 20.506,
    21.337 và 22.664 hộ"): one item's series (its years), not two items of a list, which each
    print their own name."""
    if not _sum_kinds(rel) and rel.kind != "subset":
        return None
    parts = [ref for role, ref in rel.figures if role in ("part", "term")]
    parent = rows[parts[0][0]].parent if parts and parts[0][0] in rows else None
    if parent is not None and parent in rows and any(STRUCTURE_NAMED in n for n in rows[parent].notes):
        return None  # "cơ cấu giữa trồng trọt và chăn nuôi là 49,9% và 50,1%": the structure names both
    for a_ref, b_ref in pairwise(parts):
        a, b = cell_at(rows, a_ref), cell_at(rows, b_ref)
        if a is None or b is None:
            continue
        pa, pb = a.provenance, b.provenance
        if pa.line is None or pa.line != pb.line or pa.span is None or pb.span is None or pa.line not in lines:
            continue
        between = lines[pa.line][pa.span[1]:pb.span[0]]
        if re.fullmatch(r"\s*(?:,|,?\s*và)\s*", between) and _one_of_them_fits(rel, rows, a_ref, b_ref):
            return a, b
    return None


def _one_of_them_fits(rel: Relation, rows: dict[int, Row], a: Ref, b: Ref) -> bool:
    """Whether the relation holds with one of two side-by-side figures taken for the item's (the
    other being another year's): a series that explains nothing is no doubt ("1.002, 8 tỷ đồng" where
    333 + 1.002 + 733 and 333 + 8 + 733 both miss 1.709)."""
    terms = [ref for role, ref in rel.figures if role in ("part", "term")]
    for drop in (a, b):
        figures = tuple(f for f in rel.figures if f[1] != drop)
        signs = tuple(s for ref, s in zip(terms, rel.signs, strict=False) if ref != drop) if rel.signs else rel.signs
        if _holds(replace(rel, figures=figures, signs=signs), rows):
            return True
    return False


def other_unit_pair(rel: Relation, rows: dict[int, Row]) -> tuple[Ref, Ref, Ref, Ref] | None:
    """A share whose part and whole are both printed again in another unit, on their own rows, where the
    share holds: (part, whole, the part's other figure, the whole's other figure). "16.516 hộ, 82.741
    khẩu, trong đó … hộ nghèo 6.930 hộ, 35.695 khẩu (chiếm 41,96%)": read as 35.695 / 82.741 = 43,14 % it
    fails, as 6.930 / 16.516 = 41,96 % it holds: the share may count the households, not the people."""
    if rel.kind != "share" or rel.result is None:
        return None
    part, whole = next(iter(rel.refs("part")), None), next(iter(rel.refs("total")), None)
    if part is None or whole is None or part[0] not in rows or whole[0] not in rows:
        return None
    unit = rows[part[0]].unit
    # printed beside them: on the row before or after, or their own row
    candidates = [c for c in _candidates(rel, rows) if rows[c[0]].unit and rows[c[0]].unit != unit]
    for p in candidates:
        for w in candidates:
            if p == w or rows[p[0]].unit != rows[w[0]].unit or abs(p[0] - part[0]) > 1 or abs(w[0] - whole[0]) > 1:
                continue
            swapped = tuple((role, p if ref == part else w if ref == whole else ref) for role, ref in rel.figures)
            if _holds(replace(rel, figures=swapped), rows):
                return part, whole, p, w
    return None


def assembly_doubt(rel: Relation, rows: dict[int, Row], lines: dict[int, str] | None = None) -> Msg | None:
    """Why the failure of ``rel`` may be the reading's, not the report's, or None."""
    series = unnamed_neighbours(rel, rows, lines or {})
    if series is not None:
        return msg(N_("{first} and {second} are printed side by side without a name each: they may be one "
                      "item's figures (a series of years), not parts"), first=shown(series[0]), second=shown(series[1]))
    fits = another_figure_fits(rel, rows, lines)
    pair = other_unit_pair(rel, rows) if fits is None else None
    if pair is not None:
        part, whole, p, w = (cell_at(rows, ref) for ref in pair)
        assert part is not None and whole is not None and p is not None and w is not None
        return msg(N_("with {other} in place of {figure} the figures agree: they may not have been paired as the "
                      "text means"), other=f"{shown(p)} / {shown(w)}", figure=f"{shown(part)} / {shown(whole)}")
    if fits is None:
        return None
    how, ref, other = fits
    a = cell_at(rows, ref)
    assert a is not None
    if how == "instead":
        b = cell_at(rows, other) if other is not None else None
        assert b is not None
        return msg(N_("with {other} in place of {figure} the figures agree: they may not have been paired as the "
                      "text means"), other=shown(b), figure=shown(a))
    return msg(N_("with {figure}, printed beside them, the parts agree: the list may have been read short"),
               figure=shown(a))


def _relation_of(f: Finding, by_cells: dict[frozenset[Ref], Relation]) -> Relation | None:
    key = dict(f.extra).get("relation")
    refs = relation_refs(key) if isinstance(key, str) else None
    return by_cells.get(refs) if refs is not None else None


def doubt_assembly(doc: Document, findings: Sequence[Finding]) -> list[Finding]:
    """``findings`` with every prose error on a relation whose assembly is in doubt turned into an
    info that says why it was not called an error, and every other one on a reading that is not sure
    (``prose_certainty.reading_doubt``) into a warning that says what left it unsure."""
    if not any(f.severity == "error" and f.kind in _JUDGED for f in findings):
        return list(findings)
    rows = {r.index: r for r in doc.rows}
    lines = {t.provenance.line: t.text for t in doc.lines if t.provenance.line is not None}
    by_cells: dict[frozenset[Ref], Relation] = {}
    for each in document_relations(doc):
        by_cells.setdefault(frozenset(ref for _, ref in each.figures), each)
    related = frozenset().union(*by_cells)
    out: list[Finding] = []
    for f in findings:
        if f.severity == "error" and f.kind in _JUDGED and f.document == doc.id:
            judged = _relation_of(f, by_cells)
            doubt = assembly_doubt(judged, rows, lines) if judged is not None else None
            # no other reading holds, but the words may not tie the figures as read (``prose_certainty``)
            unsure = reading_doubt(judged, rows, lines, related) if judged is not None and doubt is None else None
            if doubt is not None or unsure is not None:
                base = f.text if f.text is not None else text(f.message)
                f = f.with_text(clauses(base, msg(N_("not called an error: {doubt}"), doubt=doubt or unsure)),
                                severity="info" if doubt is not None else "warning")
        out.append(f)
    return out


__all__ = ["another_figure_fits", "assembly_doubt", "doubt_assembly", "other_unit_pair"]
