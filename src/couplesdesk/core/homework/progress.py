"""How far the couple is with each homework item, in gentle words: "2 of 3 this week", "done
today", "once, not yet". Never a score, never a count of what was missed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ...storage.records import HomeworkRun, PlanItemRecord
from .words import day_words


@dataclass(frozen=True)
class ItemProgress:
    words: str
    """Where the item stands, in a few words."""
    active: bool
    """Today lies within the item's days: it can be started for the plan."""
    done: bool
    """Done for now: today (daily), this week (weekly), or at all (once)."""
    behind: bool
    """Fewer done than asked so far (only ever said gently, never as a number missed)."""


def week_of(item: PlanItemRecord, today: date) -> tuple[date, date]:
    """The item's week that holds ``today``: weeks count from the item's first day."""
    start = item.starts + timedelta(days=7 * ((today - item.starts).days // 7))
    return start, min(start + timedelta(days=6), item.ends)


def item_progress(item: PlanItemRecord, runs: Iterable[HomeworkRun], today: date) -> ItemProgress:
    days = [r.day for r in runs if r.plan_item_id == item.id and r.status == "finished"]
    if today < item.starts:
        return ItemProgress(f"from {day_words(item.starts, today)}", False, False, False)
    over = today > item.ends
    if item.often == "once":
        if days:
            return ItemProgress(f"done on {day_words(min(days), today)}", not over, True, False)
        return ItemProgress("once, not yet" if not over else "not done", not over, False, False)
    if item.often == "daily":
        return _daily(item, days, today, over)
    return _weekly(item, days, today, over)


def _daily(item: PlanItemRecord, days: list[date], today: date, over: bool) -> ItemProgress:
    distinct = {d for d in days if item.starts <= d <= item.ends}
    if over:
        return ItemProgress(f"done on {len(distinct)} of {(item.ends - item.starts).days + 1} days", False, True, False)
    so_far = (today - item.starts).days + 1
    behind = len(distinct | {today}) < so_far
    if today in distinct:
        return ItemProgress("done today", True, True, behind)
    return ItemProgress("not yet today", True, False, behind)


def _weekly(item: PlanItemRecord, days: list[date], today: date, over: bool) -> ItemProgress:
    times = item.times or 1
    if over:
        return ItemProgress(f"done {len(days)} times in all", False, True, False)
    first, last = week_of(item, today)
    count = sum(1 for d in days if first <= d <= last)
    left = (last - today).days + 1
    words = f"{count} of {times} this week"
    if count >= times:
        return ItemProgress(words + ", done for this week", True, True, False)
    return ItemProgress(words, True, False, times - count > left)
