"""The exercise file format, modelled with pydantic.

An exercise is metadata plus an ordered list of steps. Every step says who acts:

* ``partner_a`` / ``partner_b``: the two people, as entered on first run;
* a role name declared in ``[roles]`` (``speaker``/``listener``, ``caller``/``other``):
  bound to a person when the run starts, swapped by a ``swap_roles`` step;
* ``each``: both partners, one after the other, each in private;
* ``together``: both at once on the same screen;
* ``self``: the one person doing a solo exercise.

This module is Qt-free: it must never import PySide6.
"""

from __future__ import annotations

import re
import string
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .people import PARTNERS as PARTNERS  # re-exported: the keys the format uses for the two partners

FORMAT_VERSION = 1

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$"),
]
"""Identifiers: lower-case letters, digits, ``-`` and ``_``; at most 64 characters."""

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]

Text = Union[str, dict[LanguageCode, str]]
"""A piece of text shown to people: a plain string, or a table of translations
keyed by language code (``{ en = "Pause", de = "Pause" }``)."""

GROUPS = ("each", "together", "self")


class Strict(BaseModel):
    """Base for every table in the file: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def text_in(text: Text | None, language: str, fallback: str) -> str:
    """Pick the translation of ``text`` for ``language``, falling back sensibly."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (language, language.split("-")[0], fallback):
        if code in text:
            return text[code]
    return next(iter(text.values()), "")


def _texts(text: Text | None) -> list[str]:
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return list(text.values())


_FORMATTER = string.Formatter()


def placeholders(text: str) -> list[str]:
    """Names of the ``{placeholders}`` in a text (``{{`` and ``}}`` are literal braces)."""
    if "{" not in text and "}" not in text:
        return []  # most texts: no need to parse
    try:
        return [name for _, name, _, _ in _FORMATTER.parse(text) if name is not None]
    except ValueError:
        # A lone brace: reported by the validator as a formatting problem.
        return ["{"]


# --------------------------------------------------------------------------- roles


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
        reserved = set(PARTNERS) | set(GROUPS)
        for name in (self.first, self.second):
            if name in reserved:
                raise ValueError(f"the role name '{name}' is reserved; choose another, such as 'speaker'")
        if self.first == self.second:
            raise ValueError("the two roles need different names")
        return self


# --------------------------------------------------------------------------- steps


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
    # Declared here so code holding any step can read its kind; every subclass narrows it to
    # its own Literal, which is what the discriminated union ``Step`` dispatches on.
    kind: str

    def answers(self) -> bool:
        """Whether the step collects an answer."""
        return False

    def texts(self) -> list[str]:
        return _texts(self.title)


class Option(Strict):
    id: Slug
    label: Text


class Blank(Strict):
    hint: Text = Field(description="What to write in this blank.")
    suggestions: list[Text] = Field(default_factory=list, description="Words a person may pick.")


class ReadStep(StepBase):
    """Instructions in Markdown and a Next button."""

    kind: Literal["read"]
    body: Text

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.body)


class WriteStep(StepBase):
    """A prompt and a text box, autosaved as typed."""

    kind: Literal["write"]
    prompt: Text | None = None
    prompts: list[Text] = Field(
        default_factory=list,
        description="A pool of prompts; one is chosen per day, rotating. Use instead of 'prompt'.",
    )
    guidance: Text | None = Field(default=None, description="A gentle hint shown under the box.")
    min_words: int | None = Field(default=None, ge=0, le=5000)
    max_words: int | None = Field(default=None, ge=1, le=5000)
    flag_words: list[str] = Field(
        default_factory=list,
        description="Words or phrases that get a gentle flag when typed, e.g. 'always', 'you are'.",
    )
    flag_message: Text | None = None

    @model_validator(mode="after")
    def _check(self) -> WriteStep:
        if self.prompt is None and not self.prompts:
            raise ValueError("a write step needs a 'prompt' (or a pool of 'prompts')")
        if self.prompt is not None and self.prompts:
            raise ValueError("give either 'prompt' or 'prompts', not both")
        if self.min_words is not None and self.max_words is not None and self.min_words > self.max_words:
            raise ValueError(f"min_words ({self.min_words}) is more than max_words ({self.max_words})")
        if self.flag_words and self.flag_message is None:
            raise ValueError("'flag_words' needs a 'flag_message' saying gently why the words are flagged")
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        out = super().texts() + _texts(self.prompt) + _texts(self.guidance) + _texts(self.flag_message)
        for p in self.prompts:
            out += _texts(p)
        return out


