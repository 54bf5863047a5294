"""Figures no wording rule used, explained by arithmetic: sums, subsets and differences in any wording.

The wording rules (``prose_wholes``, ``prose_classes``, ``prose_rates`` …) read a total and its parts
when the words say so ("trong đó", "gồm", the three sectors …). Reports word the same arithmetic in
ways no list of words foresees: "Thu ngân sách … đạt 733.155 triệu đồng …. Trong số đó, thu ngân sách
được hưởng theo phân cấp đạt 331.089 triệu đồng, …, còn thu bổ sung từ ngân sách cấp trên là 402.066
triệu đồng". What these rules read instead is the arithmetic itself: after every other rule ran, a
figure that is no whole yet, followed by figures of its quantity that no list holds and that add up
to it exactly at its printed precision, is their whole. Two or three figures of one unit summing
exactly by chance is rare but not impossible; ``benchmarks/bench_sum_coincidence.py`` counts how
often it happens on the development passages and the limits below (parts printed one after another,
at most ``MAX_PARTS`` of them, in the whole's sentence or the next, strictly smaller than it) are
tuned on it.

A total followed by a list word and parts that do not add up is read only by where the figures stand:
such a reading says so in the whole's notes (``POSITION_ONLY``), and the checks never call it broken
with an error, only a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction
from itertools import pairwise

from extractor.model import POSITION_ONLY
from extractor.prose_categories import covers, cross_classified
from extractor.prose_classes import _other_year as other_year
from extractor.prose_edits import Breakdown, Edits
from extractor.prose_passage import Mention, Passage
from extractor.prose_patterns import YEAR_RE
from extractor.prose_wholes import _BASE_ITEM_RE as BASE_ITEM_RE
from extractor.prose_wholes import NOT_OPENER_RE
from extractor.prose_wholes import _item_words as item_words
from extractor.prose_wholes import _mixed_deeds as mixed_deeds
from normalizers.quantities import conversion_factor, is_count_unit, same_quantity
from normalizers.text import fold

__all__ = ["MAX_PARTS", "POSITION_ONLY", "RULES", "SUM_EXPLAINED", "differences_explained", "listed_by_position",
           "sums_explained", "targets_by_result"]

SUM_EXPLAINED = "parts explained by arithmetic"
MAX_PARTS = 6  # more parts than this summing exactly are as likely chosen by the search as printed as parts
_SMALL = 20  # whole counts below this add up by chance too easily without a list word (7 = 6 + 1)
_SKIP = 1  # how many figures of the whole's quantity may stand between it and its first part
_ROLE_FAMILY = {"actual": "actual", "estimate": "actual", "other": "actual", "plan": "plan", "target": "plan"}
# a whole printed after its parts says it is their sum ("tổng cộng 24 đơn vị", "cộng 1.063 hộ")
_SUM_WORDS_RE = re.compile(r"(?<![a-z])(?:tong cong|tong so|tong|cong lai|cong chung|cong|tat ca|tinh chung)(?![a-z])")


def _decimals(m: Mention) -> int:
    d = m.cell.value.decimals
    return d if d is not None else 0


def _rounds_to(total: Fraction, printed: Fraction, decimals: int) -> bool:
    """``total`` rounded half up at ``decimals`` is ``printed``: the sum as its whole would print it."""
    scale = 10**decimals
    return Fraction(int(total * scale + Fraction(1, 2)), scale) == printed


def _free_whole(edits: Edits, m: Mention) -> bool:
    """Not yet the whole of a list (a second reading of it would only compete with the first)."""
    return all(b.whole[0] != m.row.index for b in edits.breakdowns)


def _free_before(p: Passage, edits: Edits, m: Mention, run: Sequence[Mention]) -> bool:
    """``m`` is free for ``run``, or every list it is already the whole of is printed after ``run``: a
    second classification of one whole, told in its own sentence ("… dân số trung bình đạt 32.330 người.
    Nam nhiều hơn nữ: 16.286 người so với 16.044 người. Thành thị có 8.064 người và nông thôn 24.266
    người": the sexes add up to it before the urban and rural split read by its classes), never a rival
    reading of the same figures."""
    last = max(x.order for x in run)
    for b in edits.breakdowns:
        if b.whole[0] != m.row.index:
            continue
        parts = [p.by_ref[r] for r in b.parts if r in p.by_ref]
        if len(parts) != len(b.parts) or any(x.order <= last for x in parts):
            return False
    return True


def _free_part(edits: Edits, m: Mention, whole: Mention) -> bool:
    return edits.parent_of(m.row.index) is None and m.row.index != whole.row.index


def _amount(m: Mention) -> bool:
    """A printed amount (not a rate, a share, a growth, a fraction or a label)."""
    return m.is_value and m.value is not None and m.value > 0 and m.cell.value.kind in ("number", "comparator") \
        and "/" not in (m.unit or "")


_NOUN_RE = re.compile(r"^\s*([^\W\d_]+(?:\s+[^\W\d_]+)?)")


def _noun(p: Passage, m: Mention) -> str | None:
    """What a figure printed without a known unit counts: the words right after it ("1.239 tình nguyện viên")."""
    found = _NOUN_RE.match(fold(p.after(m, limit=40)))
    return found.group(1) if found else None


def _same_measure(p: Passage, whole: Mention, m: Mention) -> bool:
    """``m`` may be a part of ``whole``: the same quantity at the same scale ("ha" under "ha", "người" under
    "nhân khẩu", "xã" and "thị trấn" under "đơn vị hành chính"; figures without a known unit, the same
    words after them: "1.239 tình nguyện viên" and "1.318 tình nguyện viên"), the same kind of figure (plans under
    a plan, results under a result)."""
    if _ROLE_FAMILY.get(m.cell.role) != _ROLE_FAMILY.get(whole.cell.role):
        return False
    if not whole.unit or not m.unit:
        if whole.unit or m.unit:
            return False
        noun = _noun(p, whole)
        return noun is not None and noun == _noun(p, m)
    if is_count_unit(whole.unit) and is_count_unit(m.unit):
        return conversion_factor(m.unit, whole.unit) in (None, Fraction(1))
    return same_quantity(m.unit, whole.unit) and conversion_factor(m.unit, whole.unit) == Fraction(1)


def _measured(p: Passage, whole: Mention) -> bool:
    """Some figure may be of ``whole``'s measure: it has a unit, or words after it that say what it counts.
    A page number ("Trang 12: …") has neither: looking for its parts through the rest of a long sentence,
    figure by figure, was quadratic in the sentence's figures and never found any (see ``_same_measure``)."""
    return bool(whole.unit) or _noun(p, whole) is not None


def _sums_to(whole: Mention, parts: Sequence[Mention]) -> bool:
    total = sum((x.value or Fraction(0) for x in parts), Fraction(0))
    if whole.value is None:
        return False
    if max(_decimals(x) for x in parts) > _decimals(whole) + 2:
        return False  # "8,59 ha" beside "11.283 ha" is fine; a part printed far finer than its whole is not
    return _rounds_to(total, whole.value, _decimals(whole))


def _smaller_near(p: Passage, whole: Mention, *, after: bool) -> list[Mention]:
    """Figures of ``whole``'s measure printed after it (``after``) or before it, nearest first, in its
    paragraph, its sentence or the next (after) or the one before (before), up to the first one at
    least as big as it (another whole)."""
    out: list[Mention] = []
    if not _measured(p, whole):
        return out
    seq = p.mentions[whole.order + 1 :] if after else reversed(p.mentions[: whole.order])
    for m in seq:
        if m.line != whole.line or abs(m.sentence - whole.sentence) > 1:
            break
        if not _amount(m) or not _same_measure(p, whole, m):
            continue
        if (m.value or 0) >= (whole.value or 0):
            break
        out.append(m)
    return out


def _related(p: Passage, edits: Edits, figures: Sequence[Mention]) -> bool:
    """Some of ``figures`` are already operands of another of them ("2.425 hộ …; đã chi cho 1.880 hộ …,
    còn lại 545 hộ": the rest is read as a difference, the same arithmetic need not be read twice)."""
    refs = {m.ref for m in figures}
    for m in figures:
        own = edits.cells.get(m.ref, {}).get("refs") or m.cell.refs
        if any(r in refs for r in own):
            return True
    return False


def _small(whole: Mention) -> bool:
    """A whole so small that parts of its unit add up to it by chance ("13 xã và 01 thị trấn: … 12 xã")."""
    return whole.value is not None and whole.value < _SMALL and whole.value.denominator == 1


def _opens_list(p: Passage, whole: Mention, run: Sequence[Mention]) -> bool:
    """What ties a small whole to its parts: a list word, a colon or a parenthesis between them; or
    parts in its own sentence after a whole that is no item of a list itself ("Người dân còn tự trồng
    8ha, ở xã Khổng Lào 5ha và xã Mường So 3 ha"; not "… trong đó 7 xã đạt 10-14 tiêu chí, 6 xã đạt 5-9
    tiêu chí và 1 xã …", nor "13 xã và 01 thị trấn: …")."""
    gap = fold(p.between(whole, run[0]))
    if ":" in gap or "(" in gap or bool(_LIST_WORD_RE.search(gap)):
        return True
    if any(m.sentence != whole.sentence for m in run) or re.search(r"(?<![a-z])va(?![a-z])", gap):
        return False
    if _LIST_WORD_RE.search(fold(p.sentence_head(whole))):
        return False
    return not any(_amount(m) and _same_measure(p, whole, m) for m in p.mentions[: whole.order]
                   if m.line == whole.line and m.sentence == whole.sentence)


def _dated(p: Passage, whole: Mention, run: Sequence[Mention]) -> bool:
    """Parts that each print their own year after the whole ("Diện tích lúa 4.500 ha (năm 2022: 4.300 ha,
    năm 2021: 4.100 ha)"): a series of years, not parts of one."""
    prev = whole
    for m in run:
        if m.line != prev.line or not YEAR_RE.search(p.between(prev, m)):
            return False
        prev = m
    return True


def _run_after(p: Passage, edits: Edits, whole: Mention, after: Sequence[Mention]) -> list[Mention] | None:
    small = _small(whole)
    for skip in range(_SKIP + 1 if not small else 1):
        for n in range(2, MAX_PARTS + 1):
            run = list(after[skip : skip + n])
            if len(run) < n:
                break
            if not all(_free_part(edits, x, whole) for x in run):
                break
            if _sums_to(whole, run):
                if small and not _opens_list(p, whole, run):
                    return None
                if _related(p, edits, [whole, *run]):
                    return None
                return run
    return None


def _add(edits: Edits, whole: Mention, parts: Sequence[Mention], how: str) -> bool:
    if len({x.row.index for x in parts}) != len(parts):
        return False
    return edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], True, how))


