"""The command line in the reader's language: click's own words (usage lines, usage errors, the
help pages) and ours (every command's and option's help), Vietnamese by default, English with
``--lang en`` or ``DOISOAT_LANG=en``.

click marks its strings for gettext: each of its modules does ``from gettext import gettext as _``
(and ``ngettext``), so "Usage:", "Try 'doisoat check --help' for help.", "Error: No such option
'--bogus'." and "Show this message and exit." are gettext calls at the moment they are said. Their
ids are in our catalog (``reconcile/locale/click.pot``, extracted from the installed click by ``make
messages``; translated in ``vi/LC_MESSAGES/click.po``), and while a command runs ``speaking(lang)``
points those ``_``/``ngettext`` of click's modules at the catalog (the way click's maintainers
suggest to translate it, pallets/click#303 and #2706: click's strings in the application's own
catalog), then puts them back. The help texts of our own commands and options are message ids
(``N_``) translated the same way while the command runs.

The language has to be known before click parses anything (a bad option is reported by the
parser itself): ``argv_language`` reads ``--lang`` from the arguments, else ``$DOISOAT_LANG``.
"""

from __future__ import annotations

import gettext as _gettext
import string
import sys
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import click

from normalizers.messages import N_, Msg
from reconcile.i18n import DEFAULT_LANGUAGE, LANGUAGES, gettext, ngettext, translator

ENV_VAR = "DOISOAT_LANG"
# The language of the command running now in this thread or task (``speaking``): what ``say`` words
# our usage errors in and what click's own words are said in. A context variable, not a global: two
# commands run in one process (threads, a library caller, tests in one xdist worker) each keep theirs.
_LANG: ContextVar[str | None] = ContextVar("doisoat_lang", default=None)
# click's ``_``/``ngettext`` point at ``_click_gettext``/``_click_ngettext`` while any command runs
# (counted, so the last one to end puts click's own back); those read ``_LANG`` at each call.
_patched: list[tuple[object, str, Any]] = []
_running = 0
_lock = threading.Lock()

# Words click says through ``_(variable)``, which extraction cannot see, and our usage metavars.
_UNSEEN = (N_("required"), N_("[OPTIONS]"), N_("COMMAND [ARGS]..."))


