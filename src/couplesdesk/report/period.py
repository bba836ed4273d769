"""Which days a report covers by default: since the last report (kept in the database), or,
for a first report, since the plan began (or the last four weeks, without a plan)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ..core.clock import iso
from ..storage import Store
from .plan import ReportPlan

LAST_REPORT = "last_session_report"
"""The settings row that remembers the last report saved: when, and its last day."""
FIRST_DAYS = 28


def last_report(store: Store) -> dict[str, Any] | None:
    """{"made_at": ..., "to": "YYYY-MM-DD"} of the last report saved, or None."""
    found = store.settings.get(LAST_REPORT)
    return found if isinstance(found, dict) and isinstance(found.get("to"), str) else None


def default_period(store: Store, today: date, plan: ReportPlan | None) -> tuple[date, date]:
    """From the day after the last report's last day (never after today) to today."""
    last = last_report(store)
    if last is not None:
        try:
            return min(date.fromisoformat(last["to"]) + timedelta(days=1), today), today
        except ValueError:
            pass
    if plan is not None and plan.starts <= today:
        return plan.starts, today
    return today - timedelta(days=FIRST_DAYS - 1), today


def remember_report(store: Store, made_at: datetime, end: date) -> None:
    """A report was saved: the next one starts after ``end``."""
    store.settings.set(LAST_REPORT, {"made_at": iso(made_at), "to": end.isoformat()})
