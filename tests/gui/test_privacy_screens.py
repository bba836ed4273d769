"""What each screen shows: never a partner's sealed words to the other, or to both, before a reveal.

The property test walks every shipped exercise on every way through its branches, with
generated answers that each carry a marker of their author, pressing Back now and then, and
checks every screen against an oracle built from the exercise and the walk alone (not from
the code under test): a marker of a sealed answer may appear only on its author's own
screens until the walk has passed a reveal of it.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from couplesdesk.app import create
from couplesdesk.core.engine import moving
from couplesdesk.core.library import Library, LibraryEntry, load_library
from couplesdesk.core.model import Exercise
from couplesdesk.resources import builtin_exercises
from couplesdesk.storage import Store

from ..core.test_privacy import LEAKY
from .conftest import click, visible_texts
from .walker import Walk, branch_outcomes, steered

LIBRARY = load_library(builtin_exercises())
EXERCISES = sorted(entry.exercise.id for entry in LIBRARY)


def _open(qtbot, folder: Path, clock):
    folder.mkdir()
    store = Store.open(folder / "couplesdesk.db", clock)
    store.couple.save("Alex", "#B0583E", "Sam", "#4F7358")
    store.couple.acknowledge_safety()
    store.close()
    window = create(["--data-dir", str(folder)], clock=clock)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window) -> None:
    """Close and dispose of the window at once: dozens are opened in one test."""
    window.close()
    window.services.store.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class Oracle:
    """What a screen may show, from the exercise and the walk so far."""

    def __init__(self, exercise: Exercise):
        self.exercise = exercise
        self.revealed: set[str] = set()
        self.screens = 0
        self.windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]  # before the walk

    def __call__(self, walk: Walk) -> None:
        run = walk.page.run
        if run is None:
            return
        self.screens += 1
        where = walk.where()
        screen = run.screen
        if self.exercise.who == "solo":
            viewer = run.binding["self"]
        elif where == "step" and screen.private_input:
            viewer = screen.actor
        else:
            viewer = "both"  # a shared screen, a hand-over, a question: whoever is in the room
        if where == "step" and screen.kind == "reveal":
            self.revealed |= set(screen.step.steps)
        # Nothing of a step opens a window of its own (a parentless widget shown by mistake).
        windows = [*self.windows, walk.window]
        stray = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not any(w is o for o in windows)]
        assert stray == [], f"a stray window on {where} {screen.step.id} of {self.exercise.id}: {stray}"
        text = visible_texts(walk.window)
        for (step_id, author), mark in walk.written.items():
            step = self.exercise.step(step_id)
            sealed = step.who == "each" or step.private
            if not sealed or viewer == author or (step_id in self.revealed and not step.private):
                continue
            assert mark not in text, f"{mark} shown to {viewer} on {where} {screen.step.id} of {self.exercise.id}"


@pytest.mark.parametrize("exercise_id", EXERCISES)
@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32 - 1))
def test_no_screen_shows_sealed_words_before_their_reveal(qtbot, clock, tmp_path, monkeypatch, exercise_id, seed):
    exercise = LIBRARY.get(exercise_id)
    taken: set[tuple[str, str | None]] = set()
    real = moving.Moving._branch_target

    def recording(self, step):
        target = real(self, step)
        taken.add((step.id, target))
        return target

    monkeypatch.setattr(moving.Moving, "_branch_target", recording)
    for n, forced in enumerate(steered(exercise)):
        oracle = Oracle(exercise)
        window = _open(qtbot, tmp_path / uuid.uuid4().hex, clock)
        try:
            walk = Walk(qtbot, window, clock, random.Random(seed + n), forced, on_screen=oracle, back_chance=0.15)
            walk.run(exercise_id)
        finally:
            _close(window)
        assert oracle.screens > 2
    # Every way out of every branch was taken at least once.
    for step in exercise.steps:
        if getattr(step, "on", None) in branch_outcomes(exercise):
            expected = {case.goto for case in step.cases} | {step.otherwise}
            assert {target for branch, target in taken if branch == step.id} == expected, step.id


def _to_b_private_step(qtbot, window):
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)  # the introduction
    click(qtbot, page.handover_button)  # "I'm Alex, show me"
    page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText("Alex's sealed words")
    click(qtbot, page.next_button)
    assert "Sam" in page.handover_text.text()
    return page


def test_back_never_crosses_the_hand_over_into_the_other_partners_sealed_answer(qtbot, open_app):
    window = open_app()
    page = _to_b_private_step(qtbot, window)
    # On the hand-over to Sam, and on Sam's own step: Back stops, and says why.
    for screen in ("handover", "Sam's step"):
        assert not page.back_button.isEnabled(), screen
        assert page.back_note.isVisible()
        assert page.back_note.text() == "Back stops here: Alex's answers stay sealed until you reveal them together."
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
        assert "Alex's sealed words" not in visible_texts(window)
        if screen == "handover":
            click(qtbot, page.handover_button)
    assert page.run.screen.actor == "partner_b"


def test_back_within_ones_own_private_stretch_still_works(qtbot, open_app):
    window = open_app()
    window.start_exercise("decoding-defenses")
    click(qtbot, window.findChild(type(window.run_page.next_button), "first_partner_a"))
    page = window.run_page
    while page.run.screen.step.who != "each":
        click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    first = page.run.screen.step.id
    click(qtbot, page.next_button)
    assert page.back_button.isEnabled() and not page.back_note.isVisible()
    click(qtbot, page.back_button)
    assert page.run.screen.step.id == first and page.run.screen.actor == "partner_a"


def test_the_leaking_exercise_shows_nothing_sealed_even_if_it_got_past_the_validator(qtbot, services):
    """Built without the validator, the agree screen still gets no sealed words."""
    import tomli

    from couplesdesk.gui.run_page import RunPage

    from .conftest import shown

    exercise = Exercise.model_validate(tomli.loads(LEAKY.decode()))
    services._library = Library({"leaky": LibraryEntry(exercise, "leaky.toml", "yours")})
    page = shown(qtbot, RunPage(services))
    page.start("leaky")
    for words in ("Alex is afraid of the dark", "Sam is afraid of heights"):
        click(qtbot, page.handover_button)
        page.step_widget.findChild(QPlainTextEdit, "answerBox").setPlainText(words)
        click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # together again
    assert page.run.screen.step.id == "agree-on-it"
    text = visible_texts(page)
    assert "afraid" not in text
    assert "(Not shown here: it has not been revealed to both of you.)" in text
