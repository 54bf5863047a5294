"""Figures in running text -> indicator ``Row``s with ``table=None``.

``lines_to_prose_rows`` reads each line with a rule-based spaCy pipeline (``prose_patterns``),
groups its figures (``prose_groups``) and turns every group into a ``Row``: the indicator span, the
figures with their roles ("thực hiện", "kế hoạch", "đạt % kế hoạch", "đánh giá"), what arithmetic
the words state (``Cell.relation``: ratio, share, times, difference, growth, count), children of
"trong đó"/"gồm" lists (``Row.parent``) and footnote links (``Row.notes``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from extractor.model import Cell, Provenance, Row, TextLine
from extractor.prose_groups import DraftCell, Group, LineGroups, LineState, LineWalker
from extractor.prose_item_sentences import join_item_sentences
from extractor.prose_patterns import EXTRA_COUNT_NOUNS, RATE_HEADS
from extractor.prose_text import CleanLine, clean_line, trim_post, year_in
from normalizers.figure_marks import own_marks
from normalizers.messages import N_, Msg, msg
from normalizers.names import clean_indicator, indicator_key
from normalizers.numbers import NumberStyle, format_vi
from normalizers.text import fold

__all__ = ["lines_to_prose_rows"]

_CONTEXT_MAX = 300
_RESULT_WORDS = ("ket qua", "tinh hinh", "danh gia")
_TARGET_WORDS = ("chi tieu", "muc tieu", "phuong huong", "ke hoach nam")
# A heading whose verb reports what was done with the targets ("Chợ Đồn: nhiều chỉ tiêu năm 2016 đạt và vượt
# kế hoạch", "Kông Chro cơ bản bảo đảm các chỉ tiêu năm 2021", "… hoàn thành vượt mức nhiều chỉ tiêu") heads
# results, not targets: "chỉ tiêu" is the verb's object. Read unfolded: "đặt mục tiêu" (sets a target) folds
# to "dat" as "đạt" (reached) does.
_RESULT_VERB_RE = re.compile(r"(?<!\w)(?:đạt|vượt|hoàn\s+thành|thực\s+hiện|bảo\s+đảm|đảm\s+bảo)(?!\w)", re.IGNORECASE)


def lines_to_prose_rows(
    lines: Sequence[TextLine], *, document: str, start_index: int = 0, style: NumberStyle | None = None,
    link: bool = False, failed: list[Msg] | None = None,
) -> list[Row]:
    """Running-text lines -> one ``Row`` per figure group, ``index`` from ``start_index`` on.

    ``"tổng sản lượng lương thực 41.160/41.100 tấn đạt 100,1% kế hoạch"`` gives the row
    "tổng sản lượng lương thực" (unit "tấn") with cells thực hiện 41.160, kế hoạch 41.100 and
    đạt % kế hoạch 100,1 (relation "ratio", ``divides=(0, 1)``). A line that cannot be read gives
    no rows and never an exception. ``link``: the lines are one passage, so arithmetic that spans
    sentences and lines is read too (``prose_links``). ``failed``: what could not be read is added
    to it ("line N", or the name of a passage rule), so the document can say so.
    """
    rows: list[Row] = []
    state = LineState()
    for line in lines:
        try:
            rows.extend(_line_rows(line, document=document, start=start_index + len(rows), style=style, state=state))
        except Exception:  # one unreadable line must not cost the document its other figures
            if failed is not None:
                failed.append(msg(N_("line {line}"), line=line.provenance.line) if line.provenance.line is not None
                              else msg(N_("page {page}"), page=line.provenance.page))
    if link:
        from extractor.prose_links import link_prose_rows

        rows = link_prose_rows(rows, lines, failed)
    return rows


# A heading is known by its form, not by its first letter: a list mark and its separator ("I.", "II-", "1.",
# "1.1.", "1.1 ", "a)", "A.", "Phần I", "Mục 2"), or a line printed in capitals. "Chợ Đồn: …", "Các xã …",
# "Về …" or "Đến năm 2020 …" open sentences, so they are no headings: a false heading would switch target mode
# for the whole stretch under it.
_LIST_MARK_RE = re.compile(
    r"^(?:(?:phần|mục|chương)\s+(?:[IVXL]{1,5}|\d{1,2})\s*[.:)\-–]?"
    r"|[IVXL]{1,5}\s*[.)\-–:]"
    r"|\d{1,2}(?:\.\d{1,2}){0,3}\s*[.)\-–]"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}(?=\s)"
    r"|[a-zđA-ZĐ]\s*[.)])"
    r"(?=\s|$)",
    re.IGNORECASE,
)
_CAPITALS_MIN_LETTERS = 8


def _in_capitals(text: str) -> bool:
    """'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2021' — at least a few words' letters, all of them capitals."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _CAPITALS_MIN_LETTERS and all(ch.isupper() for ch in letters)


