"""A run from start to finish: starting, resuming, revealing, Next, leaving and finishing."""

from __future__ import annotations

from typing import Any

from ...storage import Store
from .. import model
from ..clock import Clock
from ..describe import partner_words
from ..model import Exercise, StepBase
from ..people import PARTNERS
from ..privacy import TOGETHER, Viewer
from .base import OTHER, RunError, Screen, answer_text
from .keys import Keys
from .talking import Talking
from .timing import Timing


def fallback_names() -> dict[str, str]:
    """The partners' names before the couple has given theirs: 'Partner A', 'Partner B'."""
    return {p: partner_words(p) for p in PARTNERS}


def _role_binding(roles: model.Roles, first: str) -> dict[str, str]:
    """``first`` takes the first role, the other partner the second."""
    return {roles.first: first, roles.second: OTHER[first]}


def _first_binding(exercise: Exercise, first: str | None) -> dict[str, str]:
    if exercise.who == "solo":
        if first not in PARTNERS:
            raise RunError("a solo exercise needs to know who is doing it")
        return {"self": first}
    if exercise.roles is None or (first is None and exercise.roles.ask_before is not None):
        return {}  # no roles, or asked later, at the step the exercise names (see roles_pending)
    if first not in PARTNERS:
        raise RunError("this exercise needs to know who goes first")
    return _role_binding(exercise.roles, first)


