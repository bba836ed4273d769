"""Time, injected. The app uses :class:`SystemClock`; tests use :class:`FakeClock` and move
it forward, so a 30-minute pause is tested in milliseconds and no test sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Protocol

from .i18n import TIME, WEEKDAY, WEEKDAY_DAY_MONTH, date_words, translate


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""

    def today(self) -> date:
        """The local calendar date."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC).astimezone()

    def today(self) -> date:
        return datetime.now().astimezone().date()


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self, start: datetime | None = None, tz: tzinfo = UTC):
        self._now = start or datetime(2026, 11, 20, 19, 0, tzinfo=tz)
        if self._now.tzinfo is None:
            self._now = self._now.replace(tzinfo=tz)

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment


def iso(moment: datetime) -> str:
    """Store moments as ISO 8601 in UTC, so they sort as text."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def format_time(moment: datetime) -> str:
    """A clock time as people say it: '20:40', in local time."""
    return date_words(moment.astimezone(), TIME)


def format_day_time(moment: datetime) -> str:
    """'Sunday 21:00', in local time."""
    local = moment.astimezone()
    return translate("core/clock", "{weekday} {time}").format(
        weekday=date_words(local, WEEKDAY), time=format_time(local)
    )


def format_date_time(moment: datetime) -> str:
    """'Friday 20 November, 21:30', in local time: a moment kept for later, never relative."""
    local = moment.astimezone()
    day = date_words(local, WEEKDAY_DAY_MONTH)
    return translate("core/clock", "{day}, {time}").format(day=day, time=format_time(local))


QUARTER_HOUR = timedelta(minutes=15)
EVENING_HOURS = (18, 19, 20, 21)
"""When a couple is most likely free to talk: offered first when a talk is scheduled."""
TOMORROW_EVENING = 19


def round_up(moment: datetime, step: timedelta = QUARTER_HOUR) -> datetime:
    seconds = step.total_seconds()
    return datetime.fromtimestamp(-(-moment.timestamp() // seconds) * seconds, tz=UTC)


def round_down(moment: datetime, step: timedelta = QUARTER_HOUR) -> datetime:
    seconds = step.total_seconds()
    return datetime.fromtimestamp(moment.timestamp() // seconds * seconds, tz=UTC)


def _local_at(day: date, hour: int) -> datetime:
    # Through naive local time, so a day that changes the clocks (summer time) still gets 19:00.
    return datetime.combine(day, time(hour)).astimezone()


def evening_hour(now: datetime, latest: datetime) -> datetime:
    """The next full evening hour (18:00 to 21:00) at least an hour away, else tomorrow at
    19:00; if that lies past ``latest``, the last quarter hour before it."""
    today = now.astimezone().date()
    ahead = [_local_at(today, hour) for hour in EVENING_HOURS]
    minute = now.replace(second=0, microsecond=0)  # 21:00 is an hour from 20:00:30
    chosen = next((t for t in ahead if t - minute >= timedelta(hours=1)), None)
    if chosen is None:
        chosen = _local_at(today + timedelta(days=1), TOMORROW_EVENING)
    if chosen > latest:
        chosen = max(round_down(latest), now)
    return chosen
