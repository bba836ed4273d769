"""Parts of "Prepare for our session": the list of what could go in (the shared preview), and
one partner's own choices (behind their hand-over).

Every word partners wrote goes into plain-text labels (``text_label``), and onto a check box
only through ``button_text``. Nothing is ticked until its partner ticks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget

from ..core.progress_data import ProgressData
from ..core.safe_text import display_text
from ..report import Candidate, Offer
from ..report.reading import progress_words
from .i18n import WEEKDAY_DAY_MONTH, date_words, translate
from .plain import button_text
from .progress_print import picture_image, pictures
from .run_parts import text_label
from .words import shortened

NOTE_LIMIT = 4000


def scroll_of(widget: QWidget, name: str) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll


def _day(day: date | None) -> str:
    return date_words(day, WEEKDAY_DAY_MONTH) if day is not None else ""


def where_words(candidate: Candidate, offer: Offer) -> str:
    """'Share one thing · Tuesday 8 December · Alex' (or 'written together')."""
    if candidate.kind == "progress":
        return translate("report_parts", "Your homework, as both of you see it on Today")
    whose = offer.names.get(candidate.author) or translate("report_parts", "written together")
    return translate("report_parts", "{exercise} · {day} · {who}").format(
        exercise=candidate.exercise_title, day=_day(candidate.day), who=whose
    )


def words_of(candidate: Candidate, offer: Offer) -> str:
    if candidate.kind == "progress" and offer.plan is not None:
        return "\n".join(progress_words(_item(i)) for i in offer.plan.items)
    return display_text(candidate.text)


def heading_of(candidate: Candidate) -> str:
    if candidate.kind == "progress":
        return translate("report_parts", "How the homework went: done and not done")
    return shortened(candidate.asked, 90)


def _item(item: object) -> dict[str, object]:
    return {k: getattr(item, k) for k in ("title", "often", "times", "done", "missed", "exercise_id")}


def card(candidate: Candidate, offer: Offer, box: QCheckBox | None = None) -> QFrame:
    """One thing that could go in: a check box (or just its heading), where it is from, its words."""
    frame = QFrame()
    frame.setProperty("role", "revealCard")
    frame.setObjectName("reportCandidate")
    column = QVBoxLayout(frame)
    column.setContentsMargins(14, 10, 14, 12)
    column.setSpacing(4)
    if box is not None:
        box.setText(button_text(heading_of(candidate)))
        column.addWidget(box)
    else:
        heading = text_label("reportCandidateHeading", "partnerName")
        heading.setText(heading_of(candidate))
        column.addWidget(heading)
    where = text_label("reportCandidateWhere", "hint")
    where.setText(where_words(candidate, offer))
    words = text_label("reportCandidateWords")
    words.setText(words_of(candidate, offer))
    words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    column.addWidget(where)
    column.addWidget(words)
    if len(candidate.needs) > 1:
        joint = text_label("reportCandidateJoint", "hint")
        joint.setText(translate("report_parts", "Yours together: it goes in only if both of you tick it."))
        column.addWidget(joint)
    return frame


def pictures_card(progress: ProgressData) -> tuple[QFrame, QCheckBox]:
    """The Progress page's pictures as they would go in, and the one box (not ticked) with which
    the two of you, together in the shared preview, choose to send them."""
    frame = QFrame()
    frame.setProperty("role", "revealCard")
    frame.setObjectName("reportPictures")
    column = QVBoxLayout(frame)
    column.setContentsMargins(14, 10, 14, 12)
    column.setSpacing(4)
    box = QCheckBox(translate("report_parts", "Add the pictures from our Progress page"))
    box.setObjectName("reportIncludePictures")
    box.setAccessibleName(translate("report_parts", "Send the pictures from our Progress page too"))
    hint = text_label("reportPicturesHint", "hint")
    hint.setText(
        translate(
            "report_parts",
            "Only how often you did things together: the days you both shared, your pauses, where your boundaries "
            "stand. No words and no ratings. Decide together: they go in only if you tick this box.",
        )
    )
    column.addWidget(box)
    column.addWidget(hint)
    for picture in pictures(progress):
        title = text_label("reportPictureTitle", "partnerName")
        title.setText(picture.title)
        image = QLabel()
        image.setObjectName("reportPicture")
        image.setPixmap(QPixmap.fromImage(picture_image(picture)))
        image.setAccessibleName(picture.title)
        image.setAccessibleDescription(picture.description)
        column.addSpacing(6)
        column.addWidget(title)
        column.addWidget(image)
    return frame, box


class CandidateList(QWidget):
    """A column of cards, emptied and filled again for each preview or turn."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.column.setSpacing(10)
        self.column.addStretch(1)

    def clear(self) -> None:
        while self.column.count() > 1:
            got = self.column.takeAt(0)
            widget = got.widget() if got is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def add(self, widget: QWidget) -> None:
        self.column.insertWidget(self.column.count() - 1, widget)


