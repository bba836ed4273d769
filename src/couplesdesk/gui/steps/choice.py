"""Steps where people pick: choose, checklist and rate."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSlider,
    QWidget,
)

from ...core import model
from ..i18n import translate
from ..plain import button_text, set_markdown
from .base import StepWidget, widget_for


def option_columns(labels: list[str]) -> int:
    """How many columns a list of options reads best in: a long list of short words (the
    14 feelings of 'After a hard moment') in columns, so it fits without scrolling; a few
    options, or sentences, one under the other."""
    longest = max((len(label) for label in labels), default=0)
    if len(labels) < 7 or longest > 32:
        return 1
    if longest <= 18 and len(labels) >= 12:
        return 3
    return 2


@widget_for("choose", "checklist")
class ChooseWidget(StepWidget[model.ChooseStep | model.ChecklistStep]):
    """One or several options (choose), or items to tick (checklist)."""

    saves_at_once = True

    def build(self) -> None:
        step = self.step
        self.checklist = isinstance(step, model.ChecklistStep)
        multiple = self.checklist or (isinstance(step, model.ChooseStep) and step.multiple)
        self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        if isinstance(step, model.ChooseStep) and step.multiple:
            self.add_label(translate("steps/choice", "Choose as many as fit."), "stepHint", role="hint")
        value = self.current_answer()
        selected = set(value if self.checklist else (value or {}).get("selected", [])) if value else set()
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        options = step.items if isinstance(step, model.ChecklistStep) else step.options
        labels = [self.text(option.label) for option in options]
        columns = option_columns(labels)
        grid: QGridLayout | None = None
        if columns > 1:
            grid = QGridLayout()
            grid.setHorizontalSpacing(24)
            self.layout_.addLayout(grid)
        rows = math.ceil(len(options) / columns)
        for i, (option, label) in enumerate(zip(options, labels, strict=True)):
            button: QAbstractButton = QCheckBox(button_text(label)) if multiple else QRadioButton(button_text(label))
            button.setObjectName(f"option_{option.id}")
            button.setAccessibleName(label)
            button.setChecked(option.id in selected)
            if multiple:  # not grouped: in a group, Qt makes all the boxes one Tab stop
                button.toggled.connect(lambda *_: self._changed())
            else:
                self.group.addButton(button)
            if grid is None:
                self.layout_.addWidget(button)
            else:  # down each column, then the next: the order people read (and Tab moves) in
                grid.addWidget(button, i % rows, i // rows)
            self.buttons[option.id] = button
        self.other: QLineEdit | None = None
        if isinstance(step, model.ChooseStep) and step.allow_other:
            self.other = QLineEdit()
            self.other.setObjectName("otherOption")
            label = (
                self.text(step.other_label)
                if step.other_label is not None
                else translate("steps/choice", "Something else")
            )
            self.other.setPlaceholderText(label)
            self.other.setAccessibleName(label)
            self.other.setText(str((value or {}).get("other", "")) if isinstance(value, dict) else "")
            self.layout_.addWidget(self.other)
            self.other.textChanged.connect(self._other_typed)
        self.group.buttonToggled.connect(self._option_toggled)
        # A sensitive question answers its author at once, on their own screen (never stored).
        self.follow_up = self.add_label("", "followUp", markdown=True, role="statement")
        self.follow_up.hide()
        self._show_follow_up()
        self.layout_.addStretch(1)

    def value(self) -> Any:
        selected = [oid for oid, b in self.buttons.items() if b.isChecked()]
        if self.checklist:
            return selected
        out: dict[str, Any] = {"selected": selected}
        if self.other is not None:
            out["other"] = self.other.text()
        return out

    def _changed(self) -> None:
        self._show_follow_up()
        self.edited.emit(self.value())

    def _option_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        """One answer counts in a single choice: choosing an option clears words of one's own."""
        if checked and self.other is not None and self.other.text():
            self.other.blockSignals(True)
            self.other.clear()
            self.other.blockSignals(False)
        self._changed()

    def _other_typed(self, text: str) -> None:
        """...and writing one's own answer in a single choice takes the place of the option chosen."""
        chosen = self.group.checkedButton()
        if text.strip() and self.group.exclusive() and chosen is not None:
            self.group.setExclusive(False)  # an exclusive group keeps one option checked
            chosen.setChecked(False)
            self.group.setExclusive(True)
        self._changed()

    def _show_follow_up(self) -> None:
        options = self.step.options if isinstance(self.step, model.ChooseStep) else []
        chosen = [o for o in options if self.buttons[o.id].isChecked() and o.follow_up is not None]
        text = "\n\n".join(self.markdown(o.follow_up) for o in chosen)
        set_markdown(self.follow_up, text)
        self.follow_up.setVisible(bool(text))

    def focus_first(self) -> None:
        first = next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()


