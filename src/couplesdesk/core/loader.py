"""Reading exercise files: bytes in, an :class:`Exercise` or a list of :class:`Problem` out.

The only exception that ever leaves :func:`load_exercise` is :class:`ExerciseFileError`;
everything else (bad bytes, bad TOML, absurd nesting) is turned into problems that name
the file, the line, the field and what was expected, in plain words.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import tomllib as toml_parser
else:
    try:  # the compiled tomli parses 4x faster than the standard library's copy of it
        import tomli as toml_parser
    except ImportError:  # same parser, same messages, pure Python
        import tomllib as toml_parser
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel, ValidationError

from . import model
from .model import Exercise

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

MAX_BYTES = 256 * 1024
"""Larger files are refused: no exercise needs a quarter of a megabyte of text."""
MAX_DEPTH = 12
"""Deeper nesting of tables and lists than this is refused."""


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


# --------------------------------------------------------------------------- entry points


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
        raise ExerciseFileError(_validation_problems(name, raw, exc, _Locator(text))) from None
    checks = check_exercise(exercise)
    if checks:
        locator = _Locator(text)
        raise ExerciseFileError(
            [Problem(name, message, locator.line(loc), None, _field(loc, raw)) for loc, message in checks]
        )
    return exercise


# --------------------------------------------------------------------------- syntax errors

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


# --------------------------------------------------------------------------- schema errors

_UNION_TAGS = re.compile(r"^(str|dict\[.*\]|int|float|list\[.*\])$")


def _clean_loc(loc: tuple[Any, ...]) -> tuple[Any, ...]:
    """Drop pydantic's union-member markers ('str', 'dict[...]', 'write') from a location."""
    out: list[Any] = []
    for i, part in enumerate(loc):
        if isinstance(part, str) and _UNION_TAGS.match(part):
            continue
        if part == "[key]":  # pydantic's marker for "the key itself is wrong"
            continue
        if (
            isinstance(part, str)
            and part in model.STEP_KINDS
            and out
            and isinstance(out[-1], int)
            and i >= 2
            and loc[i - 2] == "steps"
        ):
            continue
        out.append(part)
    return tuple(out)


