"""What a run keeps beyond itself: a boundary, an agreement, a time to talk again (Qt-free).

Read from the steps the run went through, with the same rules that kept them when Next
was pressed (``complete``), so the end of a run can say exactly what was kept, and where.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from .. import model
from ..clock import parse_iso
from ..people import PARTNERS

if TYPE_CHECKING:
    from .run import Run


@dataclass(frozen=True)
class Kept:
    """One thing a run kept.

    ``kind``: 'boundary', 'agreement' or 'talk'. ``statement``: the words kept (a boundary,
    an agreement), or ''. ``author``: whose boundary ('together' for both). ``status``: a
    boundary's status. ``at``: when the couple will talk again."""

    kind: str
    statement: str = ""
    author: str = "together"
    status: str = ""
    at: datetime | None = None


def _agreed(run: Run, step: model.AgreeStep) -> Kept | None:
    if step.saves_as is None or not all(p in run.confirmed(step.id) for p in PARTNERS):
        return None
    statement = run.agree_statement(step)
    if step.saves_as == "agreement":
        return Kept("agreement", statement)
    author = run.partner_for(run.exercise.step(step.source).who) if step.source else "together"
    return Kept("boundary", statement, author=author, status=step.boundary_status(run))


def _talk(run: Run, step: model.ScheduleStep, actor: str) -> Kept | None:
    value = run.answer(step.id, actor)
    if not isinstance(value, str):
        return None
    try:
        return Kept("talk", at=parse_iso(value))
    except ValueError:
        return None


def kept(run: Run) -> list[Kept]:
    """What the run kept, in the order it was kept (each step once, as it was left)."""
    out: list[Kept] = []
    seen: set[str] = set()
    for index, turn, binding in run.state["history"]:
        step = run.exercise.steps[index]
        if step.id in seen:
            continue
        seen.add(step.id)
        item: Kept | None = None
        if isinstance(step, model.AgreeStep):
            item = _agreed(run, step)
        elif isinstance(step, model.ScheduleStep):
            item = _talk(run, step, run.actor(step, turn, binding))
        if item is not None:
            out.append(item)
    return out
