"""One slow file operation (a key derivation, a conversion, a restore) on a thread of its own,
answered on the GUI thread, so the window never freezes while the disk works."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..storage import StoreError

log = logging.getLogger("couplesdesk.background")


class Background(QObject):
    """Runs one job at a time on a Python thread.

    Signals:
        done(object): the job's result. failed(str): what went wrong, worded for people.
    """

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.running: threading.Thread | None = None
        self._answered = threading.Event()

    def start(self, work: Callable[[], Any], name: str = "couplesdesk-work") -> None:
        answered = self._answered = threading.Event()

        def run() -> None:
            try:
                result = work()
            except StoreError as exc:  # already worded for people
                answered.set()
                self.failed.emit(str(exc))
                return
            except Exception as exc:  # shown to the person; each job leaves the files as they were
                log.exception("%s failed", name)
                answered.set()
                self.failed.emit(str(exc))
                return
            answered.set()
            self.done.emit(result)

        self.running = threading.Thread(target=run, name=name)
        self.running.start()

    @property
    def busy(self) -> bool:
        """Whether the job is still working. Once it has its answer it is not, even if its thread
        has yet to end: a person who tries again at once, after a wrong passphrase, is heard."""
        return self.running is not None and self.running.is_alive() and not self._answered.is_set()

    def join(self) -> None:
        """Wait for the job (never leave a file half-converted when the window closes)."""
        if self.running is not None:
            self.running.join()