def sums_explained(p: Passage, edits: Edits) -> None:
    """**Parts explained by arithmetic.** A figure that no list holds as a whole, followed in its sentence
    or the next by 2 to 6 figures of its quantity printed one after another that add up to it exactly
    at its printed precision, is their whole, whatever the words between them: "Thu ngân sách trên địa
    bàn huyện đạt 733.155 triệu đồng, bằng 38,25% dự toán …. Trong số đó, thu ngân sách được hưởng
    theo phân cấp đạt 331.089 triệu đồng, …, còn thu bổ sung từ ngân sách cấp trên là 402.066 triệu
    đồng" -> 331.089 + 402.066 = 733.155 ✓, a partition. One figure of its quantity may stand between
    the whole and its first part (a plan, last year's figure); the parts are strictly smaller than the
    whole and none is already part of another list. A whole that already holds a list printed after these
    parts is classified a second way ("… đạt 32.330 người. Nam nhiều hơn nữ: 16.286 người so với 16.044
    người. Thành thị có 8.064 người và nông thôn 24.266 người": the sexes add up to it before its town and
    country are read by their classes). A whole printed after its parts says it is their
    sum ("Huyện gồm 1 thị trấn và 23 xã, tổng cộng 24 đơn vị hành chính" -> 1 + 23 = 24 ✓).

    Not read: parts that add up only after rounding beyond the whole's precision ("gần 10.487 tỷ đồng
    …: hơn 2.559, 6.114, hơn 1.813" = 10.486), parts in another unit or scale ("ha" under "km2"),
    figures summing across paragraphs or more than one sentence apart, and 7 or more figures, which
    sum exactly by chance too often to be read without words that say so.
    """
    for whole in p.mentions:
        if not _amount(whole):
            continue
        run = _run_after(p, edits, whole, _smaller_near(p, whole, after=True))
        free = _free_whole(edits, whole)
        if run is not None and (free or _free_before(p, edits, whole, run)) and not other_year(p, whole, run) \
                and not _dated(p, whole, run):
            _add(edits, whole, run, f"{SUM_EXPLAINED}: they add up to it exactly")
            continue
        if not free or not _SUM_WORDS_RE.search(fold(p.lead(whole))):
            continue
        before = _smaller_near(p, whole, after=False)
        for n in range(2, min(MAX_PARTS, len(before)) + 1):
            run = list(reversed(before[:n]))
            if not all(_free_part(edits, x, whole) for x in run):
                break
            if _sums_to(whole, run) and not _related(p, edits, [whole, *run]) and not _dated(p, whole, run):
                _add(edits, whole, run, f"{SUM_EXPLAINED}: printed after them as their sum")
                break


