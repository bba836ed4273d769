"""How an answer looks when partners read it together: choices as chips, a rating in words
with a short bar, and written words as they were written. Every piece is plain text: an
answer is never read as rich text.

Also how a prompt of the form 'From your day: one moment ...' reads: a small label, then
the question."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget

from ...core import model
from ...core.safe_text import display_text
from ..i18n import translate
from ..palette import current

LABEL = re.compile(r"^([A-Z][^.:!?,;]{1,40}): (.+)$", re.DOTALL)
"""'From your day: one moment...': a short label of at most a few words, a colon, the question."""


def label_and_question(prompt: str) -> tuple[str | None, str]:
    """A prompt that starts with a short label ('From your day: ...') split into the label and
    the question (capitalised); any other prompt whole, with no label."""
    match = LABEL.match(prompt.strip())
    if match is None or len(match[1].split()) > 4:
        return None, prompt
    question = match[2].strip()
    return match[1], question[:1].upper() + question[1:]


def rating_words(value: int, step: model.RateStep, exercise: model.Exercise) -> str:
    """'5 of 10: somewhere in between', '9 of 10: leaning towards very close', '0 of 10: far apart'."""
    low, high = exercise.text(step.low_label), exercise.text(step.high_label)
    number = (
        translate("steps/answers", "{value} of {max}").format(value=value, max=step.max)
        if step.min == 0
        else translate("steps/answers", "{value}, on a scale from {min} to {max}").format(
            value=value, min=step.min, max=step.max
        )
    )
    share = (value - step.min) / (step.max - step.min)
    if value == step.min:
        where = low
    elif value == step.max:
        where = high
    elif share <= 0.3:
        where = translate("steps/answers", "leaning towards {end}").format(end=low)
    elif share >= 0.7:
        where = translate("steps/answers", "leaning towards {end}").format(end=high)
    else:
        where = translate("steps/answers", "somewhere in between")
    return translate("steps/answers", "{number}: {where}").format(number=number, where=where)


def plain(text: str, name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    return label


class Chip(QLabel):
    """A choice as a small rounded label: one line as long as its words, wrapping only when
    it is wider than the card."""

    def __init__(self, text: str, name: str):
        super().__init__()
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.setWordWrap(True)
        self.setObjectName(name)
        self.setProperty("role", "answerChip")
        self.setContentsMargins(10, 3, 10, 3)  # in code: a wrapped label counts these in its height

    def sizeHint(self) -> QSize:
        self.ensurePolished()
        margins, metrics = self.contentsMargins(), self.fontMetrics()
        width = metrics.horizontalAdvance(self.text()) + margins.left() + margins.right() + 2
        return QSize(width, metrics.height() + margins.top() + margins.bottom())


class FlowLayout(QLayout):
    """Lays out its items in rows, wrapping to the next row when one is full (chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure, ``move=False``); returns the height used.
        An item wider than a whole row gets the row, and wraps its words to it."""
        x, y, row = rect.x(), rect.y(), 0
        for item in self._items:
            size = item.sizeHint()
            if size.width() > rect.width() > 0:
                width = rect.width()
                height = item.heightForWidth(width) if item.hasHeightForWidth() else size.height()
                size = QSize(width, max(height, size.height()))
            if x + size.width() > rect.right() + 1 and x > rect.x():
                x, y, row = rect.x(), y + row + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), size))
            x += size.width() + self._spacing
            row = max(row, size.height())
        return y + row - rect.y()


class RatingBar(QWidget):
    """A short bar: the scale, filled up to the number chosen."""

    def __init__(self, value: int, step: model.RateStep, parent: QWidget | None = None):
        super().__init__(parent)
        self.share = (value - step.min) / (step.max - step.min)
        self.setFixedSize(120, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(current().border))
        painter.drawRoundedRect(QRectF(0, 1, self.width(), 6), 3, 3)
        painter.setBrush(QColor(current().calm))
        painter.drawRoundedRect(QRectF(0, 1, max(6.0, self.width() * self.share), 6), 3, 3)
        painter.end()


LONG_ANSWER = 2000
"""Longer answers are read in a box of their own that scrolls: a wrapped label lays all of
its text out again on every resize (two 20,000-character answers took 0.7 s to show)."""


def long_answer(text: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setObjectName(name)
    view.setReadOnly(True)
    view.setPlainText(text)
    view.setAccessibleName(translate("steps/answers", "Answer (long: it scrolls)"))
    view.setTabChangesFocus(True)
    view.ensurePolished()
    view.setFixedHeight(view.fontMetrics().lineSpacing() * 14 + 24)
    return view


def answer_view(step: model.StepBase, value: Any, exercise: model.Exercise, text: str, name: str) -> QWidget:
    """An answer for both to read: chips for choices, words and a bar for a rating, else its text
    (as typed, shown safely: see ``core.safe_text.display_text``)."""
    box = QWidget()
    box.setObjectName(name)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    if isinstance(step, (model.ChooseStep, model.ChecklistStep)) and isinstance(value, (dict, list)):
        options = step.options if isinstance(step, model.ChooseStep) else step.items
        labels = {o.id: exercise.text(o.label) for o in options}
        selected = value.get("selected", []) if isinstance(value, dict) else value
        other = str(value.get("other", "")).strip() if isinstance(value, dict) else ""
        if selected:
            chips = QWidget()
            flow = FlowLayout(chips)
            for option in selected:
                flow.addWidget(Chip(labels.get(option, str(option)), f"chip_{option}"))
            chips.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            layout.addWidget(chips)
        if other:
            layout.addWidget(plain(display_text(other), "otherAnswer"))
        if not selected and not other:
            layout.addWidget(plain(translate("steps/answers", "(nothing chosen)"), "nothingChosen", "hint"))

    elif isinstance(step, model.RateStep) and isinstance(value, int):
        layout.addWidget(plain(rating_words(value, step, exercise), "ratingWords"))
        layout.addWidget(RatingBar(value, step))
    elif len(text) > LONG_ANSWER:
        layout.addWidget(long_answer(text, "answerText"))
    else:
        layout.addWidget(plain(display_text(text), "answerText"))
    for label in box.findChildren(QLabel):
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box
