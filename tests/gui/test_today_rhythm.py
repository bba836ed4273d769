"""Today, gently: the days you both shared this week beside your own intention, and a break
that stops all counting and reminders with nothing lost. Never a score, never a reproach. The
store is filled through its API; the page is read and used as a person would."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from couplesdesk.core.clock import FakeClock
from couplesdesk.core.rhythm import BREAKS, INTENTION
from couplesdesk.gui.today_page import TodayPage

from .conftest import click, settle, shown, visible_texts
from .test_today_page import share

# Friday 20 November 2026, in the evening; the week began on Monday 16.
FRIDAY = datetime(2026, 11, 20, 20, 10)


@pytest.fixture
def clock():
    return FakeClock(FRIDAY.astimezone())


@pytest.fixture
def open_today(qtbot, services):
    def _open() -> TodayPage:
        return shown(qtbot, TodayPage(services))

    return _open


def on(clock: FakeClock, day: int, *authors: str, store) -> None:
    """Both (or one) shared on ``day`` November, then back to now."""
    now = clock.now()
    clock.set(datetime(2026, 11, day, 12, 0).astimezone())
    share(store, *authors)
    clock.set(now)


def rhythm(page: TodayPage) -> str:
    return page.findChild(QLabel, "todayRhythmText").text()


def new_day(qtbot, services, clock, days: int = 1) -> None:
    clock.advance(days=days)
    services.bus.tick.emit()  # a new day: the page reads everything again
    settle(qtbot, services)


def choose_intention(qtbot, page: TodayPage, days: int) -> None:
    combo = page.findChild(QComboBox, "todayIntention")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(days - 1):
        qtbot.keyClick(combo, Qt.Key.Key_Down)


# --------------------------------------------------------------------------- the week


def test_the_days_you_both_shared_this_week_beside_your_intention(qtbot, services, clock, open_today):
    store = services.store
    on(clock, 16, "partner_a", "partner_b", store=store)  # Monday: both
    on(clock, 17, "partner_a", store=store)  # Tuesday: only Alex, so not a day you both shared
    on(clock, 18, "partner_a", "partner_b", store=store)  # Wednesday: both
    on(clock, 13, "partner_a", "partner_b", store=store)  # last week's Friday: not this week
    page = open_today()
    combo = page.findChild(QComboBox, "todayIntention")
    assert combo.currentText() == "4 days"  # the intention they have until they choose one
    assert rhythm(page) == "You both shared on 2 days this week."

    share(store, "partner_a", "partner_b")  # today, Friday
    settle(qtbot, services)
    assert rhythm(page) == "You both shared on 3 days this week."
    choose_intention(qtbot, page, 3)  # "about 3 days a week" suits them
    settle(qtbot, services)
    assert store.settings.get(INTENTION) == 3
    assert combo.currentText() == "3 days"
    assert rhythm(page) == "You both shared on 3 days this week, as you hoped."

    new_day(qtbot, services, clock, days=3)  # Monday: a new week, and no debt from the last
    assert rhythm(page) == "No day shared by you both yet this week. Any day is a good day to begin."
    assert combo.currentText() == "3 days"
    row = next(iter(store.db["settings"].rows_where("key = ?", [INTENTION])))
    assert row["id"] and row["device"] and row["updated_at"]  # a row, ready to travel


def test_a_break_stops_all_counting_and_reminders_and_nothing_is_lost(qtbot, services, clock, open_today):
    store = services.store
    clock.set(datetime(2026, 11, 17, 20, 10).astimezone())  # Tuesday
    on(clock, 16, "partner_a", "partner_b", store=store)
    page = open_today()
    assert rhythm(page) == "You both shared on 1 day this week."
    assert page.findChild(QLabel, "todayShareText").text().startswith("Nothing shared yet today")

    click(qtbot, page.findChild(QPushButton, "todayBreak"))  # a hard week: we're taking a break
    settle(qtbot, services)
    assert store.settings.get(BREAKS) == [{"from": "2026-11-17", "until": None}]
    assert rhythm(page).startswith("You're taking a break. Nothing is counted and nothing is asked of you")
    assert page.findChild(QLabel, "todayShareText").text() == "Sharing is here whenever you want it."  # no nudge
    assert not page.findChild(QComboBox, "todayIntention").isVisible()
    assert not page.share_button.property("primary")
    assert not re.search(r"\d", rhythm(page))  # nothing counted

    new_day(qtbot, services, clock)  # Wednesday, still on the break; they share anyway
    share(store, "partner_a", "partner_b")
    settle(qtbot, services)
    assert rhythm(page).startswith("You're taking a break since yesterday.")
    assert not re.search(r"\d", rhythm(page))

    new_day(qtbot, services, clock)  # Thursday: we're back
    button = page.findChild(QPushButton, "todayBreak")
    assert button.text() == "We're back"
    click(qtbot, button)
    settle(qtbot, services)
    assert store.settings.get(BREAKS) == [{"from": "2026-11-17", "until": "2026-11-19"}]
    assert rhythm(page) == "Welcome back. You both shared on 2 days this week."  # Monday's and Wednesday's
    assert page.findChild(QComboBox, "todayIntention").isVisible()
    assert page.share_button.property("primary")
    assert page.findChild(QLabel, "todayShareText").text().startswith("Nothing shared yet today")

    new_day(qtbot, services, clock, days=4)  # the next Monday: counting as ever
    assert rhythm(page) == "No day shared by you both yet this week. Any day is a good day to begin."


SCORE_OR_REPROACH = [
    r"\d+\s*/\s*\d+",  # 2/4
    r"\d+ (of|out of) \d+",  # 2 of 4
    r"%",
    r"\b(streak|score|points|missed|behind|lost|broke|broken|failed|only|should|must|again|forgot)\b",
]


def test_nothing_on_today_reads_like_a_score_or_a_reproach(qtbot, services, clock, open_today):
    store = services.store
    page = open_today()
    seen = []

    def look(note: str) -> None:
        settle(qtbot, services)
        seen.append((note, visible_texts(page)))

    look("a new week, nothing shared")
    on(clock, 16, "partner_a", "partner_b", store=store)
    on(clock, 17, "partner_b", store=store)
    look("one day shared")
    for day in (18, 19):
        on(clock, day, "partner_a", "partner_b", store=store)
    share(store, "partner_a")
    look("three days, one of them today half-way")
    share(store, "partner_b")
    look("four days: as hoped")
    choose_intention(qtbot, page, 7)
    look("fewer days than every day")
    click(qtbot, page.findChild(QPushButton, "todayBreak"))
    look("on a break")
    new_day(qtbot, services, clock, days=2)
    look("a break going on")
    click(qtbot, page.findChild(QPushButton, "todayBreak"))
    look("back after a break, nothing shared")
    for note, text in seen:
        for pattern in SCORE_OR_REPROACH:
            assert not re.search(pattern, text, re.IGNORECASE), f"{note}: {pattern!r} in {text!r}"
