"""Where a run stands, in parts that never lie (Qt-free).

A **part** is what people experience as one stretch of an exercise: one step on the screen,
or a row of ``each`` steps (one partner's private turn, then the other's, on the same
questions). So both partners read the same words on the same step, and the number moves
on only when the couple does.

The total is counted along the longest way that is still open from here, to the next
ending. It never grows: a branch can only take a shorter way, never a longer one than was
counted. When an answer chooses a shorter way, the parts it skips drop off the end of the
line; the part number itself only ever moves on by one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .. import model
from ..i18n import translate
from ..model import Exercise, StepBase


@dataclass(frozen=True)
class Progress:
    """``part`` of ``parts`` (from 1); ``turn``: within a private turn of several steps, this
    step's place in it, as (number, steps), the same for both partners."""

    part: int
    parts: int
    turn: tuple[int, int] | None = None

    def words(self, with_turn: bool = True) -> str:
        """'Part 2 of 5', and within a longer private turn 'Part 2 of 5 · your turn, 1 of 3'."""
        if with_turn and self.turn is not None:
            return translate("core/engine/progress", "Part {part} of {parts} · your turn, {step} of {steps}").format(
                part=self.part, parts=self.parts, step=self.turn[0], steps=self.turn[1]
            )
        return translate("core/engine/progress", "Part {part} of {parts}").format(part=self.part, parts=self.parts)


def each_block(steps: Sequence[StepBase], index: int) -> tuple[int, int]:
    """The first and last index of the row of consecutive 'each' steps around ``index``."""
    start = end = index
    while start > 0 and steps[start - 1].who == "each":
        start -= 1
    while end + 1 < len(steps) and steps[end + 1].who == "each":
        end += 1
    return start, end


def part_of(steps: Sequence[StepBase], index: int) -> int:
    """The step that names the part ``index`` belongs to: the first of its 'each' row, or itself."""
    return each_block(steps, index)[0] if steps[index].who == "each" else index


def _landing(exercise: Exercise, index: int, seen: frozenset[int] = frozenset()) -> list[int]:
    """The shown steps a run can land on when it moves to ``index`` (through branches)."""
    steps = exercise.steps
    if index >= len(steps) or index in seen:
        return []
    step = steps[index]
    if step.id in exercise.details():  # asked on its timer's screen, never a part of its own
        return _landing(exercise, index + 1, seen | {index})
    if not isinstance(step, model.BranchStep):
        return [index]
    out: list[int] = []
    for target in step.targets():
        j = exercise.index_of(target) if target is not None else index + 1
        out += [k for k in _landing(exercise, j, seen | {index}) if k not in out]
    return out


def next_parts(exercise: Exercise, index: int) -> list[int]:
    """The parts a run can go to once the part holding step ``index`` is done."""
    steps = exercise.steps
    last = each_block(steps, index)[1] if steps[index].who == "each" else index
    if isinstance(steps[last], model.EndStep):
        return []
    return sorted({part_of(steps, j) for j in _landing(exercise, last + 1)})


def parts_ahead(exercise: Exercise, index: int) -> int:
    """How many parts follow the one holding step ``index``, on the longest way to an ending.
    A way that loops back is counted up to the loop."""
    memo: dict[int, int] = {}

    def longest(part: int, open_: frozenset[int]) -> int:
        if part in memo:
            return memo[part]
        best = 0
        for nxt in next_parts(exercise, part):
            if nxt not in open_:
                best = max(best, 1 + longest(nxt, open_ | {nxt}))
        memo[part] = best
        return best

    start = part_of(exercise.steps, index)
    return longest(start, frozenset({start}))


def parts_taken(steps: Sequence[StepBase], history: Sequence[Sequence[Any]], index: int) -> int:
    """How many parts the run has been through before the one holding ``index``: the steps
    in its history, a row of 'each' steps counted once, the current part not at all."""
    current = part_of(steps, index)
    taken: list[int] = []
    for entry in history:
        i = int(entry[0])
        if steps[i].silent:
            continue
        part = part_of(steps, i)
        if not taken or taken[-1] != part:
            taken.append(part)
    while taken and taken[-1] == current:
        taken.pop()
    return len(taken)


def progress_of(exercise: Exercise, history: Sequence[Sequence[Any]], index: int) -> Progress:
    """Where a run with this ``history`` (its [index, turn, binding] entries) stands on step ``index``."""
    steps = exercise.steps
    part = parts_taken(steps, history, index) + 1
    turn = None
    if steps[index].who == "each":
        start, end = each_block(steps, index)
        if end > start:
            turn = (index - start + 1, end - start + 1)
    return Progress(part, part + parts_ahead(exercise, index), turn)


def longest_parts(exercise: Exercise) -> int:
    """The most parts any way through the exercise has (for laying out a line of parts that
    keeps its place as the run goes on)."""
    first = _landing(exercise, 0)
    return max((1 + parts_ahead(exercise, i) for i in first), default=1)
