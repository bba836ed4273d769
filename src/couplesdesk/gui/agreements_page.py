"""Agreements: everything the couple agreed on in their exercises, newest first, with the day
and the exercise it came from, and where it stands now (keeping, needs another look, retired).

A status is changed by choosing it and pressing Save, and the change can be undone from the
line that confirms it; the words can be changed too, the old ones kept as history. The page
reads on the database worker when it is shown, and again on a change while shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..storage import AGREEMENT_STATUSES, AgreementRecord, Changes, StoreError, WordingRecord
from .deleting import LINK_STYLE, ask_delete_agreement
from .i18n import translate
from .kept_parts import (
    ID_ROLE,
    PAGE_STYLE,
    UndoBar,
    WordingPanel,
    agreement_hint,
    row_id,
    select_row,
)
from .kept_words import agreement_words
from .looks import themed
from .reflow import ReflowRow  # a row that becomes a column when narrow
from .run_parts import text_label
from .services import Services
from .words import capital, day_words

log = logging.getLogger("couplesdesk.agreements")


class AgreementsPage(QWidget):
    """Signals:

    open_run(str): show the run an agreement came from, in History (its id).
    refreshed(): what was read last is on screen now.
    """

    open_run = Signal(str)
    refreshed = Signal()

    COLUMNS = ("Agreement", "From", "Made", "Status")

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.setObjectName("agreementsPage")
        themed(self, PAGE_STYLE)
        self._stale = True
        self._records: dict[str, AgreementRecord] = {}
        self._last_change: tuple[str, str, str] | None = None  # agreement id, status before, after
        self._message_for: str | None = None  # the agreement the undo line speaks about
        self._build_list()
        self._build_detail()
        self._build_layout()
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(lambda _index: self.status.setFocus())
        services.bus.changed.connect(self._changed)

    def _build_list(self) -> None:
        self.title = text_label("agreementsTitle", "title")
        self.title.setText(translate("agreements_page", "Agreements"))
        self.lead = text_label("agreementsLead", "hint")
        self.lead.setText(
            translate(
                "agreements_page",
                "What the two of you have agreed on, newest first. Agreements can change as you do: "
                "say where each one stands, and word it again when it no longer fits.",
            )
        )
        self.error = text_label("agreementsError", "flag")
        self.error.hide()
        table = self.table = QTableWidget(0, len(self.COLUMNS))
        table.setObjectName("agreementsTable")
        table.setProperty("role", "keptTable")
        table.setAccessibleName(translate("agreements_page", "Your agreements, newest first"))
        table.setHorizontalHeaderLabels(
            [
                translate("agreements_page", "Agreement"),
                translate("agreements_page", "From"),
                translate("agreements_page", "Made"),
                translate("agreements_page", "Status"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setShowGrid(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() * 2 + 22)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(self.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _build_detail(self) -> None:
        self.detail = QFrame()
        self.detail.setObjectName("agreementDetail")
        self.detail.setProperty("role", "keptDetail")
        self.wording = WordingPanel("agreement", "agreement")
        self.wording.reword_requested.connect(self._reword)
        self.meta = text_label("agreementMeta", "hint")
        self.from_run = QPushButton(translate("agreements_page", "Read that exercise again"))
        self.from_run.setObjectName("agreementOpenRun")
        self.from_run.setProperty("role", "toggle")
        self.from_run.setAccessibleName(
            translate("agreements_page", "Read the exercise this agreement came from, in History")
        )
        self.from_run.clicked.connect(self._open_run)
        status_label = text_label("agreementStatusLabel", wrap=False)
        status_label.setText(translate("agreements_page", "Where it stands now"))
        self.status = QComboBox()
        self.status.setObjectName("agreementStatus")
        self.status.setAccessibleName(translate("agreements_page", "Status of the selected agreement"))
        for key in AGREEMENT_STATUSES:
            self.status.addItem(capital(agreement_words(key)), key)
            self.status.setItemData(self.status.count() - 1, agreement_hint(key), Qt.ItemDataRole.ToolTipRole)
        status_label.setBuddy(self.status)
        self.save = QPushButton(translate("agreements_page", "Save status"))
        self.save.setObjectName("agreementSave")
        self.save.setAccessibleName(translate("agreements_page", "Save the new status of the selected agreement"))
        self.save.setProperty("primary", True)
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save)
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.status_hint = text_label("agreementStatusHint", "hint")
        self.undo_bar = UndoBar("agreementsUndo")
        self.undo_bar.button.clicked.connect(self._undo)
        meta_row = ReflowRow()
        meta_row.addWidget(self.meta, 1)
        meta_row.addWidget(self.from_run)
        status_row = ReflowRow()
        status_row.setSpacing(10)
        for widget in (status_label, self.status, self.save):
            status_row.addWidget(widget)
        status_row.addStretch(1)
        self.delete_button = QPushButton(translate("agreements_page", "Delete this agreement..."))
        self.delete_button.setObjectName("agreementDelete")
        self.delete_button.setAccessibleName(translate("agreements_page", "Delete the selected agreement"))
        themed(self.delete_button, LINK_STYLE)
        self.delete_button.clicked.connect(self._delete)
        hint_row = ReflowRow()  # Delete beside the hint (German needs the room), under it when narrow
        hint_row.addWidget(self.status_hint, 1)
        hint_row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.wording)
        layout.addLayout(meta_row)
        layout.addLayout(status_row)
        layout.addLayout(hint_row)
        layout.addWidget(self.undo_bar)

    def _build_layout(self) -> None:
        self.listing = QWidget()
        listing = QVBoxLayout(self.listing)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.setSpacing(12)
        listing.addWidget(self.table, 1)
        listing.addWidget(self.detail)
        self.empty = QWidget()
        self.empty.setObjectName("agreementsEmpty")
        empty_title = text_label("agreementsEmptyTitle", "emptyTitle", centred=True)
        empty_title.setText(translate("agreements_page", "No agreements yet"))
        self.empty_text = text_label("agreementsEmptyText", centred=True)
        self.empty_text.setText(
            translate(
                "agreements_page",
                "When the two of you agree on something in an exercise, such as Getting uncomfortable together "
                "or Our pursue-withdraw loop, it is kept here with the day you made it, so you can come back "
                "to it and see whether it still fits.",
            )
        )
        column = QWidget()
        column.setMaximumWidth(540)
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(empty_title)
        column_layout.addWidget(self.empty_text)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(column, 3)
        centred.addStretch(1)
        empty = QVBoxLayout(self.empty)
        empty.addStretch(1)
        empty.addLayout(centred)
        empty.addStretch(2)
        self.body = QStackedWidget()
        self.body.addWidget(self.listing)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(8)
        for widget in (self.title, self.lead, self.error):
            layout.addWidget(widget)
        layout.addWidget(self.body, 1)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the agreements again on the database worker; :attr:`refreshed` follows."""
        self._stale = False
        self.services.database.run(lambda store: store.agreements.list(), self._show, self._read_failed)

    def _read_failed(self, exc: StoreError) -> None:
        log.warning("Agreements could not be read: %s", exc)
        self.error.setText(
            translate("agreements_page", "Your agreements could not be read just now. {reason}").format(reason=exc)
        )
        self.error.show()
        self.refreshed.emit()

    def _show(self, records: list[AgreementRecord]) -> None:
        records = records[::-1]  # newest first
        self.error.hide()
        selected = self.selected_id()
        self._records = {r.id: r for r in records}
        self._fill_table(records)
        self.body.setCurrentWidget(self.listing if records else self.empty)
        self.lead.setVisible(bool(records))
        if records:
            self.select(selected if selected in self._records else records[0].id)
        else:
            self._show_selected(None)
        self.refreshed.emit()

    def _fill_table(self, records: list[AgreementRecord]) -> None:
        today = self.services.clock.today()
        self.table.blockSignals(True)
        self.table.selectionModel().blockSignals(True)
        self.table.clearContents()
        self.table.setRowCount(len(records))
        for row, record in enumerate(records):
            cells = (
                record.statement,
                record.run_title or translate("agreements_page", "Not from an exercise"),
                capital(day_words(record.created_at.astimezone().date(), today)),
                capital(agreement_words(record.status)),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:  # no tooltip: Qt would read words that look like markup as rich text
                    item.setData(ID_ROLE, record.id)
                self.table.setItem(row, column, item)
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)

    def _changed(self, changes: Changes) -> None:
        if not changes & (Changes.AGREEMENTS | Changes.RUNS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # ------------------------------------------------------------------ selection

    def selected_id(self) -> str | None:
        return row_id(self.table, self.table.currentRow())

    def select(self, agreement_id: str) -> None:
        if select_row(self.table, agreement_id):
            self._show_selected(self._records.get(agreement_id))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        chosen = row_id(self.table, current.row()) if current.isValid() else None
        self._show_selected(self._records.get(chosen) if chosen is not None else None)

    def _show_selected(self, record: AgreementRecord | None) -> None:
        self.detail.setVisible(record is not None)
        self.undo_bar.setVisible(record is not None and record.id == self._message_for)
        if record is None:
            return
        if record.statement != self.wording.words or not self.wording.is_editing:
            self.wording.show_words(record.statement)
        made = day_words(record.created_at.astimezone().date(), self.services.clock.today())
        if record.run_title:
            meta = translate("agreements_page", "Made {day}, in {exercise}")
        else:
            meta = translate("agreements_page", "Made {day}")
        self.meta.setText(meta.format(day=made, exercise=record.run_title))
        self.from_run.setVisible(record.run_id is not None)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(max(self.status.findData(record.status), 0))
        self.status.blockSignals(False)
        self._status_chosen()
        self._read_earlier(record.id)

    def _status_chosen(self, _index: int = -1) -> None:
        record = self._records.get(self.selected_id() or "")
        chosen = self.status.currentData()
        self.save.setEnabled(record is not None and chosen != record.status)
        self.status_hint.setText(agreement_hint(chosen))

    def _read_earlier(self, agreement_id: str) -> None:
        def show(wordings: list[WordingRecord]) -> None:
            if self.selected_id() == agreement_id:
                self.wording.show_earlier(wordings, self.services.clock.today())

        self.services.database.run(lambda store: store.agreements.earlier_wordings(agreement_id), show)

    def _open_run(self) -> None:
        record = self._records.get(self.selected_id() or "")
        if record is not None and record.run_id is not None:
            self.open_run.emit(record.run_id)

    # ------------------------------------------------------------------ writing

    def _write(self, job: Callable[..., object], then: Callable[[], None], failure: str) -> None:
        """Run ``job`` on the worker, then ``then()``; ``failure`` says what could not be saved ({reason})."""

        def failed(exc: StoreError) -> None:
            log.warning("Saving an agreement failed: %s", exc)
            self.error.setText(failure.format(reason=exc))
            self.error.show()
            self._status_chosen()
            self.wording.keep_button.setEnabled(True)

        def done(_result: object) -> None:
            self.error.hide()
            then()

        self.services.database.run(job, done, failed)

    def _save(self) -> None:
        record = self._records.get(self.selected_id() or "")
        chosen = self.status.currentData()
        if record is None or chosen == record.status:
            return

        def saved() -> None:
            self._last_change = (record.id, record.status, chosen)
            self._message_for = record.id
            self.undo_bar.text.setText(
                translate("agreements_page", "Status changed to {status}.").format(status=agreement_words(chosen))
            )
            self.undo_bar.button.setAccessibleName(
                translate("agreements_page", "Undo: set the status back to {status}").format(
                    status=agreement_words(record.status)
                )
            )
            self.undo_bar.button.show()
            self.undo_bar.show()
            self.status.setFocus()

        self.save.setEnabled(False)
        failure = translate("agreements_page", "The status could not be saved. {reason}")
        self._write(lambda store: store.agreements.set_status(record.id, chosen), saved, failure)

    def _undo(self) -> None:
        if self._last_change is None:
            return
        agreement_id, before, _after = self._last_change

        def undone() -> None:
            self._last_change = None
            self.select(agreement_id)
            self.undo_bar.text.setText(
                translate("agreements_page", "Status set back to {status}.").format(status=agreement_words(before))
            )
            self.undo_bar.button.hide()
            self.undo_bar.show()
            self.status.setFocus()

        failure = translate("agreements_page", "The status could not be saved. {reason}")
        self._write(lambda store: store.agreements.set_status(agreement_id, before), undone, failure)

    def _delete(self) -> None:
        record = self._records.get(self.selected_id() or "")
        if record is not None:
            ask_delete_agreement(self, self.services, record)

    def _reword(self, words: str) -> None:
        agreement_id = self.selected_id()
        if agreement_id is not None:
            failure = translate("agreements_page", "The new wording could not be saved. {reason}")
            self._write(lambda store: store.agreements.reword(agreement_id, words), lambda: None, failure)
