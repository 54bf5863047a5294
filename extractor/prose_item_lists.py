"""Counts whose items are separated by semicolons: "quán triệt 7 chuyên đề: Những nội dung …; Kế hoạch …; …".

The rule's docstring shows passages it reads (docs/rules.md is generated from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_lists import COUNTED_RE, OPEN_ENDED_RE, REST_RE, a_name, split_items
from extractor.prose_passage import Mention, Passage
from normalizers.quantities import unit_of
from normalizers.text import fold, fold_words

__all__ = ["RULES", "restated_names", "semicolon_items"]

# the count's words, then the colon that opens its items ("7 chuyên đề:", "3 nhóm lớn:", "3 thị trấn … gồm:")
_OPEN_RE = re.compile(r"^\s*(?P<noun>[^\d:;.()…]{1,120}?)\s*(?:\b(?:bao gồm|gồm có|gồm|là)\s*)?:\s*")
# a comma inside the count's words that closes an enumeration ("vai trò quan trọng về kinh tế, hành chính và du
# lịch"), not one that opens a clause of its own ("9/9 tiêu chí huyện, nông thôn Tiên Lãng đổi thay rõ rệt")
_ENUMERATION_END_MAX_WORDS = 5
# fewer segments than this are as often a list and a clause after it ("7 xã: A, B, …; trụ sở huyện đặt tại …")
_MIN_ITEMS = 3
_MAX_COUNT = 30
_ITEM_NAME_WORDS = 8
_OPENING_WORDS = 5
# a segment that does not name one item of the count: the rest, a part of one, or a remark on the list
_NOT_AN_ITEM_RE = re.compile(r"^(?:ngoai ra|trong do|rieng|con lai|con\b|mot so|tong\b|tat ca|toan bo)")


def _count_words(noun: str) -> bool:
    """The words between the count and its colon name what is counted, on one clause: their head is no measure
    ("7 chuyên đề", "3 nhóm lớn", "3 thị trấn của huyện"; not "5 năm", "3 ha") and any comma in them closes an
    enumeration ("… về kinh tế, hành chính và du lịch")."""
    words = noun.split()
    if not words or not words[0][:1].islower():
        return False
    head = unit_of(words[0])  # a count noun ("nhóm", "xã") or no unit at all ("chuyên đề")
    if head is not None and head.dimension not in ("other", "count"):
        return False
    for tail in noun.split(",")[1:]:
        if len(tail.split()) > _ENUMERATION_END_MAX_WORDS or not re.search(r"\svà\s", tail):
            return False
    return True


def _opening(segment: str) -> str:
    """The first words of a segment, folded: where a segment names the rest ("các loại đất khác"), not a
    description's "nhiều" further on ("nơi tập trung nhiều cơ quan")."""
    return fold(" ".join(segment.split()[:_OPENING_WORDS]))


def _first_word(segment: str) -> str:
    return segment.split()[0] if segment.split() else ""


def _parallel(segments: list[str]) -> str | None:
    """How the segments are alike, or None: every one opens with a capital ("Những nội dung …; Kế hoạch …"), every
    one opens with the same word ("thị trấn Hoàn Lão …; thị trấn Phong Nha …"), or every one prints a share
    ("kiểng công trình … chiếm 65%; kiểng cổ bonsai 15%; hoa các loại 20%")."""
    if all(s[:1].isupper() for s in segments):
        return "capital"
    if len({_first_word(s) for s in segments}) == 1:
        return "word"
    if all(re.search(r"\d\s*%", s) for s in segments):
        return "share"
    return None


def _two_items(segment: str, alike: str, opener: str) -> bool:
    """A "và" in ``segment`` may join two items: what follows it opens as the items do."""
    for joined in re.finditer(r"\svà\s+(\S+)", segment):
        word = joined.group(1)
        if alike == "capital" and word[:1].isupper():
            return True
        if alike == "word" and word == opener:
            return True
        if alike == "lower":
            return True  # descriptions in lower case: what follows "và" may open one as well as go on with it
        if alike == "share" and re.search(r"\d\s*%", segment[joined.end() :]) and re.search(r"\d\s*%", segment[: joined.start()]):
            return True
    return False


def _names_list(segment: str) -> bool:
    """The segment is itself a list of names ("Long Điền, Long Hải"): the semicolons then separate groups or end
    the list, and its items are not the segments."""
    parts = split_items(segment)
    return len(parts) >= 2 and all(a_name(x) and len(x.split()) <= 4 for x in parts)


