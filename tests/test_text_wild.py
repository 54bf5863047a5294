"""Cells, names and doubts lost on text-layer tables of the development variants 10000-10999
(issue 9, tables in the wild), each generated afresh by ``corpus.variants`` and read by the real
extractor, scored against the generator's truth (never the extractor's output):

- v10537: a tall shaded header over an unruled landscape table, its narrow evaluation cell
  wrapped to a dozen lines; under "Chỉ tiêu", a wrapped line opening with a closed parenthesis
  ("(mục tiêu) ĐA, NQ") was taken for the bracketed note under the title, and the header was
  cut there: no header recognised, every role a guess (a doubt on a clean variant);
- v10139: a header repeated on page 2 over "Trong đó:" and a part bulleted inside its name with
  one figure ("+ Tỷ lệ thôn, bản có đường ... | % | 87.36"): not taken for the first row (no
  row number, one figure), both went into the header, and the figure to the marker's row;
- v10586: column numbers printed at the foot of vertically centred header cells wrapped to
  different depths ("tự | kỳ | (5) | (6) | (7)" over "(8)=(7)/(4) | năm", "2020-2025", "2023
  (9)", "(4)"): the header was cut at the first line of numbers, the lines under it read as
  nameless rows of years, and the target column lost its period (8 cells);
- v10616: a table whose page holds one row under its header, a numbered heading ("I CHỈ TIÊU
  KINH TẾ") 17 pt above it: with no spacing of rows or headings to measure, the heading was
  read as the header's last line, and the sub-headers under "Kết quả thực hiện" were held apart
  from their group title ("Năm 2022" no longer an actual: 3 cells).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_lost_rows import assert_variant_read_exactly


@pytest.mark.parametrize("seed", [10537, 10139, 10586, 10616])
def test_every_cell_of_the_variant_is_read_under_its_header(seed: int, tmp_path: Path) -> None:
    assert_variant_read_exactly(seed, tmp_path, labels=True)
