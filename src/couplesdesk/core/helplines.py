"""Where to turn for help, without hard-coding a country.

Exercise texts name help through placeholders: ``{emergency_number}`` (from the settings, else
from the computer's locale, else the words "your local emergency number", in the language
exercises are shown in),
``{local_helpline}`` (set by the couple or their therapist, else a general phrase) and
``{helpline_directory}`` (a verified international directory of helplines).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable
from typing import Any

from . import language

HELPLINE_DIRECTORY = "findahelpline.com"
"""ThroughLine's verified directory of helplines in many countries (care.md section 1)."""
FALLBACK_EMERGENCY = "your local emergency number"
FALLBACK_HELPLINE = "a domestic-violence helpline near you"
FALLBACK_WORDS = {
    "en": (FALLBACK_EMERGENCY, FALLBACK_HELPLINE),
    "de": ("die Notrufnummer vor Ort", "eine Beratungsstelle für häusliche Gewalt in eurer Nähe"),
}
"""The fallback words in the language exercises are shown in, as they are filled into an
exercise's sentence (German: feminine, so they read alike as subject or object)."""

EMERGENCY_NUMBERS = {
    **dict.fromkeys(
        "AT BE BG CH CY CZ DE DK EE ES FI FR GR HR HU IE IS IT LI LT LU LV MT NL NO PL PT RO SE SI SK".split(), "112"
    ),
    "GB": "999",
    "US": "911",
    "CA": "911",
    "MX": "911",
    "AU": "000",
    "NZ": "111",
    "IN": "112",
    "JP": "110",
    "KR": "112",
    "BR": "190",
    "ZA": "10111",
}
"""The police emergency number by country (ISO 3166 code). A country not listed gets the
fallback words, never another country's number."""


def territory(environ: dict[str, str] | None = None) -> str | None:
    """The country of the computer's locale ('GB' from en_GB.UTF-8), or None."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if "_" in value:
            return value.split("_", 1)[1][:2].upper()
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return code.split("_", 1)[1][:2].upper() if "_" in code else None


def _fallback_words() -> tuple[str, str]:
    shown = language.current()
    return FALLBACK_WORDS.get(shown) or FALLBACK_WORDS.get(shown.split("-")[0]) or FALLBACK_WORDS["en"]


def emergency_number_for(country: str | None) -> str:
    return EMERGENCY_NUMBERS.get(country or "") or _fallback_words()[0]


def safety_values(setting: Callable[[str], Any], country: str | None = None) -> dict[str, str]:
    """The placeholders' values: what the couple set (``setting(name)``), else the defaults."""
    emergency = setting("emergency_number") or emergency_number_for(country if country is not None else territory())
    return {
        "emergency_number": str(emergency),
        "local_helpline": str(setting("local_helpline") or _fallback_words()[1]),
        "helpline_directory": HELPLINE_DIRECTORY,
    }


def with_help(text: str, values: dict[str, str]) -> str:
    """``text`` with its safety placeholders filled in from ``values`` (see
    :func:`safety_values`); any other ``{name}``, and a lone brace, is left as written."""
    for name in ("emergency_number", "local_helpline", "helpline_directory"):
        text = text.replace("{" + name + "}", values.get(name, "{" + name + "}"))
    return text
