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
from .i18n import translate
from .kept_words import agreement_words, boundary_words, weekday_day
from .looks import themed
from .palette import partner_line
from .run_parts import text_label
from .words import capital

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
    if said.words is None:
        name = names.get(said.author)
        if name is None:
            return translate("history_transcript", "Your own words, kept for the two of you.")
        return translate("history_transcript", "{name}'s own words, kept for {name}.").format(name=name)
    return said.words or translate("history_transcript", "Nothing written.")


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
        self.back_button = QPushButton(translate("history_transcript", "Back to your history"))
        self.back_button.setObjectName("transcriptBack")
        self.back_button.setProperty("role", "toggle")
        self.back_button.clicked.connect(self.back.emit)
        self.title = text_label("transcriptTitle", "sectionTitle")
        self.meta = text_label("transcriptMeta", "hint")
        self.resume = QPushButton(translate("history_transcript", "Pick up where you left off"))
        self.resume.setObjectName("transcriptResume")
        self.resume.setProperty("primary", True)
        self.resume.clicked.connect(self._resume)
        self.notice = text_label("transcriptNotice", "hint")
        self.area = QScrollArea()
        self.area.setObjectName("transcriptArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setAccessibleName(translate("history_transcript", "What you did, screen by screen"))
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
        when = translate("history_transcript", "{day}, {time}").format(
            day=weekday_day(run.day, today), time=format_time(run.started_at)
        )
        if transcript.homework:
            homework = translate("history_transcript", " · for {therapist}'s homework")
            when += homework.format(therapist=display_text(transcript.homework[1]))
        self.meta.setText(
            when + (translate("history_transcript", " · not finished yet") if transcript.unfinished else "")
        )
        self.resume.setVisible(transcript.unfinished)
        changed = translate(
            "history_transcript",
            "This exercise has changed since then (or is no longer in your library), so its questions may read "
            "differently now, or be missing.",
        )
        self.notice.setText(changed if transcript.changed else "")
        self.notice.setVisible(transcript.changed)
        content = QWidget()
        content.setObjectName("transcriptContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 4, 8, 8)
        column.setSpacing(10)
        for moment in transcript.moments:
            column.addWidget(self._moment(moment, transcript))
        for words in transcript.extra_pauses:
            column.addWidget(self._card(translate("history_transcript", "A pause"), "", words))
        if transcript.kept:
            column.addSpacing(6)
            kept_title = text_label("keptTitle", "sectionTitle")
            kept_title.setText(translate("history_transcript", "What you kept"))
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
        name.setText(transcript.names.get(said.author) or translate("history_transcript", "Both of you"))
        colour = transcript.colours.get(said.author)
        if colour:
            name.setStyleSheet(f"color: {partner_line(colour)};")
        words = text_label(f"said_{moment.step_id}_{said.author}", "" if said.words else "hint")
        words.setText(said_words(said, transcript.names))
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(words, row, 1)

    def _kept(self, item: KeptItem, names: dict[str, str]) -> QFrame:
        if item.kind == "boundary" and item.author == "together":
            line = translate("history_transcript", "A boundary of both of you · {status} now")
        elif item.kind == "boundary":
            line = translate("history_transcript", "{name}'s boundary · {status} now")
        else:
            line = translate("history_transcript", "An agreement · {status} now")
        status = boundary_words(item.status) if item.kind == "boundary" else agreement_words(item.status)
        line = line.format(name=names.get(item.author), status=capital(status))
        now = (
            translate("history_transcript", "Worded since: “{words}”").format(words=item.now)
            if item.now is not None
            else ""
        )
        card = self._card(f"“{item.words}”", line, now, f"kept_{item.id}")
        card.setProperty("role", "kept")
        return card
