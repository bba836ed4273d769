"""A forgiving rhythm for sharing, instead of a streak: the days this week on which both of
you shared, beside a weekly intention you set yourselves, and a break ("we're taking a
break": illness, travel, a hard week) that stops all counting and reminders, with nothing
lost. A week is Monday to Sunday; a missed day or week is never a failure, and nothing here
is a score.

Both are settings rows (``settings`` has ids, timestamps and a device, ready to sync): the
intention is a number of days, the breaks a list of {"from": day, "until": day or null}.
"""

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, NamedTuple

from ..storage import Store
from .people import PARTNERS

INTENTION = "share_intention_days"
BREAKS = "share_breaks"
DEFAULT_INTENTION = 4
INTENTIONS = tuple(range(1, 8))
"""How many days a week a couple may hope to share on: one to every day."""


class Break(NamedTuple):
    start: date
    until: date | None  # the day they came back (counted again), None while it lasts

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.until is None or day < self.until)


class Rhythm(NamedTuple):
    intention: int
    shared_days: int  # days this week (Monday to today) on which both shared
    on_break_since: date | None  # the break going on now, if any
    break_this_week: bool  # some of this week's days so far were a break


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def read_breaks(get: Callable[[str], Any]) -> list[Break]:
    breaks = []
    for item in get(BREAKS) or []:
        try:
            start = date.fromisoformat(item["from"])
            until = date.fromisoformat(item["until"]) if item.get("until") else None
        except (KeyError, TypeError, ValueError):
            continue  # a row another version wrote differently: ignored, never a crash
        breaks.append(Break(start, until))
    return breaks


def read_intention(get: Callable[[str], Any]) -> int:
    value = get(INTENTION)
    return value if isinstance(value, int) and value in INTENTIONS else DEFAULT_INTENTION


def rhythm_of(days: dict[date, set[str]], today: date, intention: int, breaks: Iterable[Break]) -> Rhythm:
    """The rhythm from which partners shared on which day (shares are never thrown away: a
    day shared during a break still counts once the break is over)."""
    breaks = list(breaks)
    monday = week_start(today)
    week = [monday + timedelta(days=n) for n in range((today - monday).days + 1)]
    both = sum(1 for day in week if set(PARTNERS) <= days.get(day, set()))
    current = next((b for b in breaks if b.until is None and b.start <= today), None)
    had_break = any(b.holds(day) for b in breaks for day in week)
    return Rhythm(intention, both, current.start if current else None, had_break)


def read_rhythm(store: Store, today: date, exercise_id: str, step_id: str) -> Rhythm:
    get = store.settings.get
    days = store.shares.days(exercise_id, step_id, since=week_start(today))
    return rhythm_of(days, today, read_intention(get), read_breaks(get))


# ------------------------------------------------------------------ changing it (each one settings write)


def set_intention(store: Store, days: int) -> None:
    if days not in INTENTIONS:
        raise ValueError(f"an intention is 1 to 7 days a week, not {days}")
    store.settings.set(INTENTION, days)


def _write(store: Store, breaks: list[Break]) -> None:
    rows = [{"from": b.start.isoformat(), "until": b.until.isoformat() if b.until else None} for b in breaks]
    store.settings.set(BREAKS, rows)


def start_break(store: Store, today: date) -> None:
    """We're taking a break, from today: nothing is counted and nothing is asked."""
    breaks = read_breaks(store.settings.get)
    if any(b.until is None for b in breaks):
        return
    _write(store, [*breaks, Break(today, None)])


def end_break(store: Store, today: date) -> None:
    """We're back: today counts again, and everything from before is as it was."""
    breaks = read_breaks(store.settings.get)
    _write(store, [b._replace(until=max(today, b.start)) if b.until is None else b for b in breaks])
