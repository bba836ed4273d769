"""A couple removes a homework plan they took in, from Today's homework card: asked first, in
words that say what goes (the plan, its reminders) and what stays (what they did for it, in
their history); "Keep it" keeps everything."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from couplesdesk.gui.deleting import DeleteDialog

from .conftest import click, settle, visible_texts
from .test_history_page import click_run, open_history
from .test_homework import _accept, _evening_check, _plan_file, _recorded, _rows


def _dialog(qtbot, window) -> DeleteDialog:
    card = window.today_page.homework
    click(qtbot, card.findChild(QPushButton, "homeworkRemove"))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(DeleteDialog, "removePlanDialog")))
    return next(d for d in window.findChildren(DeleteDialog, "removePlanDialog") if d.isVisible())


def test_a_plan_is_removed_from_today_and_what_was_done_for_it_stays(qtbot, open_app, clock, tmp_path):
    window = open_app()
    recorder = _recorded(qtbot, window)
    _accept(qtbot, window, _plan_file(tmp_path))
    _evening_check(qtbot, window)
    run_id = window.run_page.run.id
    click(qtbot, window.run_page.finished_page.review.skip_button)
    click(qtbot, window.run_page.finished_button)
    settle(qtbot, window.services)
    assert window.today_page.homework.isVisible()
    qtbot.waitUntil(lambda: len(recorder.sent) == 1, timeout=5000)  # today's homework reminder

    # Asked first; Keep it keeps everything.
    dialog = _dialog(qtbot, window)
    words = visible_texts(dialog)
    assert "Remove this homework plan?" in words and "Two weeks of small steps" in words
    assert "The plan from Jo Berger leaves Today, and its reminders stop." in words
    assert "every exercise you did stays in your history" in words
    assert dialog.keep.isDefault() and dialog.keep.text() == "Keep it"
    click(qtbot, dialog.keep)
    settle(qtbot, window.services)
    assert _rows(window, "plans") == 1 and window.today_page.homework.isVisible()

    # Removed: Today no longer shows it, no reminder comes for it, and the run stays.
    dialog = _dialog(qtbot, window)
    click(qtbot, dialog.action)
    settle(qtbot, window.services)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not window.today_page.homework.isVisible(), timeout=5000)
    assert "Jo Berger" not in visible_texts(window.today_page)
    assert _rows(window, "plans") == 0 and _rows(window, "plan_items") == 0
    assert window.services.store.plans.current() == []
    assert window.services.store.runs.get(run_id).status == "finished"
    clock.advance(days=1)
    window.tick()
    settle(qtbot, window.services)
    assert len(recorder.sent) == 1  # no homework reminder the next evening
    with qtbot.waitActive(window):
        window.activateWindow()
    history = open_history(qtbot, window)
    click_run(qtbot, history, run_id)
    assert "homework" not in history.transcript.meta.text()  # still there, no longer tied to a plan
