"""The reader's language: Vietnamese by default, English with ``--lang en``.

Messages and chrome are written in English in the source (a finding's message id, a template's
``_("Documents")``) and translated through the gettext catalog
``reconcile/locale/vi/LC_MESSAGES/doisoat.po``, managed with Babel's tooling (``make messages``:
``pybabel extract`` then ``pybabel update``; see docs/messages.md). The catalog is read with Babel
when first needed, so there is no compiled file to keep in step with it. English needs no
catalog: the msgid is the English text.

Where a message is made into a sentence, it happens once: ``Finding.render(translator(lang))``
(engine messages) and ``gettext``/``ngettext`` for the writers' chrome.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from importlib import resources

from babel.messages.pofile import read_po

from reconcile.engine.messages import Translate

LANGUAGES: tuple[str, ...] = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
DOMAIN = "doisoat"
# click's usage lines, usage errors and help words (reconcile/cli_i18n.py), in a catalog of their own.
CLICK_DOMAIN = "click"


def check_language(lang: str) -> str:
    """``lang`` if known, else ValueError naming the ones there are."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r} (known: {', '.join(LANGUAGES)})")
    return lang


@cache
def catalog(lang: str) -> dict[str | tuple[str, ...], str | tuple[str, ...]]:
    """msgid -> translation for ``lang`` (empty for English), ours and click's. Untranslated and
    fuzzy entries are left out, so their English stands."""
    check_language(lang)
    if lang == "en":
        return {}
    out: dict[str | tuple[str, ...], str | tuple[str, ...]] = {}
    # click's own words first: where an id is in both, ours is said.
    for domain in (CLICK_DOMAIN, DOMAIN):
        path = resources.files("reconcile").joinpath("locale", lang, "LC_MESSAGES", f"{domain}.po")
        with path.open("rb") as fh:
            po = read_po(fh, locale=lang, domain=domain)
        for message in po:
            if not message.id or message.fuzzy or not message.string:
                continue
            if isinstance(message.string, tuple) and not all(message.string):
                continue
            key = message.id if isinstance(message.id, str) else tuple(message.id)
            out[key] = message.string if isinstance(message.string, str) else tuple(message.string)
    return out


def translator(lang: str = DEFAULT_LANGUAGE) -> Translate:
    """msgid -> its translation in ``lang`` (the msgid itself when there is none)."""
    table = catalog(lang)

    def translate(msgid: str) -> str:
        found = table.get(msgid)
        return found if isinstance(found, str) else msgid

    return translate


def gettext(lang: str = DEFAULT_LANGUAGE) -> Callable[[str], str]:
    """The ``_`` of the writers' chrome (the same catalog as the messages)."""
    return translator(lang)


def ngettext(lang: str = DEFAULT_LANGUAGE) -> Callable[[str, str, int], str]:
    """``ngettext(singular, plural, n)`` in ``lang`` (Vietnamese has one form, English two)."""
    table = catalog(lang)

    def translate(singular: str, plural: str, n: int) -> str:
        found = table.get((singular, plural))
        if isinstance(found, tuple) and found:
            return found[0] if len(found) == 1 else found[0 if n == 1 else 1]
        return singular if n == 1 else plural

    return translate


class Language:
    """Everything a writer says in one language: ``_`` and ``n_`` for its own words (chrome), the
    findings' messages, kind and severity names, and "where" strings.

    >>> Language("en").kind("ratio_mismatch")
    'Ratio does not recompute'
    >>> Language("vi").kind("ratio_mismatch")
    'Tỷ lệ không khớp với số liệu'
    """

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = check_language(lang)
        self._ = gettext(lang)
        self.n_ = ngettext(lang)
        self.translate = translator(lang)

    def message(self, f: object) -> str:
        """A finding's message in this language."""
        from reconcile.engine.findings import Finding

        assert isinstance(f, Finding)
        return f.render(self.translate)

    def text(self, value: object) -> str:
        """A message, or plain text, in this language."""
        from reconcile.engine.messages import Msg, render

        return render(value if isinstance(value, (str, Msg)) or value is None else str(value), self.translate)

    def kind(self, kind: str) -> str:
        from reconcile.writers.flat import KIND_LABELS

        return self._(KIND_LABELS[kind]) if kind in KIND_LABELS else kind

    def kind_description(self, kind: str) -> str:
        from reconcile.writers.flat import KIND_DESCRIPTIONS

        return self._(KIND_DESCRIPTIONS[kind]) if kind in KIND_DESCRIPTIONS else kind

    def severity(self, severity: str) -> str:
        from reconcile.writers.flat import SEVERITY_LABELS

        return self._(SEVERITY_LABELS[severity]) if severity in SEVERITY_LABELS else severity

    def document_warnings(self, doc: object) -> list[str]:
        """A document's warnings in this language (as they are when it carries no messages)."""
        said = getattr(doc, "warning_messages", ())
        warnings = list(getattr(doc, "warnings", ()))
        return [m.render(self.translate) for m in said] if len(said) == len(warnings) else warnings

    def where(self, page: int | None, line: int | None) -> str:
        """"p.2", "line 41", "p.2 line 41" in this language; "" when unknown."""
        if page is not None and line is not None:
            return self._("p.{page} line {line}").format(page=page, line=line)
        if page is not None:
            return self._("p.{page}").format(page=page)
        if line is not None:
            return self._("line {line}").format(line=line)
        return ""

    def count(self, n: int, singular: str, plural: str) -> str:
        """"1 error", "3 errors" ("3 lỗi"): ``singular``/``plural`` hold ``{n}``."""
        return self.n_(singular, plural, n).format(n=n)


__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "Language", "catalog", "check_language", "gettext", "ngettext", "translator"]
