"""A Grid from rows of strings, as a text rendering gives them: each row on its own line."""

from __future__ import annotations

from extractor.grid import Grid, GridCell
from extractor.model import Provenance


def text_grid(rows: list[list[str]], method: str = "tsv", header_rows: int = -1) -> Grid:
    cells = tuple(tuple(GridCell(t, Provenance(line=i + 1)) for t in row) for i, row in enumerate(rows))
    return Grid(rows=cells, header_rows=header_rows, method=method)
