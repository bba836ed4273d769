"""Steps about time: a countdown (a pause, a turn), and choosing when to talk again."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from ..clock import evening_hour, format_date_time, format_time, parse_iso, round_up
from ..i18n import translate
from ..people import PARTNERS
from .base import StepBase, all_texts, step_kind
from .choosing import RateStep
from .text import Slug, Text, WholeMinutes

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
    guidance: Text | None = Field(default=None, description="Shown while it runs; keep it to a line or two.")
    more_ideas: Text | None = Field(
        default=None, description="Longer guidance, shown while it runs only when asked for ('More ideas')."
    )
    pacer: Literal["none", "breathing"] = "none"
    announce_return: bool = Field(default=False, description="State the time people come back, for both to see.")
    start_at_once: bool = Field(
        default=False,
        description="The countdown starts the moment the step is reached, with no Start button (a pause in one tap).",
    )
    ask_caller: bool = Field(
        default=False,
        description="On a pause: who called it may be said on the running screen (optional); it is kept with the pause.",
    )
    details: list[Slug] = Field(
        default_factory=list,
        description="Steps asked on the running screen, each optional, behind 'Details': rate, checklist or choose "
        "steps for both at the screen. The run never shows them on their own.",
    )
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
        if self.ask_caller and not self.announce_return:
            raise ValueError("ask_caller is for a pause: add announce_return = true, or remove ask_caller")
        if self.details and not self.start_at_once:
            raise ValueError(
                "details are asked while the timer runs, so they need start_at_once = true; add it, or remove details"
            )
        if len(set(self.details)) != len(self.details):
            raise ValueError("details names the same step twice")
        return self

    @property
    def bounds(self) -> tuple[float, float]:
        lo = self.min_minutes if self.min_minutes is not None else self.minutes
        hi = self.max_minutes if self.max_minutes is not None else self.minutes
        return lo, hi

    def answers(self) -> bool:
        return self.adjustable or self.ask_caller

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt, self.statement, self.guidance, self.more_ideas)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        minutes = value.get("minutes", self.minutes) if isinstance(value, dict) else value
        return translate("core/model/timing", "{minutes} minutes").format(minutes=f"{minutes:g}")

    def blocked(self, run: Run) -> str | None:
        deadline = run.deadline(self.id)
        if deadline is None and self.announce_return:
            return translate("core/model/timing", "Start the pause first.")
        if deadline is None:
            return translate("core/model/timing", "Start the timer first.")
        remaining = run.remaining(self.id)
        if remaining is not None and remaining > timedelta(0):
            at = format_time(deadline)
            if self.can_finish_early and not self.announce_return and run.exercise.who == "solo":
                return translate("core/model/timing", "Next opens at {time}, or when you're ready.").format(time=at)
            if self.can_finish_early and not self.announce_return:
                return translate("core/model/timing", "Next opens at {time}, or when you're both ready.").format(
                    time=at
                )
            return translate("core/model/timing", "Next opens at {time}.").format(time=at)
        return None

    def complete(self, run: Run, actor: str) -> None:
        timer = run.timer(self.id)
        if timer and timer.get("pause_id") and not timer.get("ended"):
            run.store.pauses.end(timer["pause_id"], "completed")
            timer["ended"] = True
        # A rating given as a detail is the caller's own, for their chart; nobody else's.
        caller = run.caller(self)
        for detail in self.details:
            step = run.exercise.step(detail)
            value = run.answer(detail, "together")
            if isinstance(step, RateStep) and isinstance(value, int) and caller in PARTNERS:
                run.store.ratings.add(run.id, detail, caller, step.scale or detail, value)


@step_kind
class ScheduleStep(StepBase):
    """Choose a day and time to pick a conversation up again, within a limit (e.g. a day)."""

    kind: Literal["schedule"]
    prompt: Text
    within_hours: float = Field(
        default=24, gt=0, le=24 * 14, description="The latest time that can be chosen, from now."
    )
    default_hours: float | None = Field(
        default=None,
        gt=0,
        le=24 * 14,
        description="What is offered first, in hours from now. Without it: the next evening hour (18:00 to 21:00) at "
        "least an hour away, else tomorrow at 19:00; never past within_hours.",
    )
    words = "choose a time to talk"

    @model_validator(mode="after")
    def _check(self) -> ScheduleStep:
        if self.default_hours is not None and self.default_hours > self.within_hours:
            raise ValueError(
                f"default_hours ({self.default_hours:g}) is later than within_hours ({self.within_hours:g})"
            )
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt)

    def latest(self, now: datetime) -> datetime:
        return now + timedelta(hours=self.within_hours)

    def first_offer(self, now: datetime) -> datetime:
        """The time offered first: ``default_hours`` from now (to the next quarter hour), or
        the next evening hour; never later than the step allows."""
        latest = self.latest(now)
        if self.default_hours is not None:
            return min(round_up(now + timedelta(hours=self.default_hours)), latest)
        return evening_hour(now, latest)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        try:
            return format_date_time(parse_iso(str(value)))
        except ValueError:
            return str(value)

    def complete(self, run: Run, actor: str) -> None:
        value = run.answer(self.id, actor)
        if isinstance(value, str):
            run.store.talks.schedule(run.id, parse_iso(value))
