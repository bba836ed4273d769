"""Plain words for exercise metadata and steps, shared by the GUI and reports (Qt-free)."""

from __future__ import annotations

import string
from collections import defaultdict

from .model import PARTNERS, Exercise, StepBase

CADENCE_WORDS = {"daily": "daily", "weekly": "weekly", "when_needed": "when needed", "once": "once"}


def category_label(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").capitalize()


def who_for(exercise: Exercise) -> str:
    return "for the two of you" if exercise.who == "couple" else "on your own"


def actor_label(exercise: Exercise, who: str, names: dict[str, str] | None = None) -> str:
    """Who acts in a step, in words: 'each of you, in private', 'Sam', 'the speaker'."""
    names = names or {}
    if who == "each":
        return "each of you, in private"
    if who == "together":
        return "together"
    if who == "self":
        return "you"
    if who in PARTNERS:
        return names.get(who) or ("Partner A" if who == "partner_a" else "Partner B")
    if exercise.roles is not None:
        label = exercise.roles.first_label if who == exercise.roles.first else exercise.roles.second_label
        if label is not None:
            return exercise.text(label).lower() if not names else exercise.text(label)
    return f"the {who.replace('_', ' ')}"


def _fill_placeholders(exercise: Exercise, text: str) -> str:
    """Placeholders in words for a reader who has not started yet: {speaker} -> 'the speaker'."""
    values: dict[str, str] = {"partner_a": "Partner A", "partner_b": "Partner B", "return_time": "the agreed time"}
    for role in exercise.role_names:
        values[role] = f"the {role.replace('_', ' ')}"
    try:
        filled = string.Formatter().vformat(text, (), defaultdict(str, values))
    except (ValueError, IndexError, KeyError):
        return text
    return filled[:1].upper() + filled[1:]


def step_outline(exercise: Exercise, step: StepBase) -> str | None:
    """One line per step for 'steps at a glance'; None for steps people never see (branches)."""
    if step.silent:
        return None
    title = exercise.text(step.title) if step.title is not None else step.words.capitalize()
    title = _fill_placeholders(exercise, title)
    who = actor_label(exercise, step.who)
    private = ", kept private" if step.private else ""
    optional = ", if you like, while it runs" if step.id in exercise.details() else ""
    return f"{title} ({who}{private}{optional})"
