"""Reading exercise files: bytes in, an :class:`Exercise` or a list of :class:`Problem` out.

The only exception that ever leaves :func:`load_exercise` is :class:`ExerciseFileError`;
everything else (bad bytes, bad TOML, absurd nesting) is turned into problems that name
the file, the line, the field and what was expected, in plain words.
"""

from __future__ import annotations

import re
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from ..model import Exercise
from .checks import check_exercise
from .locator import Locator
from .messages import field_path, validation_problems
from .problems import ExerciseFileError, Problem

if TYPE_CHECKING:
    import tomllib as toml_parser
else:
    try:  # the compiled tomli parses 4x faster than the standard library's copy of it
        import tomli as toml_parser
    except ImportError:  # same parser, same messages, pure Python
        import tomllib as toml_parser

MAX_BYTES = 256 * 1024
"""Larger files are refused: no exercise needs a quarter of a megabyte of text."""
MAX_DEPTH = 12
"""Deeper nesting of tables and lists than this is refused."""


def load_exercise(path: str | Path | Traversable, data: bytes | None = None) -> Exercise:
    """Load one exercise file (a path, or a file shipped in the package), or raise
    :class:`ExerciseFileError` with every problem. Reads no more than the size limit."""
    name = str(path)
    if data is None:
        file = Path(path) if isinstance(path, str) else path
        try:
            with file.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ExerciseFileError([Problem(name, f"could not be read: {exc.strerror or exc}")]) from None
    return parse_exercise(data, name)


def parse_exercise(data: bytes, name: str) -> Exercise:
    """Parse and validate the bytes of an exercise file called ``name``."""
    try:
        return _parse(data, name)
    except ExerciseFileError:
        raise
    except RecursionError:
        raise ExerciseFileError([Problem(name, "is nested too deeply to read")]) from None


def _parse(data: bytes, name: str) -> Exercise:
    if len(data) > MAX_BYTES:
        raise ExerciseFileError(
            [
                Problem(
                    name,
                    f"is too large ({len(data) // 1024} KiB or more); an exercise file must stay under {MAX_BYTES // 1024} KiB",
                )
            ]
        )
    if not data.strip():
        raise ExerciseFileError([Problem(name, "is empty; an exercise file needs at least an id, a title and steps")])
    if b"\x00" in data:
        raise ExerciseFileError(
            [Problem(name, "looks like a binary file, not a text file; save the exercise as plain text (UTF-8)")]
        )
    # Drop a UTF-8 byte-order mark first, so that error offsets count from the visible text.
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        column = len(body[body.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")) + 1  # in characters
        raise ExerciseFileError(
            [Problem(name, "is not UTF-8 text; save it again with the UTF-8 encoding", line, column)]
        ) from None
    if not text.strip():
        raise ExerciseFileError([Problem(name, "is empty; an exercise file needs at least an id, a title and steps")])
    try:
        raw = toml_parser.loads(text)
    except toml_parser.TOMLDecodeError as exc:
        raise ExerciseFileError([_syntax_problem(name, exc)]) from None
    except ValueError:
        # tomllib lets int() fail on numbers with thousands of digits.
        m = re.search(r"\d[\d_]{4000,}", text)
        at = text.count("\n", 0, m.start()) + 1 if m else None
        raise ExerciseFileError([Problem(name, "is not valid TOML: a number has far too many digits", at)]) from None
    # Line numbers are only needed for problems, so the text is only scanned for them then.
    try:
        exercise = Exercise.model_validate(raw)
    except ValidationError as exc:
        # A file that validates has the model's shallow shape, so depth only needs checking here.
        if _depth(raw) > MAX_DEPTH:
            raise ExerciseFileError(
                [Problem(name, f"is nested too deeply (more than {MAX_DEPTH} levels of tables and lists)")]
            ) from None
        raise ExerciseFileError(validation_problems(name, raw, exc, Locator(text))) from None
    checks = check_exercise(exercise)
    if checks:
        locator = Locator(text)
        raise ExerciseFileError(
            [Problem(name, message, locator.line(loc), None, field_path(loc, raw)) for loc, message in checks]
        )
    return exercise


_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_EOF = re.compile(r"\s*\(at end of document\)$")


def _syntax_problem(name: str, exc: toml_parser.TOMLDecodeError) -> Problem:
    msg = str(exc)
    line = column = None
    m = _TOML_POS.search(msg)
    if m:
        line, column = int(m.group(1)), int(m.group(2))
        msg = msg[: m.start()]
    else:
        m = _TOML_EOF.search(msg)
        if m:
            msg = msg[: m.start()] + " at the end of the file"
    hint = ""
    lowered = msg.lower()
    if "invalid value" in lowered:
        hint = ' (text must be in quotes, like title = "Timed pause")'
    elif "cannot overwrite" in lowered or "cannot declare" in lowered or "duplicate" in lowered:
        hint = " (the same key or table is written twice)"
    elif "illegal character '\\n'" in lowered or "unterminated string" in lowered:
        hint = " (a text in quotes is missing its closing quote)"
    return Problem(name, f"is not valid TOML: {msg}{hint}", line, column)


def _depth(value: Any) -> int:
    """How deeply tables and lists nest (plain values add nothing, so they are not visited)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if depth > deepest:
            deepest = depth
        children = item.values() if isinstance(item, dict) else item
        for child in children:
            if isinstance(child, (dict, list)):
                stack.append((child, depth + 1))
    return deepest