# ---------------------------------------------------------------------------------------------
# Targets counted by their result: read by grammar

_TARGET_NOUN_RE = re.compile(r"^\s*chi tieu(?![a-z])")
# each result a target can end a term with, from the top of the scale down; a list that reaches below "met"
# has gone through the scale and counts every target set
_RESULTS = (
    ("partly", re.compile(r"(?<![a-z])dat mot phan(?![a-z])")),
    ("unmet", re.compile(r"(?<![a-z])(?:(?:khong|chua) (?:dat|hoan thanh)|dat duoi)(?![a-z])")),
    ("near", re.compile(r"(?<![a-z])(?:xap xi|gan|co ban) dat(?![a-z])")),
    ("met_or_exceeded", re.compile(r"(?<![a-z])(?:dat va vuot|vuot va dat|dat, vuot|dat hoac vuot)(?![a-z])")),
    ("exceeded", re.compile(r"(?<![a-z])vuot(?![a-z])")),
    ("met", re.compile(r"(?<![a-z])(?:dat|hoan thanh)(?![a-z])")),
)
_SHORT = ("partly", "unmet", "near")


def _target_result(p: Passage, m: Mention) -> str | None:
    """The result a count of targets names right after it ("12 chỉ tiêu đạt và vượt" -> met_or_exceeded,
    "09/15 chỉ tiêu vượt" -> exceeded, "1 chỉ tiêu đạt dưới 50%" -> unmet), or None when it is no count of
    targets or names no result."""
    text = fold(p.after(m, limit=80))
    text = re.sub(r"^/\s*\d+", "", text)  # "09/15 chỉ tiêu": the count of all targets after the slash
    found = _TARGET_NOUN_RE.match(text)
    if found is None:
        return None
    text = re.split(r"[;,(]|\d", text[found.end():])[0]
    return next((name for name, rx in _RESULTS if rx.search(text)), None)


