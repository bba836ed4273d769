"""A talk planned after a pause, on Today: its own card, the time in words ("tonight at
19:30", "tomorrow at 18:00"), until an hour after it. The clock is the test's."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from couplesdesk.core.clock import FakeClock
from couplesdesk.gui.today_page import TodayPage
from couplesdesk.gui.words import ahead_words, talk_words

from .conftest import shown


@pytest.fixture
def clock():
    return FakeClock(datetime(2026, 11, 20, 20, 10).astimezone())  # a Friday evening


@pytest.fixture
def open_today(qtbot, services):
    def _open() -> TodayPage:
        return shown(qtbot, TodayPage(services))

    return _open


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


@pytest.mark.parametrize(
    ("now", "talk", "words"),
    [
        (at(23, 19), at(23, 23, 45), "tonight at 23:45"),  # a Monday, that very Monday: not "Monday 23:45"
        (at(20, 15), at(20, 19, 30), "tonight at 19:30"),
        (at(20, 9), at(20, 14), "today at 14:00"),
        (at(20, 20), at(21, 18), "tomorrow at 18:00"),
        (at(20, 23, 30), at(21, 0, 30), "tonight at 00:30"),  # just after midnight, this same night
        (at(20, 10), at(25, 19), "on Wednesday at 19:00"),
        (at(20, 10), at(30, 19), "on 30 November at 19:00"),
    ],
)
def test_a_time_ahead_in_words(now, talk, words):
    assert ahead_words(talk, now) == words


def test_a_planned_talk_has_its_own_card_until_an_hour_after_it(qtbot, services, clock, open_today):
    store = services.store
    run = store.runs.create("timed-pause", 1, {}, {})
    store.talks.schedule(run, at(20, 21))
    page = open_today()
    card = page.findChild(QWidget, "todayTalkCard")
    assert card.isVisible()
    assert page.findChild(QLabel, "todayTalkWhen").text() == "Tonight at 21:00"
    assert "pick up your talk" in page.findChild(QLabel, "todayTalk").text()
    assert card.accessibleName() == "Your talk: Tonight at 21:00"

    clock.set(at(20, 21, 5))
    writes = store.db.conn.total_changes
    services.bus.tick.emit()  # a tick reads nothing
    assert page.findChild(QLabel, "todayTalkWhen").text() == talk_words(at(20, 21), clock.now())
    assert page.findChild(QLabel, "todayTalkWhen").text() == "Now: you planned it for 21:00"
    clock.set(at(20, 22, 1))
    services.bus.tick.emit()
    assert not card.isVisible()
    assert store.db.conn.total_changes == writes
