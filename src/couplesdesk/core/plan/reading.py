"""A plan file's bytes to parsed TOML, or the one problem that stops it being read at all."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..loader.parse import _syntax_problem
from ..loader.problems import Problem

if TYPE_CHECKING:
    import tomllib as toml_parser
else:
    try:
        import tomli as toml_parser
    except ImportError:
        import tomllib as toml_parser

MAX_PLAN_BYTES = 4 * 1024 * 1024
"""Larger files are refused: a plan with fifty bundled exercises stays well under this."""

NOT_A_PLAN = (
    "is not a homework plan: a plan has format_version, id, title, starts, ends, a [therapist] table "
    "and [[items]] (see docs/homework-format.md)"
)


class Unreadable(Exception):
    def __init__(self, problem: Problem):
        self.problem = problem
        super().__init__(str(problem))


def read_bytes(path: Path) -> bytes:
    if path.exists() and not path.is_file() and not path.is_dir():  # opening a named pipe would wait forever
        raise Unreadable(Problem(str(path), "is not a regular file (a pipe, a device or a socket), so it was not read"))
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_PLAN_BYTES + 1)
    except IsADirectoryError:
        raise Unreadable(Problem(str(path), "is a folder, not a plan file")) from None
    except OSError as exc:
        raise Unreadable(Problem(str(path), f"could not be read: {exc.strerror or exc}")) from None


def decode(data: bytes, name: str) -> str:
    if len(data) > MAX_PLAN_BYTES:
        raise Unreadable(Problem(name, f"is too large for a plan (over {MAX_PLAN_BYTES // (1024 * 1024)} MiB)"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise Unreadable(Problem(name, "starts like UTF-16 text but is not; save it again as UTF-8")) from None
    if not data.strip():
        raise Unreadable(Problem(name, "is empty; " + NOT_A_PLAN.removeprefix("is not a homework plan: ")))
    if b"\x00" in data:
        raise Unreadable(Problem(name, "is not a text file, so it is not a homework plan (a plan is UTF-8 text)"))
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = body[: exc.start].count(b"\n") + 1
        raise Unreadable(Problem(name, "is not UTF-8 text; save it again with the UTF-8 encoding", line)) from None


def parse_toml(text: str, name: str) -> dict[str, Any]:
    try:
        raw = toml_parser.loads(text)
    except toml_parser.TOMLDecodeError as exc:
        raise Unreadable(_syntax_problem(name, exc, text)) from None
    except (ValueError, RecursionError):
        raise Unreadable(Problem(name, "is not valid TOML: a value is far too large or nested too deeply")) from None
    return raw


def kind_of_file(raw: dict[str, Any], name: str) -> Problem | None:
    """A file that is plainly something else (an exercise) or no plan at all, said once."""
    if "steps" in raw and "items" not in raw:
        return Problem(
            name,
            "is an exercise file, not a homework plan. To add the exercise, put it in your exercises folder; "
            "to send it with homework, bundle it in a plan's [[bundled]] table",
        )
    if not any(key in raw for key in ("items", "therapist", "starts", "ends")):
        return Problem(name, NOT_A_PLAN)
    return None
