"""Words the interface shows, in the couple's language: the one function every module calls.

Write each visible string as ``translate("Context", "Text")`` with literal arguments, so
``pyside6-lupdate`` finds it (``translations/``, see docs/translations.md); a count goes in
``n`` and the text says ``%n`` ("%n minutes"), which picks the plural form. Fill in names and
dates after translating, with ``str.format`` and named fields:
``translate("Today", "From {name}").format(name=...)``.

A text kept in a constant at import time (before any language is chosen) is marked with
:func:`QT_TRANSLATE_NOOP` and translated where it is shown: ``translate("Ctx", CONSTANT)``.

This module is Qt-free, so the core (reminder texts, report words) can use it; the GUI plugs
Qt's translators in with :func:`use` at start. Without them, the English source text is
returned, with ``%n`` filled in.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _english


def use(translator: Translator | None) -> None:
    """Translate through ``translator`` from now on (None: back to the English source texts)."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the interface's language; ``context`` groups texts for translators (use the
    class or screen it appears on)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a constant for translation without translating it yet; returns ``text``."""
    del context
    return text
