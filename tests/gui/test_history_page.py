"""The History page, driven as a couple would: Ctrl+4, a run opened and read back, each one's
own words only through their own hand-over, an unfinished run picked up again, the empty
history, and ten years' worth of runs paged in as the list scrolls."""

from __future__ import annotations

import json
import random
import uuid
from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from couplesdesk.core.clock import iso
from couplesdesk.gui.history_page import HistoryPage

from .conftest import click, settle, visible_texts
from .walker import Walk

CTRL = Qt.KeyboardModifier.ControlModifier
ALEX_WORDS = "The walk at lunch, when the sun came out."
SAM_WORDS = "A long call with my sister; it helped."


def _type(qtbot, window, text: str) -> None:
    box = window.run_page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, text)


def write_alone_and_leave(qtbot, window) -> str:
    """Share one thing: Alex writes alone, then Sam; they leave before reading them together."""
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # "I'm Alex, show me"
    _type(qtbot, window, ALEX_WORDS)
    click(qtbot, page.next_button)
    click(qtbot, page.handover_button)  # "I'm Sam, show me"
    _type(qtbot, window, SAM_WORDS)
    run_id = page.run.id
    click(qtbot, page.leave_button)
    return run_id


def open_history(qtbot, window) -> HistoryPage:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_4, CTRL)
    page = window.history_page
    assert window.current_page() is page
    settle(qtbot, window.services)
    return page


def click_run(qtbot, page: HistoryPage, run_id: str) -> None:
    row = page.model.row_of(run_id)
    assert row >= 0, "the run is not in the list"
    index = page.model.index(row, 0)
    page.list.scrollTo(index)
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        qtbot.mouseClick(page.list.viewport(), Qt.MouseButton.LeftButton, pos=page.list.visualRect(index).center())


def test_an_empty_history_invites_rather_than_scolds(qtbot, open_app):
    window = open_app()
    page = open_history(qtbot, window)
    assert page.empty.isVisible() and not page.list.isVisible()
    screen = visible_texts(page)
    assert "Your first exercise will appear here" in screen
    assert "gentle place to begin" in screen
    for scolding in ("haven't", "no history", "nothing done", "yet to"):
        assert scolding not in screen.lower()
    click(qtbot, page.empty_button)
    assert window.current_page() is window.run_page
    assert window.run_page.run.exercise.id == "share-one-thing"


def test_a_sealed_answer_shows_only_to_its_author_through_their_hand_over(qtbot, open_app):
    window = open_app()
    run_id = write_alone_and_leave(qtbot, window)
    page = open_history(qtbot, window)
    assert page.model.run_count() == 1
    click_run(qtbot, page, run_id)
    # Together: neither one's words, and the same quiet line for both.
    screen = visible_texts(window)
    assert ALEX_WORDS not in screen and SAM_WORDS not in screen
    assert "Alex's own words, kept for Alex." in screen and "Sam's own words, kept for Sam." in screen
    assert "One thing for today" in screen

    # Sam's own view: first the hand-over, with nothing of anyone's words on it.
    click(qtbot, page.own_buttons["partner_b"])
    assert page.handover.isVisible()
    screen = visible_texts(window)
    assert "Hand the screen to Sam." in screen and "I'm Sam, show me" in screen
    assert ALEX_WORDS not in screen and SAM_WORDS not in screen
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.handover.button)
    screen = visible_texts(window)
    assert SAM_WORDS in screen and ALEX_WORDS not in screen  # Sam's own, never Alex's
    assert "Sam's own view" in screen and "Alex, please look away" in screen

    # Back to both: Sam's words are gone from the screen again.
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.together_button)
    screen = visible_texts(window)
    assert SAM_WORDS not in screen and ALEX_WORDS not in screen

    # Alex's own view shows Alex's words alone; leaving the page ends it.
    click(qtbot, page.own_buttons["partner_a"])
    with qtbot.waitSignal(page.transcript_shown, timeout=5000):
        click(qtbot, page.handover.button)
    screen = visible_texts(window)
    assert ALEX_WORDS in screen and SAM_WORDS not in screen
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, CTRL)
    assert ALEX_WORDS not in visible_texts(page.transcript)  # not even behind the page
    page = open_history(qtbot, window)
    assert page.viewer.kind == "together"
    click_run(qtbot, page, run_id)
    assert ALEX_WORDS not in visible_texts(window) and SAM_WORDS not in visible_texts(window)
    # Reading never revealed anything: the answers are still sealed in the database.
    rows = window.services.store.conn.execute(
        "SELECT sealed, revealed_at FROM answers WHERE run_id = ? AND step_id = 'my-thing'", [run_id]
    ).fetchall()
    assert rows == [(1, None), (1, None)]


