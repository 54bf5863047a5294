"""Output writers: results -> bytes in one format, looked up by ``--format`` name in ``WRITERS``.

Every format goes through here, JSON included. Every writer has the same shape::

    render(result, *, title: str) -> bytes

where ``result`` is an ``ExtractResult``, ``CheckResult`` or ``DiffResult`` (reconcile/results.py)
that the writer ``supports``. Writers never print; the command line writes the bytes to stdout or to
``-o FILE`` (``needs_file``: binary or page formats that make no sense on a terminal). Writers are
pure: same result, same bytes (except the timestamps openpyxl stamps into an .xlsx).

Use::

    writer = WRITERS["html"]
    if result_kind(result) in writer.supports:
        Path("bao-cao.html").write_bytes(writer.render(result, title="doisoat check"))

Some writers take extra keyword options beyond ``title`` (``table``: ``color``, ``width``;
``html``: ``max_images``); their defaults suit the command line. ``file_options`` are the ones a
writer takes when its bytes go to a file rather than a terminal (no colour codes in a file).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reconcile.writers import csv_writer, json_writer, sarif, table
from reconcile.writers.flat import Result, result_kind

ALL_RESULTS = frozenset({"extract", "check", "diff"})


@dataclass(frozen=True)
class Writer:
    """One output format.

    render:     ``render(result, *, title) -> bytes``.
    supports:   result kinds it can render: "extract", "check", "diff" (see ``result_kind``).
    needs_file: True when the output only makes sense in a file (``-o FILE`` required).
    suffix:     the usual file name suffix, for a default output name.
    file_options: keyword options for ``render`` when writing to a file instead of a terminal.
    """

    render: Callable[..., bytes]
    supports: frozenset[str]
    needs_file: bool
    suffix: str
    file_options: tuple[tuple[str, Any], ...] = ()


# The xlsx and html writers are imported when one of them renders, not with the registry: openpyxl,
# jinja2 and the PDF cropper (pypdfium2, PIL) cost ~0.4 s of CPU at every start of the tool, and
# most runs write neither.
def _render_xlsx(result: Result, **options: Any) -> bytes:
    from reconcile.writers import xlsx

    return xlsx.render(result, **options)


def _render_html(result: Result, **options: Any) -> bytes:
    from reconcile.writers import html

    return html.render(result, **options)


WRITERS: dict[str, Writer] = {
    "table": Writer(table.render, ALL_RESULTS, needs_file=False, suffix=".txt", file_options=(("color", False),)),
    "json": Writer(json_writer.render, ALL_RESULTS, needs_file=False, suffix=".json"),
    "csv": Writer(csv_writer.render, ALL_RESULTS, needs_file=False, suffix=".csv"),
    "xlsx": Writer(_render_xlsx, ALL_RESULTS, needs_file=True, suffix=".xlsx"),
    "html": Writer(_render_html, ALL_RESULTS, needs_file=True, suffix=".html"),
    "sarif": Writer(sarif.render, frozenset({"check"}), needs_file=False, suffix=".sarif"),
}


def render(fmt: str, result: Result, *, title: str, to_file: bool = False, **options: Any) -> bytes:
    """``WRITERS[fmt].render(result, title=title, **options)``, refusing a result kind it does not support.

    ``to_file``: the bytes go to a file, not a terminal (adds the writer's ``file_options``).
    Raises KeyError for an unknown format and ValueError for e.g. ``sarif`` on a diff result.
    """
    writer = WRITERS[fmt]
    kind = result_kind(result)
    if kind not in writer.supports:
        raise ValueError(f"--format {fmt} is not available for {kind} results")
    if to_file:
        options = {**dict(writer.file_options), **options}
    return writer.render(result, title=title, **options)


__all__ = ["WRITERS", "Result", "Writer", "render", "result_kind"]
