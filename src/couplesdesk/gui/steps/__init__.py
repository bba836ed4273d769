"""One widget per family of step kinds. Each module registers the kinds it shows
(:func:`.base.widget_for`); importing this package imports every module in it."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

from ...core.engine import Run, Screen
from ..services import Services
from .base import WIDGETS, StepWidget, widget_for

for _module in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_module.name}")


def make_step_widget(run: Run, screen: Screen, services: Services) -> StepWidget[Any]:
    return WIDGETS[screen.kind](run, screen, services)


__all__ = ["WIDGETS", "StepWidget", "make_step_widget", "widget_for"]
