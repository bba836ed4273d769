"""Progress: a handful of calm pictures of what you have been doing together. The days you
both shared, the check-in numbers each of you chose to show, pauses and whether you came
back by the time you named, and where your boundaries stand. No score, nothing that sets
one partner against the other.

Each picture sits in a card under a sentence that says what it shows; the picture itself
carries the same facts as text for a screen reader, and before there is anything to draw, a
card invites rather than counts. The drawing is in progress_drawing.py (no widgets, so an
export can draw the same into a PDF); what is drawn is read by core/progress_data.py on the
database worker, when the page is shown and again on a change while it is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.progress_data import CHECKIN_EXERCISE, ProgressData, RatingSeries, Scale, read_progress, scales_of
from ..core.today import SHARE_EXERCISE
from ..storage import Changes, Store, StoreError
from . import progress_words as words
from .i18n import translate
from .looks import themed
from .palette import current
from .progress_drawing import (
    ChartPalette,
    chart_colours,
    draw_boundaries,
    draw_calendar,
    draw_checkins,
    draw_pauses,
)
from .reflow import wrap_words
from .services import Services

log = logging.getLogger("couplesdesk.progress")

BOUNDARY_EXERCISE = "boundary-statement"
SHOWN = (
    Changes.COUPLE | Changes.SETTINGS | Changes.RUNS | Changes.ANSWERS | Changes.RATINGS | Changes.PAUSES
    | Changes.BOUNDARIES | Changes.LIBRARY
)  # fmt: skip
"""What the pictures show: a change to any of it means reading again (once shown)."""
TWO_COLUMNS = 820
"""From this width of the page's column on, the cards stand two by two."""

PAGE_STYLE = """
QFrame[card="true"] { background: @surface@; border: 1px solid @border@; border-radius: 12px; }
QFrame[card="true"] QWidget { background: transparent; }
QLabel#progressEmptyText { color: @text@; }
"""

Draw = Callable[[QPainter, QRectF], None]
KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason, Qt.FocusReason.ShortcutFocusReason)


class Picture(QWidget):
    """A picture drawn by a function of progress_drawing; it takes the keyboard focus, so a
    screen reader reads its name and description (the same facts, in words)."""

    def __init__(self, name: str, minimum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumHeight(minimum)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._draw: Draw | None = None
        self._keyboard_focus = False

    def show_picture(self, draw: Draw, name: str, description: str) -> None:
        self._draw = draw
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        self.update()

    def drawing_rect(self) -> QRectF:
        """Where the picture is drawn (inside the ring shown when it has the keyboard)."""
        return QRectF(self.rect()).adjusted(4, 4, -4, -4)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._draw is None:
            return
        painter = QPainter(self)
        painter.setFont(self.font())
        self._draw(painter, self.drawing_rect())
        if self.hasFocus() and self._keyboard_focus:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(current().focus), 2))  # the keyboard-focus colour
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Ringed when reached by Tab; not when the page gives it the focus on opening.
        self._keyboard_focus = event.reason() in KEYBOARD
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class PictureCard(QFrame):
    """A card: a title, a sentence saying what the picture shows, and the picture; or, with
    nothing to draw yet, an invitation (and perhaps a button to begin).

    Signals:
        start_requested(str): the invitation's button was pressed: start this exercise.
    """

    start_requested = Signal(str)

    def __init__(self, name: str, title: str, minimum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("card", True)
        # Side by side, two cards share the width evenly, whatever each one holds.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._exercise = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        self.title = self._label(title, f"{name}Title", "sectionTitle")
        self.sentence = self._label("", f"{name}Sentence", "")
        self.picture = Picture(f"{name}Picture", minimum, self)
        self.empty = QWidget(self)
        self.empty_text = self._label("", "progressEmptyText", "", parent=self.empty)
        self.start_button = QPushButton(self.empty)
        self.start_button.setObjectName(f"{name}Start")
        wrap_words(self.start_button)  # two lines rather than cut, at large text
        self.start_button.clicked.connect(lambda: self.start_requested.emit(self._exercise))
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(0, 8, 0, 8)
        empty_layout.setSpacing(12)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.sentence)
        layout.addSpacing(6)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.empty, 1)
        self.picture.hide()

    def _label(self, text: str, name: str, role: str, parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent or self)
        label.setObjectName(name)
        if role:
            label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_picture(self, title: str, sentence: str, draw: Draw, description: str) -> None:
        self.title.setText(title)
        self.sentence.setText(sentence)
        self.sentence.show()
        self.picture.show_picture(
            draw, translate("progress_page", "{title}, a picture").format(title=title), description
        )
        self.empty.hide()
        self.picture.show()

    def show_empty(self, title: str, invitation: str, button: str = "", exercise: str = "") -> None:
        self.title.setText(title)
        self.sentence.hide()
        self.empty_text.setText(invitation)
        self._exercise = exercise
        self.start_button.setText(button)
        self.start_button.setAccessibleName(button)
        self.start_button.setVisible(bool(button))
        self.picture.hide()
        self.empty.show()


