"""What the loader tests share: the small valid ``BASE`` exercise, ways to mutate it and to find
its lines, and the checks that hold for every problem the loader reports."""

from __future__ import annotations

from pathlib import Path

from couplesdesk.core.loader import ExerciseFileError, Problem, parse_exercise
from couplesdesk.core.model import Exercise

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"

# --------------------------------------------------------------------------- the valid base

BASE = """\
format_version = 1
id = "base"
version = 1
title = "Base exercise"
summary = "A small exercise used by the tests."
category = "testing"
minutes = 20
who = "couple"
cadence_hint = "weekly"

[roles]
first = "speaker"
second = "listener"
question = "Who speaks first?"

[[steps]]
id = "feelings"
kind = "write"
who = "each"
prompt = "{speaker}, what are you feeling?"

[[steps]]
id = "mood"
kind = "rate"
who = "each"
prompt = "How calm are you now?"
min = 0
max = 10
low_label = "calm"
high_label = "flooded"

[[steps]]
id = "pick"
kind = "choose"
prompt = "What would help?"
options = [
  { id = "walk", label = "A walk" },
  { id = "tea", label = "A cup of tea" },
]

[[steps]]
id = "wish"
kind = "template"
template = "I would like {wish}."
blanks = { wish = { hint = "Something small" } }

[[steps]]
id = "show"
kind = "reveal"
steps = ["feelings", "mood"]

[[steps]]
id = "fork"
kind = "branch"
on = "mood"
otherwise = "rest"

[[steps.cases]]
at_least = 6
goto = "rest"

[[steps]]
id = "rest"
kind = "timer"
minutes = 20
min_minutes = 10
max_minutes = 30
adjustable = true
"""

ROLES_TABLE = '[roles]\nfirst = "speaker"\nsecond = "listener"\nquestion = "Who speaks first?"\n\n'


def sub(old: str, new: str, text: str = BASE) -> str:
    """``text`` with the only occurrence of ``old`` replaced by ``new``."""
    assert text.count(old) == 1, f"{old!r} must occur exactly once"
    return text.replace(old, new)


def line_of(text: str, marker: str, nth: int = 0, offset: int = 0) -> int:
    """The 1-based number of the ``nth`` line containing ``marker``, plus ``offset``."""
    numbers = [i + 1 for i, line in enumerate(text.split("\n")) if marker in line]
    assert len(numbers) > nth, f"{marker!r} not found {nth + 1} time(s)"
    if nth == 0:
        assert len(numbers) == 1, f"{marker!r} is on several lines; say which with nth"
    return numbers[nth] + offset


def header_of(text: str, step_id: str) -> int:
    """The line of the ``[[steps]]`` header of the step with ``step_id``."""
    line = line_of(text, f'id = "{step_id}"', offset=-1)
    assert text.split("\n")[line - 1] == "[[steps]]"
    return line


def check_problems(exc: ExerciseFileError, data: bytes, name: str) -> None:
    """What must hold for every problem of every file."""
    assert exc.problems, "an ExerciseFileError must say at least one reason"
    last_line = data.count(b"\n") + 1
    for problem in exc.problems:
        assert isinstance(problem, Problem)
        assert problem.message.strip(), problem
        assert name in str(problem), f"{problem} does not name the file"
        if problem.line is not None:
            assert 1 <= problem.line <= last_line, problem
        if problem.column is not None:
            assert problem.line is not None and problem.column >= 1, problem


def outcome(data: bytes, name: str = "fuzzed.toml") -> Exercise | ExerciseFileError:
    """Parse ``data``; anything but an Exercise or an ExerciseFileError fails the test."""
    try:
        return parse_exercise(data, name)
    except ExerciseFileError as exc:
        check_problems(exc, data, name)
        return exc
