"""The plan a report is made for, as a report needs it: a small value of its own, so the report
does not depend on how plans are stored (:func:`current_plan` makes one from the plan the
couple has now), and how each of its items went in the report's days (:func:`tally`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..storage import Store


@dataclass(frozen=True)
class ItemProgress:
    """One item of the plan and how it went in the report's days: the times it was done, and
    the times it was asked for and not done (a missed time is not a failure: it is a fact the
    therapist asked to know, and only when both partners chose to send it)."""

    exercise_id: str
    title: str
    often: str  # "daily" | "weekly" | "once"
    times: int | None
    starts: date
    ends: date
    done: int
    missed: int
    item_id: str = ""  # the plan item's row, whose runs count toward it


@dataclass(frozen=True)
class ReportPlan:
    """The homework plan a report goes back to: who it is for and where it is sealed to."""

    plan_id: str
    title: str
    couple: str | None  # the therapist's label for the couple (their inbox groups by it)
    therapist: str
    recipient: str | None  # the therapist's age public key; None: the report cannot be sealed
    starts: date
    ends: date
    items: tuple[ItemProgress, ...] = ()


def current_plan(store: Store, today: date) -> ReportPlan | None:
    """The homework plan the couple has now (the latest imported), as a report needs it, or
    None. Its items' counts are made for the report's days by :func:`with_progress`."""
    del today
    plans = store.plans.current()
    if not plans:
        return None
    p = plans[0]
    items = tuple(
        ItemProgress(i.exercise_id, i.exercise_id, i.often, i.times, i.starts, i.ends, 0, 0, i.id) for i in p.items
    )
    return ReportPlan(p.plan_id, p.title, p.couple_label, p.therapist_name, p.recipient, p.starts, p.ends, items)


def with_progress(store: Store, plan: ReportPlan, start: date, end: date, title: dict[str, str]) -> ReportPlan:
    """``plan`` with each item's times done and missed in the days from ``start`` to ``end``."""
    ids = [i.item_id for i in plan.items if i.item_id]
    runs = store.plans.runs_for(ids) if ids else []
    items = []
    for item in plan.items:
        item = replace(item, title=title.get(item.exercise_id, item.title))
        if item.item_id:  # an item with no stored row keeps the counts it came with
            days = [r.day for r in runs if r.plan_item_id == item.item_id and r.status == "finished"]
            done, missed = tally(item, days, start, end)
            item = replace(item, done=done, missed=missed)
        items.append(item)
    return replace(plan, items=tuple(items))


def tally(item: ItemProgress, days: Iterable[date], start: date, end: date) -> tuple[int, int]:
    """(times done, times asked for and not done) of ``item`` in the days from ``start`` to
    ``end``. A day or a week still under way (it ends on ``end`` or later) is never missed."""
    lo, hi = max(item.starts, start), min(item.ends, end)
    done_days = sorted(d for d in days if item.starts <= d <= item.ends)
    inside = [d for d in done_days if lo <= d <= hi]
    if item.often == "once":
        never = not done_days and start <= item.ends < end
        return (1 if inside else 0), int(never)
    if item.often == "daily":
        done = set(inside)
        asked = [lo + timedelta(days=n) for n in range(max(0, (min(hi, end - timedelta(days=1)) - lo).days + 1))]
        return len(done), sum(1 for d in asked if d not in done)
    times, missed = item.times or 1, 0
    week = item.starts
    while week <= hi:
        last = min(week + timedelta(days=6), item.ends)
        if week >= start and last < end:
            missed += max(0, times - sum(1 for d in done_days if week <= d <= last))
        week += timedelta(days=7)
    return len(inside), missed
