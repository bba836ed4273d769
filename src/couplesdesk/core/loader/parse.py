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
from ..safe_text import character_words
from .characters import IN_TEXT, character_problems
from .checks import check_exercise
from .locator import Locator
from .messages import field_path, validation_problems
from .problems import ExerciseFileError, Loaded, Problem
from .translations import missing_translations
from .versions import upgrade

if TYPE_CHECKING:
    import tomllib as toml_parser
else:
    try:  # the compiled tomli parses 4x faster than the standard library's copy of it
        import tomli as toml_parser
    except ImportError:  # same parser, same messages, pure Python
        import tomllib as toml_parser

PARSER = f"{toml_parser.__name__} {getattr(toml_parser, '__version__', '')}"
"""Which TOML parser reads the files (core/loader/cache.py keeps it in the loader's fingerprint)."""

MAX_BYTES = 256 * 1024
"""Larger files are refused: no exercise needs a quarter of a megabyte of text."""
MAX_DEPTH = 12
"""Deeper nesting of tables and lists than this is refused."""


def load_exercise(path: str | Path | Traversable, data: bytes | None = None) -> Exercise:
    """Load one exercise file (a path, or a file shipped in the package), or raise
    :class:`ExerciseFileError` with every problem. Reads no more than the size limit."""
    return load_exercise_with_warnings(path, data).exercise


def load_exercise_with_warnings(
    path: str | Path | Traversable, data: bytes | None = None, locate_warnings: bool = True, translations: bool = True
) -> Loaded:
    """:func:`load_exercise`, and the warnings the file gave (a format-1 field that changed...).
    ``locate_warnings=False``: the warnings name their field but not their line (finding lines
    reads the whole text again, 10x the load itself; the app loads files nobody reads warnings of)."""
    if data is None:
        data = read_exercise_file(path)
    return parse_exercise_with_warnings(data, str(path), locate_warnings, translations)


def read_exercise_file(path: str | Path | Traversable) -> bytes:
    """The bytes of an exercise file, no more than the size limit and one byte (so that a file
    over it is told), or :class:`ExerciseFileError` saying why it could not be read."""
    file = Path(path) if isinstance(path, str) else path
    try:
        with file.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ExerciseFileError([Problem(str(path), f"could not be read: {exc.strerror or exc}")]) from None


def parse_exercise(data: bytes, name: str) -> Exercise:
    """Parse and validate the bytes of an exercise file called ``name``."""
    return parse_exercise_with_warnings(data, name).exercise


def parse_exercise_with_warnings(
    data: bytes, name: str, locate_warnings: bool = True, translations: bool = True
) -> Loaded:
    return parse_exercise_keeping_data(data, name, locate_warnings, translations)[0]


def parse_exercise_keeping_data(
    data: bytes, name: str, locate_warnings: bool = True, translations: bool = True
) -> tuple[Loaded, dict[str, Any]]:
    """:func:`parse_exercise_with_warnings`, and what the model was given: the file's TOML as the
    current format reads it (after :func:`upgrade`). The library's cache keeps it (core/loader/cache.py)."""
    try:
        return _parse(data, name, locate_warnings, translations)
    except ExerciseFileError:
        raise
    except RecursionError:
        raise ExerciseFileError([Problem(name, "is nested too deeply to read")]) from None


def _refuse(name: str, message: str, line: int | None = None, column: int | None = None) -> ExerciseFileError:
    return ExerciseFileError([Problem(name, message, line, column)])


