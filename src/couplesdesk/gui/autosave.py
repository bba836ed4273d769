"""Saving what is typed: soon after the last key, and never later than a deadline.

A debounce alone (save 300 ms after the last key) never saves someone who types steadily:
every key restarts it. So a second clock starts with the first unsaved key and is not
restarted: whatever happens, typing is saved within ``MAX_WAIT_MS`` of the key that made it.
(The run page also saves before every move and on close.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

QUIET_MS = 300
"""Saved this long after the last key, when typing pauses."""
MAX_WAIT_MS = 800
"""...and at most this long after the first unsaved key (the promise to people: one second)."""


class Autosave(QObject):
    def __init__(self, save: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_WAIT_MS)
        for timer in (self.quiet, self.deadline):
            timer.timeout.connect(save)

    def typed(self) -> None:
        """Something unsaved was typed."""
        self.quiet.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def retry(self, ms: int) -> None:
        """Saving failed (the disk, a lock): try again in ``ms``."""
        self.stop()
        self.deadline.start(ms)

    def stop(self) -> None:
        """Saved: nothing is waiting."""
        self.quiet.stop()
        self.deadline.stop()
        self.deadline.setInterval(MAX_WAIT_MS)

    def isActive(self) -> bool:  # noqa: N802 (reads like the QTimer it replaces)
        return self.quiet.isActive() or self.deadline.isActive()