class Run(Timing, Talking, Keys):
    """One couple, one exercise, from start to finish.

    The GUI asks for the current :attr:`screen`, shows it, and forwards what people do
    (``set_answer``, ``next``, ``back``, ``start_timer``...). Every change is written through
    the store at once and the run's position is saved after every move, so a run can be left
    and resumed exactly where it was. What a screen may show of anyone's answers is decided
    by the privacy rule (:mod:`couplesdesk.core.privacy`) on the stored facts.
    """

    @classmethod
    def start(
        cls, store: Store, exercise: Exercise, clock: Clock, first: str | None = None, plan_item_id: str | None = None
    ) -> Run:
        """Start a run. ``first`` is the partner bound to the first role (or doing a solo exercise);
        ``plan_item_id`` the homework item it is done for, if any."""
        binding = _first_binding(exercise, first)
        store.personal.forget()  # a run begins with every personal key closed
        state: dict[str, Any] = {"index": 0, "turn": 0, "history": [], "timers": {}, "turns": {}, "confirmed": {}, "finished": False}  # fmt: skip
        couple = store.couple.get()
        names = couple.names() if couple else fallback_names()
        with store.batch():
            title = exercise.text(exercise.title)
            run_id = store.runs.create(exercise.id, exercise.version, binding, state, title, plan_item_id)
            run = cls(store, exercise, clock, run_id, binding, state, names, clock.today())
            if run._settle():
                run._arrive()
            run._save()
        return run

    @classmethod
    def resume(cls, store: Store, exercise: Exercise, clock: Clock, run_id: str) -> Run:
        store.personal.forget()  # a run begins with every personal key closed
        record = store.runs.get(run_id)
        couple = store.couple.get()
        names = couple.names() if couple else fallback_names()
        if record.status != "active":
            store.runs.reopen(run_id)
        state = record.state
        state["index"] = min(state.get("index", 0), len(exercise.steps) - 1)
        if exercise.steps[state["index"]].who != "each":
            state["turn"] = 0
        return cls(store, exercise, clock, run_id, record.binding, state, names, record.day)

    @property
    def finished(self) -> bool:
        return bool(self.state.get("finished"))

    def leave(self) -> None:
        """Leave for now: the run stays resumable exactly where it is."""
        self.close_keys()
        with self.store.batch():
            self._save()
            self.store.runs.end(self.id, "left")

    # ------------------------------------------------------------------ roles

    @property
    def roles_pending(self) -> bool:
        """Whether the run stands where the exercise asks who goes first (``roles.ask_before``)
        and nobody has said yet. Nothing moves on until :meth:`bind_roles`."""
        roles = self.exercise.roles
        if roles is None or roles.ask_before is None or roles.first in self.binding:
            return False
        return bool(self.state["index"] >= self.exercise.index_of(roles.ask_before))

    def bind_roles(self, first: str) -> None:
        """Answer the exercise's question: ``first`` takes the first role, the other the second."""
        roles = self.exercise.roles
        if roles is None or first not in PARTNERS:
            raise RunError("this exercise has no roles to give")
        self.binding.update(_role_binding(roles, first))
        self._save()

    # ------------------------------------------------------------------ revealing

    def reveal(self) -> list[tuple[StepBase, dict[str, str]]]:
        """For a reveal screen: each named step with the answers both may now see, as text.
        Showing the screen is what reveals them (recorded in the database)."""
        return [
            (target, {author: answer_text(target, value, self.exercise) for author, value in values.items()})
            for target, values in self.reveal_values()
        ]

    def reveal_values(self) -> list[tuple[StepBase, dict[str, Any]]]:
        """As :meth:`reveal`, with the answers as they were given (choices, a number), for a
        screen that shows each kind of answer in its own way. An answer whose author decides
        (``reveal_consent``) is revealed only if they chose to show it; one kept locked with its
        author's passphrase only while their key is open (the screen asks them first)."""
        step = self.screen.step
        assert isinstance(step, model.RevealStep)
        people = self.revealed_people(step)
        out = []
        for sid in step.steps:
            target = self.exercise.step(sid)
            readable = [p for p in people if self.unreadable(sid, p) != "locked"]
            if target.reveal_consent is not None:
                self._mark_revealed([sid], [p for p in readable if self.consent(sid, p) == "show"])
            else:
                self._mark_revealed([sid], readable)
            out.append((target, self.shown_values(sid, people, TOGETHER)))
        return out

    def shown_answers(self, step_id: str, people: list[str], viewer: Viewer) -> dict[str, str]:
        """The answers of ``people`` to a step that ``viewer`` may see, as text ('together'
        answers too, as those belong to both)."""
        target = self.exercise.step(step_id)
        values = self.shown_values(step_id, people, viewer)
        return {author: answer_text(target, value, self.exercise) for author, value in values.items()}

    def shown_values(self, step_id: str, people: list[str], viewer: Viewer) -> dict[str, Any]:
        """The answers of ``people`` to a step that ``viewer`` may see (the privacy rule), as given."""
        values = {}
        for author in self.answers_to(step_id):
            if author not in people and author in PARTNERS:
                continue
            value = self.visible_answer(step_id, author, viewer)
            if value is not None:
                values[author] = value
        return values

    def quoted(self) -> list[tuple[StepBase, dict[str, str]]]:
        """The earlier answers the current step quotes (``show``), as its viewer may see them:
        on a private screen, its author's own; on a shared one, what both may see."""
        screen = self.screen
        viewer = screen.viewer
        people = [screen.actor] if viewer.kind == "partner" else list(PARTNERS)
        return [(self.exercise.step(sid), self.shown_answers(sid, people, viewer)) for sid in screen.step.show]

    # ------------------------------------------------------------------ moving on

    def blocked(self) -> str | None:
        """Why Next is not possible now, or None."""
        if self.roles_pending:
            assert self.exercise.roles is not None
            return self.exercise.text(self.exercise.roles.question)
        return self.screen.step.blocked(self)

    def next(self) -> Screen | None:
        """Move on. Returns the new screen, or None when the run has finished."""
        reason = self.blocked()
        if reason:
            raise RunError(reason)
        screen = self.screen
        with self.store.batch():
            screen.step.complete(self, screen.actor)
            self.forget_sensitive()
            self.state["history"].append([screen.index, screen.turn, dict(self.binding)])
            if screen.step.who == "each" and self._each_next(screen):
                pass
            elif isinstance(screen.step, model.EndStep) or screen.index + 1 >= len(self.exercise.steps):
                self._finish()
                return None
            else:
                self.state["index"], self.state["turn"] = screen.index + 1, 0
                if not self._settle():
                    self._finish()
                    return None
            self._arrive()
            self._save()
        return self.screen

    def back(self) -> Screen:
        """Back to the previous screen; from a running pause, the pause is taken back."""
        with self.store.batch():
            if self.back_blocked() is None:
                self._leave_timer()
            return super().back()

    def _finish(self) -> None:
        self.close_keys()
        self.state["finished"] = True
        self._save()
        self.store.pauses.end_all_of_run(self.id, "completed")
        self.store.runs.end(self.id, "finished")
