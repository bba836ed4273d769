"""The therapist's reports inbox: report files opened (the Open reports... button, Ctrl+Shift+O,
or dropped on the page), one row per couple, by the label the therapist gave them in the
plan: the last report's date, the homework's progress, and whether a partner raised a flag.
Choosing a row shows that couple's latest report as a document (``ReportView``).

A sealed report opens with the therapist's key, unlocked once with its passphrase and kept
in memory only while the window is open. The reports themselves are read from their files
and are not copied anywhere. A file that does not open says why, in a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.clock import parse_iso
from ..report import SUFFIX, ReportProblem, open_report
from ..report.reading import names_of
from ..storage import therapist_key
from .background import Background
from .report_view import ReportView, has_flag
from .run_parts import text_label
from .services import Services

COLUMNS = ("Couple", "Last report", "Homework", "Flag")
NOT_SCREENED = (
    "CouplesDesk does not screen for safety or violence: ask each partner about it on their own, in session. "
    "A report holds only what each partner chose to send; nothing left out is shown."
)


@dataclass
class Opened:
    path: Path
    report: dict[str, Any]
    sealed: bool


def couple_of(report: dict[str, Any]) -> str:
    return str(report.get("couple") or names_of(report) or "A couple")


def progress_of(report: dict[str, Any]) -> str:
    items = (report.get("plan") or {}).get("progress") or []
    if not items:
        return "Not shared" if report.get("plan") else "No plan"
    done = sum(int(i.get("done", 0)) for i in items)
    asked = done + sum(int(i.get("missed", 0)) for i in items)
    return f"{done} of {asked} done"


def _reports(mime: QMimeData) -> list[Path]:
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile().endswith(SUFFIX)]


class ReportsInbox(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsInbox")
        self.setAcceptDrops(True)
        self.services = services
        self.identity: str | None = None  # the therapist's identity, in memory only, once unlocked
        self.latest: dict[str, Opened] = {}  # couple -> their latest report
        self._waiting: list[Path] = []
        self.work = Background(self)
        self.work.done.connect(self._unlocked)
        self.work.failed.connect(self._not_unlocked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(10)
        title = text_label("inboxTitle", "title")
        title.setText("Reports")
        intro = text_label("inboxIntro", "hint")
        intro.setText(f"Open the reports couples send you, or drop them here. {NOT_SCREENED}")
        self.open_button = QPushButton("Open reports...")
        self.open_button.setObjectName("inboxOpen")
        self.open_button.setProperty("primary", True)
        self.open_button.setAccessibleName("Open report files (Ctrl+Shift+O)")
        self.open_button.clicked.connect(self.choose)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_unlock())
        self.status = text_label("inboxStatus", "flag")
        self.status.hide()
        layout.addWidget(self.status)
        layout.addWidget(self._build_split(), 1)

    def _build_unlock(self) -> QWidget:
        self.unlock_row = QWidget()
        row = QHBoxLayout(self.unlock_row)
        row.setContentsMargins(0, 0, 0, 0)
        words = text_label("inboxUnlockWords")
        words.setText("These reports are sealed for you. Type your key's passphrase to open them:")
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("inboxPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Your key's passphrase")
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton("Open")
        self.unlock_button.setObjectName("inboxUnlock")
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(words, 1)
        row.addWidget(self.passphrase)
        row.addWidget(self.unlock_button)
        self.unlock_row.hide()
        return self.unlock_row

    def _build_split(self) -> QWidget:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("inboxTable")
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setAccessibleName("Couples and their latest reports")
        self.table.itemSelectionChanged.connect(self._chosen)
        self.view = ReportView()
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        split.setSizes([140, 420])  # the report is what is read: it has most of the room
        return split

    # ------------------------------------------------------------------ opening

    def choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, "Open reports", "", f"Reports (*{SUFFIX})")
        self.open_files([Path(n) for n in names])

    def open_files(self, paths: list[Path]) -> None:
        """Open each file; sealed ones wait for the key's passphrase if it is not open yet."""
        problems = []
        for path in paths:
            try:
                opened = open_report(path, self.identity)
            except ReportProblem as problem:
                if problem.kind == "needs_key":
                    self._waiting.append(path)
                    continue
                problems.append(str(problem))
                continue
            self._add(Opened(path, opened.report, opened.sealed))
        self._say(problems)
        if self._waiting:
            self._ask_for_key()
        self._fill()

    def _ask_for_key(self) -> None:
        if not therapist_key.has_key(self.services.paths.root):
            self._say([f"{self._waiting[0].name} is sealed, and there is no key here yet: make or restore yours "
                       "on the Your key page."])  # fmt: skip
            self._waiting.clear()
            return
        self.unlock_row.show()
        self.passphrase.setFocus()

    def unlock(self) -> None:
        secret, root = self.passphrase.text(), self.services.paths.root
        if not secret or self.work.busy:
            return
        self.unlock_button.setEnabled(False)
        self.work.start(lambda: therapist_key.identity_of(therapist_key.unlock(root, secret)), "couplesdesk-inbox-key")

    def _unlocked(self, identity: object) -> None:
        self.identity = str(identity)
        self.passphrase.clear()
        self.unlock_button.setEnabled(True)
        self.unlock_row.hide()
        waiting, self._waiting = self._waiting, []
        self.open_files(waiting)

    def _not_unlocked(self, message: str) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.selectAll()
        self._say([message])

    def _add(self, opened: Opened) -> None:
        couple = couple_of(opened.report)
        known = self.latest.get(couple)
        if known is None or parse_iso(known.report["made_at"]) <= parse_iso(opened.report["made_at"]):
            self.latest[couple] = opened

    def _say(self, problems: list[str]) -> None:
        self.status.setText("\n".join(problems))
        self.status.setVisible(bool(problems))

    # ------------------------------------------------------------------ showing

    def _fill(self) -> None:
        chosen = self._chosen_couple()
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, (couple, opened) in enumerate(sorted(self.latest.items())):
            made = parse_iso(opened.report["made_at"]).astimezone()
            cells = (couple, f"{made.day} {made:%B %Y}", progress_of(opened.report),
                     "A flag for you" if has_flag(opened.report) else "")  # fmt: skip
            self.table.insertRow(row)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, couple)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        rows = sorted(self.latest)
        if rows:
            self.table.selectRow(rows.index(chosen) if chosen in rows else 0)
            self._chosen()

    def _chosen_couple(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _chosen(self) -> None:
        couple = self._chosen_couple()
        opened = self.latest.get(couple) if couple is not None else None
        if opened is None:
            self.view.clear()
            return
        self.view.show_report(opened.report, opened.path.name, opened.sealed)

    # ------------------------------------------------------------------ dropping

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _reports(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _reports(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_files(paths)

    def finish_work(self) -> None:
        self.identity = None
        if self.work.running is not None:
            self.work.running.join()
