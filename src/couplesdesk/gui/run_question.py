"""The screens of a run that come before (or between) its steps: 'Who goes first?' with one
button per partner, and, for a solo exercise left part of the way, 'carry on or start afresh?'
shown only to its author, once they have said who they are."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ..core.people import PARTNERS
from ..storage import Couple
from .i18n import translate
from .palette import fill, partner_line
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import HandoverWords, button_text, text_label


def handover_words(name: str, other: str) -> HandoverWords:
    """Handing the screen to ``name`` for a private turn, while ``other`` looks away."""
    return HandoverWords(
        translate("run_question", "Time to hand over"),
        translate("run_question", "Hand the screen to {name}.").format(name=name),
        translate(
            "run_question", "This part is for {name} alone. {other}, please look away or step out for a moment."
        ).format(name=name, other=other),
        button_text(translate("run_question", "I'm {name}, show me").format(name=name)),
        translate("run_question", "I am {name}; show my private step").format(name=name),
    )


def together_words(name: str | None) -> HandoverWords:
    """Coming back to the shared screen, for a step for ``name``, or for both (None)."""
    sub = (
        translate("run_question", "The next step is for both of you, with the screen shared.")
        if name is None
        else translate("run_question", "The next step is for {name}, with the screen shared.").format(name=name)
    )
    return HandoverWords(
        translate("run_question", "Together again"),
        translate("run_question", "Come back to the screen together."),
        sub,
        translate("run_question", "We're both here"),
        translate("run_question", "We are both here; continue"),
    )


def who_question() -> str:
    """The question before a solo exercise (an exercise with roles asks its own)."""
    return translate("run_question", "Who is doing this exercise?")


def solo_note() -> str:
    """Under the names, before a solo exercise."""
    return translate("run_question", "Started it before? Choose your name to carry on where you left off.")


def _press_on_enter(button: QPushButton) -> None:
    for keys in ("Return", "Enter"):
        shortcut = QShortcut(QKeySequence(keys), button)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(button.click)


class QuestionPage(QWidget):
    """Signals:

    picked(str): the partner chosen (the one who goes first, or who is doing a solo exercise).
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)

    def ask(self, question: str, couple: Couple | None, note: str = "") -> list[QPushButton]:
        """One button per partner, in a row that replaces any earlier one; ``note`` under it."""
        while self.layout_.count():
            item = self.layout_.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:  # the row of an earlier question: gone from the screen now
                widget.hide()
                widget.setParent(None)  # and from the page at once, not on the next turn of the loop
                widget.deleteLater()
        self.layout_.addStretch(1)
        row = QWidget(self)
        row.setObjectName("whoGoesFirst")
        line = ReflowRow(row)
        line.addStretch(1)
        buttons = [self._button(row, key, question, couple) for key in PARTNERS]
        for button in buttons:
            line.addWidget(button)
        line.addStretch(1)
        self.layout_.addWidget(row)
        if note:
            hint = text_label("questionNote", "hint", centred=True)
            hint.setText(note)
            self.layout_.addWidget(hint)
        self.layout_.addStretch(2)
        row.show()  # now, not on the next turn of the event loop: focus and clicks reach it at once
        return buttons

    def _button(self, row: QWidget, key: str, question: str, couple: Couple | None) -> QPushButton:
        name = couple.partner(key).name if couple else key
        button = QPushButton(button_text(name), row)
        button.setObjectName(f"first_{key}")
        button.setAccessibleName(f"{question} {name}")
        button.setMinimumWidth(160)
        if couple is not None:
            colour = couple.partner(key).color
            button.setStyleSheet(
                fill(
                    f"QPushButton {{ border: 2px solid {partner_line(colour)}; font-size: 14pt; padding: 14px 28px; }}"
                )
            )
        button.clicked.connect(lambda _=False, k=key: self.picked.emit(k))
        _press_on_enter(button)
        return button


class SoloResumePanel(QWidget):
    """A solo run its author left part of the way: carry on where they left off, or start afresh.
    It is never listed on Today (a shared screen); it is offered here, after the author has
    said who they are."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("soloResume")
        self.text = text_label("soloResumeText", "title", centred=True)
        self.sub = text_label("soloResumeSub", centred=True)
        self.carry_on = QPushButton(translate("run_question", "Carry on where I left off"))
        self.carry_on.setObjectName("soloCarryOn")
        self.carry_on.setProperty("primary", True)
        self.afresh = QPushButton(translate("run_question", "Start afresh"))
        self.afresh.setObjectName("soloAfresh")
        buttons = ReflowRow()
        buttons.addStretch(1)
        for button in (self.carry_on, self.afresh):
            buttons.addWidget(button)
            _press_on_enter(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        layout.addWidget(self.sub)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)

    def show_offer(self, name: str, when: str) -> None:
        self.text.setText(translate("run_question", "Welcome back, {name}.").format(name=name))
        self.sub.setText(
            translate(
                "run_question",
                "You left this {when}, part of the way through. It is kept for you alone. "
                "Carry on where you left off, or start afresh?",
            ).format(when=when)
        )
