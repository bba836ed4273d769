"""The run engine: where a couple is in an exercise, who acts, and what they answered.

Qt-free. The GUI asks :class:`Run` for the current :class:`Screen`, shows it, and forwards
what people do (``set_answer``, ``next``, ``back``, ``start_timer``...). Every change is
written through the :class:`~couplesdesk.core.store.Store` at once, and the run's position
is saved after every move, so a run can be left and resumed exactly where it was, and a
killed app loses nothing that was saved.

Time comes from an injected clock: timers are deadlines, not sleeps.
"""

from __future__ import annotations

import string
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..storage import Store
from . import model
from .clock import Clock, format_day_time, format_time, iso, parse_iso
from .model import Exercise, StepBase
from .people import PARTNERS as PARTNER_KEYS

OTHER = {"partner_a": "partner_b", "partner_b": "partner_a"}
SILENT_KINDS = ("branch",)
"""Steps the engine passes through without showing them."""


@dataclass(frozen=True)
class Screen:
    """What is on screen now: one step, for one actor (or both together)."""

    step: StepBase
    index: int
    turn: int  # 0 or 1 within an 'each' step: first or second partner
    actor: str  # partner_a / partner_b / together

    @property
    def kind(self) -> str:
        return str(self.step.kind)

    @property
    def private_input(self) -> bool:
        """Whether only the actor may see this screen (the partner looks away)."""
        return self.actor in PARTNER_KEYS and self.step.answers() and (self.step.who == "each" or self.step.private)


def _role_binding(roles: model.Roles, first: str) -> dict[str, str]:
    """``first`` takes the first role, the other partner the second."""
    return {roles.first: first, roles.second: OTHER[first]}


class RunError(Exception):
    """A move the run cannot make now; the message says why, in plain words."""


