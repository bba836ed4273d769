"""Work that waits until the window's first frame is on the screen.

The exercise library, the tray and the reminders are not needed for the first frame, and the
library loads on a worker thread that imports and parses for a tenth of a second: started
any earlier, it would take turns with the window for Python (the GIL) while the window lays
itself out and paints. A zero timer set in ``showEvent`` is not late enough: it runs before
the window system has asked the window to paint (Expose). So the work waits for the window's
first Expose, and then for the event loop to come back round (the paint happens while the
Expose is handled); a window that is never exposed (started minimised, or hidden away at
once) gets it after ``FALLBACK_MS`` all the same.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 1000
"""A window that has not been exposed by then (minimised, covered at once) starts its work anyway."""


class _FirstExpose(QObject):
    """Calls ``work`` once: a turn of the event loop after the first Expose, or at the fallback."""

    def __init__(self, window: QWidget, work: Callable[[], None]):
        super().__init__(window)
        self._work: Callable[[], None] | None = work
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self._work is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the paint this Expose brings
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def after_first_frame(window: QWidget, work: Callable[[], None]) -> None:
    """Call ``work`` once ``window`` (shown) has painted its first frame; see the module's note."""
    _FirstExpose(window, work)
