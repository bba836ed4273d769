"""Every write announces what it changed, on every connection, through real use of the app."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt

from couplesdesk.core.clock import FakeClock
from couplesdesk.storage import Store

from ..storage.watch import Unannounced, Watch
from .conftest import click, settle
from .walker import Walk

EXERCISES = ("share-one-thing", "boundary-statement", "timed-pause", "weekly-check-in", "getting-uncomfortable")


@pytest.fixture
def watch(monkeypatch):
    watch = Watch()
    real_attach = Store.attach

    def attach(other):  # the database worker's own connection
        return watch.watch(real_attach(other))

    monkeypatch.setattr(Store, "attach", staticmethod(attach))
    return watch


def test_walking_exercises_and_changing_a_boundary_announces_every_write(qtbot, open_app, clock, watch):
    window = open_app()
    watch.watch(window.services.store)
    for n, exercise_id in enumerate(EXERCISES):
        Walk(qtbot, window, clock, random.Random(n)).run(exercise_id)
        click(qtbot, window.run_page.finished_button)
    page = window.boundaries_page
    window.show_page(page)
    settle(qtbot, window.services)
    page.status.setCurrentIndex((page.status.currentIndex() + 1) % page.status.count())
    click(qtbot, page.save)
    settle(qtbot, window.services)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    window.run_page.leave()
    settle(qtbot, window.services)
    assert watch.writes > 50
    watch.assert_clean()


def test_the_watch_catches_a_write_that_announces_nothing(tmp_path):
    """The watch above can fail: a repository method that writes and tells no one is caught."""
    watch = Watch()
    store = Store.open(tmp_path / "db.sqlite", FakeClock())
    run = store.runs.create("boundary-statement", 1, {}, {})
    boundary = store.boundaries.add(run, "partner_a", "I need a quiet hour.")

    def set_status_silently(boundary_id: str, status: str) -> None:
        store.conn.execute("UPDATE boundaries SET status = ? WHERE id = ?", [status, boundary_id])

    store.boundaries.set_status = set_status_silently  # type: ignore[method-assign]
    watch.watch(store)
    store.couple.save("Alex", "#1", "Sam", "#2")
    watch.assert_clean()  # an announced write passes
    store.boundaries.set_status(boundary, "heard")
    with pytest.raises(Unannounced, match=r"store.boundaries.set_status wrote \['boundaries'\]"):
        watch.assert_clean()
