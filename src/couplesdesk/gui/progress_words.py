"""The words of the Progress page: a sentence above each picture, the same facts in full for a
screen reader, and the invitations shown before there is anything to draw.

Qt-free, like words.py, so an export or a therapist report can say the same. Never a score,
never one partner against the other, never a reproach: counts of what you did, in words.
Every word goes through :func:`translate` when it is shown (the constants below are marked for
the translators and kept in English for the tests that name them).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..core.i18n import QT_TRANSLATE_NOOP, date_words, translate
from ..core.progress_data import CALENDAR_WEEKS, PAUSE_WEEKS, PauseWeek, RatingSeries, Scale, SharedCalendar
from .kept_words import boundary_words, weekday_day
from .words import capital, month_day

LEAD = QT_TRANSLATE_NOOP(
    "progress_words",
    "A look back at the time you've made for each other, week by week. Every week counts, the quiet ones too.",
)
CALENDAR_TITLE = QT_TRANSLATE_NOOP("progress_words", "Days you both shared")
CALENDAR_EMPTY = QT_TRANSLATE_NOOP(
    "progress_words",
    "When you both share one thing on a few days, those days will show here, week by week. "
    "A sentence or two each is plenty.",
)
CALENDAR_START = QT_TRANSLATE_NOOP("progress_words", "Share one thing")
PAUSES_TITLE = QT_TRANSLATE_NOOP("progress_words", "Pauses")
PAUSES_EMPTY = QT_TRANSLATE_NOOP(
    "progress_words",
    "When you take a pause, it will show here, week by week, with whether you came back by the "
    "time you named. The Pause button at the top is there whenever either of you needs it.",
)
BOUNDARIES_TITLE = QT_TRANSLATE_NOOP("progress_words", "Boundaries")
BOUNDARIES_EMPTY = QT_TRANSLATE_NOOP(
    "progress_words",
    "When you agree on a boundary in the Boundary statement exercise, it will show here, with where it stands.",
)
BOUNDARIES_START = QT_TRANSLATE_NOOP("progress_words", "Start the Boundary statement exercise")
CHECKIN_START = QT_TRANSLATE_NOOP("progress_words", "Start a weekly check-in")
CHECKINS_TITLE = QT_TRANSLATE_NOOP("progress_words", "Check-ins")


def shown(constant: str) -> str:
    """One of this module's constants, in the interface's language."""
    return translate("progress_words", constant)


def pause_words(kind: str) -> str:
    """How a pause ended, in the legend and in words."""
    words = {
        "on_time": translate("progress_words", "back by the time you named"),
        "later": translate("progress_words", "back later than that"),
        "open": translate("progress_words", "still open in the app"),
    }
    return words.get(kind, kind)


def number_words(n: int) -> str:
    """'five', 'twelve' (a number in words up to twelve; digits after that)."""
    words = (
        translate("progress_words", "no"),
        translate("progress_words", "one"),
        translate("progress_words", "two"),
        translate("progress_words", "three"),
        translate("progress_words", "four"),
        translate("progress_words", "five"),
        translate("progress_words", "six"),
        translate("progress_words", "seven"),
        translate("progress_words", "eight"),
        translate("progress_words", "nine"),
        translate("progress_words", "ten"),
        translate("progress_words", "eleven"),
        translate("progress_words", "twelve"),
    )
    return words[n] if 0 <= n < len(words) else str(n)


def weeks_words(n: int) -> str:
    return translate("progress_words", "{number} weeks").format(number=number_words(n))


def days_words(n: int) -> str:
    """'1 day', '9 days'."""
    if n == 1:
        return translate("progress_words", "{count} day").format(count=n)
    return translate("progress_words", "{count} days").format(count=n)


def pauses_words(n: int) -> str:
    """'1 pause', '3 pauses'."""
    if n == 1:
        return translate("progress_words", "{count} pause").format(count=n)
    return translate("progress_words", "{count} pauses").format(count=n)


def listed(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) < 2:
        return "".join(items)
    return translate("progress_words", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def full_day(d: date, today: date) -> str:
    """'Monday 3 November'."""
    return weekday_day(d, today)


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
            continue
        if (first.year, first.month) == (last.year, last.month):  # the first day's number alone
            start = date_words(first, translate("progress_words", "d"))  # QLocale's letter for the day
        else:
            start = month_day(first, today)
        out.append(translate("progress_words", "{first} to {last}").format(first=start, last=month_day(last, today)))
    return out


# --------------------------------------------------------------------------- the calendar


def calendar_sentence(calendar: SharedCalendar) -> str:
    weeks = weeks_words(CALENDAR_WEEKS)
    both = len(calendar.both)
    if both and calendar.breaks:
        said = translate(
            "progress_words",
            "You both shared on {days} in the last {weeks}, and took a break on {break_days}. "
            "Nothing is counted during a break.",
        )
    elif both:
        said = translate("progress_words", "You both shared on {days} in the last {weeks}.")
    elif calendar.breaks:
        said = translate("progress_words", "In the last {weeks}, you took a break. Nothing is counted during a break.")
    else:
        said = translate("progress_words", "In the last {weeks}.")
    return said.format(days=days_words(both), weeks=weeks, break_days=days_words(len(calendar.breaks)))


def calendar_description(calendar: SharedCalendar) -> str:
    today = calendar.today
    last = calendar.first + timedelta(days=CALENDAR_WEEKS * 7 - 1)
    parts = [
        translate("progress_words", "A calendar from {first} to {last}.").format(
            first=full_day(calendar.first, today), last=full_day(last, today)
        )
    ]
    shared = day_ranges(list(calendar.both), today)
    if shared:
        parts.append(translate("progress_words", "Days you both shared: {days}.").format(days=listed(shared)))
    else:
        parts.append(translate("progress_words", "No day shared by you both in these weeks."))
    if calendar.breaks:
        days = listed(day_ranges(list(calendar.breaks), today))
        parts.append(translate("progress_words", "A break you took: {days}.").format(days=days))
    parts.append(translate("progress_words", "Today is {day}.").format(day=full_day(today, today)))
    return " ".join(parts)


def calendar_is_empty(calendar: SharedCalendar) -> bool:
    return not calendar.both and not calendar.breaks


# --------------------------------------------------------------------------- check-ins


def checkin_title(scale: Scale) -> str:
    return scale.title


def checkin_sentence(series: RatingSeries) -> str:
    return translate(
        "progress_words",
        "From your weekly check-ins over the last six months: each of you on your own line, "
        "with the numbers you chose to show each other.",
    )


def scale_words(scale: Scale) -> str:
    """'0 is far apart, 10 is very close.'"""
    return translate("progress_words", "{low} is {low_label}, {high} is {high_label}.").format(
        low=scale.low, low_label=scale.low_label, high=scale.high, high_label=scale.high_label
    )


def checkin_description(series: RatingSeries, names: dict[str, str]) -> str:
    scale, today = series.scale, series.last
    parts = [f"{scale.title}. {checkin_sentence(series)} {scale_words(scale)}"]
    for line in series.lines:
        name = names.get(line.author, line.author)
        points = [
            translate("progress_words", "{value} on {day}").format(value=value, day=month_day(day, today))
            for day, value in line.points
        ]
        parts.append(translate("progress_words", "{name}: {points}.").format(name=name, points=listed(points)))
    return " ".join(parts)


def checkin_empty(scale: Scale) -> str:
    # {scale} is the scale's name in small letters ("closeness"), {title} as it is written ("Closeness").
    return translate(
        "progress_words",
        "When you do the weekly check-in and choose to show your {scale} number, "
        "it will show here, week by week, on a line of your own.",
    ).format(scale=scale.title.lower(), title=scale.title)


# --------------------------------------------------------------------------- pauses


def pauses_sentence(weeks: tuple[PauseWeek, ...]) -> str:
    total = sum(w.total for w in weeks)
    on_time = sum(w.on_time for w in weeks)
    if total and on_time == total and total == 1:
        said = translate(
            "progress_words", "You took {pauses} in the last {weeks}, and came back by the time you named."
        )
    elif total and on_time == total:
        said = translate(
            "progress_words", "You took {pauses} in the last {weeks}, and came back each time by the time you named."
        )
    elif on_time:
        said = translate(
            "progress_words",
            "You took {pauses} in the last {weeks}. After {on_time} of them, you came back by the time you named.",
        )
    else:
        said = translate("progress_words", "You took {pauses} in the last {weeks}.")
    return said.format(pauses=pauses_words(total), weeks=weeks_words(PAUSE_WEEKS), on_time=on_time)


def pause_week_words(week: PauseWeek) -> str:
    kinds = [
        translate("progress_words", "{count} {how}").format(count=n, how=pause_words(kind))
        for kind, n in (("on_time", week.on_time), ("later", week.later), ("open", week.open))
        if n
    ]
    return translate("progress_words", "the week of {day}: {pauses}, {kinds}").format(
        day=month_day(week.start, week.start), pauses=pauses_words(week.total), kinds=listed(kinds)
    )


def pauses_description(weeks: tuple[PauseWeek, ...], today: date) -> str:
    busy = [w for w in weeks if w.total]
    bars = translate("progress_words", "Bars for each week from the week of {day}.")
    parts = [pauses_sentence(weeks), bars.format(day=month_day(weeks[0].start, today))]
    if busy:
        parts.append(capital("; ".join(pause_week_words(w) for w in busy)) + ".")
        if len(busy) < len(weeks):
            parts.append(translate("progress_words", "No pause in the other weeks."))
    return " ".join(parts)


def pauses_are_empty(weeks: tuple[PauseWeek, ...]) -> bool:
    return not any(w.total for w in weeks)


# --------------------------------------------------------------------------- boundaries


def status_phrase(status: str) -> str:
    """A status after a number or a word ('2 needing time', 'all heard')."""
    return translate("progress_words", "needing time") if status == "needs_time" else boundary_words(status)


def status_count(status: str, n: int) -> str:
    """'2 heard', '1 needing time' (German verbs follow the number)."""
    if status == "needs_time" and n == 1:
        return translate("progress_words", "{count} needing time").format(count=n)
    if status == "needs_time":  # a sentence of its own for more than one: German verbs follow the number
        return translate("progress_words", "{count} needing time", "more than one").format(count=n)
    return translate("progress_words", "{count} {status}").format(count=n, status=boundary_words(status))


def boundaries_sentence(counts: tuple[tuple[str, int], ...]) -> str:
    total = sum(n for _, n in counts)
    if total == 1:
        said = translate("progress_words", "You have 1 boundary, {status}.")
    elif len(counts) == 1 and total == 2:
        said = translate("progress_words", "You have {total} boundaries, both {status}.")
    elif len(counts) == 1:
        said = translate("progress_words", "You have {total} boundaries, all {status}.")
    else:
        said = translate("progress_words", "You have {total} boundaries: {counts}.")
    listing = listed([status_count(s, n) for s, n in counts])
    return said.format(total=total, status=status_phrase(counts[0][0]), counts=listing)