def _counted_targets(p: Passage, m: Mention) -> bool:
    return _amount(m) and m.value is not None and m.value.denominator == 1 \
        and bool(_TARGET_NOUN_RE.match(re.sub(r"^/\s*\d+", "", fold(p.after(m, limit=40))))) \
        and not p.before(m, limit=2).rstrip().endswith("/")


def targets_by_result(p: Passage, edits: Edits) -> None:
    """**Targets counted by their result.** A count of targets that names no result ("đề ra 16 chỉ
    tiêu phấn đấu", "Trong tổng số 15 chỉ tiêu chủ yếu"), followed in its sentence by 2 to 6 counts of
    targets printed one after another, each naming another result, one of them below "met" ("xấp xỉ
    đạt", "đạt dưới 50%", "không đạt", "đạt một phần"): every target set ends with one result, and a
    list that goes down to the shortfalls has named them all, so the counts are a partition of the
    targets set, whatever they add up to: "Nghị quyết … đề ra 16 chỉ tiêu phấn đấu; đến cuối nhiệm kỳ, có
    12 chỉ tiêu đạt và vượt, có 3 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu đạt dưới 50%" -> 12 + 3 + 1 = 16 ✓;
    the same with "đề ra 19 chỉ tiêu" is an error. Not read: a list of the good results only ("có 27 chỉ
    tiêu vượt kế hoạch và 8 chỉ tiêu đạt 100% kế hoạch", which may leave the unmet targets unsaid:
    only its arithmetic reads it), and a whole that names a result itself ("39/39 chỉ tiêu đều đạt và
    vượt", the split of the met targets ``splits_met`` reads).
    """
    for whole in p.mentions:
        if not _counted_targets(p, whole) or not _free_whole(edits, whole) or _target_result(p, whole) is not None:
            continue
        parts: list[Mention] = []
        for m in p.mentions[whole.order + 1 :]:
            if m.line != whole.line or m.sentence != whole.sentence or len(parts) > MAX_PARTS:
                break
            if _counted_targets(p, m):
                parts.append(m)
        results = [_target_result(p, m) for m in parts]
        if len(parts) < 2 or len(parts) > MAX_PARTS or None in results or len(set(results)) != len(results):
            continue
        if not any(r in _SHORT for r in results) or any((m.value or 0) > (whole.value or 0) for m in parts):
            continue
        if not all(_free_part(edits, x, whole) for x in parts) or _related(p, edits, [whole, *parts]):
            continue
        _add(edits, whole, parts, "targets counted by their result: every result named, down to the shortfalls")


