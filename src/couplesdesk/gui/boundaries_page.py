"""Boundaries: every boundary the couple has stated, newest first, and where each one stands.

A status is changed by choosing it for the selected boundary and pressing Save; the last
change can be undone from the line that confirms it. The page reads the database only when
it is shown (and again on a change while shown), so it costs nothing at start-up.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.safe_text import display_text
from ..storage import BOUNDARY_STATUSES, BoundaryRecord, Changes, Couple, StoreError, WordingRecord
from .both_confirm import ask_both
from .deleting import add_boundary_delete
from .i18n import translate
from .kept_parts import ID_ROLE, PAGE_STYLE, UndoBar, WordingPanel, dot, row_id, select_row, status_hint
from .kept_words import boundary_words
from .looks import themed
from .plain import plain_tooltip
from .reflow import ReflowRow, wrap_words
from .services import Services
from .words import capital, day_words, whose_words

log = logging.getLogger("couplesdesk.boundaries")

BOUNDARY_EXERCISE = "boundary-statement"

# --------------------------------------------------------------------------- the page


class BoundariesPage(QWidget):
    """Signals:

    start_requested(str): start the exercise with this id ("boundary-statement", from the empty state).
    refreshed(): what was read last is on screen now.
    """

    start_requested = Signal(str)
    refreshed = Signal()

    COLUMNS = ("Boundary", "Whose", "Stated", "Status")

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("boundariesPage")
        themed(self, PAGE_STYLE)
        self._stale = True
        self._records: dict[str, BoundaryRecord] = {}
        self._names: dict[str, str] = {"partner_a": "Partner A", "partner_b": "Partner B"}
        self._last_change: tuple[str, str, str] | None = None  # boundary id, status before, status after
        self._message_for: str | None = None  # the boundary the undo line speaks about

        self._build_list()
        self._build_detail()
        self._build_empty()
        self._build_layout()
        self.delete_button = add_boundary_delete(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.status.setFocus())  # Enter on a row: to its status
        services.bus.changed.connect(self._changed)

    def _build_list(self) -> None:
        title = self.title = QLabel(translate("boundaries_page", "Boundaries"))
        title.setProperty("role", "title")
        self.lead = QLabel(
            translate(
                "boundaries_page",
                "What each of you has asked for, newest first. Come back to them now and then: "
                "has a boundary been heard, or does it need a little more time?",
            )
        )
        self.lead.setObjectName("boundariesLead")
        self.lead.setProperty("role", "hint")
        self.lead.setWordWrap(True)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("boundariesError")
        self.error.setProperty("role", "flag")
        self.error.setWordWrap(True)
        self.error.hide()

        # the list
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("boundariesTable")
        self.table.setProperty("role", "keptTable")
        self.table.setAccessibleName(translate("boundaries_page", "Your boundaries, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("boundaries_page", "Boundary"),
                translate("boundaries_page", "Whose"),
                translate("boundaries_page", "Stated"),
                translate("boundaries_page", "Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 22)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns(True)

    def _build_detail(self) -> None:
        # the selected boundary
        self.detail = QFrame()
        self.detail.setObjectName("boundaryDetail")
        self.detail.setProperty("role", "keptDetail")
        self.wording = WordingPanel("boundary", "boundary")
        self.wording.reword_requested.connect(self._reword)
        self.statement = self.wording.statement
        self.meta = QLabel()  # names, as typed
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setObjectName("boundaryMeta")
        self.meta.setProperty("role", "hint")
        self.meta.setWordWrap(True)  # whole at any text size
        status_label = QLabel(translate("boundaries_page", "Where it stands now"))
        status_label.setObjectName("boundaryStatusLabel")
        self.status = QComboBox()
        self.status.setObjectName("boundaryStatus")
        self.status.setAccessibleName(translate("boundaries_page", "Status of the selected boundary"))
        for key in BOUNDARY_STATUSES:
            self.status.addItem(capital(boundary_words(key)), key)
        status_label.setBuddy(self.status)
        self.save = QPushButton(translate("boundaries_page", "Save status"))
        self.save.setObjectName("boundarySave")
        self.save.setAccessibleName(translate("boundaries_page", "Save the new status of the selected boundary"))
        self.save.setProperty("primary", True)
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.status_hint = QLabel()
        self.status_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.status_hint.setObjectName("boundaryStatusHint")
        self.status_hint.setProperty("role", "hint")
        self.status_hint.setWordWrap(True)  # on its own line: whole, with names, in any window
        self._build_undo_bar()
        status_row = ReflowRow()
        status_row.setSpacing(10)
        status_row.addWidget(status_label)
        status_row.addWidget(self.status)
        status_row.addWidget(self.save)
        status_row.addStretch(1)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(16, 14, 16, 14)
        detail_layout.setSpacing(10)
        detail_layout.addWidget(self.wording)
        detail_layout.addWidget(self.meta)
        detail_layout.addLayout(status_row)
        detail_layout.addWidget(self.status_hint)
        detail_layout.addWidget(self.undo_bar)

    def _build_undo_bar(self) -> None:
        """'Status changed to ...' with Undo, under the status it speaks about."""
        self.undo_bar = UndoBar("boundariesUndo")
        self.undo_text, self.undo_button = self.undo_bar.text, self.undo_bar.button
        self.undo_button.clicked.connect(self._undo)

    def _build_empty(self) -> None:
        self.listing = listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.setSpacing(12)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.detail)

        # nothing yet
        self.empty = QWidget()
        self.empty.setObjectName("boundariesEmpty")
        empty_title = QLabel(translate("boundaries_page", "No boundaries yet"))
        empty_title.setProperty("role", "emptyTitle")
        empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text = QLabel(
            translate(
                "boundaries_page",
                "A boundary is one calm, clear sentence about what is and isn't OK for you, and what you "
                "need instead. You put it into words together in the Boundary statement exercise; each "
                "one you agree on is kept here, so you can come back to it and see where it stands.",
            )
        )
        self.empty_text.setObjectName("boundariesEmptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(translate("boundaries_page", "Start the Boundary statement exercise"))
        self.start_button.setObjectName("boundariesStart")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setProperty("primary", True)
        wrap_words(self.start_button)  # two lines rather than cut, at large text
        self.start_button.clicked.connect(lambda: self.start_requested.emit(BOUNDARY_EXERCISE))
        # A column of limited width, centred by stretches (not by layout alignment, which
        # would give the wrapped text the height of a wider line and cut it off).
        column = QWidget()
        column.setMaximumWidth(540)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(8)
        column_layout.addWidget(empty_title)
        column_layout.addWidget(self.empty_text)
        column_layout.addSpacing(8)
        column_layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 3)
        centred.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addLayout(centred)
        empty_layout.addStretch(2)

    def _build_layout(self) -> None:
        self.body = QStackedWidget()
        self.body.addWidget(self.listing)
        self.body.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.lead)
        layout.addSpacing(4)
        layout.addWidget(self.error)
        layout.addWidget(self.body, 1)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the boundaries again on the database worker; :attr:`refreshed` follows."""
        self._stale = False
        self.services.database.run(
            lambda store: (store.couple.get(), store.boundaries.list()), self._show, self._read_failed
        )

    def _read_failed(self, exc: StoreError) -> None:
        log.warning("Boundaries could not be read: %s", exc)
        self.error.setText(
            translate("boundaries_page", "Your boundaries could not be read just now. {reason}").format(reason=exc)
        )
        self.error.show()
        self.refreshed.emit()

    def _show(self, read: tuple[Couple | None, list[BoundaryRecord]]) -> None:
        """Show what was read, keeping the selected boundary selected."""
        couple, records = read
        self.error.hide()
        if couple is not None:
            self._names = couple.names()
        selected = self.selected_id()
        self._records = {r.id: r for r in records}
        self._fill_table(couple, records)
        self.body.setCurrentWidget(self.listing if records else self.empty)
        self.lead.setVisible(bool(records))
        if records:
            self.select(selected if selected in self._records else records[0].id)
        else:
            self._show_selected(None)
        self.refreshed.emit()

    def _fill_table(self, couple: Couple | None, records: list[BoundaryRecord]) -> None:
        colors: dict[str, QIcon] = {}
        if couple is not None:  # one small icon per partner (and one for both), shared by every row
            colors = {"partner_a": dot(couple.a.color), "partner_b": dot(couple.b.color)}
            colors["together"] = dot(couple.a.color, couple.b.color)
        today = self.services.clock.today()
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        # Columns sized to their contents would be measured again after every cell set
        # (seconds for a few hundred rows on a visible table): size them once, after filling.
        self._size_columns(False)
        self.table.clearContents()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            statement = QTableWidgetItem(display_text(record.statement))  # as typed, shown safely
            statement.setData(ID_ROLE, record.id)
            statement.setToolTip(plain_tooltip(record.statement))
            whose = QTableWidgetItem(capital(whose_words(record.author, self._names)))
            mark = colors.get(record.author)
            if mark is not None:
                whose.setIcon(mark)
            stated = QTableWidgetItem(capital(day_words(record.created_at.astimezone().date(), today)))
            status = QTableWidgetItem(capital(boundary_words(record.status)))
            status.setToolTip(plain_tooltip(status_hint(record.status, record.author, self._names)))
            for column, item in enumerate((statement, whose, stated, status)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self._size_columns(True)

    def _size_columns(self, to_contents: bool) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        mode = QHeaderView.ResizeMode.ResizeToContents if to_contents else QHeaderView.ResizeMode.Fixed
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, mode)

    def _changed(self, changes: Changes) -> None:
        if not changes & (Changes.BOUNDARIES | Changes.COUPLE):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _fit_statement(self) -> None:
        """Give the wrapped statement the height its lines need at the current width."""
        width = self.statement.width()
        height = self.statement.heightForWidth(width) if width > 0 else -1
        if height > 0:
            self.statement.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_statement()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # ------------------------------------------------------------------ selection

    def selected_id(self) -> str | None:
        return row_id(self.table, self.table.currentRow())

    def selected_record(self) -> BoundaryRecord | None:
        return self._records.get(self.selected_id() or "")

    def select(self, boundary_id: str) -> None:
        if select_row(self.table, boundary_id):
            self._show_selected(self._records.get(boundary_id))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = row_id(self.table, current.row()) if current.isValid() else None
        self._show_selected(self._records.get(chosen) if chosen is not None else None)

    def _show_selected(self, record: BoundaryRecord | None) -> None:
        self.detail.setVisible(record is not None)
        self.undo_bar.setVisible(record is not None and record.id == self._message_for)
        if record is None:
            return
        today = self.services.clock.today()
        if record.statement != self.wording.words or not self.wording.is_editing:
            self.wording.show_words(record.statement)
        self._read_earlier(record.id)
        self._fit_statement()
        stated = day_words(record.created_at.astimezone().date(), today)
        if record.author == "together":
            meta = translate("boundaries_page", "Agreed by both of you · stated {day}")
        else:
            meta = translate("boundaries_page", "From {name} · stated {day}")
        self.meta.setText(meta.format(name=whose_words(record.author, self._names), day=stated))
        self.status.blockSignals(True)
        for row in range(self.status.count()):  # each status in words, with this boundary's names
            hint = status_hint(self.status.itemData(row), record.author, self._names)
            self.status.setItemData(row, plain_tooltip(hint), Qt.ItemDataRole.ToolTipRole)
        index = self.status.findData(record.status)
        self.status.setCurrentIndex(max(index, 0))
        self.status.blockSignals(False)
        self._status_chosen()

    def _status_chosen(self, _index: int = -1) -> None:
        record = self._records.get(self.selected_id() or "")
        chosen = self.status.currentData()
        self.save.setEnabled(record is not None and chosen != record.status)
        self.status_hint.setText(status_hint(chosen, record.author, self._names) if record is not None else "")

    # ------------------------------------------------------------------ writing

    def _set_status(self, boundary_id: str, status: str, then: Callable[[], None]) -> None:
        """Save a status on the worker; ``then()`` once it is saved (the bus refreshes the list)."""

        def failed(exc: StoreError) -> None:
            log.warning("Saving a boundary status failed: %s", exc)
            self.error.setText(
                translate("boundaries_page", "The status could not be saved. {reason}").format(reason=exc)
            )
            self.error.show()

        def done(_result: None) -> None:
            self.error.hide()
            then()

        self.services.database.run(lambda store: store.boundaries.set_status(boundary_id, status), done, failed)

    def _save(self) -> None:
        boundary_id = self.selected_id()
        record = self._records.get(boundary_id) if boundary_id is not None else None
        chosen = self.status.currentData()
        if record is None or chosen == record.status:
            return
        if chosen == "talked_through":  # care.md: only once both say the talk happened, each for themselves
            back = self.status.findData(record.status)
            ask_both(self, self._names, lambda: self._write(record, chosen), lambda: self.status.setCurrentIndex(back))
            return
        self._write(record, chosen)

    def _write(self, record: BoundaryRecord, chosen: str) -> None:
        def saved() -> None:
            self._last_change = (record.id, record.status, chosen)
            self._message_for = record.id
            self.undo_text.setText(
                translate("boundaries_page", "Status changed to {status}.").format(status=boundary_words(chosen))
            )
            self.undo_button.setAccessibleName(
                translate("boundaries_page", "Undo: set the status back to {status}").format(
                    status=boundary_words(record.status)
                )
            )
            self.undo_button.show()
            self.undo_bar.show()
            self.status.setFocus()

        self.save.setEnabled(False)
        self._set_status(record.id, chosen, saved)

    def _undo(self) -> None:
        if self._last_change is None:
            return
        boundary_id, before, _after = self._last_change

        def undone() -> None:
            self._last_change = None
            self.select(boundary_id)
            self.undo_text.setText(
                translate("boundaries_page", "Status set back to {status}.").format(status=boundary_words(before))
            )
            self.undo_button.hide()
            self.status.setFocus()

        self._set_status(boundary_id, before, undone)

    # ------------------------------------------------------------------ wording

    def _read_earlier(self, boundary_id: str) -> None:
        def show(wordings: list[WordingRecord]) -> None:
            if self.selected_id() == boundary_id:
                self.wording.show_earlier(wordings, self.services.clock.today())

        self.services.database.run(lambda store: store.boundaries.earlier_wordings(boundary_id), show)

    def _reword(self, words: str) -> None:
        """Keep new words for the selected boundary (its old words stay in its history)."""
        boundary_id = self.selected_id()
        if boundary_id is None:
            return

        def failed(exc: StoreError) -> None:
            self.error.setText(
                translate("boundaries_page", "The new wording could not be kept. {reason}").format(reason=exc)
            )
            self.error.show()
            self.wording.keep_button.setEnabled(True)

        self.services.database.run(lambda store: store.boundaries.reword(boundary_id, words), None, failed)
