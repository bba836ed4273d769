"""Something only the two of you can say: each partner presses their own button.

A boundary is marked talked through only once both confirm the talk happened (care.md:
statuses must record what happened). Whoever happens to be at the screen cannot say it for
the other: each presses the button with their own name, in any order; "Not yet" leaves
everything as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..core.people import PARTNERS
from .i18n import translate
from .reflow import fit_to_words


class TalkedThrough(QDialog):
    """Asks each partner, by name, whether the two of them have talked the boundary through."""

    def __init__(self, names: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("talkedThroughDialog")
        self.setWindowTitle(translate("both_confirm", "Talked through?"))
        self.names = names
        question = QLabel(
            translate(
                "both_confirm",
                "Mark this boundary as talked through only once the two of you have talked it through "
                "together. Each of you, press your own button.",
            )
        )
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QVBoxLayout()  # one under the other: each name's whole words, at any text size
        for key in PARTNERS:
            button = QPushButton(
                translate("both_confirm", "{name}: yes, we talked it through").format(name=names.get(key, ""))
            )
            button.setObjectName(f"talkedThrough_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, k=key: self._said_yes(k))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.buttons[key] = button
        self.not_yet = QPushButton(translate("both_confirm", "Not yet"))
        self.not_yet.setObjectName("talkedThroughNotYet")
        self.not_yet.setAutoDefault(False)
        self.not_yet.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(14)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.not_yet, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(520)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, lambda: fit_to_words(self))  # the question wrapped: as tall as it needs

    def _said_yes(self, key: str) -> None:
        pressed = self.buttons[key]
        pressed.setEnabled(False)
        pressed.setText(translate("both_confirm", "{name} said yes").format(name=self.names.get(key, "")))
        waiting = [button for button in self.buttons.values() if button.isEnabled()]
        if waiting:
            waiting[0].setFocus()
        else:
            self.accept()


def ask_both(parent: QWidget, names: dict[str, str], yes: Callable[[], None], not_yet: Callable[[], None]) -> None:
    """Open the question over ``parent``: ``yes()`` once both have said so, else ``not_yet()``."""
    dialog = TalkedThrough(names, parent)
    dialog.accepted.connect(yes)
    dialog.rejected.connect(not_yet)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
