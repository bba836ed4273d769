"""Today: what matters now. An active pause, a talk planned for later, today's sharing and
the couple's own rhythm, what is left half-way, the latest boundaries. Calm words, never a
scoreboard.

The first read happens at once (the page is shown at start-up); later reads run on the
database worker when something Today shows has changed, and are shown when they arrive.
While the page is hidden, a change only marks it out of date; it reads again when shown.
A tick reads nothing: it only moves the pause and talk lines on, and notices a new day.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core.clock import format_time
from ..core.rhythm import Rhythm, end_break, set_intention, start_break
from ..core.today import SHARE_EXERCISE, SHARE_STEP, LibraryAccess, RunLine, TodayData, read_today
from ..storage import BoundaryRecord, Changes, Couple, PauseRecord, Store, StoreError
from .homework_card import HomeworkCard
from .i18n import translate
from .kept_words import boundary_words
from .looks import themed
from .reflow import wrap_words
from .services import Services
from .today_cards import RhythmControls, TalkCard
from .today_rows import BoundaryRow, RunRow, card, label, lines_beside_button
from .today_words import date_line, greeting_line, missing_words, more_words, pause_words, share_words
from .words import capital, day_words, rhythm_words, when_words, whose_words

__all__ = ["SHARE_EXERCISE", "SHARE_STEP", "TodayPage"]

log = logging.getLogger("couplesdesk.today")

RUNS_SHOWN = 5
"""Unfinished runs listed at first; 'Show more' adds this many again."""
SHOWN = (
    Changes.COUPLE | Changes.RUNS | Changes.ANSWERS | Changes.PAUSES | Changes.TALKS | Changes.BOUNDARIES
    | Changes.SETTINGS | Changes.PLANS
)  # fmt: skip
"""What Today shows: a change to any of it (or the library loading) means reading again."""
TALK_GRACE = timedelta(hours=1)
"""A planned talk stays on Today until this long after its time (as the store reads it)."""

PAGE_STYLE = """
QFrame[card="true"] { background: @surface@; border: 1px solid @border@; border-radius: 12px; }
QFrame[card="true"] QLabel { background: transparent; }
QFrame[card="true"] QWidget#todayRun, QFrame[card="true"] QWidget#todayBoundary,
QFrame[card="true"] QWidget#homeworkRow, QFrame[card="true"] QWidget#homeworkRows { background: transparent; }
QFrame#todayPause { background: @calm_soft@; border: 1px solid @calm_border@; border-left: 5px solid @calm@; }
QLabel#todayPauseText { font-size: 13pt; font-weight: 600; color: @calm_text@; }
QPushButton#todayGoToPause { background: @calm@; border: 1px solid @calm@; color: @on_calm@; font-weight: 600; }
QPushButton#todayGoToPause:hover { background: @calm_hover@; }
QPushButton#todayGoToPause:focus { border: 2px solid @text@; }
QLabel[role="section"] { font-size: 12.5pt; font-weight: 600; }
QLabel#todayRhythmText { color: @calm_text@; }
QLabel[role="cardLead"] { font-size: 14pt; font-weight: 600; color: @calm_text@; }
QFrame#todayTalkCard { border-left: 5px solid @calm@; }
QLabel[role="runTitle"] { font-weight: 600; }
QLabel[role="quote"] { font-style: italic; }
QFrame[role="rule"] { background: @rule@; border: none; max-height: 1px; min-height: 1px; }
QPushButton[role="link"] {
    background: transparent; border: none; color: @accent_text@; padding: 4px 2px; text-decoration: underline;
}
QPushButton[role="link"]:hover { color: @text@; background: transparent; }
QPushButton[role="link"]:focus { border: 2px solid @focus@; border-radius: 6px; }
"""


def names_of(couple: Couple | None) -> dict[str, str]:
    if couple is not None:
        return couple.names()
    return {"partner_a": translate("today_page", "Partner A"), "partner_b": translate("today_page", "Partner B")}


class TodayPage(QWidget):
    """Signals:

    resume_requested(str): go back into this run (an unfinished run, or the run of the active pause).
    start_requested(str): start a new run of the exercise with this id ("share-one-thing").
    show_boundaries(): the person asked to see all boundaries.
    refreshed(): what was read last is on screen now.
    """

    resume_requested = Signal(str)
    start_requested = Signal(str)
    show_boundaries = Signal()
    refreshed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("todayPage")
        themed(self, PAGE_STYLE)
        self._stale = True
        self._on_screen = False
        self._day: date | None = None
        self._runs_limit = RUNS_SHOWN
        self._reading = 0  # the latest read asked for; older answers are dropped
        self._couple: Couple | None = None
        self._pause: PauseRecord | None = None
        self._pause_shown: tuple[str, datetime, bool] | None = None
        self._share_run_id: str | None = None
        self.run_buttons: dict[str, QPushButton] = {}
        self._run_rows: list[RunRow] = []
        self._boundary_rows: list[BoundaryRow] = []
        content = self._build_frame()
        self._build_header(content)
        self._build_pause(content)
        self.homework = HomeworkCard(services, content)
        self._build_share(content)
        self._build_runs(content)
        self._build_boundaries(content)
        self._build_column(content)
        services.bus.changed.connect(self._changed)
        services.bus.tick.connect(self._tick)
        self.refresh_now()

    # ------------------------------------------------------------------ building

    def _build_frame(self) -> QWidget:
        """The scrolling frame first, so everything below is made in place."""
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("todayScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the buttons; they scroll into view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        holder = QWidget()
        self.scroll_area.setWidget(holder)  # still empty: nothing to re-style
        content = QWidget(holder)
        content.setObjectName("todayContent")
        content.setMaximumWidth(820)
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(content, 1)
        holder_layout.addStretch(0)
        return content

    def _build_header(self, content: QWidget) -> None:
        self.greeting = label(content, name="todayGreeting", role="title")
        self.date_line = label(content, name="todayDate", role="hint")
        self.talk_card = TalkCard(content)
        self.error = label(content, name="todayError", role="flag")
        self.error.hide()

    def _build_pause(self, content: QWidget) -> None:
        self.pause_card, layout = card(content, "todayPause")
        self.pause_text = label(self.pause_card, name="todayPauseText")
        self.pause_who = label(self.pause_card, name="todayPauseWho")
        self.pause_button = QPushButton(translate("today_page", "Go to the pause"), self.pause_card)
        self.pause_button.setObjectName("todayGoToPause")
        self.pause_button.setAccessibleName(translate("today_page", "Go to the pause"))
        self.pause_button.clicked.connect(self._go_to_pause)
        lines_beside_button(layout, self.pause_text, self.pause_who, self.pause_button)
        self.pause_card.hide()

    def _build_share(self, content: QWidget) -> None:
        self.share_card, layout = card(content, "todayShare")
        layout.addWidget(label(self.share_card, translate("today_page", "Sharing today"), role="section"))
        self.share_text = label(self.share_card, name="todayShareText")
        self.rhythm_text = label(self.share_card, name="todayRhythmText")
        self.share_button = QPushButton(translate("today_page", "Share one thing"), self.share_card)
        self.share_button.setObjectName("todayShareButton")
        self.share_button.setProperty("primary", True)
        self.share_button.clicked.connect(self._share)
        lines_beside_button(layout, self.share_text, self.rhythm_text, self.share_button)
        self.rhythm = RhythmControls(self.share_card)
        self.rhythm.intention_chosen.connect(lambda days: self._write(lambda store: set_intention(store, days)))
        self.rhythm.break_asked.connect(self._break)
        layout.addWidget(self.rhythm)

    def _build_runs(self, content: QWidget) -> None:
        self.runs_card, layout = card(content, "todayRuns")
        layout.addWidget(label(self.runs_card, translate("today_page", "Pick up where you left off"), role="section"))
        self.runs_rows = QVBoxLayout()
        self.runs_rows.setSpacing(0)
        layout.addLayout(self.runs_rows)
        self.runs_more = QPushButton(self.runs_card)
        self.runs_more.setObjectName("todayMoreRuns")
        self.runs_more.setProperty("role", "link")
        wrap_words(self.runs_more)  # on two lines rather than cut, at large text
        self.runs_more.clicked.connect(self._more_runs)
        self.runs_missing = label(self.runs_card, name="todayMissingRuns", role="hint")
        layout.addWidget(self.runs_more, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.runs_missing)

    def _build_boundaries(self, content: QWidget) -> None:
        self.boundaries_card, layout = card(content, "todayBoundaries")
        layout.addWidget(label(self.boundaries_card, translate("today_page", "Your latest boundaries"), role="section"))
        self.boundary_rows = QVBoxLayout()
        self.boundary_rows.setSpacing(0)
        layout.addLayout(self.boundary_rows)
        self.boundaries_empty = label(
            self.boundaries_card,
            translate(
                "today_page",
                "No boundaries yet. When one of you states a boundary in the Boundary statement exercise, "
                "it is kept here, so you can come back to it.",
            ),
            name="todayBoundariesEmpty",
            role="hint",
        )
        layout.addWidget(self.boundaries_empty)
        self.all_boundaries = QPushButton(translate("today_page", "All boundaries"), self.boundaries_card)
        self.all_boundaries.setObjectName("todayAllBoundaries")
        self.all_boundaries.setAccessibleName(translate("today_page", "Show all boundaries"))
        self.all_boundaries.setProperty("role", "link")
        self.all_boundaries.clicked.connect(self.show_boundaries.emit)
        layout.addWidget(self.all_boundaries, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_column(self, content: QWidget) -> None:
        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(16)
        header = QVBoxLayout()
        header.setSpacing(2)
        for line in (self.greeting, self.date_line):
            header.addWidget(line)
        column.addLayout(header)
        parts: tuple[QWidget, ...] = (self.error, self.pause_card, self.talk_card, self.homework, self.share_card)
        parts += (self.runs_card, self.boundaries_card)
        for part in parts:
            column.addWidget(part)
        column.addStretch(1)

    # ------------------------------------------------------------------ reading

    def _library_access(self) -> LibraryAccess:
        services = self.services
        return LibraryAccess(if_loaded=services.library_if_loaded, waiting=lambda: services.library)

    def _read(self, store_read: bool) -> None:
        self._stale = False
        today = self.services.clock.today()
        if today != self._day:
            self._runs_limit = RUNS_SHOWN
        self._day = today
        now, limit, access = self.services.clock.now(), self._runs_limit, self._library_access()
        self._reading += 1
        reading = self._reading

        def job(store: Store) -> TodayData:
            return read_today(store, today, now, limit, access)

        def done(data: TodayData) -> None:
            if reading == self._reading:  # a newer read is on its way: this one is out of date
                self._show(data, today, now)

        self.homework.refresh(now=store_read)
        if store_read:
            try:
                done(job(self.services.store))
            except StoreError as exc:
                self._failed(exc)
        else:
            self.services.database.run(job, done, self._failed)

    def refresh_now(self) -> None:
        """Read everything again, here and now (at start-up: the first frame needs it)."""
        self._read(store_read=True)

    def refresh(self) -> None:
        """Read everything again on the database worker; :attr:`refreshed` follows."""
        self._read(store_read=False)

    def _failed(self, exc: StoreError) -> None:
        log.warning("Today could not read the database: %s", exc)
        self.error.setText(
            translate("today_page", "Today's overview could not be read just now. {reason}").format(reason=exc)
        )
        self.error.show()
        self.refreshed.emit()

    def _changed(self, changes: Changes) -> None:
        if not changes & (SHOWN | Changes.LIBRARY):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        """Once a second: only the pause line moves (read from memory); a new day reads everything."""
        if not self._on_screen:  # a plain flag: this runs every second, so no Qt call here
            return
        if self._stale or self.services.clock.today() != self._day:
            self.refresh()
            return
        self._show_pause(self._pause, force=False)
        talk = self.talk_card.at
        if talk is not None:
            now = self.services.clock.now()
            self.talk_card.show_talk(talk if now < talk + TALK_GRACE else None, now)

    def showEvent(self, event: QShowEvent) -> None:
        self._on_screen = True
        if self._stale or self.services.clock.today() != self._day:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._on_screen = False
        super().hideEvent(event)

    # ------------------------------------------------------------------ showing

    def _show(self, data: TodayData, today: date, now: datetime) -> None:
        self.error.hide()
        self._couple = data.couple
        self._share_run_id = data.share_run.id if data.share_run is not None else None
        names = names_of(data.couple)
        couple = (names["partner_a"], names["partner_b"]) if data.couple is not None else None
        self.greeting.setText(greeting_line(now, couple))
        self.date_line.setText(date_line(today))
        self.talk_card.show_talk(data.talk, now)  # a talk planned after a pause, until an hour after its time
        self._show_pause(data.pause)
        self._show_share(data.shared_today, data.rhythm, names, today, pausing=data.pause is not None)
        self._show_runs(data.runs, data.resumable, data.missing, today)
        self._show_boundaries(data.boundaries, names, today)
        self._fix_tab_order()
        self.refreshed.emit()

    def _show_pause(self, pause: PauseRecord | None, *, force: bool = True) -> None:
        """Show the pause line. On a tick (``force=False``) widgets are touched only when what
        they say changes: once a second, nothing else needs doing."""
        over = pause is not None and self.services.clock.now() >= pause.return_at
        shown = (pause.id, pause.return_at, over) if pause is not None else None
        if not force and shown == self._pause_shown:
            return
        had_pause = self._pause is not None
        self._pause, self._pause_shown = pause, shown
        self.pause_card.setVisible(pause is not None)
        if pause is None:
            if had_pause:
                self._fix_tab_order()
            return
        caller = names_of(self._couple).get(pause.caller or "")
        until = format_time(pause.return_at)
        text, who, accessible = pause_words(caller, until, over)
        self.pause_text.setText(text)
        self.pause_who.setText(who)
        self.pause_button.setAccessibleName(accessible)
        if not had_pause:
            self._fix_tab_order()

    def _show_share(
        self, shared: frozenset[str], rhythm: Rhythm, names: dict[str, str], today: date, *, pausing: bool
    ) -> None:
        a_done, b_done = "partner_a" in shared, "partner_b" in shared
        resting = rhythm.on_break_since is not None or pausing  # no reminders during a break or a pause
        text = share_words((names["partner_a"], names["partner_b"]), (a_done, b_done), pausing, resting)
        self.share_text.setText(text)
        self.rhythm_text.setText(rhythm_words(rhythm, today))
        self.rhythm.show_rhythm(rhythm)
        if bool(self.share_button.property("primary")) == resting:
            self.share_button.setProperty("primary", not resting)
            self.share_button.style().unpolish(self.share_button)
            self.share_button.style().polish(self.share_button)
        if self._share_run_id is not None:
            self.share_button.setText(translate("today_page", "Carry on sharing"))
            self.share_button.setAccessibleName(
                translate("today_page", "Carry on with today's Share one thing, where you left off")
            )
            self.share_button.show()
        else:
            self.share_button.setText(translate("today_page", "Share one thing"))
            self.share_button.setAccessibleName(translate("today_page", "Start Share one thing"))
            # Both have shared: today's sharing is done; nothing to nudge.
            self.share_button.setVisible(not (a_done and b_done))

    def _show_runs(self, runs: list[RunLine], resumable: int, missing: int, today: date) -> None:
        self.run_buttons = {}
        for shown, run in enumerate(runs):
            if shown == len(self._run_rows):
                row = RunRow(self.runs_card)
                row.button.clicked.connect(lambda _=False, r=row: self.resume_requested.emit(r.run_id))
                row.delete_button.clicked.connect(lambda _=False, r=row: self._delete_run(r))
                self.runs_rows.addWidget(row)
                self._run_rows.append(row)
            row = self._run_rows[shown]
            row.show_run(run.id, run.title, when_words(run.updated_at, today), first=shown == 0)
            row.show()  # now, not on the next event loop turn (as a layout would), so Tab order sees it
            self.run_buttons[run.id] = row.button
        for row in self._run_rows[len(runs) :]:
            row.hide()
        more = resumable - len(self.run_buttons)
        if more > 0:
            step = min(more, RUNS_SHOWN)
            text, accessible = more_words(step, more)
            self.runs_more.setText(text)
            self.runs_more.setAccessibleName(accessible)
        self.runs_more.setVisible(more > 0)
        if missing:
            self.runs_missing.setText(missing_words(missing))
        self.runs_missing.setVisible(bool(missing))
        self.runs_card.setVisible(bool(self.run_buttons) or bool(missing))

    def _show_boundaries(self, boundaries: list[BoundaryRecord], names: dict[str, str], today: date) -> None:
        for i, boundary in enumerate(boundaries):
            if i == len(self._boundary_rows):
                self._boundary_rows.append(BoundaryRow(self.boundaries_card))
                self.boundary_rows.addWidget(self._boundary_rows[-1])
            status = boundary_words(boundary.status)
            stated = day_words(boundary.created_at.astimezone().date(), today)
            meta = f"{capital(whose_words(boundary.author, names))} · {stated} · {status}"
            self._boundary_rows[i].show_boundary(boundary.statement, meta, first=i == 0)
            self._boundary_rows[i].show()
        for row in self._boundary_rows[len(boundaries) :]:
            row.hide()
        self.boundaries_empty.setVisible(not boundaries)

    def _controls(self) -> list[QWidget]:
        """The page's controls in reading order, top to bottom (the Tab order)."""
        rhythm = [self.rhythm.intention, self.rhythm.pause_button]
        return [
            self.pause_button,
            self.share_button,
            *rhythm,
            *(b for row in self._run_rows[: len(self.run_buttons)] for b in (row.delete_button, row.button)),
            self.runs_more,
            self.all_boundaries,
        ]

    def first_control(self) -> QWidget | None:
        """Where the keyboard starts on this page: its first control a person can see."""
        return next((c for c in self._controls() if c.isVisibleTo(self) and c.isEnabled()), None)

    def _fix_tab_order(self) -> None:
        """Rows are rebuilt on refresh; keep Tab moving top to bottom, as the page reads."""
        chain = self._controls()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ------------------------------------------------------------------ actions

    def _go_to_pause(self) -> None:
        if self._pause is not None:
            self.resume_requested.emit(self._pause.run_id)

    def _share(self) -> None:
        if self._share_run_id is not None:
            self.resume_requested.emit(self._share_run_id)
        else:
            self.start_requested.emit(SHARE_EXERCISE)

    def _write(self, job: Callable[[Store], None]) -> None:
        """A change the couple asked for, written on the database worker; the page reads again
        when the store announces it."""
        self.services.database.run(job, None, self._not_saved)

    def _not_saved(self, exc: StoreError) -> None:
        log.warning("Today could not save a change: %s", exc)
        self.error.setText(
            translate("today_page", "That change could not be saved just now. {reason}").format(reason=exc)
        )
        self.error.show()

    def _break(self, start: bool) -> None:
        today = self.services.clock.today()
        self._write(lambda store: start_break(store, today) if start else end_break(store, today))

    def _delete_run(self, row: RunRow) -> None:
        from .deleting import ask_delete_run  # only when asked: not needed at start-up

        ask_delete_run(self, self.services, row.run_id, row.title.text())

    def _more_runs(self) -> None:
        self._runs_limit += RUNS_SHOWN
        self.refresh_now()  # asked for by a person, on this page: shown at once
        # Keyboard users land on the first of the rows just added.
        buttons = list(self.run_buttons.values())
        first_new = self._runs_limit - RUNS_SHOWN
        (buttons[first_new] if len(buttons) > first_new else self.runs_more).setFocus()

    # ------------------------------------------------------------------ for tests and the window

    def visible_run_ids(self) -> list[str]:
        return [run_id for run_id, button in self.run_buttons.items() if button.isVisibleTo(self)]
