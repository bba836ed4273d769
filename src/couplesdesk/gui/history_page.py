"""History: every run, newest first, a heading for each week; open one to read it again.

What the two of you look at together shows what both may see (the privacy rule). What each
wrote alone, and each one's solo reflections, show only in that partner's own view, after
the same hand-over the run page uses ("Hand the screen to Alex" / "I'm Alex, show me"); the
page goes back to the shared view when it is left (another page, the lock, quick hide).

A partner with a personal passphrase types it after their hand-over (personal_ask.py), before
anything of theirs is read: their key is opened on the database worker's connection, where the
page reads, and forgotten again when their own view ends (back to both, the page left, the
lock, the window closed).

The list is a lazy model read a page at a time on the database worker (history_model.py);
the page reads again when something it shows changes (the change bus), never on a timer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.people import PARTNERS
from ..core.privacy import TOGETHER, Viewer
from ..core.transcript import Transcript, read_transcript
from ..storage import Changes, Couple, Store, StoreError
from .history_empty import empty_words, prepare_report
from .history_filters import HistoryFilters
from .history_model import HistoryDelegate, HistoryModel
from .history_transcript import TranscriptView
from .i18n import translate
from .looks import themed
from .personal_ask import PersonalAsk, close_key
from .reflow import (
    ReflowRow,  # a row that becomes a column when narrow
    wrap_words,
)
from .run_parts import CentredPanel, text_label
from .services import Services

if TYPE_CHECKING:
    from ..core.library import Library

log = logging.getLogger("couplesdesk.history")

FIRST_EXERCISE = "share-one-thing"
SHOWN = Changes.RUNS | Changes.ANSWERS | Changes.PAUSES | Changes.BOUNDARIES | Changes.AGREEMENTS | Changes.COUPLE
LIST_STYLE = """
QListView#historyList { background: @surface@; border: 1px solid @border@; border-radius: 10px; padding: 4px; outline: none; }
QListView#historyList:focus { border: 2px solid @focus@; }
QListView#historyList::item:selected { background: @selected@; color: @text@; border-radius: 8px; }
"""
VIEWER_STYLE = """
QFrame#historyViewer { background: @sidebar@; border-radius: 10px; }
QFrame#historyViewer[alone="true"] { background: @calm_soft@; }
QFrame#historyViewer QLabel { background: transparent; }
QFrame#historyViewer QPushButton[role="toggle"] { background: transparent; }
"""


class HistoryPage(QWidget):
    """Signals:

    resume_requested(str): pick up this unfinished run again (its id).
    start_requested(str): start this exercise (from the empty history).
    refreshed(): the first page of runs (or the empty state) is on screen.
    transcript_shown(): a run's transcript is on screen.
    """

    resume_requested = Signal(str)
    start_requested = Signal(str)
    refreshed = Signal()
    transcript_shown = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("historyPage")
        self.viewer: Viewer = TOGETHER
        self.names = {PARTNERS[0]: "Partner A", PARTNERS[1]: "Partner B"}
        self._stale = True
        self._handing_to: str | None = None
        self._back_to: QWidget | None = None
        self._key_open: str | None = None  # whose personal key this page opened (their own view)
        self.model = HistoryModel(lambda: services.database, services.clock.today, self)
        self._build_header()
        self._build_list()
        self._build_body()
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._read_failed)
        services.bus.changed.connect(self._changed)

    def _build_header(self) -> None:
        self.title = text_label("historyTitle", "title")
        self.title.setText(translate("history_page", "History"))
        self.prepare_button = wrap_words(QPushButton(translate("history_page", "Prepare for our session...")))
        self.prepare_button.setObjectName("historyPrepareReport")
        self.prepare_button.setToolTip(translate("history_page", "A report for your therapist, made together (Ctrl+R)"))
        self.prepare_button.clicked.connect(lambda: prepare_report(self.services, self.window()))
        self.viewer_bar = QFrame()
        self.viewer_bar.setObjectName("historyViewer")
        themed(self.viewer_bar, VIEWER_STYLE)  # on the parts, not the page: cheaper to build
        self.viewer_text = text_label("historyViewerText")
        self.own_buttons = {key: self._own_button(key) for key in PARTNERS}
        self.together_button = QPushButton(translate("history_page", "Back to both of you"))
        self.together_button.setObjectName("historyTogether")
        self.together_button.setAccessibleName(
            translate("history_page", "Hide what was written alone, and look together again")
        )
        self.together_button.setProperty("primary", True)
        self.together_button.clicked.connect(lambda: self.set_viewer(TOGETHER))
        row = ReflowRow(self.viewer_bar)
        row.setContentsMargins(14, 8, 10, 8)
        row.addWidget(self.viewer_text, 1)
        for button in (*self.own_buttons.values(), self.together_button):
            row.addWidget(button)
        self.filters = HistoryFilters(self.services.clock.today)
        self.filters.changed.connect(self.refresh)
        self.error = text_label("historyError", "flag")
        self.error.hide()

    def _own_button(self, key: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(f"historyOwn_{key}")
        button.setProperty("role", "toggle")
        button.clicked.connect(lambda: self._hand_over(key))
        return button

    def _build_list(self) -> None:
        self.list = QListView()
        self.list.setObjectName("historyList")
        themed(self.list, LIST_STYLE)
        self.list.setAccessibleName(translate("history_page", "Every exercise you have done, newest first, by week"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(HistoryDelegate(self.font(), self.list))
        self.list.setUniformItemSizes(True)  # ten years of rows, laid out without measuring each
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.empty = QWidget()
        self.empty.setObjectName("historyEmpty")
        self.empty_title = text_label("historyEmptyTitle", "title", centred=True)
        self.empty_text = text_label("historyEmptyText", centred=True)
        self.empty_button = QPushButton()
        self.empty_button.setObjectName("historyEmptyButton")
        self.empty_button.setProperty("primary", True)
        self.empty_button.clicked.connect(self._empty_action)
        column = QWidget()
        column.setMaximumWidth(540)
        inner = QVBoxLayout(column)
        inner.setSpacing(8)
        for widget in (self.empty_title, self.empty_text):
            inner.addWidget(widget)
        inner.addSpacing(8)
        inner.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 3)
        centred.addStretch(1)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addLayout(centred)
        empty.addStretch(2)

    def _build_body(self) -> None:
        self.transcript = TranscriptView()
        self.transcript.back.connect(self.show_list)
        self.transcript.resume_requested.connect(self.resume_requested.emit)
        self.handover = CentredPanel(
            "historyHandover", "historyHandoverText", "historyHandoverContinue", "historyHandoverSub"
        )
        self.handover.button.clicked.connect(self._handed_over)
        self.not_now = QPushButton(translate("history_page", "Not now"))
        self.not_now.setObjectName("historyHandoverNotNow")
        self.not_now.setProperty("role", "toggle")
        self.not_now.clicked.connect(self._not_handed_over)
        panel = self.handover.layout()
        assert isinstance(panel, QVBoxLayout)
        panel.insertWidget(panel.count() - 1, self.not_now, 0, Qt.AlignmentFlag.AlignCenter)
        self.gate = PersonalAsk(self.services, "historyGate")
        self.gate.opened.connect(self._gate_opened)
        self.gate.declined.connect(self._not_handed_over)
        self.body = QStackedWidget()
        for widget in (self.list, self.empty, self.transcript, self.handover, self.gate):
            self.body.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.prepare_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        for widget in (self.viewer_bar, self.filters, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)
        for keys, owner, slot in (
            ("Escape", self.transcript, self.show_list),
            ("Escape", self.handover, self._not_handed_over),
        ):
            shortcut = QShortcut(QKeySequence(keys), owner)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_viewer()
        # The list first, then who is looking and the filters: the keyboard lands on the runs.
        previous: QWidget = self.list
        for control in (
            *self.own_buttons.values(),
            self.together_button,
            *self.filters.controls(),
            self.prepare_button,
        ):
            QWidget.setTabOrder(previous, control)
            previous = control

    def _show_part(self, part: QWidget) -> None:
        """The list (with its filters), a run's transcript, or a hand-over (nothing else shown)."""
        self.body.setCurrentWidget(part)
        # The filters with the list; with nothing to filter yet, the invitation stands alone.
        self.filters.setVisible(part is self.list or (part is self.empty and not self.filters.is_default()))
        self.viewer_bar.setVisible(part not in (self.handover, self.gate))
        self.prepare_button.setVisible(self.viewer.kind != "partner" and part not in (self.handover, self.gate))

    def first_control(self) -> QWidget:
        shown = self.body.currentWidget()
        if shown is self.empty:
            return self.empty_button
        if shown is self.transcript:
            return self.transcript.back_button
        if shown is self.gate:
            return self.gate.field
        return self.handover.button if shown is self.handover else self.list

    # ------------------------------------------------------------------ reading

    def _library(self) -> Library | None:
        return self.services.library_if_loaded()

    def _title_of(self, exercise_id: str, kept: str | None) -> str | None:
        """A run's title in the language shown now (``kept``: the title it was started under)."""
        library = self._library()
        exercise = library.get(exercise_id) if library is not None else None
        return exercise.run_title(kept) if exercise is not None else kept

    def refresh(self) -> None:
        """Read the list again from the newest run (and the open transcript, if any)."""
        self._stale = False
        self.services.database.run(lambda store: store.couple.get(), self._couple_read)
        self.filters.fill(self._library(), self.names)
        self.model.reload(self.filters.query(self._library()), self.viewer, self._title_of)
        if self.body.currentWidget() is self.transcript and self.transcript.run_id is not None:
            self.open_run(self.transcript.run_id)

    def _couple_read(self, couple: Couple | None) -> None:
        if couple is not None and couple.names() != self.names:
            self.names = couple.names()
            self.filters.fill(self._library(), self.names)
            self._show_viewer()

    def _read_failed(self, message: str) -> None:
        self.error.setText(
            translate("history_page", "Your history could not be read just now. {reason}").format(reason=message)
        )
        self.error.show()
        self.refreshed.emit()

    def _loaded(self, first: bool) -> None:
        if not first:
            return
        self.error.hide()
        on_list = self.body.currentWidget() in (self.list, self.empty)
        if self.model.run_count() == 0:
            self._show_empty()
            if on_list:
                self._show_part(self.empty)
        elif on_list:
            self._show_part(self.list)
        self.refreshed.emit()

    def _show_empty(self) -> None:
        title, text, button = empty_words(self.filters.is_default())
        self.empty_title.setText(title)
        self.empty_text.setText(text)
        self.empty_button.setText(button)
        self.empty_button.setAccessibleName(button)

    def _empty_action(self) -> None:
        if self.filters.is_default():
            self.start_requested.emit(FIRST_EXERCISE)
        else:
            self.filters.reset()
            self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.LIBRARY:  # names in place: reading the list again would lose the reader's place
            self.filters.fill(self._library(), self.names)
            self.model.retitle(self._title_of)
            if self.body.currentWidget() is self.transcript and self.transcript.run_id is not None:
                self.open_run(self.transcript.run_id)
        if not changes & SHOWN:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the page (or the lock or quick hide covering it) ends a partner's own view."""
        super().hideEvent(event)
        self.gate.cancel()
        self._close_key()
        if self.viewer != TOGETHER or self._handing_to is not None or self.body.currentWidget() is self.gate:
            self._handing_to = None
            self.viewer = TOGETHER
            self.transcript.clear()
            self._show_part(self.list)
            self._show_viewer()
            self._stale = True

    # ------------------------------------------------------------------ a run

    def _activated(self, index: QModelIndex) -> None:
        run = self.model.run_at(index.row())
        if run is not None and run.id != self.transcript.run_id:
            self.open_run(run.id)
        elif run is not None:
            self._show_part(self.transcript)

    def open_run(self, run_id: str) -> None:
        """Read a run's transcript (for whoever is looking now) and show it."""
        viewer, services = self.viewer, self.services

        def read(store: Store) -> Transcript | None:
            # On the worker: waits there for the exercise library if it is still loading.
            return read_transcript(store, run_id, lambda exercise_id: services.library.get(exercise_id), viewer)

        services.database.run(read, lambda t: self._show_transcript(t, viewer), self._transcript_failed)

    def _show_transcript(self, transcript: Transcript | None, viewer: Viewer) -> None:
        if viewer != self.viewer:
            return  # read for someone who is no longer looking
        if transcript is None:
            self.show_list()
            return
        self.transcript.show_transcript(transcript, viewer, self.services.clock.today())
        self._show_part(self.transcript)
        row = self.model.row_of(transcript.run.id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row, 0))
        self.transcript.back_button.setFocus()
        self.transcript_shown.emit()

    def _transcript_failed(self, exc: StoreError) -> None:
        log.warning("A run could not be read: %s", exc)
        self.error.setText(
            translate("history_page", "This exercise could not be read just now. {reason}").format(reason=exc)
        )
        self.error.show()

    def show_list(self) -> None:
        self.transcript.clear()
        self._show_part(self.list if self.model.run_count() or self.model.loading else self.empty)
        self.list.setFocus()

    # ------------------------------------------------------------------ who is looking

    def _show_viewer(self) -> None:
        alone = self.viewer.partner if self.viewer.kind == "partner" else None
        self.viewer_bar.setProperty("alone", alone is not None)
        self.viewer_bar.style().unpolish(self.viewer_bar)
        self.viewer_bar.style().polish(self.viewer_bar)
        if alone is None:
            self.viewer_text.setText(translate("history_page", "Words written alone stay with the one who wrote them."))
        else:
            name, other = self.names[alone], self.names[OTHER[alone]]
            self.viewer_text.setText(
                translate(
                    "history_page", "{name}'s own view: what {name} wrote alone is showing. {other}, please look away."
                ).format(name=name, other=other)
            )
        for key, button in self.own_buttons.items():
            name = self.names[key]
            button.setText(translate("history_page", "{name}'s own view").format(name=name))
            button.setAccessibleName(
                translate("history_page", "Show what {name} wrote alone, to {name} only").format(name=name)
            )
            button.setVisible(alone is None)
        self.together_button.setVisible(alone is not None)
        # together only: never over a partner's own view or their hand-over
        self.prepare_button.setVisible(alone is None and self.body.currentWidget() not in (self.handover, self.gate))

    def _hand_over(self, partner: str) -> None:
        """'Hand the screen to Alex': nothing of Alex's own is shown until Alex says it is them."""
        name, other = self.names[partner], self.names[OTHER[partner]]
        self._handing_to = partner
        self._back_to = self.body.currentWidget()
        self.handover.text.setText(translate("history_page", "Hand the screen to {name}.").format(name=name))
        assert self.handover.sub is not None
        self.handover.sub.setText(
            translate(
                "history_page",
                "What {name} wrote alone is for {name}'s eyes. {other}, please look away or step out for a moment.",
            ).format(name=name, other=other)
        )
        self.handover.button.setText(translate("history_page", "I'm {name}, show me").format(name=name))
        self.handover.button.setAccessibleName(
            translate("history_page", "I am {name}; show what I wrote alone").format(name=name)
        )
        self.not_now.setAccessibleName(translate("history_page", "Not now; stay with what both of you may see"))
        self._show_part(self.handover)
        self.handover.button.setFocus()

    def _handed_over(self) -> None:
        """'I'm Alex, show me': Alex's own view, after Alex's passphrase if Alex has one."""
        partner = self._handing_to
        if partner is None:
            return

        def has_passphrase(store: Store) -> bool:
            return store.personal.has(partner)

        def answered(has: bool) -> None:
            if self._handing_to != partner or self.body.currentWidget() is not self.handover:
                return  # changed their mind meanwhile
            if has:
                self._ask_passphrase(partner)
            else:
                self.set_viewer(Viewer.alone(partner))

        self.services.database.run(has_passphrase, answered, self._transcript_failed)

    def _ask_passphrase(self, partner: str) -> None:
        name, other = self.names[partner], self.names[OTHER[partner]]
        self.gate.ask(
            partner,
            name,
            translate(
                "history_page",
                "What {name} wrote alone is kept locked with {name}'s own passphrase. {name}, please type it to "
                "read it again. {other}, please look away for a moment.",
            ).format(name=name, other=other),
        )
        self._show_part(self.gate)
        self.gate.field.setFocus()

    def _gate_opened(self, partner: str) -> None:
        if self._handing_to != partner or not self.isVisible():
            close_key(self.services, partner)
            return
        self._key_open = partner
        self.set_viewer(Viewer.alone(partner))

    def _close_key(self) -> None:
        """Whatever this page opened is locked again (on the connection it was opened on)."""
        if self._key_open is not None:
            partner, self._key_open = self._key_open, None
            close_key(self.services, partner)

    def _not_handed_over(self) -> None:
        self.gate.cancel()
        self._handing_to = None
        back = self._back_to if self._back_to not in (None, self.handover, self.gate) else self.list
        assert back is not None
        self._show_part(back)

    def set_viewer(self, viewer: Viewer) -> None:
        """Who is looking now: both together, or one partner alone (after their hand-over)."""
        open_run = (
            self.transcript.run_id if self.body.currentWidget() in (self.transcript, self.handover, self.gate) else None
        )
        if self._key_open is not None and viewer != Viewer.alone(self._key_open):
            self._close_key()  # before anything else is read: their own view has ended
        self._handing_to = None
        self.viewer = viewer
        self.transcript.clear()
        self._show_viewer()
        self._show_part(self.list)
        self.refresh()
        if open_run is not None:
            self.open_run(open_run)


OTHER = {PARTNERS[0]: PARTNERS[1], PARTNERS[1]: PARTNERS[0]}