def argv_language(args: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language the command line asks for: ``--lang X`` / ``--lang=X`` among ``args`` (before a
    ``--``), else ``$DOISOAT_LANG``, else Vietnamese. An unknown value counts as none here: click
    reports it, in the default language.

    >>> argv_language(["check", "a.pdf", "--lang", "en"], {}), argv_language(["check", "--lang=en"], {})
    ('en', 'en')
    >>> argv_language(["check", "a.pdf"], {"DOISOAT_LANG": "en"}), argv_language(["--lang", "fr"], {})
    ('en', 'vi')
    """
    asked: str | None = None
    items = list(args)
    for i, arg in enumerate(items):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(items):
            asked = items[i + 1]
        elif arg.startswith("--lang="):
            asked = arg.partition("=")[2]
    if asked is None:
        asked = environ.get(ENV_VAR)
    return asked if asked in LANGUAGES else DEFAULT_LANGUAGE


# Help texts made from a template and values ("Run only these checks ...: ratios, sums"): the English
# click keeps (it cleans help into a plain str) -> the template that translates it, and its values.
_TEMPLATED: dict[str, tuple[str, dict[str, str]]] = {}


def templated(template: str, **values: str) -> str:
    """A help text with values filled in, still translatable: ``help=templated(N_("... {names}"),
    names="a, b")``."""
    english = string.Formatter().vformat(template, (), values)
    _TEMPLATED[english] = (template, values)
    return english


def _say(text: str | None, translate: Any) -> str | None:
    if not text:
        return text
    if text in _TEMPLATED:
        template, values = _TEMPLATED[text]
        return string.Formatter().vformat(translate(template), (), values)
    return str(translate(text))


class _Noun(str):
    """A translated noun click capitalises with ``str.title``: only its first letter is, as a
    Vietnamese sentence's ("Thư mục '/x' là một tệp.", not "Thư Mục")."""

    def title(self) -> str:
        return self[:1].upper() + self[1:]


class PathArg(click.Path):
    """``click.Path`` that names the kind of path it refuses ("File '/tmp' is a directory.") in the
    language of the command running: click takes that noun with ``_()`` when the option is built, at
    import, so it stayed English in every language."""

    @property  # type: ignore[override]
    def name(self) -> str:
        noun = "file" if self.file_okay and not self.dir_okay else "directory" if self.dir_okay and not self.file_okay else "path"
        return _Noun(_click_gettext(noun))

    @name.setter
    def name(self, value: str) -> None:  # click's __init__ sets it; the noun follows the flags instead
        pass


def _commands(command: click.Command) -> Iterator[click.Command]:
    yield command
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            yield from _commands(sub)


def _click_gettext(message: str) -> str:
    lang = _LANG.get()
    return _gettext.gettext(message) if lang is None else gettext(lang)(message)


def _click_ngettext(singular: str, plural: str, n: int) -> str:
    lang = _LANG.get()
    return _gettext.ngettext(singular, plural, n) if lang is None else ngettext(lang)(singular, plural, n)


def _point_click_at_the_catalog() -> None:
    global _running
    with _lock:
        _running += 1
        if _running > 1:
            return
        for name, module in list(sys.modules.items()):
            if module is None or not (name == "click" or name.startswith("click.")):
                continue
            for attr, ours, theirs in (("_", _click_gettext, _gettext.gettext),
                                       ("ngettext", _click_ngettext, _gettext.ngettext)):
                if vars(module).get(attr) is theirs:
                    _patched.append((module, attr, theirs))
                    setattr(module, attr, ours)


def _give_click_back() -> None:
    global _running
    with _lock:
        _running -= 1
        if _running:
            return
        while _patched:
            module, attr, theirs = _patched.pop()
            setattr(module, attr, theirs)


@contextmanager
def speaking(lang: str, command: click.Command) -> Iterator[None]:
    """While inside: click's own words and the help of ``command`` (and its subcommands) in
    ``lang``; everything is put back on leaving, whatever ends the command.

    The language is this context's (``_LANG``): click's words and ``say`` follow it per thread or
    task. The help texts are attributes of ``command``'s objects, translated in place while it runs:
    one command object run at once in two languages (two threads calling ``main``) would share them."""
    translate = gettext(lang)
    saved: list[tuple[object, str, Any]] = []

    def put(obj: object, attr: str, value: Any) -> None:
        saved.append((obj, attr, getattr(obj, attr)))
        setattr(obj, attr, value)

    token = _LANG.set(lang)
    _point_click_at_the_catalog()
    try:
        for cmd in _commands(command):
            put(cmd, "help", _say(cmd.help, translate))
            if hasattr(cmd, "_help_option"):  # click keeps the --help option it made, words and all
                put(cmd, "_help_option", None)
            put(cmd, "short_help", _say(cmd.short_help, translate))
            if cmd.options_metavar:
                put(cmd, "options_metavar", translate(cmd.options_metavar))
            if isinstance(cmd, click.Group) and cmd.subcommand_metavar:
                put(cmd, "subcommand_metavar", translate(cmd.subcommand_metavar))
            for param in cmd.params:
                if isinstance(param, click.Option):
                    put(param, "help", _say(param.help, translate))
                if param.metavar:
                    put(param, "metavar", _say(param.metavar, translate))
        yield
    finally:
        for obj, attr, value in reversed(saved):
            setattr(obj, attr, value)
        _give_click_back()
        _LANG.reset(token)


def language() -> str:
    """The language of the command running now in this context (the default outside one)."""
    return _LANG.get() or DEFAULT_LANGUAGE


def say(message: Msg) -> str:
    """A message in the language of the command running now (a usage error click prints)."""
    return message.render(translator(language()))


__all__ = ["ENV_VAR", "PathArg", "argv_language", "language", "say", "speaking", "templated"]
