"""The engine's conversations: timed turns, and statements both partners confirm."""

from __future__ import annotations

from datetime import datetime, timedelta

from .. import model
from ..clock import iso, parse_iso
from ..privacy import TOGETHER
from .base import OTHER, RunBase, answer_text


class Talking(RunBase):
    # ------------------------------------------------------------------ turns

    def turn_progress(self, step_id: str) -> int:
        return int(self.state["turns"].get(step_id, 0))

    def turn_info(self, step: model.TurnsStep) -> tuple[int, str, str, str]:
        """(round number from 1, 'speak' or 'paraphrase', speaker key, listener key) of the current turn."""
        k = min(self.turn_progress(step.id), step.rounds * step.phases() - 1)
        rnd, phase = divmod(k, step.phases())
        assert self.exercise.roles is not None
        speaker = self.binding[self.exercise.roles.first]
        if step.swap_each_round and rnd % 2 == 1:
            speaker = OTHER[speaker]
        return rnd + 1, ("speak" if phase == 0 else "paraphrase"), speaker, OTHER[speaker]

    def turn_names(self, step: model.TurnsStep) -> dict[str, str]:
        """The role placeholders as they stand in the current turn: with ``swap_each_round``,
        ``{speaker}`` (the first role) is whoever speaks this round, not who spoke first."""
        _, _, speaker, listener = self.turn_info(step)
        assert self.exercise.roles is not None
        return {self.exercise.roles.first: self.name(speaker), self.exercise.roles.second: self.name(listener)}

    def next_turn(self) -> None:
        step = self.screen.step
        assert isinstance(step, model.TurnsStep)
        self.state["turns"][step.id] = min(self.turn_progress(step.id) + 1, step.rounds * step.phases())
        self.state["timers"].pop(f"{step.id}#turn", None)
        self._save()

    def start_turn_timer(self) -> datetime:
        """Start the countdown of the current speaker's turn (not enforced: people may finish early)."""
        step = self.screen.step
        assert isinstance(step, model.TurnsStep)
        key = f"{step.id}#turn"
        existing = self.state["timers"].get(key)
        if existing is not None:
            return parse_iso(existing["deadline"])
        deadline = self.clock.now() + timedelta(minutes=step.turn_minutes)
        self.state["timers"][key] = {"deadline": iso(deadline), "minutes": step.turn_minutes}
        self._save()
        return deadline

    def turns_done(self, step: model.TurnsStep) -> bool:
        return self.turn_progress(step.id) >= step.rounds * step.phases()

    # ------------------------------------------------------------------ agreeing

    def confirm(self, partner: str) -> None:
        """An agree step: ``partner`` confirms the statement."""
        step = self.screen.step
        confirmed = set(self.state["confirmed"].get(step.id, []))
        confirmed.add(partner)
        self.state["confirmed"][step.id] = sorted(confirmed)
        self.set_answer({"confirmed_by": sorted(confirmed), "statement": self.agree_statement(step)}, author="together")
        self._save()

    def confirmed(self, step_id: str) -> set[str]:
        return set(self.state["confirmed"].get(step_id, []))

    def agree_statement(self, step: model.StepBase) -> str:
        """The statement to agree on. Taken from an earlier answer, it is on the shared screen,
        so only an answer both may see (the privacy rule) can become it."""
        assert isinstance(step, model.AgreeStep)
        if step.statement is not None:
            return self.render(step.statement)
        assert step.source is not None
        source = self.exercise.step(step.source)
        for author in self.answers_to(step.source):
            value = self.visible_answer(step.source, author, TOGETHER)
            if value is not None:
                return answer_text(source, value, self.exercise)
        return ""

    def sealed_from_both(self, step_id: str) -> bool:
        """Whether an answer to ``step_id`` exists that both together may not see yet."""
        return any(not self.may_see(step_id, author, TOGETHER) for author in self.answers_to(step_id))
