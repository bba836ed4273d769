"""Steps that steer the way: swap roles, branch, end."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import StepBase, all_texts, step_kind
from .text import Slug, Strict, Text


@step_kind
class SwapRolesStep(StepBase):
    """Swap the two roles (the speaker becomes the listener)."""

    kind: Literal["swap_roles"]
    note: Text | None = None
    words = "swap roles"

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.note)


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


@step_kind
class BranchStep(StepBase):
    """Go to a step depending on an earlier answer; with only 'otherwise', a plain jump."""

    kind: Literal["branch"]
    on: Slug | None = None
    cases: list[Case] = Field(default_factory=list)
    otherwise: Slug | None = Field(
        default=None, description="Where to go when no case matches; default: the next step."
    )
    silent = True

    @model_validator(mode="after")
    def _check(self) -> BranchStep:
        if self.cases and self.on is None:
            raise ValueError("a branch with cases needs 'on': the step whose answer it looks at")
        if not self.cases and self.otherwise is None:
            raise ValueError("a branch needs 'cases' or an 'otherwise' step to go to")
        return self

    def uses(self) -> list[tuple[str, str]]:
        return ([("on", self.on)] if self.on is not None else []) + super().uses()

    def targets(self) -> list[str | None]:
        """Where the branch may go: each case's step, then 'otherwise' (None: the next step)."""
        return [case.goto for case in self.cases] + [self.otherwise]


@step_kind
class EndStep(StepBase):
    """Finish the run here (used after a branch)."""

    kind: Literal["end"]
    body: Text | None = None
    words = "finish"

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.body)
