"""Years that label a figure, and the year a sentence dates its figures to.

A report may print a total for several years in a row ("tổng quy mô nền kinh tế đạt 4.789 tỷ đồng năm 2015,
5.749 tỷ đồng năm 2016 và 7.058 tỷ đồng năm 2017") and break one of those years down in the next sentence
("Năm 2017, khu vực công nghiệp xây dựng đạt 3.562 tỷ đồng, chiếm 50,47%"): the year printed right after a
figure says which year's total it is, and the year a part's sentence opens with says which total it is of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractor.prose_passage import Mention, Passage
from extractor.prose_patterns import YEAR_RE

# a year printed right after a figure and its unit labels it: "4.789 tỷ đồng năm 2015", "3.209.618 triệu đồng (năm
# 2017)"; never a base, a span or a change ("… so với năm 2015", "từ năm 2015", "tăng … năm 2015"), nor a year after
# a comma, which opens the next item ("… năm 2016 là 139.029 người, năm 2015 là 138,721 người": 139.029 is 2016's)
_LABEL_YEAR_RE = re.compile(r"[^\W\d]*(?:\s+[^\W\d]+){0,2}?\s*\(?\s*năm\s+((?:19|20)\d\d)(?!\d)")
_NOT_LABEL_RE = re.compile(r"(?<!\w)(?:so|với|từ|đến|trước|sau|bằng|tăng|giảm)(?!\w)")


def label_year(p: Passage, m: Mention) -> str | None:
    """The year printed right after ``m`` that labels it ("4.789 tỷ đồng năm 2015" -> "2015"), else None."""
    after = p.after(m, limit=40)
    label = _LABEL_YEAR_RE.match(after)
    if label is None or _NOT_LABEL_RE.search(after[: label.start(1)]):
        return None
    return label.group(1)


def sentence_year(p: Passage, ms: Sequence[Mention]) -> str | None:
    """The one year the sentences of ``ms`` name before them ("Năm 2017, khu vực công nghiệp …"), else None: the
    first one's sentence names it, and a later one's names it too or none (parts printed one a sentence after the
    dated one: "Năm 2017, khu vực công nghiệp … 3.562 tỷ đồng, chiếm 50,47%. Khu vực thương mại … 2.129 tỷ đồng")."""
    dated = [set(YEAR_RE.findall(p.sentence_head(m))) for m in ms]
    if not dated or len(dated[0]) != 1 or len(set().union(*dated)) != 1:
        return None
    return next(iter(dated[0]))


def labelled_other_year(p: Passage, whole: Mention, parts: Sequence[Mention]) -> bool:
    """Whether ``whole`` is labelled with a year other than the one the parts' sentences name: "… 4.789 tỷ đồng
    năm 2015, …. Năm 2017, khu vực công nghiệp xây dựng đạt 3.562 tỷ đồng" is no part of 2015's total."""
    year = sentence_year(p, parts)
    label = label_year(p, whole) if year is not None else None
    return label is not None and label != year
