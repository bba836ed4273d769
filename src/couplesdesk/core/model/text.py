"""The building blocks of the exercise format: names, texts and their translations."""

from __future__ import annotations

import string
from typing import Annotated, Union

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints

from ..people import PARTNERS

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")]
"""Identifiers: lower-case letters, digits, ``-`` and ``_``; at most 64 characters."""

LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")]

Text = Union[str, dict[LanguageCode, str]]
"""A piece of text shown to people: a plain string, or a table of translations
keyed by language code (``{ en = "Pause", de = "Pause" }``)."""

WholeMinutes = Annotated[StrictInt, Field(ge=1, le=24 * 60)]
"""A length in whole minutes (not "20", not 20.5), from 1 to a day."""

SAFETY_PLACEHOLDERS = ("emergency_number", "local_helpline", "helpline_directory")
"""Filled in from settings (the emergency number defaults from the locale): never a hard-coded country."""

GROUPS = ("each", "together", "self")
RESERVED_ACTORS = (*PARTNERS, *GROUPS)


class Strict(BaseModel):
    """Base for every table in the file: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


def text_in(text: Text | None, language: str, fallback: str) -> str:
    """Pick the translation of ``text`` for ``language``, falling back sensibly: to the main
    language (``de`` for ``de-CH``), then the file's own (``fallback``), then any. A
    translation left empty counts as missing, so a text is never shown empty when another
    version of it has words."""
    return picked(text, language, fallback)[1]


def picked(text: Text | None, language: str, fallback: str) -> tuple[str | None, str]:
    """(the language code of the version :func:`text_in` shows, that version); the code is
    None for a plain string (written in the file's language) or when there are no words."""
    if text is None:
        return None, ""
    if isinstance(text, str):
        return None, text
    for code in (language, language.split("-")[0], fallback, fallback.split("-")[0]):
        found = text.get(code)
        if found is not None and found.strip():
            return code, found
    return next(((code, t) for code, t in text.items() if t.strip()), (None, ""))


def texts_of(text: Text | None) -> list[str]:
    """Every version of a text (each translation), for checks that look at all of them."""
    if text is None:
        return []
    if isinstance(text, str):
        return [text]
    return list(text.values())


_FORMATTER = string.Formatter()


def placeholders(text: str) -> list[str]:
    """Names of the ``{placeholders}`` in a text (``{{`` and ``}}`` are literal braces)."""
    if "{" not in text and "}" not in text:
        return []  # most texts: no need to parse
    try:
        return [name for _, name, _, _ in _FORMATTER.parse(text) if name is not None]
    except ValueError:
        # A lone brace: reported by the validator as a formatting problem.
        return ["{"]
