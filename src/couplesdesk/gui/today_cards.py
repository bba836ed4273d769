"""Two parts of the Today page: the card of a talk planned for later, and the couple's rhythm
(how many days a week they hope to share on, and a break that stops all counting).

Widgets are made with their parent, top down (see today_rows)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QPushButton, QVBoxLayout, QWidget

from ..core.rhythm import INTENTIONS, Rhythm
from .i18n import QT_TRANSLATE_NOOP, translate
from .reflow import ReflowRow
from .today_rows import label
from .words import days_words, talk_words

BREAK_WHY = QT_TRANSLATE_NOOP(
    "today_cards",
    "Illness, travel, a hard week: a break stops all counting and reminders on Today. "
    "Nothing you shared is lost, and you can come back whenever you like.",
)


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
        self.heading = label(self, translate("today_cards", "Your talk"), name="todayTalkHeading", role="section")
        self.when = label(self, name="todayTalkWhen", role="cardLead")
        self.body = label(
            self,
            translate(
                "today_cards",
                "You chose this time to pick up your talk after a pause. Come back to it gently, when you're both there.",
            ),
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
            self.setAccessibleName(translate("today_cards", "Your talk: {when}").format(when=self.when.text()))


class RhythmControls(QWidget):
    """About how many days a week the couple hopes to share on, and 'We're taking a break'
    (or 'We're back').

    Signals:
        intention_chosen(int): a new weekly intention, in days.
        break_asked(bool): True to start a break, False to end it.
    """

    intention_chosen = Signal(int)
    break_asked = Signal(bool)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("todayRhythm")
        row = ReflowRow(self)  # one under another when the text is large
        row.setContentsMargins(0, 4, 0, 0)
        row.setSpacing(8)
        self.intro = label(
            self, translate("today_cards", "Your rhythm: about"), name="todayIntentionLabel", role="hint", wrap=False
        )
        self.intention = QComboBox(self)
        self.intention.setObjectName("todayIntention")
        self.intention.setAccessibleName(translate("today_cards", "How many days a week you hope to share on"))
        for days in INTENTIONS:
            self.intention.addItem(days_words(days), days)
        self.after = label(
            self, translate("today_cards", "a week"), name="todayIntentionAfter", role="hint", wrap=False
        )
        self.intro.setBuddy(self.intention)
        self.pause_button = QPushButton(translate("today_cards", "We're taking a break"), self)
        self.pause_button.setObjectName("todayBreak")
        self.pause_button.setProperty("role", "link")
        why = translate("today_cards", BREAK_WHY)
        self.pause_button.setToolTip(why)
        self.pause_button.setAccessibleDescription(why)
        for widget in (self.intro, self.intention, self.after):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.pause_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._on_break = False
        self.intention.activated.connect(lambda index: self.intention_chosen.emit(int(self.intention.itemData(index))))
        self.pause_button.clicked.connect(lambda: self.break_asked.emit(not self._on_break))

    def show_rhythm(self, rhythm: Rhythm) -> None:
        self._on_break = rhythm.on_break_since is not None
        for widget in (self.intro, self.intention, self.after):
            widget.setVisible(not self._on_break)  # during a break, there is nothing to aim for
        index = self.intention.findData(rhythm.intention)
        if index != self.intention.currentIndex() and not self.intention.hasFocus():
            self.intention.setCurrentIndex(index)
        if self._on_break:
            self.pause_button.setText(translate("today_cards", "We're back"))
            self.pause_button.setAccessibleName(translate("today_cards", "We're back: end the break"))
        else:
            self.pause_button.setText(translate("today_cards", "We're taking a break"))
            self.pause_button.setAccessibleName(
                translate("today_cards", "We're taking a break: stop counting and reminders")
            )
