"""Walk the real run page through an exercise as a couple would: answer each screen, hand
the screen over, press Next, until the end.

What is typed carries a marker of its author and step (``«partner_a:my-thing»``), so a test
can look for it on every later screen. Branches are steered by ``forced`` answers (step id
-> value for the ``on`` step of a branch, or for any choose or rate step; a dict of partner
-> value gives each partner their own); everything else comes from ``rng``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)

from couplesdesk.core import model
from couplesdesk.core.clock import FakeClock
from couplesdesk.core.people import PARTNERS

MAX_SCREENS = 300


def marker(author: str, step_id: str) -> str:
    return f"«{author}:{step_id}»"


@dataclass
class Walk:
    """One walk through one exercise on an open main window."""

    qtbot: Any
    window: Any
    clock: FakeClock
    rng: random.Random
    forced: dict[str, Any] = field(default_factory=dict)
    on_screen: Callable[[Walk], None] | None = None
    back_chance: float = 0.0
    passphrases: dict[str, str] = field(default_factory=dict)  # partner -> personal passphrase, if set
    written: dict[tuple[str, str], str] = field(default_factory=dict)  # (step id, author) -> marker
    asked: list[tuple[str, str]] = field(default_factory=list)  # (partner, step id) of each passphrase asked
    shown_steps: list[tuple[str, str]] = field(default_factory=list)  # (step id, actor) of each step screen

    @property
    def page(self) -> Any:
        return self.window.run_page

    def where(self) -> str:
        """'question', 'handover', 'gate' (a personal passphrase), 'finished' or 'step': which
        screen of the run page is up."""
        page = self.page
        current = page.body.currentWidget()
        if current is page.gate:
            return "gate"
        if current is page.question_page:
            return "question"
        if current is page.handover_page:
            return "handover"
        if current is page.finished_page:
            return "finished"
        return "step"

    def run(self, exercise_id: str) -> None:
        self.window.start_exercise(exercise_id)
        for _ in range(MAX_SCREENS):
            if self.on_screen is not None:
                self.on_screen(self)
            where = self.where()
            if where == "finished":
                return
            if where == "question":
                first = self.rng.choice(PARTNERS)
                self._click(self.window.findChild(QPushButton, f"first_{first}"))
            elif where == "handover":
                self._click(self.page.handover_button)
            elif where == "gate":
                self._unlock()
            else:
                self._step()
        raise AssertionError(f"{exercise_id}: no end after {MAX_SCREENS} screens")

    def _unlock(self) -> None:
        """Whoever the gate asks types their personal passphrase."""
        gate = self.page.gate
        assert gate.partner in self.passphrases, f"asked for {gate.partner}'s passphrase, which is not set"
        self.asked.append((gate.partner, self.page.run.screen.step.id))
        gate.field.setText(self.passphrases[gate.partner])
        self._click(gate.button)
        self.qtbot.waitUntil(lambda: not gate.busy, timeout=10_000)
        assert not gate.status.isVisible(), gate.status.text()

    # ------------------------------------------------------------------ one step

    def _step(self) -> None:
        page = self.page
        screen = page.run.screen
        self.shown_steps.append((screen.step.id, screen.actor))
        if self.back_chance and page.back_button.isEnabled() and self.rng.random() < self.back_chance:
            self._click(page.back_button)
            return
        self._answer(screen)
        if not page.next_button.isEnabled():
            raise AssertionError(f"Next stays disabled on {screen.step.id}: {page.blocked_label.text()}")
        self._click(page.next_button)

    def _answer(self, screen: Any) -> None:
        step, widget = screen.step, self.page.step_widget
        forced = self.forced.get(step.id)
        if isinstance(forced, dict):  # each partner's own answer
            forced = forced.get(screen.actor)
        if isinstance(step, model.WriteStep):
            self._type(widget.findChild(QPlainTextEdit, "answerBox"), self._mark(screen))
        elif isinstance(step, model.TemplateStep):
            for name in step.blanks:
                self._type(widget.findChild(QLineEdit, f"blank_{name}"), f"{name} {self._mark(screen)}")
        elif isinstance(step, (model.ChooseStep, model.ChecklistStep)):
            self._choose(screen, widget, forced)
        elif isinstance(step, model.RateStep):
            self._rate(step, widget, forced)
        elif isinstance(step, model.TimerStep):
            self._timer(widget)
        elif isinstance(step, model.TurnsStep):
            self._turns(widget)
        elif isinstance(step, model.MirrorStep):  # (done already, when Back came here)
            box = widget.findChild(QPlainTextEdit, "mirrorBox")
            if not box.isReadOnly():
                self._type(box, self._mark(screen))
            for name in ("mirrorGotIt", "mirrorDone"):
                button = widget.findChild(QPushButton, name)
                if button.isVisible():
                    self._click(button)
        elif isinstance(step, model.AgreeStep):
            for partner in PARTNERS:
                button = widget.findChild(QPushButton, f"confirm_{partner}")
                if button.isEnabled():
                    self._click(button)

    def _rate(self, step: model.RateStep, widget: QWidget, forced: Any) -> None:
        """With the keyboard, as a person would: Home, then Right to the number (a scale starts
        with none chosen); now and then 'Prefer not to say'."""
        if forced is None and self.rng.random() < 0.1:
            button = widget.findChild(QPushButton, "rateUnsaid")
            if not button.isChecked():
                self._click(button)
            return
        value = forced if forced is not None else self.rng.randint(step.min, step.max)
        slider = widget.findChild(QSlider, "rateSlider")
        self.qtbot.keyClick(slider, Qt.Key.Key_Home)
        for _ in range(value - step.min):
            self.qtbot.keyClick(slider, Qt.Key.Key_Right)

    def _mark(self, screen: Any) -> str:
        text = marker(screen.actor, screen.step.id)
        self.written[(screen.step.id, screen.actor)] = text
        return f"Something true {text}"

    def _choose(self, screen: Any, widget: QWidget, forced: Any) -> None:
        step = screen.step
        options = step.options if isinstance(step, model.ChooseStep) else step.items
        if forced is not None:
            wanted = [forced]
        else:
            wanted = self.rng.sample([o.id for o in options], k=self.rng.randint(1, min(2, len(options))))
            if isinstance(step, model.ChooseStep) and not step.multiple:
                wanted = wanted[:1]
        for option in options:
            button = widget.findChild(QAbstractButton, f"option_{option.id}")
            if (option.id in wanted) != button.isChecked():
                self._click(button)
        other = widget.findChild(QLineEdit, "otherOption")
        if other is not None and forced is None and self.rng.random() < 0.5:
            self._type(other, self._mark(screen))

    def _timer(self, widget: QWidget) -> None:
        minutes = widget.findChild(QComboBox, "timerMinutes")
        if minutes is not None and minutes.isVisible():
            minutes.setCurrentIndex(self.rng.randrange(minutes.count()))
        start = widget.findChild(QPushButton, "startTimer")
        if start is not None and start.isVisible():
            self._click(start)
        details = widget.findChild(QPushButton, "pauseDetailsButton")
        if details is not None and details.isVisible() and self.rng.random() < 0.7:
            self._details(widget, details)
        remaining = self.page.run.remaining(self.page.run.screen.step.id)
        if remaining is not None:
            self.clock.advance(seconds=remaining.total_seconds() + 1)
            self.window.tick()

    def _details(self, widget: Any, button: QPushButton) -> None:
        """A running pause's optional details: who called it, its length, how flooded."""
        self._click(button)
        panel = widget.details
        caller = self.rng.choice(list(panel.caller_buttons.values()))
        self.qtbot.mouseClick(caller, Qt.MouseButton.LeftButton, pos=QPoint(8, caller.height() // 2))
        if panel.minutes is not None:
            panel.minutes.setCurrentIndex(self.rng.randrange(panel.minutes.count()))
        for step_widget in panel.steps.values():
            slider = step_widget.findChild(QSlider, "rateSlider")
            if slider is not None:
                self.qtbot.keyClick(slider, Qt.Key.Key_Left)

    def _turns(self, widget: QWidget) -> None:
        for _ in range(100):
            if self.page.run.blocked() is None:
                return
            start = widget.findChild(QPushButton, "startTurn")
            if start.isVisible():
                self._click(start)
                self.clock.advance(minutes=1)
                self.window.tick()
            self._click(widget.findChild(QPushButton, "nextTurn"))
        raise AssertionError("the turns never ended")

    def _type(self, box: QWidget, text: str) -> None:
        assert box is not None and box.isVisible()
        if isinstance(box, QPlainTextEdit):
            box.setPlainText(text)
        else:
            assert isinstance(box, QLineEdit)
            box.setText(text)

    def _click(self, button: QAbstractButton | None) -> None:
        assert button is not None, "no such button on this screen"
        assert button.isVisible() and button.isEnabled(), f"{button.objectName()} cannot be clicked"
        if isinstance(button, (QCheckBox, QRadioButton)):
            # On its box or circle, as a person would: the middle of a wide row takes no click.
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
        else:
            self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --------------------------------------------------------------------------- steering branches


def branch_outcomes(exercise: model.Exercise) -> dict[str, list[Any]]:
    """For each branch that looks at an answer: a value of its ``on`` step for each way out
    (every case, then 'otherwise'), where such a value exists."""
    out: dict[str, list[Any]] = {}
    for step in exercise.steps:
        if not isinstance(step, model.BranchStep) or step.on is None:
            continue
        target = exercise.step(step.on)
        values = [_value_for(case, target) for case in step.cases]
        values.append(_value_for_none(step.cases, target))
        out[step.on] = [v for v in values if v is not None]
    return out


def _value_for(case: model.Case, target: model.StepBase) -> Any:
    if case.includes is not None:
        return case.includes
    if case.at_least is not None:
        return case.at_least
    if case.at_most is not None:
        return case.at_most
    return None


def _value_for_none(cases: list[model.Case], target: model.StepBase) -> Any:
    """A value that matches no case (the branch's 'otherwise')."""
    if isinstance(target, model.RateStep):
        for value in range(target.min, target.max + 1):
            if not any(_rate_matches(case, value) for case in cases):
                return value
        return None
    if isinstance(target, (model.ChooseStep, model.ChecklistStep)):
        options = target.options if isinstance(target, model.ChooseStep) else target.items
        taken = {case.includes for case in cases}
        return next((o.id for o in options if o.id not in taken), None)
    return None


def _rate_matches(case: model.Case, value: int) -> bool:
    if case.at_least is not None and value < case.at_least:
        return False
    return not (case.at_most is not None and value > case.at_most)


def steered(exercise: model.Exercise) -> list[dict[str, Any]]:
    """Every combination of ways out of the exercise's branches, as ``forced`` answers."""
    combos: list[dict[str, Any]] = [{}]
    for on, values in branch_outcomes(exercise).items():
        combos = [{**combo, on: value} for combo in combos for value in values]
    return combos
