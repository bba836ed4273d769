"""Ending a timer early, clicked as people would, on a clock that never moves: each partner
says "I'm ready to finish", and only once both have does the timer end; a pause never offers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from .care_helpers import cut_off, run_in_window, sideways_scrollbars
from .conftest import click, rate, visible_texts

TIMER = """
[[steps]]
id = "talk"
kind = "timer"
who = "together"
title = "Ten minutes"
minutes = 10
can_finish_early = true
pacer = "breathing"
guidance = "Breathe with the circle."
"""


def test_the_timer_ends_early_only_once_both_say_they_are_ready(qtbot, open_app, clock):
    window = open_app()
    page = run_in_window(qtbot, window, TIMER, size=(800, 560))
    widget = page.step_widget
    assert widget.finish is not None and not widget.finish.isVisible()  # not before it runs
    click(qtbot, widget.start_button)
    alex, sam = (widget.findChild(QPushButton, f"readyToFinish_{key}") for key in ("partner_a", "partner_b"))
    assert (alex.text(), sam.text()) == ("Alex: I'm ready to finish", "Sam: I'm ready to finish")

    click(qtbot, alex)
    qtbot.wait(10)
    assert alex.text() == "Alex: I'm ready to finish ✓" and alex.isChecked()
    assert widget.finish.waiting.text() == "Alex is ready to finish. The timer runs on until you both are."
    assert not page.next_button.isEnabled() and widget.countdown.text() == "10:00"
    assert page.blocked_label.text().endswith("or when you're both ready.")
    assert cut_off(window) == [] and sideways_scrollbars(window) == []

    click(qtbot, alex)  # changed their mind: taken back, and the timer runs on
    assert not alex.isChecked() and not widget.finish.waiting.isVisible()
    assert page.run.ready_to_finish("talk") == set()
    click(qtbot, alex)

    sam.setFocus()
    qtbot.keyClick(sam, Qt.Key.Key_Space)  # by keyboard too
    assert widget.return_label.text() == "You're both ready: the timer has ended."
    assert not widget.finish.isVisible() and not widget.countdown.isVisible()
    assert page.next_button.isEnabled() and page.blocked_label.text() == ""
    assert window.focusWidget() is page.next_button  # the keyboard goes on where people go on
    qtbot.keyClick(page.next_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.run.screen.step.id == "end"
    (run,) = window.services.store.runs.of_exercise("care")
    assert run.state["timers"]["talk"]["ready"] == ["partner_a", "partner_b"]
    assert run.state["timers"]["talk"]["finished_early"] == run.state["timers"]["talk"]["deadline"]


def test_the_timed_pause_never_offers_to_end_early(qtbot, open_app):
    window = open_app()
    click(qtbot, window.pause_button)
    widget = window.run_page.step_widget
    assert widget.step.id == "pause" and widget.finish is None
    assert widget.findChildren(QPushButton, "readyToFinish_partner_a") == []
    assert "ready to finish" not in visible_texts(window)
    assert window.run_page.blocked_label.text().startswith("Next opens at ")
    assert "ready" not in window.run_page.blocked_label.text()


def test_on_your_own_one_press_finishes_it(qtbot, open_app):
    """What am I stepping away from: a strong pull leads to five minutes of settling, which the
    one person doing it may end when they feel ready."""
    window = open_app()
    page = window.run_page
    window.start_exercise("stepping-away")
    click(qtbot, window.findChild(QPushButton, "first_partner_b"))
    click(qtbot, page.next_button)  # the welcome
    rate(qtbot, page, 8)
    click(qtbot, page.next_button)
    assert page.run.screen.step.id == "breathe"
    click(qtbot, page.step_widget.start_button)
    [button] = [b for b in page.step_widget.finish.buttons.values()]
    assert button.objectName() == "readyToFinish_partner_b" and button.text() == "I'm ready to finish"
    assert "When you both are" not in visible_texts(window)
    click(qtbot, button)
    assert page.step_widget.return_label.text() == "You're ready: the timer has ended."
    click(qtbot, page.next_button)
    assert page.run.screen.step.id == "the-feeling"
