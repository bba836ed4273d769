"""Words for dates, times, statuses and whose-is-it, shared by the pages, in the interface's
language (``translate``; dates through ``date_words``, never hand-made names).

Qt-free and small, so the Today page (the one shown at start-up) need not import the
Boundaries page to speak the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from ..core.clock import format_time
from ..core.i18n import DAY_MONTH, DAY_MONTH_YEAR, WEEKDAY, date_words, translate
from ..core.i18n import MONTHS as _MONTHS
from ..core.i18n import WEEKDAYS as _WEEKDAYS
from ..core.rhythm import Rhythm

WEEKDAYS: Sequence[str] = _WEEKDAYS
"""``WEEKDAYS[day.weekday()]``: "Monday", in German "Montag" (better: ``date_words(day, WEEKDAY)``)."""
MONTHS: Sequence[str] = _MONTHS
"""``MONTHS[day.month - 1]``: "December", in German "Dezember" (better: ``date_words``)."""
EVENING = 17
"""From this hour on, later today is 'tonight'."""
SMALL_HOURS = 3
"""Until this hour, a time after midnight still belongs to 'tonight' (when it is evening now)."""


def month_day(d: date, today: date) -> str:
    """'3 November', with the year when it is not this year."""
    return date_words(d, DAY_MONTH if d.year == today.year else DAY_MONTH_YEAR)


def day_words(d: date, today: date) -> str:
    """'today', 'yesterday', '3 November', '3 November 2025'."""
    days = (today - d).days
    if days == 0:
        return translate("words", "today")
    if days == 1:
        return translate("words", "yesterday")
    return month_day(d, today)


def whose_words(author: str, names: dict[str, str]) -> str:
    """Whose boundary: a partner's name, or 'both of you' for one stated together."""
    if author == "together":
        return translate("words", "both of you")
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
        return translate("words", "today at {time}").format(time=at)
    if days == 1:
        return translate("words", "yesterday at {time}").format(time=at)
    if 1 < days < 7:
        return translate("words", "on {weekday} at {time}").format(weekday=date_words(d, WEEKDAY), time=at)
    return translate("words", "on {day}").format(day=month_day(d, today))


def ahead_words(moment: datetime, now: datetime) -> str:
    """A time still ahead, as people say it: 'tonight at 19:30', 'today at 14:00', 'tomorrow
    at 18:00', 'on Wednesday at 19:00', 'on 3 December at 19:00'. Just after midnight, when
    it is evening now, is still 'tonight'."""
    local, here = moment.astimezone(), now.astimezone()
    at = format_time(moment)
    days = (local.date() - here.date()).days
    tonight = translate("words", "tonight at {time}").format(time=at)
    if days == 0:
        return tonight if local.hour >= EVENING else translate("words", "today at {time}").format(time=at)
    if days == 1 and local.hour < SMALL_HOURS and here.hour >= EVENING:
        return tonight
    if days == 1:
        return translate("words", "tomorrow at {time}").format(time=at)
    if 1 < days < 7:
        return translate("words", "on {weekday} at {time}").format(weekday=date_words(local, WEEKDAY), time=at)
    day = month_day(local.date(), here.date())
    return translate("words", "on {day} at {time}").format(day=day, time=at)


def greeting(now: datetime) -> str:
    hour = now.astimezone().hour
    if 5 <= hour < 12:
        return translate("words", "Good morning")
    if 12 <= hour < 18:
        return translate("words", "Good afternoon")
    return translate("words", "Good evening")


def days_words(n: int) -> str:
    """'1 day', '3 days' (as a count in a sentence: 'on 3 days')."""
    return translate("words", "%n day(s)", None, n)


def rhythm_words(rhythm: Rhythm, today: date) -> str:
    """The days both shared this week beside the couple's own intention: never a score,
    never a reproach, and nothing at all during a break."""
    if rhythm.on_break_since is not None:
        if rhythm.on_break_since == today:
            return translate(
                "words",
                "You're taking a break. Nothing is counted and nothing is asked of you; "
                "whatever you shared before is kept.",
            )
        return translate(
            "words",
            "You're taking a break since {day}. Nothing is counted and nothing is asked of you; "
            "whatever you shared before is kept.",
        ).format(day=day_words(rhythm.on_break_since, today))
    shared = rhythm.shared_days
    if rhythm.break_this_week:
        if not shared:
            return translate("words", "Welcome back. This week is a short one, and there's no hurry.")
        return translate("words", "Welcome back. You both shared on %n day(s) this week.", None, shared)
    if not shared:
        return translate("words", "No day shared by you both yet this week. Any day is a good day to begin.")
    if shared >= rhythm.intention:
        return translate("words", "You both shared on %n day(s) this week, as you hoped.", None, shared)
    return translate("words", "You both shared on %n day(s) this week.", None, shared)


def talk_words(at: datetime, now: datetime) -> str:
    """When a planned talk is, on its card: 'Tonight at 19:30', or 'Now' once its time has come."""
    if at <= now:
        return translate("words", "Now: you planned it for {time}").format(time=format_time(at))
    return capital(ahead_words(at, now))


def shortened(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word before ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"
