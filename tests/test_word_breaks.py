"""A word the text layer broke over two lines is joined as printed (Writer v15760 page 1).

Writer draws the space at which it wraps a line when the space fits; "tài chính số," / "…)" ends
with no space though a space would have fitted (the header's rules place the column's edge at
270.3, the line ends at 263.9): Writer broke "số,…)" after its comma. The chars, rules and faces
below are the page's own (pdfplumber), rows 11 to 8 of the name column and the labels beside.
"""

from __future__ import annotations

from typing import Any

from extractor.pdf_tables import _words
from extractor.pdf_words import _join

RUNS = [  # (top, bottom, face, size, text, each char's x0, last char's x1)
    (141.6, 148.2, 1, 6.6, '11.', [47.4, 51.0, 54.69], 56.52),
    (141.6, 148.2, 1, 6.6, 'Tỷ lệ dân số trưởng thành thường xuyên sử dụng dịch vụ số (chăm ', [65.6, 69.6, 72.9, 74.7, 76.19, 79.89, 81.69, 85.39, 88.98, 92.68, 94.48, 97.78, 101.48, 103.28, 105.17, 107.37, 111.77, 116.08, 119.77, 123.47, 125.27, 127.07, 130.77, 134.46, 138.06, 141.76, 143.56, 145.45, 149.05, 153.45, 157.85, 161.45, 165.14, 166.94, 170.24, 173.94, 177.24, 180.94, 184.53, 186.43, 189.73, 194.13, 195.93, 199.63, 203.22, 206.92, 210.62, 212.42, 216.11, 217.51, 220.81, 224.51, 226.31, 229.61, 233.31, 235.11, 238.41, 242.1, 243.91, 246.1, 249.4, 253.1, 256.8, 262.29], 264.12),
    (150.8, 157.4, 1, 6.6, 'sóc sức khỏe từ xa, học trực tuyến nâng cao, giao dịch tài chính số,', [65.6, 68.9, 72.5, 75.8, 77.69, 80.99, 85.39, 88.69, 90.5, 93.8, 97.49, 101.19, 104.78, 106.68, 108.48, 112.88, 114.68, 117.98, 121.68, 123.48, 125.38, 128.97, 132.67, 135.97, 137.77, 139.67, 141.86, 146.27, 149.57, 151.37, 153.26, 156.86, 160.16, 163.85, 167.55, 169.35, 173.05, 176.65, 180.34, 184.04, 185.84, 189.14, 192.83, 196.43, 198.33, 200.13, 203.82, 205.22, 208.92, 212.62, 214.42, 218.11, 219.51, 222.81, 226.51, 228.31, 230.2, 233.8, 235.29, 237.09, 240.39, 244.09, 245.89, 249.59, 253.28, 255.09, 258.39, 262.08], 263.91),
    (160.1, 166.7, 1, 6.6, '…)', [65.6, 72.2], 74.4),
    (173.8, 180.4, 0, 6.6, 'III', [49.2, 51.0, 52.8], 54.63),
    (173.8, 180.4, 0, 6.6, 'Phát triển khoa học công nghệ', [65.6, 70.0, 74.0, 77.69, 79.89, 81.69, 83.89, 86.48, 88.28, 91.98, 95.98, 97.78, 101.48, 105.48, 109.57, 113.17, 115.06, 119.06, 123.06, 126.76, 128.56, 132.25, 136.25, 140.34, 144.34, 146.15, 150.24, 154.24, 158.24], 161.91),
    (187.6, 194.2, 1, 6.6, '6.', [49.2, 52.8], 54.63),
    (187.6, 194.2, 1, 6.6, 'Số kết quả khoa học và công nghệ được ứng dụng thực tiễn sau 12 ', [65.6, 70.0, 73.59, 75.49, 78.79, 82.38, 84.28, 86.08, 89.78, 93.37, 97.07, 98.87, 102.17, 105.87, 109.56, 113.16, 115.05, 118.65, 122.35, 125.65, 127.45, 130.75, 134.44, 136.25, 139.55, 143.24, 146.94, 150.54, 152.43, 156.03, 159.72, 163.42, 167.02, 168.91, 172.51, 177.0, 181.3, 184.6, 186.41, 190.81, 194.5, 198.2, 200.0, 203.7, 207.3, 210.99, 214.69, 216.49, 218.29, 221.99, 226.39, 229.69, 231.58, 233.39, 234.88, 238.47, 242.17, 243.97, 247.27, 250.97, 254.66, 256.47, 260.16, 263.76], 265.59),
    (196.8, 203.4, 1, 6.6, 'tháng nghiệm thu', [65.6, 67.4, 71.1, 74.69, 78.39, 82.09, 83.89, 87.58, 91.18, 94.88, 96.37, 99.97, 105.46, 107.36, 109.16, 112.86], 116.53),
    (210.6, 217.2, 1, 6.6, '8.', [49.2, 52.8], 54.63),
    (210.6, 217.2, 1, 6.6, 'Số doanh nghiệp sử dụng kết quả nghiên cứu từ viện, trường trong ', [65.6, 70.0, 73.59, 75.49, 79.08, 82.78, 86.48, 90.07, 93.77, 95.57, 99.27, 102.96, 106.56, 108.05, 111.75, 115.34, 117.24, 120.54, 124.94, 126.74, 130.44, 134.13, 137.73, 141.43, 143.23, 146.53, 150.23, 152.03, 153.92, 157.52, 161.21, 164.91, 166.71, 170.41, 174.01, 177.7, 179.19, 182.79, 186.49, 188.29, 191.59, 195.99, 199.69, 201.49, 203.38, 207.78, 209.59, 212.89, 214.38, 218.07, 221.67, 223.56, 225.37, 227.17, 229.37, 233.77, 238.16, 241.76, 245.46, 247.26, 249.15, 251.35, 254.95, 258.64, 262.34], 264.17),
    (219.8, 226.4, 1, 6.6, 'sản xuất, kinh doanh', [65.6, 68.9, 72.5, 76.19, 77.99, 81.29, 84.99, 88.69, 90.49, 92.29, 94.18, 97.48, 98.88, 102.58, 106.28, 108.08, 111.77, 115.37, 119.07, 122.76], 126.43),
]
FONTS = ['BAAAAA+LiberationSans-Bold', 'CAAAAA+LiberationSans']
V_RULES = [(40.4, 88.4, 40.4, 112.2), (40.4, 112.2, 40.4, 125.9), (48.7, 376.6, 48.7, 589.8), (63.2, 88.4, 63.2, 112.2), (63.2, 112.2, 63.2, 125.9), (63.3, 88.4, 63.3, 112.2), (63.3, 112.2, 63.3, 125.9), (72.0, 376.6, 72.0, 589.8), (272.6, 88.4, 272.6, 112.2), (272.6, 112.2, 272.6, 125.9), (272.7, 88.4, 272.7, 112.2), (272.7, 112.2, 272.7, 125.9)]


