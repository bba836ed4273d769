"""Plain words for exercise metadata and steps, shared by the GUI and reports (Qt-free)."""

from __future__ import annotations

import string
from collections import defaultdict

from .i18n import QT_TRANSLATE_NOOP, translate
from .model import PARTNERS, Exercise, StepBase

CADENCE_WORDS = {
    "daily": QT_TRANSLATE_NOOP("core/describe", "daily"),
    "weekly": QT_TRANSLATE_NOOP("core/describe", "weekly"),
    "when_needed": QT_TRANSLATE_NOOP("core/describe", "when needed"),
    "once": QT_TRANSLATE_NOOP("core/describe", "once"),
}
"""How often an exercise is meant to be done, in English: show it through :func:`cadence_words`."""


def cadence_words(cadence: str) -> str:
    """How often an exercise is meant to be done, in the interface's language."""
    words = CADENCE_WORDS.get(cadence)
    return translate("core/describe", words) if words is not None else cadence


def category_label(slug: str) -> str:
    return slug.replace("-", " ").replace("_", " ").capitalize()


def who_for(exercise: Exercise) -> str:
    if exercise.who == "couple":
        return translate("core/describe", "for the two of you")
    return translate("core/describe", "on your own")


def partner_words(who: str) -> str:
    """A partner with no name yet: 'Partner A', 'Partner B'."""
    if who == "partner_a":
        return translate("core/describe", "Partner A")
    return translate("core/describe", "Partner B")


def role_words(role: str) -> str:
    """A role with no label of its own, in words: 'the speaker', 'the listener'."""
    if role == "speaker":
        return translate("core/describe", "the speaker")
    if role == "listener":
        return translate("core/describe", "the listener")
    return translate("core/describe", "the {role}").format(role=role.replace("_", " "))


def actor_label(exercise: Exercise, who: str, names: dict[str, str] | None = None) -> str:
    """Who acts in a step, in words: 'each of you, in private', 'Sam', 'the speaker'. Without
    names (for a reader who has not started yet), a role's label is written as it reads
    inside a sentence (:func:`in_sentence`)."""
    names = names or {}
    if who == "each":
        return translate("core/describe", "each of you, in private")
    if who == "together":
        return translate("core/describe", "together")
    if who == "self":
        return translate("core/describe", "you")
    if who in PARTNERS:
        return names.get(who) or partner_words(who)
    if exercise.roles is not None:
        label = exercise.roles.first_label if who == exercise.roles.first else exercise.roles.second_label
        if label is not None:
            return in_sentence(exercise.text(label)) if not names else exercise.text(label)
    return role_words(who)


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence: its first letter lower-cased, and only that one
    ('The one listening' -> 'the one listening'; 'Spricht (hat das Wort)' keeps its noun)."""
    return label[:1].lower() + label[1:]


def _fill_placeholders(exercise: Exercise, text: str) -> str:
    """Placeholders in words for a reader who has not started yet: {speaker} -> 'the speaker'."""
    values: dict[str, str] = {
        "partner_a": partner_words("partner_a"),
        "partner_b": partner_words("partner_b"),
        "return_time": translate("core/describe", "the agreed time"),
    }
    for role in exercise.role_names:
        values[role] = role_words(role)
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
    if step.private and step.id in exercise.details():
        return translate("core/describe", "{title} ({who}, kept private, if you like, while it runs)").format(
            title=title, who=who
        )
    if step.private:
        return translate("core/describe", "{title} ({who}, kept private)").format(title=title, who=who)
    if step.id in exercise.details():
        return translate("core/describe", "{title} ({who}, if you like, while it runs)").format(title=title, who=who)
    return translate("core/describe", "{title} ({who})").format(title=title, who=who)
