"""Reminders while the app runs: one single-shot timer to the next one due, and delivery.

What comes next and its words are decided in :mod:`couplesdesk.core.reminders`; here the
facts are read on the database worker, and read again after every change that could move
a reminder (settings, runs, answers, talks, homework plans) and after the clock jumps (the machine slept:
the once-a-second tick finds the clock far from where it was). Nothing polls: between those
moments the only thing waiting is the timer, set to the next reminder's moment.

A reminder goes to the desktop's notifications (``couplesdesk.notifications``, on a thread
of its own); if there is no notification service, or it fails, to the tray icon's message,
and the failure is logged, never shown. While the window is quick-hidden, a reminder due
waits a minute at a time until it is not. Clicking either brings the window to the front.

Signals:
    delivered(Reminder, str): a reminder was handed on: "desktop" (to the desktop's
        notifications; "tray" follows if they fail), "tray", or "nowhere" (neither exists; logged).
    come_forward(): a notification or the tray's message was clicked.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from ..core.reminders import (
    SHARE,
    Facts,
    HomeworkDue,
    Planned,
    Reminder,
    ReminderSettings,
    next_reminder,
    no_homework,
    plan_homework,
    read_facts,
    remember_shown,
)
from ..paths import APP_NAME
from ..resources import resource
from ..storage import Changes, StoreError
from .services import Services

if TYPE_CHECKING:
    from ..notifications import Notifier
    from .main_window import MainWindow

log = logging.getLogger("couplesdesk.reminders")

WATCHED = Changes.SETTINGS | Changes.RUNS | Changes.ANSWERS | Changes.TALKS | Changes.PLANS
CLOCK_JUMP = timedelta(minutes=2)
"""A tick this far from the one before: the machine slept, or the clock was set."""
LONGEST_WAIT = timedelta(hours=6)
"""The timer is never set further ahead than this (a timer's clock may stop while the machine sleeps)."""
HOLD = timedelta(minutes=1)
TRAY_MESSAGE_MS = 15_000


def desktop_notifier() -> Notifier | None:
    """The desktop's notifications; none without a desktop (offscreen, as in tests)."""
    if os.environ.get("QT_QPA_PLATFORM") in ("offscreen", "minimal"):
        return None
    from ..notifications import DesktopNotifications  # only on a desktop, and not before it is asked

    return DesktopNotifications(APP_NAME, resource("icon.svg"))


def for_window(window: MainWindow) -> Reminders:
    """The main window's reminders: its tray, its quick hide, the desktop's notifications, and
    homework from the couple's plans; a click on one brings the window forward."""
    from .tray import bring_to_front

    services = window.services
    reminders = Reminders(services, lambda: window.bar.tray, lambda: window.guard.hidden, desktop_notifier(),
                          plan_homework(exercise_titles(services)))  # fmt: skip
    reminders.come_forward.connect(lambda: bring_to_front(window))
    return reminders


def exercise_titles(services: Services) -> Callable[[str], str | None]:
    """An exercise's title for the homework hook: while the library is still loading, every
    exercise counts as there (its id stands in; a reminder never names it anyway)."""

    def title_of(exercise_id: str) -> str | None:
        library = services.library_if_loaded()
        if library is None:
            return exercise_id
        exercise = library.get(exercise_id)
        return exercise.text(exercise.title) if exercise is not None else None

    return title_of


class Reminders(QObject):
    delivered = Signal(object, str)
    come_forward = Signal()
    _failed = Signal(object, object)
    _clicked = Signal()

    def __init__(
        self,
        services: Services,
        tray: Callable[[], QSystemTrayIcon | None],
        held: Callable[[], bool] = lambda: False,
        notifier: Notifier | None = None,
        homework: HomeworkDue = no_homework,
    ):
        super().__init__()
        self.services, self.tray, self.held, self.notifier, self.homework = services, tray, held, notifier, homework
        self.settings = ReminderSettings()
        self.planned: Planned | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may be minutes late on a long wait
        self.timer.timeout.connect(self.refresh)
        self._failed.connect(self._fall_back, Qt.ConnectionType.QueuedConnection)
        self._clicked.connect(self.come_forward, Qt.ConnectionType.QueuedConnection)
        self._shown_here: set[str] = set()
        self._reading = self._again = self._running = self._stopped = False
        self._last_tick = services.clock.now()

    def start(self) -> None:
        if self._running or self._stopped:  # a window closed before its first frame was done never starts
            return
        self._running = True
        self._last_tick = self.services.clock.now()
        self.services.bus.changed.connect(self._changed)
        self.services.bus.tick.connect(self._tick)
        self.refresh()

    def stop(self) -> None:
        """Before the database closes: no more reads, no more reminders."""
        self._running, self._stopped = False, True
        self.timer.stop()
        if self.notifier is not None:
            self.notifier.close()

    # ------------------------------------------------------------------ when to look again

    def _changed(self, changes: Changes) -> None:
        if not changes & WATCHED:
            return
        if not changes & (WATCHED & ~Changes.ANSWERS) and not self.settings.allows(SHARE):
            return  # an answer typed (autosaved each second) matters only to the daily share
        self.refresh()

    def _tick(self) -> None:
        now = self.services.clock.now()
        jumped = abs(now - self._last_tick) > CLOCK_JUMP
        self._last_tick = now
        if jumped:
            log.info("The clock jumped (the computer slept, or its time was set): reminders looked at again")
            self.refresh()

    def refresh(self) -> None:
        """Read the facts on the worker, then show what is due and set the timer to the next."""
        if not self._running:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        now, homework = self.services.clock.now(), self.homework
        self.services.database.run(lambda store: read_facts(store, now, homework), self._read, self._not_read)

    def _not_read(self, exc: StoreError) -> None:
        self._reading = False
        log.warning("Could not read what reminders need: %s", exc)

    def _read(self, result: tuple[ReminderSettings, Facts]) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        if not self._running:
            return
        self.settings, facts = result
        facts = facts._replace(shown=facts.shown | self._shown_here)
        now = self.services.clock.now()
        self.planned = next_reminder(now, self.settings, facts)
        if self.planned is not None and self.planned.show_at <= now:
            if self.held():
                self._arm(now + HOLD, now)
                return
            self._show(self.planned.reminder)
            self.planned = next_reminder(now, self.settings, facts._replace(shown=facts.shown | self._shown_here))
        if self.planned is None:
            self.timer.stop()
        else:
            self._arm(self.planned.show_at, now)

    def _arm(self, moment: datetime, now: datetime) -> None:
        wait = min(max(moment - now, timedelta(0)), LONGEST_WAIT)
        self.timer.start(int(wait.total_seconds() * 1000))

    # ------------------------------------------------------------------ showing

    def _show(self, reminder: Reminder) -> None:
        self._shown_here.add(reminder.key)
        key = reminder.key
        self.services.database.run(lambda store: remember_shown(store, key), None, self._not_kept)
        if self.notifier is None:
            self._to_tray(reminder)
            return
        log.info("Reminder %s: to the desktop's notifications", reminder.kind)
        try:
            self.notifier.send(
                reminder.title, reminder.body, self._clicked.emit, lambda error: self._failed.emit(reminder, error)
            )
        except Exception as exc:  # a notifier that fails at once: the tray, at once
            self._fall_back(reminder, exc)
            return
        self.delivered.emit(reminder, "desktop")

    def _not_kept(self, exc: StoreError) -> None:
        log.warning("Could not note a reminder as shown: %s", exc)

    def _fall_back(self, reminder: Reminder, error: BaseException) -> None:
        log.warning("A notification could not be shown (%s); the tray shows it instead", error or "no reason given")
        self._to_tray(reminder)

    def _to_tray(self, reminder: Reminder) -> None:
        tray = self.tray()
        if tray is None:
            log.info("Reminder %s: no notification service and no tray to show it", reminder.kind)
            self.delivered.emit(reminder, "nowhere")
            return
        tray.showMessage(reminder.title, reminder.body, QSystemTrayIcon.MessageIcon.Information, TRAY_MESSAGE_MS)
        log.info("Reminder %s: shown by the tray", reminder.kind)
        self.delivered.emit(reminder, "tray")
