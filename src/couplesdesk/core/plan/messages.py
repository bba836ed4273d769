"""Pydantic's validation errors on a plan file, reworded for a therapist writing it by hand."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ValidationError

from ..loader.locator import Locator
from ..loader.messages import _describe, _message, field_path
from ..loader.problems import Problem
from .model import BundledExercise, Plan, PlanItem, Therapist

if TYPE_CHECKING:
    from pydantic_core import ErrorDetails

_TABLES: dict[str, type[BaseModel]] = {"therapist": Therapist, "items": PlanItem, "bundled": BundledExercise}


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel]:
    names = [part for part in loc if isinstance(part, str)]
    return _TABLES.get(names[0], Plan) if names else Plan


def _plan_message(err: ErrorDetails, raw: Any, loc: tuple[Any, ...]) -> str:
    kind, value = err["type"], err.get("input")
    key = loc[-1] if loc else ""
    if kind == "extra_forbidden":
        known = list(_model_at(loc[:-1]).model_fields)
        close = difflib.get_close_matches(str(key), known, n=1)
        hint = f"; did you mean '{close[0]}'?" if close else "; known fields here: " + ", ".join(known)
        return f"'{key}' is not a field a plan knows{hint}"
    if kind == "string_pattern_mismatch":
        if key == "recipient":
            if isinstance(value, str) and value.upper().startswith("AGE-SECRET-KEY-"):
                return (
                    "this is a private key: never put it in a plan. Put the public key here (it starts "
                    "with 'age1'), and keep the private key to yourself"
                )
            return f"expected an age public key: 'age1' and 58 more letters and digits, as age-keygen prints it; found {_describe(value)}"
        if key == "id":
            return f"expected an id made of letters, digits, '-' and '_' (a UUID is best), found {_describe(value)}"
        if key == "file":
            return f"expected a file name without folders, found {_describe(value)}"
    if kind in ("date_type", "date_parsing", "date_from_datetime_inexact", "date_from_datetime_parsing"):
        return f"expected a date like 2026-12-01 (without quotes), found {_describe(value)}"
    if kind == "string_too_short":
        return f"'{key}' may not be empty"
    if kind == "too_short" and key == "items":
        return "a plan needs at least one item: add an [[items]] table naming an exercise"
    return _message(err, raw, loc)


def plan_validation_problems(name: str, raw: Any, exc: ValidationError, locator: Locator) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[Any, ...]] = set()
    for err in exc.errors(include_url=False):
        loc = tuple(err["loc"])
        if loc in seen:
            continue
        seen.add(loc)
        problems.append(Problem(name, _plan_message(err, raw, loc), locator.line(loc), None, field_path(loc, raw)))
    return problems
