"""Homework in words: "Share one thing: every day, 1–14 December", "From Jo Berger, until 14 December"
(in the interface's language: ``translate``, dates through ``date_words``)."""

from __future__ import annotations

from datetime import date

from ..i18n import DAY, DAY_MONTH, DAY_MONTH_YEAR, MONTHS, date_words, translate

__all__ = ["MONTHS", "day_words", "from_words", "item_words", "often_words", "span_words"]


def day_words(day: date, today: date | None = None) -> str:
    """``14 December``; with the year when it is not this year's."""
    return date_words(day, DAY_MONTH if today is None or day.year == today.year else DAY_MONTH_YEAR)


def span_words(first: date, last: date) -> str:
    """``1–14 December``, ``28 November – 5 December``, ``28 December 2026 – 3 January 2027``."""
    if first == last:
        return day_words(first)
    if first.year != last.year:
        first_words, last_words = date_words(first, DAY_MONTH_YEAR), date_words(last, DAY_MONTH_YEAR)
        return translate("core/homework/words", "{first} – {last}").format(first=first_words, last=last_words)
    if first.month != last.month:
        return translate("core/homework/words", "{first} – {last}").format(first=day_words(first), last=day_words(last))
    return translate("core/homework/words", "{first}–{last}").format(first=date_words(first, DAY), last=day_words(last))


def often_words(often: str, times: int | None) -> str:
    if often == "daily":
        return translate("core/homework/words", "every day")
    if often == "weekly":
        count = times or 1
        if count == 1:
            return translate("core/homework/words", "once a week")
        if count == 2:
            return translate("core/homework/words", "twice a week")
        return translate("core/homework/words", "%n times a week", None, count)
    return translate("core/homework/words", "once")


def item_words(title: str, often: str, times: int | None, first: date, last: date) -> str:
    """What an item asks, in one line."""
    if often == "once":
        if first == last:
            return translate("core/homework/words", "{title}: on {day}").format(title=title, day=day_words(first))
        return translate("core/homework/words", "{title}: once, any day {span}").format(
            title=title, span=span_words(first, last)
        )
    return translate("core/homework/words", "{title}: {often}, {span}").format(
        title=title, often=often_words(often, times), span=span_words(first, last)
    )


def from_words(therapist: str, ends: date, today: date) -> str:
    return translate("core/homework/words", "From {therapist}, until {day}").format(
        therapist=therapist, day=day_words(ends, today)
    )