def _is_heading(clean: CleanLine, found: LineGroups) -> bool:
    """A markdown or bold line; or, with no figure group, a list mark or a line in capitals.

    A plain line of its own (a passage's title: "Các chỉ tiêu chủ yếu nhiệm kỳ 2020-2025 (trích)") is not
    one: measured on the dev set (round 24), titles that name "chỉ tiêu" name indicators as often as targets
    ("Một số chỉ tiêu kinh tế - xã hội giai đoạn 2017 - 2019"), and one that names targets often heads a
    passage of results ("Đông Hưng đặt mục tiêu tăng trưởng cao cho năm tới"), so switching modes on them
    cost more readings than it saved."""
    if clean.heading:
        return True
    if found.groups:
        return False
    return bool(_LIST_MARK_RE.match(clean.text)) or _in_capitals(clean.text)


def _update_section(clean: CleanLine, found: LineGroups, state: LineState) -> None:
    """Headings switch between results (actual figures) and targets (chỉ tiêu, mục tiêu, phương hướng)."""
    text = clean.text
    if not _is_heading(clean, found) or len(text) > 200:
        return
    low = fold(text)
    if any(w in low for w in _RESULT_WORDS) or _RESULT_VERB_RE.search(text):
        state.target_mode = False
    elif any(w in low for w in _TARGET_WORDS):
        state.target_mode = True
    year = year_in(text)
    if year:
        state.section_period = year


def _line_rows(line: TextLine, *, document: str, start: int, style: NumberStyle | None, state: LineState) -> list[Row]:
    clean = clean_line(line.text)
    # a list's items printed one to a sentence are read as its ";"-items (prose_item_sentences)
    clean = replace(clean, text=join_item_sentences(clean.text))
    if not clean.text or not any(ch.isdigit() for ch in clean.text):
        _update_section(clean, LineGroups([], []), state)
        return []
    walker = LineWalker(clean.text, style=style, state=state)
    found = walker.run()
    _update_section(clean, found, state)
    groups = [g for g in found.groups if g.cells or g.synthetic]
    # A synthetic "cơ cấu" parent without share children says nothing.
    groups = [g for g in groups if not g.synthetic or any(c.parent is g for c in groups)]
    _name_groups(groups)
    for g in groups:
        # parts of a total line up with it (same role and period) unless they print their own year
        if g.parent is not None and g.parent.period and not year_in(f"{g.head or ''} {g.lead_raw}"):
            g.period = g.parent.period
    index_of = state.row_index
    rows: list[Row] = []
    for n, g in enumerate(groups):
        index_of[id(g)] = start + n
    footnotes = _footnote_targets(groups, clean, found)
    for n, g in enumerate(groups):
        rows.append(_row(g, n, clean, found, line.provenance, document, index_of, start + n, footnotes))
    tops = [g for g in groups if g.parent is None and g.level == 0 and not g.synthetic]
    if tops:
        state.last_group = tops[-1]
    return rows


# ---------------------------------------------------------------------------------------------
# Indicators


def _words(text: str) -> list[str]:
    return text.split()


def _name_groups(groups: list[Group]) -> None:
    """Indicator text for every group, with sibling heads carried over ("Tỷ lệ huy động" + "mẫu giáo")."""
    prev: Group | None = None
    for g in groups:
        if g.synthetic:
            continue
        if g.change_of is not None:
            g.indicator = f"{g.change_of.indicator} – {g.cells[0].column}" if g.cells else g.change_of.indicator
            g.confidence = min(0.8, g.change_of.confidence)
            continue
        name, confidence, how = _indicator(g, prev)
        g.indicator, g.confidence = name, confidence
        if how:
            g.notes.append(how)
        prev = g


def _is_rate(text: str) -> bool:
    low = fold(text)
    return any(low.startswith(fold(h) + " ") for h in RATE_HEADS[:3])


