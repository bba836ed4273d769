"""One exercise file: metadata plus an ordered list of steps of the registered kinds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal, Union

from pydantic import Field, StrictInt

from ..people import PARTNERS

# Each module registers its step kinds when imported; this is the order they are listed in.
# isort: off
from . import words  # noqa: F401
from . import choosing  # noqa: F401
from . import timing  # noqa: F401
from . import talking  # noqa: F401
from . import flow  # noqa: F401

# isort: on
from ..language import current as current_language
from .base import STEP_MODELS, Roles, StepBase
from .text import LanguageCode, Slug, Strict, Text, text_in, texts_of

FORMAT_VERSION = 2
"""Version 2 (this release) adds sensitive, reveal_consent, show, reveal of, unsaid_counts_as,
can_finish_early and two boundary statuses, and drops rate defaults. Version 1 files still
load: what changed is migrated, with a warning saying what (see loader/versions.py)."""

if TYPE_CHECKING:
    Step = StepBase
else:
    # Every registered kind, told apart by its 'kind' field.
    Step = Annotated[Union[tuple(STEP_MODELS.values())], Field(discriminator="kind")]  # noqa: UP007

STEP_KINDS: tuple[str, ...] = tuple(STEP_MODELS)


class Exercise(Strict):
    """One exercise file."""

    format_version: Literal[1, 2] = Field(
        description="The version of this file format: 2 (files written for 1 still load)."
    )
    id: Slug = Field(description="A stable name; never change it once people have used the exercise.")
    version: int = Field(ge=1, description="Raise it when you change the exercise.")
    language: LanguageCode = Field(default="en", description="The language the plain texts are written in.")
    title: Text
    summary: Text = Field(description="One line saying what the exercise is for.")
    description: Text | None = Field(default=None, description="A longer introduction, in Markdown.")
    category: Slug
    minutes: StrictInt = Field(ge=1, le=600, description="About how long it takes, in whole minutes.")
    who: Literal["couple", "solo"]
    cadence_hint: Literal["daily", "weekly", "when_needed", "once"]
    tags: list[Slug] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Titles of the ideas the exercise draws on.")
    safety_note: Text | None = None
    roles: Roles | None = None
    steps: list[Step] = Field(min_length=1, max_length=200)

    def text(self, value: Text | None, language: str | None = None) -> str:
        """``value`` in ``language``, by default the one the app shows (``core/language.py``);
        a version that is missing or empty falls back to the file's own language."""
        return text_in(value, language or current_language(), self.language)

    def run_title(self, kept: str | None) -> str:
        """The title of a run of this exercise, in the language shown now: ``kept`` (the title
        the run was started under) is one of this title's versions unless the exercise was
        renamed since; a renamed one keeps its old title, as the couple saw it."""
        if kept is None or kept in texts_of(self.title):
            return self.text(self.title)
        return kept

    def step(self, step_id: str) -> StepBase:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

    def details(self) -> frozenset[str]:
        """Steps asked on a running timer's screen (a timer's ``details``): a run never
        shows them on their own."""
        return frozenset(d for s in self.steps if isinstance(s, timing.TimerStep) for d in s.details)

    def index_of(self, step_id: str) -> int:
        for i, s in enumerate(self.steps):
            if s.id == step_id:
                return i
        raise KeyError(step_id)

    @property
    def role_names(self) -> tuple[str, ...]:
        return (self.roles.first, self.roles.second) if self.roles else ()

    def actors(self) -> set[str]:
        """Every value ``who`` may take in this exercise."""
        if self.who == "solo":
            return {"self"}
        return set(PARTNERS) | {"each", "together"} | set(self.role_names)
