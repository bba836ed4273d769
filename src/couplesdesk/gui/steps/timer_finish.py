"""Finishing a timer early (``can_finish_early``): each partner says "I'm ready to finish", and
once both have, the timer ends as if it had run out. Until then either may take it back, and
the timer runs on. In a solo run its one person finishes it. A pause never offers this: it
keeps the time it named."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...core import model
from ...core.engine import Run
from ...storage import StoreError
from ..i18n import translate
from ..plain import button_text


def offers_finish_early(step: model.TimerStep) -> bool:
    """Whether a running timer's screen offers to end it early: never for a pause."""
    return step.can_finish_early and not step.announce_return


def _hint(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty("role", "hint")
    return label


class FinishEarly(QFrame):
    """Signals:

    changed(): someone said (or took back) that they are ready; the timer may have ended.
    failed(str): it could not be saved (the message is for people).
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(self, run: Run, step: model.TimerStep, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finishEarly")
        self.run, self.step = run, step
        self.solo = run.exercise.who == "solo"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(8)
        question = (
            translate("steps/timer_finish", "Ready before the time is up?")
            if self.solo
            else translate(
                "steps/timer_finish",
                "Ready before the time is up? When you both are, each of you say so, and the timer ends.",
            )
        )
        layout.addWidget(_hint(question, "finishEarlyHint"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key in run.finishers():
            button = QPushButton()
            button.setObjectName(f"readyToFinish_{key}")
            button.setCheckable(not self.solo)  # a partner may take it back until both are ready
            button.clicked.connect(lambda _=False, k=key: self._say(k))
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.waiting = _hint("", "finishEarlyWaiting")
        layout.addWidget(self.waiting)
        self.refresh()

    def _say(self, key: str) -> None:
        ready = key not in self.run.ready_to_finish(self.step.id)
        try:
            self.run.say_ready_to_finish(key, ready)
        except StoreError as exc:
            self.failed.emit(str(exc))
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        ready = self.run.ready_to_finish(self.step.id)
        for key, button in self.buttons.items():
            done = key in ready
            name = self.run.name(key)
            button.setChecked(done)
            if button.property("confirmed") != done:  # set apart, as a confirmed agreement is
                button.setProperty("confirmed", done)
                button.style().unpolish(button)
                button.style().polish(button)
            if self.solo:
                button.setText(translate("steps/timer_finish", "I'm ready to finish"))
                button.setAccessibleName(translate("steps/timer_finish", "I'm ready to finish: end the timer now"))
            else:
                ready_words = translate("steps/timer_finish", "{name}: I'm ready to finish").format(name=name)
                button.setText(button_text(f"{ready_words} ✓" if done else ready_words))
                button.setAccessibleName(
                    translate("steps/timer_finish", "{name} is ready to finish; press to take it back").format(
                        name=name
                    )
                    if done
                    else translate("steps/timer_finish", "{name}: I'm ready to finish early").format(name=name)
                )
            button.updateGeometry()
        waiting = [self.run.name(key) for key in self.buttons if key in ready]
        if len(waiting) == 1 and not self.solo:
            self.waiting.setText(
                translate(
                    "steps/timer_finish", "{name} is ready to finish. The timer runs on until you both are."
                ).format(name=waiting[0])
            )

        self.waiting.setVisible(len(waiting) == 1 and not self.solo)

    def let_go_of_focus(self, to: QWidget) -> None:
        """The timer has ended and these buttons are gone: the keyboard must not stay on a hidden one."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            to.setFocus(Qt.FocusReason.OtherFocusReason)
