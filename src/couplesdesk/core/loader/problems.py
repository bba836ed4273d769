"""What is wrong with an exercise file: problems that name the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Exercise
from ..safe_text import visible_codes


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str = ""
    warning: bool = False
    """A warning: the file loads (something in it changed meaning or is no longer used)."""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" [{self.field}]" if self.field else ""
        # A bidi control or control character quoted from the file would act in a terminal or on screen.
        return visible_codes(f"{where}:{field} {'warning: ' if self.warning else ''}{self.message}")


@dataclass(frozen=True)
class Loaded:
    """An exercise that loaded, with the warnings its file gave (if any)."""

    exercise: Exercise
    warnings: list[Problem]


class ExerciseFileError(Exception):
    """An exercise file could not be loaded; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
