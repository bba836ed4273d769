"""The timed pause, clicked through as a couple would, on a clock the test moves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPushButton, QRadioButton

from .conftest import click, close_app, rate, settle


def _button(window, name: str) -> QPushButton:
    button = window.findChild(QPushButton, name)
    assert button is not None, name
    return button


def _next(qtbot, window) -> None:
    click(qtbot, window.run_page.next_button)


def _hand_over(qtbot, window, expected_name: str) -> None:
    page = window.run_page
    assert page.body.currentWidget() is page.handover_page
    assert f"Hand the screen to {expected_name}" in page.handover_text.text()
    click(qtbot, page.handover_button)


def _start_pause(qtbot, window, caller: str = "partner_a") -> None:
    """Call a pause with the button, name who calls it, and start the default 30 minutes."""
    click(qtbot, window.pause_button)
    click(qtbot, _button(window, f"first_{caller}"))
    rate(qtbot, window.run_page, 8)
    _next(qtbot, window)
    _next(qtbot, window)
    click(qtbot, _button(window, "startTimer"))


def test_pause_survives_restart_alerts_and_extends(qtbot, open_app, clock, data_dir):
    window = open_app()
    # One action from anywhere: the pause button (Ctrl+P does the same).
    window.show_page(window.library_page)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    page = window.run_page
    assert window.current_page() is page
    assert "Who is calling the pause?" in page.title.text()
    click(qtbot, _button(window, "first_partner_b"))  # Sam calls it

    # Flooding check: no number is chosen until Sam chooses one (9) with the keyboard.
    assert "Sam" in page.actor.text()
    assert page.step_widget.value_label.text() == "Choose a number" and not page.next_button.isEnabled()
    rate(qtbot, page, 9)
    assert page.step_widget.value_label.text() == "9"
    _next(qtbot, window)
    click(qtbot, page.step_widget.findChild(QCheckBox, "option_racing-heart"))
    _next(qtbot, window)

    # Length: nothing under 20 minutes can be chosen; choose 25 and hear the return time.
    combo = page.step_widget.findChild(QComboBox, "timerMinutes")
    lengths = [combo.itemData(i) for i in range(combo.count())]
    assert min(lengths) == 20 and max(lengths) == 60 and 30 in lengths
    assert combo.currentData() == 30
    combo.setCurrentIndex(combo.findData(25.0))
    statement = page.step_widget.statement.text()
    assert "Sam" in statement and "19:25" in statement and "Alex" in statement
    assert not page.next_button.isEnabled()
    click(qtbot, _button(window, "startTimer"))
    settle(qtbot, window.services)  # the top bar reads the new pause on the database worker
    assert "19:25" in window.pause_status.text()
    pauses = list(window.services.store.db["pauses"].rows)
    assert len(pauses) == 1 and pauses[0]["minutes"] == 25 and pauses[0]["caller"] == "partner_b"
    assert pauses[0]["ended_at"] is None
    assert not page.next_button.isEnabled()

    # Close the app mid-pause; ten minutes later, open it again: the countdown goes on.
    close_app(window)
    clock.advance(minutes=10)
    window = open_app()
    page = window.run_page
    assert window.current_page() is page
    assert page.step_widget.countdown.text() == "15:00"
    assert "19:25" in page.step_widget.return_label.text()
    assert not window.alert_button.isVisible()

    # Time is up: both are alerted in the window, and Next opens.
    clock.advance(minutes=15, seconds=1)
    window.tick()
    assert "ended" in window.pause_status.text()
    assert "The pause is over" in page.step_widget.return_label.text()
    assert not page.step_widget.pacer.isVisible()
    assert not window.alert_button.isVisible()  # already on the pause: no button to go there
    assert page.next_button.isEnabled()
    _next(qtbot, window)

    # Each rates calm in private, the caller first. Sam is still flooded.
    _hand_over(qtbot, window, "Sam")
    assert page.step_widget.value_label.text() == "Choose a number"
    rate(qtbot, page, 8)
    _next(qtbot, window)
    _hand_over(qtbot, window, "Alex")
    assert page.step_widget.value_label.text() == "Choose a number"  # Alex does not see Sam's 8
    rate(qtbot, page, 2)
    _next(qtbot, window)
    click(qtbot, page.handover_button)  # together again

    # Someone is still flooded: extend once.
    assert page.run.screen.step.id == "extend-or-schedule"
    click(qtbot, page.step_widget.findChild(QRadioButton, "option_extend"))
    _next(qtbot, window)
    assert page.run.screen.step.id == "extend"
    assert "19:45" in page.step_widget.statement.text()  # it is 19:25 now; another 20 minutes
    click(qtbot, _button(window, "startTimer"))
    clock.advance(minutes=20)
    window.tick()
    _next(qtbot, window)
    assert page.run.screen.step.id == "gentle-start"
    assert page.next_button.text() == "Finish"
    _next(qtbot, window)
    assert page.body.currentWidget() is page.finished_page

    store = window.services.store
    pauses = store.pauses.all()
    assert [p.minutes for p in pauses] == [25, 20]
    assert all(p.ended_at is not None for p in pauses)
    assert store.pauses.active() is None
    ratings = [(author, value) for _at, author, value in store.ratings.of_scale("flooding")]
    assert ratings == [("partner_b", 9), ("partner_b", 8), ("partner_a", 2)]
    run = store.runs.of_exercise("timed-pause")[0]
    assert run.status == "finished"
    settle(qtbot, window.services)
    assert window.pause_status.text() == ""


def test_pause_schedules_the_talk_when_still_flooded(qtbot, open_app, clock):
    window = open_app()
    page = window.run_page
    _start_pause(qtbot, window)  # Alex calls it; the default 30 minutes
    settle(qtbot, window.services)
    assert "19:30" in window.pause_status.text()
    clock.advance(minutes=30)
    window.tick()
    _next(qtbot, window)
    click(qtbot, page.handover_button)
    rate(qtbot, page, 9)  # Alex: 9
    _next(qtbot, window)
    click(qtbot, page.handover_button)
    rate(qtbot, page, 3)  # Sam: 3
    _next(qtbot, window)
    click(qtbot, page.handover_button)
    click(qtbot, page.step_widget.findChild(QRadioButton, "option_schedule"))
    _next(qtbot, window)
    assert page.run.screen.step.id == "schedule"
    when = page.step_widget.when
    # It is 19:30 (after the 30 minute pause): nothing later than tomorrow 19:30 can be chosen.
    assert when.maximumDateTime().toSecsSinceEpoch() - when.minimumDateTime().toSecsSinceEpoch() == 24 * 3600
    assert "22:30" in page.step_widget.summary.text()  # three hours on, as the file offers
    when.setFocus()
    when.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(when, Qt.Key.Key_Up)  # tomorrow 22:30 is past the 24 hours: refused
    assert "Friday 22:30" in page.step_widget.summary.text()
    when.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(when, Qt.Key.Key_Down)  # an hour earlier suits them better
    assert "Friday 21:30" in page.step_widget.summary.text()
    _next(qtbot, window)
    assert page.run.screen.step.id == "scheduled"
    _next(qtbot, window)
    assert page.body.currentWidget() is page.finished_page
    store = window.services.store
    run = store.runs.of_exercise("timed-pause")[0]
    assert run.status == "finished"
    planned = store.talks.next(clock.now())
    assert planned == clock.now().replace(hour=21, minute=30, second=0, microsecond=0)
    # Today shows it, so neither has to hold it in mind.
    click(qtbot, page.finished_button)
    settle(qtbot, window.services)
    assert "Friday 21:30" in window.today_page.findChild(QLabel, "todayTalk").text()


def test_pause_button_returns_to_a_running_pause(qtbot, open_app, clock):
    window = open_app()
    _start_pause(qtbot, window)
    window.show_page(window.library_page)
    assert window.current_page() is window.library_page
    click(qtbot, window.pause_button)
    assert window.current_page() is window.run_page
    assert window.run_page.run.screen.step.id == "length"
    assert len(window.services.store.pauses.all()) == 1


def test_pause_ending_elsewhere_in_the_app_offers_a_way_back(qtbot, open_app, clock):
    window = open_app()
    _start_pause(qtbot, window)
    settle(qtbot, window.services)  # the top bar has read the new pause
    window.show_page(window.library_page)
    clock.advance(minutes=30)
    window.tick()
    assert window.alert_button.isVisible()
    click(qtbot, window.alert_button)
    assert window.current_page() is window.run_page
    assert window.run_page.next_button.isEnabled()
