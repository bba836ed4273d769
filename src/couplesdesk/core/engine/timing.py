"""The engine's timers: countdowns that are deadlines, never sleeps, and survive a restart."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from .. import model
from ..clock import format_time, iso, parse_iso
from .base import RunBase, RunError


class Timing(RunBase):
    def timer(self, step_id: str) -> dict[str, Any] | None:
        timer: dict[str, Any] | None = self.state["timers"].get(step_id)
        return timer

    def deadline(self, step_id: str) -> datetime | None:
        t = self.timer(step_id)
        return parse_iso(t["deadline"]) if t else None

    def chosen_minutes(self, step: model.TimerStep) -> float:
        value = self.answer(step.id, "together")
        if isinstance(value, dict) and "minutes" in value:
            return float(value["minutes"])
        return step.minutes

    def choose_minutes(self, minutes: float) -> None:
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        lo, hi = step.bounds
        if not lo <= minutes <= hi:
            raise RunError(f"choose between {lo:g} and {hi:g} minutes")
        self.set_answer({"minutes": minutes}, author="together")

    def start_timer(self) -> datetime:
        """Start the current timer step's countdown; returns the deadline (stored at once)."""
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        existing = self.deadline(step.id)
        if existing is not None:
            return existing
        minutes = self.chosen_minutes(step)
        deadline = self.clock.now() + timedelta(minutes=minutes)
        timer: dict[str, Any] = {"deadline": iso(deadline), "minutes": minutes}
        if step.announce_return:
            for t in self.state["timers"].values():
                if t.get("pause_id") and not t.get("ended"):
                    self.store.pauses.end(t["pause_id"], "extended")
                    t["ended"] = True
            caller = self.binding.get(self.exercise.roles.first) if self.exercise.roles else None
            timer["pause_id"] = self.store.pauses.start(self.id, step.id, caller, minutes, deadline)
        self.state["timers"][step.id] = timer
        self._save()
        return deadline

    def remaining(self, step_id: str) -> timedelta | None:
        deadline = self.deadline(step_id)
        if deadline is None:
            return None
        return max(deadline - self.clock.now(), timedelta(0))

    def return_time(self) -> datetime:
        """When the latest pause of this run ends, or would end if started now."""
        started = [parse_iso(t["deadline"]) for key, t in self.state["timers"].items() if "#" not in key]
        step = self.screen.step
        if isinstance(step, model.TimerStep) and step.id not in self.state["timers"]:
            return self.clock.now() + timedelta(minutes=self.chosen_minutes(step))
        if started:
            return max(started)
        return self.clock.now()

    def return_time_text(self) -> str:
        return format_time(self.return_time())
