"""The engine's timers: countdowns that are deadlines, never sleeps, and survive a restart.

A pause (a timer with ``announce_return``) is also a row in the database, with its return
time, from the moment it starts; changing its length or saying who called it updates that row.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from ...storage import Changes, StoreError
from .. import model
from ..clock import format_time, iso, parse_iso
from ..i18n import translate
from ..people import PARTNERS
from .base import RunBase, RunError


class Timing(RunBase):
    def timer(self, step_id: str) -> dict[str, Any] | None:
        timer: dict[str, Any] | None = self.state["timers"].get(step_id)
        return timer

    def deadline(self, step_id: str) -> datetime | None:
        t = self.timer(step_id)
        return parse_iso(t["deadline"]) if t else None

    def _timer_answer(self, step: model.TimerStep) -> dict[str, Any]:
        value = self.answer(step.id, "together")
        return dict(value) if isinstance(value, dict) else {}

    def chosen_minutes(self, step: model.TimerStep) -> float:
        value = self._timer_answer(step)
        if "minutes" in value:
            return float(value["minutes"])
        return step.minutes

    def caller(self, step: model.TimerStep) -> str | None:
        """Who called this pause: said on its screen (or an earlier pause's, for an extension),
        else the exercise's first role, if bound."""
        timers = [s for s in self.exercise.steps if isinstance(s, model.TimerStep) and s.ask_caller]
        for timer in [step, *timers]:
            said = self._timer_answer(timer).get("caller")
            if said in PARTNERS:
                return str(said)
        return self.binding.get(self.exercise.roles.first) if self.exercise.roles else None

    def choose_minutes(self, minutes: float) -> None:
        """Choose the current timer's length. While it runs, the deadline moves with it (and
        the pause's return time), as long as the new end is still ahead."""
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        lo, hi = step.bounds
        if not step.adjustable or not lo <= minutes <= hi:
            raise RunError(
                translate("core/engine/timing", "Choose between {low} and {high} minutes.").format(
                    low=f"{lo:g}", high=f"{hi:g}"
                )
            )
        timer = self.timer(step.id)
        if timer is not None:
            now, deadline = self.clock.now(), self._started(timer) + timedelta(minutes=minutes)
            if timer.get("ended") or now >= parse_iso(timer["deadline"]):
                raise RunError(translate("core/engine/timing", "This pause is over; its length can no longer change."))
            if deadline <= now:
                raise RunError(
                    translate(
                        "core/engine/timing", "{minutes} minutes would have ended at {time}; choose a longer pause."
                    ).format(minutes=f"{minutes:g}", time=format_time(deadline))
                )
        with self._all_or_nothing(step):
            self.set_answer({**self._timer_answer(step), "minutes": minutes}, author="together")
            if timer is not None:
                timer["deadline"], timer["minutes"] = iso(deadline), minutes
                if timer.get("pause_id"):
                    self.store.pauses.retime(timer["pause_id"], minutes, deadline)
                self._save()

    def say_caller(self, partner: str | None) -> None:
        """Say (or unsay, with None) who called the current pause; kept with the pause."""
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        if not step.ask_caller or (partner is not None and partner not in PARTNERS):
            raise RunError("this pause does not ask who called it")
        value = {k: v for k, v in self._timer_answer(step).items() if k != "caller"}
        if partner is not None:
            value["caller"] = partner
        timer = self.timer(step.id)
        with self._all_or_nothing(step):
            self.set_answer(value, author="together")
            if timer is not None and timer.get("pause_id"):
                self.store.pauses.set_caller(timer["pause_id"], partner)

    @contextmanager
    def _all_or_nothing(self, step: model.TimerStep) -> Iterator[None]:
        """A change to a running pause is its answer, its row and the run's state together:
        if the database refuses one of them, none is kept, here or there."""
        timers, key = copy.deepcopy(self.state["timers"]), (step.id, "together")
        answer, facts = self._answers.get(key), self._facts.get(key)
        try:
            with self.store.batch(), self.store.connection.transaction(Changes.NONE):
                yield
        except StoreError:
            self.state["timers"] = timers
            self._answers.pop(key, None)
            self._facts.pop(key, None)
            if answer is not None and facts is not None:
                self._answers[key], self._facts[key] = answer, facts
            raise

    @staticmethod
    def _started(timer: dict[str, Any]) -> datetime:
        if "started" in timer:
            return parse_iso(timer["started"])
        return parse_iso(timer["deadline"]) - timedelta(minutes=float(timer.get("minutes", 0)))

    def start_timer(self) -> datetime:
        """Start the current timer step's countdown; returns the deadline (stored at once)."""
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        existing = self.deadline(step.id)
        if existing is not None:
            return existing
        minutes = self.chosen_minutes(step)
        now = self.clock.now()
        deadline = now + timedelta(minutes=minutes)
        timer: dict[str, Any] = {"deadline": iso(deadline), "minutes": minutes, "started": iso(now)}
        if step.announce_return:
            for t in self.state["timers"].values():
                if t.get("pause_id") and not t.get("ended"):
                    self.store.pauses.end(t["pause_id"], "extended")
                    t["ended"] = True
            timer["pause_id"] = self.store.pauses.start(self.id, step.id, self.caller(step), minutes, deadline)
        self.state["timers"][step.id] = timer
        self._save()
        return deadline

    # ------------------------------------------------------------------ finishing early

    def finishers(self) -> tuple[str, ...]:
        """Who must agree to end the current timer early: both partners; in a solo run, its one person."""
        solo = self.binding.get("self")
        return (solo,) if self.exercise.who == "solo" and solo in PARTNERS else PARTNERS

    def ready_to_finish(self, step_id: str) -> set[str]:
        """Who has said they are ready to end this timer early."""
        timer = self.timer(step_id)
        return set(timer.get("ready", [])) if timer else set()

    def finished_early(self, step_id: str) -> bool:
        timer = self.timer(step_id)
        return bool(timer and timer.get("finished_early"))

    def say_ready_to_finish(self, partner: str, ready: bool = True) -> bool:
        """``partner`` is ready (or, with ``ready=False``, no longer ready) to end the running
        timer early (``can_finish_early``). Once everyone in :meth:`finishers` is ready, it
        ends now, as if it had run out. A pause never ends early: it keeps the time it named.
        Returns whether the timer has ended."""
        step = self.screen.step
        assert isinstance(step, model.TimerStep)
        if step.announce_return:
            raise RunError(
                translate("core/engine/timing", "A pause keeps the time it named: it ends at {time}.").format(
                    time=self.return_time_text()
                )
            )
        if not step.can_finish_early:
            raise RunError(translate("core/engine/timing", "This timer runs to its end."))
        timer = self.timer(step.id)
        if timer is None:
            raise RunError(translate("core/engine/timing", "Start the timer first."))
        if partner not in self.finishers():
            raise RunError(
                translate("core/engine/timing", "Only the people doing this exercise can end its timer early.")
            )

        if self.remaining(step.id) == timedelta(0):
            return True
        before = copy.deepcopy(timer)
        agreed = self.ready_to_finish(step.id)
        agreed = agreed | {partner} if ready else agreed - {partner}
        timer["ready"] = sorted(agreed)
        ended = agreed >= set(self.finishers())
        if ended:
            now = iso(self.clock.now())
            timer["deadline"], timer["finished_early"] = now, now
        try:
            self._save()
        except StoreError:
            self.state["timers"][step.id] = before
            raise
        return ended

    def _arrive(self) -> None:
        """On reaching a step: a timer that starts at once (a pause in one tap) starts now."""
        step = self.screen.step
        if isinstance(step, model.TimerStep) and step.start_at_once and self.deadline(step.id) is None:
            self.start_timer()

    def _leave_timer(self) -> None:
        """Going Back from a running pause takes it back: it ends, and starts afresh if
        reached again (for example after choosing to schedule the talk instead)."""
        step = self.screen.step
        timer = self.timer(step.id)
        if timer is None or not isinstance(step, model.TimerStep):
            return
        if timer.get("pause_id") and not timer.get("ended"):
            self.store.pauses.end(timer["pause_id"], "left")
        del self.state["timers"][step.id]

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
