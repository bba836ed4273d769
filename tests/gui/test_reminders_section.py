"""The Reminders section of the Privacy page: switched off with the keyboard or a click, the
database holds it; times and quiet hours are kept; starting with the computer writes and
removes the desktop's autostart entry."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QCheckBox, QLabel, QTimeEdit, QWidget

from couplesdesk.core.reminders import ReminderSettings, read_settings

from .conftest import click, settle


@pytest.fixture
def config(tmp_path, monkeypatch):
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


def privacy(qtbot, window):
    window.show_page(window.privacy_page)
    section = window.privacy_page.findChild(QWidget, "remindersSection")
    qtbot.waitUntil(section.isVisible)
    settle(qtbot, window.services)
    return section


def saved(window) -> ReminderSettings:
    return read_settings(window.services.store.settings.get)


def test_reminders_are_switched_off_and_the_database_holds_it(qtbot, open_app, config):
    window = open_app()
    section = privacy(qtbot, window)
    master = section.findChild(QCheckBox, "remindersOn")
    talk = section.findChild(QCheckBox, "remindTalk")
    assert master.isChecked() and talk.isChecked() and talk.isEnabled()
    master.setFocus()
    qtbot.keyClick(master, Qt.Key.Key_Space)  # by the keyboard
    settle(qtbot, window.services)
    assert not saved(window).on and not talk.isEnabled()
    assert section.findChild(QLabel, "remindersStatus").text() == "Saved."
    click(qtbot, master)
    click(qtbot, talk)
    settle(qtbot, window.services)
    assert saved(window) == ReminderSettings(talk=False)
    qtbot.waitUntil(lambda: window.reminders.settings == ReminderSettings(talk=False))  # the scheduler read it too


def test_the_share_time_and_quiet_hours_are_kept_and_a_time_in_quiet_hours_is_said(qtbot, open_app, config):
    window = open_app()
    section = privacy(qtbot, window)
    share = section.findChild(QCheckBox, "remindShare")
    share_at = section.findChild(QTimeEdit, "remindShareAt")
    assert not share_at.isEnabled()
    click(qtbot, share)
    assert share_at.isEnabled()
    share_at.setTime(QTime(21, 15))
    section.findChild(QTimeEdit, "quietFrom").setTime(QTime(21, 0))
    settle(qtbot, window.services)
    assert saved(window) == ReminderSettings(share=True, share_at=time(21, 15), quiet_from=time(21, 0))
    hint = section.findChild(QLabel, "quietHoursHint").text()
    assert "The time for the daily share is in your quiet hours." in hint
    window.close()
    again = open_app()
    section = privacy(qtbot, again)
    assert section.findChild(QTimeEdit, "remindShareAt").time() == QTime(21, 15)
    assert section.findChild(QCheckBox, "remindShare").isChecked()


def test_start_quietly_with_the_computer_writes_and_removes_the_autostart_entry(qtbot, open_app, config, data_dir):
    window = open_app()
    section = privacy(qtbot, window)
    box = section.findChild(QCheckBox, "startWithComputer")
    entry = config / "autostart" / "couplesdesk.desktop"
    assert not box.isChecked() and not entry.exists()
    click(qtbot, box)
    assert entry.is_file()
    assert "--quiet" in entry.read_text(encoding="utf-8") and str(data_dir) in entry.read_text(encoding="utf-8")
    assert section.findChild(QLabel, "remindersStatus").text() == "CouplesDesk will start quietly when you sign in."
    click(qtbot, box)
    assert not entry.exists()


def test_when_the_entry_cannot_be_written_the_box_says_so_and_stays_off(qtbot, open_app, config):
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be")
    window = open_app()
    section = privacy(qtbot, window)
    box = section.findChild(QCheckBox, "startWithComputer")
    click(qtbot, box)
    assert not box.isChecked()
    assert section.findChild(QLabel, "remindersStatus").text().startswith("Could not change how CouplesDesk starts")
