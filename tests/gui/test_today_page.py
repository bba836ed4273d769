"""The Today page on its own: an active pause, today's sharing, runs to resume, the latest
boundaries (the week's rhythm and a planned talk: test_today_rhythm.py). The store is filled through its API; the page is read as a person would."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from couplesdesk.core.clock import FakeClock
from couplesdesk.gui.today_page import SHARE_EXERCISE, SHARE_STEP, TodayPage
from couplesdesk.storage import Store

from .conftest import click, settle, shown, visible_texts


@pytest.fixture
def clock():
    # Local wall-clock time, so clock.today() and the times the page prints (format_time,
    # local) agree on any machine's time zone.
    return FakeClock(datetime(2026, 11, 20, 20, 10).astimezone())


@pytest.fixture
def open_today(qtbot, services):
    def _open() -> TodayPage:
        return shown(qtbot, TodayPage(services))

    return _open


def label(page: QWidget, name: str) -> QLabel:
    found = page.findChild(QLabel, name)
    assert found is not None, name
    return found


def share(store: Store, *authors: str, text: str = "A small thing from my day", finish: bool = True) -> int:
    run = store.runs.create(SHARE_EXERCISE, 1, {}, {})
    for author in authors:
        store.answers.save(run, SHARE_STEP, author, "write", text, text, private=False, sealed=True)
    store.runs.end(run, "finished" if finish else "left")
    return run


def left_run(store: Store, clock: FakeClock, exercise_id: str, at: datetime) -> int:
    now = clock.now()
    clock.set(at)
    run = store.runs.create(exercise_id, 1, {}, {})
    store.runs.end(run, "left")
    clock.set(now)
    return run


# --------------------------------------------------------------------------- empty


def test_a_new_couple_sees_a_calm_start_and_no_empty_boxes(qtbot, open_today):
    page = open_today()
    assert "Alex and Sam" in label(page, "todayGreeting").text()
    assert label(page, "todayDate").text() == "Friday, 20 November"
    assert not page.findChild(QWidget, "todayPause").isVisible()
    assert not page.findChild(QWidget, "todayRuns").isVisible()
    assert label(page, "todayShareText").text().startswith("Nothing shared yet today")
    assert label(page, "todayRhythmText").text() == (
        "No day shared by you both yet this week. Any day is a good day to begin."
    )
    assert label(page, "todayBoundariesEmpty").isVisible()
    assert "Boundary statement exercise" in label(page, "todayBoundariesEmpty").text()
    # Nothing that reads like a score or a reproach.
    screen = visible_texts(page).lower()
    for word in ("0 days", "broken", "missed", "failed", "score"):
        assert word not in screen

    with qtbot.waitSignal(page.start_requested) as started:
        click(qtbot, page.findChild(QPushButton, "todayShareButton"))
    assert started.args == [SHARE_EXERCISE]
    with qtbot.waitSignal(page.show_boundaries):
        click(qtbot, page.findChild(QPushButton, "todayAllBoundaries"))


# --------------------------------------------------------------------------- the pause


def test_an_active_pause_says_until_when_and_who_called_it(qtbot, services, clock, open_today):
    store = services.store
    run = store.runs.create("timed-pause", 1, {}, {})
    pause = store.pauses.start(run, "pause", "partner_b", 30, clock.now() + timedelta(minutes=30))
    store.runs.end(run, "left")
    page = open_today()

    assert page.findChild(QWidget, "todayPause").isVisible()
    assert label(page, "todayPauseText").text() == "Paused until 20:40"
    assert "Sam called this pause" in label(page, "todayPauseWho").text()
    # No nudge to share while a pause is on, and the pause's button is the one that stands out.
    assert label(page, "todayShareText").text() == "Sharing can wait until after your pause."
    assert not page.share_button.property("primary")
    # The pause's run has its own button; it is not listed again under runs to resume.
    assert run not in page.visible_run_ids()
    with qtbot.waitSignal(page.resume_requested) as resumed:
        click(qtbot, page.findChild(QPushButton, "todayGoToPause"))
    assert resumed.args == [run]

    # The clock passes the return time: a tick updates the line, and writes nothing.
    clock.advance(minutes=31)
    writes = store.db.conn.total_changes
    services.bus.tick.emit()
    settle(qtbot, services)
    assert store.db.conn.total_changes == writes
    assert label(page, "todayPauseText").text() == "The pause ended at 20:40"
    assert "come back together" in label(page, "todayPauseWho").text()

    store.pauses.end(pause, "resumed")
    settle(qtbot, services)  # the store announced the write; the page reads again
    assert not page.findChild(QWidget, "todayPause").isVisible()


# --------------------------------------------------------------------------- sharing today


def test_who_has_shared_today_and_carrying_on_with_todays_share(qtbot, services, clock, open_today):
    store = services.store
    page = open_today()
    run = share(store, "partner_a", finish=False)
    settle(qtbot, services)  # the store announced the write; the page reads again

    assert label(page, "todayShareText").text() == "Alex has shared today; Sam hasn't yet."
    button = page.findChild(QPushButton, "todayShareButton")
    assert button.text() == "Carry on sharing"
    # Today's share is offered once, by that button, not again as a run to resume.
    assert run not in page.visible_run_ids()
    with qtbot.waitSignal(page.resume_requested) as resumed:
        click(qtbot, button)
    assert resumed.args == [run]

    store.answers.save(run, SHARE_STEP, "partner_b", "write", "   ", "   ", private=False, sealed=True)
    settle(qtbot, services)  # the store announced the write; the page reads again
    assert label(page, "todayShareText").text() == "Alex has shared today; Sam hasn't yet."  # blank doesn't count

    store.answers.save(run, SHARE_STEP, "partner_b", "write", "Tea", "Tea", private=False, sealed=True)
    store.runs.end(run, "finished")
    settle(qtbot, services)  # the store announced the write; the page reads again
    assert label(page, "todayShareText").text().startswith("You both shared today")
    assert not button.isVisible()  # done for today: nothing to nudge


# --------------------------------------------------------------------------- runs to resume


def test_unfinished_runs_are_listed_newest_first_with_when_in_words(qtbot, services, clock, open_today):
    store = services.store
    today = clock.now()
    check_in = left_run(store, clock, "weekly-check-in", today - timedelta(days=1, minutes=-55))  # yesterday 21:05
    chat = left_run(store, clock, "stress-reducing-chat", today.replace(hour=18, minute=0))
    old = left_run(store, clock, "speaker-listener", datetime(2026, 11, 3, 19, 30).astimezone())
    left_run(store, clock, "an-exercise-we-deleted", today - timedelta(hours=1))
    left_run(store, clock, "another-one-we-deleted", today - timedelta(days=40))
    finished = store.runs.create("appreciations", 1, {}, {})
    store.runs.end(finished, "finished")
    page = open_today()

    assert page.findChild(QWidget, "todayRuns").isVisible()
    assert page.visible_run_ids() == [chat, check_in, old]
    rows = [w for w in page.findChildren(QWidget, "todayRun") if w.isVisible()]
    words = [(r.findChild(QLabel, "todayRunTitle").text(), r.findChild(QLabel, "todayRunWhen").text()) for r in rows]
    titles = [
        services.library.get(e).text(services.library.get(e).title)
        for e in ("stress-reducing-chat", "weekly-check-in", "speaker-listener")
    ]
    assert words == list(
        zip(titles, ["Left off today at 18:00", "Left off yesterday at 21:05", "Left off on 3 November"], strict=True)
    )
    assert label(page, "todayMissingRuns").text() == "2 older runs belong to exercises no longer in your library."
    button = page.run_buttons[check_in]
    assert "Weekly check-in" in button.accessibleName() and "yesterday" in button.accessibleName()

    with qtbot.waitSignal(page.resume_requested) as resumed:
        click(qtbot, button)
    assert resumed.args == [check_in]


def test_many_unfinished_runs_show_a_few_and_more_on_request(qtbot, services, clock, open_today):
    store = services.store
    runs = [left_run(store, clock, "appreciations", clock.now() - timedelta(days=10 - i)) for i in range(8)]
    page = open_today()
    assert page.visible_run_ids() == runs[::-1][:5]
    more = page.findChild(QPushButton, "todayMoreRuns")
    assert more.text() == "Show 3 more"
    click(qtbot, more)
    assert page.visible_run_ids() == runs[::-1]
    assert not more.isVisible()
    assert not label(page, "todayMissingRuns").isVisible()


# --------------------------------------------------------------------------- boundaries


def test_the_three_latest_boundaries_with_date_and_status_in_words(qtbot, services, clock, open_today):
    store = services.store
    store.boundaries.add(None, "partner_a", "The oldest one, not shown on Today.")
    clock.advance(days=1)
    b1 = store.boundaries.add(None, "partner_a", "I need a text as soon as you know plans change.", "heard")
    clock.advance(days=1)
    b2 = store.boundaries.add(None, "together", "We don't look at our phones at dinner.")
    store.boundaries.set_status(b2, "talked_through")
    clock.advance(days=1)
    store.boundaries.add(None, "partner_b", "I need half an hour to myself after work. " * 8, "needs_time")
    page = open_today()

    statements = [w.text() for w in page.findChildren(QLabel, "todayBoundaryStatement") if w.isVisible()]
    metas = [w.text() for w in page.findChildren(QLabel, "todayBoundaryMeta") if w.isVisible()]
    assert len(statements) == 3
    assert statements[0].startswith("I need half an hour") and statements[0].endswith("…")  # long: shortened
    assert statements[1:] == [
        "We don't look at our phones at dinner.",
        "I need a text as soon as you know plans change.",
    ]
    assert metas == [
        "Sam · today · needs time",
        "Both of you · yesterday · talked through",
        "Alex · 21 November · heard",
    ]
    assert not label(page, "todayBoundariesEmpty").isVisible()
    assert b1  # the oldest, stated before b1, is not on Today
    assert "The oldest one" not in visible_texts(page)


# --------------------------------------------------------------------------- refreshing, keyboard, names


def test_a_hidden_page_reads_again_only_when_shown(qtbot, services, clock, open_today):
    page = open_today()
    page.hide()
    share(services.store, "partner_a", "partner_b")
    settle(qtbot, services)  # the store announced the write; the page reads again
    assert label(page, "todayShareText").text().startswith("Nothing shared yet")  # not read while hidden
    page.show()
    settle(qtbot, services)
    assert label(page, "todayShareText").text().startswith("You both shared today")


def test_tab_moves_through_the_buttons_top_to_bottom(qtbot, services, clock, open_today):
    store = services.store
    run = store.runs.create("timed-pause", 1, {}, {})
    store.pauses.start(run, "pause", "partner_a", 20, clock.now() + timedelta(minutes=20))
    older = left_run(store, clock, "appreciations", clock.now() - timedelta(days=2))
    page = open_today()
    # Rows are rebuilt on refresh; the order must survive it.
    newer = left_run(store, clock, "weekly-check-in", clock.now() - timedelta(hours=1))
    settle(qtbot, services)  # the store announced the write; the page reads again

    chain, widget = [], page.findChild(QPushButton, "todayGoToPause")
    for _ in range(200):
        if isinstance(widget, QPushButton) and widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert [w.objectName() for w in chain] == [
        "todayGoToPause",
        "todayShareButton",
        "todayBreak",
        f"deleteRun{newer}",  # each row as it reads: Delete... then Resume
        f"resumeRun{newer}",
        f"deleteRun{older}",
        f"resumeRun{older}",
        "todayAllBoundaries",
    ]
    for button in chain:
        assert button.accessibleName(), button.objectName()