_BLANK_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class TemplateStep(StepBase):
    """A fill-in-the-blanks statement: ``When {situation}, I feel {feeling}.``"""

    kind: Literal["template"]
    prompt: Text | None = None
    template: Text = Field(description="The statement, with each blank written as {name}.")
    blanks: dict[Slug, Blank]
    flag_words: list[str] = Field(default_factory=list)
    flag_message: Text | None = None

    @model_validator(mode="after")
    def _check(self) -> TemplateStep:
        for text in _texts(self.template):
            names = placeholders(text)
            if "{" in names:
                raise ValueError("the template has a lone '{' or '}'; write each blank as {name}")
            missing = [n for n in names if n not in self.blanks]
            if missing:
                raise ValueError(
                    f"the template uses the blank {{{missing[0]}}} but 'blanks' has no entry for '{missing[0]}'"
                )
            unused = [n for n in self.blanks if n not in names]
            if unused:
                raise ValueError(f"the blank '{unused[0]}' is described in 'blanks' but not used in the template")
        if self.flag_words and self.flag_message is None:
            raise ValueError("'flag_words' needs a 'flag_message' saying gently why the words are flagged")
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        out = super().texts() + _texts(self.prompt) + _texts(self.flag_message)
        for blank in self.blanks.values():
            out += _texts(blank.hint)
        return out


class ChooseStep(StepBase):
    """One or several options from a list, with an optional free 'other'."""

    kind: Literal["choose"]
    prompt: Text
    options: list[Option] = Field(min_length=1, max_length=50)
    multiple: bool = False
    allow_other: bool = False
    other_label: Text | None = None

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
        out = super().texts() + _texts(self.prompt) + _texts(self.other_label)
        for o in self.options:
            out += _texts(o.label)
        return out


class RateStep(StepBase):
    """A scale with labelled ends, e.g. 0 calm to 10 flooded."""

    kind: Literal["rate"]
    prompt: Text
    min: int = Field(default=0, ge=-100, le=100)
    max: int = Field(default=10, ge=-100, le=100)
    default: int | None = None
    low_label: Text
    high_label: Text
    scale: Slug | None = Field(
        default=None,
        description="The name progress charts know this rating by (e.g. 'flooding', 'closeness'); default: the step id.",
    )

    @model_validator(mode="after")
    def _check(self) -> RateStep:
        if self.min >= self.max:
            raise ValueError(f"the scale's 'min' ({self.min}) must be below its 'max' ({self.max})")
        if self.default is not None and not self.min <= self.default <= self.max:
            raise ValueError(f"'default' ({self.default}) lies outside the scale {self.min} to {self.max}")
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.prompt) + _texts(self.low_label) + _texts(self.high_label)