class Run:
    """One couple, one exercise, from start to finish."""

    def __init__(
        self,
        store: Store,
        exercise: Exercise,
        clock: Clock,
        run_id: str,
        binding: dict[str, str],
        state: dict[str, Any],
        names: dict[str, str],
    ):
        self.store = store
        self.exercise = exercise
        self.clock = clock
        self.id = run_id
        self.binding = dict(binding)
        self.state = state
        self.names = names
        self._answers = {(k[0], k[1]): v.value for k, v in store.answers.of_run(run_id).items()}

    # ------------------------------------------------------------------ lifecycle

    @classmethod
    def start(cls, store: Store, exercise: Exercise, clock: Clock, first: str | None = None) -> Run:
        """Start a run. ``first`` is the partner bound to the first role (or doing a solo exercise)."""
        binding: dict[str, str] = {}
        if exercise.who == "solo":
            if first not in PARTNER_KEYS:
                raise RunError("a solo exercise needs to know who is doing it")
            binding["self"] = first
        elif exercise.roles is not None:
            if first is None and exercise.roles.ask_before is not None:
                pass  # asked later, at the step the exercise names (see roles_pending)
            elif first not in PARTNER_KEYS:
                raise RunError("this exercise needs to know who goes first")
            else:
                binding = _role_binding(exercise.roles, first)
        state: dict[str, Any] = {
            "index": 0,
            "turn": 0,
            "history": [],
            "timers": {},
            "turns": {},
            "confirmed": {},
            "finished": False,
        }
        couple = store.couple.get()
        names = couple.names() if couple else {"partner_a": "Partner A", "partner_b": "Partner B"}
        run_id = store.runs.create(exercise.id, exercise.version, binding, state, title=exercise.text(exercise.title))
        run = cls(store, exercise, clock, run_id, binding, state, names)
        run._settle()
        run._save()
        return run

    @classmethod
    def resume(cls, store: Store, exercise: Exercise, clock: Clock, run_id: str) -> Run:
        record = store.runs.get(run_id)
        couple = store.couple.get()
        names = couple.names() if couple else {"partner_a": "Partner A", "partner_b": "Partner B"}
        if record.status != "active":
            store.runs.reopen(run_id)
        state = record.state
        state["index"] = min(state.get("index", 0), len(exercise.steps) - 1)
        if exercise.steps[state["index"]].who != "each":
            state["turn"] = 0
        return cls(store, exercise, clock, run_id, record.binding, state, names)

    @property
    def finished(self) -> bool:
        return bool(self.state.get("finished"))

    def leave(self) -> None:
        """Leave for now: the run stays resumable exactly where it is."""
        self._save()
        self.store.runs.end(self.id, "left")

    def _save(self) -> None:
        self.store.runs.save_state(self.id, self.state, self.binding)

    # ------------------------------------------------------------------ who acts

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
        if roles is None or first not in PARTNER_KEYS:
            raise RunError("this exercise has no roles to give")
        self.binding.update(_role_binding(roles, first))
        self._save()

    def partner_for(self, who: str) -> str:
        """The partner key (or 'together') that a step's ``who`` means now."""
        if who in PARTNER_KEYS or who == "together":
            return who
        if who in self.binding:
            return self.binding[who]
        return "together"

    def each_order(self) -> tuple[str, str]:
        if self.exercise.roles is not None:
            first = self.binding.get(self.exercise.roles.first, "partner_a")
        elif "self" in self.binding:
            first = self.binding["self"]
        else:
            first = "partner_a"
        return first, OTHER[first]

    def actor(self, step: StepBase, turn: int = 0) -> str:
        if step.who == "each":
            return self.each_order()[turn]
        return self.partner_for(step.who)

    @property
    def screen(self) -> Screen:
        index, turn = self.state["index"], self.state["turn"]
        step = self.exercise.steps[index]
        return Screen(step=step, index=index, turn=turn, actor=self.actor(step, turn))

    def name(self, partner: str) -> str:
        return self.names.get(partner, "both of you" if partner == "together" else partner)

    # ------------------------------------------------------------------ text

    def variables(self) -> dict[str, str]:
        values = dict(self.names)
        for role, partner in self.binding.items():
            values[role] = self.names.get(partner, partner)
        values["return_time"] = self.return_time_text()
        return values

    def render(self, text: model.Text | None, names: dict[str, str] | None = None) -> str:
        """``text`` in the run's language with its placeholders filled in; ``names`` overrides
        some of them (see :meth:`turn_names`)."""
        raw = self.exercise.text(text)
        values: defaultdict[str, str] = defaultdict(str, self.variables())
        values.update(names or {})
        try:
            return string.Formatter().vformat(raw, (), values)
        except (ValueError, IndexError, KeyError):
            return raw

    def prompt_for(self, step: model.WriteStep) -> str:
        """The step's prompt; for a pool, the prompt of the run's day (a different one each day)."""
        if step.prompt is not None:
            return self.render(step.prompt)
        record_day = self.store.runs.get(self.id).day
        return self.render(step.prompts[record_day.toordinal() % len(step.prompts)])

    # ------------------------------------------------------------------ answers

    def answer(self, step_id: str, author: str) -> Any:
        return self._answers.get((step_id, author))

    def answers_to(self, step_id: str) -> dict[str, Any]:
        return {author: value for (sid, author), value in self._answers.items() if sid == step_id}

    def set_answer(self, value: Any, author: str | None = None, step: StepBase | None = None) -> None:
        """Save the answer of the current screen (autosave path: one short write)."""
        screen = self.screen
        step = step or screen.step
        author = author or screen.actor
        self._answers[(step.id, author)] = value
        self.store.answers.save(
            self.id,
            step.id,
            author,
            str(step.kind),
            value,
            answer_text(step, value, self.exercise),
            private=step.private,
            sealed=step.who == "each" or step.private,
        )

    def visible_answer(self, step_id: str, author: str, viewer: str) -> Any:
        """An answer as ``viewer`` may see it: private answers only to their author, sealed ones
        only to their author until revealed."""
        step = self.exercise.step(step_id)
        value = self.answer(step_id, author)
        if value is None:
            return None
        if author in PARTNER_KEYS and author != viewer:
            if step.private:
                return None
            if step.who == "each" and not self._revealed(step_id):
                return None
        return value

    def _revealed(self, step_id: str) -> bool:
        for i in range(self.state["index"] + 1):
            s = self.exercise.steps[i]
            if isinstance(s, model.RevealStep) and step_id in s.steps:
                return True
        return False

    def reveal(self) -> list[tuple[StepBase, dict[str, str]]]:
        """For a reveal screen: each named step with both partners' answers as text."""
        step = self.screen.step
        assert isinstance(step, model.RevealStep)
        self.store.answers.mark_revealed(self.id, list(step.steps))
        out = []
        for sid in step.steps:
            target = self.exercise.step(sid)
            if target.private:
                continue
            texts = {}
            for author, value in self.answers_to(sid).items():
                texts[author] = answer_text(target, value, self.exercise)
            out.append((target, texts))
        return out

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

    def agree_statement(self, step: StepBase) -> str:
        assert isinstance(step, model.AgreeStep)
        if step.statement is not None:
            return self.render(step.statement)
        assert step.source is not None
        source = self.exercise.step(step.source)
        for author, value in self.answers_to(step.source).items():
            # The statement is on the shared screen: only what both may see can become it.
            if self.visible_answer(step.source, author, viewer="together") is not None:
                return answer_text(source, value, self.exercise)
        return ""

    # ------------------------------------------------------------------ timers

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
            previous = [t for t in self.state["timers"].values() if t.get("pause_id")]
            for t in previous:
                if not t.get("ended"):
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

    # ------------------------------------------------------------------ turns

    def turn_progress(self, step_id: str) -> int:
        return int(self.state["turns"].get(step_id, 0))

    def turn_info(self, step: model.TurnsStep) -> tuple[int, str, str, str]:
        """(round number from 1, 'speak' or 'paraphrase', speaker key, listener key) of the current turn."""
        k = self.turn_progress(step.id)
        k = min(k, step.rounds * step.phases() - 1)
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
        existing = self.deadline(key)
        if existing is not None:
            return existing
        deadline = self.clock.now() + timedelta(minutes=step.turn_minutes)
        self.state["timers"][key] = {"deadline": iso(deadline), "minutes": step.turn_minutes}
        self._save()
        return deadline

    def turns_done(self, step: model.TurnsStep) -> bool:
        return self.turn_progress(step.id) >= step.rounds * step.phases()

    # ------------------------------------------------------------------ moving

    def blocked(self) -> str | None:
        """Why Next is not possible now, or None."""
        screen = self.screen
        step = screen.step
        if self.roles_pending:
            assert self.exercise.roles is not None
            return self.exercise.text(self.exercise.roles.question)
        if isinstance(step, model.TimerStep):
            remaining = self.remaining(step.id)
            what = "pause" if step.announce_return else "timer"
            if remaining is None:
                return f"Start the {what} first."
            if remaining > timedelta(0):
                deadline = self.deadline(step.id)
                assert deadline is not None  # remaining() is only set when there is a deadline
                return f"The {what} ends at {format_time(deadline)}."
        if isinstance(step, model.TurnsStep) and not self.turns_done(step):
            return "Finish the turns first, or leave for now."
        if isinstance(step, model.AgreeStep):
            missing = [p for p in PARTNER_KEYS if p not in self.confirmed(step.id)]
            if missing:
                return "Both of you need to confirm first."
        return None

    def next(self) -> Screen | None:
        """Move on. Returns the new screen, or None when the run has finished."""
        reason = self.blocked()
        if reason:
            raise RunError(reason)
        screen = self.screen
        self._complete(screen)
        self.state["history"].append([screen.index, screen.turn, dict(self.binding)])
        if screen.step.who == "each" and self._each_next(screen):
            pass
        else:
            if isinstance(screen.step, model.EndStep) or screen.index + 1 >= len(self.exercise.steps):
                self._finish()
                return None
            self.state["index"], self.state["turn"] = screen.index + 1, 0
            if not self._settle():
                self._finish()
                return None
        self._save()
        return self.screen

    def each_block(self, index: int) -> tuple[int, int]:
        """The first and last index of the run of consecutive 'each' steps around ``index``.

        One partner does the whole run in private, then the other: one hand-over, not one
        per question."""
        steps = self.exercise.steps
        start = end = index
        while start > 0 and steps[start - 1].who == "each":
            start -= 1
        while end + 1 < len(steps) and steps[end + 1].who == "each":
            end += 1
        return start, end

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

    def progress(self) -> tuple[int, int]:
        """(this step's number, steps in all) as people experience them: steps already taken,
        counted once, plus those ahead on the way to the next ending. A branch that skips
        ahead shortens the total rather than making the number jump."""
        steps = self.exercise.steps
        index = self.state["index"]
        taken = {i for i, _turn, _binding in self.state["history"] if steps[i].kind != "branch" and i != index}
        position = len(taken) + 1
        ahead = 0
        for step in steps[index + 1 :]:
            if step.kind == "branch":
                continue
            ahead += 1
            if step.kind == "end":
                break
        if steps[index].kind == "end":
            ahead = 0
        return position, position + ahead

    def on_last_screen(self) -> bool:
        """Whether Next on this screen finishes the run (the same rule next() follows)."""
        screen = self.screen
        if screen.step.who == "each":
            _start, end = self.each_block(screen.index)
            if screen.index < end or screen.turn == 0:
                return False  # the rest of the block, or the other partner's turn, comes next
        return isinstance(screen.step, model.EndStep) or screen.index + 1 >= len(self.exercise.steps)

    def can_go_back(self) -> bool:
        return bool(self.state["history"])

    def back(self) -> Screen:
        if not self.state["history"]:
            raise RunError("This is the first step.")
        index, turn, binding = self.state["history"].pop()
        self.state["index"], self.state["turn"] = index, turn
        self.binding = dict(binding)
        self._save()
        return self.screen

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
            values = [v for v in self.answers_to(step.on).values() if v is not None]
            for case in step.cases:
                matches = [_matches(case, v) for v in values]
                if matches and (any(matches) if case.partners == "any" else all(matches)):
                    return case.goto
        return step.otherwise

    def _complete(self, screen: Screen) -> None:
        """Side effects of finishing a step: ratings, boundaries, agreements, pauses."""
        step = screen.step
        if isinstance(step, model.RateStep):
            value = self.answer(step.id, screen.actor)
            if value is None and step.default is not None:
                value = step.default
                self.set_answer(value)
            if isinstance(value, int):
                self.store.ratings.add(self.id, step.id, screen.actor, step.scale or step.id, value)
        elif isinstance(step, model.AgreeStep) and step.saves_as is not None:
            statement = self.agree_statement(step)
            if step.saves_as == "boundary":
                author = self.partner_for(self.exercise.step(step.source).who) if step.source else "together"
                self.store.boundaries.add(self.id, author, statement, self._boundary_status(step))
            else:
                self.store.agreements.add(self.id, statement)
        elif isinstance(step, model.ScheduleStep):
            value = self.answer(step.id, screen.actor)
            if isinstance(value, str):
                self.store.talks.schedule(self.id, parse_iso(value))
        elif isinstance(step, model.TimerStep):
            timer = self.timer(step.id)
            if timer and timer.get("pause_id") and not timer.get("ended"):
                self.store.pauses.end(timer["pause_id"], "completed")
                timer["ended"] = True

    def _boundary_status(self, step: model.AgreeStep) -> str:
        if step.status_from is None:
            return "stated"
        for value in self.answers_to(step.status_from).values():
            selected = value.get("selected", []) if isinstance(value, dict) else []
            for option in selected:
                if option in step.statuses:
                    return step.statuses[option]
        return "stated"

    def _finish(self) -> None:
        self.state["finished"] = True
        self._save()
        self.store.pauses.end_all_of_run(self.id, "completed")
        self.store.runs.end(self.id, "finished")
        return None


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