def _text(data: bytes, name: str) -> str:
    """The file's text: UTF-8 (a byte-order mark dropped), or UTF-16 when it starts with its mark."""
    if len(data) > MAX_BYTES:
        kib = f"{len(data) // 1024} KiB or more"
        raise _refuse(name, f"is too large ({kib}); an exercise file must stay under {MAX_BYTES // 1024} KiB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # a word processor's "Unicode" text: unambiguous, so read it
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _refuse(name, "starts like UTF-16 text but is not; save it again as UTF-8") from None
    if not data.strip():
        raise _refuse(name, "is empty; an exercise file needs at least an id, a title and steps")
    if b"\x00" in data:
        raise _refuse(name, "looks like a binary file, not a text file; save the exercise as plain text (UTF-8)")
    # Drop a UTF-8 byte-order mark first, so that error offsets count from the visible text.
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        column = len(body[body.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8")) + 1  # in characters
        raise _refuse(name, "is not UTF-8 text; save it again with the UTF-8 encoding", line, column) from None


def _toml(text: str, name: str) -> Any:
    if not text.strip():
        raise _refuse(name, "is empty; an exercise file needs at least an id, a title and steps")
    try:
        return toml_parser.loads(text)
    except toml_parser.TOMLDecodeError as exc:
        raise ExerciseFileError([_syntax_problem(name, exc, text)]) from None
    except ValueError:
        # tomllib lets int() fail on numbers with thousands of digits.
        m = re.search(r"\d[\d_]{4000,}", text)
        at = text.count("\n", 0, m.start()) + 1 if m else None
        raise _refuse(name, "is not valid TOML: a number has far too many digits", at) from None


def _parse(data: bytes, name: str, locate_warnings: bool, translations: bool) -> tuple[Loaded, dict[str, Any]]:
    text = _text(data, name)
    raw = _toml(text, name)
    unsafe = character_problems(name, text, raw)  # listed first, with whatever else is wrong
    raw, notes, errors = upgrade(raw)
    if errors:
        raise ExerciseFileError(unsafe + _located(name, errors, raw, text))
    # Line numbers are only needed for problems, so the text is only scanned for them then.
    try:
        exercise = Exercise.model_validate(raw)
    except ValidationError as exc:
        # A file that validates has the model's shallow shape, so depth only needs checking here.
        if _depth(raw) > MAX_DEPTH:
            message = f"is nested too deeply (more than {MAX_DEPTH} levels of tables and lists)"
            raise _refuse(name, message) from None
        raise ExerciseFileError(unsafe + validation_problems(name, raw, exc, Locator(text))) from None
    checks = check_exercise(exercise)
    if checks or unsafe:
        raise ExerciseFileError(unsafe + _located(name, checks, raw, text))
    if translations:  # a warning only: the app, which shows none, does not look (a third of a load)
        notes += missing_translations(exercise)
    if not notes:
        warnings = []
    elif not locate_warnings:
        warnings = [Problem(name, message, None, None, field_path(loc, raw), True) for loc, message in notes]
    else:
        warnings = _located(name, notes, raw, text, warning=True)
    return Loaded(exercise, warnings), raw


def _located(
    name: str, found: list[tuple[tuple[Any, ...], str]], raw: Any, text: str, warning: bool = False
) -> list[Problem]:
    locator = Locator(text)
    return [Problem(name, message, locator.line(loc), None, field_path(loc, raw), warning) for loc, message in found]


_TOML_POS = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")
_TOML_EOF = re.compile(r"\s*\(at end of document\)$")


CURLY_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"
"""Quotes a word processor puts in: TOML needs the straight ones."""


def _syntax_problem(name: str, exc: toml_parser.TOMLDecodeError, text: str) -> Problem:
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
    return Problem(name, f"is not valid TOML: {msg}{_syntax_hint(msg, text, line)}", line, column)


def _syntax_hint(msg: str, text: str, line: int | None) -> str:
    """What most likely went wrong, in words: curly quotes and non-breaking spaces (pasted from
    a word processor) first, as tomllib's message cannot name them."""
    at = text.split("\n")[line - 1] if line is not None and 0 < line <= text.count("\n") + 1 else ""
    if any(q in at for q in CURLY_QUOTES):
        return ' (use straight quotes " not curly ones \u201c \u201d, which a word processor may put in)'
    if "\u00a0" in at:
        return " (this line has a non-breaking space, U+00A0, probably pasted from a word processor; type a normal space instead)"
    invisible = IN_TEXT.search(at)
    if invisible is not None:
        return f" (this line has {character_words(invisible[0])} at column {invisible.start() + 1}, probably pasted; delete it)"
    lowered = msg.lower()
    if "invalid value" in lowered:
        return ' (text must be in quotes, like title = "Timed pause")'
    if "cannot overwrite" in lowered or "cannot declare" in lowered or "duplicate" in lowered:
        return " (the same key or table is written twice)"
    if "illegal character '\\n'" in lowered or "unterminated string" in lowered:
        return " (a text in quotes is missing its closing quote)"
    return ""


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
