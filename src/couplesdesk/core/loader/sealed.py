"""The validator's half of the privacy rule: no way through an exercise may show a sealed
answer before it has been revealed.

An answer written on an ``each`` step is sealed: only its author sees it until a ``reveal``
step shows it to both. A step that puts an earlier answer on a shared screen (an ``agree``
taking its statement from it, a ``mirror`` sharing it first: whatever the step kind lists in
``shows()``) is refused when any way to it (following every outcome of every branch) can
skip that reveal. The engine refuses to show such an answer at run time as well, so a file
that slips past this check still leaks nothing.
"""

from __future__ import annotations

from collections import deque
from typing import Any

from .. import model
from ..model import Exercise

Problems = list[tuple[tuple[Any, ...], str]]


def successors(ex: Exercise, i: int) -> list[int]:
    """The steps a run can go to from step ``i`` (every outcome of a branch)."""
    step = ex.steps[i]
    if isinstance(step, model.EndStep):
        return []
    ids = {s.id: j for j, s in enumerate(ex.steps)}
    if isinstance(step, model.BranchStep):
        out = []
        for target in step.targets():
            j = ids.get(target) if target is not None else i + 1
            if j is not None and j < len(ex.steps) and j not in out:
                out.append(j)
        return out
    return [i + 1] if i + 1 < len(ex.steps) else []


def _revealed_on_every_way(ex: Exercise) -> list[set[str] | None]:
    """For each step, the answers revealed on every way to it (None: no way reaches it).
    A must-analysis: what holds on all paths, iterated until nothing changes."""
    n = len(ex.steps)
    into: list[set[str] | None] = [None] * n
    into[0] = set()
    work = deque([0])
    while work:
        i = work.popleft()
        known = into[i]
        assert known is not None
        leaving = known | set(ex.steps[i].reveals())
        for j in successors(ex, i):
            current = into[j]
            narrowed = leaving if current is None else current & leaving
            if current is None or narrowed != current:
                into[j] = narrowed
                work.append(j)
    return into


def _a_way_around(ex: Exercise, target: int, sealed: str) -> list[int]:
    """Step indexes of one way from the start to ``target`` that never reveals ``sealed``."""
    came_from: dict[int, int | None] = {0: None}
    work = deque([0])
    while work:
        i = work.popleft()
        if i == target:
            break
        if sealed in ex.steps[i].reveals():
            continue
        for j in successors(ex, i):
            if j not in came_from:
                came_from[j] = i
                work.append(j)
    way, at = [], target if target in came_from else None
    while at is not None:
        way.append(at)
        at = came_from[at]
    return list(reversed(way))


def _message(ex: Exercise, i: int, sealed: str) -> str:
    reveals = [s.id for s in ex.steps if sealed in s.reveals()]
    branches = [ex.steps[j].id for j in _a_way_around(ex, i, sealed) if isinstance(ex.steps[j], model.BranchStep)]
    if not reveals:
        return (
            f"shows the answer to step '{sealed}' to both of you, but that answer is written in private "
            f"and no reveal step ever shows it; add a reveal of '{sealed}' before this step"
        )
    where = f" (through branch '{branches[-1]}')" if branches else ""
    return (
        f"shows the answer to step '{sealed}' to both of you, but a way through the exercise{where} "
        f"reaches it without the reveal '{reveals[0]}' that unseals it; make every way here pass a reveal of '{sealed}'"
    )


def sealed_problems(ex: Exercise) -> Problems:
    """Every step that some way through ``ex`` reaches while an answer it shows is still sealed."""
    if ex.who == "solo":
        return []  # one person: nobody else is shown anything
    ids = {s.id for s in ex.steps}
    sealed = {s.id for s in ex.steps if s.who == "each" and s.answers()}
    problems: Problems = []
    revealed = _revealed_on_every_way(ex)
    for i, step in enumerate(ex.steps):
        known = revealed[i]
        if known is None:
            continue  # no way reaches it
        for shown in step.shows():
            own = step.who == "each"  # a private screen quoting its author's own earlier answer
            if shown in ids and shown in sealed and shown not in known and not own:
                problems.append((("steps", i, "source"), _message(ex, i, shown)))
    return problems