def answer_text(step: StepBase, value: Any, exercise: Exercise) -> str:
    """An answer in plain words, for reveals, search and reports."""
    if value is None:
        return ""
    if isinstance(step, model.WriteStep):
        return str(value)
    if isinstance(step, model.TemplateStep) and isinstance(value, dict):
        filled = defaultdict(lambda: "___", {k: v for k, v in value.items() if str(v).strip()})
        try:
            return string.Formatter().vformat(exercise.text(step.template), (), filled)
        except (ValueError, KeyError, IndexError):
            return " ".join(str(v) for v in value.values())
    if isinstance(step, (model.ChooseStep, model.ChecklistStep)):
        options = {
            o.id: exercise.text(o.label) for o in (step.options if isinstance(step, model.ChooseStep) else step.items)
        }
        selected = value.get("selected", []) if isinstance(value, dict) else list(value or [])
        words = [options.get(s, s) for s in selected]
        if isinstance(value, dict) and str(value.get("other", "")).strip():
            words.append(str(value["other"]).strip())
        return "; ".join(words)
    if isinstance(step, model.RateStep):
        return f"{value}, between {exercise.text(step.low_label)} ({step.min}) and {exercise.text(step.high_label)} ({step.max})"
    if isinstance(step, model.MirrorStep) and isinstance(value, dict):
        return "\n".join(str(r.get("text", "")) for r in value.get("rounds", []))
    if isinstance(step, model.AgreeStep) and isinstance(value, dict):
        return str(value.get("statement", ""))
    if isinstance(step, model.ScheduleStep) and isinstance(value, str):
        try:
            return format_day_time(parse_iso(value))
        except ValueError:
            return value
    if isinstance(step, model.TimerStep) and isinstance(value, dict):
        return f"{value.get('minutes', 0):g} minutes"
    return str(value)
