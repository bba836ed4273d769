"""What Today shows of homework: each current plan and where each of its items stands."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ...storage import PlanItemRecord, PlanRecord, Store
from .progress import ItemProgress, item_progress
from .words import from_words, item_words, often_words


@dataclass(frozen=True)
class ItemView:
    item: PlanItemRecord
    title: str
    asks: str
    """What it asks, in words ("Share one thing: every day, 1–14 December")."""
    progress: ItemProgress
    startable: bool
    """Its exercise is in the library and today lies within its days."""


@dataclass(frozen=True)
class PlanView:
    plan: PlanRecord
    heading: str
    """"From Jo Berger, until 14 December"."""
    items: tuple[ItemView, ...]

    @property
    def behind(self) -> bool:
        return any(view.progress.behind for view in self.items)


def _asks(plan: PlanRecord, item: PlanItemRecord, title: str) -> str:
    """What an item asks; its days only when they are not the whole plan's (the heading says those)."""
    if (item.starts, item.ends) == (plan.starts, plan.ends):
        return f"{title}: {often_words(item.often, item.times)}"
    return item_words(title, item.often, item.times, item.starts, item.ends)


def read_homework(store: Store, today: date, title_of: Callable[[str], str | None]) -> list[PlanView]:
    """The plans that are current today (or start later), with each item's progress.
    ``title_of`` gives an exercise's title, or None when the library does not have it."""
    plans = [p for p in store.plans.current() if p.ends >= today]
    runs = store.plans.runs_for([item.id for plan in plans for item in plan.items])
    views: list[PlanView] = []
    for plan in plans:
        items = []
        for item in plan.items:
            title = title_of(item.exercise_id)
            progress = item_progress(item, runs, today)
            asks = _asks(plan, item, title or item.exercise_id)
            items.append(
                ItemView(item, title or item.exercise_id, asks, progress, progress.active and title is not None)
            )
        views.append(PlanView(plan, from_words(plan.therapist_name, plan.ends, today), tuple(items)))
    return views