def _indicator(g: Group, prev: Group | None) -> tuple[str, float, str | None]:
    lead, head, post = g.lead, g.head, _post(g)
    if lead and len(post.split()) > 12 and g.evaluation is None and not g.names_after:
        post = ""  # a long tail after a named figure is commentary, not part of the name
    unit = g.unit or ""
    count_unit = bool(unit) and "/" not in unit and _is_count_unit(unit)
    if post:
        existential = (g.fig is not None and g.fig.exist) or g.lead_raw.strip().lower().endswith((" có", "có"))
        pieces = [g.lead_verbs or lead] if lead and not existential else []
        if count_unit:
            pieces.append(unit)
        pieces.append(post)
        base = " ".join(p for p in pieces if p)
        confidence = 0.8 if lead else 0.75
    else:
        base, confidence = lead, 0.9
    if head:
        if not base:
            name, confidence = head, 0.85
        elif _is_rate(head) or _weak(base):
            name, confidence = f"{head} {base}", 0.8
        else:
            name = base
    else:
        name = base
    if g.list_head and not name.lower().startswith(fold(g.list_head)[:6]) and not _is_rate(name) and name != g.list_head:
        if not (head and _is_rate(head)):
            return f"{g.list_head} {name}".strip(), 0.75, f"indicator head '{g.list_head}' from the list heading"
    # "Tỷ lệ huy động nhà trẻ 46,12% ..., mẫu giáo 99,17% ...": a short lower-case lead after a rate
    if (prev is not None and prev.sentence == g.sentence and name and not head and g.parent is prev.parent
            and _sibling(name, prev)):
        head_text = prev.inherited_head or " ".join(_words(prev.indicator)[: -len(_words(name))])
        # A rate's head carries to rates only: "tỷ lệ hộ nghèo còn 8,94% (còn 1.824 hộ nghèo)" counts
        # the households, it is no rate of "hộ nghèo".
        if head_text and _is_rate(head_text) and not _amount_unit(unit):
            g.inherited_head = head_text
            return f"{head_text} {name}", 0.7, f"indicator head '{head_text}' carried over from the previous figure"
    if not name:
        if g.linked and prev is not None and prev.sentence == g.sentence and unit:
            root = prev.indicator.split(" (")[0]
            return f"{root} ({unit})", 0.3, "indicator not printed: named after the figure it qualifies and its unit"
        return unit or "(không rõ)", 0.3, "indicator not printed before the figure: named after its unit"
    return name, confidence, None


_VALUE_ROLES = ("actual", "estimate", "plan", "target", "other")


def _whole_count_unit(unit: str | None) -> bool:
    """A unit that counts whole things with no scale word: "người", "hộ", "lao động" (not "nghìn
    người", not "người/km2")."""
    from normalizers.units import parse_unit

    if not unit or "/" in unit:
        return False
    parsed = parse_unit(unit)
    if parsed.dimension == "count":
        return parsed.scale == 1.0
    return unit.lower() in EXTRA_COUNT_NOUNS


def _amount_unit(unit: str) -> bool:
    """A unit of a counted or measured amount ("hộ", "ha", "tỷ đồng"), which no rate is printed in."""
    from normalizers.units import parse_unit

    return bool(unit) and (_is_count_unit(unit) or parse_unit(unit).dimension in ("money", "mass", "area", "volume", "length"))


def _is_count_unit(unit: str) -> bool:
    from extractor.prose_patterns import EXTRA_COUNT_NOUNS
    from normalizers.units import parse_unit

    return parse_unit(unit).dimension == "count" or unit.lower() in EXTRA_COUNT_NOUNS


def _post(g: Group) -> str:
    return trim_post(g.post) if g.post else ""


def _weak(text: str) -> bool:
    from extractor.prose_patterns import WEAK_TAIL

    return all(w.lower() in WEAK_TAIL for w in text.split())


def _sibling(name: str, prev: Group) -> bool:
    words = _words(name)
    if not 1 <= len(words) <= 3:
        return False
    first = words[0]
    if not (first[:1].islower() or (first.isupper() and len(first) >= 2)):
        return False
    prev_name = prev.inherited_head or prev.indicator
    return _is_rate(prev_name) and len(_words(prev.indicator)) > len(words)


# ---------------------------------------------------------------------------------------------
# Rows


