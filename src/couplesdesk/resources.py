"""Files shipped with the app (exercises, stylesheet, icons).

In a wheel they live inside the package (``couplesdesk/exercises``,
``couplesdesk/resources``); in a source checkout they are the top-level ``exercises/``
and ``resources/`` folders, which the wheel build copies in.

Plain paths, not ``importlib.resources``: Qt reads the style sheet's images and the icon
from real files, so the package is never run from a zip anyway, and the plain lookup
keeps ``importlib.resources`` (a few ms) off the start-up path.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _folder(name: str) -> Path:
    packaged = _PACKAGE / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parents[1] / name


def builtin_exercises() -> Path:
    """The folder of exercises that ship with the app."""
    return _folder("exercises")


def resource(name: str) -> Path:
    """A file from the shipped ``resources`` folder."""
    return _folder("resources") / name
