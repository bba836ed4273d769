"""Today: what matters now. An active pause, today's sharing, what is left half-way, the
latest boundaries. Calm words, never a scoreboard.

Every read here is one small indexed query (see the ``Store`` methods used), because this is
the page shown at start-up, also on ten years of history. While the page is hidden, a change
on the bus only marks it out of date; it reads again when it is shown.
"""

from __future__ import annotations

import logging
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import format_day_time, format_time
from ..storage import BoundaryRecord, Couple, PauseRecord, RunRecord, StoreError
from .services import Services
from .words import MONTHS, STATUS_WORDS, capital, day_words, month_day, whose_words

log = logging.getLogger("couplesdesk.today")

SHARE_EXERCISE = "share-one-thing"
"""The daily exercise whose private write step counts as 'shared today'."""
SHARE_STEP = "my-thing"
"""The id of its private write step (exercises/share-one-thing.toml)."""

RUNS_SHOWN = 5
"""Unfinished runs listed at first; 'Show more' adds this many again."""
BOUNDARIES_SHOWN = 3
STATEMENT_CHARS = 160
"""A longer boundary is shortened on Today (the full text is on the Boundaries page)."""

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

PAGE_STYLE = """
QFrame[card="true"] { background: #FFFFFF; border: 1px solid #E6DBCD; border-radius: 12px; }
QFrame[card="true"] QLabel { background: transparent; }
QFrame[card="true"] QWidget#todayRun, QFrame[card="true"] QWidget#todayBoundary { background: transparent; }
QFrame#todayPause { background: #EEF3EE; border: 1px solid #C8D6CA; border-left: 5px solid #5F7F66; }
QLabel#todayPauseText { font-size: 13pt; font-weight: 600; color: #3E5A45; }
QPushButton#todayGoToPause { background: #5F7F66; border: 1px solid #5F7F66; color: #FFFFFF; font-weight: 600; }
QPushButton#todayGoToPause:hover { background: #506D56; }
QPushButton#todayGoToPause:focus { border: 2px solid #3B3330; }
QLabel[role="section"] { font-size: 12.5pt; font-weight: 600; }
QLabel#todayStreak { color: #4F6B55; }
QLabel[role="runTitle"] { font-weight: 600; }
QLabel[role="quote"] { font-style: italic; }
QFrame[role="rule"] { background: #EFE6DB; border: none; max-height: 1px; min-height: 1px; }
QPushButton[role="link"] {
    background: transparent; border: none; color: #94492F; padding: 4px 2px; text-decoration: underline;
}
QPushButton[role="link"]:hover { color: #3B3330; background: transparent; }
QPushButton[role="link"]:focus { border: 2px solid #B8654B; border-radius: 6px; }
"""


# --------------------------------------------------------------------------- words


def when_words(moment: datetime, today: date) -> str:
    """When something was last touched, as people say it: 'today at 20:10', 'yesterday at 21:05',
    'on Monday at 19:30' (this past week), 'on 3 November', 'on 3 November 2025'."""
    d = moment.astimezone().date()
    at = format_time(moment)
    days = (today - d).days
    if days == 0:
        return f"today at {at}"
    if days == 1:
        return f"yesterday at {at}"
    if 1 < days < 7:
        return f"on {WEEKDAYS[d.weekday()]} at {at}"
    return f"on {month_day(d, today)}"


def greeting(now: datetime) -> str:
    hour = now.astimezone().hour
    if 5 <= hour < 12:
        return "Good morning"
    if 12 <= hour < 18:
        return "Good afternoon"
    return "Good evening"


def names_of(couple: Couple | None) -> dict[str, str]:
    return couple.names() if couple is not None else {"partner_a": "Partner A", "partner_b": "Partner B"}


def streak_words(streak: int, shared_today: bool) -> str:
    """The streak, gently: never a score, never a reproach."""
    if streak <= 0:
        return "Share one thing today to start a streak."
    if streak == 1:
        return (
            "Day 1 of your streak."  # the line above already says you both shared today
            if shared_today
            else "You both shared yesterday: 1 day so far."
        )
    words = f"{streak} days in a row you both shared."
    return words if shared_today else f"{words} Today is still open."


