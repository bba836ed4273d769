"""Parts of the Today page: the card of a talk planned for later.

Widgets are made with their parent, top down (see today_rows)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from .today_rows import label
from .words import talk_words


class TalkCard(QFrame):
    """A talk planned after a pause: when it is, in words ('Tonight at 19:30'). Shown until
    an hour after its time."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("todayTalkCard")
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(4)
        self.heading = label(self, "Your talk", name="todayTalkHeading", role="section")
        self.when = label(self, name="todayTalkWhen", role="cardLead")
        self.body = label(
            self,
            "You chose this time to pick up your talk after a pause. Come back to it gently, when you're both there.",
            name="todayTalk",
        )
        for part in (self.heading, self.when, self.body):
            layout.addWidget(part)
        self.at: datetime | None = None
        self.hide()

    def show_talk(self, at: datetime | None, now: datetime) -> None:
        self.at = at
        self.setVisible(at is not None)
        if at is not None:
            self.when.setText(talk_words(at, now))
            self.setAccessibleName(f"Your talk: {self.when.text()}")
