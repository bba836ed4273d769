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

import datetime as dt
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]
DateWords = Callable[[dt.date | dt.datetime | dt.time, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a constant for translation without translating it yet; returns ``text``."""
    del context
    return text


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


DAY_MONTH = QT_TRANSLATE_NOOP("dates", "d MMMM")
"""A day in a sentence: "14 December" (German: "14. Dezember")."""
WEEKDAY_DAY_MONTH = QT_TRANSLATE_NOOP("dates", "dddd d MMMM")
"""A day with its weekday: "Monday 14 December"."""
DAY_MONTH_YEAR = QT_TRANSLATE_NOOP("dates", "d MMMM yyyy")
"""A day with its year: "14 December 2026"."""
WEEKDAY = QT_TRANSLATE_NOOP("dates", "dddd")
"""The weekday's name: "Monday"."""
MONTH_SHORT = QT_TRANSLATE_NOOP("dates", "MMM")
"""A month's short name, for axes: "Dec"."""
TIME = QT_TRANSLATE_NOOP("dates", "HH:mm")
"""A time of day: "21:30"."""


def _english_date(when: dt.date | dt.datetime | dt.time, pattern: str) -> str:
    import calendar  # here, not at the top: 15 ms off the GUI's start-up, which writes dates with QLocale

    if isinstance(when, dt.time):
        return f"{when.hour:02d}:{when.minute:02d}"
    parts = {
        "dddd": calendar.day_name[when.weekday()],
        "MMMM": calendar.month_name[when.month],
        "MMM": calendar.month_abbr[when.month],
        "yyyy": str(when.year),
        "HH": f"{when.hour:02d}" if isinstance(when, dt.datetime) else "00",
        "mm": f"{when.minute:02d}" if isinstance(when, dt.datetime) else "00",
        "d": str(when.day),
    }
    out = []
    for token in pattern.split(" "):
        key = token.rstrip(".,:")
        tail = token[len(key) :]
        if ":" in key:
            hours, minutes = key.split(":")
            out.append(f"{parts[hours]}:{parts[minutes]}{tail}")
        else:
            out.append(parts.get(key, key) + tail)
    return " ".join(out)


_date_words: DateWords = _english_date


def use_dates(date_words: DateWords | None) -> None:
    """Write dates through ``date_words`` (the GUI's ``QLocale``); None: English."""
    global _date_words
    _date_words = date_words or _english_date


def date_words(when: dt.date | dt.datetime | dt.time, pattern: str) -> str:
    """``when`` in the interface's language, in one of this module's patterns (``DAY_MONTH``,
    ``WEEKDAY_DAY_MONTH``, ``DAY_MONTH_YEAR``, ``WEEKDAY``, ``MONTH_SHORT``, ``TIME``); the
    pattern is itself translated, so German gets "14. Dezember" where English has "14 December".
    Never build month or weekday names by hand."""
    return _date_words(when, pattern)