class TimerStep(StepBase):
    """A countdown, fixed or chosen within bounds, with guidance shown while it runs."""

    kind: Literal["timer"]
    prompt: Text | None = None
    minutes: float = Field(gt=0, le=24 * 60, description="The length offered by default.")
    min_minutes: float | None = Field(default=None, gt=0, le=24 * 60)
    max_minutes: float | None = Field(default=None, gt=0, le=24 * 60)
    adjustable: bool = Field(default=False, description="Whether people choose the length within the bounds.")
    schedule_above: float | None = Field(
        default=None,
        gt=0,
        le=24 * 60,
        description="Asking for longer than this offers to schedule the talk instead.",
    )
    statement: Text | None = Field(
        default=None,
        description="Said out loud before the countdown starts, e.g. 'I need a pause; I'll be back at {return_time}.'",
    )
    guidance: Text | None = None
    pacer: Literal["none", "breathing"] = "none"
    announce_return: bool = Field(default=False, description="State the time people come back, for both to see.")

    @model_validator(mode="after")
    def _check(self) -> TimerStep:
        lo = self.min_minutes if self.min_minutes is not None else self.minutes
        hi = self.max_minutes if self.max_minutes is not None else self.minutes
        if lo > hi:
            raise ValueError(f"the timer's min_minutes ({lo:g}) is more than its max_minutes ({hi:g})")
        if not lo <= self.minutes <= hi:
            raise ValueError(
                f"the timer's default of {self.minutes:g} minutes lies outside its bounds {lo:g} to {hi:g}"
            )
        if (self.min_minutes is not None or self.max_minutes is not None) and not self.adjustable:
            raise ValueError("min_minutes/max_minutes only make sense with adjustable = true")
        if self.schedule_above is not None and not lo <= self.schedule_above <= hi:
            raise ValueError(f"'schedule_above' ({self.schedule_above:g}) lies outside the bounds {lo:g} to {hi:g}")
        return self

    @property
    def bounds(self) -> tuple[float, float]:
        lo = self.min_minutes if self.min_minutes is not None else self.minutes
        hi = self.max_minutes if self.max_minutes is not None else self.minutes
        return lo, hi

    def answers(self) -> bool:
        return self.adjustable

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.prompt) + _texts(self.statement) + _texts(self.guidance)


class TurnsStep(StepBase):
    """Timed alternating turns: the speaker talks; the listener says back what they heard."""

    kind: Literal["turns"]
    rounds: int = Field(ge=1, le=20)
    turn_minutes: float = Field(gt=0, le=60)
    speaker_prompt: Text
    listener_prompt: Text
    swap_each_round: bool = Field(default=False, description="Swap speaker and listener after every round.")
    say_back: bool = Field(
        default=True,
        description="After each turn the listener says back what they heard, and the speaker says whether that was it. "
        "false: no say-back; the next turn follows straight on.",
    )

    def phases(self) -> int:
        """Screens per round: the turn, and the say-back unless it is switched off."""
        return 2 if self.say_back else 1

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.speaker_prompt) + _texts(self.listener_prompt)


class MirrorStep(StepBase):
    """The listener restates; the speaker confirms 'got it' or 'not quite', until 'that's all'."""

    kind: Literal["mirror"]
    speaker: str = Field(description="Who is being mirrored: a role name or partner.")
    prompt: Text = Field(description="What the listener is asked to do.")
    source: Slug | None = Field(default=None, description="A step whose answer the speaker shares first.")
    more_question: Text | None = Field(default=None, description="e.g. 'Is there more?'")

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.prompt) + _texts(self.more_question)


class RevealStep(StepBase):
    """Both partners' answers to the named steps, side by side."""

    kind: Literal["reveal"]
    steps: list[Slug] = Field(min_length=1)
    prompt: Text | None = None

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.prompt)


class ChecklistStep(StepBase):
    """Items to tick."""

    kind: Literal["checklist"]
    prompt: Text
    items: list[Option] = Field(min_length=1, max_length=50)

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        out = super().texts() + _texts(self.prompt)
        for o in self.items:
            out += _texts(o.label)
        return out


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
    statuses: dict[Slug, Literal["stated", "heard", "needs_time", "talked_through"]] = Field(
        default_factory=dict,
        description="For a boundary: which option of 'status_from' means which status.",
    )

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
        return super().texts() + _texts(self.statement)


class Case(Strict):
    """One way out of a branch. Numeric tests apply to rate answers; 'includes' to choose/checklist."""

    goto: Slug
    at_least: int | None = None
    at_most: int | None = None
    includes: Slug | None = None
    equals: str | None = None
    partners: Literal["any", "all"] = Field(
        default="any",
        description="When both partners answered (an 'each' step): whether either or both must match.",
    )

    @model_validator(mode="after")
    def _check(self) -> Case:
        tests = [t for t in (self.at_least, self.at_most, self.includes, self.equals) if t is not None]
        if not tests:
            raise ValueError("a case needs a test: at_least, at_most, includes or equals")
        if self.at_least is not None and self.at_most is not None and self.at_least > self.at_most:
            raise ValueError(f"at_least ({self.at_least}) is more than at_most ({self.at_most}); no answer can match")
        return self


