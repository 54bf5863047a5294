"""The verbs of value ("đạt", "tăng", "giảm", "vượt", "ước") and the hedges ("khoảng", "trên", "hơn") that
give a figure in running text its role, as plain strings: the one list shared by the prose reader
(``extractor.prose_patterns`` tags them in its phrase matcher) and the engine's generic reader
(``reconcile.engine.explain_cues``), which may not import the reader (tests/test_layers.py)."""

from __future__ import annotations

import re

# Keys are the reader's PhraseMatcher labels (extractor.prose_patterns.ROLE_PHRASES holds these under the
# same keys); phrases are matched on lower-cased text.
VALUE_ROLE_PHRASES: dict[str, tuple[str, ...]] = {
    # "đạt X% kế hoạch": a ratio when X is a percentage after a figure; "đạt" before a plain figure
    # only introduces the value.
    "DAT": ("đạt", "đạt được", "bằng", "đạt tỷ lệ", "đạt tỉ lệ", "đạt mức", "đạt bình quân"),
    # "tăng trưởng 16,2% so với năm 2021": the verb of growth, as reports print it, says "tăng"
    # "tăng trưởng đạt 9,25% so với năm 2023", "tốc độ tăng đạt 12%": "đạt" says what the growth reached, a
    # rate of growth, never an index of the level (1,0925 printed as 9,25 % was a false error)
    "UP": ("tăng", "tăng thêm", "tăng bình quân", "tăng trung bình", "cao hơn", "nhiều hơn", "tăng trên", "tăng trưởng",
           "tăng trưởng bình quân", "tăng trưởng đạt", "tốc độ tăng đạt", "tốc độ tăng trưởng đạt", "mức tăng đạt",
           "mức tăng trưởng đạt"),
    "DOWN": ("giảm", "giảm bình quân", "giảm trung bình", "thấp hơn", "ít hơn", "giảm trên"),
    "VUOT": ("vượt", "vượt mức"),
    "EST": ("ước", "ước đạt", "ước thực hiện", "ước tính", "dự kiến", "ước đạt được"),
    "HEDGE": (
        "khoảng", "gần", "hơn", "trên", "xấp xỉ", "dưới", "tối thiểu", "ít nhất", "tối đa", "không quá",
        "không dưới", "từ", "trên dưới", "hầu hết",
        # "thu ngân sách không thấp hơn 48.000 tỉ đồng": a floor, not a change "thấp hơn" of 48.000
        "không thấp hơn", "không ít hơn", "không nhỏ hơn", "không cao hơn", "không nhiều hơn", "không lớn hơn",
        "không vượt quá",
    ),
}

# A page may type a colon after any of these words, right against the word, before their figure ("đạt trên: 86%
# kế hoạch", "tăng: 1,8% so cùng kỳ", "sản lượng đạt: 307.580 tấn": go-quao-kien-giang_2, the seed corpus/001):
# that colon opens no list and ends no clause; the figure after it is the word's
_COLON_ROLE_RE = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted({re.escape(w) for words in VALUE_ROLE_PHRASES.values() for w in words}, key=len, reverse=True))
    + r"):(?= ?\d)",
    re.IGNORECASE,
)


def role_colons_as_spaces(text: str) -> str:
    """``text`` with each colon typed right after a hedge or a verb of value (``VALUE_ROLE_PHRASES``) and before
    a figure made a space, for the readers that take a colon for a clause's end or a list's opener:

    >>> role_colons_as_spaces("sản lượng đạt: 307.580 tấn, đạt trên: 87% kế hoạch; Kế hoạch: 100")
    'sản lượng đạt  307.580 tấn, đạt trên  87% kế hoạch; Kế hoạch: 100'

    The text keeps its length, so every figure keeps its place; the two spaces are for readers of
    characters (the passage rules, the engine's clause of a percentage), not for the tokenizer, whose tokens
    take one space each (the line walker reads these colons in ``extractor.prose_figures``)."""
    return _COLON_ROLE_RE.sub(lambda m: m.group(0)[:-1] + " ", text)
