"""Files shipped with the app (exercises, stylesheet, icons), found with importlib.resources.

In a wheel they live inside the package (``couplesdesk/exercises``,
``couplesdesk/resources``); in a source checkout they are the top-level ``exercises/``
and ``resources/`` folders, which the wheel build copies in.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def _folder(name: str) -> Traversable:
    packaged = resources.files("couplesdesk") / name
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / name
    return checkout


def builtin_exercises() -> Traversable:
    """The folder of exercises that ship with the app."""
    return _folder("exercises")


def resource(name: str) -> Traversable:
    """A file from the shipped ``resources`` folder."""
    return _folder("resources") / name