class BranchStep(StepBase):
    """Go to a step depending on an earlier answer; with only 'otherwise', a plain jump."""

    kind: Literal["branch"]
    on: Slug | None = None
    cases: list[Case] = Field(default_factory=list)
    otherwise: Slug | None = Field(
        default=None, description="Where to go when no case matches; default: the next step."
    )

    @model_validator(mode="after")
    def _check(self) -> BranchStep:
        if self.cases and self.on is None:
            raise ValueError("a branch with cases needs 'on': the step whose answer it looks at")
        if not self.cases and self.otherwise is None:
            raise ValueError("a branch needs 'cases' or an 'otherwise' step to go to")
        return self


class SwapRolesStep(StepBase):
    """Swap the two roles (the speaker becomes the listener)."""

    kind: Literal["swap_roles"]
    note: Text | None = None

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.note)


class ScheduleStep(StepBase):
    """Choose a day and time to pick a conversation up again, within a limit (e.g. a day)."""

    kind: Literal["schedule"]
    prompt: Text
    within_hours: float = Field(
        default=24, gt=0, le=24 * 14, description="The latest time that can be chosen, from now."
    )
    default_hours: float = Field(default=2, gt=0, le=24 * 14, description="What is offered first, from now.")

    @model_validator(mode="after")
    def _check(self) -> ScheduleStep:
        if self.default_hours > self.within_hours:
            raise ValueError(
                f"default_hours ({self.default_hours:g}) is later than within_hours ({self.within_hours:g})"
            )
        return self

    def answers(self) -> bool:
        return True

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.prompt)


class EndStep(StepBase):
    """Finish the run here (used after a branch)."""

    kind: Literal["end"]
    body: Text | None = None

    def texts(self) -> list[str]:
        return super().texts() + _texts(self.body)


Step = Annotated[
    ReadStep
    | WriteStep
    | TemplateStep
    | ChooseStep
    | RateStep
    | TimerStep
    | TurnsStep
    | MirrorStep
    | RevealStep
    | ChecklistStep
    | AgreeStep
    | BranchStep
    | SwapRolesStep
    | ScheduleStep
    | EndStep,
    Field(discriminator="kind"),
]

STEP_KINDS = (
    "read", "write", "template", "choose", "rate", "timer", "turns", "mirror",
    "reveal", "checklist", "agree", "branch", "swap_roles", "schedule", "end",
)  # fmt: skip


# --------------------------------------------------------------------------- exercise


class Exercise(Strict):
    """One exercise file."""

    format_version: Literal[1] = Field(description="The version of this file format; 1 for now.")
    id: Slug = Field(description="A stable name; never change it once people have used the exercise.")
    version: int = Field(ge=1, description="Raise it when you change the exercise.")
    language: LanguageCode = Field(default="en", description="The language the plain texts are written in.")
    title: Text
    summary: Text = Field(description="One line saying what the exercise is for.")
    description: Text | None = Field(default=None, description="A longer introduction, in Markdown.")
    category: Slug
    minutes: int = Field(ge=1, le=600, description="About how long it takes.")
    who: Literal["couple", "solo"]
    cadence_hint: Literal["daily", "weekly", "when_needed", "once"]
    tags: list[Slug] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list, description="Titles of the ideas the exercise draws on.")
    safety_note: Text | None = None
    roles: Roles | None = None
    steps: list[Step] = Field(min_length=1, max_length=200)

    def text(self, value: Text | None, language: str | None = None) -> str:
        return text_in(value, language or self.language, self.language)

    def step(self, step_id: str) -> StepBase:
        for s in self.steps:
            if s.id == step_id:
                return s
        raise KeyError(step_id)

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
