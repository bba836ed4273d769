"""When the database is damaged (or missing while backups exist): a calm screen that says
what happened, offers the newest good backup with its date and what it holds, and lets the
couple go back to it, save what can still be read into a new database, or quit.

Nothing is deleted: the damaged file is moved aside, and the work runs on a thread of its own
while the window says what it is doing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QPushButton, QVBoxLayout, QWidget

from ..core.clock import Clock
from ..paths import DataPaths
from ..storage import Store
from ..storage.health import Health, check, move_aside, newest_good_backup, restore, salvage
from .background import Background
from .i18n import DAY_MONTH_YEAR, TIME, WEEKDAY, date_words, translate

log = logging.getLogger("couplesdesk.damage")


def when_words(moment: datetime) -> str:
    """'Monday 14 December 2026 at 21:30', in the interface's language."""
    local = moment.astimezone()
    return translate("damage_window", "{weekday} {date} at {time}").format(
        weekday=date_words(local, WEEKDAY), date=date_words(local, DAY_MONTH_YEAR), time=date_words(local, TIME)
    )


def holds_words(counts: dict[str, int]) -> str:
    """What a database holds: '12 exercises, 30 answers, 2 boundaries, 0 agreements'."""
    if not counts:
        return translate("damage_window", "nothing yet")
    return translate("damage_window", "{exercises}, {answers}, {boundaries}, {agreements}").format(
        exercises=_exercises(counts.get("runs", 0)),
        answers=_answers(counts.get("answers", 0)),
        boundaries=_boundaries(counts.get("boundaries", 0)),
        agreements=_agreements(counts.get("agreements", 0)),
    )


def _exercises(n: int) -> str:
    return (
        translate("damage_window", "1 exercise")
        if n == 1
        else translate("damage_window", "{count} exercises").format(count=n)
    )


def _boundaries(n: int) -> str:
    return (
        translate("damage_window", "1 boundary")
        if n == 1
        else translate("damage_window", "{count} boundaries").format(count=n)
    )


def _agreements(n: int) -> str:
    return (
        translate("damage_window", "1 agreement")
        if n == 1
        else translate("damage_window", "{count} agreements").format(count=n)
    )


def _answers(n: int) -> str:
    return (
        translate("damage_window", "1 answer")
        if n == 1
        else translate("damage_window", "{count} answers").format(count=n)
    )


