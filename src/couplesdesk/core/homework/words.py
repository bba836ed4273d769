"""Homework in words: "Share one thing: every day, 1–14 December", "From Jo Berger, until 14 December"."""

from __future__ import annotations

from datetime import date

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_words(day: date, today: date | None = None) -> str:
    """``14 December``; with the year when it is not this year's."""
    words = f"{day.day} {MONTHS[day.month - 1]}"
    return words if today is not None and day.year == today.year else f"{words} {day.year}" if today else words


def span_words(first: date, last: date) -> str:
    """``1–14 December``, ``28 November – 5 December``, ``28 December 2026 – 3 January 2027``."""
    if first == last:
        return day_words(first)
    if first.year != last.year:
        return f"{day_words(first)} {first.year} – {day_words(last)} {last.year}"
    if first.month != last.month:
        return f"{day_words(first)} – {day_words(last)}"
    return f"{first.day}–{last.day} {MONTHS[last.month - 1]}"


def often_words(often: str, times: int | None) -> str:
    if often == "daily":
        return "every day"
    if often == "weekly":
        count = times or 1
        return "once a week" if count == 1 else "twice a week" if count == 2 else f"{count} times a week"
    return "once"


def item_words(title: str, often: str, times: int | None, first: date, last: date) -> str:
    """What an item asks, in one line."""
    if often == "once":
        when = f"on {day_words(first)}" if first == last else f"once, any day {span_words(first, last)}"
        return f"{title}: {when}"
    return f"{title}: {often_words(often, times)}, {span_words(first, last)}"


def from_words(therapist: str, ends: date, today: date) -> str:
    return f"From {therapist}, until {day_words(ends, today)}"
