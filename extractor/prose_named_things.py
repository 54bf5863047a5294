"""Counts of things followed right by the things' names: "tại 4 khu công nghiệp Minh Hưng – Hàn Quốc, Minh Hưng III,
Chơn Thành I và Chơn Thành II".

Places of the kinds ``prose_lists`` counts ("04 xã Canh Hiệp, Canh Hòa …") are its own; this rule reads the same
grammar after any other noun of things. The rule's docstring shows passages it reads (docs/rules.md is generated
from it).
"""

from __future__ import annotations

import re

from extractor.prose_edits import Edits
from extractor.prose_lists import COUNTED_RE, OPEN_ENDED_RE, REST_RE
from extractor.prose_passage import Passage
from normalizers.quantities import unit_of
from normalizers.text import fold, fold_words

__all__ = ["RULES", "named_things"]

_MAX_COUNT = 30
_MAX_NOUN_WORDS = 4
_MAX_NAME_WORDS = 5
# a classifier before the noun ("2 con sông", "3 ngọn núi"): the noun's head is the word after it
_CLASSIFIERS = frozenset({"con", "dòng", "ngọn", "hòn", "cái", "chiếc"})
# words that make the count's words a clause, not a noun: "5 năm qua Nhà nước …", "3 lần được Chủ tịch nước …"
_CLAUSE_WORDS = frozenset({"của", "ở", "với", "là", "được", "có", "đã", "đang", "sẽ", "thuộc", "tại", "cho", "từ", "đến",
                           "gồm", "trong", "các", "những", "một", "nhiều", "khác", "còn", "và", "hoặc", "như", "thì",
                           "mà", "nên", "vào", "ra", "về", "theo", "trên", "dưới", "giáp", "qua", "bị", "do", "đạt"})
# what a capitalised word after a noun may be other than a thing's name: where the things come from ("doanh
# nghiệp Hàn Quốc", "nhà đầu tư Nhật Bản") or a rank ("giải Nhất, Nhì", "huy chương Vàng và Bạc")
_QUALIFIER_NAMES = frozenset({
    "han quoc", "nhat ban", "trung quoc", "my", "hoa ky", "dai loan", "thai lan", "lao", "campuchia", "cam pu chia",
    "singapore", "uc", "nga", "phap", "duc", "anh", "an do", "malaysia", "indonesia", "philippines", "canada", "y",
    "ha lan", "hong kong", "viet nam", "chau au", "chau a", "chau phi", "nhat", "nhi", "ba", "tu", "khuyen khich",
    "vang", "bac", "dong", "xuat sac", "gioi", "kha", "trung binh", "yeu", "a", "b", "c", "d",
})
# the names end at a figure, a colon, a parenthesis, ";" or the sentence's end
_NAMES_END_RE = re.compile(r"[;:()]|\.(?:\s|$)|\d")
_DASHES = frozenset({"–", "-", "—"})


def _noun_and_rest(after: str) -> tuple[str, str] | None:
    """The words in lower case right after a count, up to the first capitalised word, and the text from it:
    "khu công nghiệp" and "Minh Hưng – Hàn Quốc, …"; None when anything else comes first (a comma, a figure, a
    colon: those open lists of ``prose_lists``)."""
    noun: list[str] = []
    for token in re.finditer(r"\S+", after):
        word = token.group()
        if word[:1].isupper():
            return (" ".join(noun), after[token.start() :]) if noun else None
        if not word.isalpha() or len(noun) == _MAX_NOUN_WORDS:
            return None
        noun.append(word)
    return None


def _things(noun: str) -> bool:
    """The count's words name things that carry names: a noun phrase with no clause word whose head is no
    measure and counts neither people nor goods ("khu công nghiệp", "con sông", "thành phố"; not "năm", "ha",
    "người", "doanh nghiệp"), and no place of a kind ``prose_lists`` counts ("xã", "huyện", "tỉnh")."""
    words = noun.split()
    if any(w in _CLAUSE_WORDS for w in words):
        return False
    if words[0] in _CLASSIFIERS and len(words) > 1:
        words = words[1:]
    # "nhà" opening a compound names a building ("nhà máy", "nhà hát"), as for ``prose_lists``; alone it counts houses
    heads = (unit_of(" ".join(words)),) if words[0] == "nhà" and len(words) > 1 else (unit_of(words[0]), unit_of(" ".join(words)))
    for unit in heads:
        if unit is not None and unit.dimension != "other":
            return False
    return COUNTED_RE.search(fold_words(noun)) is None


