"""The end of a run: thanks, and what the run kept (a boundary, an agreement, a time to talk),
said in words and shown as it was kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.engine import Run
from ..core.engine.keeping import Kept, kept
from ..core.safe_text import display_text
from .homework_review import HomeworkReview
from .i18n import translate
from .kept_words import boundary_words
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label
from .words import ahead_words


def kept_words(item: Kept, run: Run, now: datetime) -> str:
    """What the end of a run says about one thing it kept."""
    if item.kind == "boundary":
        status = boundary_words(item.status)
        if item.author == "together":
            return translate(
                "run_finish", "Your shared boundary is in your list of boundaries, marked “{status}”:"
            ).format(status=status)
        return translate("run_finish", "{name}'s boundary is in your list of boundaries, marked “{status}”:").format(
            name=run.name(item.author), status=status
        )
    if item.kind == "agreement":
        return translate("run_finish", "Your agreement is saved, with today's date:")
    if item.at is not None:
        return translate("run_finish", "You will pick up the talk {when}. Today shows it until then.").format(
            when=ahead_words(item.at, now)
        )
    return ""


class FinishedPanel(QScrollArea):
    """Thanks, what was kept, and the way back to Today; scrolls when a small window is full."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("finished")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("run_finish", "The end of the exercise, and what it kept"))
        inner = QWidget()
        inner.setObjectName("finishedInner")
        self.text = text_label("finishedText", "title", centred=True)
        self.sub = text_label("finishedSub", "lead", centred=True)
        self.kept_box = QWidget()
        self.kept_box.setObjectName("keptBox")
        self.kept_layout = QVBoxLayout(self.kept_box)
        self.kept_layout.setContentsMargins(0, 0, 0, 0)
        self.kept_layout.setSpacing(8)
        self.button = QPushButton(translate("run_finish", "Back to Today"))
        self.button.setObjectName("finishedClose")
        self.button.setProperty("primary", True)
        column = QWidget()
        column.setMaximumWidth(620)  # a line length that reads easily, in the middle of the page
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.review = HomeworkReview()
        for part in (self.text, self.sub, self.kept_box, self.review):
            layout.addWidget(part)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignCenter)
        row = ReflowRow()
        row.addStretch(1)
        row.addWidget(column, 100)  # as wide as it may be, and centred
        row.addStretch(1)
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(24, 0, 24, 0)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setWidget(inner)

    def show_run(self, run: Run, now: datetime) -> None:
        """Thank whoever did the run, and say what it kept."""
        solo = run.exercise.who == "solo"
        title = run.exercise.text(run.exercise.title)
        self.text.setText(
            translate("run_finish", "Thank you for taking the time.")
            if solo
            else translate("run_finish", "Thank you both for taking the time.")
        )
        items = kept(run)
        if items:
            self.sub.setText(translate("run_finish", "From “{title}” today:").format(title=title))
        elif solo and title.endswith(("?", "!", ".")):  # 'You finished “What am I...?”', one stop only
            self.sub.setText(translate("run_finish", "You finished “{title}”").format(title=title))
        elif solo:
            self.sub.setText(translate("run_finish", "You finished “{title}”.").format(title=title))
        else:
            self.sub.setText(translate("run_finish", "You finished “{title}” together.").format(title=title))

        while self.kept_layout.count():
            child = self.kept_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for n, item in enumerate(items):
            line = self._line(kept_words(item, run, now), f"kept_{n}")
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)  # under the thanks; the words kept below it
            self.kept_layout.addWidget(line)
            if item.statement:
                card = self._line(display_text(item.statement), f"keptStatement_{n}", "statement")
                card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.kept_layout.addWidget(card)
        self.kept_box.setVisible(bool(items))
        self.review.show_for(run)

    @staticmethod
    def _line(text: str, name: str, role: str = "") -> QLabel:
        label = text_label(name, role)
        label.setText(text)
        return label
