"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate, so the database
worker could free a widget's Python wrapper. Destroying a QObject from the worker takes Qt's
connection lock and then waits for the GIL, while the GUI thread, holding the GIL, waits for
the same lock: the window freezes for good. (Seen in the privacy walk: a wrapper freed inside
``PauseRepository.active`` on the worker while the page was swapping its step.)

So, as Anki and pyqtgraph do, automatic collection is switched off once there is a
QApplication, and a timer on the GUI thread collects each generation when its count passes
the threshold Python would have used.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500


class GarbageCollector(QObject):
    """Collects on a GUI-thread timer; automatic collection is off while it lives."""

    def __init__(self, app: QCoreApplication):
        super().__init__(app)
        self.setObjectName("couplesdesk-garbage-collector")
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect what Python's own thresholds say is due, youngest generation first."""
        counts = gc.get_count()
        for generation in range(3):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)


def collect_on_gui_thread() -> GarbageCollector:
    """Install the collector on the running QApplication (once); returns it."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("collect_on_gui_thread() needs a QApplication")
    existing = app.findChild(GarbageCollector, "couplesdesk-garbage-collector")
    if isinstance(existing, GarbageCollector):
        return existing
    return GarbageCollector(app)