def test_not_now_on_the_hand_over_shows_nothing_more(qtbot, open_app):
    window = open_app()
    run_id = write_alone_and_leave(qtbot, window)
    page = open_history(qtbot, window)
    click_run(qtbot, page, run_id)
    click(qtbot, page.own_buttons["partner_a"])
    click(qtbot, page.not_now)
    assert page.transcript.isVisible() and page.viewer.kind == "together"
    assert ALEX_WORDS not in visible_texts(window)


def test_an_unfinished_run_is_picked_up_again_from_history(qtbot, open_app):
    window = open_app()
    run_id = write_alone_and_leave(qtbot, window)
    page = open_history(qtbot, window)
    assert "not finished: you can pick it up again" in page.model.index(page.model.row_of(run_id), 0).data(
        Qt.ItemDataRole.AccessibleTextRole
    )
    click_run(qtbot, page, run_id)
    click(qtbot, page.transcript.resume)
    assert window.current_page() is window.run_page
    assert window.run_page.run.id == run_id
    assert window.services.store.runs.get(run_id).status == "active"


def test_a_finished_run_reads_back_with_its_prompts_and_revealed_answers(qtbot, open_app):
    from .test_share_one_thing import share_once

    window = open_app()
    prompt = share_once(qtbot, window, ALEX_WORDS, SAM_WORDS)
    page = open_history(qtbot, window)
    [run] = window.services.store.runs.of_exercise("share-one-thing")
    click_run(qtbot, page, run.id)
    screen = visible_texts(window)
    assert ALEX_WORDS in screen and SAM_WORDS in screen  # revealed together: both see them
    assert prompt.lower() in screen.lower()  # the question as it was asked that day
    assert "I heard that your day had a bright spot." in screen
    assert not page.transcript.resume.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert page.list.isVisible()


def test_a_solo_reflection_is_listed_only_in_its_authors_own_view(qtbot, open_app, clock):
    window = open_app()
    walk = Walk(qtbot, window, clock, random.Random(3))
    walk.run("stepping-away")
    click(qtbot, window.run_page.finished_button)
    [run] = window.services.store.runs.of_exercise("stepping-away")
    author = run.binding["self"]
    other = "partner_b" if author == "partner_a" else "partner_a"
    words = [text for (_step, who), text in walk.written.items() if who == author]
    assert words
    page = open_history(qtbot, window)
    assert page.model.row_of(run.id) == -1 and page.empty.isVisible()  # not in what both look at
    click(qtbot, page.own_buttons[other])
    click(qtbot, page.handover.button)
    settle(qtbot, window.services)
    assert page.model.row_of(run.id) == -1  # nor in the other's own view
    click(qtbot, page.together_button)
    click(qtbot, page.own_buttons[author])
    click(qtbot, page.handover.button)
    settle(qtbot, window.services)
    click_run(qtbot, page, run.id)
    screen = visible_texts(window)
    assert all(w in screen for w in words)


def _bulk_runs(store, clock, count: int) -> list[str]:
    """``count`` finished runs, one every nine hours back from now, written in one go."""
    now, rows = clock.now(), []
    for n in range(count):
        started = now - timedelta(hours=9 * (count - n))
        rows.append({
            "id": str(uuid.UUID(int=n + 1, version=4)), "exercise_id": "share-one-thing", "exercise_version": 1,
            "title": "Share one thing", "day": started.astimezone().date().isoformat(), "binding": "{}",
            "state": json.dumps({"history": [], "finished": True}), "status": "finished", "started_at": iso(started),
            "finished_at": iso(started), "created_at": iso(started), "updated_at": iso(started),
            "device": store.connection.device,
        })  # fmt: skip
    store.db["runs"].insert_all(rows, batch_size=500)
    return [r["id"] for r in reversed(rows)]


def test_a_long_history_is_read_a_page_at_a_time_as_the_list_scrolls(qtbot, open_app, clock):
    window = open_app()
    newest_first = _bulk_runs(window.services.store, clock, 1500)
    page = open_history(qtbot, window)
    model = page.model
    assert 0 < model.run_count() < 200  # one page, not fifteen hundred rows
    pages = 1
    bar = page.list.verticalScrollBar()
    while not model.finished:
        before = model.run_count()
        bar.setValue(bar.maximum())  # a person dragging to the bottom
        qtbot.waitUntil(lambda before=before: model.run_count() > before or model.finished, timeout=5000)
        pages += 1
        assert pages < 100
    assert pages > 10
    listed = [model.run_at(r).id for r in range(model.rowCount()) if model.run_at(r) is not None]
    assert listed == newest_first  # every run once, newest first
    headings = [model.index(r, 0).data() for r in range(model.rowCount()) if model.run_at(r) is None]
    assert headings[:2] == ["This week", "Last week"] and len(headings) == len(set(headings))