class DamageWindow(QMainWindow):
    """Signals:

    recovered(): the data is usable again (restored or salvaged): the app can open on it.
    """

    recovered = Signal()

    def __init__(self, paths: DataPaths, clock: Clock, reason: str, key: bytes | None = None):
        super().__init__()
        self.setObjectName("damageWindow")
        self.setWindowTitle("CouplesDesk")
        self.resize(900, 600)
        self.paths, self.clock, self.reason, self.key = paths, clock, reason, key
        self.work = Background(self)
        self.work.done.connect(self._finished)
        self.work.failed.connect(self._failed)
        self.backup: Health | None = newest_good_backup(paths.backups, key)
        self._build()

    def _build(self) -> None:
        page = QWidget(self)
        self.setCentralWidget(page)
        self.title = self._label(translate("damage_window", "Your data needs a moment of care"), "damageTitle", "title")
        self.what = self._label(self._what_happened(), "damageWhat")
        self.offer = self._label(self._offer(), "damageOffer")
        self.status = self._label("", "damageStatus", "hint")
        self.restore_button = self._button(
            translate("damage_window", "Go back to this backup"), "damageRestore", self._restore, primary=True
        )
        self.restore_button.setVisible(self.backup is not None)
        self.salvage_button = self._button(
            translate("damage_window", "Save what can still be read"), "damageSalvage", self._salvage
        )
        self.quit_button = self._button(translate("damage_window", "Quit"), "damageQuit", self.close)
        self.open_button = self._button(
            translate("damage_window", "Open CouplesDesk"), "damageOpen", self.recovered.emit, primary=True
        )
        self.open_button.hide()
        row = QHBoxLayout()
        for button in (self.restore_button, self.salvage_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.quit_button)
        row.addWidget(self.open_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(72, 48, 72, 40)
        column.setSpacing(16)
        for label in (self.title, self.what, self.offer):
            column.addWidget(label)
        column.addStretch(1)
        column.addWidget(self.status)
        column.addLayout(row)

    def _label(self, text: str, name: str, role: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            label.setProperty("role", role)
        return label

    def _button(self, text: str, name: str, slot: Callable[[], object], primary: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("primary", primary)
        button.clicked.connect(slot)
        return button

    def _what_happened(self) -> str:
        return translate("damage_window", "{reason} Nothing has been deleted.").format(reason=self.reason)

    def _offer(self) -> str:
        if self.backup is None:
            return translate(
                "damage_window",
                "There is no backup to go back to. CouplesDesk can save what can still be read into a new database "
                "(the damaged file is kept, renamed, in the same folder).",
            )
        assert self.backup is not None
        taken = datetime.fromtimestamp(self.backup.path.stat().st_mtime, tz=UTC)
        return translate(
            "damage_window",
            "Your newest good backup is from {when}. It holds {what}. You can go back to it (the damaged file is "
            "kept, renamed), or save what can still be read from the damaged one.",
        ).format(when=when_words(taken), what=holds_words(self.backup.counts))

    # ------------------------------------------------------------------ actions

    def _busy(self, words: str) -> None:
        self.status.setText(words)
        for button in (self.restore_button, self.salvage_button, self.quit_button):
            button.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _restore(self) -> None:
        backup = self.backup
        if backup is None:
            return
        now = self.clock.now()
        self._busy(translate("damage_window", "Going back to the backup..."))
        self.work.start(
            lambda: ("restored", restore(self.paths.database, backup.path, self.paths.backups, now, self.key), backup),
            "couplesdesk-recover",
        )

    def _salvage(self) -> None:
        self._busy(translate("damage_window", "Saving what can still be read..."))
        self.work.start(
            lambda: ("salvaged", *_salvage_into_place(self.paths, self.clock, self.key)), "couplesdesk-recover"
        )

    def _finished(self, result: tuple[Any, ...]) -> None:
        QApplication.restoreOverrideCursor()
        kind = result[0]
        aside = result[1]
        if kind == "restored":
            holds = holds_words(result[2].counts)
            words = translate("damage_window", "Done: your data is back as it was at the backup ({what}).").format(
                what=holds
            )
        else:
            runs, answers = result[2]
            holds = translate("damage_window", "{exercises} and {answers}").format(
                exercises=_exercises(runs), answers=_answers(answers)
            )
            words = translate("damage_window", "Done: {what} were saved into a new database.").format(what=holds)
        if aside is not None:
            words = translate("damage_window", "{done} The damaged file is kept as {file}.").format(
                done=words, file=aside.name
            )
        self.status.setText(words)
        self.restore_button.hide()
        self.salvage_button.hide()
        self.quit_button.setEnabled(True)
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, message: str) -> None:
        QApplication.restoreOverrideCursor()
        self.status.setText(
            translate(
                "damage_window", "That did not work: {reason}. Your files are as they were; you can try again."
            ).format(reason=message)
        )
        for button in (self.restore_button, self.salvage_button, self.quit_button):
            button.setEnabled(True)

    def closeEvent(self, event: Any) -> None:
        self.work.join()  # never leave a file half-moved
        super().closeEvent(event)


def _salvage_into_place(paths: DataPaths, clock: Clock, key: bytes | None) -> tuple[object, tuple[int, int]]:
    """A new database with every row that could be read; the damaged one moved aside."""
    fresh = paths.database.with_name("couplesdesk-salvaging.db")
    for suffix in ("", "-wal", "-shm"):
        fresh.with_name(fresh.name + suffix).unlink(missing_ok=True)
    Store.open(fresh, clock, paths.backups, check=False, key=key).close()
    saved = salvage(paths.database, fresh, key)
    aside = move_aside(paths.database, clock.now(), "damaged")
    os.replace(fresh, paths.database)
    for suffix in ("-wal", "-shm"):
        fresh.with_name(fresh.name + suffix).unlink(missing_ok=True)
    answers, runs = saved.get("answers", 0), saved.get("runs", 0)
    if not check(paths.database, key).sound:
        raise RuntimeError(translate("damage_window", "the saved copy did not check out"))
    return aside, (runs, answers)
