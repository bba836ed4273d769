"""The pieces the Today page is made of: cards, rules, and the rows it reuses across refreshes.

Widgets are made with their parent, top down: under a style sheet, moving a widget into
another re-styles it and everything in it, and Today is shown at start-up.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..core.safe_text import display_text
from .i18n import translate
from .plain_words import plain_tooltip
from .reflow import ReflowRow
from .words import shortened

STATEMENT_CHARS = 160
"""A longer boundary is shortened on Today (the full text is on the Boundaries page)."""


def label(parent: QWidget, text: str = "", *, name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    widget = QLabel(text, parent)
    if name:
        widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def card(parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName(name)
    frame.setProperty("card", True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    return frame, layout


def lines_beside_button(layout: QVBoxLayout, top: QLabel, below: QLabel, button: QPushButton) -> None:
    """Two lines of words on the left, their button on the right, centred beside them."""
    row = ReflowRow()  # the button under the words when they do not fit beside it
    words = QVBoxLayout()
    words.setSpacing(4)
    words.addWidget(top)
    words.addWidget(below)
    row.addLayout(words, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    layout.addLayout(row)


def rule(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setProperty("role", "rule")
    return line


class RunRow(QWidget):
    """One unfinished run: its title, when it was left, Delete (which asks first) and Resume. Reused across refreshes,
    so a refresh is cheap and keyboard focus on a Resume button survives it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayRun")
        self.run_id = ""
        self.rule = rule(self)
        self.title = label(self, name="todayRunTitle", role="runTitle")
        self.when = label(self, name="todayRunWhen", role="hint")
        self.button = QPushButton(translate("today_rows", "Resume"), self)
        self.delete_button = QPushButton(translate("today_rows", "Delete..."), self)
        self.delete_button.setProperty("role", "link")
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.when)
        line = ReflowRow()
        line.setContentsMargins(0, 8, 0, 8)
        line.addLayout(words, 1)
        line.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignVCenter)
        line.addSpacing(8)
        line.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rule)
        layout.addLayout(line)

    def show_run(self, run_id: str, title: str, when: str, first: bool) -> None:
        self.run_id = run_id
        self.setProperty("runId", run_id)
        self.rule.setVisible(not first)
        self.title.setText(display_text(title))  # as it was kept, shown safely
        self.when.setText(translate("today_rows", "Left off {when}").format(when=when))
        self.button.setObjectName(f"resumeRun{run_id}")
        self.button.setAccessibleName(
            translate("today_rows", "Resume {title}, left off {when}").format(title=title, when=when)
        )
        self.delete_button.setObjectName(f"deleteRun{run_id}")
        self.delete_button.setAccessibleName(translate("today_rows", "Delete {title}...").format(title=title))


class BoundaryRow(QWidget):
    """One boundary on Today: the statement (shortened when long) and a quiet line under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayBoundary")
        self.rule = rule(self)
        self.statement = label(self, name="todayBoundaryStatement")
        self.statement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.meta = label(self, name="todayBoundaryMeta", role="hint")
        words = QVBoxLayout()
        words.setContentsMargins(0, 8, 0, 8)
        words.setSpacing(2)
        words.addWidget(self.statement)
        words.addWidget(self.meta)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rule)
        layout.addLayout(words)

    def show_boundary(self, statement: str, meta: str, first: bool) -> None:
        self.rule.setVisible(not first)
        statement = display_text(statement)  # as typed, shown safely
        self.statement.setText(shortened(statement, STATEMENT_CHARS))
        self.statement.setToolTip(plain_tooltip(statement) if len(statement) > STATEMENT_CHARS else "")
        self.meta.setText(meta)
