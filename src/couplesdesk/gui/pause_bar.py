"""The top bar: the app's name and one Pause button, always in view, that also shows the
state of a pause: "Pause", "Paused until 19:30", "Pause over: check in". One widget, one
state, the same size in every state, so nothing on the bar moves when a pause starts or ends.

It keeps the pause it last read and reads it again (on the database worker) only after a
change to pauses or runs; the once-a-second tick only compares that pause with the clock.
When a pause is over, both partners are alerted once: in the window, and by the tray.
"""

from __future__ import annotations

import logging
import math
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from ..core.clock import format_time
from ..storage import Changes, PauseRecord, StoreError
from .i18n import translate
from .services import Services

log = logging.getLogger("couplesdesk.pause")

IDLE, RUNNING, OVER = "idle", "running", "over"
WIDEST_TIME = "00:00"


def button_words(state: str, at: str) -> tuple[str, str]:
    """(what the button says, what it is called for a screen reader) in each state."""
    if state == RUNNING:
        return (
            translate("pause_bar", "Paused until {time}").format(time=at),
            translate("pause_bar", "Paused until {time}. Go to the pause (Ctrl+P)").format(time=at),
        )
    if state == OVER:
        return (
            translate("pause_bar", "Pause over: check in"),
            translate("pause_bar", "The pause ended at {time}. Go to the pause to check in (Ctrl+P)").format(time=at),
        )
    return translate("pause_bar", "Pause"), translate("pause_bar", "Call a timed pause (Ctrl+P)")


def minutes_left_words(left: timedelta) -> str:
    """How long a running pause has to go, for a screen reader (whole minutes: said once a minute)."""
    minutes = max(math.ceil(left.total_seconds() / 60), 0)
    if minutes == 1:
        return translate("pause_bar", "1 minute left")
    return translate("pause_bar", "{minutes} minutes left").format(minutes=minutes)


class PauseBar(QWidget):
    """Signals:

    pause_requested(): the Pause button was pressed (to call a pause, or go to the one on).
    """

    pause_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("topBar")
        self.services = services
        self._alerted: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.pause: PauseRecord | None = None
        self.state = ""
        self._build()
        try:  # read here, once, for the first frame; afterwards on the worker after each change
            self.pause = services.store.pauses.active()
        except StoreError as exc:
            log.warning("Could not read the pause: %s", exc)
        services.bus.changed.connect(self._changed)
        services.bus.tick.connect(self.update_status)
        self.update_status()

    def _build(self) -> None:
        self.pause_button = QPushButton(translate("pause_bar", "Pause"), self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setToolTip(
            translate("pause_bar", "Call a timed pause: step away and name when you come back (Ctrl+P)")
        )
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pause_button.clicked.connect(self.pause_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        brand = QLabel("CouplesDesk", self)
        brand.setObjectName("brand")
        layout.addWidget(brand)
        layout.addStretch(1)
        layout.addWidget(self.pause_button)

    def fit_button(self) -> None:
        """As wide as its widest words, so that changing state moves nothing (call once styled)."""
        button = self.pause_button
        button.ensurePolished()
        text = button.text()
        widths = []
        for state in (IDLE, RUNNING, OVER):
            button.setText(button_words(state, WIDEST_TIME)[0])
            widths.append(button.sizeHint().width())
        button.setText(text)
        button.setMinimumWidth(max(widths) + 8)

    def _changed(self, changes: Changes) -> None:
        if changes & (Changes.PAUSES | Changes.RUNS):
            self.services.database.run(lambda store: store.pauses.active(), self._read, lambda _exc: None)

    def _read(self, pause: PauseRecord | None) -> None:
        self.pause = pause
        self.update_status()

    def update_status(self) -> None:
        """The button's words, from the pause last read (a tick reads nothing)."""
        pause = self.pause
        if pause is None:
            state, at = IDLE, ""
        else:
            state = RUNNING if self.services.clock.now() < pause.return_at else OVER
            at = format_time(pause.return_at)
        text, name = button_words(state, at)
        if text != self.pause_button.text() or name != self.pause_button.accessibleName():
            self.pause_button.setText(text)
            self.pause_button.setAccessibleName(name)
        left = minutes_left_words(pause.return_at - self.services.clock.now()) if pause and state == RUNNING else ""
        if left != self.pause_button.accessibleDescription():
            self.pause_button.setAccessibleDescription(left)
        if state != self.state:
            self.state = state
            self.pause_button.setProperty("state", state)
            if self.pause_button.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
                # Styled already: style it again for the new state (the first polish, when the
                # window is shown, reads the property itself; re-styling before it costs start-up).
                self.pause_button.style().unpolish(self.pause_button)
                self.pause_button.style().polish(self.pause_button)
        if pause is not None and state == OVER and pause.id not in self._alerted:
            self._alerted.add(pause.id)
            self._alert(pause)

    def _alert(self, pause: PauseRecord) -> None:
        QApplication.alert(self.window())
        if self.tray is not None:
            self.tray.showMessage(
                translate("pause_bar", "The pause is over"),
                translate("pause_bar", "Time to come back together and check in with each other."),
                QSystemTrayIcon.MessageIcon.Information,
            )
        log.info("Pause %s is over; alerted", pause.id)

    def show_tray(self) -> None:
        """Asking for the tray may go out to the desktop (D-Bus on Linux): not before the window."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip("CouplesDesk")
            self.tray.show()
