"""Words the interface shows, in the couple's language: the one function every module calls.

Write each visible string as ``translate("Context", "Text")`` with literal arguments, so
``pyside6-lupdate`` finds it (``translations/``, see docs/translations.md); a count goes in
``n`` and the text says ``%n`` ("%n minute(s)"), which picks the plural form (English from
the source, "(s)" for "s" unless one; other languages from their ``<numerusform>``). Fill in names and
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
from collections.abc import Callable, Sequence
from typing import overload

Translator = Callable[[str, str, str | None, int], str]
DateWords = Callable[[dt.date | dt.datetime | dt.time, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a constant for translation without translating it yet; returns ``text``."""
    del context
    return text


def english_plural(text: str, n: int) -> str:
    """The English source's plural: "%n day(s)" is "1 day", "3 days" (English needs no .qm)."""
    if n < 0:
        return text
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def _english(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del context, disambiguation
    return english_plural(text, n)


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


_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""English's own names, for the English writer only (the ``calendar`` module costs the first
frame 15 ms; tests/gui/test_dates.py checks this writer word for word against QLocale("en"));
every other language is written by QLocale."""


def _english_date(when: dt.date | dt.datetime | dt.time, pattern: str) -> str:
    if isinstance(when, dt.time):
        return f"{when.hour:02d}:{when.minute:02d}"
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        when = when.astimezone()  # local time, as the GUI writes it
    parts = {
        "dddd": _ENGLISH_DAYS[when.weekday()],
        "MMMM": _ENGLISH_MONTHS[when.month - 1],
        "MMM": _ENGLISH_MONTHS[when.month - 1][:3],
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


class DateNames(Sequence[str]):
    """Weekday or month names in the language shown now, by :func:`date_words`: for code that
    indexes a tuple of names (``WEEKDAYS[day.weekday()]``). New code calls ``date_words``."""

    def __init__(self, days: tuple[dt.date, ...], pattern: str):
        self._days, self._pattern = days, pattern

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...
    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        if isinstance(index, slice):
            return [date_words(day, self._pattern) for day in self._days[index]]
        return date_words(self._days[index], self._pattern)

    def __len__(self) -> int:
        return len(self._days)


MONTH = QT_TRANSLATE_NOOP("dates", "MMMM")
"""A month's name: "December"."""
DAY = QT_TRANSLATE_NOOP("dates", "d")
"""The day of the month alone, as it stands before a dash: "1" in "1–14 December" (German "1.")."""
WEEKDAYS = DateNames(tuple(dt.date(2024, 1, 1 + n) for n in range(7)), WEEKDAY)
"""``WEEKDAYS[day.weekday()]``: "Monday", in German "Montag" (1 January 2024 was a Monday)."""
MONTHS = DateNames(tuple(dt.date(2024, m, 1) for m in range(1, 13)), MONTH)
"""``MONTHS[day.month - 1]``: "December", in German "Dezember"."""
