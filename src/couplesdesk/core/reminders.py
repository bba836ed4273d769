"""When to remind the couple of homework, and in which words (Qt-free).

One reminder a day at the time the couple chose (or none: the switch is off), never in quiet
hours (moved to their end), and only when something is waiting today. The words are the same
every time: no therapist's name (a notification may be read over a shoulder, on a lock screen),
no exercise, never anything either partner wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from .homework import PlanView

SETTING = "homework_reminders"
"""The setting that keeps the choice: ``{"at": "19:00", "quiet_from": "22:00", "quiet_until": "08:00"}``,
``"at": null`` when reminders are off, and ``"last": "<day>"`` the day of the last reminder."""


@dataclass(frozen=True)
class ReminderChoice:
    at: time | None = time(19, 0)
    """The time of day to remind; None: off."""
    quiet_from: time = time(22, 0)
    quiet_until: time = time(8, 0)
    last: date | None = None
    """The last day a reminder was given (one a day at most)."""

    @classmethod
    def from_setting(cls, value: Any) -> ReminderChoice:
        if not isinstance(value, dict):
            return cls()

        def clock(key: str, default: time | None) -> time | None:
            raw = value.get(key, default.strftime("%H:%M") if default else None)
            try:
                return time.fromisoformat(raw) if isinstance(raw, str) else None
            except ValueError:
                return default

        last = value.get("last")
        return cls(
            at=clock("at", cls.at),
            quiet_from=clock("quiet_from", cls.quiet_from) or cls.quiet_from,
            quiet_until=clock("quiet_until", cls.quiet_until) or cls.quiet_until,
            last=date.fromisoformat(last) if isinstance(last, str) else None,
        )

    def to_setting(self) -> dict[str, Any]:
        return {
            "at": self.at.strftime("%H:%M") if self.at else None,
            "quiet_from": self.quiet_from.strftime("%H:%M"),
            "quiet_until": self.quiet_until.strftime("%H:%M"),
            "last": self.last.isoformat() if self.last else None,
        }


def quiet(moment: time, choice: ReminderChoice) -> bool:
    start, end = choice.quiet_from, choice.quiet_until
    return start <= moment or moment < end if start > end else start <= moment < end


def next_reminder(now: datetime, choice: ReminderChoice) -> datetime | None:
    """When the next reminder is due: today at the chosen time (or once quiet hours end), unless
    today's was given already; then tomorrow. None when reminders are off."""
    if choice.at is None:
        return None
    day = now.date()
    if choice.last is not None and choice.last >= day:
        day += timedelta(days=1)
    at = datetime.combine(day, choice.at, now.tzinfo)
    if quiet(choice.at, choice):
        at = datetime.combine(day, choice.quiet_until, now.tzinfo)
    return at


REMINDER_WORDS = "A little homework is waiting for today, whenever suits you both."


def reminder_words(views: Iterable[PlanView]) -> str | None:
    """What the reminder says, or None when nothing is waiting today."""
    waiting = any(item.startable and not item.progress.done for view in views for item in view.items)
    return REMINDER_WORDS if waiting else None
