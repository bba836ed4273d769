"""The exercise file format, modelled with pydantic.

An exercise is metadata plus an ordered list of steps. Every step says who acts:

* ``partner_a`` / ``partner_b``: the two people, as entered on first run;
* a role name declared in ``[roles]`` (``speaker``/``listener``, ``caller``/``other``):
  bound to a person when the run starts, swapped by a ``swap_roles`` step;
* ``each``: both partners, one after the other, each in private;
* ``together``: both at once on the same screen;
* ``self``: the one person doing a solo exercise.

A step kind is declared once, in one module of this package (see :mod:`.base`). This
package is Qt-free: it must never import PySide6.
"""

# The kinds register as their modules are imported: exercise.py imports them in reading order.
from .exercise import FORMAT_VERSION, STEP_KINDS, Exercise, Step

# isort: split
from ..people import PARTNERS
from .base import STEP_MODELS, Blank, Option, Roles, StepBase, step_kind
from .choosing import UNSAID, ChecklistStep, ChooseStep, RateStep
from .flow import BranchStep, Case, EndStep, SwapRolesStep
from .talking import AgreeStep, MirrorStep, RevealStep, TurnsStep
from .text import GROUPS, LanguageCode, Slug, Strict, Text, placeholders, text_in, texts_of
from .timing import ScheduleStep, TimerStep
from .words import ReadStep, TemplateStep, WriteStep

__all__ = [
    "FORMAT_VERSION", "GROUPS", "PARTNERS", "STEP_KINDS", "STEP_MODELS", "UNSAID",
    "AgreeStep", "Blank", "BranchStep", "Case", "ChecklistStep", "ChooseStep", "EndStep", "Exercise",
    "LanguageCode", "MirrorStep", "Option", "RateStep", "ReadStep", "RevealStep", "Roles", "ScheduleStep",
    "Slug", "Step", "StepBase", "Strict", "SwapRolesStep", "TemplateStep", "Text", "TimerStep", "TurnsStep",
    "WriteStep", "placeholders", "step_kind", "text_in", "texts_of",
]  # fmt: skip
