"""What a plan's model cannot say alone: dates that fit together, exercises that exist,
items asked twice, times that go only with weekly."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable, Iterable
from typing import Any

from .model import Plan, PlanItem

Found = list[tuple[tuple[Any, ...], str]]


def date_problems(plan: Plan, today: dt.date) -> Found:
    found: Found = []
    if plan.ends < plan.starts:
        return [(("ends",), f"the plan ends ({plan.ends}) before it starts ({plan.starts})")]
    if plan.ends < today:
        found.append((("ends",), f"the plan ended on {plan.ends}, which is in the past; set 'ends' to today or later"))
    for i, item in enumerate(plan.items):
        found.extend(_item_dates(plan, i, item))
    return found


def _item_dates(plan: Plan, i: int, item: PlanItem) -> Found:
    found: Found = []
    span = f"the plan's days ({plan.starts} to {plan.ends})"
    for key, day in (("starts", item.starts), ("ends", item.ends)):
        if day is not None and not plan.starts <= day <= plan.ends:
            found.append((("items", i, key), f"{day} is outside {span}; an item's days must lie inside the plan's"))
    if item.starts is not None and item.ends is not None and item.ends < item.starts:
        found.append((("items", i, "ends"), f"the item ends ({item.ends}) before it starts ({item.starts})"))
    return found


def often_problems(plan: Plan) -> Found:
    found: Found = []
    for i, item in enumerate(plan.items):
        if item.often == "weekly" and item.times is None:
            found.append((("items", i, "often"), 'often = "weekly" needs times = 1 to 7: how many times a week'))
        if item.often != "weekly" and item.times is not None:
            found.append(
                (
                    ("items", i, "times"),
                    f'\'times\' only goes with often = "weekly" (this item is "{item.often}"); remove it',
                )
            )
    return found


def exercise_problems(plan: Plan, known: Callable[[str], bool], names: Iterable[str], bundled: set[str]) -> Found:
    found: Found = []
    for i, item in enumerate(plan.items):
        if item.exercise in bundled or known(item.exercise):
            continue
        close = difflib.get_close_matches(item.exercise, [*names, *bundled], n=1)
        hint = f"; did you mean '{close[0]}'?" if close else "; bundle its file in a [[bundled]] table, or check the id"
        message = f"'{item.exercise}' is neither installed here nor bundled in the plan{hint}"
        found.append((("items", i, "exercise"), message))
    return found


def duplicate_problems(plan: Plan) -> Found:
    found: Found = []
    for i, item in enumerate(plan.items):
        for j, earlier in enumerate(plan.items[:i]):
            if earlier.exercise != item.exercise:
                continue
            if item.first_day(plan) <= earlier.last_day(plan) and earlier.first_day(plan) <= item.last_day(plan):
                message = (
                    f"'{item.exercise}' is already asked by item {j + 1} on days that overlap these; "
                    "make them one item, or give each its own days"
                )
                found.append((("items", i, "exercise"), message))
                break
    return found


def check_plan(
    plan: Plan, today: dt.date, known: Callable[[str], bool], names: Iterable[str], bundled: set[str]
) -> Found:
    return [
        *date_problems(plan, today),
        *often_problems(plan),
        *exercise_problems(plan, known, names, bundled),
        *duplicate_problems(plan),
    ]
