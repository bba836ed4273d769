"""The homework plan file, modelled with pydantic: who it is from, what it asks, until when,
and the therapist's own exercise files travelling inside it (see docs/homework-format.md)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StrictInt, StringConstraints

from ..model import Slug, Strict

PLAN_FORMAT_VERSION = 1
"""The version of the plan file format this release writes and reads."""

PlanId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
"""A plan's stable id: a UUID is best; letters, digits, '-' and '_' do."""

AGE_RECIPIENT = r"^age1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{58}$"
"""An age X25519 public key, as ``age-keygen`` prints it."""

Line = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Note = Annotated[str, StringConstraints(max_length=4000)]
Often = Literal["daily", "weekly", "once"]


class Therapist(Strict):
    """Who the plan is from, and where reports go."""

    name: Line = Field(description="The therapist's name, as the couple knows them.")
    contact: Line | None = Field(default=None, description="How to reach the therapist (optional).")
    recipient: Annotated[str, StringConstraints(pattern=AGE_RECIPIENT)] | None = Field(
        default=None,
        description="The therapist's age public key (age1...): reports are sealed to it. Without it, reports are not sealed.",
    )


class PlanItem(Strict):
    """One exercise the couple is asked to do, how often and between which days."""

    exercise: Slug = Field(description="The id of an installed exercise, or of one bundled in this plan.")
    often: Often = Field(description='"daily", "weekly" (with times) or "once".')
    times: StrictInt | None = Field(
        default=None, ge=1, le=7, description='Times a week, 1 to 7: only with often = "weekly".'
    )
    starts: dt.date | None = Field(
        default=None, description="The first day (default: the plan's); inside the plan's dates."
    )
    ends: dt.date | None = Field(
        default=None, description="The last day (default: the plan's); inside the plan's dates."
    )
    note: Note | None = Field(default=None, description="A note for this item (optional).")

    def first_day(self, plan: Plan) -> dt.date:
        return self.starts or plan.starts

    def last_day(self, plan: Plan) -> dt.date:
        return self.ends or plan.ends


class BundledExercise(Strict):
    """The therapist's own exercise file, verbatim, travelling inside the plan."""

    file: Annotated[str, StringConstraints(pattern=r"^[^/\\\x00-\x1f]{1,120}$")] = Field(
        description="The original file name (no folders), shown in messages."
    )
    text: str = Field(description="The whole exercise file (TOML), verbatim.")


class Plan(Strict):
    """One homework plan file."""

    format_version: StrictInt = Field(description=f"The version of the plan format: {PLAN_FORMAT_VERSION}.")
    id: PlanId = Field(description="A stable id (a UUID): importing a plan with the same id replaces it.")
    title: Line
    couple: Line | None = Field(default=None, description="The therapist's own label for this couple (optional).")
    starts: dt.date = Field(description="The first day of the plan, a TOML date like 2026-12-01.")
    ends: dt.date = Field(description="The last day of the plan.")
    note: Note | None = Field(default=None, description="A note for the whole plan (optional).")
    therapist: Therapist
    items: list[PlanItem] = Field(min_length=1, max_length=50)
    bundled: list[BundledExercise] = Field(default_factory=list, max_length=50)