def test_the_list_reads_again_when_a_run_is_added_and_filters_narrow_it(qtbot, open_app, clock):
    window = open_app()
    store = window.services.store
    share = store.runs.create("share-one-thing", 1, {}, {"history": []}, title="Share one thing")
    page = open_history(qtbot, window)
    assert page.model.run_count() == 1
    clock.advance(minutes=5)
    pause = store.runs.create("timed-pause", 1, {}, {"history": []}, title="Timed pause")  # announced on the bus
    settle(qtbot, window.services)
    assert [page.model.run_at(r).id for r in range(page.model.rowCount()) if page.model.run_at(r)] == [pause, share]
    combo = page.filters.exercise
    qtbot.waitUntil(lambda: combo.findData("timed-pause") >= 0)  # the exercises' names come with the library
    combo.setCurrentIndex(combo.findData("timed-pause"))
    combo.activated.emit(combo.currentIndex())
    settle(qtbot, window.services)
    assert page.model.run_count() == 1 and page.model.run_at(1).id == pause
    kind = page.filters.category
    kind.setCurrentIndex(kind.findData("connection"))  # share-one-thing's kind, not the pause's
    kind.activated.emit(kind.currentIndex())
    settle(qtbot, window.services)
    assert page.empty.isVisible() and "Nothing here for these choices" in visible_texts(page)
    click(qtbot, page.empty_button)  # "Show everything"
    settle(qtbot, window.services)
    assert page.model.run_count() == 2 and page.filters.is_default()
    period = page.filters.period
    period.setCurrentIndex(period.findData(-1))  # "Between two dates": a month back to today
    period.activated.emit(period.currentIndex())
    settle(qtbot, window.services)
    assert page.filters.dates.isVisible() and page.model.run_count() == 2
    page.filters.until.setDate(page.filters.until.date().addDays(-7))  # up to a week ago: nothing then
    settle(qtbot, window.services)
    assert page.empty.isVisible()


def test_the_lock_and_quick_hide_end_a_partners_own_view(qtbot, open_app):
    window = open_app()
    run_id = write_alone_and_leave(qtbot, window)
    page = open_history(qtbot, window)
    for keys in ((Qt.Key.Key_L, CTRL), (Qt.Key.Key_H, CTRL | Qt.KeyboardModifier.ShiftModifier)):
        click_run(qtbot, page, run_id)
        click(qtbot, page.own_buttons["partner_a"])
        with qtbot.waitSignal(page.transcript_shown, timeout=5000):
            click(qtbot, page.handover.button)
        assert ALEX_WORDS in visible_texts(window)
        qtbot.keyClick(window, *keys)  # the lock, then quick hide
        assert ALEX_WORDS not in visible_texts(window) and ALEX_WORDS not in visible_texts(page.transcript)
        if window.guard.locked:
            click(qtbot, window.guard.lock_screen.findChild(type(window.pause_button), "lockOpen"))
        else:
            qtbot.keyClick(window, *keys)  # quick hide again: back, on the start page
            page = open_history(qtbot, window)
        settle(qtbot, window.services)
        assert window.current_page() is page and page.viewer.kind == "together"
        assert ALEX_WORDS not in visible_texts(window)


def test_words_from_one_partner_are_found_however_far_back_they_are(qtbot, open_app, clock):
    """Pages in which nothing matches are read on through, not shown as 'nothing here'."""
    window = open_app()
    store = window.services.store
    now = clock.now()
    clock.set(now - timedelta(days=2000))
    old = store.runs.create("share-one-thing", 1, {}, {"history": [[0, 0, {}], [3, 0, {}]]}, title="Share one thing")
    store.answers.save(old, "heard-a", "partner_a", "write", "Words from long ago.", "Words from long ago.",
                       private=False, sealed=False)  # fmt: skip
    clock.set(now)
    _bulk_runs(store, clock, 2500)  # newer, with nobody's words in them
    page = open_history(qtbot, window)
    words = page.filters.words
    words.setCurrentIndex(words.findData("partner_a"))
    words.activated.emit(words.currentIndex())
    settle(qtbot, window.services)
    assert page.model.run_count() == 1 and page.model.row_of(old) >= 0
    assert page.list.isVisible() and not page.empty.isVisible()
