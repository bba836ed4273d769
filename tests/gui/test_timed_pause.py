"""The timed pause, clicked through as a couple would, on a clock the test moves: one tap
starts it, the details wait on its running screen, each checks in alone afterwards."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPushButton, QRadioButton

from couplesdesk.core.clock import parse_iso

from .conftest import click, close_app, rate, settle


def _next(qtbot, window) -> None:
    click(qtbot, window.run_page.next_button)


def _hand_over(qtbot, window, expected_name: str) -> None:
    page = window.run_page
    assert page.body.currentWidget() is page.handover_page
    assert f"Hand the screen to {expected_name}" in page.handover_text.text()
    click(qtbot, page.handover_button)


def _check_in(qtbot, window, alex: int | None, sam: int | None) -> None:
    """Each checks in alone (Alex first): a number, or 'Prefer not to say' (None)."""
    page = window.run_page
    for name, value in (("Alex", alex), ("Sam", sam)):
        _hand_over(qtbot, window, name)
        assert page.step_widget.value_label.text() == "Choose a number"  # nobody sees the other's
        if value is None:
            click(qtbot, page.step_widget.unsaid)
        else:
            rate(qtbot, page, value)
        _next(qtbot, window)
    click(qtbot, page.handover_button)  # together again


def _time_up(window, clock, minutes: float) -> None:
    clock.advance(minutes=minutes, seconds=1)
    window.tick()


def test_one_click_starts_the_pause_and_stores_its_return_time(qtbot, open_app, clock):
    window = open_app()
    window.show_page(window.library_page)
    click(qtbot, window.pause_button)  # one click, from anywhere: nothing is asked first

    page = window.run_page
    assert window.current_page() is page
    assert page.run.screen.step.id == "pause"
    (row,) = window.services.store.db["pauses"].rows  # in the database at once
    assert parse_iso(row["return_at"]) == clock.now() + timedelta(minutes=30)
    assert row["ended_at"] is None and row["caller"] is None
    widget = page.step_widget
    assert widget.return_label.text() == "Back together at 19:30"
    assert "I'll be back at 19:30" in widget.statement.text() and "See you at 19:30" in widget.statement.text()
    assert widget.countdown.text() == "30:00" and widget.pacer.isVisible()
    # Short: one line of guidance; more ideas and the details wait until asked for.
    assert widget.guidance.isVisible() and not widget.ideas.isVisible() and not widget.details.isVisible()
    click(qtbot, widget.ideas_button)
    assert widget.ideas.isVisible() and "shoulders" in widget.ideas.text()
    assert not page.next_button.isEnabled() and page.blocked_label.text() == "Next opens at 19:30."


def test_ctrl_p_starts_it_from_today_and_again_goes_back_to_it(qtbot, open_app, clock):
    window = open_app()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.run_page
    assert window.services.store.pauses.active().return_at == clock.now() + timedelta(minutes=30)
    window.show_page(window.today_page)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.run_page and window.run_page.run.screen.step.id == "pause"
    assert len(window.services.store.pauses.all()) == 1


def test_the_details_change_on_the_running_screen_and_are_stored(qtbot, open_app, clock):
    window = open_app()
    click(qtbot, window.pause_button)
    page, store = window.run_page, window.services.store
    widget = page.step_widget
    clock.advance(minutes=2)
    window.tick()
    click(qtbot, widget.details_button)
    details = widget.details
    assert details.isVisible() and details.caller_buttons["nobody"].isChecked()

    click(qtbot, details.caller_buttons["partner_b"])  # Sam called it
    assert store.pauses.active().caller == "partner_b"
    combo = details.findChild(QComboBox, "timerMinutes")
    lengths = [combo.itemData(i) for i in range(combo.count())]
    assert min(lengths) == 20 and max(lengths) == 60 and combo.currentData() == 30
    combo.setCurrentIndex(combo.findData(40.0))  # longer: the return time moves, and is said again
    pause = store.pauses.active()
    assert pause.minutes == 40 and pause.return_at == pause.started_at + timedelta(minutes=40)
    assert widget.return_label.text() == "Back together at 19:40"
    assert "I'll be back at 19:40" in widget.statement.text()
    assert details.note.text() == "The return time is now 19:40. Tell each other."
    assert page.blocked_label.text() == "Next opens at 19:40."
    settle(qtbot, window.services)
    assert window.pause_button.text() == "Paused until 19:40"

    flooded = details.steps["how-flooded"]
    assert flooded.value_label.text() == "Choose a number"  # no default, even here
    _rate_detail(qtbot, flooded, 8)
    click(qtbot, details.steps["signs"].findChild(QCheckBox, "option_racing-heart"))
    run = page.run
    answers = store.answers.of_run(run.id)
    assert answers[("how-flooded", "together")].value == 8
    assert answers[("signs", "together")].value == ["racing-heart"]
    assert answers[("pause", "together")].value == {"caller": "partner_b", "minutes": 40}

    _time_up(window, clock, 38)
    _next(qtbot, window)
    assert [(r.author, r.value) for r in store.ratings.of_scale("flooding")] == [("partner_b", 8)]  # Sam's own


def _rate_detail(qtbot, widget, value: int) -> None:
    from PySide6.QtWidgets import QSlider

    slider = widget.findChild(QSlider, "rateSlider")
    qtbot.keyClick(slider, Qt.Key.Key_Home)
    for _ in range(value):
        qtbot.keyClick(slider, Qt.Key.Key_Right)


def test_the_top_bar_shows_one_state_at_one_size(qtbot, open_app, clock):
    window = open_app()
    bar, button = window.bar, window.pause_button
    shown = [w.text() for w in bar.findChildren(QLabel) if w.isVisible()]
    assert shown == ["CouplesDesk"]  # no status line beside the button
    geometry = button.geometry()
    assert button.text() == "Pause" and button.accessibleName() == "Call a timed pause (Ctrl+P)"

    click(qtbot, button)
    settle(qtbot, window.services)
    assert button.text() == "Paused until 19:30" and button.geometry() == geometry
    assert [w for w in bar.findChildren(QPushButton) if w.isVisible()] == [button]
    assert [w.text() for w in bar.findChildren(QLabel) if w.isVisible()] == ["CouplesDesk"]

    window.show_page(window.library_page)
    _time_up(window, clock, 30)  # over, while they are elsewhere in the app
    assert button.text() == "Pause over: check in" and button.geometry() == geometry
    click(qtbot, button)  # the same button leads back to check in
    assert window.current_page() is window.run_page and window.run_page.next_button.isEnabled()
    _next(qtbot, window)
    settle(qtbot, window.services)
    assert button.text() == "Pause" and button.geometry() == geometry


def test_the_pause_survives_a_restart_and_counts_on(qtbot, open_app, clock):
    window = open_app()
    click(qtbot, window.pause_button)
    click(qtbot, window.run_page.step_widget.details_button)
    combo = window.run_page.step_widget.details.findChild(QComboBox, "timerMinutes")
    combo.setCurrentIndex(combo.findData(25.0))

    # Close the app mid-pause; ten minutes later, open it again: the countdown goes on.
    close_app(window)
    clock.advance(minutes=10)
    window = open_app()
    page = window.run_page
    assert window.current_page() is page
    assert page.step_widget.countdown.text() == "15:00"
    assert page.step_widget.return_label.text() == "Back together at 19:25"
    assert window.pause_button.text() == "Paused until 19:25"

    _time_up(window, clock, 15)
    assert window.pause_button.text() == "Pause over: check in"
    assert page.step_widget.return_label.text().startswith("The pause is over")
    assert not page.step_widget.pacer.isVisible() and not page.step_widget.details_button.isVisible()
    assert page.next_button.isEnabled()


def test_still_flooded_extends_once_and_checks_in_again_after_the_extra_time(qtbot, open_app, clock):
    window = open_app()
    page, store = window.run_page, window.services.store
    click(qtbot, window.pause_button)
    _time_up(window, clock, 30)
    _next(qtbot, window)
    _check_in(qtbot, window, None, 2)  # Alex would rather not say: that counts as not ready

    assert page.run.screen.step.id == "extend-or-schedule"
    click(qtbot, page.step_widget.findChild(QRadioButton, "option_extend"))
    _next(qtbot, window)
    assert page.run.screen.step.id == "extend"
    assert page.step_widget.return_label.text() == "Back together at 19:50"  # running already
    assert store.pauses.active().minutes == 20
    _time_up(window, clock, 20)
    _next(qtbot, window)

    _check_in(qtbot, window, 3, 2)  # the check-in after the extra 20 minutes
    assert page.run.screen.step.id == "gentle-start"
    assert page.next_button.text() == "Finish"
    _next(qtbot, window)
    assert page.body.currentWidget() is page.finished_page
    assert [p.minutes for p in store.pauses.all()] == [30, 20]
    assert store.pauses.active() is None
    values = [(r.author, r.value) for r in store.ratings.of_scale("flooding")]
    assert values == [("partner_b", 2), ("partner_a", 3), ("partner_b", 2)]  # 'Prefer not to say': no number
    assert store.runs.of_exercise("timed-pause")[0].status == "finished"


def test_still_flooded_after_the_extra_time_chooses_a_time_to_talk(qtbot, open_app, clock):
    window = open_app()
    page = window.run_page
    click(qtbot, window.pause_button)
    _time_up(window, clock, 30)
    _next(qtbot, window)
    _check_in(qtbot, window, 9, 3)
    click(qtbot, page.step_widget.findChild(QRadioButton, "option_extend"))
    _next(qtbot, window)
    _time_up(window, clock, 20)
    _next(qtbot, window)
    _check_in(qtbot, window, 7, 2)  # still flooded: no third pause; a time to talk instead

    assert page.run.screen.step.id == "schedule"
    widget = page.step_widget
    when = widget.when
    # It is 19:50: nothing later than tomorrow 19:50 can be chosen; the next evening hour is offered.
    assert when.maximumDateTime().toSecsSinceEpoch() - when.minimumDateTime().toSecsSinceEpoch() == 24 * 3600
    assert widget.summary.text() == "You will pick this up tonight at 21:00, in about 1 hour."
    when.setFocus()
    when.setCurrentSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClick(when, Qt.Key.Key_Up)  # tomorrow 21:00 is past the 24 hours: refused
    assert widget.summary.text() == "You will pick this up tonight at 21:00, in about 1 hour."
    when.setCurrentSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClick(when, Qt.Key.Key_Down)
    assert widget.summary.text().startswith("You will pick this up tonight at 20:00")
    _next(qtbot, window)
    assert page.run.screen.step.id == "scheduled"
    _next(qtbot, window)
    store = window.services.store
    assert store.talks.next(clock.now()) == clock.now().replace(hour=20, minute=0, second=0, microsecond=0)
    click(qtbot, page.finished_button)
    settle(qtbot, window.services)
    assert window.today_page.findChild(QLabel, "todayTalkWhen").text() == "Tonight at 20:00"
