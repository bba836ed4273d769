"""The optional details of a running pause: who called it, its length, and the timer's
``details`` steps (how flooded, the signs). Nothing here is needed to pause, and all of it
can be changed while the pause runs; a new length moves the return time, said again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...core import model
from ...core.clock import format_time
from ...core.engine import Run, RunError, Screen
from ...core.people import PARTNERS
from ...storage import StoreError
from ..i18n import translate
from ..plain import button_text
from ..services import Services
from .base import WIDGETS

NOT_SAID = "nobody"


def length_choices(lo: float, hi: float, default: float) -> list[float]:
    """Lengths to offer: the bounds, every 5 minutes between them, and the default."""
    values = {lo, hi, default}
    step = 5.0
    value = (lo // step + 1) * step
    while value < hi:
        values.add(value)
        value += step
    return sorted(values)


def minutes_words(minutes: float) -> str:
    """'20 minutes', '1 minute', '2.5 minutes'. One minute has words of its own rather than a
    ``%n`` plural: pyside6-lupdate marks no plural form for a count it cannot read as a number."""
    if minutes == 1:
        return translate("steps/pause_details", "1 minute")
    if float(minutes).is_integer():
        return translate("steps/pause_details", "{count} minutes").format(count=int(minutes))
    return translate("steps/pause_details", "{minutes} minutes").format(minutes=f"{minutes:g}")


def toggle_button(text: str, name: str) -> QPushButton:
    """A quiet button that opens and closes something below it."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setCheckable(True)
    button.setProperty("role", "toggle")
    button.setAccessibleName(text)
    return button


def _label(text: str, name: str = "", role: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    return label


class PauseDetails(QFrame):
    """Signals:

    failed(str): a write did not happen (the message is for people).
    moved(): the length changed, so the return time moved.
    """

    failed = Signal(str)
    moved = Signal()

    def __init__(self, run: Run, step: model.TimerStep, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pauseDetails")
        self.run, self.step, self.services = run, step, services
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.layout_.setSpacing(12)
        self.layout_.addWidget(
            _label(
                translate("steps/pause_details", "All optional. Change any of it while the pause runs."),
                "pauseDetailsIntro",
                "hint",
            )
        )
        self.caller_buttons: dict[str, QRadioButton] = {}
        self.minutes: QComboBox | None = None
        self.steps: dict[str, QWidget] = {}
        if step.ask_caller:
            self._build_caller()
        if step.adjustable:
            self._build_length()
        self.note = _label("", "pauseMoved", "hint")
        self.note.hide()
        self.layout_.addWidget(self.note)
        for detail in step.details:
            self._build_detail(run.exercise.step(detail))

    def _build_caller(self) -> None:
        # The question on a line of its own: beside the names (and longer words in German) it
        # pushed 'Not said' out of a small window.
        self.layout_.addWidget(_label(translate("steps/pause_details", "Who called the pause?"), "pauseCallerQuestion"))
        row = QHBoxLayout()
        row.setSpacing(16)
        self.caller_group = QButtonGroup(self)
        caller = self.run.caller(self.step)
        for key in (*PARTNERS, NOT_SAID):
            name = self.run.name(key) if key != NOT_SAID else translate("steps/pause_details", "Not said")
            button = QRadioButton(button_text(name))
            button.setObjectName(f"pauseCaller_{key}")
            button.setAccessibleName(translate("steps/pause_details", "Who called the pause: {name}").format(name=name))
            self.caller_group.addButton(button)
            button.setChecked(key == (caller or NOT_SAID))
            self.caller_buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.caller_group.buttonToggled.connect(self._caller_changed)

    def _build_length(self) -> None:
        lo, hi = self.step.bounds
        row = QHBoxLayout()
        self.minutes = QComboBox()
        self.minutes.setObjectName("timerMinutes")
        self.minutes.setAccessibleName(
            translate("steps/pause_details", "Length of the pause, {low} to {high} minutes").format(
                low=f"{lo:g}", high=f"{hi:g}"
            )
        )
        for value in length_choices(lo, hi, self.step.minutes):
            self.minutes.addItem(minutes_words(value), value)
        self._show_minutes()
        label = QLabel(translate("steps/pause_details", "Length:"))
        label.setBuddy(self.minutes)
        row.addWidget(label)
        row.addWidget(self.minutes)
        row.addStretch(1)
        self.layout_.addLayout(row)
        self.minutes.currentIndexChanged.connect(self._minutes_changed)

    def _build_detail(self, detail: model.StepBase) -> None:
        """A detail step, shown by its own kind's widget, answered by both at the screen."""
        self.layout_.addSpacing(8)
        if detail.title is not None:
            self.layout_.addWidget(_label(self.run.render(detail.title), f"detailTitle_{detail.id}", "section"))
        screen = Screen(step=detail, index=self.run.exercise.index_of(detail.id), turn=0, actor="together")
        widget = WIDGETS[screen.kind](self.run, screen, self.services)
        widget.setObjectName(f"detail_{detail.id}")
        widget.edited.connect(lambda value, d=detail: self._save(d, value))
        widget.failed.connect(self.failed.emit)
        self.layout_.addWidget(widget)
        self.steps[detail.id] = widget

    # ------------------------------------------------------------------ acting

    def _write(self, action: Any) -> bool:
        try:
            action()
        except StoreError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def _save(self, detail: model.StepBase, value: Any) -> None:
        self._write(lambda: self.run.set_answer(value, author="together", step=detail))

    def _caller_changed(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        key = next(k for k, b in self.caller_buttons.items() if b is button)
        partner = None if key == NOT_SAID else key
        if not self._write(lambda: self.run.say_caller(partner)):
            caller = self.run.caller(self.step) or NOT_SAID
            self.caller_buttons[caller].setChecked(True)

    def _minutes_changed(self, _index: int) -> None:
        assert self.minutes is not None
        minutes = float(self.minutes.currentData())
        try:
            done = self._write(lambda: self.run.choose_minutes(minutes))
        except RunError as exc:
            self.note.setText(str(exc))
            self.note.show()
            done = False
        if not done:
            self._show_minutes()
            return
        deadline = self.run.deadline(self.step.id)
        if deadline is not None:
            self.note.setText(
                translate("steps/pause_details", "The return time is now {time}. Tell each other.").format(
                    time=format_time(deadline)
                )
            )
            self.note.show()
        self.moved.emit()

    def _show_minutes(self) -> None:
        assert self.minutes is not None
        self.minutes.blockSignals(True)
        self.minutes.setCurrentIndex(max(self.minutes.findData(self.run.chosen_minutes(self.step)), 0))
        self.minutes.blockSignals(False)
