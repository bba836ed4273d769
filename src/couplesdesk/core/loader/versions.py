"""Older versions of the exercise format keep loading.

A therapist's file written for format 1 is never refused for what changed since: a field
that was dropped is ignored, a value whose meaning changed is migrated, and each is noted
in a warning that says what changed (``couplesdesk validate`` prints it and still exits 0).
A file for a newer format than this release knows is refused with a clear message.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model import FORMAT_VERSION

Loc = tuple[Any, ...]
Notes = list[tuple[Loc, str]]

DEFAULT_DROPPED = (
    "'default' is no longer used and was ignored: since format 2 a rating starts empty, so nobody is "
    "nudged towards a number; people choose one, or 'Prefer not to say'"
)
TALKED_THROUGH_MOVED = (
    "'talked_through' now means the couple talked it through later, so a boundary kept in a run is "
    "recorded as 'to_talk' instead (it was migrated); the Boundaries page marks the talk once it happened"
)

EACH_READ_KEPT = (
    'a read step has no answer, so who = "each" only shows it twice and adds hand-overs; it still works '
    'as written, but format 2 refuses it: use who = "together", or put the words in the prompt or guidance '
    "of the private step they belong to"
)


def upgrade(raw: Any) -> tuple[Any, Notes, Notes]:
    """``raw`` (parsed TOML) as the current format reads it: (raw, warnings, errors)."""
    if not isinstance(raw, dict):
        return raw, [], []
    version = raw.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        message = (
            f"was written for a newer CouplesDesk (format {version}); this version reads formats 1 to "
            f"{FORMAT_VERSION}. Update CouplesDesk to use it"
        )
        return raw, [], [(("format_version",), message)]
    steps = raw.get("steps")
    if not isinstance(steps, list):
        return raw, [], []
    if version == 1:
        return _from_version_1(raw)
    errors: Notes = []
    for i, step in enumerate(steps):
        if isinstance(step, dict) and step.get("kind") == "rate" and "default" in step:
            errors.append(
                (("steps", i, "default"), "rate steps have no 'default' since format 2: they start empty; remove it")
            )
    return raw, [], errors


def _from_version_1(raw: dict[str, Any]) -> tuple[dict[str, Any], Notes, Notes]:
    raw = copy.deepcopy(raw)
    notes: Notes = []
    for i, step in enumerate(raw["steps"]):
        if not isinstance(step, dict):
            continue
        if step.get("kind") == "rate" and "default" in step:
            del step["default"]
            notes.append((("steps", i, "default"), DEFAULT_DROPPED))
        if step.get("kind") == "read" and step.get("who") == "each":
            notes.append((("steps", i, "who"), EACH_READ_KEPT))
        statuses = step.get("statuses")
        if step.get("kind") == "agree" and isinstance(statuses, dict):
            for option, status in statuses.items():
                if status == "talked_through":
                    statuses[option] = "to_talk"
                    notes.append((("steps", i, "statuses", option), TALKED_THROUGH_MOVED))
    return raw, notes, []
