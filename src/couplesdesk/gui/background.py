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
        self._working = False

    def start(self, work: Callable[[], Any], name: str = "couplesdesk-work") -> None:
        def run() -> None:
            try:
                result = work()
            except StoreError as exc:  # already worded for people
                self._working = False
                self.failed.emit(str(exc))
                return
            except Exception as exc:  # shown to the person; each job leaves the files as they were
                log.exception("%s failed", name)
                self._working = False
                self.failed.emit(str(exc))
                return
            # Not busy once it has answered: the thread may still be winding down when the answer
            # is read, and a second try straight after (a mistyped passphrase) must be taken.
            self._working = False
            self.done.emit(result)

        self._working = True
        self.running = threading.Thread(target=run, name=name)
        self.running.start()

    @property
    def busy(self) -> bool:
        """Whether a job is under way (one that has answered is not)."""
        return self._working

    def join(self) -> None:
        """Wait for the job (never leave a file half-converted when the window closes)."""
        if self.running is not None:
            self.running.join()
