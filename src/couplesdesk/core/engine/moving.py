"""The engine's moves: Next and Back, branches and role swaps, and where the run stands."""

from __future__ import annotations

from typing import Any

from .. import model
from ..i18n import translate
from ..model.choosing import UNSAID
from ..privacy import Viewer
from .base import RunBase, RunError, Screen
from .progress import Progress, each_block, progress_of


def _matches(case: model.Case, value: Any) -> bool:
    if isinstance(value, dict):
        if "selected" in value:
            value = value["selected"]
        elif "minutes" in value:
            value = value["minutes"]
    if case.at_least is not None and not (isinstance(value, (int, float)) and value >= case.at_least):
        return False
    if case.at_most is not None and not (isinstance(value, (int, float)) and value <= case.at_most):
        return False
    if case.includes is not None and not (isinstance(value, list) and case.includes in value):
        return False
    if case.equals is not None and str(value) != case.equals:
        return False
    return True


class Moving(RunBase):
    def each_block(self, index: int) -> tuple[int, int]:
        """The first and last index of the run of consecutive 'each' steps around ``index``.

        One partner does the whole run in private, then the other: one hand-over, not one
        per question."""
        return each_block(self.exercise.steps, index)

    def _each_next(self, screen: Screen) -> bool:
        """Move within a run of 'each' steps; False when the run is done for both partners."""
        start, end = self.each_block(screen.index)
        if screen.index < end:
            self.state["index"], self.state["turn"] = screen.index + 1, screen.turn
            return True
        if screen.turn == 0:
            self.state["index"], self.state["turn"] = start, 1
            return True
        return False

    def standing(self) -> Progress:
        """Where the run stands, in parts (see :mod:`.progress`): the same for both partners on
        the same step; the part moves on by one at most, and the total never grows."""
        return progress_of(self.exercise, self.state["history"], self.state["index"])

    def progress(self) -> tuple[int, int]:
        """(this part's number, parts in all on the longest way still open)."""
        standing = self.standing()
        return standing.part, standing.parts

    def on_last_screen(self) -> bool:
        """Whether Next on this screen finishes the run (the same rule next() follows)."""
        screen = self.screen
        if screen.step.who == "each":
            _start, end = self.each_block(screen.index)
            if screen.index < end or screen.turn == 0:
                return False  # the rest of the block, or the other partner's turn, comes next
        return isinstance(screen.step, model.EndStep) or screen.index + 1 >= len(self.exercise.steps)

    # ------------------------------------------------------------------ back

    def can_go_back(self) -> bool:
        return bool(self.state["history"]) and self.back_blocked() is None

    def back_blocked(self) -> str | None:
        """Why Back cannot go to the previous screen, or None. Back never crosses a hand-over
        into a private stretch holding the other partner's answers that whoever is at the
        screen now may not see (the privacy rule); within one's own stretch it works as ever."""
        if not self.state["history"]:
            return translate("core/engine/moving", "This is the first step.")
        if self.exercise.who == "solo":
            return None
        index, turn, binding = self.state["history"][-1]
        step = self.exercise.steps[index]
        owner = self.actor(step, turn, binding)
        target = Screen(step=step, index=index, turn=turn, actor=owner)
        here: Viewer = self.screen.viewer
        if not target.private_input or (here.kind == "partner" and here.partner == owner):
            return None
        first, last = self.each_block(index) if step.who == "each" else (index, index)
        for other in self.exercise.steps[first : last + 1]:
            if not self.may_see(other.id, owner, here):
                name = self.name(owner)
                if other.private:
                    return translate(
                        "core/engine/moving", "Back stops here: {name}'s private answers stay private."
                    ).format(name=name)
                return translate(
                    "core/engine/moving",
                    "Back stops here: {name}'s answers stay sealed until you reveal them together.",
                ).format(name=name)

        return None

    def back(self) -> Screen:
        reason = self.back_blocked()
        if reason is not None:
            raise RunError(reason)
        index, turn, binding = self.state["history"].pop()
        self.state["index"], self.state["turn"] = index, turn
        self.binding = dict(binding)
        self._save()
        return self.screen

    # ------------------------------------------------------------------ passing through

    def _settle(self) -> bool:
        """Pass through silent steps (branches) and apply role swaps. False if the run ran off the end."""
        guard = 0
        while True:
            guard += 1
            if guard > len(self.exercise.steps) * 4:
                raise RunError("the exercise loops without showing anything")
            index = self.state["index"]
            if index >= len(self.exercise.steps):
                return False
            step = self.exercise.steps[index]
            if step.id in self.exercise.details():  # asked on its timer's screen, not on its own
                self.state["index"] = index + 1
                continue
            if isinstance(step, model.BranchStep):
                target = self._branch_target(step)
                self.state["index"] = self.exercise.index_of(target) if target else index + 1
                self.state["turn"] = 0
                continue
            if isinstance(step, model.SwapRolesStep) and self.exercise.roles is not None:
                # Arriving at a swap (only ever moving forward) swaps; Back restores the
                # binding saved in history instead of coming through here.
                first, second = self.exercise.roles.first, self.exercise.roles.second
                self.binding[first], self.binding[second] = self.binding[second], self.binding[first]
            return True

    def _branch_target(self, step: model.BranchStep) -> str | None:
        if step.on is not None:
            on = self.exercise.step(step.on)
            unsaid = on.unsaid_counts_as if isinstance(on, model.RateStep) else None
            values = [unsaid if v == UNSAID else v for v in self.answers_to(step.on).values() if v is not None]
            # An answer kept locked that nobody opened for this (or can open) counts as unsaid.
            values += [unsaid for (sid, _), _why in self._unreadable.items() if sid == step.on]
            values = [v for v in values if v is not None]
            for case in step.cases:
                matches = [_matches(case, v) for v in values]
                if matches and (any(matches) if case.partners == "any" else all(matches)):
                    return case.goto
        return step.otherwise