class ProgressPage(QWidget):
    """Signals:

    start_requested(str): start the exercise with this id (from an invitation).
    refreshed(): what was read last is on screen now.
    """

    start_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, palette: ChartPalette | None = None):
        super().__init__(parent)
        self.services = services
        self.chart_palette = palette  # None: the theme's, read at every paint
        self.setObjectName("progressPage")
        themed(self, PAGE_STYLE)
        self._stale = True
        self._reading = 0
        self._columns = 0
        self.data: ProgressData | None = None
        self.cards: list[PictureCard] = []
        self._build_frame()
        self._build_cards()
        services.bus.changed.connect(self._changed)
        services.bus.tick.connect(self._tick)

    # ------------------------------------------------------------------ building

    def _build_frame(self) -> None:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("progressScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self.content = QWidget()
        self.content.setObjectName("progressContent")
        self.scroll_area.setWidget(self.content)
        self.title = QLabel(translate("progress_page", "Progress"), self.content)
        self.title.setProperty("role", "title")
        self.lead = QLabel(words.shown(words.LEAD), self.content)
        self.lead.setObjectName("progressLead")
        self.lead.setProperty("role", "hint")
        self.lead.setWordWrap(True)
        self.error = QLabel(self.content)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("progressError")
        self.error.setProperty("role", "flag")
        self.error.setWordWrap(True)
        self.error.hide()
        self.grid = QGridLayout()
        self.grid.setSpacing(16)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addWidget(self.error)
        layout.addSpacing(8)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def _build_cards(self) -> None:
        self.calendar_card = self._card("progressCalendar", words.shown(words.CALENDAR_TITLE), 250)
        self.checkin_cards: list[PictureCard] = [self._card("progressCheckins", words.shown(words.CHECKINS_TITLE), 260)]
        self.pauses_card = self._card("progressPauses", words.shown(words.PAUSES_TITLE), 220)
        self.boundaries_card = self._card("progressBoundaries", words.shown(words.BOUNDARIES_TITLE), 120)

    def _card(self, name: str, title: str, minimum: int) -> PictureCard:
        card = PictureCard(name, title, minimum, self.content)
        card.start_requested.connect(self.start_requested)
        self.cards.append(card)
        return card

    def _place_cards(self, columns: int) -> None:
        """The cards in reading order, two by two on a wide page, one below the other on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        order = [self.calendar_card, *self.checkin_cards, self.pauses_card, self.boundaries_card]
        for card in order:
            self.grid.removeWidget(card)
        for i, card in enumerate(order):
            self.grid.addWidget(card, i // columns, i % columns)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._chain_focus(order)

    def _chain_focus(self, order: list[PictureCard]) -> None:
        """Tab goes through the cards in reading order, whatever the layout."""
        controls: list[QWidget] = []
        for card in order:
            controls += [card.picture, card.start_button]
        for a, b in zip(controls, controls[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_cards(2 if self.width() - 64 >= TWO_COLUMNS else 1)

    # ------------------------------------------------------------------ reading

    def _scales(self) -> tuple[Scale, ...]:
        library = self.services.library_if_loaded()
        return scales_of(library.get(CHECKIN_EXERCISE) if library is not None else None)

    def refresh(self) -> None:
        """Read everything again on the database worker; :attr:`refreshed` follows."""
        self._stale = False
        self._reading += 1
        reading, today, scales = self._reading, self.services.clock.today(), self._scales()

        def job(store: Store) -> ProgressData:
            return read_progress(store, today, scales)

        self.services.database.run(
            job, lambda data: self._show(reading, data), lambda exc: self._read_failed(reading, exc)
        )

    def _read_failed(self, reading: int, exc: StoreError) -> None:
        if reading != self._reading:
            return
        log.warning("Progress could not be read: %s", exc)
        self.error.setText(
            translate("progress_page", "Your progress could not be read just now. {reason}").format(reason=exc)
        )
        self.error.show()
        self.refreshed.emit()

    def _show(self, reading: int, data: ProgressData) -> None:
        if reading != self._reading:
            return  # an older read: a newer one is on its way
        self.error.hide()
        self.data = data
        self._show_calendar(data)
        self._show_checkins(data)
        self._show_pauses(data)
        self._show_boundaries(data)
        self.refreshed.emit()

    def _changed(self, changes: Changes) -> None:
        if not changes & SHOWN:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        """A new day while the page is shown: the calendar moves on (nothing is read otherwise)."""
        if self.isVisible() and self.data is not None and self.services.clock.today() != self.data.today:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale or (self.data is not None and self.services.clock.today() != self.data.today):
            self.refresh()
        super().showEvent(event)

    # ------------------------------------------------------------------ showing

    def chart(self) -> ChartPalette:
        """The pictures' colours: the theme's (light or dark), unless given."""
        return self.chart_palette or chart_colours(current())

    def _show_calendar(self, data: ProgressData) -> None:
        calendar, palette, card = data.calendar, self.chart, self.calendar_card
        if words.calendar_is_empty(calendar):
            empty, start = words.shown(words.CALENDAR_EMPTY), words.shown(words.CALENDAR_START)
            card.show_empty(words.shown(words.CALENDAR_TITLE), empty, start, SHARE_EXERCISE)
            return
        card.show_picture(
            words.shown(words.CALENDAR_TITLE),
            words.calendar_sentence(calendar),
            lambda painter, rect: draw_calendar(painter, rect, calendar, palette()),
            words.calendar_description(calendar),
        )

    def _show_checkins(self, data: ProgressData) -> None:
        while len(self.checkin_cards) < len(data.checkins):
            self.checkin_cards.append(
                self._card(f"progressCheckins{len(self.checkin_cards)}", words.shown(words.CHECKINS_TITLE), 260)
            )
            self._columns = 0
            self._place_cards(2 if self.width() - 64 >= TWO_COLUMNS else 1)
        for card, series in zip(self.checkin_cards, data.checkins, strict=False):
            self._show_series(card, series, data.names)
        for card in self.checkin_cards[len(data.checkins) :]:
            card.hide()

    def _show_series(self, card: PictureCard, series: RatingSeries, names: dict[str, str]) -> None:
        title, palette = words.checkin_title(series.scale), self.chart
        card.show()
        if not series.lines:
            card.show_empty(
                title, words.checkin_empty(series.scale), words.shown(words.CHECKIN_START), CHECKIN_EXERCISE
            )
            return
        card.picture.setMinimumHeight(150 * len(series.lines) + 60)
        card.show_picture(
            title,
            words.checkin_sentence(series),
            lambda painter, rect: draw_checkins(painter, rect, series, palette(), names),
            words.checkin_description(series, names),
        )

    def _show_pauses(self, data: ProgressData) -> None:
        weeks, palette, card = data.pauses, self.chart, self.pauses_card
        if words.pauses_are_empty(weeks):
            card.show_empty(words.shown(words.PAUSES_TITLE), words.shown(words.PAUSES_EMPTY))
            return
        card.show_picture(
            words.shown(words.PAUSES_TITLE),
            words.pauses_sentence(weeks),
            lambda painter, rect: draw_pauses(painter, rect, weeks, palette()),
            words.pauses_description(weeks, data.today),
        )

    def _show_boundaries(self, data: ProgressData) -> None:
        counts, palette, card = data.boundaries, self.chart, self.boundaries_card
        if not counts:
            empty, start = words.shown(words.BOUNDARIES_EMPTY), words.shown(words.BOUNDARIES_START)
            card.show_empty(words.shown(words.BOUNDARIES_TITLE), empty, start, BOUNDARY_EXERCISE)
            return
        card.picture.setMinimumHeight(36 * len(counts) + 8)
        sentence = words.boundaries_sentence(counts)
        card.show_picture(
            words.shown(words.BOUNDARIES_TITLE),
            sentence,
            lambda painter, rect: draw_boundaries(painter, rect, counts, palette()),
            sentence,
        )