def _chars(runs: list[tuple[Any, ...]] = RUNS, fonts: list[str] = FONTS) -> list[dict[str, Any]]:
    """The runs as pdfplumber chars, in content order (a char ends where the next one starts)."""
    chars = []
    for top, bottom, face, size, text, x0s, last in runs:
        for k, (ch, x0) in enumerate(zip(text, x0s, strict=True)):
            x1 = x0s[k + 1] if k + 1 < len(x0s) else last
            chars.append({"text": ch, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": top,
                          "upright": True, "fontname": fonts[face], "size": size,
                          "width": x1 - x0, "height": bottom - top})
    return chars


def _name(chars: list[dict[str, Any]], rules: list[tuple[float, float, float, float]]) -> str:
    words = _words(chars, 1, rules)
    return _join([w for w in words if w.x0 >= 60 and 141 <= w.top <= 167])


def test_word_broken_after_its_comma_is_joined_as_printed() -> None:
    name = _name(_chars(), V_RULES)
    assert name.endswith("giao dịch tài chính số,…)")
    assert "(chăm sóc" in name  # a wrap whose space is drawn keeps it


def test_without_the_rules_the_edge_is_unknown_and_the_space_stays() -> None:
    # Unruled, the column surely reaches only its farthest glyph (264.1, the drawn space after
    # "(chăm"): a space after "số," (263.9) might not have fitted (Writer v18550's case).
    assert _name(_chars(), []).endswith("tài chính số, …)")


def test_a_page_that_draws_no_space_at_its_wraps_says_nothing() -> None:
    bare = []
    for top, bottom, face, size, text, x0s, last in RUNS:
        n = len(text.rstrip(" "))
        bare.append((top, bottom, face, size, text[:n], x0s[:n], x0s[n] if n < len(text) else last))
    assert _name(_chars(bare), V_RULES).endswith("tài chính số, …)")


def test_a_line_broken_with_room_to_spare_is_no_wrap() -> None:
    # "…)" would have fitted after "số," (the column reaching 300): a line broken on purpose.
    rules = [(63.3, 88.4, 63.3, 125.9), (302.3, 88.4, 302.3, 125.9)]
    assert _name(_chars(), rules).endswith("tài chính số, …)")
