"""Steps about time: a countdown (a pause, a turn), and choosing when to talk again."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from ..clock import format_day_time, format_time, parse_iso
from .base import StepBase, all_texts, step_kind
from .text import Text, WholeMinutes

if TYPE_CHECKING:
    from ..engine import Run
    from .exercise import Exercise


@step_kind
class TimerStep(StepBase):
    """A countdown, fixed or chosen within bounds, with guidance shown while it runs."""

    kind: Literal["timer"]
    prompt: Text | None = None
    minutes: WholeMinutes = Field(description="The length offered first, in whole minutes.")
    min_minutes: WholeMinutes | None = Field(default=None, description="The shortest length people may choose.")
    max_minutes: WholeMinutes | None = Field(default=None, description="The longest length people may choose.")
    adjustable: bool = Field(default=False, description="Whether people choose the length within the bounds.")
    schedule_above: WholeMinutes | None = Field(
        default=None, description="Asking for longer than this offers to schedule the talk instead."
    )
    can_finish_early: bool = Field(
        default=False,
        description="Both partners may end the timer before it runs out (never for a pause, which names its return time).",
    )
    statement: Text | None = Field(
        default=None,
        description="Said out loud before the countdown starts, e.g. 'I need a pause; I'll be back at {return_time}.'",
    )
    guidance: Text | None = None
    pacer: Literal["none", "breathing"] = "none"
    announce_return: bool = Field(default=False, description="State the time people come back, for both to see.")
    words = "timer"

    @model_validator(mode="after")
    def _check(self) -> TimerStep:
        lo = self.min_minutes if self.min_minutes is not None else self.minutes
        hi = self.max_minutes if self.max_minutes is not None else self.minutes
        if lo > hi:
            raise ValueError(
                f"min_minutes ({lo:g}) is more than max_minutes ({hi:g}); lower min_minutes or raise max_minutes"
            )
        if not lo <= self.minutes <= hi:
            raise ValueError(
                f"minutes ({self.minutes:g}) lies outside min_minutes to max_minutes ({lo:g} to {hi:g}); "
                "change minutes, or widen the bounds"
            )
        if (self.min_minutes is not None or self.max_minutes is not None) and not self.adjustable:
            raise ValueError(
                "min_minutes and max_minutes only make sense with adjustable = true; add it, or remove them"
            )
        if self.schedule_above is not None and not lo <= self.schedule_above <= hi:
            raise ValueError(
                f"schedule_above ({self.schedule_above:g}) lies outside min_minutes to max_minutes ({lo:g} to {hi:g}); "
                "change schedule_above"
            )
        if self.can_finish_early and self.announce_return:
            raise ValueError(
                "can_finish_early cannot be used on a pause (announce_return = true): a pause keeps the time it named"
            )
        return self

    @property
    def bounds(self) -> tuple[float, float]:
        lo = self.min_minutes if self.min_minutes is not None else self.minutes
        hi = self.max_minutes if self.max_minutes is not None else self.minutes
        return lo, hi

    def answers(self) -> bool:
        return self.adjustable

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt, self.statement, self.guidance)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        minutes = value.get("minutes", 0) if isinstance(value, dict) else value
        return f"{minutes:g} minutes"

    def blocked(self, run: Run) -> str | None:
        what = "pause" if self.announce_return else "timer"
        deadline = run.deadline(self.id)
        if deadline is None:
            return f"Start the {what} first."
        remaining = run.remaining(self.id)
        if remaining is not None and remaining > timedelta(0):
            return f"The {what} ends at {format_time(deadline)}."
        return None

    def complete(self, run: Run, actor: str) -> None:
        timer = run.timer(self.id)
        if timer and timer.get("pause_id") and not timer.get("ended"):
            run.store.pauses.end(timer["pause_id"], "completed")
            timer["ended"] = True


@step_kind
class ScheduleStep(StepBase):
    """Choose a day and time to pick a conversation up again, within a limit (e.g. a day)."""

    kind: Literal["schedule"]
    prompt: Text
    within_hours: float = Field(
        default=24, gt=0, le=24 * 14, description="The latest time that can be chosen, from now."
    )
    default_hours: float = Field(default=2, gt=0, le=24 * 14, description="What is offered first, from now.")
    words = "choose a time to talk"

    @model_validator(mode="after")
    def _check(self) -> ScheduleStep:
        if self.default_hours > self.within_hours:
            raise ValueError(
                f"default_hours ({self.default_hours:g}) is later than within_hours ({self.within_hours:g})"
            )
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        try:
            return format_day_time(parse_iso(str(value)))
        except ValueError:
            return str(value)

    def complete(self, run: Run, actor: str) -> None:
        value = run.answer(self.id, actor)
        if isinstance(value, str):
            run.store.talks.schedule(run.id, parse_iso(value))
