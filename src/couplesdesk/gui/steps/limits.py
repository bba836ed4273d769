"""Answer boxes with a generous limit: a pasted book never freezes the window, and what was
typed before the limit is never lost.

A box holds at most :data:`MAX_ANSWER_CHARS` characters. Paste is cut to what fits before it
is inserted (a 5 MB paste never reaches the text layout); typing past the limit is refused.
Either way the box says so, kindly, next to it.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ..i18n import translate

MAX_ANSWER_CHARS = 20_000
"""About ten pages: far more than any step asks for."""


def limit_message() -> str:
    """What the box says when something did not fit."""
    limit = f"{MAX_ANSWER_CHARS:,}".replace(",", translate("steps/limits", ",", "thousands separator"))
    return translate(
        "steps/limits",
        "This answer can hold up to {limit} characters, so the rest was not added. Everything before it is kept.",
    ).format(limit=limit)


class AnswerBox(QPlainTextEdit):
    """A plain-text answer box that never holds more than the limit.

    Signals:
        limited(str): something was not added because the box is full (the message says so).
    """

    limited = Signal(str)

    def __init__(self, parent: QWidget | None = None, limit: int = MAX_ANSWER_CHARS):
        super().__init__(parent)
        self.limit = limit

    def room(self) -> int:
        """How many more characters fit (what is selected will be replaced)."""
        selected = len(self.textCursor().selectedText())
        return self.limit - (self.document().characterCount() - 1) + selected

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt's name)
        text = source.text()
        room = max(self.room(), 0)
        if len(text) > room:
            self.textCursor().insertText(text[:room])
            self.limited.emit(limit_message())
            return
        super().insertFromMimeData(source)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.text() and event.text().isprintable() and self.room() < len(event.text()):
            self.limited.emit(limit_message())
            return
        super().keyPressEvent(event)

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if len(text) > self.limit:
            text = text[: self.limit]
            self.limited.emit(limit_message())
        super().setPlainText(text)
