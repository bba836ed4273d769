"""Time, injected. The app uses :class:`SystemClock`; tests use :class:`FakeClock` and move
it forward, so a 30-minute pause is tested in milliseconds and no test sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol


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
    return moment.astimezone().strftime("%H:%M")


def format_day_time(moment: datetime) -> str:
    """'Sunday 21:00', in local time."""
    local = moment.astimezone()
    return f"{local.strftime('%A')} {local.strftime('%H:%M')}"
