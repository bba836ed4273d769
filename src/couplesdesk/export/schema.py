"""The JSON Schema (2020-12) of a JSON export, printed by ``couplesdesk schema --export``
and described in docs/export-format.md."""

from __future__ import annotations

from typing import Any

from .collect import FORMAT, VERSION

ID = {"type": "string", "minLength": 1}
MOMENT = {"type": "string", "format": "date-time", "description": "ISO 8601 with its UTC offset"}
DAY = {"type": "string", "format": "date"}
WHO = {"type": "string", "enum": ["partner_a", "partner_b", "together"]}
PARTNER = {"type": "string", "enum": ["partner_a", "partner_b"]}


def _object(properties: dict[str, Any], description: str, optional: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "type": "object",
        "description": description,
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


ANSWER = _object(
    {
        "id": ID,
        "step": {**ID, "description": "the step's id in its exercise (see the run's 'steps')"},
        "author": {**WHO, "description": "who wrote it: a partner, or 'together' on the shared screen"},
        "kind": {"type": "string", "description": "the step's kind: write, choose, rate, template..."},
        "value": {"description": "the answer as the app keeps it (a string, a number, a list or an object)"},
        "text": {"type": "string", "description": "the answer in plain words"},
        "private": {"type": "boolean", "description": "private for good: here only by its author's choice"},
        "sealed": {"type": "boolean", "description": "written alone, hidden from the partner until revealed"},
        "revealed": {
            "type": "boolean",
            "description": "both have seen it (a sealed answer not revealed is here only by its author's choice)",
        },
        "revealed_at": _nullable(MOMENT),
        "written_at": MOMENT,
    },
    "One answer, with the facts that decide who may see it.",
)

STEP = _object(
    {"kind": {"type": "string"}, "title": {"type": "string"}, "prompt": _nullable({"type": "string"})},
    "A step as it was asked, the partners' names filled in.",
)

PAUSE = _object(
    {
        "id": ID,
        "caller": _nullable(PARTNER),
        "minutes": {"type": "number", "minimum": 0},
        "started_at": MOMENT,
        "return_at": MOMENT,
        "ended_at": _nullable(MOMENT),
        "outcome": _nullable({"type": "string", "description": "completed, extended or left"}),
    },
    "A timed pause called during the run.",
)

RUN = _object(
    {
        "id": ID,
        "exercise_id": ID,
        "exercise_version": {"type": "integer"},
        "title": {"type": "string"},
        "day": DAY,
        "status": {"type": "string", "enum": ["active", "left", "finished"]},
        "started_at": MOMENT,
        "updated_at": MOMENT,
        "roles": {"type": "object", "additionalProperties": PARTNER, "description": "role -> partner"},
        "steps": {"type": "object", "additionalProperties": STEP, "description": "step id -> the step as asked"},
        "answers": {"type": "array", "items": ANSWER, "description": "in the order the steps were asked"},
        "pauses": {"type": "array", "items": PAUSE},
    },
    "One exercise done on one day.",
)

BOUNDARY = _object(
    {
        "id": ID,
        "run_id": _nullable(ID),
        "author": WHO,
        "statement": {"type": "string"},
        "status": {"type": "string", "description": "stated, heard, needs_time, to_talk, talked_through, not_agreed"},
        "created_at": MOMENT,
        "updated_at": MOMENT,
    },
    "A boundary, with what happened to it.",
)

AGREEMENT = _object(
    {"id": ID, "run_id": _nullable(ID), "statement": {"type": "string"}, "created_at": MOMENT},
    "Something the couple agreed.",
)

RATING = _object(
    {
        "run_id": ID,
        "day": DAY,
        "exercise": {"type": "string"},
        "step": ID,
        "scale": {"type": "string", "description": "what was rated: closeness, calm, ease..."},
        "author": WHO,
        "value": {"type": "integer"},
        "at": MOMENT,
    },
    "A number chosen on a scale, by a partner or together (only those the export holds).",
)


def export_schema() -> dict[str, Any]:
    document = _object(
        {
            "format": {"const": FORMAT},
            "version": {"const": VERSION},
            "exported_at": MOMENT,
            "app": {"type": "string"},
            "period": _object({"from": _nullable(DAY), "to": _nullable(DAY)}, "The days exported (null: no limit)."),
            "includes_private_of": {
                "type": "array",
                "items": PARTNER,
                "uniqueItems": True,
                "description": "partners who chose to include their own private and still-sealed answers",
            },
            "partners": {"type": "object", "additionalProperties": _object(
                {"name": {"type": "string"}, "color": {"type": "string"}}, "A partner's name and colour.")},
            "runs": {"type": "array", "items": RUN, "description": "oldest first"},
            "boundaries": {"type": "array", "items": BOUNDARY},
            "agreements": {"type": "array", "items": AGREEMENT},
            "ratings": {"type": "array", "items": RATING},
        },
        "A CouplesDesk export: the history both partners may see (see docs/export-format.md).",
    )  # fmt: skip
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "CouplesDesk export",
        **document,
    }
