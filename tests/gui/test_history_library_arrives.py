"""History while the exercise library is still loading: the list shows the kept titles, and
when the library arrives the rows are named again where they are, without the list being read
again from the top (someone scrolling through years of runs keeps their place)."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from couplesdesk.gui import services as services_module
from couplesdesk.storage import Changes

from .conftest import settle
from .test_history_page import _bulk_runs, open_history


def test_rows_are_renamed_in_place_when_the_library_arrives(qtbot, open_app, clock, monkeypatch):
    release = threading.Event()
    load = services_module._load_library

    def held(paths, stop=None):  # the worker waits here until the test lets the library arrive
        release.wait(10)
        return load(paths, stop)

    monkeypatch.setattr(services_module, "_load_library", held)
    window = open_app(language="de")
    _bulk_runs(window.services.store, clock, 600)
    page = open_history(qtbot, window)
    model = page.model
    first_page = model.run_count()
    bar = page.list.verticalScrollBar()
    bar.setValue(bar.maximum())  # a person scrolling down: a second page is read
    qtbot.waitUntil(lambda: model.run_count() > first_page)
    settle(qtbot, window.services)
    read, place = model.run_count(), bar.value()
    assert place > 0
    row = model.row_of(model.run_at(1).id if model.run_at(1) else model.run_at(0).id)
    assert model.item(row).text() == "Share one thing"  # the title kept with the run, for now

    arrived = lambda changes: bool(changes & Changes.LIBRARY)  # noqa: E731
    with qtbot.waitSignal(window.services.bus.changed, check_params_cb=arrived):
        release.set()
    settle(qtbot, window.services)

    assert model.item(row).text() == "Eine Sache teilen"  # the library's German title
    assert model.item(row).data(Qt.ItemDataRole.AccessibleTextRole).startswith("Eine Sache teilen, ")
    assert model.run_count() == read  # not read again from the first page
    assert bar.value() == place
