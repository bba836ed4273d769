"""What a screen reader hears (issue 14, item 7), in-process: every screen of a run is
announced, the focus lands once on the right control, the reveal's cards hold their words, the
countdown and the top bar say how long is left (once a minute, not every second), and the list
of pages follows a screen reader's choice. The same walk through AT-SPI is tests/e2e/test_screen_reader.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from .care_helpers import run_in_window
from .conftest import click

A_WORDS = "the heron on the canal at dawn"
B_WORDS = "my sister finally called back"


@pytest.fixture
def heard(monkeypatch):
    """Every announcement made, in order."""
    said: list[str] = []
    original = QAccessible.updateAccessibility

    def record(event):
        if isinstance(event, QAccessibleAnnouncementEvent):
            said.append(event.message())
        original(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


@pytest.fixture
def focus_moves(qtbot):
    """The widgets the keyboard focus went to, in order (cleared by the test between screens)."""
    moves: list[QWidget] = []

    def moved(_old, new):
        if new is not None:
            moves.append(new)

    QApplication.instance().focusChanged.connect(moved)
    yield moves
    QApplication.instance().focusChanged.disconnect(moved)


def act(qtbot, heard, moves, action) -> tuple[str, list[QWidget]]:
    """Do ``action``; returns what was announced and where the focus went meanwhile."""
    heard.clear()
    moves.clear()
    action()
    qtbot.wait(20)  # announcements wait for the screen to be shown
    return " | ".join(heard), list(moves)


def _type(qtbot, page, words: str) -> None:
    box = page.step_widget.findChild(QPlainTextEdit, "answerBox")
    box.setFocus()
    qtbot.keyClicks(box, words)


def next_by_keyboard(qtbot, page) -> None:
    qtbot.keyClick(page.step_widget.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_every_screen_of_a_share_is_said_and_the_focus_lands_once(qtbot, open_app, heard, focus_moves):
    window = open_app()
    said, moves = act(qtbot, heard, focus_moves, lambda: window.start_exercise("share-one-thing"))
    page = window.run_page
    assert page.title.text() in said and "Part 1 of" in said

    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, page.next_button))
    assert "Hand the screen to Alex." in said and "Sam, please look away" in said
    assert moves == [page.handover_button]

    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, page.handover_button))
    assert page.title.text() in said and "Alex's turn" in said
    assert moves == [page.step_widget.box]
    _type(qtbot, page, A_WORDS)

    said, moves = act(qtbot, heard, focus_moves, lambda: next_by_keyboard(qtbot, page))
    assert "Hand the screen to Sam." in said and "Alex, please look away" in said
    assert moves == [page.handover_button]
    said_privately = said

    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, page.handover_button))
    assert moves == [page.step_widget.box]
    said_privately += said
    _type(qtbot, page, B_WORDS)

    said, moves = act(qtbot, heard, focus_moves, lambda: next_by_keyboard(qtbot, page))
    assert "Together again" in said and "Come back to the screen together." in said
    assert moves == [page.handover_button]
    said_privately += said
    assert A_WORDS not in said_privately and B_WORDS not in said_privately  # nothing private is ever said

    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, page.handover_button))
    assert page.title.text() in said and "Together" in said
    assert len(moves) == 1 and moves[0] in (page.next_button, *page.step_widget.findChildren(QWidget))
    assert page.back_button not in moves and page.leave_button not in moves


def test_each_answer_card_says_whose_it_is_and_holds_the_words(qtbot, open_app):
    window = open_app()
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    for words in (A_WORDS, B_WORDS):
        click(qtbot, page.handover_button)
        _type(qtbot, page, words)
        click(qtbot, page.next_button)
    click(qtbot, page.handover_button)
    cards = [w for w in page.step_widget.findChildren(QWidget) if w.property("role") == "revealCard"]
    read = {card.accessibleName(): card.accessibleDescription() for card in cards}
    assert read == {"Alex's answer": A_WORDS, "Sam's answer": B_WORDS}


def test_the_step_area_is_not_a_stop_of_its_own_in_the_tab_order(qtbot, open_app):
    window = open_app()
    window.start_exercise("share-one-thing")
    assert not (window.run_page.step_scroll.focusPolicy().value & 0x1)  # Qt.TabFocus


PAUSE_TO_START = """
[[steps]]
id = "pause"
kind = "timer"
who = "together"
title = "A pause"
minutes = 20
announce_return = true
pacer = "breathing"
"""


def test_after_start_the_pause_the_focus_goes_to_the_countdown_only(qtbot, open_app, heard, focus_moves):
    window = open_app()
    page = run_in_window(qtbot, window, PAUSE_TO_START)
    widget = page.step_widget
    assert widget.start_button.text() == "Start the pause" and widget.start_button.hasFocus()
    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, widget.start_button))
    assert moves == [widget.countdown]
    assert widget.countdown.accessibleName() == "Time left: 20 minutes"
    assert "Back together at" in said


def test_the_countdown_and_the_top_bar_say_the_minutes_left_once_a_minute(qtbot, open_app, clock, heard):
    window = open_app()
    window.call_pause()
    countdown = window.run_page.step_widget.countdown
    bar = window.bar.pause_button
    assert countdown.hasFocus()
    assert countdown.accessibleName() == "Time left: 30 minutes"
    qtbot.waitUntil(lambda: bar.accessibleDescription() == "30 minutes left", timeout=3000)  # read on the worker
    names: list[str] = []
    for _ in range(90):  # a minute and a half, a second at a time
        clock.advance(seconds=1)
        window.tick()
        if not names or names[-1] != countdown.accessibleName():
            names.append(countdown.accessibleName())
    assert names == ["Time left: 30 minutes", "Time left: 29 minutes"]
    assert bar.accessibleDescription() == "29 minutes left"
    clock.advance(minutes=28, seconds=15)
    window.tick()
    assert countdown.accessibleName() == "Time left: 1 minute" and bar.accessibleDescription() == "1 minute left"
    clock.advance(minutes=1)
    window.tick()
    assert any("pause is over" in words.lower() for words in heard)
    assert bar.accessibleDescription() == ""


def test_the_list_of_pages_follows_a_screen_readers_choice(qtbot, open_app):
    window = open_app()
    nav = QAccessible.queryAccessibleInterface(window.nav)
    exercises = nav.child(1)
    assert exercises.text(QAccessible.Text.Name) == "Exercises"
    nav.selectionInterface().select(exercises)  # as AT-SPI's Selection.selectChild does
    qtbot.waitUntil(lambda: window.current_page() is window.library_page, timeout=2000)


AGREE = """
[[steps]]
id = "ok"
kind = "agree"
statement = "We go for a walk on Sunday."

