"""The progress line never lies: walked through every exercise on every way through its
branches, it reads the same for both partners on the same step, never goes back, moves on
by one part at most, promises no more than it said before, and is full on the last step."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import pytest

from couplesdesk.core import model
from couplesdesk.core.library import load_library
from couplesdesk.resources import builtin_exercises

from .walker import Walk, steered

WORDS = re.compile(r"^(?:Step|Part) (\d+) of (\d+)(?: · your turn, (\d+) of (\d+))?$")
EXERCISES = [entry.exercise.id for entry in load_library(builtin_exercises())]


@dataclass
class Seen:
    where: str  # 'step' or 'handover'
    step: str
    index: int
    actor: str
    text: str
    part: int
    parts: int
    last: bool  # Next on this screen finishes the run


def reading(walk: Walk) -> Seen | None:
    """What the progress line says on the screen up now (None where it says nothing)."""
    page = walk.page
    where = walk.where()
    if where not in ("step", "handover"):
        assert page.progress.text() == "", f"{where}: {page.progress.text()!r}"
        return None
    text = page.progress.text()
    match = WORDS.match(text)
    assert match, f"{where} on {page.run.screen.step.id}: {text!r}"
    part, parts = int(match[1]), int(match[2])
    assert 1 <= part <= parts, text
    line = page.progress_row.line if hasattr(page, "progress_row") else None
    if line is not None and line.progress is not None:  # the painted line and the words agree
        assert (line.progress.part, line.progress.parts) == (part, parts)
    screen = page.run.screen
    last = where == "step" and page.next_button.text() == "Finish"
    return Seen(where, screen.step.id, screen.index, screen.actor, text, part, parts, last)


def passed_a_branch(exercise: model.Exercise, before: Seen) -> bool:
    """Whether the way on from ``before`` goes through a branch (an answer chose the way)."""
    steps = exercise.steps
    last = before.index
    if steps[last].who == "each":
        while last + 1 < len(steps) and steps[last + 1].who == "each":
            last += 1
    return last + 1 < len(steps) and isinstance(steps[last + 1], model.BranchStep)


def check_walk(exercise: model.Exercise, seen: list[Seen]) -> None:
    by_step: dict[tuple[str, str], str] = {}
    for screen in seen:
        # Both partners, on the same step (or its hand-over), read the very same words.
        previous = by_step.setdefault((screen.where, screen.step), screen.text)
        assert previous == screen.text, f"{screen.step}: {previous!r} for one, {screen.text!r} for the other"
    for before, after in zip(seen, seen[1:], strict=False):
        where = f"{before.step} ({before.text}) -> {after.step} ({after.text})"
        assert after.part in (before.part, before.part + 1), f"the part jumps: {where}"
        assert after.parts <= before.parts, f"more parts than promised: {where}"
        if after.parts < before.parts:
            assert passed_a_branch(exercise, before), f"fewer parts with no answer choosing a shorter way: {where}"
    lasts = [s for s in seen if s.last]
    assert lasts and all(s.part == s.parts for s in lasts), f"the line is not full on the last step: {lasts}"


@pytest.mark.parametrize("exercise_id", EXERCISES)
def test_the_progress_line_never_lies_on_any_way_through(qtbot, open_app, clock, exercise_id):
    window = open_app()
    exercise = window.services.library.get(exercise_id)
    ways = steered(exercise)
    for n, forced in enumerate(ways):
        seen: list[Seen] = []

        def look(walk: Walk, seen: list[Seen] = seen) -> None:
            found = reading(walk)
            if found is not None and (not seen or seen[-1] != found):
                seen.append(found)

        Walk(qtbot, window, clock, random.Random(n), forced=forced, on_screen=look).run(exercise_id)
        check_walk(exercise, seen)
        window.run_page.closed.emit()


@pytest.mark.parametrize("exercise_id", ["weekly-check-in", "mirror-validate-empathize"])
def test_back_and_next_again_read_the_same_as_the_first_time(qtbot, open_app, clock, exercise_id):
    window = open_app()
    texts: dict[tuple[str, str, str], str] = {}

    def look(walk: Walk) -> None:
        found = reading(walk)
        if found is not None:
            first = texts.setdefault((found.where, found.step, found.actor), found.text)
            assert first == found.text, f"{found.step} for {found.actor}: {first!r}, then {found.text!r}"

    exercise = window.services.library.get(exercise_id)
    Walk(qtbot, window, clock, random.Random(7), forced=steered(exercise)[0], on_screen=look, back_chance=0.3).run(
        exercise_id
    )
    assert len(texts) > 5


def test_the_walks_take_every_way_they_are_steered_to(qtbot, open_app, clock):
    """The walks above are only worth as much as their steering: each forced answer is given."""
    window = open_app()
    for exercise_id in ("boundary-statement", "weekly-check-in", "friction-doorway"):
        exercise = window.services.library.get(exercise_id)
        for n, forced in enumerate(steered(exercise)):
            walk = Walk(qtbot, window, clock, random.Random(n), forced=forced)
            walk.run(exercise_id)
            run = window.services.store.runs.of_exercise(exercise_id)[-1]
            answers = window.services.store.answers.of_run(run.id)
            shown = {step_id for step_id, _actor in walk.shown_steps}
            for step_id, value in forced.items():
                if step_id not in shown:
                    continue  # an earlier answer took a way that does not ask it
                given = [a.value for (sid, _author), a in answers.items() if sid == step_id]
                chosen = [v if not isinstance(v, dict) else v.get("selected") for v in given]
                assert given and all(v == value or (isinstance(v, list) and value in v) for v in chosen), (
                    exercise_id,
                    step_id,
                    value,
                    given,
                )
            window.run_page.closed.emit()