# ---------------------------------------------------------------------------------------------
# A list word and parts that do not add up: read by position only

# words after a figure that open a list of its parts
# "trong số <the whole's name> có …" names another whole than the figure before it; "; trong đó" does not
_OPENER_RE = re.compile(r"^[\s,]*(?:\w+(?:[\s,]+|(?=;))){0,8}?;?\s*(?P<word>(?:trong do(?! tuoi)|trong so do|trong so nay|trong tong so do|"
                        r"bao gom|gom|chia ra|cu the|rieng)(?![a-z])|\()")
_LIST_WORD_RE = re.compile(r"(?<![a-z])(?:trong do|trong so|gom|bao gom|chia ra|cu the|voi)(?![a-z])")
_COMPLETE_RE = re.compile(r"(?<![a-z])(?:bao gom|gom|chia ra)(?![a-z])")


def _folded_in_place(text: str) -> str:
    """``text`` folded character by character, so that offsets stay those of the printed text; words that
    only fold to a list word do not ("sầu riêng", durian, is no "riêng": prose_wholes.NOT_OPENER_RE)."""
    folded = "".join((fold(ch) or " ")[0] for ch in text)
    for found in NOT_OPENER_RE.finditer(text):
        folded = folded[: found.end() - 1] + "_" + folded[found.end():]
    return folded


_PAREN_RE = re.compile(r"\([^()]*\)")


def _blank_asides(text: str) -> str:
    """``text`` with every closed parenthesis blanked out, offsets kept ("(tăng hơn 16% …)")."""
    return _PAREN_RE.sub(lambda g: " " * len(g.group(0)), text)


def _opened_list(p: Passage, whole: Mention) -> tuple[str, list[Mention]] | None:
    """The list word printed after ``whole`` before the first figure of its measure (asides in
    parentheses passed over: "88 tỷ đồng (tăng hơn 16% …), trong đó …"), and the figures of its
    measure in the list it opens: up to a ";", the sentence's end, or the parenthesis it opened; figures
    in an aside of the list are no items of it ("trong đó lúa 500 ha (vụ xuân 300 ha)": 300 is not)."""
    text = p.lines[whole.line].text
    s_end = p.sentence_bounds(whole)[1]
    # by position only, parts are in the whole's own unit: "62 dự án, trong đó 3.724 hồ sơ" are two measures
    alike = _alike_after(p, whole, s_end)
    first = next(alike, None)
    if first is None:
        return None
    gap = _blank_asides(_folded_in_place(text[whole.end : first.start]))
    found = _OPENER_RE.search(gap)
    if found is None:
        return None
    start = whole.end + found.end()
    if found.group("word") == "(":
        close = text.find(")", start, s_end)
        end = close if close >= 0 else s_end
        # a figure in parentheses bigger than the figure before it restates it, at another price or date
        # ("1.946,32 tỷ đồng (giá hiện hành ước đạt 2.861,54 …)"): no part of it
        return "(", [m for m in _until(first, alike, end) if start <= m.start and (m.value or 0) < (whole.value or 0)]
    rest = _blank_asides(text[start:s_end])
    stop = re.search(r"[;.]\s|[;.]?$", rest)
    end = start + (stop.start() if stop is not None else len(rest))
    return found.group("word"), [m for m in _until(first, alike, end) if start <= m.start and rest[m.start - start] != " "]


