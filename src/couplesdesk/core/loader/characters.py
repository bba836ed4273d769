"""Invisible characters an exercise file may not hold: bidi controls, which reorder the words
on screen, and control characters, which cannot be shown (see ``core.safe_text``).

Each is reported with its line, its column and the field it is in, whether it is in the
file as itself (pasted, and invisible) or written as an escape such as ``\\u202E``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Any

from ..safe_text import UNSAFE, character_name, character_words, is_bidi_control
from .locator import Locator
from .messages import field_path
from .problems import Problem

IN_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""One such character in the file itself (a carriage return there ends a line: Windows files)."""
MAY_ESCAPE = re.compile(r"\\[bfre]|\\[xuU]")
"""An escape in a TOML string that could stand for such a character (\\t and \\n are fine)."""
SHORT_ESCAPES = {"\b": "b", "\f": "f", "\r": "r", "\x1b": "e"}
"""TOML's one-letter escapes that stand for a control character."""
MAX_REPORTED = 20
"""More than this many in one file are counted, not each listed."""


def _strings(value: Any, loc: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Every text value in a parsed file, with where it is."""
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*loc, index))


def _written(char: str) -> re.Pattern[str]:
    """The ways ``char`` can be written in a TOML text: itself, or an escape."""
    code = ord(char)
    ways = [re.escape(char), rf"\\u{code:04x}", rf"\\U{code:08x}"]
    if code < 0x100:
        ways.append(rf"\\x{code:02x}")
    if char in SHORT_ESCAPES:
        ways.append(rf"\\{SHORT_ESCAPES[char]}")
    return re.compile("|".join(ways), re.IGNORECASE)


def message(char: str, column: int | None, written: str = "") -> str:
    """What is wrong, and what to do, for someone editing the file by hand."""
    at = f" at column {column}" if column is not None else ""
    if written:
        what, fix = f"a {character_name(char)}, written as {written}{at}", f"delete the {written}"
    else:
        what = f"{character_words(char)}{at}"
        fix = (
            "delete it (it cannot be seen, so delete the characters on either side and type them again; "
            "it often comes with text copied from a web page or a chat)"
        )
    if is_bidi_control(char):
        effect = "it can reorder the words on screen, so people would not read what you wrote"
    else:
        effect = "it cannot be shown on screen"
    return f"{what}: {effect}; {fix}"


class _Text:
    """The file's text, with a way to turn an offset into a line and column (both from 1)."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def character_problems(name: str, text: str, raw: Any) -> list[Problem]:
    """Every bidi control and control character in the file, in a value (with its field) or
    elsewhere (a comment); none for a file without any, which is quick to tell."""
    if IN_TEXT.search(text) is None and MAY_ESCAPE.search(text) is None:
        return []  # none written as itself, and none as an escape: no value can hold one
    in_values = [(loc, value) for loc, value in _strings(raw) if UNSAFE.search(value)]
    if not in_values and IN_TEXT.search(text) is None:
        return []
    locator, file = Locator(text), _Text(text)
    problems: list[Problem] = []
    taken: set[int] = set()
    for loc, value in in_values:
        line = locator.line(loc) or 1
        start = file.starts[min(line, len(file.starts)) - 1]
        for found in UNSAFE.finditer(value):
            char = found[0]
            at = next((m for m in _written(char).finditer(text, start) if m.start() not in taken), None)
            column = None
            written = ""
            if at is not None:
                taken.add(at.start())
                start = at.end()
                line, column = file.position(at.start())
                written = at[0] if at[0] != char else ""
            problems.append(Problem(name, message(char, column, written), line, column, field_path(loc, raw)))
    for found in IN_TEXT.finditer(text):
        if found.start() not in taken:  # in a comment, or a key
            line, column = file.position(found.start())
            problems.append(Problem(name, message(found[0], column), line, column))
    return _counted(name, sorted(problems, key=lambda p: (p.line or 0, p.column or 0)))


def _counted(name: str, problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_REPORTED:
        return problems
    more = len(problems) - MAX_REPORTED
    return [*problems[:MAX_REPORTED], Problem(name, f"has {more} more invisible characters like these")]
