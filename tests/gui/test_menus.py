"""The menu bars of both windows, used with the mouse as a person would: each entry does what
its shortcut does (it is the same action: no shortcut is made twice), and the menu bar is
gone under the lock and behind quick hide."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from couplesdesk import __version__
from couplesdesk.gui.export_dialog import ExportDialog
from couplesdesk.gui.therapist_window import TherapistWindow
from couplesdesk.storage import Store, therapist_key

from .conftest import click, visible_texts

PASSPHRASE = "quiet harbour lights"


def entries(window: QMainWindow, menu_name: str) -> list[tuple[str, str]]:
    menu = window.menuBar().findChild(QMenu, menu_name)
    return [(a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator()]


def choose(qtbot, window: QMainWindow, menu_name: str, text: str) -> None:
    """Click the menu's title in the menu bar, then the entry, with the mouse."""
    bar = window.menuBar()
    assert bar.isVisible()
    menu = bar.findChild(QMenu, menu_name)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible)
    action = next(a for a in menu.actions() if a.text() == text)
    assert action.isEnabled(), text
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    qtbot.waitUntil(lambda: not menu.isVisible())
    if window.isVisible() and not window.isActiveWindow():  # offscreen: the popup took it
        with qtbot.waitActive(window):
            window.activateWindow()


def shortcuts_made_once(window: QMainWindow) -> None:
    made = Counter(a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty())
    assert [keys for keys, n in made.items() if n > 1] == []


def test_the_couples_menus_hold_the_windows_own_actions(qtbot, open_app):
    window = open_app()
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Go", "&Help"]
    assert entries(window, "fileMenu") == [
        ("Open homework...", "Ctrl+O"),
        ("Export...", ""),
        ("Lock", "Ctrl+L"),
        ("Quick hide", "Ctrl+Shift+H"),
        ("Quit", "Ctrl+Q"),
    ]
    sidebar = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert [text for text, _keys in entries(window, "goMenu")] == sidebar
    assert ("History", "Ctrl+4") in entries(window, "goMenu") and ("Safety", "Ctrl+9") in entries(window, "goMenu")
    assert [text for text, _keys in entries(window, "helpMenu")] == ["Safety page", "About CouplesDesk"]
    shortcuts_made_once(window)

    choose(qtbot, window, "goMenu", "History")
    assert window.current_page() is window.history_page
    choose(qtbot, window, "helpMenu", "Safety page")
    assert window.current_page() is window.safety_page
    choose(qtbot, window, "fileMenu", "Export...")
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ExportDialog)))
    next(d for d in window.findChildren(ExportDialog) if d.isVisible()).reject()
    choose(qtbot, window, "helpMenu", "About CouplesDesk")
    about = window.findChild(QMessageBox, "aboutBox")
    qtbot.waitUntil(about.isVisible)
    assert __version__ in about.text() and "nothing is sent anywhere" in about.text()
    about.accept()
    choose(qtbot, window, "fileMenu", "Quit")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_lock_and_quick_hide_from_the_menu_leave_no_menu_in_view(qtbot, open_app):
    window = open_app()
    choose(qtbot, window, "fileMenu", "Lock")
    assert window.guard.locked and not window.menuBar().isVisible()
    click(qtbot, window.guard.lock_screen.findChild(type(window.pause_button), "lockOpen"))
    assert window.menuBar().isVisible()

    choose(qtbot, window, "fileMenu", "Quick hide")
    assert window.guard.hidden and window.windowTitle() == "Notes"
    assert not window.menuBar().isVisible()
    assert "File" not in visible_texts(window) and "Today" not in visible_texts(window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.guard.hidden and window.menuBar().isVisible() and window.windowTitle() == "CouplesDesk"


def test_the_pages_menu_waits_with_the_sidebar_on_the_first_run(qtbot, open_app):
    window = open_app(couple=False)
    go = window.menuBar().findChild(QMenu, "goMenu")
    assert not go.menuAction().isEnabled()


def _therapist(qtbot, open_app, data_dir, clock) -> TherapistWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    store = Store.open(data_dir / "couplesdesk.db", clock)
    store.settings.set("mode", "therapist")
    store.close()
    therapist_key.make_key(data_dir, PASSPHRASE, clock.now())
    window = open_app(couple=False)
    assert isinstance(window, TherapistWindow)
    return window


def test_the_therapists_menus(qtbot, open_app, data_dir, clock, monkeypatch):
    window = _therapist(qtbot, open_app, data_dir, clock)
    assert entries(window, "fileMenu") == [
        ("New plan", "Ctrl+N"),
        ("Open plan...", "Ctrl+Shift+O"),
        ("Save plan", "Ctrl+S"),
        ("Open reports...", "Ctrl+O"),
        ("Export my key...", ""),
        ("Lock", "Ctrl+L"),
        ("Quick hide", "Ctrl+Shift+H"),
        ("Quit", "Ctrl+Q"),
    ]
    assert [text for text, _keys in entries(window, "goMenu")] == ["Exercises", "Homework plan", "Reports", "Your key"]
    shortcuts_made_once(window)

    asked: list[str] = []

    def no_files(*_args: object) -> tuple[list[str], str]:
        asked.append("reports")
        return [], ""

    monkeypatch.setattr("couplesdesk.gui.reports_inbox.QFileDialog.getOpenFileNames", no_files)
    choose(qtbot, window, "fileMenu", "Open reports...")
    assert asked == ["reports"] and window.current_page() is window.reports_inbox

    builder = window.plan_builder
    builder.pick_open = lambda *_args: asked.append("plan")
    choose(qtbot, window, "fileMenu", "Open plan...")
    assert asked == ["reports", "plan"] and window.current_page() is builder

    choose(qtbot, window, "fileMenu", "Export my key...")
    assert window.current_page() is window.key_page
    assert window.focusWidget() is window.key_page.export_passphrase
    assert "Whoever has the exported file" in visible_texts(window.key_page)

    choose(qtbot, window, "goMenu", "Exercises")
    assert window.current_page() is window.library_page
    choose(qtbot, window, "fileMenu", "Quit")
    qtbot.waitUntil(lambda: not window.isVisible())