def _model_at(raw: Any, loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model that describes the table found at ``loc`` in ``raw``."""
    current: type[BaseModel] | None = Exercise
    node: Any = raw
    i = 0
    while i < len(loc) and current is not None:
        part = loc[i]
        if current is Exercise and part == "steps":
            if i + 1 < len(loc) and isinstance(loc[i + 1], int):
                try:
                    kind = node["steps"][loc[i + 1]].get("kind")
                    node = node["steps"][loc[i + 1]]
                except (KeyError, IndexError, TypeError, AttributeError):
                    return None
                current = _STEP_MODELS.get(kind) if isinstance(kind, str) else None
                i += 2
                continue
            return None
        field = current.model_fields.get(part) if isinstance(part, str) else None
        if field is None:
            return None
        annotation = str(field.annotation)
        node = node.get(part) if isinstance(node, dict) else None
        nested = None
        for candidate in (model.Roles, model.Option, model.Blank, model.Case):
            if candidate.__name__ in annotation:
                nested = candidate
        if nested is None:
            return None
        current = nested
        i += 1
        # lists and dicts of tables: skip the index or key
        while i < len(loc) and (
            isinstance(loc[i], int)
            or (nested is model.Blank and isinstance(loc[i], str) and loc[i] not in model.Blank.model_fields)
        ):
            if isinstance(node, (list, dict)):
                try:
                    node = node[loc[i]]
                except (KeyError, IndexError, TypeError):
                    node = None
            i += 1
    return current


_STEP_MODELS: dict[str, type[BaseModel]] = {
    get_args(cls.model_fields["kind"].annotation)[0]: cls
    for cls in (
        model.ReadStep, model.WriteStep, model.TemplateStep, model.ChooseStep, model.RateStep,
        model.TimerStep, model.TurnsStep, model.MirrorStep, model.RevealStep, model.ChecklistStep,
        model.AgreeStep, model.BranchStep, model.SwapRolesStep, model.ScheduleStep, model.EndStep,
    )
}  # fmt: skip


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int):
        return f"a number ({value})"
    if isinstance(value, float):
        return f"a number ({value:g})"
    if isinstance(value, str):
        short = value if len(value) <= 40 else value[:37] + "..."
        return f'the text "{short}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _message(err: ErrorDetails, raw: Any, loc: tuple[Any, ...]) -> str:
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    key = loc[-1] if loc else ""
    if kind == "missing":
        return f"'{key}' is required but missing"
    if kind == "extra_forbidden":
        known = _model_at(raw, loc[:-1])
        hint = ""
        if known is not None:
            close = difflib.get_close_matches(str(key), list(known.model_fields), n=1)
            if close:
                hint = f"; did you mean '{close[0]}'?"
            else:
                hint = "; known fields here: " + ", ".join(known.model_fields)
        return f"'{key}' is not a field this format knows{hint}"
    if kind == "union_tag_invalid":
        return f"'{ctx.get('tag')}' is not a step kind; use one of: " + ", ".join(model.STEP_KINDS)
    if kind == "union_tag_not_found":
        return "every step needs a 'kind', one of: " + ", ".join(model.STEP_KINDS)
    if kind == "string_pattern_mismatch":
        return (
            f"expected a simple name: lower-case letters, digits, '-' and '_' (like 'timed-pause'), "
            f"found {_describe(value)}"
        )
    if kind == "literal_error":
        return f"expected {ctx.get('expected')}, found {_describe(value)}"
    if kind in ("string_type", "text"):
        return f"expected text in quotes, found {_describe(value)}"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found {_describe(value)}"
    if kind in ("float_type", "float_parsing"):
        return f"expected a number, found {_describe(value)}"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, found {_describe(value)}"
    if kind == "list_type":
        return f"expected a list in square brackets, found {_describe(value)}"
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        return f"expected a table, found {_describe(value)}"
    if kind in ("too_short", "too_long"):
        return f"{err['msg'].replace('List', 'the list').replace('Value', 'the value')}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        words = {
            "greater_than": "more than",
            "greater_than_equal": "at least",
            "less_than": "less than",
            "less_than_equal": "at most",
        }[kind]
        limit = next(iter(ctx.values()), "?")
        return (
            f"must be {words} {limit}, but it is {value!r}"
            if isinstance(value, (int, float))
            else f"must be a number {words} {limit}"
        )
    if kind == "value_error":
        return str(ctx.get("error") or err["msg"]).removeprefix("Value error, ")
    return str(err["msg"])


def _validation_problems(name: str, raw: Any, exc: ValidationError, locator: _Locator) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[tuple[Any, ...], int] = {}
    for err in exc.errors(include_url=False):
        loc = _clean_loc(tuple(err["loc"]))
        if err["type"] == "union_tag_invalid":
            loc += ("kind",)  # point at the line that names the kind
        if any(isinstance(p, str) and _UNION_TAGS.match(p) for p in err["loc"]) and err["type"] not in ("missing",):
            # A Text field (plain text or translations) got something else: one message.
            value = err.get("input")
            if err["type"] == "string_type" and isinstance(value, dict) and _UNION_TAGS.match(str(err["loc"][-1])):
                continue  # a table of translations: the errors inside the table say what is wrong
            if loc in seen:
                continue
            if "[key]" in err["loc"]:
                message = (
                    f"'{value}' is not a language code; key the translations by codes "
                    f'like en, de or pt-BR, as in {{ en = "...", de = "..." }}'
                )
            elif not _UNION_TAGS.match(str(err["loc"][-1])):
                # Inside a table of translations: one language's text is not text.
                message = f"the '{err['loc'][-1]}' translation needs to be text in quotes, found {_describe(value)}"
            else:
                message = (
                    f'expected text in quotes, or a table of translations like {{ en = "...", de = "..." }}, '
                    f"found {_describe(value)}"
                )
        else:
            message = _message(err, raw, loc)
        seen[loc] = len(problems)
        problems.append(Problem(name, message, locator.line(loc), None, _field(loc, raw)))
    return problems


def _field(loc: Iterable[Any], raw: Any) -> str:
    """A readable field path: ``steps[3].minutes`` counts steps from 1, as a person would."""
    out = ""
    node = raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
            step_id = (
                node[part].get("id")
                if isinstance(node, list) and part < len(node) and isinstance(node[part], dict)
                else None
            )
            if out.startswith("steps[") and isinstance(step_id, str) and out.count("[") == 1:
                out += f"({step_id})"
        else:
            out += ("." if out else "") + str(part)
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            node = None
    return out


# --------------------------------------------------------------------------- line numbers

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


class _Locator:
    """Find the line a field path points at, by reading the TOML text.

    tomllib keeps no positions, so this follows table headers (``[[steps]]``) and keys
    (``minutes =``) through the text. It returns the closest line it can be sure of.
    """

    def __init__(self, text: str):
        # Split on "\n" only, as TOML does: splitlines() also splits on U+2028, form feeds...
        self.lines = text.split("\n")
        # Lines that begin inside a multi-line string hold text, not keys or headers.
        self.in_string: list[bool] = []
        for _ in self._chars(0, 0, self.in_string):
            pass
        self.headers: list[tuple[int, str, bool]] = []  # (line index, dotted name, is array)
        for i, line in enumerate(self.lines):
            m = _HEADER.match(line)
            if m and not line.lstrip().startswith("#") and not self.in_string[i]:
                name = ".".join(p.strip().strip('"') for p in m.group(2).split("."))
                self.headers.append((i, name, m.group(1) == "[["))

    def _block_end(self, start: int, prefix: str) -> int:
        for i, name, _ in self.headers:
            if i > start and not (name == prefix or name.startswith(prefix + ".")):
                return i
            if i > start and name == prefix:
                return i
        return len(self.lines)

    def line(self, loc: tuple[Any, ...]) -> int | None:
        lo, hi = 0, len(self.lines)
        # Top-level keys live before the first header.
        if self.headers:
            hi_top = self.headers[0][0]
        else:
            hi_top = hi
        prefix = ""
        best: int | None = None
        region = (0, hi_top)
        parts = list(loc)
        i = 0
        value_at: tuple[int, int] | None = None  # where the value of the last key found starts
        while i < len(parts):
            part = parts[i]
            if isinstance(part, int):
                # An item of an inline array, such as options = [ {...}, {...} ].
                span = self._item(*value_at, part) if value_at is not None else None
                if span is not None:
                    best = span[0] + 1
                    region = (span[0], span[1] + 1)
                value_at = None
                i += 1
                continue
            dotted = f"{prefix}.{part}" if prefix else str(part)
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            header = None
            if isinstance(nxt, int):
                matches = [h for h in self.headers if h[1] == dotted and h[2] and lo <= h[0] < hi]
                if nxt < len(matches):
                    header = matches[nxt][0]
                    i += 1
            else:
                matches = [h for h in self.headers if h[1] == dotted and not h[2] and lo <= h[0] < hi]
                if matches:
                    header = matches[0][0]
                elif isinstance(nxt, str) and any(h[1] == f"{dotted}.{nxt}" and lo <= h[0] < hi for h in self.headers):
                    # A table made only of sub-tables, like [steps.blanks.situation]: go on to the sub-table.
                    prefix = dotted
                    value_at = None
                    i += 1
                    continue
            if header is not None:
                best = header + 1
                lo, hi = header + 1, self._block_end(header, dotted)
                end_of_keys = next((h[0] for h in self.headers if lo <= h[0] < hi), hi)
                region = (lo, end_of_keys)
                prefix = dotted
                value_at = None
                i += 1
                continue
            key = rf"[\"']?{re.escape(str(part))}[\"']?"
            key_re = re.compile(rf"^\s*{key}\s*(=|\.)|[{{,]\s*{key}\s*=")
            found = None
            search_lo, search_hi = region if region[1] > region[0] else (lo, hi)
            for j in range(search_lo, search_hi):
                m = None if self.in_string[j] else key_re.search(self.lines[j])
                if m:
                    found = j
                    value_at = (j, m.end())
                    break
            if found is None:
                break
            best = found + 1
            region = (found, min(search_hi, found + 1 + self._value_span(found)))
            prefix = dotted
            i += 1
        return best if best is not None else (1 if self.lines else None)

    def _chars(self, j: int, k: int, in_string: list[bool] | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield (line, column, character) from line j, column k on, skipping comments and the
        inside of strings: a string shows up once, as its opening quote. ``in_string`` collects,
        for each line, whether it begins inside a multi-line string."""
        quote = None
        while j < len(self.lines):
            if in_string is not None:
                in_string.append(quote is not None)
            line = self.lines[j]
            while k < len(line):
                if quote:
                    if line[k] == "\\" and quote[0] == '"':
                        k += 2
                    elif line.startswith(quote, k):
                        k += len(quote)
                        quote = None
                    else:
                        k += 1
                    continue
                ch = line[k]
                if ch == "#":
                    break
                if ch in "\"'":
                    quote = ch * 3 if line.startswith(ch * 3, k) else ch
                    yield j, k, ch
                    k += len(quote)
                    continue
                yield j, k, ch
                k += 1
            if quote in ('"', "'"):
                quote = None  # a one-line string cannot run on (tomllib would have refused it)
            j, k = j + 1, 0

    def _item(self, j: int, k: int, index: int) -> tuple[int, int] | None:
        """The first and last lines of item ``index`` of the array starting at line j, column k."""
        depth = 0
        count = -1
        first = j
        expect = False
        for lj, _, ch in self._chars(j, k):
            if ch in " \t\r":
                continue
            if depth == 0:
                if ch != "[":
                    return None  # not an array
                depth, expect = 1, True
                continue
            if depth == 1 and ch in ",]":
                if count == index:
                    return first, lj
                if ch == "]":
                    return None
                expect = True
                continue
            if expect:
                count, expect = count + 1, False
                if count == index:
                    first = lj
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
        return None

    def _value_span(self, start: int) -> int:
        """How many more lines the value starting at ``start`` runs on (multi-line strings, arrays)."""
        depth = 0
        quote = None
        for j in range(start, len(self.lines)):
            line = self.lines[j]
            k = 0
            while k < len(line):
                if quote:
                    if line.startswith(quote, k):
                        k += len(quote)
                        quote = None
                        continue
                elif line.startswith('"""', k) or line.startswith("'''", k):
                    quote = line[k : k + 3]
                    k += 3
                    continue
                elif line[k] in "\"'":
                    end = line.find(line[k], k + 1)
                    k = end + 1 if end > 0 else len(line)
                    continue
                elif line[k] == "#":
                    break
                elif line[k] in "[{":
                    depth += 1
                elif line[k] in "]}":
                    depth -= 1
                k += 1
            if depth <= 0 and quote is None:
                return j - start
        return len(self.lines) - start


# --------------------------------------------------------------------------- meaning checks


def check_exercise(ex: Exercise) -> list[tuple[tuple[Any, ...], str]]:
    """Checks that need the whole exercise: references, roles, privacy, placeholders."""
    problems: list[tuple[tuple[Any, ...], str]] = []
    index: dict[str, int] = {}
    for i, step in enumerate(ex.steps):
        if step.id in index:
            problems.append(
                (
                    ("steps", i, "id"),
                    f"two steps share the id '{step.id}' (steps {index[step.id] + 1} and {i + 1}); each step needs its own",
                )
            )
        else:
            index[step.id] = i

    actors = ex.actors()
    variables = {"partner_a", "partner_b", "return_time", *ex.role_names}
    if ex.who == "solo" and ex.roles is not None:
        problems.append((("roles",), "a solo exercise has one person, so it cannot have roles"))

    def check_who(i: int, value: str, field: str) -> None:
        if value in actors:
            return
        if ex.who == "solo":
            problems.append((("steps", i, field), f"in a solo exercise every step is done by 'self', not '{value}'"))
        elif value == "self":
            problems.append(
                (
                    ("steps", i, field),
                    "'self' is only for solo exercises; use each, together, partner_a, partner_b or a role",
                )
            )
        elif ex.roles is None:
            problems.append(
                (
                    ("steps", i, field),
                    f"'{value}' is not a partner, 'each' or 'together', and the exercise declares no [roles] that would bind it",
                )
            )
        else:
            problems.append(
                (
                    ("steps", i, field),
                    f"'{value}' is not someone who can act in this exercise; use one of: {', '.join(sorted(actors))}",
                )
            )

    def no_such_step(target: str) -> str:
        close = difflib.get_close_matches(target, list(index), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        return f"refers to a step '{target}' that does not exist{hint}"

    def ref(
        i: int, field: str | tuple[Any, ...], target: str | None, *, answered: bool = False, before: bool = True
    ) -> int | None:
        if target is None:
            return None
        loc = ("steps", i, *((field,) if isinstance(field, str) else field))
        if target not in index:
            problems.append((loc, no_such_step(target)))
            return None
        j = index[target]
        if answered and not ex.steps[j].answers():
            problems.append((loc, f"refers to step '{target}', which collects no answer"))
        if before and j >= i:
            problems.append((loc, f"refers to step '{target}', which comes later; it has no answer yet"))
        return j

    for i, step in enumerate(ex.steps):
        check_who(i, step.who, "who")
        for text in step.texts():
            for name in model.placeholders(text):
                if name == "{":
                    problems.append(
                        (("steps", i), "has a lone '{' or '}' in its text; write {{ or }} for a literal brace")
                    )
                elif name not in variables:
                    problems.append(
                        (
                            ("steps", i),
                            f"uses the placeholder {{{name}}}, which is not one of: "
                            + ", ".join("{" + v + "}" for v in sorted(variables)),
                        )
                    )
        if isinstance(step, model.SwapRolesStep) and ex.roles is None:
            problems.append((("steps", i, "kind"), "swap_roles needs [roles] to swap"))
        if isinstance(step, model.TurnsStep) and ex.roles is None:
            problems.append((("steps", i, "kind"), "turns need [roles] (a speaker and a listener) to take turns"))
        if isinstance(step, model.MirrorStep):
            check_who(i, step.speaker, "speaker")
            if ex.roles is None and step.speaker not in model.PARTNERS:
                pass  # reported by check_who
            j = ref(i, "source", step.source, answered=True)
            if j is not None and ex.steps[j].private:
                problems.append(
                    (
                        ("steps", i, "source"),
                        f"shares step '{ex.steps[j].id}', which is marked private: a private answer is never shown to the partner",
                    )
                )
        if isinstance(step, model.RevealStep):
            for target_id in step.steps:
                j = ref(i, "steps", target_id, answered=True)
                if j is not None and ex.steps[j].private:
                    problems.append(
                        (
                            ("steps", i, "steps"),
                            f"reveals step '{target_id}', which is marked private: a private answer is never shown to the partner",
                        )
                    )
        if isinstance(step, model.AgreeStep):
            j = ref(i, "source", step.source, answered=True)
            if j is not None and ex.steps[j].private:
                problems.append(
                    (
                        ("steps", i, "source"),
                        f"takes its statement from step '{ex.steps[j].id}', which is marked private: a private answer is never shown to the partner",
                    )
                )
            j = ref(i, "status_from", step.status_from, answered=True)
            if j is not None:
                target = ex.steps[j]
                if not isinstance(target, model.ChooseStep):
                    problems.append((("steps", i, "status_from"), f"step '{target.id}' is not a choose step"))
                else:
                    options = {o.id for o in target.options}
                    for option in step.statuses:
                        if option not in options:
                            problems.append(
                                (("steps", i, "statuses"), f"'{option}' is not an option of step '{target.id}'")
                            )
        if isinstance(step, model.BranchStep):
            j = ref(i, "on", step.on, answered=True)
            for k, case in enumerate(step.cases):
                ref(i, ("cases", k, "goto"), case.goto, before=False)
                if j is None:
                    continue
                target = ex.steps[j]
                if (case.at_least is not None or case.at_most is not None) and not isinstance(
                    target, (model.RateStep, model.TimerStep)
                ):
                    problems.append(
                        ((("steps", i, "cases", k)), f"compares a number, but step '{target.id}' is not a rate step")
                    )
                if isinstance(target, model.RateStep):
                    for key, bound in (("at_least", case.at_least), ("at_most", case.at_most)):
                        if bound is not None and not target.min <= bound <= target.max:
                            problems.append(
                                (
                                    ("steps", i, "cases", k, key),
                                    f"tests {bound}, outside the scale {target.min} to {target.max} of step '{target.id}'",
                                )
                            )
                if case.includes is not None:
                    choices: list[model.Option] | None = None
                    if isinstance(target, model.ChooseStep):
                        choices = target.options
                    elif isinstance(target, model.ChecklistStep):
                        choices = target.items
                    if choices is None:
                        problems.append(
                            (
                                ("steps", i, "cases", k, "includes"),
                                f"uses 'includes', but step '{target.id}' has no options",
                            )
                        )
                    elif case.includes not in {o.id for o in choices}:
                        problems.append(
                            (
                                ("steps", i, "cases", k, "includes"),
                                f"'{case.includes}' is not an option of step '{target.id}'",
                            )
                        )
            if step.otherwise is not None:
                ref(i, "otherwise", step.otherwise, before=False)

    if ex.roles is not None and ex.roles.ask_before is not None:
        asked = ex.roles.ask_before
        if asked not in index:
            problems.append((("roles", "ask_before"), no_such_step(asked)))
        else:
            roles = {ex.roles.first, ex.roles.second}
            for i, step in enumerate(ex.steps[: index[asked]]):
                named = {name for text in step.texts() for name in model.placeholders(text)} & roles
                if (
                    step.who in roles
                    or named
                    or isinstance(step, (model.TurnsStep, model.SwapRolesStep))
                    or (isinstance(step, model.MirrorStep) and step.speaker in roles)
                ):
                    problems.append(
                        (
                            ("steps", i),
                            f"comes before step '{asked}', where the exercise first asks who is the {ex.roles.first} "
                            f"(roles.ask_before), but already needs to know; move it after '{asked}', or ask earlier",
                        )
                    )
    return problems
