"""The therapist's reports inbox: report files opened (the Open reports... button, Ctrl+O,
or dropped on the page), one row per couple, by the label the therapist gave them in the
plan: the last report's date, the homework's progress, and whether a partner raised a flag.
Choosing a row shows that couple's latest report as a document (``ReportView``).

A sealed report opens with the therapist's key, unlocked once with its passphrase and kept
in memory only while the window is open (the lock forgets it, and the reports it opened).
The reports themselves are read from their files and are not copied anywhere; the inbox
remembers where they are (their paths, in the settings) and opens them again next time. A file
no longer there gets a calm row of its own, which can be removed from the list. A file that
does not open says why, in a sentence.
"""

from __future__ import annotations

from collections.abc import Callable
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
from ..storage import Store, therapist_key
from .background import Background
from .i18n import DAY_MONTH_YEAR, QT_TRANSLATE_NOOP, date_words, translate
from .report_view import ReportView, has_flag
from .run_parts import text_label
from .services import Services

REMEMBERED = "inbox_reports"
"""The setting: the paths of the report files opened in the inbox, to open them again."""
COLUMNS = (
    QT_TRANSLATE_NOOP("reports_inbox", "Couple"),
    QT_TRANSLATE_NOOP("reports_inbox", "Last report"),
    QT_TRANSLATE_NOOP("reports_inbox", "Homework"),
    QT_TRANSLATE_NOOP("reports_inbox", "Flag"),
)


@dataclass
class Opened:
    path: Path
    report: dict[str, Any]
    sealed: bool


def couple_of(report: dict[str, Any]) -> str:
    return str(report.get("couple") or names_of(report) or translate("reports_inbox", "A couple"))


def progress_of(report: dict[str, Any]) -> str:
    items = (report.get("plan") or {}).get("progress") or []
    if not items:
        return translate("reports_inbox", "Not shared") if report.get("plan") else translate("reports_inbox", "No plan")
    done = sum(int(i.get("done", 0)) for i in items)
    asked = done + sum(int(i.get("missed", 0)) for i in items)
    return translate("reports_inbox", "{done} of {asked} done").format(done=done, asked=asked)


