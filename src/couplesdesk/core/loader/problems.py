"""What is wrong with an exercise file: problems that name the file, the line and the field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file."""

    file: str
    message: str
    line: int | None = None
    column: int | None = None
    field: str = ""

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" [{self.field}]" if self.field else ""
        return f"{where}:{field} {self.message}"


class ExerciseFileError(Exception):
    """An exercise file could not be loaded; ``problems`` says every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
