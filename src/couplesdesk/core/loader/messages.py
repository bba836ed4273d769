"""Pydantic's validation errors, reworded for someone writing an exercise by hand."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from .. import model
from ..model import STEP_MODELS, Exercise
from .locator import Locator
from .problems import Problem

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

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
                current = STEP_MODELS.get(kind) if isinstance(kind, str) else None
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
    if kind == "string_pattern_mismatch" and isinstance(value, str) and "\u00a0" in value:
        return f"{_describe(value)} has a non-breaking space (U+00A0) in it, probably pasted; use '-' between words"
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


def validation_problems(name: str, raw: Any, exc: ValidationError, locator: Locator) -> list[Problem]:
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
        problems.append(Problem(name, message, locator.line(loc), None, field_path(loc, raw)))
    return problems


def field_path(loc: Iterable[Any], raw: Any) -> str:
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
