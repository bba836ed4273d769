"""The JSON Schema (2020-12) of a session report, printed by ``couplesdesk schema --report``
and described in docs/report-format.md."""

from __future__ import annotations

from typing import Any

from ..export.schema import DAY, ID, MOMENT, PARTNER, WHO, _nullable, _object
from ..storage import BOUNDARY_STATUSES
from .compose import FORMAT, VERSION

CONSENT = _object(
    {"partner": PARTNER, "at": {**MOMENT, "description": "when that partner confirmed their choices"}},
    "One partner's consent to an item.",
)

ITEM = _object(
    {
        "id": {**ID, "description": "the answer's id in the couple's history"},
        "kind": {"type": "string", "enum": ["answer", "rating", "review"]},
        "author": {**WHO, "description": "who wrote it: a partner, or 'together' on the shared screen"},
        "run_id": ID,
        "exercise_id": ID,
        "exercise_version": {"type": "integer", "minimum": 0},
        "exercise_title": {"type": "string"},
        "day": DAY,
        "step": {"type": "string", "description": "the step's id in its exercise"},
        "asked": {"type": "string", "description": "the step's title, as it was asked"},
        "prompt": _nullable({"type": "string"}),
        "text": {"type": "string", "description": "the answer in plain words"},
        "value": _nullable({"type": "integer", "description": "a rating's number"}),
        "scale": _nullable({"type": "string", "description": "a rating's scale"}),
        "written_at": _nullable(MOMENT),
        "consented": {
            "type": "array",
            "items": CONSENT,
            "minItems": 1,
            "description": "who chose to include it, and when: its author, or both for what was written together",
        },
    },
    "One thing the partners chose to share: an answer both had seen, or a rating shared with both.",
)

PROGRESS = _object(
    {
        "exercise_id": ID,
        "title": {"type": "string"},
        "often": {"type": "string", "enum": ["daily", "weekly", "once"]},
        "times": _nullable({"type": "integer", "minimum": 1, "maximum": 7}),
        "starts": DAY,
        "ends": DAY,
        "done": {"type": "integer", "minimum": 0},
        "missed": {"type": "integer", "minimum": 0},
    },
    "One plan item: the times it was done in the report's days, and the times asked for and not done.",
)

PLAN = _object(
    {
        "id": {**ID, "description": "the plan file's id"},
        "title": {"type": "string"},
        "therapist": {"type": "string"},
        "starts": DAY,
        "ends": DAY,
        "progress": {"type": "array", "items": PROGRESS, "description": "empty unless both partners chose to send it"},
        "progress_consented": {"type": "array", "items": CONSENT},
    },
    "The homework plan the report goes back to.",
)

NOTE = _object(
    {
        "partner": PARTNER,
        "name": {"type": "string"},
        "flag": {"type": "boolean", "description": "the partner would like to talk with the therapist on their own"},
        "flag_words": _nullable({"type": "string"}),
        "note": {"type": "string"},
        "at": MOMENT,
    },
    "A note or flag one partner wrote for the therapist alone, in their own turn.",
)

COUNT = {"type": "integer", "minimum": 0}

PICTURES = _object(
    {
        "day": {**DAY, "description": "the pictures as they stood on this day (the report's last day)"},
        "shared_days": _object(
            {
                "first": {**DAY, "description": "the Monday four weeks before the week of 'day'"},
                "both": {"type": "array", "items": DAY, "description": "the days both partners shared one thing"},
                "breaks": {"type": "array", "items": DAY, "description": "the days of a break the couple took"},
            },
            "The calendar of the last five weeks: the days on which both of you shared one thing.",
        ),
        "pauses": {
            "type": "array",
            "minItems": 12,
            "maxItems": 12,
            "items": _object(
                {"week": {**DAY, "description": "its Monday"}, "on_time": COUNT, "later": COUNT, "open": COUNT},
                "One week's pauses, by how they ended: back by the time named, later, or never closed in the app.",
            ),
            "description": "the last twelve weeks, oldest first",
        },
        "boundaries": {
            "type": "array",
            "maxItems": 12,
            "items": _object(
                {"status": {"type": "string", "enum": list(BOUNDARY_STATUSES)}, "count": COUNT},
                "How many boundaries stand at this status.",
            ),
        },
    },
    "The Progress page's pictures, as the numbers they are drawn from (the therapist's app and the PDF draw "
    "them): only counts of what the couple did together, never anyone's words or ratings, never anything of an "
    "exercise one partner did alone. Present only when both chose, in the shared preview, to send them.",
)


def report_schema() -> dict[str, Any]:
    """The schema of a report's JSON (the therapist's and the couple's copy alike)."""
    top = _object(
        {
            "format": {"const": FORMAT},
            "version": {"const": VERSION, "description": "a new version for any change that is not a new optional field"},
            "made_at": MOMENT,
            "app": {"type": "string"},
            "copy": {"type": "string", "enum": ["therapist", "couple"]},
            "period": _object({"from": DAY, "to": DAY}, "The days the report covers, both included."),
            "couple": _nullable({"type": "string", "description": "the therapist's label for the couple, from the plan"}),
            "partners": _object({"partner_a": _object({"name": {"type": "string"}}, "Partner A."),
                                 "partner_b": _object({"name": {"type": "string"}}, "Partner B.")}, "The partners."),
            "plan": _nullable(PLAN),
            "items": {"type": "array", "items": ITEM, "description": "what the partners chose to share, oldest first"},
            "for_therapist": {
                "type": "array",
                "items": NOTE,
                "description": "only in the therapist's copy: notes and flags for the therapist alone",
            },
            "pictures": PICTURES,
        },
        "A CouplesDesk session report: only what each partner chose to send. What was left out is not listed.",
        optional=("for_therapist", "pictures"),
    )  # fmt: skip
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "CouplesDesk session report",
        **top,
    }
