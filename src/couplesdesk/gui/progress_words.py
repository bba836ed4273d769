"""The words of the Progress page: a sentence above each picture, the same facts in full for a
screen reader, and the invitations shown before there is anything to draw.

Qt-free, like words.py, so an export or a therapist report can say the same. Never a score,
never one partner against the other, never a reproach: counts of what you did, in words.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..core.progress_data import CALENDAR_WEEKS, PAUSE_WEEKS, PauseWeek, RatingSeries, Scale, SharedCalendar
from .words import STATUS_WORDS, WEEKDAYS, capital, days_words, month_day

LEAD = "A look back at the time you've made for each other, week by week. Every week counts, the quiet ones too."

CALENDAR_TITLE = "Days you both shared"
CALENDAR_EMPTY = (
    "When you both share one thing on a few days, those days will show here, week by week. "
    "A sentence or two each is plenty."
)
CALENDAR_START = "Share one thing"
PAUSES_TITLE = "Pauses"
PAUSES_EMPTY = (
    "When you take a pause, it will show here, week by week, with whether you came back by the "
    "time you named. The Pause button at the top is there whenever either of you needs it."
)
BOUNDARIES_TITLE = "Boundaries"
BOUNDARIES_EMPTY = (
    "When you agree on a boundary in the Boundary statement exercise, it will show here, with where it stands."
)
BOUNDARIES_START = "Start the Boundary statement exercise"
CHECKIN_START = "Start a weekly check-in"

NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
PAUSE_WORDS = {
    "on_time": "back by the time you named",
    "later": "back later than that",
    "open": "still open in the app",
}
"""How a pause ended, in the legend and in words."""
STATUS_PHRASES = {"needs_time": "needing time"}
"""A status after a number ('2 needing time'); the others read as STATUS_WORDS has them."""


def weeks_words(n: int) -> str:
    return f"{NUMBER_WORDS[n] if n < len(NUMBER_WORDS) else n} weeks"


def plural(n: int, thing: str) -> str:
    return f"{n} {thing}{'' if n == 1 else 's'}"


def listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def full_day(d: date, today: date) -> str:
    """'Monday 3 November'."""
    return f"{WEEKDAYS[d.weekday()]} {month_day(d, today)}"


def day_ranges(days: list[date], today: date) -> list[str]:
    """Days in words, runs of days in a row as one: '3 November', '5 to 8 November'."""
    runs: list[list[date]] = []
    for d in sorted(days):
        if runs and d - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(d)
        else:
            runs.append([d])
    out = []
    for run in runs:
        first, last = run[0], run[-1]
        if first == last:
            out.append(month_day(first, today))
        elif (first.year, first.month) == (last.year, last.month):
            out.append(f"{first.day} to {month_day(last, today)}")
        else:
            out.append(f"{month_day(first, today)} to {month_day(last, today)}")
    return out


# --------------------------------------------------------------------------- the calendar


def calendar_sentence(calendar: SharedCalendar) -> str:
    weeks = weeks_words(CALENDAR_WEEKS)
    both = len(calendar.both)
    said = f"You both shared on {days_words(both)} in the last {weeks}" if both else f"In the last {weeks}"
    if calendar.breaks:
        rest = f", and took a break on {days_words(len(calendar.breaks))}." if both else ", you took a break."
        return said + rest + " Nothing is counted during a break."
    return said + "."


def calendar_description(calendar: SharedCalendar) -> str:
    today = calendar.today
    last = calendar.first + timedelta(days=CALENDAR_WEEKS * 7 - 1)
    parts = [f"A calendar from {full_day(calendar.first, today)} to {full_day(last, today)}."]
    shared = day_ranges(list(calendar.both), today)
    parts.append(f"Days you both shared: {listed(shared)}." if shared else "No day shared by you both in these weeks.")
    if calendar.breaks:
        parts.append(f"A break you took: {listed(day_ranges(list(calendar.breaks), today))}.")
    parts.append(f"Today is {full_day(today, today)}.")
    return " ".join(parts)


def calendar_is_empty(calendar: SharedCalendar) -> bool:
    return not calendar.both and not calendar.breaks


# --------------------------------------------------------------------------- check-ins


def checkin_title(scale: Scale) -> str:
    return scale.title


def checkin_sentence(series: RatingSeries) -> str:
    return (
        "From your weekly check-ins over the last six months: each of you on your own line, "
        "with the numbers you chose to show each other."
    )


def scale_words(scale: Scale) -> str:
    """'0 is far apart, 10 is very close.'"""
    return f"{scale.low} is {scale.low_label}, {scale.high} is {scale.high_label}."


def checkin_description(series: RatingSeries, names: dict[str, str]) -> str:
    scale, today = series.scale, series.last
    parts = [f"{scale.title}. {checkin_sentence(series)} {scale_words(scale)}"]
    for line in series.lines:
        name = names.get(line.author, line.author)
        points = [f"{value} on {month_day(day, today)}" for day, value in line.points]
        parts.append(f"{name}: {listed(points)}.")
    return " ".join(parts)


def checkin_empty(scale: Scale) -> str:
    return (
        f"When you do the weekly check-in and choose to show your {scale.title.lower()} number, "
        "it will show here, week by week, on a line of your own."
    )


# --------------------------------------------------------------------------- pauses


def pauses_sentence(weeks: tuple[PauseWeek, ...]) -> str:
    total = sum(w.total for w in weeks)
    on_time = sum(w.on_time for w in weeks)
    said = f"You took {plural(total, 'pause')} in the last {weeks_words(PAUSE_WEEKS)}"
    if total and on_time == total:
        each = "" if total == 1 else " each time"
        return f"{said}, and came back{each} by the time you named."
    if on_time:
        return f"{said}. After {on_time} of them, you came back by the time you named."
    return said + "."


def pause_week_words(week: PauseWeek) -> str:
    kinds = [f"{n} {PAUSE_WORDS[kind]}" for kind, n in (("on_time", week.on_time), ("later", week.later),
                                                          ("open", week.open)) if n]  # fmt: skip
    return f"the week of {month_day(week.start, week.start)}: {plural(week.total, 'pause')}, {listed(kinds)}"


def pauses_description(weeks: tuple[PauseWeek, ...], today: date) -> str:
    busy = [w for w in weeks if w.total]
    parts = [pauses_sentence(weeks), f"Bars for each week from the week of {month_day(weeks[0].start, today)}."]
    if busy:
        parts.append(capital("; ".join(pause_week_words(w) for w in busy)) + ".")
        if len(busy) < len(weeks):
            parts.append("No pause in the other weeks.")
    return " ".join(parts)


def pauses_are_empty(weeks: tuple[PauseWeek, ...]) -> bool:
    return not any(w.total for w in weeks)


# --------------------------------------------------------------------------- boundaries


def status_phrase(status: str) -> str:
    return STATUS_PHRASES.get(status, STATUS_WORDS.get(status, status))


def boundaries_sentence(counts: tuple[tuple[str, int], ...]) -> str:
    total = sum(n for _, n in counts)
    if total == 1:
        return f"You have 1 boundary, {status_phrase(counts[0][0])}."
    if len(counts) == 1:
        return f"You have {total} boundaries, {'both' if total == 2 else 'all'} {status_phrase(counts[0][0])}."
    return f"You have {total} boundaries: {listed([f'{n} {status_phrase(s)}' for s, n in counts])}."
