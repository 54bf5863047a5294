"""A figure right-aligned in its column against the left-aligned text of the next column, only the two
cells' padding between them (``extractor.pdf_words._segments``): two cells, not one phrase."""

from __future__ import annotations

from extractor.pdf_words import Word, _segments, words_to_lines

HEIGHT = 10.0


def _line(tokens: list[tuple[str, float]], start: float = 40.0) -> list[list[str]]:
    """The segments of a line of ``(word, space after it in text heights)``, words 6 pt a letter."""
    words, pos = [], start
    for text, space in tokens:
        words.append(Word(text, pos, 100.0, pos + 6.0 * len(text), 100.0 + HEIGHT, 1))
        pos += 6.0 * len(text) + space * HEIGHT
    (line,) = words_to_lines(words)
    return [[w.text for w in seg] for seg in _segments(line, 0.45 * HEIGHT)]


def test_a_ratio_and_its_label_printed_a_padding_apart_are_two_cells() -> None:
    # v2808 by Writer, large font: "89,6 Chưa đạt" was one cell; the ratio and the label were lost.
    segs = _line([("Tỷ", 0.25), ("lệ", 0.25), ("giao", 0.25), ("dịch", 3.0), ("68,9", 2.0), ("89,6", 0.43),
                  ("Chưa", 0.25), ("đạt", 0.0)])
    assert segs == [["Tỷ", "lệ", "giao", "dịch"], ["68,9"], ["89,6"], ["Chưa", "đạt"]]


def test_a_figure_in_a_name_spaced_as_its_words_stays_in_the_name() -> None:
    segs = _line([("Xây", 0.3), ("dựng", 0.3), ("01", 0.32), ("điểm", 0.3), ("du", 0.3), ("lịch", 0.0)])
    assert segs == [["Xây", "dựng", "01", "điểm", "du", "lịch"]]


def test_a_justified_line_spaces_its_figures_as_its_words() -> None:
    # Every space as wide: nothing tells a figure's gap from the others.
    segs = _line([("là", 0.42), ("184,693", 0.42), ("tỷ", 0.42), ("đồng,", 0.42), ("đạt", 0.0)])
    assert segs == [["là", "184,693", "tỷ", "đồng,", "đạt"]]


def test_a_row_number_before_its_name_is_no_figure_of_a_column() -> None:
    segs = _line([("1", 0.4), ("Thu", 0.25), ("ngân", 0.25), ("sách", 0.0)])
    assert segs == [["1", "Thu", "ngân", "sách"]]


def test_a_dash_for_a_blank_ratio_and_its_label_a_padding_apart_are_two_cells() -> None:
    # v14770 by Writer, large font: "75,90 | - | Đạt", the dash right-aligned in the ratio column
    # 0.44 of the text height before the label; as one cell "- Đạt" it spanned both columns, which
    # became one, and every ratio was read as an evaluation.
    segs = _line([("01", 0.25), ("Gbps/s", 3.0), ("%", 3.0), ("75-80", 3.0), ("75,90", 3.0), ("-", 0.44),
                  ("Đạt", 0.0)])
    assert segs == [["01", "Gbps/s"], ["%"], ["75-80"], ["75,90"], ["-"], ["Đạt"]]


def test_a_dash_between_years_in_a_name_stays_in_the_name() -> None:
    segs = _line([("giai", 0.25), ("đoạn", 0.25), ("2021", 0.25), ("-", 0.25), ("2025", 0.25), ("đạt", 0.0)])
    assert segs == [["giai", "đoạn", "2021", "-", "2025", "đạt"]]


def test_a_header_alone_at_a_pages_foot_its_wrapped_lines_one_row_is_a_table() -> None:
    # v14870 by Writer: "TT | Chỉ tiêu | Mục tiêu / 2025 (tỷ / lệ %) | Kết quả / thực / hiện" at
    # the foot of page 1, its body on page 2; read as running text, that body had no header.
    from extractor.pdf_words import words_to_layout

    spots = [("TT", 55.6, 498.4, 69.2), ("Chỉ", 359.7, 498.4, 377.5), ("tiêu", 381.0, 498.4, 403.1),
             ("Mục", 687.7, 498.4, 710.6), ("tiêu", 714.2, 498.4, 736.2), ("Kết", 746.0, 498.4, 765.3),
             ("quả", 768.8, 498.4, 789.8), ("2025", 688.4, 512.6, 716.2), ("(tỷ", 719.7, 512.6, 735.5),
             ("thực", 755.4, 512.6, 780.3), ("lệ", 697.8, 526.8, 708.0), ("%)", 711.5, 526.8, 726.0),
             ("hiện", 755.7, 526.8, 780.1)]
    words = [Word(t, x0, top, x1, top + 10.0, 1) for t, x0, top, x1 in spots]
    layout = words_to_layout(words, page=1, page_width=842.0, page_height=595.0)
    (grid,) = layout.grids
    assert [c.text for c in grid.rows[0]] == ["TT", "Chỉ tiêu", "Mục tiêu 2025 (tỷ lệ %)", "Kết quả thực hiện"]
