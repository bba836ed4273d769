"""Words for dates, statuses and whose-is-it, shared by Today and the Boundaries page.

Qt-free and small, so the Today page (the one shown at start-up) need not import the
Boundaries page to speak the same way.
"""

from __future__ import annotations

from datetime import date

STATUS_WORDS = {
    "stated": "stated",
    "heard": "heard",
    "needs_time": "needs time",
    "talked_through": "talked through",
}
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def month_day(d: date, today: date) -> str:
    """'3 November', with the year when it is not this year."""
    words = f"{d.day} {MONTHS[d.month - 1]}"
    return words if d.year == today.year else f"{words} {d.year}"


def day_words(d: date, today: date) -> str:
    """'today', 'yesterday', '3 November', '3 November 2025'."""
    days = (today - d).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return month_day(d, today)


def whose_words(author: str, names: dict[str, str]) -> str:
    """Whose boundary: a partner's name, or 'both of you' for one stated together."""
    if author == "together":
        return "both of you"
    return names.get(author, author)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
