"""What a run is made of: its exercise, who is bound to which role, what was answered, and
where it stands. The parts of the engine (moving, timing, talking) build on this."""

from __future__ import annotations

import string
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...storage import Store
from .. import model
from ..clock import Clock
from ..helplines import safety_values
from ..i18n import translate
from ..model import Exercise, StepBase
from ..people import PARTNERS
from ..privacy import Viewer, is_sealed, may_see, viewer_of_screen

OTHER = {PARTNERS[0]: PARTNERS[1], PARTNERS[1]: PARTNERS[0]}


class RunError(Exception):
    """A move the run cannot make now; the message says why, in plain words."""


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
        return self.actor in PARTNERS and self.step.answers() and (self.step.who == "each" or self.step.private)

    @property
    def viewer(self) -> Viewer:
        """Who this screen is meant for (the privacy rule's viewer)."""
        return viewer_of_screen(self.actor, self.private_input)


@dataclass
class Facts:
    """What the database records about one answer, kept in step with it (see core.privacy)."""

    author: str
    private: bool
    sealed: bool
    revealed: bool


CONSENT_CHOICES = ("show", "keep", "say")
"""For an answer whose author decides: show what I wrote, keep it private, I'll say it myself."""


def consent_key(step_id: str) -> str:
    """Where an author's consent for a step is kept (a step id never contains a dot)."""
    return f"{step_id}.consent"


def answer_text(step: StepBase, value: Any, exercise: Exercise) -> str:
    """An answer in plain words, for reveals, search and reports ('' for no answer)."""
    return "" if value is None else step.answer_text(value, exercise)


