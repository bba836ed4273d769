"""Reading and checking exercise files (Qt-free): :func:`load_exercise` gives an
:class:`~couplesdesk.core.model.Exercise` or raises :class:`ExerciseFileError` listing every
problem with its file, line and field; the ``..._with_warnings`` variants also give what a
file that loads said worth knowing (a format-1 field whose meaning changed)."""

from .checks import check_exercise
from .parse import (
    MAX_BYTES,
    MAX_DEPTH,
    load_exercise,
    load_exercise_with_warnings,
    parse_exercise,
    parse_exercise_with_warnings,
)
from .problems import ExerciseFileError, Loaded, Problem

__all__ = [
    "MAX_BYTES", "MAX_DEPTH", "ExerciseFileError", "Loaded", "Problem", "check_exercise", "load_exercise",
    "load_exercise_with_warnings", "parse_exercise", "parse_exercise_with_warnings",
]  # fmt: skip