def shortened(text: str, limit: int = STATEMENT_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.") + "…"


# Widgets are made with their parent, top down: under a style sheet, moving a widget into
# another re-styles it and everything in it, and the page is shown at start-up.


def _label(parent: QWidget, text: str = "", *, name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _card(parent: QWidget, name: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame(parent)
    card.setObjectName(name)
    card.setProperty("card", True)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(20, 16, 20, 16)
    layout.setSpacing(8)
    return card, layout


def _lines_beside_button(layout: QVBoxLayout, top: QLabel, below: QLabel, button: QPushButton) -> None:
    """Two lines of words on the left, their button on the right, centred beside them."""
    row = QHBoxLayout()
    words = QVBoxLayout()
    words.setSpacing(4)
    words.addWidget(top)
    words.addWidget(below)
    row.addLayout(words, 1)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
    layout.addLayout(row)


def _rule(parent: QWidget) -> QFrame:
    rule = QFrame(parent)
    rule.setProperty("role", "rule")
    return rule


class RunRow(QWidget):
    """One unfinished run: its title, when it was left, and Resume. Reused across refreshes,
    so a refresh is cheap and keyboard focus on a Resume button survives it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayRun")
        self.run_id = ""
        self.rule = _rule(self)
        self.title = _label(self, name="todayRunTitle", role="runTitle")
        self.when = _label(self, name="todayRunWhen", role="hint")
        self.button = QPushButton("Resume", self)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.when)
        line = QHBoxLayout()
        line.setContentsMargins(0, 8, 0, 8)
        line.addLayout(words, 1)
        line.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rule)
        layout.addLayout(line)

    def show_run(self, run_id: str, title: str, when: str, first: bool) -> None:
        self.run_id = run_id
        self.setProperty("runId", run_id)
        self.rule.setVisible(not first)
        self.title.setText(title)
        self.when.setText(f"Left off {when}")
        self.button.setObjectName(f"resumeRun{run_id}")
        self.button.setAccessibleName(f"Resume {title}, left off {when}")


class BoundaryRow(QWidget):
    """One boundary on Today: the statement (shortened when long) and a quiet line under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayBoundary")
        self.rule = _rule(self)
        self.statement = _label(self, name="todayBoundaryStatement")
        self.statement.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.meta = _label(self, name="todayBoundaryMeta", role="hint")
        words = QVBoxLayout()
        words.setContentsMargins(0, 8, 0, 8)
        words.setSpacing(2)
        words.addWidget(self.statement)
        words.addWidget(self.meta)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.rule)
        layout.addLayout(words)

    def show_boundary(self, statement: str, meta: str, first: bool) -> None:
        self.rule.setVisible(not first)
        self.statement.setText(shortened(statement))
        self.statement.setToolTip(statement if len(statement) > STATEMENT_CHARS else "")
        self.meta.setText(meta)


# --------------------------------------------------------------------------- the page


class TodayPage(QWidget):
    """Signals:

    resume_requested(str): go back into this run (an unfinished run, or the run of the active pause).
    start_requested(str): start a new run of the exercise with this id ("share-one-thing").
    show_boundaries(): the person asked to see all boundaries.
    """

    resume_requested = Signal(str)
    start_requested = Signal(str)
    show_boundaries = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("todayPage")
        self.setStyleSheet(PAGE_STYLE)
        self._stale = True
        self._on_screen = False
        self._day: date | None = None
        self._runs_limit = RUNS_SHOWN
        self._couple: Couple | None = None
        self._pause: PauseRecord | None = None
        self._pause_shown: tuple[str, datetime, bool] | None = None
        self._share_run: RunRecord | None = None

        # The frame first, so everything below is made in place (see _label).
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

        # header
        self.greeting = _label(content, name="todayGreeting", role="title")
        self.date_line = _label(content, name="todayDate", role="hint")
        self.talk_line = _label(content, name="todayTalk")
        self.talk_line.hide()
        self.error = _label(content, name="todayError", role="flag")
        self.error.hide()

        # an active pause
        self.pause_card, pause_layout = _card(content, "todayPause")
        self.pause_text = _label(self.pause_card, name="todayPauseText")
        self.pause_who = _label(self.pause_card, name="todayPauseWho")
        self.pause_button = QPushButton("Go to the pause", self.pause_card)
        self.pause_button.setObjectName("todayGoToPause")
        self.pause_button.setAccessibleName("Go to the pause")
        self.pause_button.clicked.connect(self._go_to_pause)
        _lines_beside_button(pause_layout, self.pause_text, self.pause_who, self.pause_button)
        self.pause_card.hide()

        # today's sharing
        self.share_card, share_layout = _card(content, "todayShare")
        share_layout.addWidget(_label(self.share_card, "Sharing today", role="section"))
        self.share_text = _label(self.share_card, name="todayShareText")
        self.streak = _label(self.share_card, name="todayStreak")
        self.share_button = QPushButton("Share one thing", self.share_card)
        self.share_button.setObjectName("todayShareButton")
        self.share_button.setProperty("primary", True)
        self.share_button.clicked.connect(self._share)
        _lines_beside_button(share_layout, self.share_text, self.streak, self.share_button)

        # unfinished runs
        self.runs_card, runs_layout = _card(content, "todayRuns")
        runs_layout.addWidget(_label(self.runs_card, "Pick up where you left off", role="section"))
        self.runs_rows = QVBoxLayout()
        self.runs_rows.setSpacing(0)
        runs_layout.addLayout(self.runs_rows)
        self.runs_more = QPushButton(self.runs_card)
        self.runs_more.setObjectName("todayMoreRuns")
        self.runs_more.setProperty("role", "link")
        self.runs_more.clicked.connect(self._more_runs)
        self.runs_missing = _label(self.runs_card, name="todayMissingRuns", role="hint")
        runs_layout.addWidget(self.runs_more, 0, Qt.AlignmentFlag.AlignLeft)
        runs_layout.addWidget(self.runs_missing)
        self.run_buttons: dict[str, QPushButton] = {}
        self._run_rows: list[RunRow] = []
        self._boundary_rows: list[BoundaryRow] = []

        # the latest boundaries
        self.boundaries_card, boundaries_layout = _card(content, "todayBoundaries")
        boundaries_layout.addWidget(_label(self.boundaries_card, "Your latest boundaries", role="section"))
        self.boundary_rows = QVBoxLayout()
        self.boundary_rows.setSpacing(0)
        boundaries_layout.addLayout(self.boundary_rows)
        self.boundaries_empty = _label(
            self.boundaries_card,
            "No boundaries yet. When one of you states a boundary in the Boundary statement exercise, "
            "it is kept here, so you can come back to it.",
            name="todayBoundariesEmpty",
            role="hint",
        )
        boundaries_layout.addWidget(self.boundaries_empty)
        self.all_boundaries = QPushButton("All boundaries", self.boundaries_card)
        self.all_boundaries.setObjectName("todayAllBoundaries")
        self.all_boundaries.setAccessibleName("Show all boundaries")
        self.all_boundaries.setProperty("role", "link")
        self.all_boundaries.clicked.connect(self.show_boundaries.emit)
        boundaries_layout.addWidget(self.all_boundaries, 0, Qt.AlignmentFlag.AlignLeft)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 24, 32, 32)
        column.setSpacing(16)
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.greeting)
        header.addWidget(self.date_line)
        header.addWidget(self.talk_line)
        column.addLayout(header)
        column.addWidget(self.error)
        column.addWidget(self.pause_card)
        column.addWidget(self.share_card)
        column.addWidget(self.runs_card)
        column.addWidget(self.boundaries_card)
        column.addStretch(1)

        services.bus.changed.connect(self._changed)
        services.bus.tick.connect(self._tick)
        self.refresh()

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read everything again (a handful of small indexed queries)."""
        self._stale = False
        today = self.services.clock.today()
        if today != self._day:
            self._runs_limit = RUNS_SHOWN
        self._day = today
        store = self.services.store
        try:
            self._couple = store.couple.get()
            pause = store.pauses.active()
            shares = store.shares.days(SHARE_EXERCISE, SHARE_STEP, since=today).get(today, set())
            streak = store.shares.streak(SHARE_EXERCISE, SHARE_STEP, today)
            self._share_run = store.runs.unfinished_on(SHARE_EXERCISE, today)
            # The pause and today's sharing have their own buttons above; not listed twice.
            skip_runs = [r for r in (pause and pause.run_id, self._share_run and self._share_run.id) if r]
            counts = store.runs.unfinished_counts(skip_runs)
            # Until the library has loaded (just after start-up), runs are named by the title
            # they keep; the page reads again once it has, and leaves out any run whose
            # exercise is no longer there.
            library = self.services.library_if_loaded()
            missing = {eid for eid in counts if library is not None and library.get(eid) is None}
            runs = store.runs.recent_unfinished(self._runs_limit, skip_exercises=missing, skip_runs=skip_runs)
            if library is None and any(run.title is None for run in runs):
                library = self.services.library  # a run from before titles were kept: wait for the library
                missing = {eid for eid in counts if library.get(eid) is None}
                runs = store.runs.recent_unfinished(self._runs_limit, skip_exercises=missing, skip_runs=skip_runs)
            boundaries = store.boundaries.list(limit=BOUNDARIES_SHOWN)
            talk = store.talks.next(self.services.clock.now())
        except StoreError as exc:
            log.warning("Today could not read the database: %s", exc)
            self.error.setText(f"Today's overview could not be read just now. {exc}")
            self.error.show()
            return
        self.error.hide()
        names = names_of(self._couple)
        now = self.services.clock.now()
        couple_names = f", {names['partner_a']} and {names['partner_b']}" if self._couple is not None else ""
        self.greeting.setText(f"{greeting(now)}{couple_names}")
        self.date_line.setText(f"{WEEKDAYS[today.weekday()]}, {today.day} {MONTHS[today.month - 1]}")
        # A talk planned after a pause: shown until an hour after its time.
        self.talk_line.setText(f"You planned to pick up your talk on {format_day_time(talk)}." if talk else "")
        self.talk_line.setVisible(talk is not None)
        self._show_pause(pause)
        self._show_share(shares, streak, names)
        resumable = sum(n for eid, n in counts.items() if eid not in missing)
        self._show_runs(runs, resumable, sum(counts[eid] for eid in missing), today)
        self._show_boundaries(boundaries, names, today)
        self._fix_tab_order()

    def _changed(self, _area: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _tick(self) -> None:
        """Once a second: only the pause line moves (one small read); a new day reads everything."""
        if not self._on_screen:  # a plain flag: this runs every second, so no Qt call here
            return
        if self._stale or self.services.clock.today() != self._day:
            self.refresh()
            return
        try:
            self._show_pause(self.services.store.pauses.active(), force=False)
        except StoreError:
            pass

    def showEvent(self, event: QShowEvent) -> None:
        self._on_screen = True
        if self._stale or self.services.clock.today() != self._day:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._on_screen = False
        super().hideEvent(event)

    # ------------------------------------------------------------------ showing

    def _show_pause(self, pause: PauseRecord | None, *, force: bool = True) -> None:
        """Show the pause line. On a tick (``force=False``) widgets are touched only when what
        they say changes: once a second, nothing else needs doing."""
        over = pause is not None and self.services.clock.now() >= pause.return_at
        shown = (pause.id, pause.return_at, over) if pause is not None else None
        if not force and shown == self._pause_shown:
            return
        had_pause = self._pause is not None
        self._pause = pause
        self._pause_shown = shown
        self.pause_card.setVisible(pause is not None)
        if pause is None:
            if had_pause:
                self._fix_tab_order()
            return
        names = names_of(self._couple)
        caller = names.get(pause.caller or "")
        if not over:
            self.pause_text.setText(f"Pause until {format_time(pause.return_at)}")
            who = f"{caller} called this pause." if caller else "You are taking a pause."
            self.pause_who.setText(f"{who} Take the time you need; you will check in with each other then.")
            self.pause_button.setAccessibleName(f"Go to the pause (until {format_time(pause.return_at)})")
        else:
            self.pause_text.setText(f"The pause ended at {format_time(pause.return_at)}")
            who = f"{caller} called it. " if caller else ""
            self.pause_who.setText(f"{who}When you are both ready, come back together and check in.")
            self.pause_button.setAccessibleName("Go to the pause, to check in together")
        if not had_pause:
            self._fix_tab_order()

    def _show_share(self, shared: set[str], streak: int, names: dict[str, str]) -> None:
        a, b = names["partner_a"], names["partner_b"]
        a_done, b_done = "partner_a" in shared, "partner_b" in shared
        if a_done and b_done:
            text = "You both shared today. Thank you for making the time for each other."
        elif a_done or b_done:
            done, waiting = (a, b) if a_done else (b, a)
            text = f"{done} has shared today; {waiting} hasn't yet."
        else:
            text = "Nothing shared yet today. A sentence or two each is plenty."
        self.share_text.setText(text)
        self.streak.setText(streak_words(streak, a_done and b_done))
        if self._share_run is not None:
            self.share_button.setText("Carry on sharing")
            self.share_button.setAccessibleName("Carry on with today's Share one thing, where you left off")
            self.share_button.show()
        else:
            self.share_button.setText("Share one thing")
            self.share_button.setAccessibleName("Start Share one thing")
            # Both have shared: today's sharing is done; nothing to nudge.
            self.share_button.setVisible(not (a_done and b_done))

    def _show_runs(self, runs: list[RunRecord], resumable: int, missing: int, today: date) -> None:
        self.run_buttons = {}
        shown = 0
        library = self.services.library_if_loaded()
        for run in runs:
            # A run keeps the title it was started under, so the row reads the same before
            # and after the library has loaded.
            exercise = library.get(run.exercise_id) if library is not None else None
            if library is not None and exercise is None:  # the library changed since the counts were read
                continue
            if run.title is not None:
                title = run.title
            elif exercise is not None:
                title = exercise.text(exercise.title)
            else:
                continue
            if shown == len(self._run_rows):
                row = RunRow(self.runs_card)
                row.button.clicked.connect(lambda _=False, r=row: self.resume_requested.emit(r.run_id))
                self.runs_rows.addWidget(row)
                self._run_rows.append(row)
            row = self._run_rows[shown]
            row.show_run(run.id, title, when_words(run.updated_at, today), first=shown == 0)
            row.show()  # now, not on the next event loop turn (as a layout would), so Tab order sees it
            self.run_buttons[run.id] = row.button
            shown += 1
        for row in self._run_rows[shown:]:
            row.hide()
        more = resumable - len(self.run_buttons)
        if more > 0:
            step = min(more, RUNS_SHOWN)
            self.runs_more.setText(f"Show {step} more of {more} older ones" if more > step else f"Show {step} more")
            self.runs_more.setAccessibleName(f"Show {step} more unfinished exercises")
        self.runs_more.setVisible(more > 0)
        if missing:
            self.runs_missing.setText(
                f"{missing} older run{'s' if missing != 1 else ''} "
                f"belong{'s' if missing == 1 else ''} to "
                f"{'exercises' if missing != 1 else 'an exercise'} no longer in your library."
            )
        self.runs_missing.setVisible(bool(missing))
        self.runs_card.setVisible(bool(self.run_buttons) or bool(missing))

    def _show_boundaries(self, boundaries: list[BoundaryRecord], names: dict[str, str], today: date) -> None:
        for i, boundary in enumerate(boundaries):
            if i == len(self._boundary_rows):
                self._boundary_rows.append(BoundaryRow(self.boundaries_card))
                self.boundary_rows.addWidget(self._boundary_rows[-1])
            status = STATUS_WORDS.get(boundary.status, boundary.status.replace("_", " "))
            stated = day_words(boundary.created_at.astimezone().date(), today)
            meta = f"{capital(whose_words(boundary.author, names))} · {stated} · {status}"
            self._boundary_rows[i].show_boundary(boundary.statement, meta, first=i == 0)
            self._boundary_rows[i].show()
        for row in self._boundary_rows[len(boundaries) :]:
            row.hide()
        self.boundaries_empty.setVisible(not boundaries)

    def _controls(self) -> list[QWidget]:
        """The page's controls in reading order, top to bottom (the Tab order)."""
        return [self.pause_button, self.share_button, *self.run_buttons.values(), self.runs_more, self.all_boundaries]

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
        if self._share_run is not None:
            self.resume_requested.emit(self._share_run.id)
        else:
            self.start_requested.emit(SHARE_EXERCISE)

    def _more_runs(self) -> None:
        self._runs_limit += RUNS_SHOWN
        self.refresh()
        # Keyboard users land on the first of the rows just added.
        buttons = list(self.run_buttons.values())
        target = (
            buttons[self._runs_limit - RUNS_SHOWN] if len(buttons) > self._runs_limit - RUNS_SHOWN else self.runs_more
        )
        target.setFocus()

    # ------------------------------------------------------------------ for tests and the window

    def visible_run_ids(self) -> list[str]:
        return [run_id for run_id, button in self.run_buttons.items() if button.isVisibleTo(self)]
