"""The top bar: the app's name, the state of a pause, and the Pause button, always in view.

It keeps the pause it last read and reads it again (on the database worker) only after a
change to pauses or runs; the once-a-second tick only compares that pause with the clock.
When a pause is over, both partners are alerted once: in the window, and by the tray.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QWidget

from ..core.clock import format_time
from ..storage import Changes, PauseRecord, StoreError
from .services import Services

log = logging.getLogger("couplesdesk.pause")


class PauseBar(QWidget):
    """Signals:

    pause_requested(): the Pause button (or 'Go to the pause') was pressed.
    """

    pause_requested = Signal()

    def __init__(self, services: Services, showing_run: Callable[[str], bool], parent: QWidget | None = None):
        """``showing_run(run_id)``: whether the window shows that run now (no button to go there)."""
        super().__init__(parent)
        self.setObjectName("topBar")
        self.services = services
        self._showing_run = showing_run
        self._alerted: set[str] = set()
        self.tray: QSystemTrayIcon | None = None
        self.pause: PauseRecord | None = None
        self._build()
        try:  # read here, once, for the first frame; afterwards on the worker after each change
            self.pause = services.store.pauses.active()
        except StoreError as exc:
            log.warning("Could not read the pause: %s", exc)
        services.bus.changed.connect(self._changed)
        services.bus.tick.connect(self.update_status)
        self.update_status()

    def _build(self) -> None:
        self.pause_button = QPushButton("Pause", self)
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setAccessibleName("Call a timed pause (Ctrl+P)")
        self.pause_button.setToolTip("Call a timed pause: step away and name when you come back (Ctrl+P)")
        self.pause_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.pause_button.clicked.connect(self.pause_requested.emit)
        self.pause_status = QLabel(self)
        self.pause_status.setObjectName("pauseStatus")
        self.pause_status.setAccessibleName("Pause status")
        self.alert_button = QPushButton("Go to the pause", self)
        self.alert_button.setObjectName("alertButton")
        self.alert_button.setAccessibleName("Go to the pause to check in")
        self.alert_button.clicked.connect(self.pause_requested.emit)
        self.alert_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        brand = QLabel("CouplesDesk", self)
        brand.setObjectName("brand")
        layout.addWidget(brand)
        layout.addStretch(1)
        layout.addWidget(self.pause_status)
        layout.addWidget(self.alert_button)
        layout.addWidget(self.pause_button)

    def _changed(self, changes: Changes) -> None:
        if changes & (Changes.PAUSES | Changes.RUNS):
            self.services.database.run(lambda store: store.pauses.active(), self._read, lambda _exc: None)

    def _read(self, pause: PauseRecord | None) -> None:
        self.pause = pause
        self.update_status()

    def update_status(self) -> None:
        """The pause line, from the pause last read (a tick reads nothing)."""
        pause = self.pause
        if pause is None:
            self.pause_status.setText("")
            self.alert_button.hide()
            return
        if self.services.clock.now() < pause.return_at:
            self.pause_status.setText(f"Pausing until {format_time(pause.return_at)}")
            return
        self.pause_status.setText(f"The pause ended at {format_time(pause.return_at)}. Welcome back.")
        if pause.id not in self._alerted:
            self._alerted.add(pause.id)
            self._alert(pause)

    def _alert(self, pause: PauseRecord) -> None:
        # The button leads to the pause; on the pause itself, its screen says it is over.
        self.alert_button.setVisible(not self._showing_run(pause.run_id))
        QApplication.alert(self.window())
        if self.tray is not None:
            self.tray.showMessage(
                "The pause is over",
                "Time to come back together and check in with each other.",
                QSystemTrayIcon.MessageIcon.Information,
            )
        log.info("Pause %s is over; alerted", pause.id)

    def show_tray(self) -> None:
        """Asking for the tray may go out to the desktop (D-Bus on Linux): not before the window."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip("CouplesDesk")
            self.tray.show()
