"""The words that state an index: a later level as a percentage of an earlier one or of a plan.

"bằng 105,12% năm trước" says the later level is 105,12 % of the year before's. District reports print the
same statement as "tương đương 105,12% năm trước": "tương đương" (equivalent to) is "bằng" in other words
wherever "bằng" decides that a percentage is an index ("giảm từ 1.998,5 ha xuống 1.897,5 ha, tương đương
94,95%"), not a change ("tăng 5%"). Every rule that reads an index takes its verbs from here, so a rule can
no longer know "bằng" and forget the other wording (round 25 added "tương đương" to nine patterns one by one).

Two spellings of each pattern: as printed (for patterns over the text, case-insensitive, "tương  đương" with
any space), and folded (``normalizers.text.fold``: no tone marks, lower case).
"""

from __future__ import annotations

import re

# "bằng" and the words that say it otherwise, as printed: alternatives for a regular expression group
INDEX_VERB = r"bằng|tương\s+đương"
# the same, folded
INDEX_VERB_FOLDED = r"bang|tuong\s+duong"
# the rewordings alone, folded ("tương đương 104,29% năm 2010" is printed where a share would say "tương đương")
BANG_REWORDINGS_FOLDED = ("tuong duong",)

_REWORDED_RE = re.compile(r"(?<![a-z])tuong\s+duong(?![a-z])")
_INDEX_WORD_RE = re.compile(rf"(?<![a-z])(?:{INDEX_VERB_FOLDED})(?![a-z])")


def as_bang(folded: str) -> str:
    """Folded words with every rewording of "bằng" written "bang": "tuong duong 105% nam truoc" ->
    "bang 105% nam truoc" (a rule that looks for "bang" then reads both wordings)."""
    return _REWORDED_RE.sub("bang", folded)


def says_index(folded: str) -> bool:
    """Whether folded words hold an index verb as a word of its own ("bang", "tuong duong"; not "bang" inside
    "bangs" nor "tuong" alone)."""
    return _INDEX_WORD_RE.search(folded) is not None


__all__ = ["BANG_REWORDINGS_FOLDED", "INDEX_VERB", "INDEX_VERB_FOLDED", "as_bang", "says_index"]