[[steps]]
id = "after"
kind = "read"
body = "Well done."
"""


def test_once_both_agree_the_focus_goes_on_once_never_through_the_pause_button(qtbot, open_app, heard, focus_moves):
    window = open_app()
    page = run_in_window(qtbot, window, AGREE)
    alex, sam = (page.step_widget.buttons[key] for key in ("partner_a", "partner_b"))
    assert alex.hasFocus()
    _, moves = act(qtbot, heard, focus_moves, lambda: qtbot.keyClick(alex, Qt.Key.Key_Space))
    assert moves == [sam]  # the other's turn to confirm
    _, moves = act(qtbot, heard, focus_moves, lambda: qtbot.keyClick(sam, Qt.Key.Key_Space))
    assert moves == [page.next_button] and page.next_button.isEnabled()


def test_when_the_pause_ends_the_focus_goes_from_the_countdown_to_next_once(qtbot, open_app, clock, heard, focus_moves):
    window = open_app()
    window.call_pause()
    page = window.run_page
    assert page.step_widget.countdown.hasFocus()
    clock.advance(minutes=30)
    said, moves = act(qtbot, heard, focus_moves, window.tick)
    assert "The pause is over" in said
    assert moves == [page.next_button] and page.next_button.isEnabled()


def test_a_personal_passphrase_is_asked_for_with_the_focus_moved_once(qtbot, open_app, heard, focus_moves):
    from .test_personal_passphrase import ALEX, set_and_wait

    window = open_app()
    set_and_wait(qtbot, window, "partner_a", ALEX)
    with qtbot.waitActive(window):  # the dialog has closed: the window has the keyboard again
        window.activateWindow()
    window.start_exercise("share-one-thing")
    page = window.run_page
    click(qtbot, page.next_button)
    said, moves = act(qtbot, heard, focus_moves, lambda: click(qtbot, page.handover_button))
    assert page.body.currentWidget() is page.gate
    assert moves == [page.gate.field]
    assert page.title.text() in said