def semicolon_items(p: Passage, edits: Edits) -> None:
    """**Items separated by semicolons.** A count followed by a colon and items separated by ";" to the end of
    its sentence counts the items, each segment one item whatever commas, figures or words it holds: "quán
    triệt 7 chuyên đề: Những nội dung cơ bản của Văn kiện …; Kế hoạch nâng cao năng lực lãnh đạo …, sức chiến
    đấu của tổ chức Đảng, đảng viên …; …" (seven segments -> 7 ✓), "chia ra thành 3 nhóm lớn: kiểng công
    trình, trang trí nội thất chiếm 65%; kiểng cổ bonsai 15%; hoa các loại 20%" (3 ✓), "3 thị trấn của huyện
    đều giữ vai trò quan trọng về kinh tế, hành chính và du lịch: thị trấn Hoàn Lão là huyện lỵ, …; thị trấn
    Phong Nha …; thị trấn Nông trường Việt Trung …" (3 ✓). Read only when the segments are alike (each opens
    with a capital, or with the same word, or each prints a share), at least three, and none may hold two
    items: a "và" followed by what opens an item ("…; Phú Bài 1.570 ha và Thủy Lương 857,5 ha") leaves the
    count of items unsaid. Not read: a segment that opens with a figure or names the rest ("…; còn lại các
    dân tộc khác chiếm 1,29%", "các loại đất khác"), a segment that is itself a list of names ("2 nhà hát: Long
    Điền, Long Hải; 7 khu văn hóa …": the list ends at the semicolon), a list marked as partial ("…"), a list
    whose sentence seems to end at an abbreviation's dot ("…; khu dân cư Th. Lâm; …": it may go on), and
    count's words that go on past a comma into a clause of their own.
    """
    for m in p.values():
        if m.value is None or m.value != int(m.value) or m.cell.value.kind != "number":
            continue
        if not 2 <= m.value <= _MAX_COUNT or edits.claimed(m.ref):
            continue
        after = p.after(m, limit=2000)
        opened = _OPEN_RE.match(after)
        if opened is None or not _count_words(opened.group("noun")):
            continue
        items = _segments(after[opened.end() :].strip().rstrip(".").strip(), restated=False)
        if items is None:
            continue
        edits.set_cell(m.ref, relation="count_list", items=items)
        edits.note(m.row.index, f"{p.text(m)} {opened.group('noun').strip()}: {len(items)} items separated by ';'")


# a word cut by the sentence splitter at its dot: an abbreviation ("Th.", "ThS.") or "v.v." ("TP." and "TX." no
# longer end a sentence, prose_passage); a list that seems to end there may go on, and fewer items than printed
# would be a false error
_CUT_WORD_RE = re.compile(r"(?:^|\s)(?:[A-ZĐ]{1,3}|Tp|Tx|Th|ThS|TS|v|vv)\s*$")


def _cut_short(body: str) -> bool:
    return _CUT_WORD_RE.search(body.rstrip(" .")) is not None


def _segments(body: str, *, restated: bool) -> tuple[str, ...] | None:
    """The items of a list whose segments ``body`` separates by ";", or None when they may not be its items. After
    a restated count ("Các chỉ tiêu vượt kế hoạch là: …") the list is said to be those things, so segments all in
    lower case are alike too."""
    segments = [s.strip(" ,") for s in body.split(";")]
    if len(segments) < _MIN_ITEMS or not all(segments) or OPEN_ENDED_RE.search(body) or _cut_short(body):
        return None
    if any(s[:1].isdigit() or _NOT_AN_ITEM_RE.match(fold(s)) or REST_RE.search(_opening(s)) for s in segments):
        return None
    if any(_names_list(s) for s in segments):
        return None
    alike = _parallel(segments)
    if alike is None and restated and all(s[:1].islower() for s in segments):
        alike = "lower"
    if alike is None or any(_two_items(s, alike, _first_word(segments[0])) for s in segments):
        return None
    return tuple(" ".join(s.split()[:_ITEM_NAME_WORDS]) for s in segments)


# a count's words up to where its clause goes on ("09 chỉ tiêu vượt kế hoạch, 22 chỉ tiêu …" -> "chỉ tiêu vượt kế
# hoạch"; "5 phường trực thuộc." -> "phường trực thuộc")
_COUNT_NOUN_RE = re.compile(r"^\s*(?P<noun>[^\W\d_][^\d,;:.()]{0,80}?)\s*(?=[,;:.()]|\s\d|\svà\s|$)")
_NUMBER_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}
# a sentence or a ";" clause that opens by restating a count, then the names: "Các chỉ tiêu vượt kế hoạch là: …",
# "Năm phường mới gồm: …", "…; hai thị trấn là thị trấn A và thị trấn B"
_RESTATED_RE = re.compile(r"(?:^|[.;]\s+)(?P<lead>[Cc]ác|[^\W\d_]+)\s+(?P<noun>[^\W\d_][^\d:;.,()]{0,60}?)\s*"
                          r"(?:\b(?:là|gồm có|gồm|bao gồm)\b\s*:?|:)\s*")
_RESTATED_GAP = 300
_SENTENCE_END_RE = re.compile(r"\.\s|\.$")
_NAMES_MAX_WORDS = 5


