"""Writing a plan file: TOML that :func:`~couplesdesk.core.plan.load_plan` reads back equal,
laid out as a person would write it (bundled exercises verbatim, in ''' quotes)."""

from __future__ import annotations

import datetime as dt
import json
import re

from .model import BundledExercise, Plan, PlanItem, Therapist

_VERBATIM_UNSAFE = re.compile("'''|[\x00-\x08\x0b-\x1f\x7f]|'$")


def _string(value: str) -> str:
    """A TOML basic string: JSON's escapes are TOML's, except DEL, which TOML wants escaped too."""
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: str | int | dt.date) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _lines(pairs: list[tuple[str, str | int | dt.date | None]]) -> list[str]:
    return [f"{key} = {_value(value)}" for key, value in pairs if value is not None]


def _therapist(therapist: Therapist) -> list[str]:
    pairs: list[tuple[str, str | int | dt.date | None]] = [
        ("name", therapist.name),
        ("contact", therapist.contact),
        ("recipient", therapist.recipient),
    ]
    return ["", "[therapist]", *_lines(pairs)]


def _item(item: PlanItem) -> list[str]:
    pairs: list[tuple[str, str | int | dt.date | None]] = [
        ("exercise", item.exercise),
        ("often", item.often),
        ("times", item.times),
        ("starts", item.starts),
        ("ends", item.ends),
        ("note", item.note),
    ]
    return ["", "[[items]]", *_lines(pairs)]


def _bundled(bundled: BundledExercise) -> list[str]:
    if _VERBATIM_UNSAFE.search(bundled.text):
        text = f"text = {_string(bundled.text)}"
    else:  # verbatim: the first newline after ''' is not part of the text
        text = f"text = '''\n{bundled.text}'''"
    return ["", "[[bundled]]", f"file = {_string(bundled.file)}", text]


def dump_plan(plan: Plan) -> str:
    """The plan as the text of a ``.couplesdesk-plan`` file."""
    pairs: list[tuple[str, str | int | dt.date | None]] = [
        ("format_version", plan.format_version),
        ("id", plan.id),
        ("title", plan.title),
        ("couple", plan.couple),
        ("starts", plan.starts),
        ("ends", plan.ends),
        ("note", plan.note),
    ]
    lines = ["# A CouplesDesk homework plan (see docs/homework-format.md).", *_lines(pairs)]
    lines += _therapist(plan.therapist)
    for item in plan.items:
        lines += _item(item)
    for bundled in plan.bundled:
        lines += _bundled(bundled)
    return "\n".join(lines) + "\n"
