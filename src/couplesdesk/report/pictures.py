"""The Progress page's pictures in a session report (issue 12, item 4), Qt-free.

A report carries the pictures as the few numbers they are drawn from, never as images: the
days on which both of you shared one thing (and the days of a break), your pauses by week and
how they ended, and your boundaries by where they stand. The therapist's app draws them again
with the Progress page's own drawing (``gui/progress_print.py``), and so does the report's PDF.
Numbers rather than pictures because anyone can read in the JSON exactly what a picture holds
(a picture's pixels could hold anything, and nobody could check), they stay sharp at any size,
and they are a few hundred bytes instead of a few hundred kilobytes.

Only counts of what you did together are in them, asked of the privacy rule for a report that
includes nobody's own (``core.privacy``): nothing of an exercise one partner did alone (its
pauses, its boundaries), never anyone's words, and never the check-in's ratings: a rating is its
author's own, and goes in only as an item its author ticks (care.md section 8: "each partner's
own rating trends, with that partner's consent").

Nothing is in a report unless the two of you chose it together in the shared preview.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from ..core.privacy import Viewer, may_see_run
from ..core.progress_data import (
    CALENDAR_WEEKS,
    PAUSE_WEEKS,
    PauseWeek,
    ProgressData,
    SharedCalendar,
    boundary_counts,
    calendar_of,
    pause_weeks,
)
from ..core.rhythm import read_breaks, week_start
from ..core.today import SHARE_EXERCISE, SHARE_STEP
from ..storage import BOUNDARY_STATUSES, Store

REPORT_VIEWER = Viewer.report()
MAX_STATUSES = 12
"""A report names at most this many boundary statuses (there are six); more is not a report."""


def report_progress(store: Store, names: dict[str, str], day: date) -> ProgressData | None:
    """The pictures as they stood on ``day`` (the report's last day), or None when none of them
    has anything to show. Everything is asked of the privacy rule for a report."""
    first = week_start(day) - timedelta(weeks=CALENDAR_WEEKS - 1)
    shared = {d: who for d, who in store.shares.days(SHARE_EXERCISE, SHARE_STEP, since=first).items() if d <= day}
    calendar = calendar_of(shared, day, read_breaks(store.settings.get))
    since = week_start(day) - timedelta(weeks=PAUSE_WEEKS - 1)
    visible: dict[str, bool] = {}

    def seen(run_id: str | None) -> bool:
        """Whether a report may know of this run at all (a solo run is its author's alone)."""
        if run_id is None:
            return True
        if run_id not in visible:
            try:
                visible[run_id] = may_see_run(store.runs.get(run_id).binding, REPORT_VIEWER)
            except KeyError:  # deleted: nothing of it is told
                visible[run_id] = False
        return visible[run_id]

    pauses = [p for p in store.pauses.since(_midnight(since)) if p.started_at.astimezone().date() <= day]
    weeks = pause_weeks([p for p in pauses if seen(p.run_id)], day)
    boundaries = boundary_counts(
        b
        for b in store.boundaries.list()
        if b.status in BOUNDARY_STATUSES and b.created_at.astimezone().date() <= day and seen(b.run_id)
    )
    data = ProgressData(day, dict(names), calendar, (), weeks, boundaries)
    return data if _has_any(data) else None


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time()).astimezone()


def _has_any(data: ProgressData) -> bool:
    return bool(data.calendar.both or data.calendar.breaks or data.boundaries or any(w.total for w in data.pauses))


def to_json(data: ProgressData) -> dict[str, Any]:
    """The pictures' numbers, as the report's ``pictures`` field (docs/report-format.md)."""
    calendar = data.calendar
    return {
        "day": data.today.isoformat(),
        "shared_days": {
            "first": calendar.first.isoformat(),
            "both": sorted(d.isoformat() for d in calendar.both),
            "breaks": sorted(d.isoformat() for d in calendar.breaks),
        },
        "pauses": [
            {"week": w.start.isoformat(), "on_time": w.on_time, "later": w.later, "open": w.open} for w in data.pauses
        ],
        "boundaries": [{"status": status, "count": count} for status, count in data.boundaries],
    }


class _Bad(ValueError):
    pass


def _day(value: Any) -> date:
    if not isinstance(value, str):
        raise _Bad
    return date.fromisoformat(value)


def _count(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10_000:
        raise _Bad
    return value


def from_json(value: Any, names: dict[str, str]) -> ProgressData:
    """The pictures a report carries, checked as a therapist's app must check what it draws:
    a ValueError for anything that is not what :func:`to_json` writes (days in the pictures'
    own weeks, counts that are whole and not negative, known statuses, no more than the page
    shows)."""
    try:
        return _read(value, names)
    except (_Bad, ValueError, TypeError, KeyError, AttributeError):
        raise ValueError("the pictures in this report are not complete") from None


def _read(value: Any, names: dict[str, str]) -> ProgressData:
    if not isinstance(value, dict):
        raise _Bad
    today = _day(value["day"])
    shared = value["shared_days"]
    first = _day(shared["first"])
    if first != week_start(today) - timedelta(weeks=CALENDAR_WEEKS - 1):
        raise _Bad
    days = [frozenset(_day(d) for d in shared[key]) for key in ("both", "breaks")]
    if any(not first <= d <= today for group in days for d in group):
        raise _Bad
    weeks = tuple(
        PauseWeek(_day(w["week"]), _count(w["on_time"]), _count(w["later"]), _count(w["open"])) for w in value["pauses"]
    )
    if len(weeks) != PAUSE_WEEKS or any(w.start != week_start(w.start) for w in weeks):
        raise _Bad
    boundaries = tuple((str(b["status"]), _count(b["count"])) for b in value["boundaries"])
    if len(boundaries) > MAX_STATUSES or any(s not in BOUNDARY_STATUSES for s, _ in boundaries):
        raise _Bad
    return ProgressData(today, dict(names), SharedCalendar(first, today, days[0], days[1]), (), weeks, boundaries)
