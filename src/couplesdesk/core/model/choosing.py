"""Steps where people pick: options, a checklist, or a number on a scale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from ..i18n import translate
from .base import Option, StepBase, all_texts, step_kind
from .text import Slug, Text

if TYPE_CHECKING:
    from ..engine import Run
    from .exercise import Exercise


UNSAID = "unsaid"
"""A rate answer of 'Prefer not to say'."""


def _option_words(options: list[Option], value: Any, exercise: Exercise) -> str:
    labels = {o.id: exercise.text(o.label) for o in options}
    selected = value.get("selected", []) if isinstance(value, dict) else list(value or [])
    words = [labels.get(s, s) for s in selected]
    if isinstance(value, dict) and str(value.get("other", "")).strip():
        words.append(str(value["other"]).strip())
    return "; ".join(words)


@step_kind
class ChooseStep(StepBase):
    """One or several options from a list, with an optional free 'other'."""

    kind: Literal["choose"]
    prompt: Text
    options: list[Option] = Field(min_length=1, max_length=50)
    multiple: bool = False
    allow_other: bool = False
    other_label: Text | None = None
    words = "choose"

    @model_validator(mode="after")
    def _check(self) -> ChooseStep:
        seen: set[str] = set()
        for option in self.options:
            if option.id in seen:
                raise ValueError(f"two options share the id '{option.id}'")
            seen.add(option.id)
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        options = [text for o in self.options for text in (o.label, o.follow_up)]
        return super().texts() + all_texts(self.prompt, self.other_label, *options)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        return _option_words(self.options, value, exercise)

    def blocked(self, run: Run) -> str | None:
        """A sensitive question waits for an answer (it offers 'Prefer not to say' itself)."""
        value = run.answer(self.id, run.screen.actor)
        chosen = value.get("selected") if isinstance(value, dict) else None
        if self.sensitive and not chosen:
            return translate("core/model/choosing", "Choose one of the answers.")
        return None


@step_kind
class ChecklistStep(StepBase):
    """Items to tick."""

    kind: Literal["checklist"]
    prompt: Text
    items: list[Option] = Field(min_length=1, max_length=50)
    words = "tick a checklist"

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt, *(o.label for o in self.items))

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        return _option_words(self.items, value, exercise)


@step_kind
class RateStep(StepBase):
    """A scale with labelled ends, e.g. 0 calm to 10 flooded."""

    kind: Literal["rate"]
    prompt: Text
    min: int = Field(default=0, ge=-100, le=100)
    max: int = Field(default=10, ge=-100, le=100)
    low_label: Text
    high_label: Text
    scale: Slug | None = Field(
        default=None,
        description="The name progress charts know this rating by (e.g. 'flooding', 'closeness'); default: the step id.",
    )
    unsaid_counts_as: int | None = Field(
        default=None,
        description="What 'Prefer not to say' counts as for a branch on this step: on a flooding check, the top of "
        "the scale (not ready). Without it, 'Prefer not to say' matches no case.",
    )
    words = "rate"

    @model_validator(mode="after")
    def _check(self) -> RateStep:
        if self.min >= self.max:
            raise ValueError(f"the scale's 'min' ({self.min}) must be below its 'max' ({self.max})")
        if self.unsaid_counts_as is not None and not self.min <= self.unsaid_counts_as <= self.max:
            raise ValueError(
                f"'unsaid_counts_as' ({self.unsaid_counts_as}) lies outside the scale {self.min} to {self.max}"
            )
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.prompt, self.low_label, self.high_label)

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        if value == UNSAID:
            return translate("core/model/choosing", "Prefer not to say")
        low, high = exercise.text(self.low_label), exercise.text(self.high_label)
        return translate("core/model/choosing", "{value}, between {low} ({min}) and {high} ({max})").format(
            value=value, low=low, min=self.min, high=high, max=self.max
        )

    def blocked(self, run: Run) -> str | None:
        """No number is chosen for anyone: Next waits for one, or for 'Prefer not to say'."""
        if run.answer(self.id, run.screen.actor) is None:
            return translate("core/model/choosing", "Choose a number, or 'Prefer not to say'.")

        return None

    def complete(self, run: Run, actor: str) -> None:
        value = run.answer(self.id, actor)
        if isinstance(value, int) and not self.sensitive:
            run.store.ratings.add(run.id, self.id, actor, self.scale or self.id, value)
