"""The menu bar of both windows: what the keyboard already does, findable with the mouse.

The menus hold the windows' own actions (each made once, with its shortcut, in
``main_window.py`` or ``therapist_window.py``), found by their shortcut: nothing is made twice,
so no shortcut is ever ambiguous. Only what had no action yet is made here (Export..., About,
the Safety page from Help, Export my key...), without a shortcut.

The menu bar shows only while the window's content does: under the lock it is not needed,
and quick hide must look like a plain notes screen, with no CouplesDesk menu above it. The
pages' menu is greyed out while the sidebar waits (the first run, the therapist's first key).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QListWidget, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget
from shiboken6 import isValid

from .. import __version__
from .i18n import translate

if TYPE_CHECKING:
    from .main_window import MainWindow
    from .therapist_window import TherapistWindow


def existing(window: QMainWindow, keys: str | QKeySequence.StandardKey) -> QAction:
    """The window's own action for ``keys`` (made with its shortcut by the window)."""
    wanted = QKeySequence(keys)
    assert not wanted.isEmpty(), "an action without its shortcut here cannot be found by it"
    for action in window.actions():
        if action.shortcut() == wanted:
            return action
    raise LookupError(f"{window.objectName()} has no action for {wanted.toString()}")


def _new(window: QMainWindow, text: str, name: str, slot: Callable[[], object]) -> QAction:
    """An action the window did not have (no shortcut); off with the others under the lock."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _pages(window: QMainWindow, nav: QListWidget, menu: QMenu) -> None:
    """The sidebar's pages, in its order, each by the action that carries its shortcut."""
    for row in range(nav.count()):
        item = nav.item(row)
        for action in window.actions():
            if item is not None and action.text() == item.text() and not action.shortcut().isEmpty():
                menu.addAction(action)
                break


class _Follow(QObject):
    """Keeps the menu bar in step with the window: shown with the content, its pages' menu
    greyed out while the sidebar waits."""

    def __init__(self, window: QMainWindow, stack: QStackedWidget, content: QWidget, nav: QListWidget, pages: QMenu):
        super().__init__(window)
        self.window_, self.stack, self.content, self.nav, self.pages = window, stack, content, nav, pages
        stack.currentChanged.connect(self.follow)
        nav.installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        if not all(isValid(w) for w in (self.window_, self.stack, self.pages, self.nav)):
            return  # the window is being taken down
        self.window_.menuBar().setVisible(self.stack.currentWidget() is self.content)
        self.pages.menuAction().setEnabled(self.nav.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.EnabledChange:
            self.follow()
        return False


def _menu(window: QMainWindow, title: str, name: str) -> QMenu:
    menu = window.menuBar().addMenu(title)
    menu.setObjectName(name)
    return menu


def _window_menus(
    window: MainWindow | TherapistWindow, opening: Sequence[QAction | None], helping: Sequence[QAction]
) -> None:
    """File (``opening``, None for a separator, then Lock, Quick hide and Quit), Go (the
    sidebar's pages) and Help (``helping``): the menus both windows have."""
    window.menuBar().setObjectName("menuBar")
    file = _menu(window, translate("menus", "&File"), "fileMenu")
    for action in opening:
        if action is None:
            file.addSeparator()
        else:
            file.addAction(action)
    file.addSeparator()
    file.addAction(existing(window, "Ctrl+L"))
    file.addAction(existing(window, "Ctrl+Shift+H"))
    file.addSeparator()
    file.addAction(existing(window, "Ctrl+Q"))
    pages = _menu(window, translate("menus", "&Go"), "goMenu")
    _pages(window, window.nav, pages)
    help_menu = _menu(window, translate("menus", "&Help"), "helpMenu")
    for action in helping:
        help_menu.addAction(action)
    _Follow(window, window.stack, window.guard.content, window.nav, pages)


def couple_menus(window: MainWindow) -> None:
    """File, Go and Help for the couple's window."""
    opening = [
        existing(window, QKeySequence.StandardKey.Open),  # Open homework...
        _new(window, translate("menus", "Export..."), "exportAction", lambda: _export(window)),
    ]
    helping = [
        _new(window, translate("menus", "Safety page"), "safetyAction", existing(window, "Ctrl+9").trigger),
        _new(window, translate("menus", "About CouplesDesk"), "aboutAction", lambda: _about(window, couple_about())),
    ]
    _window_menus(window, opening, helping)


def therapist_menus(window: TherapistWindow) -> None:
    """File, Go and Help for the therapist's window."""
    opening = [
        existing(window, QKeySequence.StandardKey.New),  # New plan
        existing(window, "Ctrl+Shift+O"),  # Open plan...
        existing(window, QKeySequence.StandardKey.Save),  # Save plan
        existing(window, QKeySequence.StandardKey.Open),  # Open reports...
        None,
        _new(window, translate("menus", "Export my key..."), "exportKeyAction", lambda: _export_key(window)),
    ]
    about = _new(
        window, translate("menus", "About CouplesDesk"), "aboutAction", lambda: _about(window, therapist_about())
    )
    _window_menus(window, opening, [about])


# --------------------------------------------------------------------------- what they open


def couple_about() -> str:
    return translate(
        "menus",
        "A quiet place for the two of you to practise talking and listening, at home, at your own pace. "
        "Everything stays on this computer: nothing is sent anywhere.\n\n"
        "CouplesDesk is not therapy and not a crisis service. The Safety page says where to find help.",
    )


def therapist_about() -> str:
    return translate(
        "menus",
        "Homework plans for the couples you work with, and the reports they choose to send you. "
        "Everything stays on this computer: nothing is sent anywhere.",
    )


def _about(window: QMainWindow, words: str) -> None:
    version = translate("menus", "CouplesDesk {version}").format(version=__version__)
    title = translate("menus", "About CouplesDesk")
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, f"{version}\n\n{words}", parent=window)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()


def _export(window: MainWindow) -> None:
    if not window.nav.isEnabled():  # names first
        return
    from .export_dialog import ExportDialog

    ExportDialog(window.services, window).open()


def _export_key(window: TherapistWindow) -> None:
    """To the key page's export, its passphrase field ready (the warning is beside it)."""
    if not window.nav.isEnabled():  # the key comes first
        return
    page = window.key_page
    window.show_page(page)
    page.show_export()
