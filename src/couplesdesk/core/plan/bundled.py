"""The exercise files inside a plan: each validated by the exercise loader, its problems moved
to the lines of the plan file they stand on."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..loader import ExerciseFileError, Problem, parse_exercise_with_warnings
from ..loader.locator import Locator
from ..model import Exercise
from .model import Plan

if TYPE_CHECKING:
    import tomllib as toml_parser
else:
    try:
        import tomli as toml_parser
    except ImportError:
        import tomllib as toml_parser


@dataclass
class BundledCheck:
    """One bundled exercise: what loaded (None if it is broken), its problems and warnings."""

    file: str
    exercise: Exercise | None
    declared_id: str | None = None
    """The id the file gives itself, even when it is broken (so items naming it are not
    also said to ask for an unknown exercise)."""
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _declared_id(text: str) -> str | None:
    try:
        found = toml_parser.loads(text).get("id")
    except (toml_parser.TOMLDecodeError, ValueError, RecursionError):
        return None
    return found if isinstance(found, str) else None


def _first_line(locator: Locator, index: int) -> tuple[int, bool]:
    """The plan line holding the bundled text's first line, and whether the text is on one line."""
    at = locator.line(("bundled", index, "text")) or 1
    line = locator.lines[at - 1] if at - 1 < len(locator.lines) else ""
    value = line.split("=", 1)[1].strip() if "=" in line else ""
    if value in ("'''", '"""'):
        return at + 1, False
    return at, not value.startswith(("'''", '"""'))


def _moved(problem: Problem, name: str, file: str, first: int, one_line: bool) -> Problem:
    line = None
    if problem.line is not None:
        line = first if one_line else first + problem.line - 1
    where = f"bundled {file}: {problem.field}" if problem.field else f"bundled {file}"
    message = problem.message
    return dataclasses.replace(problem, file=name, line=line, field=where, message=message, column=None)


def check_bundled(plan: Plan, name: str, text: str, builtin: Callable[[str], bool]) -> list[BundledCheck]:
    locator = Locator(text)
    checks: list[BundledCheck] = []
    ids: dict[str, str] = {}
    for index, bundled in enumerate(plan.bundled):
        first, one_line = _first_line(locator, index)
        check = BundledCheck(bundled.file, None, _declared_id(bundled.text))
        try:
            loaded = parse_exercise_with_warnings(bundled.text.encode("utf-8"), bundled.file)
        except ExerciseFileError as exc:
            check.problems = [_moved(p, name, bundled.file, first, one_line) for p in exc.problems]
        else:
            check.exercise = loaded.exercise
            check.warnings = [_moved(p, name, bundled.file, first, one_line) for p in loaded.warnings]
            check.problems = _clashes(loaded.exercise, bundled.file, ids, builtin, name, first)
        checks.append(check)
    return checks


def _clashes(
    exercise: Exercise, file: str, ids: dict[str, str], builtin: Callable[[str], bool], name: str, line: int
) -> list[Problem]:
    where = f"bundled {file}: id"
    if builtin(exercise.id):
        message = (
            f"uses the id '{exercise.id}', which belongs to a built-in exercise; give it an id of its own "
            f"(for example '{exercise.id}-ours')"
        )
        return [Problem(name, message, line, None, where)]
    if exercise.id in ids:
        message = f"uses the id '{exercise.id}', already used by the bundled {ids[exercise.id]}; each needs its own id"
        return [Problem(name, message, line, None, where)]
    ids[exercise.id] = file
    return []