def _name(words: list[str]) -> list[str]:
    """The capitalised words that open an item, a dash between two of them kept ("Minh Hưng – Hàn Quốc")."""
    name: list[str] = []
    for k, word in enumerate(words):
        if word in _DASHES and name and k + 1 < len(words) and words[k + 1][:1].isupper():
            name.append(word)
        elif word[:1].isupper():
            name.append(word)
        else:
            break
    return name


def _names(body: str, noun: str) -> list[str] | None:
    """The names printed right after the noun, up to where the sentence goes on: in lower case after a name
    ("… và Chợ Lùng chảy qua"), or with an item in lower case ("…, các huyện Bàu Bàng …": another kind's list).
    An item may repeat the noun's head before its name ("khu công nghiệp A và khu công nghiệp B")."""
    stop = _NAMES_END_RE.search(body)
    body = body[: stop.start()] if stop is not None else body
    if OPEN_ENDED_RE.search(body):
        return None
    names: list[str] = []
    for part in re.split(r"\s*,\s*|\s+và\s+", body.strip()):
        words = part.split()
        if part.startswith(noun + " "):
            words = words[len(noun.split()) :]
        name = _name(words)
        if not name:
            break
        names.append(" ".join(name))
        if len(name) < len(words):
            break
    return names


def _a_thing_s_name(name: str) -> bool:
    """A name of a few words that is no acronym ("NTM", "OCOP", "TP": what the things are, or a cut "TP."), no
    country or rank (``_QUALIFIER_NAMES``) and names no rest."""
    words = name.split()
    if len(words) > _MAX_NAME_WORDS or (len(words) == 1 and len(name) > 1 and name.isupper()):
        return False
    return fold_words(name) not in _QUALIFIER_NAMES and REST_RE.search(fold(name)) is None


def named_things(p: Passage, edits: Edits) -> None:
    """**Names right after a counted thing.** A count printed in figures, a noun of things in lower case, then
    proper names separated by commas and "và" counts the names, as "04 xã Canh Hiệp, …" counts communes: "tại 4
    khu công nghiệp Minh Hưng – Hàn Quốc, Minh Hưng III, Chơn Thành I và Chơn Thành II đã đạt …" (4 ✓, a dash
    inside a name kept), "giáp 2 thành phố Tân Uyên, Thủ Dầu Một, các huyện Bàu Bàng, …" (2 ✓: the list goes on
    with another kind), "có 2 con sông Năng và Chợ Lùng chảy qua" (2 ✓, after a classifier). The names end where
    the sentence goes on in lower case, at a figure, a colon, a parenthesis or ";". Not read: a noun that holds a
    clause word ("của", "được", "đạt" …) or whose head is a measure or counts people or goods ("năm", "ha",
    "người", "doanh nghiệp", "sản phẩm"); the kinds of place **Counted names** reads; fewer than two names; a
    name that is an acronym ("8 khu vực ĐBKK và Bãi ngang ven biển"), a country ("20 nhà đầu tư Hàn Quốc và Nhật
    Bản" says where they come from) or a rank ("5 huy chương Vàng và Bạc"); a list marked as partial.
    """
    for m in p.values():
        if m.value is None or m.value != int(m.value) or m.cell.value.kind != "number":
            continue
        if not 2 <= m.value <= _MAX_COUNT or not p.text(m).isdigit() or edits.claimed(m.ref):
            continue
        split = _noun_and_rest(p.after(m, limit=400))
        if split is None or not _things(split[0]):
            continue
        noun, body = split
        names = _names(body, noun)
        if names is None or len(names) < 2 or not all(_a_thing_s_name(x) for x in names):
            continue
        edits.set_cell(m.ref, relation="count_list", items=tuple(names))
        edits.note(m.row.index, f"{p.text(m)} {noun}: {len(names)} names right after the noun")


RULES = (named_things,)