def _alike_after(p: Passage, whole: Mention, s_end: int) -> Iterator[Mention]:
    """The figures of ``whole``'s measure and unit after it in its sentence, in order, found as they are
    asked for: the list ends long before a long sentence does, and testing every later figure of it
    for every figure was quadratic."""
    if not _measured(p, whole):
        return
    for k in range(whole.order + 1, len(p.mentions)):
        m = p.mentions[k]
        if m.line != whole.line or m.start >= s_end:
            return  # mentions are in reading order: none after this one is in the sentence
        if _amount(m) and _same_measure(p, whole, m) and (not m.unit or conversion_factor(m.unit, whole.unit) == 1):
            yield m


def _until(first: Mention, rest: Iterator[Mention], end: int) -> Iterator[Mention]:
    """``first`` and the figures of ``rest`` that start before ``end`` (in order, so the first past it ends them)."""
    m: Mention | None = first
    while m is not None and m.start < end:
        yield m
        m = next(rest, None)


def listed_by_position(p: Passage, edits: Edits) -> None:
    """**Parts read by position only.** A figure that no list holds, followed right away by a list word
    ("trong đó", "trong số đó", "gồm", "bao gồm", "chia ra", "cụ thể", "riêng", or an opening
    parenthesis) and then by figures of its quantity that no list holds and that do NOT add up to it:
    the figures of the list are some of it (a subset, parts ≤ whole), or all of it when the list word
    says so ("gồm", "chia ra") or the parts name every class of a known classification. Nothing but
    where the figures stand ties them to the whole, so the whole's notes say "read by position only"
    and parts that exceed it, or a partition that does not add up, are a ``warning``, never an error:
    "có 2.439 tình nguyện viên, trong đó 1.318 tình nguyện viên đủ điều kiện" -> 1.318 ≤ 2.439 ✓ (read);
    "có 1.239 tình nguyện viên, trong đó 1.318 tình nguyện viên …" -> a warning ("thanh niên" and "công dân" are
    counts of people the listed-parts rule reads, so "có 1.239 thanh niên, trong đó 1.318 công dân …" is an error).
    """
    for whole in p.mentions:
        if not _amount(whole) or not _free_whole(edits, whole):
            continue
        opened = _opened_list(p, whole)
        if opened is None:
            continue
        words, parts = opened
        if not parts or not all(_free_part(edits, x, whole) for x in parts) or len(parts) > MAX_PARTS:
            continue
        if len({x.row.index for x in parts}) != len(parts) or _related(p, edits, [whole, *parts]):
            continue
        if _dated(p, whole, parts) or other_year(p, whole, parts) or mixed_deeds(p, parts) \
                or cross_classified([item_words(p, x, folded=False) for x in parts]):
            continue  # other years' figures, or items that classify the whole two ways or mix a deed with kinds
        if any(BASE_ITEM_RE.search(p.lead(x).lower()) for x in parts):
            continue  # "Sản lượng 4.500 tấn (kế hoạch 4.300 tấn, cùng kỳ 4.100 tấn)": bases, not parts
        if any("(" in (gap := p.between(a, b)) and ")" not in gap.rsplit("(", 1)[1] for a, b in pairwise(parts)):
            continue  # "21 bệnh viện, bao gồm 11 bệnh viện tuyến tỉnh (8 bệnh viện nhà nước, …": 8 breaks down the 11
        complete = bool(_COMPLETE_RE.search(words)) or (len(parts) >= 2 and covers([p.name(x) for x in parts]) is not None)
        kind = "a partition" if complete else "a subset"
        edits.add_breakdown(Breakdown(whole.ref, [x.ref for x in parts], complete and len(parts) >= 2,
                                      f"{POSITION_ONLY}: parts listed after '{words or '('}', {kind}"))


# ---------------------------------------------------------------------------------------------
# Differences

