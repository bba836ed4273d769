"""One run, read back calmly: its screens in order, each prompt as it was asked, what each of
you answered (as the privacy rule lets whoever is looking see it), its pauses, and what it
kept. Read-only; every piece of text is plain text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.clock import format_time
from ..core.privacy import Viewer
from ..core.safe_text import display_text
from ..core.transcript import KeptItem, Moment, Said, Transcript
from .kept_parts import AGREEMENT_WORDS
from .looks import themed
from .palette import partner_line
from .run_parts import text_label
from .words import STATUS_WORDS, WEEKDAYS, capital, month_day

STYLE = """
QScrollArea#transcriptArea, QScrollArea#transcriptArea > QWidget > QWidget { background: transparent; }
QFrame[role="moment"] { background: @surface@; border: 1px solid @border@; border-radius: 10px; }
QFrame[role="moment"] QLabel { background: transparent; }
QFrame[role="moment"] QLabel[role="hint"] { color: @muted@; }
QFrame[role="kept"] { background: @surface@; border: 1px solid @border@; border-left: 4px solid @accent@; border-radius: 8px; }
QFrame[role="kept"] QLabel { background: transparent; }
QFrame[role="kept"] QLabel[role="hint"] { color: @muted@; }
"""


def said_words(said: Said, names: dict[str, str]) -> str:
    """What a person's answer reads as: the words, or why there are none to show."""
    name = names.get(said.author, "Both of you")
    if said.words is None:
        return f"{name}'s own words, kept for {name}."
    return said.words or "Nothing written."


class TranscriptView(QWidget):
    """Signals:

    back(): back to the list of runs.
    resume_requested(str): pick this unfinished run up again (its id).
    """

    back = Signal()
    resume_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("transcript")
        themed(self, STYLE)
        self.transcript: Transcript | None = None
        self.back_button = QPushButton("Back to your history")
        self.back_button.setObjectName("transcriptBack")
        self.back_button.setProperty("role", "toggle")
        self.back_button.clicked.connect(self.back.emit)
        self.title = text_label("transcriptTitle", "sectionTitle")
        self.meta = text_label("transcriptMeta", "hint")
        self.resume = QPushButton("Pick up where you left off")
        self.resume.setObjectName("transcriptResume")
        self.resume.setProperty("primary", True)
        self.resume.clicked.connect(self._resume)
        self.notice = text_label("transcriptNotice", "hint")
        self.area = QScrollArea()
        self.area.setObjectName("transcriptArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setAccessibleName("What you did, screen by screen")
        heading = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.meta)
        heading.addLayout(titles, 1)
        heading.addWidget(self.resume, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(heading)
        layout.addWidget(self.notice)
        layout.addWidget(self.area, 1)

    @property
    def run_id(self) -> str | None:
        return self.transcript.run.id if self.transcript is not None else None

    def clear(self) -> None:
        """Nothing of the last run stays on screen (or in the widgets behind it)."""
        self.transcript = None
        old = self.area.takeWidget()
        if old is not None:
            old.deleteLater()
        for label in (self.title, self.meta, self.notice):
            label.clear()

    def show_transcript(self, transcript: Transcript, viewer: Viewer, today: date) -> None:
        self.clear()
        self.transcript = transcript
        run = transcript.run
        self.title.setText(transcript.title)
        when = f"{WEEKDAYS[run.day.weekday()]} {month_day(run.day, today)}, {format_time(run.started_at)}"
        homework = f" · for {display_text(transcript.homework[1])}'s homework" if transcript.homework else ""
        self.meta.setText(when + homework + (" · not finished yet" if transcript.unfinished else ""))
        self.resume.setVisible(transcript.unfinished)
        self.notice.setText(
            "This exercise has changed since then (or is no longer in your library), so its questions may read "
            "differently now, or be missing."
            if transcript.changed
            else ""
        )
        self.notice.setVisible(transcript.changed)
        content = QWidget()
        content.setObjectName("transcriptContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 8, 8)
        column.setSpacing(10)
        for moment in transcript.moments:
            column.addWidget(self._moment(moment, transcript))
        for words in transcript.extra_pauses:
            column.addWidget(self._card("A pause", "", words))
        if transcript.kept:
            column.addSpacing(6)
            kept_title = text_label("keptTitle", "sectionTitle")
            kept_title.setText("What you kept")
            column.addWidget(kept_title)
            for item in transcript.kept:
                column.addWidget(self._kept(item, transcript.names))
        column.addStretch(1)
        self.area.setWidget(content)
        self.area.verticalScrollBar().setValue(0)

    def _resume(self) -> None:
        if self.transcript is not None:
            self.resume_requested.emit(self.transcript.run.id)

    # ------------------------------------------------------------------ pieces

    def _card(self, title: str, prompt: str, note: str = "", name: str = "") -> QFrame:
        card = QFrame()
        card.setProperty("role", "moment")
        if name:
            card.setObjectName(name)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        for text, role in ((title, "partnerName"), (prompt, "hint"), (note, "")):
            if text:
                label = text_label("", role)
                label.setText(text)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(label)
        return card

    def _moment(self, moment: Moment, transcript: Transcript) -> QWidget:
        if moment.kind in ("read", "end") or (not moment.said and not moment.note and not moment.prompt):
            label = text_label(f"moment_{moment.step_id}", "hint")
            label.setText(moment.title or "")
            return label
        card = self._card(moment.title, moment.prompt, moment.note, f"moment_{moment.step_id}")
        layout = card.layout()
        assert isinstance(layout, QVBoxLayout)
        if moment.said:
            grid = QGridLayout()
            grid.setHorizontalSpacing(14)
            grid.setVerticalSpacing(6)
            grid.setColumnStretch(1, 1)
            for row, said in enumerate(moment.said):
                self._said_row(grid, row, moment, said, transcript)
            layout.addLayout(grid)
        return card

    def _said_row(self, grid: QGridLayout, row: int, moment: Moment, said: Said, transcript: Transcript) -> None:
        name = text_label(f"name_{moment.step_id}_{said.author}", "partnerName", wrap=False)
        name.setText(transcript.names.get(said.author, "Both of you"))
        colour = transcript.colours.get(said.author)
        if colour:
            name.setStyleSheet(f"color: {partner_line(colour)};")
        words = text_label(f"said_{moment.step_id}_{said.author}", "" if said.words else "hint")
        words.setText(said_words(said, transcript.names))
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(words, row, 1)

    def _kept(self, item: KeptItem, names: dict[str, str]) -> QFrame:
        if item.kind == "boundary":
            whose = "A boundary of both of you" if item.author == "together" else f"{names.get(item.author)}'s boundary"
            status = STATUS_WORDS.get(item.status, item.status)
        else:
            whose, status = "An agreement", AGREEMENT_WORDS.get(item.status, item.status)
        now = f"Worded since: “{item.now}”" if item.now is not None else ""
        card = self._card(f"“{item.words}”", f"{whose} · {capital(status)} now", now, f"kept_{item.id}")
        card.setProperty("role", "kept")
        return card
