"""What every step is, and the registry of step kinds.

A step kind is declared once: its model class here in the format (decorated with
:func:`step_kind`), carrying the words that name it and its behaviour in a run (what it
shows, what it reveals, what finishing it keeps, what holds Next back). The GUI finds the
widget for a kind through its own registry, and a test checks that every kind has all of
its parts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, get_args

from pydantic import Field, model_validator

from .text import RESERVED_ACTORS, Slug, Strict, Text, texts_of

if TYPE_CHECKING:
    from ..engine import Run
    from .exercise import Exercise

STEP_MODELS: dict[str, type[StepBase]] = {}
"""Every step kind, by the name files use for it, in the order they were declared."""

StepT = TypeVar("StepT", bound="StepBase")


def step_kind(cls: type[StepT]) -> type[StepT]:
    """Register a step model under the kind its ``kind`` field names."""
    (kind,) = get_args(cls.model_fields["kind"].annotation)
    if kind in STEP_MODELS:
        raise ValueError(f"two step models for the kind {kind!r}")
    STEP_MODELS[kind] = cls
    return cls


class Roles(Strict):
    """Two roles bound to the two partners when a run starts, e.g. speaker and listener."""

    first: Slug = Field(description="The role of whoever goes first, e.g. 'speaker'.")
    second: Slug = Field(description="The other role, e.g. 'listener'.")
    question: Text = Field(description="Asked when the run starts (or before ask_before), e.g. 'Who speaks first?'")
    ask_before: Slug | None = Field(
        default=None,
        description="The id of the step before which the question is asked, instead of at the start: for exercises "
        "that first check that both of you are calm. Steps before it cannot use the roles.",
    )
    first_label: Text | None = Field(default=None, description="How to call the first role on screen.")
    second_label: Text | None = Field(default=None, description="How to call the second role on screen.")

    @model_validator(mode="after")
    def _distinct(self) -> Roles:
        for name in (self.first, self.second):
            if name in RESERVED_ACTORS:
                raise ValueError(f"the role name '{name}' is reserved; choose another, such as 'speaker'")
        if self.first == self.second:
            raise ValueError("the two roles need different names")
        return self


class Option(Strict):
    id: Slug
    label: Text
    follow_up: Text | None = Field(
        default=None,
        description="On a sensitive step: shown to the person who chose this option, on their own screen, at once.",
    )


class Blank(Strict):
    hint: Text = Field(description="What to write in this blank.")
    suggestions: list[Text] = Field(default_factory=list, description="Words a person may pick.")


class StepBase(Strict):
    id: Slug = Field(description="A name for this step, unique in the exercise; other steps refer to it.")
    who: str = Field(
        default="together",
        description="Who acts: partner_a, partner_b, a role name, each, together, or self (solo).",
    )
    title: Text | None = Field(default=None, description="A short heading shown above the step.")
    private: bool = Field(
        default=False,
        description="Private for good: the answer is never revealed to the partner and never "
        "leaves the machine in a report.",
    )
    sensitive: bool = Field(
        default=False,
        description="A question such as a private safety screen: the answer is never stored, and may change only what "
        "its author sees in their own turn (an option's follow_up). Nothing else may use it.",
    )
    reveal_consent: Literal["author"] | None = Field(
        default=None,
        description='"author": the answer is revealed only if its author chooses to show it (Show / Keep private / '
        "I'll say it myself); the shared screen reads the same for the other two choices.",
    )
    show: list[Slug] = Field(
        default_factory=list,
        description="Earlier steps whose answers this step quotes on its screen (only what the screen's viewer may see).",
    )
    # Declared here so code holding any step can read its kind; every subclass narrows it to
    # its own Literal, which is what the discriminated union ``Step`` dispatches on.
    kind: str

    words: ClassVar[str] = ""
    """The kind in a few words, for 'steps at a glance' ('fill in a statement')."""
    silent: ClassVar[bool] = False
    """Passed through by the run without being shown (a branch)."""

    # ------------------------------------------------------------------ the format

    def answers(self) -> bool:
        """Whether the step collects an answer."""
        return False

    def texts(self) -> list[str]:
        """Every text of the step (each translation), for placeholder checks."""
        return texts_of(self.title)

    def shows(self) -> list[str]:
        """Earlier steps whose answers this step puts on screen for whoever it is meant for.
        The validator refuses a way to it that skips their reveal, if they are sealed."""
        return list(self.show)

    def uses(self) -> list[tuple[str, str]]:
        """(field, step id) of every earlier answer this step looks at or shows: what a
        sensitive answer may never be."""
        return [("show", step_id) for step_id in self.show]

    def reveals(self) -> list[str]:
        """Earlier steps whose answers this step reveals to both partners."""
        return []

    # ------------------------------------------------------------------ in a run

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        """An answer to this step (never None) in plain words, for reveals, search and reports."""
        return str(value)

    def blocked(self, run: Run) -> str | None:
        """Why Next is not possible yet on this step, in plain words; None when it is."""
        return None

    def complete(self, run: Run, actor: str) -> None:
        """What finishing this step keeps (a rating, a boundary, a scheduled talk...)."""


def all_texts(*texts: Text | None) -> list[str]:
    out: list[str] = []
    for text in texts:
        out += texts_of(text)
    return out