def _remembered(store: Store) -> list[str]:
    value = store.settings.get(REMEMBERED, [])
    return [str(p) for p in value] if isinstance(value, list) else []


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
        self.remembered: list[str] = []  # the paths opened here, kept in the settings
        self.work = Background(self)
        self.work.done.connect(self._unlocked)
        self.work.failed.connect(self._not_unlocked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 20)
        layout.setSpacing(10)
        title = text_label("inboxTitle", "title")
        title.setText(translate("reports_inbox", "Reports"))
        intro = text_label("inboxIntro", "hint")
        intro.setText(
            translate(
                "reports_inbox",
                "Open the reports couples send you, or drop them here. CouplesDesk does not screen for safety or "
                "violence: ask each partner about it on their own, in session. A report holds only what each partner "
                "chose to send; nothing left out is shown.",
            )
        )
        self.open_button = QPushButton(translate("reports_inbox", "Open reports..."))
        self.open_button.setObjectName("inboxOpen")
        self.open_button.setProperty("primary", True)
        self.open_button.setAccessibleName(translate("reports_inbox", "Open report files (Ctrl+O)"))
        self.open_button.clicked.connect(self.choose)
        for widget in (title, intro):
            layout.addWidget(widget)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._build_unlock())
        self.status = text_label("inboxStatus", "flag")
        self.status.hide()
        layout.addWidget(self.status)
        self.missing = QWidget()
        self.missing.setObjectName("inboxMissing")
        self._missing_rows = QVBoxLayout(self.missing)
        self._missing_rows.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.missing)
        layout.addWidget(self._build_split(), 1)
        self._read_remembered()

    def _build_unlock(self) -> QWidget:
        self.unlock_row = QWidget()
        row = QHBoxLayout(self.unlock_row)
        row.setContentsMargins(0, 0, 0, 0)
        words = text_label("inboxUnlockWords")
        words.setText(
            translate("reports_inbox", "These reports are sealed for you. Type your key's passphrase to open them:")
        )
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("inboxPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("reports_inbox", "Your key's passphrase"))
        self.passphrase.returnPressed.connect(self.unlock)
        self.unlock_button = QPushButton(translate("reports_inbox", "Open"))
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
        self.table.setHorizontalHeaderLabels([translate("reports_inbox", column) for column in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(90)
        self.table.setAccessibleName(translate("reports_inbox", "Couples and their latest reports"))
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
        names, _ = QFileDialog.getOpenFileNames(
            self,
            translate("reports_inbox", "Open reports"),
            "",
            translate("reports_inbox", "Reports (*{suffix})").format(suffix=SUFFIX),
        )
        self.open_files([Path(n) for n in names])

    def open_files(self, paths: list[Path], again: bool = False) -> None:
        """Open each file; sealed ones wait for the key's passphrase if it is not open yet.
        ``again``: remembered files, opened again (what was said about others stays said)."""
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
            self._remember(path)
        if problems or not again:
            self._say(problems)
        if self._waiting:
            self._ask_for_key()
        self._fill()

    def _ask_for_key(self) -> None:
        if not therapist_key.has_key(self.services.paths.root):
            words = translate(
                "reports_inbox",
                "{file} is sealed, and there is no key here yet: make or restore yours on the Your key page.",
            )
            self._say([words.format(file=self._waiting[0].name)])
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
            made = date_words(parse_iso(opened.report["made_at"]).astimezone().date(), DAY_MONTH_YEAR)
            flag = translate("reports_inbox", "A flag for you") if has_flag(opened.report) else ""
            cells = (couple, made, progress_of(opened.report), flag)
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

    # ------------------------------------------------------------------ remembering

    def _read_remembered(self) -> None:
        self.services.database.run(_remembered, self._reopen, lambda exc: self._say([str(exc)]))

    def _reopen(self, paths: list[str]) -> None:
        """The remembered files open again (sealed ones after the passphrase); those no
        longer there get their own row."""
        self.remembered = paths
        here = [Path(p) for p in paths if Path(p).is_file()]
        self._show_missing([Path(p) for p in paths if not Path(p).is_file()])
        here = [p for p in here if p not in self._waiting]
        if here:
            self.open_files(here, again=True)

    def _remember(self, path: Path) -> None:
        if str(path) not in self.remembered:
            self._change_remembered(lambda paths: paths if str(path) in paths else [*paths, str(path)])

    def _change_remembered(self, change: Callable[[list[str]], list[str]]) -> None:
        """Changed as it is kept (on the database worker, after any read asked before)."""

        def job(store: Store) -> list[str]:
            before = _remembered(store)
            after = change(before)
            if after != before:
                store.settings.set(REMEMBERED, after)
            return after

        def done(paths: list[str]) -> None:
            self.remembered = paths

        self.services.database.run(job, done, lambda exc: self._say([str(exc)]))

    def _show_missing(self, paths: list[Path]) -> None:
        while self._missing_rows.count():
            child = self._missing_rows.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for path in paths:
            row = self._missing_row(path)
            self._missing_rows.addWidget(row)
            row.show()  # now, not when Qt gets round to it
        self.missing.setVisible(bool(paths))

    def _missing_row(self, path: Path) -> QWidget:
        row = QWidget()
        row.setObjectName("inboxMissingRow")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        words = text_label("inboxMissingWords", "hint")
        words.setText(
            translate(
                "reports_inbox",
                "“{file}” is no longer in {folder}: it may have been moved or deleted. "
                "If it was moved, open it from its new place.",
            ).format(file=path.name, folder=path.parent)
        )
        remove = QPushButton(translate("reports_inbox", "Remove from the list"))
        remove.setObjectName("inboxForget")
        remove.setAccessibleName(translate("reports_inbox", "Remove {file} from the list").format(file=path.name))
        remove.clicked.connect(lambda: self.forget_path(path))
        line.addWidget(words, 1)
        line.addWidget(remove)
        return row

    def forget_path(self, path: Path) -> None:
        """A file no longer there leaves the list (nothing else is touched)."""
        self.remembered = [p for p in self.remembered if p != str(path)]
        self._change_remembered(lambda paths: [p for p in paths if p != str(path)])
        self._show_missing([Path(p) for p in self.remembered if not Path(p).is_file()])

    def cover(self) -> None:
        """The lock covers the window: the key is forgotten and the reports leave the screen;
        the remembered ones open again afterwards (sealed ones with the passphrase)."""
        self.identity = None
        self.latest.clear()
        self._waiting.clear()
        self.passphrase.clear()
        self.unlock_row.hide()
        self._say([])
        self._fill()
        self.view.clear()
        self._read_remembered()

    def finish_work(self) -> None:
        self.identity = None
        if self.work.running is not None:
            self.work.running.join()
