"""Steps of words: something to read, a free answer to write, a statement with blanks to fill in."""

from __future__ import annotations

import string
from collections import defaultdict
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from .base import Blank, StepBase, all_texts, step_kind
from .text import Slug, Text, placeholders, texts_of

if TYPE_CHECKING:
    from .exercise import Exercise


@step_kind
class ReadStep(StepBase):
    """Instructions in Markdown and a Next button."""

    kind: Literal["read"]
    body: Text
    words = "read"

    def texts(self) -> list[str]:
        return super().texts() + all_texts(self.body)


@step_kind
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
    words = "write"

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
        return super().texts() + all_texts(self.prompt, self.guidance, self.flag_message, *self.prompts)


@step_kind
class TemplateStep(StepBase):
    """A fill-in-the-blanks statement: ``When {situation}, I feel {feeling}.``"""

    kind: Literal["template"]
    prompt: Text | None = None
    template: Text = Field(description="The statement, with each blank written as {name}.")
    blanks: dict[Slug, Blank]
    flag_words: list[str] = Field(default_factory=list)
    flag_message: Text | None = None
    words = "fill in a statement"

    @model_validator(mode="after")
    def _check(self) -> TemplateStep:
        for text in texts_of(self.template):
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
        return super().texts() + all_texts(self.prompt, self.flag_message, *(b.hint for b in self.blanks.values()))

    def answer_text(self, value: Any, exercise: Exercise) -> str:
        if not isinstance(value, dict):
            return str(value)
        filled = defaultdict(lambda: "___", {k: v for k, v in value.items() if str(v).strip()})
        try:
            return string.Formatter().vformat(exercise.text(self.template), (), filled)
        except (ValueError, KeyError, IndexError):
            return " ".join(str(v) for v in value.values())
