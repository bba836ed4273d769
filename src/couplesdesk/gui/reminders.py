"""Homework reminders: a desktop notification (``desktop-notifier``; where no notification
service answers, a message from a tray icon) once a day at the time the couple chose, never in
quiet hours, only when something waits today; and the row on Today's homework card that
chooses the time, or switches reminders off.

The one-second tick reads nothing: it compares the clock with the time worked out when the
choice was read. The words never hold anything either partner wrote (core/reminders.py)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QSystemTrayIcon, QVBoxLayout, QWidget

from ..core.homework import read_homework
from ..core.reminders import SETTING, ReminderChoice, next_reminder, reminder_words
from ..storage import Changes, Store, StoreError
from .services import Services
from .today_rows import label

log = logging.getLogger("couplesdesk.reminders")

TITLE = "CouplesDesk"
TIMES = (None, time(9, 0), time(12, 0), time(17, 0), time(18, 0), time(19, 0), time(20, 0), time(21, 0))
"""What the couple may choose: off, or a time outside the quiet hours."""


def desktop_notification(title: str, words: str) -> bool:
    """Ask the desktop's notification service; False when there is none (or it did not answer)."""
    try:
        from desktop_notifier import DesktopNotifierSync

        DesktopNotifierSync(app_name=TITLE).send(title=title, message=words)
    except Exception as exc:  # any failure of the service means: use the tray instead
        log.info("No desktop notification service (%s); using the tray", exc)
        return False
    return True


class Reminders(QObject):
    """Signals: reminded(str): a reminder was given, with its words (tests and the tray fallback)."""

    reminded = Signal(str)
    _fallback = Signal(str)

    def __init__(self, services: Services, window: QWidget):
        super().__init__(window)
        self.services = services
        self.window = window
        self.next_at: datetime | None = None
        self.notify: Callable[[str, str], bool] = desktop_notification
        self._tray: QSystemTrayIcon | None = None
        self._busy = False
        self._fallback.connect(self._tray_message)
        services.bus.tick.connect(self._tick)
        services.bus.changed.connect(self._changed)
        self._read = False  # read on the first tick: start-up starts no database worker for this

    def read(self) -> None:
        """Read the couple's choice again and work out the next reminder."""
        self._read = True

        def done(choice: ReminderChoice) -> None:
            self.next_at = next_reminder(self.services.clock.now(), choice)

        self.services.database.run(
            lambda store: ReminderChoice.from_setting(store.settings.get(SETTING)), done, self._failed
        )

    def _failed(self, exc: StoreError) -> None:
        self._busy = False
        log.warning("Reminders could not read the database: %s", exc)

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.SETTINGS and self._read and self.window.isVisible():
            self.read()

    def _tick(self) -> None:
        if not self.window.isVisible():  # locked away or standing down: nothing to remind from
            return
        if not self._read:
            self.read()
            return
        if self.next_at is None or self._busy or self.services.clock.now() < self.next_at:
            return
        self._busy = True
        today = self.services.clock.today()
        library = self.services.library_if_loaded()

        def title_of(exercise_id: str) -> str | None:
            exercise = library.get(exercise_id) if library is not None else None
            return exercise.text(exercise.title) if exercise is not None else None

        def job(store: Store) -> str | None:
            words = reminder_words(read_homework(store, today, title_of))
            if words is not None:  # the day of the last reminder is kept; a day with nothing writes nothing
                choice = ReminderChoice.from_setting(store.settings.get(SETTING))
                store.settings.set(SETTING, {**choice.to_setting(), "last": today.isoformat()})
            return words

        self.services.database.run(job, self._due, self._failed)

    def _due(self, words: str | None) -> None:
        self._busy = False
        if words is None:  # nothing waits today: ask again tomorrow
            now = self.services.clock.now()
            choice = ReminderChoice(at=self.next_at.time() if self.next_at else None, last=now.date())
            self.next_at = next_reminder(now, choice) if self.next_at is not None else None
            return
        threading.Thread(target=self._send, args=(words,), name="couplesdesk-reminder", daemon=True).start()
        self.reminded.emit(words)

    def _send(self, words: str) -> None:
        """On its own thread (the notification service may be slow to answer): the tray if it fails."""
        if not self.notify(TITLE, words):
            self._fallback.emit(words)

    def _tray_message(self, words: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            log.info("No tray either: the reminder shows on Today only")
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(QApplication.windowIcon() or QIcon(), self)
        self._tray.show()
        self._tray.showMessage(TITLE, words, QSystemTrayIcon.MessageIcon.Information, 10_000)


class ReminderRow(QWidget):
    """ "Remind us: at 19:00 each day" or "Off", on the homework card."""

    def __init__(self, services: Services, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("homeworkReminder")
        self.services = services
        self.choice = ReminderChoice()
        self.combo = QComboBox(self)
        self.combo.setObjectName("homeworkReminderTime")
        self.combo.setAccessibleName("When to be reminded of homework")
        for at in TIMES:
            self.combo.addItem("off" if at is None else f"at {at.strftime('%H:%M')} each day")
        hint = label(self, "Remind us of homework:", role="hint", wrap=False)
        quiet = label(self, "Never between 22:00 and 08:00, and only on days something is waiting.", role="hint")
        quiet.setObjectName("homeworkQuietHours")
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addWidget(hint)
        row.addWidget(self.combo)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(quiet)
        self.combo.activated.connect(self._chosen)

    def show_choice(self, choice: ReminderChoice) -> None:
        self.choice = choice
        index = TIMES.index(choice.at) if choice.at in TIMES else TIMES.index(time(19, 0))
        self.combo.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        choice = ReminderChoice(TIMES[index], self.choice.quiet_from, self.choice.quiet_until, self.choice.last)
        self.choice = choice

        def failed(exc: StoreError) -> None:
            log.warning("The reminder time could not be saved: %s", exc)

        self.services.database.run(
            lambda store: store.settings.set(SETTING, choice.to_setting()), lambda _: None, failed
        )