class RunBase:
    """One couple, one exercise: the state every part of the engine reads and writes."""

    def __init__(
        self,
        store: Store,
        exercise: Exercise,
        clock: Clock,
        run_id: str,
        binding: dict[str, str],
        state: dict[str, Any],
        names: dict[str, str],
        day: date,
    ):
        self.store = store
        self.exercise = exercise
        self.clock = clock
        self.id = run_id
        self.binding = dict(binding)
        self.state = state
        self.names = names
        self.day = day
        self.safety = safety_values(store.settings.get)
        self._answers: dict[tuple[str, str], Any] = {}
        self._load()

    def _load(self) -> None:
        """Read the run's answers (again): those kept locked with a personal passphrase are
        opened if their author's key is open now (see :mod:`couplesdesk.storage.personal`).
        A sensitive answer, never stored, stays as it is in memory."""
        records = self.store.answers.of_run(self.id)
        kept = {key: value for key, value in self._answers.items() if self._sensitive(key[0])}
        self._answers = {key: r.value for key, r in records.items() if not r.unreadable} | kept
        self._facts = {key: Facts(r.author, r.private, r.sealed, r.revealed) for key, r in records.items()}
        self._unreadable = {key: r.unreadable for key, r in records.items() if r.unreadable}
        """Answers the run holds but cannot read now: 'locked' (their author's passphrase
        opens them) or 'lost' (nobody can)."""
        self._stored_locked = {key for key, r in records.items() if r.locked_with is not None}

    def _sensitive(self, step_id: str) -> bool:
        return any(step.id == step_id and step.sensitive for step in self.exercise.steps)

    # ------------------------------------------------------------------ who acts

    def partner_for(self, who: str) -> str:
        """The partner key (or 'together') that a step's ``who`` means now."""
        if who in PARTNERS or who == "together":
            return who
        return self.binding.get(who, "together")

    def each_order(self, binding: dict[str, str] | None = None) -> tuple[str, str]:
        binding = self.binding if binding is None else binding
        if self.exercise.roles is not None:
            first = binding.get(self.exercise.roles.first, PARTNERS[0])
        else:
            first = binding.get("self", PARTNERS[0])
        return first, OTHER[first]

    def actor(self, step: StepBase, turn: int = 0, binding: dict[str, str] | None = None) -> str:
        if step.who == "each":
            return self.each_order(binding)[turn]
        binding = self.binding if binding is None else binding
        if step.who in PARTNERS or step.who == "together":
            return step.who
        return binding.get(step.who, "together")

    @property
    def screen(self) -> Screen:
        index, turn = self.state["index"], self.state["turn"]
        step = self.exercise.steps[index]
        return Screen(step=step, index=index, turn=turn, actor=self.actor(step, turn))

    def name(self, partner: str) -> str:
        if partner == "together":
            return self.names.get(partner, translate("core/engine/base", "both of you"))
        return self.names.get(partner, partner)

    # ------------------------------------------------------------------ text

    def return_time_text(self) -> str:
        """When the run's pause ends, for ``{return_time}`` (see the timing part)."""
        raise NotImplementedError

    def variables(self) -> dict[str, str]:
        values = dict(self.names)
        for role, partner in self.binding.items():
            values[role] = self.names.get(partner, partner)
        values["return_time"] = self.return_time_text()
        values.update(self.safety)
        return values

    def render(
        self, text: model.Text | None, names: dict[str, str] | None = None, escape: Callable[[str], str] | None = None
    ) -> str:
        """``text`` in the run's language with its placeholders filled in; ``names`` overrides
        some of them (see ``turn_names``); ``escape`` is applied to every value filled in (a
        name in a Markdown text reads as typed)."""
        raw = self.exercise.text(text)
        values: defaultdict[str, str] = defaultdict(str, self.variables())
        values.update(names or {})
        if escape is not None:
            values = defaultdict(str, {key: escape(value) for key, value in values.items()})
        try:
            return string.Formatter().vformat(raw, (), values)
        except (ValueError, IndexError, KeyError):
            return raw

    def prompt_for(self, step: model.WriteStep) -> str:
        """The step's prompt; for a pool, the prompt of the run's day (a different one each day)."""
        if step.prompt is not None:
            return self.render(step.prompt)
        return self.render(step.prompts[self.day.toordinal() % len(step.prompts)])

    # ------------------------------------------------------------------ answers

    def answer(self, step_id: str, author: str) -> Any:
        return self._answers.get((step_id, author))

    def answers_to(self, step_id: str) -> dict[str, Any]:
        return {author: value for (sid, author), value in self._answers.items() if sid == step_id}

    def set_answer(self, value: Any, author: str | None = None, step: StepBase | None = None) -> None:
        """Save the answer of the current screen (autosave path: one short write). A sensitive
        answer is never written anywhere: it lives here only while its screen is shown."""
        screen = self.screen
        step = step or screen.step
        author = author or screen.actor
        if step.sensitive:
            self._answers[(step.id, author)] = value
            return
        sealed = is_sealed(step.who, step.private, self.exercise.who == "solo")
        locked_with = self.store.answers.save(
            self.id,
            step.id,
            author,
            str(step.kind),
            value,
            answer_text(step, value, self.exercise),
            private=step.private,
            sealed=sealed,
        )
        self._kept(step.id, author, value, locked_with)
        facts = self._facts.get((step.id, author))
        revealed = facts.revealed if facts is not None else False
        self._facts[(step.id, author)] = Facts(author, step.private, sealed, revealed and not step.private)

    def _kept(self, step_id: str, author: str, value: Any, locked_with: str | None) -> None:
        """An answer just written (stored locked with ``locked_with``, or as it is)."""
        key = (step_id, author)
        self._answers[key] = value
        self._unreadable.pop(key, None)
        if locked_with is None:
            self._stored_locked.discard(key)
        else:
            self._stored_locked.add(key)

    def unreadable(self, step_id: str, author: str) -> str:
        """'' if the run can read this answer (or there is none); 'locked' while it is kept
        locked with its author's passphrase, not open now; 'lost' if nobody can open it."""
        return self._unreadable.get((step_id, author), "")

    def may_see(self, step_id: str, author: str, viewer: Viewer) -> bool:
        """Whether ``viewer`` may see this answer (the privacy rule, on the stored facts)."""
        facts = self._facts.get((step_id, author))
        return facts is None or may_see(facts, viewer)

    def visible_answer(self, step_id: str, author: str, viewer: Viewer) -> Any:
        """An answer as ``viewer`` may see it: None when there is none, or when the privacy
        rule keeps it from them."""
        value = self.answer(step_id, author)
        if value is None or not self.may_see(step_id, author, viewer):
            return None
        return value

    def forget_sensitive(self) -> None:
        """Drop every sensitive answer (when its screen is left): nothing can read it later."""
        sensitive = {step.id for step in self.exercise.steps if step.sensitive}
        for key in [k for k in self._answers if k[0] in sensitive]:
            del self._answers[key]

    # ------------------------------------------------------------------ consent

    def consent(self, step_id: str, author: str) -> str | None:
        """What the author chose for an answer only they may reveal: 'show', 'keep' or 'say'."""
        value = self.answer(consent_key(step_id), author)
        return value if isinstance(value, str) else None

    def set_consent(self, step_id: str, author: str, choice: str) -> None:
        if choice not in CONSENT_CHOICES:
            raise ValueError(f"unknown consent {choice!r}")
        key = consent_key(step_id)
        locked_with = self.store.answers.save(self.id, key, author, "consent", choice, "", private=True, sealed=True)
        self._kept(key, author, choice, locked_with)
        self._facts[(key, author)] = Facts(author, True, True, False)

    def _mark_revealed(self, step_ids: list[str], authors: list[str] | None = None) -> None:
        """Both have now seen these answers; any kept locked are shared text from now on (one
        that nobody can open any more stays sealed)."""
        self.store.answers.mark_revealed(self.id, step_ids, authors)
        for (sid, author), facts in self._facts.items():
            key = (sid, author)
            if sid in step_ids and not facts.private and (authors is None or author in authors):
                if self.unreadable(sid, author) != "lost":
                    facts.revealed = True
                    self._stored_locked.discard(key)

    def _save(self) -> None:
        self.store.runs.save_state(self.id, self.state, self.binding)