class Choices(QWidget):
    """One partner's turn: their own things to tick (none ticked), a note and a flag for the
    therapist alone."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportChoices")
        self.boxes: dict[str, QCheckBox] = {}
        self.title = text_label("reportChoicesTitle", "title")
        self.sub = text_label("reportChoicesSub", "hint")
        self.list = CandidateList("reportChoiceList")
        self.none = text_label("reportChoicesNone", "hint")
        self.list.add(self.none)
        self.note_title = text_label("reportNoteTitle", "sectionTitle")
        self.note_sub = text_label("reportNoteSub", "hint")
        self.note = QPlainTextEdit()
        self.note.setObjectName("reportNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.flag = QCheckBox()
        self.flag.setObjectName("reportFlag")
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for widget in (self.title, self.sub, self.list, self.note_title, self.note_sub, self.note, self.flag):
            column.addWidget(widget)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll_of(content, "reportChoicesScroll"))

    def show_turn(self, offer: Offer, partner: str, therapist: str, others: Sequence[str]) -> None:
        name, other = (
            offer.names.get(partner, partner),
            (others[0] if others else translate("report_parts", "your partner")),
        )
        self.title.setText(
            translate("report_parts", "{name}, what would you like {therapist} to see?").format(
                name=name, therapist=therapist
            )
        )
        self.sub.setText(
            translate(
                "report_parts",
                "Tick what you'd like to send. Nothing is ticked until you choose, and leaving something out is "
                "never shown to anyone. {other} won't see your choices on this screen.",
            ).format(other=other)
        )
        self.wipe()
        self.none = text_label("reportChoicesNone", "hint")
        self.list.add(self.none)
        mine = offer.of(partner)
        self.none.setVisible(not mine)
        self.none.setText(
            translate("report_parts", "Nothing of yours from these days could go in. You can still write a note below.")
        )
        for candidate in mine:
            box = QCheckBox()
            box.setObjectName("reportInclude")
            box.setAccessibleName(
                translate("report_parts", "Send this to {therapist}: {what}").format(
                    therapist=therapist, what=heading_of(candidate)
                )
            )
            self.boxes[candidate.id] = box
            self.list.add(card(candidate, offer, box))
        self.note_title.setText(translate("report_parts", "Just for {therapist}").format(therapist=therapist))
        self.note_sub.setText(
            translate(
                "report_parts",
                "Only {therapist} reads this: it never shows on the shared screen, and it is not in your own copy.",
            ).format(therapist=therapist)
        )
        self.note.clear()
        self.note.setPlaceholderText(
            translate("report_parts", "A note for {therapist} (if you like)").format(therapist=therapist)
        )
        self.note.setAccessibleName(
            translate("report_parts", "A note for {therapist} alone").format(therapist=therapist)
        )
        self.flag.setChecked(False)
        flag = translate("report_parts", "I'd like to talk about something with {therapist} on my own.")
        self.flag.setText(button_text(flag.format(therapist=therapist)))

    def ticked(self) -> frozenset[str]:
        return frozenset(i for i, box in self.boxes.items() if box.isChecked())

    def note_text(self) -> str:
        return self.note.toPlainText()[:NOTE_LIMIT]

    def wipe(self) -> None:
        """Forget this turn's choices on screen (the next partner must not find them)."""
        for box in self.boxes.values():
            box.setChecked(False)
        self.boxes = {}
        self.list.clear()
        self.note.clear()
        self.flag.setChecked(False)