# words that make a figure a difference by themselves, and words of change that need "so với" after the figure
# (or the figure printed after both levels): "giảm 7,80%, … tăng 1,10% và … tăng 6,70%" are three changes
_REMAINDER_RE = re.compile(r"(?<![a-z])(?:con lai|tru di|tru|chenh lech|vuot|hut|cao hon|thap hon|nhieu hon|it hon)\s*$")
_CHANGE_RE = re.compile(r"(?<![a-z])(?:tang them|tang|giam)\s*$")
_AGAINST_RE = re.compile(r"(?<![a-z])so(?: voi)?(?![a-z])")


def _unexplained(m: Mention) -> bool:
    c = m.cell
    return c.divides is None and not c.refs and c.relation in (None, "growth", "difference")


def _level(m: Mention) -> bool:
    """A figure that may be one side of a difference: an amount, or a rate printed as a level."""
    v = m.cell.value
    return v.kind == "number" and v.value is not None and m.value is not None and m.cell.divides is None \
        and not m.cell.refs and m.cell.relation in (None, "growth")


def _alike(a: Mention, b: Mention) -> bool:
    if a.percent or b.percent:
        return a.percent and b.percent
    return bool(a.unit) and bool(b.unit) and same_quantity(a.unit, b.unit) and conversion_factor(a.unit, b.unit) == 1


def differences_explained(p: Passage, edits: Edits) -> None:
    """**Differences explained by arithmetic.** A figure printed after a word of change or of remainder
    ("tăng", "giảm", "còn lại", "trừ", "chênh lệch", "vượt", "hụt", "cao hơn", "thấp hơn"), not read as
    anything yet (or read as a growth rate whose base is not known), that is exactly the difference of
    two figures of its unit printed in its sentence (or one in the sentence before): "năm 2016 đạt 59,7
    triệu đồng, năm 2017 đạt 62,3 triệu đồng và năm 2018 đạt 64,9 triệu đồng, tăng 5,2 triệu đồng …
    so với năm 2016" -> 64,9 − 59,7 = 5,2 ✓; "tăng trưởng 15,22%, tăng 0,93% so với năm 2013 (năm 2013
    tăng 14,29%)" -> 15,22 − 14,29 = 0,93 ✓. Of several pairs that fit, none is read.
    """
    for d in p.mentions:
        if d.value is None or d.cell.value.kind != "number" or not _unexplained(d) or edits.claimed(d.ref):
            continue
        lead = fold(p.lead(d))
        strong = bool(_REMAINDER_RE.search(lead))
        if not strong and not _CHANGE_RE.search(lead):
            continue
        against = bool(_AGAINST_RE.search(fold(re.split(r"[;,.]", p.after(d, limit=80))[0])))
        near = [m for m in p.mentions if m.line == d.line and m is not d and d.sentence - 1 <= m.sentence <= d.sentence
                and _level(m) and _alike(m, d)]
        if not any(m.sentence == d.sentence for m in near):
            continue
        dec = _decimals(d)
        pairs = [(a, b) for i, a in enumerate(near) for b in near[i + 1 :]
                 if a.value is not None and b.value is not None and a.value != b.value
                 and max(_decimals(a), _decimals(b)) <= dec + 1
                 and _rounds_to(abs(a.value - b.value), d.value, dec)]
        pairs = [(a, b) for a, b in pairs if a.sentence == d.sentence or b.sentence == d.sentence]
        if len(pairs) != 1:
            continue
        a, b = pairs[0]
        if _related(p, edits, [d, a, b]):
            continue  # "… 2.150 tỷ đồng; trừ 410 tỷ đồng … thì … 1.740 tỷ đồng": 1.740 is the difference already
        if not strong and not against and not (a.order < d.order and b.order < d.order):
            continue
        if d.cell.relation == "growth" and b.value and a.value:
            big, small = (a, b) if a.value > b.value else (b, a)
            rate = (big.value - small.value) / small.value * 100  # type: ignore[operator]
            if _rounds_to(rate, d.value, dec):
                continue  # the growth reading fits too: words, not arithmetic, must tell
        if edits.set_cell(d.ref, relation="difference", refs=(a.ref, b.ref)):
            edits.note(d.row.index, f"{SUM_EXPLAINED}: {p.text(d)} is the difference of {p.text(a)} and {p.text(b)}")


RULES = (targets_by_result, sums_explained, differences_explained, listed_by_position)
