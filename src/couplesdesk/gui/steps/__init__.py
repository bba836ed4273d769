"""One widget per family of step kinds; :func:`make_step_widget` picks the right one."""

from __future__ import annotations

from ...core.engine import Run, Screen
from ..services import Services
from .base import StepWidget
from .choice import ChooseWidget, RateWidget
from .read import ReadWidget
from .reveal import RevealWidget
from .schedule import ScheduleWidget
from .talk import AgreeWidget, MirrorWidget, TurnsWidget
from .text import TemplateWidget, WriteWidget
from .timer import TimerWidget

WIDGETS: dict[str, type[StepWidget]] = {
    "read": ReadWidget,
    "swap_roles": ReadWidget,
    "end": ReadWidget,
    "write": WriteWidget,
    "template": TemplateWidget,
    "choose": ChooseWidget,
    "checklist": ChooseWidget,
    "rate": RateWidget,
    "timer": TimerWidget,
    "turns": TurnsWidget,
    "mirror": MirrorWidget,
    "reveal": RevealWidget,
    "agree": AgreeWidget,
    "schedule": ScheduleWidget,
}


def make_step_widget(run: Run, screen: Screen, services: Services) -> StepWidget:
    return WIDGETS[screen.kind](run, screen, services)


__all__ = ["StepWidget", "make_step_widget", "WIDGETS"]
