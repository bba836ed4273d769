"""The language exercise texts are shown in: the one place that says it (Qt-free).

Every text of an exercise reaches the screen, a transcript, a search hit or an export through
:meth:`Exercise.text <couplesdesk.core.model.Exercise.text>`, which picks its version in
:func:`current` (falling back per field, see ``core/model/text.py``).

The GUI decides at start (the computer's language lives in ``QLocale``, which only the GUI may
import): ``couplesdesk --language de`` wins for that session; otherwise the couple's
``language`` setting, once the data is open; otherwise the computer's language; otherwise
English.
"""

from __future__ import annotations

import re

DEFAULT = "en"
"""When nothing says otherwise (the built-in exercises are written in English first)."""
SETTING = "language"
"""The couple's chosen language, kept in the settings (a code such as "de"), if they chose one."""

_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")

_current = DEFAULT
_system = DEFAULT
_command_line: str | None = None


def code_of(name: object) -> str | None:
    """A language code as exercise files write it ("de", "de-CH"), from a code or a locale
    name ("de_DE.UTF-8", "de-DE"); None for anything else ("C", "POSIX", "", nonsense)."""
    if not isinstance(name, str):
        return None
    base = name.split(".")[0].split("@")[0].strip().replace("_", "-")
    language, _, region = base.partition("-")
    code = f"{language.lower()}-{region}" if region else language.lower()
    return code if _CODE.match(code) else None


def current() -> str:
    """The language exercise texts are picked in now."""
    return _current


def system() -> str:
    """The computer's own language (English when it names none we can read)."""
    return _system


def command_line() -> str | None:
    """The language named with ``--language`` for this session, if one was."""
    return _command_line


def start(command_line: str | None = None, system: str | None = None) -> str:
    """Decide at start: the command line's choice, else the computer's language, else English.
    Returns the language now used."""
    global _current, _system, _command_line
    _command_line = code_of(command_line)
    _system = code_of(system) or DEFAULT
    _current = _command_line or _system
    return _current


def use_setting(value: object) -> str:
    """The couple's ``language`` setting, read once their data is open: it replaces the
    computer's language, but not a language named on the command line. Returns the language
    now used."""
    global _current
    _current = _command_line or code_of(value) or _system
    return _current
