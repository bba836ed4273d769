"""A change written on the database worker reaches the pages on the GUI thread, but not once
the services are closed: a page reading again then would ask a worker that has stopped
(lock.py's setting reader raised 'the database worker has stopped' at a window's close, when
a homework reminder's write was still on its way)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

from couplesdesk.storage.changes import Changes


def _announce_from_a_worker(services) -> None:
    worker = threading.Thread(target=services.bus.announce, args=(Changes.SETTINGS,))
    worker.start()
    worker.join()


def test_a_change_from_the_worker_arrives_while_open_and_not_after_closing(qtbot, services):
    got: list[Changes] = []
    services.bus.changed.connect(got.append)
    _announce_from_a_worker(services)
    QCoreApplication.processEvents()
    assert got == [Changes.SETTINGS]
    _announce_from_a_worker(services)  # on its way...
    services.close()  # ...when the window closes
    QCoreApplication.processEvents()
    assert got == [Changes.SETTINGS]
