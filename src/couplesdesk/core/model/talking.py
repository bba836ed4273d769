"""Steps where partners talk to each other: turns, mirroring, a reveal, agreeing together."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from ..i18n import translate
from ..people import PARTNERS
from .base import StepBase, all_texts, step_kind
from .text import Slug, Text, WholeMinutes

if TYPE_CHECKING:
    from ..engine import Run
    from .exercise import Exercise

BOUNDARY_STATUS = Literal["stated", "heard", "needs_time", "to_talk", "talked_through", "not_agreed"]
"""What happened to a boundary. 'to_talk' waits for the talk; 'talked_through' is set only once
both say a follow-up talk happened (on the Boundaries page), never straight from a run."""


@step_kind
class TurnsStep(StepBase):
    """Timed alternating turns: the speaker talks; the listener says back what they heard."""

    kind: Literal["turns"]
    rounds: int = Field(ge=1, le=20)
    turn_minutes: WholeMinutes = Field(le=60, description="Each speaker's turn, in whole minutes.")
    speaker_prompt: Text
    listener_prompt: Text
    swap_each_round: bool = Field(default=False, description="Swap speaker and listener after every round.")
    say_back: bool = Field(
        default=True,
        description="After each turn the listener says back what they heard, and the speaker says whether that was it. "
        "false: no say-back; the next turn follows straight on.",
    )
    words = "take turns talking"

    def phases(self) -> int:
        """Screens per round: the turn, and the say-back unless it is switched off."""
        return 2 if self.say_back else 1

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.speaker_prompt, self.listener_prompt)

    def blocked(self, run: Run) -> str | None:
        return (
            None
            if run.turns_done(self)
            else translate("core/model/talking", "Finish the turns first, or leave for now.")
        )


@step_kind
class MirrorStep(StepBase):
    """The listener restates; the speaker confirms 'got it' or 'not quite', until 'that's all'."""

    kind: Literal["mirror"]
    speaker: str = Field(description="Who is being mirrored: a role name or partner.")
    prompt: Text = Field(description="What the listener is asked to do.")
    source: Slug | None = Field(default=None, description="A step whose answer the speaker shares first.")
    more_question: Text | None = Field(default=None, description="e.g. 'Is there more?'")
    words = "reflect back"

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt, self.more_question)

    def shows(self) -> list[str]:
        return ([self.source] if self.source is not None else []) + super().shows()

    def uses(self) -> list[tuple[str, str]]:
        return ([("source", self.source)] if self.source is not None else []) + super().uses()

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        if isinstance(value, dict):
            return "\n".join(str(r.get("text", "")) for r in value.get("rounds", []))
        return str(value)


@step_kind
class RevealStep(StepBase):
    """Both partners' answers to the named steps, side by side."""

    kind: Literal["reveal"]
    steps: list[Slug] = Field(min_length=1)
    of: str | None = Field(
        default=None,
        description="Reveal only this person's answers (a role, such as 'speaker', or a partner); default: both.",
    )
    prompt: Text | None = None
    words = "reveal answers side by side"

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt)

    def reveals(self) -> list[str]:
        return list(self.steps)

    def uses(self) -> list[tuple[str, str]]:
        return [("steps", step_id) for step_id in self.steps] + super().uses()


@step_kind
class AgreeStep(StepBase):
    """Both partners confirm a shared statement: an agreement, a return time."""

    kind: Literal["agree"]
    statement: Text | None = None
    source: Slug | None = Field(default=None, description="A step whose answer is the statement to agree on.")
    saves_as: Literal["agreement", "boundary"] | None = Field(
        default=None, description="Keep the agreed statement in the couple's list of agreements or boundaries."
    )
    status_from: Slug | None = Field(
        default=None, description="For a boundary: the choose step whose answer gives its status."
    )
    statuses: dict[Slug, BOUNDARY_STATUS] = Field(
        default_factory=dict,
        description="For a boundary: which option of 'status_from' means which status.",
    )
    words = "agree together"

    @model_validator(mode="after")
    def _check(self) -> AgreeStep:
        if self.statement is None and self.source is None:
            raise ValueError("an agree step needs a 'statement' or a 'source' step to agree on")
        if (self.status_from is not None or self.statuses) and self.saves_as != "boundary":
            raise ValueError("'status_from' and 'statuses' only apply with saves_as = \"boundary\"")
        if (self.status_from is None) != (not self.statuses):
            raise ValueError("'status_from' and 'statuses' go together: name the choose step and map its options")
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.statement)

    def shows(self) -> list[str]:
        return ([self.source] if self.source is not None else []) + super().shows()

    def uses(self) -> list[tuple[str, str]]:
        used = [("source", self.source)] if self.source is not None else []
        used += [("status_from", self.status_from)] if self.status_from is not None else []
        return used + super().uses()

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        return str(value.get("statement", "")) if isinstance(value, dict) else str(value)

    def blocked(self, run: Run) -> str | None:
        if any(p not in run.confirmed(self.id) for p in PARTNERS):
            return translate("core/model/talking", "Both of you need to confirm first.")

        return None

    def complete(self, run: Run, actor: str) -> None:
        if self.saves_as is None:
            return
        statement = run.agree_statement(self)
        if self.saves_as == "agreement":
            run.store.agreements.add(run.id, statement)
            return
        author = run.partner_for(run.exercise.step(self.source).who) if self.source else "together"
        run.store.boundaries.add(run.id, author, statement, self.boundary_status(run))

    def boundary_status(self, run: Run) -> str:
        """The status the couple chose for the boundary (``status_from``), or 'stated'."""
        if self.status_from is None:
            return "stated"
        for value in run.answers_to(self.status_from).values():
            selected = value.get("selected", []) if isinstance(value, dict) else []
            for option in selected:
                if option in self.statuses:
                    return self.statuses[option]
        return "stated"
