"""Words for days and for kept things (boundaries, agreements), shared by the History,
Boundaries, Agreements and Progress pages.

Qt-free, like words.py; every word goes through :func:`translate` and every date through
:func:`date_words`, so the pages speak the interface's language.
"""

from __future__ import annotations

from datetime import date

from ..core.i18n import DAY_MONTH, DAY_MONTH_YEAR, WEEKDAY_DAY_MONTH, date_words, translate


def month_day(d: date, today: date) -> str:
    """'3 November', with the year when it is not this year's."""
    return date_words(d, DAY_MONTH if d.year == today.year else DAY_MONTH_YEAR)


def weekday_day(d: date, today: date) -> str:
    """'Tuesday 18 November', with the year when it is not this year's."""
    if d.year == today.year:
        return date_words(d, WEEKDAY_DAY_MONTH)
    # A date pattern of this module's own, in QLocale's letters: weekday, day, month, year.
    return date_words(d, translate("kept_words", "dddd d MMMM yyyy"))


def kept_day(d: date, today: date) -> str:
    """'today', 'yesterday', '3 November', '3 November 2025', in the interface's language."""
    days = (today - d).days
    if days == 0:
        return translate("kept_words", "today")
    if days == 1:
        return translate("kept_words", "yesterday")
    return month_day(d, today)


def whose(author: str, names: dict[str, str]) -> str:
    """Whose it is: a partner's name, or 'both of you' for one stated together."""
    return translate("kept_words", "both of you") if author == "together" else names.get(author, author)


def boundary_words(status: str) -> str:
    """A boundary's status in a word or two ('needs time'), as the exercise names it."""
    words = {
        "stated": translate("kept_words", "stated"),
        "heard": translate("kept_words", "heard"),
        "needs_time": translate("kept_words", "needs time"),
        "to_talk": translate("kept_words", "to talk about"),
        "talked_through": translate("kept_words", "talked through"),
        "not_agreed": translate("kept_words", "not agreed"),
    }
    return words.get(status, status)


def agreement_words(status: str) -> str:
    """An agreement's status in a word or two."""
    words = {
        "keeping": translate("kept_words", "keeping"),
        "needs_another_look": translate("kept_words", "needs another look"),
        "retired": translate("kept_words", "retired"),
    }
    return words.get(status, status)