@widget_for(
    "rate",
)
class RateWidget(StepWidget[model.RateStep]):
    """A scale with labelled ends. It starts with no number chosen (nobody is nudged towards
    one): Next waits until one is chosen, or 'Prefer not to say'."""

    saves_at_once = True

    def build(self) -> None:
        step = self.step
        self.add_label(self.text(step.prompt), "stepPrompt", role="lead")
        low, high = self.text(step.low_label), self.text(step.high_label)
        self.value_label = QLabel()
        self.value_label.setObjectName("rateValue")
        self.value_label.setProperty("role", "big")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("rateSlider")
        self.slider.setRange(step.min, step.max)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(
            translate("steps/choice", "{prompt} From {min} {low} to {max} {high}").format(
                prompt=self.text(step.prompt), min=step.min, low=low, max=step.max, high=high
            )
        )
        ends = QWidget()
        row = QHBoxLayout(ends)
        row.setContentsMargins(0, 0, 0, 0)
        low_end, high_end = QLabel(f"{step.min} · {low}"), QLabel(f"{high} · {step.max}")
        for end in (low_end, high_end):
            end.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(low_end)
        row.addStretch(1)
        row.addWidget(high_end)
        self.unsaid = QPushButton(translate("steps/choice", "Prefer not to say"))
        self.unsaid.setObjectName("rateUnsaid")
        self.unsaid.setCheckable(True)
        self.unsaid.setAccessibleName(translate("steps/choice", "Prefer not to say"))
        for widget in (self.value_label, self.slider, ends):
            self.layout_.addWidget(widget)
        self.layout_.addWidget(self.unsaid, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addStretch(1)
        value = self.current_answer()
        self.slider.setValue(value if isinstance(value, int) else (step.min + step.max) // 2)
        self._show(value)
        self.slider.valueChanged.connect(self._changed)
        # A click or drag that ends where the handle already was chooses that number too.
        self.slider.sliderReleased.connect(lambda: self._changed(self.slider.value()))
        self.unsaid.clicked.connect(self._unsaid)

    def _show(self, value: object) -> None:
        if isinstance(value, int):
            self.value_label.setText(str(value))
            self.slider.setAccessibleDescription(
                translate("steps/choice", "{value} of {max}").format(value=value, max=self.step.max)
            )
        elif value == model.UNSAID:
            self.value_label.setText(translate("steps/choice", "Not said"))
            self.slider.setAccessibleDescription(translate("steps/choice", "Prefer not to say"))
        else:
            self.value_label.setText(translate("steps/choice", "Choose a number"))
            self.slider.setAccessibleDescription(translate("steps/choice", "No number chosen yet"))

        self.unsaid.setChecked(value == model.UNSAID)
        self.value_label.setProperty("chosen", isinstance(value, int))

    def _changed(self, value: int) -> None:
        self._show(value)
        self.edited.emit(value)

    def _unsaid(self) -> None:
        value: object = model.UNSAID if self.unsaid.isChecked() else None
        self._show(value)
        self.edited.emit(value)

    def focus_first(self) -> None:
        self.slider.setFocus()
