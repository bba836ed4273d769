"""Prepare for our session is reachable where a couple thinks of it (issue 12): from Today's
homework card, from History (a button, shown only while both look together), and with Ctrl+R
from any page, besides the Privacy page."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from couplesdesk.gui.session_report import SessionReportDialog

from .conftest import click, settle
from .test_history_page import open_history
from .test_homework import _accept, _plan_file


def _dialog_opened(qtbot, window) -> SessionReportDialog:
    qtbot.waitUntil(lambda: window.findChild(SessionReportDialog) is not None)
    dialog = window.findChild(SessionReportDialog)
    qtbot.waitUntil(dialog.isVisible)
    settle(qtbot, window.services)
    qtbot.waitUntil(dialog.next_button.isEnabled)
    assert dialog.plan is not None and dialog.plan.therapist == "Jo Berger"
    return dialog


def _close(qtbot, window, dialog) -> None:
    click(qtbot, dialog.findChild(QPushButton, "reportCancel"))
    qtbot.waitUntil(lambda: window.findChild(SessionReportDialog) is None)


def test_from_todays_homework_card(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    card = window.today_page.homework
    button = card.findChild(QPushButton, "homeworkPrepareReport")
    assert button is not None and button.isVisible()
    window.resize(800, 560)
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    assert window.grab().save(str(out / "today-prepare-800.png"))
    click(qtbot, button)
    _close(qtbot, window, _dialog_opened(qtbot, window))


def test_from_history_while_both_look_together_and_ctrl_r_there(qtbot, open_app, tmp_path):
    window = open_app()
    _accept(qtbot, window, _plan_file(tmp_path))
    page = open_history(qtbot, window)
    assert page.prepare_button.isVisible()
    out = Path(os.environ.get("REPORT_SHOTS") or tmp_path)
    window.resize(1100, 740)
    assert window.grab().save(str(out / "history-prepare-1100.png"))
    click(qtbot, page.prepare_button)
    _close(qtbot, window, _dialog_opened(qtbot, window))
    click(qtbot, page.own_buttons["partner_a"])  # a hand-over, then Alex's own view: not offered there
    assert not page.prepare_button.isVisible()
    click(qtbot, page.handover.button)
    settle(qtbot, window.services)
    assert not page.prepare_button.isVisible()
    click(qtbot, page.together_button)
    assert page.prepare_button.isVisible()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page.list.setFocus()
    qtbot.keyClick(page.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    _close(qtbot, window, _dialog_opened(qtbot, window))