def _count_noun(p: Passage, m: Mention) -> str | None:
    found = _COUNT_NOUN_RE.match(p.after(m, limit=100))
    if found is None or COUNTED_RE.match(fold_words(found.group("noun"))) is None:
        return None
    return fold_words(found.group("noun"))


def _restates(lead: str, noun: str, m: Mention, counted: str) -> bool:
    """The words before a list restate count ``m`` of ``counted``: "Các" and the count's own words from their
    head ("Các chỉ tiêu vượt kế hoạch" for "09 chỉ tiêu vượt kế hoạch"), or the count as a word and its head
    noun, with words of their own after it ("Năm phường mới" for "5 phường trực thuộc")."""
    said = fold_words(noun)
    if not counted or not said:
        return False
    if fold(lead) == "cac":
        return counted == said or counted.startswith(said + " ")
    head = COUNTED_RE.match(counted)
    return _NUMBER_WORDS.get(fold(lead)) == m.value and head is not None and \
        (said == head.group(0) or said.startswith(head.group(0) + " "))


def _names_until_clause(body: str) -> tuple[str, ...] | None:
    """Names ("A, B và C", "thị trấn A và thị trấn B") up to the first item that is none, where the clause goes on
    ("…, còn các xã gồm …"); None when a figure or a partial list's mark comes first or fewer than two are named."""
    stop = _SENTENCE_END_RE.search(body)
    body = body[: stop.start()] if stop is not None else body
    names: list[str] = []
    for item in split_items(body):
        if not a_name(item) or len(item.split()) > _NAMES_MAX_WORDS:
            break
        names.append(item)
    named = ", ".join(names)
    if len(names) < 2 or (len(names) == len(split_items(body)) and _cut_short(body)) or any(ch.isdigit() for ch in named) or OPEN_ENDED_RE.search(body[: len(named) + 20]):
        return None
    return tuple(names)


def restated_names(p: Passage, edits: Edits) -> None:
    """**Names after the count restated.** A later sentence, or a clause after ";", that opens by restating a
    count and then lists names or ";"-separated items gives that count's items: "cuối năm có 09 chỉ tiêu vượt
    kế hoạch, 22 chỉ tiêu đạt …, 10 chỉ tiêu không đạt. Các chỉ tiêu vượt kế hoạch là: lương thực bình quân đầu
    người; …; tạo việc làm; …" (nine items -> 9 ✓), "thành lập thị xã … và 5 phường trực thuộc. … Năm phường
    mới gồm: Phú Bài rộng 1.570 ha với 14.174 nhân khẩu; …" (five -> 5 ✓), "có 11 xã và 2 thị trấn; hai thị
    trấn là thị trấn Trần Văn Thời và thị trấn Sông Đốc, còn các xã …" (2 ✓). "Các" takes the count's own words
    from their head ("Các chỉ tiêu vượt kế hoạch" restates "09 chỉ tiêu vượt kế hoạch", not "22 chỉ tiêu đạt");
    a count in words must equal the count and name its head noun ("Năm phường mới" for "5 phường"). Not read:
    a restatement that two counts fit, one that follows a comma ("…, còn các xã gồm …": an aside of the
    clause), names cut by a figure, and ";" items under the guards of **Items separated by semicolons**
    (segments in lower case are alike here, since the restatement says what they are, but then no "và").
    """
    counts = [m for m in p.values() if m.value is not None and m.value == int(m.value) and m.cell.value.kind == "number"
              and 2 <= m.value <= 60]
    nouns = {m.order: _count_noun(p, m) for m in counts}
    for m in counts:
        counted = nouns[m.order]
        if counted is None or edits.claimed(m.ref):
            continue
        rest = p.after(m, limit=_RESTATED_GAP + 1500, in_sentence=False)
        for said in _RESTATED_RE.finditer(rest):
            if said.start() > _RESTATED_GAP:
                break
            if not _restates(said.group("lead"), said.group("noun"), m, counted):
                continue
            # the restatement fits this count only: no other count of its line before it fits it
            at = m.end + said.start()
            others = [x for x in counts if x.line == m.line and x is not m and x.start < at
                      and _restates(said.group("lead"), said.group("noun"), x, nouns[x.order] or "")]
            if others:
                break
            body = rest[said.end() :]
            stop = _SENTENCE_END_RE.search(body)
            sentence = body[: stop.start()] if stop is not None else body
            items = _segments(sentence.strip(), restated=True) if ";" in sentence else None
            if items is None:
                # names up to where the clause goes on, before any ";" ("thị trấn A và thị trấn B, còn các xã gồm C; D")
                items = _names_until_clause(sentence.partition(";")[0])
            if items is not None:
                edits.set_cell(m.ref, relation="count_list", items=items)
                edits.note(m.row.index, f"{p.text(m)}: {len(items)} items after '{said.group('lead')} {said.group('noun')}'")
            break


RULES = (semicolon_items, restated_names)
