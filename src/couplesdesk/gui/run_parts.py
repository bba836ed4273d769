"""The pieces the run page is made of: its header, the centred panels between steps (the
hand-over, the end) and the footer with Back, Leave for now and Next."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from .i18n import translate
from .plain import button_text as button_text  # the run page's names on buttons and tooltips, as typed
from .plain import plain_tooltip as plain_tooltip
from .reflow import ReflowRow


def shortcut(owner: QWidget, keys: str, slot: Callable[[], object]) -> None:
    """``keys`` call ``slot`` while the focus is in ``owner`` (or in something inside it)."""
    made = QShortcut(QKeySequence(keys), owner)
    made.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    made.activated.connect(slot)


def text_label(name: str, role: str = "", *, wrap: bool = True, centred: bool = False) -> QLabel:
    """A plain-text label (exercise and partner words are never read as rich text)."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class HandoverWords(NamedTuple):
    """What the screen between a private turn and the next step says."""

    title: str
    text: str
    sub: str
    button: str
    name: str  # the button's name for a screen reader


class RunHeader(QWidget):
    """The exercise's name, the step's title, and whose turn it is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.exercise_label = text_label("runExercise", "hint")
        self.title = text_label("stepTitle", "title")
        self.actor = text_label("actorChip", "chip", wrap=False)
        titles = QVBoxLayout()
        titles.addWidget(self.exercise_label)
        titles.addWidget(self.title)
        layout = ReflowRow(self)  # the chip under the titles when the text is large
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(titles, 1)
        layout.addWidget(self.actor, 0, Qt.AlignmentFlag.AlignTop)


class CentredPanel(QWidget):
    """A message in the middle of the page with one button under it: the hand-over between
    partners, 'together again', and the end of a run."""

    def __init__(self, name: str, text_name: str, button_name: str, sub_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.text = text_label(text_name, "title", centred=True)
        self.sub = text_label(sub_name, centred=True) if sub_name else None
        self.button = QPushButton()
        self.button.setObjectName(button_name)
        self.button.setProperty("primary", True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.text)
        if self.sub is not None:
            layout.addWidget(self.sub)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)

    def say(self, words: HandoverWords) -> None:
        """Show the words of a hand-over (or of coming back together)."""
        self.text.setText(words.text)
        if self.sub is not None:
            self.sub.setText(words.sub)
        self.button.setText(words.button)
        self.button.setAccessibleName(words.name)


class RunFooter(QWidget):
    """Back and Leave for now on the left; why Next waits, and Next, on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.back_button = QPushButton(translate("run_parts", "Back"))
        self.back_button.setObjectName("runBack")
        self.back_button.setAccessibleName(translate("run_parts", "Back to the previous step (Alt+Left)"))
        self.leave_button = QPushButton(translate("run_parts", "Leave for now"))
        self.leave_button.setObjectName("runLeave")
        self.leave_button.setAccessibleName(
            translate("run_parts", "Leave the exercise for now; it is kept and can be resumed (Esc)")
        )
        self.blocked_label = text_label("blockedReason", "hint")  # wraps in a small window, never cut
        self.blocked_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_button = QPushButton(translate("run_parts", "Next"))
        self.next_button.setObjectName("runNext")
        self.next_button.setProperty("primary", True)
        self.next_button.setAccessibleName(translate("run_parts", "Next step (Ctrl+Enter)"))
        layout = ReflowRow(self)  # Back and Leave above why Next waits and Next, when the text is large
        layout.setContentsMargins(0, 0, 0, 0)
        left, right = QHBoxLayout(), QHBoxLayout()
        left.addWidget(self.back_button)
        left.addWidget(self.leave_button)
        left.addStretch(1)
        right.addWidget(self.blocked_label, 1)
        right.addWidget(self.next_button)
        layout.addLayout(left)
        layout.addLayout(right, 1)


class StepArea(QScrollArea):
    """Where the current step is shown, scrolling. Not a stop of its own in the Tab order (what
    is in it is). A new step joins ``column`` before the old one leaves, so that the focus can
    go straight to it: hidden with the focus, a control hands it on (to Back, Leave...) and a
    screen reader reads each."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("stepArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        holder = QWidget()
        self.column = QVBoxLayout(holder)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.setWidget(holder)
