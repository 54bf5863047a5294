"""The whole a printed share names after its percentage ("chiếm 12% diện tích toàn tỉnh"), read from
the words alone: shared by the prose reader (``extractor.prose_wholes``) and the engine's generic
reader (``reconcile.engine.explain``), which may not import the reader."""

from __future__ import annotations

import re

from normalizers.text import fold_words

# Words of a whole beyond a district's passage: the province's, the country's, a region's.
OUTSIDE_WORDS = ("tinh", "ca nuoc", "toan quoc", "vung", "khu vuc tay", "quoc gia", "the gioi")


def names_outside(folded_words: str) -> bool:
    """Do these folded words name a whole beyond the district ("dien tich toan tinh")?"""
    return any(re.search(rf"(?<![a-z]){w}(?![a-z])", folded_words) for w in OUTSIDE_WORDS)


def named_whole_words(after: str) -> str | None:
    """The words after a share's percentage (``after``, the text that follows its figure) naming its
    whole, folded; "" for a whole outside the passage ("chiếm 12% diện tích toàn tỉnh"); None when
    nothing is named. Read by the share rules (``extractor.prose_wholes``) and by the generic reader
    (``reconcile.engine.explain``), which reads no share of a whole outside the passage by position.

    >>> named_whole_words(" diện tích toàn tỉnh")
    ''
    >>> named_whole_words("% tổng giá trị sản xuất của huyện")
    'tong gia tri san xuat cua huyen'
    >>> named_whole_words(" theo chuẩn nghèo mới") is None
    True
    """
    # "chiếm 38,14% trong tổng giá trị sản xuất", "chiếm 5% trên tổng số hộ": the whole is named after
    # "trong" / "trên" as after "của"
    m = re.match(r"\s*%?\s*(?:so với\s+|của\s+|trong\s+(?=tổng|toàn)|trên\s+(?=tổng|toàn))?([^,;.()]*)", after,
                 re.IGNORECASE)
    words = fold_words(m.group(1)) if m else ""
    words = re.sub(r"^(?:tong so|tong)\s+", "tong ", words)
    # "chiếm 41,96% theo chuẩn nghèo mới": by which standard, not of which whole
    if not words or words.startswith(("so voi cung", "ke hoach", "du toan", "nam ", "giam", "tang", "theo ")):
        return None
    if names_outside(words) and "huyen" not in words:
        return ""
    return words
