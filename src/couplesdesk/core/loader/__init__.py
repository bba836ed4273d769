"""Reading and checking exercise files (Qt-free): :func:`load_exercise` gives an
:class:`~couplesdesk.core.model.Exercise` or raises :class:`ExerciseFileError` listing every
problem with its file, line and field."""

from .checks import check_exercise
from .parse import MAX_BYTES, MAX_DEPTH, load_exercise, parse_exercise
from .problems import ExerciseFileError, Problem

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "ExerciseFileError",
    "Problem",
    "check_exercise",
    "load_exercise",
    "parse_exercise",
]
