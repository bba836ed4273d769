"""Translations that are missing: a warning for each text without a version in one of the
file's languages (its ``language``, and every language any of its texts is given in).

The file still loads: the app shows such a text in another language, field by field
(:func:`couplesdesk.core.model.text.picked` says which), and never an empty one.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel

from ..model import Exercise, Text
from ..model.text import picked

Loc = tuple[Any, ...]

_TEXT_TABLE = get_args(Text)[1]
"""The table arm of ``Text`` (``dict[LanguageCode, str]``): a field whose type names it holds a Text."""

LANGUAGE_NAMES = {
    "ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek", "en": "English", "es": "Spanish",
    "fa": "Persian", "fi": "Finnish", "fr": "French", "he": "Hebrew", "hu": "Hungarian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "nb": "Norwegian", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese",
    "ro": "Romanian", "ru": "Russian", "sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}  # fmt: skip
"""English names of languages, for messages; a code not listed is named by its code."""


def language_name(code: str) -> str:
    """'German (de)', or the code alone in quotes for a language not in :data:`LANGUAGE_NAMES`."""
    name = LANGUAGE_NAMES.get(code.split("-")[0].lower())
    return f"{name} ({code})" if name else f"'{code}'"


@cache
def _is_text(annotation: Any) -> bool:
    return annotation == Text or _TEXT_TABLE in get_args(annotation)


@cache
def _inner(annotation: Any) -> Any:
    """The type of the items of a list or dict annotation (through ``X | None``)."""
    for candidate in (annotation, *get_args(annotation)):
        if get_origin(candidate) in (list, dict):
            return get_args(candidate)[-1]
    return None


@cache
def _fields(model: type[BaseModel]) -> tuple[tuple[str, Any, bool], ...]:
    """(name, annotation, whether it holds a Text) of each field of a model class: worked out
    once per class (asking ``typing`` every time made loading a translated library 3x slower)."""
    out = []
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        out.append((name, annotation, _is_text(annotation)))
    return tuple(out)


def texts_with_places(value: Any, annotation: Any = None, loc: Loc = ()) -> Iterator[tuple[Loc, Text]]:
    """Every Text in a model (an exercise, a step...), with the path of fields to it."""
    if annotation is not None and isinstance(value, (str, dict)) and _is_text(annotation):
        yield loc, value
    elif isinstance(value, BaseModel):
        for name, field_type, text in _fields(type(value)):
            item = getattr(value, name)
            if text and isinstance(item, (str, dict)):
                yield (*loc, name), item
            elif isinstance(item, (BaseModel, list, dict)):
                yield from texts_with_places(item, field_type, (*loc, name))
    elif isinstance(value, list):
        inner = _inner(annotation)
        for index, item in enumerate(value):
            yield from texts_with_places(item, inner, (*loc, index))
    elif isinstance(value, dict):
        inner = _inner(annotation)
        for key, item in value.items():
            yield from texts_with_places(item, inner, (*loc, key))


def languages_of(exercise: Exercise, texts: list[tuple[Loc, Text]] | None = None) -> list[str]:
    """The file's languages: its own first, then each one its texts are given in, in the order met."""
    found = [exercise.language]
    for _, text in texts if texts is not None else texts_with_places(exercise):
        if isinstance(text, dict):
            found += [code for code in text if code not in found]
    return found


def _has(text: Text, code: str, own: str) -> bool:
    if isinstance(text, str):
        return code == own and bool(text.strip())
    return any(text.get(c, "").strip() for c in (code, code.split("-")[0]))


def missing_translations(exercise: Exercise) -> list[tuple[Loc, str]]:
    """(where, message) for each text that lacks a version in one of the file's languages."""
    texts = list(texts_with_places(exercise))
    languages = languages_of(exercise, texts)
    if len(languages) < 2:
        return []
    own = exercise.language
    notes: list[tuple[Loc, str]] = []
    for loc, text in texts:
        for code in languages:
            if _has(text, code, own):
                continue
            shown, _ = picked(text, code, own)
            instead = LANGUAGE_NAMES.get((shown or own).split("-")[0].lower(), f"the '{shown or own}' text")
            empty = isinstance(text, dict) and code in text
            what = f"has an empty {language_name(code)} text" if empty else f"has no {language_name(code)} text"
            notes.append((loc if not empty else (*loc, code), f"{what}; {instead} will be shown"))
    return notes
