"""Messages as data: a message id (the English template) and its parameters.

Findings, and the extractor's reasons (why a file could not be read), are built as messages and made
into sentences in the reader's language only when shown. This module is pure (no I/O, nothing from
``extractor`` or ``reconcile``), so every layer can build them.

A check never writes a sentence; it builds a ``Msg``: ``msg(N_("{a} / {b} = {value} %, reported
{reported}"), a="9.900", b="10.700", value=num(92.5, 1, style), reported="99,5%")``. The id is a
gettext msgid, extracted from the source by Babel (``N_`` marks it) into
``reconcile/locale/doisoat.pot`` and translated in ``reconcile/locale/vi/LC_MESSAGES/doisoat.po``.
The sentence is made in one place, ``Msg.render(translate)``: the application passes the chosen
language's translation (``reconcile.i18n``), the engine's own ``Finding.message`` is the English.

Parameters are
- ``str``: text printed in the document (an indicator, a column header, a figure as printed, a
  place name): never translated;
- ``Num``: a number the tool computed, printed in the document's own number style ("92,5" in a
  report that writes "41.160", "92.5" in an OCR'd table that writes "91.3") whatever the language;
- ``Msg``: a nested message (a clause, a reason), translated in its turn;
- a tuple of ``Msg``: clauses joined with "; " (or the ``sep`` the template's caller gives).

Adding a message (docs/messages.md): write the English template with ``N_``, run ``make
messages`` (pybabel extract + update), translate the new entry in the ``vi`` catalog; a test fails
while a msgid has no Vietnamese translation.
"""

from __future__ import annotations

import math
import string
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Union

Translate = Callable[[str], str]


def N_(template: str) -> str:
    """Mark an English template as a message id (returned unchanged)."""
    return template


def Np_(singular: str, plural: str) -> tuple[str, str]:
    """Mark a counted English phrase ("{n} error", "{n} errors") for the catalog (returned as a pair)."""
    return singular, plural


def english(template: str) -> str:
    return template


@dataclass(frozen=True)
class Num:
    """A computed number and how to print it: ``decimals`` after the separator, in ``style``
    ("vi": 1.234,5; "en": 1,234.5)."""

    value: float
    decimals: int = 0
    style: str = "vi"

    def __str__(self) -> str:
        if self.value is None or not math.isfinite(self.value):
            return str(self.value)
        decimals = max(0, int(self.decimals))
        dec = Decimal(repr(float(self.value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        text = f"{abs(dec):,.{decimals}f}"
        if self.style != "en":
            text = text.translate(str.maketrans(",.", ".,"))
        return ("-" if dec < 0 else "") + text


Param = Union[str, int, Num, "Msg", tuple["Msg", ...]]


@dataclass(frozen=True)
class Msg:
    """A message: its id (the English template, a gettext msgid) and its parameters."""

    id: str
    params: tuple[tuple[str, Param], ...] = ()
    sep: str = "; "

    def render(self, translate: Translate = english) -> str:
        """The sentence, with the template and nested messages translated by ``translate``."""
        values = {name: _render(value, translate, self.sep) for name, value in self.params}
        template = translate(self.id) if self.id else ""
        return _Formatter().vformat(template, (), values)

    def __str__(self) -> str:
        return self.render()

    def param(self, name: str) -> Param | None:
        return dict(self.params).get(name)


class _Formatter(string.Formatter):
    """``str.format`` that leaves an unknown ``{name}`` as it is (a translation is never fatal)."""

    def get_value(self, key: int | str, args: object, kwargs: dict[str, object]) -> object:  # type: ignore[override]
        if isinstance(key, str) and key not in kwargs:
            return "{" + key + "}"
        return super().get_value(key, args, kwargs)  # type: ignore[arg-type]


def _render(value: Param, translate: Translate, sep: str) -> str:
    if isinstance(value, Said):  # an English line that keeps its message: said in the language asked
        return value.said.render(translate)
    if isinstance(value, Msg):
        return value.render(translate)
    if isinstance(value, tuple):
        return sep.join(v.render(translate) for v in value if v is not None)
    return str(value)


def msg(template: str, **params: Param | None) -> Msg:
    """A message from its template and parameters (None parameters are left out)."""
    return Msg(template, tuple((k, v) for k, v in params.items() if v is not None))


def clauses(*parts: Msg | None, sep: str = "; ") -> Msg:
    """Several messages as one, joined by ``sep`` (empty ones dropped)."""
    kept = tuple(p for p in parts if p is not None)
    if len(kept) == 1:
        return kept[0]
    return Msg("{parts}", (("parts", kept),), sep)


def text(value: str) -> Msg:
    """Printed text (a document's own words) standing where a message is expected."""
    return Msg("{text}", (("text", value),))


class Said(str):
    """A message's English sentence that keeps the message: everywhere it is the plain string it
    always was (JSON, comparisons, ``in``), and whoever shows it to a reader says it in their
    language with ``say``. For lines kept as strings where programs read them (a run's warnings).

    >>> line = Said(msg(N_("{path}: the same file as {other}, read once"), path="b.pdf", other="a.pdf"))
    >>> line, say(line, lambda s: s.replace("the same file as", "cùng tệp với").replace("read once", "đọc một lần"))
    ('b.pdf: the same file as a.pdf, read once', 'b.pdf: cùng tệp với a.pdf, đọc một lần')
    """

    said: Msg

    def __new__(cls, said: Msg) -> Said:
        line = super().__new__(cls, said.render())
        line.said = said
        return line

    def __reduce__(self) -> tuple[type[Said], tuple[Msg]]:
        return (Said, (self.said,))


def say(line: str, translate: Translate = english) -> str:
    """A line in a language: a ``Said`` line's message translated, any other string as it is."""
    return line.said.render(translate) if isinstance(line, Said) else line


def style_of(printed: str) -> str:
    """The number style of a printed figure: "en" for "91.3", "40,620.0"; else "vi"."""
    import re

    raw = printed.strip()
    if re.search(r"\d\.\d{1,2}(?!\d)|\d,\d{3}\.\d|\d,\d{3}(?!\d)", raw) and not re.search(r"\d,\d{1,2}(?!\d)", raw):
        return "en"
    return "vi"


def num(value: float | Fraction, decimals: int, style: str = "vi") -> Num:
    return Num(float(value), decimals, style)


def render(value: str | Msg | None, translate: Translate = english) -> str:
    """A message or a plain string, in a language."""
    if value is None:
        return ""
    return value.render(translate) if isinstance(value, Msg) else say(value, translate)


def where(line: int | None, page: int | None, document: str | None = None) -> Msg:
    """"line 26", "p.3", or "000_….txt line 71" as a message."""
    place = msg(N_("line {line}"), line=line) if line is not None else msg(N_("p.{page}"), page=page if page is not None else "?")
    return msg(N_("{document} {place}"), document=document, place=place) if document else place


def listing(items: list[Msg], sep: str = ", ") -> Msg:
    """Messages listed with ``sep``."""
    return Msg("{items}", (("items", tuple(items)),), sep)


__all__ = ["N_", "Msg", "Np_", "Num", "Param", "Said", "Translate", "clauses", "english", "listing", "msg", "num", "render",
           "say", "style_of", "text", "where"]
