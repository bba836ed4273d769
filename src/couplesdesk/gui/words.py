"""Words for dates, times, statuses and whose-is-it, shared by the pages.

Qt-free and small, so the Today page (the one shown at start-up) need not import the
Boundaries page to speak the same way.
"""

from __future__ import annotations

from datetime import date, datetime

from ..core.clock import format_time
from ..core.rhythm import Rhythm

STATUS_WORDS = {
    "stated": "stated",
    "heard": "heard",
    "needs_time": "needs time",
    "to_talk": "to talk about",
    "talked_through": "talked through",
    "not_agreed": "not agreed",
}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVENING = 17
"""From this hour on, later today is 'tonight'."""
SMALL_HOURS = 3
"""Until this hour, a time after midnight still belongs to 'tonight' (when it is evening now)."""
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


def when_words(moment: datetime, today: date) -> str:
    """When something was last touched, as people say it: 'today at 20:10', 'yesterday at 21:05',
    'on Monday at 19:30' (this past week), 'on 3 November', 'on 3 November 2025'."""
    d = moment.astimezone().date()
    at = format_time(moment)
    days = (today - d).days
    if days == 0:
        return f"today at {at}"
    if days == 1:
        return f"yesterday at {at}"
    if 1 < days < 7:
        return f"on {WEEKDAYS[d.weekday()]} at {at}"
    return f"on {month_day(d, today)}"


def ahead_words(moment: datetime, now: datetime) -> str:
    """A time still ahead, as people say it: 'tonight at 19:30', 'today at 14:00', 'tomorrow
    at 18:00', 'on Wednesday at 19:00', 'on 3 December at 19:00'. Just after midnight, when
    it is evening now, is still 'tonight'."""
    local, here = moment.astimezone(), now.astimezone()
    at = format_time(moment)
    days = (local.date() - here.date()).days
    if days == 0:
        return f"tonight at {at}" if local.hour >= EVENING else f"today at {at}"
    if days == 1 and local.hour < SMALL_HOURS and here.hour >= EVENING:
        return f"tonight at {at}"
    if days == 1:
        return f"tomorrow at {at}"
    if 1 < days < 7:
        return f"on {WEEKDAYS[local.weekday()]} at {at}"
    return f"on {month_day(local.date(), here.date())} at {at}"


def greeting(now: datetime) -> str:
    hour = now.astimezone().hour
    if 5 <= hour < 12:
        return "Good morning"
    if 12 <= hour < 18:
        return "Good afternoon"
    return "Good evening"


def days_words(n: int) -> str:
    return f"{n} day{'s' if n != 1 else ''}"


def rhythm_words(rhythm: Rhythm, today: date) -> str:
    """The days both shared this week beside the couple's own intention: never a score,
    never a reproach, and nothing at all during a break."""
    if rhythm.on_break_since is not None:
        since = "" if rhythm.on_break_since == today else f" since {day_words(rhythm.on_break_since, today)}"
        return (
            f"You're taking a break{since}. Nothing is counted and nothing is asked of you; "
            "whatever you shared before is kept."
        )
    shared = rhythm.shared_days
    if rhythm.break_this_week:
        if not shared:
            return "Welcome back. This week is a short one, and there's no hurry."
        return f"Welcome back. You both shared on {days_words(shared)} this week."
    if not shared:
        return "No day shared by you both yet this week. Any day is a good day to begin."
    if shared >= rhythm.intention:
        return f"You both shared on {days_words(shared)} this week, as you hoped."
    return f"You both shared on {days_words(shared)} this week."


def talk_words(at: datetime, now: datetime) -> str:
    """When a planned talk is, on its card: 'Tonight at 19:30', or 'Now' once its time has come."""
    if at <= now:
        return f"Now: you planned it for {format_time(at)}"
    return capital(ahead_words(at, now))


def shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