@lru_cache(maxsize=256)
def _two_price_bases(sentence: str) -> bool:
    """Both price bases named in one sentence: its figures must not be compared with each other."""
    low = fold(sentence)
    return "gia hien hanh" in low and "gia so sanh" in low


def _context(text: str, a: int, b: int, ga: int, gb: int) -> str:
    sentence = text[a:b].strip()
    if len(sentence) <= _CONTEXT_MAX:
        return sentence
    mid = (ga + gb) // 2
    lo = max(a, mid - _CONTEXT_MAX // 2)
    hi = min(b, lo + _CONTEXT_MAX - 2)
    lo = max(a, hi - (_CONTEXT_MAX - 2))
    piece = text[lo:hi]
    if lo > a:
        piece = "…" + piece.split(" ", 1)[-1]
    if hi < b:
        piece = piece.rsplit(" ", 1)[0] + "…"
    return piece[:_CONTEXT_MAX]


def _footnote_targets(groups: list[Group], clean: CleanLine, found: LineGroups) -> dict[int, list[str]]:
    """Each footnote marker goes to the figure group printed nearest before it in its sentence
    (or, when none is, to the first one after it)."""
    out: dict[int, list[str]] = {}
    for offset, number in clean.markers:
        sent = next((s for s in found.sentences if s.start <= offset <= s.end + 1), None)
        if sent is None:
            continue
        here = [g for g in groups if not g.synthetic and g.sentence == found.sentences.index(sent)]
        before = [g for g in here if g.char_start <= offset]
        target = max(before, key=lambda g: (g.char_end if g.char_end <= offset + 1 else -1, g.char_start)) if before else (
            here[0] if here else None
        )
        if target is not None:
            out.setdefault(id(target), []).append(number)
    return out


def _row(g: Group, n: int, clean: CleanLine, found: LineGroups, prov: Provenance, document: str,
         index_of: dict[int, int], index: int, footnotes: dict[int, list[str]]) -> Row:
    cells: list[Cell] = []
    pos: dict[int, int] = {id(c): k for k, c in enumerate(g.cells)}

    def divides(c: DraftCell) -> tuple[int, int] | None:
        if c.divides is None:
            return None
        a, b = c.divides
        if id(a) not in pos or id(b) not in pos:
            return None
        return pos[id(a)], pos[id(b)]

    whole_count = _whole_count_unit(g.unit)
    for c in g.cells:
        value = c.value
        # "763/2.141 học sinh, đạt 35.6%", "năm 2011 có 106,172 người": a count has no thousandths, whatever
        # style the passage's other figures print (figure_marks)
        if whole_count and c.role in _VALUE_ROLES and (own := own_marks(value, unit=g.unit, count=True)) is not None:
            value = own
            g.notes.append(f"'{value.raw}' read as {format_vi(value.value or 0, 0)}: {own.reason}")
        cells.append(
            Cell(column=c.column, role=c.role, value=value, period=c.period or g.period, column_index=None,
                 divides=divides(c), relation=c.relation, provenance=replace(prov, span=c.span) if c.span else prov)
        )
    indicator = clean_indicator(g.indicator).text or g.indicator
    notes = list(g.notes)
    sent = found.sentences[g.sentence] if g.sentence < len(found.sentences) else None
    if clean.footnote is not None:
        notes.append(f"footnote {clean.footnote}")
    if sent is not None:
        for number in footnotes.get(id(g), ()):
            notes.append(f"see footnote {number}")
        context = _context(clean.text, sent.start, sent.end, g.char_start, g.char_end)
        if _two_price_bases(clean.text[sent.start : sent.end]):
            notes.append("different base: giá hiện hành and giá so sánh in one sentence")
    else:
        context = clean.text[:_CONTEXT_MAX]
    confidence = g.confidence
    values = [c.value.confidence for c in g.cells]
    if values:
        confidence = min(confidence, min(values))
    unit = g.unit
    if unit is None and g.fig is not None and g.fig.percent:
        unit = g.fig.percent
    parent = index_of.get(id(g.parent)) if g.parent is not None else None
    return Row(
        document=document,
        index=index,
        indicator=indicator,
        key=indicator_key(indicator),
        cells=tuple(cells),
        table=None,
        row=n,
        unit=unit,
        parent=parent,
        partition=g.partition,
        provenance=prov,
        confidence=round(max(0.0, min(1.0, confidence)), 3),
        context=context,
        notes=tuple(dict.fromkeys(notes)),
    )

