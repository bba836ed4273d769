"""The plan a report is made for, as a report needs it: a small value of its own, so the report
does not depend on how plans are stored (``from_plan_record`` turns a stored plan into one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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
    """The homework plan the couple has now, as a report needs it, or None.

    Plans are kept by the homework branch (migration 0009); until it is part of this tree
    there is none, and a report is made without a plan (and unsealed, with a warning)."""
    del store, today
    return None
