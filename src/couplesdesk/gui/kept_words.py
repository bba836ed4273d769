"""Words for kept things (boundaries, agreements) and for days with their weekday, shared by
Today, a run's end and the History, Boundaries, Agreements and Progress pages (plain days and
whose-is-it are in words.py).

Qt-free, like words.py; every word goes through :func:`translate` and every date through
:func:`date_words`, so the pages speak the interface's language.
"""

from __future__ import annotations

from datetime import date

from ..core.i18n import WEEKDAY_DAY_MONTH, date_words, translate


def weekday_day(d: date, today: date) -> str:
    """'Tuesday 18 November', with the year when it is not this year's."""
    if d.year == today.year:
        return date_words(d, WEEKDAY_DAY_MONTH)
    # A date pattern of this module's own, in QLocale's letters: weekday, day, month, year.
    return date_words(d, translate("kept_words", "dddd d MMMM yyyy"))


def boundary_words(status: str) -> str:
    """A boundary's status in a word or two ('needs time'), as the exercise names it: the one
    place that says it, for Today, the Boundaries page, History, Progress and a run's end."""
    words = {
        "stated": translate("kept_words", "stated"),
        "heard": translate("kept_words", "heard"),
        "needs_time": translate("kept_words", "needs time"),
        "to_talk": translate("kept_words", "to talk about"),
        "talked_through": translate("kept_words", "talked through"),
        "not_agreed": translate("kept_words", "not agreed"),
    }
    return words.get(status, status.replace("_", " "))


def agreement_words(status: str) -> str:
    """An agreement's status in a word or two."""
    words = {
        "keeping": translate("kept_words", "keeping"),
        "needs_another_look": translate("kept_words", "needs another look"),
        "retired": translate("kept_words", "retired"),
    }
    return words.get(status, status)
