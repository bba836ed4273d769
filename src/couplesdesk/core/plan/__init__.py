"""Homework plan files (Qt-free): a therapist's plan, with its items and bundled exercises.

:func:`load_plan` reads and checks a plan file (every problem with file, line and field, like
the exercise loader); :func:`dump_plan` writes one that reads back equal. The format is
described for therapists in docs/homework-format.md."""

from .bundled import BundledCheck
from .dump import dump_plan
from .load import PlanLoad, load_plan
from .model import PLAN_FORMAT_VERSION, BundledExercise, Often, Plan, PlanItem, Therapist

__all__ = [
    "PLAN_FORMAT_VERSION", "BundledCheck", "BundledExercise", "Often", "Plan", "PlanItem", "PlanLoad", "Therapist",
    "dump_plan", "load_plan",
]  # fmt: skip
